/* test-candidacies.c — applications: applying to a vacancy or a sector, personal
 * codes, finding, listing and deleting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-personal-code.h"
#include "konkurs-store-private.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

static void
test_apply (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Нұрланов", "Асқар", 1990, 3, 3, 5);
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(KonkursCandidacy) youth = NULL;
  g_autoptr(KonkursCandidacy) found = NULL;
  g_autoptr(KonkursCandidacy) twice = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDate) received = konkurs_test_date_new (2025, 3, 4);
  gint64 civil, reserve, vacancy, other_vacancy, other_competition, foreign_vacancy, id;

  id = konkurs_test_save_candidate (fixture->store, candidate);
  civil = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  other_competition = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  reserve = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  vacancy = konkurs_test_add_march_vacancy (fixture->store, civil, "Бас маман");
  other_vacancy = konkurs_test_add_march_vacancy (fixture->store, civil, "Басқарма басшысы");
  foreign_vacancy = konkurs_test_add_march_vacancy (fixture->store, other_competition, "Сарапшы");
  fixture->n_applications_changed = 0;

  candidacy = konkurs_test_apply_in_march (fixture->store, id, civil, vacancy, NULL);
  g_assert_cmpuint (fixture->n_applications_changed, ==, 1);
  g_assert_true (konkurs_personal_code_is_valid (konkurs_candidacy_get_personal_code (candidacy)));
  g_assert_null (strstr (konkurs_candidacy_get_personal_code (candidacy), konkurs_candidate_get_iin (candidate)));
  g_assert_cmpint (konkurs_candidacy_get_candidate_id (candidacy), ==, id);
  g_assert_cmpint (konkurs_candidacy_get_vacancy_id (candidacy), ==, vacancy);
  g_assert_cmpint (konkurs_candidacy_get_status (candidacy), ==, KONKURS_CANDIDACY_RECEIVED);
  g_assert_cmpint (konkurs_candidacy_get_eligibility (candidacy), ==, KONKURS_ELIGIBILITY_STATE_PENDING);
  g_assert_null (konkurs_candidacy_get_decided_at (candidacy));
  konkurs_test_assert_date (konkurs_candidacy_get_received_on (candidacy), 2025, 3, 4);

  /* Same vacancy twice: refused; another vacancy: fine. */
  twice = konkurs_store_apply (fixture->store, id, civil, vacancy, NULL, received, &error);
  g_assert_null (twice);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  g_clear_object (&twice);
  twice = konkurs_test_apply_in_march (fixture->store, id, civil, other_vacancy, NULL);
  g_assert_cmpstr (konkurs_candidacy_get_personal_code (twice), !=,
                   konkurs_candidacy_get_personal_code (candidacy));

  /* Misfits. */
  g_assert_null (konkurs_store_apply (fixture->store, id, civil, foreign_vacancy, NULL, received, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (konkurs_store_apply (fixture->store, id, civil, 0, NULL, received, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (konkurs_store_apply (fixture->store, id, reserve, 0, " ", received, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (konkurs_store_apply (fixture->store, id + 50, civil, vacancy, NULL, received, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (konkurs_store_apply (fixture->store, id, civil, other_vacancy, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  youth = konkurs_test_apply_in_march (fixture->store, id, reserve, 0, "digitalisation");
  g_assert_cmpstr (konkurs_candidacy_get_sector (youth), ==, "digitalisation");
  g_assert_cmpint (konkurs_candidacy_get_vacancy_id (youth), ==, 0);
  g_assert_null (konkurs_store_apply (fixture->store, id, reserve, 0, "social-policy", received, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  found = konkurs_store_find_candidacy_by_code (fixture->store,
                                                konkurs_candidacy_get_personal_code (youth), &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_candidacy_get_id (found), ==, konkurs_candidacy_get_id (youth));

  list = konkurs_store_list_candidacies_of_candidate (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = konkurs_store_list_candidacies_of_competition (fixture->store, civil, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);

  /* A candidate with applications stays; without, goes. */
  g_assert_false (konkurs_store_delete_candidate (fixture->store, id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  for (guint i = 0; i < list->len; i++)
    g_assert_true (konkurs_store_delete_candidacy (fixture->store,
                                                   konkurs_candidacy_get_id (g_ptr_array_index (list, i)),
                                                   &error));
  g_assert_true (konkurs_store_delete_candidacy (fixture->store, konkurs_candidacy_get_id (youth), &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_delete_candidate (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_store_count_candidates (fixture->store, &error), ==, 0);
}

static void
test_codes_unique (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gint64 reserve = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE);

  g_assert_true (konkurs_store_begin (fixture->store, &error));
  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Тестов", "Тест", 1990, 1, 1 + i % 28, i * 3);
      g_autoptr(KonkursCandidacy) candidacy = NULL;

      konkurs_candidate_set_iin (candidate, NULL);
      {
        char iin[KONKURS_IIN_LENGTH + 1];

        konkurs_test_make_iin (1990, 1 + i % 12, 1 + i % 28, KONKURS_SEX_MALE, i * 3, iin);
        konkurs_candidate_set_iin (candidate, iin);
      }
      konkurs_test_save_candidate (fixture->store, candidate);
      candidacy = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (candidate), reserve, 0, "digitalisation");
      g_assert_true (konkurs_personal_code_is_valid (konkurs_candidacy_get_personal_code (candidacy)));
      g_assert_true (g_hash_table_add (seen, g_strdup (konkurs_candidacy_get_personal_code (candidacy))));
    }
  g_assert_true (konkurs_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (seen), ==, 300);
}

/* A certificate is judged by the rule set of the competition applied to
 * last, else by the one in force on the day asked about. */
static void
test_certificate_validity (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Сапарова", "Гүлнар", 1991, 5, 6, 7);
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GDate) february = konkurs_test_date_new (2025, 2, 1);
  g_autoptr(GDate) april = konkurs_test_date_new (2025, 4, 1);
  g_autoptr(GDate) long_ago = konkurs_test_date_new (1999, 1, 1);
  gint64 id, civil;

  /* Rules from 1 March 2025 that keep certificates for 18 months. */
  g_assert_cmpint (sqlite3_exec (konkurs_store_get_db (fixture->store),
                                 "INSERT INTO rule_set (id, code, name_kk, valid_from) "
                                 "VALUES (77, 'test-18', 'Eighteen months', '2025-03-01');"
                                 "INSERT INTO rule_value VALUES (77, 'document-review-days', 3);"
                                 "INSERT INTO rule_value VALUES (77, 'certificate-validity-months', 18);"
                                 "INSERT INTO rule_set_validity VALUES (77, 'general', '2025-03-01', NULL);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  id = konkurs_test_save_candidate (fixture->store, candidate);

  /* No application: the rules in force on the day; none in force, the
   * usual twelve months, which is no error. */
  g_assert_cmpint (konkurs_store_get_certificate_validity_months (fixture->store, id, february, &error), ==, 12);
  g_assert_cmpint (konkurs_store_get_certificate_validity_months (fixture->store, id, april, &error), ==, 18);
  g_assert_cmpint (konkurs_store_get_certificate_validity_months (fixture->store, id, long_ago, &error), ==, 12);
  g_assert_cmpint (konkurs_store_get_certificate_validity_months (fixture->store, 0, april, &error), ==, 18);
  g_assert_no_error (error);

  /* Applied to a competition announced under the new rules: those, on
   * any day. */
  civil = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  candidacy = konkurs_test_apply_in_march (fixture->store, id, civil,
                                           konkurs_test_add_march_vacancy (fixture->store, civil, "Бас маман"), NULL);
  g_assert_cmpint (konkurs_store_get_certificate_validity_months (fixture->store, id, february, &error), ==, 18);
  g_assert_cmpint (konkurs_store_get_certificate_validity_months (fixture->store, id, long_ago, &error), ==, 18);
  g_assert_no_error (error);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/candidacies/" path, KonkursTestCandidates, NULL, konkurs_test_candidates_set_up, func, \
              konkurs_test_candidates_tear_down)
  ADD ("apply", test_apply);
  ADD ("codes-unique", test_codes_unique);
  ADD ("certificate-validity", test_certificate_validity);
#undef ADD

  return g_test_run ();
}
