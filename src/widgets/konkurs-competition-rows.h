/* konkurs-competition-rows.h — the sidebar of competitions the Stages,
 * Essays and Commission areas share: the rows, the model, the selection
 * kept across a reload, and the master-detail page it drives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-competition.h"
#include "konkurs-master-detail.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_COMPETITION_ROWS (konkurs_competition_rows_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCompetitionRows, konkurs_competition_rows, KONKURS, COMPETITION_ROWS, GObject)

/* Gives @list its rows (the state body, which tells competitions apart,
 * over "number · announced") and its model.  Emits "selected" when
 * another competition is selected, but not when a reload keeps it.
 * Activating a row selects it and presents @master_detail's details; a
 * reload that finds no competition shows @master_detail's empty page. */
KonkursCompetitionRows *konkurs_competition_rows_new             (GtkListView            *list,
                                                                  KonkursMasterDetail    *master_detail);
/* Reads the competitions of @store (NULL: none) again, keeping the one
 * selected when it is still there, else selecting the first, without
 * "selected": the caller shows what is selected once the list is read.
 * A failure is shown over @source.  Returns how many there are. */
guint                   konkurs_competition_rows_reload          (KonkursCompetitionRows *self,
                                                                  KonkursStore           *store,
                                                                  GtkWidget              *source);
KonkursCompetition     *konkurs_competition_rows_get_selected    (KonkursCompetitionRows *self);
gint64                  konkurs_competition_rows_get_selected_id (KonkursCompetitionRows *self);
/* FALSE when no competition of the list has @competition_id. */
gboolean                konkurs_competition_rows_select          (KonkursCompetitionRows *self,
                                                                  gint64                  competition_id);
void                    konkurs_competition_rows_select_position (KonkursCompetitionRows *self,
                                                                  guint                   position);
/* For the header of the page: the name of the competition selected in
 * @title, and its subtitle begun with its number ("number · ") for the
 * area to go on with.  NULL (and @title left) when none is selected. */
GString                *konkurs_competition_rows_describe        (KonkursCompetitionRows *self,
                                                                  GtkLabel               *title);

G_END_DECLS
