/* konkurs-competition-rows.c — the rows of a sidebar of competitions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-competition.h"
#include "konkurs-competition-rows.h"
#include "konkurs-ui-helpers.h"

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

void
konkurs_competition_rows_attach (GtkListView *list)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_return_if_fail (GTK_IS_LIST_VIEW (list));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (list, factory);
  g_object_unref (factory);
}
