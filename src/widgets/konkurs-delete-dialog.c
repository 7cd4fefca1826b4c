/* konkurs-delete-dialog.c — asking before deleting, or explaining why not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The areas used to confirm a deletion, let the store refuse it (a
 * vacancy with applications), and offer Undo on top.  Now a record that
 * others depend on is explained before anything is asked, and one that
 * can go is confirmed once, in words that name it.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-delete-dialog.h"
#include "konkurs-ui-helpers.h"

typedef struct {
  KonkursDeleteFunc func;
  gpointer          data;
  GDestroyNotify    destroy;
} Confirmation;

static void
confirmation_free (Confirmation *confirmation)
{
  if (confirmation->destroy != NULL)
    confirmation->destroy (confirmation->data);
  g_free (confirmation);
}

static void
on_delete (AdwMessageDialog *dialog,
           const char       *response,
           Confirmation     *confirmation)
{
  confirmation->func (confirmation->data);
}

static AdwMessageDialog *
new_dialog (GtkWidget  *source,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (konkurs_ui_get_parent_window (source), heading, NULL);

  /* Names and titles are the users' text: never markup. */
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  return ADW_MESSAGE_DIALOG (dialog);
}

AdwMessageDialog *
konkurs_delete_dialog_confirm (GtkWidget         *source,
                               const char        *heading,
                               const char        *body,
                               const char        *delete_label,
                               KonkursDeleteFunc  func,
                               gpointer           data,
                               GDestroyNotify     destroy)
{
  AdwMessageDialog *dialog;
  Confirmation *confirmation;

  g_return_val_if_fail (GTK_IS_WIDGET (source), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  dialog = new_dialog (source, heading, body);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", delete_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  confirmation = g_new0 (Confirmation, 1);
  *confirmation = (Confirmation) { func, data, destroy };
  g_signal_connect_data (dialog, "response::delete", G_CALLBACK (on_delete), confirmation,
                         (GClosureNotify) (void (*) (void)) confirmation_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
on_show (AdwMessageDialog *dialog,
         const char       *response,
         GtkWidget        *source)
{
  const char *action = g_object_get_data (G_OBJECT (dialog), "konkurs-show-action");
  GVariant *target = g_object_get_data (G_OBJECT (dialog), "konkurs-show-target");

  gtk_widget_activate_action_variant (source, action, target);
}

AdwMessageDialog *
konkurs_delete_dialog_explain (GtkWidget  *source,
                               const char *heading,
                               const char *body,
                               const char *keep_label,
                               const char *show_action,
                               GVariant   *show_target)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (source), NULL);

  dialog = new_dialog (source, heading, body);
  adw_message_dialog_add_response (dialog, "keep", keep_label);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  if (show_action != NULL)
    {
      adw_message_dialog_add_response (dialog, "show", _("_Show Applications"));
      adw_message_dialog_set_response_appearance (dialog, "show", ADW_RESPONSE_SUGGESTED);
      g_object_set_data_full (G_OBJECT (dialog), "konkurs-show-action", g_strdup (show_action), g_free);
      if (show_target != NULL)
        g_object_set_data_full (G_OBJECT (dialog), "konkurs-show-target", g_variant_ref_sink (show_target),
                                (GDestroyNotify) g_variant_unref);
      g_signal_connect_object (dialog, "response::show", G_CALLBACK (on_show), source, 0);
    }
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
