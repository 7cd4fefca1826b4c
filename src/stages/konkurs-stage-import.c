/* konkurs-stage-import.c — importing a stage's results from the window
 *
 * The importer is the exchange's own (konkurs_exchange_import_file()): the
 * root element of the file says what it holds, and the store checks each
 * result against the stage's rule, as the command line's --import does.
 * Here only what to tell: the chooser and the job are konkurs-file-job.h's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-exchange.h"
#include "konkurs-file-job.h"
#include "konkurs-stage-import.h"

static gboolean
import_work (KonkursJob    *job,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  KonkursFileWork *import = data;

  return konkurs_exchange_import_file (import->store, import->path, &import->summary,
                                       konkurs_job_report_fraction, job, cancellable, error);
}

static void
on_import_done (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  KonkursJob *job = KONKURS_JOB (object);
  KonkursFileWork *import = konkurs_job_get_data (job);
  g_autofree char *news = NULL;

  if (!konkurs_file_work_finish (job, result, _("Import cancelled. Nothing was imported."), _("Import Failed"),
                                 _("Nothing was imported; the database is as it was.")))
    return;
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
  g_autofree char *basename = NULL;
  g_autofree char *path = NULL;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  basename = g_file_get_basename (file);
  path = g_file_get_path (file);
  konkurs_file_work_start (source, konkurs_file_work_new (0, store, 0, path), import_work, _("Importing Results"),
                           basename, cancellable, on_import_done, NULL);
}

static void
on_file_chosen (GtkWidget    *source,
                KonkursStore *store,
                GFile        *file,
                gpointer      cancellable)
{
  konkurs_stage_import_file (source, store, file, cancellable);
}

void
konkurs_stage_import_choose (GtkWidget    *source,
                             KonkursStore *store,
                             GCancellable *cancellable)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  konkurs_file_job_choose (source, store, _("Import Results"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), TRUE,
                           on_file_chosen, cancellable != NULL ? g_object_ref (cancellable) : NULL, g_object_unref);
}
