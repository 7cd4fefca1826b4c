/* konkurs-vacancies-view.h — competitions and their vacancies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_VACANCIES_VIEW (konkurs_vacancies_view_get_type ())
G_DECLARE_FINAL_TYPE (KonkursVacanciesView, konkurs_vacancies_view, KONKURS, VACANCIES_VIEW, AdwBin)

/* Properties: "search-mode-enabled" (boolean), "document-language" ("kk" or
 * "ru", bound to the GSettings key of that name when settings are given).
 * Signals: "add-toast" (AdwToast *): the view has news for the window.
 * Actions (group "vacancies"): new-competition, edit-competition,
 * delete-competition, print-announcement, save-announcement-pdf,
 * add-vacancy, edit-vacancy, delete-vacancy, document-language (s). */
GtkWidget *konkurs_vacancies_view_new (void);

void          konkurs_vacancies_view_set_store    (KonkursVacanciesView *self, KonkursStore *store);
KonkursStore *konkurs_vacancies_view_get_store    (KonkursVacanciesView *self);
/* @settings may be NULL: the document language is then only remembered
 * while the view lives. */
void          konkurs_vacancies_view_set_settings (KonkursVacanciesView *self, GSettings *settings);

/* Selects the competition with @id in the list, clearing the search if it
 * hides that competition; FALSE when there is no such competition. */
gboolean konkurs_vacancies_view_select_competition          (KonkursVacanciesView *self, gint64 id);
/* 0 when nothing is selected. */
gint64   konkurs_vacancies_view_get_selected_competition_id (KonkursVacanciesView *self);
/* Selects the vacancy with @id among those shown; FALSE when not shown. */
gboolean konkurs_vacancies_view_select_vacancy              (KonkursVacanciesView *self, gint64 id);
gint64   konkurs_vacancies_view_get_selected_vacancy_id     (KonkursVacanciesView *self);

G_END_DECLS
