/* konkurs-columns.h — the text columns of the areas' tables, described by
 * a table of KonkursColumn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct {
  int         id;          /* handed to the text and compare functions */
  const char *title;       /* a msgid (N_()), translated when the column is made */
  int         width;       /* fixed, in pixels; -1 to share what is left */
  int         min_chars;   /* long texts ellipsize, but never below this; 0: no minimum */
  gboolean    numeric;     /* digits of the same width, so numbers line up */
  gboolean    tooltip;     /* the whole text as a tooltip, for texts that ellipsize */
} KonkursColumn;

/* The text of column @id for @item (never NULL for a row the model has;
 * NULL is shown as empty); free with g_free(). */
typedef char *(*KonkursColumnTextFunc)    (gpointer item,
                                           int      id);
/* Like strcmp(): the order of @a and @b by column @id. */
typedef int   (*KonkursColumnCompareFunc) (gpointer a,
                                           gpointer b,
                                           int      id);

/* A left-aligned label that ellipsizes, as table cells and list rows use. */
GtkWidget *konkurs_cell_label_new (void);

/* Appends to @view one resizable column per entry of @columns, whose cells
 * show @text_func's text.  With @compare_func, each column sorts by it:
 * wrap the model in a GtkSortListModel over gtk_column_view_get_sorter().
 * Without, the table shows the model's own order (a store query's). */
void       konkurs_columns_append (GtkColumnView            *view,
                                   const KonkursColumn      *columns,
                                   guint                     n_columns,
                                   KonkursColumnTextFunc     text_func,
                                   KonkursColumnCompareFunc  compare_func);

G_END_DECLS
