/* konkurs-test-store.h — the fixture of the tests of the store: a store
 * in a temporary folder that counts its "changed" signals, and the
 * competitions and vacancies those tests save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

typedef struct {
  char            *dir;
  KonkursCalendar *calendar;
  KonkursStore    *store;
  sqlite3         *db;       /* the store's */
  guint            n_changed;
  guint            n_competitions;
  guint            n_vacancies;
} KonkursTestStoreFixture;

void                konkurs_test_fixture_set_up          (KonkursTestStoreFixture *fixture,
                                                          gconstpointer            data);
void                konkurs_test_fixture_tear_down       (KonkursTestStoreFixture *fixture,
                                                          gconstpointer            data);
/* Sets the counters of "changed" back to 0. */
void                konkurs_test_fixture_reset           (KonkursTestStoreFixture *fixture);

/* A competition of a state body, titled "Общий конкурс", announced on the
 * date; not saved. */
KonkursCompetition *konkurs_test_competition_new         (const char              *state_body,
                                                          int                      year,
                                                          int                      month,
                                                          int                      day);
/* The same, saved in the fixture's store, every step asserted. */
KonkursCompetition *konkurs_test_fixture_add_competition (KonkursTestStoreFixture *fixture,
                                                          const char              *state_body,
                                                          int                      year,
                                                          int                      month,
                                                          int                      day);
/* A vacancy of corps B, category C-O-4, regional, two seats, higher
 * education and three years; not saved. */
KonkursVacancy     *konkurs_test_vacancy_new             (gint64                   competition_id,
                                                          const char              *title);
/* The same, saved in the fixture's store. */
KonkursVacancy     *konkurs_test_fixture_add_vacancy     (KonkursTestStoreFixture *fixture,
                                                          gint64                   competition_id,
                                                          const char              *title);

G_END_DECLS
