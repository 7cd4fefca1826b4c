/* konkurs-store-results-private.h — what the files of the final results
 * (konkurs-store-results*.c, konkurs-store-reserve.c) share inside the
 * store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidate.h"
#include "konkurs-store-commission-private.h"
#include "konkurs-store-rows-private.h"

G_BEGIN_DECLS

/* Where a competition stands after its last commission stage: who
 * entered it, what the commission decided, the keys of the ranking and
 * the commission's choices at ties.  Read afresh each time: nothing of
 * the ranking is stored. */
typedef struct {
  KonkursCompetition *competition;
  KonkursRuleSet     *rule_set;
  KonkursStage       *stage;       /* the last commission stage; NULL none (made yet) */
  GPtrArray          *rows;        /* of KonkursFinalRow, one per entrant not withdrawn (place not set) */
  GHashTable         *by_id;       /* application id -> its row of @rows */
  GArray             *entries;     /* of KonkursRankingEntry, parallel to @rows */
  GHashTable         *decisions;   /* application id -> KonkursMeetingDecision */
  GArray             *choices;     /* of gint64: the applications the commission chose at ties, in order */
  gboolean            youth_reserve;
} KonkursStanding;

void     konkurs_standing_clear (KonkursStanding *standing);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KonkursStanding, konkurs_standing_clear)

/* Reads @competition_id's standing into @standing (zeroed), the
 * candidates named when @with_names (never for what may be published). */
gboolean konkurs_store_read_standing (KonkursStore *self, gint64 competition_id, gboolean with_names,
                                      KonkursStanding *standing, GError **error);
/* The Youth Reserve's top of @standing (konkurs_ranking_top() with the
 * rule set's places and quotas), @decided or not; of KonkursRankingPlace
 * by rank. */
GArray  *konkurs_standing_rank_top (KonkursStanding *standing, gboolean decided);
/* The same per vacancy (konkurs_ranking_vacancies()) for a civil-service
 * competition, the top for the Youth Reserve. */
GArray  *konkurs_standing_rank     (KonkursStanding *standing, gboolean decided);
/* The row of @standing for @application_id, or NULL. */
KonkursFinalRow *konkurs_standing_find (KonkursStanding *standing, gint64 application_id);
/* Sets the places of @standing's rows from @ranking and sorts @out (of
 * KonkursFinalRow, borrowed from @standing) by rank. */
void     konkurs_standing_place_rows (KonkursStanding *standing, GArray *ranking, GPtrArray *out);

/* INVALID when a row of @rows (of KonkursFinalRow) has no decision or is
 * TIED: "@where: …" names the candidates by code and name. */
gboolean konkurs_final_rows_check_decided (GPtrArray *rows, const char *where, GError **error);

/* konkurs-store-reserve.c: adds the periods of the reserve register of
 * @candidate (its id) as dated "in the reserve" exclusions, for
 * eligibility's "already in the reserve". */
gboolean konkurs_store_add_reserve_periods (KonkursStore *self, KonkursCandidate *candidate, GError **error);

G_END_DECLS
