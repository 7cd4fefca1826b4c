/* konkurs-store-competitions.c — competitions and vacancies in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-private.h"
#include "konkurs-text.h"

#define TABLE_COMPETITIONS "competitions"
#define TABLE_VACANCIES    "vacancies"

static gboolean
row_exists (KonkursStore  *self,
            const char    *sql,
            gint64         id,
            gboolean      *exists,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  *exists = (rc == SQLITE_ROW);
  return TRUE;
}

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
        konkurs_store_get_rule_set_for_date (self, announced, error);

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
  "SELECT c.id, c.rule_set_id, c.procedure, c.state_body, c.title, c.announced_on, rv.value " \
  "FROM competition c " \
  "LEFT JOIN rule_value rv ON rv.rule_set_id = c.rule_set_id AND rv.key = ?1 "

static KonkursCompetition *
competition_from_row (KonkursStore *self,
                      sqlite3_stmt *stmt)
{
  KonkursCompetition *competition = konkurs_competition_new ();
  g_autoptr(GDate) announced = konkurs_store_column_date (stmt, 5);

  konkurs_competition_set_id (competition, sqlite3_column_int64 (stmt, 0));
  konkurs_competition_set_rule_set_id (competition, sqlite3_column_int64 (stmt, 1));
  konkurs_competition_set_procedure (competition, sqlite3_column_int (stmt, 2));
  konkurs_competition_set_state_body (competition, (const char *) sqlite3_column_text (stmt, 3));
  konkurs_competition_set_title (competition, (const char *) sqlite3_column_text (stmt, 4));
  konkurs_competition_set_announcement_date (competition, announced);
  fill_deadline (self, competition,
                 sqlite3_column_type (stmt, 6) != SQLITE_NULL,
                 sqlite3_column_int (stmt, 6));
  return competition;
}

static GPtrArray *
read_competitions (KonkursStore  *self,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  g_autoptr(GPtrArray) competitions = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  sqlite3_bind_text (stmt, 1, KONKURS_RULE_DOCUMENT_REVIEW_DAYS, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (competitions, competition_from_row (self, stmt));

  if (rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&competitions);
}

GPtrArray *
konkurs_store_list_competitions (KonkursStore  *self,
                                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = konkurs_store_prepare (self,
                                COMPETITION_SELECT "ORDER BY c.announced_on DESC, c.id DESC",
                                error);
  if (stmt == NULL)
    return NULL;
  return read_competitions (self, stmt, error);
}

KonkursCompetition *
konkurs_store_get_competition (KonkursStore  *self,
                               gint64         id,
                               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = konkurs_store_prepare (self, COMPETITION_SELECT "WHERE c.id = ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, id);

  return konkurs_store_first_object (read_competitions (self, stmt, error),
                                     _("The competition does not exist: it may have been deleted."), error);
}

/* Competitions: writing */

/* Checks @competition and finds the rule set it is bound to: its own, or
 * the one in force on the announcement date. */
static gboolean
validate_competition (KonkursStore        *self,
                      KonkursCompetition  *competition,
                      gint64              *rule_set_id,
                      GError             **error)
{
  const GDate *announced = konkurs_competition_get_announcement_date (competition);
  KonkursProcedure procedure = konkurs_competition_get_procedure (competition);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;

  if (konkurs_text_is_blank (konkurs_competition_get_state_body (competition)))
    return konkurs_store_invalid (error, _("The state body is required."));
  if (announced == NULL)
    return konkurs_store_invalid (error, _("The announcement date is required."));
  if (procedure != KONKURS_PROCEDURE_CIVIL_SERVICE && procedure != KONKURS_PROCEDURE_YOUTH_RESERVE)
    return konkurs_store_invalid (error, _("The procedure must be a civil-service competition or a Youth Personnel Reserve selection."));

  *rule_set_id = konkurs_competition_get_rule_set_id (competition);
  if (*rule_set_id == 0)
    rule_set = konkurs_store_get_rule_set_for_date (self, announced, &local_error);
  else
    rule_set = konkurs_store_get_rule_set (self, *rule_set_id, &local_error);

  if (rule_set == NULL)
    {
      if (!g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (*rule_set_id == 0)
        return konkurs_store_invalid (error, local_error->message);
      return konkurs_store_invalid (error, _("The rule set of the competition does not exist."));
    }

  *rule_set_id = konkurs_rule_set_get_id (rule_set);
  return TRUE;
}

static void
bind_competition (sqlite3_stmt       *stmt,
                  KonkursCompetition *competition,
                  gint64              rule_set_id)
{
  sqlite3_bind_int64 (stmt, 1, rule_set_id);
  sqlite3_bind_int (stmt, 2, konkurs_competition_get_procedure (competition));
  sqlite3_bind_text (stmt, 3, konkurs_competition_get_state_body (competition), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, konkurs_competition_get_title (competition), -1, SQLITE_TRANSIENT);
  konkurs_store_bind_date (stmt, 5, konkurs_competition_get_announcement_date (competition));
}

/* Inserts @competition with @id (0: a new id), returning the row id. */
static gint64
insert_competition (KonkursStore        *self,
                    KonkursCompetition  *competition,
                    gint64               rule_set_id,
                    gint64               id,
                    GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO competition "
                                "(rule_set_id, procedure, state_body, title, announced_on, id) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                error);
  if (stmt == NULL)
    return 0;

  bind_competition (stmt, competition, rule_set_id);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 6, id);
  if (!konkurs_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (konkurs_store_get_db (self));
}

static gboolean
update_competition (KonkursStore        *self,
                    KonkursCompetition  *competition,
                    gint64               rule_set_id,
                    GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare (self,
                                "UPDATE competition SET rule_set_id = ?1, procedure = ?2, "
                                "state_body = ?3, title = ?4, announced_on = ?5 WHERE id = ?6",
                                error);
  if (stmt == NULL)
    return FALSE;

  bind_competition (stmt, competition, rule_set_id);
  sqlite3_bind_int64 (stmt, 6, konkurs_competition_get_id (competition));
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (konkurs_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("The competition does not exist any more: it may have been deleted."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_competition (KonkursStore        *self,
                   KonkursCompetition  *competition,
                   gint64               rule_set_id,
                   gint64              *id,
                   GError             **error)
{
  const char *action = (*id == 0) ? "create" : "update";

  if (*id == 0)
    {
      *id = insert_competition (self, competition, rule_set_id, 0, error);
      if (*id == 0)
        return FALSE;
    }
  else if (!update_competition (self, competition, rule_set_id, error))
    return FALSE;

  konkurs_store_note_changed (self, TABLE_COMPETITIONS);
  return konkurs_store_log_row (self, action, "competition", *id, error);
}

gboolean
konkurs_store_save_competition (KonkursStore        *self,
                                KonkursCompetition  *competition,
                                GError             **error)
{
  gint64 rule_set_id = 0;
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KONKURS_IS_COMPETITION (competition), FALSE);

  if (!validate_competition (self, competition, &rule_set_id, error))
    return FALSE;

  id = konkurs_competition_get_id (competition);
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_competition (self, competition, rule_set_id, &id, error);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return FALSE;

  konkurs_competition_set_id (competition, id);
  konkurs_competition_set_rule_set_id (competition, rule_set_id);
  refresh_deadline (self, competition, rule_set_id);
  return TRUE;
}

static gboolean
count_rows (KonkursStore  *self,
            const char    *sql,
            gint64         id,
            gint64        *count,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  *count = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

/* Deletes row @id of @table (a trusted constant), mapping a foreign-key
 * refusal to @in_use and a missing row to @not_found. */
static gboolean
delete_row (KonkursStore  *self,
            const char    *sql,
            gint64         id,
            const char    *in_use,
            const char    *not_found,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (self, sql, error);
  g_autoptr(GError) local_error = NULL;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!konkurs_store_step_done (self, stmt, &local_error))
    {
      if (g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE))
        g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE, in_use);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (sqlite3_changes (konkurs_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND, not_found);
      return FALSE;
    }
  return TRUE;
}

/* The vacancies go with the competition (ON DELETE CASCADE); the log keeps
 * a copy of each. */
static gboolean
log_vacancies_of (KonkursStore  *self,
                  gint64         competition_id,
                  const char    *action,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  stmt = konkurs_store_prepare (self, "SELECT id FROM vacancy WHERE competition_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, competition_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }

  for (guint i = 0; i < ids->len; i++)
    if (!konkurs_store_log_row (self, action, "vacancy", g_array_index (ids, gint64, i), error))
      return FALSE;
  return TRUE;
}

static gboolean
remove_competition (KonkursStore  *self,
                    gint64         id,
                    GError       **error)
{
  gint64 n_vacancies = 0;

  if (!count_rows (self, "SELECT count(*) FROM vacancy WHERE competition_id = ?1", id, &n_vacancies, error) ||
      !konkurs_store_log_row (self, "delete", "competition", id, error) ||
      !log_vacancies_of (self, id, "delete", error) ||
      !delete_row (self, "DELETE FROM competition WHERE id = ?1", id,
                   _("The competition cannot be deleted because candidates have applied to it."),
                   _("The competition does not exist any more: it may have been deleted already."),
                   error))
    return FALSE;

  konkurs_store_note_changed (self, TABLE_COMPETITIONS);
  if (n_vacancies > 0)
    konkurs_store_note_changed (self, TABLE_VACANCIES);
  return TRUE;
}

gboolean
konkurs_store_delete_competition (KonkursStore  *self,
                                  gint64         id,
                                  GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = remove_competition (self, id, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Vacancies: reading */

#define VACANCY_SELECT \
  "SELECT id, competition_id, position_title, corps, category, leadership, level, " \
  "sector, seats, education, experience_years, requirements FROM vacancy "

static KonkursVacancy *
vacancy_from_row (sqlite3_stmt *stmt)
{
  KonkursVacancy *vacancy = konkurs_vacancy_new ();

  konkurs_vacancy_set_id (vacancy, sqlite3_column_int64 (stmt, 0));
  konkurs_vacancy_set_competition_id (vacancy, sqlite3_column_int64 (stmt, 1));
  konkurs_vacancy_set_position_title (vacancy, (const char *) sqlite3_column_text (stmt, 2));
  konkurs_vacancy_set_corps (vacancy, sqlite3_column_int (stmt, 3));
  konkurs_vacancy_set_category (vacancy, (const char *) sqlite3_column_text (stmt, 4));
  konkurs_vacancy_set_leadership (vacancy, sqlite3_column_int (stmt, 5) != 0);
  konkurs_vacancy_set_level (vacancy, sqlite3_column_int (stmt, 6));
  konkurs_vacancy_set_sector (vacancy, (const char *) sqlite3_column_text (stmt, 7));
  konkurs_vacancy_set_seats (vacancy, sqlite3_column_int (stmt, 8));
  konkurs_vacancy_set_education (vacancy, sqlite3_column_int (stmt, 9));
  konkurs_vacancy_set_experience_years (vacancy, sqlite3_column_int (stmt, 10));
  konkurs_vacancy_set_requirements (vacancy, (const char *) sqlite3_column_text (stmt, 11));
  return vacancy;
}

static GPtrArray *
read_vacancies (KonkursStore  *self,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  g_autoptr(GPtrArray) vacancies = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (vacancies, vacancy_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&vacancies);
}

GPtrArray *
konkurs_store_list_vacancies (KonkursStore  *self,
                              gint64         competition_id,
                              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  if (competition_id == 0)
    stmt = konkurs_store_prepare (self, VACANCY_SELECT "ORDER BY id", error);
  else
    stmt = konkurs_store_prepare (self, VACANCY_SELECT "WHERE competition_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  if (competition_id != 0)
    sqlite3_bind_int64 (stmt, 1, competition_id);
  return read_vacancies (self, stmt, error);
}

KonkursVacancy *
konkurs_store_get_vacancy (KonkursStore  *self,
                           gint64         id,
                           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = konkurs_store_prepare (self, VACANCY_SELECT "WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);

  return konkurs_store_first_object (read_vacancies (self, stmt, error),
                                     _("The vacancy does not exist: it may have been deleted."), error);
}

/* Vacancies: writing */

static gboolean
validate_vacancy (KonkursStore    *self,
                  KonkursVacancy  *vacancy,
                  gint64           competition_id,
                  GError         **error)
{
  KonkursCorps corps = konkurs_vacancy_get_corps (vacancy);
  KonkursLevel level = konkurs_vacancy_get_level (vacancy);
  KonkursEducation education = konkurs_vacancy_get_education (vacancy);
  gboolean exists = FALSE;

  if (konkurs_text_is_blank (konkurs_vacancy_get_position_title (vacancy)))
    return konkurs_store_invalid (error, _("The position title is required."));
  if (konkurs_vacancy_get_seats (vacancy) < 1)
    return konkurs_store_invalid (error, _("A vacancy needs at least one seat."));
  if (konkurs_vacancy_get_experience_years (vacancy) < 0)
    return konkurs_store_invalid (error, _("The required work experience cannot be negative."));
  if (corps != KONKURS_CORPS_A && corps != KONKURS_CORPS_B)
    return konkurs_store_invalid (error, _("The corps must be A or B."));
  if (level < KONKURS_LEVEL_CENTRAL || level > KONKURS_LEVEL_DISTRICT)
    return konkurs_store_invalid (error, _("The level must be central, regional or district."));
  if (education < KONKURS_EDUCATION_NONE || education > KONKURS_EDUCATION_POSTGRADUATE)
    return konkurs_store_invalid (error, _("The required education is not one Konkurs knows."));

  if (competition_id != 0 &&
      !row_exists (self, "SELECT 1 FROM competition WHERE id = ?1", competition_id, &exists, error))
    return FALSE;
  if (!exists)
    return konkurs_store_invalid (error, _("The vacancy must belong to a competition that exists."));
  return TRUE;
}

static void
bind_vacancy (sqlite3_stmt   *stmt,
              KonkursVacancy *vacancy,
              gint64          competition_id)
{
  sqlite3_bind_int64 (stmt, 1, competition_id);
  sqlite3_bind_text (stmt, 2, konkurs_vacancy_get_position_title (vacancy), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, konkurs_vacancy_get_corps (vacancy));
  sqlite3_bind_text (stmt, 4, konkurs_vacancy_get_category (vacancy), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, konkurs_vacancy_get_leadership (vacancy) ? 1 : 0);
  sqlite3_bind_int (stmt, 6, konkurs_vacancy_get_level (vacancy));
  sqlite3_bind_text (stmt, 7, konkurs_vacancy_get_sector (vacancy), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 8, konkurs_vacancy_get_seats (vacancy));
  sqlite3_bind_int (stmt, 9, konkurs_vacancy_get_education (vacancy));
  sqlite3_bind_int (stmt, 10, konkurs_vacancy_get_experience_years (vacancy));
  sqlite3_bind_text (stmt, 11, konkurs_vacancy_get_requirements (vacancy), -1, SQLITE_TRANSIENT);
}

/* Inserts @vacancy into @competition_id with @id (0: a new id), returning
 * the row id. */
static gint64
insert_vacancy (KonkursStore    *self,
                KonkursVacancy  *vacancy,
                gint64           competition_id,
                gint64           id,
                GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO vacancy (competition_id, position_title, corps, category, "
                                "leadership, level, sector, seats, education, experience_years, "
                                "requirements, id) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                                error);
  if (stmt == NULL)
    return 0;

  bind_vacancy (stmt, vacancy, competition_id);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 12, id);
  if (!konkurs_store_step_done (self, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (konkurs_store_get_db (self));
}

static gboolean
update_vacancy (KonkursStore    *self,
                KonkursVacancy  *vacancy,
                GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare (self,
                                "UPDATE vacancy SET competition_id = ?1, position_title = ?2, corps = ?3, "
                                "category = ?4, leadership = ?5, level = ?6, sector = ?7, seats = ?8, "
                                "education = ?9, experience_years = ?10, requirements = ?11 "
                                "WHERE id = ?12",
                                error);
  if (stmt == NULL)
    return FALSE;

  bind_vacancy (stmt, vacancy, konkurs_vacancy_get_competition_id (vacancy));
  sqlite3_bind_int64 (stmt, 12, konkurs_vacancy_get_id (vacancy));
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;

  if (sqlite3_changes (konkurs_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("The vacancy does not exist any more: it may have been deleted."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_vacancy (KonkursStore    *self,
               KonkursVacancy  *vacancy,
               gint64          *id,
               GError         **error)
{
  const char *action = (*id == 0) ? "create" : "update";

  if (*id == 0)
    {
      *id = insert_vacancy (self, vacancy, konkurs_vacancy_get_competition_id (vacancy), 0, error);
      if (*id == 0)
        return FALSE;
    }
  else if (!update_vacancy (self, vacancy, error))
    return FALSE;

  konkurs_store_note_changed (self, TABLE_VACANCIES);
  return konkurs_store_log_row (self, action, "vacancy", *id, error);
}

gboolean
konkurs_store_save_vacancy (KonkursStore    *self,
                            KonkursVacancy  *vacancy,
                            GError         **error)
{
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KONKURS_IS_VACANCY (vacancy), FALSE);

  if (!validate_vacancy (self, vacancy, konkurs_vacancy_get_competition_id (vacancy), error))
    return FALSE;

  id = konkurs_vacancy_get_id (vacancy);
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_vacancy (self, vacancy, &id, error);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return FALSE;

  konkurs_vacancy_set_id (vacancy, id);
  return TRUE;
}

static gboolean
remove_vacancy (KonkursStore  *self,
                gint64         id,
                GError       **error)
{
  if (!konkurs_store_log_row (self, "delete", "vacancy", id, error) ||
      !delete_row (self, "DELETE FROM vacancy WHERE id = ?1", id,
                   _("The vacancy cannot be deleted because candidates have applied to it."),
                   _("The vacancy does not exist any more: it may have been deleted already."),
                   error))
    return FALSE;

  konkurs_store_note_changed (self, TABLE_VACANCIES);
  return TRUE;
}

gboolean
konkurs_store_delete_vacancy (KonkursStore  *self,
                              gint64         id,
                              GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = remove_vacancy (self, id, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Restoring (undo of a delete) */

static gboolean
put_back_vacancy (KonkursStore    *self,
                  KonkursVacancy  *vacancy,
                  gint64           competition_id,
                  GError         **error)
{
  gint64 id = konkurs_vacancy_get_id (vacancy);

  if (id == 0)
    return konkurs_store_invalid (error, _("Only a vacancy that was saved before can be restored."));
  if (!validate_vacancy (self, vacancy, competition_id, error) ||
      insert_vacancy (self, vacancy, competition_id, id, error) == 0)
    return FALSE;

  konkurs_store_note_changed (self, TABLE_VACANCIES);
  return konkurs_store_log_row (self, "restore", "vacancy", id, error);
}

gboolean
konkurs_store_restore_vacancy (KonkursStore    *self,
                               KonkursVacancy  *vacancy,
                               GError         **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KONKURS_IS_VACANCY (vacancy), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = put_back_vacancy (self, vacancy, konkurs_vacancy_get_competition_id (vacancy), error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

static gboolean
put_back_competition (KonkursStore        *self,
                      KonkursCompetition  *competition,
                      GPtrArray           *vacancies,
                      GError             **error)
{
  gint64 id = konkurs_competition_get_id (competition);
  gint64 rule_set_id = 0;

  if (id == 0)
    return konkurs_store_invalid (error, _("Only a competition that was saved before can be restored."));
  if (!validate_competition (self, competition, &rule_set_id, error) ||
      insert_competition (self, competition, rule_set_id, id, error) == 0 ||
      !konkurs_store_log_row (self, "restore", "competition", id, error))
    return FALSE;
  konkurs_store_note_changed (self, TABLE_COMPETITIONS);

  for (guint i = 0; vacancies != NULL && i < vacancies->len; i++)
    if (!put_back_vacancy (self, g_ptr_array_index (vacancies, i), id, error))
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
