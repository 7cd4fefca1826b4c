/* konkurs-stage-texts.h — how the window names the parts of a stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "konkurs-store-stages.h"

G_BEGIN_DECLS

/* "Testing", in the interface language. */
const char *konkurs_stage_get_name           (const KonkursStage *stage);
/* A test or part code as a name: "legislation" is "Legislation",
 * "constitution" "Constitution"; an unknown code is shown as it is. */
const char *konkurs_stage_code_get_label     (const char *code);
/* What the rule of a stage says, in one line: "Tests: Legislation (55
 * questions, pass mark 30)…; at most 5 go on per vacancy; everyone tied at
 * the cut-off goes on". */
char       *konkurs_stage_rule_dup_summary   (const KonkursStageRule *rule);
/* Why a row goes on or not, as a cell starts: "Rank 2 of 5 places"; ""
 * without a decision. */
char       *konkurs_stage_dup_reason         (const KonkursStageDecision *decision);

G_END_DECLS
