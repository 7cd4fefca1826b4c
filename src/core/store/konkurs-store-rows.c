/* konkurs-store-rows.c — reading rows: bind, step, map each row into an
 * object, and the columns and dates as the schema stores them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"

sqlite3_stmt *
konkurs_store_prepare_id (KonkursStore  *self,
                          const char    *sql,
                          gint64         id,
                          GError       **error)
{
  sqlite3_stmt *stmt = konkurs_store_prepare (self, sql, error);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  return stmt;
}

gboolean
konkurs_store_each_row (KonkursStore        *self,
                        sqlite3_stmt        *stmt,
                        KonkursStoreRowFunc  func,
                        gpointer             user_data,
                        GError             **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (stmt, user_data);
  sqlite3_reset (stmt);

  /* sqlite3_step() of the v2 interface returns the extended code. */
  if (rc == SQLITE_DONE)
    return TRUE;
  konkurs_store_set_sqlite_error (self, rc, error);
  return FALSE;
}

typedef struct {
  GPtrArray          *rows;
  KonkursStoreRowMap  map;
  gpointer            user_data;
} MapAll;

static void
add_mapped (sqlite3_stmt *stmt,
            gpointer      data)
{
  MapAll *all = data;

  g_ptr_array_add (all->rows, all->map (stmt, all->user_data));
}

GPtrArray *
konkurs_store_read_all (KonkursStore        *self,
                        sqlite3_stmt        *stmt,
                        KonkursStoreRowMap   map,
                        gpointer             user_data,
                        GDestroyNotify       free_func,
                        GError             **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (free_func);
  MapAll all = { rows, map, user_data };

  if (!konkurs_store_each_row (self, stmt, add_mapped, &all, error))
    return NULL;
  return g_steal_pointer (&rows);
}

gpointer
konkurs_store_read_one (KonkursStore        *self,
                        sqlite3_stmt        *stmt,
                        KonkursStoreRowMap   map,
                        gpointer             user_data,
                        const char          *not_found,
                        GError             **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return map (stmt, user_data);
  if (rc == SQLITE_DONE)
    g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND, not_found);
  else
    konkurs_store_set_sqlite_error (self, rc, error);
  return NULL;
}

GPtrArray *
konkurs_store_read_all_id (KonkursStore        *self,
                           const char          *sql,
                           gint64               id,
                           KonkursStoreRowMap   map,
                           gpointer             user_data,
                           GDestroyNotify       free_func,
                           GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, sql, id, error);

  if (stmt == NULL)
    return NULL;
  return konkurs_store_read_all (self, stmt, map, user_data, free_func, error);
}

gpointer
konkurs_store_read_one_id (KonkursStore        *self,
                           const char          *sql,
                           gint64               id,
                           KonkursStoreRowMap   map,
                           gpointer             user_data,
                           const char          *not_found,
                           GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, sql, id, error);

  if (stmt == NULL)
    return NULL;
  return konkurs_store_read_one (self, stmt, map, user_data, not_found, error);
}

gboolean
konkurs_store_read_int64 (KonkursStore  *self,
                          sqlite3_stmt  *stmt,
                          gboolean      *found,
                          gint64        *value,
                          GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (found != NULL)
    *found = (rc == SQLITE_ROW);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    }
  if (rc == SQLITE_DONE)
    return TRUE;
  konkurs_store_set_sqlite_error (self, rc, error);
  return FALSE;
}

static void
add_int64 (sqlite3_stmt *stmt,
           gpointer      values)
{
  gint64 value = sqlite3_column_int64 (stmt, 0);

  g_array_append_val ((GArray *) values, value);
}

GArray *
konkurs_store_read_int64s (KonkursStore  *self,
                           sqlite3_stmt  *stmt,
                           GError       **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!konkurs_store_each_row (self, stmt, add_int64, values, error))
    return NULL;
  return g_steal_pointer (&values);
}

gboolean
konkurs_store_step_done (KonkursStore  *self,
                         sqlite3_stmt  *stmt,
                         GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  konkurs_store_set_sqlite_error (self, rc, error);
  return FALSE;
}

gint64
konkurs_store_step_insert (KonkursStore  *self,
                           sqlite3_stmt  *stmt,
                           GError       **error)
{
  if (!konkurs_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (sqlite3_db_handle (stmt));
}

gboolean
konkurs_store_step_changed (KonkursStore  *self,
                            sqlite3_stmt  *stmt,
                            const char    *not_found,
                            GError       **error)
{
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (sqlite3_db_handle (stmt)) > 0)
    return TRUE;
  g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND, not_found);
  return FALSE;
}

gboolean
konkurs_store_delete_id (KonkursStore  *self,
                         const char    *sql,
                         gint64         id,
                         const char    *in_use,
                         const char    *not_found,
                         GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, sql, id, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL)
    return FALSE;
  if (konkurs_store_step_changed (self, stmt, not_found, &local_error))
    return TRUE;

  if (in_use != NULL && g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE))
    g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE, in_use);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

/* Writing the row of an aggregate */

gboolean
konkurs_store_write_row (KonkursStore             *self,
                         const KonkursStoreTable  *table,
                         KonkursStoreBind          bind,
                         gconstpointer             values,
                         gint64                   *id,
                         gboolean                  restore,
                         GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean insert = (*id == 0 || restore);
  const char *action = restore ? "restore" : *id == 0 ? "create" : "update";

  stmt = konkurs_store_prepare (self, insert ? table->insert_sql : table->update_sql, error);
  if (stmt == NULL)
    return FALSE;
  bind (stmt, values);
  if (*id != 0)
    sqlite3_bind_int64 (stmt, table->id_index, *id);

  if (!insert && !konkurs_store_step_changed (self, stmt, _(table->gone), error))
    return FALSE;
  if (insert && (*id = konkurs_store_step_insert (self, stmt, error)) == 0)
    return FALSE;

  konkurs_store_note_changed (self, table->changed);
  return konkurs_store_record_row (self, action, table->name, *id, NULL, error);
}

/* Columns */

char *
konkurs_store_json_array (KonkursStore      *self,
                          const char        *object_sql,
                          GPtrArray         *items,
                          KonkursStoreBind   bind,
                          GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strconcat ("SELECT json_insert (?1, '$[#]', ", object_sql, ")", NULL);
  g_autofree char *json = g_strdup ("[]");

  stmt = konkurs_store_prepare (self, sql, error);
  if (stmt == NULL)
    return NULL;
  /* SQLite builds the JSON, so that every value is quoted as JSON says */
  for (guint i = 0; i < items->len; i++)
    {
      char *longer;

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, json, -1, SQLITE_TRANSIENT);
      bind (stmt, g_ptr_array_index (items, i));
      longer = konkurs_store_read_one (self, stmt, konkurs_store_map_text, NULL, "", error);
      if (longer == NULL)
        return NULL;
      g_free (json);
      json = longer;
    }
  return g_steal_pointer (&json);
}

gpointer
konkurs_store_map_text (sqlite3_stmt *stmt,
                        gpointer      user_data)
{
  return g_strdup (konkurs_store_column_text (stmt, 0));
}

const char *
konkurs_store_column_text (sqlite3_stmt *stmt,
                           int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

KonkursLocalText *
konkurs_store_column_local_text (sqlite3_stmt *stmt,
                                 int           column)
{
  return konkurs_local_text_new (konkurs_store_column_text (stmt, column),
                                 konkurs_store_column_text (stmt, column + 1));
}

void
konkurs_store_bind_local_text (sqlite3_stmt           *stmt,
                               int                     index,
                               const KonkursLocalText *text)
{
  sqlite3_bind_text (stmt, index, konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_KK), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, index + 1, konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_RU), -1, SQLITE_TRANSIENT);
}

GDate *
konkurs_store_column_date (sqlite3_stmt *stmt,
                           int           column)
{
  return konkurs_store_date_from_iso ((const char *) sqlite3_column_text (stmt, column));
}

void
konkurs_store_column_date_into (sqlite3_stmt *stmt,
                                int           column,
                                GDate        *out)
{
  g_autoptr(GDate) date = konkurs_store_column_date (stmt, column);

  if (date != NULL)
    *out = *date;
  else
    g_date_clear (out, 1);
}

GDateTime *
konkurs_store_column_datetime (sqlite3_stmt *stmt,
                               int           column)
{
  g_autoptr(GTimeZone) utc = NULL;
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL)
    return NULL;
  utc = g_time_zone_new_utc ();
  return g_date_time_new_from_iso8601 (text, utc);
}

/* Dates */

char *
konkurs_store_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          g_date_get_day (date));
}

/* @value's last @n decimal digits, with leading zeros, at @p. */
static void
write_digits (char  *p,
              guint  value,
              guint  n)
{
  while (n-- > 0)
    {
      p[n] = (char) ('0' + value % 10);
      value /= 10;
    }
}

GDate *
konkurs_store_date_from_iso (const char *iso)
{
  guint year, month, day;
  char end;

  if (iso == NULL || strlen (iso) != 10 ||
      sscanf (iso, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return NULL;
  if (year > G_MAXUINT16 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_new_dmy (day, month, year);
}

void
konkurs_store_bind_date (sqlite3_stmt *stmt,
                         int           index,
                         const GDate  *date)
{
  char iso[11];
  guint year;

  if (date == NULL || !g_date_valid (date))
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  year = g_date_get_year (date);
  if (year > 9999)
    {
      sqlite3_bind_text (stmt, index, konkurs_store_date_to_iso (date), -1, g_free);
      return;
    }
  /* An import binds several dates per row; printf was 1.3 % of it. */
  write_digits (iso, year, 4);
  iso[4] = '-';
  write_digits (iso + 5, g_date_get_month (date), 2);
  iso[7] = '-';
  write_digits (iso + 8, g_date_get_day (date), 2);
  iso[10] = '\0';
  sqlite3_bind_text (stmt, index, iso, 10, SQLITE_TRANSIENT);
}
