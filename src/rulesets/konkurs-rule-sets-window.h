/* konkurs-rule-sets-window.h — the rule sets of the database: their
 * orders, validity per scope and values; copying one and editing a copy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_RULE_SETS_WINDOW (konkurs_rule_sets_window_get_type ())
G_DECLARE_FINAL_TYPE (KonkursRuleSetsWindow, konkurs_rule_sets_window, KONKURS, RULE_SETS_WINDOW, AdwWindow)

/* The Rule Sets of @store over @parent (may be NULL): the list (name,
 * order, validity per scope, competitions bound), the selected one's
 * stages per track, values, procedures and sectors; "Copy…" and, for a
 * rule set no competition is bound to, "Edit…" and "Edit Stages…".
 * Follows the store's changes. */
KonkursRuleSetsWindow *konkurs_rule_sets_window_new    (GtkWindow             *parent,
                                                        KonkursStore          *store);
/* Selects the rule set of @code; FALSE when there is none. */
gboolean               konkurs_rule_sets_window_select (KonkursRuleSetsWindow *self,
                                                        const char            *code);

G_END_DECLS
