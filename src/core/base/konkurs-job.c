/* konkurs-job.c — long work off the main thread: one function run in a
 * worker thread, its progress carried to the main context, and a way to
 * cancel it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-job.h"

struct _KonkursJob
{
  GObject              parent_instance;

  KonkursJobFunc       func;
  gpointer             data;
  GDestroyNotify       data_free;
  GCancellable        *cancellable;    /* the job's own */
  GCancellable        *owner_cancellable;
  gulong               owner_handler;
  GMainContext        *context;        /* where progress is told */
  GAsyncReadyCallback  callback;
  gpointer             user_data;
  gboolean             started;

  /* The main context's view. */
  double               fraction;
  gboolean             running;

  /* Written by the worker, read in the main context. */
  GMutex               lock;
  double               reported;
  GSource             *report_source;  /* pending while not NULL */
};

G_DEFINE_FINAL_TYPE (KonkursJob, konkurs_job, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FRACTION,
  PROP_RUNNING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_fraction_here (KonkursJob *self,
                   double      fraction)
{
  if (self->fraction == fraction)
    return;
  self->fraction = fraction;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
}

/* In the main context: the latest report, and no source pending any more. */
static double
take_report (KonkursJob *self)
{
  double fraction;

  g_mutex_lock (&self->lock);
  fraction = self->reported;
  if (self->report_source != NULL)
    {
      g_source_destroy (self->report_source);
      g_clear_pointer (&self->report_source, g_source_unref);
    }
  g_mutex_unlock (&self->lock);
  return fraction;
}

static gboolean
deliver_report (gpointer data)
{
  KonkursJob *self = data;

  set_fraction_here (self, take_report (self));
  return G_SOURCE_REMOVE;
}

void
konkurs_job_set_fraction (KonkursJob *self,
                          double      fraction)
{
  g_return_if_fail (KONKURS_IS_JOB (self));

  /* A worker may report thousands of times a second; the main context
   * needs the latest value once per turn at most. */
  g_mutex_lock (&self->lock);
  self->reported = CLAMP (fraction, 0.0, 1.0);
  if (self->report_source == NULL)
    {
      self->report_source = g_idle_source_new ();
      g_source_set_priority (self->report_source, G_PRIORITY_DEFAULT_IDLE);
      g_source_set_callback (self->report_source, deliver_report, g_object_ref (self), g_object_unref);
      g_source_set_static_name (self->report_source, "[konkurs] job progress");
      g_source_attach (self->report_source, self->context);
    }
  g_mutex_unlock (&self->lock);
}

void
konkurs_job_report_fraction (double   fraction,
                             gpointer job)
{
  konkurs_job_set_fraction (job, fraction);
}

static void
run_in_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  KonkursJob *self = source_object;
  GError *error = NULL;

  if (self->func (self, self->data, cancellable, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  /* A worker stopped by a cancel may say so in its own words (its domain's
   * "cancelled", a file it could not finish): the caller hears one thing. */
  if (g_cancellable_is_cancelled (cancellable) && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_error (&error);
      g_cancellable_set_error_if_cancelled (cancellable, &error);
    }
  g_task_return_error (task, error);
}

static void
on_owner_cancelled (GCancellable *owner_cancellable,
                    KonkursJob   *self)
{
  g_cancellable_cancel (self->cancellable);
}

static void
on_worker_done (GObject      *source_object,
                GAsyncResult *result,
                gpointer      user_data)
{
  KonkursJob *self = KONKURS_JOB (source_object);

  set_fraction_here (self, take_report (self));
  if (self->owner_cancellable != NULL)
    {
      g_cancellable_disconnect (self->owner_cancellable, self->owner_handler);
      g_clear_object (&self->owner_cancellable);
    }
  /* Before the callback, so that a progress dialog is gone by the time the
   * result is told. */
  self->running = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);

  if (self->callback != NULL)
    self->callback (source_object, result, self->user_data);

  /* Here, not when the job goes: the worker's task may drop the last
   * reference in the worker's thread, and the data may hold objects that
   * belong to this one. */
  if (self->data_free != NULL)
    g_clear_pointer (&self->data, self->data_free);
}

void
konkurs_job_run_async (KonkursJob          *self,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (KONKURS_IS_JOB (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));
  g_return_if_fail (!self->started);

  self->started = TRUE;
  self->callback = callback;
  self->user_data = user_data;
  if (cancellable != NULL)
    {
      self->owner_cancellable = g_object_ref (cancellable);
      /* Runs at once when @cancellable already is cancelled. */
      self->owner_handler = g_cancellable_connect (cancellable, G_CALLBACK (on_owner_cancelled), self, NULL);
    }

  task = g_task_new (self, self->cancellable, on_worker_done, NULL);
  g_task_set_source_tag (task, konkurs_job_run_async);
  /* Work that got done is reported as done, even when a cancel came after
   * it could make a difference: an import that committed must not be
   * told as "nothing was imported". */
  g_task_set_check_cancellable (task, FALSE);

  self->running = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
  g_task_run_in_thread (task, run_in_worker);
}

gboolean
konkurs_job_run_finish (KonkursJob    *self,
                        GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_JOB (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == konkurs_job_run_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
konkurs_job_cancel (KonkursJob *self)
{
  g_return_if_fail (KONKURS_IS_JOB (self));

  g_cancellable_cancel (self->cancellable);
}

GCancellable *
konkurs_job_get_cancellable (KonkursJob *self)
{
  g_return_val_if_fail (KONKURS_IS_JOB (self), NULL);

  return self->cancellable;
}

gpointer
konkurs_job_get_data (KonkursJob *self)
{
  g_return_val_if_fail (KONKURS_IS_JOB (self), NULL);

  return self->data;
}

gboolean
konkurs_job_is_running (KonkursJob *self)
{
  g_return_val_if_fail (KONKURS_IS_JOB (self), FALSE);

  return self->running;
}

double
konkurs_job_get_fraction (KonkursJob *self)
{
  g_return_val_if_fail (KONKURS_IS_JOB (self), 0.0);

  return self->fraction;
}

static void
konkurs_job_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KonkursJob *self = KONKURS_JOB (object);

  switch (prop_id)
    {
    case PROP_FRACTION:
      g_value_set_double (value, self->fraction);
      break;
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_job_finalize (GObject *object)
{
  KonkursJob *self = KONKURS_JOB (object);

  if (self->data_free != NULL)
    g_clear_pointer (&self->data, self->data_free);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->context, g_main_context_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (konkurs_job_parent_class)->finalize (object);
}

static void
konkurs_job_class_init (KonkursJobClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = konkurs_job_get_property;
  object_class->finalize = konkurs_job_finalize;

  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_job_init (KonkursJob *self)
{
  g_mutex_init (&self->lock);
  self->cancellable = g_cancellable_new ();
  self->context = g_main_context_ref_thread_default ();
}

KonkursJob *
konkurs_job_new (KonkursJobFunc func,
                 gpointer       data,
                 GDestroyNotify data_free)
{
  KonkursJob *self;

  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (KONKURS_TYPE_JOB, NULL);
  self->func = func;
  self->data = data;
  self->data_free = data_free;
  return self;
}
