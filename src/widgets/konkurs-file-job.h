/* konkurs-file-job.h — choosing a file and working on it as a long job
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-exchange.h"
#include "konkurs-job.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* Called when the chooser is accepted, with the file chosen and the data
 * given to konkurs_file_job_choose(). */
typedef void (*KonkursFileChosenFunc) (GtkWidget    *source,
                                       KonkursStore *store,
                                       GFile        *file,
                                       gpointer      data);

/* Shows a modal file chooser over @source's window titled @title, its
 * accept button @accept; with @xml, a filter for XML files.  On accept,
 * @func runs with @source, @store and the file.  The chooser holds @source,
 * @store and @data (freed with @free_data, may be NULL) until it answers,
 * and frees itself then.  Returned to set a suggested name; not owned. */
GtkFileChooser *konkurs_file_job_choose (GtkWidget             *source,
                                         KonkursStore          *store,
                                         const char            *title,
                                         GtkFileChooserAction   action,
                                         const char            *accept,
                                         gboolean               xml,
                                         KonkursFileChosenFunc  func,
                                         gpointer               data,
                                         GDestroyNotify         free_data);

/* What a job on a file works with and leaves behind: @kind and @id are the
 * caller's (what to do, and on which stage or meeting); the worker fills
 * @count or @summary. */
typedef struct {
  int                   kind;
  KonkursStore         *store;
  gint64                id;
  char                 *path;
  GtkWidget            *source;   /* weak: NULL once the widget is gone */
  guint                 count;
  KonkursImportSummary  summary;
} KonkursFileWork;

KonkursFileWork *konkurs_file_work_new  (int           kind,
                                         KonkursStore *store,
                                         gint64        id,
                                         const char   *path);
void             konkurs_file_work_free (gpointer      work);

/* Runs @func on @work (which the job then owns) in a KonkursJob under a
 * KonkursJobDialog over @source's window, saying @heading and @body;
 * @done gets the job and @user_data and calls konkurs_file_work_finish(). */
void     konkurs_file_work_start  (GtkWidget           *source,
                                   KonkursFileWork     *work,
                                   KonkursJobFunc       func,
                                   const char          *heading,
                                   const char          *body,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  done,
                                   gpointer             user_data);

/* TRUE when the job did its work and its source is still there.
 * Otherwise FALSE, having told @cancelled in the source's area when the job
 * was cancelled, or shown the error under @refused with @nothing_changed
 * below it when it failed (nothing is said once the source is gone). */
gboolean konkurs_file_work_finish (KonkursJob   *job,
                                   GAsyncResult *result,
                                   const char   *cancelled,
                                   const char   *refused,
                                   const char   *nothing_changed);

G_END_DECLS
