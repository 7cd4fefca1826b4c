/* konkurs-admission-protocol.h — the protocol of the review of documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-catalog.h"
#include "konkurs-document-registry.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* The documents-review protocol of competition @competition_id, for the
 * secretary and the commission: it names the candidates.  A header (state
 * body, competition, procedure, date of the decision), then one table per
 * vacancy (per chosen sector in a Youth Reserve selection) with, for each
 * application, the candidate's full name, IIN and personal code, the
 * decision (admitted, refused, not decided yet) and its reasons, the counts
 * of each decision, and signature lines for the chair, the members and the
 * secretary of the commission.
 *
 * The date of the decision is the day (local time) of the latest decision
 * recorded on the competition's applications: the protocol records the
 * decisions, so it carries the day they were taken and printing it again
 * later gives the same document.  Without any decision yet it is the
 * document deadline, and without that, today.
 *
 * The reasons of a decision are what was decided (konkurs_store_get_decision()):
 * the eligibility engine's failures as recorded when deciding, described
 * in the language of @catalog, then the reason the secretary wrote, as
 * written; a reprint gives the same rows even after the candidate's papers
 * change. */
KonkursDocument *konkurs_admission_protocol_build (KonkursStore   *store,
                                                   gint64          competition_id,
                                                   KonkursCatalog *catalog,
                                                   GError        **error);

/* Its entry in the list of documents (konkurs-document-registry.h):
 * "admission", naming people. */
extern const KonkursDocumentKind konkurs_admission_protocol_kind;

G_END_DECLS
