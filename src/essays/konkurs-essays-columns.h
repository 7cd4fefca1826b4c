/* konkurs-essays-columns.h — the columns of the Essays area's table:
 * code (with the writer once unsealed), status ("2 of 3" while graded),
 * sector, language, words, score
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @sector_names: where the view keeps its code -> name table (read at
 * each reload), for the sector column. */
void konkurs_essays_columns_append (GtkColumnView *view,
                                    GHashTable   **sector_names);

G_END_DECLS
