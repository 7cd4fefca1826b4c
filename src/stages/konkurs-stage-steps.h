/* konkurs-stage-steps.h — the path of a competition as a row of steps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-store-stages.h"
#include "konkurs-ui-stages.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_STAGE_STEPS (konkurs_stage_steps_get_type ())
G_DECLARE_FINAL_TYPE (KonkursStageSteps, konkurs_stage_steps, KONKURS, STAGE_STEPS, GtkWidget)

/* One toggle button per stage, in order: its name, state (done, open, not
 * yet, published), dates ("provisional" when they rest on a provisional
 * holiday) and the candidates still in.  The selected stage's button is
 * down.  Arrow keys move between the steps, Enter or Space opens one.
 *
 * Property "selected" (gint64, the stage's id, 0: none).
 * Signal "stage-activated" (gint64 stage_id): a step was pressed. */
GtkWidget *konkurs_stage_steps_new          (void);
/* Shows @stages (of KonkursStage, copied), keeping the selection when the
 * stage is still there; a stage whose publication list was issued
 * (KonkursStage.published) reads "published". */
void       konkurs_stage_steps_set_stages   (KonkursStageSteps *self,
                                             GPtrArray         *stages);
gint64     konkurs_stage_steps_get_selected (KonkursStageSteps *self);
void       konkurs_stage_steps_set_selected (KonkursStageSteps *self,
                                             gint64             stage_id);
/* The button of the stage @stage_id, for tests; NULL when none. */
GtkWidget *konkurs_stage_steps_get_button   (KonkursStageSteps *self,
                                             gint64             stage_id);

G_END_DECLS
