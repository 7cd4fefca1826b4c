/* konkurs-store-vacancies.c — the vacancies of a competition in the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"
#include "konkurs-validation.h"

/* Vacancies: reading */

#define VACANCY_SELECT \
  "SELECT id, competition_id, code, position_title_kk, position_title_ru, corps, category, " \
  "leadership, level, sector_kk, sector_ru, seats, education, experience_years, " \
  "requirements_kk, requirements_ru, experience_civil_service_years, experience_field_years FROM vacancy "

/* The alternative kinds of experience, one column each (NULL: none). */
static const KonkursExperienceKind alternative_kinds[] = {
  KONKURS_EXPERIENCE_CIVIL_SERVICE, KONKURS_EXPERIENCE_FIELD,
};

static void
read_alternatives (KonkursVacancy *vacancy, sqlite3_stmt *stmt, int first_column)
{
  KonkursExperienceAlternative alternatives[G_N_ELEMENTS (alternative_kinds)];
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (alternative_kinds); i++)
    if (sqlite3_column_type (stmt, first_column + i) != SQLITE_NULL)
      {
        alternatives[n].kind = alternative_kinds[i];
        alternatives[n].years = sqlite3_column_int (stmt, first_column + i);
        n++;
      }
  konkurs_vacancy_set_experience_alternatives (vacancy, alternatives, n);
}

static void
bind_alternatives (sqlite3_stmt *stmt, int first_index, KonkursVacancy *vacancy)
{
  for (guint i = 0; i < G_N_ELEMENTS (alternative_kinds); i++)
    {
      int years = konkurs_vacancy_get_alternative_years (vacancy, alternative_kinds[i]);

      if (years > 0)
        sqlite3_bind_int (stmt, first_index + i, years);
    }
}

static gpointer
vacancy_from_row (sqlite3_stmt *stmt,
                  gpointer      user_data)
{
  KonkursVacancy *vacancy = konkurs_vacancy_new ();
  g_autoptr(KonkursLocalText) title = konkurs_store_column_local_text (stmt, 3);
  g_autoptr(KonkursLocalText) sector = konkurs_store_column_local_text (stmt, 9);
  g_autoptr(KonkursLocalText) requirements = konkurs_store_column_local_text (stmt, 14);

  konkurs_vacancy_set_id (vacancy, sqlite3_column_int64 (stmt, 0));
  konkurs_vacancy_set_competition_id (vacancy, sqlite3_column_int64 (stmt, 1));
  konkurs_vacancy_set_code (vacancy, konkurs_store_column_text (stmt, 2));
  konkurs_vacancy_set_position_title_text (vacancy, title);
  konkurs_vacancy_set_corps (vacancy, sqlite3_column_int (stmt, 5));
  konkurs_vacancy_set_category (vacancy, konkurs_store_column_text (stmt, 6));
  konkurs_vacancy_set_leadership (vacancy, sqlite3_column_int (stmt, 7) != 0);
  konkurs_vacancy_set_level (vacancy, sqlite3_column_int (stmt, 8));
  konkurs_vacancy_set_sector_text (vacancy, sector);
  konkurs_vacancy_set_seats (vacancy, sqlite3_column_int (stmt, 11));
  konkurs_vacancy_set_education (vacancy, sqlite3_column_int (stmt, 12));
  konkurs_vacancy_set_experience_years (vacancy, sqlite3_column_int (stmt, 13));
  konkurs_vacancy_set_requirements_text (vacancy, requirements);
  read_alternatives (vacancy, stmt, 16);
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

KonkursVacancy *
konkurs_store_find_vacancy_by_code (KonkursStore  *self,
                                    gint64         competition_id,
                                    const char    *code,
                                    GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *not_found = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  stmt = konkurs_store_prepare_id (self, VACANCY_SELECT "WHERE competition_id = ?1 AND code = ?2",
                                   competition_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
  not_found = g_strdup_printf (_("The competition has no vacancy numbered “%s”."), code);
  return konkurs_store_read_one (self, stmt, vacancy_from_row, NULL, not_found, error);
}

/* Vacancies: writing */

/* The code @vacancy will be stored under in @competition_id: its own
 * without the white space around it, unless another vacancy of the
 * competition has it, or the next number of the competition. */
static char *
choose_code (KonkursStore    *self,
             KonkursVacancy  *vacancy,
             gint64           competition_id,
             GError         **error)
{
  g_autofree char *code = g_strstrip (g_strdup (konkurs_vacancy_get_code (vacancy)));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean taken = FALSE;
  gint64 value = 0;

  if (*code == '\0')
    stmt = konkurs_store_prepare_id (self,
                                     "SELECT coalesce (max (CAST (code AS INTEGER)), 0) + 1 FROM vacancy "
                                     "WHERE competition_id = ?1 AND code NOT GLOB '*[^0-9]*'",
                                     competition_id, error);
  else
    stmt = konkurs_store_prepare_id (self,
                                     "SELECT id FROM vacancy WHERE competition_id = ?1 AND code = ?2 "
                                     "AND id IS NOT ?3",
                                     competition_id, error);
  if (stmt == NULL)
    return NULL;
  if (*code != '\0')
    {
      sqlite3_bind_text (stmt, 2, code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 3, konkurs_vacancy_get_id (vacancy));
    }
  if (!konkurs_store_read_int64 (self, stmt, &taken, &value, error))
    return NULL;

  if (*code == '\0')
    return g_strdup_printf ("%" G_GINT64_FORMAT, value);
  if (taken)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE,
                   _("Another vacancy of the competition is numbered “%s” already."), code);
      return NULL;
    }
  return g_steal_pointer (&code);
}

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

  /* Either language satisfies a required text. */
  if (!konkurs_validate_vacancy (konkurs_local_text_pick (konkurs_vacancy_get_position_title_text (vacancy),
                                                          KONKURS_DOC_LANGUAGE_KK, NULL),
                                 konkurs_vacancy_get_seats (vacancy),
                                 konkurs_vacancy_get_experience_years (vacancy),
                                 konkurs_vacancy_get_corps (vacancy),
                                 konkurs_vacancy_get_level (vacancy),
                                 konkurs_vacancy_get_education (vacancy), &invalid)
      || !konkurs_validate_experience_alternatives (
            (const KonkursExperienceAlternative *) (void *) konkurs_vacancy_get_experience_alternatives (vacancy)->data,
            konkurs_vacancy_get_experience_alternatives (vacancy)->len, &invalid))
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

/* The values of a vacancy's row: the vacancy in @competition_id, under
 * @code. */
typedef struct {
  KonkursVacancy *vacancy;
  gint64          competition_id;
  char           *code;
} VacancyRow;

static void
vacancy_row_clear (VacancyRow *row)
{
  g_clear_pointer (&row->code, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VacancyRow, vacancy_row_clear)

static void
bind_vacancy (sqlite3_stmt  *stmt,
              gconstpointer  values)
{
  const VacancyRow *row = values;
  KonkursVacancy *vacancy = row->vacancy;

  sqlite3_bind_int64 (stmt, 1, row->competition_id);
  sqlite3_bind_text (stmt, 2, row->code, -1, SQLITE_TRANSIENT);
  konkurs_store_bind_local_text (stmt, 3, konkurs_vacancy_get_position_title_text (vacancy));
  sqlite3_bind_int (stmt, 5, konkurs_vacancy_get_corps (vacancy));
  sqlite3_bind_text (stmt, 6, konkurs_vacancy_get_category (vacancy), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 7, konkurs_vacancy_get_leadership (vacancy) ? 1 : 0);
  sqlite3_bind_int (stmt, 8, konkurs_vacancy_get_level (vacancy));
  konkurs_store_bind_local_text (stmt, 9, konkurs_vacancy_get_sector_text (vacancy));
  sqlite3_bind_int (stmt, 11, konkurs_vacancy_get_seats (vacancy));
  sqlite3_bind_int (stmt, 12, konkurs_vacancy_get_education (vacancy));
  sqlite3_bind_int (stmt, 13, konkurs_vacancy_get_experience_years (vacancy));
  konkurs_store_bind_local_text (stmt, 14, konkurs_vacancy_get_requirements_text (vacancy));
  bind_alternatives (stmt, 17, vacancy);
}

static const KonkursStoreTable vacancy_table = {
  "vacancy",
  KONKURS_STORE_TABLE_VACANCIES,
  "INSERT INTO vacancy (competition_id, code, position_title_kk, position_title_ru, corps, category, "
  "leadership, level, sector_kk, sector_ru, seats, education, experience_years, requirements_kk, "
  "requirements_ru, id, experience_civil_service_years, experience_field_years) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
  "UPDATE vacancy SET competition_id = ?1, code = ?2, position_title_kk = ?3, position_title_ru = ?4, "
  "corps = ?5, category = ?6, leadership = ?7, level = ?8, sector_kk = ?9, sector_ru = ?10, "
  "seats = ?11, education = ?12, experience_years = ?13, requirements_kk = ?14, requirements_ru = ?15, "
  "experience_civil_service_years = ?17, experience_field_years = ?18 WHERE id = ?16",
  16,
  N_("The vacancy does not exist any more: it may have been deleted."),
};

/* Checks @vacancy and fills @row: what a save and a restore do before
 * they write. */
static gboolean
prepare_row (KonkursStore    *self,
             KonkursVacancy  *vacancy,
             gint64           competition_id,
             VacancyRow      *row,
             GError         **error)
{
  row->vacancy = vacancy;
  row->competition_id = competition_id;
  if (!validate_vacancy (self, vacancy, competition_id, error))
    return FALSE;
  row->code = choose_code (self, vacancy, competition_id, error);
  return row->code != NULL;
}

gboolean
konkurs_store_save_vacancy (KonkursStore    *self,
                            KonkursVacancy  *vacancy,
                            GError         **error)
{
  g_auto(VacancyRow) row = { NULL };
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KONKURS_IS_VACANCY (vacancy), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  id = konkurs_vacancy_get_id (vacancy);
  ok = prepare_row (self, vacancy, konkurs_vacancy_get_competition_id (vacancy), &row, error) &&
       konkurs_store_write_row (self, &vacancy_table, bind_vacancy, &row, &id, FALSE, error);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return FALSE;

  konkurs_vacancy_set_id (vacancy, id);
  konkurs_vacancy_set_code (vacancy, row.code);
  return TRUE;
}

static gboolean
remove_vacancy (KonkursStore  *self,
                gint64         id,
                GError       **error)
{
  if (!konkurs_store_record_row (self, "delete", "vacancy", id, NULL, error) ||
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
  g_auto(VacancyRow) row = { NULL };
  gint64 id = konkurs_vacancy_get_id (vacancy);

  if (id == 0)
    return konkurs_store_invalid (error, _("Only a vacancy that was saved before can be restored."));
  return prepare_row (self, vacancy, competition_id, &row, error) &&
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
