/* konkurs-grading-progress.h — an expert's work on one package: the
 * package, the grades given so far, and the work in progress kept beside it
 *
 * The grades live in a KonkursEssayResults.  Every change is written,
 * after a short pause, to "PACKAGE.progress.xml" beside the package (the
 * results format, unsigned, so it cannot be imported by mistake), and at
 * the latest when the window closes (konkurs_grading_progress_flush()).
 * The essay the expert was on is a matter of the view, like a cursor, and
 * is kept in the user's state folder by package id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "konkurs-essay-package.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_GRADING_PROGRESS (konkurs_grading_progress_get_type ())
G_DECLARE_FINAL_TYPE (KonkursGradingProgress, konkurs_grading_progress, KONKURS, GRADING_PROGRESS, GObject)

/* Reads the package at @package (NULL with the reader's error, "FILE:LINE:
 * …") and the work in progress beside it.  A progress file that cannot be
 * used (another package's, unreadable, or with grades this package has no
 * place for) is renamed aside, never overwritten, and
 * konkurs_grading_progress_get_notice() says so. */
KonkursGradingProgress    *konkurs_grading_progress_open (GFile *package, GError **error);

GFile                     *konkurs_grading_progress_get_package_file  (KonkursGradingProgress *self);
const KonkursEssayPackage *konkurs_grading_progress_get_package       (KonkursGradingProgress *self);
const KonkursEssayResults *konkurs_grading_progress_get_results       (KonkursGradingProgress *self);
/* "PACKAGE.progress.xml" beside the package. */
const char                *konkurs_grading_progress_get_progress_path (KonkursGradingProgress *self);
/* What the expert should know about the work in progress found on
 * opening (NULL: nothing). */
const char                *konkurs_grading_progress_get_notice        (KonkursGradingProgress *self);

int          konkurs_grading_progress_get_points  (KonkursGradingProgress *self, const char *code,
                                                   const char *criterion);
/* -1 removes the points.  Schedules a save; emits "changed" (@code). */
void         konkurs_grading_progress_set_points  (KonkursGradingProgress *self, const char *code,
                                                   const char *criterion, int points);
const char  *konkurs_grading_progress_get_comment (KonkursGradingProgress *self, const char *code);
void         konkurs_grading_progress_set_comment (KonkursGradingProgress *self, const char *code,
                                                   const char *comment);
/* How many criteria of @code have points (0 to the rule's count). */
guint        konkurs_grading_progress_count_given (KonkursGradingProgress *self, const char *code);
guint        konkurs_grading_progress_count_graded (KonkursGradingProgress *self);
guint        konkurs_grading_progress_count_essays (KonkursGradingProgress *self);

/* The essay the expert was on when the package was last closed (NULL:
 * none, or no longer in the package), and remembering it. */
char        *konkurs_grading_progress_get_current (KonkursGradingProgress *self);
void         konkurs_grading_progress_set_current (KonkursGradingProgress *self, const char *code);

/* Writes the work in progress now if anything changed since it was last
 * written.  On failure "save-error" says why until a write succeeds. */
gboolean     konkurs_grading_progress_flush       (KonkursGradingProgress *self, GError **error);
/* The reason the last write of the work in progress failed; NULL after a
 * write that succeeded.  Notified as "save-error". */
const char  *konkurs_grading_progress_get_save_error (KonkursGradingProgress *self);
gboolean     konkurs_grading_progress_is_dirty    (KonkursGradingProgress *self);

/* The signed results of the essays graded in full (points for every
 * criterion, with their comments), stamped now: what Save Results…
 * writes.  @n_essays (may be NULL): how many essays they hold. */
KonkursEssayResults *konkurs_grading_progress_build_results (KonkursGradingProgress *self, guint *n_essays);

G_END_DECLS
