/* konkurs-stage-rules-dialog.h — editing the numbers of the stages of one
 * track of a rule set no competition is bound to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-edit-dialog.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_STAGE_RULES_DIALOG (konkurs_stage_rules_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursStageRulesDialog, konkurs_stage_rules_dialog, KONKURS, STAGE_RULES_DIALOG,
                      KonkursEditDialog)

/* Edits the stages of @track of @rule_set: per stage its threshold, places,
 * tie and sole-applicant rules, maximum, duration and assessment-centre
 * weights, per test its pass mark and per part its minimum.  Stages are
 * neither added nor removed; their order and kinds stay.  Emits "saved"
 * once konkurs_store_save_stage_rules() took them (it refuses a bound
 * rule set). */
KonkursStageRulesDialog *konkurs_stage_rules_dialog_new (GtkWindow      *parent,
                                                         KonkursStore   *store,
                                                         KonkursRuleSet *rule_set,
                                                         KonkursTrack    track);

G_END_DECLS
