/* konkurs-store-rule-set-edit.c — copying a rule set and saving a copy
 * nobody is bound to yet, through the record
 *
 * A competition keeps the rules it was announced under, so a rule set
 * with competitions never changes: the secretary copies it, edits the
 * copy (values, names, validity per scope) and gives it dates that do
 * not overlap another rule set's for the same scope.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-text.h"
#include "konkurs-validation.h"

/* The tables holding the parts of a rule set, each keyed by its
 * rule_set_id and copied whole by a copy of the rule set: a table of
 * further parts (the stage rules) is one more line. */
typedef struct {
  const char *table;
  const char *columns;   /* every column but rule_set_id */
} RuleSetPart;

static const RuleSetPart rule_set_parts[] = {
  { "rule_value",         "key, value" },
  { "rule_set_procedure", "procedure, name_kk, name_ru" },
  { "rule_set_sector",    "code, ordinal, name_kk, name_ru, quota" },
  { "rule_set_tie_breaker", "track, ordinal, stage_kind" },
  { "rule_set_stage",     "track, ordinal, kind, score, max_score, threshold, admit_top, admit_share, "
                          "ties_go_on, sole_goes_on, duration_days, weight_a, weight_b" },
  { "rule_set_test",      "track, stage_kind, code, ordinal, max_score, pass_score, ranks" },
  { "rule_set_test_part", "track, stage_kind, test_code, code, ordinal, max_score, min_score" },
  { "rule_set_essay",     "track, graders, graders_per_essay, min_share_numerator, min_share_denominator, "
                          "spread_limit, fourth_rule, conflict_years, max_words, max_minutes" },
  { "rule_set_essay_criterion", "track, code, ordinal, name_kk, name_ru, description_kk, description_ru, "
                                "min_points, max_points" },
};

static gboolean
copy_parts (KonkursStore  *self,
            gint64         from,
            gint64         to,
            GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_set_parts); i++)
    {
      const RuleSetPart *part = &rule_set_parts[i];
      g_autofree char *sql = g_strdup_printf ("INSERT INTO %s (rule_set_id, %s) SELECT ?2, %s FROM %s "
                                              "WHERE rule_set_id = ?1",
                                              part->table, part->columns, part->columns, part->table);
      g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, sql, from, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 2, to);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* konkurs_rule_set_check_code(), and no other rule set has @code. */
static gboolean
check_code (KonkursStore  *self,
            const char    *code,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *problem = konkurs_rule_set_check_code (code);
  gboolean taken = FALSE;
  gint64 id = 0;

  if (problem != NULL)
    return konkurs_store_invalid (error, problem);

  stmt = konkurs_store_prepare (self, "SELECT id FROM rule_set WHERE code = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  if (!konkurs_store_read_int64 (self, stmt, &taken, &id, error))
    return FALSE;
  if (taken)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE,
                   _("Another rule set has the code “%s” already. Each rule set needs a code of its own."), code);
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_copy (KonkursStore  *self,
             gint64         id,
             const char    *code,
             const char    *name_kk,
             const char    *name_ru,
             gint64        *copy_id,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *details = NULL;
  g_autofree char *original = NULL;

  if (!check_code (self, code, error))
    return FALSE;
  stmt = konkurs_store_prepare_id (self,
                                   "INSERT INTO rule_set (code, name_kk, name_ru, source_kk, source_ru, valid_from) "
                                   "SELECT ?2, ?3, ?4, source_kk, source_ru, valid_from FROM rule_set WHERE id = ?1 "
                                   "RETURNING id, (SELECT json_object ('copy_of', code) FROM rule_set WHERE id = ?1)",
                                   id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
  /* a name not given is "", freed like the others */
  sqlite3_bind_text (stmt, 3, g_strstrip (g_strdup (name_kk != NULL ? name_kk : "")), -1, g_free);
  sqlite3_bind_text (stmt, 4, g_strstrip (g_strdup (name_ru != NULL ? name_ru : "")), -1, g_free);
  switch (sqlite3_step (stmt))
    {
    case SQLITE_ROW:
      *copy_id = sqlite3_column_int64 (stmt, 0);
      details = g_strdup (konkurs_store_column_text (stmt, 1));
      break;
    case SQLITE_DONE:
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("The rule set to copy does not exist any more."));
      return FALSE;
    default:
      return konkurs_store_step_done (self, stmt, error);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  return copy_parts (self, id, *copy_id, error) &&
         konkurs_store_record_row (self, "create", "rule_set", *copy_id, details, error);
}

KonkursRuleSet *
konkurs_store_copy_rule_set (KonkursStore  *self,
                             gint64         id,
                             const char    *code,
                             const char    *name_kk,
                             const char    *name_ru,
                             GError       **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (code != NULL ? code : ""));
  gint64 copy_id = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  if ((name_kk == NULL || konkurs_text_is_blank (name_kk)) && (name_ru == NULL || konkurs_text_is_blank (name_ru)))
    {
      konkurs_store_invalid (error, _("The copy needs a name in Kazakh or in Russian."));
      return NULL;
    }
  if (!konkurs_store_op_begin (self, &mark, error))
    return NULL;
  ok = insert_copy (self, id, trimmed, name_kk, name_ru, &copy_id, error);
  if (ok)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_RULE_SETS);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return NULL;
  return konkurs_store_get_rule_set (self, copy_id, error);
}

/* Saving */

/* @code (INVALID for the rule set as a whole, IN_USE for its
 * tie-breakers) when a competition was announced under rule set @id. */
static gboolean
check_unbound (KonkursStore      *self,
               gint64             id,
               KonkursStoreError  code,
               GError           **error)
{
  guint count = 0;

  if (!konkurs_store_count_bound_competitions (self, id, &count, error))
    return FALSE;
  if (count == 0)
    return TRUE;
  g_set_error (error, KONKURS_STORE_ERROR, code,
               g_dngettext (GETTEXT_PACKAGE,
                            "%u competition was announced under these rules; copy them to change them.",
                            "%u competitions were announced under these rules; copy them to change them.", count),
               count);
  return FALSE;
}

/* INVALID, naming the other rule set, when @rule_set's dates for @scope
 * meet another's. */
static gboolean
check_overlap (KonkursStore      *self,
               KonkursRuleSet    *rule_set,
               KonkursRuleScope   scope,
               GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *from_iso = NULL, *until_iso = NULL, *message = NULL;
  g_autoptr(KonkursLocalText) other = NULL;
  GDate from, until;

  if (!konkurs_rule_set_get_validity (rule_set, scope, &from, &until))
    return TRUE;
  from_iso = konkurs_store_date_to_iso (&from);
  until_iso = g_date_valid (&until) ? konkurs_store_date_to_iso (&until) : NULL;
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT r.code, r.name_kk, r.name_ru "
                                   "FROM rule_set_validity v JOIN rule_set r ON r.id = v.rule_set_id "
                                   "WHERE v.scope = ?2 AND v.rule_set_id <> ?1 "
                                   "AND v.valid_from <= coalesce (?4, '9999-12-31') "
                                   "AND coalesce (v.valid_until, '9999-12-31') >= ?3 LIMIT 1",
                                   konkurs_rule_set_get_id (rule_set), error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, konkurs_rule_scope_to_code (scope), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, from_iso, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, until_iso, -1, SQLITE_STATIC);
  switch (sqlite3_step (stmt))
    {
    case SQLITE_DONE:
      return TRUE;
    case SQLITE_ROW:
      other = konkurs_store_column_local_text (stmt, 1);
      /* TRANSLATORS: "General competition: these dates overlap those of “Order No. 196…” (order-196), …" */
      message = g_strdup_printf (_("%s: these dates overlap those of “%s” (%s). Two rule sets cannot be in force "
                                   "for the same competitions on the same day: end the other one earlier or start "
                                   "this one later."),
                                 _(konkurs_rule_scope_get_label (scope)), konkurs_local_text_get_display (other),
                                 konkurs_store_column_text (stmt, 0));
      return konkurs_store_invalid (error, message);
    default:
      return konkurs_store_step_done (self, stmt, error);
    }
}

static gboolean
check_rule_set (KonkursStore    *self,
                KonkursRuleSet  *rule_set,
                GError         **error)
{
  g_autofree char *problem = konkurs_rule_set_check (rule_set);

  if (problem != NULL)
    return konkurs_store_invalid (error, problem);
  if (!check_unbound (self, konkurs_rule_set_get_id (rule_set), KONKURS_STORE_ERROR_INVALID, error))
    return FALSE;
  for (KonkursRuleScope scope = KONKURS_RULE_SCOPE_GENERAL; scope <= KONKURS_RULE_SCOPE_YOUTH_RESERVE; scope++)
    if (!check_overlap (self, rule_set, scope, error))
      return FALSE;
  return TRUE;
}

static gboolean
write_header (KonkursStore    *self,
              KonkursRuleSet  *rule_set,
              GError         **error)
{
  const KonkursLocalText *source = konkurs_rule_set_get_source (rule_set);
  g_autoptr(KonkursLocalText) none = konkurs_local_text_new (NULL, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare_id (self,
                                   "UPDATE rule_set SET name_kk = ?2, name_ru = ?3, source_kk = ?4, source_ru = ?5 "
                                   "WHERE id = ?1",
                                   konkurs_rule_set_get_id (rule_set), error);
  if (stmt == NULL)
    return FALSE;
  konkurs_store_bind_local_text (stmt, 2, konkurs_rule_set_get_name_text (rule_set));
  konkurs_store_bind_local_text (stmt, 4, source != NULL ? source : none);
  return konkurs_store_step_changed (self, stmt, _("The rule set does not exist any more."), error);
}

static gboolean
write_values (KonkursStore    *self,
              KonkursRuleSet  *rule_set,
              GError         **error)
{
  gint64 id = konkurs_rule_set_get_id (rule_set);
  g_auto(GStrv) keys = konkurs_rule_set_list_keys (rule_set);
  g_autoptr(sqlite3_stmt) clear = konkurs_store_prepare_id (self, "DELETE FROM rule_value WHERE rule_set_id = ?1",
                                                            id, error);

  if (clear == NULL || !konkurs_store_step_done (self, clear, error))
    return FALSE;
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int value = 0;

      stmt = konkurs_store_prepare_id (self, "INSERT INTO rule_value (rule_set_id, key, value) VALUES (?1, ?2, ?3)",
                                       id, error);
      if (stmt == NULL)
        return FALSE;
      konkurs_rule_set_lookup_int (rule_set, keys[i], &value);
      sqlite3_bind_text (stmt, 2, keys[i], -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, value);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_validity (KonkursStore    *self,
                KonkursRuleSet  *rule_set,
                GError         **error)
{
  gint64 id = konkurs_rule_set_get_id (rule_set);
  g_autoptr(sqlite3_stmt) clear = konkurs_store_prepare_id (self, "DELETE FROM rule_set_validity WHERE rule_set_id = ?1",
                                                            id, error);

  if (clear == NULL || !konkurs_store_step_done (self, clear, error))
    return FALSE;
  for (KonkursRuleScope scope = KONKURS_RULE_SCOPE_GENERAL; scope <= KONKURS_RULE_SCOPE_YOUTH_RESERVE; scope++)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      GDate from, until;

      if (!konkurs_rule_set_get_validity (rule_set, scope, &from, &until))
        continue;
      stmt = konkurs_store_prepare_id (self,
                                       "INSERT INTO rule_set_validity (rule_set_id, scope, valid_from, valid_until) "
                                       "VALUES (?1, ?2, ?3, ?4)", id, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 2, konkurs_rule_scope_to_code (scope), -1, SQLITE_STATIC);
      konkurs_store_bind_date (stmt, 3, &from);
      konkurs_store_bind_date (stmt, 4, g_date_valid (&until) ? &until : NULL);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  /* The rule set's own date is the first day it covers anything. */
  g_clear_pointer (&clear, sqlite3_finalize);
  clear = konkurs_store_prepare_id (self,
                                    "UPDATE rule_set SET valid_from = coalesce ((SELECT min (valid_from) "
                                    "FROM rule_set_validity WHERE rule_set_id = ?1), valid_from) WHERE id = ?1",
                                    id, error);
  return clear != NULL && konkurs_store_step_done (self, clear, error);
}

/* The quotas of the Youth Reserve's top per sector (issue 11), checked
 * by konkurs_rule_set_check(): the sectors themselves come with the rule
 * set. */
static gboolean
write_quotas (KonkursStore    *self,
              KonkursRuleSet  *rule_set,
              GError         **error)
{
  GPtrArray *sectors = konkurs_rule_set_get_sectors (rule_set);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare_id (self, "UPDATE rule_set_sector SET quota = ?3 WHERE rule_set_id = ?1 AND code = ?2",
                                   konkurs_rule_set_get_id (rule_set), error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < sectors->len; i++)
    {
      const KonkursSector *sector = g_ptr_array_index (sectors, i);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 2, sector->code, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, sector->quota);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_store_save_rule_set (KonkursStore    *self,
                             KonkursRuleSet  *rule_set,
                             GError         **error)
{
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KONKURS_IS_RULE_SET (rule_set), FALSE);

  id = konkurs_rule_set_get_id (rule_set);
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = check_rule_set (self, rule_set, error) &&
       write_header (self, rule_set, error) &&
       write_values (self, rule_set, error) &&
       write_validity (self, rule_set, error) &&
       write_quotas (self, rule_set, error) &&
       konkurs_store_record_row (self, "update", "rule_set", id, NULL, error);
  if (ok)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_RULE_SETS);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Deleting a copy made by mistake */

static gboolean
remove_rule_set (KonkursStore  *self,
                 gint64         id,
                 GError       **error)
{
  if (!check_unbound (self, id, KONKURS_STORE_ERROR_INVALID, error) ||
      !konkurs_store_record_row (self, "delete", "rule_set", id, NULL, error) ||
      !konkurs_store_delete_id (self, "DELETE FROM rule_set WHERE id = ?1", id,
                                _("The rule set cannot be deleted because competitions were announced under it."),
                                _("The rule set does not exist any more."), error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_RULE_SETS);
  return TRUE;
}

gboolean
konkurs_store_delete_rule_set (KonkursStore  *self,
                               gint64         id,
                               GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  return konkurs_store_run_on_id (self, remove_rule_set, id, error);
}

/* Tie-breakers */

/* INVALID naming the stage when @track of rule set @id has no stage of
 * @kind, or names it twice in @kinds. */
static gboolean
check_tie_breakers (KonkursStore            *self,
                    gint64                   id,
                    KonkursTrack             track,
                    const KonkursStageKind  *kinds,
                    guint                    n_kinds,
                    GError                 **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare_id (self, "SELECT count(*) FROM rule_set_stage WHERE rule_set_id = ?1 AND track = ?2 "
                                         "AND kind = ?3", id, error);
  if (stmt == NULL)
    return FALSE;
  for (guint i = 0; i < n_kinds; i++)
    {
      const char *code = konkurs_stage_kind_to_code (kinds[i]);
      gint64 n = 0;

      for (guint j = 0; j < i; j++)
        if (kinds[j] == kinds[i])
          code = NULL;
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 2, konkurs_track_to_code (track), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, code, -1, SQLITE_STATIC);
      if (code != NULL && !konkurs_store_read_int64 (self, stmt, NULL, &n, error))
        return FALSE;
      if (n == 0)
        {
          const char *label = konkurs_stage_kind_get_label (kinds[i]);

          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       /* Translators: the stage, then the track ("Essay", "Non-leadership positions") */
                       _("Tie-breakers: “%s” is not a stage of the track “%s” of these rules, or is named twice."),
                       label != NULL ? _(label) : "?", _(konkurs_track_get_label (track)));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_tie_breakers (KonkursStore            *self,
                    gint64                   id,
                    KonkursTrack             track,
                    const KonkursStageKind  *kinds,
                    guint                    n_kinds,
                    GError                 **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;

  clear = konkurs_store_prepare_id (self, "DELETE FROM rule_set_tie_breaker WHERE rule_set_id = ?1 AND track = ?2",
                                    id, error);
  if (clear == NULL)
    return FALSE;
  sqlite3_bind_text (clear, 2, konkurs_track_to_code (track), -1, SQLITE_STATIC);
  insert = konkurs_store_prepare_id (self, "INSERT INTO rule_set_tie_breaker (rule_set_id, track, ordinal, stage_kind) "
                                           "VALUES (?1, ?2, ?3, ?4)", id, error);
  if (insert == NULL || !konkurs_store_step_done (self, clear, error))
    return FALSE;
  for (guint i = 0; i < n_kinds; i++)
    {
      sqlite3_reset (insert);
      sqlite3_bind_text (insert, 2, konkurs_track_to_code (track), -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 3, i + 1);
      sqlite3_bind_text (insert, 4, konkurs_stage_kind_to_code (kinds[i]), -1, SQLITE_STATIC);
      if (!konkurs_store_step_done (self, insert, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_store_save_tie_breakers (KonkursStore            *self,
                                 gint64                   rule_set_id,
                                 KonkursTrack             track,
                                 const KonkursStageKind  *kinds,
                                 guint                    n_kinds,
                                 GError                 **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (kinds != NULL || n_kinds == 0, FALSE);

  if (konkurs_track_to_code (track) == NULL)
    return konkurs_store_invalid (error, _("Tie-breakers: the track is not one Konkurs knows."));
  if (!check_unbound (self, rule_set_id, KONKURS_STORE_ERROR_IN_USE, error) ||
      !konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = check_tie_breakers (self, rule_set_id, track, kinds, n_kinds, error) &&
       write_tie_breakers (self, rule_set_id, track, kinds, n_kinds, error) &&
       konkurs_store_record_row (self, "update", "rule_set", rule_set_id, NULL, error);
  if (ok)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_RULE_SETS);
  return konkurs_store_op_finish (self, mark, ok, error);
}
