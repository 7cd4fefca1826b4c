/* konkurs-test-documents.c — helpers for the tests of printed documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-document-registry.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-organisation.h"
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

static const struct {
  KonkursCommissionRole  role;
  const char            *name[2];
  const char            *position[2];
} commission[] = {
  { KONKURS_COMMISSION_CHAIR, { "Қасымов Ерлан Болатұлы", "Касымов Ерлан Болатович" },
    { "Персоналды басқару қызметінің басшысы", "Руководитель службы управления персоналом" } },
  { KONKURS_COMMISSION_DEPUTY_CHAIR, { "Әбенова Сәуле Маратқызы", "Абенова Сауле Маратовна" },
    { "Заң басқармасының басшысы", "Руководитель юридического управления" } },
  { KONKURS_COMMISSION_MEMBER, { "Иванов Пётр Сергеевич", "Иванов Пётр Сергеевич" },
    { "Бас сарапшы", "Главный эксперт" } },
  { KONKURS_COMMISSION_MEMBER, { "Нұрпейісова Гүлнар Асқарқызы", "Нурпеисова Гульнар Аскаровна" },
    { "Жетекші сарапшы", "Ведущий эксперт" } },
  { KONKURS_COMMISSION_SECRETARY, { "Омарова Дина Ержанқызы", "Омарова Дина Ержановна" },
    { "Персоналды басқару қызметінің бас сарапшысы", "Главный эксперт службы управления персоналом" } },
};

const char *
konkurs_test_commission_name (guint index, KonkursDocLanguage language)
{
  g_assert_cmpuint (index, <, G_N_ELEMENTS (commission));
  return commission[index].name[language];
}

void
konkurs_test_add_organisation (KonkursStore *store)
{
  g_autoptr(KonkursOrganisation) organisation = konkurs_organisation_new ();
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  g_autoptr(GError) error = NULL;

  konkurs_local_text_set (organisation->state_body, KONKURS_DOC_LANGUAGE_KK,
                            "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі");
  konkurs_local_text_set (organisation->state_body, KONKURS_DOC_LANGUAGE_RU,
                            "Агентство Республики Казахстан по делам государственной службы");
  konkurs_local_text_set (organisation->address, KONKURS_DOC_LANGUAGE_KK, "Астана қ., Абай даңғылы, 33а");
  konkurs_local_text_set (organisation->address, KONKURS_DOC_LANGUAGE_RU, "г. Астана, проспект Абая, 33а");
  konkurs_local_text_set (organisation->place, KONKURS_DOC_LANGUAGE_KK, "Астана қ.");
  konkurs_local_text_set (organisation->place, KONKURS_DOC_LANGUAGE_RU, "г. Астана");
  g_assert_true (konkurs_store_save_organisation (store, organisation, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (commission); i++)
    g_ptr_array_add (members, konkurs_commission_member_new (commission[i].role,
                                                             commission[i].name[0], commission[i].name[1],
                                                             commission[i].position[0], commission[i].position[1]));
  g_assert_true (konkurs_store_save_commission (store, members, &error));
  g_assert_no_error (error);
}

static int
konkurs_test_compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The watermark of each page of the PDF at @path: the words of
 * pdftotext -bbox taller than any line of text (the diagonal mark comes
 * out a few letters a word), joined in their order. */
static GStrv
watermarks_of (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *xml = konkurs_test_run_tool (argv);
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" "
                                        "yMax=\"([0-9.]+)\">([^<]*)</word>", 0, 0, NULL);
  g_auto(GStrv) pages = g_strsplit (xml, "<page ", -1);
  g_autoptr(GPtrArray) marks = g_ptr_array_new ();

  /* what comes before the first page is the header */
  for (guint p = 1; pages[p] != NULL; p++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
      GString *mark = g_string_new (NULL);

      g_regex_match (word, pages[p], 0, &match);
      for (; g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *left = g_match_info_fetch (match, 1);
          g_autofree char *top = g_match_info_fetch (match, 2);
          g_autofree char *bottom = g_match_info_fetch (match, 3);
          g_autofree char *text = g_match_info_fetch (match, 4);

          /* keyed by their left edge: the mark reads left to right */
          if (g_ascii_strtod (bottom, NULL) - g_ascii_strtod (top, NULL) > 40)
            g_ptr_array_add (pieces, g_strdup_printf ("%09.2f %s", g_ascii_strtod (left, NULL), text));
        }
      g_ptr_array_sort (pieces, (GCompareFunc) konkurs_test_compare_strings);
      for (guint i = 0; i < pieces->len; i++)
        g_string_append (mark, strchr (g_ptr_array_index (pieces, i), ' ') + 1);
      g_ptr_array_add (marks, g_string_free (mark, FALSE));
    }
  g_ptr_array_add (marks, NULL);
  return (GStrv) g_ptr_array_steal (marks, NULL);
}

void
konkurs_test_assert_draft (KonkursDocument *document,
                           const char      *path,
                           const char      *mark)
{
  g_auto(GStrv) pages = konkurs_test_document_pages (document, path);
  g_auto(GStrv) watermarks = watermarks_of (path);
  g_autofree char *title = NULL;

  g_assert_cmpstr (konkurs_document_get_watermark (document), ==, mark);
  g_assert_nonnull (strstr (konkurs_document_get_title (document), mark));
  g_assert_cmpuint (g_strv_length (watermarks), ==, g_strv_length (pages));
  for (guint i = 0; pages[i] != NULL; i++)
    {
      /* across the page, and in the footer */
      g_assert_cmpstr (watermarks[i], ==, mark);
      g_assert_nonnull (strstr (pages[i], mark));
    }
  /* the title on the first page says it */
  title = g_strdup (konkurs_document_get_title (document));
  g_assert_nonnull (strstr (pages[0], title));
}

static gboolean
is_number (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isdigit (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

void
konkurs_test_assert_words_whole (KonkursDocument *document,
                                 const char      *path)
{
  g_autofree char *source = konkurs_document_dup_text (document);
  g_autofree char *printed = konkurs_test_pdf_text (path, TRUE);
  g_autoptr(GHashTable) known = konkurs_test_words_of (source);
  g_autoptr(GHashTable) shown = konkurs_test_words_of (printed);
  const char *mark = konkurs_document_get_watermark (document);
  g_autofree char *folded_mark = mark != NULL ? g_utf8_casefold (mark, -1) : NULL;
  GHashTableIter iter;
  const char *word;
  guint checked = 0;

  g_hash_table_iter_init (&iter, shown);
  while (g_hash_table_iter_next (&iter, (gpointer *) &word, NULL))
    {
      if (is_number (word) || (folded_mark != NULL && strstr (folded_mark, word) != NULL))
        continue;
      if (!g_hash_table_contains (known, word))
        g_error ("%s shows “%s”, which is no word of the document: a word broken across lines", path, word);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

char *
konkurs_test_print_kind (KonkursStore       *store,
                         const char         *dir,
                         const char         *kind_id,
                         gint64              id,
                         KonkursDocLanguage  language,
                         gboolean            draft,
                         const char         *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (language);
  KonkursDocumentOptions options = { draft, NULL };
  g_autoptr(KonkursDocument) document = konkurs_document_kind_build (konkurs_document_kind_lookup (kind_id), store, id,
                                                                     catalog, &options, &error);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_auto(GStrv) pages = NULL;

  g_assert_no_error (error);
  pages = konkurs_test_document_pages (document, path);
  konkurs_test_assert_words_whole (document, path);
  konkurs_test_keep_artifact (path);
  return g_strjoinv ("\f", pages);
}
