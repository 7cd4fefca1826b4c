/* konkurs-form-dialog.c — a short form in a message dialog
 *
 * AdwMessageDialog closes after every response; a refusal of the store
 * must not throw away what was typed, so the dialog refuses to close
 * once, shows the store's words and stays.  The reason dialog
 * (konkurs-reason-dialog.c) is such a form with one entry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-form-dialog.h"
#include "konkurs-ui-helpers.h"

typedef struct {
  KonkursFormFunc  func;
  gpointer         data;
  GDestroyNotify   free_data;
  GtkLabel        *error_label;
  gboolean         keep_open;
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  if (form->free_data != NULL)
    form->free_data (form->data);
  g_free (form);
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response)
{
  Form *form = g_object_get_data (G_OBJECT (dialog), "form");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "confirm") || form->func (form->data, &error))
    return;
  gtk_label_set_text (form->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (form->error_label), TRUE);
  form->keep_open = TRUE;
}

static gboolean
on_close_request (AdwMessageDialog *dialog)
{
  Form *form = g_object_get_data (G_OBJECT (dialog), "form");
  gboolean keep = form->keep_open;

  form->keep_open = FALSE;
  return keep;
}

AdwMessageDialog *
konkurs_form_dialog_new (GtkWidget       *source,
                         const char      *heading,
                         const char      *body,
                         GtkWidget       *fields,
                         const char      *confirm,
                         KonkursFormFunc  func,
                         gpointer         data,
                         GDestroyNotify   free_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *error_label = gtk_label_new (NULL);
  Form *form = g_new0 (Form, 1);
  AdwMessageDialog *dialog;

  g_return_val_if_fail (GTK_IS_WIDGET (source), NULL);

  form->func = func;
  form->data = data;
  form->free_data = free_data;
  form->error_label = GTK_LABEL (error_label);
  gtk_box_append (GTK_BOX (box), fields);
  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_label_set_selectable (GTK_LABEL (error_label), TRUE);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_set_visible (error_label, FALSE);
  gtk_box_append (GTK_BOX (box), error_label);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (konkurs_ui_get_parent_window (source), heading, body));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "confirm", confirm, NULL);
  adw_message_dialog_set_response_appearance (dialog, "confirm", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "confirm");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "form", form, form_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_response), NULL);
  g_signal_connect (dialog, "close-request", G_CALLBACK (on_close_request), NULL);
  return dialog;
}

AdwMessageDialog *
konkurs_form_dialog_ask (GtkWidget       *source,
                         const char      *heading,
                         const char      *body,
                         GtkWidget       *fields,
                         const char      *confirm,
                         KonkursFormFunc  func,
                         gpointer         data,
                         GDestroyNotify   free_data)
{
  AdwMessageDialog *dialog = konkurs_form_dialog_new (source, heading, body, fields, confirm, func, data, free_data);

  if (dialog == NULL)
    return NULL;
  gtk_window_set_default_size (GTK_WINDOW (dialog), 480, -1);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

GtkWidget *
konkurs_form_dialog_add_entry (GtkWidget  *box,
                               const char *name)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_box_append (GTK_BOX (box), entry);
  return entry;
}
