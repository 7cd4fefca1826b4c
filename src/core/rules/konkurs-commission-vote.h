/* konkurs-commission-vote.h — when a commission's vote on one candidate
 * is valid, and what it decides
 *
 * The rules of a valid decision, applied alike by the window (live, as
 * the votes arrive), the store (when a decision is recorded) and the
 * import of a meeting file, so that they never disagree:
 *
 *  - Only voting members count: the secretary keeps the protocol and has
 *    no vote (konkurs_commission_role_votes()).
 *  - A member who declared a conflict of interest for the candidate
 *    (recused) takes no part in that candidate's vote, and is counted
 *    neither in the quorum nor in the majority: the quorum of that vote is
 *    the rule set's fraction (two thirds by default, rounded up) of the
 *    voting members who may vote on it, and of them enough must be
 *    present.
 *  - The vote of one candidate is decided once every present voting
 *    member who may vote has a ballot: for, against or abstain (a vote),
 *    or a score (a scoring stage).
 *  - Votes: recommended when more than half of the present members who
 *    may vote voted for; abstentions count as not for.  When as many
 *    voted for as against (a tie), the chairing member's vote decides:
 *    the chair, or the deputy chair when the chair is absent or recused
 *    (then the deputy chairs); a tie where the chairing member abstained,
 *    or where nobody chairs, is not a majority: not recommended.
 *  - Scores: the candidate's score is the mean of the present members'
 *    scores (centi-points, rounded half up), recommended when it reaches
 *    the stage's threshold (equal is enough); no casting vote.
 *
 * Pure: no store, no GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-calendar.h"
#include "konkurs-catalog.h"
#include "konkurs-commission.h"

G_BEGIN_DECLS

/* A member's ballot on one candidate.  Stored as codes, never renumber. */
typedef enum {
  KONKURS_BALLOT_NONE    = 0,  /* not cast yet */
  KONKURS_BALLOT_FOR     = 1,  /* "for" */
  KONKURS_BALLOT_AGAINST = 2,  /* "against" */
  KONKURS_BALLOT_ABSTAIN = 3,  /* "abstain" */
  KONKURS_BALLOT_SCORE   = 4,  /* "score": a score on the stage's scale */
} KonkursBallotKind;

const char *konkurs_ballot_kind_to_code   (KonkursBallotKind kind);
gboolean    konkurs_ballot_kind_from_code (const char *code, KonkursBallotKind *out);
/* "For", "Against", "Abstained", an N_() msgid; NULL for NONE and SCORE. */
const char *konkurs_ballot_kind_get_label (KonkursBallotKind kind);

/* How a stage's commission decides: by votes, or by the mean of scores. */
typedef enum {
  KONKURS_VOTE_MODE_VOTES  = 1,
  KONKURS_VOTE_MODE_SCORES = 2,
} KonkursVoteMode;

/* One member of the commission as the vote on one candidate sees it. */
typedef struct {
  gint64                 member_id;
  KonkursCommissionRole  role;
  gboolean               present;   /* at the meeting */
  gboolean               recused;   /* declared a conflict with this candidate */
  KonkursBallotKind      ballot;    /* NONE when not cast */
  int                    score;     /* points, when ballot is SCORE */
} KonkursBallot;

typedef enum {
  KONKURS_VOTE_PENDING         = 0,  /* ballots are missing */
  KONKURS_VOTE_NO_QUORUM       = 1,  /* too few present members may vote on it */
  KONKURS_VOTE_RECOMMENDED     = 2,
  KONKURS_VOTE_NOT_RECOMMENDED = 3,
} KonkursVoteOutcome;

/* Stored as codes ("pending", "no-quorum", "recommended",
 * "not-recommended"); from_code FALSE for an unknown code. */
const char *konkurs_vote_outcome_to_code   (KonkursVoteOutcome outcome);
gboolean    konkurs_vote_outcome_from_code (const char *code, KonkursVoteOutcome *out);
/* "Recommended", "Not recommended", "No quorum", "Votes missing": N_(). */
const char *konkurs_vote_outcome_get_label (KonkursVoteOutcome outcome);

/* What the rules make of the ballots of one candidate. */
typedef struct {
  KonkursVoteMode     mode;
  KonkursVoteOutcome  outcome;
  KonkursQuorum       quorum;       /* voting = members who may vote (not recused), present of them, required */
  guint               n_recused;    /* voting members recused */
  guint               n_missing;    /* present members who may vote, without a ballot */
  guint               n_for;
  guint               n_against;
  guint               n_abstain;
  guint               n_scores;
  gint64              mean;         /* centi-points, scores mode with every score in; else 0 */
  int                 threshold;    /* points (scores mode), as given */
  gboolean            tie;          /* votes: as many for as against (> 0) */
  gint64              chairing_member_id;  /* who chairs this vote; 0 nobody */
  KonkursCommissionRole chairing_role;     /* CHAIR or DEPUTY_CHAIR; 0 nobody */
  KonkursBallotKind   casting;      /* the chairing member's ballot when it decided a tie; NONE otherwise */
} KonkursVoteResult;

/* Applies the rules above to @ballots (@n_ballots members of the
 * commission: every member, present or not, the secretary included, who
 * is simply not counted).  @quorum_numerator/@quorum_denominator as in
 * konkurs_quorum_compute(); @threshold in points for the scores mode
 * (0: every complete set of scores recommends). */
void  konkurs_vote_decide  (const KonkursBallot *ballots,
                            guint                n_ballots,
                            KonkursVoteMode      mode,
                            int                  threshold,
                            int                  quorum_numerator,
                            int                  quorum_denominator,
                            KonkursVoteResult   *out);

/* The decision in one line, in @catalog's language (NULL: the
 * interface's): "4 for, 2 against, 1 recused: recommended"; "3–3, the
 * chair voted for: recommended"; "3–3, the deputy chair (chairing) voted
 * against: not recommended"; "mean 4.20 of threshold 4.00: recommended";
 * "no quorum: 3 of the 5 members who may vote are present, 4 needed";
 * "2 votes missing". */
char *konkurs_vote_result_explain (const KonkursVoteResult *result,
                                   KonkursCatalog          *catalog);

/* NULL when member @ballot may cast ballot @kind (with @score for SCORE)
 * on a stage of @mode with the scale @max_score (0: unbounded); otherwise
 * why not, an N_() msgid: the secretary has no vote; an absent member
 * cannot vote; a recused member takes no part in this vote; a scoring
 * stage takes scores, a voting stage votes; the score is outside the
 * scale.  The store and the meeting import refuse with it. */
const char *konkurs_ballot_check (const KonkursBallot *member,
                                  KonkursVoteMode      mode,
                                  KonkursBallotKind    kind,
                                  int                  score,
                                  int                  max_score);

/* Who chairs a meeting with those @present (of KonkursCommissionMember):
 * the chair when present, else the deputy chair when present; NULL when
 * neither is (the protocol says so; the meeting may still decide). */
const KonkursCommissionMember *konkurs_commission_find_chairing (GPtrArray *members,
                                                                 GPtrArray *present);

/* TRUE when the commission of @members (of KonkursCommissionMember) has an
 * even number of voting members: allowed, but a tie is then possible and
 * the window warns. */
gboolean konkurs_commission_is_even (GPtrArray *members);

/* Observers (members of Parliament and local councils, accredited media,
 * NGOs, parties) attend an interview without asking or voting.  Stored as
 * codes, never renumber. */
typedef enum {
  KONKURS_OBSERVER_PARLIAMENT    = 1,  /* "parliament" */
  KONKURS_OBSERVER_LOCAL_COUNCIL = 2,  /* "local-council" (maslikhat) */
  KONKURS_OBSERVER_MEDIA         = 3,  /* "media" */
  KONKURS_OBSERVER_NGO           = 4,  /* "ngo" */
  KONKURS_OBSERVER_PARTY         = 5,  /* "party" */
} KonkursObserverKind;

const char *konkurs_observer_kind_to_code   (KonkursObserverKind kind);
gboolean    konkurs_observer_kind_from_code (const char *code, KonkursObserverKind *out);
const char *konkurs_observer_kind_get_label (KonkursObserverKind kind);   /* N_() */

/* Sets *@in_time TRUE when an observer registered on @registered_on may attend a meeting
 * held on @held_on: the registration came at least one working day before
 * the meeting (some working day d with registered_on <= d < held_on, by
 * @calendar).  FALSE with @error when the calendar does not know those
 * days (KONKURS_CALENDAR_ERROR_NO_DATA). */
gboolean konkurs_observer_registered_in_time (KonkursCalendar *calendar,
                                              const GDate     *registered_on,
                                              const GDate     *held_on,
                                              gboolean        *in_time,
                                              GError         **error);

G_END_DECLS
