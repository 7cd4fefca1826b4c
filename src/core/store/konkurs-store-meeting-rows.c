/* konkurs-store-meeting-rows.c — the candidates before a meeting, named,
 * with every member's ballot and the live result of each vote; and the
 * decisions recorded, as values
 *
 * A meeting's rows are read in a fixed number of queries whatever the
 * number of candidates (the entrants of the stage, the names, every
 * ballot, the recusals, the decisions), then decided by
 * konkurs_vote_decide() (konkurs-commission-vote.h) as the window and the
 * meeting import decide them.  A decision keeps the rules' result as
 * JSON, so that a reprint explains it as it was taken.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-commission-private.h"

/* Values */

static void
member_ballot_free (KonkursMemberBallot *ballot)
{
  g_free (ballot->dissent);
  g_free (ballot->recusal_reason);
  g_free (ballot);
}

static KonkursMemberBallot *
member_ballot_copy (const KonkursMemberBallot *ballot)
{
  KonkursMemberBallot *copy = g_memdup2 (ballot, sizeof *ballot);

  copy->dissent = g_strdup (ballot->dissent);
  copy->recusal_reason = g_strdup (ballot->recusal_reason);
  return copy;
}

G_DEFINE_BOXED_TYPE (KonkursMeetingRow, konkurs_meeting_row, konkurs_meeting_row_copy, konkurs_meeting_row_free)

static KonkursMeetingRow *
meeting_row_new (void)
{
  KonkursMeetingRow *row = g_new0 (KonkursMeetingRow, 1);

  row->ballots = g_ptr_array_new_with_free_func ((GDestroyNotify) member_ballot_free);
  return row;
}

KonkursMeetingRow *
konkurs_meeting_row_copy (const KonkursMeetingRow *row)
{
  KonkursMeetingRow *copy;

  g_return_val_if_fail (row != NULL, NULL);

  copy = g_memdup2 (row, sizeof *row);
  copy->personal_code = g_strdup (row->personal_code);
  copy->full_name = g_strdup (row->full_name);
  copy->vacancy_title = g_strdup (row->vacancy_title);
  copy->sector = g_strdup (row->sector);
  copy->explanation = g_strdup (row->explanation);
  copy->ballots = g_ptr_array_new_with_free_func ((GDestroyNotify) member_ballot_free);
  for (guint i = 0; i < row->ballots->len; i++)
    g_ptr_array_add (copy->ballots, member_ballot_copy (g_ptr_array_index (row->ballots, i)));
  return copy;
}

void
konkurs_meeting_row_free (KonkursMeetingRow *row)
{
  if (row == NULL)
    return;
  g_free (row->personal_code);
  g_free (row->full_name);
  g_free (row->vacancy_title);
  g_free (row->sector);
  g_free (row->explanation);
  g_ptr_array_unref (row->ballots);
  g_free (row);
}

const KonkursMemberBallot *
konkurs_meeting_row_find_ballot (const KonkursMeetingRow *row,
                                 gint64                   member_id)
{
  g_return_val_if_fail (row != NULL, NULL);

  for (guint i = 0; i < row->ballots->len; i++)
    {
      const KonkursMemberBallot *ballot = g_ptr_array_index (row->ballots, i);

      if (ballot->member_id == member_id)
        return ballot;
    }
  return NULL;
}

G_DEFINE_BOXED_TYPE (KonkursMeetingDecision, konkurs_meeting_decision, konkurs_meeting_decision_copy,
                     konkurs_meeting_decision_free)

KonkursMeetingDecision *
konkurs_meeting_decision_copy (const KonkursMeetingDecision *decision)
{
  KonkursMeetingDecision *copy;

  g_return_val_if_fail (decision != NULL, NULL);

  copy = g_memdup2 (decision, sizeof *decision);
  copy->reason = g_strdup (decision->reason);
  copy->decided_at = g_strdup (decision->decided_at);
  copy->decided_by = g_strdup (decision->decided_by);
  return copy;
}

void
konkurs_meeting_decision_free (KonkursMeetingDecision *decision)
{
  if (decision == NULL)
    return;
  g_free (decision->reason);
  g_free (decision->decided_at);
  g_free (decision->decided_by);
  g_free (decision);
}

/* The result as JSON, and back */

char *
konkurs_vote_result_to_json (const KonkursVoteResult *r)
{
  const char *casting = konkurs_ballot_kind_to_code (r->casting);
  const char *chairing = konkurs_commission_role_to_code (r->chairing_role);

  return g_strdup_printf ("{\"mode\":\"%s\",\"outcome\":\"%s\",\"voting\":%u,\"present\":%u,\"required\":%u,"
                          "\"recused\":%u,\"missing\":%u,\"for\":%u,\"against\":%u,\"abstain\":%u,\"scores\":%u,"
                          "\"mean\":%" G_GINT64_FORMAT ",\"threshold\":%d,\"tie\":%s,"
                          "\"chairing_member_id\":%" G_GINT64_FORMAT ",\"chairing_role\":%s%s%s,"
                          "\"casting\":%s%s%s}",
                          r->mode == KONKURS_VOTE_MODE_SCORES ? "scores" : "votes",
                          konkurs_vote_outcome_to_code (r->outcome), r->quorum.voting, r->quorum.present,
                          r->quorum.required, r->n_recused, r->n_missing, r->n_for, r->n_against, r->n_abstain,
                          r->n_scores, r->mean, r->threshold, r->tie ? "true" : "false", r->chairing_member_id,
                          chairing != NULL ? "\"" : "", chairing != NULL ? chairing : "null",
                          chairing != NULL ? "\"" : "",
                          casting != NULL && r->casting != KONKURS_BALLOT_NONE ? "\"" : "",
                          casting != NULL && r->casting != KONKURS_BALLOT_NONE ? casting : "null",
                          casting != NULL && r->casting != KONKURS_BALLOT_NONE ? "\"" : "");
}

/* The columns of a decision's result (column @result of a select): 17
 * values, read by result_from_row(). */
#define RESULT_COLUMNS(r) \
  r "->>'mode', " r "->>'outcome', " r "->>'voting', " r "->>'present', " r "->>'required', " \
  r "->>'recused', " r "->>'missing', " r "->>'for', " r "->>'against', " r "->>'abstain', " \
  r "->>'scores', " r "->>'mean', " r "->>'threshold', " r "->>'tie', " r "->>'chairing_member_id', " \
  r "->>'chairing_role', " r "->>'casting'"

static void
result_from_row (sqlite3_stmt      *stmt,
                 int                first,
                 KonkursVoteResult *r)
{
  memset (r, 0, sizeof *r);
  r->mode = g_strcmp0 (konkurs_store_column_text (stmt, first), "scores") == 0 ? KONKURS_VOTE_MODE_SCORES
                                                                               : KONKURS_VOTE_MODE_VOTES;
  konkurs_vote_outcome_from_code (konkurs_store_column_text (stmt, first + 1), &r->outcome);
  r->quorum.voting = sqlite3_column_int (stmt, first + 2);
  r->quorum.present = sqlite3_column_int (stmt, first + 3);
  r->quorum.required = sqlite3_column_int (stmt, first + 4);
  r->n_recused = sqlite3_column_int (stmt, first + 5);
  r->n_missing = sqlite3_column_int (stmt, first + 6);
  r->n_for = sqlite3_column_int (stmt, first + 7);
  r->n_against = sqlite3_column_int (stmt, first + 8);
  r->n_abstain = sqlite3_column_int (stmt, first + 9);
  r->n_scores = sqlite3_column_int (stmt, first + 10);
  r->mean = sqlite3_column_int64 (stmt, first + 11);
  r->threshold = sqlite3_column_int (stmt, first + 12);
  r->tie = sqlite3_column_int (stmt, first + 13) != 0;
  r->chairing_member_id = sqlite3_column_int64 (stmt, first + 14);
  if (!konkurs_commission_role_from_code (konkurs_store_column_text (stmt, first + 15), &r->chairing_role))
    r->chairing_role = 0;
  if (!konkurs_ballot_kind_from_code (konkurs_store_column_text (stmt, first + 16), &r->casting))
    r->casting = KONKURS_BALLOT_NONE;
}

/* The rows of a meeting */


void
konkurs_meeting_rows_clear (KonkursMeetingRows *m)
{
  g_clear_pointer (&m->meeting, konkurs_meeting_free);
  g_clear_pointer (&m->attendance, g_ptr_array_unref);
  g_clear_pointer (&m->by_id, g_hash_table_unref);
  g_clear_pointer (&m->keys, g_hash_table_unref);
  g_clear_pointer (&m->recorded, g_hash_table_unref);
  g_clear_pointer (&m->rows, g_ptr_array_unref);
}

/* A row for each entrant, with an empty ballot for every member. */
static void
add_entrant_rows (KonkursMeetingRows *m,
                  GPtrArray   *entrants)
{
  for (guint i = 0; i < entrants->len; i++)
    {
      const KonkursStageEntrant *entrant = g_ptr_array_index (entrants, i);
      KonkursMeetingRow *row;

      if (g_strcmp0 (entrant->status, "withdrawn") == 0)
        continue;
      row = meeting_row_new ();
      row->application_id = entrant->application_id;
      row->personal_code = g_strdup (entrant->personal_code);
      row->vacancy_id = entrant->vacancy_id;
      for (guint j = 0; j < m->attendance->len; j++)
        {
          const KonkursAttendance *a = g_ptr_array_index (m->attendance, j);
          KonkursMemberBallot *ballot = g_new0 (KonkursMemberBallot, 1);

          ballot->member_id = a->member->id;
          ballot->ballot.member_id = a->member->id;
          ballot->ballot.role = a->member->role;
          ballot->ballot.present = a->present;
          ballot->dissent = g_strdup ("");
          g_ptr_array_add (row->ballots, ballot);
        }
      g_ptr_array_add (m->rows, row);
      g_hash_table_insert (m->by_id, &row->application_id, row);
    }
}

static KonkursMemberBallot *
row_ballot (KonkursMeetingRows  *m,
            sqlite3_stmt *stmt)
{
  gint64 application_id = sqlite3_column_int64 (stmt, 0);
  KonkursMeetingRow *row = g_hash_table_lookup (m->by_id, &application_id);

  return row != NULL ? (KonkursMemberBallot *) konkurs_meeting_row_find_ballot (row, sqlite3_column_int64 (stmt, 1))
                     : NULL;
}

/* Columns: application, candidate's full name, vacancy title kk, ru,
 * sector, vacancy code. */
static void
name_into_row (sqlite3_stmt *stmt,
               gpointer      data)
{
  KonkursMeetingRows *m = data;
  gint64 application_id = sqlite3_column_int64 (stmt, 0);
  KonkursMeetingRow *row = g_hash_table_lookup (m->by_id, &application_id);
  g_autoptr(KonkursLocalText) title = NULL;

  if (row == NULL)
    return;
  title = konkurs_store_column_local_text (stmt, 2);
  row->full_name = g_strdup (konkurs_store_column_text (stmt, 1));
  row->vacancy_title = g_strdup (konkurs_local_text_get_display (title));
  row->sector = g_strdup (konkurs_store_column_text (stmt, 4));
  g_hash_table_insert (m->keys, row, g_strdup (konkurs_store_column_text (stmt, 5)));
}

/* Columns: application, member, ballot, score, dissent. */
static void
vote_into_row (sqlite3_stmt *stmt,
               gpointer      data)
{
  KonkursMemberBallot *ballot = row_ballot (data, stmt);

  if (ballot == NULL)
    return;
  konkurs_ballot_kind_from_code (konkurs_store_column_text (stmt, 2), &ballot->ballot.ballot);
  ballot->ballot.score = sqlite3_column_int (stmt, 3);
  g_free (ballot->dissent);
  ballot->dissent = g_strdup (konkurs_store_column_text (stmt, 4));
}

/* Columns: application, member, reason. */
static void
recusal_into_row (sqlite3_stmt *stmt,
                  gpointer      data)
{
  KonkursMemberBallot *ballot = row_ballot (data, stmt);

  if (ballot == NULL)
    return;
  ballot->ballot.recused = TRUE;
  g_free (ballot->recusal_reason);
  ballot->recusal_reason = g_strdup (konkurs_store_column_text (stmt, 2));
}

/* Columns: application, outcome, result. */
static void
decision_into_row (sqlite3_stmt *stmt,
                   gpointer      data)
{
  KonkursMeetingRows *m = data;
  gint64 application_id = sqlite3_column_int64 (stmt, 0);
  KonkursMeetingRow *row = g_hash_table_lookup (m->by_id, &application_id);

  if (row != NULL && konkurs_vote_outcome_from_code (konkurs_store_column_text (stmt, 1), &row->recorded))
    {
      row->decided = TRUE;
      g_hash_table_insert (m->recorded, row, g_strdup (konkurs_store_column_text (stmt, 2)));
    }
}

/* Runs @sql on meeting (or competition) @id, and on application
 * @application_id as ?2 when it is not 0: the same statement is then run
 * for every ballot a meeting records, so it is kept by the store. */
static gboolean
read_into_rows (KonkursStore         *self,
                KonkursMeetingRows   *m,
                const char           *sql,
                gint64                id,
                gint64                application_id,
                KonkursStoreRowFunc   func,
                GError              **error)
{
  g_autoptr(KonkursStoreStmt) cached = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3_stmt *run;

  if (application_id == 0)
    run = stmt = konkurs_store_prepare_id (self, sql, id, error);
  else if ((run = cached = konkurs_store_cached (self, sql, error)) != NULL)
    {
      sqlite3_bind_int64 (cached, 1, id);
      sqlite3_bind_int64 (cached, 2, application_id);
    }
  return run != NULL && konkurs_store_each_row (self, run, func, m, error);
}

/* What the rules make of @row's ballots now. */
static void
decide_row (const KonkursMeeting *meeting,
            KonkursMeetingRow    *row)
{
  g_autofree KonkursBallot *ballots = g_new0 (KonkursBallot, MAX (row->ballots->len, 1));

  for (guint i = 0; i < row->ballots->len; i++)
    ballots[i] = ((KonkursMemberBallot *) g_ptr_array_index (row->ballots, i))->ballot;
  konkurs_vote_decide (ballots, row->ballots->len, meeting->mode, meeting->threshold, meeting->quorum_numerator,
                       meeting->quorum_denominator, &row->result);
  g_free (row->explanation);
  row->explanation = konkurs_vote_result_explain (&row->result, NULL);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      keys)
{
  const KonkursMeetingRow *x = *(KonkursMeetingRow **) a;
  const KonkursMeetingRow *y = *(KonkursMeetingRow **) b;
  int by_vacancy = g_strcmp0 (g_hash_table_lookup (keys, x), g_hash_table_lookup (keys, y));

  return by_vacancy != 0 ? by_vacancy : g_strcmp0 (x->personal_code, y->personal_code);
}

#define NAMES_SQL \
  "SELECT a.id, c.surname || ' ' || c.name || CASE WHEN c.patronymic = '' THEN '' ELSE ' ' || c.patronymic END, " \
  "coalesce (v.position_title_kk, ''), coalesce (v.position_title_ru, ''), coalesce (a.sector, ''), " \
  "coalesce (v.code, '') FROM application a JOIN candidate c ON c.id = a.candidate_id " \
  "LEFT JOIN vacancy v ON v.id = a.vacancy_id WHERE a.competition_id = ?1"
#define VOTES_SQL \
  "SELECT application_id, member_id, ballot, coalesce (score, 0), dissent FROM vote WHERE meeting_id = ?1"
#define RECUSALS_SQL "SELECT application_id, member_id, reason FROM meeting_recusal WHERE meeting_id = ?1"
#define DECISIONS_SQL "SELECT application_id, outcome, result FROM meeting_decision WHERE meeting_id = ?1"
#define ONE_APPLICATION " AND application_id = ?2"

static void
mark_any_recorded (sqlite3_stmt *stmt,
                   gpointer      data)
{
  ((KonkursMeetingRows *) data)->any_recorded = TRUE;
}

/* The entrants of @stage: all of them, or only @application_id (none
 * when it did not enter or was withdrawn). */
static GPtrArray *
read_entrants (KonkursStore        *self,
               const KonkursStage  *stage,
               gint64               application_id,
               GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  KonkursStageEntrant *entrant;
  GPtrArray *entrants;

  if (application_id == 0)
    return konkurs_store_list_entrants (self, stage, error);
  entrants = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_entrant_free);
  entrant = konkurs_store_find_entrant (self, stage, application_id, &local_error);
  if (entrant != NULL)
    g_ptr_array_add (entrants, entrant);
  else if (!g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      g_ptr_array_unref (entrants);
      return NULL;
    }
  return entrants;
}

/* Reads meeting @meeting_id into @m, with the rows of every candidate or,
 * @application_id not 0, only that one's: a fixed number of queries
 * whatever the number of candidates. */
static gboolean
read_rows (KonkursStore        *self,
           gint64               meeting_id,
           gint64               application_id,
           KonkursMeetingRows  *m,
           GError             **error)
{
  g_autoptr(KonkursStage) stage = NULL;
  g_autoptr(GPtrArray) entrants = NULL;
  gboolean one = application_id != 0;

  m->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_meeting_row_free);
  m->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  m->keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  m->recorded = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  if ((m->meeting = konkurs_store_read_meeting (self, meeting_id, error)) == NULL ||
      (m->attendance = konkurs_store_read_attendance (self, m->meeting, error)) == NULL)
    return FALSE;
  if (m->meeting->stage_id == 0)
    return TRUE;   /* a meeting of schema 2 without a stage decides nobody */
  if ((stage = konkurs_store_read_stage (self, m->meeting->stage_id, error)) == NULL ||
      (entrants = read_entrants (self, stage, application_id, error)) == NULL)
    return FALSE;
  add_entrant_rows (m, entrants);
  if (!read_into_rows (self, m, one ? NAMES_SQL " AND a.id = ?2" : NAMES_SQL, m->meeting->competition_id,
                       application_id, name_into_row, error) ||
      !read_into_rows (self, m, one ? VOTES_SQL ONE_APPLICATION : VOTES_SQL, meeting_id, application_id,
                       vote_into_row, error) ||
      !read_into_rows (self, m, one ? RECUSALS_SQL ONE_APPLICATION : RECUSALS_SQL, meeting_id, application_id,
                       recusal_into_row, error) ||
      !read_into_rows (self, m, one ? DECISIONS_SQL ONE_APPLICATION : DECISIONS_SQL, meeting_id, application_id,
                       decision_into_row, error))
    return FALSE;
  m->any_recorded = g_hash_table_size (m->recorded) > 0;
  if (one && !m->any_recorded &&
      !read_into_rows (self, m, "SELECT 1 FROM meeting_decision WHERE meeting_id = ?1 LIMIT 1",
                       meeting_id, application_id, mark_any_recorded, error))
    return FALSE;
  for (guint i = 0; i < m->rows->len; i++)
    decide_row (m->meeting, g_ptr_array_index (m->rows, i));
  g_ptr_array_sort_with_data (m->rows, compare_rows, m->keys);
  return TRUE;
}

gboolean
konkurs_store_read_meeting_rows (KonkursStore        *self,
                                 gint64               meeting_id,
                                 KonkursMeetingRows  *m,
                                 GError             **error)
{
  return read_rows (self, meeting_id, 0, m, error);
}

gboolean
konkurs_store_read_meeting_row (KonkursStore        *self,
                                gint64               meeting_id,
                                gint64               application_id,
                                KonkursMeetingRows  *m,
                                GError             **error)
{
  g_return_val_if_fail (application_id != 0, FALSE);

  return read_rows (self, meeting_id, application_id, m, error);
}

GPtrArray *
konkurs_store_list_meeting_rows (KonkursStore  *self,
                                 gint64         meeting_id,
                                 GError       **error)
{
  g_auto(KonkursMeetingRows) m = { 0 };

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  if (!konkurs_store_read_meeting_rows (self, meeting_id, &m, error))
    return NULL;
  return g_steal_pointer (&m.rows);
}


/* The decisions of a stage */

static gpointer
decision_from_row (sqlite3_stmt *stmt,
                   gpointer      user_data)
{
  KonkursMeetingDecision *d = g_new0 (KonkursMeetingDecision, 1);

  d->meeting_id = sqlite3_column_int64 (stmt, 0);
  d->application_id = sqlite3_column_int64 (stmt, 1);
  konkurs_vote_outcome_from_code (konkurs_store_column_text (stmt, 2), &d->outcome);
  d->score = sqlite3_column_int64 (stmt, 3);
  d->reason = g_strdup (konkurs_store_column_text (stmt, 4));
  d->decided_at = g_strdup (konkurs_store_column_text (stmt, 5));
  d->decided_by = g_strdup (konkurs_store_column_text (stmt, 6));
  result_from_row (stmt, 7, &d->result);
  return d;
}

GPtrArray *
konkurs_store_list_stage_decisions (KonkursStore  *self,
                                    gint64         stage_id,
                                    GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  /* a candidate left for a later meeting, or decided again in one, has
   * the decision of the latest */
  return konkurs_store_read_all_id (self,
                                    "SELECT meeting_id, application_id, outcome, coalesce (score, 0), reason, "
                                    "decided_at, decided_by, " RESULT_COLUMNS ("result") " FROM ("
                                    "  SELECT d.*, row_number () OVER (PARTITION BY d.application_id "
                                    "    ORDER BY m.held_on DESC, m.starts_at DESC, m.id DESC) AS n "
                                    "  FROM meeting_decision d JOIN meeting m ON m.id = d.meeting_id "
                                    "  WHERE m.stage_id = ?1) WHERE n = 1 ORDER BY application_id",
                                    stage_id, decision_from_row, NULL,
                                    (GDestroyNotify) konkurs_meeting_decision_free, error);
}
