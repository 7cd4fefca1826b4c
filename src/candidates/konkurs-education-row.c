/* konkurs-education-row.c — one diploma in the candidate dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-education-row.h"
#include "konkurs-ui-fields.h"
#include "konkurs-validation.h"

struct _KonkursEducationRow
{
  KonkursEditRow  parent_instance;

  GtkDropDown   *level_dropdown;
  GtkEditable   *field_entry;
  GtkEditable   *year_entry;
  GtkEditable   *institution_entry;
};

G_DEFINE_FINAL_TYPE (KonkursEducationRow, konkurs_education_row, KONKURS_TYPE_EDIT_ROW)

/* The choices of the drop-down, in order: no diploma is no row. */
static const KonkursEducation levels[] = {
  KONKURS_EDUCATION_SECONDARY, KONKURS_EDUCATION_VOCATIONAL,
  KONKURS_EDUCATION_HIGHER, KONKURS_EDUCATION_POSTGRADUATE,
};

KonkursEducationEntry *
konkurs_education_row_dup_entry (KonkursEducationRow *self)
{
  g_autofree char *field = NULL;
  g_autofree char *institution = NULL;
  guint level;

  g_return_val_if_fail (KONKURS_IS_EDUCATION_ROW (self), NULL);

  level = gtk_drop_down_get_selected (self->level_dropdown);
  field = konkurs_ui_get_stripped_text (self->field_entry);
  institution = konkurs_ui_get_stripped_text (self->institution_entry);
  return konkurs_education_entry_new (levels[MIN (level, G_N_ELEMENTS (levels) - 1)], field, institution,
                                      (int) g_ascii_strtoll (gtk_editable_get_text (self->year_entry), NULL, 10));
}

/* A year that is no number is this form's to tell; whether a number is a
 * possible year, the rules'. */
static gboolean
konkurs_education_row_check (KonkursEditRow  *row,
                             char           **message)
{
  KonkursEducationRow *self = KONKURS_EDUCATION_ROW (row);
  g_autofree char *text = konkurs_ui_get_stripped_text (self->year_entry);
  g_autoptr(KonkursEducationEntry) entry = konkurs_education_row_dup_entry (self);
  g_autoptr(GError) invalid = NULL;
  guint number = konkurs_edit_row_get_number (row);

  if (text[0] != '\0' && !g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, NULL, NULL))
    *message = g_strdup_printf (_("Education %u: “%s” is not a year of graduation."), number, text);
  else if (!konkurs_validate_education (number, entry->level, entry->year, &invalid))
    *message = g_strdup (invalid->message);

  konkurs_ui_show_field_error (GTK_WIDGET (self->year_entry), NULL, *message != NULL ? "" : NULL);
  return *message == NULL;
}

static void
konkurs_education_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_EDUCATION_ROW);

  G_OBJECT_CLASS (konkurs_education_row_parent_class)->dispose (object);
}

static void
konkurs_education_row_class_init (KonkursEducationRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = konkurs_education_row_dispose;
  KONKURS_EDIT_ROW_CLASS (klass)->check = konkurs_education_row_check;
  KONKURS_EDIT_ROW_CLASS (klass)->title_format = N_("Education %u");

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-education-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursEducationRow, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursEducationRow, field_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursEducationRow, year_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursEducationRow, institution_entry);
}

static void
konkurs_education_row_init (KonkursEducationRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    gtk_string_list_append (labels, _(konkurs_education_get_label (levels[i])));
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (labels));
}

KonkursEducationRow *
konkurs_education_row_new (const KonkursEducationEntry *entry)
{
  KonkursEducationRow *self = g_object_new (KONKURS_TYPE_EDUCATION_ROW, NULL);
  guint selected = 2;   /* higher */

  if (entry == NULL)
    {
      gtk_drop_down_set_selected (self->level_dropdown, selected);
      return self;
    }

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    if (entry->level == levels[i])
      selected = i;
  gtk_drop_down_set_selected (self->level_dropdown, selected);
  gtk_editable_set_text (self->field_entry, entry->field);
  gtk_editable_set_text (self->institution_entry, entry->institution);
  if (entry->year > 0)
    {
      g_autofree char *year = g_strdup_printf ("%d", entry->year);

      gtk_editable_set_text (self->year_entry, year);
    }
  return self;
}
