/* konkurs-candidacy.h — one application of a candidate to a competition
 *
 * Named "candidacy" so as not to clash with KonkursApplication, the
 * GtkApplication.  One row of the `application` table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Where the application stands in the procedure.  Stored as text codes
 * ("received", "admitted", "rejected", "withdrawn", "eliminated", "passed",
 * "winner", "reserve"); the numbers are not stored. */
typedef enum {
  KONKURS_CANDIDACY_RECEIVED = 0,
  KONKURS_CANDIDACY_ADMITTED,
  KONKURS_CANDIDACY_REJECTED,
  KONKURS_CANDIDACY_WITHDRAWN,
  KONKURS_CANDIDACY_ELIMINATED,
  KONKURS_CANDIDACY_PASSED,
  KONKURS_CANDIDACY_WINNER,
  KONKURS_CANDIDACY_RESERVE,
} KonkursCandidacyStatus;

/* The decision on eligibility ("pending", "eligible", "ineligible").  ANY
 * is for filters only, never a value of a candidacy. */
typedef enum {
  KONKURS_ELIGIBILITY_STATE_ANY        = -1,
  KONKURS_ELIGIBILITY_STATE_PENDING    = 0,
  KONKURS_ELIGIBILITY_STATE_ELIGIBLE   = 1,
  KONKURS_ELIGIBILITY_STATE_INELIGIBLE = 2,
} KonkursEligibilityState;

/* Stable codes as stored; from_code returns FALSE for an unknown code.
 * Labels are untranslated msgids marked with N_(), NULL when unknown. */
const char *konkurs_candidacy_status_to_code     (KonkursCandidacyStatus status);
gboolean    konkurs_candidacy_status_from_code   (const char *code, KonkursCandidacyStatus *out);
const char *konkurs_candidacy_status_get_label   (KonkursCandidacyStatus status);
const char *konkurs_eligibility_state_to_code    (KonkursEligibilityState state);
gboolean    konkurs_eligibility_state_from_code  (const char *code, KonkursEligibilityState *out);
const char *konkurs_eligibility_state_get_label  (KonkursEligibilityState state);

#define KONKURS_TYPE_CANDIDACY (konkurs_candidacy_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCandidacy, konkurs_candidacy, KONKURS, CANDIDACY, GObject)

/* A plain value object, read from the store (applications are created with
 * konkurs_store_apply() and decided with konkurs_store_decide_candidacy(),
 * not by saving this object).  Properties: "id", "candidate-id",
 * "competition-id", "vacancy-id" (gint64; vacancy 0 in a Youth Reserve
 * selection), "sector" (string, the chosen sector of a Youth Reserve
 * application, "" otherwise), "personal-code" (string), "received-on"
 * (GDate, boxed), "status" (int, KonkursCandidacyStatus), "eligibility"
 * (int, KonkursEligibilityState), "decision-reason" (string: the
 * secretary's words; konkurs_store_get_decision() has the whole decision),
 * "decided-by" (string, NULL while pending), "decided-at" (GDateTime, UTC,
 * NULL while pending). */
KonkursCandidacy *konkurs_candidacy_new  (void);

gint64                   konkurs_candidacy_get_id              (KonkursCandidacy *self);
void                     konkurs_candidacy_set_id              (KonkursCandidacy *self, gint64 id);
gint64                   konkurs_candidacy_get_candidate_id    (KonkursCandidacy *self);
void                     konkurs_candidacy_set_candidate_id    (KonkursCandidacy *self, gint64 id);
gint64                   konkurs_candidacy_get_competition_id  (KonkursCandidacy *self);
void                     konkurs_candidacy_set_competition_id  (KonkursCandidacy *self, gint64 id);
gint64                   konkurs_candidacy_get_vacancy_id      (KonkursCandidacy *self);
void                     konkurs_candidacy_set_vacancy_id      (KonkursCandidacy *self, gint64 id);
const char              *konkurs_candidacy_get_sector          (KonkursCandidacy *self);
void                     konkurs_candidacy_set_sector          (KonkursCandidacy *self, const char *sector);
const char              *konkurs_candidacy_get_personal_code   (KonkursCandidacy *self);
void                     konkurs_candidacy_set_personal_code   (KonkursCandidacy *self, const char *code);
/* NULL while unset. */
const GDate             *konkurs_candidacy_get_received_on     (KonkursCandidacy *self);
void                     konkurs_candidacy_set_received_on     (KonkursCandidacy *self, const GDate *date);
KonkursCandidacyStatus   konkurs_candidacy_get_status          (KonkursCandidacy *self);
void                     konkurs_candidacy_set_status          (KonkursCandidacy *self, KonkursCandidacyStatus status);
KonkursEligibilityState  konkurs_candidacy_get_eligibility     (KonkursCandidacy *self);
void                     konkurs_candidacy_set_eligibility     (KonkursCandidacy *self, KonkursEligibilityState state);
const char              *konkurs_candidacy_get_decision_reason (KonkursCandidacy *self);
void                     konkurs_candidacy_set_decision_reason (KonkursCandidacy *self, const char *reason);
const char              *konkurs_candidacy_get_decided_by      (KonkursCandidacy *self);
void                     konkurs_candidacy_set_decided_by      (KonkursCandidacy *self, const char *user);
GDateTime               *konkurs_candidacy_get_decided_at      (KonkursCandidacy *self);
void                     konkurs_candidacy_set_decided_at      (KonkursCandidacy *self, GDateTime *at);

G_END_DECLS
