/* konkurs-recording.c — the files of the Commission area
 *
 * A recording of an interview may be hours of video: its SHA-256 is
 * computed as a long job (konkurs-file-job.h: progress, Cancel), so the
 * window stays responsive and a cancelled link writes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-error-dialog.h"
#include "konkurs-exchange-commission.h"
#include "konkurs-file-job.h"
#include "konkurs-recording.h"
#include "konkurs-store-commission.h"
#include "konkurs-ui-helpers.h"

enum {
  WORK_LINK,
  WORK_IMPORT,
};

static gboolean
run_work (KonkursJob    *job,
          gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  KonkursFileWork *work = data;

  if (work->kind == WORK_LINK)
    return konkurs_store_link_recording (work->store, work->id, work->path, cancellable, error);
  return konkurs_exchange_import_file (work->store, work->path, &work->summary, konkurs_job_report_fraction, job,
                                       cancellable, error);
}

static char *
describe_done (KonkursFileWork *work)
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
  /* held until the job is done, so what it did is always said */
  g_autoptr(GtkWidget) owner = user_data;
  KonkursFileWork *work = konkurs_job_get_data (job);
  gboolean link = work->kind == WORK_LINK;

  if (konkurs_file_work_finish (job, result,
                                link ? _("Linking the recording was cancelled; nothing was changed")
                                     : _("The import was cancelled; nothing was changed"),
                                link ? _("Recording Not Linked") : _("Import Failed"),
                                _("Nothing was changed; the database is as it was.")))
    {
      g_autofree char *news = describe_done (work);

      konkurs_area_tell (work->source, news);
    }
}

static void
work_on_file (GtkWidget    *source,
              KonkursStore *store,
              GFile        *file,
              gint64        meeting_id,
              int           kind)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = NULL;
  GCancellable *cancellable = NULL;
  GtkWidget *area = gtk_widget_get_ancestor (source, KONKURS_TYPE_AREA);

  if (path == NULL)
    {
      konkurs_area_tell (source, _("Choose a file on this computer"));
      return;
    }
  name = g_path_get_basename (path);
  if (area != NULL)
    cancellable = konkurs_area_get_cancellable (KONKURS_AREA (area));
  konkurs_file_work_start (source, konkurs_file_work_new (kind, store, meeting_id, path), run_work,
                           kind == WORK_LINK ? _("Linking the Recording") : _("Importing"), name, cancellable,
                           on_work_done, g_object_ref (source));
}

static void
link_chosen (GtkWidget    *source,
             KonkursStore *store,
             GFile        *file,
             gpointer      data)
{
  work_on_file (source, store, file, *(gint64 *) data, WORK_LINK);
}

static void
import_chosen (GtkWidget    *source,
               KonkursStore *store,
               GFile        *file,
               gpointer      unused)
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

  konkurs_file_job_choose (source, store, _("Link the Meeting’s Recording"), GTK_FILE_CHOOSER_ACTION_OPEN,
                           _("_Link"), FALSE, link_chosen, g_memdup2 (&meeting_id, sizeof meeting_id), g_free);
}

void
konkurs_recording_import (GtkWidget    *source,
                          KonkursStore *store,
                          gboolean      meeting)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  konkurs_file_job_choose (source, store, meeting ? _("Import a Meeting") : _("Import a Commission"),
                           GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), TRUE, import_chosen, NULL, NULL);
}

static void
export_chosen (GtkWidget    *source,
               KonkursStore *store,
               GFile        *file,
               gpointer      data)
{
  gint64 meeting_id = *(gint64 *) data;
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

  chooser = konkurs_file_job_choose (source, store, _("Export the Meeting"), GTK_FILE_CHOOSER_ACTION_SAVE,
                                     _("_Export"), TRUE, export_chosen, g_memdup2 (&meeting_id, sizeof meeting_id),
                                     g_free);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (chooser, suggested_name);
}
