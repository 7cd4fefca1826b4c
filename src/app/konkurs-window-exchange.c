/* konkurs-window-exchange.c — import and export from the window
 *
 * The window's part of XML exchange, kept apart from konkurs-window.c: the
 * file choosers, the worker threads and the messages that tell the result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-error-dialog.h"
#include "konkurs-exchange.h"
#include "konkurs-job-dialog.h"
#include "konkurs-window-exchange.h"

/* What differs between an import and an export; the rest is one path. */
typedef struct {
  const char             *heading;   /* msgid */
  GTaskThreadFunc         thread;
  GAsyncReadyCallback     done;
} ExchangeKind;

typedef struct {
  KonkursStore         *store;
  char                 *path;
  KonkursJobDialog     *dialog;
  KonkursImportSummary  summary;
} ExchangeJob;

static void
exchange_job_free (gpointer data)
{
  ExchangeJob *job = data;

  g_clear_object (&job->store);
  g_clear_pointer (&job->path, g_free);
  g_clear_object (&job->dialog);
  g_free (job);
}

/* A bad file is the user's to fix, not a fault of the program: a message,
 * not a warning. */
static void
show_error (KonkursWindow *self,
            const char    *heading,
            const GError  *error,
            const char    *consequence)
{
  konkurs_error_dialog_present (GTK_WINDOW (self), G_LOG_LEVEL_MESSAGE, heading, error, consequence);
}

static GtkFileFilter *
xml_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("XML files"));
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");
  gtk_file_filter_add_suffix (filter, "xml");
  return filter;
}

/* Import */

static void
report_import_progress (double   fraction,
                        gpointer user_data)
{
  konkurs_job_dialog_set_fraction (user_data, fraction);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExchangeJob *job = task_data;
  GError *error = NULL;

  if (konkurs_exchange_import_file (job->store, job->path, &job->summary,
                                    report_import_progress, job->dialog,
                                    cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* A file holds either competitions or candidates: say what it added. */
static char *
import_summary_message (const KonkursImportSummary *summary)
{
  if (summary->candidates > 0)
    {
      g_autofree char *applications =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u application", "%u applications",
                                      summary->applications),
                         summary->applications);

      /* Translators: the %s is "N applications" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Imported %u candidate with %s",
                                           "Imported %u candidates with %s",
                                           summary->candidates),
                              summary->candidates, applications);
    }
  else
    {
      g_autofree char *vacancies =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vacancy", "%u vacancies",
                                      summary->vacancies),
                         summary->vacancies);

      /* Translators: the %s is "N vacancies" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Imported %u competition with %s",
                                           "Imported %u competitions with %s",
                                           summary->competitions),
                              summary->competitions, vacancies);
    }
}

static void
import_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  KonkursWindow *self = KONKURS_WINDOW (source);
  ExchangeJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  gtk_window_destroy (GTK_WINDOW (job->dialog));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_CANCELLED)
          || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        konkurs_window_add_toast (self, adw_toast_new (_("Import cancelled. Nothing was imported.")));
      else
        show_error (self, _("Import Failed"), error,
                    _("Nothing was imported; the database is as it was."));
      return;
    }

  message = import_summary_message (&job->summary);
  konkurs_window_add_toast (self, adw_toast_new (message));
}

/* Export */

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExchangeJob *job = task_data;
  GError *error = NULL;

  if (konkurs_exchange_export_file (job->store, job->path, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  KonkursWindow *self = KONKURS_WINDOW (source);
  ExchangeJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (job->path);
  g_autofree char *message = NULL;

  gtk_window_destroy (GTK_WINDOW (job->dialog));

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_CANCELLED)
          || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        konkurs_window_add_toast (self, adw_toast_new (_("Export cancelled.")));
      else
        show_error (self, _("Export Failed"), error,
                    _("No file was written; an existing file of that name is unchanged."));
      return;
    }

  message = g_strdup_printf (_("Exported to %s"), basename);
  konkurs_window_add_toast (self, adw_toast_new (message));
}

static const ExchangeKind import_kind = { N_("Importing"), import_thread, import_done };
static const ExchangeKind export_kind = { N_("Exporting"), export_thread, export_done };

static void
start_exchange (KonkursWindow      *self,
                KonkursStore       *store,
                const ExchangeKind *kind,
                GFile              *file)
{
  ExchangeJob *job = g_new0 (ExchangeJob, 1);
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GTask) task = NULL;

  job->store = g_object_ref (store);
  job->path = g_file_get_path (file);
  job->dialog = g_object_ref_sink (konkurs_job_dialog_new (GTK_WINDOW (self), _(kind->heading), basename));
  gtk_window_present (GTK_WINDOW (job->dialog));

  task = g_task_new (self, konkurs_job_dialog_get_cancellable (job->dialog), kind->done, NULL);
  g_task_set_source_tag (task, (gpointer) kind);
  g_task_set_task_data (task, job, exchange_job_free);
  g_task_run_in_thread (task, kind->thread);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    start_exchange (KONKURS_WINDOW (user_data),
                    g_object_get_data (G_OBJECT (chooser), "store"),
                    g_object_get_data (G_OBJECT (chooser), "kind"),
                    file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_file (KonkursWindow      *self,
             KonkursStore       *store,
             const ExchangeKind *kind,
             const char         *title,
             GtkFileChooserAction action,
             const char         *accept_label)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = xml_filter ();

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("competitions.xml"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "store", g_object_ref (store), g_object_unref);
  g_object_set_data (G_OBJECT (chooser), "kind", (gpointer) kind);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
konkurs_window_import (KonkursWindow *self,
                       KonkursStore  *store)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (KONKURS_IS_STORE (store));

  choose_file (self, store, &import_kind, _("Import Competitions or Candidates"),
               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"));
}

void
konkurs_window_export (KonkursWindow *self,
                       KonkursStore  *store)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (KONKURS_IS_STORE (store));

  choose_file (self, store, &export_kind, _("Export Competitions"),
               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
}

void
konkurs_window_import_file (KonkursWindow *self,
                            KonkursStore  *store,
                            GFile         *file)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (KONKURS_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  start_exchange (self, store, &import_kind, file);
}

void
konkurs_window_export_file (KonkursWindow *self,
                            KonkursStore  *store,
                            GFile         *file)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (KONKURS_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  start_exchange (self, store, &export_kind, file);
}
