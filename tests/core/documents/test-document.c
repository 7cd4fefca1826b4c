/* test-document.c — KonkursDocument: layout, pagination, PDF output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "konkurs-autocleanups.h"
#include "konkurs-document.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

#define KAZAKH_UPPER "ӘҒҚҢӨҰҮҺІ"
#define KAZAKH_LOWER "әғқңөұүһі"
#define TMP_TEMPLATE "konkurs-document-XXXXXX"

static const char * const headers[] = { "Number", "Candidate", "Result", "Remark" };
static const double widths[] = { 1, 4, 2, 3 };

/* Removes the files a test wrote and its folder; fails if the folder
 * held anything but @expected (so stray temporary files are caught). */
static void
remove_temp_dir (const char *dir, const char * const *expected)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (expected != NULL && g_strv_contains (expected, name));
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static char *
pdf_info (const char *path)
{
  const char * const argv[] = { "pdfinfo", path, NULL };

  return konkurs_test_run_tool (argv);
}

static char *
without_spaces (char *text)
{
  char *out = text;

  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ')
      *out++ = *p;
  *out = '\0';

  return text;
}

/* The value after "Key:" on its line in pdfinfo's output. */
static char *
info_value (const char *info, const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));

  return NULL;
}

/* The cells of row @i (from 1) of make_protocol()'s table, in
 * @number and @name's buffers. */
static void
protocol_row (guint i, char **number, char **name, const char **cells)
{
  *number = g_strdup_printf ("row-%03u", i);
  *name = g_strdup_printf ("Кандидат %s %s %u", KAZAKH_UPPER, KAZAKH_LOWER, i);
  cells[0] = *number;
  cells[1] = *name;
  cells[2] = i % 2 ? "passed" : "failed";
  /* some rows wrap over several lines so rows have different heights */
  cells[3] = i % 7 == 0 ? "admitted to the next stage after a long discussion of the essay" : "admitted";
}

static void
begin_protocol (KonkursDocument *document)
{
  konkurs_document_set_footer (document, "Test protocol " KAZAKH_UPPER, "Page %u of %u");
  konkurs_document_add_title (document, "Protocol of the competition commission");
  konkurs_document_add_heading (document, "Results of the interview");
  konkurs_document_add_paragraph (document,
                                  "The commission met with a quorum and heard every candidate. "
                                  KAZAKH_UPPER " " KAZAKH_LOWER " — the state language letters.");
  konkurs_document_add_field (document, "Date", "23 November 2026");
  konkurs_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
}

static void
end_protocol (KonkursDocument *document)
{
  konkurs_document_end_table (document);
  konkurs_document_add_signature (document, "Chair of the commission", "Ә. Қасымов");
  konkurs_document_add_signature (document, "Secretary", "Ү. Нұрланова");
}

static KonkursDocument *
make_protocol (guint n_rows)
{
  KonkursDocument *document = konkurs_document_new ();

  begin_protocol (document);
  for (guint i = 1; i <= n_rows; i++)
    {
      g_autofree char *number = NULL;
      g_autofree char *name = NULL;
      const char *cells[G_N_ELEMENTS (headers)];

      protocol_row (i, &number, &name, cells);
      konkurs_document_add_row (document, cells);
    }
  end_protocol (document);

  return document;
}

static void
test_table_pdf (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *path = g_build_filename (dir, "protocol.pdf", NULL);
  g_autoptr(KonkursDocument) document = make_protocol (300);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autofree char *pages_value = NULL;
  g_autofree char *size_value = NULL;
  g_autofree char *title_value = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_auto(GStrv) pages = NULL;
  const char * const expected[] = { "protocol.pdf", NULL };
  double width = 0, height = 0;
  guint n_pages;

  g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_no_error (error);
  n_pages = konkurs_document_get_n_pages (document);
  g_assert_cmpuint (n_pages, >, 1);

  text = konkurs_test_pdf_text (path, FALSE);
  pages = g_strsplit (text, "\f", -1);
  /* pdftotext ends every page with a form feed */
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  g_assert_cmpstr (pages[n_pages], ==, "");
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i + 1, n_pages);

      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], "Candidate"), ==, 1);
      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], "Remark"), ==, 1);
      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], footer), ==, 1);
      g_assert_nonnull (strstr (pages[i], "Test protocol " KAZAKH_UPPER));
    }
  first = g_strdup_printf ("Page 1 of %u", n_pages);
  last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_nonnull (strstr (text, first));
  g_assert_nonnull (strstr (text, last));

  /* every row exactly once: none lost, none printed twice across a break */
  for (guint i = 1; i <= 300; i++)
    {
      g_autofree char *number = g_strdup_printf ("row-%03u", i);

      g_assert_cmpuint (konkurs_test_count_occurrences (text, number), ==, 1);
    }
  g_assert_nonnull (strstr (text, KAZAKH_UPPER " " KAZAKH_LOWER));
  g_assert_nonnull (strstr (text, "Кандидат " KAZAKH_UPPER " " KAZAKH_LOWER " 300"));
  g_assert_nonnull (strstr (pages[n_pages - 1], "Chair of the commission"));
  g_assert_nonnull (strstr (pages[n_pages - 1], "Ә. Қасымов"));

  info = pdf_info (path);
  pages_value = info_value (info, "Pages");
  g_assert_cmpuint (g_ascii_strtoull (pages_value, NULL, 10), ==, n_pages);
  size_value = info_value (info, "Page size");
  g_assert_cmpint (sscanf (size_value, "%lf x %lf", &width, &height), ==, 2);
  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  title_value = info_value (info, "Title");
  g_assert_cmpstr (title_value, ==, "Protocol of the competition commission");

  remove_temp_dir (dir, expected);
}

/* Writing a document that was paginated for A4 and not changed since uses
 * those pages; one changed after it was paginated is laid out again, so
 * its PDF has what was added. */
static void
test_paginated_then_changed (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *path = g_build_filename (dir, "protocol.pdf", NULL);
  g_autoptr(KonkursDocument) document = make_protocol (30);
  g_autoptr(KonkursDocument) fresh = make_protocol (30);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fresh_text = NULL;
  const char * const expected[] = { "protocol.pdf", NULL };
  guint n_pages;

  n_pages = konkurs_document_paginate (document, 595.276, 841.89);
  g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (konkurs_document_get_n_pages (document), ==, n_pages);
  g_assert_cmpuint (konkurs_document_paginate (fresh, 595.276, 841.89), ==, n_pages);

  /* a longer table, after the pages were laid out */
  konkurs_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 1; i <= 200; i++)
    {
      g_autofree char *number = g_strdup_printf ("late-%03u", i);
      const char * const cells[] = { number, "Кейін қосылған", "passed", "admitted" };

      konkurs_document_add_row (document, cells);
    }
  konkurs_document_end_table (document);
  g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (konkurs_document_get_n_pages (document), >, n_pages);
  text = konkurs_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, "late-200"));

  /* a page size other than A4's is laid out for that size */
  n_pages = konkurs_document_paginate (fresh, 595.276 / 2, 841.89);
  g_assert_true (konkurs_document_write_pdf (fresh, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (konkurs_document_get_n_pages (fresh), <, n_pages);
  fresh_text = konkurs_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (fresh_text, "row-030"));

  remove_temp_dir (dir, expected);
}

static void
test_missing_folder (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *path = g_build_filename (missing, "protocol.pdf", NULL);
  g_autoptr(KonkursDocument) document = make_protocol (5);
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "protocol.pdf"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  remove_temp_dir (dir, NULL);
}

static void
test_unwritable_target (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *path = g_build_filename (dir, "protocol.pdf", NULL);
  g_autoptr(KonkursDocument) document = make_protocol (5);
  g_autoptr(GError) error = NULL;
  const char * const expected[] = { "protocol.pdf", NULL };

  /* a folder in the way of the rename: the PDF is drawn, then cannot
   * replace the target, and the temporary file must go */
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_assert_false (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "protocol.pdf"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_assert_cmpint (g_rmdir (path), ==, 0);

  /* the same document then writes fine */
  g_clear_error (&error);
  g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_no_error (error);
  remove_temp_dir (dir, expected);
}

static void
test_cancelled (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *path = g_build_filename (dir, "protocol.pdf", NULL);
  g_autoptr(KonkursDocument) document = make_protocol (100);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (konkurs_document_write_pdf (document, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  remove_temp_dir (dir, NULL);
}

static int
page_of (char **pages, const char *text)
{
  return konkurs_test_page_of ((const char * const *) pages, text);
}

/* Paragraphs "filler-0", "filler-1"… to push what follows down the page. */
static void
add_fillers (KonkursDocument *document, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *line = g_strdup_printf ("filler-%u", i);

      konkurs_document_add_paragraph (document, line);
    }
}

static void
add_signatures (KonkursDocument *document)
{
  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *role = g_strdup_printf ("Role-%u", i);

      konkurs_document_add_signature (document, role, NULL);
    }
}

/* The signatures of a protocol stay on one page wherever the text before
 * them ends. */
static void
test_signatures_together (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *path = g_build_filename (dir, "signatures.pdf", NULL);
  gboolean crossed_page = FALSE;

  for (guint fillers = 30; fillers <= 60; fillers += 2)
    {
      g_autoptr(KonkursDocument) document = konkurs_document_new ();
      g_auto(GStrv) pages = NULL;
      int page_of_first = -1;

      konkurs_document_set_footer (document, "Signatures", "%u/%u");
      add_fillers (document, fillers);
      add_signatures (document);
      pages = konkurs_test_document_pages (document, path);
      for (int p = 0; pages[p] != NULL; p++)
        {
          if (strstr (pages[p], "Role-1") != NULL)
            page_of_first = p;
          if (strstr (pages[p], "Role-5") != NULL)
            g_assert_cmpint (p, ==, page_of_first);
        }
      g_assert_cmpint (page_of_first, >=, 0);
      /* the fillers reach the second page in some of the rounds, so a run
       * that would have been split is really tried */
      if (page_of_first > 0)
        crossed_page = TRUE;
    }
  g_assert_true (crossed_page);

  konkurs_test_remove_pdf_dir (dir);
}

/* Whatever the text before them, the signatures share their page with
 * the closing lines they are kept with: a protocol must not end with a
 * page of signatures alone, which could be signed under another text. */
static void
test_keep_with_next (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *path = g_build_filename (dir, "kept.pdf", NULL);
  gboolean moved = FALSE;

  for (guint fillers = 30; fillers <= 60; fillers++)
    {
      g_autoptr(KonkursDocument) document = konkurs_document_new ();
      g_auto(GStrv) pages = NULL;
      g_autofree char *last_line = g_strdup_printf ("filler-%u\n", fillers - 1);
      int closing, last_filler;

      konkurs_document_set_footer (document, "Kept", "%u/%u");
      add_fillers (document, fillers);
      konkurs_document_add_heading (document, "Closing-heading");
      konkurs_document_keep_with_next (document);
      konkurs_document_add_field (document, "Closing-field", "1");
      konkurs_document_keep_with_next (document);
      add_signatures (document);
      pages = konkurs_test_document_pages (document, path);
      closing = page_of (pages, "Closing-heading");
      last_filler = page_of (pages, last_line);
      g_assert_cmpint (closing, >=, 0);
      g_assert_cmpint (page_of (pages, "Closing-field"), ==, closing);
      g_assert_cmpint (page_of (pages, "Role-1"), ==, closing);
      g_assert_cmpint (page_of (pages, "Role-5"), ==, closing);
      /* in some rounds the closing lines fit below the fillers and the
       * signatures would not: then all of them move */
      if (closing > last_filler)
        moved = TRUE;
    }
  g_assert_true (moved);

  konkurs_test_remove_pdf_dir (dir);
}

/* Of a table kept with the signatures, the last row goes with them, and
 * a header with its only row. */
static void
test_table_kept_with_next (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *path = g_build_filename (dir, "table.pdf", NULL);
  gboolean moved[2] = { FALSE, FALSE };   /* a single row, the last of many */

  for (guint round = 0; round < 80; round++)
    {
      g_autoptr(KonkursDocument) document = konkurs_document_new ();
      guint n_rows = round < 30 ? 1 : round;
      guint fillers = round < 30 ? 15 + round : 0;
      g_autofree char *last = g_strdup_printf ("row-%03u", n_rows);
      g_autofree char *before_last = g_strdup_printf ("row-%03u", n_rows - 1);
      g_autofree char *last_filler = g_strdup_printf ("filler-%u\n", fillers - 1);
      g_auto(GStrv) pages = NULL;
      int signatures;

      konkurs_document_set_footer (document, "Table", "%u/%u");
      add_fillers (document, fillers);
      konkurs_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
      for (guint i = 1; i <= n_rows; i++)
        {
          g_autofree char *number = g_strdup_printf ("row-%03u", i);
          const char * const cells[] = { number, "name", "result", "remark" };

          konkurs_document_add_row (document, cells);
        }
      konkurs_document_end_table (document);
      konkurs_document_keep_with_next (document);
      add_signatures (document);
      pages = konkurs_test_document_pages (document, path);
      signatures = page_of (pages, "Role-1");
      g_assert_cmpint (page_of (pages, "Role-5"), ==, signatures);
      g_assert_cmpint (page_of (pages, last), ==, signatures);
      /* the header row goes with the row */
      g_assert_nonnull (strstr (pages[signatures], "Candidate"));
      if (n_rows == 1 && fillers > 0 && page_of (pages, last_filler) < signatures)
        moved[0] = TRUE;
      if (n_rows > 1 && page_of (pages, before_last) < signatures)
        moved[1] = TRUE;
    }
  g_assert_true (moved[0]);
  g_assert_true (moved[1]);

  konkurs_test_remove_pdf_dir (dir);
}

/* The left and right edges of @word in the PDF at @path, from
 * pdftotext's bounding boxes. */
static void
word_box (const char *path, const char *word, double *left, double *right)
{
  const char * const argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *html = konkurs_test_run_tool (argv);
  g_autofree char *end = g_strdup_printf (">%s</word>", word);
  const char *at = strstr (html, end);
  const char *start;

  g_assert_nonnull (at);
  for (start = at; start > html && !g_str_has_prefix (start, "<word "); start--)
    ;
  g_assert_cmpint (sscanf (start, "<word xMin=\"%lf\" yMin=\"%*f\" xMax=\"%lf\"", left, right), ==, 2);
}

static void
test_column_align (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *path = g_build_filename (dir, "align.pdf", NULL);
  /* two equal columns over the body, from 20 mm to 15 mm from the edges */
  double body_left = 72 * 20 / 25.4, body_right = 595.276 - 72 * 15 / 25.4;
  double middle = (body_left + body_right) / 2;
  const KonkursDocumentAlign aligns[] = {
    KONKURS_DOCUMENT_ALIGN_LEFT, KONKURS_DOCUMENT_ALIGN_CENTER, KONKURS_DOCUMENT_ALIGN_RIGHT,
  };
  const char * const words[] = { "leftward", "centred", "rightward" };

  for (guint i = 0; i < G_N_ELEMENTS (aligns); i++)
    {
      g_autoptr(KonkursDocument) document = konkurs_document_new ();
      g_autoptr(GError) error = NULL;
      const char * const columns[] = { "First", "Second" };
      const char * const cells[] = { "x", words[i] };
      double left, right;

      konkurs_document_begin_table (document, 2, columns, NULL);
      konkurs_document_set_column_align (document, 1, aligns[i]);
      konkurs_document_add_row (document, cells);
      konkurs_document_end_table (document);
      g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
      g_assert_no_error (error);

      word_box (path, words[i], &left, &right);
      switch (aligns[i])
        {
        case KONKURS_DOCUMENT_ALIGN_LEFT:
          g_assert_cmpfloat_with_epsilon (left, middle + 3, 0.5);
          break;
        case KONKURS_DOCUMENT_ALIGN_CENTER:
          g_assert_cmpfloat_with_epsilon ((left + right) / 2, (middle + body_right) / 2, 0.5);
          break;
        case KONKURS_DOCUMENT_ALIGN_RIGHT:
        default:
          g_assert_cmpfloat_with_epsilon (right, body_right - 3, 0.5);
          break;
        }
      /* the header stays centred */
      word_box (path, "Second", &left, &right);
      g_assert_cmpfloat_with_epsilon ((left + right) / 2, (middle + body_right) / 2, 0.5);
    }

  konkurs_test_remove_pdf_dir (dir);
}

static void
test_tall_row (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *path = g_build_filename (dir, "tall.pdf", NULL);
  g_autoptr(KonkursDocument) document = konkurs_document_new ();
  g_autoptr(GString) tall = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  const char * const expected[] = { "tall.pdf", NULL };
  const char * const before[] = { "alpha", "short", "x", "y" };
  const char * const after[] = { "omega", "short", "x", "y" };
  guint n_pages;

  /* one cell with more lines than a page holds */
  for (guint i = 1; i <= 150; i++)
    g_string_append_printf (tall, "line-%03u\n", i);
  konkurs_document_set_footer (document, "Tall", "%u/%u");
  konkurs_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  konkurs_document_add_row (document, before);
  {
    const char * const cells[] = { "row-tall", tall->str, "x", "y" };

    konkurs_document_add_row (document, cells);
  }
  konkurs_document_add_row (document, after);
  konkurs_document_end_table (document);

  g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_no_error (error);
  n_pages = konkurs_document_get_n_pages (document);
  g_assert_cmpuint (n_pages, >=, 2);

  text = konkurs_test_pdf_text (path, FALSE);
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  for (guint i = 0; i < n_pages; i++)
    g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], "Candidate"), ==, 1);
  /* split between lines: every line printed once, nothing clipped */
  for (guint i = 1; i <= 150; i++)
    {
      g_autofree char *line = g_strdup_printf ("line-%03u", i);

      g_assert_cmpuint (konkurs_test_count_occurrences (text, line), ==, 1);
    }
  g_assert_nonnull (strstr (pages[0], "alpha"));
  g_assert_nonnull (strstr (pages[n_pages - 1], "omega"));

  remove_temp_dir (dir, expected);
}

static void
test_page_format (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *good = g_build_filename (dir, "good.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.pdf", NULL);
  g_autoptr(KonkursDocument) document = konkurs_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *good_text = NULL;
  g_autofree char *bad_text = NULL;
  const char * const expected[] = { "good.pdf", "bad.pdf", NULL };

  konkurs_document_add_paragraph (document, "One page.");
  /* a translation may reorder the numbers */
  konkurs_document_set_footer (document, "Footer", "Барлығы %2$u бет, %1$u-бет, 100%%");
  g_assert_true (konkurs_document_write_pdf (document, good, NULL, &error));
  g_assert_no_error (error);
  good_text = konkurs_test_pdf_text (good, FALSE);
  g_assert_nonnull (strstr (good_text, "Барлығы 1 бет, 1-бет, 100%"));

  /* a broken translation must not crash: a neutral fallback is printed */
  konkurs_document_set_footer (document, "Footer", "Page %s of %s");
  g_assert_true (konkurs_document_write_pdf (document, bad, NULL, &error));
  g_assert_no_error (error);
  bad_text = konkurs_test_pdf_text (bad, FALSE);
  /* "1 / 1"; pdftotext may drop the narrow spaces around the slash */
  g_assert_nonnull (strstr (without_spaces (bad_text), "Footer1/1"));
  g_assert_null (strstr (bad_text, "%s"));

  remove_temp_dir (dir, expected);
}

static gboolean
has_ink (cairo_surface_t *surface)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int height = cairo_image_surface_get_height (surface);
  int width = cairo_image_surface_get_width (surface);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (((guint32 *) (data + y * stride))[x] != 0xffffffff)
        return TRUE;

  return FALSE;
}

/* Print renders on a device with its own resolution: the layout must not
 * change with the target, only with the page size. */
static void
test_render_other_surface (void)
{
  g_autoptr(KonkursDocument) document = make_protocol (120);
  g_autoptr(cairo_surface_t) surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1240, 1754);
  g_autoptr(cairo_t) cr = cairo_create (surface);
  guint a4, letter, again;

  a4 = konkurs_document_paginate (document, 595.276, 841.89);
  g_assert_cmpuint (a4, >, 1);
  g_assert_cmpuint (konkurs_document_get_n_pages (document), ==, a4);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  g_assert_false (has_ink (surface));
  /* 150 dpi: the user space stays in points */
  cairo_scale (cr, 150.0 / 72.0, 150.0 / 72.0);
  konkurs_document_render_page (document, cr, a4 - 1);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  g_assert_true (has_ink (surface));

  /* the same document paginated again after drawing gives the same pages */
  again = konkurs_document_paginate (document, 595.276, 841.89);
  g_assert_cmpuint (again, ==, a4);

  /* a smaller page needs more pages */
  letter = konkurs_document_paginate (document, 420.0, 595.276);
  g_assert_cmpuint (letter, >, a4);
}

/* The row source of test_row_source(): make_protocol()'s rows, but for a
 * row taller than a page first in the second batch, and what it was asked
 * for. */
typedef struct {
  char   *tall;
  GArray *asked;   /* of guint pairs: first, n */
} SourceRows;

static void
source_cells (SourceRows *rows, guint i, char **number, char **name, const char **cells)
{
  protocol_row (i, number, name, cells);
  if (i == KONKURS_DOCUMENT_ROW_BATCH + 1)
    cells[3] = rows->tall;
}

static void
read_source_rows (guint first, guint n, GPtrArray *out, gpointer user_data)
{
  SourceRows *rows = user_data;
  guint range[2] = { first, n };

  g_array_append_vals (rows->asked, range, 2);
  for (guint i = first + 1; i <= first + n; i++)
    {
      g_autofree char *number = NULL;
      g_autofree char *name = NULL;
      const char *cells[G_N_ELEMENTS (headers)];

      source_cells (rows, i, &number, &name, cells);
      g_ptr_array_add (out, konkurs_document_row_new (G_N_ELEMENTS (headers), cells));
    }
}

static void
assert_same_page (KonkursDocument *first, KonkursDocument *second, guint page)
{
  g_autoptr(cairo_surface_t) one = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
  g_autoptr(cairo_surface_t) two = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 298, 421);
  KonkursDocument *documents[] = { first, second };
  cairo_surface_t *surfaces[] = { one, two };

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(cairo_t) cr = cairo_create (surfaces[i]);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, 0.5, 0.5);
      konkurs_document_render_page (documents[i], cr, page);
      cairo_surface_flush (surfaces[i]);
    }
  g_assert_true (has_ink (one));
  g_assert_cmpmem (cairo_image_surface_get_data (one), 421 * cairo_image_surface_get_stride (one),
                   cairo_image_surface_get_data (two), 421 * cairo_image_surface_get_stride (two));
}

/* A table whose rows a source gives, a batch at a time, has the pages,
 * the drawing and the text of the same rows added one by one, rows on
 * the batches' boundaries and one split over pages included; the source
 * is only ever asked for whole batches, and drawing a page asks for the
 * batches of its rows only. */
static void
test_row_source (void)
{
  const guint n_rows = 2 * KONKURS_DOCUMENT_ROW_BATCH + 57;
  g_autoptr(KonkursDocument) added = konkurs_document_new ();
  g_autoptr(KonkursDocument) sourced = konkurs_document_new ();
  g_autoptr(GString) tall = g_string_new (NULL);
  g_autofree char *added_text = NULL;
  g_autofree char *sourced_text = NULL;
  SourceRows rows;
  guint n_pages;

  for (guint i = 1; i <= 100; i++)
    g_string_append_printf (tall, "line-%03u\n", i);
  rows.tall = tall->str;
  rows.asked = g_array_new (FALSE, FALSE, sizeof (guint));

  begin_protocol (added);
  for (guint i = 1; i <= n_rows; i++)
    {
      g_autofree char *number = NULL;
      g_autofree char *name = NULL;
      const char *cells[G_N_ELEMENTS (headers)];

      source_cells (&rows, i, &number, &name, cells);
      konkurs_document_add_row (added, cells);
    }
  end_protocol (added);
  begin_protocol (sourced);
  konkurs_document_set_row_source (sourced, n_rows, read_source_rows, &rows, NULL);
  end_protocol (sourced);

  n_pages = konkurs_document_paginate (added, 595.276, 841.89);
  g_assert_cmpuint (n_pages, >, 10);
  g_assert_cmpuint (konkurs_document_paginate (sourced, 595.276, 841.89), ==, n_pages);
  for (guint i = 0; i < rows.asked->len; i += 2)
    {
      guint first = g_array_index (rows.asked, guint, i);
      guint n = g_array_index (rows.asked, guint, i + 1);

      g_assert_cmpuint (first % KONKURS_DOCUMENT_ROW_BATCH, ==, 0);
      g_assert_cmpuint (n, ==, MIN (KONKURS_DOCUMENT_ROW_BATCH, n_rows - first));
    }
  /* the column widths read every row once, the pagination again */
  g_assert_cmpuint (rows.asked->len / 2, <=, 2 * 3 + 1);

  for (guint page = 0; page < n_pages; page++)
    assert_same_page (added, sourced, page);

  /* the last page's rows are all in the last batch */
  g_array_set_size (rows.asked, 0);
  assert_same_page (added, sourced, 0);
  assert_same_page (added, sourced, n_pages - 1);
  g_assert_cmpuint (rows.asked->len, ==, 4);
  g_assert_cmpuint (g_array_index (rows.asked, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (rows.asked, guint, 2), ==, 2 * KONKURS_DOCUMENT_ROW_BATCH);

  added_text = konkurs_document_dup_text (added);
  sourced_text = konkurs_document_dup_text (sourced);
  g_assert_cmpstr (sourced_text, ==, added_text);
  g_assert_nonnull (strstr (sourced_text, "line-100"));

  g_clear_object (&sourced);
  g_array_unref (rows.asked);
}

static gpointer
write_in_thread (gpointer data)
{
  const char *path = data;
  g_autoptr(KonkursDocument) document = make_protocol (150);
  g_autoptr(GError) error = NULL;

  if (!konkurs_document_write_pdf (document, path, NULL, &error))
    return NULL;

  return GUINT_TO_POINTER (konkurs_document_get_n_pages (document));
}

/* Large PDFs are written from GTask threads: two documents at once must
 * not disturb each other (no shared layout state). */
static void
test_threads (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir (TMP_TEMPLATE);
  g_autofree char *first = g_build_filename (dir, "first.pdf", NULL);
  g_autofree char *second = g_build_filename (dir, "second.pdf", NULL);
  g_autoptr(KonkursDocument) reference = make_protocol (150);
  const char * const expected[] = { "first.pdf", "second.pdf", NULL };
  GThread *threads[2];
  guint n_pages[2];

  threads[0] = g_thread_new ("pdf-1", write_in_thread, first);
  threads[1] = g_thread_new ("pdf-2", write_in_thread, second);
  n_pages[0] = GPOINTER_TO_UINT (g_thread_join (threads[0]));
  n_pages[1] = GPOINTER_TO_UINT (g_thread_join (threads[1]));

  g_assert_cmpuint (n_pages[0], >, 1);
  g_assert_cmpuint (n_pages[0], ==, n_pages[1]);
  g_assert_cmpuint (n_pages[0], ==, konkurs_document_paginate (reference, 595.276, 841.89));
  remove_temp_dir (dir, expected);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/table-pdf", test_table_pdf);
  g_test_add_func ("/document/paginated-then-changed", test_paginated_then_changed);
  g_test_add_func ("/document/missing-folder", test_missing_folder);
  g_test_add_func ("/document/unwritable-target", test_unwritable_target);
  g_test_add_func ("/document/cancelled", test_cancelled);
  g_test_add_func ("/document/tall-row", test_tall_row);
  g_test_add_func ("/document/signatures-together", test_signatures_together);
  g_test_add_func ("/document/keep-with-next", test_keep_with_next);
  g_test_add_func ("/document/table-kept-with-next", test_table_kept_with_next);
  g_test_add_func ("/document/column-align", test_column_align);
  g_test_add_func ("/document/page-format", test_page_format);
  g_test_add_func ("/document/render-other-surface", test_render_other_surface);
  g_test_add_func ("/document/threads", test_threads);
  g_test_add_func ("/document/row-source", test_row_source);

  return g_test_run ();
}
