/* test-store-results.c — the final results of a civil-service
 * competition: winners and reserve lists by the commission's votes and
 * the rule set's tie-breakers, a tie the commission decides, failed
 * vacancies, the vacancies' outcomes, appointments and refusals passing
 * the position down the reserve list, and the decision stage that follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-private.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-final.h"
#include "konkurs-test-util.h"

typedef KonkursTestCandidates Fixture;

static void
set_up (Fixture *fixture, gconstpointer data)
{
  konkurs_test_candidates_set_up (fixture, data);
}

static void
tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_candidates_tear_down (fixture, data);
}

static GPtrArray *
list_results (KonkursTestFinal *final)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *results = konkurs_store_list_vacancy_results (final->store, final->competition, &error);

  g_assert_no_error (error);
  g_assert_nonnull (results);
  g_assert_cmpuint (results->len, ==, final->n_vacancies);
  return results;
}

static const KonkursFinalRow *
row_of (const KonkursVacancyResult *result, gint64 app)
{
  for (guint i = 0; i < result->rows->len; i++)
    if (((KonkursFinalRow *) g_ptr_array_index (result->rows, i))->application_id == app)
      return g_ptr_array_index (result->rows, i);
  g_assert_not_reached ();
}

static gint64
count_entries (KonkursTestFinal *final, const char *table, const char *action)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE table_name = '%s' AND action = '%s'",
                                          table, action);

  return konkurs_test_query_int64 (konkurs_store_get_db (final->store), sql);
}

static void
record_outcomes (KonkursTestFinal *final)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) on = konkurs_test_date_new (2025, 5, 13);

  g_assert_true (konkurs_store_record_outcomes (final->store, final->competition, on, &error));
  g_assert_no_error (error);
}

/* The winner by the votes, the reserve list, one not recommended; a
 * vacancy nobody was recommended for fails. */
static void
test_winners_and_failed (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_civil (fixture->store, 2, 3, NULL);
  g_autoptr(GPtrArray) results = NULL;
  const KonkursVacancyResult *first, *second;
  const KonkursFinalRow *row;

  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  konkurs_test_final_vote (final, final->apps[1], "FFFAA");
  konkurs_test_final_vote (final, final->apps[2], "AAAAF");
  for (guint i = 3; i < 6; i++)
    konkurs_test_final_vote (final, final->apps[i], "AAAAA");
  konkurs_test_final_decide (final);

  results = list_results (final);
  first = g_ptr_array_index (results, 0);
  g_assert_cmpint (first->outcome, ==, KONKURS_VACANCY_OUTCOME_PENDING);
  g_assert_cmpuint (first->rows->len, ==, 3);
  row = g_ptr_array_index (first->rows, 0);
  g_assert_cmpint (row->application_id, ==, final->apps[0]);
  g_assert_cmpint (row->place.place, ==, KONKURS_PLACE_WINNER);
  g_assert_cmpint (row->decision, ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpint (row->result, ==, 10000);
  g_assert_cmpstr (row->result_text, ==, "5 of 5 for");
  g_assert_cmpstr (row->personal_code, ==, final->codes[0]);
  g_assert_true (g_str_has_prefix (row->full_name, "Қорытындыев-0"));
  row = row_of (first, final->apps[1]);
  g_assert_cmpint (row->place.place, ==, KONKURS_PLACE_RESERVE);
  g_assert_cmpint (row->result, ==, 6000);
  row = row_of (first, final->apps[2]);
  g_assert_cmpint (row->place.place, ==, KONKURS_PLACE_NONE);
  g_assert_cmpint (row->decision, ==, KONKURS_VOTE_NOT_RECOMMENDED);

  record_outcomes (final);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = list_results (final);
  first = g_ptr_array_index (results, 0);
  second = g_ptr_array_index (results, 1);
  g_assert_cmpint (first->outcome, ==, KONKURS_VACANCY_OUTCOME_FILLED);
  g_assert_cmpint (first->holder_id, ==, final->apps[0]);
  g_assert_cmpint (second->outcome, ==, KONKURS_VACANCY_OUTCOME_FAILED);
  g_assert_cmpint (second->holder_id, ==, 0);
  g_assert_cmpint (count_entries (final, "vacancy_outcome", "decide"), ==, 2);
  /* the same outcomes again write nothing */
  record_outcomes (final);
  g_assert_cmpint (count_entries (final, "vacancy_outcome", "decide"), ==, 2);
  g_assert_cmpstr (konkurs_vacancy_outcome_to_code (second->outcome), ==, "failed");
}

/* Equal votes: the practical task, the rule set's first tie-breaker,
 * decides who wins; those it cannot tell apart share a reserve rank. */
static void
test_tie_breaker (Fixture *fixture, gconstpointer data)
{
  const int practical[] = { 4, 5, 4 };
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_civil (fixture->store, 1, 3, practical);
  g_autoptr(GPtrArray) results = NULL;
  const KonkursVacancyResult *result;

  for (guint i = 0; i < 3; i++)
    konkurs_test_final_vote (final, final->apps[i], "FFFFA");
  konkurs_test_final_decide (final);
  results = list_results (final);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (row_of (result, final->apps[1])->place.place, ==, KONKURS_PLACE_WINNER);
  g_assert_cmpint (row_of (result, final->apps[0])->place.place, ==, KONKURS_PLACE_RESERVE);
  g_assert_cmpint (row_of (result, final->apps[2])->place.place, ==, KONKURS_PLACE_RESERVE);
  g_assert_cmpint (row_of (result, final->apps[0])->place.rank, ==, row_of (result, final->apps[2])->place.rank);
  g_assert_cmpint (row_of (result, final->apps[0])->place.decided_by_key, ==, 1);
}

/* A tie for the winner's place: nothing is recorded until the commission
 * chooses, with a reason, among the tied only. */
static void
test_tie_decided (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_civil (fixture->store, 1, 3, NULL);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) on = konkurs_test_date_new (2025, 5, 13);
  const KonkursVacancyResult *result;

  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  konkurs_test_final_vote (final, final->apps[1], "FFFFF");
  konkurs_test_final_vote (final, final->apps[2], "FFFAA");
  konkurs_test_final_decide (final);
  results = list_results (final);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (row_of (result, final->apps[0])->place.place, ==, KONKURS_PLACE_TIED);
  g_assert_cmpint (row_of (result, final->apps[1])->place.place, ==, KONKURS_PLACE_TIED);

  g_assert_false (konkurs_store_record_outcomes (final->store, final->competition, on, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, final->codes[0]));
  g_assert_nonnull (strstr (error->message, final->codes[1]));
  g_assert_nonnull (strstr (error->message, "Бас маман 1"));
  g_clear_error (&error);

  g_assert_false (konkurs_store_decide_tie (final->store, final->meeting, &final->apps[1], 1, " ", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED);
  g_clear_error (&error);
  g_assert_false (konkurs_store_decide_tie (final->store, final->meeting, &final->apps[2], 1, "Тәжірибесі көп",
                                            &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count_entries (final, "tie_choice", "decide"), ==, 0);

  g_assert_true (konkurs_store_decide_tie (final->store, final->meeting, &final->apps[1], 1, "Тәжірибесі көп",
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_entries (final, "tie_choice", "decide"), ==, 1);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = list_results (final);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (row_of (result, final->apps[1])->place.place, ==, KONKURS_PLACE_WINNER);
  g_assert_cmpint (row_of (result, final->apps[0])->place.place, ==, KONKURS_PLACE_RESERVE);
  record_outcomes (final);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = list_results (final);
  g_assert_cmpint (((KonkursVacancyResult *) g_ptr_array_index (results, 0))->holder_id, ==, final->apps[1]);
}

/* A candidate the commission has not decided on holds the outcomes back,
 * named. */
static void
test_missing_decision (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_civil (fixture->store, 1, 2, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) on = konkurs_test_date_new (2025, 5, 13);

  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  g_assert_true (konkurs_store_record_decisions (final->store, final->meeting, TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (konkurs_store_record_outcomes (final->store, final->competition, on, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, final->codes[1]));
  g_assert_null (strstr (error->message, final->codes[0]));
  g_assert_cmpint (count_entries (final, "vacancy_outcome", "decide"), ==, 0);
}

/* The holder's appointment needs its order; a refusal needs its reason
 * and hands the position to the next of the reserve list, then, with
 * nobody left, fails the vacancy. */
static void
test_appointments (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_civil (fixture->store, 1, 3, NULL);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) order_date = konkurs_test_date_new (2025, 5, 20);
  const KonkursVacancyResult *result;

  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  konkurs_test_final_vote (final, final->apps[1], "FFFFA");
  konkurs_test_final_vote (final, final->apps[2], "AAAAA");
  konkurs_test_final_decide (final);
  g_assert_false (konkurs_store_record_appointment (final->store, final->apps[0], KONKURS_APPOINTMENT_APPOINTED,
                                                    "45-ж", order_date, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "not recorded"));
  g_clear_error (&error);
  record_outcomes (final);

  g_assert_false (konkurs_store_record_appointment (final->store, final->apps[1], KONKURS_APPOINTMENT_APPOINTED,
                                                    "45-ж", order_date, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, final->codes[0]));
  g_clear_error (&error);
  g_assert_false (konkurs_store_record_appointment (final->store, final->apps[0], KONKURS_APPOINTMENT_APPOINTED,
                                                    " ", order_date, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (konkurs_store_record_appointment (final->store, final->apps[0], KONKURS_APPOINTMENT_REFUSED,
                                                    NULL, NULL, "", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (konkurs_store_record_appointment (final->store, final->apps[0], KONKURS_APPOINTMENT_REFUSED,
                                                   NULL, NULL, "Басқа жұмысқа орналасты", &error));
  g_assert_no_error (error);
  results = list_results (final);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->outcome, ==, KONKURS_VACANCY_OUTCOME_RESERVE);
  g_assert_cmpint (result->holder_id, ==, final->apps[1]);
  g_assert_true (row_of (result, final->apps[1])->offered);
  g_assert_cmpint (row_of (result, final->apps[0])->appointment, ==, KONKURS_APPOINTMENT_REFUSED);
  g_assert_cmpstr (row_of (result, final->apps[0])->refusal_reason, ==, "Басқа жұмысқа орналасты");

  g_assert_true (konkurs_store_record_appointment (final->store, final->apps[1], KONKURS_APPOINTMENT_APPOINTED,
                                                   "45-ж", order_date, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = list_results (final);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (row_of (result, final->apps[1])->appointment, ==, KONKURS_APPOINTMENT_APPOINTED);
  g_assert_cmpstr (row_of (result, final->apps[1])->order_number, ==, "45-ж");
  g_assert_cmpint (g_date_compare (&row_of (result, final->apps[1])->order_date, order_date), ==, 0);
  /* the outcomes recorded again keep what the appointments made */
  record_outcomes (final);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = list_results (final);
  g_assert_cmpint (((KonkursVacancyResult *) g_ptr_array_index (results, 0))->holder_id, ==, final->apps[1]);

  /* the appointed one refuses after all: nobody recommended is left */
  g_assert_true (konkurs_store_record_appointment (final->store, final->apps[1], KONKURS_APPOINTMENT_REFUSED,
                                                   NULL, NULL, "Отбасылық жағдай", &error));
  g_assert_no_error (error);
  g_clear_pointer (&results, g_ptr_array_unref);
  results = list_results (final);
  result = g_ptr_array_index (results, 0);
  g_assert_cmpint (result->outcome, ==, KONKURS_VACANCY_OUTCOME_FAILED);
  g_assert_cmpint (result->holder_id, ==, 0);
  g_assert_cmpint (count_entries (final, "appointment", "refuse"), ==, 2);
  g_assert_cmpint (count_entries (final, "appointment", "appoint"), ==, 1);
}

/* The decision stage has a result once the vacancy's outcome is recorded:
 * winner and reserve go on, the others stay out, and it closes. */
static void
test_decision_stage (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_civil (fixture->store, 1, 3, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) decision = NULL;
  g_autoptr(KonkursStage) interview = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  konkurs_test_final_vote (final, final->apps[1], "FFFFA");
  konkurs_test_final_vote (final, final->apps[2], "AAAAA");
  konkurs_test_final_decide (final);
  g_assert_true (konkurs_store_close_stage (final->store, final->stage, FALSE, &error));
  g_assert_no_error (error);
  decision = konkurs_store_find_stage (final->store, final->competition, KONKURS_STAGE_DECISION, &error);
  g_assert_no_error (error);
  rows = konkurs_store_list_stage_rows (final->store, decision->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  for (guint i = 0; i < rows->len; i++)
    g_assert_false (((KonkursStageRow *) g_ptr_array_index (rows, i))->has_result);
  g_assert_false (konkurs_store_close_stage (final->store, decision->id, FALSE, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  record_outcomes (final);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = konkurs_store_list_stage_rows (final->store, decision->id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursStageRow *row = g_ptr_array_index (rows, i);

      g_assert_true (row->has_result);
      g_assert_cmpint (row->decision->outcome, ==, KONKURS_STAGE_OUTCOME_GOES_ON);
    }
  g_assert_true (konkurs_store_close_stage (final->store, decision->id, FALSE, &error));
  g_assert_no_error (error);
  interview = konkurs_store_get_stage (final->store, decision->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (interview->state, ==, KONKURS_STAGE_STATE_CLOSED);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/results/winners-and-failed", Fixture, NULL, set_up, test_winners_and_failed, tear_down);
  g_test_add ("/results/tie-breaker", Fixture, NULL, set_up, test_tie_breaker, tear_down);
  g_test_add ("/results/tie-decided", Fixture, NULL, set_up, test_tie_decided, tear_down);
  g_test_add ("/results/missing-decision", Fixture, NULL, set_up, test_missing_decision, tear_down);
  g_test_add ("/results/appointments", Fixture, NULL, set_up, test_appointments, tear_down);
  g_test_add ("/results/decision-stage", Fixture, NULL, set_up, test_decision_stage, tear_down);
  return g_test_run ();
}
