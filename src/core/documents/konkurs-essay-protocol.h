/* konkurs-essay-protocol.h — the protocol of the essays for the commission
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-document-registry.h"

G_BEGIN_DECLS

/* The protocol of essay stage @stage_id (KONKURS_DOCUMENT_SCOPE_STAGE): how
 * the essays are graded (the rule in words) and who goes on (the stage's
 * rule), then by personal code each grader's total with the grader named
 * (experts and members are not the candidates), the essay's score, the
 * spread and how an essay over it was resolved (a fourth grader, or the
 * chair with the reason), the outcome; the agreement between the graders
 * (Krippendorff's alpha with the essays behind it) overall and per
 * sector; the totals; and the signatures of the graders and the
 * secretary.  Names of the writers appear beside their codes only once
 * the stage's identities are unsealed (konkurs_store_unseal_essays()).
 * Final only once the stage is closed; before that a draft.  Refused for
 * a stage that is not an essay stage. */
KonkursDocument *konkurs_essay_protocol_build (KonkursStore                 *store,
                                               gint64                        stage_id,
                                               KonkursCatalog               *catalog,
                                               const KonkursDocumentOptions *options,
                                               GError                      **error);

/* "essays", names people once unsealed. */
extern const KonkursDocumentKind konkurs_essay_protocol_kind;

G_END_DECLS
