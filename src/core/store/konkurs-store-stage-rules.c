/* konkurs-store-stage-rules.c — the stages of each track of a rule set,
 * and the copy of them a competition's stage keeps
 *
 * A stage keeps the rules it was made with as JSON (competition_stage.
 * rules), built by SQLite from the rule set's tables, so that a later
 * change of the rule set changes no running competition.  The rule set's
 * own stages are read from its tables in one plain query: a rule set is
 * read for every application checked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-chain-private.h"
#include "konkurs-store-essays-private.h"
#include "konkurs-store-stages-private.h"

/* The stages of rule set ?1 as a JSON array: only of kind ?2 unless NULL,
 * only of the tracks of the JSON array ?3 unless NULL. */
#define RULES_JSON_SQL \
  "SELECT " KONKURS_CHAIN_STAGE_RULES_JSON ("s.rule_set_id = ?1 AND (?2 IS NULL OR s.kind = ?2)\n" \
  "    AND (?3 IS NULL OR s.track IN (SELECT value FROM json_each (?3)))")

/* Reading rules from their JSON (?1) */

#define STAGES_OF_JSON \
  "SELECT s.key, s.value->>'track', s.value->>'ordinal', s.value->>'kind', s.value->>'score', " \
  "s.value->>'max_score', s.value->>'threshold', s.value->>'admit_top', s.value->>'admit_share', " \
  "s.value->>'ties_go_on', s.value->>'sole_goes_on', s.value->>'duration_days', s.value->>'weight_a', " \
  "s.value->>'weight_b' FROM json_each (?1) s ORDER BY s.key"
#define TESTS_OF_JSON \
  "SELECT s.key, t.value->>'code', t.value->>'max_score', t.value->>'pass_score', t.value->>'ranks' " \
  "FROM json_each (?1) s, json_each (s.value, '$.tests') t ORDER BY s.key, t.key"
#define PARTS_OF_JSON \
  "SELECT s.key, t.value->>'code', p.value->>'code', p.value->>'max_score', p.value->>'min_score' " \
  "FROM json_each (?1) s, json_each (s.value, '$.tests') t, json_each (t.value, '$.parts') p " \
  "ORDER BY s.key, t.key, p.key"

typedef struct {
  GPtrArray *rules;   /* by the index of the JSON array; NULL where unreadable */
  gboolean   broken;
} ParsedRules;

static void
read_stage (sqlite3_stmt *stmt,
            gpointer      user_data)
{
  ParsedRules *parsed = user_data;
  KonkursStageKind kind;
  KonkursTrack track;
  KonkursStageScore score;
  KonkursStageRule *rule;

  if (!konkurs_track_from_code ((const char *) sqlite3_column_text (stmt, 1), &track) ||
      !konkurs_stage_kind_from_code ((const char *) sqlite3_column_text (stmt, 3), &kind) ||
      !konkurs_stage_score_from_code ((const char *) sqlite3_column_text (stmt, 4), &score))
    {
      parsed->broken = TRUE;
      g_ptr_array_add (parsed->rules, NULL);
      return;
    }
  rule = konkurs_stage_rule_new (kind, track, sqlite3_column_int (stmt, 2));
  rule->score = score;
  rule->max_score = sqlite3_column_int (stmt, 5);
  rule->threshold = sqlite3_column_int (stmt, 6);
  rule->admit_top = sqlite3_column_int (stmt, 7);
  rule->admit_share = sqlite3_column_int (stmt, 8);
  rule->ties_go_on = sqlite3_column_int (stmt, 9) != 0;
  rule->sole_goes_on = sqlite3_column_int (stmt, 10) != 0;
  rule->duration_days = sqlite3_column_int (stmt, 11);
  rule->weight_a = sqlite3_column_int (stmt, 12);
  rule->weight_b = sqlite3_column_int (stmt, 13);
  g_ptr_array_add (parsed->rules, rule);
}

static KonkursStageRule *
parsed_rule (ParsedRules *parsed, sqlite3_stmt *stmt)
{
  int index = sqlite3_column_int (stmt, 0);

  if (index < 0 || (guint) index >= parsed->rules->len)
    return NULL;
  return g_ptr_array_index (parsed->rules, index);
}

static void
read_test (sqlite3_stmt *stmt,
           gpointer      user_data)
{
  KonkursStageRule *rule = parsed_rule (user_data, stmt);

  if (rule != NULL)
    konkurs_stage_rule_add_test (rule, konkurs_store_column_text (stmt, 1), sqlite3_column_int (stmt, 2),
                                 sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4) != 0);
}

static void
read_part (sqlite3_stmt *stmt,
           gpointer      user_data)
{
  KonkursStageRule *rule = parsed_rule (user_data, stmt);
  const KonkursTestRule *test;

  if (rule == NULL)
    return;
  test = konkurs_stage_rule_find_test (rule, konkurs_store_column_text (stmt, 1));
  if (test != NULL)
    konkurs_test_rule_add_part ((KonkursTestRule *) test, konkurs_store_column_text (stmt, 2),
                                sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4));
}

static gboolean
each_of_json (KonkursStore        *self,
              const char          *sql,
              const char          *json,
              KonkursStoreRowFunc  func,
              ParsedRules         *parsed,
              GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  return konkurs_store_each_row (self, stmt, func, parsed, error);
}

/* The rules of @json (of KonkursStageRule), NULL with @error. */
static GPtrArray *
parse_rules (KonkursStore  *self,
             const char    *json,
             const char    *where,
             GError       **error)
{
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_rule_free);
  ParsedRules parsed = { rules, FALSE };

  if (!each_of_json (self, STAGES_OF_JSON, json, read_stage, &parsed, error) ||
      !each_of_json (self, TESTS_OF_JSON, json, read_test, &parsed, error) ||
      !each_of_json (self, PARTS_OF_JSON, json, read_part, &parsed, error))
    return NULL;
  if (parsed.broken)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DAMAGED,
                   _("The stage rules of %s name a stage, track or score Konkurs does not know."), where);
      return NULL;
    }
  return g_steal_pointer (&rules);
}

/* The JSON of the stage rules of @rule_set_id (of @kind and @tracks, when
 * not 0 and NULL). */
static char *
rules_json (KonkursStore      *self,
            gint64             rule_set_id,
            KonkursStageKind   kind,
            const char        *tracks,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, RULES_JSON_SQL, rule_set_id, error);

  if (stmt == NULL)
    return NULL;
  if (kind != 0)
    sqlite3_bind_text (stmt, 2, konkurs_stage_kind_to_code (kind), -1, SQLITE_STATIC);
  if (tracks != NULL)
    sqlite3_bind_text (stmt, 3, tracks, -1, SQLITE_STATIC);
  return konkurs_store_read_one (self, stmt, konkurs_store_map_text, NULL, "", error);
}

/* A rule set is read for every application checked or made, so its stages
 * come in one plain query, rule by rule, test by test, part by part. */
#define STAGE_RULES_SELECT \
  "SELECT s.track, s.ordinal, s.kind, s.score, s.max_score, s.threshold, s.admit_top, s.admit_share, " \
  "s.ties_go_on, s.sole_goes_on, s.duration_days, s.weight_a, s.weight_b, " \
  "t.code, t.max_score, t.pass_score, t.ranks, p.code, p.max_score, p.min_score " \
  "FROM rule_set_stage s " \
  "LEFT JOIN rule_set_test t ON t.rule_set_id = s.rule_set_id AND t.track = s.track AND t.stage_kind = s.kind " \
  "LEFT JOIN rule_set_test_part p ON p.rule_set_id = t.rule_set_id AND p.track = t.track " \
  "  AND p.stage_kind = t.stage_kind AND p.test_code = t.code " \
  "WHERE s.rule_set_id = ?1 ORDER BY s.track, s.ordinal, t.ordinal, p.ordinal"

typedef struct {
  GPtrArray        *rules;
  KonkursStageRule *rule;    /* the last one read */
  KonkursTestRule  *test;
  gboolean          broken;
} FlatRules;

static void
read_flat (sqlite3_stmt *stmt,
           gpointer      user_data)
{
  FlatRules *flat = user_data;
  const char *track_code = (const char *) sqlite3_column_text (stmt, 0);
  const char *kind_code = (const char *) sqlite3_column_text (stmt, 2);
  const char *test_code = (const char *) sqlite3_column_text (stmt, 13);
  KonkursTrack track;
  KonkursStageKind kind;
  KonkursStageScore score;

  if (!konkurs_track_from_code (track_code, &track) || !konkurs_stage_kind_from_code (kind_code, &kind) ||
      !konkurs_stage_score_from_code ((const char *) sqlite3_column_text (stmt, 3), &score))
    {
      flat->broken = TRUE;
      return;
    }
  if (flat->rule == NULL || flat->rule->track != track || flat->rule->kind != kind)
    {
      flat->rule = konkurs_stage_rule_new (kind, track, sqlite3_column_int (stmt, 1));
      flat->rule->score = score;
      flat->rule->max_score = sqlite3_column_int (stmt, 4);
      flat->rule->threshold = sqlite3_column_int (stmt, 5);
      flat->rule->admit_top = sqlite3_column_int (stmt, 6);
      flat->rule->admit_share = sqlite3_column_int (stmt, 7);
      flat->rule->ties_go_on = sqlite3_column_int (stmt, 8) != 0;
      flat->rule->sole_goes_on = sqlite3_column_int (stmt, 9) != 0;
      flat->rule->duration_days = sqlite3_column_int (stmt, 10);
      flat->rule->weight_a = sqlite3_column_int (stmt, 11);
      flat->rule->weight_b = sqlite3_column_int (stmt, 12);
      flat->test = NULL;
      g_ptr_array_add (flat->rules, flat->rule);
    }
  if (test_code == NULL)
    return;
  if (flat->test == NULL || g_strcmp0 (flat->test->code, test_code) != 0)
    flat->test = konkurs_stage_rule_add_test (flat->rule, test_code, sqlite3_column_int (stmt, 14),
                                              sqlite3_column_int (stmt, 15), sqlite3_column_int (stmt, 16) != 0);
  if (sqlite3_column_type (stmt, 17) != SQLITE_NULL)
    konkurs_test_rule_add_part (flat->test, konkurs_store_column_text (stmt, 17), sqlite3_column_int (stmt, 18),
                                sqlite3_column_int (stmt, 19));
}

static gboolean
load_stage_rules (KonkursStore    *self,
                  KonkursRuleSet  *rule_set,
                  GError         **error)
{
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_rule_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  FlatRules flat = { rules, NULL, NULL, FALSE };

  stmt = konkurs_store_prepare_id (self, STAGE_RULES_SELECT, konkurs_rule_set_get_id (rule_set), error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, read_flat, &flat, error))
    return FALSE;
  if (flat.broken)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DAMAGED,
                   _("The stage rules of %s name a stage, track or score Konkurs does not know."),
                   konkurs_rule_set_get_code (rule_set));
      return FALSE;
    }
  for (guint i = 0; i < rules->len; i++)
    konkurs_rule_set_add_stage_rule (rule_set, g_ptr_array_index (rules, i));
  return TRUE;
}

/* The essay rules (issue 10), by track, each with its criteria. */
#define ESSAY_RULES_SELECT \
  "SELECT e.track, e.graders, e.graders_per_essay, e.min_share_numerator, e.min_share_denominator, " \
  "e.spread_limit, e.fourth_rule, e.conflict_years, e.max_words, e.max_minutes, " \
  "c.code, c.name_kk, c.name_ru, c.description_kk, c.description_ru, c.min_points, c.max_points " \
  "FROM rule_set_essay e LEFT JOIN rule_set_essay_criterion c ON c.rule_set_id = e.rule_set_id " \
  "  AND c.track = e.track WHERE e.rule_set_id = ?1 AND (?2 IS NULL OR e.track = ?2) ORDER BY e.track, c.ordinal"

typedef struct {
  GPtrArray        *rules;
  gboolean          broken;
} EssayRules;

static void
read_essay_rule (sqlite3_stmt *stmt,
                 gpointer      user_data)
{
  EssayRules *read = user_data;
  KonkursEssayRule *rule = read->rules->len > 0 ? g_ptr_array_index (read->rules, read->rules->len - 1) : NULL;
  KonkursTrack track;

  if (!konkurs_track_from_code (konkurs_store_column_text (stmt, 0), &track))
    {
      read->broken = TRUE;
      return;
    }
  if (rule == NULL || rule->track != track)
    {
      rule = konkurs_essay_rule_new (track);
      read->broken |= !konkurs_essay_graders_from_code (konkurs_store_column_text (stmt, 1), &rule->graders) ||
                      !konkurs_essay_fourth_rule_from_code (konkurs_store_column_text (stmt, 6), &rule->fourth_rule);
      rule->graders_per_essay = sqlite3_column_int (stmt, 2);
      rule->min_share_numerator = sqlite3_column_int (stmt, 3);
      rule->min_share_denominator = sqlite3_column_int (stmt, 4);
      rule->spread_limit = sqlite3_column_int (stmt, 5);
      rule->conflict_years = sqlite3_column_int (stmt, 7);
      rule->max_words = sqlite3_column_int (stmt, 8);
      rule->max_minutes = sqlite3_column_int (stmt, 9);
      g_ptr_array_add (read->rules, rule);
    }
  if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
    {
      g_autoptr(KonkursLocalText) name = konkurs_store_column_local_text (stmt, 11);
      g_autoptr(KonkursLocalText) description = konkurs_store_column_local_text (stmt, 13);
      g_autoptr(KonkursEssayCriterion) criterion = NULL;

      criterion = konkurs_essay_criterion_new (konkurs_store_column_text (stmt, 10), name, description,
                                               sqlite3_column_int (stmt, 15), sqlite3_column_int (stmt, 16));
      konkurs_essay_rule_add_criterion (rule, criterion);
    }
}

GPtrArray *
konkurs_store_read_essay_rules (KonkursStore  *self,
                                gint64         rule_set_id,
                                KonkursTrack   track,
                                GError       **error)
{
  g_autoptr(GPtrArray) rules = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_rule_free);
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, ESSAY_RULES_SELECT, rule_set_id, error);
  EssayRules read = { rules, FALSE };

  if (stmt == NULL)
    return NULL;
  if (track != 0)
    sqlite3_bind_text (stmt, 2, konkurs_track_to_code (track), -1, SQLITE_STATIC);
  if (!konkurs_store_each_row (self, stmt, read_essay_rule, &read, error))
    return NULL;
  if (read.broken)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DAMAGED,
                   _("The essay rules of a rule set name a track, grader or fourth-grader rule Konkurs does not "
                     "know."));
      return NULL;
    }
  return g_steal_pointer (&rules);
}

static gboolean
load_essay_rules (KonkursStore    *self,
                  KonkursRuleSet  *rule_set,
                  GError         **error)
{
  g_autoptr(GPtrArray) rules = konkurs_store_read_essay_rules (self, konkurs_rule_set_get_id (rule_set), 0, error);

  if (rules == NULL)
    return FALSE;
  for (guint i = 0; i < rules->len; i++)
    konkurs_rule_set_add_essay_rule (rule_set, g_ptr_array_index (rules, i));
  return TRUE;
}

/* Column 0 the track, 1 the stage kind, in order. */
static void
add_tie_breaker (sqlite3_stmt *stmt,
                 gpointer      data)
{
  GArray **kinds = data;
  KonkursTrack track = 0;
  KonkursStageKind kind = 0;

  if (konkurs_track_from_code (konkurs_store_column_text (stmt, 0), &track) &&
      konkurs_stage_kind_from_code (konkurs_store_column_text (stmt, 1), &kind))
    g_array_append_val (kinds[track - 1], kind);
}

/* The stages that break a tie after the commission's result (issue 11),
 * per track. */
static gboolean
load_tie_breakers (KonkursStore    *self,
                   KonkursRuleSet  *rule_set,
                   GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GArray *kinds[KONKURS_TRACK_YOUTH_RESERVE];
  gboolean ok;

  stmt = konkurs_store_prepare_id (self, "SELECT track, stage_kind FROM rule_set_tie_breaker WHERE rule_set_id = ?1 "
                                         "ORDER BY track, ordinal", konkurs_rule_set_get_id (rule_set), error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    kinds[i] = g_array_new (FALSE, FALSE, sizeof (KonkursStageKind));
  ok = konkurs_store_each_row (self, stmt, add_tie_breaker, kinds, error);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (ok)
        konkurs_rule_set_set_tie_breakers (rule_set, i + 1, (KonkursStageKind *) kinds[i]->data, kinds[i]->len);
      g_array_unref (kinds[i]);
    }
  return ok;
}

static void
free_weak_ref (gpointer ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static void
load_when_asked (KonkursRuleSet *rule_set,
                 gpointer        ref)
{
  g_autoptr(KonkursStore) self = g_weak_ref_get (ref);
  g_autoptr(GError) error = NULL;

  /* a rule set kept after its store closed has no stages to read */
  if (self != NULL && (!load_stage_rules (self, rule_set, &error) || !load_essay_rules (self, rule_set, &error) ||
                       !load_tie_breakers (self, rule_set, &error)))
    g_warning ("The stages of the rule set %s cannot be read: %s", konkurs_rule_set_get_code (rule_set),
               error->message);
}

gboolean
konkurs_store_defer_stage_rules (KonkursStore    *self,
                                 KonkursRuleSet  *rule_set,
                                 GError         **error)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);

  g_weak_ref_init (ref, self);
  konkurs_rule_set_set_stage_loader (rule_set, load_when_asked, ref, free_weak_ref);
  return TRUE;
}

GPtrArray *
konkurs_store_read_stage_rules (KonkursStore  *self,
                                gint64         stage_id,
                                GError       **error)
{
  g_autofree char *json = NULL;
  g_autofree char *where = NULL;

  json = konkurs_store_read_one_id (self, "SELECT rules FROM competition_stage WHERE id = ?1", stage_id,
                                    konkurs_store_map_text, NULL, _("The stage does not exist."), error);
  if (json == NULL)
    return NULL;
  where = g_strdup_printf (_("the stage %lld"), (long long) stage_id);
  return parse_rules (self, json, where, error);
}

gint64
konkurs_store_insert_stage (KonkursStore       *self,
                            gint64              competition_id,
                            gint64              rule_set_id,
                            KonkursStageKind    kind,
                            int                 ordinal,
                            const char         *tracks,
                            const GDate        *starts_on,
                            const GDate        *ends_on,
                            const GDate        *published_on,
                            gboolean            dates_provisional,
                            KonkursStageState   state,
                            GError            **error)
{
  g_autofree char *json = rules_json (self, rule_set_id, kind, tracks, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  if (json == NULL)
    return 0;
  stmt = konkurs_store_prepare (self,
                                "INSERT INTO competition_stage (competition_id, kind, ordinal, starts_on, ends_on, "
                                "published_on, state, rules, dates_provisional) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                                error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, competition_id);
  sqlite3_bind_text (stmt, 2, konkurs_stage_kind_to_code (kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, ordinal);
  konkurs_store_bind_date (stmt, 4, starts_on);
  konkurs_store_bind_date (stmt, 5, ends_on);
  konkurs_store_bind_date (stmt, 6, published_on);
  sqlite3_bind_text (stmt, 7, konkurs_stage_state_to_code (state), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, json, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 9, dates_provisional ? 1 : 0);
  id = konkurs_store_step_insert (self, stmt, error);
  if (id == 0 || !konkurs_store_record_row (self, "create", KONKURS_STORE_TABLE_STAGE, id, NULL, error))
    return 0;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_STAGE);
  return id;
}

/* Saving a rule set's stages (the Rule Sets window) */

/* INVALID unless @rules (of KonkursStageRule) can be the stages of @track. */
static gboolean
check_stage_rules (KonkursTrack   track,
                   GPtrArray     *rules,
                   GError       **error)
{
  for (guint i = 0; i < rules->len; i++)
    {
      const KonkursStageRule *rule = g_ptr_array_index (rules, i);
      const char *problem = konkurs_stage_rule_check (rule);
      const char *label = konkurs_stage_kind_get_label (rule->kind);

      if (problem == NULL && rule->track != track)
        problem = N_("The stage belongs to another track.");
      for (guint j = 0; problem == NULL && j < i; j++)
        {
          const KonkursStageRule *other = g_ptr_array_index (rules, j);

          if (other->kind == rule->kind)
            problem = N_("The track has this stage twice.");
          else if (other->ordinal == rule->ordinal)
            problem = N_("Two stages of the track have the same number.");
        }
      if (problem != NULL)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       /* Translators: "Stage 2 (Testing): The pass mark of a test must be…" */
                       _("Stage %d (%s): %s"), rule->ordinal, label != NULL ? _(label) : "?", _(problem));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
check_unbound (KonkursStore  *self,
               gint64         rule_set_id,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 n = 0;

  stmt = konkurs_store_prepare_id (self, "SELECT count(*) FROM competition WHERE rule_set_id = ?1", rule_set_id, error);
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, &n, error))
    return FALSE;
  if (n == 0)
    return TRUE;
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE,
               g_dngettext (GETTEXT_PACKAGE,
                            "%lld competition is bound to this rule set, so its stages cannot change: "
                            "copy the rule set and change the copy.",
                            "%lld competitions are bound to this rule set, so its stages cannot change: "
                            "copy the rule set and change the copy.", (gulong) n),
               (long long) n);
  return FALSE;
}

static gboolean
insert_test (KonkursStore           *self,
             gint64                  rule_set_id,
             const KonkursStageRule *rule,
             const KonkursTestRule  *test,
             int                     ordinal,
             GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *track = konkurs_track_to_code (rule->track);
  const char *kind = konkurs_stage_kind_to_code (rule->kind);

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO rule_set_test (rule_set_id, track, stage_kind, code, ordinal, max_score, "
                                "pass_score, ranks) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rule_set_id);
  sqlite3_bind_text (stmt, 2, track, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, test->code, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 5, ordinal);
  sqlite3_bind_int (stmt, 6, test->max_score);
  sqlite3_bind_int (stmt, 7, test->pass_score);
  sqlite3_bind_int (stmt, 8, test->ranks);
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO rule_set_test_part (rule_set_id, track, stage_kind, test_code, code, "
                                "ordinal, max_score, min_score) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < test->parts->len; i++)
    {
      const KonkursTestPartRule *part = g_ptr_array_index (test->parts, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, rule_set_id);
      sqlite3_bind_text (stmt, 2, track, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, kind, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, test->code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, part->code, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, i + 1);
      sqlite3_bind_int (stmt, 7, part->max_score);
      sqlite3_bind_int (stmt, 8, part->min_score);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_stage_rule (KonkursStore           *self,
                   gint64                  rule_set_id,
                   const KonkursStageRule *rule,
                   GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO rule_set_stage (rule_set_id, track, ordinal, kind, score, max_score, "
                                "threshold, admit_top, admit_share, ties_go_on, sole_goes_on, duration_days, "
                                "weight_a, weight_b) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                "?13, ?14)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rule_set_id);
  sqlite3_bind_text (stmt, 2, konkurs_track_to_code (rule->track), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, rule->ordinal);
  sqlite3_bind_text (stmt, 4, konkurs_stage_kind_to_code (rule->kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, konkurs_stage_score_to_code (rule->score), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 6, rule->max_score);
  sqlite3_bind_int (stmt, 7, rule->threshold);
  sqlite3_bind_int (stmt, 8, rule->admit_top);
  sqlite3_bind_int (stmt, 9, rule->admit_share);
  sqlite3_bind_int (stmt, 10, rule->ties_go_on);
  sqlite3_bind_int (stmt, 11, rule->sole_goes_on);
  sqlite3_bind_int (stmt, 12, rule->duration_days);
  sqlite3_bind_int (stmt, 13, rule->weight_a);
  sqlite3_bind_int (stmt, 14, rule->weight_b);
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < rule->tests->len; i++)
    if (!insert_test (self, rule_set_id, rule, g_ptr_array_index (rule->tests, i), i + 1, error))
      return FALSE;
  return TRUE;
}

static const char * const delete_sql[] = {
  "DELETE FROM rule_set_test_part WHERE rule_set_id = ?1 AND track = ?2",
  "DELETE FROM rule_set_test WHERE rule_set_id = ?1 AND track = ?2",
  "DELETE FROM rule_set_stage WHERE rule_set_id = ?1 AND track = ?2",
};

static gboolean
write_stage_rules (KonkursStore  *self,
                   gint64         rule_set_id,
                   KonkursTrack   track,
                   GPtrArray     *rules,
                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *details = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (delete_sql); i++)
    {
      g_clear_pointer (&stmt, sqlite3_finalize);
      stmt = konkurs_store_prepare_id (self, delete_sql[i], rule_set_id, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 2, konkurs_track_to_code (track), -1, SQLITE_STATIC);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < rules->len; i++)
    if (!insert_stage_rule (self, rule_set_id, g_ptr_array_index (rules, i), error))
      return FALSE;
  /* The rule set's snapshot holds its stages (the record follows them). */
  details = g_strdup_printf ("{\"stages\":\"%s\"}", konkurs_track_to_code (track));
  konkurs_store_note_changed (self, "rule_sets");
  return konkurs_store_record_row (self, "update", "rule_set", rule_set_id, details, error);
}

gboolean
konkurs_store_save_stage_rules (KonkursStore  *self,
                                gint64         rule_set_id,
                                KonkursTrack   track,
                                GPtrArray     *rules,
                                GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (rules != NULL, FALSE);

  if (konkurs_track_to_code (track) == NULL)
    return konkurs_store_invalid (error, _("The track of the stages is not known."));
  if (!check_stage_rules (track, rules, error))
    return FALSE;
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = check_unbound (self, rule_set_id, error) && write_stage_rules (self, rule_set_id, track, rules, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Saving a rule set's essay rule (the Rule Sets window) */

/* INVALID unless a stage of @track in @rule_set_id is an essay. */
static gboolean
check_essay_stage (KonkursStore  *self,
                   gint64         rule_set_id,
                   KonkursTrack   track,
                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 n = 0;

  stmt = konkurs_store_prepare_id (self, "SELECT count(*) FROM rule_set_stage WHERE rule_set_id = ?1 AND "
                                   "track = ?2 AND kind = ?3", rule_set_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, konkurs_track_to_code (track), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, konkurs_stage_kind_to_code (KONKURS_STAGE_ESSAY), -1, SQLITE_STATIC);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &n, error))
    return FALSE;
  return n > 0 || konkurs_store_invalid (error, _("No stage of this track is an essay, so it has no essay "
                                                  "grading."));
}

static gboolean
insert_essay_criteria (KonkursStore           *self,
                       gint64                  rule_set_id,
                       const KonkursEssayRule *rule,
                       GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO rule_set_essay_criterion (rule_set_id, track, code, ordinal, name_kk, "
                                "name_ru, description_kk, description_ru, min_points, max_points) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < rule->criteria->len; i++)
    {
      const KonkursEssayCriterion *criterion = g_ptr_array_index (rule->criteria, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, rule_set_id);
      sqlite3_bind_text (stmt, 2, konkurs_track_to_code (rule->track), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, criterion->code, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, i + 1);
      konkurs_store_bind_local_text (stmt, 5, criterion->name);
      konkurs_store_bind_local_text (stmt, 7, criterion->description);
      sqlite3_bind_int (stmt, 9, criterion->min_points);
      sqlite3_bind_int (stmt, 10, criterion->max_points);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_essay_rule (KonkursStore           *self,
                  gint64                  rule_set_id,
                  const KonkursEssayRule *rule,
                  GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *details = NULL;
  const char *track = konkurs_track_to_code (rule->track);

  stmt = konkurs_store_prepare_id (self, "DELETE FROM rule_set_essay_criterion WHERE rule_set_id = ?1 AND track = ?2",
                                   rule_set_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, track, -1, SQLITE_STATIC);
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = konkurs_store_prepare (self,
                                "INSERT OR REPLACE INTO rule_set_essay (rule_set_id, track, graders, graders_per_essay, "
                                "min_share_numerator, min_share_denominator, spread_limit, fourth_rule, "
                                "conflict_years, max_words, max_minutes) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, rule_set_id);
  sqlite3_bind_text (stmt, 2, track, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, konkurs_essay_graders_to_code (rule->graders), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, rule->graders_per_essay);
  sqlite3_bind_int (stmt, 5, rule->min_share_numerator);
  sqlite3_bind_int (stmt, 6, rule->min_share_denominator);
  sqlite3_bind_int (stmt, 7, rule->spread_limit);
  sqlite3_bind_text (stmt, 8, konkurs_essay_fourth_rule_to_code (rule->fourth_rule), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 9, rule->conflict_years);
  sqlite3_bind_int (stmt, 10, rule->max_words);
  sqlite3_bind_int (stmt, 11, rule->max_minutes);
  if (!konkurs_store_step_done (self, stmt, error) || !insert_essay_criteria (self, rule_set_id, rule, error))
    return FALSE;
  /* The rule set's snapshot holds its essay rules (the record follows them). */
  details = g_strdup_printf ("{\"essays\":\"%s\"}", track);
  konkurs_store_note_changed (self, "rule_sets");
  return konkurs_store_record_row (self, "update", "rule_set", rule_set_id, details, error);
}

gboolean
konkurs_store_save_essay_rule (KonkursStore            *self,
                               gint64                   rule_set_id,
                               const KonkursEssayRule  *rule,
                               GError                 **error)
{
  g_autofree char *problem = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (rule != NULL, FALSE);

  if (konkurs_track_to_code (rule->track) == NULL)
    return konkurs_store_invalid (error, _("The track of the stages is not known."));
  problem = konkurs_essay_rule_check (rule);
  if (problem != NULL)
    return konkurs_store_invalid (error, problem);
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = check_unbound (self, rule_set_id, error) && check_essay_stage (self, rule_set_id, rule->track, error) &&
       write_essay_rule (self, rule_set_id, rule, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}
