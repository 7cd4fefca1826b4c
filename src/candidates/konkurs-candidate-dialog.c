/* konkurs-candidate-dialog.c — register or edit a candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-candidate-dialog.h"
#include "konkurs-certificate-row.h"
#include "konkurs-country-row.h"
#include "konkurs-date-entry.h"
#include "konkurs-education-row.h"
#include "konkurs-employment-row.h"
#include "konkurs-exclusion-row.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-validation.h"

struct _KonkursCandidateDialog
{
  KonkursEditDialog  parent_instance;

  KonkursStore      *store;
  KonkursCandidate  *candidate;      /* the copy being edited */
  gint64             existing_id;    /* the owner of a duplicate IIN */
  gboolean           telling_duplicate; /* the box at the top says so */
  int                validity_months; /* of certificates, by the rule set that judges them */

  GtkScrolledWindow *scrolled_window;
  GtkWidget         *store_error_box;
  GtkLabel          *error_label;
  GtkWidget         *open_existing_button;
  AdwEntryRow       *iin_row;
  GtkLabel          *derived_label;
  KonkursDateEntry  *birth_date_entry;
  GtkLabel          *iin_message;
  AdwEntryRow       *surname_row;
  AdwEntryRow       *name_row;
  AdwEntryRow       *patronymic_row;
  GtkLabel          *name_error;
  KonkursCountryRow *citizenship_row;
  AdwEntryRow       *phone_row;
  AdwEntryRow       *email_row;
  AdwEntryRow       *address_row;
  AdwComboRow       *language_row;
  GtkListBox        *exclusion_list;
  GtkLabel          *exclusion_error;
  GtkListBox        *education_list;
  GtkLabel          *education_error;
  AdwPreferencesGroup *work_group;
  GtkListBox        *work_list;
  GtkLabel          *work_error;
  GtkListBox        *certificate_list;
  GtkLabel          *certificate_error;
};

G_DEFINE_FINAL_TYPE (KonkursCandidateDialog, konkurs_candidate_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  OPEN_EXISTING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const KonkursLanguageLevel language_levels[] = {
  KONKURS_LANGUAGE_LEVEL_NONE, KONKURS_LANGUAGE_LEVEL_A1, KONKURS_LANGUAGE_LEVEL_A2,
  KONKURS_LANGUAGE_LEVEL_B1, KONKURS_LANGUAGE_LEVEL_B2, KONKURS_LANGUAGE_LEVEL_C1,
  KONKURS_LANGUAGE_LEVEL_C2,
};

/* Rows of the three lists */

static void
on_row_remove (KonkursCandidateDialog *self,
               KonkursEditRow         *row)
{
  GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_parent (GTK_WIDGET (row)));

  gtk_list_box_remove (list, GTK_WIDGET (row));
  konkurs_edit_row_renumber (list);
  konkurs_edit_dialog_changed (KONKURS_EDIT_DIALOG (self));
}

static void
add_row (KonkursCandidateDialog *self,
         GtkListBox             *list,
         gpointer                row)
{
  g_signal_connect_object (row, "remove", G_CALLBACK (on_row_remove), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (list, row);
  konkurs_edit_row_renumber (list);
}

/* A new, empty row: its fields are watched like the others. */
static void
add_new_row (KonkursCandidateDialog *self,
             GtkListBox             *list,
             gpointer                row)
{
  add_row (self, list, row);
  konkurs_edit_dialog_watch (KONKURS_EDIT_DIALOG (self), row);
  konkurs_edit_dialog_changed (KONKURS_EDIT_DIALOG (self));
}

/* Validation: every field says what is wrong beside it. */

static char *
describe_derived (const KonkursIinInfo *info)
{
  g_autofree char *born = konkurs_ui_format_date (&info->birth_date);
  const char *sex = konkurs_sex_get_label (info->sex);

  /* Translators: birth date and sex taken from an IIN, e.g. "05/14/90 · Female" */
  return g_strdup_printf (_("%s · %s"), born, sex != NULL ? _(sex) : "");
}

static void
set_iin_message (KonkursCandidateDialog *self,
                 const char             *message,
                 gboolean                is_error)
{
  gtk_label_set_text (self->iin_message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->iin_message), message != NULL);
  if (is_error)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->iin_message), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->iin_message), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->iin_message), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->iin_message), "dim-label");
    }
}

/* The IIN and the birth date: what the IIN gives beside it, and the
 * rules' verdict, with the dates as this form writes them. */
static gboolean
validate_identity (KonkursCandidateDialog *self)
{
  g_autofree char *iin = konkurs_iin_normalize (gtk_editable_get_text (GTK_EDITABLE (self->iin_row)));
  g_autofree char *birth_text = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->birth_date_entry));
  g_autofree char *derived = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  KonkursIinInfo info;
  GDate entered;
  gboolean all_digits = TRUE;
  gboolean iin_ok, birth_ok = TRUE;

  for (const char *p = iin; *p != '\0'; p++)
    all_digits = all_digits && g_ascii_isdigit (*p);

  g_date_clear (&entered, 1);
  if (birth_text[0] != '\0' && !konkurs_ui_parse_date (birth_text, &entered))
    {
      birth_ok = FALSE;
      message = g_strdup_printf (_("“%s” is not a date: write the birth date as 14.05.1995, or pick it in the calendar."),
                                 birth_text);
    }

  if (!konkurs_validate_iin (iin, &entered, &info, &error) &&
      g_error_matches (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_BIRTH_DATE))
    {
      g_autofree char *a = konkurs_ui_format_date (&entered);
      g_autofree char *b = konkurs_ui_format_date (&info.birth_date);

      birth_ok = FALSE;
      message = konkurs_validation_birth_date_mismatch (a, b);
      g_clear_error (&error);
    }
  iin_ok = error == NULL;
  derived = iin_ok ? describe_derived (&info) : g_strdup ("—");
  gtk_label_set_text (self->derived_label, derived);
  konkurs_ui_show_field_error (GTK_WIDGET (self->birth_date_entry), NULL, birth_ok ? NULL : "");

  /* Half an IIN is not yet wrong: count the digits instead of scolding. */
  if (iin[0] == '\0' || (all_digits && strlen (iin) < KONKURS_IIN_LENGTH))
    {
      g_autofree char *hint = NULL;

      if (iin[0] != '\0')
        hint = g_strdup_printf (_("%u of 12 digits"), (guint) strlen (iin));
      konkurs_ui_show_field_error (GTK_WIDGET (self->iin_row), NULL, NULL);
      set_iin_message (self, message != NULL ? message : hint, message != NULL);
      return FALSE;
    }

  konkurs_ui_show_field_error (GTK_WIDGET (self->iin_row), NULL, iin_ok ? NULL : "");
  if (!iin_ok)
    set_iin_message (self, error->message, TRUE);
  else
    set_iin_message (self, message, message != NULL);
  return iin_ok && birth_ok;
}

/* The box at the top tells a duplicate IIN as the secretary types it, and
 * offers the record it belongs to; a refusal of the store's shows there
 * too. */
static void
show_at_top (KonkursCandidateDialog *self,
             const char             *message,
             gint64                  existing_id)
{
  self->existing_id = existing_id;
  gtk_widget_set_visible (self->open_existing_button, existing_id > 0);
  konkurs_edit_dialog_show_error (KONKURS_EDIT_DIALOG (self), message);
}

/* Whether another candidate holds the IIN, a valid one: said at once,
 * before anything else is typed. */
static gboolean
validate_unique_iin (KonkursCandidateDialog *self)
{
  g_autofree char *iin = konkurs_iin_normalize (gtk_editable_get_text (GTK_EDITABLE (self->iin_row)));
  g_autoptr(KonkursCandidate) holder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *born = NULL;
  g_autofree char *message = NULL;
  gint64 id;

  id = konkurs_store_find_candidate_by_iin (self->store, iin, &error);
  if (id > 0 && id != konkurs_candidate_get_id (self->candidate))
    holder = konkurs_store_get_candidate (self->store, id, &error);
  if (error != NULL)
    g_warning ("Could not look the IIN up: %s", error->message);

  if (holder == NULL)
    {
      if (self->telling_duplicate)
        show_at_top (self, NULL, 0);
      self->telling_duplicate = FALSE;
      return TRUE;
    }

  name = konkurs_candidate_dup_full_name (holder);
  born = konkurs_ui_format_date (konkurs_candidate_get_iin_birth_date (holder));
  /* The store's own words, when it refuses the duplicate. */
  message = g_strdup_printf (_("A candidate with the IIN %s is registered already: %s, born on %s. "
                               "Open that record instead of creating a new one."),
                             iin, name, born);
  show_at_top (self, message, id);
  self->telling_duplicate = TRUE;
  konkurs_ui_show_field_error (GTK_WIDGET (self->iin_row), NULL, "");
  return FALSE;
}

/* The surname, the name and the patronymic by the rules of
 * konkurs_validate_name(): each row marked, the first reason below them;
 * the first row at fault, or NULL. */
static GtkWidget *
validate_names (KonkursCandidateDialog *self)
{
  struct {
    AdwEntryRow            *row;
    KonkursValidationError  field;
  } parts[] = {
    { self->surname_row,    KONKURS_VALIDATION_ERROR_SURNAME },
    { self->name_row,       KONKURS_VALIDATION_ERROR_NAME },
    { self->patronymic_row, KONKURS_VALIDATION_ERROR_PATRONYMIC },
  };
  KonkursEditDialog *dialog = KONKURS_EDIT_DIALOG (self);
  g_autoptr(GError) first = NULL;
  GtkWidget *invalid = NULL;
  /* An empty name of someone registered before is a mistake at once; a
   * new candidate is told only once the names were typed in. */
  gboolean show = konkurs_candidate_get_id (self->candidate) != 0;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    show = show || konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (parts[i].row));

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *text = konkurs_ui_get_stripped_text (GTK_EDITABLE (parts[i].row));
      g_autoptr(GError) part_error = NULL;
      gboolean ok = konkurs_validate_name (parts[i].field, text, &part_error);

      konkurs_ui_show_field_error (GTK_WIDGET (parts[i].row), NULL, show && !ok ? "" : NULL);
      if (!ok && invalid == NULL)
        {
          invalid = GTK_WIDGET (parts[i].row);
          first = g_steal_pointer (&part_error);
        }
    }
  konkurs_ui_show_field_error (GTK_WIDGET (self->name_error), self->name_error,
                               show && first != NULL ? first->message : NULL);
  return invalid;
}

/* Each row says what is wrong with it; under the list, the first row's
 * reason. */
static gboolean
check_rows (GtkListBox *list,
            GtkLabel   *error_label)
{
  g_autofree char *message = NULL;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *reason = NULL;

      /* The list's placeholder is a child too. */
      if (KONKURS_IS_EDIT_ROW (row) && !konkurs_edit_row_check (KONKURS_EDIT_ROW (row), &reason) && message == NULL)
        message = g_steal_pointer (&reason);
    }
  konkurs_ui_show_field_error (GTK_WIDGET (error_label), error_label, message);
  return message == NULL;
}

static void
describe_experience (KonkursCandidateDialog *self)
{
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (KonkursWorkPeriod));
  g_autofree char *total = NULL;
  g_autofree char *description = NULL;
  KonkursExperience experience;
  GDate today;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->work_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      KonkursWorkPeriod period;

      if (KONKURS_IS_EMPLOYMENT_ROW (row) && konkurs_employment_row_get_period (KONKURS_EMPLOYMENT_ROW (row), &period))
        g_array_append_val (periods, period);
    }

  konkurs_ui_get_today (&today);
  konkurs_experience_compute ((KonkursWorkPeriod *) (void *) periods->data, periods->len, &today, &experience);
  total = konkurs_experience_describe (&experience, NULL);
  /* Translators: %s is a duration such as "4 years 11 months 28 days" */
  description = g_strdup_printf (_("Total experience today: %s. Overlapping periods count once."), total);
  adw_preferences_group_set_description (self->work_group, description);
}

static GtkWidget *
konkurs_candidate_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursCandidateDialog *self = KONKURS_CANDIDATE_DIALOG (dialog);
  GtkWidget *invalid = NULL, *names;

  /* Every part shows its errors, whichever comes first. */
  if (!validate_identity (self))
    invalid = GTK_WIDGET (self->iin_row);
  else if (!validate_unique_iin (self))
    invalid = GTK_WIDGET (self->iin_row);
  names = validate_names (self);
  if (names != NULL && invalid == NULL)
    invalid = names;
  if (!check_rows (self->education_list, self->education_error) && invalid == NULL)
    invalid = GTK_WIDGET (self->education_list);
  describe_experience (self);
  if (!check_rows (self->work_list, self->work_error) && invalid == NULL)
    invalid = GTK_WIDGET (self->work_list);
  if (!check_rows (self->certificate_list, self->certificate_error) && invalid == NULL)
    invalid = GTK_WIDGET (self->certificate_list);
  if (!check_rows (self->exclusion_list, self->exclusion_error) && invalid == NULL)
    invalid = GTK_WIDGET (self->exclusion_list);
  return invalid;
}

static void
on_iin_changed (KonkursCandidateDialog *self)
{
  /* A new IIN may no longer be the duplicate reported before. */
  show_at_top (self, NULL, 0);
  self->telling_duplicate = FALSE;
}

static void
on_add_education_clicked (KonkursCandidateDialog *self)
{
  add_new_row (self, self->education_list, konkurs_education_row_new (NULL));
}

static void
on_add_job_clicked (KonkursCandidateDialog *self)
{
  add_new_row (self, self->work_list, konkurs_employment_row_new (NULL));
}

static void
on_add_certificate_clicked (KonkursCandidateDialog *self)
{
  add_new_row (self, self->certificate_list, konkurs_certificate_row_new (NULL, self->validity_months));
}

static void
on_add_exclusion_clicked (KonkursCandidateDialog *self)
{
  add_new_row (self, self->exclusion_list, konkurs_exclusion_row_new (NULL));
}

/* Saving */

static void
apply_exclusions (KonkursCandidateDialog *self)
{
  konkurs_candidate_clear_exclusion_periods (self->candidate);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->exclusion_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (KONKURS_IS_EXCLUSION_ROW (row))
      {
        KonkursExclusionPeriod period;

        konkurs_exclusion_row_get_period (KONKURS_EXCLUSION_ROW (row), &period);
        konkurs_candidate_add_exclusion_period (self->candidate, &period);
      }
}

static void
apply_lists (KonkursCandidateDialog *self)
{
  KonkursCandidate *candidate = self->candidate;

  konkurs_candidate_clear_education (candidate);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->education_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (KONKURS_IS_EDUCATION_ROW (row))
      {
        g_autoptr(KonkursEducationEntry) entry = konkurs_education_row_dup_entry (KONKURS_EDUCATION_ROW (row));

        konkurs_candidate_add_education (candidate, entry);
      }

  konkurs_candidate_clear_employments (candidate);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->work_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (KONKURS_IS_EMPLOYMENT_ROW (row))
      {
        g_autoptr(KonkursEmployment) job = konkurs_employment_row_dup_employment (KONKURS_EMPLOYMENT_ROW (row));

        konkurs_candidate_add_employment (candidate, job);
      }

  konkurs_candidate_clear_certificates (candidate);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->certificate_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    if (KONKURS_IS_CERTIFICATE_ROW (row))
      {
        g_autoptr(KonkursCandidateCertificate) certificate =
          konkurs_certificate_row_dup_certificate (KONKURS_CERTIFICATE_ROW (row));

        konkurs_candidate_add_certificate (candidate, certificate);
      }
}

static void
apply_inputs (KonkursCandidateDialog *self)
{
  KonkursCandidate *candidate = self->candidate;
  g_autofree char *iin = konkurs_iin_normalize (gtk_editable_get_text (GTK_EDITABLE (self->iin_row)));
  g_autofree char *surname = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->surname_row));
  g_autofree char *name = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->name_row));
  g_autofree char *patronymic = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->patronymic_row));
  g_autofree char *phone = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->phone_row));
  g_autofree char *email = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->email_row));
  g_autofree char *address = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->address_row));
  guint level = adw_combo_row_get_selected (self->language_row);
  GDate birth;

  konkurs_candidate_set_iin (candidate, iin);
  konkurs_candidate_set_surname (candidate, surname);
  konkurs_candidate_set_name (candidate, name);
  konkurs_candidate_set_patronymic (candidate, patronymic);
  konkurs_candidate_set_citizenship (candidate, konkurs_country_row_get_code (self->citizenship_row));
  konkurs_candidate_set_phone (candidate, phone);
  konkurs_candidate_set_email (candidate, email);
  konkurs_candidate_set_address (candidate, address);
  konkurs_candidate_set_language_level (candidate,
                                        language_levels[MIN (level, G_N_ELEMENTS (language_levels) - 1)]);
  apply_exclusions (self);
  konkurs_candidate_set_birth_date (candidate, konkurs_date_entry_get_date (self->birth_date_entry, &birth) ? &birth : NULL);
  apply_lists (self);
}

/* At the top, where the secretary looks first; a duplicate IIN offers the
 * record it belongs to. */
static void
konkurs_candidate_dialog_show_refusal (KonkursEditDialog *dialog,
                                       const GError      *error)
{
  KonkursCandidateDialog *self = KONKURS_CANDIDATE_DIALOG (dialog);
  gboolean duplicate = g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);
  gint64 existing_id = 0;

  if (duplicate)
    {
      g_autofree char *iin = konkurs_iin_normalize (gtk_editable_get_text (GTK_EDITABLE (self->iin_row)));

      existing_id = konkurs_store_find_candidate_by_iin (self->store, iin, NULL);
      konkurs_ui_show_field_error (GTK_WIDGET (self->iin_row), NULL, "");
    }

  show_at_top (self, error->message, existing_id);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static gboolean
konkurs_candidate_dialog_save (KonkursEditDialog  *dialog,
                               GError            **error)
{
  KonkursCandidateDialog *self = KONKURS_CANDIDATE_DIALOG (dialog);

  apply_inputs (self);
  if (!konkurs_store_save_candidate (self->store, self->candidate, error))
    return FALSE;

  g_signal_emit (self, signals[SAVED], 0, self->candidate);
  return TRUE;
}

static void
on_open_existing_clicked (KonkursCandidateDialog *self)
{
  gint64 id = self->existing_id;

  if (id <= 0)
    return;
  g_signal_emit (self, signals[OPEN_EXISTING], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* Loading */

static void
fill_language_levels (KonkursCandidateDialog *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (language_levels); i++)
    {
      if (language_levels[i] == KONKURS_LANGUAGE_LEVEL_NONE)
        gtk_string_list_append (list, _("Not assessed"));
      else
        gtk_string_list_append (list, konkurs_language_level_to_code (language_levels[i]));
    }
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (list));
}

static void
set_placeholder (GtkListBox *list,
                 const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_list_box_set_placeholder (list, label);
}

static void
load_candidate (KonkursCandidateDialog *self)
{
  KonkursCandidate *candidate = self->candidate;
  GArray *periods = konkurs_candidate_get_exclusion_periods (candidate);
  GPtrArray *list;

  gtk_editable_set_text (GTK_EDITABLE (self->iin_row), konkurs_candidate_get_iin (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->surname_row), konkurs_candidate_get_surname (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), konkurs_candidate_get_name (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->patronymic_row), konkurs_candidate_get_patronymic (candidate));
  konkurs_country_row_set_code (self->citizenship_row, konkurs_candidate_get_citizenship (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), konkurs_candidate_get_phone (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), konkurs_candidate_get_email (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), konkurs_candidate_get_address (candidate));
  for (guint i = 0; i < G_N_ELEMENTS (language_levels); i++)
    if (language_levels[i] == konkurs_candidate_get_language_level (candidate))
      adw_combo_row_set_selected (self->language_row, i);
  for (guint i = 0; i < periods->len; i++)
    add_row (self, self->exclusion_list,
             konkurs_exclusion_row_new (&g_array_index (periods, KonkursExclusionPeriod, i)));

  list = konkurs_candidate_get_education (candidate);
  for (guint i = 0; i < list->len; i++)
    add_row (self, self->education_list, konkurs_education_row_new (list->pdata[i]));
  list = konkurs_candidate_get_employments (candidate);
  for (guint i = 0; i < list->len; i++)
    add_row (self, self->work_list, konkurs_employment_row_new (list->pdata[i]));
  list = konkurs_candidate_get_certificates (candidate);
  for (guint i = 0; i < list->len; i++)
    add_row (self, self->certificate_list, konkurs_certificate_row_new (list->pdata[i], self->validity_months));
}

static void
konkurs_candidate_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_CANDIDATE_DIALOG);

  G_OBJECT_CLASS (konkurs_candidate_dialog_parent_class)->dispose (object);
}

static void
konkurs_candidate_dialog_finalize (GObject *object)
{
  KonkursCandidateDialog *self = KONKURS_CANDIDATE_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->candidate);

  G_OBJECT_CLASS (konkurs_candidate_dialog_parent_class)->finalize (object);
}

static void
bind_children (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, store_error_box);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, open_existing_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, iin_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, derived_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, birth_date_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, iin_message);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, surname_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, patronymic_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, citizenship_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, exclusion_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, exclusion_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, education_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, education_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, work_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, work_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, work_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, certificate_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, certificate_error);
}

static void
konkurs_candidate_dialog_class_init (KonkursCandidateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_candidate_dialog_dispose;
  object_class->finalize = konkurs_candidate_dialog_finalize;
  dialog_class->validate = konkurs_candidate_dialog_validate;
  dialog_class->save = konkurs_candidate_dialog_save;
  dialog_class->show_refusal = konkurs_candidate_dialog_show_refusal;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KONKURS_TYPE_CANDIDATE);
  signals[OPEN_EXISTING] =
    g_signal_new ("open-existing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-candidate-dialog.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_open_existing_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_iin_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_education_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_job_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_certificate_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_exclusion_clicked);
}

static void
konkurs_candidate_dialog_init (KonkursCandidateDialog *self)
{
  g_type_ensure (KONKURS_TYPE_COUNTRY_ROW);
  g_type_ensure (KONKURS_TYPE_DATE_ENTRY);
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The box at the top shows while its message does, whoever sets it. */
  g_object_bind_property (self->error_label, "visible", self->store_error_box, "visible", G_BINDING_SYNC_CREATE);
  fill_language_levels (self);
  set_placeholder (self->education_list, _("No diplomas recorded"));
  set_placeholder (self->work_list, _("No work recorded"));
  set_placeholder (self->certificate_list, _("No certificates recorded"));
  set_placeholder (self->exclusion_list, _("None recorded"));
}

KonkursCandidateDialog *
konkurs_candidate_dialog_new (GtkWindow        *parent,
                              KonkursStore     *store,
                              KonkursCandidate *candidate)
{
  KonkursCandidateDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (candidate == NULL || KONKURS_IS_CANDIDATE (candidate), NULL);

  self = g_object_new (KONKURS_TYPE_CANDIDATE_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  if (candidate != NULL)
    {
      self->candidate = konkurs_candidate_copy (candidate);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Candidate"));
      konkurs_edit_dialog_set_save_label (KONKURS_EDIT_DIALOG (self), _("Save"));
    }
  else
    {
      self->candidate = konkurs_candidate_new ();
      konkurs_candidate_set_language_level (self->candidate, KONKURS_LANGUAGE_LEVEL_NONE);
    }

  self->validity_months = konkurs_ui_certificate_validity_months (store, konkurs_candidate_get_id (self->candidate));
  load_candidate (self);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));

  return self;
}
