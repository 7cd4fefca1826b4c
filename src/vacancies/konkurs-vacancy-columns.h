/* konkurs-vacancy-columns.h — the columns of the table of vacancies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Appends the columns of a table of KonkursVacancy to @view: position,
 * corps and category, leadership, level, sector, seats, minimum education
 * and experience, each sortable (see konkurs_columns_append()). */
void konkurs_vacancy_columns_append (GtkColumnView *view);

G_END_DECLS
