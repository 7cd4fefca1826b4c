/* konkurs-admission-decision.h — the decision on an application and its
 * reasons, as the admission protocol prints them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidacy.h"
#include "konkurs-catalog.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

typedef enum {
  KONKURS_ADMISSION_ADMITTED,
  KONKURS_ADMISSION_REFUSED,
  KONKURS_ADMISSION_PENDING,
  KONKURS_ADMISSION_WITHDRAWN,
  KONKURS_ADMISSION_N_DECISIONS
} KonkursAdmissionDecision;

/* What the reasons of the decisions on the applications of one protocol
 * are read with. */
typedef struct _KonkursAdmissionReasons KonkursAdmissionReasons;

KonkursAdmissionReasons *konkurs_admission_reasons_new  (KonkursStore            *store,
                                                         KonkursCatalog          *catalog);
void                     konkurs_admission_reasons_free (KonkursAdmissionReasons *reasons);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursAdmissionReasons, konkurs_admission_reasons_free)

/* Admitted or refused as recorded; otherwise withdrawn, or not decided
 * yet. */
KonkursAdmissionDecision konkurs_admission_decision_of    (KonkursCandidacy        *candidacy);
/* The decision's name in the language of @catalog. */
const char              *konkurs_admission_decision_label (KonkursCatalog          *catalog,
                                                           KonkursAdmissionDecision decision);
/* The reasons of @decision on @candidacy in the language of @reasons'
 * catalogue: for a refusal, the eligibility engine's failures described
 * anew, then the secretary's reason unless it only repeats them (as the
 * store kept them, in the interface language of the day); otherwise the
 * secretary's reason; a dash for none.  NULL when the store fails. */
char                    *konkurs_admission_reasons_of     (KonkursAdmissionReasons *reasons,
                                                           KonkursCandidacy        *candidacy,
                                                           KonkursAdmissionDecision decision,
                                                           GError                 **error);

G_END_DECLS
