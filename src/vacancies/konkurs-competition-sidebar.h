/* konkurs-competition-sidebar.h — the competitions of the Vacancies area,
 * one row each, for choosing the one whose vacancies are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-competition.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_COMPETITION_SIDEBAR (konkurs_competition_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCompetitionSidebar, konkurs_competition_sidebar, KONKURS, COMPETITION_SIDEBAR, GtkBox)

/* A list "Competitions" (state body, title, procedure and dates per row;
 * Delete deletes the selected one through vacancies.delete-competition),
 * "No Results Found" when the filter hides every row, and a "New
 * Competition" button (vacancies.new-competition).  One competition is
 * always selected while any is shown.
 *
 * Properties: "filter" (GtkFilter, may be NULL: the competitions shown),
 * "selected" (KonkursCompetition, read-only). */
GtkWidget          *konkurs_competition_sidebar_new              (void);

GtkFilter          *konkurs_competition_sidebar_get_filter       (KonkursCompetitionSidebar *self);
void                konkurs_competition_sidebar_set_filter       (KonkursCompetitionSidebar *self,
                                                                  GtkFilter                 *filter);
/* Shows @competitions (of KonkursCompetition), keeping the selection on the
 * competition of the same id when it is still there. */
void                konkurs_competition_sidebar_set_competitions (KonkursCompetitionSidebar *self,
                                                                  GPtrArray                 *competitions);
KonkursCompetition *konkurs_competition_sidebar_get_selected     (KonkursCompetitionSidebar *self);
/* Selects competition @id; FALSE when the filter hides it or there is none. */
gboolean            konkurs_competition_sidebar_select           (KonkursCompetitionSidebar *self,
                                                                  gint64                     id);

G_END_DECLS
