/* konkurs-store-essay-reasons.c — the chair's written reason for an
 * essay's resolved score, for the essay protocol (issue 10, RULES)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-store-essays.h"
#include "konkurs-store-rows-private.h"

static gpointer
reason_from_row (sqlite3_stmt *stmt, gpointer user_data)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

char *
konkurs_store_get_essay_resolution_reason (KonkursStore  *self,
                                           gint64         essay_id,
                                           GError       **error)
{
  g_autoptr(GPtrArray) reasons = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  reasons = konkurs_store_read_all_id (self, "SELECT reason FROM essay_resolution WHERE essay_id = ?1 "
                                       "AND method = 'chair'", essay_id, reason_from_row, NULL, g_free, error);
  if (reasons == NULL)
    return NULL;
  return g_strdup (reasons->len > 0 ? g_ptr_array_index (reasons, 0) : "");
}
