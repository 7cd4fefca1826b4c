/* konkurs-store-register.c — the register of issued documents: what a
 * final protocol was issued with, so that a reprint says the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"
#include "konkurs-store-register.h"
#include "konkurs-text.h"

G_DEFINE_BOXED_TYPE (KonkursIssue, konkurs_issue, konkurs_issue_copy, konkurs_issue_free)

KonkursIssue *
konkurs_issue_new (const char *kind,
                   gint64      competition_id)
{
  KonkursIssue *issue = g_new0 (KonkursIssue, 1);

  issue->kind = g_strdup (kind != NULL ? kind : "");
  issue->competition_id = competition_id;
  issue->number = g_strdup ("");
  g_date_clear (&issue->date, 1);
  issue->place = konkurs_local_text_new (NULL, NULL);
  issue->commission = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  issue->present = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  return issue;
}

static void
copy_members (GPtrArray *to, GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    g_ptr_array_add (to, konkurs_commission_member_copy (g_ptr_array_index (from, i)));
}

KonkursIssue *
konkurs_issue_copy (const KonkursIssue *issue)
{
  KonkursIssue *copy;

  g_return_val_if_fail (issue != NULL, NULL);

  copy = konkurs_issue_new (issue->kind, issue->competition_id);
  copy->id = issue->id;
  g_free (copy->number);
  copy->number = g_strdup (issue->number);
  copy->date = issue->date;
  konkurs_local_text_free (copy->place);
  copy->place = konkurs_local_text_copy (issue->place);
  copy_members (copy->commission, issue->commission);
  copy_members (copy->present, issue->present);
  copy->language = issue->language;
  copy->issued_at = issue->issued_at != NULL ? g_date_time_ref (issue->issued_at) : NULL;
  copy->issued_by = g_strdup (issue->issued_by);
  copy->chain_head = g_strdup (issue->chain_head);
  copy->rows_sha256 = g_strdup (issue->rows_sha256);
  copy->meeting_id = issue->meeting_id;
  return copy;
}

void
konkurs_issue_free (KonkursIssue *issue)
{
  if (issue == NULL)
    return;
  g_free (issue->kind);
  g_free (issue->number);
  konkurs_local_text_free (issue->place);
  g_ptr_array_unref (issue->commission);
  g_ptr_array_unref (issue->present);
  g_clear_pointer (&issue->issued_at, g_date_time_unref);
  g_free (issue->issued_by);
  g_free (issue->chain_head);
  g_free (issue->rows_sha256);
  g_free (issue);
}

#define SELECT_ISSUE \
  "SELECT id, kind, competition_id, number, issued_on, place_kk, place_ru, present, language, " \
  "issued_at, issued_by, commission, chain_head, rows_sha256, coalesce (meeting_id, 0) FROM issued_document "

/* The schema keeps the columns JSON arrays, so this can only fail as any
 * read can; the issue then names nobody there. */
static void
read_members (KonkursStore *self, KonkursIssue *issue, const char *json, GPtrArray *into)
{
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GError) error = NULL;

  members = konkurs_store_members_from_json (self, json, &error);
  if (members != NULL)
    g_ptr_array_extend_and_steal (into, g_steal_pointer (&members));
  else
    g_warning ("Cannot read the commission of issue %" G_GINT64_FORMAT ": %s", issue->id, error->message);
}

static gpointer
issue_from_row (sqlite3_stmt *stmt,
                gpointer      user_data)
{
  KonkursStore *self = user_data;
  KonkursIssue *issue = konkurs_issue_new (konkurs_store_column_text (stmt, 1), sqlite3_column_int64 (stmt, 2));

  issue->id = sqlite3_column_int64 (stmt, 0);
  g_free (issue->number);
  issue->number = g_strdup (konkurs_store_column_text (stmt, 3));
  konkurs_store_column_date_into (stmt, 4, &issue->date);
  konkurs_local_text_free (issue->place);
  issue->place = konkurs_store_column_local_text (stmt, 5);
  read_members (self, issue, konkurs_store_column_text (stmt, 11), issue->commission);
  read_members (self, issue, konkurs_store_column_text (stmt, 7), issue->present);
  if (!konkurs_doc_language_from_code (konkurs_store_column_text (stmt, 8), &issue->language))
    issue->language = KONKURS_DOC_LANGUAGE_KK;
  issue->issued_at = konkurs_store_column_datetime (stmt, 9);
  issue->issued_by = g_strdup (konkurs_store_column_text (stmt, 10));
  issue->chain_head = g_strdup ((const char *) sqlite3_column_text (stmt, 12));
  issue->rows_sha256 = g_strdup ((const char *) sqlite3_column_text (stmt, 13));
  issue->meeting_id = sqlite3_column_int64 (stmt, 14);
  return issue;
}

static gboolean
write_issue (KonkursStore  *self,
             KonkursIssue  *issue,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *present = konkurs_store_members_to_json (self, issue->present, error);
  g_autofree char *commission = present != NULL ? konkurs_store_members_to_json (self, issue->commission, error)
                                                : NULL;
  g_autofree char *actor = konkurs_store_dup_actor (self);
  g_autoptr(KonkursIssue) written = NULL;

  if (commission == NULL)
    return FALSE;
  stmt = konkurs_store_prepare (self,
                                "INSERT INTO issued_document (kind, competition_id, number, issued_on, "
                                "place_kk, place_ru, present, language, issued_by, commission, chain_head, rows_sha256, "
                                "meeting_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, issue->kind, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, issue->competition_id);
  sqlite3_bind_text (stmt, 3, issue->number, -1, SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 4, &issue->date);
  konkurs_store_bind_local_text (stmt, 5, issue->place);
  sqlite3_bind_text (stmt, 7, present, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, konkurs_doc_language_to_code (issue->language), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, actor, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, commission, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, issue->chain_head, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, issue->rows_sha256, -1, SQLITE_STATIC);
  if (issue->meeting_id > 0)
    sqlite3_bind_int64 (stmt, 13, issue->meeting_id);
  if ((issue->id = konkurs_store_step_insert (self, stmt, error)) == 0)
    return FALSE;

  written = konkurs_store_read_one_id (self, SELECT_ISSUE "WHERE id = ?1", issue->id, issue_from_row, self,
                                       "", error);
  if (written == NULL || !konkurs_store_record_row (self, "issue", "issued_document", issue->id, NULL, error))
    return FALSE;
  /* @issue may have been registered before (a copy of an older one) */
  g_clear_pointer (&issue->issued_at, g_date_time_unref);
  issue->issued_at = g_date_time_ref (written->issued_at);
  g_free (issue->issued_by);
  issue->issued_by = g_strdup (written->issued_by);
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ISSUED_DOCUMENTS);
  return TRUE;
}

gboolean
konkurs_store_register_issue (KonkursStore  *self,
                              KonkursIssue  *issue,
                              GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (issue != NULL && issue->id == 0, FALSE);

  if (konkurs_text_is_blank (issue->number))
    return konkurs_store_invalid (error, _("A protocol needs a number."));
  if (!g_date_valid (&issue->date))
    return konkurs_store_invalid (error, _("A protocol needs a date."));

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_issue (self, issue, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* The latest issue of @kind where @column (a column name, never data) is @id. */
static KonkursIssue *
find_latest (KonkursStore  *self,
             const char    *column,
             const char    *kind,
             gint64         id,
             GError       **error)
{
  g_autofree char *sql = g_strdup_printf (SELECT_ISSUE "WHERE %s = ?1 AND kind = ?2 ORDER BY id DESC LIMIT 1",
                                          column);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) issues = NULL;

  stmt = konkurs_store_prepare_id (self, sql, id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_TRANSIENT);
  issues = konkurs_store_read_all (self, stmt, issue_from_row, self, (GDestroyNotify) konkurs_issue_free, error);
  if (issues == NULL || issues->len == 0)
    return NULL;
  return g_ptr_array_steal_index (issues, 0);
}

KonkursIssue *
konkurs_store_find_issue (KonkursStore  *self,
                          const char    *kind,
                          gint64         competition_id,
                          GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  return find_latest (self, "competition_id", kind, competition_id, error);
}

KonkursIssue *
konkurs_store_find_meeting_issue (KonkursStore  *self,
                                  const char    *kind,
                                  gint64         meeting_id,
                                  GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  return find_latest (self, "meeting_id", kind, meeting_id, error);
}

GPtrArray *
konkurs_store_list_issues (KonkursStore  *self,
                           gint64         competition_id,
                           GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_all_id (self, SELECT_ISSUE "WHERE competition_id = ?1 ORDER BY id", competition_id,
                                    issue_from_row, self, (GDestroyNotify) konkurs_issue_free, error);
}

char *
konkurs_store_next_issue_number (KonkursStore  *self,
                                 int            year,
                                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 highest = 0;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  /* CAST takes the leading digits: "12-к" is 12 */
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT coalesce (max (CAST (number AS INTEGER)), 0) FROM issued_document "
                                   "WHERE CAST (strftime ('%Y', issued_on) AS INTEGER) = ?1",
                                   year, error);
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, &highest, error))
    return NULL;
  return g_strdup_printf ("%" G_GINT64_FORMAT, highest + 1);
}
