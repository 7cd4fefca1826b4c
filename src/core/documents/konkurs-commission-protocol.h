/* konkurs-commission-protocol.h — the protocol of a commission's meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-document-registry.h"

G_BEGIN_DECLS

/* The protocol of meeting @meeting_id (KONKURS_DOCUMENT_SCOPE_MEETING), in
 * the official shape: the state body, the title, the date, time and place;
 * the members present and absent with their roles (the deputy chairing
 * when the chair is absent); the observers; the quorum statement; the
 * agenda; per candidate (named: the commission's protocol) each member's
 * vote or score, the recusals, the decision with its explanation
 * (konkurs_vote_result_explain()); the dissenting opinions; the winners
 * and reserve (or the failed vacancy) where the meeting decides the
 * competition; the recording's name and SHA-256; signature lines for
 * every member present and the secretary, kept together on one page.
 * Final only once the meeting's decisions are recorded
 * (KONKURS_DOCUMENT_ERROR_UNDECIDED otherwise), and only with the quorum
 * (KONKURS_DOCUMENT_ERROR_NO_QUORUM). */
KonkursDocument *konkurs_commission_protocol_build (KonkursStore                 *store,
                                                    gint64                        meeting_id,
                                                    KonkursCatalog               *catalog,
                                                    const KonkursDocumentOptions *options,
                                                    GError                      **error);

/* "commission", names people, signed by the commission. */
extern const KonkursDocumentKind konkurs_commission_protocol_kind;

G_END_DECLS
