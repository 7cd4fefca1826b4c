/* konkurs-test-exchange-essays.c — see konkurs-test-exchange-essays.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-store-private.h"
#include "konkurs-test-exchange-essays.h"
#include "konkurs-test-util.h"

char *
konkurs_test_essay_stage_left_code (const KonkursTestEssayStage *stage)
{
  for (guint i = 0; i < stage->competition->codes->len; i++)
    {
      const char *code = g_ptr_array_index (stage->competition->codes, i);

      if (!g_ptr_array_find_with_equal_func (stage->codes, code, g_str_equal, NULL))
        return g_strdup (code);
    }
  g_error ("every admitted application entered the essay stage");
}

char *
konkurs_test_write_text (const char *dir,
                         const char *name,
                         const char *text)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return path;
}

char *
konkurs_test_write_essays (const char *dir,
                           const char *name,
                           GPtrArray  *codes)
{
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<konkurs-essays xmlns=\"urn:konkurs:essays:1\" version=\"1\">\n");

  for (guint i = 0; i < codes->len; i++)
    g_string_append_printf (text,
                            "  <essay code=\"%s\" language=\"%s\" words=\"%u\" minutes=\"%u\""
                            " submitted-at=\"2025-05-20T09:%02u:00Z\" proctor=\"accepted\">\n"
                            "    <topic>%s</topic>\n"
                            "    <text>%s %u</text>\n"
                            "  </essay>\n",
                            (const char *) g_ptr_array_index (codes, i), i % 2 == 0 ? "kk" : "ru", 180 + i, 40 + i % 5,
                            10 + i, i % 2 == 0 ? "Мемлекеттік қызметтегі әділдік" : "Цифровизация услуг",
                            i % 2 == 0 ? "Әділдік — мемлекеттік қызметтің негізі." : "Цифровизация меняет госуслуги.",
                            i);
  g_string_append (text, "</konkurs-essays>\n");
  return konkurs_test_write_text (dir, name, text->str);
}

char *
konkurs_test_dump_database (KonkursStore *store)
{
  sqlite3 *db = konkurs_store_get_db (store);
  g_autoptr(GString) dump = g_string_new (NULL);
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1,
                                       &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint t = 0; t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (const char *) g_ptr_array_index (tables, t));

      g_string_append_printf (dump, "[%s]\n", (const char *) g_ptr_array_index (tables, t));
      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (dump, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                                 ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (dump, '\n');
        }
      sqlite3_finalize (stmt);
    }
  return g_string_free (g_steal_pointer (&dump), FALSE);
}
