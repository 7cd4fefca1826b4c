/* test-store-stages.c — a competition's stages made from its rule set,
 * their order, test results with retakes, the members' scores, closing,
 * corrections with a reason, and the record that follows them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain-private.h"
#include "konkurs-store-decisions.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-private.h"
#include "konkurs-store-stages.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-essays.h"
#include "konkurs-test-migrations.h"
#include "konkurs-test-util.h"

typedef struct {
  KonkursTestCandidates base;
  gint64                competition;
  gint64                vacancy[2];
  gint64                apps[8];
  guint                 n_apps;
  guint                 n_stage_changes;
} Fixture;

static void
set_up (Fixture *fixture, gconstpointer data)
{
  konkurs_test_candidates_set_up (&fixture->base, data);
  g_signal_connect (fixture->base.store, "changed::" KONKURS_STORE_TABLE_STAGE,
                    G_CALLBACK (konkurs_test_count_changes), &fixture->n_stage_changes);
}

static void
tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_candidates_tear_down (&fixture->base, data);
}

static gint64
add_applicant (Fixture *fixture, gint64 competition, gint64 vacancy, const char *sector, gboolean decide)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) person = NULL;
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autofree char *surname = g_strdup_printf ("Сынақов-%u", fixture->n_apps);
  gint64 id;

  person = konkurs_test_person_new (surname, "Асан", 1994, 6, 1, 40 + fixture->n_apps);
  konkurs_test_make_qualified (person);
  konkurs_test_save_candidate (fixture->base.store, person);
  candidacy = konkurs_test_apply_in_march (fixture->base.store, konkurs_candidate_get_id (person), competition,
                                           vacancy, sector);
  id = konkurs_candidacy_get_id (candidacy);
  if (decide)
    {
      g_assert_true (konkurs_store_decide_candidacy (fixture->base.store, id, TRUE, "Тест", &error));
      g_assert_no_error (error);
    }
  fixture->apps[fixture->n_apps++] = id;
  return id;
}

/* A civil-service competition with one non-leadership vacancy and @n
 * applications, all admitted but the last when @leave_one. */
static void
add_civil (Fixture *fixture, guint n, gboolean leave_one)
{
  fixture->competition = konkurs_test_add_march_competition (fixture->base.store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  fixture->vacancy[0] = konkurs_test_add_march_vacancy (fixture->base.store, fixture->competition, "Бас маман");
  for (guint i = 0; i < n; i++)
    add_applicant (fixture, fixture->competition, fixture->vacancy[0], NULL, !(leave_one && i == n - 1));
}

static GPtrArray *
list_stages (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *stages = konkurs_store_list_stages (fixture->base.store, fixture->competition, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stages);
  return stages;
}

static KonkursStage *
stage_of (GPtrArray *stages, KonkursStageKind kind)
{
  for (guint i = 0; i < stages->len; i++)
    if (((KonkursStage *) g_ptr_array_index (stages, i))->kind == kind)
      return g_ptr_array_index (stages, i);
  g_assert_not_reached ();
}

static gint64
stage_id (Fixture *fixture, KonkursStageKind kind)
{
  g_autoptr(GPtrArray) stages = list_stages (fixture);

  return stage_of (stages, kind)->id;
}

static void
close_stage (Fixture *fixture, KonkursStageKind kind, gboolean absent_stay_out)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_store_close_stage (fixture->base.store, stage_id (fixture, kind), absent_stay_out, &error));
  g_assert_no_error (error);
}

static const int good_acts[] = { 10, 10, 10, 8 };
static const char * const acts[] = { "constitution", "civil-service-law", "anti-corruption-law", "ethics-code" };

/* The three tests of the civil-service testing stage; @acts_scores
 * NULL: absent from the legislation test. */
static gboolean
enter_tests (Fixture *fixture, gint64 stage, gint64 app, const int *acts_scores, int qualities, const char *reason,
             GError **error)
{
  g_autoptr(KonkursTestResult) legislation = konkurs_test_result_new (app, "legislation");
  g_autoptr(KonkursTestResult) personal = konkurs_test_result_new (app, "personal-qualities");
  g_autoptr(KonkursTestResult) language = konkurs_test_result_new (app, "state-language");

  legislation->present = acts_scores != NULL;
  for (guint i = 0; acts_scores != NULL && i < G_N_ELEMENTS (acts); i++)
    {
      konkurs_test_result_add_part (legislation, acts[i], acts_scores[i]);
      legislation->score += acts_scores[i];
    }
  personal->score = qualities;
  language->score = 1;
  return konkurs_store_add_test_result (fixture->base.store, stage, legislation, reason, error) &&
         konkurs_store_add_test_result (fixture->base.store, stage, personal, reason, error) &&
         konkurs_store_add_test_result (fixture->base.store, stage, language, reason, error);
}

static gint64 count_entries (Fixture *fixture, const char *table, const char *action);

static const KonkursStageRow *
row_of (GPtrArray *rows, gint64 app)
{
  for (guint i = 0; i < rows->len; i++)
    if (((KonkursStageRow *) g_ptr_array_index (rows, i))->application_id == app)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

static GPtrArray *
list_rows (Fixture *fixture, gint64 stage)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = konkurs_store_list_stage_rows (fixture->base.store, stage, &error);

  g_assert_no_error (error);
  return rows;
}

/* A non-leadership vacancy: documents, testing, practical task, interview,
 * decision, made once, with the rules copied from the rule set and dates
 * from the document deadline. */
static void
test_made_from_rule_set (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) again = NULL;
  const KonkursStage *documents, *testing, *practical;
  const KonkursStageRule *rule;
  const KonkursTestRule *legislation;
  static const KonkursStageKind expected[] = { KONKURS_STAGE_DOCUMENTS, KONKURS_STAGE_TESTING,
                                               KONKURS_STAGE_PRACTICAL_TASK, KONKURS_STAGE_INTERVIEW,
                                               KONKURS_STAGE_DECISION };

  add_civil (fixture, 2, FALSE);
  stages = list_stages (fixture);
  g_assert_cmpuint (stages->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < stages->len; i++)
    {
      KonkursStage *stage = g_ptr_array_index (stages, i);

      g_assert_cmpint (stage->kind, ==, expected[i]);
      g_assert_cmpint (stage->ordinal, ==, i + 1);
      g_assert_cmpint (stage->state, ==, i == 0 ? KONKURS_STAGE_STATE_OPEN : KONKURS_STAGE_STATE_NOT_YET);
      g_assert_cmpuint (stage->rules->len, ==, 1);
      g_assert_nonnull (konkurs_stage_get_rule (stage, KONKURS_TRACK_NON_LEADERSHIP));
      g_assert_null (konkurs_stage_get_rule (stage, KONKURS_TRACK_LEADERSHIP));
    }
  documents = stage_of (stages, KONKURS_STAGE_DOCUMENTS);
  konkurs_test_assert_date (&documents->starts_on, 2025, 3, 3);
  g_assert_true (g_date_valid (&documents->ends_on));
  g_assert_cmpuint (documents->n_entered, ==, 2);
  g_assert_cmpuint (documents->n_going_on, ==, 2);
  testing = stage_of (stages, KONKURS_STAGE_TESTING);
  g_assert_true (g_date_valid (&testing->starts_on));
  g_assert_cmpint (g_date_compare (&testing->starts_on, &documents->ends_on), >, 0);
  g_assert_cmpint (g_date_days_between (&testing->starts_on, &testing->ends_on), >=, 9);
  g_assert_false (testing->dates_provisional);
  g_assert_cmpuint (testing->n_entered, ==, 0);

  rule = konkurs_stage_get_rule (testing, KONKURS_TRACK_NON_LEADERSHIP);
  g_assert_cmpint (rule->score, ==, KONKURS_STAGE_SCORE_TESTS);
  g_assert_cmpint (rule->admit_top, ==, 0);
  legislation = konkurs_stage_rule_find_test (rule, "legislation");
  g_assert_cmpint (legislation->max_score, ==, 55);
  g_assert_cmpint (legislation->pass_score, ==, 30);
  g_assert_false (legislation->ranks);
  g_assert_cmpuint (legislation->parts->len, ==, 4);
  g_assert_cmpint (((KonkursTestPartRule *) g_ptr_array_index (legislation->parts, 3))->max_score, ==, 10);
  g_assert_cmpint (((KonkursTestPartRule *) g_ptr_array_index (legislation->parts, 0))->min_score, ==, 5);
  g_assert_true (konkurs_stage_rule_find_test (rule, "personal-qualities")->ranks);
  practical = stage_of (stages, KONKURS_STAGE_PRACTICAL_TASK);
  rule = konkurs_stage_get_rule (practical, KONKURS_TRACK_NON_LEADERSHIP);
  g_assert_cmpint (rule->score, ==, KONKURS_STAGE_SCORE_MEMBERS_MEAN);
  g_assert_cmpint (rule->max_score, ==, 5);
  g_assert_cmpint (rule->admit_top, ==, 3);

  /* made once, recorded; a change of the rule set does not reach them */
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (fixture->base.store),
                                             "SELECT count(*) FROM audit_log WHERE table_name = 'competition_stage' "
                                             "AND action = 'create'"), ==, 5);
  konkurs_test_exec (konkurs_store_get_db (fixture->base.store),
                     "UPDATE rule_set_stage SET admit_top = 9 WHERE kind = 'practical-task'");
  again = list_stages (fixture);
  g_assert_cmpint (stage_of (again, KONKURS_STAGE_TESTING)->id, ==, testing->id);
  g_assert_cmpint (konkurs_stage_get_rule (stage_of (again, KONKURS_STAGE_PRACTICAL_TASK),
                                           KONKURS_TRACK_NON_LEADERSHIP)->admit_top, ==, 3);
}

/* Stage dates counted across a holiday that may still move (Kurban Ait
 * 2026 in calendar.ini) are provisional, and so is every date counted
 * from them; dates before it are not. */
static void
test_provisional_dates (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GDate) kurban_ait = konkurs_test_date_new (2026, 5, 26);
  gboolean seen = FALSE;

  fixture->competition = konkurs_test_add_competition (fixture->base.store, KONKURS_PROCEDURE_CIVIL_SERVICE,
                                                       "Қаржы министрлігі", "", 2026, 5, 4);
  fixture->vacancy[0] = konkurs_test_add_vacancy (fixture->base.store, fixture->competition, "Бас маман", "", 1, 3);
  stages = list_stages (fixture);
  g_assert_false (stage_of (stages, KONKURS_STAGE_DOCUMENTS)->dates_provisional);
  for (guint i = 1; i < stages->len; i++)
    {
      const KonkursStage *stage = g_ptr_array_index (stages, i);

      if (!g_date_valid (&stage->published_on))
        continue;
      if (g_date_compare (&stage->published_on, kurban_ait) < 0)
        g_assert_false (stage->dates_provisional);
      else
        g_assert_true (stage->dates_provisional);
      seen = seen || stage->dates_provisional;
    }
  g_assert_true (seen);
}

/* The order: nothing goes into a stage before the one before it closes;
 * the documents review closes once every application is decided. */
static void
test_order (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  gint64 testing;

  add_civil (fixture, 3, TRUE);
  testing = stage_id (fixture, KONKURS_STAGE_TESTING);
  g_assert_false (enter_tests (fixture, testing, fixture->apps[0], good_acts, 50, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_NOT_OPEN);
  g_assert_nonnull (strstr (error->message, "Documents review"));
  g_clear_error (&error);
  g_assert_false (konkurs_store_close_stage (fixture->base.store, testing, TRUE, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_NOT_OPEN);
  g_clear_error (&error);

  g_assert_false (konkurs_store_close_stage (fixture->base.store, stage_id (fixture, KONKURS_STAGE_DOCUMENTS), TRUE,
                                             &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1 application is not decided"));
  g_clear_error (&error);

  g_assert_true (konkurs_store_decide_candidacy (fixture->base.store, fixture->apps[2], FALSE, "Құжаттар толық емес",
                                                 &error));
  g_assert_no_error (error);
  fixture->n_stage_changes = 0;
  close_stage (fixture, KONKURS_STAGE_DOCUMENTS, FALSE);
  g_assert_cmpuint (fixture->n_stage_changes, >=, 1);
  stages = list_stages (fixture);
  g_assert_cmpint (stage_of (stages, KONKURS_STAGE_DOCUMENTS)->state, ==, KONKURS_STAGE_STATE_CLOSED);
  g_assert_cmpstr (stage_of (stages, KONKURS_STAGE_DOCUMENTS)->closed_by, ==, g_get_user_name ());
  g_assert_nonnull (stage_of (stages, KONKURS_STAGE_DOCUMENTS)->closed_at);
  g_assert_cmpuint (stage_of (stages, KONKURS_STAGE_DOCUMENTS)->n_going_on, ==, 2);
  g_assert_cmpint (stage_of (stages, KONKURS_STAGE_TESTING)->state, ==, KONKURS_STAGE_STATE_OPEN);
  g_assert_cmpuint (stage_of (stages, KONKURS_STAGE_TESTING)->n_entered, ==, 2);
  g_assert_cmpint (stage_of (stages, KONKURS_STAGE_PRACTICAL_TASK)->state, ==, KONKURS_STAGE_STATE_NOT_YET);

  /* the refused application did not enter the testing */
  g_assert_false (enter_tests (fixture, testing, fixture->apps[2], good_acts, 50, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (konkurs_store_close_stage (fixture->base.store, stage_id (fixture, KONKURS_STAGE_DOCUMENTS),
                                             TRUE, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED);
  g_clear_error (&error);

  /* a decision after the review closed is its correction: with a reason */
  g_assert_false (konkurs_store_decide_candidacy (fixture->base.store, fixture->apps[2], TRUE, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED);
  g_clear_error (&error);
  g_assert_true (konkurs_store_decide_candidacy (fixture->base.store, fixture->apps[2], TRUE,
                                                 "Апелляция қанағаттандырылды", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_entries (fixture, "stage_outcome", "correct"), ==, 1);
  g_assert_true (enter_tests (fixture, testing, fixture->apps[2], good_acts, 50, NULL, &error));
  g_assert_no_error (error);
  close_stage (fixture, KONKURS_STAGE_TESTING, TRUE);
  g_assert_false (konkurs_store_decide_candidacy (fixture->base.store, fixture->apps[2], FALSE, "Қате", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED);
}

/* Test results: checked against the rule, retakes kept with the latest
 * counting, an unknown application refused; the preview; the closing. */
static void
test_results_and_closing (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(KonkursTestResult) bad = NULL;
  g_autoptr(KonkursTestResult) retake = NULL;
  gint64 testing, other_competition, stranger;
  const int weak_act[] = { 4, 10, 10, 7 };
  const int failing[] = { 8, 8, 8, 5 };
  const KonkursStageRow *row;

  add_civil (fixture, 4, FALSE);
  other_competition = konkurs_test_add_march_competition (fixture->base.store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  stranger = add_applicant (fixture, other_competition,
                            konkurs_test_add_march_vacancy (fixture->base.store, other_competition, "Маман"),
                            NULL, TRUE);
  close_stage (fixture, KONKURS_STAGE_DOCUMENTS, FALSE);
  testing = stage_id (fixture, KONKURS_STAGE_TESTING);

  g_assert_true (enter_tests (fixture, testing, fixture->apps[0], good_acts, 60, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (enter_tests (fixture, testing, fixture->apps[1], weak_act, 90, NULL, &error));
  g_assert_true (enter_tests (fixture, testing, fixture->apps[2], failing, 70, NULL, &error));
  g_assert_no_error (error);

  /* refused: a code of another competition, parts that do not add up */
  g_assert_false (enter_tests (fixture, testing, stranger, good_acts, 60, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  bad = konkurs_test_result_new (fixture->apps[3], "legislation");
  bad->score = 40;
  for (guint i = 0; i < G_N_ELEMENTS (acts); i++)
    konkurs_test_result_add_part (bad, acts[i], 5);
  g_assert_false (konkurs_store_add_test_result (fixture->base.store, testing, bad, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "add up to 20"));
  g_clear_error (&error);

  /* the preview: the fourth has no result yet */
  rows = list_rows (fixture, testing);
  g_assert_cmpuint (rows->len, ==, 4);
  row = row_of (rows, fixture->apps[0]);
  g_assert_true (row->has_result);
  g_assert_cmpint (row->score, ==, 6000);
  g_assert_cmpint (row->decision->outcome, ==, KONKURS_STAGE_OUTCOME_GOES_ON);
  /* the names of the core's one list, capitalised: the cell starts with one */
  g_assert_true (g_str_has_prefix (row->result_text, "Knowledge of legislation 38/55, "));
  g_assert_nonnull (strstr (row->result_text, "State language: passed"));
  g_assert_cmpint (row_of (rows, fixture->apps[1])->decision->reason, ==, KONKURS_STAGE_REASON_PART_FAILED);
  g_assert_cmpint (row_of (rows, fixture->apps[2])->decision->reason, ==, KONKURS_STAGE_REASON_TEST_FAILED);
  g_assert_cmpint (row_of (rows, fixture->apps[3])->decision->outcome, ==, KONKURS_STAGE_OUTCOME_PENDING);
  for (guint i = 1; i < rows->len; i++)
    g_assert_cmpint (strcmp (((KonkursStageRow *) g_ptr_array_index (rows, i - 1))->personal_code,
                             ((KonkursStageRow *) g_ptr_array_index (rows, i))->personal_code), <, 0);

  /* a retake: a second attempt, kept, and the latest counts */
  retake = konkurs_test_result_new (fixture->apps[2], "legislation");
  for (guint i = 0; i < G_N_ELEMENTS (acts); i++)
    {
      konkurs_test_result_add_part (retake, acts[i], good_acts[i]);
      retake->score += good_acts[i];
    }
  g_assert_true (konkurs_store_add_test_result (fixture->base.store, testing, retake, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (retake->attempt, ==, 2);
  g_assert_cmpint (retake->id, >, 0);
  results = konkurs_store_list_test_results (fixture->base.store, testing, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 10);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (fixture, testing);
  g_assert_cmpint (row_of (rows, fixture->apps[2])->decision->outcome, ==, KONKURS_STAGE_OUTCOME_GOES_ON);
  g_assert_nonnull (strstr (row_of (rows, fixture->apps[2])->result_text, "attempt 2"));

  /* closing: one without a result refuses, unless those stay out */
  g_assert_false (konkurs_store_close_stage (fixture->base.store, testing, FALSE, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1 application has no result"));
  g_clear_error (&error);
  close_stage (fixture, KONKURS_STAGE_TESTING, TRUE);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (fixture, testing);
  g_assert_cmpint (row_of (rows, fixture->apps[3])->decision->outcome, ==, KONKURS_STAGE_OUTCOME_STAYS_OUT);
  g_assert_cmpint (row_of (rows, fixture->apps[3])->decision->reason, ==, KONKURS_STAGE_REASON_NO_RESULT);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (fixture->base.store),
                                             "SELECT count(*) FROM stage_outcome o JOIN competition_stage s "
                                             "ON s.id = o.stage_id WHERE s.kind = 'testing'"), ==, 4);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (fixture->base.store),
                                             "SELECT count(*) FROM audit_log WHERE table_name = 'stage_outcome' "
                                             "AND action = 'decide'"), >=, 4);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (fixture, stage_id (fixture, KONKURS_STAGE_PRACTICAL_TASK));
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_nonnull (row_of (rows, fixture->apps[0]));
  g_assert_nonnull (row_of (rows, fixture->apps[2]));
  g_assert_cmpint (row_of (rows, fixture->apps[0])->level, ==, KONKURS_LEVEL_CENTRAL);
}

static gint64
count_entries (Fixture *fixture, const char *table, const char *action)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE table_name = '%s' AND action = '%s'",
                                          table, action);

  return konkurs_test_query_int64 (konkurs_store_get_db (fixture->base.store), sql);
}

static void
save_commission (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);

  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_CHAIR, "Төраға", "Председатель",
                                                           "", ""));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER, "Мүше", "Член", "", ""));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER, "Екінші", "Второй", "", ""));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_SECRETARY, "Хатшы", "Секретарь",
                                                           "", ""));
  g_assert_true (konkurs_store_save_commission (fixture->base.store, members, &error));
  g_assert_no_error (error);
}

static gint64
member_id (Fixture *fixture, guint index)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = konkurs_store_list_commission (fixture->base.store, &error);

  g_assert_no_error (error);
  return ((KonkursCommissionMember *) g_ptr_array_index (members, index))->id;
}

/* The practical task: the members' scores, their mean (4, 5, 4 → 4.33),
 * a second score of a member replacing the first; the secretary and a
 * stranger refused.  Then a closed stage: a correction needs a reason,
 * is recorded with it and decides the stage again; none once the stage
 * after it is closed. */
static void
test_members_and_corrections (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) scores = NULL;
  g_autofree char *details = NULL;
  gint64 testing, practical;
  const int low[] = { 8, 8, 8, 5 };

  add_civil (fixture, 5, FALSE);
  save_commission (fixture);
  close_stage (fixture, KONKURS_STAGE_DOCUMENTS, FALSE);
  testing = stage_id (fixture, KONKURS_STAGE_TESTING);
  for (guint i = 0; i < 5; i++)
    g_assert_true (enter_tests (fixture, testing, fixture->apps[i], i == 4 ? low : good_acts, 50 + (int) i, NULL,
                                &error));
  g_assert_no_error (error);
  close_stage (fixture, KONKURS_STAGE_TESTING, FALSE);
  practical = stage_id (fixture, KONKURS_STAGE_PRACTICAL_TASK);

  g_assert_false (konkurs_store_set_member_score (fixture->base.store, practical, fixture->apps[0],
                                                  member_id (fixture, 3), 4, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (konkurs_store_set_member_score (fixture->base.store, practical, fixture->apps[0], 9999, 4, NULL,
                                                  &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (konkurs_store_set_member_score (fixture->base.store, practical, fixture->apps[0],
                                                  member_id (fixture, 0), 6, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* the one who failed the legislation test did not enter */
  g_assert_false (konkurs_store_set_member_score (fixture->base.store, practical, fixture->apps[4],
                                                  member_id (fixture, 0), 4, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  for (guint i = 0; i < 4; i++)
    for (guint m = 0; m < 3; m++)
      {
        int score = i == 0 ? (m == 1 ? 5 : 4) : 2 + (int) i - (m == 2 && i == 3);

        g_assert_true (konkurs_store_set_member_score (fixture->base.store, practical, fixture->apps[i],
                                                       member_id (fixture, m), m == 0 ? 1 : score, NULL, &error));
        g_assert_no_error (error);
      }
  /* the chair's second thought replaces the first */
  g_assert_true (konkurs_store_set_member_score (fixture->base.store, practical, fixture->apps[0],
                                                 member_id (fixture, 0), 4, NULL, &error));
  scores = konkurs_store_list_member_scores (fixture->base.store, practical, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (scores->len, ==, 12);
  g_assert_cmpstr (((KonkursMemberScore *) g_ptr_array_index (scores, 0))->member_name, ==, "Төраға");
  rows = list_rows (fixture, practical);
  g_assert_cmpint (row_of (rows, fixture->apps[0])->score, ==, 433);
  g_assert_cmpint (count_entries (fixture, "stage_member_score", "update"), ==, 1);
  close_stage (fixture, KONKURS_STAGE_PRACTICAL_TASK, FALSE);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (fixture, practical);
  g_assert_cmpint (row_of (rows, fixture->apps[0])->decision->outcome, ==, KONKURS_STAGE_OUTCOME_GOES_ON);

  /* the interview's results are the commission's decisions, recorded at
   * its meetings (test-store-meetings) */
  g_assert_false (konkurs_store_close_stage (fixture->base.store, stage_id (fixture, KONKURS_STAGE_INTERVIEW), FALSE,
                                             &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no decision of the commission"));
  g_clear_error (&error);

  /* testing is closed, the practical task after it too: no correction */
  g_assert_false (enter_tests (fixture, testing, fixture->apps[4], good_acts, 99, "Апелляция", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED);
  g_clear_error (&error);

  /* the practical task is closed: without a reason, refused */
  g_assert_false (konkurs_store_set_member_score (fixture->base.store, practical, fixture->apps[3],
                                                  member_id (fixture, 1), 5, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED);
  g_clear_error (&error);
  g_assert_false (konkurs_store_set_member_score (fixture->base.store, practical, fixture->apps[3],
                                                  member_id (fixture, 1), 5, "  ", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED);
  g_clear_error (&error);
  g_assert_true (konkurs_store_set_member_score (fixture->base.store, practical, fixture->apps[0],
                                                 member_id (fixture, 1), 1, "Есептеу қатесі", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_entries (fixture, "stage_member_score", "correct"), ==, 1);
  g_assert_cmpint (count_entries (fixture, "stage_outcome", "correct"), >=, 1);
  details = konkurs_test_query_text (konkurs_store_get_db (fixture->base.store),
                                     "SELECT details FROM audit_log WHERE action = 'correct' ORDER BY id LIMIT 1");
  g_assert_nonnull (strstr (details, "Есептеу қатесі"));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (fixture, practical);
  g_assert_cmpint (row_of (rows, fixture->apps[0])->score, ==, 300);
}

/* A mixed competition: the essay only for the leadership vacancy, the
 * practical task only for the other; each passes the stage its track
 * lacks untouched.  Stages are made again while none is closed when a
 * vacancy of a new track comes. */
static void
test_mixed (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(KonkursVacancy) head = NULL;
  static const KonkursStageKind expected[] = { KONKURS_STAGE_DOCUMENTS, KONKURS_STAGE_TESTING, KONKURS_STAGE_ESSAY,
                                               KONKURS_STAGE_PRACTICAL_TASK, KONKURS_STAGE_INTERVIEW,
                                               KONKURS_STAGE_DECISION };
  gint64 leader;

  add_civil (fixture, 1, FALSE);
  g_clear_pointer (&stages, g_ptr_array_unref);
  stages = list_stages (fixture);
  g_assert_cmpuint (stages->len, ==, 5);
  g_clear_pointer (&stages, g_ptr_array_unref);

  fixture->vacancy[1] = konkurs_test_add_march_vacancy (fixture->base.store, fixture->competition, "Басқарма басшысы");
  head = konkurs_store_get_vacancy (fixture->base.store, fixture->vacancy[1], &error);
  konkurs_vacancy_set_leadership (head, TRUE);
  konkurs_test_save_vacancy (fixture->base.store, head);
  leader = add_applicant (fixture, fixture->competition, fixture->vacancy[1], NULL, TRUE);
  stages = list_stages (fixture);
  g_assert_cmpuint (stages->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < stages->len; i++)
    g_assert_cmpint (((KonkursStage *) g_ptr_array_index (stages, i))->kind, ==, expected[i]);
  g_assert_cmpuint (stage_of (stages, KONKURS_STAGE_TESTING)->rules->len, ==, 2);
  g_assert_cmpuint (stage_of (stages, KONKURS_STAGE_ESSAY)->rules->len, ==, 1);
  g_assert_nonnull (konkurs_stage_get_rule (stage_of (stages, KONKURS_STAGE_ESSAY), KONKURS_TRACK_LEADERSHIP));
  g_assert_cmpint (konkurs_stage_get_rule (stage_of (stages, KONKURS_STAGE_TESTING),
                                           KONKURS_TRACK_LEADERSHIP)->admit_top, ==, 5);
  g_assert_nonnull (konkurs_stage_get_rule (stage_of (stages, KONKURS_STAGE_PRACTICAL_TASK),
                                            KONKURS_TRACK_NON_LEADERSHIP));
  g_assert_cmpint (count_entries (fixture, "competition_stage", "delete"), ==, 5);

  close_stage (fixture, KONKURS_STAGE_DOCUMENTS, FALSE);
  g_assert_true (enter_tests (fixture, stage_id (fixture, KONKURS_STAGE_TESTING), fixture->apps[0], good_acts, 40,
                              NULL, &error));
  g_assert_true (enter_tests (fixture, stage_id (fixture, KONKURS_STAGE_TESTING), leader, good_acts, 40, NULL,
                              &error));
  g_assert_no_error (error);
  close_stage (fixture, KONKURS_STAGE_TESTING, FALSE);
  rows = list_rows (fixture, stage_id (fixture, KONKURS_STAGE_ESSAY));
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (((KonkursStageRow *) g_ptr_array_index (rows, 0))->application_id, ==, leader);
  g_assert_cmpint (((KonkursStageRow *) g_ptr_array_index (rows, 0))->decision->reason, ==,
                   KONKURS_STAGE_REASON_NO_RESULT);
  /* the essay's results come from the grading of its own issue */
  g_assert_false (konkurs_store_close_stage (fixture->base.store, stage_id (fixture, KONKURS_STAGE_ESSAY), FALSE,
                                             &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "essay grading"));
  g_clear_error (&error);
  /* not yet open for the non-leadership applicant either */
  g_assert_false (konkurs_store_set_member_score (fixture->base.store, stage_id (fixture, KONKURS_STAGE_PRACTICAL_TASK),
                                                  fixture->apps[0], 1, 4, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_NOT_OPEN);
  g_assert_nonnull (strstr (error->message, "Essay"));
}

/* The Youth Reserve: its six stages, a top half after the tests (50 % of
 * 5 → 3), the assessment centre 70/30. */
static void
test_youth_reserve (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(KonkursAssessment) assessment = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(GPtrArray) codes = NULL;   /* borrowed from rows */
  static const KonkursStageKind expected[] = { KONKURS_STAGE_DOCUMENTS, KONKURS_STAGE_TESTING, KONKURS_STAGE_ESSAY,
                                               KONKURS_STAGE_ASSESSMENT_CENTRE, KONKURS_STAGE_EXPERT_COMMISSION,
                                               KONKURS_STAGE_NATIONAL_COMMISSION };
  gint64 testing;
  guint going_on = 0;

  fixture->competition = konkurs_test_add_march_competition (fixture->base.store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  for (guint i = 0; i < 5; i++)
    add_applicant (fixture, fixture->competition, 0, "digitalisation", TRUE);
  stages = list_stages (fixture);
  g_assert_cmpuint (stages->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < stages->len; i++)
    g_assert_cmpint (((KonkursStage *) g_ptr_array_index (stages, i))->kind, ==, expected[i]);
  g_assert_cmpint (konkurs_stage_get_rule (stage_of (stages, KONKURS_STAGE_NATIONAL_COMMISSION),
                                           KONKURS_TRACK_YOUTH_RESERVE)->admit_top, ==, 50);
  close_stage (fixture, KONKURS_STAGE_DOCUMENTS, FALSE);
  testing = stage_id (fixture, KONKURS_STAGE_TESTING);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(KonkursTestResult) text = konkurs_test_result_new (fixture->apps[i], "text");
      g_autoptr(KonkursTestResult) numeric = konkurs_test_result_new (fixture->apps[i], "numeric");

      text->score = 10 + (int) i;
      numeric->score = 12;
      g_assert_true (konkurs_store_add_test_result (fixture->base.store, testing, text, NULL, &error));
      g_assert_true (konkurs_store_add_test_result (fixture->base.store, testing, numeric, NULL, &error));
      g_assert_no_error (error);
    }
  rows = list_rows (fixture, testing);
  for (guint i = 0; i < rows->len; i++)
    going_on += ((KonkursStageRow *) g_ptr_array_index (rows, i))->decision->outcome == KONKURS_STAGE_OUTCOME_GOES_ON;
  g_assert_cmpuint (going_on, ==, 3);
  g_assert_cmpint (row_of (rows, fixture->apps[4])->score, ==, 2600);

  /* the assessment centre is not open yet */
  assessment = konkurs_assessment_new (fixture->apps[4]);
  konkurs_assessment_add (assessment, "leadership", "Асессор А.", 4);
  konkurs_assessment_add (assessment, "analysis", "Асессор Б.", 5);
  konkurs_assessment_add (assessment, "communication", "Асессор А.", 4);
  g_free (assessment->supervisor);
  assessment->supervisor = g_strdup ("Супервайзер С.");
  assessment->interview_rating = 4;
  g_assert_false (konkurs_store_save_assessment (fixture->base.store, stage_id (fixture, KONKURS_STAGE_ASSESSMENT_CENTRE),
                                                 assessment, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_NOT_OPEN);
  g_assert_nonnull (strstr (error->message, "Testing"));
  g_clear_error (&error);

  /* the essay: three experts each, the mean; one writer wrote none */
  close_stage (fixture, KONKURS_STAGE_TESTING, FALSE);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (fixture, stage_id (fixture, KONKURS_STAGE_ESSAY));
  g_assert_cmpuint (rows->len, ==, 3);
  codes = g_ptr_array_new ();
  for (guint i = 0; i < rows->len; i++)
    if (((KonkursStageRow *) g_ptr_array_index (rows, i))->application_id != fixture->apps[2])
      g_ptr_array_add (codes, ((KonkursStageRow *) g_ptr_array_index (rows, i))->personal_code);
  konkurs_test_grade_essays (fixture->base.store, stage_id (fixture, KONKURS_STAGE_ESSAY), codes, 2);
  g_assert_false (konkurs_store_close_stage (fixture->base.store, stage_id (fixture, KONKURS_STAGE_ESSAY), FALSE,
                                             &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "essay grading: 1 application"));
  g_clear_error (&error);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (fixture, stage_id (fixture, KONKURS_STAGE_ESSAY));
  g_assert_cmpint (row_of (rows, fixture->apps[4])->score, ==, 500);
  g_assert_cmpint (row_of (rows, fixture->apps[2])->decision->outcome, ==, KONKURS_STAGE_OUTCOME_PENDING);
  close_stage (fixture, KONKURS_STAGE_ESSAY, TRUE);
  assessment->interview_rating = 6;
  g_assert_false (konkurs_store_save_assessment (fixture->base.store, stage_id (fixture, KONKURS_STAGE_ASSESSMENT_CENTRE),
                                                 assessment, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  assessment->interview_rating = 4;
  g_assert_true (konkurs_store_save_assessment (fixture->base.store, stage_id (fixture, KONKURS_STAGE_ASSESSMENT_CENTRE),
                                                assessment, NULL, &error));
  g_assert_no_error (error);
  /* a second save replaces the first */
  g_assert_true (konkurs_store_save_assessment (fixture->base.store, stage_id (fixture, KONKURS_STAGE_ASSESSMENT_CENTRE),
                                                assessment, NULL, &error));
  assessments = konkurs_store_list_assessments (fixture->base.store, stage_id (fixture, KONKURS_STAGE_ASSESSMENT_CENTRE),
                                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, ==, 1);
  g_assert_cmpuint (((KonkursAssessment *) g_ptr_array_index (assessments, 0))->competencies->len, ==, 3);
  g_assert_cmpstr (((KonkursAssessment *) g_ptr_array_index (assessments, 0))->supervisor, ==, "Супервайзер С.");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = list_rows (fixture, stage_id (fixture, KONKURS_STAGE_ASSESSMENT_CENTRE));
  g_assert_cmpuint (rows->len, ==, 2);
  /* 0.7 × 13/3 + 0.3 × 4 = 4.2333… */
  g_assert_cmpint (row_of (rows, fixture->apps[4])->score, ==, 423);
}

/* --verify follows the stages: an outcome changed by SQL is named. */
static void
test_tampering (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursVerifyReport) clean = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;

  gint64 dropped;

  /* a competition deleted with its stages keeps the record whole */
  dropped = konkurs_test_add_march_competition (fixture->base.store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  konkurs_test_add_march_vacancy (fixture->base.store, dropped, "Маман");
  g_ptr_array_unref (konkurs_store_list_stages (fixture->base.store, dropped, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_delete_competition (fixture->base.store, dropped, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_entries (fixture, "competition_stage", "delete"), ==, 5);

  add_civil (fixture, 2, FALSE);
  close_stage (fixture, KONKURS_STAGE_DOCUMENTS, FALSE);
  g_assert_true (enter_tests (fixture, stage_id (fixture, KONKURS_STAGE_TESTING), fixture->apps[0], good_acts, 40,
                              NULL, &error));
  g_assert_no_error (error);
  close_stage (fixture, KONKURS_STAGE_TESTING, TRUE);
  clean = konkurs_store_verify (fixture->base.store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", clean->message);
  g_assert_cmpint (clean->problem, ==, KONKURS_VERIFY_OK);

  konkurs_test_exec (konkurs_store_get_db (fixture->base.store),
                     "UPDATE stage_outcome SET outcome = 'goes-on' WHERE reason = 'no-result'");
  report = konkurs_store_verify (fixture->base.store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_ROW);
  g_assert_cmpstr (report->table, ==, "stage_outcome");
  g_assert_nonnull (strstr (report->message, "stage_outcome"));
}

/* The seeded stage rules of the rule set, and saving the stages of a
 * track: refused for a rule set a competition is bound to, or a rule
 * the engine would not keep. */
static void
test_rule_set_stages (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autoptr(KonkursRuleSet) copy = NULL;
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_rule_free);
  GPtrArray *leadership, *youth;
  const KonkursStageRule *testing;
  KonkursStageRule *changed;

  /* a rule changed in memory before the stages were read is kept */
  rule_set = konkurs_store_find_rule_set_by_code (fixture->base.store, "kz-2023", &error);
  g_assert_no_error (error);
  {
    g_autoptr(KonkursStageRule) nine = konkurs_stage_rule_new (KONKURS_STAGE_INTERVIEW, KONKURS_TRACK_LEADERSHIP, 4);

    nine->admit_top = 9;
    konkurs_rule_set_add_stage_rule (rule_set, nine);
    g_assert_cmpint (konkurs_rule_set_find_stage_rule (rule_set, KONKURS_TRACK_LEADERSHIP,
                                                       KONKURS_STAGE_INTERVIEW)->admit_top, ==, 9);
    g_assert_cmpuint (konkurs_rule_set_get_stage_rules (rule_set, KONKURS_TRACK_LEADERSHIP)->len, ==, 5);
  }
  g_clear_object (&rule_set);

  rule_set = konkurs_store_find_rule_set_by_code (fixture->base.store, "kz-2023", &error);
  g_assert_no_error (error);
  leadership = konkurs_rule_set_get_stage_rules (rule_set, KONKURS_TRACK_LEADERSHIP);
  g_assert_cmpuint (leadership->len, ==, 5);
  testing = konkurs_rule_set_find_stage_rule (rule_set, KONKURS_TRACK_LEADERSHIP, KONKURS_STAGE_TESTING);
  g_assert_cmpint (testing->admit_top, ==, 5);
  g_assert_true (testing->ties_go_on);
  g_assert_true (testing->sole_goes_on);
  g_assert_cmpint (konkurs_rule_set_find_stage_rule (rule_set, KONKURS_TRACK_LEADERSHIP,
                                                     KONKURS_STAGE_ESSAY)->admit_top, ==, 3);
  g_assert_cmpint (konkurs_rule_set_find_stage_rule (rule_set, KONKURS_TRACK_LEADERSHIP,
                                                     KONKURS_STAGE_ESSAY)->max_score, ==, 5);
  youth = konkurs_rule_set_get_stage_rules (rule_set, KONKURS_TRACK_YOUTH_RESERVE);
  g_assert_cmpuint (youth->len, ==, 6);
  g_assert_cmpint (((KonkursStageRule *) g_ptr_array_index (youth, 3))->kind, ==, KONKURS_STAGE_ASSESSMENT_CENTRE);
  g_assert_cmpint (((KonkursStageRule *) g_ptr_array_index (youth, 3))->weight_a, ==, 70);
  g_assert_cmpint (((KonkursStageRule *) g_ptr_array_index (youth, 1))->admit_share, ==, 50);
  g_assert_null (konkurs_rule_set_find_stage_rule (rule_set, KONKURS_TRACK_YOUTH_RESERVE,
                                                   KONKURS_STAGE_PRACTICAL_TASK));
  for (guint i = 0; i < leadership->len; i++)
    g_assert_null (konkurs_stage_rule_check (g_ptr_array_index (leadership, i)));

  for (guint i = 0; i < leadership->len; i++)
    g_ptr_array_add (rules, konkurs_stage_rule_copy (g_ptr_array_index (leadership, i)));
  changed = g_ptr_array_index (rules, 1);
  changed->admit_top = 7;

  /* bound: a competition was announced under it */
  konkurs_test_add_march_competition (fixture->base.store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  g_assert_false (konkurs_store_save_stage_rules (fixture->base.store, konkurs_rule_set_get_id (rule_set),
                                                  KONKURS_TRACK_LEADERSHIP, rules, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "copy"));
  g_clear_error (&error);

  /* an unbound one (as the copy the Rule Sets window makes) */
  konkurs_test_exec (konkurs_store_get_db (fixture->base.store),
                     "INSERT INTO rule_set (id, code, name_kk, valid_from) VALUES (9, 'kz-copy', 'Көшірме', "
                     "'2027-01-01')");
  ((KonkursTestPartRule *) g_ptr_array_index (((KonkursTestRule *) g_ptr_array_index (changed->tests, 0))->parts,
                                              0))->max_score = 16;
  g_assert_false (konkurs_store_save_stage_rules (fixture->base.store, 9, KONKURS_TRACK_LEADERSHIP, rules, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Stage 2 (Testing)"));
  g_clear_error (&error);
  ((KonkursTestPartRule *) g_ptr_array_index (((KonkursTestRule *) g_ptr_array_index (changed->tests, 0))->parts,
                                              0))->max_score = 15;
  g_assert_false (konkurs_store_save_stage_rules (fixture->base.store, 9, KONKURS_TRACK_NON_LEADERSHIP, rules,
                                                  &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (konkurs_store_save_stage_rules (fixture->base.store, 9, KONKURS_TRACK_LEADERSHIP, rules, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_save_stage_rules (fixture->base.store, 9, KONKURS_TRACK_LEADERSHIP, rules, &error));
  copy = konkurs_store_get_rule_set (fixture->base.store, 9, &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_rule_set_find_stage_rule (copy, KONKURS_TRACK_LEADERSHIP,
                                                     KONKURS_STAGE_TESTING)->admit_top, ==, 7);
  g_assert_cmpuint (konkurs_stage_rule_find_test (konkurs_rule_set_find_stage_rule (copy, KONKURS_TRACK_LEADERSHIP,
                                                                                     KONKURS_STAGE_TESTING),
                                                  "legislation")->parts->len, ==, 4);
  g_assert_cmpuint (konkurs_rule_set_get_stage_rules (copy, KONKURS_TRACK_YOUTH_RESERVE)->len, ==, 0);
  g_assert_cmpint (count_entries (fixture, "rule_set", "update"), ==, 2);
}

/* The migration of the stages (9 in its branch; the merger may give it
 * another number: it is this constant). */
#define STAGES_MIGRATION 11

static const char old_data[] =
  "INSERT INTO candidate (id, iin, surname, name, birth_date, sex) VALUES "
  "(1, '920315450789', 'Әлиева', 'Гүлнар', '1992-03-15', 'F'),"
  "(2, '930101350123', 'Бекұлы', 'Ерлан', '1993-01-01', 'M');"
  "INSERT INTO rule_set (id, code, name_kk, valid_from) VALUES (2, 'kz-2026', 'Қағидалар 2026', '2026-01-01');"
  "INSERT INTO competition_stage (id, competition_id, kind, ordinal, starts_on) "
  "VALUES (1, 3, 'interview', 3, '2025-03-20');"
  "INSERT INTO meeting (id, competition_id, stage_id, held_on) VALUES (1, 3, 1, '2025-03-20');"
  "INSERT INTO test_result (id, application_id, kind, taken_on, score, max_score) "
  "VALUES (1, 1, 'legislation', '2025-01-20', 41, 55);"
  "INSERT INTO test_result_part (test_result_id, part, score) VALUES (1, 'constitution', 12);";

/* From a file of before the record and the stages: the stage rules of
 * every rule set, the old rows kept (in the record too), and the stages
 * made again from the rule set on first ask. */
static void
test_migration (KonkursTestMigration *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursRuleSet) later = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  gint64 n_rule_sets;
  sqlite3 *db;

  konkurs_test_load_version (fixture->path, 6, (const char * const[]) { old_data, konkurs_test_v5_competition, NULL });
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);
  /* every rule set (those a migration before this one adds too): 16
   * stages of three tracks, 8 tests, the 4 acts of 2 legislation tests */
  n_rule_sets = konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set");
  g_assert_cmpint (n_rule_sets, >=, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set_stage"), ==, n_rule_sets * 16);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set_test"), ==, n_rule_sets * 8);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set_test_part"), ==, n_rule_sets * 8);
  later = konkurs_store_find_rule_set_by_code (store, "kz-2026", &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_rule_set_find_stage_rule (later, KONKURS_TRACK_LEADERSHIP,
                                                     KONKURS_STAGE_TESTING)->admit_top, ==, 5);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT score FROM test_result WHERE id = 1 AND test = 'legislation' "
                                                 "AND attempt = 1 AND stage_id IS NULL"), ==, 41);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT score FROM test_result_part WHERE test_result_id = 1"), ==, 12);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM competition_stage WHERE state = 'not-yet'"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM audit_log WHERE action = 'baseline' "
                                                 "AND table_name IN ('competition_stage', 'test_result')"), ==, 2);
  report = konkurs_store_verify (store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
  g_clear_pointer (&report, konkurs_verify_report_free);

  stages = konkurs_store_list_stages (store, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stages->len, ==, 5);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM meeting WHERE stage_id IS NULL"), ==, 1);
  report = konkurs_store_verify (store, NULL, &error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
  g_clear_object (&store);
  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);
}

/* A file the migration cannot take stays as it was. */
static void
test_failed_migration (KonkursTestMigration *fixture, gconstpointer data)
{
  g_autofree char *needle = g_strdup_printf ("version %d", STAGES_MIGRATION);
  sqlite3 *db;

  konkurs_test_load_version (fixture->path, STAGES_MIGRATION - 1,
                             (const char * const[]) { "CREATE TABLE stage_outcome (id INTEGER PRIMARY KEY);", NULL });
  db = konkurs_test_assert_upgrade_leaves_file (fixture->path, fixture->calendar, needle, STAGES_MIGRATION - 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'rule_set_stage'"),
                   ==, 0);
  sqlite3_close (db);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, set_up, func, tear_down)
  ADD ("/store-stages/made-from-rule-set", test_made_from_rule_set);
  ADD ("/store-stages/order", test_order);
  ADD ("/store-stages/provisional-dates", test_provisional_dates);
  ADD ("/store-stages/results-and-closing", test_results_and_closing);
  ADD ("/store-stages/members-and-corrections", test_members_and_corrections);
  ADD ("/store-stages/mixed", test_mixed);
  ADD ("/store-stages/youth-reserve", test_youth_reserve);
  ADD ("/store-stages/tampering", test_tampering);
  ADD ("/store-stages/rule-set-stages", test_rule_set_stages);
#undef ADD
  g_test_add ("/store-stages/migration", KonkursTestMigration, NULL, konkurs_test_migration_set_up, test_migration,
              konkurs_test_migration_tear_down);
  g_test_add ("/store-stages/failed-migration", KonkursTestMigration, NULL, konkurs_test_migration_set_up,
              test_failed_migration, konkurs_test_migration_tear_down);

  return g_test_run ();
}
