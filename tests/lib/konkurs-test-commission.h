/* konkurs-test-commission.h — a competition whose interview stage is
 * open, its own commission and a meeting of it, for the tests of the
 * commission's store, its files and its protocol
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-commission.h"
#include "konkurs-test-stage-results.h"

G_BEGIN_DECLS

typedef struct {
  KonkursTestStageCompetition *competition;
  gint64                       stage_id;       /* the interview, open */
  GPtrArray                   *codes;          /* the personal codes that entered it, sorted */
  GArray                      *applications;   /* their application ids, in the order of @codes */
  gint64                       commission_id;
  /* the commission's members, in order: chair, deputy chair, the
   * members, the secretary (last) */
  GArray                      *members;
  gint64                       meeting_id;     /* a meeting of the interview, every member present */
} KonkursTestInterview;

void konkurs_test_interview_free (KonkursTestInterview *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursTestInterview, konkurs_test_interview_free)

/* A civil-service competition of @n_admitted, its testing and practical
 * task passed by all and closed, the interview open with all of them in
 * it; a commission of a chair, a deputy chair, @n_members members and a
 * secretary bound to it (@n_voting = @n_members + 2 vote); a meeting of
 * the interview on 2 June 2025 at 10:00. */
KonkursTestInterview *konkurs_test_interview_new (KonkursStore *store, guint n_admitted, guint n_members);

/* The id of member @index (konkurs_test_interview_new()'s order). */
gint64 konkurs_test_member (const KonkursTestInterview *self, guint index);
/* The id of application @index (in the order of the codes). */
gint64 konkurs_test_application (const KonkursTestInterview *self, guint index);

/* Casts @kind for every voting member of @self on application @index;
 * the first @n_against of them (from the last voting member back) vote
 * against instead. */
void   konkurs_test_vote_all (KonkursStore *store, const KonkursTestInterview *self, guint index,
                              guint n_against);

/* konkurs_store_verify() finds @store's record whole. */
void   konkurs_test_assert_verified (KonkursStore *store);

G_END_DECLS
