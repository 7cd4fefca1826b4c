/* test-store-meetings.c — what a meeting records per candidate, through
 * the store: ballots refused by the rules (the secretary, an absent or
 * recused member, a vote where members score, a score off the scale),
 * the rows named and read in a fixed number of queries, the decisions at
 * every boundary (quorum met exactly and one short, a tie and the chair's
 * vote, the deputy chairing, a recusal, the threshold met exactly), a
 * correction of a closed meeting, and --verify naming a vote changed
 * behind the store's back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-commission.h"
#include "konkurs-store-private.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-commission.h"
#include "konkurs-test-util.h"

typedef KonkursTestCandidates Fixture;

/* Members of konkurs_test_interview_new (store, n, 4): 0 chair, 1 deputy,
 * 2–5 members, 6 secretary; 6 vote, 4 make the quorum. */
enum { CHAIR = 0, DEPUTY = 1, MEMBER = 2, SECRETARY = 6 };

static void
cast (KonkursStore               *store,
      const KonkursTestInterview *interview,
      guint                       member,
      guint                       application,
      KonkursBallotKind           kind)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_store_cast_ballot (store, interview->meeting_id, konkurs_test_member (interview, member),
                                            konkurs_test_application (interview, application), kind, 0, NULL, NULL,
                                            &error));
  g_assert_no_error (error);
}

static void
set_absent (KonkursStore               *store,
            const KonkursTestInterview *interview,
            guint                       member)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_store_set_attendance (store, interview->meeting_id, konkurs_test_member (interview, member),
                                               FALSE, NULL, &error));
  g_assert_no_error (error);
}

/* The row of application @application. */
static KonkursMeetingRow *
get_row (KonkursStore               *store,
         const KonkursTestInterview *interview,
         guint                       application)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = konkurs_store_list_meeting_rows (store, interview->meeting_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      KonkursMeetingRow *row = g_ptr_array_index (rows, i);

      if (row->application_id == konkurs_test_application (interview, application))
        return konkurs_meeting_row_copy (row);
    }
  g_assert_not_reached ();
}

static int
count_statements (unsigned  type,
                  void     *counter,
                  void     *statement,
                  void     *sql)
{
  (*(guint *) counter)++;
  return 0;
}

/* The statements konkurs_store_list_meeting_rows() runs for @interview. */
static guint
statements_of_rows (KonkursStore               *store,
                    const KonkursTestInterview *interview)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint n = 0;

  sqlite3_trace_v2 (konkurs_store_get_db (store), SQLITE_TRACE_STMT, count_statements, &n);
  rows = konkurs_store_list_meeting_rows (store, interview->meeting_id, &error);
  sqlite3_trace_v2 (konkurs_store_get_db (store), 0, NULL, NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, interview->codes->len);
  return n;
}

/* Named rows by personal code, a ballot for every member; the queries do
 * not grow with the candidates. */
static void
test_rows (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) few = konkurs_test_interview_new (fixture->store, 2, 4);
  g_autoptr(KonkursTestInterview) many = konkurs_test_interview_new (fixture->store, 9, 4);
  g_autoptr(GPtrArray) rows = konkurs_store_list_meeting_rows (fixture->store, many->meeting_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 9);
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (rows, i);

      g_assert_cmpstr (row->personal_code, ==, g_ptr_array_index (many->codes, i));
      g_assert_nonnull (strstr (row->full_name, "Сейтқалиева Дана"));
      g_assert_cmpint (row->vacancy_id, ==, many->competition->vacancy_id);
      g_assert_cmpstr (row->vacancy_title, !=, "");
      g_assert_cmpuint (row->ballots->len, ==, 7);
      g_assert_cmpint (row->result.outcome, ==, KONKURS_VOTE_PENDING);
      g_assert_false (row->decided);
      g_assert_nonnull (row->explanation);
    }
  g_assert_cmpuint (statements_of_rows (fixture->store, few), ==, statements_of_rows (fixture->store, many));
}

/* The secretary, an absent member, a recused member, a score where
 * members vote: refused with the rule's reason, naming the member. */
static void
test_ballot_refused (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 4);
  gint64 meeting = interview->meeting_id;
  gint64 application = konkurs_test_application (interview, 0);

  g_assert_false (konkurs_store_cast_ballot (fixture->store, meeting, konkurs_test_member (interview, SECRETARY),
                                             application, KONKURS_BALLOT_FOR, 0, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Төлегенов"));
  g_clear_error (&error);

  set_absent (fixture->store, interview, MEMBER);
  g_assert_false (konkurs_store_cast_ballot (fixture->store, meeting, konkurs_test_member (interview, MEMBER),
                                             application, KONKURS_BALLOT_FOR, 0, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (konkurs_store_cast_ballot (fixture->store, meeting, konkurs_test_member (interview, CHAIR),
                                             application, KONKURS_BALLOT_SCORE, 4, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (konkurs_store_set_recusal (fixture->store, meeting, konkurs_test_member (interview, SECRETARY),
                                             application, TRUE, "родственник", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (konkurs_store_set_recusal (fixture->store, meeting, konkurs_test_member (interview, DEPUTY),
                                            application, TRUE, "бывший коллега", &error));
  g_assert_no_error (error);
  g_assert_false (konkurs_store_cast_ballot (fixture->store, meeting, konkurs_test_member (interview, DEPUTY),
                                             application, KONKURS_BALLOT_FOR, 0, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* an application of no meeting's stage */
  g_assert_false (konkurs_store_cast_ballot (fixture->store, meeting, konkurs_test_member (interview, CHAIR),
                                             9999, KONKURS_BALLOT_FOR, 0, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (fixture->store), "SELECT count(*) FROM vote"), ==,
                   0);
}

/* Quorum met exactly decides; one short does not, and recording then
 * names the candidate and writes nothing. */
static void
test_quorum (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 4);
  g_autoptr(KonkursMeetingRow) met = NULL;
  g_autoptr(KonkursMeetingRow) short_one = NULL;
  g_autoptr(KonkursMeeting) meeting = NULL;
  g_autoptr(KonkursMeeting) later = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  guint n = 99;

  /* 4 of 6 present: the chair, members 2, 3, 4 */
  set_absent (fixture->store, interview, DEPUTY);
  set_absent (fixture->store, interview, 5);
  for (guint m = 0; m < 5; m++)
    if (m != DEPUTY)
      cast (fixture->store, interview, m, 0, KONKURS_BALLOT_FOR);
  met = get_row (fixture->store, interview, 0);
  g_assert_cmpint (met->result.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpuint (met->result.quorum.present, ==, 4);
  g_assert_cmpuint (met->result.quorum.required, ==, 4);
  g_assert_cmpuint (met->result.n_for, ==, 4);

  /* one short for the second candidate: member 4 declares a conflict */
  g_assert_true (konkurs_store_set_recusal (fixture->store, interview->meeting_id, konkurs_test_member (interview, 4),
                                            konkurs_test_application (interview, 1), TRUE, "сосед", &error));
  g_assert_no_error (error);
  for (guint m = 0; m < 4; m++)
    if (m != DEPUTY)
      cast (fixture->store, interview, m, 1, KONKURS_BALLOT_FOR);
  short_one = get_row (fixture->store, interview, 1);
  g_assert_cmpint (short_one->result.outcome, ==, KONKURS_VOTE_NO_QUORUM);
  g_assert_cmpuint (short_one->result.n_recused, ==, 1);

  g_assert_false (konkurs_store_record_decisions (fixture->store, interview->meeting_id, FALSE, &n, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, short_one->personal_code));
  g_assert_nonnull (strstr (error->message, "Сейтқалиева"));
  g_clear_error (&error);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (fixture->store),
                                             "SELECT count(*) FROM meeting_decision"), ==, 0);

  /* partial: the decided one is recorded, the meeting stays open */
  g_assert_true (konkurs_store_record_decisions (fixture->store, interview->meeting_id, TRUE, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  meeting = konkurs_store_get_meeting (fixture->store, interview->meeting_id, &error);
  g_assert_null (meeting->closed_at);

  /* a later meeting decides the one left; the first keeps its decision */
  later = konkurs_meeting_new (0, interview->stage_id, &meeting->held_on);
  g_date_add_days (&later->held_on, 1);
  g_assert_true (konkurs_store_save_meeting (fixture->store, later, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_set_recusal (fixture->store, later->id, konkurs_test_member (interview, 4),
                                            konkurs_test_application (interview, 1), TRUE, "сосед", &error));
  for (guint m = 0; m < 6; m++)
    if (m != 4)
      g_assert_true (konkurs_store_cast_ballot (fixture->store, later->id, konkurs_test_member (interview, m),
                                                konkurs_test_application (interview, 1), KONKURS_BALLOT_FOR, 0, NULL,
                                                NULL, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_record_decisions (fixture->store, later->id, FALSE, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  decisions = konkurs_store_list_stage_decisions (fixture->store, interview->stage_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 2);
  konkurs_test_assert_verified (fixture->store);
}

/* 3–3: the chair's vote decides, each way; with the chair absent, the
 * deputy chairs and decides. */
static void
test_tie (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 3, 4);
  g_autoptr(KonkursMeetingRow) chair_for = NULL;
  g_autoptr(KonkursMeetingRow) chair_against = NULL;

  /* the chair and two members for, the deputy and two members against */
  konkurs_test_vote_all (fixture->store, interview, 0, 0);
  cast (fixture->store, interview, DEPUTY, 0, KONKURS_BALLOT_AGAINST);
  cast (fixture->store, interview, 4, 0, KONKURS_BALLOT_AGAINST);
  cast (fixture->store, interview, 5, 0, KONKURS_BALLOT_AGAINST);
  chair_for = get_row (fixture->store, interview, 0);
  g_assert_true (chair_for->result.tie);
  g_assert_cmpuint (chair_for->result.n_for, ==, 3);
  g_assert_cmpint (chair_for->result.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpint (chair_for->result.casting, ==, KONKURS_BALLOT_FOR);
  g_assert_cmpint (chair_for->result.chairing_member_id, ==, konkurs_test_member (interview, CHAIR));

  konkurs_test_vote_all (fixture->store, interview, 1, 3);
  cast (fixture->store, interview, CHAIR, 1, KONKURS_BALLOT_AGAINST);
  cast (fixture->store, interview, 3, 1, KONKURS_BALLOT_FOR);
  chair_against = get_row (fixture->store, interview, 1);
  g_assert_true (chair_against->result.tie);
  g_assert_cmpint (chair_against->result.outcome, ==, KONKURS_VOTE_NOT_RECOMMENDED);
  g_assert_cmpint (chair_against->result.casting, ==, KONKURS_BALLOT_AGAINST);
}

static void
test_deputy_chairs (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 5);
  g_autoptr(KonkursMeetingRow) row = NULL;

  /* 7 voting; the chair away, 6 present: 3–3 with the deputy for */
  set_absent (fixture->store, interview, CHAIR);
  cast (fixture->store, interview, DEPUTY, 0, KONKURS_BALLOT_FOR);
  cast (fixture->store, interview, 2, 0, KONKURS_BALLOT_FOR);
  cast (fixture->store, interview, 3, 0, KONKURS_BALLOT_FOR);
  cast (fixture->store, interview, 4, 0, KONKURS_BALLOT_AGAINST);
  cast (fixture->store, interview, 5, 0, KONKURS_BALLOT_AGAINST);
  cast (fixture->store, interview, 6, 0, KONKURS_BALLOT_AGAINST);
  row = get_row (fixture->store, interview, 0);
  g_assert_cmpint (row->result.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpint (row->result.chairing_role, ==, KONKURS_COMMISSION_DEPUTY_CHAIR);
  g_assert_cmpint (row->result.chairing_member_id, ==, konkurs_test_member (interview, DEPUTY));
}

/* A recusal after the member voted removes the ballot: quorum and
 * majority are counted again without the member. */
static void
test_recusal_recounts (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 4);
  g_autoptr(KonkursMeetingRow) before = NULL;
  g_autoptr(KonkursMeetingRow) after = NULL;
  const KonkursMemberBallot *ballot;

  /* 4 for, 2 against: recommended */
  konkurs_test_vote_all (fixture->store, interview, 0, 2);
  before = get_row (fixture->store, interview, 0);
  g_assert_cmpint (before->result.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpuint (before->result.n_for, ==, 4);
  /* member 3 (for) declares a conflict: 3 for, 2 against of 5 */
  g_assert_true (konkurs_store_set_recusal (fixture->store, interview->meeting_id, konkurs_test_member (interview, 3),
                                            konkurs_test_application (interview, 0), TRUE, "родственник", &error));
  g_assert_no_error (error);
  after = get_row (fixture->store, interview, 0);
  g_assert_cmpuint (after->result.quorum.voting, ==, 5);
  g_assert_cmpuint (after->result.n_recused, ==, 1);
  g_assert_cmpuint (after->result.n_for, ==, 3);
  g_assert_cmpint (after->result.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  ballot = konkurs_meeting_row_find_ballot (after, konkurs_test_member (interview, 3));
  g_assert_true (ballot->ballot.recused);
  g_assert_cmpint (ballot->ballot.ballot, ==, KONKURS_BALLOT_NONE);
  g_assert_cmpstr (ballot->recusal_reason, ==, "родственник");
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (fixture->store),
                                             "SELECT count(*) FROM audit_log WHERE table_name = 'vote' "
                                             "AND action = 'delete'"), ==, 1);
  konkurs_test_assert_verified (fixture->store);
}

/* Where members score: the mean exactly at the threshold recommends. */
static void
test_threshold (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 1);
  g_autoptr(KonkursMeetingRow) exactly = NULL;
  g_autoptr(KonkursMeetingRow) below = NULL;
  g_autoptr(KonkursMeeting) meeting = NULL;
  static const int at[] = { 4, 3, 5 };    /* mean 4.00 */
  static const int under[] = { 4, 3, 4 }; /* mean 3.67 */

  /* a rule set where the interview is scored on 5, 4 to pass */
  konkurs_test_exec (konkurs_store_get_db (fixture->store),
                     "UPDATE competition_stage SET rules = json_set (rules, '$[0].score', 'members-mean', "
                     "'$[0].max_score', 5, '$[0].threshold', 4) WHERE kind = 'interview'");
  meeting = konkurs_store_get_meeting (fixture->store, interview->meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (meeting->mode, ==, KONKURS_VOTE_MODE_SCORES);
  g_assert_cmpint (meeting->max_score, ==, 5);
  g_assert_cmpint (meeting->threshold, ==, 4);
  for (guint m = 0; m < 3; m++)
    {
      g_assert_true (konkurs_store_cast_ballot (fixture->store, interview->meeting_id, konkurs_test_member (interview, m),
                                                konkurs_test_application (interview, 0), KONKURS_BALLOT_SCORE, at[m],
                                                NULL, NULL, &error));
      g_assert_true (konkurs_store_cast_ballot (fixture->store, interview->meeting_id, konkurs_test_member (interview, m),
                                                konkurs_test_application (interview, 1), KONKURS_BALLOT_SCORE,
                                                under[m], m == 2 ? "Кандидат жақсы жауап берді" : NULL, NULL,
                                                &error));
      g_assert_no_error (error);
    }
  g_assert_false (konkurs_store_cast_ballot (fixture->store, interview->meeting_id, konkurs_test_member (interview, 0),
                                             konkurs_test_application (interview, 0), KONKURS_BALLOT_SCORE, 6, NULL,
                                             NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  exactly = get_row (fixture->store, interview, 0);
  g_assert_cmpint (exactly->result.mean, ==, 400);
  g_assert_cmpint (exactly->result.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  below = get_row (fixture->store, interview, 1);
  g_assert_cmpint (below->result.mean, ==, 367);
  g_assert_cmpint (below->result.outcome, ==, KONKURS_VOTE_NOT_RECOMMENDED);
  g_assert_cmpstr (konkurs_meeting_row_find_ballot (below, konkurs_test_member (interview, 2))->dissent, ==,
                   "Кандидат жақсы жауап берді");
}

/* Recorded: the meeting closes, a ballot then needs a reason, and with
 * one the decision is decided again and recorded; the stage's decisions
 * are the latest.  A vote changed by SQL is named by --verify. */
static void
test_record_and_correct (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 4);
  g_autoptr(KonkursMeeting) meeting = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) corrected = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  const KonkursMeetingDecision *d;
  guint n = 0;

  konkurs_test_vote_all (fixture->store, interview, 0, 2);   /* 4–2 */
  konkurs_test_vote_all (fixture->store, interview, 1, 4);   /* 2–4 */
  g_assert_true (konkurs_store_record_decisions (fixture->store, interview->meeting_id, FALSE, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  meeting = konkurs_store_get_meeting (fixture->store, interview->meeting_id, &error);
  g_assert_nonnull (meeting->closed_at);
  decisions = konkurs_store_list_stage_decisions (fixture->store, interview->stage_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 2);
  d = g_ptr_array_index (decisions, 0);
  g_assert_cmpint (d->application_id, ==, MIN (konkurs_test_application (interview, 0),
                                               konkurs_test_application (interview, 1)));
  for (guint i = 0; i < decisions->len; i++)
    {
      d = g_ptr_array_index (decisions, i);
      g_assert_cmpint (d->outcome, ==, d->application_id == konkurs_test_application (interview, 0)
                                       ? KONKURS_VOTE_RECOMMENDED : KONKURS_VOTE_NOT_RECOMMENDED);
      g_assert_cmpint (d->result.outcome, ==, d->outcome);
      g_assert_cmpuint (d->result.n_for + d->result.n_against, ==, 6);
      g_assert_cmpint (d->result.mode, ==, KONKURS_VOTE_MODE_VOTES);
    }

  /* a change to a closed meeting needs a reason */
  g_assert_false (konkurs_store_cast_ballot (fixture->store, interview->meeting_id, konkurs_test_member (interview, 2),
                                             konkurs_test_application (interview, 1), KONKURS_BALLOT_AGAINST, 0, NULL,
                                             NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED);
  g_clear_error (&error);
  g_assert_false (konkurs_store_set_attendance (fixture->store, interview->meeting_id,
                                                konkurs_test_member (interview, 2), FALSE, "  ", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED);
  g_clear_error (&error);
  /* a correction: two of those against were for (4–2 now) */
  for (guint m = 4; m < 6; m++)
    {
      g_assert_true (konkurs_store_cast_ballot (fixture->store, interview->meeting_id, konkurs_test_member (interview, m),
                                                konkurs_test_application (interview, 1), KONKURS_BALLOT_FOR, 0, NULL,
                                                "Протоколдағы қате түзетілді", &error));
      g_assert_no_error (error);
    }
  corrected = konkurs_store_list_stage_decisions (fixture->store, interview->stage_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < corrected->len; i++)
    {
      d = g_ptr_array_index (corrected, i);
      g_assert_cmpint (d->outcome, ==, KONKURS_VOTE_RECOMMENDED);
      if (d->application_id == konkurs_test_application (interview, 1))
        {
          g_assert_cmpstr (d->reason, ==, "Протоколдағы қате түзетілді");
          g_assert_cmpuint (d->result.n_for, ==, 4);
        }
    }
  /* a correction that would leave a decided candidate undecided is refused */
  g_assert_false (konkurs_store_cast_ballot (fixture->store, interview->meeting_id, konkurs_test_member (interview, 2),
                                             konkurs_test_application (interview, 1), KONKURS_BALLOT_NONE, 0, NULL,
                                             "қате", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (konkurs_store_delete_meeting (fixture->store, interview->meeting_id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_clear_error (&error);
  konkurs_test_assert_verified (fixture->store);

  konkurs_test_exec (konkurs_store_get_db (fixture->store),
                     "UPDATE vote SET ballot = 'against' WHERE id = (SELECT min(id) FROM vote WHERE ballot = 'for')");
  report = konkurs_store_verify (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_ROW);
  g_assert_cmpstr (report->table, ==, "vote");
}

static const KonkursStageRow *
stage_row_of (GPtrArray *rows,
              gint64     application_id)
{
  for (guint i = 0; i < rows->len; i++)
    if (((KonkursStageRow *) g_ptr_array_index (rows, i))->application_id == application_id)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

/* The interview's rows follow the decisions: the share of votes for, the
 * recommended going on; the stage closes on them, and a correction of the
 * meeting afterwards decides the closed stage again. */
static void
test_stage_rows (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 3, 4);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) closed = NULL;
  g_autoptr(GPtrArray) corrected = NULL;
  g_autofree char *reason = NULL;
  const KonkursStageRow *row;

  konkurs_test_vote_all (fixture->store, interview, 0, 2);   /* 4–2 */
  konkurs_test_vote_all (fixture->store, interview, 1, 4);   /* 2–4 */
  before = konkurs_store_list_stage_rows (fixture->store, interview->stage_id, &error);
  g_assert_no_error (error);
  g_assert_false (stage_row_of (before, konkurs_test_application (interview, 0))->has_result);
  g_assert_true (konkurs_store_record_decisions (fixture->store, interview->meeting_id, TRUE, NULL, &error));
  g_assert_no_error (error);

  rows = konkurs_store_list_stage_rows (fixture->store, interview->stage_id, &error);
  g_assert_no_error (error);
  row = stage_row_of (rows, konkurs_test_application (interview, 0));
  g_assert_true (row->has_result);
  g_assert_cmpint (row->score, ==, 6667);   /* 4 of 6: 66.67% */
  g_assert_cmpint (row->decision->outcome, ==, KONKURS_STAGE_OUTCOME_GOES_ON);
  g_assert_cmpint (row->decision->reason, ==, KONKURS_STAGE_REASON_RECOMMENDED);
  reason = konkurs_stage_decision_describe (row->decision, NULL);
  g_assert_cmpstr (reason, ==, "recommended by the commission");
  row = stage_row_of (rows, konkurs_test_application (interview, 1));
  g_assert_cmpint (row->score, ==, 3333);
  g_assert_cmpint (row->decision->outcome, ==, KONKURS_STAGE_OUTCOME_STAYS_OUT);
  g_assert_cmpint (row->decision->reason, ==, KONKURS_STAGE_REASON_NOT_RECOMMENDED);
  row = stage_row_of (rows, konkurs_test_application (interview, 2));
  g_assert_false (row->has_result);
  g_assert_cmpint (row->decision->outcome, ==, KONKURS_STAGE_OUTCOME_PENDING);

  /* the third is missing: the stage says so, or closes with them out */
  g_assert_false (konkurs_store_close_stage (fixture->store, interview->stage_id, FALSE, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1 candidate has no decision of the commission"));
  g_clear_error (&error);
  g_assert_true (konkurs_store_close_stage (fixture->store, interview->stage_id, TRUE, &error));
  g_assert_no_error (error);
  closed = konkurs_store_list_stage_rows (fixture->store, interview->stage_id, &error);
  g_assert_cmpint (stage_row_of (closed, konkurs_test_application (interview, 0))->decision->outcome, ==,
                   KONKURS_STAGE_OUTCOME_GOES_ON);

  /* two against were for after all: the second goes on too */
  for (guint m = 4; m < 6; m++)
    {
      g_assert_true (konkurs_store_cast_ballot (fixture->store, interview->meeting_id, konkurs_test_member (interview, m),
                                                konkurs_test_application (interview, 1), KONKURS_BALLOT_FOR, 0, NULL,
                                                "Санақтағы қате", &error));
      g_assert_no_error (error);
    }
  corrected = konkurs_store_list_stage_rows (fixture->store, interview->stage_id, &error);
  g_assert_no_error (error);
  row = stage_row_of (corrected, konkurs_test_application (interview, 1));
  g_assert_cmpint (row->decision->outcome, ==, KONKURS_STAGE_OUTCOME_GOES_ON);
  g_assert_cmpint (row->decision->reason, ==, KONKURS_STAGE_REASON_RECOMMENDED);
  konkurs_test_assert_verified (fixture->store);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store-meetings/" path, Fixture, NULL, konkurs_test_candidates_set_up, func, \
              konkurs_test_candidates_tear_down)
  ADD ("rows", test_rows);
  ADD ("ballot-refused", test_ballot_refused);
  ADD ("quorum", test_quorum);
  ADD ("tie", test_tie);
  ADD ("deputy-chairs", test_deputy_chairs);
  ADD ("recusal-recounts", test_recusal_recounts);
  ADD ("threshold", test_threshold);
  ADD ("record-and-correct", test_record_and_correct);
  ADD ("stage-rows", test_stage_rows);
#undef ADD
  return g_test_run ();
}
