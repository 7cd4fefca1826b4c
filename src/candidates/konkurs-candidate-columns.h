/* konkurs-candidate-columns.h — the columns of the table of candidates:
 * names, IIN, birth date and where the applications stand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-candidates-view.h"
#include "konkurs-store-candidates.h"

G_BEGIN_DECLS

/* Appends the columns to @view, whose model is @candidates' list; sorted
 * by surname to begin with. */
void                 konkurs_candidate_columns_append   (GtkColumnView         *view,
                                                         KonkursCandidatesView *candidates);
/* The order the user chose with the headers, for the store's query. */
KonkursCandidateSort konkurs_candidate_columns_get_sort (GtkColumnView         *view,
                                                         gboolean              *descending);

G_END_DECLS
