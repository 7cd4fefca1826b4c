/* konkurs-store-essays.c — the essays of an essay stage as they arrive,
 * by personal code, and where each stands
 *
 * The essays' views are read from the essay and application tables only
 * (the code, the sector): never from the registry of people, which
 * test-anonymous proves with SQLite's authorizer.  Where an essay stands is
 * not stored: the tally of its graders' totals is aggregated by the rule
 * (konkurs_essay_rule_aggregate()) whenever it is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-essays-private.h"
#include "konkurs-text.h"

static const char * const proctor_codes[] = { "unknown", "accepted", "rejected" };

const char *
konkurs_proctor_verdict_to_code (KonkursProctorVerdict verdict)
{
  return (guint) verdict < G_N_ELEMENTS (proctor_codes) ? proctor_codes[verdict] : NULL;
}

gboolean
konkurs_proctor_verdict_from_code (const char            *code,
                                   KonkursProctorVerdict *out)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (proctor_codes); i++)
    if (g_str_equal (code, proctor_codes[i]))
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

KonkursEssayInput *
konkurs_essay_input_new (const char *code)
{
  KonkursEssayInput *input = g_new0 (KonkursEssayInput, 1);

  input->code = g_strdup (code != NULL ? code : "");
  input->topic = g_strdup ("");
  input->body = g_strdup ("");
  input->language = g_strdup ("");
  input->proctor_note = g_strdup ("");
  return input;
}

void
konkurs_essay_input_free (KonkursEssayInput *input)
{
  if (input == NULL)
    return;
  g_free (input->code);
  g_free (input->topic);
  g_free (input->body);
  g_free (input->language);
  g_free (input->submitted_at);
  g_free (input->proctor_note);
  g_free (input);
}

G_DEFINE_BOXED_TYPE (KonkursEssay, konkurs_essay, konkurs_essay_copy, konkurs_essay_free)

KonkursEssay *
konkurs_essay_copy (const KonkursEssay *essay)
{
  KonkursEssay *copy;

  g_return_val_if_fail (essay != NULL, NULL);

  copy = g_memdup2 (essay, sizeof *essay);
  copy->code = g_strdup (essay->code);
  copy->sector = g_strdup (essay->sector);
  copy->topic = g_strdup (essay->topic);
  copy->language = g_strdup (essay->language);
  copy->submitted_at = g_strdup (essay->submitted_at);
  copy->proctor_note = g_strdup (essay->proctor_note);
  return copy;
}

void
konkurs_essay_free (KonkursEssay *essay)
{
  if (essay == NULL)
    return;
  g_free (essay->code);
  g_free (essay->sector);
  g_free (essay->topic);
  g_free (essay->language);
  g_free (essay->submitted_at);
  g_free (essay->proctor_note);
  g_free (essay);
}

/* The essay stage and its rule */

void
konkurs_essay_stage_free (KonkursEssayStage *stage)
{
  if (stage == NULL)
    return;
  g_clear_pointer (&stage->stage, konkurs_stage_free);
  g_clear_pointer (&stage->rule, konkurs_essay_rule_free);
  g_free (stage);
}

KonkursEssayStage *
konkurs_store_read_essay_stage (KonkursStore  *self,
                                gint64         stage_id,
                                GError       **error)
{
  g_autoptr(KonkursEssayStage) essay_stage = g_new0 (KonkursEssayStage, 1);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  const KonkursStageRule *stage_rule;
  gint64 rule_set_id = 0, members = 0;

  essay_stage->stage = konkurs_store_read_stage (self, stage_id, error);
  if (essay_stage->stage == NULL)
    return NULL;
  stage_rule = essay_stage->stage->rules->len > 0 ? g_ptr_array_index (essay_stage->stage->rules, 0) : NULL;
  if (essay_stage->stage->kind != KONKURS_STAGE_ESSAY || stage_rule == NULL)
    {
      konkurs_store_invalid (error, _("This stage is not an essay stage."));
      return NULL;
    }
  stmt = konkurs_store_prepare_id (self, "SELECT rule_set_id FROM competition WHERE id = ?1",
                                   essay_stage->stage->competition_id, error);
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, &rule_set_id, error))
    return NULL;
  g_clear_pointer (&stmt, sqlite3_finalize);
  /* the commission's graders: its voting members (the secretary does not vote) */
  stmt = konkurs_store_prepare (self, "SELECT count(*) FROM default_commission_member WHERE role <> 'secretary'",
                                error);
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, &members, error))
    return NULL;
  rules = konkurs_store_read_essay_rules (self, rule_set_id, stage_rule->track, error);
  if (rules == NULL)
    return NULL;
  if (rules->len == 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("The rule set of this competition says nothing about grading the essay of track “%s”."),
                   konkurs_track_to_code (stage_rule->track));
      return NULL;
    }
  essay_stage->rule = g_ptr_array_steal_index (rules, 0);
  essay_stage->n_members = (guint) members;
  essay_stage->required = konkurs_essay_rule_required_graders (essay_stage->rule, (int) members);
  return g_steal_pointer (&essay_stage);
}

KonkursEssayStage *
konkurs_store_read_essay_stage_of (KonkursStore  *self,
                                   gint64         essay_id,
                                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, "SELECT stage_id FROM essay WHERE id = ?1",
                                                           essay_id, error);
  gboolean found = FALSE;
  gint64 stage_id = 0;

  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, &found, &stage_id, error))
    return NULL;
  if (!found || stage_id == 0)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("The essay does not exist, or belongs to no essay stage."));
      return NULL;
    }
  return konkurs_store_read_essay_stage (self, stage_id, error);
}

KonkursEssayRule *
konkurs_store_get_essay_rule (KonkursStore  *self,
                              gint64         stage_id,
                              GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stage = konkurs_store_read_essay_stage (self, stage_id, error);
  return stage != NULL ? g_steal_pointer (&stage->rule) : NULL;
}

/* The tally of each essay */

void
konkurs_essay_tally_free (KonkursEssayTally *tally)
{
  if (tally == NULL)
    return;
  g_array_unref (tally->totals);
  g_free (tally);
}

static void
tally_row (sqlite3_stmt *stmt,
           gpointer      tallies)
{
  gint64 essay_id = sqlite3_column_int64 (stmt, 0);
  KonkursEssayTally *tally = g_hash_table_lookup (tallies, &essay_id);

  if (tally == NULL)
    {
      tally = g_new0 (KonkursEssayTally, 1);
      tally->essay_id = essay_id;
      tally->application_id = sqlite3_column_int64 (stmt, 1);
      tally->rejected = sqlite3_column_int (stmt, 2) != 0;
      tally->totals = g_array_new (FALSE, FALSE, sizeof (int));
      tally->has_chair = sqlite3_column_type (stmt, 6) != SQLITE_NULL;
      tally->chair_score = sqlite3_column_int64 (stmt, 6);
      g_hash_table_insert (tallies, &tally->essay_id, tally);
    }
  if (sqlite3_column_type (stmt, 3) == SQLITE_NULL)
    return;
  tally->n_assigned++;
  tally->n_fourth += sqlite3_column_int (stmt, 4) == 2;
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    {
      int total = sqlite3_column_int (stmt, 5);

      tally->n_graded++;
      g_array_append_val (tally->totals, total);
    }
}

GHashTable *
konkurs_store_tally_essays (KonkursStore             *self,
                            const KonkursEssayStage  *stage,
                            gint64                    essay_id,
                            GError                  **error)
{
  g_autoptr(GHashTable) tallies = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                         (GDestroyNotify) konkurs_essay_tally_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GHashTableIter iter;
  KonkursEssayTally *tally;

  /* in assignment order, the fourth grader last; a replaced grader is out */
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT e.id, e.application_id, e.proctor = 'rejected', a.id, a.round, s.score, "
                                   "  (SELECT r.score FROM essay_resolution r WHERE r.essay_id = e.id "
                                   "   AND r.method = 'chair') "
                                   "FROM essay e "
                                   "LEFT JOIN essay_assignment a ON a.essay_id = e.id AND a.replaced_at IS NULL "
                                   "LEFT JOIN essay_score s ON s.essay_id = e.id AND s.expert_id = a.expert_id "
                                   "WHERE e.stage_id = ?1 AND (?2 = 0 OR e.id = ?2) "
                                   "ORDER BY e.id, a.round, a.id", stage->stage->id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, essay_id);
  if (!konkurs_store_each_row (self, stmt, tally_row, tallies, error))
    return NULL;
  g_hash_table_iter_init (&iter, tallies);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &tally))
    konkurs_essay_rule_aggregate (stage->rule, (const int *) tally->totals->data, tally->totals->len,
                                  tally->n_assigned, stage->required, tally->has_chair ? &tally->chair_score : NULL,
                                  &tally->aggregate);
  return g_steal_pointer (&tallies);
}

/* Reading essays */

#define ESSAY_SELECT \
  "SELECT e.id, e.stage_id, a.personal_code, a.sector, e.topic, e.language, e.word_count, e.minutes, " \
  "e.submitted_at, e.proctor, e.proctor_note FROM essay e JOIN application a ON a.id = e.application_id "

static gpointer
essay_from_row (sqlite3_stmt *stmt,
                gpointer      user_data)
{
  KonkursEssay *essay = g_new0 (KonkursEssay, 1);

  essay->id = sqlite3_column_int64 (stmt, 0);
  essay->stage_id = sqlite3_column_int64 (stmt, 1);
  essay->code = g_strdup (konkurs_store_column_text (stmt, 2));
  essay->sector = g_strdup (konkurs_store_column_text (stmt, 3));
  essay->topic = g_strdup (konkurs_store_column_text (stmt, 4));
  essay->language = g_strdup (konkurs_store_column_text (stmt, 5));
  essay->word_count = sqlite3_column_int (stmt, 6);
  essay->minutes = sqlite3_column_int (stmt, 7);
  essay->submitted_at = g_strdup (konkurs_store_column_text (stmt, 8));
  konkurs_proctor_verdict_from_code (konkurs_store_column_text (stmt, 9), &essay->proctor);
  essay->proctor_note = g_strdup (konkurs_store_column_text (stmt, 10));
  return essay;
}

static void
fill_status (KonkursEssay            *essay,
             const KonkursEssayStage *stage,
             GHashTable              *tallies)
{
  const KonkursEssayTally *tally = g_hash_table_lookup (tallies, &essay->id);

  essay->n_required = stage->required;
  if (tally == NULL)
    return;
  essay->n_assigned = tally->n_assigned;
  essay->n_graded = tally->n_graded;
  essay->aggregate = tally->aggregate;
}

GPtrArray *
konkurs_store_list_essays (KonkursStore  *self,
                           gint64         stage_id,
                           GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_autoptr(GHashTable) tallies = NULL;
  g_autoptr(GPtrArray) essays = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stage = konkurs_store_read_essay_stage (self, stage_id, error);
  if (stage == NULL)
    return NULL;
  essays = konkurs_store_read_all_id (self, ESSAY_SELECT "WHERE e.stage_id = ?1 ORDER BY a.personal_code",
                                      stage_id, essay_from_row, NULL, (GDestroyNotify) konkurs_essay_free, error);
  tallies = essays != NULL ? konkurs_store_tally_essays (self, stage, 0, error) : NULL;
  if (tallies == NULL)
    return NULL;
  for (guint i = 0; i < essays->len; i++)
    fill_status (g_ptr_array_index (essays, i), stage, tallies);
  return g_steal_pointer (&essays);
}

KonkursEssay *
konkurs_store_get_essay (KonkursStore  *self,
                         gint64         essay_id,
                         GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_autoptr(GHashTable) tallies = NULL;
  g_autoptr(KonkursEssay) essay = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  essay = konkurs_store_read_one_id (self, ESSAY_SELECT "WHERE e.id = ?1", essay_id, essay_from_row, NULL,
                                     _("The essay does not exist: it may have been deleted."), error);
  if (essay == NULL)
    return NULL;
  stage = konkurs_store_read_essay_stage (self, essay->stage_id, error);
  tallies = stage != NULL ? konkurs_store_tally_essays (self, stage, essay_id, error) : NULL;
  if (tallies == NULL)
    return NULL;
  fill_status (essay, stage, tallies);
  return g_steal_pointer (&essay);
}

char *
konkurs_store_get_essay_body (KonkursStore  *self,
                              gint64         essay_id,
                              GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_one_id (self, "SELECT body FROM essay WHERE id = ?1", essay_id, konkurs_store_map_text,
                                    NULL, _("The essay does not exist: it may have been deleted."), error);
}

/* Saving essays */

char *
konkurs_store_essay_details (KonkursStore  *self,
                             const char    *key,
                             const char    *value,
                             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (konkurs_text_is_blank (value))
    return g_strdup ("");
  stmt = konkurs_store_prepare (self, "SELECT json_object (?1, trim (?2))", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  return konkurs_store_read_one (self, stmt, konkurs_store_map_text, NULL, "", error);
}

static int
count_words (const char *body)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", body != NULL ? body : "", 0, 0);
  int n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += *words[i] != '\0';
  return n;
}

/* INVALID naming the code when @input cannot be saved into @stage;
 * *@application_id its application, *@essay_id its essay (0: none yet). */
static gboolean
check_input (KonkursStore             *self,
             const KonkursStage       *stage,
             GHashTable               *entrants,
             const KonkursEssayInput  *input,
             gint64                   *application_id,
             gint64                   *essay_id,
             GError                  **error)
{
  const KonkursStageEntrant *entrant = g_hash_table_lookup (entrants, input->code != NULL ? input->code : "");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  KonkursProctorVerdict verdict;
  gint64 scores = 0;

  if (entrant == NULL)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("%s: no application with this personal code entered the essay stage."), input->code);
      return FALSE;
    }
  if (input->language != NULL && *input->language != '\0' && !g_str_equal (input->language, "kk") &&
      !g_str_equal (input->language, "ru"))
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("%s: the language “%s” is neither kk nor ru."), input->code, input->language);
      return FALSE;
    }
  if (input->word_count < 0 || input->minutes < 0 || konkurs_proctor_verdict_to_code (input->proctor) == NULL ||
      !konkurs_proctor_verdict_from_code (konkurs_proctor_verdict_to_code (input->proctor), &verdict))
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("%s: the words, minutes or proctor’s verdict are not valid."), input->code);
      return FALSE;
    }
  *application_id = entrant->application_id;
  stmt = konkurs_store_prepare_id (self, "SELECT e.id, (SELECT count(*) FROM essay_score s WHERE s.essay_id = e.id) "
                                   "FROM essay e WHERE e.application_id = ?1", entrant->application_id, error);
  *essay_id = 0;
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, essay_id, error))
    return FALSE;
  scores = *essay_id != 0 ? sqlite3_column_int64 (stmt, 1) : 0;
  if (scores > 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("%s: the essay has been graded already; a new text would void its grades."), input->code);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_input (KonkursStore             *self,
             gint64                    stage_id,
             gint64                    application_id,
             gint64                    essay_id,
             const KonkursEssayInput  *input,
             const char               *source,
             const char               *details,
             GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean creating = essay_id == 0;

  stmt = konkurs_store_prepare (self, essay_id == 0
                                ? "INSERT INTO essay (application_id, stage_id, topic, body, language, word_count, "
                                  "minutes, submitted_at, proctor, proctor_note, source) VALUES (?1, ?2, trim (?3), "
                                  "?4, ?5, ?6, ?7, coalesce (?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), ?9, "
                                  "trim (?10), ?11)"
                                : "UPDATE essay SET application_id = ?1, stage_id = ?2, topic = trim (?3), body = ?4, "
                                  "language = ?5, word_count = ?6, minutes = ?7, "
                                  "submitted_at = coalesce (?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')), proctor = ?9, "
                                  "proctor_note = trim (?10), source = ?11 WHERE id = ?12", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, application_id);
  sqlite3_bind_int64 (stmt, 2, stage_id);
  sqlite3_bind_text (stmt, 3, input->topic != NULL ? input->topic : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, input->body != NULL ? input->body : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, input->language != NULL ? input->language : "", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, input->word_count > 0 ? input->word_count : count_words (input->body));
  sqlite3_bind_int (stmt, 7, input->minutes);
  if (input->submitted_at != NULL && *input->submitted_at != '\0')
    sqlite3_bind_text (stmt, 8, input->submitted_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, konkurs_proctor_verdict_to_code (input->proctor), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, input->proctor_note != NULL ? input->proctor_note : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, source != NULL ? source : "", -1, SQLITE_STATIC);
  if (essay_id == 0)
    essay_id = konkurs_store_step_insert (self, stmt, error);
  else
    {
      sqlite3_bind_int64 (stmt, 12, essay_id);
      if (!konkurs_store_step_changed (self, stmt, _("The essay was deleted meanwhile."), error))
        essay_id = 0;
    }
  return essay_id != 0 &&
         konkurs_store_record_row (self, creating ? "create" : "update", KONKURS_STORE_TABLE_ESSAY, essay_id,
                                   details, error);
}

gboolean
konkurs_store_save_essays (KonkursStore  *self,
                           gint64         stage_id,
                           GPtrArray     *inputs,
                           const char    *source,
                           GError       **error)
{
  g_autoptr(KonkursEssayStage) stage = NULL;
  g_autoptr(GPtrArray) entrants = NULL;
  g_autoptr(GHashTable) by_code = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *details = NULL;
  gboolean ok = TRUE;
  guint mark;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (inputs != NULL, FALSE);

  stage = konkurs_store_read_essay_stage (self, stage_id, error);
  if (stage == NULL || !konkurs_store_stage_check_writable (self, stage->stage, NULL, error))
    return FALSE;
  entrants = konkurs_store_list_entrants (self, stage->stage, error);
  if (entrants == NULL)
    return FALSE;
  for (guint i = 0; i < entrants->len; i++)
    {
      KonkursStageEntrant *entrant = g_ptr_array_index (entrants, i);

      g_hash_table_insert (by_code, entrant->personal_code, entrant);
    }
  for (guint i = 0; i < inputs->len; i++)
    {
      const KonkursEssayInput *input = g_ptr_array_index (inputs, i);
      gint64 ids[2];

      if (!check_input (self, stage->stage, by_code, input, &ids[0], &ids[1], error))
        return FALSE;
      if (!g_hash_table_add (seen, input->code))
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("%s: the essay is given twice."), input->code);
          return FALSE;
        }
      g_array_append_vals (targets, ids, 2);
    }
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  details = konkurs_store_essay_details (self, "source", source, error);
  ok = details != NULL;
  for (guint i = 0; ok && i < inputs->len; i++)
    ok = write_input (self, stage_id, g_array_index (targets, gint64, 2 * i), g_array_index (targets, gint64, 2 * i + 1),
                      g_ptr_array_index (inputs, i), source, *details != '\0' ? details : NULL, error);
  if (ok)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ESSAY);
  return konkurs_store_op_finish (self, mark, ok, error);
}
