/* konkurs-test-documents.c — helpers for the tests of printed documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-store-candidates.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

KonkursCatalog *
konkurs_test_catalog_new (KonkursDocLanguage language)
{
  g_autoptr(GError) error = NULL;
  KonkursCatalog *catalog = konkurs_catalog_new (language, &error);

  g_assert_no_error (error);
  return catalog;
}

GStrv
konkurs_test_document_pages (KonkursDocument *document,
                             const char      *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GStrv pages;
  guint n_pages;

  g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_no_error (error);
  n_pages = konkurs_document_get_n_pages (document);
  g_assert_cmpuint (n_pages, >, 0);

  text = konkurs_test_pdf_text (path, FALSE);
  pages = g_strsplit (text, "\f", -1);
  /* pdftotext ends every page with a form feed */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  g_assert_cmpstr (pages[n_pages], ==, "");
  g_clear_pointer (&pages[n_pages], g_free);

  return pages;
}

int
konkurs_test_page_of (const char * const *pages,
                      const char         *text)
{
  int found = -1;

  for (int p = 0; pages[p] != NULL; p++)
    if (strstr (pages[p], text) != NULL)
      {
        g_assert_cmpint (found, ==, -1);
        found = p;
      }

  return found;
}

GHashTable *
konkurs_test_words_of (const char *text)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) word = g_string_new (NULL);

  for (const char *p = text;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        {
          g_hash_table_add (words, g_utf8_casefold (word->str, -1));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }

  return words;
}

gboolean
konkurs_test_has_word (GHashTable *words,
                       const char *identity)
{
  g_autofree char *folded = NULL;

  if (identity == NULL || *identity == '\0')
    return FALSE;
  folded = g_utf8_casefold (identity, -1);
  return g_hash_table_contains (words, folded);
}

guint
konkurs_test_assert_anonymous (KonkursStore   *store,
                               KonkursCatalog *catalog,
                               const char     *text)
{
  g_autoptr(GHashTable) words = konkurs_test_words_of (text);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  g_autoptr(GError) error = NULL;
  KonkursCandidateFilter filter;

  konkurs_candidate_filter_init (&filter);
  ids = konkurs_store_query_candidate_ids (store, &filter, &error);
  g_assert_no_error (error);
  candidates = konkurs_store_get_candidates (store, (const gint64 *) ids->data, ids->len, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (candidates->len, ==, ids->len);

  for (guint i = 0; i < candidates->len; i++)
    {
      KonkursCandidate *candidate = g_ptr_array_index (candidates, i);
      const GDate *birth = konkurs_candidate_get_iin_birth_date (candidate);
      g_autofree char *birth_text = konkurs_catalog_format_date (catalog, birth);
      g_autofree char *birth_dotted = g_strdup_printf ("%02d.%02d.%04d", g_date_get_day (birth),
                                                       g_date_get_month (birth), g_date_get_year (birth));
      g_autofree char *birth_iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (birth),
                                                    g_date_get_month (birth), g_date_get_day (birth));

      g_assert_false (konkurs_test_has_word (words, konkurs_candidate_get_surname (candidate)));
      g_assert_false (konkurs_test_has_word (words, konkurs_candidate_get_name (candidate)));
      g_assert_false (konkurs_test_has_word (words, konkurs_candidate_get_patronymic (candidate)));
      g_assert_null (strstr (text, konkurs_candidate_get_iin (candidate)));
      /* nor the IIN's first half, the birth date */
      g_assert_false (konkurs_test_has_word (words, konkurs_candidate_get_iin (candidate)));
      g_assert_null (strstr (text, birth_text));
      g_assert_null (strstr (text, birth_dotted));
      g_assert_null (strstr (text, birth_iso));
    }

  return candidates->len;
}
