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
 * secretary and the commission: it names the candidates.  The title with
 * the protocol's number, the competition (state body, procedure, dates),
 * the place and date of the meeting, the members of the commission present
 * and absent and the quorum, the agenda, then one table per vacancy (per
 * chosen sector in a Youth Reserve selection) with, for each application,
 * the candidate's full name, IIN and personal code, the decision
 * (admitted, refused, withdrawn) and its reasons, the counts of each
 * decision, the date and the signature lines of the members present.
 *
 * A final protocol needs every application decided and an issue
 * (KonkursDocumentOptions) whose members make a quorum.  A draft can be
 * printed at any time: it says it is a draft, how many applications are
 * not decided yet, lists the commission's composition without claiming
 * who was present, and never says that the commission decided.
 *
 * The reasons of a decision are what was decided (konkurs_store_get_decisions()):
 * the eligibility engine's failures as recorded when deciding, described
 * in the language of @catalog, then the reason the secretary wrote, as
 * written; a reprint gives the same rows even after the candidate's papers
 * change. */
KonkursDocument *konkurs_admission_protocol_build (KonkursStore                 *store,
                                                   gint64                        competition_id,
                                                   KonkursCatalog               *catalog,
                                                   const KonkursDocumentOptions *options,
                                                   GError                      **error);
/* The applications of @competition_id not decided yet (nor withdrawn). */
gboolean         konkurs_admission_protocol_count_undecided (KonkursStore  *store,
                                                             gint64         competition_id,
                                                             guint         *count,
                                                             GError       **error);

/* Its entry in the list of documents (konkurs-document-registry.h):
 * "admission", naming people. */
extern const KonkursDocumentKind konkurs_admission_protocol_kind;

G_END_DECLS
