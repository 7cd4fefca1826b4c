/* konkurs-apply-dialog.h — record that a candidate applied, and show the
 * application's personal code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-edit-dialog.h"
#include "konkurs-store-candidates.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_APPLY_DIALOG (konkurs_apply_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursApplyDialog, konkurs_apply_dialog, KONKURS, APPLY_DIALOG, KonkursEditDialog)

/* A modal dialog over @parent for candidate @candidate_id.  The secretary
 * picks a competition (@competition_id preselected when not 0), then a
 * vacancy of a civil-service competition or a sector of a Youth Reserve
 * selection, and the date the documents were received (today by default).
 * After konkurs_store_apply() the dialog shows the personal code and stays
 * open until closed.  Signals: "applied" (KonkursCandidacy *). */
KonkursApplyDialog *konkurs_apply_dialog_new (GtkWindow        *parent,
                                              KonkursStore     *store,
                                              KonkursCandidate *candidate,
                                              gint64            competition_id);

G_END_DECLS
