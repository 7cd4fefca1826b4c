/* konkurs-job-dialog.h — progress of a long job, with a way to cancel it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_JOB_DIALOG (konkurs_job_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursJobDialog, konkurs_job_dialog, KONKURS, JOB_DIALOG, AdwMessageDialog)

/* A modal dialog over @parent showing @heading, the fraction done and a
 * Cancel button that cancels the returned dialog's cancellable.  The job
 * closes it with gtk_window_destroy() when it ends. */
KonkursJobDialog *konkurs_job_dialog_new             (GtkWindow  *parent,
                                                      const char *heading,
                                                      const char *body);
GCancellable     *konkurs_job_dialog_get_cancellable (KonkursJobDialog *self);
/* Safe to call from any thread: the update is carried to the main loop. */
void              konkurs_job_dialog_set_fraction    (KonkursJobDialog *self,
                                                      double            fraction);

G_END_DECLS
