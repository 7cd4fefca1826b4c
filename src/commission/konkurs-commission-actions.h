/* konkurs-commission-actions.h — the work behind the Commission area's
 * actions: the dialogs they open and what happens on their answer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store-commission.h"

G_BEGIN_DECLS

/* Copy from an earlier competition: a dialog listing the other
 * competitions that have a commission; the copy is bound to
 * @competition_id. */
void konkurs_commission_copy_from_earlier (GtkWidget    *source,
                                           KonkursStore *store,
                                           gint64        competition_id);
/* Asks, then deletes @meeting; explains first when it has decisions. */
void konkurs_commission_delete_meeting    (GtkWidget            *source,
                                           KonkursStore         *store,
                                           const KonkursMeeting *meeting);
/* Records the decisions of @meeting; when some candidate is not decided
 * (no quorum for that vote, ballots missing) says which, and offers to
 * record the decided ones and leave the rest for a later meeting. */
void konkurs_commission_record_decisions  (GtkWidget            *source,
                                           KonkursStore         *store,
                                           const KonkursMeeting *meeting,
                                           guint                 n_undecided);
/* The name a meeting goes by in a list: "12.03.2026 10:00 · Interview". */
char *konkurs_commission_describe_meeting (const KonkursMeeting *meeting);

G_END_DECLS
