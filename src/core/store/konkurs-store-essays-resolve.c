/* konkurs-store-essays-resolve.c — the grades of an essay and the load of
 * each grader, the chair's resolution, the agreement between graders, and
 * the seal on the writers' identities
 *
 * Everything here but konkurs_store_list_essay_writers() reads the essays,
 * the applications' codes and the experts only: the writers' names come
 * from the registry of people once, after the recorded unsealing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-essays-private.h"
#include "konkurs-text.h"

/* Grades */

static void
package_score_free (KonkursPackageScore *score)
{
  g_free (score->code);
  g_free (score->criterion);
  g_free (score);
}

G_DEFINE_BOXED_TYPE (KonkursEssayGrade, konkurs_essay_grade, konkurs_essay_grade_copy, konkurs_essay_grade_free)

static KonkursEssayGrade *
grade_new (void)
{
  KonkursEssayGrade *grade = g_new0 (KonkursEssayGrade, 1);

  grade->points = g_ptr_array_new_with_free_func ((GDestroyNotify) package_score_free);
  return grade;
}

static void
grade_add_points (KonkursEssayGrade *grade,
                  const char        *code,
                  const char        *criterion,
                  int                points)
{
  KonkursPackageScore *score = g_new0 (KonkursPackageScore, 1);

  score->code = g_strdup (code);
  score->criterion = g_strdup (criterion);
  score->points = points;
  g_ptr_array_add (grade->points, score);
}

KonkursEssayGrade *
konkurs_essay_grade_copy (const KonkursEssayGrade *grade)
{
  KonkursEssayGrade *copy;

  g_return_val_if_fail (grade != NULL, NULL);

  copy = grade_new ();
  copy->expert_id = grade->expert_id;
  copy->expert_name = g_strdup (grade->expert_name);
  copy->round = grade->round;
  copy->has_score = grade->has_score;
  copy->total = grade->total;
  for (guint i = 0; i < grade->points->len; i++)
    {
      const KonkursPackageScore *score = g_ptr_array_index (grade->points, i);

      grade_add_points (copy, score->code, score->criterion, score->points);
    }
  copy->comment = g_strdup (grade->comment);
  copy->scored_at = g_strdup (grade->scored_at);
  copy->package_id = g_strdup (grade->package_id);
  return copy;
}

void
konkurs_essay_grade_free (KonkursEssayGrade *grade)
{
  if (grade == NULL)
    return;
  g_free (grade->expert_name);
  g_ptr_array_unref (grade->points);
  g_free (grade->comment);
  g_free (grade->scored_at);
  g_free (grade->package_id);
  g_free (grade);
}

static gpointer
grade_from_row (sqlite3_stmt *stmt,
                gpointer      by_expert)
{
  KonkursEssayGrade *grade = grade_new ();

  grade->expert_id = sqlite3_column_int64 (stmt, 0);
  grade->expert_name = g_strdup (konkurs_store_column_text (stmt, 1));
  grade->round = sqlite3_column_int (stmt, 2);
  grade->has_score = sqlite3_column_type (stmt, 3) != SQLITE_NULL;
  grade->total = sqlite3_column_int (stmt, 3);
  grade->comment = g_strdup (konkurs_store_column_text (stmt, 4));
  if (grade->has_score)
    grade->scored_at = g_strdup (konkurs_store_column_text (stmt, 5));
  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    grade->package_id = g_strdup (konkurs_store_column_text (stmt, 6));
  g_hash_table_insert (by_expert, &grade->expert_id, grade);
  return grade;
}

/* The points in the order of the rule's criteria (unknown ones last). */
static void
points_row (sqlite3_stmt *stmt,
            gpointer      by_expert)
{
  gint64 expert_id = sqlite3_column_int64 (stmt, 0);
  KonkursEssayGrade *grade = g_hash_table_lookup (by_expert, &expert_id);

  if (grade != NULL)
    grade_add_points (grade, konkurs_store_column_text (stmt, 1), konkurs_store_column_text (stmt, 2),
                      sqlite3_column_int (stmt, 3));
}

GPtrArray *
konkurs_store_list_essay_grades (KonkursStore  *self,
                                 gint64         essay_id,
                                 GError       **error)
{
  g_autoptr(GHashTable) by_expert = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GPtrArray) grades = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  grades = konkurs_store_read_all_id (self,
                                      "SELECT g.expert_id, x.full_name, g.round, s.score, s.comment, s.scored_at, "
                                      "p.uid FROM essay_assignment g JOIN expert x ON x.id = g.expert_id "
                                      "LEFT JOIN essay_score s ON s.essay_id = g.essay_id AND s.expert_id = g.expert_id "
                                      "LEFT JOIN essay_package p ON p.id = s.package_id "
                                      "WHERE g.essay_id = ?1 AND g.replaced_at IS NULL ORDER BY g.round, g.id",
                                      essay_id, grade_from_row, by_expert, (GDestroyNotify) konkurs_essay_grade_free,
                                      error);
  if (grades == NULL)
    return NULL;
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT s.expert_id, a.personal_code, pt.criterion, pt.points "
                                   "FROM essay_score_point pt JOIN essay_score s ON s.id = pt.essay_score_id "
                                   "JOIN essay e ON e.id = s.essay_id JOIN application a ON a.id = e.application_id "
                                   "LEFT JOIN competition_stage st ON st.id = e.stage_id "
                                   "LEFT JOIN competition c ON c.id = st.competition_id "
                                   "LEFT JOIN rule_set_essay_criterion k ON k.rule_set_id = c.rule_set_id "
                                   "  AND k.code = pt.criterion "
                                   "  AND k.track = (SELECT r.value->>'track' FROM json_each (st.rules) r LIMIT 1) "
                                   "WHERE s.essay_id = ?1 ORDER BY s.expert_id, k.ordinal IS NULL, k.ordinal, "
                                   "pt.criterion", essay_id, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, points_row, by_expert, error))
    return NULL;
  return g_steal_pointer (&grades);
}

/* Loads */

G_DEFINE_BOXED_TYPE (KonkursExpertLoad, konkurs_expert_load, konkurs_expert_load_copy, konkurs_expert_load_free)

KonkursExpertLoad *
konkurs_expert_load_copy (const KonkursExpertLoad *load)
{
  KonkursExpertLoad *copy;

  g_return_val_if_fail (load != NULL, NULL);

  copy = g_memdup2 (load, sizeof *load);
  copy->full_name = g_strdup (load->full_name);
  copy->sectors = g_strdup (load->sectors);
  return copy;
}

void
konkurs_expert_load_free (KonkursExpertLoad *load)
{
  if (load == NULL)
    return;
  g_free (load->full_name);
  g_free (load->sectors);
  g_free (load);
}

static gpointer
load_from_row (sqlite3_stmt *stmt,
               gpointer      user_data)
{
  KonkursExpertLoad *load = g_new0 (KonkursExpertLoad, 1);

  load->expert_id = sqlite3_column_int64 (stmt, 0);
  load->full_name = g_strdup (konkurs_store_column_text (stmt, 1));
  if (!konkurs_expert_background_from_code (konkurs_store_column_text (stmt, 2), &load->background))
    load->background = 0;
  load->sectors = g_strdup (konkurs_store_column_text (stmt, 3));
  load->assigned = sqlite3_column_int (stmt, 4);
  load->graded = sqlite3_column_int (stmt, 5);
  load->packages = sqlite3_column_int (stmt, 6);
  load->mean_total = sqlite3_column_double (stmt, 7);
  return load;
}

GPtrArray *
konkurs_store_list_expert_loads (KonkursStore  *self,
                                 gint64         stage_id,
                                 GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stage = konkurs_store_read_essay_stage (self, stage_id, error);
  if (stage == NULL)
    return NULL;
  /* the stage's kind of grader (the pool, or the commission's members),
   * and whoever holds its essays */
  stmt = konkurs_store_prepare_id (self,
                                   "WITH mine (expert_id, essay_id) AS MATERIALIZED (\n"
                                   "  SELECT g.expert_id, g.essay_id FROM essay_assignment g JOIN essay e "
                                   "  ON e.id = g.essay_id WHERE e.stage_id = ?1 AND g.replaced_at IS NULL),\n"
                                   "scored (expert_id, total) AS MATERIALIZED (\n"
                                   "  SELECT s.expert_id, s.score FROM essay_score s JOIN essay e ON e.id = s.essay_id "
                                   "  WHERE e.stage_id = ?1)\n"
                                   "SELECT x.id, x.full_name, x.background, "
                                   "(SELECT group_concat (sector, ', ') FROM (SELECT sector FROM expert_sector "
                                   "  WHERE expert_id = x.id ORDER BY sector)), "
                                   "(SELECT count(*) FROM mine WHERE expert_id = x.id), "
                                   "(SELECT count(*) FROM scored WHERE expert_id = x.id), "
                                   "(SELECT count(*) FROM essay_package p WHERE p.expert_id = x.id AND p.stage_id = ?1), "
                                   "(SELECT avg (total) FROM scored WHERE expert_id = x.id) "
                                   "FROM expert x WHERE (?2 = 0 AND x.member_id IS NULL) "
                                   "OR (?2 = 1 AND x.member_id IS NOT NULL) "
                                   "OR x.id IN (SELECT expert_id FROM mine) "
                                   "ORDER BY konkurs_sort_key (x.full_name, NULL, NULL), x.id",
                                   stage_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 2, stage->rule->graders == KONKURS_ESSAY_GRADERS_COMMISSION);
  return konkurs_store_read_all (self, stmt, load_from_row, NULL, (GDestroyNotify) konkurs_expert_load_free, error);
}

/* The chair's resolution */

static gboolean
write_resolution (KonkursStore  *self,
                  gint64         essay_id,
                  gint64         score,
                  const char    *reason,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *actor = konkurs_store_dup_actor (self);
  gboolean found = FALSE;
  gint64 id = 0;

  stmt = konkurs_store_prepare_id (self, "SELECT id FROM essay_resolution WHERE essay_id = ?1", essay_id, error);
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, &found, &id, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = konkurs_store_prepare_id (self, "INSERT INTO essay_resolution (essay_id, method, score, reason, resolved_by) "
                                   "VALUES (?1, 'chair', ?2, trim (?3), ?4) ON CONFLICT (essay_id) DO UPDATE SET "
                                   "method = 'chair', score = excluded.score, reason = excluded.reason, "
                                   "resolved_by = excluded.resolved_by, "
                                   "resolved_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') RETURNING id",
                                   essay_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, score);
  sqlite3_bind_text (stmt, 3, reason, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, actor, -1, SQLITE_STATIC);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &id, error))
    return FALSE;
  sqlite3_reset (stmt);
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ESSAY_RESOLUTION);
  return konkurs_store_record_row (self, found ? "update" : "resolve", KONKURS_STORE_TABLE_ESSAY_RESOLUTION, id, NULL,
                                   error);
}

gboolean
konkurs_store_resolve_essay (KonkursStore  *self,
                             gint64         essay_id,
                             gint64         score,
                             const char    *reason,
                             GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_autoptr(GHashTable) tallies = NULL;
  const KonkursEssayTally *tally;
  gint64 low, high;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (konkurs_text_is_blank (reason))
    return konkurs_store_invalid (error, _("Write down why the chair resolves the essay’s score."));
  stage = konkurs_store_read_essay_stage_of (self, essay_id, error);
  if (stage == NULL || !konkurs_store_stage_check_writable (self, stage->stage, NULL, error))
    return FALSE;
  low = 100 * (gint64) konkurs_essay_rule_get_min_total (stage->rule);
  high = 100 * (gint64) konkurs_essay_rule_get_max_total (stage->rule);
  if (score < low || score > high)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("The resolved score must be between %.2f and %.2f."), low / 100.0, high / 100.0);
      return FALSE;
    }
  tallies = konkurs_store_tally_essays (self, stage, essay_id, error);
  if (tallies == NULL)
    return FALSE;
  tally = g_hash_table_lookup (tallies, &essay_id);
  if (tally == NULL || (tally->aggregate.status != KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION &&
                        tally->aggregate.status != KONKURS_ESSAY_STATUS_GRADED))
    return konkurs_store_invalid (error, _("Only an essay whose graders differ by more than the spread allows "
                                           "needs the chair’s resolution."));
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_resolution (self, essay_id, score, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Agreement */

typedef struct {
  GArray *values;     /* of double, row-major once the width is known */
  GArray *units;      /* of guint: where each unit's values start */
  gint64  last_essay;
  guint   width;
} Units;

static void
unit_value (sqlite3_stmt *stmt,
            gpointer      user_data)
{
  Units *units = user_data;
  gint64 essay_id = sqlite3_column_int64 (stmt, 0);
  double value = sqlite3_column_double (stmt, 1);
  guint start;

  if (units->units->len == 0 || essay_id != units->last_essay)
    {
      g_array_append_val (units->units, units->values->len);
      units->last_essay = essay_id;
    }
  g_array_append_val (units->values, value);
  start = g_array_index (units->units, guint, units->units->len - 1);
  units->width = MAX (units->width, units->values->len - start);
}

gboolean
konkurs_store_get_essay_agreement (KonkursStore      *self,
                                   gint64             stage_id,
                                   const char        *sector,
                                   KonkursAgreement  *out,
                                   GError           **error)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree double *matrix = NULL;
  Units units = { values, starts, 0, 0 };

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  /* the first graders' totals; the fourth grader is not independent of them */
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT e.id, s.score FROM essay e JOIN application a ON a.id = e.application_id "
                                   "JOIN essay_assignment g ON g.essay_id = e.id AND g.round = 1 "
                                   "  AND g.replaced_at IS NULL "
                                   "JOIN essay_score s ON s.essay_id = e.id AND s.expert_id = g.expert_id "
                                   "WHERE e.stage_id = ?1 AND (?2 IS NULL OR a.sector = ?2) ORDER BY e.id, g.id",
                                   stage_id, error);
  if (stmt == NULL)
    return FALSE;
  if (sector != NULL)
    sqlite3_bind_text (stmt, 2, sector, -1, SQLITE_STATIC);
  if (!konkurs_store_each_row (self, stmt, unit_value, &units, error))
    return FALSE;
  /* alpha does not ask who gave a value, only which unit: a grader's
   * column is their place among the essay's graders */
  matrix = g_new (double, MAX (1, (gsize) starts->len * units.width));
  for (guint u = 0; u < starts->len; u++)
    {
      guint start = g_array_index (starts, guint, u);
      guint end = u + 1 < starts->len ? g_array_index (starts, guint, u + 1) : values->len;

      for (guint k = 0; k < units.width; k++)
        matrix[u * units.width + k] = start + k < end ? g_array_index (values, double, start + k) : NAN;
    }
  konkurs_agreement_alpha_interval (matrix, starts->len, MAX (units.width, 1), out);
  return TRUE;
}

/* The seal */

gboolean
konkurs_store_get_essays_sealed (KonkursStore  *self,
                                 gint64         stage_id,
                                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, "SELECT EXISTS (SELECT 1 FROM essay_unsealing "
                                                           "WHERE stage_id = ?1)", stage_id, error);
  gint64 unsealed = 0;

  g_return_val_if_fail (KONKURS_IS_STORE (self), TRUE);

  /* on an error, sealed: identities are never shown by mistake */
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, &unsealed, error))
    return TRUE;
  return !unsealed;
}

static gboolean
write_unsealing (KonkursStore  *self,
                 gint64         stage_id,
                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *actor = konkurs_store_dup_actor (self);
  gint64 id;

  stmt = konkurs_store_prepare_id (self, "INSERT INTO essay_unsealing (stage_id, unsealed_by) VALUES (?1, ?2)",
                                   stage_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, actor, -1, SQLITE_STATIC);
  id = konkurs_store_step_insert (self, stmt, error);
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ESSAY_SEAL);
  return id != 0 && konkurs_store_record_row (self, "unseal", KONKURS_STORE_TABLE_ESSAY_SEAL, id, NULL, error);
}

gboolean
konkurs_store_unseal_essays (KonkursStore  *self,
                             gint64         stage_id,
                             GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_autoptr(GHashTable) tallies = NULL;
  g_autoptr(GError) local = NULL;
  GHashTableIter iter;
  const KonkursEssayTally *tally;
  guint open = 0, mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  stage = konkurs_store_read_essay_stage (self, stage_id, error);
  if (stage == NULL)
    return FALSE;
  if (!konkurs_store_get_essays_sealed (self, stage_id, &local))
    return konkurs_store_invalid (error, _("The writers of these essays were unsealed already."));
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  tallies = konkurs_store_tally_essays (self, stage, 0, error);
  if (tallies == NULL)
    return FALSE;
  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tally))
    open += !tally->rejected && tally->aggregate.status != KONKURS_ESSAY_STATUS_FINAL;
  if (open > 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u essay is not final yet: the writers stay sealed until every essay is final.",
                                "%u essays are not final yet: the writers stay sealed until every essay is final.",
                                open), open);
      return FALSE;
    }
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_unsealing (self, stage_id, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

GHashTable *
konkurs_store_list_essay_writers (KonkursStore  *self,
                                  gint64         stage_id,
                                  GError       **error)
{
  g_autoptr(GHashTable) writers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local = NULL;
  int rc;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  if (konkurs_store_get_essays_sealed (self, stage_id, &local))
    {
      if (local != NULL)
        g_propagate_error (error, g_steal_pointer (&local));
      else
        g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_SEALED,
                             _("The writers of the essays stay sealed until every essay is final and the stage is "
                               "unsealed."));
      return NULL;
    }
  stmt = konkurs_store_prepare_id (self, "SELECT a.personal_code, trim (c.surname || ' ' || c.name || ' ' || "
                                   "c.patronymic) FROM essay e JOIN application a ON a.id = e.application_id "
                                   "JOIN candidate c ON c.id = a.candidate_id WHERE e.stage_id = ?1", stage_id, error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (writers, g_strdup (konkurs_store_column_text (stmt, 0)),
                         g_strdup (konkurs_store_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&writers);
}
