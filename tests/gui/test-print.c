/* test-print.c — printing through GtkPrintOperation: the same pages as the
 * PDF, paginated for the paper GTK hands over.  The operation exports to a
 * PDF file instead of showing the dialog, so the test reads what a printer
 * would have received.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "konkurs-context.h"
#include "konkurs-print.h"
#include "konkurs-print-preview.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-ui-helpers.h"

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

/* Printing and saving a document built from the store in a job */

static GThread *main_thread;
static gboolean built_off_main;

/* A KonkursDocumentBuildFunc: a short document, or a failure for a
 * competition that is not there. */
static KonkursDocument *
build_document (KonkursStore                 *store,
                gint64                        competition_id,
                KonkursCatalog               *catalog,
                const KonkursDocumentOptions *options,
                GError                      **error)
{
  KonkursDocument *document;

  built_off_main = g_thread_self () != main_thread;
  if (competition_id <= 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No such competition");
      return NULL;
    }
  document = konkurs_document_new ();
  konkurs_document_add_title (document, "Хаттама ӘҒҚҢӨҰҮҺІ");
  return document;
}

/* A document of the test's own, as the registry describes one: what the
 * window says of it comes from its name, "Protocol". */
static const KonkursDocumentKind protocol_kind = {
  "test-protocol",
  "Protocol of the test",
  "Protocol",
  build_document,
  KONKURS_DOCUMENT_SCOPE_COMPETITION,
  KONKURS_DOCUMENT_NAMES_PEOPLE,
};

typedef struct {
  KonkursStore        *store;
  GtkWindow           *window;
  KonkursTestSource         *source;
  KonkursPrintRequest  request;
} PrintFixture;

static void
print_fixture_set_up (PrintFixture  *fixture,
                      gconstpointer  data)
{
  main_thread = g_thread_self ();
  built_off_main = FALSE;
  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->source = KONKURS_TEST_SOURCE (konkurs_test_source_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->source));
  gtk_window_present (fixture->window);
  fixture->request = (KonkursPrintRequest) {
    .store = fixture->store,
    .kind = &protocol_kind,
    .id = 1,
    .record_name = "Қаржы министрлігі",
    .language_code = "kk",
  };
}

static void
print_fixture_tear_down (PrintFixture  *fixture,
                         gconstpointer  data)
{
  konkurs_test_destroy_and_wait (fixture->window);
  g_clear_object (&fixture->store);
}

static void
test_request_print (PrintFixture  *fixture,
                    gconstpointer  data)
{
  GtkWidget *preview, *dialog;

  /* The document is built in a worker and shown in the preview, with
   * Print… as its default; from there the print dialog comes up over it. */
  konkurs_print_request_print (GTK_WIDGET (fixture->source), &fixture->request, NULL);
  preview = konkurs_test_wait_for_preview ();
  g_assert_true (built_off_main);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == fixture->window);
  g_assert_true (gtk_widget_has_css_class (konkurs_test_find_button (preview, "_Print…"), "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (konkurs_test_find_button (preview, "_Save as PDF…"), "suggested-action"));
  g_assert_nonnull (konkurs_print_preview_get_document (KONKURS_PRINT_PREVIEW (preview)));

  g_assert_true (gtk_widget_activate_action (preview, "preview.print", NULL));
  dialog = konkurs_test_wait_for_toplevel ("GtkPrintUnixDialog");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (preview));
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  G_GNUC_END_IGNORE_DEPRECATIONS
  konkurs_test_drain_main_loop ();
  /* cancelled: the preview stays */
  g_assert_nonnull (konkurs_test_find_toplevel (KONKURS_TYPE_PRINT_PREVIEW));
  gtk_window_destroy (GTK_WINDOW (preview));
}

static void
test_request_fails (PrintFixture  *fixture,
                    gconstpointer  data)
{
  GtkWidget *preview;
  AdwStatusPage *failed;

  /* A document that cannot be built is told in the preview, with the
   * heading for that, and nothing can be printed. */
  fixture->request.id = 0;
  g_test_expect_message ("Konkurs-widgets", G_LOG_LEVEL_WARNING, "Could Not Prepare the Protocol: No such competition");
  konkurs_print_request_print (GTK_WIDGET (fixture->source), &fixture->request, NULL);
  preview = konkurs_test_wait_for_preview ();
  g_test_assert_expected_messages ();

  failed = ADW_STATUS_PAGE (konkurs_test_find_of_type (preview, ADW_TYPE_STATUS_PAGE));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (failed)));
  g_assert_cmpstr (adw_status_page_get_title (failed), ==, "Could Not Prepare the Protocol");
  g_assert_cmpstr (adw_status_page_get_description (failed), ==, "No such competition");
  g_assert_null (konkurs_print_preview_get_document (KONKURS_PRINT_PREVIEW (preview)));
  g_assert_false (gtk_widget_get_sensitive (konkurs_test_find_button (preview, "_Print…")));
  g_assert_false (gtk_widget_get_sensitive (konkurs_test_find_button (preview, "_Save as PDF…")));
  g_assert_null (konkurs_test_find_toplevel_named ("GtkPrintUnixDialog"));
  gtk_window_destroy (GTK_WINDOW (preview));
}

static gboolean
has_toast (gpointer data)
{
  return konkurs_test_source_get_toast (data) != NULL;
}

static void
test_request_save_pdf (PrintFixture  *fixture,
                       gconstpointer  data)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-print-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "Protocol - Қаржы министрлігі.pdf", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *text = NULL;
  GtkWidget *chooser, *preview;

  /* The secretary accepts the name offered, in the folder offered (the
   * working directory: moving the chooser elsewhere while it still reads
   * its first folder makes GTK 4.8 complain); the job builds and writes
   * the PDF and a toast tells it. */
  g_assert_cmpint (g_chdir (dir), ==, 0);
  konkurs_print_request_save_pdf (GTK_WIDGET (fixture->source), &fixture->request, NULL);
  preview = konkurs_test_wait_for_preview ();
  /* Save as PDF… is the default, as asked */
  g_assert_true (gtk_widget_has_css_class (konkurs_test_find_button (preview, "_Save as PDF…"), "suggested-action"));
  g_assert_true (gtk_widget_activate_action (preview, "preview.save-pdf", NULL));
  chooser = konkurs_test_wait_for_toplevel ("GtkFileChooserDialog");
  /* Named after the document and the record. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (chooser)), ==, "Save Protocol as PDF");
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==,
                   "Protocol - Қаржы министрлігі.pdf");
  /* As a click would: the chooser checks the name, then responds. */
  gtk_widget_activate (konkurs_test_find_button (chooser, "_Save"));

  g_assert_true (konkurs_test_wait_until (has_toast, fixture->source));
  g_assert_true (built_off_main);
  /* the chooser let go of once it answered, not kept hidden */
  g_assert_cmpuint (konkurs_test_count_windows ("GtkFileChooserDialog"), ==, 0);
  /* the preview has done its work */
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_PRINT_PREVIEW);
  g_assert_cmpstr (adw_toast_get_title (konkurs_test_source_get_toast (fixture->source)), ==, "Saved “Protocol - Қаржы министрлігі.pdf”");
  text = konkurs_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, "Хаттама ӘҒҚҢӨҰҮҺІ"));

  konkurs_print_forget (GTK_WIDGET (fixture->source));
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  konkurs_test_remove_pdf_dir (dir);
}

/* Cancelled: the chooser goes, hidden windows and all; the preview stays
 * to save or print another time. */
static void
test_request_save_pdf_cancelled (PrintFixture  *fixture,
                                 gconstpointer  data)
{
  GtkWidget *chooser, *preview;

  konkurs_print_request_save_pdf (GTK_WIDGET (fixture->source), &fixture->request, NULL);
  preview = konkurs_test_wait_for_preview ();
  g_assert_true (gtk_widget_activate_action (preview, "preview.save-pdf", NULL));
  chooser = konkurs_test_wait_for_toplevel ("GtkFileChooserDialog");
  gtk_widget_activate (konkurs_test_find_button (chooser, "_Cancel"));
  konkurs_test_wait_for_no_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);

  g_assert_cmpuint (konkurs_test_count_windows ("GtkFileChooserDialog"), ==, 0);
  g_assert_true (konkurs_test_find_toplevel (KONKURS_TYPE_PRINT_PREVIEW) == preview);
  g_assert_null (konkurs_test_source_get_toast (fixture->source));
  gtk_window_destroy (GTK_WINDOW (preview));
}

int
main (int   argc,
      char *argv[])
{
  /* The file chooser records what was saved in the recent files, under
   * the data folder: not the real one. */
  g_autofree char *data_home = konkurs_test_make_tmp_dir ("konkurs-print-data-XXXXXX");
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/print/export-through-print-operation", test_export_through_print_operation);
  g_test_add ("/print/request/print", PrintFixture, NULL, print_fixture_set_up, test_request_print,
              print_fixture_tear_down);
  g_test_add ("/print/request/fails", PrintFixture, NULL, print_fixture_set_up, test_request_fails,
              print_fixture_tear_down);
  g_test_add ("/print/request/save-pdf", PrintFixture, NULL, print_fixture_set_up, test_request_save_pdf,
              print_fixture_tear_down);
  g_test_add ("/print/request/save-pdf-cancelled", PrintFixture, NULL, print_fixture_set_up,
              test_request_save_pdf_cancelled, print_fixture_tear_down);

  status = g_test_run ();
  konkurs_test_remove_tree (data_home);
  return status;
}
