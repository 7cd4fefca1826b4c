/* konkurs-store-anonymous.c — applications by personal code, for
 * publication lists and expert packages
 *
 * Whatever a caller does with these entries, they cannot tell who applied:
 * the statements here read the application table only.  Keep it so; the
 * test of this file reads its source and watches its statements run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-autocleanups.h"
#include "konkurs-store-anonymous.h"
#include "konkurs-store-private.h"

G_DEFINE_BOXED_TYPE (KonkursCodeEntry, konkurs_code_entry, konkurs_code_entry_copy, konkurs_code_entry_free)

KonkursCodeEntry *
konkurs_code_entry_copy (const KonkursCodeEntry *entry)
{
  KonkursCodeEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_new0 (KonkursCodeEntry, 1);
  *copy = *entry;
  copy->personal_code = g_strdup (entry->personal_code);
  copy->sector = g_strdup (entry->sector);
  return copy;
}

void
konkurs_code_entry_free (KonkursCodeEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->personal_code);
  g_free (entry->sector);
  g_free (entry);
}

static gpointer
code_entry_from_row (sqlite3_stmt *stmt,
                     gpointer      user_data)
{
  KonkursCodeEntry *entry = g_new0 (KonkursCodeEntry, 1);

  entry->personal_code = g_strdup (konkurs_store_column_text (stmt, 0));
  entry->vacancy_id = sqlite3_column_int64 (stmt, 1);
  entry->sector = g_strdup (konkurs_store_column_text (stmt, 2));
  if (!konkurs_candidacy_status_from_code (konkurs_store_column_text (stmt, 3), &entry->status))
    entry->status = KONKURS_CANDIDACY_RECEIVED;
  if (!konkurs_eligibility_state_from_code (konkurs_store_column_text (stmt, 4), &entry->eligibility))
    entry->eligibility = KONKURS_ELIGIBILITY_STATE_PENDING;
  return entry;
}

GPtrArray *
konkurs_store_list_codes (KonkursStore  *self,
                          gint64         competition_id,
                          int            status,
                          GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *code = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  if (status >= 0 && (code = konkurs_candidacy_status_to_code (status)) == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_code_entry_free);

  stmt = konkurs_store_prepare_id (self,
                                   "SELECT personal_code, vacancy_id, sector, status, eligibility "
                                   "FROM application WHERE competition_id = ?1 AND (?2 IS NULL OR status = ?2) "
                                   "ORDER BY personal_code",
                                   competition_id, error);
  if (stmt == NULL)
    return NULL;
  if (code != NULL)
    sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
  return konkurs_store_read_all (self, stmt, code_entry_from_row, NULL,
                                 (GDestroyNotify) konkurs_code_entry_free, error);
}
