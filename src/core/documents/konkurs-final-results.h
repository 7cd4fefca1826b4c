/* konkurs-final-results.h — the final results of a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-document-registry.h"

G_BEGIN_DECLS

/* The final results of competition @competition_id
 * (KONKURS_DOCUMENT_SCOPE_COMPETITION), from konkurs-store-results.h: per
 * vacancy the winner and the reserve list in order with their results,
 * or "the competition is declared not held" for a failed vacancy, and
 * after the decision the appointment (order number and date) or refusal;
 * for the Youth Reserve the admitted top 50 by sector, with the ties the
 * National Commission decided and how.  Names people; signed by the
 * commission.  Final once every vacancy is decided
 * (KONKURS_DOCUMENT_ERROR_UNDECIDED otherwise). */
KonkursDocument *konkurs_final_results_build (KonkursStore                 *store,
                                              gint64                        competition_id,
                                              KonkursCatalog               *catalog,
                                              const KonkursDocumentOptions *options,
                                              GError                      **error);

/* "final". */
extern const KonkursDocumentKind konkurs_final_results_kind;

G_END_DECLS
