/* konkurs-store-vacancies.c — the vacancies of a competition in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-private.h"
#include "konkurs-validation.h"

/* Vacancies: reading */

#define VACANCY_SELECT \
  "SELECT id, competition_id, position_title, corps, category, leadership, level, " \
  "sector, seats, education, experience_years, requirements FROM vacancy "

static gpointer
vacancy_from_row (sqlite3_stmt *stmt,
                  gpointer      user_data)
{
  KonkursVacancy *vacancy = konkurs_vacancy_new ();

  konkurs_vacancy_set_id (vacancy, sqlite3_column_int64 (stmt, 0));
  konkurs_vacancy_set_competition_id (vacancy, sqlite3_column_int64 (stmt, 1));
  konkurs_vacancy_set_position_title (vacancy, konkurs_store_column_text (stmt, 2));
  konkurs_vacancy_set_corps (vacancy, sqlite3_column_int (stmt, 3));
  konkurs_vacancy_set_category (vacancy, konkurs_store_column_text (stmt, 4));
  konkurs_vacancy_set_leadership (vacancy, sqlite3_column_int (stmt, 5) != 0);
  konkurs_vacancy_set_level (vacancy, sqlite3_column_int (stmt, 6));
  konkurs_vacancy_set_sector (vacancy, konkurs_store_column_text (stmt, 7));
  konkurs_vacancy_set_seats (vacancy, sqlite3_column_int (stmt, 8));
  konkurs_vacancy_set_education (vacancy, sqlite3_column_int (stmt, 9));
  konkurs_vacancy_set_experience_years (vacancy, sqlite3_column_int (stmt, 10));
  konkurs_vacancy_set_requirements (vacancy, konkurs_store_column_text (stmt, 11));
  return vacancy;
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
    stmt = konkurs_store_prepare_id (self, VACANCY_SELECT "WHERE competition_id = ?1 ORDER BY id",
                                     competition_id, error);
  if (stmt == NULL)
    return NULL;
  return konkurs_store_read_all (self, stmt, vacancy_from_row, NULL, g_object_unref, error);
}

KonkursVacancy *
konkurs_store_get_vacancy (KonkursStore  *self,
                           gint64         id,
                           GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_one_id (self, VACANCY_SELECT "WHERE id = ?1", id, vacancy_from_row, NULL,
                                    _("The vacancy does not exist: it may have been deleted."), error);
}

/* Vacancies: writing */

static gboolean
validate_vacancy (KonkursStore    *self,
                  KonkursVacancy  *vacancy,
                  gint64           competition_id,
                  GError         **error)
{
  g_autoptr(GError) invalid = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean exists = FALSE;
  gint64 found;

  if (!konkurs_validate_vacancy (konkurs_vacancy_get_position_title (vacancy),
                                 konkurs_vacancy_get_seats (vacancy),
                                 konkurs_vacancy_get_experience_years (vacancy),
                                 konkurs_vacancy_get_corps (vacancy),
                                 konkurs_vacancy_get_level (vacancy),
                                 konkurs_vacancy_get_education (vacancy), &invalid))
    return konkurs_store_invalid (error, invalid->message);

  if (competition_id != 0 &&
      ((stmt = konkurs_store_prepare_id (self, "SELECT 1 FROM competition WHERE id = ?1",
                                         competition_id, error)) == NULL ||
       !konkurs_store_read_int64 (self, stmt, &exists, &found, error)))
    return FALSE;
  if (!exists)
    return konkurs_store_invalid (error, _("The vacancy must belong to a competition that exists."));
  return TRUE;
}

/* The values of a vacancy's row: the vacancy in @competition_id. */
typedef struct {
  KonkursVacancy *vacancy;
  gint64          competition_id;
} VacancyRow;

static void
bind_vacancy (sqlite3_stmt  *stmt,
              gconstpointer  values)
{
  const VacancyRow *row = values;
  KonkursVacancy *vacancy = row->vacancy;

  sqlite3_bind_int64 (stmt, 1, row->competition_id);
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

static const KonkursStoreTable vacancy_table = {
  "vacancy",
  KONKURS_STORE_TABLE_VACANCIES,
  "INSERT INTO vacancy (competition_id, position_title, corps, category, leadership, level, sector, "
  "seats, education, experience_years, requirements, id) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
  "UPDATE vacancy SET competition_id = ?1, position_title = ?2, corps = ?3, category = ?4, "
  "leadership = ?5, level = ?6, sector = ?7, seats = ?8, education = ?9, experience_years = ?10, "
  "requirements = ?11 WHERE id = ?12",
  12,
  N_("The vacancy does not exist any more: it may have been deleted."),
};

gboolean
konkurs_store_save_vacancy (KonkursStore    *self,
                            KonkursVacancy  *vacancy,
                            GError         **error)
{
  VacancyRow row = { vacancy, 0 };
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KONKURS_IS_VACANCY (vacancy), FALSE);

  row.competition_id = konkurs_vacancy_get_competition_id (vacancy);
  if (!validate_vacancy (self, vacancy, row.competition_id, error))
    return FALSE;

  id = konkurs_vacancy_get_id (vacancy);
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = konkurs_store_write_row (self, &vacancy_table, bind_vacancy, &row, &id, FALSE, error);
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
      !konkurs_store_delete_id (self, "DELETE FROM vacancy WHERE id = ?1", id,
                   _("The vacancy cannot be deleted because candidates have applied to it."),
                   _("The vacancy does not exist any more: it may have been deleted already."),
                   error))
    return FALSE;

  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_VACANCIES);
  return TRUE;
}

gboolean
konkurs_store_delete_vacancy (KonkursStore  *self,
                              gint64         id,
                              GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  return konkurs_store_run_on_id (self, remove_vacancy, id, error);
}

/* Restoring (undo of a delete) */

gboolean
konkurs_store_put_back_vacancy (KonkursStore    *self,
                                KonkursVacancy  *vacancy,
                                gint64           competition_id,
                                GError         **error)
{
  VacancyRow row = { vacancy, competition_id };
  gint64 id = konkurs_vacancy_get_id (vacancy);

  if (id == 0)
    return konkurs_store_invalid (error, _("Only a vacancy that was saved before can be restored."));
  return validate_vacancy (self, vacancy, competition_id, error) &&
         konkurs_store_write_row (self, &vacancy_table, bind_vacancy, &row, &id, TRUE, error);
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
  ok = konkurs_store_put_back_vacancy (self, vacancy, konkurs_vacancy_get_competition_id (vacancy), error);
  return konkurs_store_op_finish (self, mark, ok, error);
}
