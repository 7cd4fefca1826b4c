/* konkurs-test-store.c — the fixture of the tests of the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-store-private.h"
#include "konkurs-test-store.h"
#include "konkurs-test-util.h"

void
konkurs_test_fixture_set_up (KonkursTestStoreFixture *fixture,
                             gconstpointer            data)
{
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-store-XXXXXX");
  fixture->calendar = konkurs_test_calendar_new ();
  fixture->store = konkurs_test_store_open (NULL, fixture->calendar);
  fixture->db = konkurs_store_get_db (fixture->store);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (konkurs_test_count_changes),
                    &fixture->n_changed);
  g_signal_connect (fixture->store, "changed::competitions", G_CALLBACK (konkurs_test_count_changes),
                    &fixture->n_competitions);
  g_signal_connect (fixture->store, "changed::vacancies", G_CALLBACK (konkurs_test_count_changes),
                    &fixture->n_vacancies);
}

void
konkurs_test_fixture_tear_down (KonkursTestStoreFixture *fixture,
                                gconstpointer            data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->calendar);
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

void
konkurs_test_fixture_reset (KonkursTestStoreFixture *fixture)
{
  fixture->n_changed = fixture->n_competitions = fixture->n_vacancies = 0;
}

KonkursCompetition *
konkurs_test_competition_new (const char *state_body, int year, int month, int day)
{
  KonkursCompetition *competition = konkurs_competition_new ();
  g_autoptr(GDate) date = konkurs_test_date_new (year, month, day);

  konkurs_competition_set_state_body (competition, state_body, NULL);
  konkurs_competition_set_title (competition, "Общий конкурс", NULL);
  konkurs_competition_set_announcement_date (competition, date);
  return competition;
}

KonkursCompetition *
konkurs_test_fixture_add_competition (KonkursTestStoreFixture *fixture,
                                      const char              *state_body,
                                      int                      year,
                                      int                      month,
                                      int                      day)
{
  KonkursCompetition *competition = konkurs_test_competition_new (state_body, year, month, day);

  konkurs_test_save_competition (fixture->store, competition);
  return competition;
}

KonkursVacancy *
konkurs_test_vacancy_new (gint64 competition_id, const char *title)
{
  KonkursVacancy *vacancy = konkurs_vacancy_new ();

  konkurs_vacancy_set_competition_id (vacancy, competition_id);
  konkurs_vacancy_set_position_title (vacancy, title, NULL);
  konkurs_vacancy_set_corps (vacancy, KONKURS_CORPS_B);
  konkurs_vacancy_set_category (vacancy, "C-O-4");
  konkurs_vacancy_set_level (vacancy, KONKURS_LEVEL_REGIONAL);
  konkurs_vacancy_set_seats (vacancy, 2);
  konkurs_vacancy_set_education (vacancy, KONKURS_EDUCATION_HIGHER);
  konkurs_vacancy_set_experience_years (vacancy, 3);
  return vacancy;
}

KonkursVacancy *
konkurs_test_fixture_add_vacancy (KonkursTestStoreFixture *fixture,
                                  gint64                   competition_id,
                                  const char              *title)
{
  KonkursVacancy *vacancy = konkurs_test_vacancy_new (competition_id, title);

  konkurs_test_save_vacancy (fixture->store, vacancy);
  return vacancy;
}
