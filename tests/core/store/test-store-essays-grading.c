/* test-store-essays-grading.c — after the packages come back: each essay's
 * status and score by its rule (the spread at its boundary), the fourth
 * grader, the chair's resolution, a replaced grader, agreement, the seal
 * on the writers, the essay stage closing on the final scores, the record
 * following the points, and the migration from schema 12
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-private.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-essays.h"
#include "konkurs-test-migrations.h"
#include "konkurs-test-util.h"

typedef KonkursTestCandidates Fixture;

static gint64
count (KonkursStore *store, const char *sql)
{
  return konkurs_test_query_int64 (konkurs_store_get_db (store), sql);
}

/* Points of the 5-point rubric (topic 0–2, argument 0–2, language 0–1)
 * that add up to @total. */
static void
set_total (KonkursEssayResults *results, const char *code, int total)
{
  static const int points[6][3] = { { 0, 0, 0 }, { 1, 0, 0 }, { 1, 1, 0 }, { 1, 1, 1 }, { 2, 1, 1 }, { 2, 2, 1 } };

  konkurs_essay_results_set_points (results, code, "topic", points[total][0]);
  konkurs_essay_results_set_points (results, code, "argument", points[total][1]);
  konkurs_essay_results_set_points (results, code, "language", points[total][2]);
}

/* Expert @expert_id grades every essay of their package, essay i of the
 * stage's codes getting totals[i] (-1: left ungraded). */
static void
grade (KonkursStore *store, const KonkursTestEssayStage *stage, gint64 expert_id, const int *totals)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursEssayPackage) package = konkurs_store_issue_package (store, stage->stage_id, expert_id, &error);
  g_autoptr(KonkursEssayResults) results = NULL;

  g_assert_no_error (error);
  results = konkurs_essay_results_new (package);
  for (guint i = 0; i < stage->codes->len; i++)
    if (totals[i] >= 0 && konkurs_essay_package_find_essay (package, g_ptr_array_index (stage->codes, i)) != NULL)
      set_total (results, g_ptr_array_index (stage->codes, i), totals[i]);
  konkurs_essay_results_sign (results, package);
  /* a second file of a package needs a reason */
  g_assert_true (konkurs_store_import_essay_results (store, results, "import: RESULTS.xml", "Қалғаны бағаланды",
                                                     NULL, &error));
  g_assert_no_error (error);
}

static KonkursEssay *
essay_of (KonkursStore *store, const KonkursTestEssayStage *stage, guint i)
{
  return konkurs_test_find_essay (store, stage->stage_id, g_ptr_array_index (stage->codes, i));
}

/* Six essays, three experts each (one per background), graded so that:
 * 0: 5 4 3 (spread 2, the limit: final, 4.00); 1: 5 4 2 (3: resolution);
 * 2: 5 4 1 (resolution); 3–5: 4 4 4 but essay 5 left with two grades. */
static const int grid[3][6] = {
  { 5, 5, 5, 4, 4, 4 },
  { 4, 4, 4, 4, 4, 4 },
  { 3, 2, 1, 4, 4, -1 },
};

static KonkursTestEssayStage *
graded_stage (KonkursStore *store, GArray **experts)
{
  g_autoptr(GError) error = NULL;
  KonkursTestEssayStage *stage = konkurs_test_essay_stage_new (store, 12);

  g_assert_cmpuint (stage->codes->len, ==, 6);
  konkurs_test_save_essays (store, stage);
  *experts = konkurs_test_add_experts (store, 1, NULL);
  g_assert_true (konkurs_store_assign_essays (store, stage->stage_id, NULL, &error));
  g_assert_no_error (error);
  for (guint k = 0; k < 3; k++)
    grade (store, stage, g_array_index (*experts, gint64, k), grid[k]);
  return stage;
}

static void
test_aggregate (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) experts = NULL;
  g_autoptr(KonkursTestEssayStage) stage = graded_stage (fixture->store, &experts);
  g_autoptr(GArray) fourth = NULL;
  g_autoptr(KonkursEssay) boundary = essay_of (fixture->store, stage, 0);
  g_autoptr(KonkursEssay) over = essay_of (fixture->store, stage, 1);
  g_autoptr(KonkursEssay) chair = essay_of (fixture->store, stage, 2);
  g_autoptr(KonkursEssay) partly = essay_of (fixture->store, stage, 5);
  g_autoptr(KonkursEssay) after = NULL;
  g_autoptr(GPtrArray) grades = NULL;

  g_assert_cmpint (boundary->aggregate.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (boundary->aggregate.spread, ==, 2);
  g_assert_false (boundary->aggregate.spread_over);
  g_assert_cmpint (boundary->aggregate.score, ==, 400);
  g_assert_cmpint (over->aggregate.status, ==, KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION);
  g_assert_cmpint (over->aggregate.spread, ==, 3);
  g_assert_cmpint (partly->aggregate.status, ==, KONKURS_ESSAY_STATUS_PARTLY_GRADED);
  g_assert_cmpuint (partly->n_graded, ==, 2);

  /* a fourth grader only where the spread is over, and only with someone left */
  g_assert_false (konkurs_store_assign_fourth_grader (fixture->store, boundary->id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (konkurs_store_assign_fourth_grader (fixture->store, over->id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  fourth = konkurs_test_add_experts (fixture->store, 1, NULL);
  g_assert_true (konkurs_store_assign_fourth_grader (fixture->store, over->id, &error));
  g_assert_no_error (error);
  after = essay_of (fixture->store, stage, 1);
  g_assert_cmpint (after->aggregate.status, ==, KONKURS_ESSAY_STATUS_GRADED);
  g_assert_cmpuint (after->n_assigned, ==, 4);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_draw WHERE purpose = 'fourth'"), ==, 1);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_resolution WHERE method = 'fourth-grader'"),
                   ==, 1);
  /* the fourth gives 4: of 5 4 2 4 the 2 is farthest from the median 4 */
  for (guint k = 0; k < fourth->len; k++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM essay_assignment WHERE round = 2 "
                                              "AND expert_id = %" G_GINT64_FORMAT, g_array_index (fourth, gint64, k));

      if (count (fixture->store, sql) > 0)
        grade (fixture->store, stage, g_array_index (fourth, gint64, k), (const int[]) { -1, 4, -1, -1, -1, -1 });
    }
  g_clear_pointer (&after, konkurs_essay_free);
  after = essay_of (fixture->store, stage, 1);
  g_assert_cmpint (after->aggregate.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (after->aggregate.resolution, ==, KONKURS_ESSAY_RESOLVED_FOURTH);
  g_assert_cmpint (after->aggregate.score, ==, 433);
  /* the grades are in the order the rule saw the totals */
  grades = konkurs_store_list_essay_grades (fixture->store, after->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (grades->len, ==, 4);
  g_assert_cmpint (after->aggregate.dropped, >=, 0);
  g_assert_cmpint (((KonkursEssayGrade *) g_ptr_array_index (grades, after->aggregate.dropped))->total, ==, 2);
  g_assert_cmpint (((KonkursEssayGrade *) g_ptr_array_index (grades, 3))->round, ==, 2);

  /* the chair: with a reason, within the scale, only where needed */
  g_assert_false (konkurs_store_resolve_essay (fixture->store, chair->id, 350, " ", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (konkurs_store_resolve_essay (fixture->store, chair->id, 600, "Қайта оқылды", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (konkurs_store_resolve_essay (fixture->store, boundary->id, 350, "Қайта оқылды", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (konkurs_store_resolve_essay (fixture->store, chair->id, 350, "Төраға мәтінді қайта оқыды", &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, konkurs_essay_free);
  after = essay_of (fixture->store, stage, 2);
  g_assert_cmpint (after->aggregate.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (after->aggregate.resolution, ==, KONKURS_ESSAY_RESOLVED_CHAIR);
  g_assert_cmpint (after->aggregate.score, ==, 350);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log WHERE table_name = 'essay_resolution' "
                                          "AND after LIKE '%қайта оқыды%'"), ==, 1);
}

/* The essay stage closes on the final scores only; the writers stay
 * sealed until every essay is final and the stage is unsealed, once. */
static void
test_close_and_unseal (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) experts = NULL;
  g_autoptr(KonkursTestEssayStage) stage = graded_stage (fixture->store, &experts);
  g_autoptr(GHashTable) writers = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(KonkursEssay) e1 = essay_of (fixture->store, stage, 1);
  g_autoptr(KonkursEssay) e2 = essay_of (fixture->store, stage, 2);
  g_autofree char *name = NULL;

  g_assert_false (konkurs_store_close_stage (fixture->store, stage->stage_id, TRUE, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "3 essays are not final yet (1 to grade, 2 to resolve)"));
  g_clear_error (&error);
  g_assert_true (konkurs_store_get_essays_sealed (fixture->store, stage->stage_id, &error));
  g_assert_false (konkurs_store_unseal_essays (fixture->store, stage->stage_id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "3 essays"));
  g_clear_error (&error);
  writers = konkurs_store_list_essay_writers (fixture->store, stage->stage_id, &error);
  g_assert_null (writers);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_SEALED);
  g_clear_error (&error);

  /* the rest final: the third grader of essay 5, the chair for 1 and 2 */
  grade (fixture->store, stage, g_array_index (experts, gint64, 2), (const int[]) { -1, -1, -1, -1, -1, 5 });
  g_assert_true (konkurs_store_resolve_essay (fixture->store, e1->id, 400, "Төраға шешті", &error));
  g_assert_true (konkurs_store_resolve_essay (fixture->store, e2->id, 300, "Төраға шешті", &error));
  g_assert_no_error (error);
  rows = konkurs_store_list_stage_rows (fixture->store, stage->stage_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursStageRow *row = g_ptr_array_index (rows, i);

      g_assert_true (row->has_result);
      if (g_str_equal (row->personal_code, g_ptr_array_index (stage->codes, 5)))
        g_assert_cmpint (row->score, ==, 433);
      if (g_str_equal (row->personal_code, g_ptr_array_index (stage->codes, 2)))
        g_assert_cmpint (row->score, ==, 300);
    }
  g_assert_true (konkurs_store_close_stage (fixture->store, stage->stage_id, FALSE, &error));
  g_assert_no_error (error);

  g_assert_true (konkurs_store_unseal_essays (fixture->store, stage->stage_id, &error));
  g_assert_no_error (error);
  g_assert_false (konkurs_store_get_essays_sealed (fixture->store, stage->stage_id, &error));
  g_assert_false (konkurs_store_unseal_essays (fixture->store, stage->stage_id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  writers = konkurs_store_list_essay_writers (fixture->store, stage->stage_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (writers), ==, 6);
  name = g_strdup (g_hash_table_lookup (writers, g_ptr_array_index (stage->codes, 0)));
  g_assert_nonnull (strstr (name, "Сейтқалиева Дана"));
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM audit_log WHERE table_name = 'essay_unsealing' "
                                          "AND action = 'unseal'"), ==, 1);
}

/* A grader replaced keeps the rest; the replacement is drawn and recorded
 * and the draws still replay. */
static void
test_reassign (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestEssayStage) stage = konkurs_test_essay_stage_new (fixture->store, 6);
  g_autoptr(GArray) experts = NULL;
  g_autoptr(GPtrArray) grades = NULL;
  g_autoptr(KonkursEssay) essay = NULL;
  gint64 ill, scored;

  konkurs_test_save_essays (fixture->store, stage);
  experts = konkurs_test_add_experts (fixture->store, 2, NULL);
  g_assert_true (konkurs_store_assign_essays (fixture->store, stage->stage_id, NULL, &error));
  essay = essay_of (fixture->store, stage, 0);
  grades = konkurs_store_list_essay_grades (fixture->store, essay->id, &error);
  g_assert_no_error (error);
  ill = ((KonkursEssayGrade *) g_ptr_array_index (grades, 0))->expert_id;
  scored = ((KonkursEssayGrade *) g_ptr_array_index (grades, 1))->expert_id;
  grade (fixture->store, stage, scored, (const int[]) { 4, 4, 4, 4, 4, 4 });
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_assignment"), ==, 3 * stage->codes->len);

  g_assert_false (konkurs_store_reassign_essay (fixture->store, essay->id, ill, "", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (konkurs_store_reassign_essay (fixture->store, essay->id, scored, "Ауырып қалды", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (konkurs_store_reassign_essay (fixture->store, essay->id, ill, "Ауырып қалды", &error));
  g_assert_no_error (error);
  g_clear_pointer (&grades, g_ptr_array_unref);
  grades = konkurs_store_list_essay_grades (fixture->store, essay->id, &error);
  g_assert_cmpuint (grades->len, ==, 3);
  for (guint i = 0; i < grades->len; i++)
    g_assert_cmpint (((KonkursEssayGrade *) g_ptr_array_index (grades, i))->expert_id, !=, ill);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_assignment WHERE replaced_at IS NOT NULL "
                                          "AND replaced_reason = 'Ауырып қалды'"), ==, 1);
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM essay_assignment WHERE replaced_at IS NULL"), ==,
                   3 * stage->codes->len);
  g_assert_true (konkurs_store_replay_draw (fixture->store, stage->stage_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_store_explain_left_out (fixture->store, essay->id, ill, &error), !=,
                   KONKURS_ASSIGN_LEFT_OUT_SECTOR);
}

/* A leadership essay is graded by the commission: every voting member is
 * made a grader on first use, two thirds of them (2 of 3) make it final,
 * and the secretary, who does not vote, grades nothing. */
static void
test_commission (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) commission = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  g_autoptr(KonkursVacancy) vacancy = NULL;
  g_autoptr(KonkursStage) documents = NULL;
  g_autoptr(KonkursStage) testing = NULL;
  g_autoptr(KonkursStage) essay = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) loads = NULL;
  g_autoptr(KonkursEssay) first = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  gint64 competition = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  gint64 vacancy_id = konkurs_test_add_march_vacancy (fixture->store, competition, "Басқарма басшысы");

  vacancy = konkurs_store_get_vacancy (fixture->store, vacancy_id, &error);
  konkurs_vacancy_set_leadership (vacancy, TRUE);
  konkurs_test_save_vacancy (fixture->store, vacancy);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Нұрланов", "Ерлан", 1988, 1 + i, 5, 700 + i);
      g_autoptr(KonkursCandidacy) candidacy = NULL;

      konkurs_test_make_qualified (candidate);
      konkurs_test_save_candidate (fixture->store, candidate);
      candidacy = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (candidate), competition,
                                               vacancy_id, NULL);
      g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (candidacy), TRUE,
                                                     NULL, &error));
      g_assert_no_error (error);
    }
  documents = konkurs_store_find_stage (fixture->store, competition, KONKURS_STAGE_DOCUMENTS, &error);
  g_assert_true (konkurs_store_close_stage (fixture->store, documents->id, FALSE, &error));
  testing = konkurs_store_find_stage (fixture->store, competition, KONKURS_STAGE_TESTING, &error);
  konkurs_test_stage_add_results (fixture->store, testing->id, 3);
  g_assert_true (konkurs_store_close_stage (fixture->store, testing->id, TRUE, &error));
  g_assert_no_error (error);
  essay = konkurs_store_find_stage (fixture->store, competition, KONKURS_STAGE_ESSAY, &error);
  g_assert_no_error (error);
  rows = konkurs_store_list_stage_rows (fixture->store, essay->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (codes, g_strdup (((KonkursStageRow *) g_ptr_array_index (rows, i))->personal_code));
  konkurs_test_save_essays_of (fixture->store, essay->id, codes);

  /* no commission yet: said, nothing assigned */
  g_assert_false (konkurs_store_assign_essays (fixture->store, essay->id, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_ptr_array_add (commission, konkurs_commission_member_new (KONKURS_COMMISSION_CHAIR, "Төраға Т.", NULL, "", ""));
  g_ptr_array_add (commission, konkurs_commission_member_new (KONKURS_COMMISSION_DEPUTY_CHAIR, "Орынбасар О.", NULL,
                                                              "", ""));
  g_ptr_array_add (commission, konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER, "Мүше М.", NULL, "", ""));
  g_ptr_array_add (commission, konkurs_commission_member_new (KONKURS_COMMISSION_SECRETARY, "Хатшы Х.", NULL, "",
                                                              ""));
  g_assert_true (konkurs_store_save_commission (fixture->store, commission, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_assign_essays (fixture->store, essay->id, NULL, &error));
  g_assert_no_error (error);
  loads = konkurs_store_list_expert_loads (fixture->store, essay->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loads->len, ==, 3);
  for (guint i = 0; i < loads->len; i++)
    {
      const KonkursExpertLoad *load = g_ptr_array_index (loads, i);

      g_assert_cmpuint (load->assigned, ==, codes->len);
      g_assert_cmpstr (load->full_name, !=, "Хатшы Х.");
    }
  first = konkurs_test_find_essay (fixture->store, essay->id, g_ptr_array_index (codes, 0));
  g_assert_cmpuint (first->n_required, ==, 2);
  g_assert_cmpuint (first->n_assigned, ==, 3);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(KonkursEssayPackage) package = NULL;
      g_autoptr(KonkursEssayResults) results = NULL;

      package = konkurs_store_issue_package (fixture->store, essay->id,
                                             ((KonkursExpertLoad *) g_ptr_array_index (loads, i))->expert_id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (package->rule->criteria->len, ==, 1);
      results = konkurs_test_grade_package (package, 4 + (int) i);
      g_assert_true (konkurs_store_import_essay_results (fixture->store, results, "entry", NULL, NULL, &error));
      g_assert_no_error (error);
    }
  g_clear_pointer (&first, konkurs_essay_free);
  first = konkurs_test_find_essay (fixture->store, essay->id, g_ptr_array_index (codes, 0));
  g_assert_cmpint (first->aggregate.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (first->aggregate.score, ==, 450);
  /* the commission saved again keeps its graders, and their grades */
  g_assert_true (konkurs_store_save_commission (fixture->store, commission, &error));
  g_assert_no_error (error);
  g_clear_pointer (&loads, g_ptr_array_unref);
  loads = konkurs_store_list_expert_loads (fixture->store, essay->id, &error);
  g_assert_cmpuint (loads->len, ==, 3);
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}

/* Agreement over the first graders' totals, and per sector. */
static void
test_agreement (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) experts = NULL;
  g_autoptr(KonkursTestEssayStage) stage = graded_stage (fixture->store, &experts);
  KonkursAgreement all = { 0, }, sector = { 0, }, none = { 0, };

  g_assert_true (konkurs_store_get_essay_agreement (fixture->store, stage->stage_id, NULL, &all, &error));
  g_assert_no_error (error);
  g_assert_true (all.defined);
  g_assert_cmpuint (all.n_units, ==, 6);
  g_assert_cmpuint (all.n_values, ==, 17);
  g_assert_cmpfloat (all.alpha, <, 1.0);
  g_assert_true (konkurs_store_get_essay_agreement (fixture->store, stage->stage_id, "digitalisation", &sector,
                                                    &error));
  g_assert_cmpfloat_with_epsilon (sector.alpha, all.alpha, 1e-9);
  g_assert_true (konkurs_store_get_essay_agreement (fixture->store, stage->stage_id, "infrastructure", &none,
                                                    &error));
  g_assert_false (none.defined);
  g_assert_cmpuint (none.n_units, ==, 0);
}

/* --verify follows the points: one changed by SQL is named. */
static void
test_tampering (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) experts = NULL;
  g_autoptr(KonkursTestEssayStage) stage = graded_stage (fixture->store, &experts);
  g_autoptr(KonkursVerifyReport) clean = konkurs_store_verify (fixture->store, NULL, &error);
  g_autoptr(KonkursVerifyReport) report = NULL;

  g_assert_no_error (error);
  g_test_message ("%s", clean->message);
  g_assert_cmpint (clean->problem, ==, KONKURS_VERIFY_OK);
  konkurs_test_exec (konkurs_store_get_db (fixture->store),
                     "UPDATE essay_score_point SET points = points + 1 WHERE criterion = 'language' AND points = 0 "
                     "AND essay_score_id = (SELECT min(essay_score_id) FROM essay_score_point "
                     "WHERE criterion = 'language' AND points = 0)");
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_ROW);
  g_assert_cmpstr (report->table, ==, "essay_score");
  g_assert_nonnull (strstr (report->message, "points"));
}

/* From schema 12 (built from a file of version 6, before the record):
 * the interim scores become one criterion "score", the essay finds its
 * stage, the expert's sector its table, every rule set its essay rules,
 * and the record holds. */
static const char v6_essays[] =
  "INSERT INTO candidate (id, iin, surname, name, birth_date, sex) VALUES "
  "(1, '920315450789', 'Әлиева', 'Гүлнар', '1992-03-15', 'F'),"
  "(2, '930101350123', 'Бекұлы', 'Ерлан', '1993-01-01', 'M');"
  "INSERT INTO competition_stage (id, competition_id, kind, ordinal, starts_on) "
  "VALUES (1, 3, 'essay', 3, '2025-03-20');"
  "INSERT INTO expert (id, full_name, sector, background) VALUES (1, 'Сарапшы Бір', 'digitalisation', 'academia');"
  "INSERT INTO essay (id, application_id, topic, body) VALUES (1, 1, 'Тақырып', 'Мәтін');"
  "INSERT INTO essay_assignment (essay_id, expert_id) VALUES (1, 1);"
  "INSERT INTO essay_score (id, essay_id, expert_id, score) VALUES (1, 1, 1, 4);";

static void
test_migration (KonkursTestMigration *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  sqlite3 *db;
  gint64 n_rule_sets;

  konkurs_test_load_version (fixture->path, 6, (const char * const[]) { v6_essays, konkurs_test_v5_competition,
                                                                         NULL });
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);
  n_rule_sets = konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set");
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set_essay"), ==, 2 * n_rule_sets);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set_essay_criterion"), ==,
                   4 * n_rule_sets);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT stage_id FROM essay WHERE id = 1"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM expert_sector WHERE expert_id = 1 "
                                                 "AND sector = 'digitalisation'"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT points FROM essay_score_point WHERE essay_score_id = 1 "
                                                 "AND criterion = 'score'"), ==, 4);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT round FROM essay_assignment WHERE essay_id = 1"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM audit_log WHERE action = 'baseline' "
                                                 "AND table_name IN ('expert', 'essay', 'essay_assignment')"), ==, 3);
  report = konkurs_store_verify (store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
  g_clear_object (&store);
  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);
}

/* A file migration 13 cannot take stays as it was. */
static void
test_failed_migration (KonkursTestMigration *fixture, gconstpointer data)
{
  sqlite3 *db;

  konkurs_test_load_version (fixture->path, 12,
                             (const char * const[]) { "CREATE TABLE essay_draw (id INTEGER PRIMARY KEY);", NULL });
  db = konkurs_test_assert_upgrade_leaves_file (fixture->path, fixture->calendar, "version 13", 12);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'rule_set_essay'"),
                   ==, 0);
  sqlite3_close (db);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store-essays-grading/" path, Fixture, NULL, konkurs_test_candidates_set_up, func, \
              konkurs_test_candidates_tear_down)
  ADD ("aggregate", test_aggregate);
  ADD ("close-and-unseal", test_close_and_unseal);
  ADD ("reassign", test_reassign);
  ADD ("commission", test_commission);
  ADD ("agreement", test_agreement);
  ADD ("tampering", test_tampering);
#undef ADD
  g_test_add ("/store-essays-grading/migration", KonkursTestMigration, NULL, konkurs_test_migration_set_up,
              test_migration, konkurs_test_migration_tear_down);
  g_test_add ("/store-essays-grading/failed-migration", KonkursTestMigration, NULL, konkurs_test_migration_set_up,
              test_failed_migration, konkurs_test_migration_tear_down);

  return g_test_run ();
}
