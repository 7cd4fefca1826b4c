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

/* A modal dialog over @parent for @candidate.  The secretary picks a
 * competition (@competition_id preselected when not 0; each told apart by
 * its state body, procedure and dates), then a vacancy of a civil-service
 * competition (by position, category and seats) or a sector of a Youth
 * Reserve selection, and the date the documents were received (today by
 * default; a date after the competition's deadline is warned about but may
 * be recorded, one after today may not).  After konkurs_store_apply() the
 * dialog shows the personal code and stays open until closed: the code can
 * be copied (apply.copy-code) and a receipt printed or saved as PDF
 * (apply.print-receipt, apply.save-receipt) in the language chosen for it,
 * the interface language by default.
 *
 * Signals: "applied" (KonkursCandidacy *); "add-toast" (AdwToast *), shown
 * in the dialog itself, when a receipt was saved. */
KonkursApplyDialog *konkurs_apply_dialog_new (GtkWindow        *parent,
                                              KonkursStore     *store,
                                              KonkursCandidate *candidate,
                                              gint64            competition_id);

/* The application recorded, or NULL before. */
KonkursCandidacy   *konkurs_apply_dialog_get_candidacy        (KonkursApplyDialog *self);
/* "kk" or "ru": the language the receipt is printed in. */
const char         *konkurs_apply_dialog_get_receipt_language (KonkursApplyDialog *self);

G_END_DECLS
