/* test-reserve-register.c — the Youth Reserve's top: the National
 * Commission's votes ranked into the places of the rule set, a tie at the
 * last place decided by the commission, sector quotas; the reserve
 * register with its term, leaving early, and eligibility's "already in
 * the reserve" refusing the same person in a later selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-decisions.h"
#include "konkurs-store-private.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-final.h"
#include "konkurs-test-util.h"

typedef KonkursTestCandidates Fixture;

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, konkurs_test_candidates_set_up, func, konkurs_test_candidates_tear_down)

static GPtrArray *
list_top (KonkursTestFinal *final)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *top = konkurs_store_list_reserve_top (final->store, final->competition, &error);

  g_assert_no_error (error);
  g_assert_nonnull (top);
  return top;
}

static const KonkursFinalRow *
row_of (GPtrArray *rows, gint64 app)
{
  for (guint i = 0; i < rows->len; i++)
    if (((KonkursFinalRow *) g_ptr_array_index (rows, i))->application_id == app)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

static KonkursPlace
place_of (GPtrArray *rows, gint64 app)
{
  return row_of (rows, app)->place.place;
}

static const KonkursStageRow *
stage_row_of (GPtrArray *rows, gint64 app)
{
  for (guint i = 0; i < rows->len; i++)
    if (((KonkursStageRow *) g_ptr_array_index (rows, i))->application_id == app)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

static const char * const five[] = { "economy", "economy", "digitalisation", "digitalisation", "social-policy", NULL };

/* Three places: two with every vote, two tied at the third place, one
 * beyond.  The register waits for the commission's choice, then takes
 * the three admitted with a term of three years, once. */
static void
test_top_with_tie (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_youth (fixture->store, five, 3);
  g_autoptr(GPtrArray) top = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) reserve = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) admitted = konkurs_test_date_new (2025, 6, 2);
  g_autoptr(GDate) last_day = konkurs_test_date_new (2028, 6, 1);
  g_autoptr(GDate) after = konkurs_test_date_new (2028, 6, 2);
  guint n = 99;

  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  konkurs_test_final_vote (final, final->apps[1], "FFFFA");
  konkurs_test_final_vote (final, final->apps[2], "FFFFA");
  konkurs_test_final_vote (final, final->apps[3], "FFFAA");
  konkurs_test_final_vote (final, final->apps[4], "FFFFF");
  konkurs_test_final_decide (final);

  top = list_top (final);
  g_assert_cmpuint (top->len, ==, 5);
  g_assert_cmpint (place_of (top, final->apps[0]), ==, KONKURS_PLACE_WINNER);
  g_assert_cmpint (place_of (top, final->apps[4]), ==, KONKURS_PLACE_WINNER);
  g_assert_cmpint (place_of (top, final->apps[1]), ==, KONKURS_PLACE_TIED);
  g_assert_cmpint (place_of (top, final->apps[2]), ==, KONKURS_PLACE_TIED);
  g_assert_cmpuint (row_of (top, final->apps[1])->place.tied_places, ==, 1);
  g_assert_cmpint (place_of (top, final->apps[3]), ==, KONKURS_PLACE_RESERVE);
  g_assert_cmpstr (row_of (top, final->apps[2])->sector, ==, "digitalisation");
  g_assert_cmpint (row_of (top, final->apps[1])->vacancy_id, ==, 0);

  /* the National Commission's stage: admitted go on, the tied wait */
  rows = konkurs_store_list_stage_rows (final->store, final->stage, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stage_row_of (rows, final->apps[0])->decision->outcome, ==, KONKURS_STAGE_OUTCOME_GOES_ON);
  g_assert_cmpint (stage_row_of (rows, final->apps[1])->decision->outcome, ==, KONKURS_STAGE_OUTCOME_PENDING);
  g_assert_false (stage_row_of (rows, final->apps[1])->has_result);
  g_assert_cmpint (stage_row_of (rows, final->apps[3])->decision->outcome, ==, KONKURS_STAGE_OUTCOME_STAYS_OUT);
  g_assert_cmpint (stage_row_of (rows, final->apps[3])->decision->reason, ==, KONKURS_STAGE_REASON_BEYOND_PLACES);

  g_assert_false (konkurs_store_enter_reserve (final->store, final->competition, admitted, &n, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  /* the tie at the last place is across sectors: the selection is named */
  g_assert_nonnull (strstr (error->message, final->codes[1]));
  g_assert_nonnull (strstr (error->message, final->codes[2]));
  g_assert_nonnull (strstr (error->message, final->number));
  g_assert_null (strstr (error->message, final->codes[3]));
  g_assert_cmpuint (n, ==, 0);
  g_clear_error (&error);

  g_assert_true (konkurs_store_decide_tie (final->store, final->meeting, &final->apps[2], 1,
                                           "Цифрландыру саласына басымдық", &error));
  g_assert_no_error (error);
  g_clear_pointer (&top, g_ptr_array_unref);
  top = list_top (final);
  g_assert_cmpint (place_of (top, final->apps[2]), ==, KONKURS_PLACE_WINNER);
  g_assert_cmpint (place_of (top, final->apps[1]), ==, KONKURS_PLACE_RESERVE);

  g_assert_true (konkurs_store_enter_reserve (final->store, final->competition, admitted, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (konkurs_store_enter_reserve (final->store, final->competition, admitted, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 0);

  reserve = konkurs_store_list_reserve (final->store, last_day, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reserve->len, ==, 3);
  g_assert_cmpint (g_date_compare (&((KonkursReserveEntry *) g_ptr_array_index (reserve, 0))->term_ends_on, last_day),
                   ==, 0);
  g_assert_true (g_str_has_prefix (((KonkursReserveEntry *) g_ptr_array_index (reserve, 0))->full_name,
                                   "Қорытындыев-"));
  g_clear_pointer (&reserve, g_ptr_array_unref);
  reserve = konkurs_store_list_reserve (final->store, after, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reserve->len, ==, 0);
  g_clear_pointer (&reserve, g_ptr_array_unref);
  reserve = konkurs_store_list_reserve (final->store, NULL, &error);
  g_assert_cmpuint (reserve->len, ==, 3);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (final->store),
                                             "SELECT count(*) FROM audit_log WHERE table_name = 'reserve_register'"),
                   ==, 3);
}

/* Sector quotas: a sector with a quota of one takes its best first, and
 * the one place left goes to the best of the others, here two tied. */
static void
test_quotas (Fixture *fixture, gconstpointer data)
{
  static const char * const three[] = { "economy", "economy", "digitalisation", NULL };
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_youth (fixture->store, three, 2);
  g_autoptr(GPtrArray) top = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) admitted = konkurs_test_date_new (2025, 6, 2);

  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  konkurs_test_final_vote (final, final->apps[1], "FFFFF");
  konkurs_test_final_vote (final, final->apps[2], "FFFAA");
  konkurs_test_final_decide (final);
  top = list_top (final);
  g_assert_cmpint (place_of (top, final->apps[0]), ==, KONKURS_PLACE_WINNER);
  g_assert_cmpint (place_of (top, final->apps[1]), ==, KONKURS_PLACE_WINNER);
  g_assert_cmpint (place_of (top, final->apps[2]), ==, KONKURS_PLACE_RESERVE);

  konkurs_test_final_exec (final, "UPDATE rule_set_sector SET quota = 1 WHERE code = 'digitalisation'");
  g_clear_pointer (&top, g_ptr_array_unref);
  top = list_top (final);
  g_assert_cmpint (place_of (top, final->apps[2]), ==, KONKURS_PLACE_WINNER);
  g_assert_cmpint (place_of (top, final->apps[0]), ==, KONKURS_PLACE_TIED);
  g_assert_cmpint (place_of (top, final->apps[1]), ==, KONKURS_PLACE_TIED);

  /* both tied stand in a sector without a quota: the selection's last place */
  g_assert_false (konkurs_store_enter_reserve (final->store, final->competition, admitted, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, final->codes[0]));
  g_assert_nonnull (strstr (error->message, final->codes[1]));
  g_clear_error (&error);

  /* with a quota of one for economy too, the tie is at its quota */
  konkurs_test_final_exec (final, "UPDATE rule_set_sector SET quota = 1 WHERE code = 'economy'");
  g_clear_pointer (&top, g_ptr_array_unref);
  top = list_top (final);
  g_assert_cmpint (place_of (top, final->apps[0]), ==, KONKURS_PLACE_TIED);
  g_assert_false (konkurs_store_enter_reserve (final->store, final->competition, admitted, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  /* the sector in the interface's language, whichever it is */
  g_assert_true (strstr (error->message, "Экономикалық және қаржылық саясат") != NULL
                 || strstr (error->message, "Экономическая и финансовая политика") != NULL);
}

/* A civil-service competition has no top; a selection has no vacancies
 * to record outcomes of. */
static void
test_wrong_kind (Fixture *fixture, gconstpointer data)
{
  static const char * const one[] = { "economy", NULL };
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_youth (fixture->store, one, 50);
  g_autoptr(KonkursTestFinal) civil = konkurs_test_final_civil (fixture->store, 1, 1, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) on = konkurs_test_date_new (2025, 6, 2);

  g_assert_null (konkurs_store_list_reserve_top (civil->store, civil->competition, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, civil->number));
  g_clear_error (&error);
  g_assert_false (konkurs_store_record_outcomes (final->store, final->competition, on, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
}

/* A selection nobody reached the National Commission in enters nobody,
 * and says so without failing. */
static void
test_nobody (Fixture *fixture, gconstpointer data)
{
  static const char * const none[] = { NULL };
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_youth (fixture->store, none, 50);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) on = konkurs_test_date_new (2025, 6, 2);
  g_autoptr(GPtrArray) top = list_top (final);
  guint n = 99;

  g_assert_cmpuint (top->len, ==, 0);
  g_assert_true (konkurs_store_enter_reserve (final->store, final->competition, on, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 0);
}

static gboolean
has_in_reserve (GPtrArray *failures, GDate *from, GDate *until)
{
  for (guint i = 0; i < failures->len; i++)
    {
      const KonkursEligibilityFailure *failure = g_ptr_array_index (failures, i);

      if (failure->code != KONKURS_ELIGIBILITY_IN_RESERVE)
        continue;
      *from = failure->given_date;
      *until = failure->limit_date;
      return TRUE;
    }
  return FALSE;
}

/* The application of a later selection by someone in the reserve: "already
 * in the reserve", with the dates of the term; after leaving early, no
 * longer. */
static void
test_eligibility (Fixture *fixture, gconstpointer data)
{
  static const char * const one[] = { "economy", NULL };
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_youth (fixture->store, one, 50);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) admitted = konkurs_test_date_new (2025, 6, 2);
  g_autoptr(GDate) received = konkurs_test_date_new (2026, 3, 4);
  g_autoptr(GDate) left_on = konkurs_test_date_new (2025, 12, 31);
  g_autoptr(GDate) too_early = konkurs_test_date_new (2025, 6, 1);
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GPtrArray) reserve = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT candidate_id FROM application WHERE id = %" G_GINT64_FORMAT,
                                          final->apps[0]);
  gint64 candidate = konkurs_test_query_int64 (konkurs_store_get_db (fixture->store), sql);
  gint64 later = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE, "Агенттік", "",
                                               2026, 3, 2);
  GDate from, until;
  gint64 entry;

  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  konkurs_test_final_decide (final);
  g_assert_true (konkurs_store_enter_reserve (final->store, final->competition, admitted, NULL, &error));
  g_assert_no_error (error);

  candidacy = konkurs_test_apply (fixture->store, candidate, later, 0, "economy", received);
  failures = konkurs_store_check_candidacy (fixture->store, konkurs_candidacy_get_id (candidacy), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (has_in_reserve (failures, &from, &until));
  g_assert_cmpint (g_date_compare (&from, admitted), ==, 0);
  g_assert_cmpint (g_date_get_year (&until), ==, 2028);
  g_assert_cmpint (g_date_get_month (&until), ==, 6);
  g_assert_cmpint (g_date_get_day (&until), ==, 1);

  reserve = konkurs_store_list_reserve (fixture->store, NULL, &error);
  g_assert_no_error (error);
  entry = ((KonkursReserveEntry *) g_ptr_array_index (reserve, 0))->id;
  g_assert_false (konkurs_store_leave_reserve (fixture->store, entry, left_on, " ", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED);
  g_clear_error (&error);
  g_assert_false (konkurs_store_leave_reserve (fixture->store, entry, too_early, "Мемлекеттік қызметке тағайындалды",
                                               &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "02.06.2025"));
  g_clear_error (&error);
  g_assert_true (konkurs_store_leave_reserve (fixture->store, entry, left_on, "Мемлекеттік қызметке тағайындалды",
                                              &error));
  g_assert_no_error (error);
  g_clear_pointer (&failures, g_ptr_array_unref);
  failures = konkurs_store_check_candidacy (fixture->store, konkurs_candidacy_get_id (candidacy), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (has_in_reserve (failures, &from, &until));
  g_clear_pointer (&reserve, g_ptr_array_unref);
  reserve = konkurs_store_list_reserve (fixture->store, received, &error);
  g_assert_cmpuint (reserve->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ADD ("/reserve/top-with-tie", test_top_with_tie);
  ADD ("/reserve/quotas", test_quotas);
  ADD ("/reserve/wrong-kind", test_wrong_kind);
  ADD ("/reserve/eligibility", test_eligibility);
  ADD ("/reserve/nobody", test_nobody);
  return g_test_run ();
}
