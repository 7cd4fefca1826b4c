/* test-file-job.c — the file chooser and the long job the areas share
 * (konkurs-file-job.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "konkurs-file-job.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"

typedef struct {
  KonkursStore *store;
  GtkWidget    *window;
  GtkWidget    *source;
  char         *chosen;     /* the path the chooser answered */
  gint64        chosen_id;
  guint         freed;
  gboolean      done;
  gboolean      finished;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->window = gtk_window_new ();
  fixture->source = konkurs_test_source_new ();
  gtk_window_set_child (GTK_WINDOW (fixture->window), fixture->source);
  gtk_window_present (GTK_WINDOW (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  if (fixture->window != NULL)
    konkurs_test_destroy_and_wait (fixture->window);
  g_clear_pointer (&fixture->chosen, g_free);
  g_clear_object (&fixture->store);
}

/* Chooser data: the fixture, counted when the chooser frees it */
typedef struct {
  Fixture *fixture;
  gint64   id;
} Chosen;

static void
chosen_free (gpointer data)
{
  Chosen *chosen = data;

  chosen->fixture->freed++;
  g_free (chosen);
}

static void
on_chosen (GtkWidget    *source,
           KonkursStore *store,
           GFile        *file,
           gpointer      data)
{
  Chosen *chosen = data;

  g_assert_true (source == chosen->fixture->source);
  g_assert_true (store == chosen->fixture->store);
  chosen->fixture->chosen = g_file_get_path (file);
  chosen->fixture->chosen_id = chosen->id;
}

static Chosen *
chosen_new (Fixture *fixture,
            gint64   id)
{
  Chosen *chosen = g_new0 (Chosen, 1);

  chosen->fixture = fixture;
  chosen->id = id;
  return chosen;
}

/* Saving: the XML filter, the name offered, the callback with the data,
 * and the chooser and its data let go of once it answered. */
static void
test_choose_save (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-file-job-XXXXXX");
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *expected = g_build_filename (dir, "meeting.xml", NULL);
  g_autoptr(GListModel) filters = NULL;
  GtkFileChooser *chooser;
  GtkWidget *dialog;

  /* the folder offered is the working directory (see test-print.c) */
  g_assert_cmpint (g_chdir (dir), ==, 0);
  chooser = konkurs_file_job_choose (fixture->source, fixture->store, "Export the Meeting",
                                     GTK_FILE_CHOOSER_ACTION_SAVE, "_Export", TRUE, on_chosen,
                                     chosen_new (fixture, 42), chosen_free);
  filters = gtk_file_chooser_get_filters (chooser);
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 1);
  gtk_file_chooser_set_current_name (chooser, "meeting.xml");
  dialog = konkurs_test_wait_for_toplevel ("GtkFileChooserDialog");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Export the Meeting");
  gtk_widget_activate (konkurs_test_find_button (dialog, "_Export"));
  konkurs_test_wait_for_no_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  konkurs_test_drain_main_loop ();

  g_assert_cmpstr (fixture->chosen, ==, expected);
  g_assert_cmpint (fixture->chosen_id, ==, 42);
  g_assert_cmpuint (fixture->freed, ==, 1);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  konkurs_test_remove_tree (dir);
}

/* Cancelled: nothing is called, the data is freed all the same; a folder
 * chooser without XML has no filter. */
static void
test_choose_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GListModel) filters = NULL;
  GtkFileChooser *chooser;
  GtkWidget *dialog;

  chooser = konkurs_file_job_choose (fixture->source, fixture->store, "Export Packages Into",
                                     GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, "_Export", FALSE, on_chosen,
                                     chosen_new (fixture, 7), chosen_free);
  filters = gtk_file_chooser_get_filters (chooser);
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 0);
  dialog = konkurs_test_wait_for_toplevel ("GtkFileChooserDialog");
  gtk_widget_activate (konkurs_test_find_button (dialog, "_Cancel"));
  konkurs_test_wait_for_no_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  konkurs_test_drain_main_loop ();

  g_assert_null (fixture->chosen);
  g_assert_cmpuint (fixture->freed, ==, 1);
}

/* The jobs: kind 0 counts, kind 1 is refused, kind 2 stops as cancelled */
static gboolean
run (KonkursJob    *job,
     gpointer       data,
     GCancellable  *cancellable,
     GError       **error)
{
  KonkursFileWork *work = data;

  switch (work->kind)
    {
    case 0:
      g_assert_cmpstr (work->path, ==, "/nowhere/file.xml");
      work->count = (guint) work->id;
      return TRUE;
    case 1:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "The file is not a meeting");
      return FALSE;
    default:
      g_cancellable_cancel (cancellable);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
      return FALSE;
    }
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Fixture *fixture = user_data;
  KonkursFileWork *work = konkurs_job_get_data (KONKURS_JOB (object));

  fixture->finished = konkurs_file_work_finish (KONKURS_JOB (object), result, "Cancelled for the test",
                                                "Refused for the test", "Nothing was changed.");
  if (fixture->finished)
    g_assert_cmpuint (work->count, ==, 5);
  fixture->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  Fixture *fixture = data;

  return fixture->done;
}

static void
run_job (Fixture      *fixture,
         int           kind,
         GCancellable *cancellable)
{
  KonkursFileWork *work = konkurs_file_work_new (kind, fixture->store, 5, "/nowhere/file.xml");

  konkurs_file_work_start (fixture->source, work, run, "Working", "file.xml", cancellable, on_done, fixture);
  g_assert_true (konkurs_test_wait_until (is_done, fixture));
  konkurs_test_drain_main_loop ();
}

/* Done: TRUE, with what the worker left in the work. */
static void
test_work_done (Fixture       *fixture,
                gconstpointer  data)
{
  run_job (fixture, 0, NULL);
  g_assert_true (fixture->finished);
  g_assert_null (konkurs_test_find_message_dialog ());
}

/* Refused: FALSE, and the error shown under the heading given. */
static void
test_work_refused (Fixture       *fixture,
                   gconstpointer  data)
{
  AdwMessageDialog *dialog;

  run_job (fixture, 1, NULL);
  g_assert_false (fixture->finished);
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Refused for the test");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "The file is not a meeting"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  konkurs_test_wait_for_no_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* Cancelled: FALSE, no error dialog (the area, if any, is told). */
static void
test_work_cancelled (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  run_job (fixture, 2, cancellable);
  g_assert_false (fixture->finished);
  g_assert_null (konkurs_test_find_message_dialog ());
}

/* The source gone before the job ends: FALSE, and nothing shown. */
static void
test_work_source_gone (Fixture       *fixture,
                       gconstpointer  data)
{
  KonkursFileWork *work = konkurs_file_work_new (1, fixture->store, 5, "/nowhere/file.xml");

  konkurs_file_work_start (fixture->source, work, run, "Working", "file.xml", NULL, on_done, fixture);
  konkurs_test_destroy_and_wait (g_steal_pointer (&fixture->window));
  g_assert_true (konkurs_test_wait_until (is_done, fixture));
  konkurs_test_drain_main_loop ();
  g_assert_false (fixture->finished);
  g_assert_null (konkurs_test_find_message_dialog ());
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/file-job/choose-save", Fixture, NULL, fixture_set_up, test_choose_save, fixture_tear_down);
  g_test_add ("/file-job/choose-cancel", Fixture, NULL, fixture_set_up, test_choose_cancel, fixture_tear_down);
  g_test_add ("/file-job/work-done", Fixture, NULL, fixture_set_up, test_work_done, fixture_tear_down);
  g_test_add ("/file-job/work-refused", Fixture, NULL, fixture_set_up, test_work_refused, fixture_tear_down);
  g_test_add ("/file-job/work-cancelled", Fixture, NULL, fixture_set_up, test_work_cancelled, fixture_tear_down);
  g_test_add ("/file-job/work-source-gone", Fixture, NULL, fixture_set_up, test_work_source_gone,
              fixture_tear_down);
  return g_test_run ();
}
