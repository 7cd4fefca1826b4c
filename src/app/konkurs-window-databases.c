/* konkurs-window-databases.c — switching the window to another database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A secretary may keep one database per region or per year.  The window
 * switches to another one in place; the store's lock (one per database
 * file) still refuses a database that another window, here or in another
 * Konkurs, has open, and says so.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "konkurs-error-dialog.h"
#include "konkurs-window-databases.h"

#define MAX_RECENT 8

/* The same file, whatever path leads to it. */
static gboolean
same_file (const char *a,
           const char *b)
{
  g_autofree char *real_a = NULL;
  g_autofree char *real_b = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  real_a = realpath (a, NULL);
  real_b = realpath (b, NULL);
  return g_strcmp0 (real_a != NULL ? real_a : a, real_b != NULL ? real_b : b) == 0;
}

static void
explain (KonkursWindow *self,
         const char    *heading,
         const GError  *error,
         const char    *advice)
{
  konkurs_error_dialog_present (GTK_WINDOW (self), G_LOG_LEVEL_MESSAGE, heading, error, advice);
}

gboolean
konkurs_window_open_database_path (KonkursWindow *self,
                                   const char    *path,
                                   gboolean       create)
{
  KonkursStore *current;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (KONKURS_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  current = konkurs_window_get_store (self);
  if (current != NULL && same_file (konkurs_store_get_path (current), path))
    {
      konkurs_window_add_toast (self, adw_toast_new (_("This database is open in this window already")));
      return TRUE;
    }
  /* A new database is a new file: never someone's data opened by mistake
   * (or, worse, replaced). */
  if (create && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS, _("A file named %s exists already."), path);
      explain (self, _("Cannot Create the Database"), error,
               _("Choose another name, or open that file with “Open Database…”."));
      return FALSE;
    }

  /* The integrity check runs in a job once it shows (konkurs-window-backup.c). */
  store = konkurs_store_open_full (path, NULL, KONKURS_STORE_OPEN_DEFER_CHECK, &error);
  if (store == NULL)
    {
      explain (self, create ? _("Cannot Create the Database") : _("Cannot Open the Database"), error,
               _("The window keeps the database it showed."));
      return FALSE;
    }
  konkurs_window_set_store (self, store);
  return TRUE;
}

char *
konkurs_window_chooser_finish (GtkNativeDialog *chooser,
                               int              response)
{
  g_autoptr(GFile) file = NULL;
  char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  return path;
}

static void
on_chosen (GtkNativeDialog *chooser,
           int              response,
           gpointer         user_data)
{
  KonkursWindow *self = KONKURS_WINDOW (user_data);
  gboolean create = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "create"));
  g_autofree char *path = konkurs_window_chooser_finish (chooser, response);

  if (path != NULL)
    konkurs_window_open_database_path (self, path, create);
  g_object_unref (self);
}

static void
choose (KonkursWindow *self,
        gboolean       create)
{
  KonkursStore *current = konkurs_window_get_store (self);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) everything = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (create ? _("New Database") : _("Open Database"), GTK_WINDOW (self),
                                         create ? GTK_FILE_CHOOSER_ACTION_SAVE : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         create ? _("_Create") : _("_Open"), NULL);
  gtk_file_filter_set_name (databases, _("Konkurs databases"));
  gtk_file_filter_add_suffix (databases, "db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);
  gtk_file_filter_set_name (everything, _("All files"));
  gtk_file_filter_add_pattern (everything, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), everything);
  if (current != NULL && g_path_is_absolute (konkurs_store_get_path (current)))
    {
      g_autofree char *folder = g_path_get_dirname (konkurs_store_get_path (current));
      g_autoptr(GFile) file = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), file, NULL);
    }
  if (create)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("konkurs.db"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "create", GINT_TO_POINTER (create));
  g_signal_connect (chooser, "response", G_CALLBACK (on_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
konkurs_window_new_database (KonkursWindow *self)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));

  choose (self, TRUE);
}

void
konkurs_window_open_database (KonkursWindow *self)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));

  choose (self, FALSE);
}

/* A file name in a menu: its underscores are not mnemonics. */
static char *
menu_label (const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *folder_name = g_path_get_basename (folder);
  g_auto(GStrv) parts = NULL;
  g_autofree char *label = NULL;

  /* Translators: a recent database in the main menu: the file, then its folder */
  label = g_strdup_printf (_("%s (%s)"), name, folder_name);
  parts = g_strsplit (label, "_", -1);
  return g_strjoinv ("__", parts);
}

void
konkurs_window_fill_recent_menu (GMenu      *menu,
                                 GSettings  *settings,
                                 const char *current)
{
  g_auto(GStrv) recent = NULL;

  g_return_if_fail (G_IS_MENU (menu));

  g_menu_remove_all (menu);
  if (settings == NULL)
    return;
  recent = g_settings_get_strv (settings, "recent-databases");
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (same_file (recent[i], current) || !g_file_test (recent[i], G_FILE_TEST_IS_REGULAR))
        continue;
      label = menu_label (recent[i]);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", recent[i]);
      g_menu_append_item (menu, item);
    }
}

void
konkurs_window_remember_database (GSettings  *settings,
                                  const char *path)
{
  g_auto(GStrv) recent = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  g_autofree char *absolute = NULL;
  guint kept = 1;

  if (settings == NULL || path == NULL || g_strcmp0 (path, ":memory:") == 0)
    return;

  absolute = g_canonicalize_filename (path, NULL);
  g_strv_builder_add (builder, absolute);
  recent = g_settings_get_strv (settings, "recent-databases");
  for (guint i = 0; recent[i] != NULL && kept < MAX_RECENT; i++)
    if (!same_file (recent[i], absolute))
      {
        g_strv_builder_add (builder, recent[i]);
        kept++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (settings, "recent-databases", (const char * const *) updated);
  g_settings_set_string (settings, "last-database", absolute);
}
