/* konkurs-reason-dialog.c — asking for a written reason before a change
 * that replaces recorded work
 *
 * The dialog does not close on a refusal: the store's message appears
 * under the entry and what was typed stays, so nothing is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-reason-dialog.h"
#include "konkurs-ui-helpers.h"

typedef struct {
  KonkursReasonFunc  func;
  gpointer                data;
  GDestroyNotify          free_data;
  GtkEditable            *entry;
  GtkLabel               *error_label;
  gboolean                keep_open;
} Asking;

static void
asking_free (gpointer data)
{
  Asking *asking = data;

  if (asking->free_data != NULL)
    asking->free_data (asking->data);
  g_free (asking);
}

static char *
dup_reason (Asking *asking)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (asking->entry)));
}

static void
on_reason_changed (AdwMessageDialog *dialog)
{
  Asking *asking = g_object_get_data (G_OBJECT (dialog), "asking");
  g_autofree char *reason = dup_reason (asking);

  adw_message_dialog_set_response_enabled (dialog, "confirm", reason[0] != '\0');
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response)
{
  Asking *asking = g_object_get_data (G_OBJECT (dialog), "asking");
  g_autofree char *reason = dup_reason (asking);
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "confirm") || reason[0] == '\0')
    return;
  if (asking->func (reason, asking->data, &error))
    return;
  gtk_label_set_text (asking->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (asking->error_label), TRUE);
  asking->keep_open = TRUE;
}

/* AdwMessageDialog closes after every response: a refusal keeps it open,
 * with the reason typed and the store's message under it. */
static gboolean
on_close_request (AdwMessageDialog *dialog)
{
  Asking *asking = g_object_get_data (G_OBJECT (dialog), "asking");
  gboolean keep = asking->keep_open;

  asking->keep_open = FALSE;
  return keep;
}

AdwMessageDialog *
konkurs_reason_dialog_ask (GtkWidget         *source,
                          const char         *heading,
                          const char         *body,
                          GtkWidget          *extra,
                          const char         *confirm,
                          KonkursReasonFunc  func,
                          gpointer           data,
                          GDestroyNotify     free_data)
{
  AdwMessageDialog *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *error_label = gtk_label_new (NULL);
  Asking *asking = g_new0 (Asking, 1);

  g_return_val_if_fail (GTK_IS_WIDGET (source), NULL);

  asking->func = func;
  asking->data = data;
  asking->free_data = free_data;
  asking->entry = GTK_EDITABLE (entry);
  asking->error_label = GTK_LABEL (error_label);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (konkurs_ui_get_parent_window (source), heading, body));
  if (extra != NULL)
    gtk_box_append (GTK_BOX (box), extra);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason, as it goes into the record"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_label_set_selectable (GTK_LABEL (error_label), TRUE);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_visible (error_label, FALSE);
  gtk_box_append (GTK_BOX (box), error_label);
  adw_message_dialog_set_extra_child (dialog, box);

  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "confirm", confirm, NULL);
  adw_message_dialog_set_response_appearance (dialog, "confirm", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "confirm");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "asking", asking, asking_free);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_reason_changed), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), NULL);
  g_signal_connect (dialog, "close-request", G_CALLBACK (on_close_request), NULL);
  on_reason_changed (dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 520, -1);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return dialog;
}

GtkEditable *
konkurs_reason_dialog_get_entry (AdwMessageDialog *dialog)
{
  Asking *asking = g_object_get_data (G_OBJECT (dialog), "asking");

  g_return_val_if_fail (asking != NULL, NULL);
  return asking->entry;
}
