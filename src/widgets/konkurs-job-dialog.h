/* konkurs-job-dialog.h — the progress of a long job, with a way to cancel it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-job.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_JOB_DIALOG (konkurs_job_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursJobDialog, konkurs_job_dialog, KONKURS, JOB_DIALOG, AdwMessageDialog)

/* A modal dialog over @parent showing @heading, @body and how far @job has
 * got.  Cancel (or Escape) cancels the job; the dialog stays, saying
 * "Cancelling…", until the job stops.  It closes itself when the job stops
 * running, before the job's callback runs.  Present it, then start the job. */
KonkursJobDialog *konkurs_job_dialog_new (GtkWindow  *parent,
                                          const char *heading,
                                          const char *body,
                                          KonkursJob *job);

G_END_DECLS
