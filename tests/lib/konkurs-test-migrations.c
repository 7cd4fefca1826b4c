/* konkurs-test-migrations.c — databases as older Konkurs versions left
 * them, for the tests of the migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-private.h"
#include "konkurs-test-migrations.h"
#include "konkurs-test-util.h"

void
konkurs_test_migration_set_up (KonkursTestMigration *fixture, gconstpointer data)
{
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-migrations-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "konkurs.db", NULL);
  fixture->calendar = konkurs_test_calendar_new ();
}

void
konkurs_test_migration_tear_down (KonkursTestMigration *fixture, gconstpointer data)
{
  konkurs_test_remove_tree (fixture->dir);
  g_assert_finalize_object (fixture->calendar);
  g_free (fixture->path);
  g_free (fixture->dir);
}

void
konkurs_test_exec_on_file (const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  char *errmsg = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &errmsg) != SQLITE_OK)
    g_error ("%s: %s", path, errmsg);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

void
konkurs_test_load_version (const char *path, int version, const char * const *data)
{
  g_autofree char *pragmas = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                                              version, (int) KONKURS_STORE_APPLICATION_ID);
  sqlite3 *db = NULL;
  char *errmsg = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (konkurs_store_register_functions (db), ==, SQLITE_OK);
  for (int v = 1; v <= version; v++)
    if (sqlite3_exec (db, konkurs_store_get_migration_sql (v), NULL, NULL, &errmsg) != SQLITE_OK)
      g_error ("migration %d: %s", v, errmsg);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  for (guint i = 0; data[i] != NULL; i++)
    konkurs_test_exec_on_file (path, data[i]);
  konkurs_test_exec_on_file (path, pragmas);
}

char *
konkurs_test_describe_schema (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GString *text = g_string_new (NULL);

  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT type, name, sql FROM sqlite_schema "
                                       "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (text, "%s %s: %s\n",
                            sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2));
  return g_string_free (text, FALSE);
}

char *
konkurs_test_describe_file_schema (const char *path)
{
  sqlite3 *db = NULL;
  char *schema;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  schema = konkurs_test_describe_schema (db);
  sqlite3_close (db);
  return schema;
}

void
konkurs_test_assert_schema_as_new (const char *dir, const char *path, KonkursCalendar *calendar)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *fresh_path = g_build_filename (dir, "fresh.db", NULL);
  g_autoptr(KonkursStore) store = konkurs_store_open (fresh_path, calendar, &error);
  g_autofree char *upgraded_schema = NULL;
  g_autofree char *fresh_schema = NULL;

  g_assert_no_error (error);
  g_clear_object (&store);
  upgraded_schema = konkurs_test_describe_file_schema (path);
  fresh_schema = konkurs_test_describe_file_schema (fresh_path);
  g_assert_cmpstr (upgraded_schema, ==, fresh_schema);
}

void
konkurs_test_assert_upgrade_fails (const char *path, KonkursCalendar *calendar, const char *needle)
{
  g_autoptr(GError) error = NULL;
  KonkursStore *store = konkurs_store_open (path, calendar, &error);

  g_assert_null (store);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_MIGRATION);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, needle));
}

sqlite3 *
konkurs_test_assert_upgrade_leaves_file (const char      *path,
                                         KonkursCalendar *calendar,
                                         const char      *needle,
                                         int              version)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;
  sqlite3 *db = NULL;

  g_assert_true (g_file_get_contents (path, &before, &before_len, &error));

  konkurs_test_assert_upgrade_fails (path, calendar, needle);

  g_assert_true (g_file_get_contents (path, &after, &after_len, &error));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (konkurs_test_query_int64 (db, "PRAGMA user_version"), ==, version);
  return db;
}

KonkursStore *
konkurs_test_open_upgraded (const char *path, KonkursCalendar *calendar)
{
  g_autoptr(GError) error = NULL;
  KonkursStore *store = konkurs_store_open (path, calendar, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store), "PRAGMA user_version"), ==,
                   KONKURS_STORE_SCHEMA_VERSION);
  return store;
}

/* Version 5 was the first whose competitions and vacancies have both
 * languages; versions 5 and 6 are tested from the same rows. */
const char konkurs_test_v5_competition[] =
  "INSERT INTO competition (id, number, rule_set_id, procedure, state_body_kk, state_body_ru, title_kk, title_ru, "
  "  announced_on) VALUES "
  "(3, '2025-001', 1, 1, 'Қаржы министрлігі', 'Министерство финансов', 'Бос лауазымға конкурс', "
  "  'Конкурс на вакантную должность', '2025-03-03');"
  "INSERT INTO vacancy (id, competition_id, code, position_title_kk, position_title_ru, corps, category, "
  "  leadership, level, seats, education, experience_years) VALUES "
  "(10, 3, '1', 'Бас маман', 'Главный специалист', 2, 'C-O-5', 0, 1, 2, 3, 1);"
  "INSERT INTO application (id, candidate_id, competition_id, vacancy_id, personal_code, received_on, "
  "  status, eligibility, decided_by, decided_at) VALUES "
  "(1, 1, 3, 10, 'KNK-AAA-AAA-AAA', '2025-03-04', 'admitted', 'eligible', 'secretary', '2025-03-07T09:00:00Z'),"
  "(2, 2, 3, 10, 'KNK-BBB-BBB-BBB', '2025-03-04', 'received', 'pending', NULL, NULL);";
