/* konkurs-competition-sidebar.c — the competitions of the Vacancies area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-columns.h"
#include "konkurs-competition-sidebar.h"
#include "konkurs-list-model.h"
#include "konkurs-list-page.h"
#include "konkurs-ui-helpers.h"

struct _KonkursCompetitionSidebar
{
  GtkBox              parent_instance;

  GListStore         *competitions;
  GtkFilterListModel *shown;
  GtkSingleSelection *selection;

  KonkursListPage    *page;
  GtkListView        *list;
};

G_DEFINE_FINAL_TYPE (KonkursCompetitionSidebar, konkurs_competition_sidebar, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_FILTER,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Rows */

static GtkWidget *
add_row_label (GtkBox     *box,
               const char *key,
               const char *style_class)
{
  GtkWidget *label = konkurs_cell_label_new ();

  if (style_class != NULL)
    gtk_widget_add_css_class (label, style_class);
  gtk_box_append (box, label);
  g_object_set_data (G_OBJECT (box), key, label);
  return label;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title;

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);

  add_row_label (GTK_BOX (box), "state-body", "caption");
  gtk_widget_add_css_class (g_object_get_data (G_OBJECT (box), "state-body"), "dim-label");
  title = add_row_label (GTK_BOX (box), "title", "heading");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 3);
  add_row_label (GTK_BOX (box), "procedure", "caption");
  add_row_label (GTK_BOX (box), "dates", "caption");
  gtk_label_set_wrap (g_object_get_data (G_OBJECT (box), "dates"), TRUE);
  gtk_label_set_lines (g_object_get_data (G_OBJECT (box), "dates"), 2);
  gtk_widget_add_css_class (g_object_get_data (G_OBJECT (box), "dates"), "dim-label");

  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  KonkursCompetition *competition = gtk_list_item_get_item (list_item);
  GObject *box = G_OBJECT (gtk_list_item_get_child (list_item));
  const char *title = konkurs_competition_get_title (competition);
  g_autofree char *announced = konkurs_ui_format_date (konkurs_competition_get_announcement_date (competition));
  g_autofree char *deadline = konkurs_ui_format_date (konkurs_competition_get_document_deadline (competition));
  g_autofree char *dates = NULL;

  /* Translators: the two dates of a competition in the sidebar */
  dates = g_strdup_printf (_("Announced %s · documents until %s"), announced, deadline);

  /* Most competitions are known by their state body alone; then it is the
   * heading rather than a caption above an empty title. */
  if (title == NULL || title[0] == '\0')
    {
      gtk_label_set_text (g_object_get_data (box, "title"),
                          konkurs_competition_get_state_body (competition));
      gtk_widget_set_visible (g_object_get_data (box, "state-body"), FALSE);
    }
  else
    {
      gtk_label_set_text (g_object_get_data (box, "title"), title);
      gtk_label_set_text (g_object_get_data (box, "state-body"),
                          konkurs_competition_get_state_body (competition));
      gtk_widget_set_visible (g_object_get_data (box, "state-body"), TRUE);
    }
  gtk_label_set_text (g_object_get_data (box, "procedure"),
                      konkurs_ui_translate_label (konkurs_procedure_get_label (
                        konkurs_competition_get_procedure (competition))));
  gtk_label_set_text (g_object_get_data (box, "dates"), dates);
}

static void
on_selected (KonkursCompetitionSidebar *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
konkurs_competition_sidebar_dispose (GObject *object)
{
  KonkursCompetitionSidebar *self = KONKURS_COMPETITION_SIDEBAR (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_COMPETITION_SIDEBAR);
  g_clear_object (&self->selection);
  g_clear_object (&self->shown);
  g_clear_object (&self->competitions);

  G_OBJECT_CLASS (konkurs_competition_sidebar_parent_class)->dispose (object);
}

static void
konkurs_competition_sidebar_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  KonkursCompetitionSidebar *self = KONKURS_COMPETITION_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      g_value_set_object (value, konkurs_competition_sidebar_get_filter (self));
      break;
    case PROP_SELECTED:
      g_value_set_object (value, konkurs_competition_sidebar_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_competition_sidebar_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  KonkursCompetitionSidebar *self = KONKURS_COMPETITION_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_FILTER:
      konkurs_competition_sidebar_set_filter (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_competition_sidebar_class_init (KonkursCompetitionSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_competition_sidebar_dispose;
  object_class->get_property = konkurs_competition_sidebar_get_property;
  object_class->set_property = konkurs_competition_sidebar_set_property;

  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, GTK_TYPE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_object ("selected", NULL, NULL, KONKURS_TYPE_COMPETITION,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KONKURS_TYPE_LIST_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/vacancies/konkurs-competition-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionSidebar, page);
  gtk_widget_class_bind_template_child (widget_class, KonkursCompetitionSidebar, list);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
}

static void
konkurs_competition_sidebar_init (KonkursCompetitionSidebar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->competitions = g_list_store_new (KONKURS_TYPE_COMPETITION);
  self->shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->competitions)), NULL);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected), self);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));
  konkurs_list_page_set_model (self->page, G_LIST_MODEL (self->shown));
}

GtkWidget *
konkurs_competition_sidebar_new (void)
{
  return g_object_new (KONKURS_TYPE_COMPETITION_SIDEBAR, NULL);
}

GtkFilter *
konkurs_competition_sidebar_get_filter (KonkursCompetitionSidebar *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION_SIDEBAR (self), NULL);

  return gtk_filter_list_model_get_filter (self->shown);
}

void
konkurs_competition_sidebar_set_filter (KonkursCompetitionSidebar *self,
                                        GtkFilter                 *filter)
{
  g_return_if_fail (KONKURS_IS_COMPETITION_SIDEBAR (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  if (gtk_filter_list_model_get_filter (self->shown) == filter)
    return;
  gtk_filter_list_model_set_filter (self->shown, filter);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

void
konkurs_competition_sidebar_set_competitions (KonkursCompetitionSidebar *self,
                                              GPtrArray                 *competitions)
{
  KonkursCompetition *selected;
  gint64 keep;

  g_return_if_fail (KONKURS_IS_COMPETITION_SIDEBAR (self));
  g_return_if_fail (competitions != NULL);

  selected = konkurs_competition_sidebar_get_selected (self);
  keep = selected != NULL ? konkurs_competition_get_id (selected) : 0;
  g_list_store_splice (self->competitions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->competitions)),
                       competitions->pdata, competitions->len);
  if (keep != 0)
    konkurs_competition_sidebar_select (self, keep);
}

KonkursCompetition *
konkurs_competition_sidebar_get_selected (KonkursCompetitionSidebar *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION_SIDEBAR (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

gboolean
konkurs_competition_sidebar_select (KonkursCompetitionSidebar *self,
                                    gint64                     id)
{
  guint position;

  g_return_val_if_fail (KONKURS_IS_COMPETITION_SIDEBAR (self), FALSE);

  position = konkurs_list_model_find_id (G_LIST_MODEL (self->shown), id);
  if (position == G_MAXUINT)
    return FALSE;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}
