/* konkurs-store-restore.c — applications as the database holds them, for
 * a full export, and written back as they were into an empty database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An import of candidates draws new personal codes and leaves every
 * application undecided; a database restored from its full export must
 * keep the codes (they are printed on the published lists) and the
 * decisions with who took them and when, byte for byte, so that the export
 * of the restored database is the export it came from.
 */
#include "config.h"

#include "konkurs-autocleanups.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-private.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-restore.h"
#include "konkurs-store-rows-private.h"

void
konkurs_application_record_free (KonkursApplicationRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->competition_number);
  g_free (record->vacancy_code);
  g_free (record->sector);
  g_free (record->personal_code);
  g_free (record->received_on);
  g_free (record->status);
  g_free (record->eligibility);
  g_free (record->decision_reason);
  g_free (record->decided_by);
  g_free (record->decided_at);
  g_free (record->decision_failures);
  g_free (record->decision_checked_on);
  g_free (record);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static gpointer
record_from_row (sqlite3_stmt *stmt,
                 gpointer      user_data)
{
  KonkursApplicationRecord *record = g_new0 (KonkursApplicationRecord, 1);

  record->candidate_id = sqlite3_column_int64 (stmt, 0);
  record->competition_number = dup_column (stmt, 1);
  record->vacancy_code = dup_column (stmt, 2);
  record->sector = dup_column (stmt, 3);
  record->personal_code = dup_column (stmt, 4);
  record->received_on = dup_column (stmt, 5);
  record->status = dup_column (stmt, 6);
  record->eligibility = dup_column (stmt, 7);
  record->decision_reason = g_strdup (konkurs_store_column_text (stmt, 8));
  record->decided_by = dup_column (stmt, 9);
  record->decided_at = dup_column (stmt, 10);
  record->decision_failures = dup_column (stmt, 11);
  record->decision_checked_on = dup_column (stmt, 12);
  return record;
}

GPtrArray *
konkurs_store_list_application_records (KonkursStore  *self,
                                        GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = konkurs_store_prepare (self,
                                "SELECT a.candidate_id, c.number, v.code, a.sector, a.personal_code, "
                                "a.received_on, a.status, a.eligibility, a.decision_reason, a.decided_by, "
                                "a.decided_at, a.decision_failures, a.decision_checked_on "
                                "FROM application a JOIN competition c ON c.id = a.competition_id "
                                "LEFT JOIN vacancy v ON v.id = a.vacancy_id "
                                "ORDER BY a.candidate_id, a.id",
                                error);
  if (stmt == NULL)
    return NULL;
  return konkurs_store_read_all (self, stmt, record_from_row, NULL,
                                 (GDestroyNotify) konkurs_application_record_free, error);
}

gboolean
konkurs_store_count_contents (KonkursStore  *self,
                              gint64        *competitions,
                              gint64        *candidates,
                              GError       **error)
{
  g_autoptr(sqlite3_stmt) first = NULL;
  g_autoptr(sqlite3_stmt) second = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  first = konkurs_store_prepare (self, "SELECT count(*) FROM competition", error);
  if (first == NULL || !konkurs_store_read_int64 (self, first, NULL, competitions, error))
    return FALSE;
  second = konkurs_store_prepare (self, "SELECT count(*) FROM candidate", error);
  return second != NULL && konkurs_store_read_int64 (self, second, NULL, candidates, error);
}

static void
bind_text_or_null (sqlite3_stmt *stmt,
                   int           index,
                   const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
insert_record (KonkursStore                   *self,
               gint64                          candidate_id,
               gint64                          competition_id,
               gint64                          vacancy_id,
               const KonkursApplicationRecord *record,
               gint64                         *id,
               GError                        **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;

  stmt = konkurs_store_cached (self,
                               "INSERT INTO application (candidate_id, competition_id, vacancy_id, sector, "
                               "personal_code, received_on, status, eligibility, decision_reason, decided_by, "
                               "decided_at, decision_failures, decision_checked_on) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, candidate_id);
  sqlite3_bind_int64 (stmt, 2, competition_id);
  if (vacancy_id != 0)
    sqlite3_bind_int64 (stmt, 3, vacancy_id);
  bind_text_or_null (stmt, 4, record->sector);
  bind_text_or_null (stmt, 5, record->personal_code);
  bind_text_or_null (stmt, 6, record->received_on);
  bind_text_or_null (stmt, 7, record->status);
  bind_text_or_null (stmt, 8, record->eligibility);
  bind_text_or_null (stmt, 9, record->decision_reason != NULL ? record->decision_reason : "");
  bind_text_or_null (stmt, 10, record->decided_by);
  bind_text_or_null (stmt, 11, record->decided_at);
  bind_text_or_null (stmt, 12, record->decision_failures);
  bind_text_or_null (stmt, 13, record->decision_checked_on);
  *id = konkurs_store_step_insert (self, stmt, error);
  return *id > 0;
}

/* The record's entry holds the row as restored, for --verify to compare. */
gboolean
konkurs_store_restore_application (KonkursStore                   *self,
                                   gint64                          candidate_id,
                                   gint64                          competition_id,
                                   gint64                          vacancy_id,
                                   const KonkursApplicationRecord *record,
                                   GError                        **error)
{
  gint64 id = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = insert_record (self, candidate_id, competition_id, vacancy_id, record, &id, error)
       && konkurs_store_record_row (self, "restore", "application", id, NULL, error);
  if (ok)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_APPLICATIONS);
  return konkurs_store_op_finish (self, mark, ok, ok ? error : NULL);
}
