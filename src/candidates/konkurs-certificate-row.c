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
  GtkEditable   *score_entry;
  GtkEditable   *max_score_entry;
  GtkDropDown   *level_dropdown;
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

/* The level drop-down lists "—" and then A1…C2, in the order of
 * KonkursLanguageLevel. */
static KonkursLanguageLevel
get_level (KonkursCertificateRow *self)
{
  if (get_kind (self) != KONKURS_CERTIFICATE_STATE_LANGUAGE)
    return KONKURS_LANGUAGE_LEVEL_NONE;
  return (KonkursLanguageLevel) MIN (gtk_drop_down_get_selected (self->level_dropdown), KONKURS_LANGUAGE_LEVEL_C2);
}

/* A whole number typed in @field into @out (-1: empty); FALSE when it is
 * something else. */
static gboolean
read_number (GtkEditable *field,
             int         *out)
{
  g_autofree char *text = konkurs_ui_get_stripped_text (field);
  guint64 value = 0;

  *out = -1;
  if (*text == '\0')
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 0, 100000, &value, NULL))
    return FALSE;
  *out = (int) value;
  return TRUE;
}

KonkursCandidateCertificate *
konkurs_certificate_row_dup_certificate (KonkursCertificateRow *self)
{
  g_autofree char *result = NULL;
  KonkursCandidateCertificate *certificate;
  int score, max_score;
  GDate passed;

  g_return_val_if_fail (KONKURS_IS_CERTIFICATE_ROW (self), NULL);

  result = konkurs_ui_get_stripped_text (self->result_entry);
  konkurs_ui_parse_date (gtk_editable_get_text (self->passed_entry), &passed);
  certificate = konkurs_candidate_certificate_new (get_kind (self), &passed, result, self->number);
  if (read_number (self->score_entry, &score) && read_number (self->max_score_entry, &max_score)
      && score >= 0 && max_score > 0)
    {
      certificate->score = score;
      certificate->max_score = max_score;
    }
  certificate->level = get_level (self);
  return certificate;
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

/* The numeric result: both fields or neither, whole numbers, the score
 * not above the maximum. */
static char *
check_score (KonkursCertificateRow *self,
             guint                  number)
{
  g_autoptr(GError) invalid = NULL;
  int score, max_score;

  konkurs_ui_show_field_error (GTK_WIDGET (self->score_entry), NULL, NULL);
  konkurs_ui_show_field_error (GTK_WIDGET (self->max_score_entry), NULL, NULL);
  if (!read_number (self->score_entry, &score))
    {
      konkurs_ui_show_field_error (GTK_WIDGET (self->score_entry), NULL, "");
      return g_strdup_printf (_("Certificate %u: the score is a whole number, such as 42."), number);
    }
  if (!read_number (self->max_score_entry, &max_score))
    {
      konkurs_ui_show_field_error (GTK_WIDGET (self->max_score_entry), NULL, "");
      return g_strdup_printf (_("Certificate %u: the maximum score is a whole number, such as 55."), number);
    }
  if ((score >= 0) != (max_score >= 0))
    {
      konkurs_ui_show_field_error (GTK_WIDGET (score >= 0 ? self->max_score_entry : self->score_entry), NULL, "");
      return g_strdup_printf (_("Certificate %u: give both the score and the maximum score, or neither."), number);
    }
  if (!konkurs_validate_certificate_result (number, get_kind (self), MAX (score, 0), MAX (max_score, 0),
                                            get_level (self), &invalid))
    {
      konkurs_ui_show_field_error (GTK_WIDGET (self->score_entry), NULL, "");
      return g_strdup (invalid->message);
    }
  return NULL;
}

static void
kind_changed (KonkursCertificateRow *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->level_dropdown),
                          get_kind (self) == KONKURS_CERTIFICATE_STATE_LANGUAGE);
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
  else
    *message = check_score (self, number);
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
  gtk_widget_class_bind_template_child (widget_class, KonkursCertificateRow, score_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCertificateRow, max_score_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCertificateRow, level_dropdown);
}

static void
konkurs_certificate_row_init (KonkursCertificateRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (labels, _(konkurs_certificate_kind_get_label (kinds[i])));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (labels));

  /* Translators: no language level recorded on the certificate */
  gtk_string_list_append (levels, _("Level not given"));
  for (KonkursLanguageLevel level = KONKURS_LANGUAGE_LEVEL_A1; level <= KONKURS_LANGUAGE_LEVEL_C2; level++)
    gtk_string_list_append (levels, konkurs_language_level_to_code (level));
  gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
  g_signal_connect_swapped (self->kind_dropdown, "notify::selected", G_CALLBACK (kind_changed), self);
  kind_changed (self);
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
  if (certificate->max_score > 0)
    {
      g_autofree char *score = g_strdup_printf ("%d", certificate->score);
      g_autofree char *max_score = g_strdup_printf ("%d", certificate->max_score);

      gtk_editable_set_text (self->score_entry, score);
      gtk_editable_set_text (self->max_score_entry, max_score);
    }
  gtk_drop_down_set_selected (self->level_dropdown, certificate->level);
  self->number = g_strdup (certificate->number);
  return self;
}
