/* test-store-rows.c — the row-reading helper of the store: bind, step, map
 * each row, and the errors of each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-autocleanups.h"
#include "konkurs-store-private.h"
#include "konkurs-test-util.h"

typedef struct {
  KonkursStore *store;
} Fixture;

static void
exec (Fixture *fixture, const char *sql)
{
  char *errmsg = NULL;

  if (sqlite3_exec (konkurs_store_get_db (fixture->store), sql, NULL, NULL, &errmsg) != SQLITE_OK)
    g_error ("%s: %s", sql, errmsg);
}

/* A parent table and a child table that refers to it, RESTRICT on delete. */
static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->store = konkurs_test_store_open (NULL, NULL);
  exec (fixture,
        "CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT, day TEXT, at TEXT);"
        "INSERT INTO t VALUES (1, 'бір', '2025-03-04', '2025-03-04T10:20:30Z'),"
        "  (2, NULL, '2021-02-30', NULL), (3, 'үш', NULL, 'not a time');"
        "CREATE TABLE child (id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES t (id) ON DELETE RESTRICT);"
        "INSERT INTO child VALUES (10, 1);");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->store);
}

static sqlite3_stmt *
prepare (Fixture *fixture, const char *sql)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt = konkurs_store_prepare (fixture->store, sql, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stmt);
  return stmt;
}

/* "id:label" of the row */
static gpointer
describe_row (sqlite3_stmt *stmt, gpointer user_data)
{
  guint *n_calls = user_data;

  (*n_calls)++;
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%s", (gint64) sqlite3_column_int64 (stmt, 0),
                          konkurs_store_column_text (stmt, 1));
}

static void
test_read_all (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = prepare (fixture, "SELECT id, label FROM t ORDER BY id DESC");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) again = NULL;
  guint n_calls = 0;

  rows = konkurs_store_read_all (fixture->store, stmt, describe_row, &n_calls, g_free, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpuint (n_calls, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (rows, 0), ==, "3:үш");
  /* NULL text reads as "" */
  g_assert_cmpstr (g_ptr_array_index (rows, 1), ==, "2:");
  g_assert_cmpstr (g_ptr_array_index (rows, 2), ==, "1:бір");
  /* reset: it holds no lock, and reads the same again */
  g_assert_false (sqlite3_stmt_busy (stmt));
  again = konkurs_store_read_all (fixture->store, stmt, describe_row, &n_calls, g_free, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 3);
}

/* json() of malformed text fails at the step, not at the prepare. */
static void
test_read_all_error (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = prepare (fixture, "SELECT id, json (label) FROM t ORDER BY id");
  g_autoptr(GPtrArray) rows = NULL;
  guint n_calls = 0;

  rows = konkurs_store_read_all (fixture->store, stmt, describe_row, &n_calls, g_free, &error);
  g_assert_null (rows);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "JSON"));
  g_assert_false (sqlite3_stmt_busy (stmt));
}

static void
test_read_one (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *row = NULL;
  guint n_calls = 0;

  stmt = konkurs_store_prepare_id (fixture->store, "SELECT id, label FROM t WHERE id = ?1", 3, &error);
  g_assert_no_error (error);
  row = konkurs_store_read_one (fixture->store, stmt, describe_row, &n_calls, "none", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (row, ==, "3:үш");
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = konkurs_store_prepare_id (fixture->store, "SELECT id, label FROM t WHERE id = ?1", 4, &error);
  g_assert_null (konkurs_store_read_one (fixture->store, stmt, describe_row, &n_calls, "There is no 4.", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "There is no 4.");
  g_assert_cmpuint (n_calls, ==, 1);
  g_clear_error (&error);
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = prepare (fixture, "SELECT id, json ('{') FROM t");
  g_assert_null (konkurs_store_read_one (fixture->store, stmt, describe_row, &n_calls, "none", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED);
}

static void
test_read_int64 (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) count = prepare (fixture, "SELECT count(*) FROM t");
  g_autoptr(sqlite3_stmt) find = prepare (fixture, "SELECT id FROM t WHERE label = ?1");
  g_autoptr(sqlite3_stmt) ids = prepare (fixture, "SELECT id FROM t ORDER BY id DESC");
  g_autoptr(GArray) values = NULL;
  gboolean found = FALSE;
  gint64 value = -1;

  g_assert_true (konkurs_store_read_int64 (fixture->store, count, NULL, &value, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value, ==, 3);

  sqlite3_bind_text (find, 1, "үш", -1, SQLITE_STATIC);
  g_assert_true (konkurs_store_read_int64 (fixture->store, find, &found, &value, &error));
  g_assert_true (found);
  g_assert_cmpint (value, ==, 3);

  /* no row: found is FALSE and the value is left alone */
  sqlite3_reset (find);
  sqlite3_bind_text (find, 1, "жоқ", -1, SQLITE_STATIC);
  value = 42;
  g_assert_true (konkurs_store_read_int64 (fixture->store, find, &found, &value, &error));
  g_assert_no_error (error);
  g_assert_false (found);
  g_assert_cmpint (value, ==, 42);

  values = konkurs_store_read_int64s (fixture->store, ids, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (values->len, ==, 3);
  g_assert_cmpint (g_array_index (values, gint64, 0), ==, 3);
  g_assert_cmpint (g_array_index (values, gint64, 2), ==, 1);
}

static void
test_step_changed (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;

  update = konkurs_store_prepare_id (fixture->store, "UPDATE t SET label = 'екі' WHERE id = ?1", 2, &error);
  g_assert_true (konkurs_store_step_changed (fixture->store, update, "gone", &error));
  g_assert_no_error (error);
  g_clear_pointer (&update, sqlite3_finalize);

  update = konkurs_store_prepare_id (fixture->store, "UPDATE t SET label = 'жоқ' WHERE id = ?1", 99, &error);
  g_assert_false (konkurs_store_step_changed (fixture->store, update, "The row is gone.", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "The row is gone.");
}

static void
test_delete_id (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) count = prepare (fixture, "SELECT count(*) FROM t");
  gint64 n = 0;

  /* row 1 has a child */
  g_assert_false (konkurs_store_delete_id (fixture->store, "DELETE FROM t WHERE id = ?1", 1,
                                           "Row 1 has children.", "gone", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, ==, "Row 1 has children.");
  g_clear_error (&error);

  /* without a message of its own, the general one */
  g_assert_false (konkurs_store_delete_id (fixture->store, "DELETE FROM t WHERE id = ?1", 1,
                                           NULL, "gone", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_assert_cmpstr (error->message, !=, "Row 1 has children.");
  g_clear_error (&error);

  g_assert_false (konkurs_store_delete_id (fixture->store, "DELETE FROM t WHERE id = ?1", 99,
                                           "in use", "Row 99 is gone.", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "Row 99 is gone.");
  g_clear_error (&error);

  g_assert_true (konkurs_store_delete_id (fixture->store, "DELETE FROM t WHERE id = ?1", 2,
                                          "in use", "gone", &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_read_int64 (fixture->store, count, NULL, &n, &error));
  g_assert_cmpint (n, ==, 2);
}

static void
read_day (sqlite3_stmt *stmt, gpointer days)
{
  GDate day;

  konkurs_store_column_date_into (stmt, 0, &day);
  g_array_append_val ((GArray *) days, day);
}

static void
test_columns (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) days = prepare (fixture, "SELECT day FROM t ORDER BY id");
  g_autoptr(sqlite3_stmt) times = prepare (fixture, "SELECT at FROM t ORDER BY id");
  g_autoptr(GArray) read = g_array_new (FALSE, FALSE, sizeof (GDate));
  g_autoptr(GDateTime) at = NULL;
  g_autoptr(GDateTime) expected = g_date_time_new_utc (2025, 3, 4, 10, 20, 30);

  g_assert_true (konkurs_store_each_row (fixture->store, days, read_day, read, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (read->len, ==, 3);
  konkurs_test_assert_date (&g_array_index (read, GDate, 0), 2025, 3, 4);
  /* 30 February and NULL are no dates */
  g_assert_false (g_date_valid (&g_array_index (read, GDate, 1)));
  g_assert_false (g_date_valid (&g_array_index (read, GDate, 2)));

  g_assert_cmpint (sqlite3_step (times), ==, SQLITE_ROW);
  at = konkurs_store_column_datetime (times, 0);
  g_assert_nonnull (at);
  g_assert_true (g_date_time_equal (at, expected));
  g_assert_cmpint (sqlite3_step (times), ==, SQLITE_ROW);
  g_assert_null (konkurs_store_column_datetime (times, 0));
  g_assert_cmpint (sqlite3_step (times), ==, SQLITE_ROW);
  g_assert_null (konkurs_store_column_datetime (times, 0));
}

static void
test_iso_dates (void)
{
  static const char * const refused[] = {
    "2021-02-30", "2021-2-03", "2021-02-03x", "20210203", "", "0000-01-01",
  };
  g_autoptr(GDate) leap = konkurs_store_date_from_iso ("2024-02-29");
  g_autofree char *iso = konkurs_store_date_to_iso (leap);
  GDate cleared;

  konkurs_test_assert_date (leap, 2024, 2, 29);
  g_assert_cmpstr (iso, ==, "2024-02-29");
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_null (konkurs_store_date_from_iso (refused[i]));
  g_assert_null (konkurs_store_date_from_iso (NULL));
  g_date_clear (&cleared, 1);
  g_assert_null (konkurs_store_date_to_iso (&cleared));
  g_assert_null (konkurs_store_date_to_iso (NULL));
}

/* What konkurs_store_bind_date() binds, read back as text. */
static char *
bound_date (Fixture *fixture, const GDate *date)
{
  g_autoptr(sqlite3_stmt) stmt = prepare (fixture, "SELECT quote (?1)");

  konkurs_store_bind_date (stmt, 1, date);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

static void
test_bind_date (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GDate) early = g_date_new_dmy (5, G_DATE_JANUARY, 7);
  g_autoptr(GDate) late = g_date_new_dmy (31, G_DATE_DECEMBER, 2024);
  g_autoptr(GDate) far = g_date_new_dmy (1, G_DATE_MARCH, 12345);
  g_autofree char *text_early = bound_date (fixture, early);
  g_autofree char *text_late = bound_date (fixture, late);
  g_autofree char *text_far = bound_date (fixture, far);
  g_autofree char *text_none = bound_date (fixture, NULL);

  g_assert_cmpstr (text_early, ==, "'0007-01-05'");
  g_assert_cmpstr (text_late, ==, "'2024-12-31'");
  g_assert_cmpstr (text_far, ==, "'12345-03-01'");
  g_assert_cmpstr (text_none, ==, "NULL");
}

/* A cached statement is found by the address of its text only while the
 * text there is the same: a buffer reused for another statement gets that
 * one. */
static void
test_cached_address (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  char sql[64];

  konkurs_store_lock_writes (fixture->store);
  for (guint i = 0; i < 2; i++)
    {
      const char *labels[] = { "label", "day" };

      for (guint round = 0; round < 2; round++)
        {
          g_autoptr(KonkursStoreStmt) stmt = NULL;

          g_snprintf (sql, sizeof sql, "SELECT %s FROM t WHERE id = 1", labels[i]);
          stmt = konkurs_store_cached (fixture->store, sql, &error);
          g_assert_no_error (error);
          g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
          g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, i == 0 ? "бір" : "2025-03-04");
        }
    }
  konkurs_store_unlock_writes (fixture->store);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/rows/iso-dates", test_iso_dates);
#define ADD(path, func) g_test_add ("/store/rows/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("read-all", test_read_all);
  ADD ("read-all-error", test_read_all_error);
  ADD ("read-one", test_read_one);
  ADD ("read-int64", test_read_int64);
  ADD ("step-changed", test_step_changed);
  ADD ("delete-id", test_delete_id);
  ADD ("columns", test_columns);
  ADD ("bind-date", test_bind_date);
  ADD ("cached-address", test_cached_address);
#undef ADD

  return g_test_run ();
}
