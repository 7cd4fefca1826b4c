/* konkurs-vacancy-search.h — what the search of the Vacancies area shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_VACANCY_SEARCH (konkurs_vacancy_search_get_type ())
G_DECLARE_FINAL_TYPE (KonkursVacancySearch, konkurs_vacancy_search, KONKURS, VACANCY_SEARCH, GObject)

/* A competition is found by its own fields (state body and title in
 * either language, number) or by any of its vacancies' (position in either
 * language, category, sector).  Found by its own
 * fields, it shows all its vacancies; found by some vacancies, only those.
 *
 * konkurs_vacancy_search_index() gives the texts to match, which a
 * KonkursSearchController matches off the main thread;
 * konkurs_vacancy_search_set_matches() takes its answer, after which the
 * shows_*() calls tell the filters of the lists what to show. */
KonkursVacancySearch *konkurs_vacancy_search_new               (void);

/* The folded texts (of char *), one per competition, then one per vacancy
 * of @vacancies (of KonkursVacancy, of any competition). */
GPtrArray *konkurs_vacancy_search_index              (KonkursVacancySearch *self,
                                                      GPtrArray            *competitions,
                                                      GPtrArray            *vacancies);
/* Positions in the texts of the last index that match; NULL: no search,
 * everything shows. */
void       konkurs_vacancy_search_set_matches        (KonkursVacancySearch *self,
                                                      GtkBitset            *matches);
gboolean   konkurs_vacancy_search_is_active          (KonkursVacancySearch *self);
gboolean   konkurs_vacancy_search_shows_competition  (KonkursVacancySearch *self,
                                                      gint64                competition_id);
gboolean   konkurs_vacancy_search_shows_vacancy      (KonkursVacancySearch *self,
                                                      gint64                competition_id,
                                                      gint64                vacancy_id);

G_END_DECLS
