/* konkurs-store-stage-results.c — the results of a stage: test results
 * with their attempts, the members' scores of a practical task and the
 * assessment centre's
 *
 * Each write checks the result against the stage's rule first, then
 * writes it with its record entry in one operation; a correction of a
 * closed stage carries its reason and decides the stage again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-stages-private.h"
#include "konkurs-text.h"

/* Boxed types */

G_DEFINE_BOXED_TYPE (KonkursTestResult, konkurs_test_result, konkurs_test_result_copy, konkurs_test_result_free)

static void
part_result_free (KonkursTestPartResult *part)
{
  g_free (part->part);
  g_free (part);
}

KonkursTestResult *
konkurs_test_result_new (gint64      application_id,
                         const char *test)
{
  KonkursTestResult *result = g_new0 (KonkursTestResult, 1);

  result->application_id = application_id;
  result->test = g_strdup (test != NULL ? test : "");
  result->present = TRUE;
  g_date_clear (&result->taken_on, 1);
  result->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_result_free);
  result->source = g_strdup ("entry");
  return result;
}

void
konkurs_test_result_add_part (KonkursTestResult *result,
                              const char        *part,
                              int                score)
{
  KonkursTestPartResult *added;

  g_return_if_fail (result != NULL);

  added = g_new0 (KonkursTestPartResult, 1);
  added->part = g_strdup (part != NULL ? part : "");
  added->score = score;
  g_ptr_array_add (result->parts, added);
}

KonkursTestResult *
konkurs_test_result_copy (const KonkursTestResult *result)
{
  KonkursTestResult *copy;

  g_return_val_if_fail (result != NULL, NULL);

  copy = g_memdup2 (result, sizeof *result);
  copy->test = g_strdup (result->test);
  copy->source = g_strdup (result->source);
  copy->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_result_free);
  for (guint i = 0; i < result->parts->len; i++)
    {
      const KonkursTestPartResult *part = g_ptr_array_index (result->parts, i);

      konkurs_test_result_add_part (copy, part->part, part->score);
    }
  return copy;
}

void
konkurs_test_result_free (KonkursTestResult *result)
{
  if (result == NULL)
    return;
  g_free (result->test);
  g_free (result->source);
  g_ptr_array_unref (result->parts);
  g_free (result);
}

G_DEFINE_BOXED_TYPE (KonkursMemberScore, konkurs_member_score, konkurs_member_score_copy, konkurs_member_score_free)

KonkursMemberScore *
konkurs_member_score_copy (const KonkursMemberScore *score)
{
  KonkursMemberScore *copy;

  g_return_val_if_fail (score != NULL, NULL);

  copy = g_memdup2 (score, sizeof *score);
  copy->member_name = g_strdup (score->member_name);
  return copy;
}

void
konkurs_member_score_free (KonkursMemberScore *score)
{
  if (score == NULL)
    return;
  g_free (score->member_name);
  g_free (score);
}

G_DEFINE_BOXED_TYPE (KonkursAssessment, konkurs_assessment, konkurs_assessment_copy, konkurs_assessment_free)

static void
competency_free (KonkursCompetencyScore *score)
{
  g_free (score->competency);
  g_free (score->assessor);
  g_free (score);
}

KonkursAssessment *
konkurs_assessment_new (gint64 application_id)
{
  KonkursAssessment *assessment = g_new0 (KonkursAssessment, 1);

  assessment->application_id = application_id;
  assessment->competencies = g_ptr_array_new_with_free_func ((GDestroyNotify) competency_free);
  assessment->supervisor = g_strdup ("");
  return assessment;
}

void
konkurs_assessment_add (KonkursAssessment *assessment,
                        const char        *competency,
                        const char        *assessor,
                        int                score)
{
  KonkursCompetencyScore *added;

  g_return_if_fail (assessment != NULL);

  added = g_new0 (KonkursCompetencyScore, 1);
  added->competency = g_strdup (competency != NULL ? competency : "");
  added->assessor = g_strdup (assessor != NULL ? assessor : "");
  added->score = score;
  g_ptr_array_add (assessment->competencies, added);
}

KonkursAssessment *
konkurs_assessment_copy (const KonkursAssessment *assessment)
{
  KonkursAssessment *copy;

  g_return_val_if_fail (assessment != NULL, NULL);

  copy = konkurs_assessment_new (assessment->application_id);
  g_free (copy->supervisor);
  copy->supervisor = g_strdup (assessment->supervisor);
  copy->interview_rating = assessment->interview_rating;
  for (guint i = 0; i < assessment->competencies->len; i++)
    {
      const KonkursCompetencyScore *score = g_ptr_array_index (assessment->competencies, i);

      konkurs_assessment_add (copy, score->competency, score->assessor, score->score);
    }
  return copy;
}

void
konkurs_assessment_free (KonkursAssessment *assessment)
{
  if (assessment == NULL)
    return;
  g_free (assessment->supervisor);
  g_ptr_array_unref (assessment->competencies);
  g_free (assessment);
}

/* What every write of a result checks first */

typedef struct {
  const KonkursStage        *stage;
  const KonkursStageEntrant *entrant;
  const KonkursStageRule    *rule;
  KonkursStage              *own_stage;    /* read for this write alone */
  KonkursStageEntrant       *own_entrant;
} Target;

static void
target_clear (Target *target)
{
  g_clear_pointer (&target->own_stage, konkurs_stage_free);
  g_clear_pointer (&target->own_entrant, konkurs_stage_entrant_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Target, target_clear)

/* Sets @target->rule: the rule of @target's stage for the entrant's
 * track, which must score by @score. */
static gboolean
target_check_score (Target             *target,
                    KonkursStageScore   score,
                    GError            **error)
{
  target->rule = konkurs_stage_get_rule (target->stage, target->entrant->track);
  if (target->rule == NULL || target->rule->score != score)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("The stage “%s” takes no results of this kind."),
                   _(konkurs_stage_kind_get_label (target->stage->kind)));
      return FALSE;
    }
  return TRUE;
}

/* Fills @target for a result of @application_id in @stage_id, whose rule
 * for the application's track must score by @score. */
static gboolean
find_target (KonkursStore       *self,
             gint64              stage_id,
             gint64              application_id,
             KonkursStageScore   score,
             const char         *reason,
             Target             *target,
             GError            **error)
{
  target->stage = target->own_stage = konkurs_store_read_stage (self, stage_id, error);
  if (target->stage == NULL || !konkurs_store_stage_check_writable (self, target->stage, reason, error))
    return FALSE;
  target->entrant = target->own_entrant = konkurs_store_find_entrant (self, target->stage, application_id, error);
  return target->entrant != NULL && target_check_score (target, score, error);
}

static gboolean
closed (const Target *target)
{
  return target->stage->state == KONKURS_STAGE_STATE_CLOSED;
}

/* Records row @id of @table as created or changed, with the reason of a
 * correction, and decides a closed stage again. */
static gboolean
record_result (KonkursStore  *self,
               const Target  *target,
               const char    *table,
               gint64         id,
               gboolean       created,
               const char    *reason,
               GError       **error)
{
  g_autofree char *details = NULL;

  if (closed (target) && (details = konkurs_store_stage_details (self, reason, error)) == NULL)
    return FALSE;
  konkurs_store_note_changed (self, table);
  return konkurs_store_record_row (self, closed (target) ? "correct" : created ? "create" : "update", table, id,
                                   details, error) &&
         konkurs_store_stage_redecide (self, target->stage, reason, error);
}

/* Test results */

static gboolean
check_test_result (const KonkursStageRule   *rule,
                   const KonkursTestResult  *result,
                   gboolean                  certified,
                   GError                  **error)
{
  g_autofree const char **codes = g_new0 (const char *, result->parts->len + 1);
  g_autofree int *scores = g_new0 (int, result->parts->len + 1);
  KonkursTestScore score = { result->test, result->present, result->score, codes, scores, result->parts->len,
                             certified };
  KonkursStageEntry entry = { 0, };
  g_autoptr(GError) invalid = NULL;

  for (guint i = 0; i < result->parts->len; i++)
    {
      const KonkursTestPartResult *part = g_ptr_array_index (result->parts, i);

      codes[i] = part->part;
      scores[i] = part->score;
    }
  if (!result->present && (result->score != 0 || result->parts->len > 0))
    return konkurs_store_invalid (error, _("An absent candidate has no score."));
  if (konkurs_stage_rule_score_tests (rule, &score, 1, &entry, &invalid))
    return TRUE;
  return konkurs_store_invalid (error, invalid->message);
}

static gboolean
insert_test_result (KonkursStore       *self,
                    gint64              stage_id,
                    KonkursTestResult  *result,
                    GError            **error)
{
  /* cached: an import writes tens of thousands, and preparing them took
   * more than half of its time */
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  g_autoptr(KonkursStoreStmt) part_stmt = NULL;

  stmt = konkurs_store_cached (self,
                               "INSERT INTO test_result (application_id, stage_id, test, attempt, taken_on, present, "
                               "score, max_score, source) VALUES (?1, ?2, ?3, (SELECT coalesce (max (attempt), 0) + 1 "
                               "FROM test_result WHERE stage_id = ?2 AND application_id = ?1 AND test = ?3), "
                               "?4, ?5, ?6, ?7, ?8) RETURNING id, attempt", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, result->application_id);
  sqlite3_bind_int64 (stmt, 2, stage_id);
  sqlite3_bind_text (stmt, 3, result->test, -1, SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 4, &result->taken_on);
  sqlite3_bind_int (stmt, 5, result->present);
  sqlite3_bind_int (stmt, 6, result->present ? result->score : 0);
  sqlite3_bind_int (stmt, 7, result->max_score);
  sqlite3_bind_text (stmt, 8, konkurs_text_is_blank (result->source) ? "entry" : result->source, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      konkurs_store_set_sqlite_error (self, sqlite3_extended_errcode (konkurs_store_get_db (self)), error);
      return FALSE;
    }
  result->id = sqlite3_column_int64 (stmt, 0);
  result->attempt = sqlite3_column_int (stmt, 1);
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;

  part_stmt = konkurs_store_cached (self, "INSERT INTO test_result_part (test_result_id, part, score) "
                                    "VALUES (?1, ?2, ?3)", error);
  if (part_stmt == NULL)
    return FALSE;
  for (guint i = 0; i < result->parts->len; i++)
    {
      const KonkursTestPartResult *part = g_ptr_array_index (result->parts, i);

      sqlite3_reset (part_stmt);
      sqlite3_bind_int64 (part_stmt, 1, result->id);
      sqlite3_bind_text (part_stmt, 2, part->part, -1, SQLITE_STATIC);
      sqlite3_bind_int (part_stmt, 3, part->score);
      if (!konkurs_store_step_done (self, part_stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Writes @result for @target, found and checked writable.  Only a
 * result taken from a certificate is @certified: a result typed or
 * imported must give its parts, whatever its source says. */
static gboolean
write_test_result (KonkursStore       *self,
                   const Target       *target,
                   KonkursTestResult  *result,
                   const char         *reason,
                   gboolean            certified,
                   GError            **error)
{
  guint mark;
  gboolean ok;

  if (!check_test_result (target->rule, result, certified, error))
    return FALSE;
  result->max_score = konkurs_stage_rule_find_test (target->rule, result->test)->max_score;
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = insert_test_result (self, target->stage->id, result, error) &&
       record_result (self, target, KONKURS_STORE_TABLE_TEST_RESULT, result->id, TRUE, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}


/* Many results of one stage */

struct _KonkursStageResults {
  KonkursStore *store;
  KonkursStage *stage;
  GPtrArray    *entrants;   /* of KonkursStageEntrant */
  GHashTable   *by_id;      /* application id → its entrant, in entrants */
};

KonkursStageResults *
konkurs_store_stage_results_new (KonkursStore  *self,
                                 gint64         stage_id,
                                 GError       **error)
{
  g_autoptr(KonkursStageResults) batch = g_new0 (KonkursStageResults, 1);

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  batch->store = g_object_ref (self);
  batch->stage = konkurs_store_read_stage (self, stage_id, error);
  if (batch->stage == NULL || !konkurs_store_stage_check_writable (self, batch->stage, NULL, error))
    return NULL;
  batch->entrants = konkurs_store_list_entrants (self, batch->stage, error);
  if (batch->entrants == NULL)
    return NULL;
  batch->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < batch->entrants->len; i++)
    {
      KonkursStageEntrant *entrant = g_ptr_array_index (batch->entrants, i);

      g_hash_table_insert (batch->by_id, &entrant->application_id, entrant);
    }
  return g_steal_pointer (&batch);
}

gboolean
konkurs_stage_results_add_test (KonkursStageResults  *batch,
                                KonkursTestResult    *result,
                                gboolean              certified,
                                GError              **error)
{
  Target target = { batch->stage, g_hash_table_lookup (batch->by_id, &result->application_id), NULL, NULL, NULL };

  g_return_val_if_fail (result != NULL, FALSE);

  if (target.entrant == NULL)
    return konkurs_store_entrant_not_found (batch->stage, error);
  return target_check_score (&target, KONKURS_STAGE_SCORE_TESTS, error) &&
         write_test_result (batch->store, &target, result, NULL, certified, error);
}

void
konkurs_stage_results_free (KonkursStageResults *batch)
{
  if (batch == NULL)
    return;
  g_clear_pointer (&batch->by_id, g_hash_table_unref);
  g_clear_pointer (&batch->entrants, g_ptr_array_unref);
  g_clear_pointer (&batch->stage, konkurs_stage_free);
  g_clear_object (&batch->store);
  g_free (batch);
}

gboolean
konkurs_store_add_test_result (KonkursStore       *self,
                               gint64              stage_id,
                               KonkursTestResult  *result,
                               const char         *reason,
                               GError            **error)
{
  g_auto(Target) target = { NULL, };

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (result != NULL, FALSE);

  return find_target (self, stage_id, result->application_id, KONKURS_STAGE_SCORE_TESTS, reason, &target, error) &&
         write_test_result (self, &target, result, reason, FALSE, error);
}

static gpointer
test_result_from_row (sqlite3_stmt *stmt,
                      gpointer      user_data)
{
  KonkursTestResult *result = konkurs_test_result_new (sqlite3_column_int64 (stmt, 1),
                                                       konkurs_store_column_text (stmt, 2));

  result->id = sqlite3_column_int64 (stmt, 0);
  result->attempt = sqlite3_column_int (stmt, 3);
  konkurs_store_column_date_into (stmt, 4, &result->taken_on);
  result->present = sqlite3_column_int (stmt, 5) != 0;
  result->score = sqlite3_column_int (stmt, 6);
  result->max_score = sqlite3_column_int (stmt, 7);
  g_free (result->source);
  result->source = g_strdup (konkurs_store_column_text (stmt, 8));
  g_hash_table_insert (user_data, &result->id, result);
  return result;
}

static void
part_from_row (sqlite3_stmt *stmt,
               gpointer      by_id)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  KonkursTestResult *result = g_hash_table_lookup (by_id, &id);

  if (result != NULL)
    konkurs_test_result_add_part (result, konkurs_store_column_text (stmt, 1), sqlite3_column_int (stmt, 2));
}

GPtrArray *
konkurs_store_list_test_results (KonkursStore  *self,
                                 gint64         stage_id,
                                 GError       **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  results = konkurs_store_read_all_id (self,
                                       "SELECT id, application_id, test, attempt, taken_on, present, score, "
                                       "max_score, source FROM test_result WHERE stage_id = ?1 "
                                       "ORDER BY application_id, test, attempt",
                                       stage_id, test_result_from_row, by_id,
                                       (GDestroyNotify) konkurs_test_result_free, error);
  if (results == NULL)
    return NULL;
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT p.test_result_id, p.part, p.score FROM test_result_part p "
                                   "JOIN test_result t ON t.id = p.test_result_id WHERE t.stage_id = ?1 "
                                   "ORDER BY p.test_result_id, p.part", stage_id, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, part_from_row, by_id, error))
    return NULL;
  return g_steal_pointer (&results);
}

/* Members' scores */

static KonkursCommissionMember *
find_member (KonkursStore  *self,
             gint64         member_id,
             GError       **error)
{
  g_autoptr(GPtrArray) members = konkurs_store_list_commission (self, error);

  if (members == NULL)
    return NULL;
  for (guint i = 0; i < members->len; i++)
    {
      KonkursCommissionMember *member = g_ptr_array_index (members, i);

      if (member->id != member_id)
        continue;
      if (!konkurs_commission_role_votes (member->role))
        {
          konkurs_store_invalid (error, _("The secretary of the commission has no vote and gives no score."));
          return NULL;
        }
      return g_ptr_array_steal_index (members, i);
    }
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
               _("The scorer is not a member of the commission (Preferences, Commission)."));
  return NULL;
}

static gboolean
write_member_score (KonkursStore                  *self,
                    const Target                  *target,
                    const KonkursCommissionMember *member,
                    int                            score,
                    const char                    *reason,
                    GError                       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = 0;
  gboolean found = FALSE;

  stmt = konkurs_store_prepare (self,
                                "SELECT id FROM stage_member_score WHERE stage_id = ?1 AND application_id = ?2 "
                                "AND member_id = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, target->stage->id);
  sqlite3_bind_int64 (stmt, 2, target->entrant->application_id);
  sqlite3_bind_int64 (stmt, 3, member->id);
  if (!konkurs_store_read_int64 (self, stmt, &found, &id, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = konkurs_store_prepare (self,
                                found ? "UPDATE stage_member_score SET member_name = ?4, score = ?5, "
                                        "scored_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?6"
                                      : "INSERT INTO stage_member_score (stage_id, application_id, member_id, "
                                        "member_name, score) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  if (!found)
    {
      sqlite3_bind_int64 (stmt, 1, target->stage->id);
      sqlite3_bind_int64 (stmt, 2, target->entrant->application_id);
      sqlite3_bind_int64 (stmt, 3, member->id);
    }
  sqlite3_bind_text (stmt, 4, konkurs_local_text_get_display (member->name), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, score);
  if (found)
    sqlite3_bind_int64 (stmt, 6, id);
  if (found ? !konkurs_store_step_done (self, stmt, error) : (id = konkurs_store_step_insert (self, stmt, error)) == 0)
    return FALSE;
  return record_result (self, target, KONKURS_STORE_TABLE_MEMBER_SCORE, id, !found, reason, error);
}

gboolean
konkurs_store_set_member_score (KonkursStore  *self,
                                gint64         stage_id,
                                gint64         application_id,
                                gint64         member_id,
                                int            score,
                                const char    *reason,
                                GError       **error)
{
  g_auto(Target) target = { NULL, };
  g_autoptr(KonkursCommissionMember) member = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!find_target (self, stage_id, application_id, KONKURS_STAGE_SCORE_MEMBERS_MEAN, reason, &target, error))
    return FALSE;
  if (score < 0 || (target.rule->max_score > 0 && score > target.rule->max_score))
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("The score %d is not between 0 and %d."), score, target.rule->max_score);
      return FALSE;
    }
  member = find_member (self, member_id, error);
  if (member == NULL || !konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_member_score (self, &target, member, score, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

static gpointer
member_score_from_row (sqlite3_stmt *stmt,
                       gpointer      user_data)
{
  KonkursMemberScore *score = g_new0 (KonkursMemberScore, 1);

  score->application_id = sqlite3_column_int64 (stmt, 0);
  score->member_id = sqlite3_column_int64 (stmt, 1);
  score->member_name = g_strdup (konkurs_store_column_text (stmt, 2));
  score->score = sqlite3_column_int (stmt, 3);
  return score;
}

GPtrArray *
konkurs_store_list_member_scores (KonkursStore  *self,
                                  gint64         stage_id,
                                  GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_all_id (self,
                                    "SELECT application_id, member_id, member_name, score FROM stage_member_score "
                                    "WHERE stage_id = ?1 ORDER BY application_id, member_id",
                                    stage_id, member_score_from_row, NULL,
                                    (GDestroyNotify) konkurs_member_score_free, error);
}

/* The assessment centre */

static gboolean
check_assessment (const KonkursStageRule   *rule,
                  const KonkursAssessment  *assessment,
                  GError                  **error)
{
  int top = rule->max_score > 0 ? rule->max_score : 5;

  if (konkurs_text_is_blank (assessment->supervisor))
    return konkurs_store_invalid (error, _("Name the supervisor who checked the assessors’ scores."));
  if (assessment->competencies->len == 0)
    return konkurs_store_invalid (error, _("The assessment has no competency scores."));
  if (assessment->interview_rating < 1 || assessment->interview_rating > top)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("The rating of the competency interview, %d, is not between 1 and %d."),
                   assessment->interview_rating, top);
      return FALSE;
    }
  for (guint i = 0; i < assessment->competencies->len; i++)
    {
      const KonkursCompetencyScore *score = g_ptr_array_index (assessment->competencies, i);

      if (konkurs_text_is_blank (score->competency) || konkurs_text_is_blank (score->assessor))
        return konkurs_store_invalid (error, _("Each competency score needs the competency and its assessor."));
      for (guint j = 0; j < i; j++)
        if (g_str_equal (((KonkursCompetencyScore *) g_ptr_array_index (assessment->competencies, j))->competency,
                         score->competency))
          {
            g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                         _("The competency “%s” is scored twice."), score->competency);
            return FALSE;
          }
      if (score->score < 1 || score->score > top)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("The score %d of the competency “%s” is not between 1 and %d."), score->score,
                       score->competency, top);
          return FALSE;
        }
    }
  return TRUE;
}

static gint64
assessment_score (const KonkursStageRule  *rule,
                  const KonkursAssessment *assessment)
{
  g_autofree int *scores = g_new0 (int, assessment->competencies->len + 1);

  for (guint i = 0; i < assessment->competencies->len; i++)
    scores[i] = ((KonkursCompetencyScore *) g_ptr_array_index (assessment->competencies, i))->score;
  return konkurs_stage_rule_assessment_score (rule, scores, assessment->competencies->len,
                                              assessment->interview_rating);
}

static gboolean
write_competencies (KonkursStore             *self,
                    gint64                    id,
                    const KonkursAssessment  *assessment,
                    GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare_id (self, "DELETE FROM assessment_competency WHERE assessment_id = ?1", id, error);
  if (stmt == NULL || !konkurs_store_step_done (self, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = konkurs_store_prepare_id (self, "INSERT INTO assessment_competency (assessment_id, competency, ordinal, "
                                   "assessor, score) VALUES (?1, ?2, ?3, ?4, ?5)", id, error);
  for (guint i = 0; stmt != NULL && i < assessment->competencies->len; i++)
    {
      const KonkursCompetencyScore *score = g_ptr_array_index (assessment->competencies, i);
      g_autofree char *competency = g_strstrip (g_strdup (score->competency));
      g_autofree char *assessor = g_strstrip (g_strdup (score->assessor));

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 2, competency, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, i + 1);
      sqlite3_bind_text (stmt, 4, assessor, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 5, score->score);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  return stmt != NULL;
}

static gboolean
write_assessment (KonkursStore             *self,
                  const Target             *target,
                  const KonkursAssessment  *assessment,
                  const char               *reason,
                  GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *supervisor = g_strstrip (g_strdup (assessment->supervisor));
  gboolean found = FALSE;
  gint64 id = 0;

  stmt = konkurs_store_prepare (self,
                                "SELECT id FROM assessment_result WHERE stage_id = ?1 AND application_id = ?2",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, target->stage->id);
  sqlite3_bind_int64 (stmt, 2, assessment->application_id);
  if (!konkurs_store_read_int64 (self, stmt, &found, &id, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO assessment_result (stage_id, application_id, supervisor, "
                                "interview_rating, score) VALUES (?1, ?2, ?3, ?4, ?5) "
                                "ON CONFLICT (stage_id, application_id) DO UPDATE SET supervisor = excluded.supervisor, "
                                "interview_rating = excluded.interview_rating, score = excluded.score, "
                                "entered_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, target->stage->id);
  sqlite3_bind_int64 (stmt, 2, assessment->application_id);
  sqlite3_bind_text (stmt, 3, supervisor, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, assessment->interview_rating);
  sqlite3_bind_int64 (stmt, 5, assessment_score (target->rule, assessment));
  if (!konkurs_store_read_int64 (self, stmt, NULL, &id, error))
    return FALSE;
  sqlite3_reset (stmt);   /* RETURNING: the row is written at the first step */
  return write_competencies (self, id, assessment, error) &&
         record_result (self, target, KONKURS_STORE_TABLE_ASSESSMENT, id, !found, reason, error);
}

gboolean
konkurs_store_save_assessment (KonkursStore             *self,
                               gint64                    stage_id,
                               const KonkursAssessment  *assessment,
                               const char               *reason,
                               GError                  **error)
{
  g_auto(Target) target = { NULL, };
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (assessment != NULL, FALSE);

  if (!find_target (self, stage_id, assessment->application_id, KONKURS_STAGE_SCORE_ASSESSMENT_CENTRE, reason,
                    &target, error) ||
      !check_assessment (target.rule, assessment, error) ||
      !konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_assessment (self, &target, assessment, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

static gpointer
assessment_from_row (sqlite3_stmt *stmt,
                     gpointer      by_id)
{
  KonkursAssessment *assessment = konkurs_assessment_new (sqlite3_column_int64 (stmt, 1));
  gint64 *id = g_new (gint64, 1);

  *id = sqlite3_column_int64 (stmt, 0);
  g_free (assessment->supervisor);
  assessment->supervisor = g_strdup (konkurs_store_column_text (stmt, 2));
  assessment->interview_rating = sqlite3_column_int (stmt, 3);
  g_hash_table_insert (by_id, id, assessment);
  return assessment;
}

static void
competency_from_row (sqlite3_stmt *stmt,
                     gpointer      by_id)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);
  KonkursAssessment *assessment = g_hash_table_lookup (by_id, &id);

  if (assessment != NULL)
    konkurs_assessment_add (assessment, konkurs_store_column_text (stmt, 1), konkurs_store_column_text (stmt, 2),
                            sqlite3_column_int (stmt, 3));
}

GPtrArray *
konkurs_store_list_assessments (KonkursStore  *self,
                                gint64         stage_id,
                                GError       **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) assessments = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  assessments = konkurs_store_read_all_id (self,
                                           "SELECT id, application_id, supervisor, interview_rating "
                                           "FROM assessment_result WHERE stage_id = ?1 ORDER BY application_id",
                                           stage_id, assessment_from_row, by_id,
                                           (GDestroyNotify) konkurs_assessment_free, error);
  if (assessments == NULL)
    return NULL;
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT c.assessment_id, c.competency, c.assessor, c.score "
                                   "FROM assessment_competency c JOIN assessment_result a ON a.id = c.assessment_id "
                                   "WHERE a.stage_id = ?1 ORDER BY c.assessment_id, c.ordinal", stage_id, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, competency_from_row, by_id, error))
    return NULL;
  return g_steal_pointer (&assessments);
}
