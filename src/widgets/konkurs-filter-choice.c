/* konkurs-filter-choice.c — a drop-down of a filter bar: "All …", then one
 * record of the store per item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drop-down shows a list of GtkStringObject names, each with its
 * detail; the records behind them are kept on the drop-down, item i + 1
 * for record i.
 * Seven competitions of one title used to look the same in the list: the
 * name and the detail of each record are what tells them apart.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-columns.h"
#include "konkurs-filter-choice.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-vacancy.h"

#define RECORDS_KEY "konkurs-filter-records"
#define DETAIL_KEY "konkurs-filter-detail"   /* on an item of the model */

static void
setup_choice (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  in_list)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = konkurs_cell_label_new ();

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_label_set_width_chars (GTK_LABEL (label), in_list != NULL ? 30 : 4);
  gtk_label_set_max_width_chars (GTK_LABEL (label), in_list != NULL ? 60 : 4);
  gtk_box_append (GTK_BOX (box), label);
  if (in_list != NULL)
    {
      GtkWidget *detail = konkurs_cell_label_new ();

      gtk_label_set_max_width_chars (GTK_LABEL (detail), 60);
      gtk_widget_add_css_class (detail, "caption");
      gtk_widget_add_css_class (detail, "dim-label");
      gtk_box_append (GTK_BOX (box), detail);
    }
  gtk_list_item_set_child (list_item, box);
}

static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkStringObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *label = gtk_widget_get_first_child (box);
  GtkWidget *detail_label = gtk_widget_get_next_sibling (label);
  const char *name = gtk_string_object_get_string (item);
  const char *detail = g_object_get_data (G_OBJECT (item), DETAIL_KEY);

  if (detail != NULL && detail[0] == '\0')
    detail = NULL;
  g_autofree char *tooltip = NULL;

  gtk_label_set_text (GTK_LABEL (label), name);
  if (detail_label != NULL)
    {
      gtk_label_set_text (GTK_LABEL (detail_label), detail != NULL ? detail : "");
      gtk_widget_set_visible (detail_label, detail != NULL);
    }
  /* Translators: a record in a filter's list: its name, then what tells it apart */
  tooltip = detail != NULL ? g_strdup_printf (_("%s — %s"), name, detail) : g_strdup (name);
  gtk_widget_set_tooltip_text (box, tooltip);
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
konkurs_filter_choice_fill (GtkDropDown                 *dropdown,
                            const char                  *all_label,
                            GPtrArray                   *records,
                            KonkursFilterChoiceDescribe  describe,
                            gint64                       keep_id)
{
  g_autoptr(GListStore) items = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  g_autoptr(GtkStringObject) all = gtk_string_object_new (all_label);
  guint selected = 0;

  g_return_if_fail (GTK_IS_DROP_DOWN (dropdown));
  g_return_if_fail (records == NULL || describe != NULL);

  g_list_store_append (items, all);
  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      char *detail = NULL;
      g_autofree char *name = describe (records->pdata[i], &detail);
      g_autoptr(GtkStringObject) item = gtk_string_object_new (name);

      g_object_set_data_full (G_OBJECT (item), DETAIL_KEY, detail, g_free);
      g_list_store_append (items, item);
      if (keep_id != 0 && record_id (records->pdata[i]) == keep_id)
        selected = i + 1;
    }

  g_object_set_data_full (G_OBJECT (dropdown), RECORDS_KEY, records != NULL ? g_ptr_array_ref (records) : NULL,
                          (GDestroyNotify) g_ptr_array_unref);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (items));
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

gboolean
konkurs_filter_choice_select_id (GtkDropDown *dropdown,
                                 gint64       id)
{
  GPtrArray *records;

  g_return_val_if_fail (GTK_IS_DROP_DOWN (dropdown), FALSE);

  records = g_object_get_data (G_OBJECT (dropdown), RECORDS_KEY);
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (record_id (records->pdata[i]) == id)
      {
        gtk_drop_down_set_selected (dropdown, i + 1);
        return TRUE;
      }
  return FALSE;
}

char *
konkurs_filter_choice_describe_competition (gpointer   record,
                                             char     **detail)
{
  KonkursCompetition *competition = record;
  const char *title = konkurs_competition_get_title (competition);
  const char *procedure = konkurs_ui_translate_label (konkurs_procedure_get_label (
                            konkurs_competition_get_procedure (competition)));
  g_autofree char *announced = konkurs_ui_format_date (konkurs_competition_get_announcement_date (competition));

  g_return_val_if_fail (KONKURS_IS_COMPETITION (competition), NULL);

  /* Known by its title, the state body says whose it is. */
  if (detail != NULL)
    *detail = title != NULL && title[0] != '\0'
              ? g_strdup_printf (_("%s — %s"), konkurs_competition_get_state_body (competition), procedure)
              : g_strdup (procedure);
  /* Translators: a competition in a filter: its name, then the date it was announced */
  return g_strdup_printf (_("%s · announced %s"), konkurs_ui_competition_name (competition), announced);
}

char *
konkurs_filter_choice_describe_vacancy (gpointer   record,
                                        char     **detail)
{
  KonkursVacancy *vacancy = record;
  const char *category = konkurs_vacancy_get_category (vacancy);
  const char *sector = konkurs_vacancy_get_sector (vacancy);
  int seats = konkurs_vacancy_get_seats (vacancy);

  g_return_val_if_fail (KONKURS_IS_VACANCY (vacancy), NULL);

  if (detail != NULL)
    {
      g_autofree char *places = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d seat", "%d seats", seats), seats);

      *detail = sector != NULL && sector[0] != '\0' ? g_strdup_printf (_("%s — %s"), places, sector)
                                                      : g_steal_pointer (&places);
    }
  if (category == NULL || category[0] == '\0')
    return g_strdup (konkurs_vacancy_get_position_title (vacancy));
  /* Translators: a vacancy in a filter: the position, then its category */
  return g_strdup_printf (_("%s · %s"), konkurs_vacancy_get_position_title (vacancy), category);
}
