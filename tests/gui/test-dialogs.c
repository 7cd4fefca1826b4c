/* test-dialogs.c — the dialog pieces every area shares: the error dialog,
 * the base of edit dialogs and the progress dialog of a long job
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-error-dialog.h"
#include "konkurs-job-dialog.h"
#include "konkurs-test-widgets.h"

/* The error dialog */

static void
test_error_dialog (void)
{
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No such file “a.xml”");
  GtkWidget *parent = adw_window_new ();
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (parent));

  /* Something to put right: the advice follows the message. */
  dialog = konkurs_error_dialog_present (GTK_WINDOW (parent), G_LOG_LEVEL_MESSAGE, "Import Failed", error,
                                         "Nothing was imported.");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (parent));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import Failed");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "No such file “a.xml”\n\nNothing was imported.");
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "close"), ==, "_Close");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A fault is logged as a warning, and the body is the message alone. */
  g_test_expect_message ("Konkurs-widgets", G_LOG_LEVEL_WARNING, "Could Not Print: No such file “a.xml”");
  dialog = konkurs_error_dialog_present (NULL, G_LOG_LEVEL_WARNING, "Could Not Print", error, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "No such file “a.xml”");
  gtk_window_destroy (GTK_WINDOW (dialog));

  konkurs_test_destroy_and_wait (parent);
}

/* The progress dialog of a job */

/* Half done, then on until cancelled, or to the end when @data says so. */
static gboolean
work_half (KonkursJob    *job,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  gboolean *finish = data;

  konkurs_job_set_fraction (job, 0.5);
  while (!g_atomic_int_get (finish) && !g_cancellable_is_cancelled (cancellable))
    g_usleep (1000);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  konkurs_job_set_fraction (job, 1.0);
  return TRUE;
}

typedef struct {
  gboolean  done;
  gboolean  dialog_gone;   /* when the callback ran */
  GError   *error;
} JobOutcome;

static gboolean
job_dialog_open (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (KONKURS_IS_JOB_DIALOG (l->data))
      return TRUE;
  return FALSE;
}

static void
on_job_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  JobOutcome *outcome = user_data;

  outcome->dialog_gone = !job_dialog_open ();
  konkurs_job_run_finish (KONKURS_JOB (object), result, &outcome->error);
  outcome->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((JobOutcome *) data)->done;
}

static gboolean
shows_half (gpointer data)
{
  return gtk_progress_bar_get_fraction (data) == 0.5;
}

static KonkursJobDialog *
start_job (GtkWidget  *parent,
           KonkursJob *job,
           JobOutcome *outcome,
           gpointer   *alive)
{
  KonkursJobDialog *dialog = konkurs_job_dialog_new (GTK_WINDOW (parent), "Importing", "candidates.xml", job);
  GtkWidget *progress;

  *alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), alive);
  gtk_window_present (GTK_WINDOW (dialog));
  konkurs_job_run_async (job, NULL, on_job_done, outcome);

  /* The worker's progress shows in the dialog. */
  progress = konkurs_test_find_of_type (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR);
  g_assert_nonnull (progress);
  g_assert_true (konkurs_test_wait_until (shows_half, progress));
  return dialog;
}

static void
test_job_dialog_cancel (void)
{
  GtkWidget *parent = adw_window_new ();
  gboolean finish = FALSE;
  g_autoptr(KonkursJob) job = konkurs_job_new (work_half, &finish, NULL);
  KonkursJobDialog *dialog;
  JobOutcome outcome = { 0 };
  gpointer alive;

  gtk_window_present (GTK_WINDOW (parent));
  dialog = start_job (parent, job, &outcome, &alive);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Importing");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));

  /* Escape cancels, and the dialog stays until the job has stopped. */
  gtk_window_close (GTK_WINDOW (dialog));
  g_assert_true (g_cancellable_is_cancelled (konkurs_job_get_cancellable (job)));
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), ==, "Cancelling…");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "cancel"));
  g_assert_nonnull (alive);

  /* Gone before the result is told; the result is "cancelled". */
  g_assert_true (konkurs_test_wait_until (is_done, &outcome));
  g_assert_true (outcome.dialog_gone);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));

  g_clear_error (&outcome.error);
  konkurs_test_destroy_and_wait (parent);
}

static void
test_job_dialog_finish (void)
{
  GtkWidget *parent = adw_window_new ();
  gboolean finish = FALSE;
  g_autoptr(KonkursJob) job = konkurs_job_new (work_half, &finish, NULL);
  KonkursJobDialog *dialog;
  JobOutcome outcome = { 0 };
  gpointer alive;

  gtk_window_present (GTK_WINDOW (parent));
  dialog = start_job (parent, job, &outcome, &alive);

  /* The Cancel response cancels as Escape does; here the work ends first. */
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "cancel"));
  g_atomic_int_set (&finish, TRUE);
  g_assert_true (konkurs_test_wait_until (is_done, &outcome));
  g_assert_true (outcome.dialog_gone);
  g_assert_no_error (outcome.error);
  g_assert_false (g_cancellable_is_cancelled (konkurs_job_get_cancellable (job)));
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));

  konkurs_test_destroy_and_wait (parent);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/dialogs/error-dialog", test_error_dialog);
  g_test_add_func ("/dialogs/job-dialog/cancel", test_job_dialog_cancel);
  g_test_add_func ("/dialogs/job-dialog/finish", test_job_dialog_finish);

  return g_test_run ();
}
