/* konkurs-store-rows-private.h — reading rows: bind, step, map each row
 * into an object, so that each file of the store holds only its SQL and
 * its mapping
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

/* Makes a new value (an object, a boxed struct…) from the current row of
 * @stmt; never NULL. */
typedef gpointer (*KonkursStoreRowMap) (sqlite3_stmt *stmt, gpointer user_data);

/* Reads the current row of @stmt into @user_data. */
typedef void     (*KonkursStoreRowFunc) (sqlite3_stmt *stmt, gpointer user_data);

/* Prepares @sql, as konkurs_store_prepare() does, and binds @id to ?1: the
 * statement of one row by id, or of the rows of one parent. */
sqlite3_stmt *konkurs_store_prepare_id (KonkursStore  *self,
                                        const char    *sql,
                                        gint64         id,
                                        GError       **error);

/* Steps @stmt to its end, calling @func on every row; FALSE with @error
 * set when SQLite fails.  Leaves @stmt reset, so that it keeps no read
 * lock. */
gboolean   konkurs_store_each_row (KonkursStore        *self,
                                   sqlite3_stmt        *stmt,
                                   KonkursStoreRowFunc  func,
                                   gpointer             user_data,
                                   GError             **error);

/* Steps @stmt to its end, mapping every row with @map into a new array
 * whose elements are freed with @free_func; NULL with @error set when
 * SQLite fails.  Leaves @stmt reset, so that it keeps no read lock. */
GPtrArray *konkurs_store_read_all (KonkursStore        *self,
                                   sqlite3_stmt        *stmt,
                                   KonkursStoreRowMap   map,
                                   gpointer             user_data,
                                   GDestroyNotify       free_func,
                                   GError             **error);

/* The first row of @stmt mapped with @map (a read of one row by id), or
 * NULL: with NOT_FOUND @not_found when there is no row, with the SQLite
 * error when the step fails. */
gpointer   konkurs_store_read_one (KonkursStore        *self,
                                   sqlite3_stmt        *stmt,
                                   KonkursStoreRowMap   map,
                                   gpointer             user_data,
                                   const char          *not_found,
                                   GError             **error);

/* The same for @sql with ?1 = @id, prepared here: the rows of one parent,
 * or the row of one id. */
GPtrArray *konkurs_store_read_all_id (KonkursStore        *self,
                                      const char          *sql,
                                      gint64               id,
                                      KonkursStoreRowMap   map,
                                      gpointer             user_data,
                                      GDestroyNotify       free_func,
                                      GError             **error);
gpointer   konkurs_store_read_one_id (KonkursStore        *self,
                                      const char          *sql,
                                      gint64               id,
                                      KonkursStoreRowMap   map,
                                      gpointer             user_data,
                                      const char          *not_found,
                                      GError             **error);

/* Steps @stmt once, for a query of one integer (an id, a count, EXISTS):
 * *@found (may be NULL) says whether a row came, and *@value is its first
 * column, left alone without a row. */
gboolean   konkurs_store_read_int64  (KonkursStore  *self,
                                      sqlite3_stmt  *stmt,
                                      gboolean      *found,
                                      gint64        *value,
                                      GError       **error);

/* The first column of every row, as a GArray of gint64 (ids). */
GArray    *konkurs_store_read_int64s (KonkursStore  *self,
                                      sqlite3_stmt  *stmt,
                                      GError       **error);

/* Steps @stmt, which must not return rows, mapping a failure to @error. */
gboolean   konkurs_store_step_done    (KonkursStore  *self,
                                       sqlite3_stmt  *stmt,
                                       GError       **error);

/* Steps @stmt, an INSERT of one row: the new row's id, or 0 with @error
 * set. */
gint64     konkurs_store_step_insert  (KonkursStore  *self,
                                       sqlite3_stmt  *stmt,
                                       GError       **error);

/* Steps @stmt, an UPDATE or DELETE of one row: NOT_FOUND with @not_found
 * when it changed no row (the row was deleted meanwhile). */
gboolean   konkurs_store_step_changed (KonkursStore  *self,
                                       sqlite3_stmt  *stmt,
                                       const char    *not_found,
                                       GError       **error);

/* Runs @sql, a DELETE of row ?1 = @id: NOT_FOUND with @not_found when
 * there is no such row, IN_USE with @in_use (NULL: the general message)
 * when rows of other tables still refer to it. */
gboolean   konkurs_store_delete_id    (KonkursStore  *self,
                                       const char    *sql,
                                       gint64         id,
                                       const char    *in_use,
                                       const char    *not_found,
                                       GError       **error);

/* Writing the row of an aggregate */

/* How the rows of one table are written: the SQL binds the values at ?1
 * to ?(id_index - 1) and the id at ?id_index (NULL in an INSERT gives a
 * new one). */
typedef struct {
  const char *name;        /* the table, as the audit log names it: "vacancy" */
  const char *changed;     /* the detail of "changed" it emits: "vacancies" */
  const char *insert_sql;
  const char *update_sql;
  int         id_index;
  const char *gone;        /* N_(): an update of a row deleted meanwhile */
} KonkursStoreTable;

/* Binds the values of a row (not its id) to @stmt. */
typedef void (*KonkursStoreBind) (sqlite3_stmt *stmt, gconstpointer values);

/* Writes the row of @table that @bind binds from @values: a new row when
 * *@id is 0 (setting *@id), the row *@id put back with its old id when
 * @restore (undo of a delete), else an update of row *@id (NOT_FOUND with
 * @table's gone when it was deleted meanwhile).  Notes the change and logs
 * the row as "create", "restore" or "update".  Inside an operation. */
gboolean   konkurs_store_write_row   (KonkursStore             *self,
                                      const KonkursStoreTable  *table,
                                      KonkursStoreBind          bind,
                                      gconstpointer             values,
                                      gint64                   *id,
                                      gboolean                  restore,
                                      GError                  **error);

/* A JSON array of one object per item of @items, for a column or an
 * audit entry: @object_sql is the json_object (…) of an item, which
 * @bind binds from ?2 on (?1 is the array so far).  NULL on error. */
char      *konkurs_store_json_array  (KonkursStore             *self,
                                      const char               *object_sql,
                                      GPtrArray                *items,
                                      KonkursStoreBind          bind,
                                      GError                  **error);

/* Columns */

/* A KonkursStoreRowMap: a copy of the text of column 0 ("" for NULL), for
 * queries of one text (a JSON snapshot). */
gpointer    konkurs_store_map_text        (sqlite3_stmt *stmt, gpointer user_data);

/* The text of @column; "" for NULL. */
const char *konkurs_store_column_text     (sqlite3_stmt *stmt, int column);
/* The ISO date of @column; NULL when NULL or not a date. */
GDate      *konkurs_store_column_date     (sqlite3_stmt *stmt, int column);
/* The same into @out, cleared when NULL or not a date. */
void        konkurs_store_column_date_into (sqlite3_stmt *stmt, int column, GDate *out);
/* The UTC ISO 8601 time of @column ("2025-03-04T10:00:00Z"); NULL when
 * NULL or not a time. */
GDateTime  *konkurs_store_column_datetime (sqlite3_stmt *stmt, int column);

/* A text in both languages from @column (Kazakh) and the column after it
 * (Russian), as every bilingual text is stored: name_kk, name_ru. */
KonkursLocalText *konkurs_store_column_local_text (sqlite3_stmt *stmt, int column);
/* Binds @text to ?@index (Kazakh) and ?@index+1 (Russian). */
void              konkurs_store_bind_local_text   (sqlite3_stmt *stmt, int index, const KonkursLocalText *text);

/* Dates as stored: ISO 'YYYY-MM-DD' */

/* NULL for NULL or an invalid date. */
char  *konkurs_store_date_to_iso   (const GDate *date);
/* NULL for NULL or anything but a real ISO date. */
GDate *konkurs_store_date_from_iso (const char *iso);
/* Binds @date as ISO text, or NULL when unset. */
void   konkurs_store_bind_date     (sqlite3_stmt *stmt, int index, const GDate *date);

G_END_DECLS
