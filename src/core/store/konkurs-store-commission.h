/* konkurs-store-commission.h — commissions, their members, their
 * meetings, and what a meeting decides
 *
 * A commission is a record of its own, serving many competitions
 * (competition.commission_id, or a stage's own: the Youth Reserve's
 * National Commission).  A meeting of a commission belongs to one stage
 * of one competition (interview, expert-commission, national-commission,
 * or a stage whose rule scores by the members' mean); it records who is
 * present, the observers, the recusals, every ballot and, when the
 * secretary records them, the decisions, each by konkurs_vote_decide()
 * (konkurs-commission-vote.h): the window, the store and the meeting
 * import apply the same rules.
 *
 * Every attendance, recusal, ballot, decision and correction is written
 * through the record (konkurs_store_record_row()) in the same operation.
 * A meeting whose decisions are recorded is closed: a change to it then
 * needs a written reason (REASON_NEEDED without one), and its decisions
 * are decided again with the change.
 *
 * The commission sees whom it interviews: KonkursMeetingRow names the
 * candidate.  Nothing here is meant for an evaluator.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-commission-vote.h"
#include "konkurs-store-stages.h"

G_BEGIN_DECLS

/* Table names, as the record and the "changed" signal give them. */
#define KONKURS_STORE_TABLE_COMMISSION       "commission"
#define KONKURS_STORE_TABLE_COMMISSION_MEMBER "commission_member"
#define KONKURS_STORE_TABLE_MEETING          "meeting"
#define KONKURS_STORE_TABLE_ATTENDANCE       "meeting_attendance"
#define KONKURS_STORE_TABLE_OBSERVER         "meeting_observer"
#define KONKURS_STORE_TABLE_RECUSAL          "meeting_recusal"
#define KONKURS_STORE_TABLE_VOTE             "vote"
#define KONKURS_STORE_TABLE_MEETING_DECISION "meeting_decision"

/* Stored as codes ("competition", "expert", "national"). */
typedef enum {
  KONKURS_COMMISSION_KIND_COMPETITION = 1,  /* a competition commission (civil service) */
  KONKURS_COMMISSION_KIND_EXPERT      = 2,  /* the Youth Reserve's expert commission */
  KONKURS_COMMISSION_KIND_NATIONAL    = 3,  /* the National Commission of the Youth Reserve */
} KonkursCommissionKind;

const char *konkurs_commission_kind_to_code   (KonkursCommissionKind kind);
gboolean    konkurs_commission_kind_from_code (const char *code, KonkursCommissionKind *out);
const char *konkurs_commission_kind_get_label (KonkursCommissionKind kind);   /* N_() */

typedef struct {
  gint64                 id;            /* 0 until stored */
  KonkursCommissionKind  kind;
  KonkursLocalText      *name;          /* never NULL */
  KonkursLocalText      *serves;        /* whom it serves; never NULL */
  char                  *order_number;  /* of the order that formed it; "" none */
  GDate                  order_date;    /* cleared: none */
  /* of KonkursCommissionMember, in the order they sign, current members
   * only (those who left are read with konkurs_store_list_commission_members()) */
  GPtrArray             *members;
  guint                  n_competitions;  /* competitions it serves (read only) */
} KonkursCommissionRecord;

#define KONKURS_TYPE_COMMISSION_RECORD (konkurs_commission_record_get_type ())
GType                    konkurs_commission_record_get_type (void) G_GNUC_CONST;
KonkursCommissionRecord *konkurs_commission_record_new      (KonkursCommissionKind kind);
KonkursCommissionRecord *konkurs_commission_record_copy     (const KonkursCommissionRecord *record);
void                     konkurs_commission_record_free     (KonkursCommissionRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursCommissionRecord, konkurs_commission_record_free)

/* Every commission, by name (of KonkursCommissionRecord, with members). */
GPtrArray *konkurs_store_list_commissions (KonkursStore *self, GError **error);
KonkursCommissionRecord *konkurs_store_get_commission (KonkursStore *self, gint64 commission_id,
                                                       GError **error);
/* Creates (id 0) or updates @record with its members, recorded: INVALID
 * with konkurs_commission_check()'s reason or without a name, writing
 * nothing.  A member keeps its id across saves (matched by id); a member
 * no longer listed who attended a meeting is kept as having left
 * (left_on today), otherwise deleted.  Sets the ids. */
gboolean   konkurs_store_save_commission_record (KonkursStore *self, KonkursCommissionRecord *record,
                                                 GError **error);
/* IN_USE when it has meetings. */
gboolean   konkurs_store_delete_commission (KonkursStore *self, gint64 commission_id, GError **error);
/* Every member of @commission_id, those who left too (of
 * KonkursCommissionMember), by ordinal. */
GPtrArray *konkurs_store_list_commission_members (KonkursStore *self, gint64 commission_id,
                                                  GError **error);

/* The commission of @competition_id (0: none yet), and of one stage: the
 * stage's own when set, else the competition's. */
gint64     konkurs_store_get_competition_commission (KonkursStore *self, gint64 competition_id,
                                                     GError **error);
gint64     konkurs_store_get_stage_commission       (KonkursStore *self, gint64 stage_id, GError **error);
/* Binds (0: unbinds), recorded. */
gboolean   konkurs_store_set_competition_commission (KonkursStore *self, gint64 competition_id,
                                                     gint64 commission_id, GError **error);
gboolean   konkurs_store_set_stage_commission       (KonkursStore *self, gint64 stage_id,
                                                     gint64 commission_id, GError **error);
/* "Copy from an earlier competition": a new commission with the members of
 * the commission of @from_competition_id (named as it, "(copy)" added),
 * bound to @to_competition_id; its id in *@commission_id.  NOT_FOUND when
 * the earlier competition has none. */
gboolean   konkurs_store_copy_commission (KonkursStore *self, gint64 from_competition_id,
                                          gint64 to_competition_id, gint64 *commission_id, GError **error);

/* An observer registered for a meeting. */
typedef struct {
  gint64               id;
  char                *full_name;
  char                *organisation;
  KonkursObserverKind  kind;
  GDate                registered_on;
} KonkursObserver;

#define KONKURS_TYPE_OBSERVER (konkurs_observer_get_type ())
GType            konkurs_observer_get_type (void) G_GNUC_CONST;
KonkursObserver *konkurs_observer_new  (const char *full_name, KonkursObserverKind kind,
                                        const GDate *registered_on);
KonkursObserver *konkurs_observer_copy (const KonkursObserver *observer);
void             konkurs_observer_free (KonkursObserver *observer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursObserver, konkurs_observer_free)

typedef struct {
  gint64             id;              /* 0 until stored */
  gint64             commission_id;
  gint64             competition_id;
  gint64             stage_id;
  GDate              held_on;
  char              *starts_at;       /* "HH:MM", "" unknown */
  KonkursLocalText  *place;           /* never NULL */
  KonkursLocalText  *agenda;          /* never NULL; "" the protocol writes the usual agenda */
  char              *recording_name;  /* "" none */
  char              *recording_sha256;/* NULL none */
  char              *closed_at;       /* ISO 8601 UTC; NULL while open */
  char              *closed_by;
  /* read only: */
  KonkursStageKind   stage_kind;
  KonkursVoteMode    mode;            /* from the stage's rule: SCORES when it scores by the members' mean */
  int                max_score;       /* the scale, scores mode */
  int                threshold;       /* points, scores mode */
  int                quorum_numerator;
  int                quorum_denominator;
  GPtrArray         *observers;       /* of KonkursObserver; never NULL */
} KonkursMeeting;

#define KONKURS_TYPE_MEETING (konkurs_meeting_get_type ())
GType           konkurs_meeting_get_type (void) G_GNUC_CONST;
KonkursMeeting *konkurs_meeting_new  (gint64 commission_id, gint64 stage_id, const GDate *held_on);
KonkursMeeting *konkurs_meeting_copy (const KonkursMeeting *meeting);
void            konkurs_meeting_free (KonkursMeeting *meeting);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursMeeting, konkurs_meeting_free)

/* The meetings of @competition_id by date and time (of KonkursMeeting). */
GPtrArray      *konkurs_store_list_meetings (KonkursStore *self, gint64 competition_id, GError **error);
KonkursMeeting *konkurs_store_get_meeting   (KonkursStore *self, gint64 meeting_id, GError **error);
/* Creates (id 0; every current member of the commission attending, as
 * present) or updates the date, time, place, agenda and recording of
 * @meeting, recorded.  INVALID when its stage is not one a commission
 * decides (naming the stage), the stage belongs to another competition,
 * or the time is not HH:MM.  A closed meeting needs @reason. */
gboolean        konkurs_store_save_meeting  (KonkursStore *self, KonkursMeeting *meeting, const char *reason,
                                             GError **error);
/* IN_USE once it has decisions. */
gboolean        konkurs_store_delete_meeting (KonkursStore *self, gint64 meeting_id, GError **error);
/* Links the recording at @path: keeps its base name and SHA-256 (read in
 * full, off the main thread for a long file: it may be cancelled). */
gboolean        konkurs_store_link_recording (KonkursStore *self, gint64 meeting_id, const char *path,
                                              GCancellable *cancellable, GError **error);
/* Adds @observer (sets its id), recorded: INVALID naming the date when it
 * registered less than one working day before the meeting
 * (konkurs_observer_registered_in_time()). */
gboolean        konkurs_store_add_observer    (KonkursStore *self, gint64 meeting_id, KonkursObserver *observer,
                                               GError **error);
gboolean        konkurs_store_remove_observer (KonkursStore *self, gint64 observer_id, GError **error);

/* One member at a meeting. */
typedef struct {
  KonkursCommissionMember *member;   /* with its id */
  gboolean                 present;
} KonkursAttendance;

#define KONKURS_TYPE_ATTENDANCE (konkurs_attendance_get_type ())
GType              konkurs_attendance_get_type (void) G_GNUC_CONST;
KonkursAttendance *konkurs_attendance_copy (const KonkursAttendance *attendance);
void               konkurs_attendance_free (KonkursAttendance *attendance);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursAttendance, konkurs_attendance_free)

/* Every member of the meeting's commission (of KonkursAttendance), in the
 * order they sign. */
GPtrArray *konkurs_store_list_attendance (KonkursStore *self, gint64 meeting_id, GError **error);
/* Marks @member_id present or absent, recorded; an absent member's
 * ballots of the meeting are refused from then on (those cast stay, and
 * no longer count: the decision says so).  A closed meeting needs
 * @reason. */
gboolean   konkurs_store_set_attendance  (KonkursStore *self, gint64 meeting_id, gint64 member_id,
                                          gboolean present, const char *reason, GError **error);
/* The meeting's quorum now (not counting recusals, which are per
 * candidate). */
gboolean   konkurs_store_get_meeting_quorum (KonkursStore *self, gint64 meeting_id, KonkursQuorum *quorum,
                                             GError **error);

/* Declares @member_id's conflict of interest with @application_id
 * (@recused FALSE withdraws it), with @reason, recorded; the member's
 * ballot on it, if any, is removed (recorded).  INVALID for the
 * secretary. */
gboolean   konkurs_store_set_recusal (KonkursStore *self, gint64 meeting_id, gint64 member_id,
                                      gint64 application_id, gboolean recused, const char *reason,
                                      GError **error);

/* Casts @member_id's ballot on @application_id: @kind NONE clears it;
 * INVALID with konkurs_ballot_check()'s reason (the secretary, an absent
 * or recused member, a vote in a scoring stage, a score off the scale).
 * @dissent: the member's dissenting opinion, "" none (NULL keeps it).
 * NOT_FOUND when the application is not one the meeting decides.  A
 * closed meeting needs @reason (a correction: its decision is decided
 * again and recorded). */
gboolean   konkurs_store_cast_ballot (KonkursStore *self, gint64 meeting_id, gint64 member_id,
                                      gint64 application_id, KonkursBallotKind kind, int score,
                                      const char *dissent, const char *reason, GError **error);

/* One member's part in the vote on one candidate. */
typedef struct {
  gint64             member_id;
  KonkursBallot      ballot;       /* role, present, recused, ballot, score */
  char              *dissent;      /* "" none */
  char              *recusal_reason; /* NULL unless recused */
} KonkursMemberBallot;

/* One candidate before the meeting: named (the commission sees whom it
 * interviews), with every member's ballot and what the rules make of them. */
typedef struct {
  gint64             application_id;
  char              *personal_code;
  char              *full_name;         /* the candidate's, in the interface's order */
  gint64             vacancy_id;        /* 0 in the Youth Reserve */
  char              *vacancy_title;     /* "" in the Youth Reserve */
  char              *sector;            /* Youth Reserve: the sector code; "" otherwise */
  GPtrArray         *ballots;           /* of KonkursMemberBallot, in the commission's order */
  KonkursVoteResult  result;            /* live: konkurs_vote_decide() over the ballots now */
  char              *explanation;       /* konkurs_vote_result_explain() in the interface language */
  gboolean           decided;           /* a decision is recorded */
  KonkursVoteOutcome recorded;          /* the recorded one, when decided */
} KonkursMeetingRow;

#define KONKURS_TYPE_MEETING_ROW (konkurs_meeting_row_get_type ())
GType              konkurs_meeting_row_get_type (void) G_GNUC_CONST;
KonkursMeetingRow *konkurs_meeting_row_copy (const KonkursMeetingRow *row);
void               konkurs_meeting_row_free (KonkursMeetingRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursMeetingRow, konkurs_meeting_row_free)
/* The member's ballot in @row, or NULL. */
const KonkursMemberBallot *konkurs_meeting_row_find_ballot (const KonkursMeetingRow *row, gint64 member_id);

/* The candidates the meeting decides: the applications that entered its
 * stage (konkurs_store_list_stage_rows()) and are not withdrawn, by
 * vacancy then personal code (of KonkursMeetingRow).  One query for the
 * ballots of all of them. */
GPtrArray *konkurs_store_list_meeting_rows (KonkursStore *self, gint64 meeting_id, GError **error);

/* Records the decision of every candidate of the meeting whose vote is
 * decided (konkurs_vote_decide() gives RECOMMENDED or NOT_RECOMMENDED),
 * and closes the meeting: INVALID naming the first candidate still
 * PENDING or NO_QUORUM, writing nothing, unless @partial (then those are
 * left for a later meeting and the meeting stays open).  Recorded, one
 * entry per decision.  *@n_decided (may be NULL): how many were written. */
gboolean   konkurs_store_record_decisions (KonkursStore *self, gint64 meeting_id, gboolean partial,
                                           guint *n_decided, GError **error);

/* A recorded decision. */
typedef struct {
  gint64              meeting_id;
  gint64              application_id;
  KonkursVoteOutcome  outcome;
  KonkursVoteResult   result;      /* as it was decided */
  gint64              score;       /* centi-points, scores mode; 0 */
  char               *reason;      /* a correction's reason; "" */
  char               *decided_at;
  char               *decided_by;
} KonkursMeetingDecision;

#define KONKURS_TYPE_MEETING_DECISION (konkurs_meeting_decision_get_type ())
GType                   konkurs_meeting_decision_get_type (void) G_GNUC_CONST;
KonkursMeetingDecision *konkurs_meeting_decision_copy (const KonkursMeetingDecision *decision);
void                    konkurs_meeting_decision_free (KonkursMeetingDecision *decision);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursMeetingDecision, konkurs_meeting_decision_free)

/* The decisions recorded in stage @stage_id's meetings, the latest per
 * application (of KonkursMeetingDecision), by application id. */
GPtrArray *konkurs_store_list_stage_decisions (KonkursStore *self, gint64 stage_id, GError **error);

G_END_DECLS
