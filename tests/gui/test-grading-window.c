/* test-grading-window.c — the expert's window on a package: grading by
 * typing, the progress, the work in progress kept beside the package and
 * restored, Save Results… writing a signed file, and the messages of a
 * broken package, another package's work in progress and a folder that
 * cannot be written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "konkurs-exchange-essays.h"
#include "konkurs-grading-criterion-row.h"
#include "konkurs-grading-essay-row.h"
#include "konkurs-grading-window.h"
#include "konkurs-test-package.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"

typedef struct {
  char *dir;
  char *package_path;
  char *progress_path;
  KonkursEssayPackage *package;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state = g_build_filename (g_get_user_state_dir (), "konkurs", "grading.ini", NULL);

  /* each test begins where an expert opens the package for the first time */
  g_remove (state);
  fixture->dir = g_dir_make_tmp ("konkurs-grading-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->package_path = g_build_filename (fixture->dir, "Package.xml", NULL);
  fixture->progress_path = g_build_filename (fixture->dir, "Package.progress.xml", NULL);
  fixture->package = konkurs_test_essay_package_new (5);
  g_assert_true (konkurs_exchange_write_package (fixture->package, fixture->package_path, &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->package_path);
  g_free (fixture->progress_path);
  konkurs_essay_package_free (fixture->package);
}

static KonkursGradingWindow *
open_window (Fixture *fixture)
{
  g_autoptr(GFile) file = g_file_new_for_path (fixture->package_path);
  g_autoptr(GError) error = NULL;
  KonkursGradingWindow *window = konkurs_grading_window_new (NULL, file, &error);

  g_assert_no_error (error);
  g_assert_nonnull (window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  return window;
}

static gboolean
label_contains (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
         && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
shows (gpointer window, const char *text)
{
  return konkurs_test_find_widget (GTK_WIDGET (window), label_contains, text) != NULL;
}

static void
collect (GtkWidget *widget, GType type, GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

/* The criterion rows of the rubric, in order. */
static GPtrArray *
criterion_rows (gpointer window)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect (GTK_WIDGET (window), KONKURS_TYPE_GRADING_CRITERION_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 3);
  return rows;
}

/* Types @points into the fields of the rubric, as the keyboard would. */
static void
type_points (gpointer window, const char *const *points)
{
  g_autoptr(GPtrArray) rows = criterion_rows (window);

  for (guint i = 0; i < rows->len; i++)
    gtk_editable_set_text (GTK_EDITABLE (konkurs_grading_criterion_row_get_field (rows->pdata[i])), points[i]);
}

static const char *
field_text (gpointer window, guint index)
{
  g_autoptr(GPtrArray) rows = criterion_rows (window);

  return gtk_editable_get_text (GTK_EDITABLE (konkurs_grading_criterion_row_get_field (rows->pdata[index])));
}

static GtkTextBuffer *
comment_buffer (gpointer window)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW, views);
  for (guint i = 0; i < views->len; i++)
    if (gtk_text_view_get_editable (views->pdata[i]))
      return gtk_text_view_get_buffer (views->pdata[i]);
  g_assert_not_reached ();
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static KonkursEssayResults *
wait_for_progress_file (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  KonkursEssayResults *results;

  g_assert_true (konkurs_test_wait_until (file_exists, fixture->progress_path));
  results = konkurs_exchange_read_results (fixture->progress_path, &error);
  g_assert_no_error (error);
  return results;
}

static void
go_next (gpointer window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "grading.next", NULL));
}

static void
test_grade_and_reopen (Fixture *fixture, gconstpointer data)
{
  static const char *const first[] = { "2", "1", "1" };
  static const char *const second[] = { "1", "", "0" };
  static const char *const refused[] = { "5", "", "0" };
  KonkursGradingWindow *window = open_window (fixture);
  g_autoptr(KonkursEssayResults) saved = NULL;

  /* the heading names the competition and the expert, and nobody else */
  g_assert_true (shows (window, "Айгерім Сейітова"));
  g_assert_true (shows (window, "0 of 5 essays graded"));
  g_assert_true (shows (window, "Essay YR-0001"));
  g_assert_true (shows (window, "Мемлекеттік қызметтегі ашықтық"));
  g_assert_true (shows (window, "Not scored yet"));
  g_assert_cmpstr (field_text (window, 0), ==, "");

  type_points (window, first);
  g_assert_true (shows (window, "1 of 5 essays graded"));
  g_assert_true (shows (window, "Total: 4 of 5 points"));
  g_assert_false (shows (window, "Not scored yet"));
  gtk_text_buffer_set_text (comment_buffer (window), "Дәлелдері нақты.", -1);

  go_next (window);
  g_assert_true (shows (window, "Essay YR-0002"));
  g_assert_cmpstr (field_text (window, 0), ==, "");
  type_points (window, second);
  g_assert_true (shows (window, "2 of 3 criteria scored"));
  g_assert_true (shows (window, "1 of 5 essays graded"));

  /* a value off the scale is refused at the field and changes nothing */
  type_points (window, refused);
  g_assert_true (shows (window, "5 is not on the scale"));
  go_next (window);
  g_assert_true (shows (window, "Essay YR-0003"));
  g_assert_true (shows (window, "Over the limits of the rule"));

  /* the work in progress is beside the package, unsigned, as typed */
  saved = wait_for_progress_file (fixture);
  g_assert_cmpstr (saved->package_id, ==, fixture->package->package_id);
  g_assert_null (saved->signature);
  g_assert_cmpint (konkurs_essay_results_get_points (saved, "YR-0001", "argument"), ==, 2);
  g_assert_cmpint (konkurs_essay_results_get_points (saved, "YR-0001", "language"), ==, 1);
  g_assert_cmpint (konkurs_essay_results_get_points (saved, "YR-0002", "argument"), ==, 1);
  g_assert_cmpint (konkurs_essay_results_get_points (saved, "YR-0002", "structure"), ==, -1);
  g_assert_cmpstr (konkurs_essay_results_get_comment (saved, "YR-0001"), ==, "Дәлелдері нақты.");

  /* closing keeps the last change too; reopening restores the place */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "grading.previous", NULL));
  {
    g_autoptr(GPtrArray) rows = criterion_rows (window);
    gtk_editable_set_text (GTK_EDITABLE (konkurs_grading_criterion_row_get_field (rows->pdata[1])), "2");
  }
  gtk_window_close (GTK_WINDOW (window));
  konkurs_test_drain_main_loop ();
  g_assert_null (konkurs_test_find_toplevel (KONKURS_TYPE_GRADING_WINDOW));

  window = open_window (fixture);
  g_assert_true (shows (window, "Essay YR-0002"));
  g_assert_true (shows (window, "2 of 5 essays graded"));
  g_assert_cmpstr (field_text (window, 0), ==, "1");
  g_assert_cmpstr (field_text (window, 1), ==, "2");
  g_assert_cmpstr (field_text (window, 2), ==, "0");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "grading.previous", NULL));
  g_assert_cmpstr (field_text (window, 0), ==, "2");
  {
    GtkTextIter start, end;
    g_autofree char *comment = NULL;

    gtk_text_buffer_get_bounds (comment_buffer (window), &start, &end);
    comment = gtk_text_buffer_get_text (comment_buffer (window), &start, &end, FALSE);
    g_assert_cmpstr (comment, ==, "Дәлелдері нақты.");
  }
  konkurs_test_destroy_and_wait (window);
}

static void
grade_all (gpointer window, guint n)
{
  static const char *const points[] = { "2", "1", "1" };

  for (guint i = 0; i < n; i++)
    {
      type_points (window, points);
      if (i + 1 < n)
        go_next (window);
    }
}

/* Chooses @path in the file chooser Save Results… opened, which offered
 * @offered. */
static void
choose (const char *path, const char *offered)
{
  GtkWidget *chooser = konkurs_test_wait_for_toplevel ("GtkFileChooserDialog");
  g_autofree char *current = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_autofree char *name = g_path_get_basename (path);

  /* beside the package, under the name offered */
  g_assert_cmpstr (current, ==, offered);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  /* As a click would: the chooser checks the name, then responds. */
  gtk_widget_activate (konkurs_test_find_button (chooser, "_Save"));
  konkurs_test_wait_for_no_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  konkurs_test_drain_main_loop ();
}

static KonkursEssayResults *
read_saved (const char *path)
{
  g_autoptr(GError) error = NULL;
  KonkursEssayResults *results;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  results = konkurs_exchange_read_results (path, &error);
  g_assert_no_error (error);
  return results;
}

static void
test_save_results (Fixture *fixture, gconstpointer data)
{
  KonkursGradingWindow *window = open_window (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "sent.xml", NULL);
  g_autoptr(KonkursEssayResults) results = NULL;

  grade_all (window, 5);
  g_assert_true (shows (window, "5 of 5 essays graded"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "grading.save-results", NULL));
  choose (path, "RESULTS-Айгерім-Сейітова-5d0c6a1e.xml");

  results = read_saved (path);
  g_assert_true (konkurs_essay_results_verify (results, fixture->package->secret));
  g_assert_false (konkurs_essay_results_verify (results, "00"));
  g_assert_cmpstr (results->package_id, ==, fixture->package->package_id);
  g_assert_cmpuint (results->scores->len, ==, 15);
  for (guint i = 0; i < fixture->package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = fixture->package->essays->pdata[i];

      g_assert_cmpint (konkurs_essay_results_get_points (results, essay->code, "argument"), ==, 2);
      g_assert_cmpint (konkurs_essay_results_get_points (results, essay->code, "structure"), ==, 1);
      g_assert_cmpint (konkurs_essay_results_get_points (results, essay->code, "language"), ==, 1);
    }
  konkurs_test_destroy_and_wait (window);
}

/* Saving with essays not graded says how many and needs a yes; the file
 * then holds the essays graded in full only. */
static void
test_save_partial (Fixture *fixture, gconstpointer data)
{
  static const char *const half[] = { "1", "", "" };
  KonkursGradingWindow *window = open_window (fixture);
  g_autofree char *path = g_build_filename (fixture->dir, "partial.xml", NULL);
  g_autoptr(KonkursEssayResults) results = NULL;
  AdwMessageDialog *dialog;

  /* nothing graded in full: nothing to save */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "grading.save-results", NULL));
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Nothing to Save Yet");
  konkurs_test_answer (dialog, "close");

  grade_all (window, 2);
  go_next (window);
  type_points (window, half);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "grading.save-results", NULL));
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "3 essays of 5 are not graded in full"));
  konkurs_test_answer (dialog, "cancel");
  g_assert_null (konkurs_test_find_toplevel_named ("GtkFileChooserDialog"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "grading.save-results", NULL));
  konkurs_test_answer (konkurs_test_find_message_dialog (), "save");
  choose (path, "RESULTS-Айгерім-Сейітова-5d0c6a1e.xml");
  results = read_saved (path);
  g_assert_true (konkurs_essay_results_verify (results, fixture->package->secret));
  g_assert_cmpuint (results->scores->len, ==, 6);
  g_assert_cmpint (konkurs_essay_results_get_points (results, "YR-0003", "argument"), ==, -1);
  konkurs_test_destroy_and_wait (window);
}

/* A package with a broken line is refused with the file and the line. */
static void
test_broken_package (Fixture *fixture, gconstpointer data)
{
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (fixture->package_path);
  g_autoptr(GError) error = NULL;
  char *cut;

  g_assert_true (g_file_get_contents (fixture->package_path, &text, NULL, NULL));
  /* the third line loses its end */
  cut = strchr (strchr (strchr (text, '\n') + 1, '\n') + 1, '\n');
  g_assert_nonnull (cut);
  *cut = '\0';
  g_assert_true (g_file_set_contents (fixture->package_path, text, -1, NULL));
  g_assert_null (konkurs_grading_window_new (NULL, file, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "Package.xml:"));
  g_assert_null (konkurs_test_find_toplevel (KONKURS_TYPE_GRADING_WINDOW));
}

/* Another package's work in progress is put aside, said, and not used. */
static void
test_foreign_progress (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursEssayPackage) other = konkurs_test_essay_package_new (2);
  g_autoptr(KonkursEssayResults) foreign = NULL;
  g_autofree char *aside = g_build_filename (fixture->dir, "Package.progress-unused.xml", NULL);
  g_autoptr(GError) error = NULL;
  KonkursGradingWindow *window;

  g_free (other->package_id);
  other->package_id = g_strdup ("0b7e2a44-9c1d-4f3a-8e55-6d2c1b0a9f87");
  foreign = konkurs_essay_results_new (other);
  konkurs_essay_results_set_points (foreign, "YR-0001", "argument", 2);
  g_assert_true (konkurs_exchange_write_results (foreign, fixture->progress_path, &error));
  g_assert_no_error (error);

  window = open_window (fixture);
  g_assert_true (shows (window, "belongs to another package (0b7e2a44-9c1d-4f3a-8e55-6d2c1b0a9f87)"));
  g_assert_true (shows (window, "It was kept as Package.progress-unused.xml"));
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (fixture->progress_path, G_FILE_TEST_EXISTS));
  g_assert_true (shows (window, "0 of 5 essays graded"));
  g_assert_cmpstr (field_text (window, 0), ==, "");
  konkurs_test_destroy_and_wait (window);
}

/* When the work in progress cannot be written the window says so; closing
 * then asks before anything is lost. */
static void
test_progress_not_written (Fixture *fixture, gconstpointer data)
{
  static const char *const points[] = { "2", "1", "1" };
  KonkursGradingWindow *window = open_window (fixture);
  AdwMessageDialog *dialog;

  /* a folder where the file should go: no rename can replace it */
  g_assert_cmpint (g_mkdir (fixture->progress_path, 0700), ==, 0);
  type_points (window, points);
  gtk_window_close (GTK_WINDOW (window));
  konkurs_test_drain_main_loop ();
  g_assert_true (shows (window, "The work in progress cannot be kept beside the package"));
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Close Without Keeping the Work?");
  konkurs_test_answer (dialog, "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  g_assert_cmpint (g_rmdir (fixture->progress_path), ==, 0);
  gtk_window_close (GTK_WINDOW (window));
  konkurs_test_drain_main_loop ();
  g_assert_true (g_file_test (fixture->progress_path, G_FILE_TEST_IS_REGULAR));
}

static guint
count_visible_rows (gpointer window)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint n = 0;

  collect (GTK_WIDGET (window), KONKURS_TYPE_GRADING_ESSAY_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    n += gtk_widget_get_child_visible (rows->pdata[i]);
  return n;
}

static gboolean
one_row_left (gpointer window)
{
  return count_visible_rows (window) == 1;
}

/* Ctrl+F's search keeps the codes that hold what is typed, in any case. */
static void
test_search (Fixture *fixture, gconstpointer data)
{
  KonkursGradingWindow *window = open_window (fixture);
  GtkWidget *entry = konkurs_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY);

  g_assert_cmpuint (count_visible_rows (window), ==, 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "grading.search", NULL));
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (gtk_window_get_focus (GTK_WINDOW (window))));
  gtk_editable_set_text (GTK_EDITABLE (entry), "yr-0004");
  g_assert_true (konkurs_test_wait_until (one_row_left, window));
  /* Next and Previous stay among the essays found */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "grading.next", NULL));
  g_assert_true (shows (window, "Essay YR-0004"));
  konkurs_test_destroy_and_wait (window);
}

int
main (int argc, char *argv[])
{
  g_autofree char *state = konkurs_test_make_tmp_dir ("konkurs-grading-state-XXXXXX");
  int status;

  /* The essay each package was left on goes to the user's state folder:
   * a folder of the test's own (G_TEST_OPTION_ISOLATE_DIRS would hide the
   * file chooser's settings schema too). */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/grading/grade-and-reopen", test_grade_and_reopen);
  ADD ("/grading/save-results", test_save_results);
  ADD ("/grading/save-partial", test_save_partial);
  ADD ("/grading/broken-package", test_broken_package);
  ADD ("/grading/foreign-progress", test_foreign_progress);
  ADD ("/grading/progress-not-written", test_progress_not_written);
  ADD ("/grading/search", test_search);
#undef ADD
  status = g_test_run ();
  konkurs_test_remove_tree (state);
  return status;
}
