/* konkurs-filter-choice.h — a drop-down of a filter bar: "All …", then one
 * record of the store per item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* What tells @record apart from the others: a name, shown in the button
 * and the list ("Бас сарапшы · C-O-5"), and in *@detail (may be left
 * NULL) what the open list adds under it ("Corps B · 3 seats").  Free
 * both with g_free(). */
typedef char *(*KonkursFilterChoiceDescribe) (gpointer   record,
                                              char     **detail);

/* Gives @dropdown the look of the areas' filters: in the button the name
 * ellipsizes; in the open list the names stay readable up to a width,
 * each with its detail under it, and the whole as a tooltip. */
void     konkurs_filter_choice_setup           (GtkDropDown                 *dropdown);
/* Fills @dropdown with @all_label, then each of @records (of GObjects
 * with a gint64 "id", as the store's records; NULL for none) as @describe
 * says, and selects the record whose id is @keep_id, else @all_label.
 * The drop-down keeps a reference to @records. */
void     konkurs_filter_choice_fill            (GtkDropDown                 *dropdown,
                                                const char                  *all_label,
                                                GPtrArray                   *records,
                                                KonkursFilterChoiceDescribe  describe,
                                                gint64                       keep_id);
/* The record chosen; NULL for "All …". */
gpointer konkurs_filter_choice_get_selected    (GtkDropDown                 *dropdown);
/* Its id; 0 for "All …". */
gint64   konkurs_filter_choice_get_selected_id (GtkDropDown                 *dropdown);
/* Chooses the record whose id is @id; FALSE when there is none. */
gboolean konkurs_filter_choice_select_id       (GtkDropDown                 *dropdown,
                                                gint64                       id);
/* The describe functions of competitions ("Name · announced 12.03.2026",
 * the state body and the procedure under it) and vacancies ("Position ·
 * C-O-5", the seats and the sector under it), for every picker. */
char    *konkurs_filter_choice_describe_competition (gpointer   record,
                                                     char     **detail);
char    *konkurs_filter_choice_describe_vacancy     (gpointer   record,
                                                     char     **detail);
/* How many records there are to choose from, "All …" not counted. */
guint    konkurs_filter_choice_get_n_records   (GtkDropDown                 *dropdown);

G_END_DECLS
