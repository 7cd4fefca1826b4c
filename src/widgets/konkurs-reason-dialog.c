/* konkurs-reason-dialog.c — asking for a written reason before a change
 * that replaces recorded work
 *
 * A form dialog (konkurs-form-dialog.h) with the reason's entry: it does
 * not close on a refusal; the store's message appears under the entry
 * and what was typed stays, so nothing is lost.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-form-dialog.h"
#include "konkurs-reason-dialog.h"

typedef struct {
  KonkursReasonFunc  func;
  gpointer           data;
  GDestroyNotify     free_data;
  GtkEditable       *entry;
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
on_reason_changed (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "confirm", reason[0] != '\0');
}

/* A blank reason does nothing (the button is disabled then). */
static gboolean
confirm_reason (gpointer   data,
                GError   **error)
{
  Asking *asking = data;
  g_autofree char *reason = dup_reason (asking);

  return reason[0] == '\0' || asking->func (reason, asking->data, error);
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
  GtkWidget *box;
  GtkWidget *entry;
  Asking *asking;

  g_return_val_if_fail (GTK_IS_WIDGET (source), NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  if (extra != NULL)
    gtk_box_append (GTK_BOX (box), extra);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason, as it goes into the record"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  gtk_box_append (GTK_BOX (box), entry);

  asking = g_new0 (Asking, 1);
  asking->func = func;
  asking->data = data;
  asking->free_data = free_data;
  asking->entry = GTK_EDITABLE (entry);
  dialog = konkurs_form_dialog_new (source, heading, body, box, confirm, confirm_reason, asking, asking_free);
  g_object_set_data (G_OBJECT (dialog), "konkurs-reason-entry", entry);
  g_signal_connect (entry, "changed", G_CALLBACK (on_reason_changed), dialog);
  on_reason_changed (GTK_EDITABLE (entry), dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 520, -1);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
  return dialog;
}

GtkEditable *
konkurs_reason_dialog_get_entry (AdwMessageDialog *dialog)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "konkurs-reason-entry");

  g_return_val_if_fail (entry != NULL, NULL);
  return entry;
}
