/* test-store.c — the SQLite store: value objects, rule sets, competitions,
 * vacancies, transactions, locking and errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store.h"
#include "konkurs-store-private.h"
#include "konkurs-test-util.h"
#include "konkurs-types.h"

typedef struct {
  char            *dir;
  KonkursCalendar *calendar;
  KonkursStore    *store;
  guint            n_changed;
  guint            n_competitions;
  guint            n_vacancies;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-store-XXXXXX");
  fixture->calendar = konkurs_test_calendar_new ();
  fixture->store = konkurs_test_store_open (NULL, fixture->calendar);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (konkurs_test_count_changes),
                    &fixture->n_changed);
  g_signal_connect (fixture->store, "changed::competitions", G_CALLBACK (konkurs_test_count_changes),
                    &fixture->n_competitions);
  g_signal_connect (fixture->store, "changed::vacancies", G_CALLBACK (konkurs_test_count_changes),
                    &fixture->n_vacancies);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->calendar);
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
reset_counters (Fixture *fixture)
{
  fixture->n_changed = fixture->n_competitions = fixture->n_vacancies = 0;
}

static KonkursCompetition *
make_competition (const char *state_body, int year, int month, int day)
{
  KonkursCompetition *competition = konkurs_competition_new ();
  g_autoptr(GDate) date = konkurs_test_date_new (year, month, day);

  konkurs_competition_set_state_body (competition, state_body, NULL);
  konkurs_competition_set_title (competition, "Общий конкурс", NULL);
  konkurs_competition_set_announcement_date (competition, date);
  return competition;
}

static KonkursCompetition *
save_new_competition (Fixture *fixture, const char *state_body, int year, int month, int day)
{
  g_autoptr(GError) error = NULL;
  KonkursCompetition *competition = make_competition (state_body, year, month, day);

  g_assert_true (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_competition_get_id (competition), >, 0);
  return competition;
}

static KonkursVacancy *
make_vacancy (gint64 competition_id, const char *title)
{
  KonkursVacancy *vacancy = konkurs_vacancy_new ();

  konkurs_vacancy_set_competition_id (vacancy, competition_id);
  konkurs_vacancy_set_position_title (vacancy, title, NULL);
  konkurs_vacancy_set_corps (vacancy, KONKURS_CORPS_B);
  konkurs_vacancy_set_category (vacancy, "C-O-4");
  konkurs_vacancy_set_level (vacancy, KONKURS_LEVEL_REGIONAL);
  konkurs_vacancy_set_seats (vacancy, 2);
  konkurs_vacancy_set_education (vacancy, KONKURS_EDUCATION_HIGHER);
  konkurs_vacancy_set_experience_years (vacancy, 3);
  return vacancy;
}

static KonkursVacancy *
save_new_vacancy (Fixture *fixture, gint64 competition_id, const char *title)
{
  g_autoptr(GError) error = NULL;
  KonkursVacancy *vacancy = make_vacancy (competition_id, title);

  g_assert_true (konkurs_store_save_vacancy (fixture->store, vacancy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_vacancy_get_id (vacancy), >, 0);
  return vacancy;
}

static void
exec_ok (KonkursStore *store, const char *sql)
{
  char *errmsg = NULL;
  int rc = sqlite3_exec (konkurs_store_get_db (store), sql, NULL, NULL, &errmsg);

  if (rc != SQLITE_OK)
    g_error ("%s: %s", sql, errmsg);
}

static gint64
query_int64 (KonkursStore *store, const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (konkurs_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

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
  };
  KonkursRuleSet *rule_set;
  int value = -1;

  g_assert_no_error (error);
  g_assert_cmpuint (rule_sets->len, ==, 1);
  rule_set = g_ptr_array_index (rule_sets, 0);
  g_assert_cmpstr (konkurs_rule_set_get_code (rule_set), ==, "kz-2023");
  g_assert_cmpstr (konkurs_local_text_get (konkurs_rule_set_get_name_text (rule_set), KONKURS_DOC_LANGUAGE_KK), ==,
                   "Конкурс өткізу қағидалары (2023 жылғы редакция)");
  g_assert_cmpstr (konkurs_local_text_get (konkurs_rule_set_get_name_text (rule_set), KONKURS_DOC_LANGUAGE_RU), ==,
                   "Правила проведения конкурса (редакция 2023 года)");
  /* the window shows the Kazakh name in an interface that is not Russian */
  g_assert_cmpstr (konkurs_rule_set_get_name (rule_set), ==, "Конкурс өткізу қағидалары (2023 жылғы редакция)");
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

  /* A newer rule set takes over from its first day. */
  exec_ok (fixture->store,
           "INSERT INTO rule_set (id, code, name_kk, valid_from) VALUES (7, 'kz-2026', 'Rules of 2026', '2026-01-01');"
           "INSERT INTO rule_value VALUES (7, 'document-review-days', 5);");
  by_date = konkurs_store_get_rule_set_for_date (fixture->store, date, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_rule_set_get_code (by_date), ==, "kz-2023");
  g_clear_object (&by_date);
  g_date_set_dmy (date, 1, 1, 2026);
  by_date = konkurs_store_get_rule_set_for_date (fixture->store, date, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_rule_set_get_code (by_date), ==, "kz-2026");
  g_assert_true (konkurs_rule_set_lookup_int (by_date, KONKURS_RULE_DOCUMENT_REVIEW_DAYS, &value));
  g_assert_cmpint (value, ==, 5);

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
  g_autoptr(KonkursCompetition) older = save_new_competition (fixture, "Министерство юстиции", 2024, 2, 1);
  g_autoptr(KonkursCompetition) newer = save_new_competition (fixture, "Министерство финансов", 2024, 3, 1);
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
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM competition"), ==, 2);

  /* Delete. */
  reset_counters (fixture);
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
  g_assert_cmpint (query_int64 (fixture->store,
                                "SELECT count(*) FROM audit_log WHERE table_name = 'competition'"), ==, 4);
  g_assert_cmpint (query_int64 (fixture->store,
                                "SELECT count(*) FROM audit_log WHERE action = 'delete' AND "
                                "json_extract (details, '$.state_body_kk') = 'Министерство юстиции'"), ==, 1);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    sqlite3_prepare_v2 (konkurs_store_get_db (fixture->store),
                        "SELECT DISTINCT actor FROM audit_log", -1, &stmt, NULL);
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

  reset_counters (fixture);
  g_assert_false (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (konkurs_competition_get_id (competition), ==, 0);
  g_assert_cmpint (fixture->n_changed, ==, 0);
}

static void
test_competition_validation (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCompetition) competition = make_competition ("  \t ", 2024, 3, 1);
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

  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM competition"), ==, 0);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_competition_deadline (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  /* Friday 1 March 2024: Monday 4, Tuesday 5, Wednesday 6. */
  g_autoptr(KonkursCompetition) friday = save_new_competition (fixture, "Акимат города Алматы", 2024, 3, 1);
  /* Thursday 7 March 2024: Friday 8 is Women's Day, then 11, 12, 13. */
  g_autoptr(KonkursCompetition) holiday = save_new_competition (fixture, "Акимат области Абай", 2024, 3, 7);
  /* 2031 is not in the calendar: no deadline, but saved and listed. */
  g_autoptr(KonkursCompetition) unknown_year = save_new_competition (fixture, "Министерство энергетики", 2031, 1, 15);
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
  g_assert_cmpint (query_int64 (fixture->store,
                                "SELECT count(*) FROM pragma_table_info ('competition') "
                                "WHERE name LIKE '%deadline%'"), ==, 0);

  /* compute_deadline says why it could not compute. */
  g_assert_false (konkurs_store_compute_deadline (fixture->store, unknown_year, &error));
  g_assert_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_NO_DATA);
  g_assert_null (konkurs_competition_get_document_deadline (unknown_year));
  g_clear_error (&error);

  /* Unsaved, with rule set 0: the rule set in force is used. */
  g_clear_object (&fetched);
  fetched = make_competition ("Министерство просвещения", 2025, 1, 2);
  g_assert_true (konkurs_store_compute_deadline (fixture->store, fetched, &error));
  g_assert_no_error (error);
  /* Thursday 2 January 2025 is a holiday, Friday 3 a moved day off,
   * Sunday 5 a working day: 5, 6, 8 (7 is Christmas). */
  konkurs_test_assert_date (konkurs_competition_get_document_deadline (fetched), 2025, 1, 8);

  /* A rule set with more review days gives a later deadline. */
  exec_ok (fixture->store,
           "INSERT INTO rule_set (id, code, name_kk, valid_from) VALUES (5, 'test', 'Test rules', '2024-02-01');"
           "INSERT INTO rule_value VALUES (5, 'document-review-days', 7);");
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
  g_autoptr(KonkursCompetition) first = save_new_competition (fixture, "Министерство финансов", 2024, 3, 1);
  g_autoptr(KonkursCompetition) second = save_new_competition (fixture, "Министерство юстиции", 2024, 3, 5);
  g_autoptr(KonkursVacancy) a = NULL;
  g_autoptr(KonkursVacancy) b = NULL;
  g_autoptr(KonkursVacancy) c = NULL;
  g_autoptr(KonkursVacancy) fetched = NULL;
  g_autoptr(GPtrArray) list = NULL;
  gint64 first_id = konkurs_competition_get_id (first);

  reset_counters (fixture);
  a = save_new_vacancy (fixture, first_id, "Главный эксперт");
  b = save_new_vacancy (fixture, first_id, "Руководитель управления");
  c = save_new_vacancy (fixture, konkurs_competition_get_id (second), "Бас маман");
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

  reset_counters (fixture);
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

  reset_counters (fixture);
  g_assert_false (konkurs_store_save_vacancy (fixture->store, vacancy, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpint (konkurs_vacancy_get_id (vacancy), ==, 0);
  g_assert_cmpint (fixture->n_changed, ==, 0);
}

static void
test_vacancy_validation (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCompetition) competition = save_new_competition (fixture, "Министерство финансов", 2024, 3, 1);
  g_autoptr(KonkursVacancy) vacancy = make_vacancy (konkurs_competition_get_id (competition), "");

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

  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM vacancy"), ==, 0);
}

static void
test_cascade_and_restore (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = save_new_competition (fixture, "Министерство финансов", 2024, 3, 1);
  g_autoptr(KonkursCompetition) other = save_new_competition (fixture, "Министерство юстиции", 2024, 3, 1);
  gint64 id = konkurs_competition_get_id (competition);
  g_autoptr(KonkursVacancy) a = save_new_vacancy (fixture, id, "Главный эксперт");
  g_autoptr(KonkursVacancy) b = save_new_vacancy (fixture, id, "Эксперт");
  g_autoptr(KonkursVacancy) kept = save_new_vacancy (fixture, konkurs_competition_get_id (other), "Бас маман");
  g_autoptr(KonkursCompetition) restored = NULL;
  g_autoptr(GPtrArray) vacancies = konkurs_store_list_vacancies (fixture->store, id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (vacancies->len, ==, 2);

  reset_counters (fixture);
  g_assert_true (konkurs_store_delete_competition (fixture->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_competitions, ==, 1);
  g_assert_cmpint (fixture->n_vacancies, ==, 1);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM vacancy"), ==, 1);
  /* The log keeps a copy of every deleted row. */
  g_assert_cmpint (query_int64 (fixture->store,
                                "SELECT count(*) FROM audit_log WHERE action = 'delete' AND table_name = 'vacancy'"),
                   ==, 2);

  reset_counters (fixture);
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
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM audit_log WHERE action = 'restore'"), ==, 3);

  /* A failed restore (the id is taken) leaves nothing behind. */
  reset_counters (fixture);
  g_assert_false (konkurs_store_restore_competition (fixture->store, competition, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_assert_cmpint (fixture->n_changed, ==, 0);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM competition"), ==, 2);
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
  g_autoptr(KonkursCompetition) competition = save_new_competition (fixture, "Министерство финансов", 2024, 3, 1);
  gint64 id = konkurs_competition_get_id (competition);
  g_autoptr(KonkursVacancy) vacancy = save_new_vacancy (fixture, id, "Главный эксперт");

  add_application (fixture->store, id, konkurs_vacancy_get_id (vacancy), "950412400123", "K-0001", &error);
  g_assert_no_error (error);

  reset_counters (fixture);
  g_assert_false (konkurs_store_delete_competition (fixture->store, id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==, "The competition cannot be deleted because candidates have applied to it.");
  g_clear_error (&error);

  g_assert_false (konkurs_store_delete_vacancy (fixture->store, konkurs_vacancy_get_id (vacancy), &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  /* Nothing changed, nothing logged, nothing announced. */
  g_assert_cmpint (fixture->n_changed, ==, 0);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM competition"), ==, 1);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM vacancy"), ==, 1);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM audit_log WHERE action = 'delete'"), ==, 0);
}

static void
test_duplicate (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = save_new_competition (fixture, "Министерство финансов", 2024, 3, 1);
  gint64 id = konkurs_competition_get_id (competition);
  g_autoptr(KonkursVacancy) first = save_new_vacancy (fixture, id, "Главный эксперт");
  g_autoptr(KonkursVacancy) second = save_new_vacancy (fixture, id, "Эксперт");

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
    g_autoptr(KonkursCompetition) other = save_new_competition (fixture, "Министерство юстиции", 2024, 3, 1);

    add_application (fixture->store, konkurs_competition_get_id (other), konkurs_vacancy_get_id (first),
                     "950412400123", "K-0003", &error);
    g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  }
}

/* Transactions */

static void
test_transaction_rollback (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursVacancy) vacancy = NULL;
  g_autoptr(GPtrArray) list = NULL;

  reset_counters (fixture);
  g_assert_true (konkurs_store_begin (fixture->store, &error));
  g_assert_no_error (error);

  /* Not nestable. */
  g_assert_false (konkurs_store_begin (fixture->store, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED);
  g_clear_error (&error);

  competition = save_new_competition (fixture, "Министерство финансов", 2024, 3, 1);
  vacancy = save_new_vacancy (fixture, konkurs_competition_get_id (competition), "Главный эксперт");
  g_assert_cmpint (fixture->n_changed, ==, 0);

  konkurs_store_rollback (fixture->store);
  g_assert_cmpint (fixture->n_changed, ==, 0);

  list = konkurs_store_list_competitions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM vacancy"), ==, 0);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM audit_log"), ==, 0);

  /* Rollback without a transaction does nothing; commit without one fails. */
  konkurs_store_rollback (fixture->store);
  g_assert_false (konkurs_store_commit (fixture->store, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED);
  g_assert_cmpint (fixture->n_changed, ==, 0);
}

static void
test_transaction_commit (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = save_new_competition (fixture, "Министерство финансов", 2024, 3, 1);
  gint64 id = konkurs_competition_get_id (competition);
  g_autoptr(KonkursVacancy) a = NULL;
  g_autoptr(KonkursVacancy) b = NULL;
  g_autoptr(KonkursVacancy) bad = make_vacancy (id, "Эксперт");

  reset_counters (fixture);
  g_assert_true (konkurs_store_begin (fixture->store, &error));
  a = save_new_vacancy (fixture, id, "Главный эксперт");
  b = save_new_vacancy (fixture, id, "Ведущий эксперт");
  konkurs_vacancy_set_seats (bad, 0);
  g_assert_false (konkurs_store_save_vacancy (fixture->store, bad, &error));
  g_clear_error (&error);
  g_assert_true (konkurs_store_delete_vacancy (fixture->store, konkurs_vacancy_get_id (b), &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_changed, ==, 0);

  g_assert_true (konkurs_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fixture->n_vacancies, ==, 1);
  g_assert_cmpint (fixture->n_competitions, ==, 0);
  g_assert_cmpint (fixture->n_changed, ==, 1);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM vacancy"), ==, 1);

  /* After commit, changes announce themselves again one by one. */
  reset_counters (fixture);
  g_assert_true (konkurs_store_delete_vacancy (fixture->store, konkurs_vacancy_get_id (a), &error));
  g_assert_cmpint (fixture->n_vacancies, ==, 1);
}

/* An import commits from a GTask thread: the window hears of it in its own
 * thread, once per table. */
static void
import_in_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  KonkursStore *store = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = make_competition ("Министерство финансов", 2024, 3, 1);
  g_autoptr(KonkursVacancy) vacancy = NULL;

  if (!konkurs_store_begin (store, &error) ||
      !konkurs_store_save_competition (store, competition, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  vacancy = make_vacancy (konkurs_competition_get_id (competition), "Главный эксперт");
  if (!konkurs_store_save_vacancy (store, vacancy, &error) ||
      !konkurs_store_commit (store, &error))
    {
      konkurs_store_rollback (store);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

static void
on_changed_in_main_thread (KonkursStore *store,
                           guint        *counter)
{
  g_assert_true (g_main_context_is_owner (g_main_context_default ()));
  (*counter)++;
}

static void
on_import_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_task_propagate_boolean (G_TASK (result), &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_transaction_worker_thread (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GTask) task = NULL;
  gboolean done = FALSE;
  guint n_in_main = 0;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_in_main_thread), &n_in_main);
  reset_counters (fixture);
  /* The store as task data, not source object: the worker thread drops its
   * reference to the task a moment after the callback may have run. */
  task = g_task_new (NULL, NULL, on_import_done, &done);
  g_task_set_task_data (task, fixture->store, NULL);
  g_task_run_in_thread (task, import_in_thread);

  while (!done || n_in_main < 2)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_cmpint (n_in_main, ==, 2);
  g_assert_cmpint (fixture->n_competitions, ==, 1);
  g_assert_cmpint (fixture->n_vacancies, ==, 1);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM vacancy"), ==, 1);
  g_signal_handlers_disconnect_by_func (fixture->store, on_changed_in_main_thread, &n_in_main);
}

static void
test_default_calendar (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = konkurs_store_open (":memory:", NULL, &error);

  /* KONKURS_DATA_DIR points at the calendar in the source tree. */
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_true (KONKURS_IS_CALENDAR (konkurs_store_get_calendar (store)));
  g_assert_cmpint (konkurs_calendar_get_first_year (konkurs_store_get_calendar (store)), >, 2000);
}

/* Search */

static void
test_fts_kazakh (Fixture *fixture, gconstpointer data)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = konkurs_store_get_db (fixture->store);
  static const struct { const char *query; int hits; } searches[] = {
    { "әлия", 1 },
    { "ӘЛИЯ", 1 },
    { "құрманғали*", 1 },     /* prefix of the surname */
    { "ҚҰРМАНҒАЛИҰЛЫ", 1 },
    { "өмірбек", 1 },
    { "алия", 0 },            /* Ә is not А */
    { "870715", 0 },          /* tokens are whole: the IIN is one word */
    { "870715350123", 1 },
    { "йошкарович", 1 },
    { "иошкарович", 0 },      /* Й keeps its breve */
  };

  exec_ok (fixture->store,
           "INSERT INTO candidate (iin, surname, name, patronymic, birth_date, sex) VALUES "
           "('870715350123', 'ҚҰРМАНҒАЛИҰЛЫ', 'ӘЛИЯ', 'ӨМІРБЕКҚЫЗЫ', '1987-07-15', 'F'),"
           "('900101300111', 'Иванов', 'Иван', 'Йошкарович', '1990-01-01', 'M');"
           "UPDATE candidate SET patronymic = 'Өмірбек' WHERE iin = '870715350123';");

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, searches[i].query, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_test_message ("%s", searches[i].query);
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, searches[i].hits);
    }

  /* The index follows deletes. */
  exec_ok (fixture->store, "DELETE FROM candidate WHERE iin = '870715350123'");
  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, "әлия", -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  exec_ok (fixture->store, "INSERT INTO candidate_fts (candidate_fts) VALUES ('integrity-check')");
}

/* Schema rules */

static void
test_schema_checks (Fixture *fixture, gconstpointer data)
{
  sqlite3 *db = konkurs_store_get_db (fixture->store);
  static const char * const refused[] = {
    "INSERT INTO competition (number, rule_set_id, procedure, state_body_kk, announced_on) "
    "VALUES ('a', 1, 1, 'X', '2021-02-30')",
    "INSERT INTO competition (number, rule_set_id, procedure, state_body_kk, announced_on) "
    "VALUES ('b', 1, 1, 'X', '01.03.2024')",
    "INSERT INTO competition (number, rule_set_id, procedure, state_body_kk, announced_on) "
    "VALUES ('c', 1, 3, 'X', '2024-03-01')",
    /* a state body in neither language, a number twice or none */
    "INSERT INTO competition (number, rule_set_id, procedure, state_body_kk, state_body_ru, announced_on) "
    "VALUES ('d', 1, 1, '  ', '', '2024-03-01')",
    "INSERT INTO competition (number, rule_set_id, procedure, state_body_ru, announced_on) "
    "VALUES ('2024-001', 1, 1, 'X', '2024-03-01')",
    "INSERT INTO competition (number, rule_set_id, procedure, state_body_ru, announced_on) "
    "VALUES (' ', 1, 1, 'X', '2024-03-01')",
    /* a position title in neither language, a code twice in a competition */
    "INSERT INTO vacancy (competition_id, code, position_title_kk, corps, level) VALUES (1, '2', '', 2, 1)",
    "INSERT INTO vacancy (competition_id, code, position_title_ru, corps, level) VALUES (1, '1', 'Y', 2, 1)",
    /* a sector the rule set does not have */
    "INSERT INTO application (candidate_id, competition_id, sector, personal_code, received_on) "
    "VALUES (1, 1, 'astronautics', 'KNK-AAA', '2024-03-01')",
    "INSERT INTO candidate (iin, surname, name, birth_date, sex) VALUES ('12345', 'A', 'B', '1990-01-01', 'M')",
    "INSERT INTO candidate (iin, surname, name, birth_date, sex) VALUES ('123456789012', 'A', 'B', '1990-01-01', 'X')",
    "INSERT INTO candidate (iin, surname, name, birth_date, sex, state_language_level) "
    "VALUES ('123456789012', 'A', 'B', '1990-01-01', 'M', 'D1')",
    "INSERT INTO commission_member (competition_id, full_name, role) VALUES (1, 'A', 'guest')",
    "INSERT INTO certificate (candidate_id, kind, passed_on) VALUES (1, 'driving', '2024-01-01')",
  };

  exec_ok (fixture->store,
           "INSERT INTO competition (id, number, rule_set_id, procedure, state_body_ru, announced_on) "
           "VALUES (1, '2024-001', 1, 1, 'X', '2024-02-29');"
           "INSERT INTO vacancy (competition_id, code, position_title_ru, corps, level) VALUES (1, '1', 'Y', 2, 1);"
           "INSERT INTO candidate (id, iin, surname, name, birth_date, sex) "
           "VALUES (1, '900101300111', 'A', 'B', '1990-01-01', 'M');");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("%s", refused[i]);
      g_assert_cmpint (sqlite3_exec (db, refused[i], NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
    }

  exec_ok (fixture->store,
           "INSERT INTO commission_member (competition_id, full_name, role) VALUES (1, 'Chair', 'chair');"
           "INSERT INTO work_period (candidate_id, employer, started_on) VALUES (1, 'Акимат', '2015-09-01');");
  /* A sector of the rule set, by its code. */
  exec_ok (fixture->store,
           "INSERT INTO application (candidate_id, competition_id, sector, personal_code, received_on) "
           "VALUES (1, 1, 'digitalisation', 'KNK-AAA', '2024-03-01')");
  /* One chair per commission. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO commission_member (competition_id, full_name, role) "
                                 "VALUES (1, 'Another', 'chair')", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  /* Work that ends before it starts. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO work_period (candidate_id, employer, started_on, ended_on) "
                                 "VALUES (1, 'X', '2015-09-01', '2014-01-01')", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (query_int64 (fixture->store, "PRAGMA foreign_keys"), ==, 1);
}

static void
test_disk_full (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = make_competition ("Министерство финансов", 2024, 3, 1);
  g_autoptr(GString) long_title = g_string_new (NULL);
  g_autofree char *limit = NULL;

  /* The database may not grow: what a full disk looks like to SQLite. */
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                           query_int64 (fixture->store, "PRAGMA page_count"));
  exec_ok (fixture->store, limit);

  for (int i = 0; i < 4000; i++)
    g_string_append (long_title, "конкурс ");
  konkurs_competition_set_title (competition, long_title->str, NULL);

  reset_counters (fixture);
  g_assert_false (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FULL);
  g_assert_cmpstr (error->message, ==, "The disk is full. Nothing was saved.");
  g_assert_cmpint (konkurs_competition_get_id (competition), ==, 0);
  g_assert_cmpint (fixture->n_changed, ==, 0);
  g_assert_cmpint (query_int64 (fixture->store, "SELECT count(*) FROM competition"), ==, 0);
}

/* Files */

/* A worker thread's open transaction, as an import holds it. */
typedef struct {
  KonkursStore *store;
  gboolean      commit;
  GMutex        lock;
  GCond         cond;
  int           step;    /* 1: saved, not committed; 2: may finish; 3: done */
} Writer;

static gpointer
writer_thread (gpointer data)
{
  Writer *w = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = make_competition ("Қаржы министрлігі", 2024, 3, 1);

  g_assert_true (konkurs_store_begin (w->store, &error));
  g_assert_true (konkurs_store_save_competition (w->store, competition, &error));
  g_assert_no_error (error);

  g_mutex_lock (&w->lock);
  w->step = 1;
  g_cond_broadcast (&w->cond);
  while (w->step < 2)
    g_cond_wait (&w->cond, &w->lock);
  g_mutex_unlock (&w->lock);

  if (w->commit)
    g_assert_true (konkurs_store_commit (w->store, &error));
  else
    konkurs_store_rollback (w->store);
  g_assert_no_error (error);
  return NULL;
}

static guint
count_competitions (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = konkurs_store_list_competitions (store, &error);

  g_assert_no_error (error);
  return list->len;
}

/* The window reads while an import writes in a worker thread: it sees the
 * last committed state, never rows that may still be rolled back. */
static void
test_reads_isolated_from_worker (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "isolation.db", NULL);
  g_autoptr(KonkursStore) store = konkurs_store_open (path, fixture->calendar, &error);

  g_assert_no_error (error);
  for (int commit = 0; commit <= 1; commit++)
    {
      Writer w = { .store = store, .commit = commit };
      GThread *thread;

      g_mutex_init (&w.lock);
      g_cond_init (&w.cond);
      thread = g_thread_new ("writer", writer_thread, &w);

      g_mutex_lock (&w.lock);
      while (w.step < 1)
        g_cond_wait (&w.cond, &w.lock);
      g_mutex_unlock (&w.lock);

      /* saved in the worker's transaction, not committed: not visible */
      g_assert_cmpuint (count_competitions (store), ==, 0);

      g_mutex_lock (&w.lock);
      w.step = 2;
      g_cond_broadcast (&w.cond);
      g_mutex_unlock (&w.lock);
      g_thread_join (thread);

      /* rolled back: still nothing; committed: there */
      g_assert_cmpuint (count_competitions (store), ==, (guint) commit);
      g_mutex_clear (&w.lock);
      g_cond_clear (&w.cond);
    }
  /* the commit's "changed" comes through the main context */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_file_open (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "nested", "folders", "konkurs.db", NULL);
  g_autofree char *lock_path = g_strconcat (path, ".lock", NULL);
  g_autoptr(KonkursCompetition) competition = make_competition ("Министерство финансов", 2024, 3, 1);
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *default_path = konkurs_store_get_default_path ();
  KonkursStore *store;

  g_assert_true (g_str_has_suffix (default_path, "/konkurs/konkurs.db"));

  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (konkurs_store_get_path (store), ==, path);
  g_assert_cmpint (konkurs_store_get_schema_version (store), ==, KONKURS_STORE_SCHEMA_VERSION);
  g_assert_true (konkurs_store_get_calendar (store) == fixture->calendar);
  g_assert_cmpint (query_int64 (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int64 (store, "PRAGMA busy_timeout"), ==, 5000);
  g_assert_cmpint (query_int64 (store, "PRAGMA synchronous"), ==, 1);
  g_assert_cmpint (query_int64 (store, "PRAGMA application_id"), ==, KONKURS_STORE_APPLICATION_ID);
  g_assert_cmpint (query_int64 (store, "PRAGMA user_version"), ==, KONKURS_STORE_SCHEMA_VERSION);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    sqlite3_prepare_v2 (konkurs_store_get_db (store), "PRAGMA journal_mode", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  }
  g_assert_true (konkurs_store_save_competition (store, competition, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));

  /* Reopened: the data are there, no migration runs again. */
  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);
  list = konkurs_store_list_competitions (store, &error);
  g_assert_cmpuint (list->len, ==, 1);
  konkurs_test_assert_date (konkurs_competition_get_document_deadline (g_ptr_array_index (list, 0)), 2024, 3, 6);
  g_assert_cmpint (query_int64 (store, "SELECT count(*) FROM rule_set"), ==, 1);
  g_clear_pointer (&list, g_ptr_array_unref);
  g_assert_finalize_object (store);
}

static void
test_file_locked (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "shared.db", NULL);
  g_autofree char *expected = NULL;
  KonkursStore *first, *second;

  first = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);

  second = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_null (second);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_LOCKED);
  expected = g_strdup_printf ("The database %s is open in another Konkurs window or by another user. "
                              "Close it there and try again.", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  /* The refused open did not disturb the first. */
  g_assert_cmpint (query_int64 (first, "SELECT count(*) FROM rule_set"), ==, 1);
  g_assert_finalize_object (first);

  second = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
  g_assert_finalize_object (second);

  /* In memory, nothing to share. */
  first = konkurs_store_open (":memory:", fixture->calendar, &error);
  g_assert_no_error (error);
  second = konkurs_store_open (":memory:", fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (first);
  g_assert_finalize_object (second);
}

static void
test_file_not_database (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_build_filename (fixture->dir, "letter.db", NULL);
  g_autofree char *foreign = g_build_filename (fixture->dir, "other-app.db", NULL);
  g_autofree char *contents = NULL;
  const char *letter = "Dear commission,\nplease find attached my documents. This is not a database.\n";
  sqlite3 *db = NULL;
  KonkursStore *store;

  g_assert_true (g_file_set_contents (text, letter, -1, &error));
  store = konkurs_store_open (text, fixture->calendar, &error);
  g_assert_null (store);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_DATABASE);
  g_assert_nonnull (strstr (error->message, text));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (text, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, letter);

  /* SQLite, but another program's: tables and no Konkurs id. */
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  store = konkurs_store_open (foreign, fixture->calendar, &error);
  g_assert_null (store);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_DATABASE);
  g_clear_error (&error);

  /* Not touched: still no Konkurs table. */
  g_assert_cmpint (sqlite3_open (foreign, &db), ==, SQLITE_OK);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  }
  sqlite3_close (db);
}

static void
test_file_too_new (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "future.db", NULL);
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE future (x); PRAGMA application_id = %d; PRAGMA user_version = 99;",
                                          (int) KONKURS_STORE_APPLICATION_ID);
  sqlite3 *db = NULL;
  KonkursStore *store;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_null (store);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_TOO_NEW);
  g_assert_nonnull (strstr (error->message, "newer"));
  g_clear_error (&error);

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 99);
  }
  sqlite3_close (db);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/types", test_types);
  g_test_add_func ("/store/competition/object", test_competition_object);
  g_test_add_func ("/store/vacancy/object", test_vacancy_object);
  g_test_add_func ("/store/default-calendar", test_default_calendar);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/rule-sets", test_rule_sets);
  ADD ("/store/competition/crud", test_competition_crud);
  ADD ("/store/competition/validation", test_competition_validation);
  ADD ("/store/competition/deadline", test_competition_deadline);
  ADD ("/store/competition/cascade-and-restore", test_cascade_and_restore);
  ADD ("/store/vacancy/crud", test_vacancy_crud);
  ADD ("/store/vacancy/validation", test_vacancy_validation);
  ADD ("/store/errors/in-use", test_in_use);
  ADD ("/store/errors/duplicate", test_duplicate);
  ADD ("/store/errors/disk-full", test_disk_full);
  ADD ("/store/transaction/rollback", test_transaction_rollback);
  ADD ("/store/transaction/commit", test_transaction_commit);
  ADD ("/store/transaction/worker-thread", test_transaction_worker_thread);
  ADD ("/store/schema/fts-kazakh", test_fts_kazakh);
  ADD ("/store/schema/checks", test_schema_checks);
  ADD ("/store/file/open", test_file_open);
  ADD ("/store/file/reads-isolated-from-worker", test_reads_isolated_from_worker);
  ADD ("/store/file/locked", test_file_locked);
  ADD ("/store/file/not-database", test_file_not_database);
  ADD ("/store/file/too-new", test_file_too_new);
#undef ADD

  return g_test_run ();
}
