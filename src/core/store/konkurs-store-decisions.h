/* konkurs-store-decisions.h — the eligibility of an application: the
 * engine's verdict and the secretary's decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidacy.h"
#include "konkurs-decision.h"
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
 * here and kept with the decision: its failures with their parameters and
 * the date it referred to.  A decision against it requires a non-blank
 * @reason (INVALID otherwise, konkurs_verdict_check_reason(); the rule is
 * applied here so that no caller can skip it); a decision that agrees may
 * leave @reason blank.  @reason is kept as the secretary's own words,
 * separate from the engine's failures.  The audit log keeps who, when, the
 * engine's verdict with its failures, the decision and the reason. */
gboolean konkurs_store_decide_candidacy (KonkursStore  *self,
                                         gint64         candidacy_id,
                                         gboolean       admitted,
                                         const char    *reason,
                                         GError       **error);

/* What checking many applications in a row reads once: each
 * competition with its rule set and competition date, each vacancy, and
 * the failures of the application checked last, for its decision.  For a
 * run of checks and decisions during which nothing else changes (the
 * demonstration data deciding thousands of applications); free it before
 * a competition, a vacancy, a rule set or a stage changes. */
typedef struct _KonkursEligibilityCache KonkursEligibilityCache;

KonkursEligibilityCache *konkurs_eligibility_cache_new  (void);
void                     konkurs_eligibility_cache_free (KonkursEligibilityCache *cache);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEligibilityCache, konkurs_eligibility_cache_free)

/* konkurs_store_check_candidacy() on the competition date, and
 * konkurs_store_decide_candidacy(), through @cache. */
GPtrArray *konkurs_store_check_candidacy_cached (KonkursStore             *self,
                                                 KonkursEligibilityCache  *cache,
                                                 gint64                    candidacy_id,
                                                 GError                  **error);
gboolean   konkurs_store_decide_candidacy_cached (KonkursStore            *self,
                                                  KonkursEligibilityCache *cache,
                                                  gint64                   candidacy_id,
                                                  gboolean                 admitted,
                                                  const char              *reason,
                                                  GError                 **error);

/* The decision on application @candidacy_id as it was taken, for a
 * document or a view to describe in its own language
 * (konkurs_decision_describe(), konkurs_eligibility_failure_describe()):
 * the engine's failures are the ones found when deciding, whatever the
 * candidate's papers say now.  NOT_FOUND when the application does not
 * exist or has not been decided yet.
 *
 * KonkursCandidacy's "decision-reason" holds the secretary's words alone
 * (for decisions taken before schema version 4, whatever the store wrote
 * there then). */
KonkursDecision *konkurs_store_get_decision (KonkursStore  *self,
                                             gint64         candidacy_id,
                                             GError       **error);

/* The decisions on the @n_ids applications of @candidacy_ids, in their
 * order, each as konkurs_store_get_decision() gives it, read in one
 * statement: a document of many decided rows reads them a page at a
 * time, not one query per row.  NOT_FOUND as konkurs_store_get_decision()
 * when one of them does not exist or is not decided. */
GPtrArray       *konkurs_store_get_decisions (KonkursStore  *self,
                                              const gint64  *candidacy_ids,
                                              guint          n_ids,
                                              GError       **error);

G_END_DECLS
