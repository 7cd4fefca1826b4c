/* konkurs-grading-criterion-row.h — one criterion of the rubric in the
 * grading window: its name and what earns the points, and the points
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-essay-rule.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_GRADING_CRITERION_ROW (konkurs_grading_criterion_row_get_type ())
G_DECLARE_FINAL_TYPE (KonkursGradingCriterionRow, konkurs_grading_criterion_row, KONKURS, GRADING_CRITERION_ROW,
                      GtkListBoxRow)

/* The points are typed into a spin button bounded by the criterion's
 * scale; while none are given the field is empty and the row says so.
 * A typed number outside the scale is refused at the field, with the
 * reason under it, and the points stay as they were.
 *
 * Property "points" (int, -1: none), notified when the expert changes
 * them (typing, the arrows or the keys), not when they are set. */
KonkursGradingCriterionRow  *konkurs_grading_criterion_row_new          (const KonkursEssayCriterion *criterion);
const KonkursEssayCriterion *konkurs_grading_criterion_row_get_criterion (KonkursGradingCriterionRow *self);
int                          konkurs_grading_criterion_row_get_points    (KonkursGradingCriterionRow *self);
void                         konkurs_grading_criterion_row_set_points    (KonkursGradingCriterionRow *self,
                                                                          int                         points);
/* The field where the points are typed. */
GtkWidget                   *konkurs_grading_criterion_row_get_field     (KonkursGradingCriterionRow *self);

G_END_DECLS
