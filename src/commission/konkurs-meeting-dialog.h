/* konkurs-meeting-dialog.h — a meeting of the commission: its stage,
 * date, time, place and agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-edit-dialog.h"
#include "konkurs-store-commission.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_MEETING_DIALOG (konkurs_meeting_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursMeetingDialog, konkurs_meeting_dialog, KONKURS, MEETING_DIALOG, KonkursEditDialog)

/* Edits a copy of @meeting (id 0: a new one) of commission @commission_id,
 * choosing among @stages (of KonkursStage: those a commission decides).
 * A closed meeting asks for the reason of the change on saving.
 * Signal "saved" (gint64 meeting id). */
KonkursMeetingDialog *konkurs_meeting_dialog_new (GtkWindow            *parent,
                                                  KonkursStore         *store,
                                                  const KonkursMeeting *meeting,
                                                  GPtrArray            *stages);
/* Whether @stage is one a commission decides: its members vote, or
 * score and the mean decides. */
gboolean              konkurs_meeting_stage_is_commissions (const KonkursStage *stage);

G_END_DECLS
