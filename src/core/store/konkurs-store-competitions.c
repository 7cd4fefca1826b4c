/* konkurs-store-competitions.c — competitions in the store, with their
 * document deadline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-commission-private.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-store-stages-private.h"
#include "konkurs-validation.h"

/* Document deadline */

/* Sets the deadline of @competition to @review_days working days after its
 * announcement, or unsets it when either is unknown. */
static gboolean
apply_deadline (KonkursStore        *self,
                KonkursCompetition  *competition,
                gboolean             have_days,
                int                  review_days,
                GError             **error)
{
  const GDate *announced = konkurs_competition_get_announcement_date (competition);
  GDate deadline;

  if (announced == NULL || !have_days)
    {
      konkurs_competition_set_document_deadline (competition, NULL);
      return TRUE;
    }

  g_date_clear (&deadline, 1);
  if (!konkurs_calendar_add_working_days (konkurs_store_get_calendar (self),
                                          announced, review_days, &deadline, error))
    {
      konkurs_competition_set_document_deadline (competition, NULL);
      return FALSE;
    }

  konkurs_competition_set_document_deadline (competition, &deadline);
  return TRUE;
}

/* For lists and saves: a year the calendar does not know yet must not hide
 * the competition or lose the user's edit, so the deadline stays unset. */
static void
fill_deadline (KonkursStore       *self,
               KonkursCompetition *competition,
               gboolean            have_days,
               int                 review_days)
{
  g_autoptr(GError) error = NULL;

  if (!apply_deadline (self, competition, have_days, review_days, &error))
    g_debug ("No document deadline for competition %" G_GINT64_FORMAT ": %s",
             konkurs_competition_get_id (competition), error->message);
}

static gboolean
lookup_review_days (KonkursStore  *self,
                    gint64         rule_set_id,
                    gboolean      *have_days,
                    int           *review_days,
                    GError       **error)
{
  g_autoptr(KonkursRuleSet) rule_set = konkurs_store_get_rule_set (self, rule_set_id, error);

  if (rule_set == NULL)
    return FALSE;
  *have_days = konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_DOCUMENT_REVIEW_DAYS, review_days);
  return TRUE;
}

/* After a save: the data are safe, so a missing rule value or calendar year
 * only leaves the deadline unset. */
static void
refresh_deadline (KonkursStore       *self,
                  KonkursCompetition *competition,
                  gint64              rule_set_id)
{
  g_autoptr(GError) error = NULL;
  gboolean have_days = FALSE;
  int review_days = 0;

  if (!lookup_review_days (self, rule_set_id, &have_days, &review_days, &error))
    {
      g_debug ("No document deadline: %s", error->message);
      have_days = FALSE;
    }
  fill_deadline (self, competition, have_days, review_days);
}

gboolean
konkurs_store_compute_deadline (KonkursStore        *self,
                                KonkursCompetition  *competition,
                                GError             **error)
{
  const GDate *announced;
  gint64 rule_set_id;
  gboolean have_days = FALSE;
  int review_days = 0;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KONKURS_IS_COMPETITION (competition), FALSE);

  announced = konkurs_competition_get_announcement_date (competition);
  if (announced == NULL)
    {
      konkurs_competition_set_document_deadline (competition, NULL);
      return TRUE;
    }

  rule_set_id = konkurs_competition_get_rule_set_id (competition);
  if (rule_set_id == 0)
    {
      g_autoptr(KonkursRuleSet) rule_set =
        konkurs_store_get_rule_set_for (self, konkurs_competition_get_rule_scope (competition), announced, error);

      if (rule_set == NULL)
        return FALSE;
      rule_set_id = konkurs_rule_set_get_id (rule_set);
    }

  if (!lookup_review_days (self, rule_set_id, &have_days, &review_days, error))
    return FALSE;
  return apply_deadline (self, competition, have_days, review_days, error);
}

/* Competitions: reading */

#define COMPETITION_SELECT \
  "SELECT c.id, c.number, c.rule_set_id, c.procedure, c.state_body_kk, c.state_body_ru, " \
  "c.title_kk, c.title_ru, c.announced_on, rv.value, c.scope " \
  "FROM competition c " \
  "LEFT JOIN rule_value rv ON rv.rule_set_id = c.rule_set_id AND rv.key = ?1 "

static gpointer
competition_from_row (sqlite3_stmt *stmt,
                      gpointer      store)
{
  KonkursCompetition *competition = konkurs_competition_new ();
  g_autoptr(KonkursLocalText) state_body = konkurs_store_column_local_text (stmt, 4);
  g_autoptr(KonkursLocalText) title = konkurs_store_column_local_text (stmt, 6);
  g_autoptr(GDate) announced = konkurs_store_column_date (stmt, 8);

  konkurs_competition_set_id (competition, sqlite3_column_int64 (stmt, 0));
  konkurs_competition_set_number (competition, konkurs_store_column_text (stmt, 1));
  konkurs_competition_set_rule_set_id (competition, sqlite3_column_int64 (stmt, 2));
  konkurs_competition_set_procedure (competition, sqlite3_column_int (stmt, 3));
  konkurs_competition_set_state_body_text (competition, state_body);
  konkurs_competition_set_title_text (competition, title);
  konkurs_competition_set_announcement_date (competition, announced);
  konkurs_competition_set_scope (competition, g_strcmp0 (konkurs_store_column_text (stmt, 10), "internal") == 0
                                              ? KONKURS_RULE_SCOPE_INTERNAL : KONKURS_RULE_SCOPE_GENERAL);
  fill_deadline (store, competition,
                 sqlite3_column_type (stmt, 9) != SQLITE_NULL,
                 sqlite3_column_int (stmt, 9));
  return competition;
}

/* @sql, a COMPETITION_SELECT, with the key of the review days bound. */
static sqlite3_stmt *
prepare_competitions (KonkursStore  *self,
                      const char    *sql,
                      GError       **error)
{
  sqlite3_stmt *stmt = konkurs_store_prepare (self, sql, error);

  if (stmt != NULL)
    sqlite3_bind_text (stmt, 1, KONKURS_RULE_DOCUMENT_REVIEW_DAYS, -1, SQLITE_STATIC);
  return stmt;
}

GPtrArray *
konkurs_store_list_competitions (KonkursStore  *self,
                                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = prepare_competitions (self, COMPETITION_SELECT "ORDER BY c.announced_on DESC, c.id DESC", error);
  if (stmt == NULL)
    return NULL;
  return konkurs_store_read_all (self, stmt, competition_from_row, self, g_object_unref, error);
}

KonkursCompetition *
konkurs_store_get_competition (KonkursStore  *self,
                               gint64         id,
                               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = prepare_competitions (self, COMPETITION_SELECT "WHERE c.id = ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, id);
  return konkurs_store_read_one (self, stmt, competition_from_row, self,
                                 _("The competition does not exist: it may have been deleted."), error);
}

KonkursCompetition *
konkurs_store_find_competition_by_number (KonkursStore  *self,
                                          const char    *number,
                                          GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *not_found = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (number != NULL, NULL);

  stmt = prepare_competitions (self, COMPETITION_SELECT "WHERE c.number = ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 2, number, -1, SQLITE_TRANSIENT);
  not_found = g_strdup_printf (_("There is no competition numbered “%s”."), number);
  return konkurs_store_read_one (self, stmt, competition_from_row, self, not_found, error);
}

/* Competitions: writing */

/* The number a competition announced on @announced gets when none is
 * given: the year and the next sequence number of that year's numbers of
 * that form ("2025-007"). */
static char *
next_number (KonkursStore  *self,
             const GDate   *announced,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int year = g_date_get_year (announced);
  g_autofree char *pattern = g_strdup_printf ("%04d-[0-9]*", year);
  gint64 last = 0;

  stmt = konkurs_store_prepare (self,
                                "SELECT coalesce (max (CAST (substr (number, 6) AS INTEGER)), 0) "
                                "FROM competition WHERE number GLOB ?1 AND substr (number, 6) NOT GLOB '*[^0-9]*'",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, pattern, -1, SQLITE_TRANSIENT);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &last, error))
    return NULL;
  return g_strdup_printf ("%04d-%03" G_GINT64_FORMAT, year, last + 1);
}

/* The number @competition will be stored under: its own, without the
 * white space around it, unless another competition has it, or a new one. */
static char *
choose_number (KonkursStore        *self,
               KonkursCompetition  *competition,
               GError             **error)
{
  g_autofree char *number = g_strstrip (g_strdup (konkurs_competition_get_number (competition)));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean taken = FALSE;
  gint64 other = 0;

  if (*number == '\0')
    return next_number (self, konkurs_competition_get_announcement_date (competition), error);

  stmt = konkurs_store_prepare (self, "SELECT id FROM competition WHERE number = ?1 AND id IS NOT ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, konkurs_competition_get_id (competition));
  if (!konkurs_store_read_int64 (self, stmt, &taken, &other, error))
    return NULL;
  if (taken)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE,
                   _("Another competition is numbered “%s” already. Each competition needs a number of its own."),
                   number);
      return NULL;
    }
  return g_steal_pointer (&number);
}

/* What the stored row of a competition says of its binding. */
typedef struct {
  gboolean  stored;
  gint64    rule_set_id;
  char     *announced_on;
  char     *scope;
  int       procedure;
  gint64    n_applications;
} StoredBinding;

static void
stored_binding_clear (StoredBinding *stored)
{
  g_clear_pointer (&stored->announced_on, g_free);
  g_clear_pointer (&stored->scope, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (StoredBinding, stored_binding_clear)

static void
read_stored_binding (sqlite3_stmt *stmt,
                     gpointer      user_data)
{
  StoredBinding *stored = user_data;

  stored->stored = TRUE;
  stored->rule_set_id = sqlite3_column_int64 (stmt, 0);
  stored->announced_on = g_strdup (konkurs_store_column_text (stmt, 1));
  stored->scope = g_strdup (konkurs_store_column_text (stmt, 2));
  stored->procedure = sqlite3_column_int (stmt, 3);
  stored->n_applications = sqlite3_column_int64 (stmt, 4);
}

/* Whether @competition moved, since it was stored, to another date, scope
 * or procedure: what the rule set in force depends on. */
static gboolean
binding_moved (KonkursCompetition  *competition,
               const StoredBinding *stored)
{
  g_autofree char *announced = konkurs_store_date_to_iso (konkurs_competition_get_announcement_date (competition));

  return g_strcmp0 (announced, stored->announced_on) != 0 ||
         g_strcmp0 (konkurs_rule_scope_to_code (konkurs_competition_get_scope (competition)), stored->scope) != 0 ||
         (int) konkurs_competition_get_procedure (competition) != stored->procedure;
}

/* Whether the rule set in force for @competition's scope and date is
 * @rule_set_id anyway. */
static gboolean
rebinds_to_same (KonkursStore       *self,
                 KonkursCompetition *competition,
                 gint64              rule_set_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursRuleSet) in_force = konkurs_store_get_rule_set_for (self,
                                                                      konkurs_competition_get_rule_scope (competition),
                                                                      konkurs_competition_get_announcement_date (competition),
                                                                      &error);

  return in_force != NULL && konkurs_rule_set_get_id (in_force) == rule_set_id;
}

/* The rule set @competition is bound to when saved now: a new one, or one
 * moved to another date or scope before anyone applied, the rule set in
 * force for its scope on its announcement date; else the one it has
 * (*@kept: it was moved, but keeps it because candidates applied). */
static KonkursRuleSet *
resolve_binding (KonkursStore        *self,
                 KonkursCompetition  *competition,
                 gboolean            *kept,
                 GError             **error)
{
  g_auto(StoredBinding) stored = { FALSE };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 rule_set_id = konkurs_competition_get_rule_set_id (competition);
  g_autofree char *found = NULL;
  gboolean moved = FALSE;

  *kept = FALSE;
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT rule_set_id, announced_on, scope, procedure, "
                                   "(SELECT count(*) FROM application a WHERE a.competition_id = c.id) "
                                   "FROM competition c WHERE id = ?1",
                                   konkurs_competition_get_id (competition), error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, read_stored_binding, &stored, error))
    return NULL;
  if (stored.stored)
    {
      /* A rule set of 0 asks for the one in force, as when moved. */
      moved = binding_moved (competition, &stored) || rule_set_id == 0;
      if (rule_set_id == 0)
        rule_set_id = stored.rule_set_id;
      if (moved && stored.n_applications == 0)
        rule_set_id = 0;
      *kept = moved && stored.n_applications > 0 && !rebinds_to_same (self, competition, rule_set_id);
    }

  if (rule_set_id == 0)
    return konkurs_store_get_rule_set_for (self, konkurs_competition_get_rule_scope (competition),
                                           konkurs_competition_get_announcement_date (competition), error);
  found = konkurs_store_read_one_id (self, "SELECT id FROM rule_set WHERE id = ?1", rule_set_id, konkurs_store_map_text,
                                     NULL, _("The rule set of the competition does not exist."), error);
  return found != NULL ? konkurs_store_get_rule_set (self, rule_set_id, error) : NULL;
}

KonkursRuleSet *
konkurs_store_preview_rule_set (KonkursStore        *self,
                                KonkursCompetition  *competition,
                                gboolean            *kept,
                                GError             **error)
{
  gboolean ignored;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (KONKURS_IS_COMPETITION (competition), NULL);
  g_return_val_if_fail (konkurs_competition_get_announcement_date (competition) != NULL, NULL);

  return resolve_binding (self, competition, kept != NULL ? kept : &ignored, error);
}

/* Checks @competition and finds the rule set it is bound to
 * (resolve_binding()). */
static gboolean
validate_competition (KonkursStore        *self,
                      KonkursCompetition  *competition,
                      gint64              *rule_set_id,
                      GError             **error)
{
  const GDate *announced = konkurs_competition_get_announcement_date (competition);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  gboolean kept = FALSE;

  /* Either language satisfies a required text. */
  if (!konkurs_validate_competition (konkurs_local_text_pick (konkurs_competition_get_state_body_text (competition),
                                                              KONKURS_DOC_LANGUAGE_KK, NULL),
                                     announced,
                                     konkurs_competition_get_procedure (competition), &local_error))
    return konkurs_store_invalid (error, local_error->message);

  rule_set = resolve_binding (self, competition, &kept, &local_error);
  if (rule_set == NULL)
    {
      if (!g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return konkurs_store_invalid (error, local_error->message);
    }

  *rule_set_id = konkurs_rule_set_get_id (rule_set);
  return TRUE;
}

/* The values of a competition's row: the competition bound to
 * @rule_set_id, under @number. */
typedef struct {
  KonkursCompetition *competition;
  gint64              rule_set_id;
  char               *number;
} CompetitionRow;

static void
bind_competition (sqlite3_stmt  *stmt,
                  gconstpointer  values)
{
  const CompetitionRow *row = values;

  sqlite3_bind_text (stmt, 1, row->number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, row->rule_set_id);
  sqlite3_bind_int (stmt, 3, konkurs_competition_get_procedure (row->competition));
  konkurs_store_bind_local_text (stmt, 4, konkurs_competition_get_state_body_text (row->competition));
  konkurs_store_bind_local_text (stmt, 6, konkurs_competition_get_title_text (row->competition));
  konkurs_store_bind_date (stmt, 8, konkurs_competition_get_announcement_date (row->competition));
  sqlite3_bind_text (stmt, 10, konkurs_rule_scope_to_code (konkurs_competition_get_scope (row->competition)), -1,
                     SQLITE_STATIC);
}

static const KonkursStoreTable competition_table = {
  "competition",
  KONKURS_STORE_TABLE_COMPETITIONS,
  "INSERT INTO competition (number, rule_set_id, procedure, state_body_kk, state_body_ru, "
  "title_kk, title_ru, announced_on, id, scope) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  "UPDATE competition SET number = ?1, rule_set_id = ?2, procedure = ?3, state_body_kk = ?4, "
  "state_body_ru = ?5, title_kk = ?6, title_ru = ?7, announced_on = ?8, scope = ?10 WHERE id = ?9",
  9,
  N_("The competition does not exist any more: it may have been deleted."),
};

static void
competition_row_clear (CompetitionRow *row)
{
  g_clear_pointer (&row->number, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CompetitionRow, competition_row_clear)

/* Checks @competition and fills @row: what a save and a restore do before
 * they write. */
static gboolean
prepare_row (KonkursStore        *self,
             KonkursCompetition  *competition,
             CompetitionRow      *row,
             GError             **error)
{
  row->competition = competition;
  if (!validate_competition (self, competition, &row->rule_set_id, error))
    return FALSE;
  row->number = choose_number (self, competition, error);
  return row->number != NULL;
}

gboolean
konkurs_store_save_competition (KonkursStore        *self,
                                KonkursCompetition  *competition,
                                GError             **error)
{
  g_auto(CompetitionRow) row = { NULL };
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KONKURS_IS_COMPETITION (competition), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  id = konkurs_competition_get_id (competition);
  ok = prepare_row (self, competition, &row, error) &&
       konkurs_store_write_row (self, &competition_table, bind_competition, &row, &id, FALSE, error);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return FALSE;

  konkurs_competition_set_id (competition, id);
  konkurs_competition_set_number (competition, row.number);
  konkurs_competition_set_rule_set_id (competition, row.rule_set_id);
  refresh_deadline (self, competition, row.rule_set_id);
  return TRUE;
}

/* The vacancies go with the competition (ON DELETE CASCADE); the log keeps
 * a copy of each. */
static gboolean
log_vacancies_of (KonkursStore  *self,
                  gint64         competition_id,
                  const char    *action,
                  guint         *n_vacancies,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;

  stmt = konkurs_store_prepare_id (self, "SELECT id FROM vacancy WHERE competition_id = ?1 ORDER BY id",
                                   competition_id, error);
  if (stmt == NULL || (ids = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    return FALSE;

  *n_vacancies = ids->len;
  for (guint i = 0; i < ids->len; i++)
    if (!konkurs_store_record_row (self, action, "vacancy", g_array_index (ids, gint64, i), NULL, error))
      return FALSE;
  return TRUE;
}

static gboolean
remove_competition (KonkursStore  *self,
                    gint64         id,
                    GError       **error)
{
  guint n_vacancies = 0;

  if (!konkurs_store_record_row (self, "delete", "competition", id, NULL, error) ||
      !log_vacancies_of (self, id, "delete", &n_vacancies, error) ||
      !konkurs_store_forget_meetings (self, id, error) ||
      !konkurs_store_forget_stages (self, id, error) ||
      !konkurs_store_delete_id (self, "DELETE FROM competition WHERE id = ?1", id,
                   _("The competition cannot be deleted because candidates have applied to it."),
                   _("The competition does not exist any more: it may have been deleted already."),
                   error))
    return FALSE;

  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_COMPETITIONS);
  if (n_vacancies > 0)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_VACANCIES);
  return TRUE;
}

gboolean
konkurs_store_delete_competition (KonkursStore  *self,
                                  gint64         id,
                                  GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  return konkurs_store_run_on_id (self, remove_competition, id, error);
}

/* Restoring (undo of a delete) */

static gboolean
put_back_competition (KonkursStore        *self,
                      KonkursCompetition  *competition,
                      GPtrArray           *vacancies,
                      GError             **error)
{
  g_auto(CompetitionRow) row = { NULL };
  gint64 id = konkurs_competition_get_id (competition);

  if (id == 0)
    return konkurs_store_invalid (error, _("Only a competition that was saved before can be restored."));
  if (!prepare_row (self, competition, &row, error) ||
      !konkurs_store_write_row (self, &competition_table, bind_competition, &row, &id, TRUE, error))
    return FALSE;

  for (guint i = 0; vacancies != NULL && i < vacancies->len; i++)
    if (!konkurs_store_put_back_vacancy (self, g_ptr_array_index (vacancies, i), id, error))
      return FALSE;
  return TRUE;
}

gboolean
konkurs_store_restore_competition (KonkursStore        *self,
                                   KonkursCompetition  *competition,
                                   GPtrArray           *vacancies,
                                   GError             **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KONKURS_IS_COMPETITION (competition), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = put_back_competition (self, competition, vacancies, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}
