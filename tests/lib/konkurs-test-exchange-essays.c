/* konkurs-test-exchange-essays.c — a selection whose essay stage is open,
 * with experts, for the tests of the grading's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-store-private.h"
#include "konkurs-test-exchange-essays.h"
#include "konkurs-test-util.h"

void
konkurs_test_essay_stage_free (KonkursTestEssayStage *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->competition, konkurs_test_stage_competition_free);
  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_free (self->left_code);
  g_free (self);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

KonkursTestEssayStage *
konkurs_test_essay_stage_new (KonkursStore *store,
                              guint         n_admitted)
{
  KonkursTestEssayStage *self = g_new0 (KonkursTestEssayStage, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) essay = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  self->competition = konkurs_test_stage_competition_new (store, KONKURS_PROCEDURE_YOUTH_RESERVE, n_admitted);
  konkurs_test_stage_add_results (store, self->competition->stage_id, 1);
  g_assert_true (konkurs_store_close_stage (store, self->competition->stage_id, TRUE, &error));
  g_assert_no_error (error);
  essay = konkurs_store_find_stage (store, self->competition->competition_id, KONKURS_STAGE_ESSAY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (essay->state, ==, KONKURS_STAGE_STATE_OPEN);
  self->stage_id = essay->id;
  rows = konkurs_store_list_stage_rows (store, essay->id, &error);
  g_assert_no_error (error);
  self->codes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (self->codes, g_strdup (((KonkursStageRow *) g_ptr_array_index (rows, i))->personal_code));
  g_ptr_array_sort (self->codes, compare_strings);
  g_assert_cmpuint (self->codes->len, >=, 3);
  for (guint i = 0; i < self->competition->codes->len && self->left_code == NULL; i++)
    {
      const char *code = g_ptr_array_index (self->competition->codes, i);

      if (!g_ptr_array_find_with_equal_func (self->codes, code, g_str_equal, NULL))
        self->left_code = g_strdup (code);
    }
  g_assert_nonnull (self->left_code);
  return self;
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

void
konkurs_test_add_experts (KonkursStore *store,
                          guint         n)
{
  static const char *const names[] = {
    "Жұмабаев Асқар", "Иванова Мария", "Сәрсенбаева Гүлнар", "Ким Виктор", "Оспанов Ерлан", "Петрова Анна",
  };
  g_autoptr(GPtrArray) experts = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_expert_free);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      KonkursExpert *expert = konkurs_expert_new ();
      const char *const sectors[] = { "digitalisation", NULL };

      expert->full_name = g_strdup_printf ("%s %u", names[i % G_N_ELEMENTS (names)], i + 1);
      expert->background = 1 + i % KONKURS_EXPERT_BACKGROUND_LAST;
      g_strfreev (expert->sectors);
      expert->sectors = g_strdupv ((char **) sectors);
      g_free (expert->email);
      expert->email = g_strdup_printf ("expert%u@example.kz", i + 1);
      g_ptr_array_add (experts, expert);
    }
  g_assert_true (konkurs_store_save_experts (store, experts, &error));
  g_assert_no_error (error);
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
