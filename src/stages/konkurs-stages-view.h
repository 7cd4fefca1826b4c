/* konkurs-stages-view.h — the Stages area: the path of each competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-area.h"
#include "konkurs-stage-page.h"
#include "konkurs-stage-steps.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_STAGES_VIEW (konkurs_stages_view_get_type ())
G_DECLARE_FINAL_TYPE (KonkursStagesView, konkurs_stages_view, KONKURS, STAGES_VIEW, KonkursArea)

/* Shows competition @competition_id with its open stage (or its last,
 * once all are closed); FALSE when there is no such competition. */
gboolean           konkurs_stages_view_show_competition   (KonkursStagesView *self,
                                                           gint64             competition_id);
gint64             konkurs_stages_view_get_competition_id (KonkursStagesView *self);
/* Shows stage @stage_id of the competition shown; FALSE when it has none. */
gboolean           konkurs_stages_view_show_stage         (KonkursStagesView *self,
                                                           gint64             stage_id);
/* Whether the stages and the rows of the stage shown are being read (in
 * a worker): the steps and the page show them once read. */
gboolean           konkurs_stages_view_is_loading         (KonkursStagesView *self);
KonkursStageSteps *konkurs_stages_view_get_steps          (KonkursStagesView *self);
KonkursStagePage  *konkurs_stages_view_get_page           (KonkursStagesView *self);

G_END_DECLS
