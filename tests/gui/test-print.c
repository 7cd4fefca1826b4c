/* test-print.c — printing through GtkPrintOperation: the same pages as the
 * PDF, paginated for the paper GTK hands over.  The operation exports to a
 * PDF file instead of showing the dialog, so the test reads what a printer
 * would have received.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-print.h"
#include "konkurs-test-util.h"

#define HEADER "Лауазым"

static void
test_export_through_print_operation (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-print-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(KonkursDocument) document = konkurs_document_new ();
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  const char * const headers[] = { "№", HEADER };
  const double widths[] = { 1, 6 };
  guint n_pages;

  konkurs_document_set_footer (document, "Басып шығару", "%u-бет, барлығы %u");
  konkurs_document_add_title (document, "ӘҒҚҢӨҰҮҺІ әғқңөұүһі");
  konkurs_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 1; i <= 120; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_autofree char *position = g_strdup_printf ("Бас сарапшы %u", i);
      const char * const cells[] = { number, position };

      konkurs_document_add_row (document, cells);
    }
  konkurs_document_end_table (document);

  operation = konkurs_print_operation_new (document, "test");
  gtk_print_operation_set_export_filename (operation, path);
  g_assert_cmpint (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  /* paginated in begin-print for the A4 page GTK gave */
  n_pages = konkurs_document_get_n_pages (document);
  g_assert_cmpuint (n_pages, >=, 2);

  text = konkurs_test_pdf_text (path, FALSE);
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *footer = g_strdup_printf ("%u-бет, барлығы %u", i + 1, n_pages);

      g_assert_nonnull (strstr (pages[i], HEADER));
      g_assert_nonnull (strstr (pages[i], footer));
    }
  g_assert_nonnull (strstr (text, "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"));
  g_assert_nonnull (strstr (text, "Бас сарапшы 120"));

  konkurs_test_keep_artifact (path);
  konkurs_test_remove_pdf_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/print/export-through-print-operation", test_export_through_print_operation);

  return g_test_run ();
}
