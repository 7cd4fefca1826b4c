/* konkurs-competition-rows.h — the rows of a sidebar of competitions (the
 * Stages and Essays areas)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Gives @list a factory of rows for a model of KonkursCompetition: the
 * state body (what tells competitions apart) over "number · announced". */
void konkurs_competition_rows_attach (GtkListView *list);

G_END_DECLS
