/* konkurs-store-stage-rows.c — who stands where in a stage: each
 * application's result and what the cut-off decides, the closing that
 * writes those decisions, and their re-decision after a correction
 *
 * While a stage is open its rows carry what closing it now would decide
 * (the preview); once closed, the outcomes it was closed with.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-stage-certificates.h"
#include "konkurs-store-commission-private.h"
#include "konkurs-store-essays-private.h"

G_DEFINE_BOXED_TYPE (KonkursStageRow, konkurs_stage_row, konkurs_stage_row_copy, konkurs_stage_row_free)

KonkursStageRow *
konkurs_stage_row_copy (const KonkursStageRow *row)
{
  KonkursStageRow *copy;

  g_return_val_if_fail (row != NULL, NULL);

  copy = g_memdup2 (row, sizeof *row);
  copy->personal_code = g_strdup (row->personal_code);
  copy->result_text = g_strdup (row->result_text);
  copy->decision = row->decision != NULL ? konkurs_stage_decision_copy (row->decision) : NULL;
  return copy;
}

void
konkurs_stage_row_free (KonkursStageRow *row)
{
  if (row == NULL)
    return;
  g_free (row->personal_code);
  g_free (row->result_text);
  g_clear_pointer (&row->decision, konkurs_stage_decision_free);
  g_free (row);
}

/* The results of a stage, by application */

typedef struct {
  GPtrArray  *tests;        /* of KonkursTestResult, by application */
  GPtrArray  *members;      /* of KonkursMemberScore, by application */
  GPtrArray  *assessments;  /* of KonkursAssessment, by application */
  /* the essay stage: application id -> KonkursEssayTally (the essay's
   * aggregate by its rule), the tallies owned by @essays */
  GHashTable *essays;
  GHashTable *essays_by_application;
  GHashTable *outcomes;     /* application id -> KonkursStageDecision, of a closed stage */
  /* a stage a commission decides: application id -> the latest
   * KonkursMeetingDecision, owned by @decisions */
  GPtrArray  *decisions;
  GHashTable *commission;
  /* application id -> 1 + the index of its first item in each array, so
   * that a stage of thousands is scored in one pass */
  GHashTable *first[3];
} StageResults;

/* The items of @items (sorted by application) of @application_id: from
 * *@start to *@end. */
static void
items_of (GHashTable *first,
          GPtrArray  *items,
          gsize       offset,
          gint64      application_id,
          guint      *start,
          guint      *end)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (first, &application_id));

  *start = *end = 0;
  if (i == 0)
    return;
  *start = i - 1;
  for (*end = *start; *end < items->len; (*end)++)
    if (G_STRUCT_MEMBER (gint64, g_ptr_array_index (items, *end), offset) != application_id)
      break;
}

static GHashTable *
index_first (GPtrArray *items,
             gsize      offset)
{
  GHashTable *first = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = items->len; i-- > 0;)
    g_hash_table_insert (first, &G_STRUCT_MEMBER (gint64, g_ptr_array_index (items, i), offset),
                         GUINT_TO_POINTER (i + 1));
  return first;
}

static void
stage_results_clear (StageResults *results)
{
  g_clear_pointer (&results->tests, g_ptr_array_unref);
  g_clear_pointer (&results->members, g_ptr_array_unref);
  g_clear_pointer (&results->assessments, g_ptr_array_unref);
  g_clear_pointer (&results->essays_by_application, g_hash_table_unref);
  g_clear_pointer (&results->essays, g_hash_table_unref);
  g_clear_pointer (&results->outcomes, g_hash_table_unref);
  g_clear_pointer (&results->commission, g_hash_table_unref);
  g_clear_pointer (&results->decisions, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (results->first); i++)
    g_clear_pointer (&results->first[i], g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StageResults, stage_results_clear)

static gpointer
outcome_from_row (sqlite3_stmt *stmt,
                  gpointer      outcomes)
{
  KonkursStageDecision *d = g_new0 (KonkursStageDecision, 1);
  KonkursStageReason reason = KONKURS_STAGE_REASON_NONE;

  konkurs_stage_reason_from_code ((const char *) sqlite3_column_text (stmt, 2), &reason);
  d->application_id = sqlite3_column_int64 (stmt, 0);
  d->outcome = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 1), "goes-on") == 0
               ? KONKURS_STAGE_OUTCOME_GOES_ON : KONKURS_STAGE_OUTCOME_STAYS_OUT;
  d->reason = reason;
  d->score = sqlite3_column_int64 (stmt, 3);
  d->rank = sqlite3_column_int (stmt, 4);
  d->places = sqlite3_column_int (stmt, 5);
  d->n_ranked = sqlite3_column_int (stmt, 6);
  if (sqlite3_column_type (stmt, 7) != SQLITE_NULL)
    d->detail = g_strdup (konkurs_store_column_text (stmt, 7));
  d->detail_score = sqlite3_column_int (stmt, 8);
  d->detail_mark = sqlite3_column_int (stmt, 9);
  d->detail_max = sqlite3_column_int (stmt, 10);
  g_hash_table_insert (outcomes, &d->application_id, d);
  return d;
}

static gboolean
read_outcomes (KonkursStore  *self,
               gint64         stage_id,
               GHashTable    *outcomes,
               GError       **error)
{
  g_autoptr(GPtrArray) read = NULL;

  /* the table owns the decisions, the array only borrows them */
  read = konkurs_store_read_all_id (self,
                                    "SELECT application_id, outcome, reason, score, rank, places, n_ranked, detail, "
                                    "detail_score, detail_mark, detail_max FROM stage_outcome WHERE stage_id = ?1",
                                    stage_id, outcome_from_row, outcomes, NULL, error);
  return read != NULL;
}

/* The essays of an essay stage, each aggregated by its rule; none when
 * the rule set has no essay rule for the stage's track. */
static gboolean
read_essays (KonkursStore        *self,
             const KonkursStage  *stage,
             StageResults        *results,
             GError             **error)
{
  g_autoptr(KonkursEssayStage) essay_stage = NULL;
  g_autoptr(GError) local = NULL;
  GHashTableIter iter;
  KonkursEssayTally *tally;

  results->essays_by_application = g_hash_table_new (g_int64_hash, g_int64_equal);
  essay_stage = konkurs_store_read_essay_stage (self, stage->id, &local);
  if (essay_stage == NULL && g_error_matches (local, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID))
    return TRUE;
  if (essay_stage == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  results->essays = konkurs_store_tally_essays (self, essay_stage, 0, error);
  if (results->essays == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, results->essays);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tally))
    g_hash_table_insert (results->essays_by_application, &tally->application_id, tally);
  return TRUE;
}

/* The interview and the expert commission decide by their meetings; the
 * National Commission's admission comes from the final ranking
 * (konkurs_store_results_stage_rows()). */
static gboolean
decided_in_meetings (const KonkursStage *stage)
{
  return stage->kind == KONKURS_STAGE_INTERVIEW || stage->kind == KONKURS_STAGE_EXPERT_COMMISSION;
}

static gboolean
read_decisions (KonkursStore        *self,
                const KonkursStage  *stage,
                StageResults        *results,
                GError             **error)
{
  results->decisions = konkurs_store_list_stage_decisions (self, stage->id, error);
  if (results->decisions == NULL)
    return FALSE;
  results->commission = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < results->decisions->len; i++)
    {
      KonkursMeetingDecision *d = g_ptr_array_index (results->decisions, i);

      g_hash_table_insert (results->commission, &d->application_id, d);
    }
  return TRUE;
}

static gboolean
read_results (KonkursStore        *self,
              const KonkursStage  *stage,
              StageResults        *results,
              GError             **error)
{
  results->tests = konkurs_store_list_test_results (self, stage->id, error);
  if (results->tests == NULL)
    return FALSE;
  results->members = konkurs_store_list_member_scores (self, stage->id, error);
  if (results->members == NULL)
    return FALSE;
  results->assessments = konkurs_store_list_assessments (self, stage->id, error);
  if (results->assessments == NULL)
    return FALSE;
  if (stage->kind == KONKURS_STAGE_ESSAY && !read_essays (self, stage, results, error))
    return FALSE;
  if (decided_in_meetings (stage) && !read_decisions (self, stage, results, error))
    return FALSE;
  results->first[0] = index_first (results->tests, G_STRUCT_OFFSET (KonkursTestResult, application_id));
  results->first[1] = index_first (results->members, G_STRUCT_OFFSET (KonkursMemberScore, application_id));
  results->first[2] = index_first (results->assessments, G_STRUCT_OFFSET (KonkursAssessment, application_id));
  results->outcomes = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                             (GDestroyNotify) konkurs_stage_decision_free);
  return stage->state != KONKURS_STAGE_STATE_CLOSED || read_outcomes (self, stage->id, results->outcomes, error);
}

/* Scoring one application */

/* The latest attempt of each test of @application_id (of @results, sorted
 * by application, test, attempt) into @entry, its text into @text. */
static void
score_tests (const KonkursStageRule *rule,
             StageResults           *all,
             gint64                  application_id,
             KonkursStageEntry      *entry,
             GString                *text)
{
  g_autoptr(GPtrArray) latest = g_ptr_array_new ();
  g_autofree KonkursTestScore *scores = NULL;
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  guint start, end;

  items_of (all->first[0], all->tests, G_STRUCT_OFFSET (KonkursTestResult, application_id), application_id,
            &start, &end);
  for (guint i = start; i < end; i++)
    {
      KonkursTestResult *result = g_ptr_array_index (all->tests, i);

      if (latest->len > 0 &&
          g_str_equal (((KonkursTestResult *) g_ptr_array_index (latest, latest->len - 1))->test, result->test))
        g_ptr_array_index (latest, latest->len - 1) = result;
      else
        g_ptr_array_add (latest, result);
    }
  scores = g_new0 (KonkursTestScore, latest->len + 1);
  for (guint i = 0; i < latest->len; i++)
    {
      KonkursTestResult *result = g_ptr_array_index (latest, i);
      const char **codes = g_new0 (const char *, result->parts->len + 1);
      int *part_scores = g_new0 (int, result->parts->len + 1);
      const char *name = konkurs_stage_test_label (NULL, result->test);

      g_ptr_array_add (keep, codes);
      g_ptr_array_add (keep, part_scores);
      for (guint j = 0; j < result->parts->len; j++)
        {
          codes[j] = ((KonkursTestPartResult *) g_ptr_array_index (result->parts, j))->part;
          part_scores[j] = ((KonkursTestPartResult *) g_ptr_array_index (result->parts, j))->score;
        }
      scores[i] = (KonkursTestScore) { result->test, result->present, result->score, codes, part_scores,
                                       result->parts->len,
                                       konkurs_test_source_is_certificate (result->source) };
      if (text->len > 0)
        g_string_append (text, ", ");
      if (!result->present)
        g_string_append_printf (text, _("%s: absent"), name);
      else if (result->max_score == 1)
        g_string_append_printf (text, result->score == 1 ? _("%s: passed") : _("%s: not passed"), name);
      else
        g_string_append_printf (text, "%s %d/%d", name, result->score, result->max_score);
      if (result->attempt > 1)
        g_string_append_printf (text, _(" (attempt %d)"), result->attempt);
    }
  /* checked when entered; a rule copied into the stage does not change */
  if (!konkurs_stage_rule_score_tests (rule, scores, latest->len, entry, NULL))
    entry->has_result = FALSE;
}

/* The mean of the scores of the members. */
static void
score_members (StageResults       *all,
               gint64              application_id,
               KonkursStageEntry  *entry,
               GString            *text)
{
  g_autoptr(GArray) scores = g_array_new (FALSE, FALSE, sizeof (int));
  GPtrArray *items = all->members;
  guint start, end;

  items_of (all->first[1], items, G_STRUCT_OFFSET (KonkursMemberScore, application_id), application_id,
            &start, &end);
  for (guint i = start; i < end; i++)
    {
      KonkursMemberScore *score = g_ptr_array_index (items, i);

      g_array_append_val (scores, score->score);
      g_string_append_printf (text, "%s%d", text->len > 0 ? ", " : "", score->score);
    }
  entry->has_result = scores->len > 0;
  entry->score = konkurs_stage_mean_centi ((int *) scores->data, scores->len);
}

/* The essay's final score by its rule (konkurs_essay_rule_aggregate()): an
 * essay not final yet, or rejected by the proctor, has no result. */
static void
score_essay (StageResults       *all,
             gint64              application_id,
             KonkursStageEntry  *entry,
             GString            *text)
{
  const KonkursEssayTally *tally = all->essays_by_application != NULL
                                   ? g_hash_table_lookup (all->essays_by_application, &application_id) : NULL;

  entry->has_result = tally != NULL && !tally->rejected && tally->aggregate.status == KONKURS_ESSAY_STATUS_FINAL;
  entry->score = entry->has_result ? tally->aggregate.score : 0;
  for (guint i = 0; tally != NULL && i < tally->totals->len; i++)
    g_string_append_printf (text, "%s%d", i > 0 ? ", " : "", g_array_index (tally->totals, int, i));
  if (tally != NULL && tally->rejected)
    g_string_append (text, _("rejected by the proctor"));
  else if (entry->has_result && tally->aggregate.resolution == KONKURS_ESSAY_RESOLVED_CHAIR)
    g_string_append (text, _(" (resolved by the chair)"));
  else if (entry->has_result && tally->aggregate.resolution == KONKURS_ESSAY_RESOLVED_FOURTH)
    g_string_append (text, _(" (with a fourth grader)"));
}

static void
score_assessment (const KonkursStageRule *rule,
                  StageResults           *all,
                  gint64                  application_id,
                  KonkursStageEntry      *entry,
                  GString                *text)
{
  guint start, end;

  items_of (all->first[2], all->assessments, G_STRUCT_OFFSET (KonkursAssessment, application_id), application_id,
            &start, &end);
  for (guint i = start; i < end; i++)
    {
      KonkursAssessment *assessment = g_ptr_array_index (all->assessments, i);
      g_autofree int *scores = NULL;
      g_autofree char *mean = NULL;

      scores = g_new0 (int, assessment->competencies->len + 1);
      for (guint j = 0; j < assessment->competencies->len; j++)
        scores[j] = ((KonkursCompetencyScore *) g_ptr_array_index (assessment->competencies, j))->score;
      mean = konkurs_stage_format_score (konkurs_stage_mean_centi (scores, assessment->competencies->len), NULL);
      entry->has_result = TRUE;
      entry->score = konkurs_stage_rule_assessment_score (rule, scores, assessment->competencies->len,
                                                         assessment->interview_rating);
      /* Translators: the mean of the competency scores, then the interview's rating */
      g_string_append_printf (text, _("competencies %s, interview %d"), mean, assessment->interview_rating);
    }
}

/* The commission's decision @d: its result (the mean where members
 * score, else the share of votes for of the present members who may
 * vote, in hundredths of a percent) and its outcome, which no cut-off
 * changes. */
static void
score_commission (const KonkursMeetingDecision *d,
                  KonkursStageEntry            *entry,
                  GString                      *text,
                  KonkursStageDecision         *direct)
{
  g_autofree char *explanation = konkurs_vote_result_explain (&d->result, NULL);
  guint present = d->result.quorum.present;

  entry->has_result = TRUE;
  entry->score = d->result.mode == KONKURS_VOTE_MODE_SCORES ? d->score
                 : present > 0 ? ((gint64) d->result.n_for * 10000 + present / 2) / present : 0;
  g_string_append (text, explanation);
  direct->score = entry->score;
  direct->outcome = d->outcome == KONKURS_VOTE_RECOMMENDED ? KONKURS_STAGE_OUTCOME_GOES_ON
                                                           : KONKURS_STAGE_OUTCOME_STAYS_OUT;
  direct->reason = d->outcome == KONKURS_VOTE_RECOMMENDED ? KONKURS_STAGE_REASON_RECOMMENDED
                                                          : KONKURS_STAGE_REASON_NOT_RECOMMENDED;
}

/* Fills @entry and @text for @entrant; FALSE when the cut-off does not
 * decide it (the documents stage, a withdrawal), with @direct set. */
static gboolean
score_entrant (const KonkursStage        *stage,
               const KonkursStageRule    *rule,
               const KonkursStageEntrant *entrant,
               StageResults              *results,
               KonkursStageEntry         *entry,
               GString                   *text,
               KonkursStageDecision      *direct)
{
  entry->application_id = entrant->application_id;
  entry->group = entrant->vacancy_id;
  direct->application_id = entrant->application_id;
  if (g_strcmp0 (entrant->status, "withdrawn") == 0)
    {
      direct->outcome = KONKURS_STAGE_OUTCOME_STAYS_OUT;
      direct->reason = KONKURS_STAGE_REASON_WITHDRAWN;
      return FALSE;
    }
  if (stage->kind == KONKURS_STAGE_DOCUMENTS)
    {
      gboolean eligible = g_strcmp0 (entrant->eligibility, "eligible") == 0;
      gboolean pending = g_strcmp0 (entrant->eligibility, "pending") == 0;

      direct->outcome = pending ? KONKURS_STAGE_OUTCOME_PENDING
                        : eligible ? KONKURS_STAGE_OUTCOME_GOES_ON : KONKURS_STAGE_OUTCOME_STAYS_OUT;
      direct->reason = pending ? KONKURS_STAGE_REASON_NO_RESULT
                       : eligible ? KONKURS_STAGE_REASON_ADMITTED : KONKURS_STAGE_REASON_NOT_ADMITTED;
      return FALSE;
    }
  if (results->commission != NULL &&
      (rule->score == KONKURS_STAGE_SCORE_VOTES || rule->score == KONKURS_STAGE_SCORE_MEMBERS_MEAN))
    {
      const KonkursMeetingDecision *d = g_hash_table_lookup (results->commission, &entrant->application_id);

      if (d != NULL)
        {
          score_commission (d, entry, text, direct);
          return FALSE;
        }
    }
  switch (rule->score)
    {
    case KONKURS_STAGE_SCORE_TESTS:
      score_tests (rule, results, entrant->application_id, entry, text);
      break;
    case KONKURS_STAGE_SCORE_MEMBERS_MEAN:
      score_members (results, entrant->application_id, entry, text);
      break;
    case KONKURS_STAGE_SCORE_EXPERTS_MEAN:
      score_essay (results, entrant->application_id, entry, text);
      break;
    case KONKURS_STAGE_SCORE_ASSESSMENT_CENTRE:
      score_assessment (rule, results, entrant->application_id, entry, text);
      break;
    default:
      /* no decision of the commission yet; the National Commission and
       * the decision stage: konkurs_store_results_stage_rows() */
      break;
    }
  return TRUE;
}

/* The rows of @stage: with the engine's decisions, or (@stored and the
 * stage closed) the outcomes it was closed with. */
static GPtrArray *
compute_rows (KonkursStore        *self,
              const KonkursStage  *stage,
              gboolean             stored,
              GError             **error)
{
  g_autoptr(GPtrArray) entrants = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_row_free);
  g_auto(StageResults) results = { NULL, };
  g_autofree KonkursStageEntry *entries = NULL;
  gboolean handled = FALSE;

  if (stage->state == KONKURS_STAGE_STATE_NOT_YET)
    return g_steal_pointer (&rows);
  entrants = konkurs_store_list_entrants (self, stage, error);
  if (entrants == NULL || !read_results (self, stage, &results, error))
    return NULL;
  entries = g_new0 (KonkursStageEntry, entrants->len + 1);
  for (guint i = 0; i < entrants->len; i++)
    {
      KonkursStageEntrant *entrant = g_ptr_array_index (entrants, i);
      KonkursStageRow *row = g_new0 (KonkursStageRow, 1);
      g_autoptr(GString) text = g_string_new (NULL);
      KonkursStageDecision direct = { 0, };

      row->application_id = entrant->application_id;
      row->personal_code = g_strdup (entrant->personal_code);
      row->vacancy_id = entrant->vacancy_id;
      row->track = entrant->track;
      row->level = entrant->level;
      if (!score_entrant (stage, konkurs_stage_get_rule (stage, entrant->track), entrant, &results, &entries[i],
                          text, &direct))
        row->decision = konkurs_stage_decision_copy (&direct);
      row->has_result = entries[i].has_result;
      row->score = entries[i].has_result ? entries[i].score : 0;
      row->result_text = g_string_free (g_steal_pointer (&text), FALSE);
      g_ptr_array_add (rows, row);
    }
  /* the cut-off, track by track (a group is one vacancy or the selection) */
  for (guint t = 0; stage->rules != NULL && t < stage->rules->len; t++)
    {
      const KonkursStageRule *rule = g_ptr_array_index (stage->rules, t);
      g_autoptr(GArray) mine = g_array_new (FALSE, FALSE, sizeof (KonkursStageEntry));
      g_autoptr(GArray) index = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GPtrArray) decisions = NULL;

      for (guint i = 0; i < rows->len; i++)
        {
          KonkursStageRow *row = g_ptr_array_index (rows, i);

          if (row->track == rule->track && row->decision == NULL)
            {
              g_array_append_val (mine, entries[i]);
              g_array_append_val (index, i);
            }
        }
      decisions = konkurs_stage_rule_decide (rule, (KonkursStageEntry *) mine->data, mine->len);
      for (guint k = 0; k < decisions->len; k++)
        ((KonkursStageRow *) g_ptr_array_index (rows, g_array_index (index, guint, k)))->decision =
          konkurs_stage_decision_copy (g_ptr_array_index (decisions, k));
    }
  /* the National Commission's top and the decision follow from the final results */
  if (!konkurs_store_results_stage_rows (self, stage, rows, &handled, error))
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    {
      KonkursStageRow *row = g_ptr_array_index (rows, i);
      KonkursStageDecision *outcome = g_hash_table_lookup (results.outcomes, &row->application_id);

      if (stored && outcome != NULL)
        {
          g_clear_pointer (&row->decision, konkurs_stage_decision_free);
          row->decision = konkurs_stage_decision_copy (outcome);
        }
      if (row->decision == NULL)
        row->decision = g_new0 (KonkursStageDecision, 1);
      row->decision->application_id = row->application_id;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
konkurs_store_list_stage_rows (KonkursStore  *self,
                               gint64         stage_id,
                               GError       **error)
{
  g_autoptr(KonkursStage) stage = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stage = konkurs_store_read_stage (self, stage_id, error);
  if (stage == NULL)
    return NULL;
  return compute_rows (self, stage, TRUE, error);
}

gboolean
konkurs_store_stage_fill_counts (KonkursStore  *self,
                                 KonkursStage  *stage,
                                 GError       **error)
{
  g_autoptr(GPtrArray) rows = compute_rows (self, stage, TRUE, error);

  if (rows == NULL)
    return FALSE;
  stage->n_entered = rows->len;
  stage->n_going_on = 0;
  stage->n_pending = 0;
  for (guint i = 0; i < rows->len; i++)
    {
      KonkursStageRow *row = g_ptr_array_index (rows, i);

      if (row->decision->outcome == KONKURS_STAGE_OUTCOME_GOES_ON)
        stage->n_going_on++;
      else if (row->decision->outcome == KONKURS_STAGE_OUTCOME_PENDING)
        stage->n_pending++;
    }
  return TRUE;
}

/* Writing outcomes */

char *
konkurs_store_stage_details (KonkursStore  *self,
                             const char    *reason,
                             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (self, "SELECT json_object ('reason', trim (?1))", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, reason != NULL ? reason : "", -1, SQLITE_STATIC);
  return konkurs_store_read_one (self, stmt, konkurs_store_map_text, NULL, "", error);
}

/* A pending row of a closed stage stays out: it had no result. */
static void
settle_pending (KonkursStageDecision *decision)
{
  if (decision->outcome != KONKURS_STAGE_OUTCOME_PENDING)
    return;
  decision->outcome = KONKURS_STAGE_OUTCOME_STAYS_OUT;
  decision->reason = KONKURS_STAGE_REASON_NO_RESULT;
}

/* Inserts or replaces the outcome of @row in @stage_id; its id. */
static gint64
write_outcome (KonkursStore                *self,
               gint64                       stage_id,
               const KonkursStageRow       *row,
               GError                     **error)
{
  const KonkursStageDecision *d = row->decision;
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  gint64 id = 0;

  /* cached: a stage of the Youth Reserve closes on tens of thousands */
  stmt = konkurs_store_cached (self,
                                "INSERT INTO stage_outcome (stage_id, application_id, outcome, reason, score, rank, "
                                "places, n_ranked, detail, detail_score, detail_mark, detail_max) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
                                "ON CONFLICT (stage_id, application_id) DO UPDATE SET outcome = excluded.outcome, "
                                "reason = excluded.reason, score = excluded.score, rank = excluded.rank, "
                                "places = excluded.places, n_ranked = excluded.n_ranked, detail = excluded.detail, "
                                "detail_score = excluded.detail_score, detail_mark = excluded.detail_mark, "
                                "detail_max = excluded.detail_max RETURNING id", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, stage_id);
  sqlite3_bind_int64 (stmt, 2, row->application_id);
  sqlite3_bind_text (stmt, 3, d->outcome == KONKURS_STAGE_OUTCOME_GOES_ON ? "goes-on" : "stays-out", -1,
                     SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, konkurs_stage_reason_to_code (d->reason), -1, SQLITE_STATIC);
  if (row->has_result)
    sqlite3_bind_int64 (stmt, 5, row->score);
  sqlite3_bind_int (stmt, 6, d->rank);
  sqlite3_bind_int (stmt, 7, d->places);
  sqlite3_bind_int (stmt, 8, d->n_ranked);
  sqlite3_bind_text (stmt, 9, d->detail, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 10, d->detail_score);
  sqlite3_bind_int (stmt, 11, d->detail_mark);
  sqlite3_bind_int (stmt, 12, d->detail_max);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &id, error))
    return 0;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_STAGE_OUTCOME);
  return id;
}

static gboolean
same_decision (const KonkursStageDecision *a,
               const KonkursStageDecision *b)
{
  return a->outcome == b->outcome && a->reason == b->reason && a->score == b->score && a->rank == b->rank &&
         a->places == b->places && a->n_ranked == b->n_ranked && g_strcmp0 (a->detail, b->detail) == 0 &&
         a->detail_score == b->detail_score && a->detail_mark == b->detail_mark && a->detail_max == b->detail_max;
}

gboolean
konkurs_store_stage_redecide (KonkursStore        *self,
                              const KonkursStage  *stage,
                              const char          *reason,
                              GError             **error)
{
  g_autoptr(GPtrArray) fresh = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autofree char *details = NULL;

  if (stage->state != KONKURS_STAGE_STATE_CLOSED)
    return TRUE;
  fresh = compute_rows (self, stage, FALSE, error);
  stored = fresh != NULL ? compute_rows (self, stage, TRUE, error) : NULL;
  details = stored != NULL ? konkurs_store_stage_details (self, reason, error) : NULL;
  if (details == NULL)
    return FALSE;
  for (guint i = 0; i < fresh->len; i++)
    {
      KonkursStageRow *row = g_ptr_array_index (fresh, i);
      KonkursStageRow *before = g_ptr_array_index (stored, i);
      gint64 id;

      settle_pending (row->decision);
      if (!row->has_result)
        row->decision->score = 0;
      if (same_decision (row->decision, before->decision))
        continue;
      id = write_outcome (self, stage->id, row, error);
      if (id == 0 || !konkurs_store_record_row (self, "correct", KONKURS_STORE_TABLE_STAGE_OUTCOME, id, details, error))
        return FALSE;
    }
  return TRUE;
}

/* Closing */

/* INVALID when an essay written for @stage is not final: whoever wrote
 * one waits for its grading or resolution, whatever the absent do. */
static gboolean
check_essays_final (KonkursStore        *self,
                    const KonkursStage  *stage,
                    GError             **error)
{
  g_autoptr(KonkursEssayStage) essay_stage = NULL;
  g_autoptr(GHashTable) tallies = NULL;
  g_autoptr(GError) local = NULL;
  GHashTableIter iter;
  const KonkursEssayTally *tally;
  guint grading = 0, resolution = 0;

  essay_stage = konkurs_store_read_essay_stage (self, stage->id, &local);
  if (essay_stage == NULL)
    return g_error_matches (local, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID) ||
           (g_propagate_error (error, g_steal_pointer (&local)), FALSE);
  tallies = konkurs_store_tally_essays (self, essay_stage, 0, error);
  if (tallies == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tally))
    if (!tally->rejected && tally->aggregate.status != KONKURS_ESSAY_STATUS_FINAL)
      {
        if (tally->aggregate.spread_over)
          resolution++;
        else
          grading++;
      }
  if (grading + resolution == 0)
    return TRUE;
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE, "%u essay is not final yet (%u to grade, %u to resolve): the stage "
                            "closes once every essay is final.",
                            "%u essays are not final yet (%u to grade, %u to resolve): the stage closes once every "
                            "essay is final.", grading + resolution), grading + resolution, grading, resolution);
  return FALSE;
}

/* INVALID when @rows cannot be decided yet: the documents stage with
 * undecided applications, a stage whose results come from elsewhere, or
 * rows without a result unless @absent_stay_out. */
static gboolean
check_closable (const KonkursStage  *stage,
                GPtrArray           *rows,
                gboolean             absent_stay_out,
                GError             **error)
{
  const KonkursStageRule *rule = stage->rules->len > 0 ? g_ptr_array_index (stage->rules, 0) : NULL;
  guint pending = 0;

  for (guint i = 0; i < rows->len; i++)
    if (((KonkursStageRow *) g_ptr_array_index (rows, i))->decision->outcome == KONKURS_STAGE_OUTCOME_PENDING)
      pending++;
  if (pending == 0)
    return TRUE;
  if (stage->kind == KONKURS_STAGE_DOCUMENTS)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u application is not decided yet: decide it before closing the documents review.",
                                "%u applications are not decided yet: decide them before closing the documents review.",
                                pending), pending);
      return FALSE;
    }
  if (rule != NULL && rule->score == KONKURS_STAGE_SCORE_VOTES && decided_in_meetings (stage))
    {
      if (absent_stay_out)
        return TRUE;
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u candidate has no decision of the commission yet: record it at a meeting, or "
                                "close the stage with those without a decision staying out.",
                                "%u candidates have no decision of the commission yet: record them at a meeting, "
                                "or close the stage with those without a decision staying out.", pending),
                   pending);
      return FALSE;
    }
  if (rule != NULL && (rule->score == KONKURS_STAGE_SCORE_VOTES || rule->score == KONKURS_STAGE_SCORE_NONE))
    return konkurs_store_invalid (error, _("The results of this stage come from the commission’s votes, "
                                           "which this version of Konkurs does not take yet."));
  if (absent_stay_out)
    return TRUE;
  if (rule != NULL && rule->score == KONKURS_STAGE_SCORE_EXPERTS_MEAN)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The results of this stage come from the essay grading: %u application has no "
                                "essay yet; or close the stage with those without an essay staying out.",
                                "The results of this stage come from the essay grading: %u applications have no "
                                "essay yet; or close the stage with those without an essay staying out.", pending),
                   pending);
      return FALSE;
    }
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
               g_dngettext (GETTEXT_PACKAGE,
                            "%u application has no result yet: enter it, or close the stage with those "
                            "without a result staying out.",
                            "%u applications have no result yet: enter them, or close the stage with those "
                            "without a result staying out.", pending), pending);
  return FALSE;
}

static gboolean
set_state (KonkursStore       *self,
           gint64              stage_id,
           KonkursStageState   state,
           GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *actor = konkurs_store_dup_actor (self);
  gboolean closing = state == KONKURS_STAGE_STATE_CLOSED;

  stmt = konkurs_store_prepare_id (self,
                                   closing ? "UPDATE competition_stage SET state = 'closed', "
                                             "closed_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), closed_by = ?2 "
                                             "WHERE id = ?1"
                                           : "UPDATE competition_stage SET state = 'open' WHERE id = ?1",
                                   stage_id, error);
  if (stmt == NULL)
    return FALSE;
  if (closing)
    sqlite3_bind_text (stmt, 2, actor, -1, SQLITE_STATIC);
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_STAGE);
  return konkurs_store_record_row (self, closing ? "close" : "open", KONKURS_STORE_TABLE_STAGE, stage_id, NULL,
                                   error);
}

static gboolean
write_closing (KonkursStore        *self,
               const KonkursStage  *stage,
               GPtrArray           *rows,
               GError             **error)
{
  g_autoptr(KonkursStoreRecordBatch) batch = NULL;
  g_autoptr(GPtrArray) stages = NULL;

  batch = konkurs_store_record_batch_new (self, "decide", KONKURS_STORE_TABLE_STAGE_OUTCOME, error);
  if (batch == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      KonkursStageRow *row = g_ptr_array_index (rows, i);
      gint64 id;

      settle_pending (row->decision);
      id = write_outcome (self, stage->id, row, error);
      if (id == 0 || !konkurs_store_record_batch_row (batch, id, NULL, error))
        return FALSE;
    }
  if (!konkurs_store_record_batch_finish (batch, error) ||
      !set_state (self, stage->id, KONKURS_STAGE_STATE_CLOSED, error))
    return FALSE;
  stages = konkurs_store_read_stages (self, stage->competition_id, error);
  if (stages == NULL)
    return FALSE;
  for (guint i = 0; i < stages->len; i++)
    {
      KonkursStage *next = g_ptr_array_index (stages, i);

      if (next->ordinal == stage->ordinal + 1 && next->state == KONKURS_STAGE_STATE_NOT_YET)
        return set_state (self, next->id, KONKURS_STAGE_STATE_OPEN, error);
    }
  return TRUE;
}

gboolean
konkurs_store_close_stage (KonkursStore  *self,
                           gint64         stage_id,
                           gboolean       absent_stay_out,
                           GError       **error)
{
  g_autoptr(KonkursStage) stage = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  stage = konkurs_store_read_stage (self, stage_id, error);
  if (stage == NULL)
    return FALSE;
  if (stage->state == KONKURS_STAGE_STATE_CLOSED)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED,
                   _("The stage “%s” is closed already."), _(konkurs_stage_kind_get_label (stage->kind)));
      return FALSE;
    }
  if (!konkurs_store_stage_check_writable (self, stage, NULL, error))
    return FALSE;
  if (stage->kind == KONKURS_STAGE_ESSAY && !check_essays_final (self, stage, error))
    return FALSE;
  rows = compute_rows (self, stage, FALSE, error);
  if (rows == NULL || !check_closable (stage, rows, absent_stay_out, error))
    return FALSE;
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_closing (self, stage, rows, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* A decision on admission after the documents review closed */

/* The closed documents stage of @competition_id into *@stage, NULL when
 * it has none or it is not closed.  Asked at every decision, so the
 * statement is the store's cached one (a decision runs in an operation). */
static gboolean
closed_documents (KonkursStore   *self,
                  gint64          competition_id,
                  KonkursStage  **stage,
                  GError        **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  gboolean found = FALSE;
  gint64 id = 0;

  *stage = NULL;
  stmt = konkurs_store_cached (self, "SELECT id FROM competition_stage WHERE competition_id = ?1 "
                               "AND kind = 'documents' AND state = 'closed'", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, competition_id);
  if (!konkurs_store_read_int64 (self, stmt, &found, &id, error))
    return FALSE;
  g_clear_pointer (&stmt, konkurs_store_stmt_release);
  if (found)
    *stage = konkurs_store_read_stage (self, id, error);
  return !found || *stage != NULL;
}

gboolean
konkurs_store_documents_check_change (KonkursStore  *self,
                                      gint64         competition_id,
                                      const char    *reason,
                                      gboolean      *closed,
                                      GError       **error)
{
  g_autoptr(KonkursStage) stage = NULL;

  *closed = FALSE;
  if (!closed_documents (self, competition_id, &stage, error))
    return FALSE;
  *closed = stage != NULL;
  return stage == NULL || konkurs_store_stage_check_writable (self, stage, reason, error);
}

gboolean
konkurs_store_documents_redecide (KonkursStore  *self,
                                  gint64         competition_id,
                                  const char    *reason,
                                  GError       **error)
{
  g_autoptr(KonkursStage) stage = NULL;

  return closed_documents (self, competition_id, &stage, error) &&
         (stage == NULL || konkurs_store_stage_redecide (self, stage, reason, error));
}
