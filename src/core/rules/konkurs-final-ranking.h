/* konkurs-final-ranking.h — who wins a vacancy, who forms its reserve,
 * and who of a Youth Reserve selection enters the top 50
 *
 * After the commission's decisions: per vacancy the recommended
 * candidates in the rule set's order (the interview result first, then
 * the earlier stages the rule set names as tie-breakers, each higher
 * first); the first is the winner, the next ones the vacancy's reserve
 * list; a vacancy with nobody recommended is failed ("конкурс признан
 * несостоявшимся").  Candidates the order cannot tell apart for the
 * winner's place are TIED: the commission decides between them and its
 * decision is given back in @decided (below).
 *
 * The Youth Reserve's National Commission admits the best @places
 * recommended candidates overall.  With sector quotas (KonkursSector.
 * quota > 0) each such sector first takes at most its quota of its own
 * best; the places the quotas leave (@places minus the quotas, and the
 * places of a quota its sector cannot fill) go to the best of everyone
 * not admitted yet, sector quotas or not.  Where candidates with equal
 * keys straddle a cut (the 50th place, or a sector's quota) none of them
 * is decided: they are TIED, with the number of places left for them,
 * for the commission to decide.
 *
 * Pure: no store, no GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-catalog.h"

G_BEGIN_DECLS

/* At most this many tie-breaking stage results follow the main result. */
#define KONKURS_RANKING_MAX_KEYS 6

/* One recommended or not recommended candidate, as ranking sees it. */
typedef struct {
  gint64       application_id;
  gint64       group;          /* the vacancy; 0 in a Youth Reserve selection */
  const char  *sector;         /* Youth Reserve: the sector code; NULL otherwise */
  gboolean     recommended;    /* by the commission's decision */
  /* keys[0] the interview (or commission) result, then the tie-breakers
   * in the rule set's order; higher is better; n_keys of them */
  gint64       keys[KONKURS_RANKING_MAX_KEYS];
  guint        n_keys;
} KonkursRankingEntry;

typedef enum {
  KONKURS_PLACE_NONE      = 0,  /* not recommended */
  KONKURS_PLACE_WINNER    = 1,  /* the vacancy's winner; in the Youth Reserve: admitted */
  KONKURS_PLACE_RESERVE   = 2,  /* recommended, on the vacancy's reserve list; Youth Reserve: not admitted */
  KONKURS_PLACE_TIED      = 3,  /* tied at a cut: the commission decides */
} KonkursPlace;

/* Stored as codes ("none", "winner", "reserve", "tied"). */
const char *konkurs_place_to_code   (KonkursPlace place);
gboolean    konkurs_place_from_code (const char *code, KonkursPlace *out);

typedef struct {
  gint64        application_id;
  gint64        group;
  guint         rank;          /* 1-based within the group among the recommended (equal keys share one); 0 not recommended */
  KonkursPlace  place;
  /* the key that told it from the one ranked above (0: the main result,
   * 1…: a tie-breaker; -1 first or equal); for the protocol's "by the
   * essay" */
  int           decided_by_key;
  /* TIED: how many of the tied candidates of its cut may go ahead */
  guint         tied_places;
  const char   *sector;        /* as given */
  /* TIED: which cut (1…), the same for every candidate tied together
   * there; 0 otherwise (added by the rules part: a quota's cut and the
   * 50th place may fall at equal ranks, and the check of a decision needs
   * to tell them apart) */
  guint         cut;
} KonkursRankingPlace;

/* The commission's choices at a tie (KONKURS_PLACE_TIED), as recorded:
 * these applications take the tied places (in order), the other tied ones
 * do not (reserve).  NULL or empty: nothing decided yet. */
typedef struct {
  const gint64 *application_ids;
  guint         n_application_ids;
} KonkursTieDecision;

/* Per group (vacancy) of @entries: the places above, sorted by group then
 * rank then application id (@n_entries of them). */
GArray  *konkurs_ranking_vacancies (const KonkursRankingEntry *entries,
                                    guint                      n_entries,
                                    const KonkursTieDecision  *decided);

/* A sector's quota of places (konkurs_rule_set sectors with quota > 0). */
typedef struct {
  const char *sector;
  guint       quota;
} KonkursSectorQuota;

/* The Youth Reserve's top @places of @entries (group ignored), with the
 * sector quotas of @quotas (may be empty): the places above (WINNER
 * admitted, RESERVE recommended but not admitted, TIED to decide), sorted
 * by rank then application id.  @decided settles ties: of the TIED, those
 * named are admitted up to the tied places; naming more than the places
 * is the caller's error (konkurs_ranking_check_tie_decision()). */
GArray  *konkurs_ranking_top     (const KonkursRankingEntry *entries,
                                  guint                      n_entries,
                                  guint                      places,
                                  const KonkursSectorQuota  *quotas,
                                  guint                      n_quotas,
                                  const KonkursTieDecision  *decided);

/* NULL when @decision may settle the ties of @ranking (of
 * KonkursRankingPlace, as konkurs_ranking_top() or _vacancies() made it
 * without a decision): every application it names is TIED, and no cut
 * receives more than its tied places, nor fewer; otherwise why not, an
 * N_() msgid. */
const char *konkurs_ranking_check_tie_decision (GArray                   *ranking,
                                                const KonkursTieDecision *decision);

G_END_DECLS
