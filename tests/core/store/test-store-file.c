/* test-store-file.c — the SQLite store as a file and a database:
 * transactions, a worker thread's writes, the schema's rules, a full disk,
 * opening, locking and refusing files
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

/* Transactions */

static void
test_transaction_rollback (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursVacancy) vacancy = NULL;
  g_autoptr(GPtrArray) list = NULL;

  konkurs_test_fixture_reset (fixture);
  g_assert_true (konkurs_store_begin (fixture->store, &error));
  g_assert_no_error (error);

  /* Not nestable. */
  g_assert_false (konkurs_store_begin (fixture->store, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED);
  g_clear_error (&error);

  competition = konkurs_test_fixture_add_competition (fixture, "Министерство финансов", 2024, 3, 1);
  vacancy = konkurs_test_fixture_add_vacancy (fixture, konkurs_competition_get_id (competition), "Главный эксперт");
  g_assert_cmpint (fixture->n_changed, ==, 0);

  konkurs_store_rollback (fixture->store);
  g_assert_cmpint (fixture->n_changed, ==, 0);

  list = konkurs_store_list_competitions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM vacancy"), ==, 0);
  /* only the baselines of the rule sets a new database starts with */
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM audit_log "
                                             "WHERE action <> 'baseline'"), ==, 0);

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
  g_autoptr(KonkursCompetition) competition =
    konkurs_test_fixture_add_competition (fixture, "Министерство финансов", 2024, 3, 1);
  gint64 id = konkurs_competition_get_id (competition);
  g_autoptr(KonkursVacancy) a = NULL;
  g_autoptr(KonkursVacancy) b = NULL;
  g_autoptr(KonkursVacancy) bad = konkurs_test_vacancy_new (id, "Эксперт");

  konkurs_test_fixture_reset (fixture);
  g_assert_true (konkurs_store_begin (fixture->store, &error));
  a = konkurs_test_fixture_add_vacancy (fixture, id, "Главный эксперт");
  b = konkurs_test_fixture_add_vacancy (fixture, id, "Ведущий эксперт");
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
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM vacancy"), ==, 1);

  /* After commit, changes announce themselves again one by one. */
  konkurs_test_fixture_reset (fixture);
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
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Министерство финансов", 2024, 3, 1);
  g_autoptr(KonkursVacancy) vacancy = NULL;

  if (!konkurs_store_begin (store, &error) ||
      !konkurs_store_save_competition (store, competition, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  vacancy = konkurs_test_vacancy_new (konkurs_competition_get_id (competition), "Главный эксперт");
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
  konkurs_test_fixture_reset (fixture);
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
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM vacancy"), ==, 1);
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
  sqlite3 *db = fixture->db;
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

  konkurs_test_exec (fixture->db,
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
  konkurs_test_exec (fixture->db, "DELETE FROM candidate WHERE iin = '870715350123'");
  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 1, "әлия", -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  konkurs_test_exec (fixture->db, "INSERT INTO candidate_fts (candidate_fts) VALUES ('integrity-check')");
}

/* Schema rules */

static void
test_schema_checks (Fixture *fixture, gconstpointer data)
{
  sqlite3 *db = fixture->db;
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
    "INSERT INTO commission_member (commission_id, ordinal, role, name_ru) VALUES (1, 1, 'guest', 'A')",
    "INSERT INTO certificate (candidate_id, kind, passed_on) VALUES (1, 'driving', '2024-01-01')",
  };

  konkurs_test_exec (fixture->db,
                     "INSERT INTO competition (id, number, rule_set_id, procedure, state_body_ru, announced_on) "
                     "VALUES (1, '2024-001', 1, 1, 'X', '2024-02-29');"
                     "INSERT INTO vacancy (competition_id, code, position_title_ru, corps, level) VALUES (1, '1', 'Y', "
                     "2, 1);"
                     "INSERT INTO candidate (id, iin, surname, name, birth_date, sex) "
                     "VALUES (1, '900101300111', 'A', 'B', '1990-01-01', 'M');");

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("%s", refused[i]);
      g_assert_cmpint (sqlite3_exec (db, refused[i], NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
    }

  konkurs_test_exec (fixture->db,
                     "INSERT INTO commission (id, name_ru) VALUES (1, 'Комиссия');"
                     "INSERT INTO commission_member (commission_id, ordinal, role, name_ru) VALUES (1, 1, 'chair', 'Chair');"
                     "INSERT INTO work_period (candidate_id, employer, started_on) VALUES (1, 'Акимат', "
                     "'2015-09-01');");
  /* A sector of the rule set, by its code. */
  konkurs_test_exec (fixture->db,
                     "INSERT INTO application (candidate_id, competition_id, sector, personal_code, received_on) "
                     "VALUES (1, 1, 'digitalisation', 'KNK-AAA', '2024-03-01')");
  /* One chair per commission. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO commission_member (commission_id, ordinal, role, name_ru) "
                                 "VALUES (1, 2, 'chair', 'Another')", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  /* Work that ends before it starts. */
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO work_period (candidate_id, employer, started_on, ended_on) "
                                 "VALUES (1, 'X', '2015-09-01', "
                                 "'2014-01-01')", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "PRAGMA foreign_keys"), ==, 1);
}

static void
test_disk_full (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Министерство финансов", 2024, 3, 1);
  g_autoptr(GString) long_title = g_string_new (NULL);
  g_autofree char *limit = NULL;

  /* The database may not grow: what a full disk looks like to SQLite. */
  limit = g_strdup_printf ("PRAGMA max_page_count = %" G_GINT64_FORMAT,
                           konkurs_test_query_int64 (fixture->db, "PRAGMA page_count"));
  konkurs_test_exec (fixture->db, limit);

  for (int i = 0; i < 4000; i++)
    g_string_append (long_title, "конкурс ");
  konkurs_competition_set_title (competition, long_title->str, NULL);

  konkurs_test_fixture_reset (fixture);
  g_assert_false (konkurs_store_save_competition (fixture->store, competition, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FULL);
  g_assert_cmpstr (error->message, ==, "The disk is full. Nothing was saved.");
  g_assert_cmpint (konkurs_competition_get_id (competition), ==, 0);
  g_assert_cmpint (fixture->n_changed, ==, 0);
  g_assert_cmpint (konkurs_test_query_int64 (fixture->db, "SELECT count(*) FROM competition"), ==, 0);
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
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Қаржы министрлігі", 2024, 3, 1);

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
      g_assert_cmpuint (konkurs_test_count_competitions (store), ==, 0);

      g_mutex_lock (&w.lock);
      w.step = 2;
      g_cond_broadcast (&w.cond);
      g_mutex_unlock (&w.lock);
      g_thread_join (thread);

      /* rolled back: still nothing; committed: there */
      g_assert_cmpuint (konkurs_test_count_competitions (store), ==, (guint) commit);
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
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Министерство финансов", 2024, 3, 1);
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
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store), "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store), "PRAGMA busy_timeout"), ==, 5000);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store), "PRAGMA synchronous"), ==, 1);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store),
                                             "PRAGMA application_id"), ==, KONKURS_STORE_APPLICATION_ID);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store),
                                             "PRAGMA user_version"), ==, KONKURS_STORE_SCHEMA_VERSION);
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
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store), "SELECT count(*) FROM rule_set"), ==, 2);
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
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (first), "SELECT count(*) FROM rule_set"), ==, 2);
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

  g_test_add_func ("/store/default-calendar", test_default_calendar);

#define ADD(path, func) g_test_add (path, Fixture, NULL, konkurs_test_fixture_set_up, func, \
                                    konkurs_test_fixture_tear_down)
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
