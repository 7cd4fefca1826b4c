/* konkurs-columns.h — the text columns of the areas' tables, described by
 * a table of KonkursColumn: their cells, their sorting, and which of them
 * the user shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct {
  int         id;          /* handed to the text and compare functions */
  const char *key;         /* stable, for the settings: "surname" */
  const char *title;       /* a msgid (N_()), translated when the column is made */
  int         width;       /* fixed, in pixels; 0: as wide as its widest text (never cut);
                            * -1: shares what is left */
  int         min_chars;   /* long texts ellipsize, but never below this; 0: no minimum */
  gboolean    numeric;     /* digits of the same width, so numbers line up */
  gboolean    tooltip;     /* the whole text as a tooltip, for texts that ellipsize */
} KonkursColumn;

/* The text of column @id for @item (never NULL for a row the model has;
 * NULL is shown as empty); free with g_free(). */
typedef char *(*KonkursColumnTextFunc)    (gpointer item,
                                           int      id,
                                           gpointer user_data);
/* Like strcmp(): the order of @a and @b by column @id. */
typedef int   (*KonkursColumnCompareFunc) (gpointer a,
                                           gpointer b,
                                           int      id);

/* A left-aligned label that ellipsizes, as table cells and list rows use. */
GtkWidget *konkurs_cell_label_new (void);
/* Gives @label, a cell of a list (a GtkLabel or a GtkInscription), its own
 * text as a tooltip, read when the pointer rests on it (none while empty)
 * rather than set at every bind, which costs a round trip to the display
 * server per cell. */
void       konkurs_cell_label_show_text_as_tooltip (GtkWidget *label);

/* Appends to @view one resizable column per entry of @columns, whose cells
 * show @text_func's text (with @user_data).  Every column sorts when its
 * header is clicked: with @compare_func, by it (wrap the model in a
 * GtkSortListModel over gtk_column_view_get_sorter()); without, the model
 * sorts itself (a store query's order), asking konkurs_columns_get_sort()
 * when the view's sorter says "changed".
 *
 * Each header has a menu (right click) with a check item per column, to
 * show or hide it; the last column shown cannot be hidden. */
void       konkurs_columns_append (GtkColumnView            *view,
                                   const KonkursColumn      *columns,
                                   guint                     n_columns,
                                   KonkursColumnTextFunc     text_func,
                                   KonkursColumnCompareFunc  compare_func,
                                   gpointer                  user_data);

/* The column the user sorts by, and how: FALSE when none is chosen. */
gboolean   konkurs_columns_get_sort (GtkColumnView *view,
                                     int           *id,
                                     gboolean      *descending);

/* Shows or hides the column of @key, as the menu does. */
void       konkurs_columns_set_shown (GtkColumnView *view,
                                      const char    *key,
                                      gboolean       shown);
gboolean   konkurs_columns_get_shown (GtkColumnView *view,
                                      const char    *key);

/* Keeps the columns hidden in @settings' "hidden-columns" (strings
 * "@table:key"): hides them now, and records every change from then on.
 * @settings NULL keeps the choices for the life of the view only. */
void       konkurs_columns_bind_settings (GtkColumnView *view,
                                          GSettings     *settings,
                                          const char    *table);

/* Gives @button the same menu as the headers, for the keyboard. */
void       konkurs_columns_bind_menu_button (GtkColumnView *view,
                                             GtkMenuButton *button);

G_END_DECLS
