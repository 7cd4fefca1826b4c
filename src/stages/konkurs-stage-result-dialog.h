/* konkurs-stage-result-dialog.h — the result of one application in a
 * stage, by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-edit-dialog.h"
#include "konkurs-store-stages.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_STAGE_RESULT_DIALOG (konkurs_stage_result_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursStageResultDialog, konkurs_stage_result_dialog, KONKURS, STAGE_RESULT_DIALOG,
                      KonkursEditDialog)

/* The fields follow the stage's kind: a testing stage asks per test of
 * the rule the correct answers (and per part, where the rule has parts),
 * whether the candidate sat it, and the date, and lists the attempts so
 * far; a practical task asks each voting member of the default commission
 * for a score; an assessment centre asks per competency the score and its
 * assessor, the supervisor and the interview rating.  A closed stage asks
 * for the reason of the correction.  NULL for a stage whose results are
 * not entered here.  Signal "saved". */
GtkWindow *konkurs_stage_result_dialog_new (GtkWindow             *parent,
                                            KonkursStore          *store,
                                            const KonkursStage    *stage,
                                            const KonkursStageRow *row);

G_END_DECLS
