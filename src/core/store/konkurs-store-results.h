/* konkurs-store-results.h — the final results of a competition: winners
 * and reserve lists, failed vacancies, the Youth Reserve's top 50, the
 * commission's choice at a tie, appointments and refusals, and the
 * reserve register
 *
 * The final ranking is konkurs_ranking_vacancies() / konkurs_ranking_top()
 * (konkurs-final-ranking.h) over the commission's recorded decisions
 * (konkurs-store-commission.h) of the competition's last commission stage
 * (interview; the National Commission in the Youth Reserve), the keys
 * being the commission's result (the mean score in centi-points, or the
 * share of votes for in hundredths of a percent) then the stage scores of
 * the rule set's tie-breakers (konkurs_rule_set_get_tie_breakers()).
 * Nothing is stored of the ranking itself but the commission's tie
 * choices, the vacancies' outcomes and the appointments: it is computed
 * again whenever asked, so that a correction is followed everywhere.
 *
 * Every write goes through the record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-final-ranking.h"
#include "konkurs-store-commission.h"

G_BEGIN_DECLS

#define KONKURS_STORE_TABLE_TIE_CHOICE       "tie_choice"
#define KONKURS_STORE_TABLE_VACANCY_OUTCOME  "vacancy_outcome"
#define KONKURS_STORE_TABLE_APPOINTMENT      "appointment"
#define KONKURS_STORE_TABLE_RESERVE_REGISTER "reserve_register"

/* Stored as codes ("filled", "reserve", "failed"). */
typedef enum {
  KONKURS_VACANCY_OUTCOME_PENDING = 0,  /* not decided yet */
  KONKURS_VACANCY_OUTCOME_FILLED  = 1,  /* by its winner */
  KONKURS_VACANCY_OUTCOME_RESERVE = 2,  /* by the next of its reserve list, after a refusal */
  KONKURS_VACANCY_OUTCOME_FAILED  = 3,  /* nobody recommended: the competition declared not held for it */
} KonkursVacancyOutcome;

const char *konkurs_vacancy_outcome_to_code   (KonkursVacancyOutcome outcome);
gboolean    konkurs_vacancy_outcome_from_code (const char *code, KonkursVacancyOutcome *out);
const char *konkurs_vacancy_outcome_get_label (KonkursVacancyOutcome outcome);   /* N_() */

/* Stored as codes ("appointed", "refused"). */
typedef enum {
  KONKURS_APPOINTMENT_NONE      = 0,
  KONKURS_APPOINTMENT_APPOINTED = 1,
  KONKURS_APPOINTMENT_REFUSED   = 2,
} KonkursAppointmentOutcome;

/* One candidate in the final results: named (for the commission and the
 * secretary; the published list is by personal code, konkurs-store-
 * anonymous.c). */
typedef struct {
  gint64                     application_id;
  char                      *personal_code;
  char                      *full_name;
  gint64                     vacancy_id;      /* 0 in the Youth Reserve */
  char                      *sector;          /* Youth Reserve: the code; "" otherwise */
  KonkursVoteOutcome         decision;        /* the commission's: RECOMMENDED, NOT_RECOMMENDED; PENDING none yet */
  gint64                     result;          /* keys[0] of the ranking */
  char                      *result_text;     /* "4.20" or "5 of 7 for" */
  KonkursRankingPlace        place;           /* rank, place, tied places */
  /* after the decision */
  KonkursAppointmentOutcome  appointment;
  char                      *order_number;    /* "" */
  GDate                      order_date;      /* cleared */
  char                      *refusal_reason;  /* "" */
  gboolean                   offered;         /* the position was offered to it after a refusal above it */
} KonkursFinalRow;

#define KONKURS_TYPE_FINAL_ROW (konkurs_final_row_get_type ())
GType            konkurs_final_row_get_type (void) G_GNUC_CONST;
KonkursFinalRow *konkurs_final_row_copy (const KonkursFinalRow *row);
void             konkurs_final_row_free (KonkursFinalRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursFinalRow, konkurs_final_row_free)

/* One vacancy's outcome with its rows. */
typedef struct {
  gint64                 vacancy_id;
  char                  *title;
  KonkursVacancyOutcome  outcome;        /* PENDING until the commission decided every candidate */
  gint64                 holder_id;      /* the application that takes the position now: the winner,
                                          * or the next of the reserve after refusals; 0 none */
  GPtrArray             *rows;           /* of KonkursFinalRow, by rank */
} KonkursVacancyResult;

#define KONKURS_TYPE_VACANCY_RESULT (konkurs_vacancy_result_get_type ())
GType                 konkurs_vacancy_result_get_type (void) G_GNUC_CONST;
KonkursVacancyResult *konkurs_vacancy_result_copy (const KonkursVacancyResult *result);
void                  konkurs_vacancy_result_free (KonkursVacancyResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursVacancyResult, konkurs_vacancy_result_free)

/* The final results of civil-service competition @competition_id, per
 * vacancy (of KonkursVacancyResult, in the vacancies' order).  The ties
 * the commission chose are applied. */
GPtrArray *konkurs_store_list_vacancy_results (KonkursStore *self, gint64 competition_id, GError **error);

/* The Youth Reserve selection @competition_id's top (the rule set's
 * reserve-top, 50, with its sector quotas), of KonkursFinalRow by rank:
 * place WINNER admitted, RESERVE not admitted, TIED for the National
 * Commission to decide (with the places left). */
GPtrArray *konkurs_store_list_reserve_top (KonkursStore *self, gint64 competition_id, GError **error);

/* The commission's choice at a tie, made at meeting @meeting_id:
 * @application_ids (@n of them, in order) take the tied places; INVALID
 * with konkurs_ranking_check_tie_decision()'s reason; recorded with
 * @reason (required: REASON_NEEDED). */
gboolean   konkurs_store_decide_tie (KonkursStore *self, gint64 meeting_id, const gint64 *application_ids,
                                     guint n, const char *reason, GError **error);

/* One choice the commission recorded at a tie (an addition to the
 * contract of issue 11, for the documents and the window). */
typedef struct {
  gint64  meeting_id;
  GDate   held_on;          /* the meeting's */
  gint64  application_id;
  char   *personal_code;
  char   *full_name;
  guint   ordinal;          /* 1-based: the order the commission chose them in */
  char   *reason;
} KonkursTieChoice;

#define KONKURS_TYPE_TIE_CHOICE (konkurs_tie_choice_get_type ())
GType             konkurs_tie_choice_get_type (void) G_GNUC_CONST;
KonkursTieChoice *konkurs_tie_choice_copy (const KonkursTieChoice *choice);
void              konkurs_tie_choice_free (KonkursTieChoice *choice);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursTieChoice, konkurs_tie_choice_free)

/* The choices at ties of @competition_id's meetings (of KonkursTieChoice),
 * by meeting then ordinal. */
GPtrArray *konkurs_store_list_tie_choices (KonkursStore *self, gint64 competition_id, GError **error);

/* Records the vacancies' outcomes of @competition_id from the results
 * (filled, or failed) on @decided_on, recorded: INVALID naming the first
 * vacancy still PENDING or with a tie undecided. */
gboolean   konkurs_store_record_outcomes (KonkursStore *self, gint64 competition_id, const GDate *decided_on,
                                          GError **error);

/* The holder's appointment by order @order_number of @order_date, or his
 * refusal with @reason; recorded.  A refusal offers the position to the
 * next recommended candidate of the vacancy's reserve list (it becomes
 * the holder, the vacancy's outcome RESERVE); when nobody is left the
 * vacancy is failed.  INVALID when @application_id is not the holder, for
 * an appointment without a number or date, a refusal without a reason. */
gboolean   konkurs_store_record_appointment (KonkursStore *self, gint64 application_id,
                                             KonkursAppointmentOutcome outcome, const char *order_number,
                                             const GDate *order_date, const char *reason, GError **error);

/* One entry of the reserve register. */
typedef struct {
  gint64  id;
  gint64  candidate_id;
  gint64  application_id;   /* 0 when entered by hand or the application is gone */
  gint64  competition_id;
  char   *full_name;
  char   *iin;
  char   *sector;
  GDate   admitted_on;
  GDate   term_ends_on;
  GDate   left_on;          /* cleared: still in the reserve (until term_ends_on) */
  char   *left_reason;
} KonkursReserveEntry;

#define KONKURS_TYPE_RESERVE_ENTRY (konkurs_reserve_entry_get_type ())
GType                konkurs_reserve_entry_get_type (void) G_GNUC_CONST;
KonkursReserveEntry *konkurs_reserve_entry_copy (const KonkursReserveEntry *entry);
void                 konkurs_reserve_entry_free (KonkursReserveEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursReserveEntry, konkurs_reserve_entry_free)

/* Enters those admitted to the top of @competition_id into the reserve
 * register on @admitted_on, their term ending after the rule set's
 * reserve-term-years (3): INVALID while a tie is undecided or a decision
 * is missing; entries already there are kept (the count written in
 * *@n_entered, may be NULL).  Recorded. */
gboolean   konkurs_store_enter_reserve (KonkursStore *self, gint64 competition_id, const GDate *admitted_on,
                                        guint *n_entered, GError **error);
/* The register (of KonkursReserveEntry), by admission then name; @on
 * valid: only those in the reserve that day. */
GPtrArray *konkurs_store_list_reserve (KonkursStore *self, const GDate *on, GError **error);
/* Ends @entry_id's term early on @left_on with @reason, recorded. */
gboolean   konkurs_store_leave_reserve (KonkursStore *self, gint64 entry_id, const GDate *left_on,
                                        const char *reason, GError **error);

G_END_DECLS
