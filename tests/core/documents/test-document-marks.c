/* test-document-marks.c — what the page engine puts on a document besides
 * its blocks: the watermark of a draft, a footer that wraps instead of
 * being cut, columns never narrower than their longest word, the serif
 * face with every Kazakh letter, and what the PDF says of itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-document.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

#define KAZAKH "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-marks-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_remove_pdf_dir (fixture->dir);
  g_free (fixture->dir);
}

static char *
pdf_path (Fixture *fixture, const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

/* Paragraphs enough for three pages. */
static KonkursDocument *
long_document (const char *title)
{
  KonkursDocument *document = konkurs_document_new ();

  konkurs_document_add_title (document, title);
  for (guint i = 0; i < 60; i++)
    konkurs_document_add_paragraph (document, "Конкурстық комиссия кандидаттардың құжаттарын біліктілік "
                                    "талаптарына сәйкестігіне қарады және мынадай шешім қабылдады.");
  return document;
}

/* The grey of the pixel at the middle of page 0, drawn at one pixel a
 * point. */
static guint
centre_grey (KonkursDocument *document)
{
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 596, 842);
  cairo_t *cr = cairo_create (surface);
  const guint8 *pixel;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  konkurs_document_paginate (document, 595.276, 841.89);
  konkurs_document_render_page (document, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixel = cairo_image_surface_get_data (surface) + 421 * cairo_image_surface_get_stride (surface) + 298 * 4;
  return pixel[1];
}

static void
test_watermark (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursDocument) draft = long_document ("Хаттама — ЖОБА");
  g_autoptr(KonkursDocument) plain = konkurs_document_new ();
  g_autoptr(KonkursDocument) marked = konkurs_document_new ();
  g_autofree char *path = pdf_path (fixture, "draft.pdf");

  /* across every page, read back from the PDF, and in the title */
  konkurs_document_set_footer (draft, "ЖОБА — Хаттама", "%u / %u");
  konkurs_document_set_watermark (draft, "ЖОБА");
  konkurs_test_assert_draft (draft, path, "ЖОБА");
  g_assert_cmpuint (konkurs_document_get_n_pages (draft), >=, 3);

  /* light: a pale grey where there is no text, which stays black over it */
  konkurs_document_add_title (plain, "Хаттама");
  konkurs_document_add_title (marked, "Хаттама");
  konkurs_document_set_watermark (marked, "ЖОБА");
  g_assert_cmpuint (centre_grey (plain), ==, 255);
  g_assert_cmpuint (centre_grey (marked), >, 200);
  g_assert_cmpuint (centre_grey (marked), <, 240);
  konkurs_document_set_watermark (marked, NULL);
  g_assert_null (konkurs_document_get_watermark (marked));
  g_assert_cmpuint (centre_grey (marked), ==, 255);
}

/* A footer longer than its line wraps: every word of it on every page,
 * nothing cut with an ellipsis. */
static void
test_footer_wraps (Fixture *fixture, gconstpointer data)
{
  static const char footer[] = "Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің "
                               "Астана қаласы бойынша департаменті — Бос әкімшілік мемлекеттік лауазымдарға "
                               "жалпы конкурс құжаттарын қарау хаттамасы";
  g_autoptr(KonkursDocument) document = long_document ("Хаттама");
  g_autofree char *path = pdf_path (fixture, "footer.pdf");
  g_auto(GStrv) pages = NULL;
  g_autoptr(GHashTable) words = konkurs_test_words_of (footer);

  konkurs_document_set_footer (document, footer, "Page %u of %u");
  pages = konkurs_test_document_pages (document, path);
  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_autoptr(GHashTable) shown = konkurs_test_words_of (pages[p]);
      GHashTableIter iter;
      const char *word;

      g_hash_table_iter_init (&iter, words);
      while (g_hash_table_iter_next (&iter, (gpointer *) &word, NULL))
        g_assert_true (g_hash_table_contains (shown, word));
      g_assert_null (strstr (pages[p], "…"));
    }
}

/* A column given a sliver of the width still gets its longest word, in
 * either language, whole; the others share the rest. */
static void
test_columns_fit_words (Fixture *fixture, gconstpointer data)
{
  const char * const headers[] = { "№", "Лауазымы", "Түрі мен деңгейі", "Негіздемелер" };
  const double widths[] = { 1, 1, 0.3, 8 };
  g_autoptr(KonkursDocument) document = konkurs_document_new ();
  g_autofree char *path = pdf_path (fixture, "columns.pdf");
  g_autofree char *text = NULL;

  konkurs_document_add_title (document, "Кесте");
  konkurs_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < 20; i++)
    {
      const char * const cells[] = {
        "1", "Бас сарапшы", i % 2 ? "Неруководящая\nЦентральный" : "Басшылық емес\nОрталық",
        "Кандидат біліктілік талаптарына сәйкес келеді",
      };

      konkurs_document_add_row (document, cells);
    }
  konkurs_document_end_table (document);
  g_assert_true (konkurs_document_write_pdf (document, path, NULL, NULL));
  konkurs_test_assert_words_whole (document, path);
  text = konkurs_test_pdf_text (path, TRUE);
  g_assert_nonnull (strstr (text, "Неруководящая"));
  g_assert_nonnull (strstr (text, "Центральный"));
  konkurs_test_keep_artifact (path);
}

static char *
run (const char *tool, const char *path)
{
  const char *argv[] = { tool, path, NULL };

  return konkurs_test_run_tool (argv);
}

/* Title, author, subject, creator and creation date in the document
 * information, the language in the catalogue, every font embedded and
 * Liberation Serif for the Kazakh letters too. */
static void
test_metadata (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursDocument) document = konkurs_document_new ();
  g_autofree char *path = pdf_path (fixture, "metadata.pdf");
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_autofree char *bytes = NULL;
  g_auto(GStrv) lines = NULL;
  gsize length = 0;
  guint n_fonts = 0;

  konkurs_document_add_title (document, "Құжаттарды қарау хаттамасы № 3 " KAZAKH);
  konkurs_document_add_line_pair (document, "Астана қ.", "2026 жылғы 14 наурыз");
  konkurs_document_add_paragraph (document, KAZAKH);
  konkurs_document_set_metadata (document, "Қазақстан Республикасы Қаржы министрлігі",
                                 "Бос әкімшілік мемлекеттік лауазымдарға жалпы конкурс", "kk");
  g_assert_cmpstr (konkurs_document_get_font_family (document), ==, "Liberation Serif");
  g_assert_true (konkurs_document_write_pdf (document, path, NULL, NULL));
  konkurs_test_keep_artifact (path);

  info = run ("pdfinfo", path);
  g_assert_nonnull (strstr (info, "Title:           Құжаттарды қарау хаттамасы № 3 " KAZAKH "\n"));
  g_assert_nonnull (strstr (info, "Author:          Қазақстан Республикасы Қаржы министрлігі\n"));
  g_assert_nonnull (strstr (info, "Subject:         Бос әкімшілік мемлекеттік лауазымдарға жалпы конкурс\n"));
  g_assert_nonnull (strstr (info, "Creator:         Konkurs"));
  g_assert_nonnull (strstr (info, "CreationDate:"));

  /* /Lang, added after cairo: the file still reads whole */
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_nonnull (memmem (bytes, length, "/Lang (kk)", strlen ("/Lang (kk)")));
  text = konkurs_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, "Астана қ."));

  fonts = run ("pdffonts", path);
  lines = g_strsplit (fonts, "\n", -1);
  for (guint i = 2; lines[i] != NULL && *lines[i] != '\0'; i++, n_fonts++)
    {
      g_auto(GStrv) columns = g_strsplit_set (lines[i], " ", -1);
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();

      for (guint c = 0; columns[c] != NULL; c++)
        if (*columns[c] != '\0')
          g_ptr_array_add (fields, columns[c]);
      /* name type... emb sub uni object ID: emb is the fifth from the end */
      g_assert_nonnull (strstr (g_ptr_array_index (fields, 0), "LiberationSerif"));
      g_assert_cmpstr (g_ptr_array_index (fields, fields->len - 5), ==, "yes");
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

/* The left edge of the word @word in the PDF at @path, from pdftotext
 * -bbox. */
static double
word_left (const char *path, const char *word)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *xml = konkurs_test_run_tool (argv);
  g_autofree char *tail = g_strdup_printf (">%s</word>", word);
  const char *end = strstr (xml, tail);
  const char *start;

  g_assert_nonnull (end);
  start = g_strrstr_len (xml, end - xml, "xMin=\"");
  g_assert_nonnull (start);
  return g_ascii_strtod (start + strlen ("xMin=\""), NULL);
}

/* The place at the left margin and the date at the right of one line. */
static void
test_line_pair (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursDocument) document = konkurs_document_new ();
  g_autofree char *path = pdf_path (fixture, "pair.pdf");
  g_auto(GStrv) pages = NULL;
  g_auto(GStrv) lines = NULL;
  gboolean found = FALSE;

  konkurs_document_add_line_pair (document, "г. Астана", "14 марта 2026 г.");
  pages = konkurs_test_document_pages (document, path);
  lines = g_strsplit (pages[0], "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    found |= strstr (lines[i], "г. Астана") != NULL && strstr (lines[i], "14 марта 2026 г.") != NULL;
  g_assert_true (found);
  /* 20 mm from the left edge; the date ends 15 mm from the right */
  g_assert_cmpfloat (word_left (path, "Астана"), <, 80);
  g_assert_cmpfloat (word_left (path, "2026"), >, 450);
}

/* The last @needle in the @length bytes of @bytes, NUL bytes and all. */
static const char *
find_last (const char *bytes, gsize length, const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = length >= n ? length - n + 1 : 0; i-- > 0;)
    if (memcmp (bytes + i, needle, n) == 0)
      return bytes + i;
  return NULL;
}

/* A PDF of many pages goes to its file as cairo writes it, and only its
 * end is kept to add /Lang: the update's cross-reference section must
 * still give the catalogue's place in the whole file, and the file read
 * whole, every page and row in it. */
static void
test_long_language (Fixture *fixture, gconstpointer data)
{
  static const char * const headers[] = { "№", "Жеке код", "Нәтижесі" };
  g_autoptr(KonkursDocument) document = konkurs_document_new ();
  g_autofree char *path = pdf_path (fixture, "long.pdf");
  g_autofree char *bytes = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *catalog = NULL;
  const char *startxref, *entry;
  gsize length = 0;
  guint64 xref, object;
  gint64 root;

  konkurs_document_set_metadata (document, NULL, NULL, "ru");
  konkurs_document_begin_table (document, G_N_ELEMENTS (headers), headers, NULL);
  for (guint i = 1; i <= 6000; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_autofree char *code = g_strdup_printf ("PK-%06u " KAZAKH, i);
      const char *cells[] = { number, code, i % 3 ? "Өтті" : "Өткен жоқ" };

      konkurs_document_add_row (document, cells);
    }
  konkurs_document_end_table (document);
  g_assert_true (konkurs_document_write_pdf (document, path, NULL, NULL));

  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  /* well past what is kept in memory */
  g_assert_cmpuint (length, >, 4 * 64 * 1024);
  startxref = find_last (bytes, length, "startxref\n");
  g_assert_nonnull (startxref);
  xref = g_ascii_strtoull (startxref + strlen ("startxref\n"), NULL, 10);
  g_assert_cmpuint (xref, <, length);
  g_assert_true (g_str_has_prefix (bytes + xref, "xref\n"));
  /* "xref\nROOT 1\nOFFSET 00000 n" */
  root = g_ascii_strtoll (bytes + xref + strlen ("xref\n"), (char **) &entry, 10);
  g_assert_cmpint (root, >, 0);
  object = g_ascii_strtoull (entry + strlen (" 1\n"), NULL, 10);
  catalog = g_strdup_printf ("%" G_GINT64_FORMAT " 0 obj\n", root);
  g_assert_true (g_str_has_prefix (bytes + object, catalog));
  g_assert_nonnull (memmem (bytes + object, length - object, "/Lang (ru)", strlen ("/Lang (ru)")));

  info = run ("pdfinfo", path);
  g_assert_nonnull (strstr (info, "\nPages:"));
  text = konkurs_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, "PK-000001"));
  g_assert_nonnull (strstr (text, "PK-006000"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/document-marks/watermark", test_watermark);
  ADD ("/document-marks/footer-wraps", test_footer_wraps);
  ADD ("/document-marks/columns-fit-words", test_columns_fit_words);
  ADD ("/document-marks/metadata", test_metadata);
  ADD ("/document-marks/line-pair", test_line_pair);
  ADD ("/document-marks/long-language", test_long_language);
#undef ADD

  return g_test_run ();
}
