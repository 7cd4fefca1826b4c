/* konkurs-file-job.c — choosing a file and working on it as a long job
 *
 * The areas that import, export or link files all do it the same way: a
 * native chooser, then the work in a KonkursJob with a KonkursJobDialog
 * (progress, Cancel), so the window stays responsive and a cancelled job
 * writes nothing.  A chooser is freed as soon as it answers: GTK 4.8's
 * accessibility layer crashes on a hidden window left in the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-error-dialog.h"
#include "konkurs-file-job.h"
#include "konkurs-job-dialog.h"
#include "konkurs-ui-helpers.h"

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  GtkWidget *source = g_object_get_data (G_OBJECT (chooser), "source");
  KonkursStore *store = g_object_get_data (G_OBJECT (chooser), "store");
  KonkursFileChosenFunc func = g_object_get_data (G_OBJECT (chooser), "func");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      func (source, store, file, g_object_get_data (G_OBJECT (chooser), "data"));
    }
  g_object_unref (chooser);
}

static void
add_xml_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("XML files"));
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_chooser_add_filter (chooser, filter);
}

GtkFileChooser *
konkurs_file_job_choose (GtkWidget             *source,
                         KonkursStore          *store,
                         const char            *title,
                         GtkFileChooserAction   action,
                         const char            *accept,
                         gboolean               xml,
                         KonkursFileChosenFunc  func,
                         gpointer               data,
                         GDestroyNotify         free_data)
{
  GtkFileChooserNative *chooser;

  g_return_val_if_fail (GTK_IS_WIDGET (source), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  chooser = gtk_file_chooser_native_new (title, konkurs_ui_get_parent_window (source), action, accept,
                                         _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (xml)
    add_xml_filter (GTK_FILE_CHOOSER (chooser));
  /* the source is a page or an area, which outlives a modal chooser */
  g_object_set_data_full (G_OBJECT (chooser), "source", g_object_ref (source), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "store", g_object_ref (store), g_object_unref);
  g_object_set_data (G_OBJECT (chooser), "func", func);
  g_object_set_data_full (G_OBJECT (chooser), "data", data, data != NULL ? free_data : NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return GTK_FILE_CHOOSER (chooser);
}

KonkursFileWork *
konkurs_file_work_new (int           kind,
                       KonkursStore *store,
                       gint64        id,
                       const char   *path)
{
  KonkursFileWork *work;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);

  work = g_new0 (KonkursFileWork, 1);
  work->kind = kind;
  work->store = g_object_ref (store);
  work->id = id;
  work->path = g_strdup (path);
  return work;
}

void
konkurs_file_work_free (gpointer data)
{
  KonkursFileWork *work = data;

  if (work == NULL)
    return;
  g_clear_object (&work->store);
  g_clear_pointer (&work->path, g_free);
  g_clear_weak_pointer (&work->source);
  g_free (work);
}

void
konkurs_file_work_start (GtkWidget           *source,
                         KonkursFileWork     *work,
                         KonkursJobFunc       func,
                         const char          *heading,
                         const char          *body,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  done,
                         gpointer             user_data)
{
  g_autoptr(KonkursJob) job = NULL;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (work != NULL);

  g_set_weak_pointer (&work->source, source);
  job = konkurs_job_new (func, work, konkurs_file_work_free);
  konkurs_job_dialog_new (konkurs_ui_get_parent_window (source), heading, body, job);
  konkurs_job_run_async (job, cancellable, done, user_data);
}

gboolean
konkurs_file_work_finish (KonkursJob   *job,
                          GAsyncResult *result,
                          const char   *cancelled,
                          const char   *refused,
                          const char   *nothing_changed)
{
  KonkursFileWork *work = konkurs_job_get_data (job);
  g_autoptr(GError) error = NULL;
  gboolean done = konkurs_job_run_finish (job, result, &error);

  if (work->source == NULL)
    return FALSE;
  if (done)
    return TRUE;
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    konkurs_area_tell (work->source, cancelled);
  else
    konkurs_error_dialog_present (konkurs_ui_get_parent_window (work->source), G_LOG_LEVEL_MESSAGE, refused, error,
                                  nothing_changed);
  return FALSE;
}
