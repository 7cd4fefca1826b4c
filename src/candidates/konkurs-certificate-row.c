/* konkurs-certificate-row.c — one test certificate in the candidate dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-certificate-row.h"
#include "konkurs-date-entry.h"
#include "konkurs-ui-fields.h"
#include "konkurs-validation.h"

struct _KonkursCertificateRow
{
  KonkursEditRow  parent_instance;

  char          *number;   /* kept as it was; not shown */
  int            validity_months;

  GtkDropDown   *kind_dropdown;
  GtkEditable   *passed_entry;
  GtkEditable   *result_entry;
  GtkLabel      *validity_label;
};

G_DEFINE_FINAL_TYPE (KonkursCertificateRow, konkurs_certificate_row, KONKURS_TYPE_EDIT_ROW)

/* The choices of the drop-down, in order. */
static const KonkursCertificateKind kinds[] = {
  KONKURS_CERTIFICATE_LEGISLATION, KONKURS_CERTIFICATE_STATE_LANGUAGE,
  KONKURS_CERTIFICATE_PERSONAL_QUALITIES,
};

static KonkursCertificateKind
get_kind (KonkursCertificateRow *self)
{
  return kinds[MIN (gtk_drop_down_get_selected (self->kind_dropdown), G_N_ELEMENTS (kinds) - 1)];
}

KonkursCandidateCertificate *
konkurs_certificate_row_dup_certificate (KonkursCertificateRow *self)
{
  g_autofree char *result = NULL;
  GDate passed;

  g_return_val_if_fail (KONKURS_IS_CERTIFICATE_ROW (self), NULL);

  result = konkurs_ui_get_stripped_text (self->result_entry);
  konkurs_ui_parse_date (gtk_editable_get_text (self->passed_entry), &passed);
  return konkurs_candidate_certificate_new (get_kind (self), &passed, result, self->number);
}

/* "Valid until …", or "Expired: …" once the day has passed. */
static void
describe_validity (KonkursCertificateRow *self,
                   const GDate           *passed_on)
{
  KonkursCertificate certificate = { get_kind (self), *passed_on, TRUE };
  g_autofree char *last_text = NULL;
  g_autofree char *text = NULL;
  GDate last, today;

  if (!g_date_valid (passed_on))
    {
      gtk_label_set_text (self->validity_label, "");
      return;
    }

  konkurs_certificate_get_last_valid_day (&certificate, self->validity_months, &last);
  konkurs_ui_get_today (&today);
  last_text = konkurs_ui_format_date (&last);
  if (g_date_compare (&today, &last) > 0)
    text = g_strdup_printf (_("Expired: it was valid until %s"), last_text);
  else
    text = g_strdup_printf (_("Valid until %s"), last_text);
  gtk_label_set_text (self->validity_label, text);
}

static gboolean
konkurs_certificate_row_check (KonkursEditRow  *row,
                               char           **message)
{
  KonkursCertificateRow *self = KONKURS_CERTIFICATE_ROW (row);
  guint number = konkurs_edit_row_get_number (row);
  g_autoptr(GError) invalid = NULL;
  GDate passed;

  if (!konkurs_ui_check_date_field (self->passed_entry, TRUE, &passed))
    *message = g_strdup_printf (_("Certificate %u: write the date the test was passed as 14.05.1995, "
                                  "or pick it in the calendar."), number);
  else if (!konkurs_validate_certificate (number, get_kind (self), &passed, &invalid))
    {
      konkurs_ui_show_field_error (GTK_WIDGET (self->passed_entry), NULL, "");
      *message = g_strdup (invalid->message);
    }
  describe_validity (self, &passed);
  return *message == NULL;
}

static void
konkurs_certificate_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_CERTIFICATE_ROW);

  G_OBJECT_CLASS (konkurs_certificate_row_parent_class)->dispose (object);
}

static void
konkurs_certificate_row_finalize (GObject *object)
{
  g_clear_pointer (&KONKURS_CERTIFICATE_ROW (object)->number, g_free);

  G_OBJECT_CLASS (konkurs_certificate_row_parent_class)->finalize (object);
}

static void
konkurs_certificate_row_class_init (KonkursCertificateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_certificate_row_dispose;
  object_class->finalize = konkurs_certificate_row_finalize;
  KONKURS_EDIT_ROW_CLASS (klass)->check = konkurs_certificate_row_check;
  KONKURS_EDIT_ROW_CLASS (klass)->title_format = N_("Certificate %u");

  g_type_ensure (KONKURS_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-certificate-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursCertificateRow, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursCertificateRow, passed_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCertificateRow, result_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCertificateRow, validity_label);
}

static void
konkurs_certificate_row_init (KonkursCertificateRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (labels, _(konkurs_certificate_kind_get_label (kinds[i])));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (labels));
}

KonkursCertificateRow *
konkurs_certificate_row_new (const KonkursCandidateCertificate *certificate,
                             int                                validity_months)
{
  KonkursCertificateRow *self = g_object_new (KONKURS_TYPE_CERTIFICATE_ROW, NULL);

  self->validity_months = validity_months;
  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  if (certificate == NULL)
    return self;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (certificate->kind == kinds[i])
      gtk_drop_down_set_selected (self->kind_dropdown, i);
  konkurs_date_entry_set_date (KONKURS_DATE_ENTRY (self->passed_entry), &certificate->passed_on);
  gtk_editable_set_text (self->result_entry, certificate->result);
  self->number = g_strdup (certificate->number);
  return self;
}
