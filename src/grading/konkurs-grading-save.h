/* konkurs-grading-save.h — Save Results… of the grading window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-grading-progress.h"

G_BEGIN_DECLS

/* Asks where to write the signed results of @progress (beside the package,
 * "RESULTS-<expert>-<package id>.xml"), after saying how many essays are
 * not graded yet, if any, and having the expert confirm a partial file;
 * writes them, and tells the outcome in a toast of @toasts or, on failure,
 * in a dialog that says what and where (nothing is lost: the grades stay
 * in the window and in the work in progress). */
void  konkurs_grading_save_results        (GtkWindow              *parent,
                                           AdwToastOverlay        *toasts,
                                           KonkursGradingProgress *progress);
/* The file name Save Results… suggests. */
char *konkurs_grading_suggest_results_name (const KonkursEssayPackage *package);

G_END_DECLS
