/* konkurs-columns.c — the text columns of the areas' tables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each area used to write its own setup and bind handlers, column by
 * column; now it describes its columns in a table and gives one function
 * for the text of a cell and, for a table it sorts itself, one to compare
 * two rows.  The columns a table shows are the user's choice, from a menu
 * on every header, kept in the settings.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "konkurs-columns.h"

#define TABLE_KEY "konkurs-columns"
#define CELL_NAT_CHARS 12

/* What the handlers and the sorter of one column need: a GRcBox that each
 * of them holds. */
typedef struct {
  KonkursColumn            column;
  KonkursColumnTextFunc    text_func;
  KonkursColumnCompareFunc compare_func;
  gpointer                 user_data;
} ColumnData;

/* What a table keeps: its columns by key, the menu and its actions, and
 * where the choices go. */
typedef struct {
  GtkColumnView      *view;   /* unowned: this lives on it */
  GHashTable         *columns;   /* key -> GtkColumnViewColumn */
  GSimpleActionGroup *actions;
  GMenu              *menu;
  GSettings          *settings;
  char               *table;
} Table;

/* GTK 4.8 cannot tell which column the user sorts by (the column view's
 * sorter has no public accessors before 4.10).  Its sorter compares by
 * the chosen column first: handed these two objects, the columns' compare
 * functions say who was asked first, and stop the comparison there. */
static GObject *probe_a;
static GObject *probe_b;
static int probe_answer;

GtkWidget *
konkurs_cell_label_new (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

/* Setting a tooltip's text at every bind made GTK query the pointer's
 * place from the display server, once per cell bound: a third of the time
 * a list took to fill. */
static gboolean
on_query_tooltip (GtkWidget  *cell,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip)
{
  const char *text = GTK_IS_LABEL (cell) ? gtk_label_get_text (GTK_LABEL (cell))
                                         : gtk_inscription_get_text (GTK_INSCRIPTION (cell));

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
konkurs_cell_label_show_text_as_tooltip (GtkWidget *label)
{
  g_return_if_fail (GTK_IS_LABEL (label) || GTK_IS_INSCRIPTION (label));

  gtk_widget_set_has_tooltip (label, TRUE);
  g_signal_connect (label, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);
}

/* A cell that ellipsizes is a GtkInscription: its size comes from its
 * number of characters, never from its text, which a GtkLabel measures
 * (shaping it) at every bind.  A list view keeps 200 rows, and measuring
 * their labels again after a search was most of what remained of the
 * stall once the rows kept their widgets.  A cell as wide as its text
 * (an IIN, a date) stays a label: it must never be cut. */
static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            ColumnData               *data)
{
  GtkWidget *cell;

  if (data->column.width == 0)
    {
      cell = konkurs_cell_label_new ();
      gtk_label_set_ellipsize (GTK_LABEL (cell), PANGO_ELLIPSIZE_NONE);
      if (data->column.min_chars > 0)
        gtk_label_set_width_chars (GTK_LABEL (cell), data->column.min_chars);
    }
  else
    {
      cell = gtk_inscription_new (NULL);
      gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 0);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), data->column.min_chars);
      /* About a name's length, where a label asked for its whole text. */
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), MAX (data->column.min_chars, CELL_NAT_CHARS));
    }
  if (data->column.numeric)
    gtk_widget_add_css_class (cell, "numeric");
  if (data->column.tooltip)
    konkurs_cell_label_show_text_as_tooltip (cell);
  gtk_list_item_set_child (list_item, cell);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           ColumnData               *data)
{
  gpointer item = gtk_list_item_get_item (list_item);
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  g_autofree char *text = item != NULL ? data->text_func (item, data->column.id, data->user_data) : NULL;

  if (GTK_IS_INSCRIPTION (cell))
    gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  else
    gtk_label_set_text (GTK_LABEL (cell), text != NULL ? text : "");
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ColumnData *data = user_data;

  if (a == probe_a && b == probe_b)
    {
      probe_answer = data->column.id;
      return GTK_ORDERING_SMALLER;
    }
  if (data->compare_func == NULL)
    return GTK_ORDERING_EQUAL;
  return gtk_ordering_from_cmpfunc (data->compare_func ((gpointer) a, (gpointer) b, data->column.id));
}

/* Showing and hiding */

static Table *
get_table (GtkColumnView *view)
{
  return g_object_get_data (G_OBJECT (view), TABLE_KEY);
}

static void
table_free (Table *table)
{
  g_hash_table_unref (table->columns);
  g_object_unref (table->actions);
  g_object_unref (table->menu);
  g_clear_object (&table->settings);
  g_free (table->table);
  g_free (table);
}

static guint
count_shown (Table *table)
{
  GHashTableIter iter;
  gpointer column;
  guint shown = 0;

  g_hash_table_iter_init (&iter, table->columns);
  while (g_hash_table_iter_next (&iter, NULL, &column))
    shown += gtk_column_view_column_get_visible (column);
  return shown;
}

/* The last column shown cannot go: its item is insensitive. */
static void
update_actions (Table *table)
{
  gboolean last = count_shown (table) <= 1;
  GHashTableIter iter;
  gpointer key, column;

  g_hash_table_iter_init (&iter, table->columns);
  while (g_hash_table_iter_next (&iter, &key, &column))
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (table->actions), key);
      gboolean shown = gtk_column_view_column_get_visible (column);

      g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (shown));
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), !(shown && last));
    }
}

static void
save_hidden (Table *table)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) hidden = NULL;
  g_autofree char *prefix = NULL;
  GHashTableIter iter;
  gpointer key, column;

  if (table->settings == NULL)
    return;

  /* The other tables' choices stay as they are. */
  prefix = g_strconcat (table->table, ":", NULL);
  builder = g_strv_builder_new ();
  old = g_settings_get_strv (table->settings, "hidden-columns");
  for (guint i = 0; old[i] != NULL; i++)
    if (!g_str_has_prefix (old[i], prefix))
      g_strv_builder_add (builder, old[i]);
  g_hash_table_iter_init (&iter, table->columns);
  while (g_hash_table_iter_next (&iter, &key, &column))
    if (!gtk_column_view_column_get_visible (column))
      {
        g_autofree char *entry = g_strconcat (prefix, key, NULL);

        g_strv_builder_add (builder, entry);
      }
  hidden = g_strv_builder_end (builder);
  g_settings_set_strv (table->settings, "hidden-columns", (const char * const *) hidden);
}

static void
set_shown (Table      *table,
           const char *key,
           gboolean    shown)
{
  GtkColumnViewColumn *column = g_hash_table_lookup (table->columns, key);

  g_return_if_fail (column != NULL);

  if (gtk_column_view_column_get_visible (column) == shown || (!shown && count_shown (table) <= 1))
    return;
  gtk_column_view_column_set_visible (column, shown);
  update_actions (table);
  save_hidden (table);
}

static void
on_toggle (GSimpleAction *action,
           GVariant      *state,
           gpointer       user_data)
{
  set_shown (user_data, g_action_get_name (G_ACTION (action)), g_variant_get_boolean (state));
}

static Table *
ensure_table (GtkColumnView *view)
{
  Table *table = get_table (view);

  if (table != NULL)
    return table;

  table = g_new0 (Table, 1);
  table->view = view;
  table->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  table->actions = g_simple_action_group_new ();
  table->menu = g_menu_new ();
  g_object_set_data_full (G_OBJECT (view), TABLE_KEY, table, (GDestroyNotify) table_free);
  gtk_widget_insert_action_group (GTK_WIDGET (view), "columns", G_ACTION_GROUP (table->actions));
  return table;
}

static void
add_to_menu (Table               *table,
             const char          *key,
             const char          *title,
             GtkColumnViewColumn *column)
{
  g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (key, NULL, g_variant_new_boolean (TRUE));
  g_autofree char *detailed = g_strconcat ("columns.", key, NULL);
  g_autofree char *label = NULL;
  g_auto(GStrv) parts = NULL;

  g_signal_connect (action, "change-state", G_CALLBACK (on_toggle), table);
  g_action_map_add_action (G_ACTION_MAP (table->actions), G_ACTION (action));
  g_hash_table_insert (table->columns, g_strdup (key), g_object_ref (column));
  /* A title is no mnemonic. */
  parts = g_strsplit (title, "_", -1);
  label = g_strjoinv ("__", parts);
  g_menu_append (table->menu, label, detailed);
  gtk_column_view_column_set_header_menu (column, G_MENU_MODEL (table->menu));
}

/* Columns */

static void
append_column (GtkColumnView *view,
               Table         *table,
               ColumnData    *data)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), data);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), data);
  g_object_set_data_full (G_OBJECT (factory), "konkurs-column", data, g_rc_box_release);

  view_column = gtk_column_view_column_new (_(data->column.title), factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, data->column.width < 0);
  gtk_column_view_column_set_fixed_width (view_column, data->column.width > 0 ? data->column.width : -1);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_items, g_rc_box_acquire (data), g_rc_box_release));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_append_column (view, view_column);
  add_to_menu (table, data->column.key, _(data->column.title), view_column);
}

void
konkurs_columns_append (GtkColumnView            *view,
                        const KonkursColumn      *columns,
                        guint                     n_columns,
                        KonkursColumnTextFunc     text_func,
                        KonkursColumnCompareFunc  compare_func,
                        gpointer                  user_data)
{
  Table *table;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (columns != NULL || n_columns == 0);
  g_return_if_fail (text_func != NULL);

  table = ensure_table (view);
  for (guint i = 0; i < n_columns; i++)
    {
      ColumnData *data = g_rc_box_new0 (ColumnData);

      g_return_if_fail (columns[i].key != NULL);
      data->column = columns[i];
      data->text_func = text_func;
      data->compare_func = compare_func;
      data->user_data = user_data;
      append_column (view, table, data);
    }
  update_actions (table);
}

gboolean
konkurs_columns_get_sort (GtkColumnView *view,
                          int           *id,
                          gboolean      *descending)
{
  GtkSorter *sorter;
  GtkOrdering ordering;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), FALSE);

  sorter = gtk_column_view_get_sorter (view);
  if (sorter == NULL || gtk_sorter_get_order (sorter) == GTK_SORTER_ORDER_NONE)
    return FALSE;
  if (probe_a == NULL)
    {
      probe_a = g_object_new (G_TYPE_OBJECT, NULL);
      probe_b = g_object_new (G_TYPE_OBJECT, NULL);
    }
  probe_answer = -1;
  ordering = gtk_sorter_compare (sorter, probe_a, probe_b);
  if (probe_answer < 0 || ordering == GTK_ORDERING_EQUAL)
    return FALSE;
  if (id != NULL)
    *id = probe_answer;
  if (descending != NULL)
    *descending = ordering == GTK_ORDERING_LARGER;
  return TRUE;
}

void
konkurs_columns_set_shown (GtkColumnView *view,
                           const char    *key,
                           gboolean       shown)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (get_table (view) != NULL);

  set_shown (get_table (view), key, shown);
}

gboolean
konkurs_columns_get_shown (GtkColumnView *view,
                           const char    *key)
{
  GtkColumnViewColumn *column;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (view), FALSE);
  g_return_val_if_fail (get_table (view) != NULL, FALSE);

  column = g_hash_table_lookup (get_table (view)->columns, key);
  return column != NULL && gtk_column_view_column_get_visible (column);
}

void
konkurs_columns_bind_settings (GtkColumnView *view,
                               GSettings     *settings,
                               const char    *table_name)
{
  Table *table;
  g_auto(GStrv) hidden = NULL;
  g_autofree char *prefix = NULL;
  GHashTableIter iter;
  gpointer column;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (table_name != NULL);

  table = ensure_table (view);
  g_set_object (&table->settings, NULL);
  g_free (table->table);
  table->table = g_strdup (table_name);

  g_hash_table_iter_init (&iter, table->columns);
  while (g_hash_table_iter_next (&iter, NULL, &column))
    gtk_column_view_column_set_visible (column, TRUE);
  if (settings != NULL)
    {
      prefix = g_strconcat (table_name, ":", NULL);
      hidden = g_settings_get_strv (settings, "hidden-columns");
      for (guint i = 0; hidden[i] != NULL; i++)
        if (g_str_has_prefix (hidden[i], prefix) &&
            g_hash_table_contains (table->columns, hidden[i] + strlen (prefix)))
          set_shown (table, hidden[i] + strlen (prefix), FALSE);
    }
  g_set_object (&table->settings, settings);
  update_actions (table);
}

void
konkurs_columns_bind_menu_button (GtkColumnView *view,
                                  GtkMenuButton *button)
{
  Table *table;

  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));

  table = ensure_table (view);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (table->menu));
  gtk_widget_insert_action_group (GTK_WIDGET (button), "columns", G_ACTION_GROUP (table->actions));
}
