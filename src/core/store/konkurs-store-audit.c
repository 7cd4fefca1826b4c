/* konkurs-store-audit.c — the audit log: who did what to which row, kept
 * forever
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-autocleanups.h"
#include "konkurs-store-private.h"

gboolean
konkurs_store_log (KonkursStore  *self,
                   const char    *action,
                   const char    *table,
                   gint64         row_id,
                   const char    *details,
                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (action != NULL && table != NULL, FALSE);

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO audit_log (actor, action, table_name, row_id, details) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)",
                                error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, table, -1, SQLITE_TRANSIENT);
  if (row_id != 0)
    sqlite3_bind_int64 (stmt, 4, row_id);
  sqlite3_bind_text (stmt, 5, details, -1, SQLITE_TRANSIENT);
  return konkurs_store_step_done (self, stmt, error);
}

/* The snapshot of a row that the log keeps, built by SQLite so that every
 * value is escaped properly. */
static const struct {
  const char *table;
  const char *snapshot_sql;   /* ?1 = row id */
} snapshots[] = {
  { "competition",
    "SELECT json_object ('number', number, 'rule_set_id', rule_set_id, 'procedure', procedure, "
    "'state_body_kk', state_body_kk, 'state_body_ru', state_body_ru, 'title_kk', title_kk, "
    "'title_ru', title_ru, 'announced_on', announced_on) "
    "FROM competition WHERE id = ?1" },
  { "vacancy",
    "SELECT json_object ('competition_id', competition_id, 'code', code, "
    "'position_title_kk', position_title_kk, 'position_title_ru', position_title_ru, "
    "'corps', corps, 'category', category, 'leadership', leadership, 'level', level, "
    "'sector_kk', sector_kk, 'sector_ru', sector_ru, 'seats', seats, 'education', education, "
    "'experience_years', experience_years, 'requirements_kk', requirements_kk, "
    "'requirements_ru', requirements_ru) "
    "FROM vacancy WHERE id = ?1" },
};

static gpointer
dup_text (sqlite3_stmt *stmt,
          gpointer      user_data)
{
  return g_strdup (konkurs_store_column_text (stmt, 0));
}

/* The snapshot of row @row_id of @table, NULL when the table has none (or
 * the row is gone) and on error. */
static char *
snapshot_row (KonkursStore  *self,
              const char    *table,
              gint64         row_id,
              GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (snapshots); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      g_autoptr(GPtrArray) rows = NULL;

      if (g_strcmp0 (snapshots[i].table, table) != 0)
        continue;
      stmt = konkurs_store_prepare_id (self, snapshots[i].snapshot_sql, row_id, error);
      if (stmt == NULL)
        return NULL;
      rows = konkurs_store_read_all (self, stmt, dup_text, NULL, g_free, error);
      if (rows == NULL || rows->len == 0)
        return NULL;
      return g_strdup (g_ptr_array_index (rows, 0));
    }
  return NULL;
}

gboolean
konkurs_store_log_row (KonkursStore  *self,
                       const char    *action,
                       const char    *table,
                       gint64         row_id,
                       GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *details = snapshot_row (self, table, row_id, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return konkurs_store_log (self, action, table, row_id, details, error);
}
