/* konkurs-decision.h — the secretary's decision on an application's
 * eligibility, as it was taken
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-catalog.h"
#include "konkurs-eligibility.h"

G_BEGIN_DECLS

/* What the store keeps of a decision (konkurs_store_get_decision()): the
 * engine's failures with their parameters, not sentences, so that any
 * document can describe them in its own language, and a reprint says what
 * was decided even after the candidate's papers change. */
typedef struct {
  gint64      candidacy_id;
  gboolean    admitted;        /* FALSE: refused */
  gboolean    against_engine;  /* the engine found otherwise; FALSE when not recorded */
  /* Of KonkursEligibilityFailure: the engine's verdict when the decision
   * was taken, empty when it found the candidate eligible; NULL when not
   * recorded (decisions taken before Konkurs kept them). */
  GPtrArray  *failures;
  GDate       checked_on;      /* the date the verdict referred to; cleared when not recorded */
  char       *reason;          /* the secretary's own words, "" when none; never NULL */
  char       *decided_by;      /* the user name */
  GDateTime  *decided_at;      /* UTC */
} KonkursDecision;

#define KONKURS_TYPE_DECISION (konkurs_decision_get_type ())
GType            konkurs_decision_get_type (void) G_GNUC_CONST;
/* Refused, nothing recorded, reason "". */
KonkursDecision *konkurs_decision_new      (void);
KonkursDecision *konkurs_decision_copy     (const KonkursDecision *decision);
void             konkurs_decision_free     (KonkursDecision *decision);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursDecision, konkurs_decision_free)

/* The reasons, one a line, in the catalogue's language (NULL: the
 * interface language): each recorded failure of the engine described,
 * then the secretary's words as written; "" when there are neither. */
char *konkurs_decision_describe (const KonkursDecision *decision,
                                 KonkursCatalog        *catalog);

/* What was decided, an untranslated msgid marked with N_(): "Admitted",
 * or "Admitted by decision of the secretary, against the automatic check"
 * for a decision the engine would not have taken (and the same of a
 * refusal); the window and the documents say it in their languages. */
const char *konkurs_decision_get_label (const KonkursDecision *decision);

G_END_DECLS
