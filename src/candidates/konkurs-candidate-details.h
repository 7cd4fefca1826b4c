/* konkurs-candidate-details.h — the details pane of the Candidates area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-candidate.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_CANDIDATE_DETAILS (konkurs_candidate_details_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCandidateDetails, konkurs_candidate_details, KONKURS, CANDIDATE_DETAILS, GtkWidget)

/* One candidate as the store knows them: the name and what the IIN says,
 * each application with its personal code, the automatic verdict and the
 * decision, then the personal details, education, work history and
 * certificates, each certificate valid or expired by the rule set of the
 * competition of the latest application.
 *
 * Labels an end-to-end test may rely on: "Candidate" (the full name),
 * "Verdict", "Personal code"; buttons "Apply…", "Edit Candidate",
 * "Admit", "Refuse".
 * Properties: "store" (KonkursStore), "candidate" (read-only). */
GtkWidget        *konkurs_candidate_details_new           (void);

KonkursStore     *konkurs_candidate_details_get_store     (KonkursCandidateDetails *self);
/* Shows nobody until the next konkurs_candidate_details_show(). */
void              konkurs_candidate_details_set_store     (KonkursCandidateDetails *self,
                                                           KonkursStore            *store);
KonkursCandidate *konkurs_candidate_details_get_candidate (KonkursCandidateDetails *self);
/* Shows @candidate (with education, jobs and certificates, as
 * konkurs_store_get_candidate() reads them), reading the rest from the
 * store, or nobody (NULL).  The same person again keeps the scroll
 * position. */
void              konkurs_candidate_details_show          (KonkursCandidateDetails *self,
                                                           KonkursCandidate        *candidate);

G_END_DECLS
