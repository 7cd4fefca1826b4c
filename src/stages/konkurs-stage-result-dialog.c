/* konkurs-stage-result-dialog.c — the result of one application in a
 * stage, by hand
 *
 * The checks are the store's own: a test's score and parts go through
 * konkurs_stage_rule_score_tests(), which the store applies again when
 * saving, so the message under a field is the one the store would give.
 * A retake adds an attempt; a test the secretary did not touch is not
 * saved again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names (English): title "Enter Result" / "Correct Result";
 * per test a group named after it with the switch "Sat the test", the
 * spin button "Correct answers" and one per part; "Date taken"; per member
 * a spin button with the member's name; "Supervisor", "Interview rating";
 * "Reason for the correction"; buttons "Cancel", "Save Result".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-commission.h"
#include "konkurs-date-entry.h"
#include "konkurs-stage-result-dialog.h"
#include "konkurs-stage-texts.h"
#include "konkurs-store-organisation.h"
#include "konkurs-text.h"
#include "konkurs-ui-helpers.h"

/* The fields of one test. */
typedef struct {
  const KonkursTestRule *rule;
  KonkursTestResult     *latest;   /* NULL: none yet */
  GtkSwitch             *present;
  GtkSpinButton         *score;
  GPtrArray             *parts;    /* of GtkSpinButton, as rule->parts */
  GtkLabel              *error;
} TestFields;

/* The score of one commission member, or of one competency. */
typedef struct {
  gint64         member_id;
  char          *code;       /* competency */
  GtkEditable   *assessor;   /* competency */
  GtkSpinButton *score;
  gboolean       had;
  int            old;
} ScoreField;

struct _KonkursStageResultDialog
{
  KonkursEditDialog      parent_instance;

  KonkursStore          *store;
  KonkursStage          *stage;
  KonkursStageRow       *row;
  const KonkursStageRule *rule;
  GPtrArray             *tests;      /* of TestFields */
  GPtrArray             *scores;     /* of ScoreField */
  KonkursDateEntry      *date_entry;
  GtkEditable           *supervisor;
  GtkSpinButton         *interview;

  GtkLabel              *heading_label;
  GtkBox                *fields_box;
  GtkWidget             *reason_group;
  GtkWidget             *reason_frame;
  GtkTextView           *reason_view;
  GtkLabel              *reason_error;
  AdwPreferencesGroup   *history_group;
  GtkLabel              *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursStageResultDialog, konkurs_stage_result_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
test_fields_free (gpointer data)
{
  TestFields *fields = data;

  g_clear_pointer (&fields->latest, konkurs_test_result_free);
  g_clear_pointer (&fields->parts, g_ptr_array_unref);
  g_free (fields);
}

static void
score_field_free (gpointer data)
{
  ScoreField *field = data;

  g_free (field->code);
  g_free (field);
}

/* Building the fields */

static GtkSpinButton *
spin_new (int max)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, MAX (max, 1), 1);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), 4);
  return GTK_SPIN_BUTTON (spin);
}

/* A row titled @title whose suffix is @input, named after the row. */
static GtkWidget *
row_new (const char *title,
         const char *subtitle,
         GtkWidget  *input)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), input);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), input);
  konkurs_ui_set_field_name (input, title);
  return row;
}

static GtkLabel *
field_error_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "error");
  gtk_widget_set_visible (label, FALSE);
  return GTK_LABEL (label);
}

static const KonkursTestPartResult *
find_part (const KonkursTestResult *result,
           const char              *code)
{
  for (guint i = 0; result != NULL && i < result->parts->len; i++)
    {
      const KonkursTestPartResult *part = result->parts->pdata[i];

      if (g_strcmp0 (part->part, code) == 0)
        return part;
    }
  return NULL;
}

static void
add_test (KonkursStageResultDialog *self,
          const KonkursTestRule    *test,
          const KonkursTestResult  *latest)
{
  TestFields *fields = g_new0 (TestFields, 1);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *toggle = gtk_switch_new ();
  g_autofree char *of = NULL;

  fields->rule = test;
  fields->latest = latest != NULL ? konkurs_test_result_copy (latest) : NULL;
  fields->parts = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), konkurs_stage_code_get_label (test->code));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_switch_set_active (GTK_SWITCH (toggle), latest == NULL || latest->present);
  fields->present = GTK_SWITCH (toggle);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row_new (_("Sat the test"), NULL, toggle));

  fields->score = spin_new (test->max_score);
  gtk_spin_button_set_value (fields->score, latest != NULL ? latest->score : 0);
  of = test->pass_score > 0 ? g_strdup_printf (_("of %d, pass mark %d"), test->max_score, test->pass_score)
                            : g_strdup_printf (_("of %d"), test->max_score);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             row_new (_("Correct answers"), of, GTK_WIDGET (fields->score)));
  for (guint i = 0; i < test->parts->len; i++)
    {
      const KonkursTestPartRule *part = test->parts->pdata[i];
      const KonkursTestPartResult *had = find_part (latest, part->code);
      GtkSpinButton *spin = spin_new (part->max_score);
      g_autofree char *range = part->min_score > 0
                               ? g_strdup_printf (_("of %d, minimum %d"), part->max_score, part->min_score)
                               : g_strdup_printf (_("of %d"), part->max_score);

      gtk_spin_button_set_value (spin, had != NULL ? had->score : 0);
      g_ptr_array_add (fields->parts, spin);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 row_new (konkurs_stage_code_get_label (part->code), range, GTK_WIDGET (spin)));
    }
  fields->error = field_error_new ();
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (fields->error));
  gtk_box_append (self->fields_box, group);
  g_ptr_array_add (self->tests, fields);
}

/* "Legislation test, attempt 1, 12.03.2026: 28 of 55 (entry)" */
static void
add_attempt (KonkursStageResultDialog *self,
             const KonkursTestResult  *result)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *taken = g_date_valid (&result->taken_on) ? konkurs_ui_format_date (&result->taken_on)
                                                              : g_strdup ("—");
  g_autofree char *what = result->present ? g_strdup_printf (_("%d of %d"), result->score, result->max_score)
                                          : g_strdup (_("absent"));

  /* Translators: an attempt at a test: “Legislation test, attempt 2” */
  title = g_strdup_printf (_("%s, attempt %d"), konkurs_stage_code_get_label (result->test), result->attempt);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), what);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (taken));
  if (result->source != NULL)
    gtk_widget_set_tooltip_text (row, result->source);
  adw_preferences_group_add (self->history_group, row);
  gtk_widget_set_visible (GTK_WIDGET (self->history_group), TRUE);
}

static void
build_tests (KonkursStageResultDialog *self)
{
  g_autoptr(GPtrArray) results = konkurs_store_list_test_results (self->store, self->stage->id, NULL);
  GtkWidget *group = adw_preferences_group_new ();
  GDate *latest_date = NULL;

  for (guint i = 0; i < self->rule->tests->len; i++)
    {
      const KonkursTestRule *test = self->rule->tests->pdata[i];
      const KonkursTestResult *latest = NULL;

      for (guint j = 0; results != NULL && j < results->len; j++)
        {
          const KonkursTestResult *result = results->pdata[j];

          if (result->application_id == self->row->application_id && g_strcmp0 (result->test, test->code) == 0 &&
              (latest == NULL || result->attempt > latest->attempt))
            latest = result;
        }
      if (latest != NULL && g_date_valid (&latest->taken_on))
        latest_date = (GDate *) &latest->taken_on;
      add_test (self, test, latest);
    }
  self->date_entry = KONKURS_DATE_ENTRY (konkurs_date_entry_new ());
  konkurs_date_entry_set_label (self->date_entry, _("Date taken"));
  konkurs_date_entry_set_date (self->date_entry, latest_date);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             row_new (_("Date taken"), NULL, GTK_WIDGET (self->date_entry)));
  gtk_box_prepend (self->fields_box, group);

  for (guint j = 0; results != NULL && j < results->len; j++)
    if (((KonkursTestResult *) results->pdata[j])->application_id == self->row->application_id)
      add_attempt (self, results->pdata[j]);
}

static ScoreField *
score_field_new (KonkursStageResultDialog *self,
                 int                       max)
{
  ScoreField *field = g_new0 (ScoreField, 1);

  field->score = spin_new (max);
  g_ptr_array_add (self->scores, field);
  return field;
}

static int
score_max (KonkursStageResultDialog *self)
{
  return self->rule->max_score > 0 ? self->rule->max_score : 100;
}

static void
build_members (KonkursStageResultDialog *self)
{
  g_autoptr(GPtrArray) members = konkurs_store_list_commission (self->store, NULL);
  g_autoptr(GPtrArray) given = konkurs_store_list_member_scores (self->store, self->stage->id, NULL);
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *range = g_strdup_printf (_("from 0 to %d"), score_max (self));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Scores of the Commission Members"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The stage score is the mean of the present members’ scores. A member "
                                           "who was not present is left unchanged."));
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const KonkursCommissionMember *member = members->pdata[i];
      ScoreField *field;

      if (!konkurs_commission_role_votes (member->role))
        continue;
      field = score_field_new (self, score_max (self));
      field->member_id = member->id;
      for (guint j = 0; given != NULL && j < given->len; j++)
        {
          const KonkursMemberScore *score = given->pdata[j];

          if (score->application_id == self->row->application_id && score->member_id == member->id)
            {
              field->had = TRUE;
              field->old = score->score;
              gtk_spin_button_set_value (field->score, score->score);
            }
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 row_new (konkurs_local_text_get_display (member->name), range,
                                          GTK_WIDGET (field->score)));
    }
  if (self->scores->len == 0)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("The default commission has no voting members. Add them in "
                                             "Preferences first."));
  gtk_box_append (self->fields_box, group);
}

static void
add_competency (KonkursStageResultDialog     *self,
                GtkWidget                    *group,
                const char                   *code,
                const KonkursCompetencyScore *given)
{
  ScoreField *field = score_field_new (self, score_max (self));
  GtkWidget *assessor = gtk_entry_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *row;
  g_autofree char *name = NULL;

  field->code = g_strdup (code);
  field->assessor = GTK_EDITABLE (assessor);
  gtk_entry_set_placeholder_text (GTK_ENTRY (assessor), _("Assessor"));
  gtk_widget_set_valign (assessor, GTK_ALIGN_CENTER);
  /* Translators: the field of the assessor of a competency: “Assessor of Leadership” */
  name = g_strdup_printf (_("Assessor of %s"), konkurs_stage_code_get_label (code));
  konkurs_ui_set_field_name (assessor, name);
  if (given != NULL)
    {
      gtk_editable_set_text (field->assessor, given->assessor != NULL ? given->assessor : "");
      gtk_spin_button_set_value (field->score, given->score);
      field->had = TRUE;
    }
  gtk_box_append (GTK_BOX (box), assessor);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (field->score));
  row = row_new (konkurs_stage_code_get_label (code), NULL, box);
  konkurs_ui_set_field_name (GTK_WIDGET (field->score), konkurs_stage_code_get_label (code));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static void
build_assessment (KonkursStageResultDialog *self)
{
  g_autoptr(GPtrArray) all = konkurs_store_list_assessments (self->store, self->stage->id, NULL);
  const KonkursAssessment *given = NULL;
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *interview_group = adw_preferences_group_new ();
  GtkWidget *supervisor = gtk_entry_new ();

  for (guint i = 0; all != NULL && i < all->len; i++)
    if (((KonkursAssessment *) all->pdata[i])->application_id == self->row->application_id)
      given = all->pdata[i];

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Competencies"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The score of each competency and the assessor who gave it."));
  if (given != NULL && given->competencies->len > 0)
    for (guint i = 0; i < given->competencies->len; i++)
      {
        const KonkursCompetencyScore *score = given->competencies->pdata[i];

        add_competency (self, group, score->competency, score);
      }
  else
    for (const char * const *code = konkurs_stage_get_competencies (); *code != NULL; code++)
      add_competency (self, group, *code, NULL);
  gtk_box_append (self->fields_box, group);

  self->supervisor = GTK_EDITABLE (supervisor);
  gtk_widget_set_valign (supervisor, GTK_ALIGN_CENTER);
  gtk_editable_set_text (self->supervisor, given != NULL && given->supervisor != NULL ? given->supervisor : "");
  self->interview = spin_new (score_max (self));
  gtk_spin_button_set_value (self->interview, given != NULL ? given->interview_rating : 0);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (interview_group),
                             row_new (_("Supervisor"), _("Who checked the assessors’ scores"), supervisor));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (interview_group),
                             row_new (_("Interview rating"), NULL, GTK_WIDGET (self->interview)));
  gtk_box_append (self->fields_box, interview_group);
}

/* Checking */

static gboolean
test_is_changed (KonkursStageResultDialog *self,
                 const TestFields         *fields)
{
  const KonkursTestResult *latest = fields->latest;
  gboolean edited = konkurs_edit_dialog_is_edited (KONKURS_EDIT_DIALOG (self), GTK_WIDGET (fields->present)) ||
                    konkurs_edit_dialog_is_edited (KONKURS_EDIT_DIALOG (self), GTK_WIDGET (fields->score));

  for (guint i = 0; i < fields->parts->len; i++)
    edited = edited || konkurs_edit_dialog_is_edited (KONKURS_EDIT_DIALOG (self), fields->parts->pdata[i]);
  if (latest == NULL || !edited)
    return edited;
  if (latest->present != gtk_switch_get_active (fields->present) ||
      latest->score != gtk_spin_button_get_value_as_int (fields->score))
    return TRUE;
  for (guint i = 0; i < fields->parts->len; i++)
    {
      const KonkursTestPartRule *part = fields->rule->parts->pdata[i];
      const KonkursTestPartResult *had = find_part (latest, part->code);

      if (had == NULL || had->score != gtk_spin_button_get_value_as_int (fields->parts->pdata[i]))
        return TRUE;
    }
  return FALSE;
}

/* The engine's own check of one test: scores within range, parts adding
 * up to the test's score. */
static gboolean
check_test (KonkursStageResultDialog *self,
            const TestFields         *fields,
            GError                  **error)
{
  g_autofree const char **codes = g_new0 (const char *, fields->parts->len + 1);
  g_autofree int *part_scores = g_new0 (int, fields->parts->len + 1);
  KonkursTestScore score = { 0 };
  KonkursStageEntry entry = { 0 };

  score.test = fields->rule->code;
  score.present = gtk_switch_get_active (fields->present);
  score.score = gtk_spin_button_get_value_as_int (fields->score);
  for (guint i = 0; i < fields->parts->len; i++)
    {
      codes[i] = ((KonkursTestPartRule *) fields->rule->parts->pdata[i])->code;
      part_scores[i] = gtk_spin_button_get_value_as_int (fields->parts->pdata[i]);
    }
  score.part_codes = fields->parts->len > 0 ? codes : NULL;
  score.part_scores = fields->parts->len > 0 ? part_scores : NULL;
  score.n_parts = fields->parts->len;
  return !score.present || konkurs_stage_rule_score_tests (self->rule, &score, 1, &entry, error);
}

static GtkWidget *
validate_tests (KonkursStageResultDialog *self)
{
  GtkWidget *first = NULL;
  gboolean any = FALSE;
  GDate date;

  for (guint i = 0; i < self->tests->len; i++)
    {
      TestFields *fields = self->tests->pdata[i];
      g_autoptr(GError) error = NULL;
      gboolean changed = test_is_changed (self, fields);
      gboolean ok = !changed || check_test (self, fields, &error);
      gboolean present = gtk_switch_get_active (fields->present);

      gtk_widget_set_sensitive (GTK_WIDGET (fields->score), present);
      for (guint j = 0; j < fields->parts->len; j++)
        gtk_widget_set_sensitive (fields->parts->pdata[j], present);
      konkurs_ui_show_field_error (GTK_WIDGET (fields->score), fields->error, ok ? NULL : error->message);
      any = any || changed;
      if (!ok && first == NULL)
        first = GTK_WIDGET (fields->score);
    }
  if (!konkurs_date_entry_get_date (self->date_entry, &date) && first == NULL)
    first = GTK_WIDGET (self->date_entry);
  /* Nothing changed: nothing to save, and nothing to say either. */
  if (!any && first == NULL && self->tests->len > 0)
    first = GTK_WIDGET (((TestFields *) self->tests->pdata[0])->score);
  return first;
}

static gboolean
score_is_changed (KonkursStageResultDialog *self,
                  const ScoreField         *field)
{
  if (!konkurs_edit_dialog_is_edited (KONKURS_EDIT_DIALOG (self), GTK_WIDGET (field->score)))
    return FALSE;
  return !field->had || field->old != gtk_spin_button_get_value_as_int (field->score);
}

static GtkWidget *
validate_scores (KonkursStageResultDialog *self)
{
  gboolean any = FALSE;

  if (self->stage->kind == KONKURS_STAGE_ASSESSMENT_CENTRE)
    {
      for (guint i = 0; i < self->scores->len; i++)
        {
          ScoreField *field = self->scores->pdata[i];
          g_autofree char *assessor = konkurs_ui_get_stripped_text (field->assessor);

          if (konkurs_text_is_blank (assessor))
            return GTK_WIDGET (field->assessor);
        }
      {
        g_autofree char *supervisor = konkurs_ui_get_stripped_text (self->supervisor);

        return konkurs_text_is_blank (supervisor) ? GTK_WIDGET (self->supervisor) : NULL;
      }
    }
  for (guint i = 0; i < self->scores->len; i++)
    any = any || score_is_changed (self, self->scores->pdata[i]);
  return any || self->scores->len == 0 ? NULL : GTK_WIDGET (((ScoreField *) self->scores->pdata[0])->score);
}

static char *
get_reason (KonkursStageResultDialog *self)
{
  return self->stage->state == KONKURS_STAGE_STATE_CLOSED ? konkurs_ui_get_text_view_text (self->reason_view) : NULL;
}

static GtkWidget *
konkurs_stage_result_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursStageResultDialog *self = KONKURS_STAGE_RESULT_DIALOG (dialog);
  g_autofree char *reason = get_reason (self);
  GtkWidget *first;
  gboolean reason_ok = self->stage->state != KONKURS_STAGE_STATE_CLOSED || !konkurs_text_is_blank (reason);

  first = self->stage->kind == KONKURS_STAGE_TESTING ? validate_tests (self) : validate_scores (self);
  konkurs_ui_show_field_error (self->reason_frame, self->reason_error,
                               reason_ok || !konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->reason_view))
                               ? NULL : _("Write why the result of a closed stage is corrected."));
  return first != NULL ? first : reason_ok ? NULL : GTK_WIDGET (self->reason_view);
}

/* Saving: all or nothing */

static gboolean
save_tests (KonkursStageResultDialog *self,
            const char               *reason,
            GError                  **error)
{
  GDate date;

  konkurs_date_entry_get_date (self->date_entry, &date);
  for (guint i = 0; i < self->tests->len; i++)
    {
      TestFields *fields = self->tests->pdata[i];
      g_autoptr(KonkursTestResult) result = NULL;

      if (!test_is_changed (self, fields))
        continue;
      result = konkurs_test_result_new (self->row->application_id, fields->rule->code);
      result->present = gtk_switch_get_active (fields->present);
      result->score = result->present ? gtk_spin_button_get_value_as_int (fields->score) : 0;
      result->max_score = fields->rule->max_score;
      result->taken_on = date;
      g_free (result->source);
      result->source = g_strdup ("entry");
      for (guint j = 0; result->present && j < fields->parts->len; j++)
        konkurs_test_result_add_part (result, ((KonkursTestPartRule *) fields->rule->parts->pdata[j])->code,
                                      gtk_spin_button_get_value_as_int (fields->parts->pdata[j]));
      if (!konkurs_store_add_test_result (self->store, self->stage->id, result, reason, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_scores (KonkursStageResultDialog *self,
             const char               *reason,
             GError                  **error)
{
  g_autoptr(KonkursAssessment) assessment = NULL;
  g_autofree char *supervisor = NULL;

  if (self->stage->kind == KONKURS_STAGE_PRACTICAL_TASK)
    {
      for (guint i = 0; i < self->scores->len; i++)
        {
          ScoreField *field = self->scores->pdata[i];

          if (score_is_changed (self, field) &&
              !konkurs_store_set_member_score (self->store, self->stage->id, self->row->application_id,
                                               field->member_id, gtk_spin_button_get_value_as_int (field->score),
                                               reason, error))
            return FALSE;
        }
      return TRUE;
    }

  assessment = konkurs_assessment_new (self->row->application_id);
  for (guint i = 0; i < self->scores->len; i++)
    {
      ScoreField *field = self->scores->pdata[i];
      g_autofree char *assessor = konkurs_ui_get_stripped_text (field->assessor);

      konkurs_assessment_add (assessment, field->code, assessor, gtk_spin_button_get_value_as_int (field->score));
    }
  supervisor = konkurs_ui_get_stripped_text (self->supervisor);
  assessment->supervisor = g_steal_pointer (&supervisor);
  assessment->interview_rating = gtk_spin_button_get_value_as_int (self->interview);
  return konkurs_store_save_assessment (self->store, self->stage->id, assessment, reason, error);
}

static gboolean
konkurs_stage_result_dialog_save (KonkursEditDialog  *dialog,
                                  GError            **error)
{
  KonkursStageResultDialog *self = KONKURS_STAGE_RESULT_DIALOG (dialog);
  g_autofree char *reason = get_reason (self);
  gboolean ok;

  if (!konkurs_store_begin (self->store, error))
    return FALSE;
  ok = self->stage->kind == KONKURS_STAGE_TESTING ? save_tests (self, reason, error)
                                                  : save_scores (self, reason, error);
  if (ok)
    ok = konkurs_store_commit (self->store, error);
  else
    konkurs_store_rollback (self->store);
  if (ok)
    g_signal_emit (self, signals[SAVED], 0);
  return ok;
}

/* GObject */

static void
konkurs_stage_result_dialog_dispose (GObject *object)
{
  KonkursStageResultDialog *self = KONKURS_STAGE_RESULT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_STAGE_RESULT_DIALOG);
  g_clear_pointer (&self->tests, g_ptr_array_unref);
  g_clear_pointer (&self->scores, g_ptr_array_unref);
  g_clear_pointer (&self->row, konkurs_stage_row_free);
  g_clear_pointer (&self->stage, konkurs_stage_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (konkurs_stage_result_dialog_parent_class)->dispose (object);
}

static void
konkurs_stage_result_dialog_class_init (KonkursStageResultDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_stage_result_dialog_dispose;
  dialog_class->validate = konkurs_stage_result_dialog_validate;
  dialog_class->save = konkurs_stage_result_dialog_save;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/stages/konkurs-stage-result-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursStageResultDialog, heading_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursStageResultDialog, fields_box);
  gtk_widget_class_bind_template_child (widget_class, KonkursStageResultDialog, reason_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursStageResultDialog, reason_frame);
  gtk_widget_class_bind_template_child (widget_class, KonkursStageResultDialog, reason_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursStageResultDialog, reason_error);
  gtk_widget_class_bind_template_child (widget_class, KonkursStageResultDialog, history_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursStageResultDialog, error_label);
}

static void
konkurs_stage_result_dialog_init (KonkursStageResultDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->tests = g_ptr_array_new_with_free_func (test_fields_free);
  self->scores = g_ptr_array_new_with_free_func (score_field_free);
  konkurs_ui_set_field_name (GTK_WIDGET (self->reason_view), _("Reason for the correction"));
}

GtkWindow *
konkurs_stage_result_dialog_new (GtkWindow             *parent,
                                 KonkursStore          *store,
                                 const KonkursStage    *stage,
                                 const KonkursStageRow *row)
{
  KonkursStageResultDialog *self;
  g_autofree char *heading = NULL;
  const KonkursStageRule *rule;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (stage != NULL && row != NULL, NULL);

  rule = konkurs_stage_get_rule (stage, row->track);
  if (rule == NULL || (stage->kind != KONKURS_STAGE_TESTING && stage->kind != KONKURS_STAGE_PRACTICAL_TASK &&
                       stage->kind != KONKURS_STAGE_ASSESSMENT_CENTRE))
    return NULL;

  self = g_object_new (KONKURS_TYPE_STAGE_RESULT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->stage = konkurs_stage_copy (stage);
  self->row = konkurs_stage_row_copy (row);
  self->rule = konkurs_stage_get_rule (self->stage, row->track);
  /* Translators: the heading of the result dialog: “PK-2AB-3CD-4EF · Testing” */
  heading = g_strdup_printf (_("%s · %s"), row->personal_code, konkurs_stage_get_name (stage));
  gtk_label_set_text (self->heading_label, heading);
  if (stage->state == KONKURS_STAGE_STATE_CLOSED)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Correct Result"));
      gtk_widget_set_visible (self->reason_group, TRUE);
    }
  if (stage->kind == KONKURS_STAGE_TESTING)
    build_tests (self);
  else if (stage->kind == KONKURS_STAGE_PRACTICAL_TASK)
    build_members (self);
  else
    build_assessment (self);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  return GTK_WINDOW (self);
}
