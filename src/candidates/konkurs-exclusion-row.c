/* konkurs-exclusion-row.c — one dated exclusion in the candidate dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-date-entry.h"
#include "konkurs-exclusion-row.h"
#include "konkurs-ui-fields.h"
#include "konkurs-validation.h"

struct _KonkursExclusionRow
{
  KonkursEditRow  parent_instance;

  GtkDropDown   *kind_dropdown;
  GtkEditable   *from_entry;
  GtkEditable   *until_entry;
};

G_DEFINE_FINAL_TYPE (KonkursExclusionRow, konkurs_exclusion_row, KONKURS_TYPE_EDIT_ROW)

/* The choices of the drop-down, in order. */
static const KonkursExclusion kinds[] = {
  KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE, KONKURS_EXCLUSION_POLITICAL_SERVANT,
  KONKURS_EXCLUSION_CORPS_A, KONKURS_EXCLUSION_IN_RESERVE,
};

void
konkurs_exclusion_row_get_period (KonkursExclusionRow    *self,
                                  KonkursExclusionPeriod *period)
{
  g_return_if_fail (KONKURS_IS_EXCLUSION_ROW (self));
  g_return_if_fail (period != NULL);

  period->kind = kinds[MIN (gtk_drop_down_get_selected (self->kind_dropdown), G_N_ELEMENTS (kinds) - 1)];
  if (!konkurs_ui_parse_date (gtk_editable_get_text (self->from_entry), &period->from))
    g_date_clear (&period->from, 1);
  if (!konkurs_ui_parse_date (gtk_editable_get_text (self->until_entry), &period->until))
    g_date_clear (&period->until, 1);
}

static gboolean
konkurs_exclusion_row_check (KonkursEditRow  *row,
                             char           **message)
{
  KonkursExclusionRow *self = KONKURS_EXCLUSION_ROW (row);
  guint number = konkurs_edit_row_get_number (row);
  g_autoptr(GError) invalid = NULL;
  KonkursExclusionPeriod period;

  konkurs_exclusion_row_get_period (self, &period);
  if (!konkurs_ui_check_date_field (self->from_entry, TRUE, &period.from))
    *message = g_strdup_printf (_("Exclusion %u: write the first day as 14.05.1995, or pick it in the calendar; "
                                  "leave it empty when it holds since before."), number);
  else if (!konkurs_ui_check_date_field (self->until_entry, TRUE, &period.until))
    *message = g_strdup_printf (_("Exclusion %u: write the last day as 14.05.1995, or pick it in the calendar; "
                                  "leave it empty while it still holds."), number);
  else if (!konkurs_validate_exclusion_period (number, &period, &invalid))
    {
      konkurs_ui_show_field_error (GTK_WIDGET (self->until_entry), NULL, "");
      *message = g_strdup (invalid->message);
    }
  return *message == NULL;
}

static void
konkurs_exclusion_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_EXCLUSION_ROW);

  G_OBJECT_CLASS (konkurs_exclusion_row_parent_class)->dispose (object);
}

static void
konkurs_exclusion_row_class_init (KonkursExclusionRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = konkurs_exclusion_row_dispose;
  KONKURS_EDIT_ROW_CLASS (klass)->check = konkurs_exclusion_row_check;
  KONKURS_EDIT_ROW_CLASS (klass)->title_format = N_("Exclusion %u");

  g_type_ensure (KONKURS_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-exclusion-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursExclusionRow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursExclusionRow, from_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursExclusionRow, until_entry);
}

static void
konkurs_exclusion_row_init (KonkursExclusionRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (labels, _(konkurs_exclusion_get_label (kinds[i])));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (labels));
}

KonkursExclusionRow *
konkurs_exclusion_row_new (const KonkursExclusionPeriod *period)
{
  KonkursExclusionRow *self = g_object_new (KONKURS_TYPE_EXCLUSION_ROW, NULL);
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;

  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  if (period == NULL)
    return self;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (period->kind == kinds[i])
      gtk_drop_down_set_selected (self->kind_dropdown, i);
  from = konkurs_ui_format_date_input (&period->from);
  until = konkurs_ui_format_date_input (&period->until);
  gtk_editable_set_text (self->from_entry, from);
  gtk_editable_set_text (self->until_entry, until);
  return self;
}
