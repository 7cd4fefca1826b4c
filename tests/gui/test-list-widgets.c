/* test-list-widgets.c — the list pieces the areas share: table columns,
 * search as you type, empty states and the master-detail layout
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-columns.h"
#include "konkurs-test-widgets.h"

/* Helpers */

static GtkWindow *
present_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  konkurs_test_drain_main_loop ();
  return GTK_WINDOW (window);
}

static gboolean
is_label_with_text (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

/* Columns */

enum { COLUMN_WORD, COLUMN_LENGTH };

static const KonkursColumn columns[] = {
  { COLUMN_WORD, "Word", -1, .min_chars = 6, .tooltip = TRUE },
  { COLUMN_LENGTH, "Length", 70, .numeric = TRUE },
};

static char *
word_text (gpointer item,
           int      id)
{
  const char *word = gtk_string_object_get_string (item);

  return id == COLUMN_WORD ? g_strdup (word) : g_strdup_printf ("%ld", g_utf8_strlen (word, -1));
}

static int
compare_words (gpointer a,
               gpointer b,
               int      id)
{
  const char *wa = gtk_string_object_get_string (a);
  const char *wb = gtk_string_object_get_string (b);

  if (id == COLUMN_WORD)
    return g_utf8_collate (wa, wb);
  return (int) g_utf8_strlen (wa, -1) - (int) g_utf8_strlen (wb, -1);
}

static const char *
word_at (GListModel *model,
         guint       position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  return gtk_string_object_get_string (item);
}

static void
test_columns_sorted (void)
{
  const char *words[] = { "қасым", "ас", "әділет", NULL };
  GtkStringList *strings = gtk_string_list_new (words);
  GtkColumnView *view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  GListModel *view_columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) word = NULL;
  g_autoptr(GtkColumnViewColumn) length = NULL;
  GtkSortListModel *sorted;
  GtkWindow *window;
  GtkWidget *cell;
  gpointer view_alive = view;

  konkurs_columns_append (view, columns, G_N_ELEMENTS (columns), word_text, compare_words);
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (strings), g_object_ref (gtk_column_view_get_sorter (view)));
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));

  g_assert_cmpuint (g_list_model_get_n_items (view_columns), ==, 2);
  word = g_list_model_get_item (view_columns, 0);
  length = g_list_model_get_item (view_columns, 1);
  g_assert_cmpstr (gtk_column_view_column_get_title (word), ==, "Word");
  g_assert_true (gtk_column_view_column_get_expand (word));
  g_assert_false (gtk_column_view_column_get_expand (length));
  g_assert_cmpint (gtk_column_view_column_get_fixed_width (length), ==, 70);
  g_assert_true (gtk_column_view_column_get_resizable (word));
  g_assert_nonnull (gtk_column_view_column_get_sorter (length));

  /* The store's order until a column is chosen, then the column's. */
  g_assert_cmpstr (word_at (G_LIST_MODEL (sorted), 0), ==, "қасым");
  gtk_column_view_sort_by_column (view, length, GTK_SORT_ASCENDING);
  g_assert_cmpstr (word_at (G_LIST_MODEL (sorted), 0), ==, "ас");
  g_assert_cmpstr (word_at (G_LIST_MODEL (sorted), 2), ==, "әділет");
  gtk_column_view_sort_by_column (view, word, GTK_SORT_DESCENDING);
  g_assert_cmpstr (word_at (G_LIST_MODEL (sorted), 0), ==, "әділет");

  /* The cells: text, a tooltip where asked, figures in tabular form. */
  window = present_in_window (GTK_WIDGET (view));
  cell = konkurs_test_find_widget (GTK_WIDGET (view), is_label_with_text, "қасым");
  g_assert_nonnull (cell);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (cell), ==, "қасым");
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (cell)), ==, 6);
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (cell)), ==, PANGO_ELLIPSIZE_END);
  g_assert_false (gtk_widget_has_css_class (cell, "numeric"));
  cell = konkurs_test_find_widget (GTK_WIDGET (view), is_label_with_text, "6");
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_has_css_class (cell, "numeric"));
  g_assert_null (gtk_widget_get_tooltip_text (cell));

  g_object_add_weak_pointer (G_OBJECT (view), &view_alive);
  g_clear_object (&word);
  g_clear_object (&length);
  konkurs_test_destroy_and_wait (window);
  g_assert_null (view_alive);
}

/* Without a compare function the table keeps the model's order. */
static void
test_columns_unsorted (void)
{
  GtkColumnView *view = g_object_ref_sink (GTK_COLUMN_VIEW (gtk_column_view_new (NULL)));
  GListModel *view_columns = gtk_column_view_get_columns (view);
  g_autoptr(GtkColumnViewColumn) first = NULL;

  konkurs_columns_append (view, columns, G_N_ELEMENTS (columns), word_text, NULL);
  first = g_list_model_get_item (view_columns, 0);
  g_assert_null (gtk_column_view_column_get_sorter (first));
  g_clear_object (&first);
  g_object_unref (view);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/list-widgets/columns/sorted", test_columns_sorted);
  g_test_add_func ("/list-widgets/columns/unsorted", test_columns_unsorted);

  return g_test_run ();
}
