/* konkurs-test-candidates.h — a store for the tests of candidates and
 * their applications: the fixture, people, and applications in time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-candidates.h"

G_BEGIN_DECLS

typedef struct {
  char            *dir;
  KonkursCalendar *calendar;
  KonkursStore    *store;
  guint            n_candidates_changed;
  guint            n_applications_changed;
} KonkursTestCandidates;

/* Pass as the test data for a store in memory (one connection, so that a
 * test can watch it); otherwise the store is a file in a new folder. */
#define KONKURS_TEST_IN_MEMORY ((gconstpointer) konkurs_test_in_memory)
/* One object, compared by address: two equal string literals need not be
 * one (AddressSanitizer gives each translation unit its own). */
extern const char konkurs_test_in_memory[];

void              konkurs_test_candidates_set_up    (KonkursTestCandidates *fixture,
                                                     gconstpointer          data);
void              konkurs_test_candidates_tear_down (KonkursTestCandidates *fixture,
                                                     gconstpointer          data);

/* The ids konkurs_store_query_candidate_ids() finds for @text, with no
 * other filter (asserted to succeed). */
GArray           *konkurs_test_search_candidates    (KonkursStore          *store,
                                                     const char            *text);

/* A woman born on the date, with a valid IIN of @serial. */
KonkursCandidate *konkurs_test_person_new           (const char            *surname,
                                                     const char            *name,
                                                     int                    year,
                                                     int                    month,
                                                     int                    day,
                                                     guint                  serial);
/* Adds what meets every requirement of a civil-service vacancy (higher
 * education, work since 2015, the three certificates of November 2024) and
 * of the Youth Reserve (C1) on dates in March 2025. */
void              konkurs_test_make_qualified       (KonkursCandidate      *candidate);
/* Competitions announced on 3 March 2025, and a vacancy asking three years. */
gint64            konkurs_test_add_march_competition (KonkursStore         *store,
                                                      KonkursProcedure      procedure);
gint64            konkurs_test_add_march_vacancy    (KonkursStore          *store,
                                                     gint64                 competition_id,
                                                     const char            *title);
/* An application received on 4 March 2025, in time. */
KonkursCandidacy *konkurs_test_apply_in_march       (KonkursStore          *store,
                                                     gint64                 candidate_id,
                                                     gint64                 competition_id,
                                                     gint64                 vacancy_id,
                                                     const char            *sector);

G_END_DECLS
