/* konkurs-job-dialog.c — progress of a long job, with a way to cancel it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-job-dialog.h"

struct _KonkursJobDialog
{
  AdwMessageDialog  parent_instance;

  GtkProgressBar   *progress_bar;
  GCancellable     *cancellable;
  /* Written by the worker, read by the main loop; an idle source is pending
   * while update_source is non-zero. */
  GMutex            lock;
  double            fraction;
  guint             update_source;
};

G_DEFINE_FINAL_TYPE (KonkursJobDialog, konkurs_job_dialog, ADW_TYPE_MESSAGE_DIALOG)

static gboolean
update_progress (gpointer data)
{
  KonkursJobDialog *self = data;
  double fraction;

  g_mutex_lock (&self->lock);
  fraction = self->fraction;
  self->update_source = 0;
  g_mutex_unlock (&self->lock);

  gtk_progress_bar_set_fraction (self->progress_bar, CLAMP (fraction, 0.0, 1.0));
  return G_SOURCE_REMOVE;
}

void
konkurs_job_dialog_set_fraction (KonkursJobDialog *self,
                                 double            fraction)
{
  g_return_if_fail (KONKURS_IS_JOB_DIALOG (self));

  /* Coalesce: a worker may report thousands of times a second, the screen
   * needs one update per frame at most. */
  g_mutex_lock (&self->lock);
  self->fraction = fraction;
  if (self->update_source == 0)
    self->update_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_progress,
                                           g_object_ref (self), g_object_unref);
  g_mutex_unlock (&self->lock);
}

GCancellable *
konkurs_job_dialog_get_cancellable (KonkursJobDialog *self)
{
  g_return_val_if_fail (KONKURS_IS_JOB_DIALOG (self), NULL);

  return self->cancellable;
}

static void
konkurs_job_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  KonkursJobDialog *self = KONKURS_JOB_DIALOG (dialog);

  /* The job notices, undoes what it did and closes the dialog itself. */
  if (g_strcmp0 (response, "cancel") == 0)
    {
      g_cancellable_cancel (self->cancellable);
      adw_message_dialog_set_response_enabled (dialog, "cancel", FALSE);
      adw_message_dialog_set_body (dialog, _("Cancelling…"));
    }
}

static gboolean
konkurs_job_dialog_close_request (GtkWindow *window)
{
  KonkursJobDialog *self = KONKURS_JOB_DIALOG (window);

  /* Escape means cancel; the window stays until the job has stopped. */
  konkurs_job_dialog_response (ADW_MESSAGE_DIALOG (self), "cancel");
  return TRUE;
}

static void
konkurs_job_dialog_finalize (GObject *object)
{
  KonkursJobDialog *self = KONKURS_JOB_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (konkurs_job_dialog_parent_class)->finalize (object);
}

static void
konkurs_job_dialog_class_init (KonkursJobDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->finalize = konkurs_job_dialog_finalize;
  window_class->close_request = konkurs_job_dialog_close_request;
  dialog_class->response = konkurs_job_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/widgets/konkurs-job-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursJobDialog, progress_bar);
}

static void
konkurs_job_dialog_init (KonkursJobDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_mutex_init (&self->lock);
  self->cancellable = g_cancellable_new ();
}

KonkursJobDialog *
konkurs_job_dialog_new (GtkWindow  *parent,
                        const char *heading,
                        const char *body)
{
  return g_object_new (KONKURS_TYPE_JOB_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", heading,
                       "body", body,
                       NULL);
}
