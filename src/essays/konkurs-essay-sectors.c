/* konkurs-essay-sectors.c — the names of the sectors named by code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-essay-sectors.h"
#include "konkurs-rule-set.h"

GHashTable *
konkurs_essay_sectors_read (KonkursStore *store)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) rule_sets = store != NULL ? konkurs_store_list_rule_sets (store, NULL) : NULL;

  for (guint i = 0; rule_sets != NULL && i < rule_sets->len; i++)
    {
      GPtrArray *sectors = konkurs_rule_set_get_sectors (rule_sets->pdata[i]);

      for (guint j = 0; sectors != NULL && j < sectors->len; j++)
        {
          const KonkursSector *sector = sectors->pdata[j];

          if (!g_hash_table_contains (names, sector->code))
            g_hash_table_insert (names, g_strdup (sector->code),
                                 g_strdup (konkurs_local_text_get_display (sector->name)));
        }
    }
  return names;
}

const char *
konkurs_essay_sectors_name (GHashTable *names,
                            const char *code)
{
  const char *name;

  if (code == NULL)
    return "";
  name = names != NULL ? g_hash_table_lookup (names, code) : NULL;
  return name != NULL && name[0] != '\0' ? name : code;
}

char *
konkurs_essay_sectors_describe (GHashTable *names,
                                const char *codes)
{
  g_auto(GStrv) parts = g_strsplit (codes != NULL ? codes : "", ",", -1);
  GString *text = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *code = g_strstrip (parts[i]);

      if (code[0] != '\0')
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", konkurs_essay_sectors_name (names, code));
    }
  return g_string_free (text, FALSE);
}
