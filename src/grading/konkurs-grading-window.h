/* konkurs-grading-window.h — the expert's window: one package, graded
 * essay by essay, without any database
 *
 * Opened by `konkurs --grade PACKAGE.xml` on the expert's laptop, or by
 * the Essays area (the application's "app.grade" action with the
 * package's path) at the secretary's workstation.  It knows nothing but
 * the package: personal codes, topics, texts and the rubric.  The work in
 * progress is kept beside the package, so the expert can close and come
 * back; Save Results… writes the signed RESULTS.xml.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_GRADING_WINDOW (konkurs_grading_window_get_type ())
G_DECLARE_FINAL_TYPE (KonkursGradingWindow, konkurs_grading_window, KONKURS, GRADING_WINDOW, AdwApplicationWindow)

/* NULL with the reason (the file's line, as an import says it) when
 * @package cannot be read. */
KonkursGradingWindow *konkurs_grading_window_new (GtkApplication *application, GFile *package,
                                                  GError **error);
/* The package the window grades, to tell whether one is open already. */
GFile                *konkurs_grading_window_get_package_file (KonkursGradingWindow *self);

G_END_DECLS
