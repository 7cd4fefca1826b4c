/* konkurs-store-chain.c — the record: every change that matters to a
 * result appended, in the same transaction as the change, to a chain of
 * entries each holding the SHA-256 of the one before it
 *
 * README.md ("The record") defines the canonical bytes of an entry; this
 * file is the one place that writes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-chain-private.h"

const KonkursChainTable konkurs_chain_tables[] = {
  { "competition",     KONKURS_CHAIN_SNAPSHOT_COMPETITION },
  { "vacancy",         KONKURS_CHAIN_SNAPSHOT_VACANCY },
  { "candidate",       KONKURS_CHAIN_SNAPSHOT_CANDIDATE },
  { "application",     KONKURS_CHAIN_SNAPSHOT_APPLICATION },
  { "issued_document", KONKURS_CHAIN_SNAPSHOT_ISSUED_DOCUMENT },
  { "rule_set",        KONKURS_CHAIN_SNAPSHOT_RULE_SET },
  { "competition_stage",  KONKURS_CHAIN_SNAPSHOT_STAGE },
  { "test_result",        KONKURS_CHAIN_SNAPSHOT_TEST_RESULT },
  { "stage_member_score", KONKURS_CHAIN_SNAPSHOT_MEMBER_SCORE },
  { "assessment_result",  KONKURS_CHAIN_SNAPSHOT_ASSESSMENT },
  { "stage_outcome",      KONKURS_CHAIN_SNAPSHOT_STAGE_OUTCOME },
  { "essay_score",        KONKURS_CHAIN_SNAPSHOT_ESSAY_SCORE },
  { "expert",             KONKURS_CHAIN_SNAPSHOT_EXPERT },
  { "essay",              KONKURS_CHAIN_SNAPSHOT_ESSAY },
  { "essay_draw",         KONKURS_CHAIN_SNAPSHOT_ESSAY_DRAW },
  { "essay_assignment",   KONKURS_CHAIN_SNAPSHOT_ESSAY_ASSIGNMENT },
  { "essay_package",      KONKURS_CHAIN_SNAPSHOT_ESSAY_PACKAGE },
  { "essay_results_file", KONKURS_CHAIN_SNAPSHOT_ESSAY_RESULTS_FILE },
  { "essay_resolution",   KONKURS_CHAIN_SNAPSHOT_ESSAY_RESOLUTION },
  { "essay_unsealing",    KONKURS_CHAIN_SNAPSHOT_ESSAY_UNSEALING },
  { "commission",         KONKURS_CHAIN_SNAPSHOT_COMMISSION },
  { "commission_member",  KONKURS_CHAIN_SNAPSHOT_COMMISSION_MEMBER },
  { "meeting",            KONKURS_CHAIN_SNAPSHOT_MEETING },
  { "meeting_attendance", KONKURS_CHAIN_SNAPSHOT_MEETING_ATTENDANCE },
  { "meeting_observer",   KONKURS_CHAIN_SNAPSHOT_MEETING_OBSERVER },
  { "meeting_recusal",    KONKURS_CHAIN_SNAPSHOT_MEETING_RECUSAL },
  { "vote",               KONKURS_CHAIN_SNAPSHOT_VOTE },
  { "meeting_decision",   KONKURS_CHAIN_SNAPSHOT_MEETING_DECISION },
  { "tie_choice",         KONKURS_CHAIN_SNAPSHOT_TIE_CHOICE },
  { "vacancy_outcome",    KONKURS_CHAIN_SNAPSHOT_VACANCY_OUTCOME },
  { "appointment",        KONKURS_CHAIN_SNAPSHOT_APPOINTMENT },
  { "reserve_register",   KONKURS_CHAIN_SNAPSHOT_RESERVE_REGISTER },
};
const guint konkurs_chain_n_tables = G_N_ELEMENTS (konkurs_chain_tables);

const char *
konkurs_chain_snapshot_sql (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (konkurs_chain_tables); i++)
    if (g_strcmp0 (konkurs_chain_tables[i].table, table) == 0)
      return konkurs_chain_tables[i].snapshot;
  return NULL;
}

/* @value in decimal, written at the end of @buffer: the record hashes
 * hundreds of thousands of numbers, and printf costs more than the hash. */
static const char *
decimal (char    buffer[24],
         gint64  value)
{
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;
  char *p = buffer + 23;

  *p = '\0';
  do
    *--p = (char) ('0' + magnitude % 10);
  while ((magnitude /= 10) > 0);
  if (value < 0)
    *--p = '-';
  return p;
}

/* A field of the canonical form: its length in bytes, in decimal, a colon
 * and its UTF-8 bytes; "-" for NULL.  No separator can be confused with
 * a value, whatever the value holds. */
void
konkurs_chain_add_field (GChecksum  *checksum,
                         const char *value)
{
  char length[24];
  gsize size;

  if (value == NULL)
    {
      g_checksum_update (checksum, (const guchar *) "-", 1);
      return;
    }
  size = strlen (value);
  g_checksum_update (checksum, (const guchar *) decimal (length, (gint64) size), -1);
  g_checksum_update (checksum, (const guchar *) ":", 1);
  g_checksum_update (checksum, (const guchar *) value, size);
}

char *
konkurs_chain_hash (const char              *previous,
                    const KonkursChainEntry *entry)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  char seq[24], row_id[24];

  g_checksum_update (checksum, (const guchar *) previous, -1);
  konkurs_chain_add_field (checksum, decimal (seq, entry->seq));
  konkurs_chain_add_field (checksum, entry->at);
  konkurs_chain_add_field (checksum, entry->actor);
  konkurs_chain_add_field (checksum, entry->action);
  konkurs_chain_add_field (checksum, entry->table);
  konkurs_chain_add_field (checksum, entry->has_row_id ? decimal (row_id, entry->row_id) : NULL);
  konkurs_chain_add_field (checksum, entry->before);
  konkurs_chain_add_field (checksum, entry->after);
  konkurs_chain_add_field (checksum, entry->details);
  return g_strdup (g_checksum_get_string (checksum));
}

/* SQL functions, for migration 7 and the snapshot of a candidate */

static void
sha256_function (sqlite3_context  *context,
                 int               n_args,
                 sqlite3_value   **args)
{
  const char *text = (const char *) sqlite3_value_text (args[0]);
  g_autofree char *hex = NULL;

  if (text == NULL)
    {
      sqlite3_result_null (context);
      return;
    }
  hex = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);
  sqlite3_result_text (context, hex, -1, SQLITE_TRANSIENT);
}

static const char *
value_text (sqlite3_value *value)
{
  return sqlite3_value_type (value) == SQLITE_NULL ? NULL : (const char *) sqlite3_value_text (value);
}

static void
record_hash_function (sqlite3_context  *context,
                      int               n_args,
                      sqlite3_value   **args)
{
  KonkursChainEntry entry = {
    sqlite3_value_int64 (args[1]), value_text (args[2]), value_text (args[3]),
    value_text (args[4]), value_text (args[5]), sqlite3_value_type (args[6]) != SQLITE_NULL,
    sqlite3_value_int64 (args[6]), value_text (args[7]), value_text (args[8]), value_text (args[9]),
  };
  g_autofree char *hash = konkurs_chain_hash (value_text (args[0]), &entry);

  sqlite3_result_text (context, hash, -1, SQLITE_TRANSIENT);
}

int
konkurs_chain_register_functions (sqlite3 *db)
{
  int rc = sqlite3_create_function (db, "konkurs_sha256", 1,
                                    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                    NULL, sha256_function, NULL, NULL);
  if (rc != SQLITE_OK)
    return rc;
  return sqlite3_create_function (db, "konkurs_record_hash", 10,
                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                  NULL, record_hash_function, NULL, NULL);
}

/* Appending */

static char *
format_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *seconds = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (now) / 1000);
}

typedef struct {
  gint64  seq;
  char   *hash;
} Head;

static void
read_head (sqlite3_stmt *stmt,
           gpointer      user_data)
{
  Head *head = user_data;

  head->seq = sqlite3_column_int64 (stmt, 0);
  g_free (head->hash);
  head->hash = g_strdup (konkurs_store_column_text (stmt, 1));
}

static gboolean
get_head (KonkursStore  *self,
          Head          *head,
          gboolean       cached,
          GError       **error)
{
  static const char sql[] = "SELECT seq, hash FROM audit_head WHERE id = 1";
  g_autoptr(KonkursStoreStmt) kept = NULL;
  g_autoptr(sqlite3_stmt) own = NULL;
  sqlite3_stmt *stmt;

  if (cached)
    stmt = kept = konkurs_store_cached (self, sql, error);
  else
    stmt = own = konkurs_store_prepare (self, sql, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, read_head, head, error))
    return FALSE;
  if (head->hash == NULL)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                           _("The head of the record is missing from the database."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_entry (KonkursStore             *self,
              const KonkursChainEntry  *entry,
              const char               *hash,
              GError                  **error)
{
  g_autoptr(KonkursStoreStmt) insert = NULL;

  insert = konkurs_store_cached (self,
                                 "INSERT INTO audit_log (id, at, actor, action, table_name, row_id, "
                                 "before, after, details, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                                 error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, entry->seq);
  sqlite3_bind_text (insert, 2, entry->at, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 3, entry->actor, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 4, entry->action, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 5, entry->table, -1, SQLITE_STATIC);
  if (entry->has_row_id)
    sqlite3_bind_int64 (insert, 6, entry->row_id);
  sqlite3_bind_text (insert, 7, entry->before, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 8, entry->after, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 9, entry->details, -1, SQLITE_STATIC);
  sqlite3_bind_text (insert, 10, hash, -1, SQLITE_STATIC);
  return konkurs_store_step_done (self, insert, error);
}

static gboolean
set_head (KonkursStore  *self,
          gint64         seq,
          const char    *hash,
          GError       **error)
{
  g_autoptr(KonkursStoreStmt) head = NULL;

  head = konkurs_store_cached (self, "UPDATE audit_head SET seq = ?1, hash = ?2 WHERE id = 1", error);
  if (head == NULL)
    return FALSE;
  sqlite3_bind_int64 (head, 1, seq);
  sqlite3_bind_text (head, 2, hash, -1, SQLITE_STATIC);
  return konkurs_store_step_done (self, head, error);
}

static gboolean
append (KonkursStore             *self,
        const KonkursChainEntry  *entry,
        const char               *hash,
        GError                  **error)
{
  return insert_entry (self, entry, hash, error) && set_head (self, entry->seq, hash, error);
}

gboolean
konkurs_store_record (KonkursStore  *self,
                      const char    *action,
                      const char    *table,
                      gint64         row_id,
                      const char    *before_json,
                      const char    *after_json,
                      const char    *details,
                      GError       **error)
{
  Head head = { 0, NULL };
  g_autofree char *at = format_now ();
  g_autofree char *actor = NULL;
  g_autofree char *hash = NULL;
  KonkursChainEntry entry;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (action != NULL && table != NULL, FALSE);

  if (!get_head (self, &head, TRUE, error))
    return FALSE;
  actor = konkurs_store_dup_actor (self);
  entry = (KonkursChainEntry) { head.seq + 1, at, actor, action, table, row_id != 0, row_id,
                                before_json, after_json, details };
  hash = konkurs_chain_hash (head.hash, &entry);
  ok = append (self, &entry, hash, error);
  g_free (head.hash);
  return ok;
}

gboolean
konkurs_store_log (KonkursStore  *self,
                   const char    *action,
                   const char    *table,
                   gint64         row_id,
                   const char    *details,
                   GError       **error)
{
  return konkurs_store_record (self, action, table, row_id, NULL, NULL, details, error);
}

/* Reading the values of a row */

/* "SELECT <snapshot> FROM <table> WHERE id = ?1" for each table the record
 * follows, written once: the same text at the same address lets
 * konkurs_store_cached() find its statement without hashing 2 KB of it
 * for every row recorded. */
static const char *
snapshot_select_sql (const char *table)
{
  static gsize once;
  char **texts;

  if (g_once_init_enter (&once))
    {
      char **made = g_new0 (char *, G_N_ELEMENTS (konkurs_chain_tables));

      for (guint i = 0; i < G_N_ELEMENTS (konkurs_chain_tables); i++)
        made[i] = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", konkurs_chain_tables[i].snapshot,
                                   konkurs_chain_tables[i].table);
      g_once_init_leave (&once, (gsize) made);
    }
  texts = (char **) once;
  for (guint i = 0; i < G_N_ELEMENTS (konkurs_chain_tables); i++)
    if (g_strcmp0 (konkurs_chain_tables[i].table, table) == 0)
      return texts[i];
  return NULL;
}

static gboolean
read_text (KonkursStore  *self,
           sqlite3_stmt  *stmt,
           char         **text,
           GError       **error)
{
  g_autoptr(GPtrArray) rows = konkurs_store_read_all (self, stmt, konkurs_store_map_text, NULL, g_free, error);

  if (rows == NULL)
    return FALSE;
  *text = rows->len > 0 ? g_strdup (g_ptr_array_index (rows, 0)) : NULL;
  return TRUE;
}

gboolean
konkurs_store_snapshot (KonkursStore  *self,
                        const char    *table,
                        gint64         row_id,
                        char         **values,
                        GError       **error)
{
  const char *sql = snapshot_select_sql (table);
  g_autoptr(KonkursStoreStmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  *values = NULL;
  if (sql == NULL)
    return TRUE;
  stmt = konkurs_store_cached (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row_id);
  return read_text (self, stmt, values, error);
}

/* The "after" of the latest entry of the row: what the record says it is
 * now (NULL after a deletion, or for a row it has not seen). */
static gboolean
recorded_values (KonkursStore  *self,
                 const char    *table,
                 gint64         row_id,
                 char         **values,
                 GError       **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;

  stmt = konkurs_store_cached (self,
                               "SELECT after FROM audit_log WHERE table_name = ?1 AND row_id = ?2 "
                               "ORDER BY id DESC LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, row_id);
  return read_text (self, stmt, values, error);
}

gboolean
konkurs_store_record_row (KonkursStore  *self,
                          const char    *action,
                          const char    *table,
                          gint64         row_id,
                          const char    *details,
                          GError       **error)
{
  g_autofree char *recorded = NULL;
  g_autofree char *current = NULL;
  gboolean deleting = g_strcmp0 (action, "delete") == 0;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!recorded_values (self, table, row_id, &recorded, error) ||
      !konkurs_store_snapshot (self, table, row_id, &current, error))
    return FALSE;
  /* A deletion recorded before the DELETE keeps the row's last values;
   * one recorded after it, those the record had. */
  if (deleting)
    return konkurs_store_record (self, action, table, row_id,
                                 current != NULL ? current : recorded, NULL, details, error);
  return konkurs_store_record (self, action, table, row_id, recorded, current, details, error);
}

/* Recording many rows of one operation */

struct _KonkursStoreRecordBatch {
  KonkursStore     *store;
  const char       *action;
  const char       *table;
  Head              head;    /* the latest entry appended, in memory until the end */
  char             *at;      /* one time and actor for every entry of the operation */
  char             *actor;
  sqlite3_stmt     *recorded;
  sqlite3_stmt     *snapshot;
  gint64            last_seen;  /* the highest row id of the table the record has an entry of */
};

KonkursStoreRecordBatch *
konkurs_store_record_batch_new (KonkursStore  *self,
                                const char    *action,
                                const char    *table,
                                GError       **error)
{
  g_autoptr(KonkursStoreRecordBatch) batch = g_new0 (KonkursStoreRecordBatch, 1);
  const char *snapshot = konkurs_chain_snapshot_sql (table);
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (snapshot != NULL, NULL);

  batch->store = self;
  batch->action = action;
  batch->table = table;
  if (!get_head (self, &batch->head, TRUE, error))
    return NULL;
  batch->at = format_now ();
  batch->actor = konkurs_store_dup_actor (self);
  /* the statements of konkurs_store_record_row(), prepared once for all rows */
  sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?1", snapshot, table);
  batch->snapshot = konkurs_store_prepare (self, sql, error);
  batch->recorded = batch->snapshot == NULL ? NULL :
    konkurs_store_prepare (self, "SELECT after FROM audit_log WHERE table_name = ?1 AND row_id = ?2 "
                           "ORDER BY id DESC LIMIT 1", error);
  if (batch->recorded == NULL)
    return NULL;
  sqlite3_bind_text (batch->recorded, 1, table, -1, SQLITE_STATIC);
  /* a new row above every row the record has seen has no "before": no
   * need to look it up, 60,000 times */
  stmt = konkurs_store_prepare (self, "SELECT coalesce (max (row_id), 0) FROM audit_log WHERE table_name = ?1",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &batch->last_seen, error))
    return NULL;
  return g_steal_pointer (&batch);
}

/* The text of the first column of the one row @stmt reads for @row_id
 * (NULL when none), the statement reset for the next. */
static gboolean
read_row_text (KonkursStore  *self,
               sqlite3_stmt  *stmt,
               int            param,
               gint64         row_id,
               char         **text,
               GError       **error)
{
  int rc;

  sqlite3_bind_int64 (stmt, param, row_id);
  rc = sqlite3_step (stmt);
  *text = rc == SQLITE_ROW ? g_strdup (konkurs_store_column_text (stmt, 0)) : NULL;
  sqlite3_reset (stmt);
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  konkurs_store_set_sqlite_error (self, rc, error);
  return FALSE;
}

gboolean
konkurs_store_record_batch_row (KonkursStoreRecordBatch  *batch,
                                gint64                    row_id,
                                const char               *details,
                                GError                  **error)
{
  return konkurs_store_record_batch_row_as (batch, batch->action, row_id, details, error);
}

gboolean
konkurs_store_record_batch_row_as (KonkursStoreRecordBatch  *batch,
                                   const char               *action,
                                   gint64                    row_id,
                                   const char               *details,
                                   GError                  **error)
{
  g_autofree char *recorded = NULL;
  g_autofree char *current = NULL;
  g_autofree char *hash = NULL;
  KonkursChainEntry entry;

  if ((row_id <= batch->last_seen && !read_row_text (batch->store, batch->recorded, 2, row_id, &recorded, error)) ||
      !read_row_text (batch->store, batch->snapshot, 1, row_id, &current, error))
    return FALSE;
  entry = (KonkursChainEntry) { batch->head.seq + 1, batch->at, batch->actor, action, batch->table, TRUE,
                                row_id, recorded, current, details };
  hash = konkurs_chain_hash (batch->head.hash, &entry);
  if (!insert_entry (batch->store, &entry, hash, error))
    return FALSE;
  batch->head.seq = entry.seq;
  g_free (batch->head.hash);
  batch->head.hash = g_steal_pointer (&hash);
  return TRUE;
}

gboolean
konkurs_store_record_batch_finish (KonkursStoreRecordBatch  *batch,
                                   GError                  **error)
{
  return set_head (batch->store, batch->head.seq, batch->head.hash, error);
}

void
konkurs_store_record_batch_free (KonkursStoreRecordBatch *batch)
{
  if (batch == NULL)
    return;
  sqlite3_finalize (batch->recorded);
  sqlite3_finalize (batch->snapshot);
  g_free (batch->head.hash);
  g_free (batch->at);
  g_free (batch->actor);
  g_free (batch);
}

char *
konkurs_store_dup_record_head (KonkursStore  *self,
                               gint64        *seq,
                               GError       **error)
{
  Head head = { 0, NULL };

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  if (!get_head (self, &head, FALSE, error))
    return NULL;
  if (seq != NULL)
    *seq = head.seq;
  return head.hash;
}

char *
konkurs_chain_format_head (const char *hash)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < 16 && hash != NULL && hash[i] != '\0'; i++)
    {
      if (i > 0 && i % 4 == 0)
        g_string_append_c (text, ' ');
      g_string_append_c (text, hash[i]);
    }
  return g_string_free (text, FALSE);
}
