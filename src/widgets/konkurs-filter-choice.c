/* konkurs-filter-choice.c — a drop-down of a filter bar: "All …", then one
 * record of the store per item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drop-down shows a GtkStringList of names; the records behind them
 * are kept on the drop-down, item i + 1 for record i.
 */
#include "config.h"

#include "konkurs-columns.h"
#include "konkurs-filter-choice.h"

#define RECORDS_KEY "konkurs-filter-records"

static void
setup_choice (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  in_list)
{
  GtkWidget *label = konkurs_cell_label_new ();

  gtk_label_set_width_chars (GTK_LABEL (label), in_list != NULL ? 30 : 4);
  gtk_label_set_max_width_chars (GTK_LABEL (label), in_list != NULL ? 60 : 4);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (item));
  gtk_widget_set_tooltip_text (label, gtk_string_object_get_string (item));
}

static GtkListItemFactory *
new_factory (gboolean in_list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice), GINT_TO_POINTER (in_list));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice), NULL);
  return factory;
}

void
konkurs_filter_choice_setup (GtkDropDown *dropdown)
{
  g_autoptr(GtkListItemFactory) factory = new_factory (FALSE);
  g_autoptr(GtkListItemFactory) list_factory = new_factory (TRUE);

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));

  gtk_drop_down_set_factory (dropdown, factory);
  gtk_drop_down_set_list_factory (dropdown, list_factory);
}

static gint64
record_id (gpointer record)
{
  gint64 id = 0;

  g_object_get (record, "id", &id, NULL);
  return id;
}

void
konkurs_filter_choice_fill (GtkDropDown             *dropdown,
                            const char              *all_label,
                            GPtrArray               *records,
                            KonkursFilterChoiceName  name,
                            gint64                   keep_id)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  guint selected = 0;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (records == NULL || name != NULL);

  gtk_string_list_append (strings, all_label);
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      gtk_string_list_append (strings, name (records->pdata[i]));
      if (keep_id != 0 && record_id (records->pdata[i]) == keep_id)
        selected = i + 1;
    }

  g_object_set_data_full (G_OBJECT (dropdown), RECORDS_KEY, records != NULL ? g_ptr_array_ref (records) : NULL,
                          (GDestroyNotify) g_ptr_array_unref);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (dropdown, selected);
}

gpointer
konkurs_filter_choice_get_selected (GtkDropDown *dropdown)
{
  GPtrArray *records;
  guint selected;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), NULL);

  records = g_object_get_data (G_OBJECT (dropdown), RECORDS_KEY);
  selected = gtk_drop_down_get_selected (dropdown);
  if (records == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > records->len)
    return NULL;
  return records->pdata[selected - 1];
}

gint64
konkurs_filter_choice_get_selected_id (GtkDropDown *dropdown)
{
  gpointer record = konkurs_filter_choice_get_selected (dropdown);

  return record != NULL ? record_id (record) : 0;
}

guint
konkurs_filter_choice_get_n_records (GtkDropDown *dropdown)
{
  GPtrArray *records;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), 0);

  records = g_object_get_data (G_OBJECT (dropdown), RECORDS_KEY);
  return records != NULL ? records->len : 0;
}
