/* konkurs-candidate-dialog.h — register or edit a candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-edit-dialog.h"
#include "konkurs-store-candidates.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_CANDIDATE_DIALOG (konkurs_candidate_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCandidateDialog, konkurs_candidate_dialog, KONKURS, CANDIDATE_DIALOG, KonkursEditDialog)

/* A modal dialog over @parent.  @candidate NULL registers a new candidate;
 * else a copy of @candidate (read with its education, jobs and
 * certificates) is edited.  Signals: "saved" (KonkursCandidate *) after the
 * store saved it, just before the dialog closes; "open-existing" (gint64
 * id) when the IIN belongs to another candidate and the secretary chose to
 * open that record (the dialog closes). */
KonkursCandidateDialog *konkurs_candidate_dialog_new (GtkWindow        *parent,
                                                      KonkursStore     *store,
                                                      KonkursCandidate *candidate);

G_END_DECLS
