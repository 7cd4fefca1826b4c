/* konkurs-store-verify.c — checking the record: every entry's hash
 * recomputed from the one before, the numbers in sequence, the head where
 * the last entry is, every row of the tracked tables equal to the values
 * its latest entry gives, and every issued document naming a head of the
 * chain.  The first thing that does not hold is named.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-chain-private.h"
#include "konkurs-store-verify.h"

void
konkurs_verify_report_free (KonkursVerifyReport *report)
{
  if (report == NULL)
    return;
  g_free (report->head);
  g_free (report->table);
  g_free (report->message);
  g_free (report);
}

typedef struct {
  KonkursStore        *store;
  GCancellable        *cancellable;
  KonkursVerifyReport *report;
  GHashTable          *hashes;   /* every entry's hash, for the heads issued documents name */
} Check;

/* Numbers in messages are written %lld: a translator's msgid cannot hold
 * G_GINT64_FORMAT. */
#define LL(n) ((long long) (n))

#define SELECT_ENTRIES \
  "SELECT id, at, actor, action, table_name, row_id, before, after, details, hash FROM audit_log "

static const char *
column (sqlite3_stmt *stmt, int i)
{
  return (const char *) sqlite3_column_text (stmt, i);
}

/* Entry @seq as the current row of @stmt (of SELECT_ENTRIES) would be. */
static KonkursChainEntry
entry_at (sqlite3_stmt *stmt,
          gint64        seq)
{
  return (KonkursChainEntry) {
    seq, column (stmt, 1), column (stmt, 2), column (stmt, 3), column (stmt, 4),
    sqlite3_column_type (stmt, 5) != SQLITE_NULL, sqlite3_column_int64 (stmt, 5),
    column (stmt, 6), column (stmt, 7), column (stmt, 8),
  };
}

/* "entry 42 (decide application 17)" */
static char *
describe_entry (sqlite3_stmt *stmt)
{
  return g_strdup_printf (_("entry %lld (%s %s %lld)"),
                          LL (sqlite3_column_int64 (stmt, 0)), column (stmt, 3), column (stmt, 4),
                          LL (sqlite3_column_int64 (stmt, 5)));
}

static gboolean
fail (Check                *check,
      KonkursVerifyProblem  problem,
      gint64                entry,
      char                 *message)
{
  check->report->problem = problem;
  check->report->entry = entry;
  check->report->message = message;
  return FALSE;
}

static gboolean
step (Check         *check,
      sqlite3_stmt  *stmt,
      gboolean      *row,
      GError       **error)
{
  int rc = sqlite3_step (stmt);

  *row = FALSE;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (check->store, rc, error);
      return FALSE;
    }
  if (g_cancellable_set_error_if_cancelled (check->cancellable, error))
    return FALSE;
  *row = rc == SQLITE_ROW;
  return TRUE;
}

/* Entry @seq does not hash to what it holds: is it one moved from later
 * in the chain (or the one moved there)?  Its number then, or 0. */
static gboolean
find_swapped (Check         *check,
              gint64         seq,
              const char    *previous,
              const char    *stored,
              gint64        *other,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (check->store, SELECT_ENTRIES "WHERE id > ?1 ORDER BY id",
                                                           seq, error);
  gboolean row = FALSE, ok;

  *other = 0;
  if (stmt == NULL)
    return FALSE;
  while (*other == 0 && (ok = step (check, stmt, &row, error)) && row)
    {
      KonkursChainEntry entry = entry_at (stmt, seq);
      g_autofree char *hash = NULL;

      hash = konkurs_chain_hash (previous, &entry);
      if (g_strcmp0 (hash, stored) == 0 || g_strcmp0 (hash, column (stmt, 9)) == 0)
        *other = sqlite3_column_int64 (stmt, 0);
    }
  return *other != 0 || ok;
}

/* The entry at the current row of @stmt, which should be number @seq and
 * follow @previous: FALSE with the report's problem when it does not,
 * with @error when reading fails. */
static gboolean
check_entry (Check         *check,
             sqlite3_stmt  *stmt,
             gint64         seq,
             const char    *previous,
             GError       **error)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  KonkursChainEntry entry = entry_at (stmt, seq);
  g_autofree char *hash = NULL;
  gint64 other = 0;

  if (id != seq)
    return fail (check, KONKURS_VERIFY_MISSING, seq,
                 seq == 1
                 ? g_strdup_printf (_("entry 1 is missing: the record begins at entry %lld"), LL (id))
                 : g_strdup_printf (_("entry %lld is missing: the record goes from entry %lld to entry %lld"), LL (seq), LL (seq - 1), LL (id)));
  hash = konkurs_chain_hash (previous, &entry);
  if (g_strcmp0 (hash, column (stmt, 9)) == 0)
    return TRUE;

  if (!find_swapped (check, seq, previous, column (stmt, 9), &other, error))
    return FALSE;
  if (other != 0)
    return fail (check, KONKURS_VERIFY_ORDER, seq,
                 g_strdup_printf (_("entries %lld and %lld are out of order"),
                                  LL (seq), LL (other)));
  {
    g_autofree char *what = describe_entry (stmt);
    return fail (check, KONKURS_VERIFY_HASH, seq, g_strdup_printf (_("%s: the hash does not match"), what));
  }
}

static gboolean
check_chain (Check   *check,
             GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (check->store, SELECT_ENTRIES "ORDER BY id", error);
  g_autofree char *previous = g_strdup (KONKURS_CHAIN_GENESIS);
  gboolean row = FALSE, ok;
  gint64 seq = 0;

  if (stmt == NULL)
    return FALSE;
  while ((ok = step (check, stmt, &row, error)) && row)
    {
      if (!check_entry (check, stmt, ++seq, previous, error))
        return FALSE;
      g_free (previous);
      previous = g_strdup (column (stmt, 9));
      g_hash_table_add (check->hashes, g_strdup (previous));
    }
  if (!ok)
    return FALSE;
  check->report->n_entries = seq;
  check->report->head = g_steal_pointer (&previous);
  return TRUE;
}

/* The head kept beside the chain: cutting entries off the end shows. */
static gboolean
check_head (Check   *check,
            GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (check->store, "SELECT seq, hash FROM audit_head", error);
  gint64 n = check->report->n_entries;
  gboolean row = FALSE;
  gint64 seq;

  if (stmt == NULL || !step (check, stmt, &row, error))
    return FALSE;
  if (!row)
    return fail (check, KONKURS_VERIFY_HEAD, 0, g_strdup (_("the head of the record is missing")));
  seq = sqlite3_column_int64 (stmt, 0);
  if (seq > n)
    return fail (check, KONKURS_VERIFY_TRUNCATED, n + 1,
                 g_strdup_printf (_("the record ends at entry %lld but its head names entry %lld: entries were removed from its end"),
                                  LL (n), LL (seq)));
  if (seq < n)
    return fail (check, KONKURS_VERIFY_HEAD, seq + 1,
                 g_strdup_printf (_("entries %lld to %lld"
                                    " were added after the head of the record (entry %lld)"),
                                  LL (seq + 1), LL (n), LL (seq)));
  if (g_strcmp0 (column (stmt, 1), check->report->head) != 0)
    return fail (check, KONKURS_VERIFY_HEAD, n,
                 g_strdup_printf (_("the head of the record does not match entry %lld"), LL (n)));
  return TRUE;
}

/* Within the key @key of @now and @recorded that differ, the first value
 * that does, by its path ("stages[1].threshold"): a rule set's stages are
 * one key of its snapshot, and "stages" alone would not say what
 * changed.  Left as it is when nothing inside differs (an element gone). */
static void
refine_difference (Check       *check,
                   const char  *now,
                   const char  *recorded,
                   char       **key,
                   char       **in_db,
                   char       **in_record)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare (check->store,
                                "SELECT substr (n.fullkey, 3), n.atom, json_extract (?2, n.fullkey) "
                                "FROM json_tree (?1, '$.\"' || ?3 || '\"') n "
                                "WHERE n.type NOT IN ('object', 'array') "
                                "AND n.atom IS NOT json_extract (?2, n.fullkey) AND n.fullkey <> '$.\"' || ?3 || '\"' "
                                "LIMIT 1",
                                NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, recorded, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, *key, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return;
  g_free (*key);
  g_free (*in_db);
  g_free (*in_record);
  *key = g_strdup (column (stmt, 0));
  *in_db = g_strdup (column (stmt, 1));
  *in_record = g_strdup (column (stmt, 2));
}

/* What differs between @now and @recorded, both snapshots of @table's row
 * @row_id, said of the first key that differs. */
static char *
describe_difference (Check       *check,
                     const char  *table,
                     gint64       row_id,
                     const char  *now,
                     const char  *recorded,
                     gint64       entry)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *key = NULL, *in_db = NULL, *in_record = NULL;

  stmt = konkurs_store_prepare (check->store,
                                "SELECT n.key, n.value, json_extract (?2, '$.\"' || n.key || '\"') "
                                "FROM json_each (?1) n "
                                "WHERE n.value IS NOT json_extract (?2, '$.\"' || n.key || '\"') LIMIT 1",
                                NULL);
  /* Not JSON (edited by hand): no key to name, said as a whole below. */
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, now, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, recorded, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        {
          key = g_strdup (column (stmt, 0));
          in_db = g_strdup (column (stmt, 1));
          in_record = g_strdup (column (stmt, 2));
        }
    }
  if (key != NULL)
    refine_difference (check, now, recorded, &key, &in_db, &in_record);
  if (key == NULL || g_strcmp0 (key, "sha256") == 0)
    return g_strdup_printf (_("%s %lld: its values in the database are not those in the record "
                              "of entry %lld"), table, LL (row_id), LL (entry));
  return g_strdup_printf (_("%s %lld: %s is “%s” in the database but “%s” in the record "
                            "of entry %lld"),
                          table, LL (row_id), key, in_db != NULL ? in_db : "", in_record != NULL ? in_record : "",
                          LL (entry));
}

typedef struct {
  sqlite3_stmt *stmt;
  gboolean      row;
} Cursor;

static gint64
cursor_id (Cursor *cursor)
{
  return cursor->row ? sqlite3_column_int64 (cursor->stmt, 0) : G_MAXINT64;
}

/* The rows of @table (id, values) beside the latest entry of each row the
 * record knows (row_id, entry, action, after), both by id, walked as a
 * merge. */
static gboolean
check_table (Check                    *check,
             const KonkursChainTable  *table,
             GError                  **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id, %s FROM %s ORDER BY id", table->snapshot, table->table);
  g_autoptr(sqlite3_stmt) rows = konkurs_store_prepare (check->store, sql, error);
  g_autoptr(sqlite3_stmt) latest = NULL;
  Cursor now = { rows, TRUE }, recorded = { NULL, TRUE };

  if (rows == NULL)
    return FALSE;
  latest = konkurs_store_prepare (check->store,
                                  "WITH latest AS (SELECT row_id, max (id) AS id FROM audit_log "
                                  "                WHERE table_name = ?1 AND row_id IS NOT NULL GROUP BY row_id) "
                                  "SELECT latest.row_id, l.id, l.action, l.after "
                                  "FROM latest JOIN audit_log l ON l.id = latest.id ORDER BY latest.row_id",
                                  error);
  if (latest == NULL)
    return FALSE;
  sqlite3_bind_text (latest, 1, table->table, -1, SQLITE_STATIC);
  recorded.stmt = latest;
  if (!step (check, now.stmt, &now.row, error) || !step (check, latest, &recorded.row, error))
    return FALSE;

  while (now.row || recorded.row)
    {
      gint64 id = MIN (cursor_id (&now), cursor_id (&recorded));
      gboolean deleted = recorded.row && cursor_id (&recorded) == id && g_strcmp0 (column (latest, 2), "delete") == 0;

      check->report->row_id = id;
      g_free (check->report->table);
      check->report->table = g_strdup (table->table);
      if (cursor_id (&recorded) > id)
        return fail (check, KONKURS_VERIFY_UNRECORDED, 0,
                     g_strdup_printf (_("%s %lld is in the database but not in the record"),
                                      table->table, LL (id)));
      if (cursor_id (&now) > id && !deleted)
        return fail (check, KONKURS_VERIFY_GONE, sqlite3_column_int64 (latest, 1),
                     g_strdup_printf (_("%s %lld is gone from the database, but the record "
                                        "never deleted it (its latest entry is %lld)"),
                                      table->table, LL (id), LL (sqlite3_column_int64 (latest, 1))));
      if (cursor_id (&now) == id && deleted)
        return fail (check, KONKURS_VERIFY_UNRECORDED, sqlite3_column_int64 (latest, 1),
                     g_strdup_printf (_("%s %lld is in the database, but the record deleted it "
                                        "in entry %lld"), table->table, LL (id),
                                      LL (sqlite3_column_int64 (latest, 1))));
      if (cursor_id (&now) == id && g_strcmp0 (column (rows, 1), column (latest, 3)) != 0)
        return fail (check, KONKURS_VERIFY_ROW, sqlite3_column_int64 (latest, 1),
                     describe_difference (check, table->table, id, column (rows, 1), column (latest, 3),
                                          sqlite3_column_int64 (latest, 1)));

      if (cursor_id (&now) == id && !step (check, now.stmt, &now.row, error))
        return FALSE;
      if (cursor_id (&recorded) == id && !step (check, latest, &recorded.row, error))
        return FALSE;
    }
  g_clear_pointer (&check->report->table, g_free);
  check->report->row_id = 0;
  return TRUE;
}

/* A printed protocol names the head of its time: one the chain lacks was
 * cut off, or the register was edited. */
static gboolean
check_issues (Check   *check,
              GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (check->store,
                                                        "SELECT id, number, chain_head FROM issued_document "
                                                        "WHERE chain_head IS NOT NULL ORDER BY id",
                                                        error);
  gboolean row = FALSE, ok;

  if (stmt == NULL)
    return FALSE;
  while ((ok = step (check, stmt, &row, error)) && row)
    {
      if (!g_hash_table_contains (check->hashes, column (stmt, 2)))
        {
          g_autofree char *head = konkurs_chain_format_head (column (stmt, 2));

          check->report->table = g_strdup ("issued_document");
          check->report->row_id = sqlite3_column_int64 (stmt, 0);
          return fail (check, KONKURS_VERIFY_ISSUE, 0,
                       g_strdup_printf (_("issued document № %s was printed at the head %s, which is not an "
                                          "entry of the record: entries were removed or changed"),
                                        column (stmt, 1), head));
        }
    }
  return ok;
}

/* Every check in turn until one finds a problem (FALSE, the report says
 * it) or reading fails (FALSE with @error). */
static gboolean
run_checks (Check   *check,
            GError **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok = check_chain (check, &local_error) && check_head (check, &local_error);

  for (guint i = 0; ok && i < konkurs_chain_n_tables; i++)
    ok = check_table (check, &konkurs_chain_tables[i], &local_error);
  ok = ok && check_issues (check, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

KonkursVerifyReport *
konkurs_store_verify (KonkursStore  *self,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(KonkursVerifyReport) report = g_new0 (KonkursVerifyReport, 1);
  g_autoptr(GHashTable) hashes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Check check = { self, cancellable, report, hashes };
  g_autoptr(sqlite3_stmt) begin = NULL;
  gboolean began, ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  /* A read transaction, so that the chain and the rows are of one moment;
   * the caller's own transaction is one already.  The connection is
   * shared: the write lock keeps the window's operations (savepoints)
   * out of it meanwhile, or its COMMIT would end them half done. */
  konkurs_store_lock_writes (self);
  begin = konkurs_store_prepare (self, "BEGIN", error);
  began = begin != NULL && sqlite3_get_autocommit (sqlite3_db_handle (begin))
          && konkurs_store_step_done (self, begin, error);
  /* in a transaction, its own or the caller's */
  ok = begin != NULL && !sqlite3_get_autocommit (sqlite3_db_handle (begin)) && run_checks (&check, error);
  if (began)
    {
      g_autoptr(sqlite3_stmt) commit = konkurs_store_prepare (self, "COMMIT", NULL);

      if (commit != NULL)
        sqlite3_step (commit);
    }
  konkurs_store_unlock_writes (self);
  if (!ok)
    return NULL;

  if (report->problem == KONKURS_VERIFY_OK)
    report->message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "OK: %lld entry, head %s",
                                                    "OK: %lld entries, head %s",
                                                    (gulong) report->n_entries),
                                       LL (report->n_entries), report->head);
  return g_steal_pointer (&report);
}

gboolean
konkurs_store_find_head (KonkursStore  *self,
                         const char    *digits,
                         gint64        *seq,
                         GError       **error)
{
  g_autoptr(GString) hex = g_string_new (NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (digits != NULL, FALSE);

  *seq = 0;
  for (const char *p = digits; *p != '\0'; p++)
    {
      if (g_ascii_isxdigit (*p))
        g_string_append_c (hex, g_ascii_tolower (*p));
      else if (*p != ' ' && *p != '-')
        return konkurs_store_invalid (error, _("A head of the record is written in hex digits, 0–9 and a–f: "
                                               "“3f2a 9c01 77be 0d45”."));
    }
  if (hex->len < 8 || hex->len > 64)
    return konkurs_store_invalid (error, _("A head of the record has from 8 to 64 hex digits; a footer "
                                           "gives 16: “3f2a 9c01 77be 0d45”."));

  stmt = konkurs_store_prepare (self, "SELECT id FROM audit_log WHERE substr (hash, 1, ?2) = ?1 ORDER BY id LIMIT 1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, hex->str, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, (int) hex->len);
  return konkurs_store_read_int64 (self, stmt, NULL, seq, error);
}
