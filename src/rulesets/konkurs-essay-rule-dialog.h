/* konkurs-essay-rule-dialog.h — editing how the essays of one track of a
 * rule set no competition is bound to are graded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-edit-dialog.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_ESSAY_RULE_DIALOG (konkurs_essay_rule_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursEssayRuleDialog, konkurs_essay_rule_dialog, KONKURS, ESSAY_RULE_DIALOG,
                      KonkursEditDialog)

/* The dialog for the essay rule of @track of @rule_set (it must have one);
 * emits "saved" once the store took it. */
KonkursEssayRuleDialog *konkurs_essay_rule_dialog_new (GtkWindow      *parent,
                                                       KonkursStore   *store,
                                                       KonkursRuleSet *rule_set,
                                                       KonkursTrack    track);

G_END_DECLS
