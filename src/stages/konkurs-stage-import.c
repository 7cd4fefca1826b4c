/* konkurs-stage-import.c — importing a stage's results from the window
 *
 * The importer is the exchange's own (konkurs_exchange_import_file()): the
 * root element of the file says what it holds, and the store checks each
 * result against the stage's rule, as the command line's --import does.
 * Here only the file chooser, the job and what to tell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-error-dialog.h"
#include "konkurs-exchange.h"
#include "konkurs-job-dialog.h"
#include "konkurs-stage-import.h"
#include "konkurs-ui-helpers.h"

typedef struct {
  KonkursStore         *store;
  char                 *path;
  GtkWidget            *source;   /* weak */
  KonkursImportSummary  summary;
} Import;

static void
import_free (gpointer data)
{
  Import *import = data;

  g_clear_object (&import->store);
  g_clear_pointer (&import->path, g_free);
  g_clear_weak_pointer (&import->source);
  g_free (import);
}

static gboolean
import_work (KonkursJob    *job,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  Import *import = data;

  return konkurs_exchange_import_file (import->store, import->path, &import->summary,
                                       konkurs_job_report_fraction, job, cancellable, error);
}

static void
on_import_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  KonkursJob *job = KONKURS_JOB (object);
  Import *import = konkurs_job_get_data (job);
  g_autoptr(GError) error = NULL;
  g_autofree char *news = NULL;

  if (import->source == NULL)
    return;
  if (!konkurs_job_run_finish (job, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        konkurs_area_tell (import->source, _("Import cancelled. Nothing was imported."));
      else
        konkurs_error_dialog_present (konkurs_ui_get_parent_window (import->source), G_LOG_LEVEL_MESSAGE,
                                      _("Import Failed"), error,
                                      _("Nothing was imported; the database is as it was."));
      return;
    }
  news = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u result", "Imported %u results",
                                       import->summary.results),
                          import->summary.results);
  konkurs_area_tell (import->source, news);
}

void
konkurs_stage_import_file (GtkWidget    *source,
                           KonkursStore *store,
                           GFile        *file,
                           GCancellable *cancellable)
{
  g_autoptr(KonkursJob) job = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  Import *import;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  import = g_new0 (Import, 1);
  import->store = g_object_ref (store);
  import->path = g_file_get_path (file);
  g_set_weak_pointer (&import->source, source);
  job = konkurs_job_new (import_work, import, import_free);
  konkurs_job_dialog_new (konkurs_ui_get_parent_window (source), _("Importing Results"), basename, job);
  konkurs_job_run_async (job, cancellable, on_import_done, NULL);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  g_autoptr(GFile) file = NULL;
  GtkWidget *source = g_object_get_data (G_OBJECT (chooser), "source");
  KonkursStore *store = g_object_get_data (G_OBJECT (chooser), "store");

  if (response == GTK_RESPONSE_ACCEPT && source != NULL)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      konkurs_stage_import_file (source, store, file, g_object_get_data (G_OBJECT (chooser), "cancellable"));
    }
  g_object_unref (chooser);
}

void
konkurs_stage_import_choose (GtkWidget    *source,
                             KonkursStore *store,
                             GCancellable *cancellable)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  chooser = gtk_file_chooser_native_new (_("Import Results"), konkurs_ui_get_parent_window (source),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("XML files"));
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  /* The source is the page, which outlives a modal chooser. */
  g_object_set_data_full (G_OBJECT (chooser), "source", g_object_ref (source), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "store", g_object_ref (store), g_object_unref);
  if (cancellable != NULL)
    g_object_set_data_full (G_OBJECT (chooser), "cancellable", g_object_ref (cancellable), g_object_unref);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
