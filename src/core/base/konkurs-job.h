/* konkurs-job.h — long work off the main thread: one function run in a
 * worker thread, its progress carried to the main context, and a way to
 * cancel it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_JOB (konkurs_job_get_type ())
G_DECLARE_FINAL_TYPE (KonkursJob, konkurs_job, KONKURS, JOB, GObject)

/* Runs in a worker thread: does the work on @data, reports how far it got
 * with konkurs_job_set_fraction(), and stops early once @cancellable is
 * cancelled.  FALSE with @error on failure. */
typedef gboolean (*KonkursJobFunc) (KonkursJob    *job,
                                    gpointer       data,
                                    GCancellable  *cancellable,
                                    GError       **error);

/* A job that will run @func on @data.  @data_free (may be NULL) frees @data
 * in the main context once the callback of konkurs_job_run_async() has
 * returned (or with the job, if it never ran), so the callback can still
 * read what the work left in it.
 * Properties, notified in the main context the job was created in:
 * "fraction" (double, 0 to 1) and "running" (gboolean). */
KonkursJob   *konkurs_job_new             (KonkursJobFunc       func,
                                           gpointer             data,
                                           GDestroyNotify       data_free);
gpointer      konkurs_job_get_data        (KonkursJob          *self);

/* Starts the job in a worker thread; a job runs once.  @cancellable (may be
 * NULL) cancels it as konkurs_job_cancel() does, for an owner that stops
 * all its jobs at once.  When the worker has returned, "fraction" shows the
 * last value reported and "running" goes FALSE; then @callback runs, in the
 * thread-default main context of this call, and calls
 * konkurs_job_run_finish(). */
void          konkurs_job_run_async       (KonkursJob          *self,
                                           GCancellable        *cancellable,
                                           GAsyncReadyCallback  callback,
                                           gpointer             user_data);
/* TRUE when the work was done, even if a cancel came too late to stop it.
 * A job that failed after it was cancelled gives G_IO_ERROR_CANCELLED,
 * whatever error its worker returned. */
gboolean      konkurs_job_run_finish      (KonkursJob          *self,
                                           GAsyncResult        *result,
                                           GError             **error);

/* From any thread. */
void          konkurs_job_cancel          (KonkursJob          *self);
GCancellable *konkurs_job_get_cancellable (KonkursJob          *self);

gboolean      konkurs_job_is_running      (KonkursJob          *self);
double        konkurs_job_get_fraction    (KonkursJob          *self);
/* From any thread, usually the worker's: the fraction done.  Reports are
 * coalesced; the main context sees the latest. */
void          konkurs_job_set_fraction    (KonkursJob          *self,
                                           double               fraction);
/* konkurs_job_set_fraction() shaped as a progress callback (@job is the
 * user data), for the functions of the core that take one. */
void          konkurs_job_report_fraction (double               fraction,
                                           gpointer             job);

G_END_DECLS
