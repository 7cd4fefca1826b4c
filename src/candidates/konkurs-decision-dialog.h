/* konkurs-decision-dialog.h — the secretary admits or refuses an
 * application, with a reason when going against the automatic check
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-edit-dialog.h"
#include "konkurs-store-candidates.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_DECISION_DIALOG (konkurs_decision_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursDecisionDialog, konkurs_decision_dialog, KONKURS, DECISION_DIALOG, KonkursEditDialog)

/* A modal dialog over @parent that shows the engine's verdict on
 * @candidacy and records the decision (@admitted or not) with
 * konkurs_store_decide_candidacy().  A decision against the engine says so
 * in large type ("Admit Against the Automatic Check") and cannot be taken
 * without the reason (konkurs_verdict_needs_reason()), as the secretary
 * types; the store's refusal is shown under the reason too.  Refusing is a
 * red "Refuse Admission".  @who names the candidate in the heading.
 * Signals: "decided" (no arguments), just before the dialog closes. */
KonkursDecisionDialog *konkurs_decision_dialog_new (GtkWindow        *parent,
                                                    KonkursStore     *store,
                                                    KonkursCandidacy *candidacy,
                                                    gboolean          admitted,
                                                    const char       *who);

/* What the dialog says of a decision against the engine, or NULL. */
const char            *konkurs_decision_dialog_get_warning (KonkursDecisionDialog *self);

G_END_DECLS
