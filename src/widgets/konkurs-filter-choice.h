/* konkurs-filter-choice.h — a drop-down of a filter bar: "All …", then one
 * record of the store per item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The name @record goes by in the drop-down. */
typedef const char *(*KonkursFilterChoiceName) (gpointer record);

/* Gives @dropdown the look of the areas' filters: in the button the choice
 * ellipsizes; in the open list long names stay readable up to a width,
 * with the whole name as a tooltip. */
void     konkurs_filter_choice_setup           (GtkDropDown             *dropdown);
/* Fills @dropdown with @all_label, then @name of each of @records (of
 * GObjects with a gint64 "id", as the store's records; NULL for none), and
 * selects the record whose id is @keep_id, else @all_label.  The drop-down
 * keeps a reference to @records. */
void     konkurs_filter_choice_fill            (GtkDropDown             *dropdown,
                                                const char              *all_label,
                                                GPtrArray               *records,
                                                KonkursFilterChoiceName  name,
                                                gint64                   keep_id);
/* The record chosen; NULL for "All …". */
gpointer konkurs_filter_choice_get_selected    (GtkDropDown             *dropdown);
/* Its id; 0 for "All …". */
gint64   konkurs_filter_choice_get_selected_id (GtkDropDown             *dropdown);
/* How many records there are to choose from, "All …" not counted. */
guint    konkurs_filter_choice_get_n_records   (GtkDropDown             *dropdown);

G_END_DECLS
