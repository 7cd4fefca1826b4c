/* konkurs-store-audit.c — the record read back: the history of a
 * competition or a candidate as the details panes show it (the record is
 * written by konkurs-store-chain.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-autocleanups.h"
#include "konkurs-store-audit.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"
#include "konkurs-store-rows-private.h"

/* Reading the history back */

void
konkurs_history_entry_free (KonkursHistoryEntry *entry)
{
  if (entry == NULL)
    return;
  g_clear_pointer (&entry->at, g_date_time_unref);
  g_free (entry->actor);
  g_free (entry->action);
  g_free (entry->table);
  g_free (entry->subject);
  g_free (entry->changed);
  g_free (entry->decision);
  g_free (entry->reason);
  g_free (entry);
}

/* Row ids are reused once a row is deleted, so a row of the log is known
 * by its table, its id and its "epoch": the entry that created it (an
 * application is created by "apply"), 0 for a row older than the log.
 * A deletion undone keeps its epoch; a new row with the old id starts
 * one. */
#define EPOCH_UNTIL(t, r, until) \
  "coalesce ((SELECT max (s.id) FROM audit_log s WHERE s.table_name = " t " AND s.row_id = " r \
  " AND s.action IN ('create', 'apply')" until "), 0)"
#define EPOCH(t, r)        EPOCH_UNTIL (t, r, "")
#define EPOCH_AT(t, r, id) EPOCH_UNTIL (t, r, " AND s.id <= " id)

/* The values of entry @e as the history shows them: those after the change,
 * the last ones for a deletion, and for an entry older than the record
 * (schema version 7) the snapshot it kept in its details. */
#define VALUES(e) "coalesce (" e ".after, " e ".before, " e ".details)"

/* A text of a snapshot: in Kazakh, else in Russian, as written since both
 * are kept, else as written before (one value). */
#define SUBJECT(key) \
  "nullif (json_extract (e.vals, '$." key "_kk'), ''), nullif (json_extract (e.vals, '$." key "_ru'), ''), " \
  "nullif (json_extract (e.vals, '$." key "'), '')"

/* The entries of the rows that the query "rows" lists (table_name,
 * row_id, epoch), ?1 bound to the id asked for.  Every entry of a row is
 * read, so that each one's snapshot is compared with the one before it
 * (SQLite's window function and JSON: no JSON parser here).  The subject
 * of an application is the personal code of the "apply" that began it. */
#define HISTORY_SQL(rows) \
  "WITH rows (table_name, row_id, epoch) AS (" rows "), " \
  "entries AS (SELECT l.*, r.epoch, " VALUES ("l") " AS vals, " \
  "  lag (" VALUES ("l") ") OVER (PARTITION BY l.table_name, l.row_id, r.epoch ORDER BY l.id) AS previous " \
  "  FROM rows r JOIN audit_log l ON l.table_name = r.table_name AND l.row_id = r.row_id " \
  "  WHERE " EPOCH_AT ("l.table_name", "l.row_id", "l.id") " = r.epoch) " \
  "SELECT e.id, e.at, e.actor, e.action, e.table_name, e.row_id, " \
  "  coalesce (" SUBJECT ("title") ", " SUBJECT ("state_body") ", " SUBJECT ("position_title") ", " \
  "            json_extract (e.vals, '$.personal_code'), " \
  "            (SELECT json_extract (" VALUES ("f") ", '$.personal_code') FROM audit_log f " \
  "             WHERE e.table_name = 'application' AND f.id = e.epoch), ''), " \
  "  CASE WHEN e.action NOT IN ('update', 'restore') OR e.previous IS NULL OR json_valid (e.vals) = 0 OR json_valid (e.previous) = 0 THEN '' ELSE " \
  "    coalesce ((SELECT group_concat (n.key, ',') FROM json_each (e.vals) n " \
  "               WHERE n.key <> 'sha256' AND n.value IS NOT json_extract (e.previous, '$.\"' || n.key || '\"')), '') END, " \
  "  coalesce (json_extract (e.details, '$.decision'), ''), " \
  "  coalesce (json_extract (e.details, '$.against_engine'), 0), " \
  "  coalesce (json_extract (e.details, '$.reason'), '') " \
  "FROM entries e ORDER BY e.id"

static gpointer
history_entry_from_row (sqlite3_stmt *stmt,
                        gpointer      user_data)
{
  KonkursHistoryEntry *entry = g_new0 (KonkursHistoryEntry, 1);

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->at = konkurs_store_column_datetime (stmt, 1);
  entry->actor = g_strdup (konkurs_store_column_text (stmt, 2));
  entry->action = g_strdup (konkurs_store_column_text (stmt, 3));
  entry->table = g_strdup (konkurs_store_column_text (stmt, 4));
  entry->row_id = sqlite3_column_int64 (stmt, 5);
  entry->subject = g_strdup (konkurs_store_column_text (stmt, 6));
  entry->changed = g_strdup (konkurs_store_column_text (stmt, 7));
  entry->decision = g_strdup (konkurs_store_column_text (stmt, 8));
  entry->against_engine = sqlite3_column_int (stmt, 9) != 0;
  entry->reason = g_strdup (konkurs_store_column_text (stmt, 10));
  return entry;
}

static GPtrArray *
read_history (KonkursStore  *self,
              const char    *sql,
              const char    *table,
              gint64         id,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, sql, id, error);

  if (stmt == NULL)
    return NULL;
  if (table != NULL)
    sqlite3_bind_text (stmt, 2, table, -1, SQLITE_TRANSIENT);
  return konkurs_store_read_all (self, stmt, history_entry_from_row, NULL,
                                 (GDestroyNotify) konkurs_history_entry_free, error);
}

GPtrArray *
konkurs_store_list_history (KonkursStore  *self,
                            const char    *table,
                            gint64         row_id,
                            GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  return read_history (self, HISTORY_SQL ("SELECT ?2, ?1, " EPOCH ("?2", "?1")), table, row_id, error);
}

GPtrArray *
konkurs_store_list_competition_history (KonkursStore  *self,
                                        gint64         competition_id,
                                        GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  /* A deleted vacancy is known by the competition its snapshot names. */
  return read_history (self,
                       HISTORY_SQL ("SELECT 'competition', ?1, " EPOCH ("'competition'", "?1") " "
                                    "UNION SELECT 'vacancy', id, " EPOCH ("'vacancy'", "vacancy.id") " "
                                    "  FROM vacancy WHERE competition_id = ?1 "
                                    "UNION SELECT 'vacancy', d.row_id, " EPOCH_AT ("'vacancy'", "d.row_id", "d.id") " "
                                    "  FROM audit_log d WHERE d.table_name = 'vacancy' AND d.action = 'delete' "
                                    "    AND json_extract (" VALUES ("d") ", '$.competition_id') = ?1"),
                       NULL, competition_id, error);
}

GPtrArray *
konkurs_store_list_candidate_history (KonkursStore  *self,
                                      gint64         candidate_id,
                                      GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  /* A withdrawn application is known by the candidate its snapshot names. */
  return read_history (self,
                       HISTORY_SQL ("SELECT 'candidate', ?1, " EPOCH ("'candidate'", "?1") " "
                                    "UNION SELECT 'application', id, " EPOCH ("'application'", "application.id") " "
                                    "  FROM application WHERE candidate_id = ?1 "
                                    "UNION SELECT 'application', d.row_id, "
                                    EPOCH_AT ("'application'", "d.row_id", "d.id") " "
                                    "  FROM audit_log d WHERE d.table_name = 'application' AND d.action = 'delete' "
                                    "    AND json_extract (" VALUES ("d") ", '$.candidate_id') = ?1"),
                       NULL, candidate_id, error);
}
