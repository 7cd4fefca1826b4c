/* konkurs-exchange-commission.h — the files of the commission: its
 * members, and a meeting typed on a laptop in the meeting room
 *
 * konkurs_exchange_import_file() reads both by their root:
 *  - <konkurs-commission> (data/konkurs-commission.xsd): one or more
 *    commissions with kind, names in both languages, whom they serve, the
 *    forming order, and members in signing order (role chair,
 *    deputy-chair, member, secretary; names and positions in both
 *    languages); optionally the competitions (by number) each serves.  A
 *    commission of the same name (either language) is updated (members
 *    matched by name), else added.  konkurs_commission_check() refuses a
 *    second chair or secretary, naming the line.
 *  - <konkurs-meeting> (data/konkurs-meeting.xsd): one meeting of a
 *    competition (by number) and stage (by kind code): date, time, place,
 *    the commission's members present (by ordinal and name, checked
 *    against the commission), recusals, and per personal code each
 *    member's vote (for, against, abstain) or score, with dissenting
 *    opinions, optionally the recording's name and SHA-256.  The same
 *    rules as the window (konkurs-commission-vote.h) are applied on
 *    import: a ballot of the secretary, of an absent member or of a
 *    member recused for that candidate, a vote in a scoring stage, a
 *    score off the scale, a code that is not one the meeting decides, or a
 *    decision recorded without quorum, is refused with
 *    "FILE:LINE: element/attribute: reason", and nothing is written.  A
 *    file whose root has decided="true" records the decisions too
 *    (konkurs_store_record_decisions()); a meeting of the same stage,
 *    date and time is replaced only when open.
 * All or nothing, like every import.
 *
 * The whole database's export (version 4) carries commissions, members,
 * meetings and everything hanging from them, the final results and the
 * reserve register, in <konkurs-commissions> (data/konkurs-commissions.xsd),
 * and restores them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-exchange.h"

G_BEGIN_DECLS

/* Writes the meeting @meeting_id as <konkurs-meeting> (named by
 * competition number, stage kind, members by ordinal and name, candidates
 * by personal code), so that it can be taken to a laptop and brought
 * back: what konkurs_exchange_import_file() reads. */
gboolean konkurs_exchange_write_meeting    (KonkursStore *store, gint64 meeting_id, const char *path,
                                            GError **error);
/* Writes commission @commission_id as <konkurs-commission>. */
gboolean konkurs_exchange_write_commission (KonkursStore *store, gint64 commission_id, const char *path,
                                            GError **error);

G_END_DECLS
