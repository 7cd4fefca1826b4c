/* test-decisions.c — the eligibility engine on stored applications and the
 * secretary's decisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-private.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

static gint64
count_audit (KonkursTestCandidates *fixture, const char *action, gint64 row_id, char **details)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (konkurs_store_get_db (fixture->store),
                                       "SELECT actor, details FROM audit_log WHERE action = ?1 "
                                       "AND table_name = 'application' AND row_id = ?2 ORDER BY id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, action, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, row_id);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      n++;
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, g_get_user_name ());
      if (details != NULL)
        {
          g_free (*details);
          *details = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
        }
    }
  return n;
}

static void
test_decide (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) good = konkurs_test_person_new ("Жақсыбекова", "Дана", 1994, 6, 1, 21);
  g_autoptr(KonkursCandidate) bare = konkurs_test_person_new ("Бос", "Болат", 1994, 6, 1, 22);
  g_autoptr(KonkursCandidacy) good_app = NULL;
  g_autoptr(KonkursCandidacy) bare_app = NULL;
  g_autoptr(KonkursCandidacy) decided = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autofree char *details = NULL;
  gint64 civil, vacancy;

  konkurs_test_make_qualified (good);
  konkurs_test_save_candidate (fixture->store, good);
  konkurs_test_save_candidate (fixture->store, bare);
  civil = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  vacancy = konkurs_test_add_march_vacancy (fixture->store, civil, "Бас маман");
  good_app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (good), civil, vacancy, NULL);
  bare_app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (bare), civil, vacancy, NULL);

  failures = konkurs_store_check_candidacy (fixture->store, konkurs_candidacy_get_id (good_app), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failures->len, ==, 0);
  g_clear_pointer (&failures, g_ptr_array_unref);
  failures = konkurs_store_check_candidacy (fixture->store, konkurs_candidacy_get_id (bare_app), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (failures->len, >=, 3);   /* education, experience, certificates */

  /* With the engine: no reason needed. */
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (good_app),
                                                 TRUE, NULL, &error));
  g_assert_no_error (error);
  decided = konkurs_store_get_candidacy (fixture->store, konkurs_candidacy_get_id (good_app), &error);
  g_assert_cmpint (konkurs_candidacy_get_eligibility (decided), ==, KONKURS_ELIGIBILITY_STATE_ELIGIBLE);
  g_assert_cmpint (konkurs_candidacy_get_status (decided), ==, KONKURS_CANDIDACY_ADMITTED);
  g_assert_cmpstr (konkurs_candidacy_get_decided_by (decided), ==, g_get_user_name ());
  g_assert_nonnull (konkurs_candidacy_get_decided_at (decided));
  g_assert_cmpint (count_audit (fixture, "decide", konkurs_candidacy_get_id (good_app), &details), ==, 1);
  g_assert_nonnull (strstr (details, "\"engine\":\"eligible\""));
  g_assert_nonnull (strstr (details, "\"decision\":\"admitted\""));
  g_clear_object (&decided);

  /* Against the engine: a reason is required, and kept. */
  g_assert_false (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (good_app),
                                                  FALSE, "  ", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (bare_app),
                                                  TRUE, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  decided = konkurs_store_get_candidacy (fixture->store, konkurs_candidacy_get_id (bare_app), &error);
  g_assert_cmpint (konkurs_candidacy_get_eligibility (decided), ==, KONKURS_ELIGIBILITY_STATE_PENDING);
  g_clear_object (&decided);

  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (bare_app),
                                                 TRUE, "Документы представлены на заседании комиссии", &error));
  g_assert_no_error (error);
  decided = konkurs_store_get_candidacy (fixture->store, konkurs_candidacy_get_id (bare_app), &error);
  g_assert_cmpint (konkurs_candidacy_get_eligibility (decided), ==, KONKURS_ELIGIBILITY_STATE_ELIGIBLE);
  g_assert_cmpstr (konkurs_candidacy_get_decision_reason (decided), ==,
                   "Документы представлены на заседании комиссии");
  g_assert_cmpint (count_audit (fixture, "decide", konkurs_candidacy_get_id (bare_app), &details), ==, 1);
  g_assert_nonnull (strstr (details, "\"engine\":\"ineligible\""));
  g_assert_nonnull (strstr (details, "\"against_engine\":true"));
  g_assert_nonnull (strstr (details, "Документы представлены"));
  g_assert_nonnull (strstr (details, "\"experience\""));
  g_clear_object (&decided);

  /* Refusing with the engine: its reasons are stored. */
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (bare_app),
                                                 FALSE, NULL, &error));
  g_assert_no_error (error);
  decided = konkurs_store_get_candidacy (fixture->store, konkurs_candidacy_get_id (bare_app), &error);
  g_assert_cmpint (konkurs_candidacy_get_eligibility (decided), ==, KONKURS_ELIGIBILITY_STATE_INELIGIBLE);
  g_assert_cmpint (konkurs_candidacy_get_status (decided), ==, KONKURS_CANDIDACY_REJECTED);
  g_assert_cmpstr (konkurs_candidacy_get_decision_reason (decided), !=, "");
  g_assert_cmpint (count_audit (fixture, "decide", konkurs_candidacy_get_id (bare_app), NULL), ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/decisions/" path, KonkursTestCandidates, NULL, konkurs_test_candidates_set_up, func, \
              konkurs_test_candidates_tear_down)
  ADD ("decide", test_decide);
#undef ADD

  return g_test_run ();
}
