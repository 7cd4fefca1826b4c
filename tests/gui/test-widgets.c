/* test-widgets.c — the real window, view and dialogs under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "konkurs-apply-dialog.h"
#include "konkurs-competition-dialog.h"
#include "konkurs-competition-sidebar.h"
#include "konkurs-search-controller.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-vacancies-view.h"
#include "konkurs-vacancy-dialog.h"
#include "konkurs-vacancy-search.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-window.h"

typedef struct {
  KonkursStore *store;
  gint64        justice_id;   /* Kazakh, three vacancies */
  gint64        finance_id;   /* Russian, one vacancy */
} Fixture;

/* Helpers */

static gboolean
is_sidebar_list (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "navigation-sidebar");
}

/* The Delete key of a list: the action its shortcut names. */
static const char *
delete_action_of (GtkWidget *list)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (list);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);
      g_autoptr(GtkShortcut) shortcut = NULL;
      g_autofree char *trigger = NULL;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      shortcut = g_list_model_get_item (G_LIST_MODEL (controller), 0);
      trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
      g_assert_cmpstr (trigger, ==, "Delete|KP_Delete");
      return gtk_named_action_get_action_name (GTK_NAMED_ACTION (gtk_shortcut_get_action (shortcut)));
    }
  return NULL;
}

/* Fixture */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  KonkursStore *store = konkurs_test_store_open (NULL, NULL);

  fixture->store = store;
  fixture->justice_id = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE,
                                                      "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ӘДІЛЕТ МИНИСТРЛІГІ",
                                                      "Бос мемлекеттік әкімшілік лауазымдарға орналасуға конкурс",
                                                      2026, G_DATE_MARCH, 2);
  konkurs_test_add_vacancy (store, fixture->justice_id, "Бас сарапшы", "C-O-5", 5, 2);
  konkurs_test_add_vacancy (store, fixture->justice_id, "Басқарма басшысы", "C-O-3", 1, 2);
  konkurs_test_add_vacancy (store, fixture->justice_id, "Жетекші сарапшы", "C-O-6", 3, 2);

  fixture->finance_id = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE,
                                                      "Министерство финансов Республики Казахстан",
                                                      "Конкурс на занятие вакантных должностей",
                                                      2026, G_DATE_MARCH, 9);
  konkurs_test_add_vacancy (store, fixture->finance_id, "Главный эксперт", "C-O-5", 2, 2);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
}

typedef struct {
  KonkursWindow        *window;
  KonkursVacanciesView *view;
  GListModel           *competitions;
  GtkColumnView        *table;
  GListModel           *vacancies;
} Ui;

static void
ui_open (Ui           *ui,
         KonkursStore *store)
{
  GtkWidget *sidebar;

  ui->window = konkurs_window_new (NULL, store, NULL);
  gtk_window_present (GTK_WINDOW (ui->window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, ui->window));

  ui->view = KONKURS_VACANCIES_VIEW (konkurs_test_find_of_type (GTK_WIDGET (ui->window),
                                                                KONKURS_TYPE_VACANCIES_VIEW));
  g_assert_nonnull (ui->view);
  sidebar = konkurs_test_find_widget (GTK_WIDGET (ui->view), is_sidebar_list, NULL);
  g_assert_nonnull (sidebar);
  ui->competitions = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (sidebar)));
  ui->table = GTK_COLUMN_VIEW (konkurs_test_find_of_type (GTK_WIDGET (ui->view), GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (ui->table);
  ui->vacancies = G_LIST_MODEL (gtk_column_view_get_model (ui->table));
}

static void
ui_close (Ui *ui)
{
  konkurs_test_destroy_and_wait (ui->window);
}

static guint
position_of_competition (GListModel *model,
                         gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KonkursCompetition) competition = g_list_model_get_item (model, i);

      if (konkurs_competition_get_id (competition) == id)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static int
seats_at (GListModel *model,
          guint       position)
{
  g_autoptr(KonkursVacancy) vacancy = g_list_model_get_item (model, position);

  return konkurs_vacancy_get_seats (vacancy);
}

static GtkColumnViewColumn *
find_column (GtkColumnView *table,
             const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (table);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  return NULL;
}

/* Tests */

static void
test_templates (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *dialog;
  GObject *overlay;

  dialog = GTK_WIDGET (konkurs_competition_dialog_new (NULL, fixture->store, NULL));
  g_assert_true (KONKURS_IS_COMPETITION_DIALOG (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = GTK_WIDGET (konkurs_vacancy_dialog_new (NULL, fixture->store, fixture->justice_id, NULL));
  g_assert_true (KONKURS_IS_VACANCY_DIALOG (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));

  builder = gtk_builder_new_from_resource ("/io/github/konkurs/Konkurs/app/konkurs-shortcuts-window.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
  konkurs_test_drain_main_loop ();
}

static void
test_window_lists (Fixture       *fixture,
                   gconstpointer  data)
{
  Ui ui = { 0 };
  guint position;

  ui_open (&ui, fixture->store);

  g_assert_cmpuint (g_list_model_get_n_items (ui.competitions), ==, 2);

  position = position_of_competition (ui.competitions, fixture->justice_id);
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (ui.competitions), position, TRUE);
  g_assert_cmpint (konkurs_vacancies_view_get_selected_competition_id (ui.view), ==, fixture->justice_id);
  g_assert_cmpuint (g_list_model_get_n_items (ui.vacancies), ==, 3);

  g_assert_true (konkurs_vacancies_view_select_competition (ui.view, fixture->finance_id));
  g_assert_cmpuint (g_list_model_get_n_items (ui.vacancies), ==, 1);

  /* A change in the store shows at once, and the selection stays. */
  konkurs_test_add_vacancy (fixture->store, fixture->finance_id, "Эксперт", "C-O-6", 4, 2);
  g_assert_cmpuint (g_list_model_get_n_items (ui.vacancies), ==, 2);
  g_assert_cmpint (konkurs_vacancies_view_get_selected_competition_id (ui.view), ==, fixture->finance_id);

  ui_close (&ui);
}

static void
test_window_sort (Fixture       *fixture,
                  gconstpointer  data)
{
  Ui ui = { 0 };
  GtkColumnViewColumn *seats;

  ui_open (&ui, fixture->store);
  g_assert_true (konkurs_vacancies_view_select_competition (ui.view, fixture->justice_id));
  g_assert_cmpuint (g_list_model_get_n_items (ui.vacancies), ==, 3);

  /* In the store's order (by id): 5, 1, 3 seats. */
  g_assert_cmpint (seats_at (ui.vacancies, 0), ==, 5);

  seats = find_column (ui.table, "Seats");
  g_assert_nonnull (seats);
  gtk_column_view_sort_by_column (ui.table, seats, GTK_SORT_ASCENDING);
  g_assert_cmpint (seats_at (ui.vacancies, 0), ==, 1);
  g_assert_cmpint (seats_at (ui.vacancies, 1), ==, 3);
  g_assert_cmpint (seats_at (ui.vacancies, 2), ==, 5);

  gtk_column_view_sort_by_column (ui.table, seats, GTK_SORT_DESCENDING);
  g_assert_cmpint (seats_at (ui.vacancies, 0), ==, 5);
  g_assert_cmpint (seats_at (ui.vacancies, 2), ==, 1);

  gtk_column_view_sort_by_column (ui.table, find_column (ui.table, "Position"), GTK_SORT_ASCENDING);
  /* "Бас сарапшы" < "Басқарма басшысы" < "Жетекші сарапшы" */
  g_assert_cmpint (seats_at (ui.vacancies, 2), ==, 3);

  ui_close (&ui);
}

static void
test_window_search (Fixture       *fixture,
                    gconstpointer  data)
{
  Ui ui = { 0 };
  GtkWidget *entry;
  GtkWidget *search_bar;
  g_autoptr(KonkursCompetition) found = NULL;

  ui_open (&ui, fixture->store);
  entry = konkurs_test_find_of_type (GTK_WIDGET (ui.view), GTK_TYPE_SEARCH_ENTRY);
  search_bar = konkurs_test_find_of_type (GTK_WIDGET (ui.view), GTK_TYPE_SEARCH_BAR);
  g_assert_nonnull (entry);
  g_assert_nonnull (search_bar);

  /* Ctrl+F's action opens the search bar. */
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui.window), "win.search", NULL));
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));

  /* Lower case finds the capitals of the Kazakh name. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "әділет");
  konkurs_test_wait_for_count (ui.competitions, 1);
  found = g_list_model_get_item (ui.competitions, 0);
  g_assert_cmpint (konkurs_competition_get_id (found), ==, fixture->justice_id);
  /* Found by its own name: all its vacancies stay in view. */
  g_assert_cmpuint (g_list_model_get_n_items (ui.vacancies), ==, 3);

  /* A vacancy's title finds its competition, and only matching vacancies show. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "ЖЕТЕКШІ");
  konkurs_test_wait_for_count (ui.vacancies, 1);
  g_assert_cmpuint (g_list_model_get_n_items (ui.competitions), ==, 1);
  g_assert_cmpint (konkurs_vacancies_view_get_selected_competition_id (ui.view), ==, fixture->justice_id);

  gtk_editable_set_text (GTK_EDITABLE (entry), "главный");
  konkurs_test_wait_for_count (ui.competitions, 1);
  g_assert_cmpint (konkurs_vacancies_view_get_selected_competition_id (ui.view), ==, fixture->finance_id);

  gtk_editable_set_text (GTK_EDITABLE (entry), "нет такого");
  konkurs_test_wait_for_count (ui.competitions, 0);
  g_assert_cmpuint (g_list_model_get_n_items (ui.vacancies), ==, 0);

  /* Closing the search shows everything again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui.window), "win.search", NULL));
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  konkurs_test_wait_for_count (ui.competitions, 2);

  ui_close (&ui);
}

static gboolean
is_action_row_titled (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static gboolean
is_label_with_text (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static gboolean
is_selectable_label (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_label_get_selectable (GTK_LABEL (widget));
}

static char *
expected_deadline_today (KonkursStore *store)
{
  g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();
  g_autoptr(GError) error = NULL;
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  konkurs_competition_set_procedure (competition, KONKURS_PROCEDURE_CIVIL_SERVICE);
  konkurs_competition_set_state_body (competition, "x", NULL);
  konkurs_competition_set_announcement_date (competition, &today);
  g_assert_true (konkurs_store_compute_deadline (store, competition, &error));
  g_assert_no_error (error);
  return konkurs_ui_format_date (konkurs_competition_get_document_deadline (competition));
}

static void
test_competition_dialog (Fixture       *fixture,
                         gconstpointer  data)
{
  Ui ui = { 0 };
  GtkWidget *dialog;
  GtkWidget *row, *save, *error, *deadline_row, *deadline;
  g_autoptr(GPtrArray) competitions = NULL;
  g_autofree char *expected = NULL;
  gpointer alive;

  ui_open (&ui, fixture->store);
  dialog = GTK_WIDGET (konkurs_competition_dialog_new (GTK_WINDOW (ui.window), fixture->store, NULL));
  alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
  gtk_window_present (GTK_WINDOW (dialog));

  row = konkurs_test_find_entry_row (dialog, "State body in Kazakh");
  save = konkurs_test_find_button (dialog, "Create");
  deadline_row = konkurs_test_find_widget (dialog, is_action_row_titled, "Document deadline");
  g_assert_nonnull (row);
  g_assert_nonnull (save);
  g_assert_nonnull (deadline_row);

  /* The deadline is computed live for today's date, as the store would. */
  deadline = konkurs_test_find_widget (deadline_row, is_selectable_label, NULL);
  g_assert_nonnull (deadline);
  expected = expected_deadline_today (fixture->store);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (deadline)), ==, expected);

  /* Empty state body: Create is off, and no error before any typing. */
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_null (konkurs_test_find_error_label (dialog));

  gtk_editable_set_text (GTK_EDITABLE (row), "x");
  gtk_editable_set_text (GTK_EDITABLE (row), "   ");
  g_assert_false (gtk_widget_get_sensitive (save));
  error = konkurs_test_find_error_label (dialog);
  g_assert_nonnull (error);
  /* In the store's words. */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==, "The state body is required.");
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  gtk_editable_set_text (GTK_EDITABLE (row), "Агенттік");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (konkurs_test_find_error_label (dialog));

  g_signal_emit_by_name (save, "clicked");
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));

  competitions = konkurs_store_list_competitions (fixture->store, NULL);
  g_assert_cmpuint (competitions->len, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ui.competitions), ==, 3);

  ui_close (&ui);
}

static void
test_competition_dialog_selects_new (Fixture       *fixture,
                                     gconstpointer  data)
{
  Ui ui = { 0 };
  GtkWidget *dialog = NULL;
  GtkWidget *row;
  GList *toplevels;
  g_autoptr(KonkursCompetition) selected = NULL;

  ui_open (&ui, fixture->store);

  /* Ctrl+N's action opens the view's own dialog. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui.window), "win.new", NULL));
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (KONKURS_IS_COMPETITION_DIALOG (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);

  row = konkurs_test_find_entry_row (dialog, "State body in Kazakh");
  gtk_editable_set_text (GTK_EDITABLE (row), "Агенттік");
  g_signal_emit_by_name (konkurs_test_find_button (dialog, "Create"), "clicked");
  konkurs_test_drain_main_loop ();

  g_assert_cmpuint (g_list_model_get_n_items (ui.competitions), ==, 3);
  selected = g_list_model_get_item (ui.competitions,
                                    gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (ui.competitions)));
  g_assert_cmpstr (konkurs_competition_get_state_body (selected), ==, "Агенттік");
  g_assert_cmpuint (g_list_model_get_n_items (ui.vacancies), ==, 0);
  /* its details say what it lacks in the other language */
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (ui.window), is_label_with_text,
                                              "Given in one language only: Russian name of the state body. "
                                              "Documents in the other language print them as they are."));

  ui_close (&ui);
}

static void
test_vacancy_dialog (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *dialog;
  GtkWidget *title, *category, *save, *error;
  g_autoptr(GPtrArray) vacancies = NULL;
  gpointer alive;

  g_assert_true (konkurs_vacancy_dialog_category_is_valid ("C-O-4"));
  g_assert_false (konkurs_vacancy_dialog_category_is_valid ("c-o-4"));
  g_assert_false (konkurs_vacancy_dialog_category_is_valid ("С-O-4")); /* Cyrillic С */
  g_assert_false (konkurs_vacancy_dialog_category_is_valid ("C--4"));
  g_assert_false (konkurs_vacancy_dialog_category_is_valid ("C-O-"));

  dialog = GTK_WIDGET (konkurs_vacancy_dialog_new (NULL, fixture->store, fixture->finance_id, NULL));
  alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
  gtk_window_present (GTK_WINDOW (dialog));

  title = konkurs_test_find_entry_row (dialog, "Position title in Kazakh");
  category = konkurs_test_find_entry_row (dialog, "Category");
  save = konkurs_test_find_button (dialog, "Add");
  g_assert_nonnull (title);
  g_assert_nonnull (category);
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_null (konkurs_test_find_error_label (dialog));

  /* A title typed and taken away again is told, in the store's words. */
  gtk_editable_set_text (GTK_EDITABLE (title), "x");
  gtk_editable_set_text (GTK_EDITABLE (title), " ");
  error = konkurs_test_find_error_label (dialog);
  g_assert_nonnull (error);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==, "The position title is required.");
  g_assert_true (gtk_widget_has_css_class (title, "error"));

  gtk_editable_set_text (GTK_EDITABLE (title), "Главный специалист");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_has_css_class (title, "error"));

  gtk_editable_set_text (GTK_EDITABLE (category), "c-o-4");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_has_css_class (category, "error"));
  error = konkurs_test_find_error_label (dialog);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "Latin"));

  gtk_editable_set_text (GTK_EDITABLE (category), "C-O-4");
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_has_css_class (category, "error"));

  g_signal_emit_by_name (save, "clicked");
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));

  vacancies = konkurs_store_list_vacancies (fixture->store, fixture->finance_id, NULL);
  g_assert_cmpuint (vacancies->len, ==, 2);
  g_assert_cmpstr (konkurs_vacancy_get_category (vacancies->pdata[1]), ==, "C-O-4");
  g_assert_cmpint (konkurs_vacancy_get_seats (vacancies->pdata[1]), ==, 1);
}

static void
keep_toast (KonkursVacanciesView *view,
            AdwToast             *toast,
            gpointer              user_data)
{
  g_set_object ((AdwToast **) user_data, toast);
}

/* One confirmation that names what goes, then it is gone: no Undo on top. */
static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  Ui ui = { 0 };
  AdwMessageDialog *confirm;
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GPtrArray) vacancies = NULL;

  ui_open (&ui, fixture->store);
  g_assert_cmpstr (delete_action_of (GTK_WIDGET (ui.table)), ==, "vacancies.delete-vacancy");
  g_signal_connect (ui.view, "add-toast", G_CALLBACK (keep_toast), &toast);
  g_assert_true (konkurs_vacancies_view_select_competition (ui.view, fixture->justice_id));

  /* Cancel keeps the competition. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui.view), "vacancies.delete-competition", NULL));
  confirm = konkurs_test_find_message_dialog ();
  g_assert_nonnull (confirm);
  g_assert_cmpstr (adw_message_dialog_get_heading (confirm), ==, "Delete Competition?");
  g_assert_cmpstr (adw_message_dialog_get_response_label (confirm, "delete"), ==, "_Delete Competition");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (confirm, "delete"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_default_response (confirm), ==, "cancel");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (confirm), "3 vacancies"));
  konkurs_test_answer (confirm, "cancel");
  g_assert_cmpuint (g_list_model_get_n_items (ui.competitions), ==, 2);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui.view), "vacancies.delete-competition", NULL));
  confirm = konkurs_test_find_message_dialog ();
  g_assert_nonnull (confirm);
  konkurs_test_answer (confirm, "delete");
  g_assert_cmpuint (g_list_model_get_n_items (ui.competitions), ==, 1);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Competition deleted");
  g_assert_null (adw_toast_get_button_label (toast));
  vacancies = konkurs_store_list_vacancies (fixture->store, fixture->justice_id, NULL);
  g_assert_cmpuint (vacancies->len, ==, 0);
  g_clear_pointer (&vacancies, g_ptr_array_unref);

  /* A vacancy too. */
  g_assert_true (konkurs_vacancies_view_select_competition (ui.view, fixture->finance_id));
  gtk_selection_model_select_item (GTK_SELECTION_MODEL (ui.vacancies), 0, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui.view), "vacancies.delete-vacancy", NULL));
  confirm = konkurs_test_find_message_dialog ();
  g_assert_nonnull (confirm);
  g_assert_cmpstr (adw_message_dialog_get_heading (confirm), ==, "Delete Vacancy?");
  g_assert_cmpstr (adw_message_dialog_get_response_label (confirm, "delete"), ==, "_Delete Vacancy");
  konkurs_test_answer (confirm, "delete");
  g_assert_cmpuint (g_list_model_get_n_items (ui.vacancies), ==, 0);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Vacancy deleted");
  g_assert_null (adw_toast_get_button_label (toast));
  vacancies = konkurs_store_list_vacancies (fixture->store, fixture->finance_id, NULL);
  g_assert_cmpuint (vacancies->len, ==, 0);

  ui_close (&ui);
}

static gboolean
is_status_page_titled (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_STATUS_PAGE (widget) &&
         g_strcmp0 (adw_status_page_get_title (ADW_STATUS_PAGE (widget)), data) == 0;
}

static void
test_empty_database (void)
{
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *empty, *no_vacancies;
  Ui ui = { 0 };

  store = konkurs_store_open (":memory:", NULL, &error);
  g_assert_no_error (error);
  ui_open (&ui, store);
  empty = konkurs_test_find_widget (GTK_WIDGET (ui.view), is_status_page_titled, "No Competitions Yet");
  no_vacancies = konkurs_test_find_widget (GTK_WIDGET (ui.view), is_status_page_titled, "No Vacancies");
  g_assert_nonnull (empty);
  g_assert_nonnull (no_vacancies);
  konkurs_test_drain_main_loop ();

  g_assert_cmpuint (g_list_model_get_n_items (ui.competitions), ==, 0);
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (ui.table)));
  g_assert_true (gtk_widget_is_sensitive (konkurs_test_find_button (empty, "New Competition")));

  /* The first competition replaces the empty state; it has no vacancies yet. */
  konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Агенттік", NULL, 2026, G_DATE_MARCH, 3);
  g_assert_cmpuint (g_list_model_get_n_items (ui.competitions), ==, 1);
  konkurs_test_drain_main_loop ();
  g_assert_false (gtk_widget_get_mapped (empty));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, no_vacancies));

  ui_close (&ui);
}

static void
assert_date (const char *text,
             int         day,
             int         month,
             int         year)
{
  GDate date;

  g_assert_true (konkurs_ui_parse_date (text, &date));
  g_assert_cmpint (g_date_get_day (&date), ==, day);
  g_assert_cmpint (g_date_get_month (&date), ==, month);
  g_assert_cmpint (g_date_get_year (&date), ==, year);
}

static void
assert_no_date (const char *text)
{
  GDate date;

  g_date_set_dmy (&date, 1, 1, 2000);
  if (konkurs_ui_parse_date (text, &date))
    g_error ("“%s” was taken for %02u.%02u.%04u", text, g_date_get_day (&date), g_date_get_month (&date),
             g_date_get_year (&date));
  g_assert_false (g_date_valid (&date));
}

static void
test_parse_date (void)
{
  g_autoptr(GDate) sample = g_date_new_dmy (5, G_DATE_MARCH, 2024);
  char locale_form[64];

  assert_date ("05.03.2024", 5, 3, 2024);
  assert_date (" 5.3.2024 ", 5, 3, 2024);
  assert_date ("2024-03-05", 5, 3, 2024);
  assert_date ("29.02.2024", 29, 2, 2024);

  /* Half a date, words and numbers, impossible days, short years. */
  assert_no_date ("12.2020");
  assert_no_date ("15 3");
  assert_no_date ("31.02.2024");
  assert_no_date ("29.02.2023");
  assert_no_date ("05.03.24");
  assert_no_date ("March 2024");
  assert_no_date ("5 3 March 2024");
  assert_no_date ("5 Marchy 2024 1");
  assert_no_date ("05.03.2024.");
  assert_no_date ("05..2024");
  assert_no_date ("+5.3.2024");
  assert_no_date ("2024-3");
  assert_no_date ("");
  assert_no_date (NULL);

  /* The full form the window writes, also without its last word. */
  {
    g_autofree char *full = konkurs_ui_format_date (sample);

    g_assert_cmpstr (full, ==, "5 March 2024");
    assert_date (full, 5, 3, 2024);
    assert_date ("5 march 2024", 5, 3, 2024);
    assert_date ("  05 MARCH 2024 ", 5, 3, 2024);
  }

  /* The locale's own form, when it writes the year in four digits. */
  g_assert_cmpuint (g_date_strftime (locale_form, sizeof locale_form, "%x", sample), >, 0);
  if (strstr (locale_form, "2024") != NULL)
    assert_date (locale_form, 5, 3, 2024);
  else
    assert_no_date (locale_form);
}

static void
close_and_answer (GtkWindow  *dialog,
                  const char *response)
{
  AdwMessageDialog *question;

  gtk_window_close (dialog);
  konkurs_test_drain_main_loop ();
  question = konkurs_test_find_message_dialog ();
  g_assert_nonnull (question);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) == dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Discard Changes?");
  g_assert_true (adw_message_dialog_has_response (question, "keep"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (question, "discard"), ==, ADW_RESPONSE_DESTRUCTIVE);
  konkurs_test_answer (question, response);
}

static void
test_dialogs_ask_before_discarding (Fixture       *fixture,
                                    gconstpointer  data)
{
  GtkWidget *dialog;
  gpointer alive;

  /* Untouched: Escape closes at once. */
  dialog = GTK_WIDGET (konkurs_vacancy_dialog_new (NULL, fixture->store, fixture->finance_id, NULL));
  alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (gtk_widget_activate_action (dialog, "window.close", NULL));
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
  g_assert_null (konkurs_test_find_message_dialog ());

  /* Half typed: asked; "Keep Editing" keeps the text, "Discard" closes. */
  dialog = GTK_WIDGET (konkurs_vacancy_dialog_new (NULL, fixture->store, fixture->finance_id, NULL));
  alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, "Position title in Kazakh")), "Главный");
  close_and_answer (GTK_WINDOW (dialog), "keep");
  g_assert_nonnull (alive);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, "Position title in Kazakh"))),
                   ==, "Главный");
  close_and_answer (GTK_WINDOW (dialog), "discard");
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));

  /* A switch counts as much as a text field. */
  dialog = GTK_WIDGET (konkurs_competition_dialog_new (NULL, fixture->store, NULL));
  alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_false (konkurs_edit_dialog_is_dirty (KONKURS_EDIT_DIALOG (dialog)));
  adw_combo_row_set_selected (ADW_COMBO_ROW (konkurs_test_find_of_type (dialog, ADW_TYPE_COMBO_ROW)), 1);
  g_assert_true (konkurs_edit_dialog_is_dirty (KONKURS_EDIT_DIALOG (dialog)));
  close_and_answer (GTK_WINDOW (dialog), "discard");
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
}

static gboolean
is_visible_label_containing (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

static void
test_apply_dialog_without_competitions (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(KonkursCandidate) candidate = NULL;
  GtkWidget *dialog, *received;
  char iin[KONKURS_IIN_LENGTH + 1];
  const char *hint = "There are no competitions yet";
  gpointer alive;

  konkurs_test_make_iin (1994, 7, 12, KONKURS_SEX_FEMALE, 100, iin);
  candidate = konkurs_test_candidate_new (iin, "Әлиева", "Әлия");
  konkurs_test_save_candidate (store, candidate);

  dialog = GTK_WIDGET (konkurs_apply_dialog_new (NULL, store, candidate, 0));
  alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
  gtk_window_present (GTK_WINDOW (dialog));
  konkurs_test_drain_main_loop ();

  /* The hint stays up while there is nothing to choose, whatever the date. */
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_visible_label_containing, hint));
  received = konkurs_test_find_date_entry (dialog, "Received on");
  g_assert_nonnull (received);
  gtk_editable_set_text (GTK_EDITABLE (received), "01.04.2025");
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_visible_label_containing, hint));
  g_assert_false (gtk_widget_get_sensitive (konkurs_test_find_button (dialog, "Apply")));
  /* A wrong date says so first. */
  gtk_editable_set_text (GTK_EDITABLE (received), "15 3");
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_visible_label_containing, "“15 3” is not a date"));
  gtk_editable_set_text (GTK_EDITABLE (received), "02.04.2025");
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_visible_label_containing, hint));

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
}

static gboolean
is_button_for_action (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

static void
test_youth_reserve_has_no_vacancies (Fixture       *fixture,
                                     gconstpointer  data)
{
  gint64 reserve_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE,
                                                    "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі",
                                                    NULL, 2026, G_DATE_MARCH, 16);
  const char *title = "Youth Personnel Reserve selection";
  GtkWidget *add, *page;
  Ui ui = { 0 };

  ui_open (&ui, fixture->store);
  add = konkurs_test_find_widget (GTK_WIDGET (ui.view), is_button_for_action, "vacancies.add-vacancy");
  g_assert_nonnull (add);

  g_assert_true (konkurs_vacancies_view_select_competition (ui.view, fixture->finance_id));
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_is_sensitive (add));

  g_assert_true (konkurs_vacancies_view_select_competition (ui.view, reserve_id));
  konkurs_test_drain_main_loop ();
  g_assert_false (gtk_widget_is_sensitive (add));
  page = konkurs_test_find_widget (GTK_WIDGET (ui.view), is_status_page_titled, title);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (page)), "sector"));

  g_assert_true (konkurs_vacancies_view_select_competition (ui.view, fixture->justice_id));
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_is_sensitive (add));
  g_assert_false (gtk_widget_get_mapped (page));

  ui_close (&ui);
}

static gboolean
hides_finance (gpointer item,
               gpointer user_data)
{
  return konkurs_competition_get_id (item) != *(gint64 *) user_data;
}

static void
test_competition_sidebar (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (fixture->store, NULL);
  g_autoptr(GPtrArray) again = konkurs_store_list_competitions (fixture->store, NULL);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GtkFilter) filter = GTK_FILTER (gtk_custom_filter_new (hides_finance, &fixture->finance_id, NULL));
  KonkursCompetitionSidebar *sidebar = KONKURS_COMPETITION_SIDEBAR (konkurs_competition_sidebar_new ());
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list;
  gpointer alive = sidebar;

  g_object_add_weak_pointer (G_OBJECT (sidebar), &alive);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (sidebar));
  gtk_window_present (GTK_WINDOW (window));
  list = konkurs_test_find_widget (GTK_WIDGET (sidebar), is_sidebar_list, NULL);
  g_assert_nonnull (list);
  g_assert_cmpstr (delete_action_of (list), ==, "vacancies.delete-competition");

  /* One competition is always selected; the same one after a reload. */
  g_assert_null (konkurs_competition_sidebar_get_selected (sidebar));
  konkurs_competition_sidebar_set_competitions (sidebar, competitions);
  g_assert_nonnull (konkurs_competition_sidebar_get_selected (sidebar));
  g_assert_true (konkurs_competition_sidebar_select (sidebar, fixture->justice_id));
  konkurs_competition_sidebar_set_competitions (sidebar, again);
  g_assert_cmpint (konkurs_competition_get_id (konkurs_competition_sidebar_get_selected (sidebar)), ==,
                   fixture->justice_id);
  g_assert_true (konkurs_competition_sidebar_get_selected (sidebar) != competitions->pdata[0] &&
                 konkurs_competition_sidebar_get_selected (sidebar) != competitions->pdata[1]);

  /* A row: the title as heading, the state body above it, the procedure. */
  konkurs_test_drain_main_loop ();
  g_assert_nonnull (konkurs_test_find_widget (list, is_label_with_text,
                                              "Бос мемлекеттік әкімшілік лауазымдарға орналасуға конкурс"));
  g_assert_nonnull (konkurs_test_find_widget (list, is_label_with_text, "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ӘДІЛЕТ МИНИСТРЛІГІ"));
  g_assert_nonnull (konkurs_test_find_widget (list, is_label_with_text, "Civil-service competition"));

  /* What the filter hides cannot be selected; when it hides all, the
   * sidebar says nothing was found. */
  konkurs_competition_sidebar_set_filter (sidebar, filter);
  g_assert_true (konkurs_competition_sidebar_get_filter (sidebar) == filter);
  g_assert_false (konkurs_competition_sidebar_select (sidebar, fixture->finance_id));
  g_assert_true (konkurs_competition_sidebar_select (sidebar, fixture->justice_id));
  g_assert_false (konkurs_competition_sidebar_select (sidebar, 999));
  konkurs_competition_sidebar_set_competitions (sidebar, none);
  konkurs_test_drain_main_loop ();
  g_assert_null (konkurs_competition_sidebar_get_selected (sidebar));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (sidebar), is_status_page_titled, "No Results Found"));
  g_assert_true (gtk_widget_get_mapped (konkurs_test_find_widget (GTK_WIDGET (sidebar), is_status_page_titled,
                                                                  "No Results Found")));

  konkurs_test_destroy_and_wait (window);
  g_assert_null (alive);
}

static void
test_vacancy_search (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KonkursVacancySearch) search = konkurs_vacancy_search_new ();
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (fixture->store, NULL);
  g_autoptr(GPtrArray) vacancies = konkurs_store_list_vacancies (fixture->store, 0, NULL);
  g_autoptr(GPtrArray) texts = konkurs_vacancy_search_index (search, competitions, vacancies);
  g_autoptr(GtkBitset) matches = gtk_bitset_new_empty ();
  gint64 expert_id = 0, chief_id = 0;

  /* One text per competition, then per vacancy, folded. */
  g_assert_cmpuint (texts->len, ==, competitions->len + vacancies->len);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = texts->pdata[i];
      g_autofree char *folded = konkurs_search_fold (text);

      g_assert_cmpstr (text, ==, folded);
      if (strstr (text, "главный эксперт") != NULL)
        {
          gtk_bitset_add (matches, i);
          expert_id = konkurs_vacancy_get_id (vacancies->pdata[i - competitions->len]);
        }
      if (strstr (text, "бас сарапшы") != NULL)
        chief_id = konkurs_vacancy_get_id (vacancies->pdata[i - competitions->len]);
    }
  g_assert_cmpint (expert_id, >, 0);
  g_assert_cmpint (chief_id, >, 0);

  /* No search: everything. */
  g_assert_false (konkurs_vacancy_search_is_active (search));
  g_assert_true (konkurs_vacancy_search_shows_competition (search, fixture->justice_id));

  /* Found by a vacancy: its competition, and only that vacancy. */
  konkurs_vacancy_search_set_matches (search, matches);
  g_assert_true (konkurs_vacancy_search_is_active (search));
  g_assert_true (konkurs_vacancy_search_shows_competition (search, fixture->finance_id));
  g_assert_false (konkurs_vacancy_search_shows_competition (search, fixture->justice_id));
  g_assert_true (konkurs_vacancy_search_shows_vacancy (search, fixture->finance_id, expert_id));
  g_assert_false (konkurs_vacancy_search_shows_vacancy (search, fixture->justice_id, chief_id));

  /* Found by its own name: all its vacancies. */
  gtk_bitset_remove_all (matches);
  for (guint i = 0; i < competitions->len; i++)
    if (konkurs_competition_get_id (competitions->pdata[i]) == fixture->justice_id)
      gtk_bitset_add (matches, i);
  konkurs_vacancy_search_set_matches (search, matches);
  g_assert_true (konkurs_vacancy_search_shows_competition (search, fixture->justice_id));
  g_assert_false (konkurs_vacancy_search_shows_competition (search, fixture->finance_id));
  g_assert_true (konkurs_vacancy_search_shows_vacancy (search, fixture->justice_id, chief_id));

  konkurs_vacancy_search_set_matches (search, NULL);
  g_assert_true (konkurs_vacancy_search_shows_vacancy (search, fixture->finance_id, expert_id));
  g_assert_true (konkurs_vacancy_search_shows_competition (search, fixture->justice_id));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();

  g_test_add ("/widgets/templates", Fixture, NULL, fixture_set_up, test_templates, fixture_tear_down);
  g_test_add ("/widgets/window/lists", Fixture, NULL, fixture_set_up, test_window_lists, fixture_tear_down);
  g_test_add ("/widgets/window/sort", Fixture, NULL, fixture_set_up, test_window_sort, fixture_tear_down);
  g_test_add ("/widgets/window/search", Fixture, NULL, fixture_set_up, test_window_search, fixture_tear_down);
  g_test_add ("/widgets/window/delete", Fixture, NULL, fixture_set_up, test_delete, fixture_tear_down);
  g_test_add ("/widgets/competition-dialog/validation", Fixture, NULL, fixture_set_up,
              test_competition_dialog, fixture_tear_down);
  g_test_add ("/widgets/competition-dialog/selects-new", Fixture, NULL, fixture_set_up,
              test_competition_dialog_selects_new, fixture_tear_down);
  g_test_add ("/widgets/vacancy-dialog", Fixture, NULL, fixture_set_up, test_vacancy_dialog, fixture_tear_down);
  g_test_add_func ("/widgets/window/empty", test_empty_database);
  g_test_add_func ("/widgets/parse-date", test_parse_date);
  g_test_add ("/widgets/dialogs/ask-before-discarding", Fixture, NULL, fixture_set_up,
              test_dialogs_ask_before_discarding, fixture_tear_down);
  g_test_add_func ("/widgets/apply-dialog/no-competitions", test_apply_dialog_without_competitions);
  g_test_add ("/widgets/window/youth-reserve", Fixture, NULL, fixture_set_up,
              test_youth_reserve_has_no_vacancies, fixture_tear_down);
  g_test_add ("/widgets/competition-sidebar", Fixture, NULL, fixture_set_up, test_competition_sidebar,
              fixture_tear_down);
  g_test_add ("/widgets/vacancy-search", Fixture, NULL, fixture_set_up, test_vacancy_search, fixture_tear_down);

  return g_test_run ();
}
