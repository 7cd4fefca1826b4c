/* test-window-exchange.c — import and export from the window: the worker
 * thread, the progress dialog, the result told to the user, and a bad file
 * that leaves the database as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "konkurs-job-dialog.h"
#include "konkurs-test-widgets.h"
#include "konkurs-window-exchange.h"
#include "konkurs-window.h"

/* Iterates the main loop until no job dialog is open (the job ended) or
 * ten seconds pass. */
static gboolean
job_running (void)
{
  return konkurs_test_find_toplevel (KONKURS_TYPE_JOB_DIALOG) != NULL;
}

static void
wait_for_job (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  /* The dialog appears at once; give the loop a turn before looking. */
  g_main_context_iteration (NULL, FALSE);
  while (job_running () && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (job_running ());
  /* Let the "changed" emissions queued from the worker arrive. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The AdwMessageDialog telling an error, if one is open. */
static AdwMessageDialog *
find_error_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && !KONKURS_IS_JOB_DIALOG (l->data))
      return l->data;
  return NULL;
}

static guint
count_competitions (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, &error);

  g_assert_no_error (error);
  return competitions->len;
}

static void
test_import_export (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = konkurs_store_open (":memory:", NULL, &error);
  g_autofree char *tmpdir = g_dir_make_tmp ("konkurs-window-exchange-XXXXXX", &error);
  g_autofree char *export_path = NULL;
  g_autofree char *exported = NULL;
  g_autoptr(GFile) valid = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "exchange-valid.xml", NULL));
  g_autoptr(GFile) bad = g_file_new_for_path (g_test_get_filename (G_TEST_DIST, "data", "exchange-zero-seats.xml", NULL));
  g_autoptr(GFile) out = NULL;
  AdwMessageDialog *dialog;
  KonkursWindow *window;

  g_assert_no_error (error);
  window = konkurs_window_new (NULL, store, NULL);
  gtk_window_present (GTK_WINDOW (window));

  /* A good file that does not say its language: asked, nothing imported
   * yet; in the language chosen, everything arrives and the progress
   * dialog goes away. */
  konkurs_window_import_file (window, store, valid);
  g_assert_true (job_running ());
  wait_for_job ();
  g_assert_cmpuint (count_competitions (store), ==, 0);
  dialog = find_error_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "In Which Language Is the File?");
  g_assert_true (adw_message_dialog_has_response (dialog, "kk"));
  g_assert_true (adw_message_dialog_has_response (dialog, "ru"));
  adw_message_dialog_response (dialog, "ru");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_job ();
  g_assert_cmpuint (count_competitions (store), ==, 2);
  g_assert_null (find_error_dialog ());
  {
    g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, NULL);
    const KonkursLocalText *body = konkurs_competition_get_state_body_text (competitions->pdata[0]);

    g_assert_true (konkurs_local_text_has (body, KONKURS_DOC_LANGUAGE_RU));
    g_assert_false (konkurs_local_text_has (body, KONKURS_DOC_LANGUAGE_KK));
  }

  /* A bad file: the user is told the file and line, nothing changes. */
  konkurs_window_import_file (window, store, bad);
  wait_for_job ();
  dialog = find_error_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "kk");
  gtk_window_destroy (GTK_WINDOW (dialog));
  wait_for_job ();
  g_assert_cmpuint (count_competitions (store), ==, 2);
  dialog = find_error_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "exchange-zero-seats.xml:"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* Export writes what the database holds. */
  export_path = g_build_filename (tmpdir, "out.xml", NULL);
  out = g_file_new_for_path (export_path);
  konkurs_window_export_file (window, store, out);
  wait_for_job ();
  g_assert_true (g_file_get_contents (export_path, &exported, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (exported, "Қазақстан Республикасы Қаржы министрлігі"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (export_path);
  g_rmdir (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/import-export", test_import_export);

  return g_test_run ();
}
