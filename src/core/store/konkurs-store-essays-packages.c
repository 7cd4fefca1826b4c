/* konkurs-store-essays-packages.c — what an expert takes away (a package)
 * and what comes back (a signed results file)
 *
 * A package is built from the essay, application (the personal code),
 * expert and competition tables only: never from the registry of people
 * (test-anonymous proves it with SQLite's authorizer).  A results file is
 * imported all or nothing, after every check: the package is ours, the
 * signature holds under its secret, it is the expert's, every code was
 * given to them in it, every criterion is the rule's and every point in
 * its range, and the very same file was not imported before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-essay-signature.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-essays-private.h"
#include "konkurs-text.h"

/* Issuing a package */

/* The expert's essays of the stage that no package of theirs holds yet. */
#define UNPACKED_SQL \
  "SELECT g.essay_id FROM essay_assignment g JOIN essay e ON e.id = g.essay_id " \
  "WHERE e.stage_id = ?1 AND g.expert_id = ?2 AND g.replaced_at IS NULL AND NOT EXISTS (" \
  "  SELECT 1 FROM essay_package_essay pe JOIN essay_package p ON p.id = pe.package_id " \
  "  WHERE p.expert_id = ?2 AND pe.essay_id = g.essay_id) ORDER BY g.essay_id"

static gint64
insert_package (KonkursStore  *self,
                gint64         stage_id,
                gint64         expert_id,
                GArray        *essay_ids,
                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *uid = g_uuid_string_random ();
  g_autofree char *secret = konkurs_essay_secret_new ();
  g_autofree char *actor = konkurs_store_dup_actor (self);
  gint64 id;

  stmt = konkurs_store_prepare_id (self, "INSERT INTO essay_package (uid, stage_id, expert_id, secret, issued_by) "
                                   "VALUES (?2, ?1, ?3, ?4, ?5)", stage_id, error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 2, uid, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, expert_id);
  sqlite3_bind_text (stmt, 4, secret, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, actor, -1, SQLITE_STATIC);
  if ((id = konkurs_store_step_insert (self, stmt, error)) == 0)
    return 0;
  for (guint i = 0; i < essay_ids->len; i++)
    {
      g_autoptr(KonkursStoreStmt) add = konkurs_store_cached (self, "INSERT INTO essay_package_essay (package_id, "
                                                              "essay_id) VALUES (?1, ?2)", error);

      if (add == NULL)
        return 0;
      sqlite3_bind_int64 (add, 1, id);
      sqlite3_bind_int64 (add, 2, g_array_index (essay_ids, gint64, i));
      if (!konkurs_store_step_done (self, add, error))
        return 0;
    }
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ESSAY_PACKAGE);
  if (!konkurs_store_record_row (self, "issue", KONKURS_STORE_TABLE_ESSAY_PACKAGE, id, NULL, error))
    return 0;
  return id;
}

static void
package_essay_row (sqlite3_stmt *stmt,
                   gpointer      package)
{
  konkurs_essay_package_add_essay (package, konkurs_store_column_text (stmt, 0), konkurs_store_column_text (stmt, 1),
                                   konkurs_store_column_text (stmt, 2), konkurs_store_column_text (stmt, 3),
                                   sqlite3_column_int (stmt, 4), sqlite3_column_int (stmt, 5));
}

static gpointer
package_from_row (sqlite3_stmt *stmt,
                  gpointer      user_data)
{
  KonkursEssayPackage *package = konkurs_essay_package_new ();

  g_free (package->package_id);
  package->package_id = g_strdup (konkurs_store_column_text (stmt, 0));
  g_free (package->secret);
  package->secret = g_strdup (konkurs_store_column_text (stmt, 1));
  package->expert_id = sqlite3_column_int64 (stmt, 2);
  g_free (package->expert_name);
  package->expert_name = g_strdup (konkurs_store_column_text (stmt, 3));
  g_clear_pointer (&package->competition, konkurs_local_text_free);
  package->competition = konkurs_store_column_local_text (stmt, 4);
  g_free (package->issued_at);
  package->issued_at = g_strdup (konkurs_store_column_text (stmt, 6));
  return package;
}

/* Package @package_id as the expert takes it away: the essays of it the
 * expert still grades, by code. */
static KonkursEssayPackage *
read_package (KonkursStore             *self,
              const KonkursEssayStage  *stage,
              gint64                    package_id,
              GError                  **error)
{
  g_autoptr(KonkursEssayPackage) package = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  package = konkurs_store_read_one_id (self, "SELECT p.uid, p.secret, p.expert_id, x.full_name, c.title_kk, "
                                       "c.title_ru, p.issued_at FROM essay_package p "
                                       "JOIN expert x ON x.id = p.expert_id "
                                       "JOIN competition_stage s ON s.id = p.stage_id "
                                       "JOIN competition c ON c.id = s.competition_id WHERE p.id = ?1",
                                       package_id, package_from_row, NULL, _("The package does not exist."), error);
  if (package == NULL)
    return NULL;
  g_clear_pointer (&package->rule, konkurs_essay_rule_free);
  package->rule = konkurs_essay_rule_copy (stage->rule);
  stmt = konkurs_store_prepare_id (self, "SELECT a.personal_code, e.topic, e.body, e.language, e.word_count, e.minutes "
                                   "FROM essay_package_essay pe JOIN essay e ON e.id = pe.essay_id "
                                   "JOIN application a ON a.id = e.application_id "
                                   "JOIN essay_package p ON p.id = pe.package_id "
                                   "JOIN essay_assignment g ON g.essay_id = e.id AND g.expert_id = p.expert_id "
                                   "  AND g.replaced_at IS NULL "
                                   "WHERE pe.package_id = ?1 ORDER BY a.personal_code", package_id, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, package_essay_row, package, error))
    return NULL;
  return g_steal_pointer (&package);
}

KonkursEssayPackage *
konkurs_store_issue_package (KonkursStore  *self,
                             gint64         stage_id,
                             gint64         expert_id,
                             GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) unpacked = NULL;
  gboolean found = FALSE;
  gint64 package_id = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stage = konkurs_store_read_essay_stage (self, stage_id, error);
  if (stage == NULL)
    return NULL;
  stmt = konkurs_store_prepare_id (self, UNPACKED_SQL, stage_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, expert_id);
  if ((unpacked = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    return NULL;
  if (unpacked->len == 0)
    {
      g_clear_pointer (&stmt, sqlite3_finalize);
      stmt = konkurs_store_prepare_id (self, "SELECT id FROM essay_package WHERE stage_id = ?1 AND expert_id = ?2 "
                                       "ORDER BY id DESC LIMIT 1", stage_id, error);
      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 2, expert_id);
      if (!konkurs_store_read_int64 (self, stmt, &found, &package_id, error))
        return NULL;
      if (!found)
        {
          g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                               _("The expert has no essay to grade in this stage: assign the essays first."));
          return NULL;
        }
      return read_package (self, stage, package_id, error);
    }
  if (!konkurs_store_op_begin (self, &mark, error))
    return NULL;
  package_id = insert_package (self, stage_id, expert_id, unpacked, error);
  ok = konkurs_store_op_finish (self, mark, package_id != 0, error);
  return ok ? read_package (self, stage, package_id, error) : NULL;
}

/* Importing results */

typedef struct {
  gint64  id;
  gint64  stage_id;
  gint64  expert_id;
  char   *secret;
  char   *expert_name;
} IssuedPackage;

static void
issued_package_free (IssuedPackage *package)
{
  g_free (package->secret);
  g_free (package->expert_name);
  g_free (package);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IssuedPackage, issued_package_free)

static gpointer
issued_from_row (sqlite3_stmt *stmt,
                 gpointer      user_data)
{
  IssuedPackage *package = g_new0 (IssuedPackage, 1);

  package->id = sqlite3_column_int64 (stmt, 0);
  package->stage_id = sqlite3_column_int64 (stmt, 1);
  package->expert_id = sqlite3_column_int64 (stmt, 2);
  package->secret = g_strdup (konkurs_store_column_text (stmt, 3));
  package->expert_name = g_strdup (konkurs_store_column_text (stmt, 4));
  return package;
}

/* An essay of a package, as its code is looked up. */
typedef struct {
  gint64   essay_id;
  gboolean scored;      /* the expert has a score of it already */
} PackageEssay;

/* One essay's points as the file gives them. */
typedef struct {
  gint64   essay_id;
  gboolean scored;
  char    *code;
  int    *points;       /* by the rule's criteria; -1: not given */
  int     total;
  guint   n_given;
} EssayPoints;

static void
essay_points_free (EssayPoints *points)
{
  g_free (points->code);
  g_free (points->points);
  g_free (points);
}

/* The essays of @package its expert still grades: code -> PackageEssay.
 * Whether each is scored already is read here for the whole file rather
 * than by a query per score. */
static GHashTable *
package_codes (KonkursStore         *self,
               const IssuedPackage  *package,
               GError              **error)
{
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = konkurs_store_prepare_id (self, "SELECT a.personal_code, e.id, EXISTS (SELECT 1 FROM essay_score s "
                                   "  WHERE s.essay_id = e.id AND s.expert_id = ?2) FROM essay_package_essay pe "
                                   "JOIN essay e ON e.id = pe.essay_id JOIN application a ON a.id = e.application_id "
                                   "JOIN essay_assignment g ON g.essay_id = e.id AND g.expert_id = ?2 "
                                   "  AND g.replaced_at IS NULL WHERE pe.package_id = ?1", package->id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, package->expert_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PackageEssay *essay = g_new (PackageEssay, 1);

      essay->essay_id = sqlite3_column_int64 (stmt, 1);
      essay->scored = sqlite3_column_int (stmt, 2) != 0;
      g_hash_table_insert (codes, g_strdup (konkurs_store_column_text (stmt, 0)), essay);
    }
  if (rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&codes);
}

/* The scores of @results by essay, in the order they first appear: INVALID
 * for a code not given to the expert in the package, an unknown criterion
 * or points outside its range. */
static GPtrArray *
check_scores (const KonkursEssayResults  *results,
              const KonkursEssayRule     *rule,
              GHashTable                 *codes,
              GError                    **error)
{
  g_autoptr(GPtrArray) essays = g_ptr_array_new_with_free_func ((GDestroyNotify) essay_points_free);
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < results->scores->len; i++)
    {
      const KonkursPackageScore *score = g_ptr_array_index (results->scores, i);
      const PackageEssay *essay = g_hash_table_lookup (codes, score->code);
      EssayPoints *points = g_hash_table_lookup (by_code, score->code);
      guint c;

      if (essay == NULL)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("%s: this essay was not given to the expert in this package."), score->code);
          return NULL;
        }
      for (c = 0; c < rule->criteria->len; c++)
        if (g_strcmp0 (((KonkursEssayCriterion *) g_ptr_array_index (rule->criteria, c))->code, score->criterion) == 0)
          break;
      if (c == rule->criteria->len)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("%s: the criterion “%s” is not one of the rule set’s."), score->code, score->criterion);
          return NULL;
        }
      if (score->points < ((KonkursEssayCriterion *) g_ptr_array_index (rule->criteria, c))->min_points ||
          score->points > ((KonkursEssayCriterion *) g_ptr_array_index (rule->criteria, c))->max_points)
        {
          const KonkursEssayCriterion *criterion = g_ptr_array_index (rule->criteria, c);

          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("%s: %d points for “%s” are outside its range, %d to %d."), score->code, score->points,
                       criterion->code, criterion->min_points, criterion->max_points);
          return NULL;
        }
      if (points == NULL)
        {
          points = g_new0 (EssayPoints, 1);
          points->essay_id = essay->essay_id;
          points->scored = essay->scored;
          points->code = g_strdup (score->code);
          points->points = g_new (int, rule->criteria->len);
          for (guint k = 0; k < rule->criteria->len; k++)
            points->points[k] = -1;
          g_ptr_array_add (essays, points);
          g_hash_table_insert (by_code, points->code, points);
        }
      if (points->points[c] < 0)
        points->n_given++;
      else
        points->total -= points->points[c];
      points->points[c] = score->points;
      points->total += score->points;
    }
  return g_steal_pointer (&essays);
}

/* SHA-256 of what the file says: the signed lines and the signature. */
static char *
results_digest (const KonkursEssayResults *results)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_checksum_update (checksum, (const guchar *) results->package_id, -1);
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  for (guint i = 0; i < results->scores->len; i++)
    {
      const KonkursPackageScore *score = g_ptr_array_index (results->scores, i);
      g_autofree char *line = g_strdup_printf ("%s\t%s\t%d\n", score->code, score->criterion, score->points);

      g_checksum_update (checksum, (const guchar *) line, -1);
    }
  g_checksum_update (checksum, (const guchar *) (results->signature != NULL ? results->signature : ""), -1);
  return g_strdup (g_checksum_get_string (checksum));
}

/* DUPLICATE for the same file again; REASON_NEEDED for another file of
 * the package without @reason. */
static gboolean
check_replay (KonkursStore         *self,
              const IssuedPackage  *package,
              const char           *digest,
              const char           *reason,
              GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *when = NULL;
  gboolean earlier = FALSE;
  int rc;

  stmt = konkurs_store_prepare_id (self, "SELECT digest = ?2, imported_at FROM essay_results_file "
                                   "WHERE package_id = ?1 ORDER BY digest = ?2 DESC, id DESC", package->id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, digest, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (sqlite3_column_int (stmt, 0))
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE,
                       _("These results were imported already, on %s: the same file is not imported twice."),
                       konkurs_store_column_text (stmt, 1));
          return FALSE;
        }
      earlier = TRUE;
      g_free (when);
      when = g_strdup (konkurs_store_column_text (stmt, 1));
      break;
    }
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  if (earlier && konkurs_text_is_blank (reason))
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED,
                   _("Other results of this package were imported on %s: say why these replace them."), when);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_points (KonkursStore            *self,
              gint64                   score_id,
              const EssayPoints       *points,
              const KonkursEssayRule  *rule,
              GError                 **error)
{
  if (points->scored)
    {
      g_autoptr(KonkursStoreStmt) clear = konkurs_store_cached (self, "DELETE FROM essay_score_point "
                                                                 "WHERE essay_score_id = ?1", error);

      if (clear == NULL)
        return FALSE;
      sqlite3_bind_int64 (clear, 1, score_id);
      if (!konkurs_store_step_done (self, clear, error))
        return FALSE;
    }
  for (guint c = 0; c < rule->criteria->len; c++)
    {
      g_autoptr(KonkursStoreStmt) stmt = konkurs_store_cached (self, "INSERT INTO essay_score_point (essay_score_id, "
                                                               "criterion, points) VALUES (?1, ?2, ?3)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, score_id);
      sqlite3_bind_text (stmt, 2, ((KonkursEssayCriterion *) g_ptr_array_index (rule->criteria, c))->code, -1,
                         SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, points->points[c]);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_score (KonkursStore               *self,
             KonkursStoreRecordBatch    *batch,
             const IssuedPackage        *package,
             const EssayPoints          *points,
             const KonkursEssayRule     *rule,
             const KonkursEssayResults  *results,
             const char                 *details,
             GError                    **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  const char *comment = konkurs_essay_results_get_comment (results, points->code);
  gint64 id = 0;

  /* cached: the 300 files of a Youth Reserve selection bring 60,000 scores,
   * and preparing the statements for each was a third of their import */
  stmt = konkurs_store_cached (self, "INSERT INTO essay_score (essay_id, expert_id, score, comment, package_id) "
                               "VALUES (?1, ?2, ?3, trim (?4), ?5) ON CONFLICT (essay_id, expert_id) DO UPDATE "
                               "SET score = excluded.score, comment = excluded.comment, "
                               "package_id = excluded.package_id, "
                               "scored_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, points->essay_id);
  sqlite3_bind_int64 (stmt, 2, package->expert_id);
  sqlite3_bind_int (stmt, 3, points->total);
  sqlite3_bind_text (stmt, 4, comment != NULL ? comment : "", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, package->id);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &id, error))
    return FALSE;
  return write_points (self, id, points, rule, error) &&
         konkurs_store_record_batch_row_as (batch, points->scored ? "update" : "score", id, details, error);
}

static gboolean
write_results (KonkursStore               *self,
               const IssuedPackage        *package,
               const KonkursEssayRule     *rule,
               const KonkursEssayResults  *results,
               GPtrArray                  *essays,
               const char                 *digest,
               const char                 *source,
               const char                 *reason,
               guint                      *n_scored,
               GError                    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(KonkursStoreRecordBatch) batch = NULL;
  g_autofree char *actor = konkurs_store_dup_actor (self);
  g_autofree char *details = NULL;
  gint64 file_id;

  stmt = konkurs_store_prepare_id (self, "INSERT INTO essay_results_file (package_id, digest, imported_by, source, "
                                   "reason) VALUES (?1, ?2, ?3, ?4, trim (?5))", package->id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, digest, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, actor, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, source != NULL ? source : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, reason != NULL ? reason : "", -1, SQLITE_STATIC);
  file_id = konkurs_store_step_insert (self, stmt, error);
  if (file_id == 0 || !konkurs_store_record_row (self, "import", "essay_results_file", file_id, NULL, error))
    return FALSE;
  details = konkurs_store_essay_details (self, konkurs_text_is_blank (reason) ? "source" : "reason",
                                        konkurs_text_is_blank (reason) ? source : reason, error);
  if (details == NULL)
    return FALSE;
  /* the scores' entries through one batch: the record's head read and
   * written once per file, not once per score */
  batch = konkurs_store_record_batch_new (self, "score", KONKURS_STORE_TABLE_ESSAY_SCORE, error);
  if (batch == NULL)
    return FALSE;
  for (guint i = 0; i < essays->len; i++)
    {
      const EssayPoints *points = g_ptr_array_index (essays, i);

      /* an essay not fully graded keeps what it had */
      if (points->n_given < rule->criteria->len)
        continue;
      if (!write_score (self, batch, package, points, rule, results, *details != '\0' ? details : NULL, error))
        return FALSE;
      (*n_scored)++;
    }
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ESSAY_SCORE);
  return konkurs_store_record_batch_finish (batch, error);
}

static gboolean
check_results (KonkursStore               *self,
               const KonkursEssayResults  *results,
               const IssuedPackage        *package,
               const KonkursEssayStage    *stage,
               GError                    **error)
{
  if (results->signature == NULL || *results->signature == '\0')
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_SIGNATURE,
                   _("The results of package %s are not signed: only a file saved by the grading window can be "
                     "imported."), results->package_id);
      return FALSE;
    }
  if (!konkurs_essay_results_verify (results, package->secret))
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_SIGNATURE,
                   _("The signature of the results of package %s does not match: a score or a code was changed "
                     "after the expert saved them."), results->package_id);
      return FALSE;
    }
  if (results->expert_id != package->expert_id)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("Package %s was issued to %s, not to the expert these results name."), results->package_id,
                   package->expert_name);
      return FALSE;
    }
  return konkurs_store_stage_check_writable (self, stage->stage, NULL, error);
}

gboolean
konkurs_store_import_essay_results (KonkursStore               *self,
                                    const KonkursEssayResults  *results,
                                    const char                 *source,
                                    const char                 *reason,
                                    guint                      *n_scored,
                                    GError                    **error)
{
  g_autoptr(IssuedPackage) package = NULL;
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) codes = NULL;
  g_autoptr(GPtrArray) essays = NULL;
  g_autofree char *digest = NULL;
  g_autofree char *foreign = NULL;
  guint mark, n = 0;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (results != NULL, FALSE);

  if (n_scored != NULL)
    *n_scored = 0;
  stmt = konkurs_store_prepare (self, "SELECT p.id, p.stage_id, p.expert_id, p.secret, x.full_name "
                                "FROM essay_package p JOIN expert x ON x.id = p.expert_id WHERE p.uid = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, results->package_id != NULL ? results->package_id : "", -1, SQLITE_STATIC);
  foreign = g_strdup_printf (_("Package %s was not issued by this database: these results belong elsewhere."),
                             results->package_id);
  package = konkurs_store_read_one (self, stmt, issued_from_row, NULL, foreign, error);
  if (package == NULL)
    return FALSE;
  stage = konkurs_store_read_essay_stage (self, package->stage_id, error);
  if (stage == NULL || !check_results (self, results, package, stage, error) ||
      (codes = package_codes (self, package, error)) == NULL ||
      (essays = check_scores (results, stage->rule, codes, error)) == NULL)
    return FALSE;
  digest = results_digest (results);
  if (!check_replay (self, package, digest, reason, error) || !konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_results (self, package, stage->rule, results, essays, digest, source, reason, &n, error);
  ok = konkurs_store_op_finish (self, mark, ok, error);
  if (ok && n_scored != NULL)
    *n_scored = n;
  return ok;
}
