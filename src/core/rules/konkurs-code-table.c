/* konkurs-code-table.c — the tables that give the enums of the rules
 * their stored codes and their labels (konkurs-code-table-private.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-code-table-private.h"

const KonkursCodeEntry *
konkurs_code_table_find_value (const KonkursCodeEntry *entries,
                               guint                   n,
                               int                     value)
{
  for (guint i = 0; i < n; i++)
    if (entries[i].value == value)
      return &entries[i];
  return NULL;
}

gboolean
konkurs_code_table_find_code (const KonkursCodeEntry *entries,
                              guint                   n,
                              const char             *code,
                              int                    *out)
{
  if (code == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_str_equal (entries[i].code, code))
      {
        if (out != NULL)
          *out = entries[i].value;
        return TRUE;
      }
  return FALSE;
}
