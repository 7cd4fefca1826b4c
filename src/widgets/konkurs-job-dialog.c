/* konkurs-job-dialog.c — the progress of a long job, with a way to cancel it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-job-dialog.h"

struct _KonkursJobDialog
{
  AdwMessageDialog  parent_instance;

  KonkursJob       *job;
  GBinding         *progress;

  GtkProgressBar   *progress_bar;
};

G_DEFINE_FINAL_TYPE (KonkursJobDialog, konkurs_job_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
on_running_changed (KonkursJobDialog *self)
{
  if (!konkurs_job_is_running (self->job))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
konkurs_job_dialog_response (AdwMessageDialog *dialog,
                             const char       *response)
{
  KonkursJobDialog *self = KONKURS_JOB_DIALOG (dialog);

  /* The job notices, undoes what it did and stops; then the dialog goes. */
  if (g_strcmp0 (response, "cancel") == 0)
    {
      konkurs_job_cancel (self->job);
      adw_message_dialog_set_response_enabled (dialog, "cancel", FALSE);
      adw_message_dialog_set_body (dialog, _("Cancelling…"));
    }
}

static gboolean
konkurs_job_dialog_close_request (GtkWindow *window)
{
  /* Escape means cancel; the window stays until the job has stopped. */
  konkurs_job_dialog_response (ADW_MESSAGE_DIALOG (window), "cancel");
  return TRUE;
}

static void
konkurs_job_dialog_dispose (GObject *object)
{
  KonkursJobDialog *self = KONKURS_JOB_DIALOG (object);

  g_clear_pointer (&self->progress, g_binding_unbind);
  g_clear_object (&self->job);

  G_OBJECT_CLASS (konkurs_job_dialog_parent_class)->dispose (object);
}

static void
konkurs_job_dialog_class_init (KonkursJobDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  AdwMessageDialogClass *dialog_class = ADW_MESSAGE_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_job_dialog_dispose;
  window_class->close_request = konkurs_job_dialog_close_request;
  dialog_class->response = konkurs_job_dialog_response;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/widgets/konkurs-job-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursJobDialog, progress_bar);
}

static void
konkurs_job_dialog_init (KonkursJobDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KonkursJobDialog *
konkurs_job_dialog_new (GtkWindow  *parent,
                        const char *heading,
                        const char *body,
                        KonkursJob *job)
{
  KonkursJobDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_JOB (job), NULL);

  self = g_object_new (KONKURS_TYPE_JOB_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "heading", heading,
                       "body", body,
                       NULL);
  self->job = g_object_ref (job);
  /* The binding holds no reference: it goes with dispose or either end. */
  self->progress = g_object_bind_property (job, "fraction", self->progress_bar, "fraction", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (job, "notify::running", G_CALLBACK (on_running_changed), self, G_CONNECT_SWAPPED);
  return self;
}
