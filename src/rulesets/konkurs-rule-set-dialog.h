/* konkurs-rule-set-dialog.h — editing a rule set no competition is bound
 * to: its names, the order it comes from, its dates per scope and values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-edit-dialog.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_RULE_SET_DIALOG (konkurs_rule_set_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursRuleSetDialog, konkurs_rule_set_dialog, KONKURS, RULE_SET_DIALOG, KonkursEditDialog)

/* Edits @rule_set (a copy is edited); emits "saved" once the store took
 * it.  The store refuses a rule set a competition is bound to, and dates
 * that overlap another rule set's for the same competitions, saying which. */
KonkursRuleSetDialog *konkurs_rule_set_dialog_new (GtkWindow      *parent,
                                                   KonkursStore   *store,
                                                   KonkursRuleSet *rule_set);

G_END_DECLS
