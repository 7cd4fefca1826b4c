/* konkurs-recording.c — the files of the Commission area
 *
 * A recording of an interview may be hours of video: its SHA-256 is
 * computed in a KonkursJob with a KonkursJobDialog (progress, Cancel), so
 * the window stays responsive and a cancelled link writes nothing.  A
 * chooser is freed as soon as it answers: GTK 4.8's accessibility layer
 * crashes on a hidden window left in the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-error-dialog.h"
#include "konkurs-exchange-commission.h"
#include "konkurs-job-dialog.h"
#include "konkurs-recording.h"
#include "konkurs-store-commission.h"
#include "konkurs-ui-helpers.h"

typedef enum {
  WORK_LINK,
  WORK_IMPORT,
} WorkKind;

typedef struct {
  WorkKind              kind;
  KonkursStore         *store;
  gint64                meeting_id;
  char                 *path;
  GtkWidget            *source;   /* weak */
  KonkursImportSummary  summary;
} Work;

static void
work_free (gpointer data)
{
  Work *work = data;

  g_clear_object (&work->store);
  g_clear_pointer (&work->path, g_free);
  g_clear_weak_pointer (&work->source);
  g_free (work);
}

static gboolean
run_work (KonkursJob    *job,
          gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  Work *work = data;

  if (work->kind == WORK_LINK)
    return konkurs_store_link_recording (work->store, work->meeting_id, work->path, cancellable, error);
  return konkurs_exchange_import_file (work->store, work->path, &work->summary, konkurs_job_report_fraction, job,
                                       cancellable, error);
}

static char *
describe_done (Work *work)
{
  g_autofree char *name = g_path_get_basename (work->path);

  if (work->kind == WORK_LINK)
    /* Translators: %s is the recording's file name */
    return g_strdup_printf (_("Recording “%s” linked; its SHA-256 is kept"), name);
  if (work->summary.commissions > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u commission", "Imported %u commissions",
                                         work->summary.commissions), work->summary.commissions);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported the meeting: %u ballot, %u decisions",
                                       "Imported the meeting: %u ballots, %u decisions", work->summary.ballots),
                          work->summary.ballots, work->summary.decisions);
}

static void
on_work_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  KonkursJob *job = KONKURS_JOB (object);
  g_autoptr(GtkWidget) owner = user_data;
  Work *work = konkurs_job_get_data (job);
  g_autoptr(GError) error = NULL;

  if (konkurs_job_run_finish (job, result, &error))
    {
      g_autofree char *news = describe_done (work);

      konkurs_area_tell (work->source != NULL ? work->source : owner, news);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    konkurs_area_tell (work->source != NULL ? work->source : owner,
                       work->kind == WORK_LINK ? _("Linking the recording was cancelled; nothing was changed")
                                               : _("The import was cancelled; nothing was changed"));
  else
    konkurs_error_dialog_present (konkurs_ui_get_parent_window (owner), G_LOG_LEVEL_MESSAGE,
                                  work->kind == WORK_LINK ? _("Recording Not Linked") : _("Import Failed"), error,
                                  _("Nothing was changed; the database is as it was."));
}

static void
start_work (GtkWidget *source,
            Work      *work)
{
  g_autoptr(KonkursJob) job = konkurs_job_new (run_work, work, work_free);
  g_autofree char *name = g_path_get_basename (work->path);
  GCancellable *cancellable = NULL;
  GtkWidget *area = gtk_widget_get_ancestor (source, KONKURS_TYPE_AREA);

  g_set_weak_pointer (&work->source, source);
  if (area != NULL)
    cancellable = konkurs_area_get_cancellable (KONKURS_AREA (area));
  konkurs_job_dialog_new (konkurs_ui_get_parent_window (source),
                          work->kind == WORK_LINK ? _("Linking the Recording") : _("Importing"), name, job);
  konkurs_job_run_async (job, cancellable, on_work_done, g_object_ref (source));
}

/* Choosers */

typedef void (*ChosenFunc) (GtkWidget *source, KonkursStore *store, GFile *file, gint64 id);

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  GtkWidget *source = g_object_get_data (G_OBJECT (chooser), "source");
  KonkursStore *store = g_object_get_data (G_OBJECT (chooser), "store");
  ChosenFunc func = g_object_get_data (G_OBJECT (chooser), "func");
  gint64 *id = g_object_get_data (G_OBJECT (chooser), "id");
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      func (source, store, file, *id);
    }
  g_object_unref (chooser);
}

static GtkFileChooser *
choose (GtkWidget            *source,
        KonkursStore         *store,
        const char           *title,
        GtkFileChooserAction  action,
        const char           *accept,
        gboolean              xml,
        ChosenFunc            func,
        gint64                id)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, konkurs_ui_get_parent_window (source), action,
                                                               accept, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (xml)
    {
      GtkFileFilter *filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("XML files"));
      gtk_file_filter_add_mime_type (filter, "application/xml");
      gtk_file_filter_add_mime_type (filter, "text/xml");
      gtk_file_filter_add_suffix (filter, "xml");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_object_unref (filter);
    }
  g_object_set_data_full (G_OBJECT (chooser), "source", g_object_ref (source), g_object_unref);
  g_object_set_data_full (G_OBJECT (chooser), "store", g_object_ref (store), g_object_unref);
  g_object_set_data (G_OBJECT (chooser), "func", func);
  g_object_set_data_full (G_OBJECT (chooser), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
  return GTK_FILE_CHOOSER (chooser);
}

static void
work_on_file (GtkWidget    *source,
              KonkursStore *store,
              GFile        *file,
              gint64        meeting_id,
              WorkKind      kind)
{
  Work *work = g_new0 (Work, 1);

  work->kind = kind;
  work->store = g_object_ref (store);
  work->meeting_id = meeting_id;
  work->path = g_file_get_path (file);
  if (work->path == NULL)
    {
      konkurs_area_tell (source, _("Choose a file on this computer"));
      work_free (work);
      return;
    }
  start_work (source, work);
}

static void
link_chosen (GtkWidget    *source,
             KonkursStore *store,
             GFile        *file,
             gint64        meeting_id)
{
  work_on_file (source, store, file, meeting_id, WORK_LINK);
}

static void
import_chosen (GtkWidget    *source,
               KonkursStore *store,
               GFile        *file,
               gint64        unused)
{
  work_on_file (source, store, file, 0, WORK_IMPORT);
}

void
konkurs_recording_choose (GtkWidget    *source,
                          KonkursStore *store,
                          gint64        meeting_id)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  choose (source, store, _("Link the Meeting’s Recording"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Link"), FALSE,
          link_chosen, meeting_id);
}

void
konkurs_recording_import (GtkWidget    *source,
                          KonkursStore *store,
                          gboolean      meeting)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  choose (source, store, meeting ? _("Import a Meeting") : _("Import a Commission"), GTK_FILE_CHOOSER_ACTION_OPEN,
          _("_Import"), TRUE, import_chosen, 0);
}

static void
export_chosen (GtkWidget    *source,
               KonkursStore *store,
               GFile        *file,
               gint64        meeting_id)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    konkurs_area_tell (source, _("Choose a file on this computer"));
  else if (!konkurs_exchange_write_meeting (store, meeting_id, path, &error))
    konkurs_error_dialog_present (konkurs_ui_get_parent_window (source), G_LOG_LEVEL_WARNING,
                                  _("Meeting Not Exported"), error, NULL);
  else
    {
      g_autofree char *name = g_path_get_basename (path);
      /* Translators: %s is the file's name */
      g_autofree char *news = g_strdup_printf (_("The meeting is written to “%s”"), name);

      konkurs_area_tell (source, news);
    }
}

void
konkurs_recording_export_meeting (GtkWidget    *source,
                                  KonkursStore *store,
                                  gint64        meeting_id,
                                  const char   *suggested_name)
{
  GtkFileChooser *chooser;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  chooser = choose (source, store, _("Export the Meeting"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), TRUE,
                    export_chosen, meeting_id);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (chooser, suggested_name);
}
