/* konkurs-rule-set-copy-dialog.h — copying a rule set under a new code and
 * name, to change its values for new competitions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-edit-dialog.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_RULE_SET_COPY_DIALOG (konkurs_rule_set_copy_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursRuleSetCopyDialog, konkurs_rule_set_copy_dialog, KONKURS, RULE_SET_COPY_DIALOG,
                      KonkursEditDialog)

/* Asks the code and the name of a copy of @rule_set; emits "copied" with
 * the copy (KonkursRuleSet) once the store made it. */
KonkursRuleSetCopyDialog *konkurs_rule_set_copy_dialog_new (GtkWindow      *parent,
                                                            KonkursStore   *store,
                                                            KonkursRuleSet *rule_set);

G_END_DECLS
