/* konkurs-employment-row.c — one period of work in the candidate dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-date-entry.h"
#include "konkurs-employment-row.h"
#include "konkurs-ui-fields.h"
#include "konkurs-validation.h"

struct _KonkursEmploymentRow
{
  KonkursEditRow  parent_instance;

  GtkEditable   *employer_entry;
  GtkEditable   *position_entry;
  GtkEditable   *start_entry;
  GtkEditable   *end_entry;
  GtkCheckButton *civil_service_check;
  GtkCheckButton *in_field_check;
};

G_DEFINE_FINAL_TYPE (KonkursEmploymentRow, konkurs_employment_row, KONKURS_TYPE_EDIT_ROW)

KonkursEmployment *
konkurs_employment_row_dup_employment (KonkursEmploymentRow *self)
{
  g_autofree char *employer = NULL;
  g_autofree char *position = NULL;
  KonkursEmployment *job;
  GDate start, end;

  g_return_val_if_fail (KONKURS_IS_EMPLOYMENT_ROW (self), NULL);

  employer = konkurs_ui_get_stripped_text (self->employer_entry);
  position = konkurs_ui_get_stripped_text (self->position_entry);
  konkurs_ui_parse_date (gtk_editable_get_text (self->start_entry), &start);
  konkurs_ui_parse_date (gtk_editable_get_text (self->end_entry), &end);
  job = konkurs_employment_new (employer, position, &start, g_date_valid (&end) ? &end : NULL);
  job->civil_service = gtk_check_button_get_active (self->civil_service_check);
  job->in_field = gtk_check_button_get_active (self->in_field_check);
  return job;
}

gboolean
konkurs_employment_row_get_period (KonkursEmploymentRow *self,
                                   KonkursWorkPeriod    *period)
{
  g_autofree char *end = NULL;
  gboolean start_ok;

  g_return_val_if_fail (KONKURS_IS_EMPLOYMENT_ROW (self), FALSE);

  end = konkurs_ui_get_stripped_text (self->end_entry);
  period->civil_service = gtk_check_button_get_active (self->civil_service_check);
  period->in_field = gtk_check_button_get_active (self->in_field_check);
  start_ok = konkurs_ui_parse_date (gtk_editable_get_text (self->start_entry), &period->start);
  return konkurs_ui_parse_date (end, &period->end) ? start_ok : start_ok && end[0] == '\0';
}

/* The field a rule of a work period names. */
static GtkEditable *
field_at_fault (KonkursEmploymentRow *self,
                const GError         *invalid)
{
  switch (invalid->code)
    {
    case KONKURS_VALIDATION_ERROR_EMPLOYER:
      return self->employer_entry;
    case KONKURS_VALIDATION_ERROR_WORK_START:
      return self->start_entry;
    default:
      return self->end_entry;
    }
}

/* A date typed in another form is this form's to tell; the rest, the
 * rules'. */
static gboolean
konkurs_employment_row_check (KonkursEditRow  *row,
                              char           **message)
{
  KonkursEmploymentRow *self = KONKURS_EMPLOYMENT_ROW (row);
  guint number = konkurs_edit_row_get_number (row);
  g_autofree char *employer = konkurs_ui_get_stripped_text (self->employer_entry);
  g_autoptr(GError) invalid = NULL;
  KonkursWorkPeriod period;
  gboolean start_ok = konkurs_ui_check_date_field (self->start_entry, TRUE, &period.start);
  gboolean end_ok = konkurs_ui_check_date_field (self->end_entry, TRUE, &period.end);

  konkurs_ui_show_field_error (GTK_WIDGET (self->employer_entry), NULL, NULL);
  if (!start_ok)
    *message = g_strdup_printf (_("Work period %u: write the start date as 14.05.1995, or pick it in the calendar."),
                                number);
  else if (!end_ok)
    *message = g_strdup_printf (_("Work period %u: write the end date as 14.05.1995, or pick it in the calendar; "
                                  "leave it empty while the work goes on."), number);
  else if (!konkurs_validate_work_period (number, employer, &period.start, &period.end, &invalid))
    {
      konkurs_ui_show_field_error (GTK_WIDGET (field_at_fault (self, invalid)), NULL, "");
      *message = g_strdup (invalid->message);
    }
  return *message == NULL;
}

static void
konkurs_employment_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_EMPLOYMENT_ROW);

  G_OBJECT_CLASS (konkurs_employment_row_parent_class)->dispose (object);
}

static void
konkurs_employment_row_class_init (KonkursEmploymentRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = konkurs_employment_row_dispose;
  KONKURS_EDIT_ROW_CLASS (klass)->check = konkurs_employment_row_check;
  KONKURS_EDIT_ROW_CLASS (klass)->title_format = N_("Work period %u");

  g_type_ensure (KONKURS_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-employment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursEmploymentRow, employer_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursEmploymentRow, position_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursEmploymentRow, start_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursEmploymentRow, end_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursEmploymentRow, civil_service_check);
  gtk_widget_class_bind_template_child (widget_class, KonkursEmploymentRow, in_field_check);
}

static void
konkurs_employment_row_init (KonkursEmploymentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KonkursEmploymentRow *
konkurs_employment_row_new (const KonkursEmployment *employment)
{
  KonkursEmploymentRow *self = g_object_new (KONKURS_TYPE_EMPLOYMENT_ROW, NULL);
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  if (employment == NULL)
    return self;

  start = konkurs_ui_format_date_input (&employment->start);
  end = konkurs_ui_format_date_input (&employment->end);
  gtk_editable_set_text (self->employer_entry, employment->employer);
  gtk_editable_set_text (self->position_entry, employment->position);
  gtk_editable_set_text (self->start_entry, start);
  gtk_editable_set_text (self->end_entry, end);
  gtk_check_button_set_active (self->civil_service_check, employment->civil_service);
  gtk_check_button_set_active (self->in_field_check, employment->in_field);
  return self;
}
