/* konkurs-admission-decision.h — the decision on an application and its
 * reasons, as the admission protocol prints them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidacy.h"
#include "konkurs-catalog.h"
#include "konkurs-decision.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

typedef enum {
  KONKURS_ADMISSION_ADMITTED,
  KONKURS_ADMISSION_REFUSED,
  KONKURS_ADMISSION_PENDING,
  KONKURS_ADMISSION_WITHDRAWN,
  KONKURS_ADMISSION_N_DECISIONS
} KonkursAdmissionDecision;

/* Admitted or refused as recorded; otherwise withdrawn, or not decided
 * yet. */
KonkursAdmissionDecision konkurs_admission_decision_of    (KonkursCandidacy        *candidacy);
/* The decision's name in the language of @catalog. */
const char              *konkurs_admission_decision_label (KonkursCatalog          *catalog,
                                                           KonkursAdmissionDecision decision);
/* The reasons of @decision on @candidacy in the language of @catalog:
 * for a decided application what was decided, @taken
 * (konkurs_store_get_decisions(): the engine's failures as recorded then,
 * then the secretary's words), so a reprint gives the same rows after the
 * candidate's papers change; otherwise the words the store holds, and
 * @taken may be NULL; a dash for none. */
char                    *konkurs_admission_reasons_of     (KonkursCatalog           *catalog,
                                                           KonkursCandidacy         *candidacy,
                                                           KonkursAdmissionDecision  decision,
                                                           const KonkursDecision    *taken);

G_END_DECLS
