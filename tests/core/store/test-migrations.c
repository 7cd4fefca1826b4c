/* test-migrations.c — upgrading databases written by older Konkurs versions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "konkurs-autocleanups.h"
#include "konkurs-collation.h"
#include "konkurs-store.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-private.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-migrations.h"
#include "konkurs-test-util.h"

typedef KonkursTestMigration Fixture;

/* A database as version 1 of Konkurs left it, with data. */
static void
load_v1 (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dump = NULL;
  const char *dump_path = g_test_get_filename (G_TEST_DIST, "data", "konkurs-v1.sql", NULL);

  g_assert_true (g_file_get_contents (dump_path, &dump, NULL, &error));
  g_assert_no_error (error);
  konkurs_test_exec_on_file (path, dump);
}

/* The dump really is what migration 1 creates: the upgrade test tests the
 * upgrade users will run. */
static void
test_v1_dump_is_migration_1 (Fixture *fixture, gconstpointer data)
{
  g_autofree char *from_code = g_build_filename (fixture->dir, "from-code.db", NULL);
  g_autofree char *dump_schema = NULL;
  g_autofree char *code_schema = NULL;
  sqlite3 *db = NULL;

  load_v1 (fixture->path);
  konkurs_test_exec_on_file (from_code, konkurs_store_get_migration_sql (1));

  dump_schema = konkurs_test_describe_file_schema (fixture->path);
  code_schema = konkurs_test_describe_file_schema (from_code);
  g_assert_cmpstr (dump_schema, ==, code_schema);
  g_assert_nonnull (strstr (dump_schema, "table competition"));

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA application_id"), ==, KONKURS_STORE_APPLICATION_ID);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM vacancy"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_value"), ==, 15);
  sqlite3_close (db);

  g_assert_null (konkurs_store_get_migration_sql (0));
  g_assert_null (konkurs_store_get_migration_sql (KONKURS_STORE_SCHEMA_VERSION + 1));
}

static void
test_from_v1 (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(KonkursVacancy) added = NULL;
  KonkursVacancy *head;
  sqlite3 *db;

  load_v1 (fixture->path);

  store = konkurs_store_open (fixture->path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  db = konkurs_store_get_db (store);
  g_assert_cmpint (konkurs_store_get_schema_version (store), ==, KONKURS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA user_version"), ==, KONKURS_STORE_SCHEMA_VERSION);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA application_id"), ==, KONKURS_STORE_APPLICATION_ID);

  /* The data of version 1, intact. */
  competition = konkurs_store_get_competition (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_competition_get_state_body (competition), ==,
                   "Қазақстан Республикасы Қаржы министрлігі");
  g_assert_cmpstr (konkurs_competition_get_title (competition), ==,
                   "Бос әкімшілік мемлекеттік лауазымға орналасуға арналған жалпы конкурс");
  g_assert_cmpint (konkurs_competition_get_rule_set_id (competition), ==, 1);
  /* Announced on Friday 1 March 2024: three working days later. */
  g_assert_nonnull (konkurs_competition_get_document_deadline (competition));
  g_assert_cmpint (g_date_get_day (konkurs_competition_get_document_deadline (competition)), ==, 6);

  vacancies = konkurs_store_list_vacancies (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vacancies->len, ==, 2);
  head = g_ptr_array_index (vacancies, 0);
  g_assert_cmpstr (konkurs_vacancy_get_position_title (head), ==, "Бюджет саясаты департаментінің басшысы");
  g_assert_true (konkurs_vacancy_get_leadership (head));
  g_assert_cmpstr (konkurs_vacancy_get_requirements (head), ==, "Экономика немесе қаржы саласындағы жоғары білім");
  g_assert_cmpint (konkurs_vacancy_get_seats (g_ptr_array_index (vacancies, 1)), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM audit_log WHERE actor = 'secretary'"), ==, 1);

  /* The tables of version 2 work with the rows of version 1. */
  g_assert_cmpint (sqlite3_exec (db,
                                 "INSERT INTO candidate (id, iin, surname, name, patronymic, birth_date, sex, "
                                 "state_language_level) VALUES (1, '920315450789', 'ӘБДІХАЛЫҚОВА', 'Гүлнұр', "
                                 "'Серікқызы', '1992-03-15', 'F', 'C1');"
                                 "INSERT INTO candidate_education (candidate_id, level, field, institution, year) "
                                 "VALUES (1, 3, 'Қаржы', 'ҚазҰУ', 2014);"
                                 "INSERT INTO work_period (candidate_id, employer, position, started_on) "
                                 "VALUES (1, 'Қаржы министрлігі', 'Сарапшы', '2014-09-01');"
                                 "INSERT INTO certificate (candidate_id, kind, passed_on, result) "
                                 "VALUES (1, 'legislation', '2024-01-20', '41');"
                                 "INSERT INTO application (id, candidate_id, competition_id, vacancy_id, "
                                 "personal_code, received_on) VALUES (1, 1, 1, 1, 'KZ-24-0001', '2024-03-04');"
                                 "INSERT INTO expert (id, full_name, sector, background) "
                                 "VALUES (1, 'Expert', 'economy', 'academia');"
                                 "INSERT INTO essay (id, application_id, topic) VALUES (1, 1, 'Бюджет');"
                                 "INSERT INTO essay_assignment (essay_id, expert_id) VALUES (1, 1);"
                                 "INSERT INTO essay_score (essay_id, expert_id, score) VALUES (1, 1, 4);"
                                 "INSERT INTO competition_stage (id, competition_id, kind, ordinal, starts_on) "
                                 "VALUES (1, 1, 'interview', 3, '2024-03-20');"
                                 "INSERT INTO commission (id, name_ru) VALUES (1, 'Конкурсная комиссия');"
                                 "INSERT INTO commission_member (id, commission_id, ordinal, role, name_ru) "
                                 "VALUES (1, 1, 1, 'chair', 'Chair');"
                                 "INSERT INTO meeting (id, commission_id, competition_id, stage_id, held_on) "
                                 "VALUES (1, 1, 1, 1, '2024-03-20');"
                                 "INSERT INTO meeting_attendance (meeting_id, member_id) VALUES (1, 1);"
                                 "INSERT INTO vote (meeting_id, member_id, application_id, ballot) VALUES (1, 1, 1, 'for');"
                                 "INSERT INTO test_result (id, application_id, test, taken_on, score, max_score) "
                                 "VALUES (1, 1, 'legislation', '2024-01-20', 41, 55);"
                                 "INSERT INTO test_result_part (test_result_id, part, score) VALUES (1, 'constitution', 7);",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (konkurs_test_query_int64 (db,
                                             "SELECT count(*) FROM candidate_fts WHERE candidate_fts MATCH "
                                             "'әбдіхалықова'"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* The competition has an application now. */
  g_assert_false (konkurs_store_delete_competition (store, 1, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  added = konkurs_vacancy_new ();
  konkurs_vacancy_set_competition_id (added, 1);
  konkurs_vacancy_set_position_title (added, "Жетекші сарапшы", NULL);
  g_assert_true (konkurs_store_save_vacancy (store, added, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_vacancy_get_id (added), ==, 3);
  g_clear_object (&store);

  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);

  /* Opening again changes nothing. */
  store = konkurs_store_open (fixture->path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store), "SELECT count(*) FROM vacancy"), ==, 3);
  /* kz-2023 and Order No. 196 */
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store), "SELECT count(*) FROM rule_set"), ==, 2);
}

/* A database as version 2 of Konkurs left it: migrations 1 and 2 as they
 * were released (they are never edited), with candidates whose ids follow
 * neither the bytes' order nor the alphabet's. */
static const char v2_candidates[] =
  "INSERT INTO candidate (id, iin, surname, name, patronymic, birth_date, sex) VALUES "
  "(1, '800101300011', 'Яковлев', 'Иван', 'Петрович', '1980-01-01', 'M'),"
  "(2, '810202400022', 'ӘЛИЕВА', 'Дана', '', '1981-02-02', 'F'),"
  "(3, '820303400033', 'Ахметова', 'Айгүл', '', '1982-03-03', 'F'),"
  "(4, '830404300044', 'Ахметов', 'Ямиль', '', '1983-04-04', 'M'),"
  "(5, '840505300055', 'Қасымов', 'Ерлан', '', '1984-05-05', 'M'),"
  "(6, '850606300066', 'Иванов', 'Пётр', '', '1985-06-06', 'M'),"
  "(7, '860707300077', 'Інжуов', 'Мұрат', '', '1986-07-07', 'M'),"
  "(8, '870808300088', 'Сейтов', 'Нұрлан', 'Қайратұлы', '1987-08-08', 'M'),"
  "(9, '880909300099', 'Сейтов', 'Нұрлан', 'Әбілұлы', '1988-09-09', 'M'),"
  "(10, '891010300010', 'әлиев', 'Серік', '', '1989-10-10', 'M');";

/* Their ids in alphabetical order: Ә after А, a shorter surname first,
 * case ignored, Сейтов by patronymic, І after Ы. */
static const gint64 v2_order[] = { 4, 3, 10, 2, 6, 5, 9, 8, 7, 1 };

static void
load_v2 (const char *path)
{
  konkurs_test_load_version (path, 2, (const char * const[]) { v2_candidates, NULL });
}

/* Every candidate has the key the store computes for new ones. */
static void
assert_sort_keys (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint n = 0;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT surname, name, patronymic, sort_key, typeof (sort_key) "
                                       "FROM candidate", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *key = konkurs_collation_name_key ((const char *) sqlite3_column_text (stmt, 0),
                                                         (const char *) sqlite3_column_text (stmt, 1),
                                                         (const char *) sqlite3_column_text (stmt, 2));

      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 4), ==, "blob");
      g_assert_cmpmem (sqlite3_column_blob (stmt, 3), sqlite3_column_bytes (stmt, 3), key, strlen (key));
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (v2_order));
}

static void
test_from_v2 (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(sqlite3_stmt) plan = NULL;
  g_autoptr(GString) steps = g_string_new (NULL);
  KonkursCandidateFilter filter;
  sqlite3 *db;

  load_v2 (fixture->path);

  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);
  g_assert_cmpint (konkurs_test_query_int64 (db,
                                             "SELECT count(*) FROM sqlite_schema WHERE name = "
                                             "'candidate_surname'"), ==, 0);
  g_assert_cmpint (konkurs_test_query_int64 (db,
                                             "SELECT count(*) FROM pragma_index_info ('candidate_sort_key')"), ==, 2);
  assert_sort_keys (db);

  konkurs_candidate_filter_init (&filter);
  ids = konkurs_store_query_candidate_ids (store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (ids->data, ids->len * sizeof (gint64), v2_order, sizeof v2_order);
  g_clear_pointer (&ids, g_array_unref);

  /* The search still finds them, in the same order. */
  filter.text = "сейтов";
  ids = konkurs_store_query_candidate_ids (store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, 9);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, 8);

  /* The whole list comes from the index, without sorting 100,000 rows. */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "EXPLAIN QUERY PLAN SELECT c.id FROM candidate c WHERE 1 "
                                       "ORDER BY c.sort_key, c.id", -1, &plan, NULL), ==, SQLITE_OK);
  while (sqlite3_step (plan) == SQLITE_ROW)
    g_string_append_printf (steps, "%s\n", sqlite3_column_text (plan, 3));
  g_test_message ("%s", steps->str);
  g_assert_nonnull (strstr (steps->str, "candidate_sort_key"));
  g_assert_null (strstr (steps->str, "TEMP B-TREE"));
  g_clear_object (&store);

  /* Opened again, nothing changes. */
  store = konkurs_store_open (fixture->path, fixture->calendar, &error);
  g_assert_no_error (error);
  assert_sort_keys (konkurs_store_get_db (store));
}

/* Migration 3 runs in the transaction of the others: when it fails, the
 * keys it wrote go too. */
static void
test_failed_migration_3 (Fixture *fixture, gconstpointer data)
{
  sqlite3 *db = NULL;

  load_v2 (fixture->path);
  konkurs_test_exec_on_file (fixture->path, "CREATE TABLE candidate_sort_key (id INTEGER PRIMARY KEY);");

  konkurs_test_assert_upgrade_fails (fixture->path, fixture->calendar, "version 3");

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA user_version"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM pragma_table_info ('candidate') "
                                             "WHERE name = 'sort_key'"), ==, 0);
  g_assert_cmpint (konkurs_test_query_int64 (db,
                                             "SELECT count(*) FROM sqlite_schema WHERE name = "
                                             "'candidate_surname'"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM candidate"), ==, G_N_ELEMENTS (v2_order));
  sqlite3_close (db);
}

/* A database as version 3 of Konkurs left it: decided applications whose
 * decision_reason holds the engine's reasons in the interface language of
 * the day, or the secretary's words. */
static const char v3_applications[] =
  "INSERT INTO competition (id, rule_set_id, procedure, state_body, title, announced_on) "
  "  VALUES (1, 1, 1, 'Қаржы министрлігі', '', '2025-03-03');"
  "INSERT INTO vacancy (id, competition_id, position_title, corps, level, education, experience_years) "
  "  VALUES (1, 1, 'Бас маман', 2, 1, 3, 3);"
  "INSERT INTO application (id, candidate_id, competition_id, vacancy_id, personal_code, received_on, "
  "  status, eligibility, decision_reason, decided_by, decided_at) VALUES "
  "(1, 1, 1, 1, 'KNK-AAA-AAA-AAA', '2025-03-04', 'rejected', 'ineligible', "
  "  'У кандидата нет высшего образования.', 'secretary', '2025-03-07T09:00:00Z'),"
  "(2, 2, 1, 1, 'KNK-BBB-BBB-BBB', '2025-03-04', 'admitted', 'eligible', "
  "  'Документы представлены на заседании', 'secretary', '2025-03-07T09:05:00Z'),"
  "(3, 3, 1, 1, 'KNK-CCC-CCC-CCC', '2025-03-04', 'received', 'pending', '', NULL, NULL);";

static void
load_v3 (const char *path)
{
  konkurs_test_load_version (path, 3, (const char * const[]) { v2_candidates, v3_applications, NULL });
}

static KonkursDecision *
get_decision (KonkursStore *store, gint64 id)
{
  g_autoptr(GError) error = NULL;
  KonkursDecision *decision = konkurs_store_get_decision (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (decision);
  return decision;
}

static void
test_from_v3 (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursDecision) refused = NULL;
  g_autoptr(KonkursDecision) admitted = NULL;
  g_autoptr(KonkursDecision) decided = NULL;
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GDateTime) at = g_date_time_new_utc (2025, 3, 7, 9, 0, 0);
  sqlite3 *db;

  load_v3 (fixture->path);
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM application WHERE decision_failures IS NULL "
                                             "AND decision_checked_on IS NULL"), ==, 3);

  /* the old reasons become the secretary's words; what the engine found
   * then is not recorded */
  refused = get_decision (store, 1);
  g_assert_false (refused->admitted);
  g_assert_false (refused->against_engine);
  g_assert_null (refused->failures);
  g_assert_false (g_date_valid (&refused->checked_on));
  g_assert_cmpstr (refused->reason, ==, "У кандидата нет высшего образования.");
  g_assert_cmpstr (refused->decided_by, ==, "secretary");
  g_assert_true (g_date_time_equal (refused->decided_at, at));
  candidacy = konkurs_store_get_candidacy (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_candidacy_get_decision_reason (candidacy), ==, "У кандидата нет высшего образования.");
  admitted = get_decision (store, 2);
  g_assert_true (admitted->admitted);
  g_assert_cmpstr (admitted->reason, ==, "Документы представлены на заседании");

  /* a decision taken now keeps the engine's failures */
  g_assert_null (konkurs_store_get_decision (store, 3, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (konkurs_store_decide_candidacy (store, 3, FALSE, NULL, &error));
  g_assert_no_error (error);
  decided = get_decision (store, 3);
  g_assert_nonnull (decided->failures);
  g_assert_cmpuint (decided->failures->len, >, 0);
  g_assert_true (g_date_valid (&decided->checked_on));
  g_clear_object (&store);

  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);

  /* opened again, nothing changes */
  store = konkurs_store_open (fixture->path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_clear_pointer (&refused, konkurs_decision_free);
  refused = get_decision (store, 1);
  g_assert_cmpstr (refused->reason, ==, "У кандидата нет высшего образования.");
  g_assert_null (refused->failures);
}

/* Migration 4 fails halfway: the file stays at version 3, its first
 * column gone with the rest. */
static void
test_failed_migration_4 (Fixture *fixture, gconstpointer data)
{
  sqlite3 *db = NULL;

  load_v3 (fixture->path);
  konkurs_test_exec_on_file (fixture->path, "ALTER TABLE application ADD COLUMN decision_checked_on TEXT;");

  konkurs_test_assert_upgrade_fails (fixture->path, fixture->calendar, "version 4");

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA user_version"), ==, 3);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM pragma_table_info ('application') "
                                             "WHERE name = 'decision_failures'"), ==, 0);
  g_assert_cmpint (konkurs_test_query_int64 (db,
                                             "SELECT count(*) FROM application WHERE decision_reason <> ''"), ==, 2);
  sqlite3_close (db);
}

/* A database as version 4 of Konkurs left it: competitions with their
 * vacancies and everything that hangs from them (applications, stages,
 * the commission and its meetings and votes), a Youth Reserve selection
 * whose applications name their sectors as the program of the day stored
 * them, one by a name that is no sector of the rules. */
static const char v4_data[] =
  "INSERT INTO competition (id, rule_set_id, procedure, state_body, title, announced_on) VALUES "
  "(3, 1, 1, 'Қаржы министрлігі', 'Бос лауазымға конкурс', '2025-03-03'),"
  "(5, 1, 1, 'Әділет министрлігі', '', '2025-03-10'),"
  "(8, 1, 2, 'Мемлекеттік қызмет істері агенттігі', 'Жастар резерві', '2024-06-03');"
  "INSERT INTO vacancy (id, competition_id, position_title, corps, category, leadership, level, sector, "
  "  seats, education, experience_years, requirements) VALUES "
  "(10, 3, 'Бас маман', 2, 'C-O-5', 0, 1, 'Бюджет', 2, 3, 1, 'Заңнаманы білу'),"
  "(11, 5, 'Басқарма басшысы', 2, 'C-3', 1, 1, '', 1, 3, 4, ''),"
  "(12, 3, 'Сарапшы', 2, '', 0, 1, '', 1, 3, 0, '');"
  "INSERT INTO application (id, candidate_id, competition_id, vacancy_id, sector, personal_code, received_on) VALUES "
  "(1, 1, 3, 10, NULL, 'KNK-AAA-AAA-AAA', '2025-03-04'),"
  "(2, 2, 3, 12, NULL, 'KNK-BBB-BBB-BBB', '2025-03-04'),"
  "(3, 3, 8, NULL, 'Цифрландыру', 'KNK-CCC-CCC-CCC', '2024-06-04'),"
  "(4, 4, 8, NULL, 'Әлеуметтік саясат және азаматтық қоғам', 'KNK-DDD-DDD-DDD', '2024-06-04'),"
  "(5, 5, 8, NULL, ' Ғарыш ', 'KNK-EEE-EEE-EEE', '2024-06-05');"
  "INSERT INTO competition_stage (id, competition_id, kind, ordinal) VALUES (1, 3, 'interview', 3);"
  "INSERT INTO commission_member (id, competition_id, full_name, role) VALUES (1, 3, 'Төраға', 'chair'),"
  "  (2, 3, 'Мүше', 'member');"
  "INSERT INTO meeting (id, competition_id, stage_id, held_on) VALUES (1, 3, 1, '2025-03-20');"
  "INSERT INTO meeting_attendance (meeting_id, member_id) VALUES (1, 1), (1, 2);"
  "INSERT INTO vote (meeting_id, member_id, application_id, vote) VALUES (1, 1, 1, 'for'), (1, 2, 1, 'against');";

static void
load_v4 (const char *path)
{
  konkurs_test_load_version (path, 4, (const char * const[]) { v2_candidates, v4_data, NULL });
}

static void
assert_text (const KonkursLocalText *text, const char *kk, const char *ru)
{
  g_assert_cmpstr (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_KK), ==, kk);
  g_assert_cmpstr (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_RU), ==, ru);
}

static const char *
sector_of (KonkursStore *store, gint64 application_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidacy) candidacy = konkurs_store_get_candidacy (store, application_id, &error);
  static char sector[64];

  g_assert_no_error (error);
  g_strlcpy (sector, konkurs_candidacy_get_sector (candidacy), sizeof sector);
  return sector;
}

/* The texts of version 4 become the Kazakh ones; numbers and codes are
 * given in order; no child row is lost; the sectors become codes. */
static void
test_from_v4 (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursCompetition) finance = NULL;
  g_autoptr(KonkursCompetition) justice = NULL;
  g_autoptr(KonkursCompetition) youth = NULL;
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(GPtrArray) sectors = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  sqlite3 *db;

  load_v4 (fixture->path);
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* every row that hangs from a competition or a vacancy is there */
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM application"), ==, 5);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM competition_stage"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM commission_member"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM meeting_attendance"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM vote"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_value WHERE key NOT IN ('publication-min-group', "
                                                 "'civil-min-age', 'retirement-age-men', 'retirement-age-women') "
                                                 "AND rule_set_id = 1"), ==, 15);

  finance = konkurs_store_get_competition (store, 3, &error);
  g_assert_no_error (error);
  assert_text (konkurs_competition_get_state_body_text (finance), "Қаржы министрлігі", "");
  assert_text (konkurs_competition_get_title_text (finance), "Бос лауазымға конкурс", "");
  /* numbered by year, in the order of announcement */
  g_assert_cmpstr (konkurs_competition_get_number (finance), ==, "2025-001");
  justice = konkurs_store_find_competition_by_number (store, "2025-002", &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_competition_get_id (justice), ==, 5);
  youth = konkurs_store_get_competition (store, 8, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_competition_get_number (youth), ==, "2024-001");

  vacancies = konkurs_store_list_vacancies (store, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vacancies->len, ==, 2);
  assert_text (konkurs_vacancy_get_position_title_text (vacancies->pdata[0]), "Бас маман", "");
  assert_text (konkurs_vacancy_get_sector_text (vacancies->pdata[0]), "Бюджет", "");
  assert_text (konkurs_vacancy_get_requirements_text (vacancies->pdata[0]), "Заңнаманы білу", "");
  g_assert_cmpstr (konkurs_vacancy_get_category (vacancies->pdata[0]), ==, "C-O-5");
  g_assert_cmpint (konkurs_vacancy_get_seats (vacancies->pdata[0]), ==, 2);
  /* numbered in their competition, in the order of their ids */
  g_assert_cmpstr (konkurs_vacancy_get_code (vacancies->pdata[0]), ==, "1");
  g_assert_cmpstr (konkurs_vacancy_get_code (vacancies->pdata[1]), ==, "2");
  g_clear_pointer (&vacancies, g_ptr_array_unref);
  vacancies = konkurs_store_list_vacancies (store, 5, &error);
  g_assert_cmpstr (konkurs_vacancy_get_code (vacancies->pdata[0]), ==, "1");

  /* the rules: names in both languages, the procedures' official wording,
   * the six sectors and the name no sector had, kept */
  rule_set = konkurs_store_get_rule_set (store, 1, &error);
  g_assert_no_error (error);
  /* (named by migration 5, then as Order No. 40 by migration 9) */
  assert_text (konkurs_rule_set_get_name_text (rule_set),
               "«Б» корпусының әкімшілік мемлекеттік лауазымына орналасуға конкурс өткізу қағидалары (№ 40 бұйрық)",
               "Правила проведения конкурса на занятие административной государственной должности корпуса «Б» "
               "(приказ № 40)");
  g_assert_cmpstr (konkurs_local_text_get (konkurs_rule_set_get_procedure_name (rule_set, KONKURS_PROCEDURE_CIVIL_SERVICE),
                                           KONKURS_DOC_LANGUAGE_RU), ==,
                   "общий конкурс на занятие вакантной административной государственной должности корпуса «Б»");
  sectors = konkurs_store_list_sectors (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sectors->len, ==, 7);
  g_assert_cmpstr (((KonkursSector *) sectors->pdata[6])->code, ==, "other-1");
  assert_text (((KonkursSector *) sectors->pdata[6])->name, "Ғарыш", "");
  g_assert_cmpstr (sector_of (store, 3), ==, "digitalisation");
  g_assert_cmpstr (sector_of (store, 4), ==, "social-policy");
  g_assert_cmpstr (sector_of (store, 5), ==, "other-1");
  g_assert_cmpstr (sector_of (store, 1), ==, "");

  /* what version 4 could not hold: a Russian state body alone */
  konkurs_competition_set_state_body (justice, NULL, "Министерство юстиции");
  g_assert_true (konkurs_store_save_competition (store, justice, &error));
  g_assert_no_error (error);
  g_clear_object (&store);

  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);

  /* opened again, nothing changes */
  store = konkurs_store_open (fixture->path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store),
                                             "SELECT count(*) FROM rule_set_sector WHERE rule_set_id = 1"), ==, 7);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store),
                                             "SELECT count(*) FROM competition "
                                             "WHERE state_body_ru = 'Министерство юстиции'"), ==, 1);
}

/* Migration 5 fails when it has rebuilt the competitions (a table of its
 * own is in the way): the file is byte for byte as it was. */
static void
test_failed_migration_5 (Fixture *fixture, gconstpointer data)
{
  sqlite3 *db;

  load_v4 (fixture->path);
  konkurs_test_exec_on_file (fixture->path, "CREATE TABLE vacancy_v5 (id INTEGER PRIMARY KEY);");
  db = konkurs_test_assert_upgrade_leaves_file (fixture->path, fixture->calendar, "version 5", 4);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM pragma_table_info ('competition') "
                                             "WHERE name = 'state_body'"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM vote"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db,
                                             "SELECT count(*) FROM sqlite_schema WHERE name = "
                                             "'rule_set_sector'"), ==, 0);
  sqlite3_close (db);
}

/* A child row whose parent is gone (a file damaged outside Konkurs) fails
 * the check before COMMIT instead of being carried into version 5. */
static void
test_orphan_fails_migration_5 (Fixture *fixture, gconstpointer data)
{
  sqlite3 *db = NULL;

  load_v4 (fixture->path);
  konkurs_test_exec_on_file (fixture->path, "PRAGMA foreign_keys = OFF; DELETE FROM competition WHERE id = 5;");

  konkurs_test_assert_upgrade_fails (fixture->path, fixture->calendar, "vacancy");

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA user_version"), ==, 4);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM vacancy"), ==, 3);
  sqlite3_close (db);
}

/* A database as version 5 of Konkurs left it: a competition in both
 * languages with a vacancy and applications, decided or not. */
static void
load_v5 (const char *path)
{
  konkurs_test_load_version (path, 5,
                             (const char * const[]) { v2_candidates, konkurs_test_v5_competition, NULL });
}

/* Migration 6 adds the organisation's details, its default commission and
 * the register of issued documents; every row of version 5 stays. */
static void
test_from_v5 (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  sqlite3 *db;

  load_v5 (fixture->path);
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM application"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM vacancy"), ==, 1);
  competition = konkurs_store_get_competition (store, 3, &error);
  g_assert_no_error (error);
  assert_text (konkurs_competition_get_state_body_text (competition), "Қаржы министрлігі", "Министерство финансов");

  /* one row of details, blank until Preferences fill it; nobody on the
   * commission, nothing issued yet */
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM organisation WHERE state_body_kk = '' "
                                             "AND state_body_ru = '' AND place_kk = ''"), ==, 1);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO organisation (id) VALUES (2)", NULL, NULL, NULL) & 0xff, ==,
                   SQLITE_CONSTRAINT);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM default_commission_member"), ==, 0);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM issued_document"), ==, 0);
  g_clear_object (&store);

  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);
}

/* Migration 6 fails when a table of its own is in the way: the file is
 * byte for byte as it was, still of version 5. */
static void
test_failed_migration_6 (Fixture *fixture, gconstpointer data)
{
  sqlite3 *db;

  load_v5 (fixture->path);
  konkurs_test_exec_on_file (fixture->path, "CREATE TABLE issued_document (id INTEGER PRIMARY KEY);");
  db = konkurs_test_assert_upgrade_leaves_file (fixture->path, fixture->calendar, "version 6", 5);
  g_assert_cmpint (konkurs_test_query_int64 (db,
                                             "SELECT count(*) FROM sqlite_schema WHERE name = 'organisation'"), ==, 0);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM application"), ==, 2);
  sqlite3_close (db);
}

/* The migration of the smallest published group gives it to every rule
 * set. */
#define PUBLICATION_MIN_GROUP_VERSION 8
static void
test_publication_min_group (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  int value = 0;

  konkurs_test_load_version (fixture->path, PUBLICATION_MIN_GROUP_VERSION - 1,
                             (const char * const[]) { v2_candidates, konkurs_test_v5_competition, NULL });
  konkurs_test_exec_on_file (fixture->path, "INSERT INTO rule_set (id, code, name_kk, valid_from) "
                               "VALUES (9, 'kz-2026', 'Rules of 2026', '2026-01-01');");
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store),
                                             "SELECT count(*) FROM rule_value WHERE key = 'publication-min-group' "
                                             "AND value = 3 AND rule_set_id IN (1, 9)"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store), "SELECT count(*) FROM application"), ==, 2);
  rule_set = konkurs_store_find_rule_set_by_code (store, "kz-2023", &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_PUBLICATION_MIN_GROUP, &value));
  g_assert_cmpint (value, ==, 3);
  g_clear_object (&store);

  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);
}

/* A file whose rule values are gone cannot take that migration: it stays
 * as it was, of the version before. */
static void
test_failed_publication_min_group (Fixture *fixture, gconstpointer data)
{
  sqlite3 *db;

  g_autofree char *needle = g_strdup_printf ("version %d", PUBLICATION_MIN_GROUP_VERSION);

  konkurs_test_load_version (fixture->path, PUBLICATION_MIN_GROUP_VERSION - 1,
                             (const char * const[]) {
                               v2_candidates, konkurs_test_v5_competition, "DROP TABLE rule_value;", NULL
                             });
  db = konkurs_test_assert_upgrade_leaves_file (fixture->path, fixture->calendar, needle,
                                                PUBLICATION_MIN_GROUP_VERSION - 1);
  sqlite3_close (db);
}

/* The migration of rule-set validity: Order No. 40 and Order No. 196 by
 * scope, competitions with a scope, and the record following rule sets. */
#define RULE_SET_VALIDITY_VERSION 9

static const char v8_competition[] =
  "INSERT INTO competition (id, number, rule_set_id, procedure, state_body_kk, state_body_ru, announced_on) VALUES "
  "(3, '2026-001', 1, 1, 'Қаржы министрлігі', 'Министерство финансов', '2026-05-04');";

static char *
validity_of (sqlite3    *db,
             const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT group_concat (scope || ':' || valid_from || '..' || "
                                          "coalesce (valid_until, ''), ' ') FROM (SELECT v.* FROM rule_set_validity v "
                                          "JOIN rule_set r ON r.id = v.rule_set_id WHERE r.code = '%s' "
                                          "ORDER BY scope)", code);

  return konkurs_test_query_text (db, sql);
}

static void
test_rule_set_validity (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autofree char *old = NULL, *new = NULL, *scope = NULL;
  sqlite3 *db;

  konkurs_test_load_version (fixture->path, RULE_SET_VALIDITY_VERSION - 1,
                             (const char * const[]) { v8_competition, NULL });
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);

  old = validity_of (db, "kz-2023");
  g_assert_cmpstr (old, ==, "general:2000-01-01..2026-03-31 internal:2000-01-01..2025-12-31 "
                            "youth-reserve:2000-01-01..");
  new = validity_of (db, "order-196");
  g_assert_cmpstr (new, ==, "general:2026-04-01.. internal:2026-01-01..");
  /* the same values, procedure names and sectors, copied */
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_value v JOIN rule_set r ON r.id = "
                                             "v.rule_set_id AND r.code = 'order-196' JOIN rule_value o ON "
                                             "o.rule_set_id = 1 AND o.key = v.key AND o.value = v.value"), ==,
                   konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_value WHERE rule_set_id = 1"));
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set_sector s JOIN rule_set r "
                                             "ON r.id = s.rule_set_id AND r.code = 'order-196'"), ==, 6);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set_procedure s JOIN rule_set r "
                                             "ON r.id = s.rule_set_id AND r.code = 'order-196'"), ==, 2);

  /* The competition of May 2026 keeps the rules it was announced under. */
  competition = konkurs_store_get_competition (store, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_competition_get_rule_set_id (competition), ==, 1);
  g_assert_cmpint (konkurs_competition_get_scope (competition), ==, KONKURS_RULE_SCOPE_GENERAL);
  scope = konkurs_test_query_text (db, "SELECT after ->> '$.scope' FROM audit_log WHERE table_name = 'competition' "
                                   "AND row_id = 3 AND action = 'baseline'");
  g_assert_cmpstr (scope, ==, "general");

  /* A baseline for both rule sets (again after the eligibility migration
   * gives them new values) and the competition, chained: the record
   * verifies. */
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(DISTINCT row_id) FROM audit_log "
                                             "WHERE action = 'baseline' AND table_name = 'rule_set'"), ==, 2);
  report = konkurs_store_verify (store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
  g_clear_object (&store);

  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);
}

/* A database with a rule set of its own from February 2026: Order No. 40
 * ends the day before it, as the newest rule set used to win, and Order
 * No. 196 takes no scope that one covers. */
static void
test_rule_set_validity_own (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursStore) store = NULL;
  g_autofree char *old = NULL, *own = NULL;
  sqlite3 *db;

  konkurs_test_load_version (fixture->path, RULE_SET_VALIDITY_VERSION - 1,
                             (const char * const[]) {
                               "INSERT INTO rule_set (id, code, name_kk, valid_from) "
                               "VALUES (9, 'kz-2026', 'Rules of 2026', '2026-02-01');", NULL });
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);
  old = validity_of (db, "kz-2023");
  g_assert_cmpstr (old, ==, "general:2000-01-01..2026-01-31 internal:2000-01-01..2026-01-31 "
                            "youth-reserve:2000-01-01..2026-01-31");
  own = validity_of (db, "kz-2026");
  g_assert_cmpstr (own, ==, "general:2026-02-01.. internal:2026-02-01.. youth-reserve:2026-02-01..");
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set_validity v JOIN rule_set r "
                                             "ON r.id = v.rule_set_id AND r.code = 'order-196'"), ==, 0);
}

/* A table of its own in the way fails the migration: the file stays as
 * it was, of the version before. */
static void
test_failed_rule_set_validity (Fixture *fixture, gconstpointer data)
{
  g_autofree char *needle = g_strdup_printf ("version %d", RULE_SET_VALIDITY_VERSION);
  sqlite3 *db;

  konkurs_test_load_version (fixture->path, RULE_SET_VALIDITY_VERSION - 1,
                             (const char * const[]) {
                               v8_competition, "CREATE TABLE rule_set_validity (id INTEGER PRIMARY KEY);", NULL
                             });
  db = konkurs_test_assert_upgrade_leaves_file (fixture->path, fixture->calendar, needle,
                                                RULE_SET_VALIDITY_VERSION - 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM pragma_table_info ('competition') "
                                             "WHERE name = 'scope'"), ==, 0);
  sqlite3_close (db);
}

static void
test_new_database (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = konkurs_store_open (fixture->path, fixture->calendar, &error);
  static const char * const tables[] = {
    "rule_set", "rule_value", "rule_set_procedure", "rule_set_sector", "competition", "vacancy", "audit_log",
    "candidate", "candidate_education", "work_period", "certificate", "application",
    "competition_stage", "test_result", "test_result_part", "expert", "essay",
    "essay_assignment", "essay_score", "commission_member", "meeting",
    "meeting_attendance", "vote", "candidate_fts", "organisation", "default_commission_member",
    "issued_document", "rule_set_validity", "candidate_exclusion",
  };
  sqlite3 *db;

  g_assert_no_error (error);
  db = konkurs_store_get_db (store);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA user_version"), ==, KONKURS_STORE_SCHEMA_VERSION);

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;

      sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                          -1, &stmt, NULL);
      sqlite3_bind_text (stmt, 1, tables[i], -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_test_message ("table %s", tables[i]);
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
    }

  /* Every foreign key has an index that starts with its column. */
  g_assert_cmpint (konkurs_test_query_int64 (db,
                                             "SELECT count(*) FROM sqlite_schema t, "
                                             "pragma_foreign_key_list (t.name) fk "
                                             "WHERE t.type = 'table' AND NOT EXISTS ("
                                             "  SELECT 1 FROM pragma_index_list (t.name) il, "
                                             "pragma_index_info (il.name) ii "
                                             "  WHERE ii.seqno = 0 AND ii.name = fk.\"from\")"
                                             "AND NOT EXISTS (SELECT 1 FROM pragma_table_info (t.name) ti "
                                             "  WHERE ti.pk = 1 AND ti.name = fk.\"from\")"), ==, 0);
}

static void
test_failed_migration (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  KonkursStore *store;
  sqlite3 *db = NULL;

  /* Somebody added a table of their own that version 2 also wants. */
  load_v1 (fixture->path);
  konkurs_test_exec_on_file (fixture->path,
                "CREATE TABLE candidate (id INTEGER PRIMARY KEY, full_name TEXT);"
                "INSERT INTO candidate VALUES (1, 'Старый жазба');");
  g_assert_true (g_file_get_contents (fixture->path, &before, &before_len, &error));

  for (int attempt = 0; attempt < 2; attempt++)
    {
      store = konkurs_store_open (fixture->path, fixture->calendar, &error);
      g_assert_null (store);
      g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_MIGRATION);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, fixture->path));
      g_assert_nonnull (strstr (error->message, "version 2"));
      g_assert_nonnull (strstr (error->message, "candidate"));
      g_clear_error (&error);
    }

  /* Byte for byte as it was, and no lock or journal left beside it. */
  g_assert_true (g_file_get_contents (fixture->path, &after, &after_len, &error));
  g_assert_cmpmem (before, before_len, after, after_len);
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    const char *name;
    guint n_files = 0;

    while ((name = g_dir_read_name (dir)) != NULL)
      n_files++;
    g_assert_cmpuint (n_files, ==, 1);
  }

  g_assert_cmpint (sqlite3_open (fixture->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA user_version"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM pragma_table_info ('candidate')"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db,
                                             "SELECT count(*) FROM sqlite_schema WHERE name = 'application'"), ==, 0);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM vacancy"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM candidate"), ==, 1);
  sqlite3_close (db);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, konkurs_test_migration_set_up, func, konkurs_test_migration_tear_down)
  ADD ("/migrations/v1-dump-is-migration-1", test_v1_dump_is_migration_1);
  ADD ("/migrations/new-database", test_new_database);
  ADD ("/migrations/from-v1", test_from_v1);
  ADD ("/migrations/from-v2", test_from_v2);
  ADD ("/migrations/failure-in-3-leaves-version-2", test_failed_migration_3);
  ADD ("/migrations/from-v3", test_from_v3);
  ADD ("/migrations/failure-in-4-leaves-version-3", test_failed_migration_4);
  ADD ("/migrations/from-v4", test_from_v4);
  ADD ("/migrations/failure-in-5-leaves-file-unchanged", test_failed_migration_5);
  ADD ("/migrations/orphan-fails-migration-5", test_orphan_fails_migration_5);
  ADD ("/migrations/from-v5", test_from_v5);
  ADD ("/migrations/failure-in-6-leaves-file-unchanged", test_failed_migration_6);
  ADD ("/migrations/publication-min-group", test_publication_min_group);
  ADD ("/migrations/failure-in-publication-min-group-leaves-file-unchanged", test_failed_publication_min_group);
  ADD ("/migrations/rule-set-validity", test_rule_set_validity);
  ADD ("/migrations/rule-set-validity-own-rule-set", test_rule_set_validity_own);
  ADD ("/migrations/failure-in-rule-set-validity-leaves-file-unchanged", test_failed_rule_set_validity);
  ADD ("/migrations/failure-leaves-file-unchanged", test_failed_migration);
#undef ADD

  return g_test_run ();
}
