/* konkurs-store-decisions.h — the eligibility of an application: the
 * engine's verdict and the secretary's decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidacy.h"
#include "konkurs-eligibility.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* Runs the eligibility engine on the application against its competition's
 * rule set, on @on, or (NULL) on the competition date: the start of the
 * first stage after the documents stage when the competition has stages
 * with dates, else the document deadline, else the announcement date.
 * Returns the failures (KonkursEligibilityFailure, empty when eligible). */
GPtrArray *konkurs_store_check_candidacy (KonkursStore  *self,
                                          gint64         candidacy_id,
                                          const GDate   *on,
                                          GError       **error);

/* The secretary's decision on eligibility: admitted sets eligibility
 * "eligible" and status "admitted", refused "ineligible" and "rejected";
 * decided_by is the user name, decided_at now.  The engine's verdict
 * (konkurs_store_check_candidacy() on the competition date) is computed
 * here, and a decision against it requires a non-blank @reason (INVALID
 * otherwise; the rule lives here so that no caller can skip it).  A
 * refusal that agrees with the engine may leave @reason blank: the engine's
 * reasons are then stored, in the interface language.  The audit log keeps
 * who, when, the engine's verdict with its failure codes, the decision and
 * the reason. */
gboolean konkurs_store_decide_candidacy (KonkursStore  *self,
                                         gint64         candidacy_id,
                                         gboolean       admitted,
                                         const char    *reason,
                                         GError       **error);

G_END_DECLS
