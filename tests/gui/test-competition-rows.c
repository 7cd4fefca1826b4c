/* test-competition-rows.c — the sidebar of competitions the Stages,
 * Essays and Commission areas share (konkurs-competition-rows.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-competition-rows.h"
#include "konkurs-master-detail.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"

static guint
position_of (GtkListView *list,
             gint64       competition_id)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KonkursCompetition) competition = g_list_model_get_item (model, i);

      if (konkurs_competition_get_id (competition) == competition_id)
        return i;
    }
  g_assert_not_reached ();
}

/* The list in a master-detail page, two competitions in the store: the
 * empty page while nothing is read, activation selecting the row, and the
 * header's name and number. */
static void
test_rows (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(KonkursCompetitionRows) rows = NULL;
  g_autoptr(GString) subtitle = NULL;
  g_autofree char *number = NULL;
  GtkWidget *window = gtk_window_new ();
  KonkursMasterDetail *master_detail = g_object_new (KONKURS_TYPE_MASTER_DETAIL, NULL);
  GtkWidget *list = gtk_list_view_new (NULL, NULL);
  GtkWidget *title = gtk_label_new (NULL);
  gint64 first, second, other;

  first = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Әділет министрлігі",
                                        "Бірінші конкурс", 2026, 3, 2);
  second = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Қаржы министрлігі",
                                         "Екінші конкурс", 2026, 3, 9);
  konkurs_master_detail_set_sidebar (master_detail, list);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (master_detail));
  gtk_window_present (GTK_WINDOW (window));
  rows = konkurs_competition_rows_new (GTK_LIST_VIEW (list), master_detail);

  /* nothing to read: the empty page, and no header */
  g_assert_cmpuint (konkurs_competition_rows_reload (rows, NULL, list), ==, 0);
  g_assert_true (konkurs_master_detail_get_empty (master_detail));
  g_assert_null (konkurs_competition_rows_describe (rows, GTK_LABEL (title)));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "");

  g_assert_cmpuint (konkurs_competition_rows_reload (rows, store, list), ==, 2);
  g_assert_false (konkurs_master_detail_get_empty (master_detail));
  g_assert_cmpint (konkurs_competition_rows_get_selected_id (rows), !=, 0);

  /* Enter on the row of the other one selects it */
  other = konkurs_competition_rows_get_selected_id (rows) == first ? second : first;
  g_signal_emit_by_name (list, "activate", position_of (GTK_LIST_VIEW (list), other));
  g_assert_cmpint (konkurs_competition_rows_get_selected_id (rows), ==, other);

  /* the header: the title, and the number the store gave it beginning
   * the subtitle */
  g_assert_true (konkurs_competition_rows_select (rows, second));
  subtitle = konkurs_competition_rows_describe (rows, GTK_LABEL (title));
  g_assert_nonnull (subtitle);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Екінші конкурс");
  number = g_strdup_printf ("%s · ", konkurs_competition_get_number (konkurs_competition_rows_get_selected (rows)));
  g_assert_cmpuint (strlen (number), >, strlen (" · "));
  g_assert_cmpstr (subtitle->str, ==, number);

  konkurs_test_destroy_and_wait (window);
}

/* The number the secretary gave begins the subtitle: "number · ". */
static void
test_describe_number (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(KonkursCompetitionRows) rows = NULL;
  g_autoptr(GString) subtitle = NULL;
  g_autoptr(GPtrArray) competitions = NULL;
  g_autoptr(GError) error = NULL;
  KonkursMasterDetail *master_detail = g_object_ref_sink (g_object_new (KONKURS_TYPE_MASTER_DETAIL, NULL));
  GtkWidget *list = g_object_ref_sink (gtk_list_view_new (NULL, NULL));
  GtkWidget *title = g_object_ref_sink (gtk_label_new (NULL));

  konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Әділет министрлігі", "Конкурс", 2026, 3,
                                2);
  competitions = konkurs_store_list_competitions (store, &error);
  g_assert_no_error (error);
  konkurs_competition_set_number (competitions->pdata[0], "К-12");
  konkurs_test_save_competition (store, competitions->pdata[0]);
  rows = konkurs_competition_rows_new (GTK_LIST_VIEW (list), master_detail);
  g_assert_cmpuint (konkurs_competition_rows_reload (rows, store, list), ==, 1);
  subtitle = konkurs_competition_rows_describe (rows, GTK_LABEL (title));
  g_assert_cmpstr (subtitle->str, ==, "К-12 · ");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Конкурс");

  g_clear_object (&rows);
  g_object_unref (title);
  g_object_unref (list);
  g_object_unref (master_detail);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/competition-rows/rows", test_rows);
  g_test_add_func ("/competition-rows/describe-number", test_describe_number);
  return g_test_run ();
}
