/* konkurs-store-ballots.c — what a meeting records per candidate: the
 * members' conflicts of interest, their ballots and dissents, the live
 * result of each vote and the decisions the secretary records
 *
 * The rules are konkurs_vote_decide() and konkurs_ballot_check()
 * (konkurs-commission-vote.h), applied here exactly as the window and the
 * meeting import apply them.  A decision keeps the rules' result as JSON,
 * so that a reprint explains it as it was taken.  Once a candidate is
 * decided, or the meeting closed, a change needs a written reason, and
 * the decisions are decided again with it: a correction that would leave
 * a decided candidate without a decision (votes missing, no quorum) is
 * refused, writing nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-commission-private.h"

/* Decisions */

static gboolean
is_decided (KonkursVoteOutcome outcome)
{
  return outcome == KONKURS_VOTE_RECOMMENDED || outcome == KONKURS_VOTE_NOT_RECOMMENDED;
}

/* INVALID naming @row's candidate, whose vote is not decided: before
 * recording the decisions, or after a @correction of a decided one. */
static gboolean
undecided_error (const KonkursMeetingRow  *row,
                 gboolean                  correction,
                 GError                  **error)
{
  const char *name = row->full_name != NULL ? row->full_name : "";

  if (correction)
    /* Translators: the candidate's personal code, full name, then why the vote is not decided */
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                 _("The correction would leave candidate %s (%s), who is decided already, without a decision: %s."),
                 row->personal_code, name, row->explanation);
  else
    /* Translators: the candidate's personal code, full name, then why the vote is not decided */
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                 _("Candidate %s (%s) is not decided yet: %s. Complete the attendance and the ballots, or record "
                   "the decisions of the others and leave the rest for a later meeting."),
                 row->personal_code, name, row->explanation);
  return FALSE;
}

/* Writes (or, @update, rewrites) the decision of @row as the rules make
 * it now; the entry carries @details. */
static gboolean
write_decision (KonkursStore             *self,
                const KonkursMeeting     *meeting,
                const KonkursMeetingRow  *row,
                gboolean                  update,
                const char               *reason,
                const char               *details,
                GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *json = konkurs_vote_result_to_json (&row->result);
  g_autofree char *actor = konkurs_store_dup_actor (self);
  gint64 id = 0;

  stmt = konkurs_store_prepare_id (self,
                                   update
                                   ? "UPDATE meeting_decision SET outcome = ?3, score = ?4, result = ?5, "
                                     "reason = trim (?6), decided_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                                     "decided_by = ?7 WHERE meeting_id = ?1 AND application_id = ?2 RETURNING id"
                                   : "INSERT INTO meeting_decision (meeting_id, application_id, outcome, score, result, "
                                     "reason, decided_by) VALUES (?1, ?2, ?3, ?4, ?5, trim (?6), ?7) RETURNING id",
                                   meeting->id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, row->application_id);
  sqlite3_bind_text (stmt, 3, konkurs_vote_outcome_to_code (row->result.outcome), -1, SQLITE_STATIC);
  if (row->result.mode == KONKURS_VOTE_MODE_SCORES)
    sqlite3_bind_int64 (stmt, 4, row->result.mean);
  sqlite3_bind_text (stmt, 5, json, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, reason != NULL ? reason : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, actor, -1, SQLITE_STATIC);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &id, error))
    return FALSE;
  sqlite3_reset (stmt);
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_MEETING_DECISION);
  return konkurs_store_record_row (self, update ? "correct" : "decide", KONKURS_STORE_TABLE_MEETING_DECISION, id,
                                   details, error);
}

static gboolean
close_meeting (KonkursStore          *self,
               const KonkursMeeting  *meeting,
               GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *actor = konkurs_store_dup_actor (self);

  stmt = konkurs_store_prepare_id (self, "UPDATE meeting SET closed_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), "
                                         "closed_by = ?2 WHERE id = ?1 AND closed_at IS NULL", meeting->id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, actor, -1, SQLITE_STATIC);
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_MEETING);
  return konkurs_store_record_row (self, "close", KONKURS_STORE_TABLE_MEETING, meeting->id, NULL, error);
}

/* The applications decided at another meeting of @meeting's stage (a set
 * of gint64). */
static GHashTable *
decided_elsewhere (KonkursStore          *self,
                   const KonkursMeeting  *meeting,
                   GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  GHashTable *set;

  stmt = konkurs_store_prepare_id (self, "SELECT d.application_id FROM meeting_decision d JOIN meeting m "
                                         "ON m.id = d.meeting_id WHERE m.stage_id = ?2 AND m.id <> ?1",
                                   meeting->id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, meeting->stage_id);
  if ((ids = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    return NULL;
  set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (set, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));
  return set;
}

static gboolean
record_decisions (KonkursStore  *self,
                  gint64         meeting_id,
                  gboolean       partial,
                  guint         *n_decided,
                  GError       **error)
{
  g_auto(KonkursMeetingRows) m = { 0 };
  g_autoptr(KonkursStage) stage = NULL;
  g_autoptr(GHashTable) earlier = NULL;
  guint n_left = 0;

  if (!konkurs_store_read_meeting_rows (self, meeting_id, &m, error))
    return FALSE;
  if (m.meeting->stage_id != 0 &&
      ((stage = konkurs_store_read_stage (self, m.meeting->stage_id, error)) == NULL ||
       !konkurs_store_stage_check_writable (self, stage, NULL, error)))
    return FALSE;
  if ((earlier = decided_elsewhere (self, m.meeting, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < m.rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (m.rows, i);

      /* one decided at an earlier meeting keeps that decision unless
       * this meeting voted on it again */
      if (row->decided || is_decided (row->result.outcome) ||
          g_hash_table_contains (earlier, &row->application_id))
        continue;
      if (!partial)
        return undecided_error (row, FALSE, error);
      n_left++;
    }
  for (guint i = 0; i < m.rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (m.rows, i);

      if (row->decided || !is_decided (row->result.outcome))
        continue;
      if (!write_decision (self, m.meeting, row, FALSE, NULL, NULL, error))
        return FALSE;
      (*n_decided)++;
    }
  return n_left > 0 || close_meeting (self, m.meeting, error);
}

gboolean
konkurs_store_record_decisions (KonkursStore  *self,
                                gint64         meeting_id,
                                gboolean       partial,
                                guint         *n_decided,
                                GError       **error)
{
  guint n = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = record_decisions (self, meeting_id, partial, &n, error);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return FALSE;
  if (n_decided != NULL)
    *n_decided = n;
  return TRUE;
}

gboolean
konkurs_store_meeting_redecide (KonkursStore          *self,
                                const KonkursMeeting  *meeting,
                                const char            *reason,
                                GError               **error)
{
  g_auto(KonkursMeetingRows) m = { 0 };
  g_autoptr(KonkursStage) stage = NULL;
  g_autofree char *details = NULL;
  gboolean changed = FALSE;

  if (!konkurs_store_read_meeting_rows (self, meeting->id, &m, error))
    return FALSE;
  for (guint i = 0; i < m.rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (m.rows, i);
      g_autofree char *json = NULL;

      if (!row->decided)
        continue;
      if (!is_decided (row->result.outcome))
        return undecided_error (row, TRUE, error);
      /* rewritten when the counts it explains change, even if the outcome stays */
      json = konkurs_vote_result_to_json (&row->result);
      if (g_strcmp0 (json, g_hash_table_lookup (m.recorded, row)) == 0)
        continue;
      if (details == NULL && (details = konkurs_store_stage_details (self, reason, error)) == NULL)
        return FALSE;
      if (!write_decision (self, m.meeting, row, TRUE, reason, details, error))
        return FALSE;
      changed |= row->result.outcome != row->recorded;
    }
  if (!changed || m.meeting->stage_id == 0)
    return TRUE;
  stage = konkurs_store_read_stage (self, m.meeting->stage_id, error);
  return stage != NULL && konkurs_store_stage_redecide (self, stage, reason, error);
}

/* A change on one candidate */

/* Reads the meeting with the row of @application_id alone into @m (a
 * ballot costs the same however many candidates the meeting has) and
 * finds member @member_id and that row; refuses a change the meeting or the stage does
 * not take without @reason. */
static gboolean
begin_change (KonkursStore                *self,
              gint64                       meeting_id,
              gint64                       member_id,
              gint64                       application_id,
              const char                  *reason,
              KonkursMeetingRows                 *m,
              KonkursMeetingRow          **row,
              const KonkursCommissionMember **member,
              GError                     **error)
{
  g_autoptr(KonkursStage) stage = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  if (!konkurs_store_read_meeting_row (self, meeting_id, application_id, m, error))
    return FALSE;
  *member = NULL;
  for (guint i = 0; i < m->attendance->len; i++)
    if (((KonkursAttendance *) g_ptr_array_index (m->attendance, i))->member->id == member_id)
      *member = ((KonkursAttendance *) g_ptr_array_index (m->attendance, i))->member;
  if (*member == NULL)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                   _("This person is not a member of the meeting’s commission."));
      return FALSE;
    }
  if ((*row = g_hash_table_lookup (m->by_id, &application_id)) == NULL)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                   _("The application is not one this meeting decides: it did not enter the meeting’s stage, or "
                     "it was withdrawn."));
      return FALSE;
    }
  if ((*row)->decided && *stripped == '\0')
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED,
                   _("The decision on candidate %s is recorded: a correction needs a written reason."),
                   (*row)->personal_code);
      return FALSE;
    }
  if (!konkurs_store_meeting_check_change (m->meeting, reason, error))
    return FALSE;
  stage = konkurs_store_read_stage (self, m->meeting->stage_id, error);
  return stage != NULL && konkurs_store_stage_check_writable (self, stage, reason, error);
}

/* After a change: the decisions recorded are decided again. */
static gboolean
end_change (KonkursStore       *self,
            KonkursMeetingRows        *m,
            const char         *reason,
            GError            **error)
{
  if (!m->any_recorded)
    return TRUE;
  return konkurs_store_meeting_redecide (self, m->meeting, reason, error);
}

/* The entry's details: the reason of a correction, none otherwise. */
static char *
correction_details (KonkursStore       *self,
                    const KonkursMeetingRows  *m,
                    const KonkursMeetingRow *row,
                    const char         *reason,
                    gboolean           *failed,
                    GError            **error)
{
  char *details;

  *failed = FALSE;
  if (!row->decided && m->meeting->closed_at == NULL)
    return NULL;
  details = konkurs_store_stage_details (self, reason, error);
  *failed = details == NULL;
  return details;
}

/* Ballots */

/* The id of the member's ballot on the application in the meeting, 0
 * none. */
static gboolean
find_vote (KonkursStore       *self,
           const KonkursMeetingRows  *m,
           gint64              member_id,
           gint64              application_id,
           gint64             *id,
           GError            **error)
{
  g_autoptr(KonkursStoreStmt) find = NULL;

  *id = 0;
  find = konkurs_store_cached (self, "SELECT id FROM vote WHERE meeting_id = ?1 AND member_id = ?2 "
                                     "AND application_id = ?3", error);
  if (find == NULL)
    return FALSE;
  sqlite3_bind_int64 (find, 1, m->meeting->id);
  sqlite3_bind_int64 (find, 2, member_id);
  sqlite3_bind_int64 (find, 3, application_id);
  return konkurs_store_read_int64 (self, find, NULL, id, error);
}

static gboolean
clear_ballot (KonkursStore       *self,
              const KonkursMeetingRows  *m,
              gint64              member_id,
              gint64              application_id,
              const char         *details,
              GError            **error)
{
  gint64 id = 0;

  if (!find_vote (self, m, member_id, application_id, &id, error))
    return FALSE;
  if (id == 0)
    return TRUE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_VOTE);
  return konkurs_store_record_row (self, "delete", KONKURS_STORE_TABLE_VOTE, id, details, error) &&
         konkurs_store_delete_id (self, "DELETE FROM vote WHERE id = ?1", id, NULL,
                                  _("The ballot was removed meanwhile."), error);
}

static gboolean
write_ballot (KonkursStore       *self,
              const KonkursMeetingRows  *m,
              gint64              member_id,
              gint64              application_id,
              KonkursBallotKind   kind,
              int                 score,
              const char         *dissent,
              const char         *details,
              GError            **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  g_autofree char *before = NULL;
  g_autofree char *text = dissent != NULL ? g_strstrip (g_strdup (dissent)) : NULL;
  gint64 id = 0;

  if (!find_vote (self, m, member_id, application_id, &id, error) ||
      (id != 0 && !konkurs_store_snapshot (self, KONKURS_STORE_TABLE_VOTE, id, &before, error)))
    return FALSE;
  stmt = konkurs_store_cached (self,
                               "INSERT INTO vote (meeting_id, member_id, application_id, ballot, score, dissent) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, coalesce (?6, '')) "
                               "ON CONFLICT (meeting_id, application_id, member_id) DO UPDATE SET "
                               "ballot = excluded.ballot, score = excluded.score, "
                               "dissent = CASE WHEN ?6 IS NULL THEN vote.dissent ELSE ?6 END, "
                               "recorded_at = CASE WHEN vote.ballot IS excluded.ballot AND vote.score IS "
                               "excluded.score THEN vote.recorded_at ELSE excluded.recorded_at END "
                               "RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, m->meeting->id);
  sqlite3_bind_int64 (stmt, 2, member_id);
  sqlite3_bind_int64 (stmt, 3, application_id);
  sqlite3_bind_text (stmt, 4, konkurs_ballot_kind_to_code (kind), -1, SQLITE_STATIC);
  if (kind == KONKURS_BALLOT_SCORE)
    sqlite3_bind_int (stmt, 5, score);
  if (text != NULL)
    sqlite3_bind_text (stmt, 6, text, -1, SQLITE_STATIC);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &id, error))
    return FALSE;
  sqlite3_reset (stmt);
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_VOTE);
  if (details != NULL)
    return konkurs_store_record_row (self, before != NULL ? "correct" : "create", KONKURS_STORE_TABLE_VOTE, id,
                                     details, error);
  return konkurs_store_record_if_changed (self, KONKURS_STORE_TABLE_VOTE, id, before, error);
}

static gboolean
cast_ballot (KonkursStore       *self,
             gint64              meeting_id,
             gint64              member_id,
             gint64              application_id,
             KonkursBallotKind   kind,
             int                 score,
             const char         *dissent,
             const char         *reason,
             GError            **error)
{
  g_auto(KonkursMeetingRows) m = { 0 };
  KonkursMeetingRow *row = NULL;
  const KonkursCommissionMember *member = NULL;
  const KonkursMemberBallot *ballot;
  g_autofree char *details = NULL;
  gboolean failed = FALSE;

  if (!begin_change (self, meeting_id, member_id, application_id, reason, &m, &row, &member, error))
    return FALSE;
  ballot = konkurs_meeting_row_find_ballot (row, member_id);
  if (kind != KONKURS_BALLOT_NONE)
    {
      const char *fault = konkurs_ballot_check (&ballot->ballot, m.meeting->mode, kind, score, m.meeting->max_score);

      if (fault != NULL)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       /* Translators: the member's name, the candidate's personal code, then why not */
                       _("Ballot of %s on candidate %s: %s"), konkurs_local_text_get_display (member->name),
                       row->personal_code, _(fault));
          return FALSE;
        }
    }
  details = correction_details (self, &m, row, reason, &failed, error);
  if (failed)
    return FALSE;
  if (kind == KONKURS_BALLOT_NONE ? !clear_ballot (self, &m, member_id, application_id, details, error)
                                  : !write_ballot (self, &m, member_id, application_id, kind, score, dissent,
                                                   details, error))
    return FALSE;
  return end_change (self, &m, reason, error);
}

gboolean
konkurs_store_cast_ballot (KonkursStore       *self,
                           gint64              meeting_id,
                           gint64              member_id,
                           gint64              application_id,
                           KonkursBallotKind   kind,
                           int                 score,
                           const char         *dissent,
                           const char         *reason,
                           GError            **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = cast_ballot (self, meeting_id, member_id, application_id, kind, score, dissent, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Recusals */

static gboolean
write_recusal (KonkursStore       *self,
               const KonkursMeetingRows  *m,
               gint64              member_id,
               gint64              application_id,
               gboolean            recused,
               const char         *reason,
               const char         *details,
               GError            **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *before = NULL;
  gint64 id = 0;

  find = konkurs_store_prepare_id (self, "SELECT id FROM meeting_recusal WHERE meeting_id = ?1 AND member_id = ?2 "
                                         "AND application_id = ?3", m->meeting->id, error);
  if (find == NULL)
    return FALSE;
  sqlite3_bind_int64 (find, 2, member_id);
  sqlite3_bind_int64 (find, 3, application_id);
  if (!konkurs_store_read_int64 (self, find, NULL, &id, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_RECUSAL);
  if (!recused)
    return id == 0 ||
           (konkurs_store_record_row (self, "delete", KONKURS_STORE_TABLE_RECUSAL, id, details, error) &&
            konkurs_store_delete_id (self, "DELETE FROM meeting_recusal WHERE id = ?1", id, NULL,
                                     _("The declaration was withdrawn meanwhile."), error));
  if (id != 0 && !konkurs_store_snapshot (self, KONKURS_STORE_TABLE_RECUSAL, id, &before, error))
    return FALSE;
  stmt = konkurs_store_prepare_id (self, id != 0 ? "UPDATE meeting_recusal SET reason = trim (?4) WHERE id = ?5"
                                                 : "INSERT INTO meeting_recusal (meeting_id, member_id, application_id, "
                                                   "reason) VALUES (?1, ?2, ?3, trim (?4))", m->meeting->id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, member_id);
  sqlite3_bind_int64 (stmt, 3, application_id);
  sqlite3_bind_text (stmt, 4, reason != NULL ? reason : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, id);
  if (id != 0 ? !konkurs_store_step_done (self, stmt, error) : (id = konkurs_store_step_insert (self, stmt, error)) == 0)
    return FALSE;
  if (details != NULL)
    return konkurs_store_record_row (self, before != NULL ? "correct" : "create", KONKURS_STORE_TABLE_RECUSAL, id,
                                     details, error);
  return konkurs_store_record_if_changed (self, KONKURS_STORE_TABLE_RECUSAL, id, before, error);
}

static gboolean
set_recusal (KonkursStore  *self,
             gint64         meeting_id,
             gint64         member_id,
             gint64         application_id,
             gboolean       recused,
             const char    *reason,
             GError       **error)
{
  g_auto(KonkursMeetingRows) m = { 0 };
  KonkursMeetingRow *row = NULL;
  const KonkursCommissionMember *member = NULL;
  g_autofree char *details = NULL;
  gboolean failed = FALSE;

  if (!begin_change (self, meeting_id, member_id, application_id, reason, &m, &row, &member, error))
    return FALSE;
  if (!konkurs_commission_role_votes (member->role))
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("%s is the secretary, who has no vote: there is no vote to withdraw from."),
                   konkurs_local_text_get_display (member->name));
      return FALSE;
    }
  details = correction_details (self, &m, row, reason, &failed, error);
  if (failed)
    return FALSE;
  /* a member who declares a conflict takes no part in the vote: the
   * ballot cast before goes */
  return (!recused || clear_ballot (self, &m, member_id, application_id, details, error)) &&
         write_recusal (self, &m, member_id, application_id, recused, reason, details, error) &&
         end_change (self, &m, reason, error);
}

gboolean
konkurs_store_set_recusal (KonkursStore  *self,
                           gint64         meeting_id,
                           gint64         member_id,
                           gint64         application_id,
                           gboolean       recused,
                           const char    *reason,
                           GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = set_recusal (self, meeting_id, member_id, application_id, recused, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

