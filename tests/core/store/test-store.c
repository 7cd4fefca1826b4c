/* test-store.c — the SQLite store: value objects, rule sets, competitions,
 * vacancies and the errors of their rows (transactions, the schema's rules
 * and the file: test-store-file.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store.h"
#include "konkurs-store-private.h"
#include "konkurs-test-store.h"
#include "konkurs-test-util.h"
#include "konkurs-types.h"

typedef KonkursTestStoreFixture Fixture;

/* Types */

static void
test_types (void)
{
  KonkursProcedure procedure;
  KonkursCorps corps;
  KonkursLevel level;
  KonkursEducation education;
  KonkursDocLanguage language;

  g_assert_cmpstr (konkurs_procedure_to_code (KONKURS_PROCEDURE_CIVIL_SERVICE), ==, "civil-service");
  g_assert_cmpstr (konkurs_procedure_to_code (KONKURS_PROCEDURE_YOUTH_RESERVE), ==, "youth-reserve");
  g_assert_true (konkurs_procedure_from_code ("youth-reserve", &procedure));
  g_assert_cmpint (procedure, ==, KONKURS_PROCEDURE_YOUTH_RESERVE);
  g_assert_false (konkurs_procedure_from_code ("lottery", &procedure));
  g_assert_false (konkurs_procedure_from_code (NULL, &procedure));
  g_assert_cmpint (procedure, ==, KONKURS_PROCEDURE_YOUTH_RESERVE);

  g_assert_cmpstr (konkurs_corps_to_code (KONKURS_CORPS_A), ==, "A");
  g_assert_true (konkurs_corps_from_code ("B", &corps));
  g_assert_cmpint (corps, ==, KONKURS_CORPS_B);
  g_assert_false (konkurs_corps_from_code ("C", &corps));

  g_assert_cmpstr (konkurs_level_to_code (KONKURS_LEVEL_DISTRICT), ==, "district");
  g_assert_true (konkurs_level_from_code ("central", &level));
  g_assert_cmpint (level, ==, KONKURS_LEVEL_CENTRAL);
  g_assert_null (konkurs_level_to_code (0));

  g_assert_cmpstr (konkurs_education_to_code (KONKURS_EDUCATION_HIGHER), ==, "higher");
  g_assert_true (konkurs_education_from_code ("none", &education));
  g_assert_cmpint (education, ==, KONKURS_EDUCATION_NONE);
  g_assert_true (konkurs_education_from_code ("postgraduate", &education));
  g_assert_cmpint (education, ==, KONKURS_EDUCATION_POSTGRADUATE);

  g_assert_cmpstr (konkurs_doc_language_to_code (KONKURS_DOC_LANGUAGE_RU), ==, "ru");
  g_assert_true (konkurs_doc_language_from_code ("kk", &language));
  g_assert_cmpint (language, ==, KONKURS_DOC_LANGUAGE_KK);

  g_assert_cmpstr (konkurs_procedure_get_label (KONKURS_PROCEDURE_CIVIL_SERVICE), ==, "Civil-service competition");
  g_assert_cmpstr (konkurs_procedure_get_label (KONKURS_PROCEDURE_YOUTH_RESERVE), ==, "Youth Personnel Reserve selection");
  g_assert_cmpstr (konkurs_corps_get_label (KONKURS_CORPS_A), ==, "Corps A");
  g_assert_cmpstr (konkurs_level_get_label (KONKURS_LEVEL_CENTRAL), ==, "Central");
  g_assert_cmpstr (konkurs_education_get_label (KONKURS_EDUCATION_HIGHER), ==, "Higher education");
  g_assert_null (konkurs_education_get_label (42));
}

/* Value objects */

static void
count_notify (GObject *object, GParamSpec *pspec, guint *counter)
{
  (*counter)++;
}

static void
test_competition_object (void)
{
  g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();
  g_autoptr(KonkursCompetition) copy = NULL;
  g_autoptr(GDate) date = konkurs_test_date_new (2024, 3, 1);
  g_autoptr(GDate) same = konkurs_test_date_new (2024, 3, 1);
  g_autoptr(GDate) from_property = NULL;
  g_autoptr(KonkursLocalText) russian_only = konkurs_local_text_new (NULL, "Министерство финансов");
  g_autoptr(KonkursLocalText) from_body = NULL;
  guint n_title = 0, n_date = 0, n_any = 0;

  g_assert_cmpint (konkurs_competition_get_id (competition), ==, 0);
  g_assert_cmpint (konkurs_competition_get_procedure (competition), ==, KONKURS_PROCEDURE_CIVIL_SERVICE);
  g_assert_null (konkurs_competition_get_announcement_date (competition));
  g_assert_null (konkurs_competition_get_document_deadline (competition));

  g_signal_connect (competition, "notify::title", G_CALLBACK (count_notify), &n_title);
  g_signal_connect (competition, "notify::announcement-date", G_CALLBACK (count_notify), &n_date);
  g_signal_connect (competition, "notify", G_CALLBACK (count_notify), &n_any);

  konkurs_competition_set_title (competition, "Конкурс", NULL);
  konkurs_competition_set_title (competition, "Конкурс", NULL);
  g_assert_cmpint (n_title, ==, 1);

  konkurs_competition_set_announcement_date (competition, date);
  konkurs_competition_set_announcement_date (competition, same);
  g_assert_cmpint (n_date, ==, 1);
  konkurs_test_assert_date (konkurs_competition_get_announcement_date (competition), 2024, 3, 1);

  g_object_get (competition, "announcement-date", &from_property, NULL);
  konkurs_test_assert_date (from_property, 2024, 3, 1);

  g_object_set (competition, "state-body", russian_only, "procedure", KONKURS_PROCEDURE_YOUTH_RESERVE, NULL);
  g_object_set (competition, "state-body", russian_only, NULL);
  g_assert_cmpint (n_any, ==, 4);
  g_object_get (competition, "state-body", &from_body, NULL);
  g_assert_true (konkurs_local_text_equal (from_body, russian_only));
  g_assert_true (from_body != konkurs_competition_get_state_body_text (competition));

  konkurs_competition_set_announcement_date (competition, NULL);
  g_assert_null (konkurs_competition_get_announcement_date (competition));
  g_assert_cmpint (n_date, ==, 2);

  konkurs_competition_set_announcement_date (competition, date);
  copy = konkurs_competition_copy (competition);
  g_assert_true (copy != competition);
  /* the window shows the other language where the interface's is missing */
  g_assert_cmpstr (konkurs_competition_get_state_body (copy), ==, "Министерство финансов");
  g_assert_true (konkurs_local_text_equal (konkurs_competition_get_state_body_text (copy), russian_only));
  g_assert_cmpint (konkurs_competition_get_procedure (copy), ==, KONKURS_PROCEDURE_YOUTH_RESERVE);
  konkurs_test_assert_date (konkurs_competition_get_announcement_date (copy), 2024, 3, 1);
  g_assert_true (konkurs_competition_get_announcement_date (copy) !=
                 konkurs_competition_get_announcement_date (competition));
}

static void
test_vacancy_object (void)
{
  g_autoptr(KonkursVacancy) vacancy = konkurs_vacancy_new ();
  g_autoptr(KonkursVacancy) copy = NULL;
  g_autoptr(KonkursLocalText) title = konkurs_local_text_new ("Бас сарапшы", "Главный эксперт");
  guint n_seats = 0, n_leadership = 0;
  int corps = 0;

  g_assert_cmpint (konkurs_vacancy_get_seats (vacancy), ==, 1);
  g_assert_cmpstr (konkurs_vacancy_get_position_title (vacancy), ==, "");

  g_signal_connect (vacancy, "notify::seats", G_CALLBACK (count_notify), &n_seats);
  g_signal_connect (vacancy, "notify::leadership", G_CALLBACK (count_notify), &n_leadership);

  konkurs_vacancy_set_seats (vacancy, 3);
  konkurs_vacancy_set_seats (vacancy, 3);
  g_assert_cmpint (n_seats, ==, 1);
  konkurs_vacancy_set_leadership (vacancy, TRUE);
  konkurs_vacancy_set_leadership (vacancy, TRUE);
  g_assert_cmpint (n_leadership, ==, 1);

  g_object_set (vacancy, "corps", KONKURS_CORPS_A, "position-title", title, "code", "7", NULL);
  g_object_get (vacancy, "corps", &corps, NULL);
  g_assert_cmpint (corps, ==, KONKURS_CORPS_A);

  copy = konkurs_vacancy_copy (vacancy);
  g_assert_cmpint (konkurs_vacancy_get_seats (copy), ==, 3);
  g_assert_true (konkurs_vacancy_get_leadership (copy));
  g_assert_cmpstr (konkurs_vacancy_get_code (copy), ==, "7");
  g_assert_true (konkurs_local_text_equal (konkurs_vacancy_get_position_title_text (copy), title));
  /* in an interface that is not Russian, the Kazakh title */
  g_assert_cmpstr (konkurs_vacancy_get_position_title (copy), ==, "Бас сарапшы");
  g_assert_cmpint (konkurs_vacancy_get_corps (copy), ==, KONKURS_CORPS_A);
}

/* Rule sets */

static void
test_rule_sets (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rule_sets = konkurs_store_list_rule_sets (fixture->store, &error);
  g_autoptr(KonkursRuleSet) by_code = NULL;
  g_autoptr(KonkursRuleSet) by_date = NULL;
  g_autoptr(KonkursRuleSet) missing = NULL;
  g_autoptr(GDate) date = konkurs_test_date_new (2025, 6, 1);
  g_autoptr(GDate) too_early = konkurs_test_date_new (1999, 12, 31);
  g_auto(GStrv) keys = NULL;
  static const struct { const char *key; int value; } expected[] = {
    { KONKURS_RULE_DOCUMENT_REVIEW_DAYS, 3 },
    { KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, 12 },
    { KONKURS_RULE_YOUTH_MAX_AGE, 35 },
    { KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS, 5 },
    { KONKURS_RULE_LEGISLATION_QUESTIONS, 55 },
    { KONKURS_RULE_LEGISLATION_MINUTES, 55 },
    { KONKURS_RULE_LEGISLATION_PASS, 30 },
    { KONKURS_RULE_LEGISLATION_PASS_PER_ACT, 5 },
    { KONKURS_RULE_ESSAY_SCALE_MAX, 5 },
    { KONKURS_RULE_ESSAY_MAX_ADMITTED, 5 },
    { KONKURS_RULE_INTERVIEW_MAX_ADMITTED, 3 },
    { KONKURS_RULE_QUORUM_NUMERATOR, 2 },
    { KONKURS_RULE_QUORUM_DENOMINATOR, 3 },
    { KONKURS_RULE_RESERVE_TOP, 50 },
    { KONKURS_RULE_RESERVE_TERM_YEARS, 3 },
    { KONKURS_RULE_PUBLICATION_MIN_GROUP, 3 },
    { KONKURS_RULE_CIVIL_MIN_AGE, 18 },
    { KONKURS_RULE_RETIREMENT_AGE_MEN, 63 },
    { KONKURS_RULE_RETIREMENT_AGE_WOMEN, 61 },
  };
  KonkursRuleSet *rule_set;
  int value = -1;

  g_assert_no_error (error);
  /* Order No. 40 and Order No. 196, by the day they start */
  g_assert_cmpuint (rule_sets->len, ==, 2);
  rule_set = g_ptr_array_index (rule_sets, 0);
  g_assert_cmpstr (konkurs_rule_set_get_code (rule_set), ==, "kz-2023");
  g_assert_cmpstr (konkurs_rule_set_get_code (g_ptr_array_index (rule_sets, 1)), ==, "order-196");
  g_assert_nonnull (strstr (konkurs_local_text_get (konkurs_rule_set_get_name_text (rule_set), KONKURS_DOC_LANGUAGE_KK),
                            "№ 40 бұйрық"));
  g_assert_nonnull (strstr (konkurs_local_text_get (konkurs_rule_set_get_name_text (rule_set), KONKURS_DOC_LANGUAGE_RU),
                            "приказ № 40"));
  g_assert_nonnull (strstr (konkurs_local_text_get (konkurs_rule_set_get_source (rule_set), KONKURS_DOC_LANGUAGE_RU),
                            "№ 40"));
  /* the window shows the Kazakh name in an interface that is not Russian */
  g_assert_nonnull (strstr (konkurs_rule_set_get_name (rule_set), "қағидалары"));
  konkurs_test_assert_date (konkurs_rule_set_get_valid_from (rule_set), 2000, 1, 1);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      value = -1;
      g_assert_true (konkurs_rule_set_lookup_int (rule_set, expected[i].key, &value));
      g_assert_cmpint (value, ==, expected[i].value);
    }
  value = 42;
  g_assert_false (konkurs_rule_set_lookup_int (rule_set, "no-such-rule", &value));
  g_assert_cmpint (value, ==, 42);

  keys = konkurs_rule_set_list_keys (rule_set);
  g_assert_cmpuint (g_strv_length (keys), ==, G_N_ELEMENTS (expected));
  for (guint i = 1; keys[i] != NULL; i++)
    g_assert_cmpint (strcmp (keys[i - 1], keys[i]), <, 0);

  by_code = konkurs_store_find_rule_set_by_code (fixture->store, "kz-2023", &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_rule_set_get_id (by_code), ==, konkurs_rule_set_get_id (rule_set));

  missing = konkurs_store_find_rule_set_by_code (fixture->store, "kz-1990", &error);
  g_assert_null (missing);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "kz-1990"));
  g_clear_error (&error);

  /* For general competitions, Order No. 40 until 31 March 2026. */
  by_date = konkurs_store_get_rule_set_for_date (fixture->store, date, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_rule_set_get_code (by_date), ==, "kz-2023");
  g_clear_object (&by_date);
  g_date_set_dmy (date, 1, 4, 2026);
  by_date = konkurs_store_get_rule_set_for_date (fixture->store, date, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_rule_set_get_code (by_date), ==, "order-196");
  g_assert_true (konkurs_rule_set_lookup_int (by_date, KONKURS_RULE_DOCUMENT_REVIEW_DAYS, &value));
  g_assert_cmpint (value, ==, 3);

  g_clear_object (&missing);
  missing = konkurs_store_get_rule_set_for_date (fixture->store, too_early, &error);
  g_assert_null (missing);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
}

/* Competitions */

static void
test_competition_crud (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) older =
    konkurs_test_fixture_add_competition (fixture, "Министерство юстиции", 2024, 2, 1);
  g_autoptr(KonkursCompetition) newer =
    konkurs_test_fixture_add_competition (fixture, "Министерство финансов", 2024, 3, 1);
  g_autoptr(KonkursCompetition) fetched = NULL;
  g_autoptr(KonkursCompetition) gone = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDate) moved = konkurs_test_date_new (2024, 4, 15);

  g_assert_cmpint (fixture->n_competitions, ==, 2);
  g_assert_cmpint (fixture->n_vacancies, ==, 0);
  g_assert_cmpint (konkurs_competition_get_rule_set_id (newer), ==, 1);

  list = konkurs_store_list_competitions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  /* Newest announcement first. */
  g_assert_cmpint (konkurs_competition_get_id (g_ptr_array_index (list, 0)), ==, konkurs_competition_get_id (newer));
  g_assert_cmpint (konkurs_competition_get_id (g_ptr_array_index (list, 1)), ==, konkurs_competition_get_id (older));

  fetched = konkurs_store_get_competition (fixture->store, konkurs_competition_get_id (newer), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_competition_get_state_body (fetched), ==, "Министерство финансов");
  g_assert_cmpstr (konkurs_competition_get_title (fetched), ==, "Общий конкурс");
  g_assert_cmpint (konkurs_competition_get_procedure (fetched), ==, KONKURS_PROCEDURE_CIVIL_SERVICE);
  konkurs_test_assert_date (konkurs_competition_get_announcement_date (fetched), 2024, 3, 1);

  /* Update. */
  konkurs_competition_set_state_body (fetched, "Министерство финансов РК", NULL);
  konkurs_competition_set_procedure (fetched, KONKURS_PROCEDURE_YOUTH_RESERVE);
  konkurs_competition_set_announcement_date (fetched, moved);
  g_assert_true (konkurs_store_save_competition (fixture->store, fetched, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_competition_get_id (fetched), ==, konkurs_competition_get_id (newer));
  g_clear_object (&fetched);
  fetched = konkurs_store_get_competition (fixture->store, konkurs_competition_get_id (newer), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_competition_get_state_body (fetched), ==, "Министерство финансов РК");
  g_assert_cmpint (konkurs_competition_get_procedure (fetched), ==, KONKURS_PROCEDURE_YOUTH_RESERVE);
  konkurs_test_assert_date (konkurs_competition_get_announcement_date (fetched), 2024, 4, 15);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM competition"), ==, 2);

  /* Delete. */
  konkurs_test_fixture_reset (fixture);
  g_assert_true (konkurs_store_delete_competition (fixture->store, konkurs_competition_get_id (older), &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_competitions, ==, 1);
  gone = konkurs_store_get_competition (fixture->store, konkurs_competition_get_id (older), &error);
  g_assert_null (gone);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_false (konkurs_store_delete_competition (fixture->store, konkurs_competition_get_id (older), &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Saving a deleted competition does not bring it back silently. */
  g_assert_false (konkurs_store_save_competition (fixture->store, older, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);

  /* Who did what: 2 creates, 1 update, 1 delete, each with a snapshot. */
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db,
                                             "SELECT count(*) FROM audit_log WHERE table_name = 'competition'"), ==, 4);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db,
                                             "SELECT count(*) FROM audit_log WHERE action = 'delete' "
                                             "AND json_extract (before, '$.state_body_kk') = "
                                             "'Министерство юстиции'"), ==, 1);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    sqlite3_prepare_v2 (fixture->db,
                        "SELECT DISTINCT actor FROM audit_log WHERE action <> 'baseline'", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, g_get_user_name ());
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  }
}

static void
assert_invalid (Fixture            *fixture,
                KonkursCompetition *competition,
                const char         *message)
{
  g_autoptr(GError) error = NULL;

  konkurs_test_fixture_reset (fixture);
  g_assert_false (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (konkurs_competition_get_id (competition), ==, 0);
  g_assert_cmpint (fixture->n_changed, ==, 0);
}

static void
test_competition_validation (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("  \t ", 2024, 3, 1);
  g_autoptr(GDate) date = konkurs_test_date_new (2024, 3, 1);
  g_autoptr(GError) error = NULL;

  assert_invalid (fixture, competition, "The state body is required.");

  konkurs_competition_set_state_body (competition, "Агентство по делам государственной службы", NULL);
  konkurs_competition_set_announcement_date (competition, NULL);
  assert_invalid (fixture, competition, "The announcement date is required.");

  konkurs_competition_set_announcement_date (competition, date);
  konkurs_competition_set_rule_set_id (competition, 999);
  assert_invalid (fixture, competition, "The rule set of the competition does not exist.");

  konkurs_competition_set_rule_set_id (competition, 0);
  konkurs_competition_set_procedure (competition, 7);
  assert_invalid (fixture, competition,
                  "The procedure must be a civil-service competition or a Youth Personnel Reserve selection.");

  /* No rule set in force before 2000. */
  konkurs_competition_set_procedure (competition, KONKURS_PROCEDURE_CIVIL_SERVICE);
  g_date_set_dmy (date, 31, 12, 1999);
  konkurs_competition_set_announcement_date (competition, date);
  g_assert_false (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "31.12.1999"));

  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM competition"), ==, 0);
  /* only the baselines of the rule sets a new database starts with */
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM audit_log "
                                             "WHERE action <> 'baseline'"), ==, 0);
}

static void
test_competition_deadline (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  /* Friday 1 March 2024: Monday 4, Tuesday 5, Wednesday 6. */
  g_autoptr(KonkursCompetition) friday =
    konkurs_test_fixture_add_competition (fixture, "Акимат города Алматы", 2024, 3, 1);
  /* Thursday 7 March 2024: Friday 8 is Women's Day, then 11, 12, 13. */
  g_autoptr(KonkursCompetition) holiday =
    konkurs_test_fixture_add_competition (fixture, "Акимат области Абай", 2024, 3, 7);
  /* 2031 is not in the calendar: no deadline, but saved and listed. */
  g_autoptr(KonkursCompetition) unknown_year =
    konkurs_test_fixture_add_competition (fixture, "Министерство энергетики", 2031, 1, 15);
  g_autoptr(KonkursCompetition) fetched = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GDate) date = konkurs_test_date_new (2024, 3, 1);

  konkurs_test_assert_date (konkurs_competition_get_document_deadline (friday), 2024, 3, 6);
  konkurs_test_assert_date (konkurs_competition_get_document_deadline (holiday), 2024, 3, 13);
  g_assert_null (konkurs_competition_get_document_deadline (unknown_year));
  g_assert_cmpint (konkurs_competition_get_id (unknown_year), >, 0);

  list = konkurs_store_list_competitions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);
  g_assert_null (konkurs_competition_get_document_deadline (g_ptr_array_index (list, 0)));
  konkurs_test_assert_date (konkurs_competition_get_document_deadline (g_ptr_array_index (list, 1)), 2024, 3, 13);
  konkurs_test_assert_date (konkurs_competition_get_document_deadline (g_ptr_array_index (list, 2)), 2024, 3, 6);

  fetched = konkurs_store_get_competition (fixture->store, konkurs_competition_get_id (friday), &error);
  g_assert_no_error (error);
  konkurs_test_assert_date (konkurs_competition_get_document_deadline (fetched), 2024, 3, 6);

  /* The deadline is computed, never stored. */
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db,
                                             "SELECT count(*) FROM pragma_table_info ('competition') "
                                             "WHERE name LIKE '%deadline%'"), ==, 0);

  /* compute_deadline says why it could not compute. */
  g_assert_false (konkurs_store_compute_deadline (fixture->store, unknown_year, &error));
  g_assert_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_NO_DATA);
  g_assert_null (konkurs_competition_get_document_deadline (unknown_year));
  g_clear_error (&error);

  /* Unsaved, with rule set 0: the rule set in force is used. */
  g_clear_object (&fetched);
  fetched = konkurs_test_competition_new ("Министерство просвещения", 2025, 1, 2);
  g_assert_true (konkurs_store_compute_deadline (fixture->store, fetched, &error));
  g_assert_no_error (error);
  /* Thursday 2 January 2025 is a holiday, Friday 3 a moved day off,
   * Sunday 5 a working day: 5, 6, 8 (7 is Christmas). */
  konkurs_test_assert_date (konkurs_competition_get_document_deadline (fetched), 2025, 1, 8);

  /* A rule set with more review days gives a later deadline. */
  konkurs_test_exec (fixture->db,
                     "INSERT INTO rule_set (id, code, name_kk, valid_from) VALUES (5, 'test', 'Test rules', "
                     "'2024-02-01');"
                     "INSERT INTO rule_value VALUES (5, 'document-review-days', 7);"
                     "UPDATE rule_set_validity SET valid_until = '2024-01-31' WHERE rule_set_id = 1 "
                     "AND scope = 'general';"
                     "INSERT INTO rule_set_validity VALUES (5, 'general', '2024-02-01', NULL);");
  konkurs_competition_set_rule_set_id (friday, 0);
  konkurs_competition_set_announcement_date (friday, date);
  g_assert_true (konkurs_store_save_competition (fixture->store, friday, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_competition_get_rule_set_id (friday), ==, 5);
  /* 4, 5, 6, 7, [8 holiday], 11, 12, 13 */
  konkurs_test_assert_date (konkurs_competition_get_document_deadline (friday), 2024, 3, 13);
}

/* Vacancies */

static void
test_vacancy_crud (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) first =
    konkurs_test_fixture_add_competition (fixture, "Министерство финансов", 2024, 3, 1);
  g_autoptr(KonkursCompetition) second =
    konkurs_test_fixture_add_competition (fixture, "Министерство юстиции", 2024, 3, 5);
  g_autoptr(KonkursVacancy) a = NULL;
  g_autoptr(KonkursVacancy) b = NULL;
  g_autoptr(KonkursVacancy) c = NULL;
  g_autoptr(KonkursVacancy) fetched = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 first_id = konkurs_competition_get_id (first);

  konkurs_test_fixture_reset (fixture);
  a = konkurs_test_fixture_add_vacancy (fixture, first_id, "Главный эксперт");
  b = konkurs_test_fixture_add_vacancy (fixture, first_id, "Руководитель управления");
  c = konkurs_test_fixture_add_vacancy (fixture, konkurs_competition_get_id (second), "Бас маман");
  g_assert_cmpint (fixture->n_vacancies, ==, 3);
  g_assert_cmpint (fixture->n_competitions, ==, 0);

  list = konkurs_store_list_vacancies (fixture->store, first_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpint (konkurs_vacancy_get_id (g_ptr_array_index (list, 0)), ==, konkurs_vacancy_get_id (a));
  g_assert_cmpint (konkurs_vacancy_get_id (g_ptr_array_index (list, 1)), ==, konkurs_vacancy_get_id (b));
  g_clear_pointer (&list, g_ptr_array_unref);

  list = konkurs_store_list_vacancies (fixture->store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 3);

  fetched = konkurs_store_get_vacancy (fixture->store, konkurs_vacancy_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_vacancy_get_position_title (fetched), ==, "Главный эксперт");
  g_assert_cmpint (konkurs_vacancy_get_competition_id (fetched), ==, first_id);
  g_assert_cmpint (konkurs_vacancy_get_corps (fetched), ==, KONKURS_CORPS_B);
  g_assert_cmpstr (konkurs_vacancy_get_category (fetched), ==, "C-O-4");
  g_assert_cmpint (konkurs_vacancy_get_level (fetched), ==, KONKURS_LEVEL_REGIONAL);
  g_assert_cmpint (konkurs_vacancy_get_seats (fetched), ==, 2);
  g_assert_cmpint (konkurs_vacancy_get_education (fetched), ==, KONKURS_EDUCATION_HIGHER);
  g_assert_cmpint (konkurs_vacancy_get_experience_years (fetched), ==, 3);
  g_assert_false (konkurs_vacancy_get_leadership (fetched));

  konkurs_vacancy_set_leadership (fetched, TRUE);
  konkurs_vacancy_set_sector (fetched, "цифровизация", NULL);
  konkurs_vacancy_set_requirements (fetched, "Знание Закона «О государственной службе»", NULL);
  konkurs_vacancy_set_corps (fetched, KONKURS_CORPS_A);
  g_assert_true (konkurs_store_save_vacancy (fixture->store, fetched, &error));
  g_assert_no_error (error);
  g_clear_object (&fetched);
  fetched = konkurs_store_get_vacancy (fixture->store, konkurs_vacancy_get_id (a), &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_vacancy_get_leadership (fetched));
  g_assert_cmpstr (konkurs_vacancy_get_sector (fetched), ==, "цифровизация");
  g_assert_cmpstr (konkurs_vacancy_get_requirements (fetched), ==, "Знание Закона «О государственной службе»");
  g_assert_cmpint (konkurs_vacancy_get_corps (fetched), ==, KONKURS_CORPS_A);

  konkurs_test_fixture_reset (fixture);
  g_assert_true (konkurs_store_delete_vacancy (fixture->store, konkurs_vacancy_get_id (b), &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_vacancies, ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = konkurs_store_list_vacancies (fixture->store, first_id, &error);
  g_assert_cmpuint (list->len, ==, 1);

  g_assert_false (konkurs_store_delete_vacancy (fixture->store, konkurs_vacancy_get_id (b), &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Undo: back with its old id. */
  g_assert_true (konkurs_store_restore_vacancy (fixture->store, b, &error));
  g_assert_no_error (error);
  g_clear_object (&fetched);
  fetched = konkurs_store_get_vacancy (fixture->store, konkurs_vacancy_get_id (b), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_vacancy_get_position_title (fetched), ==, "Руководитель управления");

  /* Restoring what is there already is a duplicate. */
  g_assert_false (konkurs_store_restore_vacancy (fixture->store, b, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
}

static void
assert_vacancy_invalid (Fixture        *fixture,
                        KonkursVacancy *vacancy,
                        const char     *message)
{
  g_autoptr(GError) error = NULL;

  konkurs_test_fixture_reset (fixture);
  g_assert_false (konkurs_store_save_vacancy (fixture->store, vacancy, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (konkurs_vacancy_get_id (vacancy), ==, 0);
  g_assert_cmpint (fixture->n_changed, ==, 0);
}

static void
test_vacancy_validation (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCompetition) competition =
    konkurs_test_fixture_add_competition (fixture, "Министерство финансов", 2024, 3, 1);
  g_autoptr(KonkursVacancy) vacancy = konkurs_test_vacancy_new (konkurs_competition_get_id (competition), "");

  assert_vacancy_invalid (fixture, vacancy, "The position title is required.");
  konkurs_vacancy_set_position_title (vacancy, "Главный эксперт", NULL);

  konkurs_vacancy_set_seats (vacancy, 0);
  assert_vacancy_invalid (fixture, vacancy, "A vacancy needs at least one seat.");
  konkurs_vacancy_set_seats (vacancy, 1);

  konkurs_vacancy_set_experience_years (vacancy, -1);
  assert_vacancy_invalid (fixture, vacancy, "The required work experience cannot be negative.");
  konkurs_vacancy_set_experience_years (vacancy, 0);

  konkurs_vacancy_set_corps (vacancy, 3);
  assert_vacancy_invalid (fixture, vacancy, "The corps must be A or B.");
  konkurs_vacancy_set_corps (vacancy, KONKURS_CORPS_A);

  konkurs_vacancy_set_level (vacancy, 4);
  assert_vacancy_invalid (fixture, vacancy, "The level must be central, regional or district.");
  konkurs_vacancy_set_level (vacancy, KONKURS_LEVEL_DISTRICT);

  konkurs_vacancy_set_education (vacancy, 9);
  assert_vacancy_invalid (fixture, vacancy, "The required education is not one Konkurs knows.");
  konkurs_vacancy_set_education (vacancy, KONKURS_EDUCATION_NONE);

  konkurs_vacancy_set_competition_id (vacancy, 0);
  assert_vacancy_invalid (fixture, vacancy, "The vacancy must belong to a competition that exists.");
  konkurs_vacancy_set_competition_id (vacancy, 4242);
  assert_vacancy_invalid (fixture, vacancy, "The vacancy must belong to a competition that exists.");

  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM vacancy"), ==, 0);
}

static void
test_cascade_and_restore (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition =
    konkurs_test_fixture_add_competition (fixture, "Министерство финансов", 2024, 3, 1);
  g_autoptr(KonkursCompetition) other =
    konkurs_test_fixture_add_competition (fixture, "Министерство юстиции", 2024, 3, 1);
  gint64 id = konkurs_competition_get_id (competition);
  g_autoptr(KonkursVacancy) a = konkurs_test_fixture_add_vacancy (fixture, id, "Главный эксперт");
  g_autoptr(KonkursVacancy) b = konkurs_test_fixture_add_vacancy (fixture, id, "Эксперт");
  g_autoptr(KonkursVacancy) kept =
    konkurs_test_fixture_add_vacancy (fixture, konkurs_competition_get_id (other), "Бас маман");
  g_autoptr(KonkursCompetition) restored = NULL;
  g_autoptr(GPtrArray) vacancies = konkurs_store_list_vacancies (fixture->store, id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (vacancies->len, ==, 2);

  konkurs_test_fixture_reset (fixture);
  g_assert_true (konkurs_store_delete_competition (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_competitions, ==, 1);
  g_assert_cmpint (fixture->n_vacancies, ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM vacancy"), ==, 1);
  /* The log keeps a copy of every deleted row. */
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db,
                                             "SELECT count(*) FROM audit_log WHERE action = 'delete' AND table_name = "
                                             "'vacancy'"),
                   ==, 2);

  konkurs_test_fixture_reset (fixture);
  g_assert_true (konkurs_store_restore_competition (fixture->store, competition, vacancies, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_competitions, ==, 1);
  g_assert_cmpint (fixture->n_vacancies, ==, 1);

  restored = konkurs_store_get_competition (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_competition_get_state_body (restored), ==, "Министерство финансов");
  g_clear_pointer (&vacancies, g_ptr_array_unref);
  vacancies = konkurs_store_list_vacancies (fixture->store, id, &error);
  g_assert_cmpuint (vacancies->len, ==, 2);
  g_assert_cmpint (konkurs_vacancy_get_id (g_ptr_array_index (vacancies, 0)), ==, konkurs_vacancy_get_id (a));
  g_assert_cmpint (konkurs_vacancy_get_id (g_ptr_array_index (vacancies, 1)), ==, konkurs_vacancy_get_id (b));
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db,
                                             "SELECT count(*) FROM audit_log WHERE action = 'restore'"), ==, 3);

  /* A failed restore (the id is taken) leaves nothing behind. */
  konkurs_test_fixture_reset (fixture);
  g_assert_false (konkurs_store_restore_competition (fixture->store, competition, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (fixture->n_changed, ==, 0);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM competition"), ==, 2);
}

/* Rows of the later domain, with raw SQL: a candidate and an application. */
static void
add_application (KonkursStore *store,
                 gint64        competition_id,
                 gint64        vacancy_id,
                 const char   *iin,
                 const char   *personal_code,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) candidate = NULL;
  g_autoptr(sqlite3_stmt) application = NULL;
  sqlite3 *db = konkurs_store_get_db (store);
  int rc;

  sqlite3_prepare_v2 (db,
                      "INSERT OR IGNORE INTO candidate (iin, surname, name, birth_date, sex) "
                      "VALUES (?1, 'Сейтқали', 'Айгерім', '1995-04-12', 'F')",
                      -1, &candidate, NULL);
  sqlite3_bind_text (candidate, 1, iin, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (candidate), ==, SQLITE_DONE);

  sqlite3_prepare_v2 (db,
                      "INSERT INTO application (candidate_id, competition_id, vacancy_id, personal_code, received_on) "
                      "VALUES ((SELECT id FROM candidate WHERE iin = ?1), ?2, ?3, ?4, '2024-03-02')",
                      -1, &application, NULL);
  sqlite3_bind_text (application, 1, iin, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (application, 2, competition_id);
  sqlite3_bind_int64 (application, 3, vacancy_id);
  sqlite3_bind_text (application, 4, personal_code, -1, SQLITE_STATIC);
  rc = sqlite3_step (application);
  if (rc != SQLITE_DONE)
    konkurs_store_set_sqlite_error (store, rc, error);
}

static void
test_in_use (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition =
    konkurs_test_fixture_add_competition (fixture, "Министерство финансов", 2024, 3, 1);
  gint64 id = konkurs_competition_get_id (competition);
  g_autoptr(KonkursVacancy) vacancy = konkurs_test_fixture_add_vacancy (fixture, id, "Главный эксперт");

  add_application (fixture->store, id, konkurs_vacancy_get_id (vacancy), "950412400123", "K-0001", &error);
  g_assert_no_error (error);

  konkurs_test_fixture_reset (fixture);
  g_assert_false (konkurs_store_delete_competition (fixture->store, id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==, "The competition cannot be deleted because candidates have applied to it.");
  g_clear_error (&error);

  g_assert_false (konkurs_store_delete_vacancy (fixture->store, konkurs_vacancy_get_id (vacancy), &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  /* Nothing changed, nothing logged, nothing announced. */
  g_assert_cmpint (fixture->n_changed, ==, 0);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM competition"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM vacancy"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db,
                                             "SELECT count(*) FROM audit_log WHERE action = 'delete'"), ==, 0);
}

static void
test_duplicate (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition =
    konkurs_test_fixture_add_competition (fixture, "Министерство финансов", 2024, 3, 1);
  gint64 id = konkurs_competition_get_id (competition);
  g_autoptr(KonkursVacancy) first = konkurs_test_fixture_add_vacancy (fixture, id, "Главный эксперт");
  g_autoptr(KonkursVacancy) second = konkurs_test_fixture_add_vacancy (fixture, id, "Эксперт");

  add_application (fixture->store, id, konkurs_vacancy_get_id (first), "950412400123", "K-0001", &error);
  g_assert_no_error (error);
  add_application (fixture->store, id, konkurs_vacancy_get_id (second), "880101300456", "K-0001", &error);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "personal code"));
  g_clear_error (&error);

  /* The same candidate twice for one vacancy. */
  add_application (fixture->store, id, konkurs_vacancy_get_id (first), "950412400123", "K-0002", &error);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);

  /* A vacancy of another competition. */
  {
    g_autoptr(KonkursCompetition) other =
      konkurs_test_fixture_add_competition (fixture, "Министерство юстиции", 2024, 3, 1);

    add_application (fixture->store, konkurs_competition_get_id (other), konkurs_vacancy_get_id (first),
                     "950412400123", "K-0003", &error);
    g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/types", test_types);
  g_test_add_func ("/store/competition/object", test_competition_object);
  g_test_add_func ("/store/vacancy/object", test_vacancy_object);

#define ADD(path, func) g_test_add (path, Fixture, NULL, konkurs_test_fixture_set_up, func, \
                                  konkurs_test_fixture_tear_down)
  ADD ("/store/rule-sets", test_rule_sets);
  ADD ("/store/competition/crud", test_competition_crud);
  ADD ("/store/competition/validation", test_competition_validation);
  ADD ("/store/competition/deadline", test_competition_deadline);
  ADD ("/store/competition/cascade-and-restore", test_cascade_and_restore);
  ADD ("/store/vacancy/crud", test_vacancy_crud);
  ADD ("/store/vacancy/validation", test_vacancy_validation);
  ADD ("/store/errors/in-use", test_in_use);
  ADD ("/store/errors/duplicate", test_duplicate);
#undef ADD

  return g_test_run ();
}
