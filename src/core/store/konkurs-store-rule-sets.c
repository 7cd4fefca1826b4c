/* konkurs-store-rule-sets.c — the rule sets a competition is bound to, with
 * their values, the official names of the procedures, the priority
 * sectors and their validity per scope; which one is in force
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-private.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-store-stages-private.h"
#include "konkurs-validation.h"

#define RULE_SET_COLUMNS "SELECT id, code, name_kk, name_ru, valid_from, source_kk, source_ru FROM rule_set "

static gpointer
rule_set_from_row (sqlite3_stmt *stmt,
                   gpointer      user_data)
{
  g_autoptr(KonkursLocalText) name = konkurs_store_column_local_text (stmt, 2);
  g_autoptr(GDate) valid_from = konkurs_store_column_date (stmt, 4);
  g_autoptr(KonkursLocalText) source = konkurs_store_column_local_text (stmt, 5);
  KonkursRuleSet *rule_set = konkurs_rule_set_new (sqlite3_column_int64 (stmt, 0),
                                                   konkurs_store_column_text (stmt, 1),
                                                   name, valid_from);

  if (!konkurs_local_text_is_blank (source))
    konkurs_rule_set_set_source (rule_set, source);
  return rule_set;
}

static void
set_validity (sqlite3_stmt *stmt,
              gpointer      rule_set)
{
  KonkursRuleScope scope;
  GDate from, until;

  /* The CHECK of the column keeps other codes out. */
  if (!konkurs_rule_scope_from_code (konkurs_store_column_text (stmt, 0), &scope))
    return;
  konkurs_store_column_date_into (stmt, 1, &from);
  konkurs_store_column_date_into (stmt, 2, &until);
  konkurs_rule_set_set_validity (rule_set, scope, &from, &until);
}

#define SECTOR_SELECT \
  "SELECT code, name_kk, name_ru, quota FROM rule_set_sector WHERE rule_set_id = ?1 ORDER BY ordinal, code"

static gpointer
sector_from_row (sqlite3_stmt *stmt,
                 gpointer      user_data)
{
  KonkursSector *sector = konkurs_sector_new (konkurs_store_column_text (stmt, 0),
                                              konkurs_store_column_text (stmt, 1),
                                              konkurs_store_column_text (stmt, 2));

  sector->quota = sqlite3_column_int (stmt, 3);
  return sector;
}

GPtrArray *
konkurs_store_list_sectors (KonkursStore  *self,
                            gint64         rule_set_id,
                            GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_all_id (self, SECTOR_SELECT, rule_set_id, sector_from_row, NULL,
                                    (GDestroyNotify) konkurs_sector_free, error);
}

static void
set_procedure_name (sqlite3_stmt *stmt,
                    gpointer      rule_set)
{
  g_autoptr(KonkursLocalText) name = konkurs_store_column_local_text (stmt, 1);

  konkurs_rule_set_set_procedure_name (rule_set, sqlite3_column_int (stmt, 0), name);
}

/* The official names of the procedures and the sectors of @rule_set. */
static gboolean
load_rule_texts (KonkursStore    *self,
                 KonkursRuleSet  *rule_set,
                 GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) sectors = NULL;
  gint64 id = konkurs_rule_set_get_id (rule_set);

  stmt = konkurs_store_prepare_id (self, "SELECT procedure, name_kk, name_ru FROM rule_set_procedure "
                                   "WHERE rule_set_id = ?1", id, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, set_procedure_name, rule_set, error))
    return FALSE;

  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = konkurs_store_prepare_id (self, "SELECT scope, valid_from, valid_until FROM rule_set_validity "
                                   "WHERE rule_set_id = ?1", id, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, set_validity, rule_set, error))
    return FALSE;

  sectors = konkurs_store_list_sectors (self, id, error);
  if (sectors == NULL)
    return FALSE;
  for (guint i = 0; i < sectors->len; i++)
    konkurs_rule_set_add_sector (rule_set, g_ptr_array_index (sectors, i));
  return TRUE;
}

static void
set_rule_value (sqlite3_stmt *stmt,
                gpointer      rule_set)
{
  konkurs_rule_set_set_int (rule_set, konkurs_store_column_text (stmt, 0), sqlite3_column_int (stmt, 1));
}

static gboolean
load_rule_values (KonkursStore    *self,
                  KonkursRuleSet  *rule_set,
                  GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare_id (self, "SELECT key, value FROM rule_value WHERE rule_set_id = ?1",
                                   konkurs_rule_set_get_id (rule_set), error);
  return stmt != NULL && konkurs_store_each_row (self, stmt, set_rule_value, rule_set, error) &&
         load_rule_texts (self, rule_set, error) &&
         konkurs_store_defer_stage_rules (self, rule_set, error);
}

/* The rule sets @stmt selects (RULE_SET_COLUMNS), with their values. */
static GPtrArray *
read_rule_sets (KonkursStore  *self,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  g_autoptr(GPtrArray) rule_sets = konkurs_store_read_all (self, stmt, rule_set_from_row, NULL,
                                                           g_object_unref, error);

  if (rule_sets == NULL)
    return NULL;
  for (guint i = 0; i < rule_sets->len; i++)
    if (!load_rule_values (self, g_ptr_array_index (rule_sets, i), error))
      return NULL;
  return g_steal_pointer (&rule_sets);
}

/* The single rule set @stmt selects, or NOT_FOUND with @not_found. */
static KonkursRuleSet *
read_one_rule_set (KonkursStore  *self,
                   sqlite3_stmt  *stmt,
                   const char    *not_found,
                   GError       **error)
{
  g_autoptr(KonkursRuleSet) rule_set = konkurs_store_read_one (self, stmt, rule_set_from_row, NULL,
                                                               not_found, error);

  if (rule_set == NULL || !load_rule_values (self, rule_set, error))
    return NULL;
  return g_steal_pointer (&rule_set);
}

GPtrArray *
konkurs_store_list_rule_sets (KonkursStore  *self,
                              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = konkurs_store_prepare (self, RULE_SET_COLUMNS "ORDER BY valid_from, id", error);
  if (stmt == NULL)
    return NULL;
  return read_rule_sets (self, stmt, error);
}

KonkursRuleSet *
konkurs_store_get_rule_set (KonkursStore  *self,
                            gint64         id,
                            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = konkurs_store_prepare_id (self, RULE_SET_COLUMNS "WHERE id = ?1", id, error);
  if (stmt == NULL)
    return NULL;
  return read_one_rule_set (self, stmt, _("The rule set does not exist."), error);
}

KonkursRuleSet *
konkurs_store_find_rule_set_by_code (KonkursStore  *self,
                                     const char    *code,
                                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *not_found = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  stmt = konkurs_store_prepare (self, RULE_SET_COLUMNS "WHERE code = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  not_found = g_strdup_printf (_("There is no rule set with the code “%s”."), code);
  return read_one_rule_set (self, stmt, not_found, error);
}

/* By scope: each language says the scope in its own case. */
static char *
describe_not_in_force (KonkursRuleScope  scope,
                       const GDate      *date)
{
  g_autofree char *shown = konkurs_validation_format_date (date);

  switch (scope)
    {
    case KONKURS_RULE_SCOPE_INTERNAL:
      return g_strdup_printf (_("No rule set is in force for internal competitions on %s. In Rule Sets, give a "
                                "rule set a validity for internal competitions that includes this date."), shown);
    case KONKURS_RULE_SCOPE_YOUTH_RESERVE:
      return g_strdup_printf (_("No rule set is in force for the Youth Personnel Reserve on %s. In Rule Sets, give "
                                "a rule set a validity for the Youth Personnel Reserve that includes this date."),
                              shown);
    case KONKURS_RULE_SCOPE_GENERAL:
    default:
      return g_strdup_printf (_("No rule set is in force for general competitions on %s. In Rule Sets, give a "
                                "rule set a validity for general competitions that includes this date."), shown);
    }
}

KonkursRuleSet *
konkurs_store_get_rule_set_for (KonkursStore      *self,
                                KonkursRuleScope   scope,
                                const GDate       *date,
                                GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *iso = konkurs_store_date_to_iso (date);
  g_autofree char *not_found = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (iso != NULL, NULL);
  g_return_val_if_fail (konkurs_rule_scope_to_code (scope) != NULL, NULL);

  /* Validities of one scope never overlap (konkurs_store_save_rule_set()),
   * so at most one row matches; the order only makes that certain. */
  stmt = konkurs_store_prepare (self,
                                "SELECT r.id, r.code, r.name_kk, r.name_ru, r.valid_from, r.source_kk, r.source_ru "
                                "FROM rule_set r JOIN rule_set_validity v ON v.rule_set_id = r.id "
                                "WHERE v.scope = ?1 AND v.valid_from <= ?2 "
                                "AND (v.valid_until IS NULL OR v.valid_until >= ?2) "
                                "ORDER BY v.valid_from DESC, r.id DESC LIMIT 1",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, konkurs_rule_scope_to_code (scope), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, iso, -1, SQLITE_TRANSIENT);

  not_found = describe_not_in_force (scope, date);
  return read_one_rule_set (self, stmt, not_found, error);
}

KonkursRuleSet *
konkurs_store_get_rule_set_for_date (KonkursStore  *self,
                                     const GDate   *date,
                                     GError       **error)
{
  return konkurs_store_get_rule_set_for (self, KONKURS_RULE_SCOPE_GENERAL, date, error);
}

gboolean
konkurs_store_count_bound_competitions (KonkursStore  *self,
                                        gint64         id,
                                        guint         *count,
                                        GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 n = 0;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  stmt = konkurs_store_prepare_id (self, "SELECT count(*) FROM competition WHERE rule_set_id = ?1", id, error);
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, &n, error))
    return FALSE;
  *count = (guint) n;
  return TRUE;
}
