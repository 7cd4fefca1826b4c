/* konkurs-stage-item.h — one row of a stage's results table, as a GObject
 * for the list models of GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-store-stages.h"

G_BEGIN_DECLS

/* What the table filters by. */
typedef enum {
  KONKURS_STAGE_FILTER_ALL,
  KONKURS_STAGE_FILTER_GOES_ON,
  KONKURS_STAGE_FILTER_STAYS_OUT,
  KONKURS_STAGE_FILTER_NO_RESULT,
} KonkursStageFilter;

#define KONKURS_TYPE_STAGE_ITEM (konkurs_stage_item_get_type ())
G_DECLARE_FINAL_TYPE (KonkursStageItem, konkurs_stage_item, KONKURS, STAGE_ITEM, GObject)

/* Takes @row.  @group is what the "Vacancy" column shows (the vacancy's
 * code and title, or "" in a Youth Reserve selection); @attempts the
 * number of attempts of its latest test result (0 or 1: no retake). */
KonkursStageItem      *konkurs_stage_item_new          (KonkursStageRow *row,
                                                        const char      *group,
                                                        int              attempts);
const KonkursStageRow *konkurs_stage_item_get_row      (KonkursStageItem *self);
gint64                 konkurs_stage_item_get_id       (KonkursStageItem *self);
const char            *konkurs_stage_item_get_group    (KonkursStageItem *self);
int                    konkurs_stage_item_get_attempts (KonkursStageItem *self);
KonkursStageOutcome    konkurs_stage_item_get_outcome  (KonkursStageItem *self);
gboolean               konkurs_stage_item_matches      (KonkursStageItem  *self,
                                                        KonkursStageFilter filter);

/* The texts of the table, in the interface language: the result with
 * "attempt 2" after a retake, the score ("—" without one), the outcome
 * ("Goes on", "Stays out", "No result yet") and the engine's reason. */
char                  *konkurs_stage_item_dup_result   (KonkursStageItem *self);
char                  *konkurs_stage_item_dup_score    (KonkursStageItem *self);
const char            *konkurs_stage_item_get_outcome_text (KonkursStageItem *self);
char                  *konkurs_stage_item_dup_reason   (KonkursStageItem *self);

/* The outcome of @decision (NULL: none yet) as the window says it. */
const char            *konkurs_stage_outcome_get_text  (const KonkursStageDecision *decision);

G_END_DECLS
