/* konkurs-candidate-dialog.c — register or edit a candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-candidate-dialog.h"
#include "konkurs-ui-helpers.h"

struct _KonkursCandidateDialog
{
  AdwWindow          parent_instance;

  KonkursStore      *store;
  KonkursCandidate  *candidate;      /* the copy being edited */
  gint64             existing_id;    /* the owner of a duplicate IIN */
  gboolean           names_touched;
  gboolean           loading;

  GtkButton         *save_button;
  GtkScrolledWindow *scrolled_window;
  GtkWidget         *store_error_box;
  GtkLabel          *error_label;
  GtkWidget         *open_existing_button;
  AdwEntryRow       *iin_row;
  GtkLabel          *derived_label;
  AdwEntryRow       *birth_date_row;
  GtkLabel          *iin_message;
  AdwEntryRow       *surname_row;
  AdwEntryRow       *name_row;
  AdwEntryRow       *patronymic_row;
  GtkLabel          *name_error;
  AdwEntryRow       *citizenship_row;
  AdwEntryRow       *phone_row;
  AdwEntryRow       *email_row;
  AdwEntryRow       *address_row;
  GtkLabel          *citizenship_error;
  AdwComboRow       *language_row;
  GtkSwitch         *appointee_switch;
  GtkSwitch         *political_switch;
  GtkSwitch         *corps_a_switch;
  GtkSwitch         *reserve_switch;
  GtkListBox        *education_list;
  GtkLabel          *education_error;
  AdwPreferencesGroup *work_group;
  GtkListBox        *work_list;
  GtkLabel          *work_error;
  GtkListBox        *certificate_list;
  GtkLabel          *certificate_error;
};

G_DEFINE_FINAL_TYPE (KonkursCandidateDialog, konkurs_candidate_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  OPEN_EXISTING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const KonkursEducation education_levels[] = {
  KONKURS_EDUCATION_SECONDARY, KONKURS_EDUCATION_VOCATIONAL,
  KONKURS_EDUCATION_HIGHER, KONKURS_EDUCATION_POSTGRADUATE,
};
static const KonkursCertificateKind certificate_kinds[] = {
  KONKURS_CERTIFICATE_LEGISLATION, KONKURS_CERTIFICATE_STATE_LANGUAGE,
  KONKURS_CERTIFICATE_PERSONAL_QUALITIES,
};
static const KonkursLanguageLevel language_levels[] = {
  KONKURS_LANGUAGE_LEVEL_NONE, KONKURS_LANGUAGE_LEVEL_A1, KONKURS_LANGUAGE_LEVEL_A2,
  KONKURS_LANGUAGE_LEVEL_B1, KONKURS_LANGUAGE_LEVEL_B2, KONKURS_LANGUAGE_LEVEL_C1,
  KONKURS_LANGUAGE_LEVEL_C2,
};

static void validate (KonkursCandidateDialog *self);

/* Rows of the three lists.  Each row keeps its fields as object data. */

static void
on_row_changed (KonkursCandidateDialog *self)
{
  if (self->loading)
    return;
  /* Rows are added after konkurs_ui_watch_changes() looked. */
  konkurs_ui_mark_dirty (GTK_WINDOW (self));
  validate (self);
}

static GtkWidget *
new_field (KonkursCandidateDialog *self,
           GtkWidget              *row,
           const char             *key,
           const char             *placeholder,
           const char             *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  konkurs_ui_name_widget (entry, placeholder);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_row_changed), self, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (row), key, entry);
  return entry;
}

static GtkWidget *
new_dropdown (KonkursCandidateDialog *self,
              GtkWidget              *row,
              const char             *key,
              const char             *name,
              const char *const      *labels,
              guint                   selected)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (labels);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  konkurs_ui_name_widget (dropdown, name);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_row_changed), self, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (row), key, dropdown);
  return dropdown;
}

static void
on_remove_row_clicked (GtkWidget *button,
                       GtkWidget *row)
{
  KonkursCandidateDialog *self = KONKURS_CANDIDATE_DIALOG (gtk_widget_get_root (button));

  gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (row)), row);
  konkurs_ui_mark_dirty (GTK_WINDOW (self));
  validate (self);
}

/* A row with @grid inside and a remove button at the end. */
static GtkWidget *
new_row (GtkListBox *list,
         GtkWidget  *grid,
         int         n_columns)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 8);

  gtk_widget_set_tooltip_text (remove, _("Remove"));
  konkurs_ui_name_widget (remove, _("Remove"));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_row_clicked), row);
  gtk_grid_attach (GTK_GRID (grid), remove, n_columns, 0, 1, 2);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  gtk_list_box_append (list, row);
  return row;
}

static void
add_education_row (KonkursCandidateDialog      *self,
                   const KonkursEducationEntry *entry)
{
  const char *labels[G_N_ELEMENTS (education_levels) + 1] = { NULL };
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *row = new_row (self->education_list, grid, 3);
  g_autofree char *year = NULL;
  guint selected = 2;   /* higher */

  for (guint i = 0; i < G_N_ELEMENTS (education_levels); i++)
    {
      labels[i] = _(konkurs_education_get_label (education_levels[i]));
      if (entry != NULL && entry->level == education_levels[i])
        selected = i;
    }
  if (entry != NULL && entry->year > 0)
    year = g_strdup_printf ("%d", entry->year);

  gtk_grid_attach (GTK_GRID (grid), new_dropdown (self, row, "level", _("Level of education"), labels, selected),
                   0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), new_field (self, row, "field", _("Field of study"),
                                               entry != NULL ? entry->field : NULL), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), new_field (self, row, "year", _("Year"), year), 2, 0, 1, 1);
  gtk_editable_set_width_chars (g_object_get_data (G_OBJECT (row), "year"), 5);
  gtk_editable_set_max_width_chars (g_object_get_data (G_OBJECT (row), "year"), 5);
  gtk_widget_set_hexpand (g_object_get_data (G_OBJECT (row), "year"), FALSE);
  gtk_grid_attach (GTK_GRID (grid), new_field (self, row, "institution", _("Institution"),
                                               entry != NULL ? entry->institution : NULL), 0, 1, 3, 1);
}

static void
add_job_row (KonkursCandidateDialog  *self,
             const KonkursEmployment *job)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *row = new_row (self->work_list, grid, 2);
  g_autofree char *start = konkurs_ui_format_date_input (job != NULL ? &job->start : NULL);
  g_autofree char *end = konkurs_ui_format_date_input (job != NULL ? &job->end : NULL);

  gtk_grid_attach (GTK_GRID (grid), new_field (self, row, "employer", _("Employer"),
                                               job != NULL ? job->employer : NULL), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), new_field (self, row, "position", _("Position"),
                                               job != NULL ? job->position : NULL), 1, 0, 1, 1);
  /* Translators: placeholder of a date field; keep the order of the date format */
  gtk_grid_attach (GTK_GRID (grid), new_field (self, row, "start", _("Start, DD.MM.YYYY"), start), 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), new_field (self, row, "end", _("End, empty while working there"), end),
                   1, 1, 1, 1);
}

static void
add_certificate_row (KonkursCandidateDialog            *self,
                     const KonkursCandidateCertificate *certificate)
{
  const char *labels[G_N_ELEMENTS (certificate_kinds) + 1] = { NULL };
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *row = new_row (self->certificate_list, grid, 3);
  GtkWidget *validity = gtk_label_new (NULL);
  g_autofree char *passed = konkurs_ui_format_date_input (certificate != NULL ? &certificate->passed_on : NULL);
  guint selected = 0;

  for (guint i = 0; i < G_N_ELEMENTS (certificate_kinds); i++)
    {
      labels[i] = _(konkurs_certificate_kind_get_label (certificate_kinds[i]));
      if (certificate != NULL && certificate->kind == certificate_kinds[i])
        selected = i;
    }

  gtk_grid_attach (GTK_GRID (grid), new_dropdown (self, row, "kind", _("Kind of certificate"), labels, selected),
                   0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), new_field (self, row, "passed", _("Passed on, DD.MM.YYYY"), passed),
                   1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), new_field (self, row, "result", _("Result"),
                                               certificate != NULL ? certificate->result : NULL), 2, 0, 1, 1);
  gtk_editable_set_width_chars (g_object_get_data (G_OBJECT (row), "result"), 7);
  gtk_editable_set_max_width_chars (g_object_get_data (G_OBJECT (row), "result"), 7);
  gtk_widget_set_hexpand (g_object_get_data (G_OBJECT (row), "result"), FALSE);
  gtk_label_set_xalign (GTK_LABEL (validity), 0);
  gtk_widget_add_css_class (validity, "caption");
  gtk_widget_add_css_class (validity, "dim-label");
  g_object_set_data (G_OBJECT (row), "validity", validity);
  gtk_grid_attach (GTK_GRID (grid), validity, 0, 1, 3, 1);
  if (certificate != NULL)
    g_object_set_data_full (G_OBJECT (row), "number", g_strdup (certificate->number), g_free);
}

static const char *
row_text (GtkWidget  *row,
          const char *key)
{
  return gtk_editable_get_text (g_object_get_data (G_OBJECT (row), key));
}

static guint
row_selected (GtkWidget  *row,
              const char *key)
{
  return gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (row), key));
}

/* Checks a date field of a row; an empty field is fine when @optional. */
static gboolean
check_row_date (GtkWidget  *row,
                const char *key,
                gboolean    optional,
                GDate      *date)
{
  GtkWidget *entry = g_object_get_data (G_OBJECT (row), key);
  g_autofree char *text = konkurs_ui_get_stripped_text (GTK_EDITABLE (entry));
  gboolean ok = konkurs_ui_parse_date (text, date) || (optional && text[0] == '\0');

  konkurs_ui_show_field_error (entry, NULL, ok ? NULL : "");
  return ok;
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

static gboolean
validate_identity (KonkursCandidateDialog *self)
{
  g_autofree char *iin = konkurs_iin_normalize (gtk_editable_get_text (GTK_EDITABLE (self->iin_row)));
  g_autofree char *birth_text = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->birth_date_row));
  g_autofree char *derived = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  KonkursIinInfo info;
  GDate entered;
  gboolean all_digits = TRUE;
  gboolean iin_ok, birth_ok = TRUE;

  for (const char *p = iin; *p != '\0'; p++)
    all_digits = all_digits && g_ascii_isdigit (*p);

  iin_ok = konkurs_iin_parse (iin, &info, &error);
  derived = iin_ok ? describe_derived (&info) : g_strdup ("—");
  gtk_label_set_text (self->derived_label, derived);

  if (birth_text[0] != '\0')
    {
      birth_ok = konkurs_ui_parse_date (birth_text, &entered);
      if (!birth_ok)
        message = g_strdup_printf (_("“%s” is not a date: write the birth date as DD.MM.YYYY."), birth_text);
      else if (iin_ok && g_date_compare (&entered, &info.birth_date) != 0)
        {
          g_autofree char *a = konkurs_ui_format_date (&entered);
          g_autofree char *b = konkurs_ui_format_date (&info.birth_date);

          birth_ok = FALSE;
          message = g_strdup_printf (_("The birth date %s does not match the IIN, which gives %s. "
                                       "Correct the birth date or the IIN."), a, b);
        }
    }
  konkurs_ui_show_field_error (GTK_WIDGET (self->birth_date_row), NULL, birth_ok ? NULL : "");

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

static gboolean
validate_names (KonkursCandidateDialog *self)
{
  g_autofree char *surname = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->surname_row));
  g_autofree char *name = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->name_row));
  gboolean show = self->names_touched;
  const char *message = NULL;

  if (show && name[0] == '\0')
    message = _("Enter the name.");
  if (show && surname[0] == '\0')
    message = _("Enter the surname.");
  konkurs_ui_show_field_error (GTK_WIDGET (self->surname_row), NULL, show && surname[0] == '\0' ? "" : NULL);
  konkurs_ui_show_field_error (GTK_WIDGET (self->name_row), NULL, show && name[0] == '\0' ? "" : NULL);
  konkurs_ui_show_field_error (GTK_WIDGET (self->name_error), self->name_error, message);
  return surname[0] != '\0' && name[0] != '\0';
}

static gboolean
validate_citizenship (KonkursCandidateDialog *self)
{
  g_autofree char *code = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->citizenship_row));
  gboolean ok = strlen (code) == 2 && g_ascii_isalpha (code[0]) && g_ascii_isalpha (code[1]);

  konkurs_ui_show_field_error (GTK_WIDGET (self->citizenship_row), self->citizenship_error,
                               ok ? NULL : _("Write the citizenship as a two-letter country code: KZ for Kazakhstan."));
  return ok;
}

static gboolean
validate_education (KonkursCandidateDialog *self)
{
  g_autofree char *message = NULL;
  guint index = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->education_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *entry = g_object_get_data (G_OBJECT (row), "year");
      g_autofree char *year = NULL;
      guint64 value = 0;
      gboolean ok;

      if (entry == NULL)
        continue;
      index++;
      year = konkurs_ui_get_stripped_text (GTK_EDITABLE (entry));
      ok = year[0] == '\0' ||
           (g_ascii_string_to_unsigned (year, 10, 1900, 2100, &value, NULL));
      konkurs_ui_show_field_error (entry, NULL, ok ? NULL : "");
      if (!ok && message == NULL)
        message = g_strdup_printf (_("Education %u: “%s” is not a year of graduation."), index, year);
    }
  konkurs_ui_show_field_error (GTK_WIDGET (self->education_error), self->education_error, message);
  return message == NULL;
}

static gboolean
validate_work (KonkursCandidateDialog *self)
{
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (KonkursWorkPeriod));
  g_autofree char *message = NULL;
  g_autofree char *total = NULL;
  g_autofree char *description = NULL;
  KonkursExperience experience;
  GDate today;
  guint index = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->work_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      KonkursWorkPeriod period;
      gboolean start_ok, end_ok;

      if (g_object_get_data (G_OBJECT (row), "start") == NULL)
        continue;
      index++;
      start_ok = check_row_date (row, "start", FALSE, &period.start);
      end_ok = check_row_date (row, "end", TRUE, &period.end);
      if (message == NULL && !start_ok)
        message = g_strdup_printf (_("Work period %u: write the start date as DD.MM.YYYY."), index);
      else if (message == NULL && !end_ok)
        message = g_strdup_printf (_("Work period %u: write the end date as DD.MM.YYYY, "
                                     "or leave it empty while the work goes on."), index);
      else if (message == NULL && g_date_valid (&period.end) && g_date_compare (&period.end, &period.start) < 0)
        {
          konkurs_ui_show_field_error (g_object_get_data (G_OBJECT (row), "end"), NULL, "");
          message = g_strdup_printf (_("Work period %u ends before it starts."), index);
        }
      if (start_ok && end_ok)
        g_array_append_val (periods, period);
    }

  konkurs_ui_get_today (&today);
  konkurs_experience_compute ((KonkursWorkPeriod *) (void *) periods->data, periods->len, &today, &experience);
  total = konkurs_experience_describe (&experience, NULL);
  /* Translators: %s is a duration such as "4 years 11 months 28 days" */
  description = g_strdup_printf (_("Total experience today: %s. Overlapping periods count once."), total);
  adw_preferences_group_set_description (self->work_group, description);

  konkurs_ui_show_field_error (GTK_WIDGET (self->work_error), self->work_error, message);
  return message == NULL;
}

static void
describe_validity (GtkLabel               *label,
                   KonkursCertificateKind  kind,
                   const GDate            *passed_on)
{
  KonkursCertificate certificate = { kind, *passed_on, TRUE };
  g_autofree char *last_text = NULL;
  g_autofree char *text = NULL;
  GDate last, today;

  if (!g_date_valid (passed_on))
    {
      gtk_label_set_text (label, "");
      return;
    }

  konkurs_certificate_get_last_valid_day (&certificate, KONKURS_DEFAULT_CERTIFICATE_VALIDITY_MONTHS, &last);
  konkurs_ui_get_today (&today);
  last_text = konkurs_ui_format_date (&last);
  if (g_date_compare (&today, &last) > 0)
    text = g_strdup_printf (_("Expired: it was valid until %s"), last_text);
  else
    text = g_strdup_printf (_("Valid until %s"), last_text);
  gtk_label_set_text (label, text);
}

static gboolean
validate_certificates (KonkursCandidateDialog *self)
{
  g_autofree char *message = NULL;
  guint index = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->certificate_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GDate passed;
      gboolean ok;
      guint kind;

      if (g_object_get_data (G_OBJECT (row), "passed") == NULL)
        continue;
      index++;
      ok = check_row_date (row, "passed", FALSE, &passed);
      kind = row_selected (row, "kind");
      describe_validity (g_object_get_data (G_OBJECT (row), "validity"),
                         certificate_kinds[MIN (kind, G_N_ELEMENTS (certificate_kinds) - 1)], &passed);
      if (!ok && message == NULL)
        message = g_strdup_printf (_("Certificate %u: write the date the test was passed as DD.MM.YYYY."), index);
    }
  konkurs_ui_show_field_error (GTK_WIDGET (self->certificate_error), self->certificate_error, message);
  return message == NULL;
}

static void
validate (KonkursCandidateDialog *self)
{
  gboolean ok = TRUE;

  ok = validate_identity (self) && ok;
  ok = validate_names (self) && ok;
  ok = validate_citizenship (self) && ok;
  ok = validate_education (self) && ok;
  ok = validate_work (self) && ok;
  ok = validate_certificates (self) && ok;
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), ok);
}

static void
on_inputs_changed (KonkursCandidateDialog *self)
{
  if (!self->loading)
    validate (self);
}

static void
on_iin_changed (KonkursCandidateDialog *self)
{
  /* A new IIN may no longer be the duplicate reported before. */
  gtk_widget_set_visible (self->store_error_box, FALSE);
  on_inputs_changed (self);
}

static void
on_name_changed (KonkursCandidateDialog *self)
{
  if (self->loading)
    return;
  self->names_touched = TRUE;
  validate (self);
}

static void
on_add_education_clicked (KonkursCandidateDialog *self)
{
  add_education_row (self, NULL);
  konkurs_ui_mark_dirty (GTK_WINDOW (self));
  validate (self);
}

static void
on_add_job_clicked (KonkursCandidateDialog *self)
{
  add_job_row (self, NULL);
  konkurs_ui_mark_dirty (GTK_WINDOW (self));
  validate (self);
}

static void
on_add_certificate_clicked (KonkursCandidateDialog *self)
{
  add_certificate_row (self, NULL);
  konkurs_ui_mark_dirty (GTK_WINDOW (self));
  validate (self);
}

/* Saving */

static KonkursExclusion
get_exclusions (KonkursCandidateDialog *self)
{
  KonkursExclusion exclusions = KONKURS_EXCLUSION_NONE;

  if (gtk_switch_get_active (self->appointee_switch))
    exclusions |= KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE;
  if (gtk_switch_get_active (self->political_switch))
    exclusions |= KONKURS_EXCLUSION_POLITICAL_SERVANT;
  if (gtk_switch_get_active (self->corps_a_switch))
    exclusions |= KONKURS_EXCLUSION_CORPS_A;
  if (gtk_switch_get_active (self->reserve_switch))
    exclusions |= KONKURS_EXCLUSION_IN_RESERVE;
  return exclusions;
}

static void
apply_lists (KonkursCandidateDialog *self)
{
  KonkursCandidate *candidate = self->candidate;

  konkurs_candidate_clear_education (candidate);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->education_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      g_autoptr(KonkursEducationEntry) entry = NULL;
      guint level;

      /* The list's placeholder is a child too. */
      if (g_object_get_data (G_OBJECT (row), "level") == NULL)
        continue;
      level = row_selected (row, "level");
      entry = konkurs_education_entry_new (education_levels[MIN (level, G_N_ELEMENTS (education_levels) - 1)],
                                           g_strstrip (g_strdup (row_text (row, "field"))),
                                           g_strstrip (g_strdup (row_text (row, "institution"))),
                                           (int) g_ascii_strtoll (row_text (row, "year"), NULL, 10));
      konkurs_candidate_add_education (candidate, entry);
    }

  konkurs_candidate_clear_employments (candidate);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->work_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      g_autoptr(KonkursEmployment) job = NULL;
      g_autofree char *employer = NULL;
      g_autofree char *position = NULL;
      GDate start, end;

      if (g_object_get_data (G_OBJECT (row), "start") == NULL)
        continue;
      employer = g_strstrip (g_strdup (row_text (row, "employer")));
      position = g_strstrip (g_strdup (row_text (row, "position")));
      konkurs_ui_parse_date (row_text (row, "start"), &start);
      konkurs_ui_parse_date (row_text (row, "end"), &end);
      job = konkurs_employment_new (employer, position, &start, g_date_valid (&end) ? &end : NULL);
      konkurs_candidate_add_employment (candidate, job);
    }

  konkurs_candidate_clear_certificates (candidate);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->certificate_list));
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      g_autoptr(KonkursCandidateCertificate) certificate = NULL;
      g_autofree char *result = NULL;
      guint kind;
      GDate passed;

      if (g_object_get_data (G_OBJECT (row), "kind") == NULL)
        continue;
      kind = row_selected (row, "kind");
      result = g_strstrip (g_strdup (row_text (row, "result")));
      konkurs_ui_parse_date (row_text (row, "passed"), &passed);
      certificate = konkurs_candidate_certificate_new (certificate_kinds[MIN (kind, G_N_ELEMENTS (certificate_kinds) - 1)],
                                                       &passed, result,
                                                       g_object_get_data (G_OBJECT (row), "number"));
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
  g_autofree char *citizenship = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->citizenship_row));
  g_autofree char *upper_citizenship = g_ascii_strup (citizenship, -1);
  g_autofree char *phone = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->phone_row));
  g_autofree char *email = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->email_row));
  g_autofree char *address = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->address_row));
  guint level = adw_combo_row_get_selected (self->language_row);
  GDate birth;

  konkurs_candidate_set_iin (candidate, iin);
  konkurs_candidate_set_surname (candidate, surname);
  konkurs_candidate_set_name (candidate, name);
  konkurs_candidate_set_patronymic (candidate, patronymic);
  konkurs_candidate_set_citizenship (candidate, upper_citizenship);
  konkurs_candidate_set_phone (candidate, phone);
  konkurs_candidate_set_email (candidate, email);
  konkurs_candidate_set_address (candidate, address);
  konkurs_candidate_set_language_level (candidate,
                                        language_levels[MIN (level, G_N_ELEMENTS (language_levels) - 1)]);
  konkurs_candidate_set_exclusions (candidate, get_exclusions (self));
  konkurs_ui_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->birth_date_row)), &birth);
  konkurs_candidate_set_birth_date (candidate, g_date_valid (&birth) ? &birth : NULL);
  apply_lists (self);
}

static void
show_store_error (KonkursCandidateDialog *self,
                  const GError           *error)
{
  gboolean duplicate = g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled_window);

  self->existing_id = 0;
  if (duplicate)
    {
      g_autofree char *iin = konkurs_iin_normalize (gtk_editable_get_text (GTK_EDITABLE (self->iin_row)));

      self->existing_id = konkurs_store_find_candidate_by_iin (self->store, iin, NULL);
      konkurs_ui_show_field_error (GTK_WIDGET (self->iin_row), NULL, "");
    }

  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (self->open_existing_button, self->existing_id > 0);
  gtk_widget_set_visible (self->store_error_box, TRUE);
  /* The message sits at the top, where the secretary looks first. */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static void
on_save_clicked (KonkursCandidateDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_widget_get_sensitive (GTK_WIDGET (self->save_button)))
    return;

  apply_inputs (self);
  if (!konkurs_store_save_candidate (self->store, self->candidate, &error))
    {
      konkurs_ui_report_refusal ("Candidate not saved", error, NULL);
      show_store_error (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, self->candidate);
  gtk_window_destroy (GTK_WINDOW (self));
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
  KonkursExclusion exclusions = konkurs_candidate_get_exclusions (candidate);
  GPtrArray *list;

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->iin_row), konkurs_candidate_get_iin (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->surname_row), konkurs_candidate_get_surname (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), konkurs_candidate_get_name (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->patronymic_row), konkurs_candidate_get_patronymic (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->citizenship_row), konkurs_candidate_get_citizenship (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), konkurs_candidate_get_phone (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), konkurs_candidate_get_email (candidate));
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), konkurs_candidate_get_address (candidate));
  for (guint i = 0; i < G_N_ELEMENTS (language_levels); i++)
    if (language_levels[i] == konkurs_candidate_get_language_level (candidate))
      adw_combo_row_set_selected (self->language_row, i);
  gtk_switch_set_active (self->appointee_switch, exclusions & KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE);
  gtk_switch_set_active (self->political_switch, exclusions & KONKURS_EXCLUSION_POLITICAL_SERVANT);
  gtk_switch_set_active (self->corps_a_switch, exclusions & KONKURS_EXCLUSION_CORPS_A);
  gtk_switch_set_active (self->reserve_switch, exclusions & KONKURS_EXCLUSION_IN_RESERVE);

  list = konkurs_candidate_get_education (candidate);
  for (guint i = 0; i < list->len; i++)
    add_education_row (self, list->pdata[i]);
  list = konkurs_candidate_get_employments (candidate);
  for (guint i = 0; i < list->len; i++)
    add_job_row (self, list->pdata[i]);
  list = konkurs_candidate_get_certificates (candidate);
  for (guint i = 0; i < list->len; i++)
    add_certificate_row (self, list->pdata[i]);
  self->loading = FALSE;

  self->names_touched = konkurs_candidate_get_id (candidate) != 0;
  validate (self);
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
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, store_error_box);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, open_existing_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, iin_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, derived_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, birth_date_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, iin_message);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, surname_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, patronymic_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, name_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, citizenship_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, citizenship_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, appointee_switch);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, political_switch);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, corps_a_switch);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, reserve_switch);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, education_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, education_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, work_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, work_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, work_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, certificate_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidateDialog, certificate_error);
}

/* Escape, the close button and Cancel all come here; saving destroys the
 * window without asking. */
static gboolean
konkurs_candidate_dialog_close_request (GtkWindow *window)
{
  if (konkurs_ui_confirm_discard (window))
    return TRUE;
  return GTK_WINDOW_CLASS (konkurs_candidate_dialog_parent_class)->close_request (window);
}

static void
konkurs_candidate_dialog_class_init (KonkursCandidateDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  GTK_WINDOW_CLASS (klass)->close_request = konkurs_candidate_dialog_close_request;
  object_class->dispose = konkurs_candidate_dialog_dispose;
  object_class->finalize = konkurs_candidate_dialog_finalize;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KONKURS_TYPE_CANDIDATE);
  signals[OPEN_EXISTING] =
    g_signal_new ("open-existing", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-candidate-dialog.ui");
  bind_children (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_open_existing_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_iin_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_inputs_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_add_education_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_job_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_certificate_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
konkurs_candidate_dialog_init (KonkursCandidateDialog *self)
{
  self->loading = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  {
    AdwEntryRow *rows[] = {
      self->iin_row, self->birth_date_row, self->surname_row, self->name_row, self->patronymic_row,
      self->citizenship_row, self->phone_row, self->email_row, self->address_row,
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      konkurs_ui_label_entry_row (rows[i]);
  }

  fill_language_levels (self);
  set_placeholder (self->education_list, _("No diplomas recorded"));
  set_placeholder (self->work_list, _("No work recorded"));
  set_placeholder (self->certificate_list, _("No certificates recorded"));
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
      gtk_button_set_label (self->save_button, _("Save"));
    }
  else
    {
      self->candidate = konkurs_candidate_new ();
      konkurs_candidate_set_language_level (self->candidate, KONKURS_LANGUAGE_LEVEL_NONE);
    }

  load_candidate (self);
  konkurs_ui_watch_changes (GTK_WINDOW (self));

  return self;
}
