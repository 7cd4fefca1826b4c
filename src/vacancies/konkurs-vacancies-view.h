/* konkurs-vacancies-view.h — competitions and their vacancies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-area.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_VACANCIES_VIEW (konkurs_vacancies_view_get_type ())
G_DECLARE_FINAL_TYPE (KonkursVacanciesView, konkurs_vacancies_view, KONKURS, VACANCIES_VIEW, KonkursArea)

/* An area (KonkursArea): it shows the competitions of its context's store.
 * Properties: "search-mode-enabled" (boolean).
 * Actions (group "vacancies"): new-competition, edit-competition,
 * delete-competition, add-vacancy, edit-vacancy, delete-vacancy; and the
 * area's area.document-language (s), area.print (s) and area.save-pdf
 * (s), for the documents of the selected competition ("announcement" in
 * its menu). */

/* Selects the competition with @id in the list, clearing the search if it
 * hides that competition; FALSE when there is no such competition. */
gboolean konkurs_vacancies_view_select_competition          (KonkursVacanciesView *self, gint64 id);
/* 0 when nothing is selected. */
gint64   konkurs_vacancies_view_get_selected_competition_id (KonkursVacanciesView *self);
/* Selects the vacancy with @id among those shown; FALSE when not shown. */
gboolean konkurs_vacancies_view_select_vacancy              (KonkursVacanciesView *self, gint64 id);
gint64   konkurs_vacancies_view_get_selected_vacancy_id     (KonkursVacanciesView *self);

G_END_DECLS
