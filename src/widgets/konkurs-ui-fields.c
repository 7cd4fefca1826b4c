/* konkurs-ui-fields.c — reading the fields of a form and marking the ones
 * at fault
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-date-entry.h"
#include "konkurs-ui-fields.h"

#define FIELD_NAME "konkurs-field-name"

void
konkurs_ui_label_entry_row (AdwEntryRow *row)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (delegate != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (delegate),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                    -1);
}

void
konkurs_ui_show_field_error (GtkWidget  *field,
                             GtkLabel   *label,
                             const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  if (label == NULL)
    return;
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

gboolean
konkurs_ui_check_date_field (GtkEditable *field,
                             gboolean     optional,
                             GDate       *date)
{
  g_autofree char *text = konkurs_ui_get_stripped_text (field);
  gboolean ok = konkurs_ui_parse_date (text, date) || (optional && text[0] == '\0');

  konkurs_ui_show_field_error (GTK_WIDGET (field), NULL, ok ? NULL : "");
  return ok;
}

char *
konkurs_ui_get_stripped_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

void
konkurs_ui_name_widget (GtkWidget  *widget,
                        const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

char *
konkurs_ui_get_text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

void
konkurs_ui_set_field_name (GtkWidget  *widget,
                           const char *name)
{
  g_object_set_data_full (G_OBJECT (widget), FIELD_NAME, g_strdup (name), g_free);
  konkurs_ui_name_widget (widget, name);
}

/* What names @widget itself, or NULL. */
static const char *
own_name (GtkWidget *widget)
{
  const char *name = g_object_get_data (G_OBJECT (widget), FIELD_NAME);

  if (name != NULL)
    return name;
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (ADW_IS_PREFERENCES_GROUP (widget))
    return adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget));
  if (KONKURS_IS_DATE_ENTRY (widget))
    return konkurs_date_entry_get_label (KONKURS_DATE_ENTRY (widget));
  if (GTK_IS_ENTRY (widget))
    return gtk_entry_get_placeholder_text (GTK_ENTRY (widget));
  return NULL;
}

const char *
konkurs_ui_get_field_name (GtkWidget *widget)
{
  for (; widget != NULL && !GTK_IS_ROOT (widget); widget = gtk_widget_get_parent (widget))
    {
      const char *name = own_name (widget);

      if (name != NULL && *name != '\0')
        return name;
    }
  return NULL;
}

AdwPreferencesGroup *
konkurs_ui_append_group (GtkBox     *box,
                         const char *title,
                         const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (box, group);
  return ADW_PREFERENCES_GROUP (group);
}
