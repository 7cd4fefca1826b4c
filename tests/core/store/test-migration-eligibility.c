/* test-migration-eligibility.c — the migration of issue 9's eligibility
 * data: certificates with numbers and levels, kinds of work, dated
 * exclusions from the flags, a vacancy's experience alternatives, the
 * civil service's ages; the record still verifies, and what is saved
 * afterwards comes back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-private.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-migrations.h"
#include "konkurs-test-util.h"

typedef KonkursTestMigration Fixture;

/* The version this migration brings a file to (the merge of issue 9 may
 * give it another number: only this line changes). */
#define ELIGIBILITY_VERSION 10

/* Two candidates of version 6, one with two exclusions, a job and a
 * certificate, so that migration 7 writes their baselines as version 8
 * snapshots them. */
static const char v6_people[] =
  "INSERT INTO candidate (id, iin, surname, name, patronymic, birth_date, sex, political_servant, in_reserve) VALUES "
  "(1, '800101300016', 'Яковлев', 'Иван', 'Петрович', '1980-01-01', 'M', 1, 1),"
  "(2, '810202400023', 'Әлиева', 'Дана', '', '1981-02-02', 'F', 0, 0);"
  "INSERT INTO work_period (candidate_id, employer, position, started_on) VALUES (1, 'Әкімдік', 'Маман', '2010-01-01');"
  "INSERT INTO certificate (candidate_id, kind, passed_on, result, number) VALUES "
  "(1, 'state-language', '2025-01-10', 'B2', 'ҚТ-1');";

static void
verify_ok (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursVerifyReport) report = konkurs_store_verify (store, NULL, &error);

  g_assert_no_error (error);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}

static void
test_upgrade (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursCandidate) candidate = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  GArray *periods;
  int value = 0;
  sqlite3 *db;

  konkurs_test_load_version (fixture->path, 6, (const char * const[]) { v6_people, konkurs_test_v5_competition, NULL });
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);
  g_assert_cmpint (konkurs_store_get_schema_version (store), >=, ELIGIBILITY_VERSION);

  /* the flags became undated exclusions, in their order */
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM candidate_exclusion "
                                             "WHERE from_on IS NULL AND until_on IS NULL"), ==, 2);
  candidate = konkurs_store_get_candidate (store, 1, &error);
  g_assert_no_error (error);
  periods = konkurs_candidate_get_exclusion_periods (candidate);
  g_assert_cmpuint (periods->len, ==, 2);
  g_assert_cmpint (g_array_index (periods, KonkursExclusionPeriod, 0).kind, ==, KONKURS_EXCLUSION_POLITICAL_SERVANT);
  g_assert_cmpint (g_array_index (periods, KonkursExclusionPeriod, 1).kind, ==, KONKURS_EXCLUSION_IN_RESERVE);
  g_assert_false (g_date_valid (&g_array_index (periods, KonkursExclusionPeriod, 1).until));
  g_assert_cmpint (konkurs_candidate_get_exclusions (candidate), ==,
                   KONKURS_EXCLUSION_POLITICAL_SERVANT | KONKURS_EXCLUSION_IN_RESERVE);
  /* old certificates keep their text and have no numbers */
  {
    const KonkursCandidateCertificate *certificate = g_ptr_array_index (konkurs_candidate_get_certificates (candidate), 0);

    g_assert_cmpstr (certificate->result, ==, "B2");
    g_assert_cmpint (certificate->max_score, ==, 0);
    g_assert_cmpint (certificate->level, ==, KONKURS_LANGUAGE_LEVEL_NONE);
  }

  /* the ages in the rule set */
  rule_set = konkurs_store_find_rule_set_by_code (store, "kz-2023", &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_RETIREMENT_AGE_WOMEN, &value));
  g_assert_cmpint (value, ==, 61);

  /* the record's snapshots of rows without the new data did not change */
  verify_ok (store);
  g_clear_object (&store);
  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);
}

/* The new data goes in and comes back, and the record follows it. */
static void
test_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursCandidate) candidate = NULL;
  g_autoptr(KonkursCandidate) again = NULL;
  g_autoptr(KonkursVacancy) vacancy = NULL;
  g_autoptr(KonkursVacancy) vacancy_again = NULL;
  static const KonkursExperienceAlternative alternatives[] = {
    { 1, KONKURS_EXPERIENCE_CIVIL_SERVICE }, { 2, KONKURS_EXPERIENCE_FIELD },
  };
  KonkursExclusionPeriod period = { KONKURS_EXCLUSION_CORPS_A };
  KonkursCandidateCertificate *certificate;
  KonkursEmployment *job;

  konkurs_test_load_version (fixture->path, 6, (const char * const[]) { v6_people, konkurs_test_v5_competition, NULL });
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);

  candidate = konkurs_store_get_candidate (store, 1, &error);
  g_assert_no_error (error);
  certificate = g_ptr_array_index (konkurs_candidate_get_certificates (candidate), 0);
  certificate->level = KONKURS_LANGUAGE_LEVEL_B2;
  certificate->score = 88;
  certificate->max_score = 100;
  job = g_ptr_array_index (konkurs_candidate_get_employments (candidate), 0);
  job->civil_service = TRUE;
  g_date_clear (&period.from, 1);
  g_date_set_dmy (&period.from, 1, 1, 2020);
  g_date_clear (&period.until, 1);
  g_date_set_dmy (&period.until, 31, 12, 2024);
  konkurs_candidate_add_exclusion_period (candidate, &period);
  g_assert_true (konkurs_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);

  again = konkurs_store_get_candidate (store, 1, &error);
  g_assert_no_error (error);
  certificate = g_ptr_array_index (konkurs_candidate_get_certificates (again), 0);
  g_assert_cmpint (certificate->level, ==, KONKURS_LANGUAGE_LEVEL_B2);
  g_assert_cmpint (certificate->score, ==, 88);
  g_assert_cmpint (certificate->max_score, ==, 100);
  g_assert_true (((KonkursEmployment *) g_ptr_array_index (konkurs_candidate_get_employments (again), 0))->civil_service);
  g_assert_cmpuint (konkurs_candidate_get_exclusion_periods (again)->len, ==, 3);
  konkurs_test_assert_date (&g_array_index (konkurs_candidate_get_exclusion_periods (again), KonkursExclusionPeriod, 2).until,
                            2024, 12, 31);

  /* a level on a certificate of another kind is refused, saying which */
  certificate = g_ptr_array_index (konkurs_candidate_get_certificates (again), 0);
  certificate->kind = KONKURS_CERTIFICATE_LEGISLATION;
  g_assert_false (konkurs_store_save_candidate (store, again, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Certificate 1"));
  g_clear_error (&error);

  vacancy = konkurs_store_get_vacancy (store, 10, &error);
  g_assert_no_error (error);
  konkurs_vacancy_set_experience_alternatives (vacancy, alternatives, G_N_ELEMENTS (alternatives));
  g_assert_true (konkurs_store_save_vacancy (store, vacancy, &error));
  g_assert_no_error (error);
  vacancy_again = konkurs_store_get_vacancy (store, 10, &error);
  g_assert_cmpint (konkurs_vacancy_get_alternative_years (vacancy_again, KONKURS_EXPERIENCE_CIVIL_SERVICE), ==, 1);
  g_assert_cmpint (konkurs_vacancy_get_alternative_years (vacancy_again, KONKURS_EXPERIENCE_FIELD), ==, 2);

  verify_ok (store);
}

/* A table of that name in the way: the migration fails and the file stays
 * as it was. */
static void
test_failed (Fixture *fixture, gconstpointer data)
{
  g_autofree char *needle = g_strdup_printf ("version %d", ELIGIBILITY_VERSION);
  sqlite3 *db;

  konkurs_test_load_version (fixture->path, ELIGIBILITY_VERSION - 1,
                             (const char * const[]) { "CREATE TABLE candidate_exclusion (id INTEGER);", NULL });
  db = konkurs_test_assert_upgrade_leaves_file (fixture->path, fixture->calendar, needle, ELIGIBILITY_VERSION - 1);
  sqlite3_close (db);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, konkurs_test_migration_set_up, func, konkurs_test_migration_tear_down)
  ADD ("/migration-eligibility/upgrade", test_upgrade);
  ADD ("/migration-eligibility/round-trip", test_round_trip);
  ADD ("/migration-eligibility/failed", test_failed);
#undef ADD

  return g_test_run ();
}
