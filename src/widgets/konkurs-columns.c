/* konkurs-columns.c — the text columns of the areas' tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each area used to write its own setup and bind handlers, column by
 * column; now it describes its columns in a table and gives one function
 * for the text of a cell and, for a table it sorts itself, one to compare
 * two rows.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-columns.h"

/* What the handlers and the sorter of one column need: a GRcBox that each
 * of them holds. */
typedef struct {
  KonkursColumn            column;
  KonkursColumnTextFunc    text_func;
  KonkursColumnCompareFunc compare_func;
} ColumnData;

GtkWidget *
konkurs_cell_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            ColumnData               *data)
{
  GtkWidget *label = konkurs_cell_label_new ();

  if (data->column.numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (data->column.min_chars > 0)
    gtk_label_set_width_chars (GTK_LABEL (label), data->column.min_chars);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           ColumnData               *data)
{
  gpointer item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  g_autofree char *text = item != NULL ? data->text_func (item, data->column.id) : NULL;

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  if (data->column.tooltip)
    gtk_widget_set_tooltip_text (label, text);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ColumnData *data = user_data;

  return gtk_ordering_from_cmpfunc (data->compare_func ((gpointer) a, (gpointer) b, data->column.id));
}

static void
append_column (GtkColumnView *view,
               ColumnData    *data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), data);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), data);
  g_object_set_data_full (G_OBJECT (factory), "konkurs-column", data, g_rc_box_release);

  view_column = gtk_column_view_column_new (_(data->column.title), factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, data->column.width < 0);
  gtk_column_view_column_set_fixed_width (view_column, data->column.width);
  if (data->compare_func != NULL)
    {
      g_autoptr(GtkSorter) sorter = NULL;

      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_items, g_rc_box_acquire (data), g_rc_box_release));

      gtk_column_view_column_set_sorter (view_column, sorter);
    }
  gtk_column_view_append_column (view, view_column);
}

void
konkurs_columns_append (GtkColumnView            *view,
                        const KonkursColumn      *columns,
                        guint                     n_columns,
                        KonkursColumnTextFunc     text_func,
                        KonkursColumnCompareFunc  compare_func)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (columns != NULL || n_columns == 0);
  g_return_if_fail (text_func != NULL);

  for (guint i = 0; i < n_columns; i++)
    {
      ColumnData *data = g_rc_box_new0 (ColumnData);

      data->column = columns[i];
      data->text_func = text_func;
      data->compare_func = compare_func;
      append_column (view, data);
    }
}
