/* konkurs-grading-essay-row.h — an essay in the list of the grading
 * window: its personal code and how far its grading is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_GRADING_ESSAY_ROW (konkurs_grading_essay_row_get_type ())
G_DECLARE_FINAL_TYPE (KonkursGradingEssayRow, konkurs_grading_essay_row, KONKURS, GRADING_ESSAY_ROW, GtkListBoxRow)

KonkursGradingEssayRow *konkurs_grading_essay_row_new       (const char             *code);
const char             *konkurs_grading_essay_row_get_code  (KonkursGradingEssayRow *self);
/* @given of @n_criteria have points: a check mark when all have, "1/3"
 * while some have. */
void                    konkurs_grading_essay_row_set_given (KonkursGradingEssayRow *self,
                                                             guint                   given,
                                                             guint                   n_criteria);
gboolean                konkurs_grading_essay_row_is_graded (KonkursGradingEssayRow *self);

G_END_DECLS
