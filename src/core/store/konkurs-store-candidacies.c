/* konkurs-store-candidacies.c — applications in the store: applying, with
 * a fresh personal code, reading and deleting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-eligibility.h"
#include "konkurs-personal-code.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-text.h"

/* Personal codes are random; a collision with one of 20 million codes is
 * rare, so a handful of retries make failure practically impossible. */
#define MAX_CODE_ATTEMPTS 16

/* Applications: reading */

#define CANDIDACY_FIELDS \
  "id, candidate_id, competition_id, vacancy_id, sector, personal_code, received_on, " \
  "status, eligibility, decision_reason, decided_by, decided_at"
#define CANDIDACY_COLUMNS "SELECT " CANDIDACY_FIELDS " FROM application "

static gpointer
candidacy_from_row (sqlite3_stmt *stmt,
                    gpointer      user_data)
{
  KonkursCandidacy *candidacy = konkurs_candidacy_new ();
  KonkursCandidacyStatus status = KONKURS_CANDIDACY_RECEIVED;
  KonkursEligibilityState state = KONKURS_ELIGIBILITY_STATE_PENDING;
  g_autoptr(GDateTime) decided_at = konkurs_store_column_datetime (stmt, 11);
  GDate received;

  konkurs_candidacy_set_id (candidacy, sqlite3_column_int64 (stmt, 0));
  konkurs_candidacy_set_candidate_id (candidacy, sqlite3_column_int64 (stmt, 1));
  konkurs_candidacy_set_competition_id (candidacy, sqlite3_column_int64 (stmt, 2));
  konkurs_candidacy_set_vacancy_id (candidacy, sqlite3_column_int64 (stmt, 3));
  konkurs_candidacy_set_sector (candidacy, konkurs_store_column_text (stmt, 4));
  konkurs_candidacy_set_personal_code (candidacy, konkurs_store_column_text (stmt, 5));
  konkurs_store_column_date_into (stmt, 6, &received);
  konkurs_candidacy_set_received_on (candidacy, &received);
  if (konkurs_candidacy_status_from_code (konkurs_store_column_text (stmt, 7), &status))
    konkurs_candidacy_set_status (candidacy, status);
  if (konkurs_eligibility_state_from_code (konkurs_store_column_text (stmt, 8), &state))
    konkurs_candidacy_set_eligibility (candidacy, state);
  konkurs_candidacy_set_decision_reason (candidacy, konkurs_store_column_text (stmt, 9));
  konkurs_candidacy_set_decided_by (candidacy, (const char *) sqlite3_column_text (stmt, 10));
  konkurs_candidacy_set_decided_at (candidacy, decided_at);
  return candidacy;
}

KonkursCandidacy *
konkurs_store_get_candidacy (KonkursStore  *self,
                             gint64         id,
                             GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_one_id (self, CANDIDACY_COLUMNS "WHERE id = ?1", id, candidacy_from_row, NULL,
                                    _("The application does not exist: it may have been deleted."), error);
}

KonkursCandidacy *
konkurs_store_find_candidacy_by_code (KonkursStore  *self,
                                      const char    *code,
                                      GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *not_found = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  normal = konkurs_personal_code_normalize (code);
  stmt = konkurs_store_prepare (self, CANDIDACY_COLUMNS "WHERE personal_code = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, normal, -1, SQLITE_STATIC);
  not_found = g_strdup_printf (_("No application has the personal code %s."), normal);
  return konkurs_store_read_one (self, stmt, candidacy_from_row, NULL, not_found, error);
}

GPtrArray *
konkurs_store_list_candidacies_of_candidate (KonkursStore  *self,
                                             gint64         candidate_id,
                                             GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_all_id (self, CANDIDACY_COLUMNS "WHERE candidate_id = ?1 ORDER BY received_on, id",
                                    candidate_id, candidacy_from_row, NULL, g_object_unref, error);
}

GPtrArray *
konkurs_store_list_candidacies_of_competition (KonkursStore  *self,
                                               gint64         competition_id,
                                               GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_all_id (self, CANDIDACY_COLUMNS "WHERE competition_id = ?1 ORDER BY received_on, id",
                                    competition_id, candidacy_from_row, NULL, g_object_unref, error);
}

/* The rule set of the competition of the candidate's latest application,
 * or the one in force for general competitions on @today; NULL without error when none is. */
static KonkursRuleSet *
find_judging_rule_set (KonkursStore  *self,
                       gint64         candidate_id,
                       const GDate   *today,
                       GError       **error)
{
  g_autoptr(GPtrArray) candidacies = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(GError) local_error = NULL;
  KonkursRuleSet *rule_set;

  candidacies = konkurs_store_list_candidacies_of_candidate (self, candidate_id, error);
  if (candidacies == NULL)
    return NULL;
  if (candidacies->len > 0)
    {
      KonkursCandidacy *latest = g_ptr_array_index (candidacies, candidacies->len - 1);

      competition = konkurs_store_get_competition (self, konkurs_candidacy_get_competition_id (latest), error);
      return competition != NULL
             ? konkurs_store_get_rule_set (self, konkurs_competition_get_rule_set_id (competition), error)
             : NULL;
    }

  /* Certificates are a civil-service matter: the general competition's rules. */
  rule_set = konkurs_store_get_rule_set_for (self, KONKURS_RULE_SCOPE_GENERAL, today, &local_error);
  if (rule_set == NULL && !g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));
  return rule_set;
}

int
konkurs_store_get_certificate_validity_months (KonkursStore  *self,
                                               gint64         candidate_id,
                                               const GDate   *today,
                                               GError       **error)
{
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  int months = KONKURS_DEFAULT_CERTIFICATE_VALIDITY_MONTHS;

  g_return_val_if_fail (KONKURS_IS_STORE (self), months);
  g_return_val_if_fail (today != NULL && g_date_valid (today), months);

  rule_set = find_judging_rule_set (self, candidate_id, today, error);
  if (rule_set != NULL)
    konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, &months);
  return months;
}

/* Applications: applying
 *
 * An import applies 100,000 times in one transaction, so this path uses
 * the store's cached statements, reads only single columns by primary key,
 * and never reads back what it has just written. */

/* The integer of the one-column statement @sql for ?1 = @id; *@found is
 * FALSE when there is no such row. */
/* The integer of the one-column statement @sql for ?1 = @id; *@found is
 * FALSE when there is no such row. */
static gboolean
lookup_int64 (KonkursStore  *self,
              const char    *sql,
              gint64         id,
              gboolean      *found,
              gint64        *value,
              GError       **error)
{
  g_autoptr(KonkursStoreStmt) stmt = konkurs_store_cached (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return konkurs_store_read_int64 (self, stmt, found, value, error);
}

/* The names of the sectors of the rule set of @competition_id in the
 * interface language, for a message. */
static char *
describe_sectors (KonkursStore *self,
                  gint64        competition_id)
{
  g_autoptr(KonkursCompetition) competition = konkurs_store_get_competition (self, competition_id, NULL);
  g_autoptr(GPtrArray) sectors = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  if (competition != NULL)
    sectors = konkurs_store_list_sectors (self, konkurs_competition_get_rule_set_id (competition), NULL);
  for (guint i = 0; sectors != NULL && i < sectors->len; i++)
    g_strv_builder_add (names, konkurs_local_text_get_display (((KonkursSector *) sectors->pdata[i])->name));
  list = g_strv_builder_end (names);
  return g_strjoinv ("; ", list);
}

/* The code of the sector @sector names (its code or a name) among the
 * sectors of the rule set of @competition_id, or INVALID. */
static gboolean
find_sector (KonkursStore  *self,
             gint64         competition_id,
             const char    *sector,
             char         **code,
             GError       **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  g_autofree char *wanted = g_strstrip (g_strdup (sector));
  g_autofree char *known = NULL;
  g_autofree char *message = NULL;

  stmt = konkurs_store_cached (self,
                               "SELECT s.code FROM competition c "
                               "JOIN rule_set_sector s ON s.rule_set_id = c.rule_set_id "
                               "WHERE c.id = ?1 AND ?2 IN (s.code, s.name_kk, s.name_ru) "
                               "ORDER BY s.code = ?2 DESC, s.ordinal LIMIT 1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, competition_id);
  sqlite3_bind_text (stmt, 2, wanted, -1, SQLITE_STATIC);
  switch (sqlite3_step (stmt))
    {
    case SQLITE_ROW:
      *code = g_strdup (konkurs_store_column_text (stmt, 0));
      return TRUE;
    case SQLITE_DONE:
      break;
    default:
      konkurs_store_set_sqlite_error (self, sqlite3_errcode (konkurs_store_get_db (self)), error);
      return FALSE;
    }

  known = describe_sectors (self, competition_id);
  message = g_strdup_printf (_("“%s” is not a sector of the rules this selection is bound to. "
                               "Choose one of these: %s."), wanted, known);
  return konkurs_store_invalid (error, message);
}

/* Checks what konkurs_store_apply() was given against the procedure of the
 * competition, and finds the code of the sector of a Youth Reserve
 * selection.  Comes before any write: see konkurs_store_op_begin(). */
static gboolean
validate_application (KonkursStore  *self,
                      gint64         candidate_id,
                      gint64         competition_id,
                      gint64         vacancy_id,
                      const char    *sector,
                      const GDate   *received_on,
                      char         **sector_code,
                      GError       **error)
{
  gboolean found = FALSE;
  gint64 value = 0;

  if (received_on == NULL || !g_date_valid (received_on))
    return konkurs_store_invalid (error, _("The date the application was received is required."));
  if (!lookup_int64 (self, "SELECT id FROM candidate WHERE id = ?1", candidate_id, &found, &value, error))
    return FALSE;
  if (!found)
    return konkurs_store_invalid (error, _("The candidate does not exist: the record may have been deleted."));

  if (!lookup_int64 (self, "SELECT procedure FROM competition WHERE id = ?1", competition_id,
                     &found, &value, error))
    return FALSE;
  if (!found)
    return konkurs_store_invalid (error, _("The competition does not exist: it may have been deleted."));

  if (value == KONKURS_PROCEDURE_YOUTH_RESERVE)
    {
      if (vacancy_id != 0)
        return konkurs_store_invalid (error, _("A Youth Personnel Reserve selection has sectors, not vacancies: choose a sector."));
      if (konkurs_text_is_blank (sector))
        return konkurs_store_invalid (error, _("Choose the sector the candidate applies to."));
      return find_sector (self, competition_id, sector, sector_code, error);
    }

  if (vacancy_id == 0)
    return konkurs_store_invalid (error, _("Choose the vacancy the candidate applies to."));
  if (!lookup_int64 (self, "SELECT competition_id FROM vacancy WHERE id = ?1", vacancy_id,
                     &found, &value, error))
    return FALSE;
  if (!found)
    return konkurs_store_invalid (error, _("The vacancy does not exist: it may have been deleted."));
  if (value != competition_id)
    return konkurs_store_invalid (error, _("The vacancy belongs to another competition."));
  return TRUE;
}

/* Steps the INSERT of an application: its id, or 0 with *@rc the failing
 * result code; with @returning (the INSERT … RETURNING), the new
 * application in *@candidacy as well. */
static gint64
step_insert (sqlite3_stmt      *stmt,
             gboolean           returning,
             KonkursCandidacy **candidacy,
             int               *rc)
{
  g_autoptr(KonkursCandidacy) read = NULL;

  *rc = sqlite3_step (stmt);
  if (!returning)
    return *rc == SQLITE_DONE ? sqlite3_last_insert_rowid (sqlite3_db_handle (stmt)) : 0;
  if (*rc != SQLITE_ROW)
    return 0;
  read = candidacy_from_row (stmt, NULL);
  /* The row comes at the first step; the statement ends at the next. */
  *rc = sqlite3_step (stmt);
  if (*rc != SQLITE_DONE)
    return 0;
  *candidacy = g_steal_pointer (&read);
  return konkurs_candidacy_get_id (*candidacy);
}

#define INSERT_APPLICATION \
  "INSERT INTO application (candidate_id, competition_id, vacancy_id, " \
  "sector, personal_code, received_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"

/* Inserts the application with a fresh personal code, drawing another
 * when the code is taken.  Returns its id, or 0; with @candidacy, the new
 * application as stored (with the defaults of the table) in it. */
static gint64
insert_application (KonkursStore      *self,
                    gint64             candidate_id,
                    gint64             competition_id,
                    gint64             vacancy_id,
                    const char        *sector,
                    const GDate       *received_on,
                    KonkursCandidacy **candidacy,
                    GError           **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  sqlite3 *db = konkurs_store_get_db (self);

  stmt = konkurs_store_cached (self,
                               candidacy != NULL ? INSERT_APPLICATION " RETURNING " CANDIDACY_FIELDS
                                                 : INSERT_APPLICATION,
                               error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_int64 (stmt, 1, candidate_id);
  sqlite3_bind_int64 (stmt, 2, competition_id);
  if (vacancy_id != 0)
    sqlite3_bind_int64 (stmt, 3, vacancy_id);
  else
    sqlite3_bind_text (stmt, 4, sector, -1, SQLITE_TRANSIENT);
  konkurs_store_bind_date (stmt, 6, received_on);

  for (int attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++)
    {
      g_autoptr(GError) code_error = NULL;
      char *code = konkurs_personal_code_generate (&code_error);
      gint64 id;
      int rc;

      if (code == NULL)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                       _("Konkurs could not draw a personal code: %s"), code_error->message);
          return 0;
        }
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 5, code, -1, g_free);

      id = step_insert (stmt, candidacy != NULL, candidacy, &rc);
      if (id != 0)
        return id;
      if (rc == SQLITE_CONSTRAINT_UNIQUE && strstr (sqlite3_errmsg (db), "application.personal_code") != NULL)
        continue;
      if (rc == SQLITE_CONSTRAINT_UNIQUE)
        {
          g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE,
                               vacancy_id != 0
                               ? _("The candidate has applied to this vacancy already.")
                               : _("The candidate has applied to this selection already."));
          return 0;
        }
      konkurs_store_set_sqlite_error (self, rc, error);
      return 0;
    }

  g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                       _("Konkurs could not find a free personal code. Try again."));
  return 0;
}

static gint64
apply (KonkursStore      *self,
       gint64             candidate_id,
       gint64             competition_id,
       gint64             vacancy_id,
       const char        *sector,
       const GDate       *received_on,
       KonkursCandidacy **candidacy,
       GError           **error)
{
  g_autofree char *sector_code = NULL;
  gint64 id = 0;
  guint mark;
  gboolean ok;

  if (!konkurs_store_op_begin (self, &mark, error))
    return 0;

  ok = validate_application (self, candidate_id, competition_id, vacancy_id, sector, received_on,
                             &sector_code, error) &&
       (id = insert_application (self, candidate_id, competition_id, vacancy_id,
                                 sector_code, received_on, candidacy, error)) != 0 &&
       konkurs_store_record_row (self, "apply", "application", id, NULL, error);
  if (ok)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_APPLICATIONS);

  if (!konkurs_store_op_finish (self, mark, ok, ok ? error : NULL))
    {
      if (candidacy != NULL)
        g_clear_object (candidacy);
      return 0;
    }
  return id;
}

KonkursCandidacy *
konkurs_store_apply (KonkursStore  *self,
                     gint64         candidate_id,
                     gint64         competition_id,
                     gint64         vacancy_id,
                     const char    *sector,
                     const GDate   *received_on,
                     GError       **error)
{
  KonkursCandidacy *candidacy = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  apply (self, candidate_id, competition_id, vacancy_id, sector, received_on, &candidacy, error);
  return candidacy;
}

gint64
konkurs_store_add_application (KonkursStore  *self,
                               gint64         candidate_id,
                               gint64         competition_id,
                               gint64         vacancy_id,
                               const char    *sector,
                               const GDate   *received_on,
                               GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), 0);

  return apply (self, candidate_id, competition_id, vacancy_id, sector, received_on, NULL, error);
}

static gboolean
has_results (KonkursStore  *self,
             gint64         id,
             gboolean      *found,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 any = 0;

  stmt = konkurs_store_prepare_id (self,
                                   "SELECT EXISTS (SELECT 1 FROM test_result WHERE application_id = ?1) "
                                   "OR EXISTS (SELECT 1 FROM stage_member_score WHERE application_id = ?1) "
                                   "OR EXISTS (SELECT 1 FROM assessment_result WHERE application_id = ?1) "
                                   "OR EXISTS (SELECT 1 FROM stage_outcome WHERE application_id = ?1) "
                                   "OR EXISTS (SELECT 1 FROM essay WHERE application_id = ?1) "
                                   "OR EXISTS (SELECT 1 FROM vote WHERE application_id = ?1)",
                                   id, error);
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, &any, error))
    return FALSE;
  *found = any != 0;
  return TRUE;
}

static gboolean
remove_application (KonkursStore  *self,
                    gint64         id,
                    GError       **error)
{
  gboolean found = FALSE;

  if (!has_results (self, id, &found, error))
    return FALSE;
  if (found)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE,
                           _("The application has results of tests, essays or votes, so it cannot be deleted. Mark it as withdrawn instead."));
      return FALSE;
    }

  if (!konkurs_store_record_row (self, "delete", "application", id, NULL, error) ||
      !konkurs_store_delete_id (self, "DELETE FROM application WHERE id = ?1", id, NULL,
                                _("The application does not exist: it may have been deleted."), error))
    return FALSE;

  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_APPLICATIONS);
  return TRUE;
}

gboolean
konkurs_store_delete_candidacy (KonkursStore  *self,
                                gint64         id,
                                GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  return konkurs_store_run_on_id (self, remove_application, id, error);
}

gint64
konkurs_store_count_candidacies (KonkursStore  *self,
                                 gint64         competition_id,
                                 gint64         vacancy_id,
                                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 count = -1;

  g_return_val_if_fail (KONKURS_IS_STORE (self), -1);

  /* Each by its own index: a vacancy's, else its competition's. */
  stmt = konkurs_store_prepare (self,
                                vacancy_id != 0 ? "SELECT count(*) FROM application WHERE vacancy_id = ?2"
                                                : "SELECT count(*) FROM application WHERE competition_id = ?1",
                                error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, competition_id);
  sqlite3_bind_int64 (stmt, 2, vacancy_id);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &count, error))
    return -1;
  return count;
}
