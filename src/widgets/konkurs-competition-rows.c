/* konkurs-competition-rows.c — the sidebar of competitions of the Stages,
 * Essays and Commission areas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-competition-rows.h"
#include "konkurs-list-model.h"
#include "konkurs-master-detail.h"
#include "konkurs-print.h"
#include "konkurs-ui-helpers.h"

struct _KonkursCompetitionRows
{
  GObject             parent_instance;

  GListStore          *competitions;
  GtkSingleSelection  *selection;
  KonkursMasterDetail *master_detail;   /* weak */
  gboolean             reloading;
};

G_DEFINE_FINAL_TYPE (KonkursCompetitionRows, konkurs_competition_rows, G_TYPE_OBJECT)

enum {
  SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 3);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  KonkursCompetition *competition = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  const char *state_body = konkurs_competition_get_state_body (competition);
  const char *number = konkurs_competition_get_number (competition);
  g_autofree char *announced = konkurs_ui_format_date (konkurs_competition_get_announcement_date (competition));
  g_autofree char *subtitle = number != NULL && number[0] != '\0'
                              ? g_strdup_printf ("%s · %s", number, announced) : g_strdup (announced);

  /* Competitions share their titles ("General competition for vacant
   * administrative positions"): the state body and the number tell them
   * apart in the list; the page's header gives the title. */
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)),
                      state_body != NULL && state_body[0] != '\0' ? state_body
                                                                    : konkurs_ui_competition_name (competition));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), subtitle);
}


static void
on_selected (KonkursCompetitionRows *self)
{
  if (!self->reloading)
    g_signal_emit (self, signals[SELECTED], 0);
}

/* Enter or a double click on a row: its competition, and on a narrow
 * window the page that shows it. */
static void
on_activated (KonkursCompetitionRows *self,
              guint                   position)
{
  konkurs_competition_rows_select_position (self, position);
  if (self->master_detail != NULL)
    konkurs_master_detail_present_details (self->master_detail);
}

static void
konkurs_competition_rows_dispose (GObject *object)
{
  KonkursCompetitionRows *self = KONKURS_COMPETITION_ROWS (object);

  g_clear_weak_pointer (&self->master_detail);
  g_clear_object (&self->selection);
  g_clear_object (&self->competitions);

  G_OBJECT_CLASS (konkurs_competition_rows_parent_class)->dispose (object);
}

static void
konkurs_competition_rows_class_init (KonkursCompetitionRowsClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = konkurs_competition_rows_dispose;

  signals[SELECTED] = g_signal_new ("selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
}

static void
konkurs_competition_rows_init (KonkursCompetitionRows *self)
{
  self->competitions = g_list_store_new (KONKURS_TYPE_COMPETITION);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->competitions)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (on_selected), self);
}

KonkursCompetitionRows *
konkurs_competition_rows_new (GtkListView         *list,
                              KonkursMasterDetail *master_detail)
{
  KonkursCompetitionRows *self;
  GtkListItemFactory *factory;

  g_return_val_if_fail (GTK_IS_LIST_VIEW (list), NULL);
  g_return_val_if_fail (KONKURS_IS_MASTER_DETAIL (master_detail), NULL);

  self = g_object_new (KONKURS_TYPE_COMPETITION_ROWS, NULL);
  g_set_weak_pointer (&self->master_detail, master_detail);
  g_signal_connect_object (list, "activate", G_CALLBACK (on_activated), self, G_CONNECT_SWAPPED);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (list, GTK_SELECTION_MODEL (self->selection));
  return self;
}

guint
konkurs_competition_rows_reload (KonkursCompetitionRows *self,
                                 KonkursStore           *store,
                                 GtkWidget              *source)
{
  g_autoptr(GPtrArray) competitions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 keep;
  gboolean kept;

  g_return_val_if_fail (KONKURS_IS_COMPETITION_ROWS (self), 0);

  keep = konkurs_competition_rows_get_selected_id (self);
  if (store != NULL)
    {
      competitions = konkurs_store_list_competitions (store, &error);
      if (competitions == NULL)
        konkurs_print_show_error (source, _("Could Not Read the Competitions"), error);
    }
  if (competitions == NULL)
    competitions = g_ptr_array_new ();

  self->reloading = TRUE;
  g_list_store_splice (self->competitions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->competitions)),
                       competitions->pdata, competitions->len);
  kept = keep != 0 && konkurs_competition_rows_select (self, keep);
  if (!kept)
    gtk_single_selection_set_selected (self->selection, competitions->len > 0 ? 0 : GTK_INVALID_LIST_POSITION);
  self->reloading = FALSE;
  if (self->master_detail != NULL)
    konkurs_master_detail_set_empty (self->master_detail, competitions->len == 0);
  return competitions->len;
}

KonkursCompetition *
konkurs_competition_rows_get_selected (KonkursCompetitionRows *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION_ROWS (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

gint64
konkurs_competition_rows_get_selected_id (KonkursCompetitionRows *self)
{
  KonkursCompetition *competition = konkurs_competition_rows_get_selected (self);

  return competition != NULL ? konkurs_competition_get_id (competition) : 0;
}

gboolean
konkurs_competition_rows_select (KonkursCompetitionRows *self,
                                 gint64                  competition_id)
{
  guint position;

  g_return_val_if_fail (KONKURS_IS_COMPETITION_ROWS (self), FALSE);

  position = konkurs_list_model_find_id (G_LIST_MODEL (self->competitions), competition_id);
  if (position == G_MAXUINT)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

void
konkurs_competition_rows_select_position (KonkursCompetitionRows *self,
                                          guint                   position)
{
  g_return_if_fail (KONKURS_IS_COMPETITION_ROWS (self));
  gtk_single_selection_set_selected (self->selection, position);
}

GString *
konkurs_competition_rows_describe (KonkursCompetitionRows *self,
                                   GtkLabel               *title)
{
  KonkursCompetition *competition;
  GString *subtitle;
  const char *number;

  g_return_val_if_fail (KONKURS_IS_COMPETITION_ROWS (self), NULL);

  competition = konkurs_competition_rows_get_selected (self);
  if (competition == NULL)
    return NULL;
  gtk_label_set_text (title, konkurs_ui_competition_name (competition));
  subtitle = g_string_new (NULL);
  number = konkurs_competition_get_number (competition);
  if (number != NULL && number[0] != '\0')
    g_string_append_printf (subtitle, "%s · ", number);
  return subtitle;
}
