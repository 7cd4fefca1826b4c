/* test-window-backup.c — the window and its database file: Back Up… in a
 * job, the reminder when no backup is recent, and a damaged database found
 * by the check after the window shows, then read-only with the advice to
 * restore a backup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>
#include <glib/gstdio.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "konkurs-job-dialog.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-window-backup.h"
#include "konkurs-window.h"

typedef struct {
  char      *dir;
  char      *path;
  GSettings *settings;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autoptr(GError) error = NULL;
  KonkursStore *store;

  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-window-backup-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "konkurs.db", NULL);
  fixture->settings = g_settings_new_with_backend (APPLICATION_ID, backend);
  store = konkurs_store_open (fixture->path, NULL, &error);
  g_assert_no_error (error);
  konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Министерство финансов",
                                "Общий конкурс", 2026, G_DATE_MARCH, 2);
  g_assert_finalize_object (store);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->settings);
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static gboolean
is_label_with (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

typedef struct {
  GtkWidget  *window;
  const char *text;
} Shown;

static gboolean
label_shown (gpointer data)
{
  Shown *shown = data;

  return konkurs_test_find_widget (shown->window, is_label_with, shown->text) != NULL;
}

static void
wait_for_label (KonkursWindow *window, const char *text)
{
  Shown shown = { GTK_WIDGET (window), text };

  if (!konkurs_test_wait_until (label_shown, &shown))
    g_error ("the window never says “%s”", text);
}

static KonkursWindow *
open_window (Fixture *fixture, KonkursStoreOpen flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = konkurs_store_open_full (fixture->path, NULL, flags, &error);
  KonkursWindow *window;

  g_assert_no_error (error);
  window = konkurs_window_new (NULL, store, fixture->settings);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  return window;
}

static void
test_backup (Fixture *fixture, gconstpointer data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  KonkursWindow *window = open_window (fixture, KONKURS_STORE_OPEN_DEFER_CHECK);
  GStatBuf buf;
  gint64 last;

  /* Never backed up, and it holds a competition: reminded. */
  wait_for_label (window, "This database has never been backed up");
  g_assert_cmpint (konkurs_backup_get_last (fixture->settings, fixture->path), ==, 0);

  konkurs_window_backup_to (window, copy);
  g_assert_nonnull (konkurs_test_find_toplevel (KONKURS_TYPE_JOB_DIALOG));
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_JOB_DIALOG);
  wait_for_label (window, "Backed up to copy.db (");
  g_assert_cmpint (g_stat (copy, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 07777, ==, 0600);
  last = konkurs_backup_get_last (fixture->settings, fixture->path);
  g_assert_cmpint (g_get_real_time () / G_USEC_PER_SEC - last, <, 60);
  g_assert_false (konkurs_store_is_read_only (konkurs_window_get_store (window)));

  konkurs_test_destroy_and_wait (window);

  /* The copy is a database of its own, with the same competition. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(KonkursStore) store = konkurs_store_open (copy, NULL, &error);
    g_autoptr(GPtrArray) competitions = NULL;

    g_assert_no_error (error);
    competitions = konkurs_store_list_competitions (store, &error);
    g_assert_cmpuint (competitions->len, ==, 1);
  }
}

static gboolean
has_action (GtkWidget *widget, gconstpointer action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* Whether the first button of @action in @window can be pressed. */
static gboolean
action_sensitive (KonkursWindow *window, const char *action)
{
  GtkWidget *button = konkurs_test_find_widget (GTK_WIDGET (window), has_action, action);

  g_assert_nonnull (button);
  return gtk_widget_get_sensitive (button);
}

static void
test_damaged (Fixture *fixture, gconstpointer data)
{
  KonkursWindow *window;
  AdwMessageDialog *dialog;

  /* a table the window does not read on opening (essays, empty): only
   * the check can find it */
  konkurs_test_damage_table (fixture->path, "essay");
  /* Opened at once, as the application does; the check runs after. */
  window = open_window (fixture, KONKURS_STORE_OPEN_DEFER_CHECK);
  g_assert_true (action_sensitive (window, "vacancies.new-competition"));
  g_assert_nonnull (konkurs_test_wait_for_toplevel ("AdwMessageDialog"));
  dialog = konkurs_test_find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Database Is Damaged");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), fixture->path));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Restore it from a backup copy"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "open read-only"));
  g_assert_true (konkurs_store_is_read_only (konkurs_window_get_store (window)));
  /* Nothing offers a change the store would refuse */
  g_assert_false (action_sensitive (window, "vacancies.new-competition"));
  g_assert_false (action_sensitive (window, "candidates.register"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  konkurs_test_destroy_and_wait (window);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/window/backup/back-up", Fixture, NULL, fixture_set_up, test_backup, fixture_tear_down);
  g_test_add ("/window/backup/damaged", Fixture, NULL, fixture_set_up, test_damaged, fixture_tear_down);

  return g_test_run ();
}
