/* konkurs-window-backup.c — Back Up…, the reminder to back up, and the
 * check of a database the window opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A backup is a copy of the database file made while the window keeps it
 * open (konkurs_store_backup()); restoring is opening the copy with Open
 * Database….  When each database was last backed up is kept in GSettings
 * ("backups", by the database's real path), so the command line's
 * --backup counts too.  The integrity check of a database runs in a job
 * after the window shows, and a damaged database is then read-only with
 * the advice to restore a backup.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "konkurs-error-dialog.h"
#include "konkurs-job-dialog.h"
#include "konkurs-store-backup.h"
#include "konkurs-window-backup.h"
#include "konkurs-window-databases.h"

#define REMIND_AFTER (7 * G_TIME_SPAN_DAY / G_USEC_PER_SEC)   /* seconds */

static char *
settings_key_of (const char *path)
{
  g_autofree char *real = realpath (path, NULL);

  return real != NULL ? g_steal_pointer (&real) : g_canonicalize_filename (path, NULL);
}

static gboolean
has_backups_key (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (settings == NULL)
    return FALSE;
  g_object_get (settings, "settings-schema", &schema, NULL);
  return g_settings_schema_has_key (schema, "backups");
}

gint64
konkurs_backup_get_last (GSettings  *settings,
                         const char *database)
{
  g_autoptr(GVariant) backups = NULL;
  g_autofree char *key = NULL;
  gint64 when = 0;

  if (!has_backups_key (settings))
    return 0;
  key = settings_key_of (database);
  backups = g_settings_get_value (settings, "backups");
  g_variant_lookup (backups, key, "x", &when);
  return when;
}

void
konkurs_backup_note (GSettings  *settings,
                     const char *database,
                     gint64      when)
{
  g_autoptr(GVariant) backups = NULL;
  g_autofree char *key = NULL;
  GVariantBuilder builder;
  GVariantIter iter;
  const char *path;
  gint64 time;

  if (!has_backups_key (settings))
    return;
  key = settings_key_of (database);
  backups = g_settings_get_value (settings, "backups");
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a{sx}"));
  g_variant_iter_init (&iter, backups);
  while (g_variant_iter_next (&iter, "{&sx}", &path, &time))
    /* Databases gone from the disk are forgotten. */
    if (!g_str_equal (path, key) && g_file_test (path, G_FILE_TEST_EXISTS))
      g_variant_builder_add (&builder, "{sx}", path, time);
  g_variant_builder_add (&builder, "{sx}", key, when);
  g_settings_set_value (settings, "backups", g_variant_builder_end (&builder));
}

/* Back Up… */

typedef struct {
  char                   *source;
  char                   *copy;
  KonkursStoreBackupInfo  info;
} Backup;

static void
backup_free (gpointer data)
{
  Backup *backup = data;

  g_free (backup->source);
  g_free (backup->copy);
  g_free (backup);
}

static gboolean
backup_work (KonkursJob    *job,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  Backup *backup = data;

  return konkurs_store_backup (backup->source, backup->copy, konkurs_job_report_fraction, job,
                               cancellable, &backup->info, error);
}

static GSettings *
settings_of (KonkursWindow *self)
{
  return g_object_get_data (G_OBJECT (self), "konkurs-backup-settings");
}

static void
on_backup_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(KonkursWindow) self = user_data;
  KonkursJob *job = KONKURS_JOB (object);
  Backup *backup = konkurs_job_get_data (job);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *size = NULL;
  g_autofree char *message = NULL;
  AdwToast *reminder;

  if (!konkurs_job_run_finish (job, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        konkurs_window_add_toast (self, adw_toast_new (_("Backup cancelled: no copy was written")));
      else
        konkurs_error_dialog_present (GTK_WINDOW (self), G_LOG_LEVEL_MESSAGE, _("Cannot Back Up the Database"),
                                      error, _("The database itself is unchanged."));
      return;
    }

  konkurs_backup_note (settings_of (self), backup->source, g_get_real_time () / G_USEC_PER_SEC);
  reminder = g_object_get_data (G_OBJECT (self), "konkurs-backup-reminder");
  if (reminder != NULL)
    adw_toast_dismiss (reminder);
  name = g_filename_display_basename (backup->copy);
  size = g_format_size (backup->info.bytes);
  /* Translators: after Back Up…: the copy's file name and its size */
  message = g_strdup_printf (_("Backed up to %s (%s), checked"), name, size);
  konkurs_window_add_toast (self, adw_toast_new (message));
}

void
konkurs_window_backup_to (KonkursWindow *self,
                          const char    *copy)
{
  KonkursStore *store = konkurs_window_get_store (self);
  Backup *backup = g_new0 (Backup, 1);
  g_autoptr(KonkursJob) job = konkurs_job_new (backup_work, backup, backup_free);
  g_autofree char *name = g_filename_display_basename (copy);
  KonkursJobDialog *dialog;

  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (store != NULL);

  backup->source = g_strdup (konkurs_store_get_path (store));
  backup->copy = g_strdup (copy);
  dialog = konkurs_job_dialog_new (GTK_WINDOW (self), _("Backing Up the Database"), name, job);
  gtk_window_present (GTK_WINDOW (dialog));
  konkurs_job_run_async (job, NULL, on_backup_done, g_object_ref (self));
}

static void
on_copy_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  g_autoptr(KonkursWindow) self = user_data;
  g_autofree char *path = konkurs_window_chooser_finish (chooser, response);

  if (path != NULL && konkurs_window_get_store (self) != NULL)
    konkurs_window_backup_to (self, path);
}

/* "konkurs-backup-2026-12-03.db" beside the database. */
static char *
suggest_name (const char *database)
{
  g_autofree char *base = g_path_get_basename (database);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  /* Translators: the file name Back Up… suggests: the database's name, then the date */
  return g_strdup_printf (_("%s-backup-%s.db"), base, date);
}

void
konkurs_window_backup (KonkursWindow *self)
{
  KonkursStore *store = konkurs_window_get_store (self);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  g_return_if_fail (KONKURS_IS_WINDOW (self));
  if (store == NULL || g_strcmp0 (konkurs_store_get_path (store), ":memory:") == 0)
    return;

  chooser = gtk_file_chooser_native_new (_("Back Up the Database"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Back Up"), NULL);
  if (g_path_is_absolute (konkurs_store_get_path (store)))
    {
      g_autofree char *folder = g_path_get_dirname (konkurs_store_get_path (store));
      g_autoptr(GFile) file = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), file, NULL);
    }
  name = suggest_name (konkurs_store_get_path (store));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_copy_chosen), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The reminder, once per opening */

static gboolean
worth_backing_up (KonkursStore *store)
{
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, NULL);

  /* A new, empty database has nothing to lose yet. */
  return competitions != NULL && competitions->len > 0;
}

static void
remind (KonkursWindow *self,
        KonkursStore  *store,
        GSettings     *settings)
{
  gint64 last = konkurs_backup_get_last (settings, konkurs_store_get_path (store));
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (!has_backups_key (settings) || now - last < REMIND_AFTER || !worth_backing_up (store))
    return;
  if (last == 0)
    title = g_strdup (_("This database has never been backed up"));
  else
    {
      guint days = (guint) ((now - last) / (G_TIME_SPAN_DAY / G_USEC_PER_SEC));

      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The last backup of this database is %u day old",
                                            "The last backup of this database is %u days old", days),
                               days);
    }
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Back Up…"));
  adw_toast_set_action_name (toast, "win.backup");
  adw_toast_set_timeout (toast, 10);
  /* dismissed once a backup is made */
  g_object_set_data_full (G_OBJECT (self), "konkurs-backup-reminder", g_object_ref (toast), g_object_unref);
  konkurs_window_add_toast (self, toast);
}

/* The check of a database just opened */

static gboolean
check_work (KonkursJob    *job,
            gpointer       data,
            GCancellable  *cancellable,
            GError       **error)
{
  return konkurs_store_check_integrity (KONKURS_STORE (data), cancellable, error);
}

static void
explain_read_only (KonkursWindow *self,
                   KonkursStore  *store,
                   const char    *heading)
{
  g_autofree char *reason = konkurs_store_dup_read_only_reason (store);
  g_autoptr(GError) error = g_error_new_literal (KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_READ_ONLY, reason);

  /* Every save would fail: say it once, up front (a save still says it). */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", FALSE);
  konkurs_error_dialog_present (GTK_WINDOW (self), G_LOG_LEVEL_MESSAGE, heading, error,
                                _("The database is open read-only: it can be read and printed, "
                                  "but changes are refused."));
}

static void
on_checked (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(KonkursWindow) self = user_data;
  KonkursJob *job = KONKURS_JOB (object);
  KonkursStore *store = konkurs_job_get_data (job);
  g_autoptr(GError) error = NULL;

  if (konkurs_job_run_finish (job, result, &error))
    return;
  if (!g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DAMAGED))
    {
      g_message ("The check of %s did not finish: %s", konkurs_store_get_path (store), error->message);
      return;
    }
  konkurs_store_set_read_only (store, g_strdup (error->message));
  /* Another database may be shown by now: it is the store that tells. */
  if (konkurs_window_get_store (self) == store)
    explain_read_only (self, store, _("The Database Is Damaged"));
}

void
konkurs_window_database_opened (KonkursWindow *self,
                                GSettings     *settings)
{
  KonkursStore *store = konkurs_window_get_store (self);
  g_autoptr(KonkursJob) job = NULL;

  g_return_if_fail (KONKURS_IS_WINDOW (self));
  if (store == NULL)
    return;

  g_object_set_data_full (G_OBJECT (self), "konkurs-backup-settings",
                          settings != NULL ? g_object_ref (settings) : NULL, g_object_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", TRUE);
  if (konkurs_store_is_read_only (store))
    {
      explain_read_only (self, store, _("The Database Is Read-Only"));
      return;
    }
  remind (self, store, settings);
  if (g_strcmp0 (konkurs_store_get_path (store), ":memory:") == 0)
    return;
  job = konkurs_job_new (check_work, g_object_ref (store), g_object_unref);
  konkurs_job_run_async (job, NULL, on_checked, g_object_ref (self));
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  konkurs_window_backup (KONKURS_WINDOW (widget));
}

void
konkurs_window_class_add_backup (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
}
