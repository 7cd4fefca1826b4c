/* test-job.c — a job runs its function in a worker thread, tells its
 * progress in the main context and stops with G_IO_ERROR_CANCELLED
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-job.h"

/* What a worker and the main context share in a test. */
typedef struct {
  GMutex    lock;
  GCond     cond;
  gboolean  half_seen;      /* the main context saw 0.5 */
  gboolean  failed_own_way; /* the worker returns its own error on a cancel */
} Work;

static guint n_freed;
static gboolean waited_in_vain;   /* the worker gave up waiting for the main context */

typedef struct {
  GThread  *main_thread;
  GArray   *seen;           /* fractions notified, in order */
  gboolean  off_main;       /* a notification came from another thread */
  gboolean  running_at_callback;
  gboolean  data_at_callback;
  double    fraction_at_callback;
  GError   *error;
  gboolean  ok;
  gboolean  done;
} Outcome;

static void
work_free (gpointer data)
{
  Work *work = data;

  g_mutex_clear (&work->lock);
  g_cond_clear (&work->cond);
  g_free (work);
  g_atomic_int_inc (&n_freed);
}

static Work *
work_new (void)
{
  Work *work = g_new0 (Work, 1);

  g_mutex_init (&work->lock);
  g_cond_init (&work->cond);
  return work;
}

/* Reports half, waits until the main context has seen it, then finishes. */
static gboolean
report_and_finish (KonkursJob    *job,
                   gpointer       data,
                   GCancellable  *cancellable,
                   GError       **error)
{
  Work *work = data;
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  konkurs_job_set_fraction (job, 0.25);
  konkurs_job_set_fraction (job, 0.5);
  g_mutex_lock (&work->lock);
  while (!work->half_seen)
    if (!g_cond_wait_until (&work->cond, &work->lock, deadline))
      {
        g_atomic_int_set (&waited_in_vain, TRUE);
        break;
      }
  g_mutex_unlock (&work->lock);
  konkurs_job_report_fraction (0.75, job);
  konkurs_job_set_fraction (job, 1.0);
  return TRUE;
}

/* Works until cancelled. */
static gboolean
run_until_cancelled (KonkursJob    *job,
                     gpointer       data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  Work *work = data;

  konkurs_job_set_fraction (job, 0.5);
  while (!g_cancellable_is_cancelled (cancellable))
    g_usleep (1000);
  if (work->failed_own_way)
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_IO, "The file was left half written");
      return FALSE;
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

static gboolean
fail_at_once (KonkursJob    *job,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "No such file");
  return FALSE;
}

static void
on_fraction (KonkursJob *job,
             GParamSpec *pspec,
             Outcome    *outcome)
{
  double fraction = konkurs_job_get_fraction (job);
  Work *work = konkurs_job_get_data (job);

  if (g_thread_self () != outcome->main_thread)
    outcome->off_main = TRUE;
  g_array_append_val (outcome->seen, fraction);
  if (fraction == 0.5 && work != NULL)
    {
      g_mutex_lock (&work->lock);
      work->half_seen = TRUE;
      g_cond_signal (&work->cond);
      g_mutex_unlock (&work->lock);
    }
}

static void
on_done (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  Outcome *outcome = user_data;
  KonkursJob *job = KONKURS_JOB (object);

  outcome->running_at_callback = konkurs_job_is_running (job);
  outcome->data_at_callback = konkurs_job_get_data (job) != NULL;
  outcome->fraction_at_callback = konkurs_job_get_fraction (job);
  outcome->ok = konkurs_job_run_finish (job, result, &outcome->error);
  outcome->done = TRUE;
}

static void
outcome_init (Outcome *outcome)
{
  memset (outcome, 0, sizeof *outcome);
  outcome->main_thread = g_thread_self ();
  outcome->seen = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
outcome_clear (Outcome *outcome)
{
  g_array_unref (outcome->seen);
  g_clear_error (&outcome->error);
}

static void
wait_for (gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

static gboolean
seen_half (gpointer data)
{
  return konkurs_job_get_fraction (data) == 0.5;
}

static gboolean
is_null (gpointer data)
{
  return g_atomic_pointer_get ((gpointer *) data) == NULL;
}

static void
wait_until (GSourceFunc condition,
            gpointer    data)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!condition (data) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (100);
    }
  g_assert_true (condition (data));
}

static void
test_progress (void)
{
  Work *work = work_new ();
  g_autoptr(KonkursJob) job = konkurs_job_new (report_and_finish, work, work_free);
  gpointer alive = job;
  Outcome outcome;

  outcome_init (&outcome);
  g_signal_connect (job, "notify::fraction", G_CALLBACK (on_fraction), &outcome);
  g_assert_false (konkurs_job_is_running (job));

  konkurs_job_run_async (job, NULL, on_done, &outcome);
  g_assert_true (konkurs_job_is_running (job));
  wait_for (&outcome.done);

  /* Progress came while the worker was waiting for it, in this thread, and
   * the last report was in before the callback, which saw the job stopped. */
  g_assert_false (g_atomic_int_get (&waited_in_vain));
  g_assert_false (outcome.off_main);
  g_assert_cmpuint (outcome.seen->len, >=, 2);
  for (guint i = 1; i < outcome.seen->len; i++)
    g_assert_cmpfloat (g_array_index (outcome.seen, double, i - 1), <, g_array_index (outcome.seen, double, i));
  g_assert_cmpfloat (outcome.fraction_at_callback, ==, 1.0);
  g_assert_false (outcome.running_at_callback);
  g_assert_true (outcome.ok);
  g_assert_no_error (outcome.error);

  /* The callback could read the data; it is gone once the callback has
   * returned, here, whoever lets go of the job last. */
  g_assert_cmpuint (g_atomic_int_get (&n_freed), ==, 1);
  g_assert_true (outcome.data_at_callback);
  g_assert_null (konkurs_job_get_data (job));
  g_object_add_weak_pointer (G_OBJECT (job), &alive);
  g_clear_object (&job);
  wait_until (is_null, &alive);
  outcome_clear (&outcome);
}

static void
run_and_cancel (gboolean      failed_own_way,
                GCancellable *owner,
                Outcome      *outcome)
{
  Work *work = work_new ();
  g_autoptr(KonkursJob) job = konkurs_job_new (run_until_cancelled, work, work_free);

  work->failed_own_way = failed_own_way;
  konkurs_job_run_async (job, owner, on_done, outcome);
  /* Under way: the worker has told its progress. */
  wait_until (seen_half, job);
  g_assert_false (outcome->done);

  if (owner != NULL)
    g_cancellable_cancel (owner);
  else
    konkurs_job_cancel (job);
  g_assert_true (g_cancellable_is_cancelled (konkurs_job_get_cancellable (job)));
  wait_for (&outcome->done);
  g_assert_false (outcome->running_at_callback);
}

static void
test_cancel (void)
{
  g_autoptr(GCancellable) owner = g_cancellable_new ();
  Outcome outcome;

  outcome_init (&outcome);
  run_and_cancel (FALSE, NULL, &outcome);
  g_assert_false (outcome.ok);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  outcome_clear (&outcome);

  /* Whatever the worker says when a cancel stops it. */
  outcome_init (&outcome);
  run_and_cancel (TRUE, NULL, &outcome);
  g_assert_false (outcome.ok);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  outcome_clear (&outcome);

  /* The owner's cancellable stops the job too. */
  outcome_init (&outcome);
  run_and_cancel (FALSE, owner, &outcome);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  outcome_clear (&outcome);
}

static void
test_cancelled_before_start (void)
{
  g_autoptr(GCancellable) owner = g_cancellable_new ();
  g_autoptr(KonkursJob) job = konkurs_job_new (run_until_cancelled, work_new (), work_free);
  Outcome outcome;

  outcome_init (&outcome);
  g_cancellable_cancel (owner);
  konkurs_job_run_async (job, owner, on_done, &outcome);
  wait_for (&outcome.done);
  g_assert_error (outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  outcome_clear (&outcome);
}

static void
test_failure (void)
{
  g_autoptr(KonkursJob) job = konkurs_job_new (fail_at_once, NULL, NULL);
  Outcome outcome;

  /* Not cancelled: the worker's own error comes through. */
  outcome_init (&outcome);
  konkurs_job_run_async (job, NULL, on_done, &outcome);
  wait_for (&outcome.done);
  g_assert_false (outcome.ok);
  g_assert_error (outcome.error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  outcome_clear (&outcome);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/job/progress", test_progress);
  g_test_add_func ("/job/cancel", test_cancel);
  g_test_add_func ("/job/cancelled-before-start", test_cancelled_before_start);
  g_test_add_func ("/job/failure", test_failure);

  return g_test_run ();
}
