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
                                       "SELECT actor, json_object ('details', json (details), 'after', json (after)) "
                                       "FROM audit_log WHERE action = ?1 "
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
  /* The engine's failures are kept once, as the row's decision_failures
   * in the entry's "after", not repeated in its details. */
  g_assert_nonnull (strstr (details, "\"decision_failures\":[{"));
  g_assert_nonnull (strstr (details, "\"experience\""));
  g_assert_null (strstr (details, "\"failures\""));
  g_clear_object (&decided);

  /* Refusing with the engine: its reasons are stored with the decision;
   * the decision's reason is the secretary's words, none here. */
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (bare_app),
                                                 FALSE, NULL, &error));
  g_assert_no_error (error);
  decided = konkurs_store_get_candidacy (fixture->store, konkurs_candidacy_get_id (bare_app), &error);
  g_assert_cmpint (konkurs_candidacy_get_eligibility (decided), ==, KONKURS_ELIGIBILITY_STATE_INELIGIBLE);
  g_assert_cmpint (konkurs_candidacy_get_status (decided), ==, KONKURS_CANDIDACY_REJECTED);
  g_assert_cmpstr (konkurs_candidacy_get_decision_reason (decided), ==, "");
  {
    g_autoptr(KonkursDecision) taken = konkurs_store_get_decision (fixture->store,
                                                                   konkurs_candidacy_get_id (decided), &error);

    g_assert_no_error (error);
    g_assert_cmpuint (taken->failures->len, >, 0);
  }
  g_assert_cmpint (count_audit (fixture, "decide", konkurs_candidacy_get_id (bare_app), NULL), ==, 2);
}

/* Stored decisions ------------------------------------------------------- */

static void
assert_same_failure (const KonkursEligibilityFailure *stored,
                     const KonkursEligibilityFailure *found)
{
  g_test_message ("%s", konkurs_eligibility_code_to_string (found->code));
  g_assert_cmpint (stored->code, ==, found->code);
  g_assert_cmpint (stored->certificate_kind, ==, found->certificate_kind);
  g_assert_cmpint (stored->actual, ==, found->actual);
  g_assert_cmpint (stored->required, ==, found->required);
  g_assert_cmpmem (&stored->experience, sizeof stored->experience, &found->experience, sizeof found->experience);
  g_assert_cmpint (g_date_compare (&stored->date, &found->date), ==, 0);
  g_assert_cmpint (g_date_valid (&stored->given_date), ==, g_date_valid (&found->given_date));
  if (g_date_valid (&found->given_date))
    g_assert_cmpint (g_date_compare (&stored->given_date, &found->given_date), ==, 0);
  g_assert_cmpint (g_date_valid (&stored->limit_date), ==, g_date_valid (&found->limit_date));
  if (g_date_valid (&found->limit_date))
    g_assert_cmpint (g_date_compare (&stored->limit_date, &found->limit_date), ==, 0);
  g_assert_cmpstr (stored->citizenship, ==, found->citizenship);
}

static void
assert_same_failures (GPtrArray *stored, GPtrArray *found)
{
  g_assert_nonnull (stored);
  g_assert_cmpuint (stored->len, ==, found->len);
  for (guint i = 0; i < found->len; i++)
    assert_same_failure (g_ptr_array_index (stored, i), g_ptr_array_index (found, i));
}

static KonkursDecision *
get_decision (KonkursTestCandidates *fixture, KonkursCandidacy *candidacy)
{
  g_autoptr(GError) error = NULL;
  KonkursDecision *decision = konkurs_store_get_decision (fixture->store, konkurs_candidacy_get_id (candidacy),
                                                          &error);

  g_assert_no_error (error);
  g_assert_nonnull (decision);
  g_assert_cmpint (decision->candidacy_id, ==, konkurs_candidacy_get_id (candidacy));
  g_assert_cmpstr (decision->decided_by, ==, g_get_user_name ());
  g_assert_nonnull (decision->decided_at);
  return decision;
}

static GPtrArray *
check_now (KonkursTestCandidates *fixture, KonkursCandidacy *candidacy)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *failures = konkurs_store_check_candidacy (fixture->store, konkurs_candidacy_get_id (candidacy),
                                                       NULL, &error);

  g_assert_no_error (error);
  return failures;
}

/* Every kind of parameter survives: ages and birth dates, a citizenship
 * that needs quoting, language levels, exclusions, experience, expired and
 * missing certificates with their dates. */
static void
test_failures_kept (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(KonkursCandidate) older = konkurs_test_person_new ("Үлкенова", "Бибігүл", 1980, 5, 6, 51);
  g_autoptr(KonkursCandidate) junior = konkurs_test_person_new ("Жасова", "Дина", 1999, 7, 8, 52);
  g_autoptr(GDate) job_start = konkurs_test_date_new (2024, 1, 15);
  g_autoptr(GDate) passed = konkurs_test_date_new (2023, 1, 10);
  g_autoptr(KonkursEmployment) job = konkurs_employment_new ("Әкімдік", "", job_start, NULL);
  g_autoptr(KonkursCandidateCertificate) old_test =
    konkurs_candidate_certificate_new (KONKURS_CERTIFICATE_LEGISLATION, passed, "40", "1");
  g_autoptr(KonkursCandidacy) youth_app = NULL;
  g_autoptr(KonkursCandidacy) civil_app = NULL;
  g_autoptr(GError) error = NULL;
  gint64 youth, civil, vacancy;

  konkurs_candidate_set_citizenship (older, "R\"U\\");
  konkurs_candidate_set_language_level (older, KONKURS_LANGUAGE_LEVEL_A2);
  konkurs_candidate_set_exclusions (older, KONKURS_EXCLUSION_IN_RESERVE);
  konkurs_candidate_add_employment (junior, job);
  konkurs_candidate_add_certificate (junior, old_test);
  konkurs_test_save_candidate (fixture->store, older);
  konkurs_test_save_candidate (fixture->store, junior);
  youth = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  civil = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  vacancy = konkurs_test_add_march_vacancy (fixture->store, civil, "Бас маман");
  youth_app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (older), youth, 0, "digitalisation");
  civil_app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (junior), civil, vacancy, NULL);

  for (guint i = 0; i < 2; i++)
    {
      KonkursCandidacy *candidacy = i == 0 ? youth_app : civil_app;
      g_autoptr(GPtrArray) found = check_now (fixture, candidacy);
      g_autoptr(KonkursDecision) decision = NULL;
      g_autoptr(KonkursDecision) copy = NULL;
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;

      g_assert_cmpuint (found->len, >=, 4);
      g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (candidacy),
                                                     FALSE, NULL, &error));
      g_assert_no_error (error);
      decision = get_decision (fixture, candidacy);
      g_assert_false (decision->admitted);
      g_assert_false (decision->against_engine);
      g_assert_cmpstr (decision->reason, ==, "");
      assert_same_failures (decision->failures, found);
      g_assert_cmpint (g_date_compare (&decision->checked_on,
                                       &((KonkursEligibilityFailure *) g_ptr_array_index (found, 0))->date), ==, 0);

      /* without words of the secretary's, the engine's reasons */
      text = konkurs_decision_describe (decision, NULL);
      expected = konkurs_eligibility_describe_failures (found, NULL);
      g_assert_cmpstr (text, ==, expected);
      copy = konkurs_decision_copy (decision);
      assert_same_failures (copy->failures, found);
      g_assert_true (copy->failures != decision->failures);
    }
}

/* What was decided stays what was decided when the papers change. */
static void
test_decision_kept (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) bare = konkurs_test_person_new ("Бос", "Болат", 1994, 6, 1, 22);
  g_autoptr(KonkursCandidate) stored = NULL;
  g_autoptr(KonkursCandidacy) app = NULL;
  g_autoptr(KonkursCandidacy) read = NULL;
  g_autoptr(KonkursDecision) before = NULL;
  g_autoptr(KonkursDecision) after = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) now = NULL;
  g_autofree char *engine = NULL;
  g_autofree char *described = NULL;
  gint64 civil, vacancy;

  konkurs_test_save_candidate (fixture->store, bare);
  civil = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  vacancy = konkurs_test_add_march_vacancy (fixture->store, civil, "Бас маман");
  app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (bare), civil, vacancy, NULL);

  found = check_now (fixture, app);
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (app), FALSE,
                                                 "  ", &error));
  g_assert_no_error (error);
  before = get_decision (fixture, app);

  /* the secretary's words are kept apart: blank is none */
  g_assert_cmpstr (before->reason, ==, "");
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (konkurs_store_get_db (fixture->store),
                                         "SELECT decision_reason, json_array_length (decision_failures) "
                                         "FROM application WHERE id = ?1", -1, &stmt, NULL), ==, SQLITE_OK);
    sqlite3_bind_int64 (stmt, 1, konkurs_candidacy_get_id (app));
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "");
    g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, found->len);
  }

  /* the candidate brings every paper: the engine says otherwise now */
  stored = konkurs_store_get_candidate (fixture->store, konkurs_candidate_get_id (bare), &error);
  g_assert_no_error (error);
  konkurs_test_make_qualified (stored);
  konkurs_test_save_candidate (fixture->store, stored);
  now = check_now (fixture, app);
  g_assert_cmpuint (now->len, ==, 0);

  after = get_decision (fixture, app);
  assert_same_failures (after->failures, found);
  g_assert_cmpint (g_date_compare (&after->checked_on, &before->checked_on), ==, 0);
  g_assert_true (g_date_time_equal (after->decided_at, before->decided_at));

  /* the decision describes the engine's reasons as they were; the
   * application's decision-reason has the secretary's words alone */
  engine = konkurs_eligibility_describe_failures (found, NULL);
  described = konkurs_decision_describe (after, NULL);
  g_assert_cmpstr (described, ==, engine);
  read = konkurs_store_get_candidacy (fixture->store, konkurs_candidacy_get_id (app), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_candidacy_get_decision_reason (read), ==, "");
}

static void
test_decision_kinds (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) good = konkurs_test_person_new ("Жақсыбекова", "Дана", 1994, 6, 1, 21);
  g_autoptr(KonkursCandidate) bare = konkurs_test_person_new ("Бос", "Болат", 1994, 6, 1, 22);
  g_autoptr(KonkursCandidate) waiting = konkurs_test_person_new ("Күтуова", "Айым", 1994, 6, 3, 23);
  g_autoptr(KonkursCandidacy) good_app = NULL;
  g_autoptr(KonkursCandidacy) bare_app = NULL;
  g_autoptr(KonkursCandidacy) pending_app = NULL;
  g_autoptr(KonkursCandidacy) read = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursCatalog) kazakh = NULL;
  gint64 civil, vacancy;

  konkurs_test_make_qualified (good);
  konkurs_test_save_candidate (fixture->store, good);
  konkurs_test_save_candidate (fixture->store, bare);
  konkurs_test_save_candidate (fixture->store, waiting);
  civil = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  vacancy = konkurs_test_add_march_vacancy (fixture->store, civil, "Бас маман");
  good_app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (good), civil, vacancy, NULL);
  bare_app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (bare), civil, vacancy, NULL);
  pending_app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (waiting), civil, vacancy, NULL);
  competition = konkurs_store_get_competition (fixture->store, civil, &error);
  g_assert_no_error (error);

  /* admitted with the engine, on the competition date (here the deadline:
   * no stages have dates) */
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (good_app), TRUE, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(KonkursDecision) decision = get_decision (fixture, good_app);
    g_autofree char *text = konkurs_decision_describe (decision, NULL);

    g_assert_true (decision->admitted);
    g_assert_false (decision->against_engine);
    g_assert_cmpuint (decision->failures->len, ==, 0);
    g_assert_cmpint (g_date_compare (&decision->checked_on,
                                     konkurs_competition_get_document_deadline (competition)), ==, 0);
    g_assert_cmpstr (text, ==, "");
  }

  /* refused against the engine */
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (good_app), FALSE,
                                                 "Дипломның көшірмесі жоқ", &error));
  g_assert_no_error (error);
  {
    g_autoptr(KonkursDecision) decision = get_decision (fixture, good_app);
    g_autofree char *text = konkurs_decision_describe (decision, NULL);

    g_assert_false (decision->admitted);
    g_assert_true (decision->against_engine);
    g_assert_cmpuint (decision->failures->len, ==, 0);
    g_assert_cmpstr (decision->reason, ==, "Дипломның көшірмесі жоқ");
    g_assert_cmpstr (text, ==, "Дипломның көшірмесі жоқ");
  }
  read = konkurs_store_get_candidacy (fixture->store, konkurs_candidacy_get_id (good_app), &error);
  g_assert_cmpstr (konkurs_candidacy_get_decision_reason (read), ==, "Дипломның көшірмесі жоқ");

  /* admitted against the engine: its failures and the words, in any
   * language */
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (bare_app), TRUE,
                                                 "Құжаттар отырыста ұсынылды", &error));
  g_assert_no_error (error);
  kazakh = konkurs_catalog_new (KONKURS_DOC_LANGUAGE_KK, &error);
  g_assert_no_error (error);
  {
    g_autoptr(KonkursDecision) decision = get_decision (fixture, bare_app);
    g_autofree char *text = konkurs_decision_describe (decision, kazakh);
    g_autofree char *first = konkurs_eligibility_failure_describe (g_ptr_array_index (decision->failures, 0), kazakh);

    g_assert_true (decision->admitted);
    g_assert_true (decision->against_engine);
    g_assert_cmpuint (decision->failures->len, >=, 3);
    g_assert_true (g_str_has_prefix (text, first));
    g_assert_true (g_str_has_suffix (text, "\nҚұжаттар отырыста ұсынылды"));
  }

  /* nothing to read before a decision, nor for an application that does
   * not exist */
  g_assert_null (konkurs_store_get_decision (fixture->store, konkurs_candidacy_get_id (pending_app), &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The application has not been decided yet.");
  g_clear_error (&error);
  g_assert_null (konkurs_store_get_decision (fixture->store, 9999, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
}

static void
assert_same_decision (const KonkursDecision *one, const KonkursDecision *other)
{
  g_assert_cmpint (one->candidacy_id, ==, other->candidacy_id);
  g_assert_cmpint (one->admitted, ==, other->admitted);
  g_assert_cmpint (one->against_engine, ==, other->against_engine);
  g_assert_cmpstr (one->reason, ==, other->reason);
  g_assert_cmpstr (one->decided_by, ==, other->decided_by);
  g_assert_true (g_date_time_equal (one->decided_at, other->decided_at));
  g_assert_cmpint (g_date_valid (&one->checked_on), ==, g_date_valid (&other->checked_on));
  if (g_date_valid (&one->checked_on))
    g_assert_cmpint (g_date_compare (&one->checked_on, &other->checked_on), ==, 0);
  if (other->failures == NULL)
    g_assert_null (one->failures);
  else
    assert_same_failures (one->failures, other->failures);
}

/* Many decisions read at once, as a protocol reads them, are the ones
 * read one by one: with and without failures, against the engine, taken
 * before failures were kept, an id given twice; nothing for a row not
 * decided or missing. */
static void
test_decisions_at_once (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) good = konkurs_test_person_new ("Жақсыбекова", "Дана", 1994, 6, 1, 21);
  g_autoptr(KonkursCandidate) bare = konkurs_test_person_new ("Бос", "Болат", 1994, 6, 1, 22);
  g_autoptr(KonkursCandidate) plain = konkurs_test_person_new ("Қарапайым", "Ерлан", 1993, 2, 1, 24);
  g_autoptr(KonkursCandidate) old = konkurs_test_person_new ("Ескіұлы", "Марат", 1990, 3, 4, 25);
  g_autoptr(KonkursCandidate) waiting = konkurs_test_person_new ("Күтуова", "Айым", 1994, 6, 3, 23);
  g_autoptr(GPtrArray) decisions = NULL;
  KonkursCandidacy *apps[5];
  gint64 ids[6];
  gint64 civil, vacancy;

  konkurs_test_make_qualified (good);
  konkurs_test_make_qualified (old);
  konkurs_test_save_candidate (fixture->store, good);
  konkurs_test_save_candidate (fixture->store, bare);
  konkurs_test_save_candidate (fixture->store, plain);
  konkurs_test_save_candidate (fixture->store, old);
  konkurs_test_save_candidate (fixture->store, waiting);
  civil = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  vacancy = konkurs_test_add_march_vacancy (fixture->store, civil, "Бас маман");
  apps[0] = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (good), civil, vacancy, NULL);
  apps[1] = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (bare), civil, vacancy, NULL);
  apps[2] = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (plain), civil, vacancy, NULL);
  apps[3] = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (old), civil, vacancy, NULL);
  apps[4] = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (waiting), civil, vacancy, NULL);
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (apps[0]), TRUE, NULL,
                                                 &error));
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (apps[1]), TRUE,
                                                 "Құжаттар отырыста ұсынылды", &error));
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (apps[2]), FALSE, NULL,
                                                 &error));
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (apps[3]), TRUE, NULL,
                                                 &error));
  g_assert_no_error (error);
  /* a decision of a version that kept no failures */
  {
    g_autofree char *sql = g_strdup_printf ("UPDATE application SET decision_failures = NULL WHERE id = %"
                                            G_GINT64_FORMAT, konkurs_candidacy_get_id (apps[3]));

    g_assert_cmpint (sqlite3_exec (konkurs_store_get_db (fixture->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  }

  ids[0] = konkurs_candidacy_get_id (apps[2]);
  ids[1] = konkurs_candidacy_get_id (apps[0]);
  ids[2] = konkurs_candidacy_get_id (apps[3]);
  ids[3] = konkurs_candidacy_get_id (apps[1]);
  ids[4] = konkurs_candidacy_get_id (apps[2]);
  decisions = konkurs_store_get_decisions (fixture->store, ids, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(KonkursDecision) one = konkurs_store_get_decision (fixture->store, ids[i], &error);

      g_assert_no_error (error);
      assert_same_decision (g_ptr_array_index (decisions, i), one);
    }
  /* what each of them is, so that the comparison above compared something */
  g_assert_cmpuint (((KonkursDecision *) g_ptr_array_index (decisions, 0))->failures->len, >=, 3);
  g_assert_false (((KonkursDecision *) g_ptr_array_index (decisions, 0))->admitted);
  g_assert_cmpuint (((KonkursDecision *) g_ptr_array_index (decisions, 1))->failures->len, ==, 0);
  g_assert_null (((KonkursDecision *) g_ptr_array_index (decisions, 2))->failures);
  g_assert_true (((KonkursDecision *) g_ptr_array_index (decisions, 3))->against_engine);
  g_assert_true (g_ptr_array_index (decisions, 4) != g_ptr_array_index (decisions, 0));
  g_clear_pointer (&decisions, g_ptr_array_unref);

  decisions = konkurs_store_get_decisions (fixture->store, NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 0);
  g_clear_pointer (&decisions, g_ptr_array_unref);

  ids[5] = konkurs_candidacy_get_id (apps[4]);
  g_assert_null (konkurs_store_get_decisions (fixture->store, ids + 3, 3, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The application has not been decided yet.");
  g_clear_error (&error);
  ids[5] = 9999;
  g_assert_null (konkurs_store_get_decisions (fixture->store, ids + 3, 3, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);

  for (guint i = 0; i < G_N_ELEMENTS (apps); i++)
    g_object_unref (apps[i]);
}

/* The failures of an application as a decision keeps them. */
static char *
dup_kept_failures (KonkursTestCandidates *fixture, gint64 id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char *kept;

  g_assert_cmpint (sqlite3_prepare_v2 (konkurs_store_get_db (fixture->store),
                                       "SELECT eligibility || ' ' || decision_checked_on || ' ' || "
                                       "decision_failures FROM application WHERE id = ?1", -1, &stmt, NULL), ==,
                   SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  kept = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  g_assert_nonnull (kept);
  return kept;
}

static gint64
apply (KonkursTestCandidates *fixture, KonkursCandidate *person, gint64 competition, gint64 vacancy)
{
  g_autoptr(KonkursCandidacy) candidacy = konkurs_test_apply_in_march (fixture->store,
                                                                       konkurs_candidate_get_id (person),
                                                                       competition, vacancy, NULL);

  return konkurs_candidacy_get_id (candidacy);
}

/* Checks and decisions through a cache (the demonstration data's) find
 * what those without find, in whatever order the applications come: one
 * decided right after its check, others after another's check, in two
 * competitions. */
static void
test_cached (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursEligibilityCache) cache = konkurs_eligibility_cache_new ();
  g_autoptr(KonkursCandidate) good = konkurs_test_person_new ("Жақсыбекова", "Дана", 1994, 6, 1, 21);
  g_autoptr(KonkursCandidate) bare = konkurs_test_person_new ("Бос", "Болат", 1994, 6, 1, 22);
  gint64 apps[3], twins[3];

  konkurs_test_make_qualified (good);
  konkurs_test_save_candidate (fixture->store, good);
  konkurs_test_save_candidate (fixture->store, bare);
  /* the applications decided through the cache, and the same in other
   * competitions decided without */
  for (guint twin = 0; twin < 2; twin++)
    {
      gint64 *ids = twin ? twins : apps;
      gint64 first = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
      gint64 second = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);

      ids[0] = apply (fixture, good, first, konkurs_test_add_march_vacancy (fixture->store, first, "Бас маман"));
      ids[1] = apply (fixture, bare, first, konkurs_test_add_march_vacancy (fixture->store, first, "Жетекші маман"));
      ids[2] = apply (fixture, bare, second, konkurs_test_add_march_vacancy (fixture->store, second, "Бас маман"));
    }

  for (guint i = 0; i < G_N_ELEMENTS (apps); i++)
    {
      g_autoptr(GPtrArray) cached = konkurs_store_check_candidacy_cached (fixture->store, cache, apps[i], &error);
      g_autoptr(GPtrArray) plain = konkurs_store_check_candidacy (fixture->store, twins[i], NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (cached->len, ==, plain->len);
      /* the qualified one passes, the other fails */
      if (i == 0)
        g_assert_cmpuint (cached->len, ==, 0);
      else
        g_assert_cmpuint (cached->len, >, 0);
    }
  /* the last one checked, then the first ones (checked before the last) */
  for (guint i = G_N_ELEMENTS (apps); i-- > 0;)
    {
      g_autofree char *cached = NULL;
      g_autofree char *plain = NULL;
      gboolean eligible = i == 0;

      g_assert_true (konkurs_store_decide_candidacy_cached (fixture->store, cache, apps[i], eligible, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (konkurs_store_decide_candidacy (fixture->store, twins[i], eligible, NULL, &error));
      g_assert_no_error (error);
      cached = dup_kept_failures (fixture, apps[i]);
      plain = dup_kept_failures (fixture, twins[i]);
      g_assert_cmpstr (cached, ==, plain);
      g_assert_cmpint (count_audit (fixture, "decide", apps[i], NULL), ==, 1);
    }
  /* a decision against the engine still needs its reason */
  g_assert_false (konkurs_store_decide_candidacy_cached (fixture->store, cache, apps[1], TRUE, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/decisions/" path, KonkursTestCandidates, NULL, konkurs_test_candidates_set_up, func, \
              konkurs_test_candidates_tear_down)
  ADD ("decide", test_decide);
  ADD ("failures-kept", test_failures_kept);
  ADD ("decision-kept", test_decision_kept);
  ADD ("decision-kinds", test_decision_kinds);
  ADD ("decisions-at-once", test_decisions_at_once);
  ADD ("cached", test_cached);
#undef ADD

  return g_test_run ();
}
