/* test-window.c — the main window as a secretary uses it: at 600 pixels
 * wide, from the keyboard, with columns of their choice, the history of a
 * record, deleting, and switching databases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "konkurs-candidate-details.h"
#include "konkurs-candidate-dialog.h"
#include "konkurs-candidate-list.h"
#include "konkurs-candidates-view.h"
#include "konkurs-columns.h"
#include "konkurs-commission-view.h"
#include "konkurs-competition-dialog.h"
#include "konkurs-documents-button.h"
#include "konkurs-essays-view.h"
#include "konkurs-history-dialog.h"
#include "konkurs-master-detail.h"
#include "konkurs-stages-view.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-vacancies-view.h"
#include "konkurs-window.h"
#include "konkurs-window-databases.h"

typedef struct {
  char         *dir;
  KonkursStore *store;
  gint64        justice_id;     /* three vacancies, one applied to */
  gint64        finance_id;     /* one vacancy, no application */
  gint64        applied_vacancy_id;
  gint64        candidate_id;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KonkursCandidate) candidate = NULL;
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GDate) received = g_date_new_dmy (3, G_DATE_MARCH, 2026);
  g_autoptr(GError) error = NULL;
  char iin[KONKURS_IIN_LENGTH + 1];

  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-window-XXXXXX");
  fixture->store = konkurs_test_store_open (fixture->dir, NULL);
  fixture->justice_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE,
                                                      "Қазақстан Республикасы Әділет министрлігі",
                                                      "Бос мемлекеттік әкімшілік лауазымдарға орналасуға жалпы конкурс",
                                                      2026, G_DATE_MARCH, 2);
  fixture->applied_vacancy_id = konkurs_test_add_vacancy (fixture->store, fixture->justice_id,
                                                          "Құқықтық қамтамасыз ету басқармасының бас сарапшысы",
                                                          "C-O-5", 2, 2);
  konkurs_test_add_vacancy (fixture->store, fixture->justice_id, "Басқарма басшысы", "C-O-3", 1, 2);
  konkurs_test_add_vacancy (fixture->store, fixture->justice_id, "Жетекші сарапшы", "C-O-6", 3, 2);
  fixture->finance_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE,
                                                      "Министерство финансов Республики Казахстан",
                                                      "Общий конкурс на занятие вакантных административных государственных должностей",
                                                      2026, G_DATE_MARCH, 9);
  konkurs_test_add_vacancy (fixture->store, fixture->finance_id, "Главный эксперт", "C-O-5", 2, 2);

  konkurs_test_make_iin (1995, 5, 14, KONKURS_SEX_FEMALE, 1, iin);
  candidate = konkurs_test_candidate_new (iin, "Сейтқали", "Айгүл");
  konkurs_candidate_set_patronymic (candidate, "Ерланқызы");
  fixture->candidate_id = konkurs_test_save_candidate (fixture->store, candidate);
  candidacy = konkurs_test_apply (fixture->store, fixture->candidate_id, fixture->justice_id,
                                  fixture->applied_vacancy_id, NULL, received);
  /* Not qualified: admitting is against the automatic check. */
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (candidacy), TRUE,
                                                 "Сертификаттар келесі аптада ұсынылады.", &error));
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  konkurs_test_remove_tree (fixture->dir);
  g_clear_pointer (&fixture->dir, g_free);
}

static KonkursWindow *
open_window (KonkursStore *store,
             GSettings    *settings,
             int           width)
{
  KonkursWindow *window = konkurs_window_new (NULL, store, settings);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 700);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  konkurs_test_drain_main_loop ();
  return window;
}

static GtkWidget *
show_area (KonkursWindow *window,
           const char    *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", name));
  konkurs_test_drain_main_loop ();
  return adw_view_stack_get_visible_child (ADW_VIEW_STACK (konkurs_test_find_of_type (GTK_WIDGET (window),
                                                                                    ADW_TYPE_VIEW_STACK)));
}

/* Waits for an AdwLeaflet's transition to settle, so that the page in
 * sight is mapped and allocated. */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  konkurs_test_drain_main_loop ();
}

/* Finding things */

static gboolean
is_columns_button (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), _("Columns of the table")) == 0;
}

static gboolean
is_search_button (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "system-search-symbolic") == 0;
}

static gboolean
is_label_containing (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

static gboolean
is_row_title_containing (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_ACTION_ROW (widget) && strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data);
}

/* Whether @menu, its sections and submenus included, has an item for
 * @action (with the string @target, unless NULL). */
static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action,
                 const char *target)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SUBMENU);
      g_autoptr(GVariant) item_target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      g_autofree char *item_action = NULL;

      if ((section != NULL && menu_has_action (section, action, target)) ||
          (submenu != NULL && menu_has_action (submenu, action, target)))
        return TRUE;
      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action);
      if (g_strcmp0 (item_action, action) == 0 &&
          (target == NULL || (item_target != NULL && g_strcmp0 (g_variant_get_string (item_target, NULL), target) == 0)))
        return TRUE;
    }
  return FALSE;
}

/* Nothing cut off */

static gboolean
in_scrolled_window (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  return parent != NULL && gtk_widget_get_ancestor (parent, GTK_TYPE_SCROLLED_WINDOW) != NULL;
}

/* Every widget in sight lies inside the window, and every label and
 * button outside a scrolled area has at least the width it asks for: no
 * text is clipped.  Returns how many were looked at. */
static guint
assert_nothing_clipped (GtkWidget *window,
                        GtkWidget *widget)
{
  graphene_rect_t bounds, surface;
  guint looked = 0;
  int minimum;

  if (!gtk_widget_get_mapped (widget) || GTK_IS_POPOVER (widget))
    return 0;
  /* The window's own bounds, borders and shadows included. */
  g_assert_true (gtk_widget_compute_bounds (window, window, &surface));
  if (widget != window && !in_scrolled_window (widget) && gtk_widget_compute_bounds (widget, window, &bounds))
    {
      if (bounds.origin.x < surface.origin.x - 0.5 ||
          bounds.origin.x + bounds.size.width > surface.origin.x + surface.size.width + 0.5)
        g_error ("%s (%s) lies outside the window: x %.0f, width %.0f of %.0f", G_OBJECT_TYPE_NAME (widget),
                 GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "", bounds.origin.x,
                 bounds.size.width, surface.size.width);
      /* Every text, in buttons too, has the width it needs (the measure
       * counts the margins, the width does not). */
      if (GTK_IS_LABEL (widget))
        {
          GtkBorder margin, border, padding;
          GtkStyleContext *style = gtk_widget_get_style_context (widget);

          gtk_style_context_get_margin (style, &margin);
          gtk_style_context_get_border (style, &border);
          gtk_style_context_get_padding (style, &padding);
          gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
          minimum -= gtk_widget_get_margin_start (widget) + gtk_widget_get_margin_end (widget) +
                     margin.left + margin.right + border.left + border.right + padding.left + padding.right;
          if (gtk_widget_get_width (widget) < minimum)
            g_error ("%s “%s” in %s is clipped: %d of %d pixels", G_OBJECT_TYPE_NAME (widget),
                     gtk_label_get_text (GTK_LABEL (widget)), G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                     gtk_widget_get_width (widget), minimum);
          looked++;
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    looked += assert_nothing_clipped (window, child);
  return looked;
}

static gboolean
is_button_of (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_ACTIONABLE (widget) && GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0 &&
         gtk_widget_get_mapped (widget);
}

/* A button for @action is in sight, within the window. */
static void
assert_reachable (GtkWidget  *window,
                  GtkWidget  *area,
                  const char *action)
{
  GtkWidget *button = konkurs_test_find_widget (area, is_button_of, action);
  graphene_rect_t bounds;

  if (button == NULL)
    g_error ("no button for %s in sight", action);
  g_assert_true (gtk_widget_compute_bounds (button, window, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (window));
  g_assert_cmpint (gtk_widget_get_width (button), >, 0);
}

static void
assert_print_menu_reachable (GtkWidget *window,
                             GtkWidget *area)
{
  GtkWidget *menu = konkurs_test_find_of_type (area, KONKURS_TYPE_DOCUMENTS_BUTTON);

  g_assert_nonnull (menu);
  g_assert_true (gtk_widget_get_mapped (menu));
  g_assert_true (gtk_widget_activate_action (area, "area.documents", NULL));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped,
                                          konkurs_test_find_of_type (menu, GTK_TYPE_POPOVER)));
  gtk_popover_popdown (GTK_POPOVER (konkurs_test_find_of_type (menu, GTK_TYPE_POPOVER)));
  konkurs_test_drain_main_loop ();
}

/* The window at its narrowest: every action of the area in sight, on
 * the list or on the details, and nothing cut off on either. */
static void
check_narrow (Fixture *fixture)
{
  KonkursWindow *window = open_window (fixture->store, NULL, 600);
  GtkWidget *area, *back;
  KonkursMasterDetail *layout;

  /* Narrower than the list and the details side by side: one at a time,
   * and the view switcher at the bottom. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 600);
  g_assert_true (gtk_widget_get_mapped (konkurs_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR)));

  area = show_area (window, "vacancies");
  layout = KONKURS_MASTER_DETAIL (konkurs_test_find_of_type (area, KONKURS_TYPE_MASTER_DETAIL));
  settle ();
  g_assert_true (konkurs_master_detail_get_folded (layout));
  g_assert_false (konkurs_master_detail_get_showing_details (layout));
  assert_reachable (GTK_WIDGET (window), area, "vacancies.new-competition");
  g_assert_cmpuint (assert_nothing_clipped (GTK_WIDGET (window), GTK_WIDGET (window)), >, 5);

  g_assert_true (konkurs_vacancies_view_select_competition (KONKURS_VACANCIES_VIEW (area), fixture->justice_id));
  konkurs_master_detail_present_details (layout);
  settle ();
  g_assert_true (konkurs_master_detail_get_showing_details (layout));
  back = konkurs_test_find_widget (area, is_button_of, "master-detail.back");
  g_assert_nonnull (back);
  for (guint i = 0; i < 6; i++)
    {
      static const char * const actions[] = {
        "vacancies.edit-competition", "vacancies.history", "vacancies.delete-competition",
        "vacancies.add-vacancy", "vacancies.edit-vacancy", "vacancies.delete-vacancy",
      };

      assert_reachable (GTK_WIDGET (window), area, actions[i]);
    }
  assert_print_menu_reachable (GTK_WIDGET (window), area);
  g_assert_cmpuint (assert_nothing_clipped (GTK_WIDGET (window), GTK_WIDGET (window)), >, 10);
  g_signal_emit_by_name (back, "clicked");
  settle ();
  g_assert_false (konkurs_master_detail_get_showing_details (layout));

  /* The stages: the steps scroll sideways, the stage's actions wrap. */
  area = show_area (window, "stages");
  layout = KONKURS_MASTER_DETAIL (konkurs_test_find_of_type (area, KONKURS_TYPE_MASTER_DETAIL));
  settle ();
  g_assert_true (konkurs_master_detail_get_folded (layout));
  g_assert_true (konkurs_stages_view_show_competition (KONKURS_STAGES_VIEW (area), fixture->justice_id));
  konkurs_master_detail_present_details (layout);
  settle ();
  for (guint i = 0; i < 6; i++)
    {
      static const char * const actions[] = {
        "stage.enter", "stage.import", "stage.publish", "stage.protocol", "stage.close", "master-detail.back",
      };

      assert_reachable (GTK_WIDGET (window), area, actions[i]);
    }
  assert_nothing_clipped (GTK_WIDGET (window), GTK_WIDGET (window));

  /* The essays: the list of competitions and the essay stage one at a
   * time, the menu of the registry in reach. */
  area = show_area (window, "essays");
  layout = KONKURS_MASTER_DETAIL (konkurs_test_find_of_type (area, KONKURS_TYPE_MASTER_DETAIL));
  settle ();
  g_assert_true (konkurs_master_detail_get_folded (layout));
  g_assert_true (konkurs_essays_view_show_competition (KONKURS_ESSAYS_VIEW (area), fixture->justice_id));
  konkurs_master_detail_present_details (layout);
  settle ();
  assert_reachable (GTK_WIDGET (window), area, "master-detail.back");
  assert_print_menu_reachable (GTK_WIDGET (window), area);
  assert_nothing_clipped (GTK_WIDGET (window), GTK_WIDGET (window));

  /* The commission: the list of competitions and the commission's page
   * one at a time, the meeting's buttons wrapping under its choosers. */
  area = show_area (window, "commission");
  layout = KONKURS_MASTER_DETAIL (konkurs_test_find_of_type (area, KONKURS_TYPE_MASTER_DETAIL));
  settle ();
  g_assert_true (konkurs_master_detail_get_folded (layout));
  g_assert_true (konkurs_commission_view_show_competition (KONKURS_COMMISSION_VIEW (area), fixture->justice_id));
  konkurs_master_detail_present_details (layout);
  settle ();
  for (guint i = 0; i < 4; i++)
    {
      static const char * const actions[] = {
        "commission.new-meeting", "commission.edit-meeting", "commission.delete-meeting", "master-detail.back",
      };

      assert_reachable (GTK_WIDGET (window), area, actions[i]);
    }
  assert_print_menu_reachable (GTK_WIDGET (window), area);
  assert_nothing_clipped (GTK_WIDGET (window), GTK_WIDGET (window));

  area = show_area (window, "candidates");
  layout = KONKURS_MASTER_DETAIL (konkurs_test_find_of_type (area, KONKURS_TYPE_MASTER_DETAIL));
  settle ();
  g_assert_true (konkurs_master_detail_get_folded (layout));
  assert_reachable (GTK_WIDGET (window), area, "candidates.register");
  assert_print_menu_reachable (GTK_WIDGET (window), area);
  g_assert_nonnull (konkurs_test_find_widget (area, is_columns_button, NULL));
  assert_nothing_clipped (GTK_WIDGET (window), GTK_WIDGET (window));

  g_assert_true (konkurs_candidates_view_select_candidate (KONKURS_CANDIDATES_VIEW (area), fixture->candidate_id));
  konkurs_master_detail_present_details (layout);
  settle ();
  for (guint i = 0; i < 6; i++)
    {
      static const char * const actions[] = {
        "candidates.apply", "candidates.edit", "candidates.history",
        "candidates.withdraw", "candidates.refuse", "master-detail.back",
      };

      assert_reachable (GTK_WIDGET (window), area, actions[i]);
    }
  assert_nothing_clipped (GTK_WIDGET (window), GTK_WIDGET (window));

  /* The main menu is in the header whatever the width. */
  g_assert_true (gtk_widget_get_mapped (konkurs_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON)));

  konkurs_test_destroy_and_wait (window);
}

/* A language of the interface for the rest of the process: its catalogue
 * from the build, and the locale's dates.  FALSE when the system lacks the
 * locale. */
static gboolean
use_language (const char *language,
              const char *locale)
{
  if (setlocale (LC_ALL, locale) == NULL)
    return FALSE;
  g_setenv ("LANGUAGE", language, TRUE);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("KONKURS_LOCALE_DIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  return TRUE;
}

static void
test_narrow (Fixture       *fixture,
             gconstpointer  data)
{
  const char *language = data;

  if (g_strcmp0 (language, "kk") == 0 && !use_language ("kk", "kk_KZ.UTF-8"))
    {
      g_test_skip ("no kk_KZ.UTF-8 locale");
      return;
    }
  if (g_strcmp0 (language, "ru") == 0 && !use_language ("ru", "ru_RU.UTF-8"))
    {
      g_test_skip ("no ru_RU.UTF-8 locale");
      return;
    }
  if (language != NULL)
    /* The labels must be the translated ones. */
    g_assert_cmpstr (_("Vacancies"), !=, "Vacancies");
  check_narrow (fixture);
  use_language ("en", "C.UTF-8");
}

/* Columns */

static void
test_columns_kept (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  KonkursWindow *window;
  GtkColumnView *table;
  GtkWidget *area;
  g_auto(GStrv) hidden = NULL;

  g_settings_reset (settings, "hidden-columns");
  window = open_window (fixture->store, settings, 1280);
  area = show_area (window, "candidates");
  table = GTK_COLUMN_VIEW (konkurs_test_find_of_type (area, GTK_TYPE_COLUMN_VIEW));
  g_assert_true (konkurs_columns_get_shown (table, "patronymic"));
  g_assert_true (konkurs_columns_get_shown (table, "status"));
  /* From the header menu's action, as a click on its item does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "columns.patronymic", NULL));
  g_assert_false (konkurs_columns_get_shown (table, "patronymic"));
  hidden = g_settings_get_strv (settings, "hidden-columns");
  g_assert_true (g_strv_contains ((const char * const *) hidden, "candidates:patronymic"));
  konkurs_test_destroy_and_wait (window);

  /* The next window comes with the choice. */
  window = open_window (fixture->store, settings, 1280);
  area = show_area (window, "candidates");
  table = GTK_COLUMN_VIEW (konkurs_test_find_of_type (area, GTK_TYPE_COLUMN_VIEW));
  g_assert_false (konkurs_columns_get_shown (table, "patronymic"));
  g_assert_true (konkurs_columns_get_shown (table, "iin"));
  konkurs_columns_set_shown (table, "patronymic", TRUE);
  konkurs_test_destroy_and_wait (window);
  g_settings_reset (settings, "hidden-columns");
}

/* Keyboard */

/* The shortcut of the window's class for @trigger, activated as the key
 * would; FALSE when there is none. */
static gboolean
press_shortcut (GtkWidget  *window,
                const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, window,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

static gpointer
find_dialog (GType type)
{
  return konkurs_test_find_toplevel (type);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  KonkursWindow *window = open_window (fixture->store, NULL, 1280);
  AdwViewStack *stack = ADW_VIEW_STACK (konkurs_test_find_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  GtkWidget *search = konkurs_test_find_widget (GTK_WIDGET (window), is_search_button, NULL);
  gpointer dialog;

  g_assert_nonnull (search);

  /* Alt+1…5 switch areas; the search button only where there is a search. */
  g_assert_true (press_shortcut (GTK_WIDGET (window), "<Alt>2"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "candidates");
  g_assert_true (gtk_widget_get_visible (search));
  g_assert_true (press_shortcut (GTK_WIDGET (window), "<Alt>3"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "stages");
  g_assert_false (gtk_widget_get_visible (search));
  g_assert_true (press_shortcut (GTK_WIDGET (window), "<Alt>4"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "essays");
  g_assert_true (press_shortcut (GTK_WIDGET (window), "<Alt>5"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "commission");
  /* Nothing to create in the areas to come. */
  g_assert_false (press_shortcut (GTK_WIDGET (window), "<Control>n"));
  g_assert_null (find_dialog (KONKURS_TYPE_COMPETITION_DIALOG));
  g_assert_true (press_shortcut (GTK_WIDGET (window), "<Alt>1"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "vacancies");
  g_assert_true (gtk_widget_get_visible (search));

  /* Ctrl+N: the new of the area shown, wherever the focus is. */
  gtk_widget_grab_focus (search);
  g_assert_true (press_shortcut (GTK_WIDGET (window), "<Control>n"));
  dialog = find_dialog (KONKURS_TYPE_COMPETITION_DIALOG);
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  konkurs_test_drain_main_loop ();
  g_assert_true (press_shortcut (GTK_WIDGET (window), "<Alt>2"));
  g_assert_true (press_shortcut (GTK_WIDGET (window), "<Control>n"));
  dialog = find_dialog (KONKURS_TYPE_CANDIDATE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_null (find_dialog (KONKURS_TYPE_COMPETITION_DIALOG));
  gtk_window_destroy (dialog);
  konkurs_test_drain_main_loop ();

  /* Ctrl+F in Candidates goes to its search field. */
  g_assert_true (press_shortcut (GTK_WIDGET (window), "<Control>f"));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         konkurs_test_find_of_type (adw_view_stack_get_visible_child (stack),
                                                                    GTK_TYPE_SEARCH_ENTRY)));

  konkurs_test_destroy_and_wait (window);
}

/* The shortcuts window names every area's shortcuts. */
static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/konkurs/Konkurs/app/konkurs-shortcuts-window.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  static const char * const groups[] = { "General", "Vacancies", "Candidates", "Lists and Details", "Dialogs" };
  static const char * const accelerators[] = {
    "<Alt>1 <Alt>2 <Alt>3 <Alt>4 <Alt>5", "<Primary>n", "<Primary>p", "<Primary>f", "<Primary>comma", "<Alt>Left",
  };
  g_autoptr(GSList) shortcuts = NULL;
  guint found = 0;

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
      GObject *group = NULL;

      for (GSList *l = objects; l != NULL; l = l->next)
        {
          g_autofree char *title = NULL;

          if (GTK_IS_SHORTCUTS_GROUP (l->data))
            {
              g_object_get (l->data, "title", &title, NULL);
              if (g_strcmp0 (title, groups[i]) == 0)
                group = l->data;
            }
        }
      g_assert_nonnull (group);
    }
  shortcuts = gtk_builder_get_objects (builder);
  for (GSList *l = shortcuts; l != NULL; l = l->next)
    {
      if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        {
          g_autofree char *accelerator = NULL;

          g_object_get (l->data, "accelerator", &accelerator, NULL);
          for (guint i = 0; i < G_N_ELEMENTS (accelerators); i++)
            found |= (g_strcmp0 (accelerator, accelerators[i]) == 0) << i;
        }
    }
  g_assert_cmpuint (found, ==, (1u << G_N_ELEMENTS (accelerators)) - 1);
  gtk_window_destroy (GTK_WINDOW (overlay));
}

/* Ctrl+? makes the shortcuts window over the window, and closing it
 * destroys it: no hidden window is left for an assistive tool to be handed
 * (GTK 4.8 hands it one past the shown windows, without an object path).
 * Shown, GTK 4.8's GtkShortcutsWindow warns of a GtkLabel measured at a
 * negative width, so it is shown in a subprocess where warnings are not
 * fatal; criticals must still not come. */
static void
test_shortcuts_on_demand (Fixture       *fixture,
                          gconstpointer  data)
{
  KonkursWindow *window;
  GtkWidget *overlay;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr_unmatched ("*CRITICAL*");
      return;
    }
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  window = open_window (fixture->store, NULL, 1280);
  g_assert_cmpuint (konkurs_test_count_windows ("GtkShortcutsWindow"), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = konkurs_test_wait_for_toplevel ("GtkShortcutsWindow");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (overlay)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (overlay)));

  gtk_window_close (GTK_WINDOW (overlay));
  konkurs_test_drain_main_loop ();
  g_assert_cmpuint (konkurs_test_count_windows ("GtkShortcutsWindow"), ==, 0);
  konkurs_test_destroy_and_wait (window);
}

/* History */

static gboolean
is_row_titled (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static void
test_history (Fixture       *fixture,
              gconstpointer  data)
{
  KonkursWindow *window = open_window (fixture->store, NULL, 1280);
  GtkWidget *area = show_area (window, "vacancies");
  KonkursHistoryDialog *dialog;
  GtkWidget *row;
  g_autofree char *expected = NULL;

  g_assert_true (konkurs_vacancies_view_select_competition (KONKURS_VACANCIES_VIEW (area), fixture->justice_id));
  g_assert_true (gtk_widget_activate_action (area, "vacancies.history", NULL));
  dialog = find_dialog (KONKURS_TYPE_HISTORY_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  row = konkurs_test_find_widget (GTK_WIDGET (dialog), is_row_titled, "Created the competition");
  g_assert_nonnull (row);
  /* When and who, in that order. */
  expected = g_strdup_printf (" — %s", g_get_user_name ());
  g_assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), expected));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (dialog), is_row_titled,
                                              "Added the vacancy “Басқарма басшысы”"));
  /* Escape closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  konkurs_test_drain_main_loop ();
  g_assert_null (find_dialog (KONKURS_TYPE_HISTORY_DIALOG));

  /* A candidate's: registered, applied, admitted against the check. */
  area = show_area (window, "candidates");
  g_assert_true (konkurs_candidates_view_select_candidate (KONKURS_CANDIDATES_VIEW (area), fixture->candidate_id));
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_activate_action (area, "candidates.history", NULL));
  dialog = find_dialog (KONKURS_TYPE_HISTORY_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (dialog), is_row_titled, "Registered the candidate"));
  row = konkurs_test_find_widget (GTK_WIDGET (dialog), is_row_title_containing,
                                  "admitted, against the automatic check");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                            "Reason: Сертификаттар келесі аптада ұсынылады."));
  gtk_window_destroy (GTK_WINDOW (dialog));

  konkurs_test_destroy_and_wait (window);
}

/* Deleting */

/* A competition or a vacancy with applications says so before anything
 * is tried, offers to show them, and deletes nothing. */
static void
test_delete_explains (Fixture       *fixture,
                      gconstpointer  data)
{
  KonkursWindow *window = open_window (fixture->store, NULL, 1280);
  GtkWidget *area = show_area (window, "vacancies");
  KonkursVacanciesView *view = KONKURS_VACANCIES_VIEW (area);
  AdwMessageDialog *dialog;
  g_autoptr(KonkursCompetition) kept = NULL;
  g_autoptr(KonkursVacancy) vacancy = NULL;
  GListModel *candidates;

  g_assert_true (konkurs_vacancies_view_select_competition (view, fixture->justice_id));
  g_assert_true (gtk_widget_activate_action (area, "vacancies.delete-competition", NULL));
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Competition Has Applications");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "has 1 application"));
  g_assert_false (adw_message_dialog_has_response (dialog, "delete"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "keep");
  konkurs_test_answer (dialog, "keep");
  kept = konkurs_store_get_competition (fixture->store, fixture->justice_id, NULL);
  g_assert_nonnull (kept);

  /* The vacancy applied to: the same, and Show Applications goes to them. */
  g_assert_true (konkurs_vacancies_view_select_vacancy (view, fixture->applied_vacancy_id));
  g_assert_true (gtk_widget_activate_action (area, "vacancies.delete-vacancy", NULL));
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Vacancy Has Applications");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Withdraw it first, or keep the vacancy."));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "keep"), ==, "_Keep the Vacancy");
  konkurs_test_answer (dialog, "show");
  vacancy = konkurs_store_get_vacancy (fixture->store, fixture->applied_vacancy_id, NULL);
  g_assert_nonnull (vacancy);
  area = adw_view_stack_get_visible_child (ADW_VIEW_STACK (konkurs_test_find_of_type (GTK_WIDGET (window),
                                                                                    ADW_TYPE_VIEW_STACK)));
  g_assert_true (KONKURS_IS_CANDIDATES_VIEW (area));
  candidates = konkurs_candidates_view_get_model (KONKURS_CANDIDATES_VIEW (area));
  konkurs_test_wait_for_count (candidates, 1);
  g_assert_cmpint (konkurs_candidate_list_get_vacancy_id (KONKURS_CANDIDATE_LIST (candidates)), ==,
                   fixture->applied_vacancy_id);

  konkurs_test_destroy_and_wait (window);
}

/* Focus */

static gboolean
is_focusable_text (GtkWidget *widget, gconstpointer data)
{
  return (GTK_IS_LABEL (widget) || ADW_IS_ACTION_ROW (widget)) && gtk_widget_get_focusable (widget) &&
         gtk_widget_get_mapped (widget);
}

static gboolean
is_withdraw_button (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "candidates.withdraw") == 0;
}

/* Text takes no Tab stop; and the details pane, built again after a
 * change (a dialog saved), gives the focus back to the same button. */
static void
test_focus (Fixture       *fixture,
            gconstpointer  data)
{
  KonkursWindow *window = open_window (fixture->store, NULL, 1280);
  GtkWidget *area = show_area (window, "candidates");
  g_autoptr(KonkursCandidate) candidate = NULL;
  GtkWidget *details, *button, *focus;
  g_autoptr(GVariant) target = NULL;

  g_assert_true (konkurs_candidates_view_select_candidate (KONKURS_CANDIDATES_VIEW (area), fixture->candidate_id));
  konkurs_test_drain_main_loop ();
  details = konkurs_test_find_of_type (area, KONKURS_TYPE_CANDIDATE_DETAILS);
  g_assert_nonnull (details);
  g_assert_null (konkurs_test_find_widget (details, is_focusable_text, NULL));
  area = show_area (window, "vacancies");
  g_assert_null (konkurs_test_find_widget (area, is_focusable_text, NULL));
  area = show_area (window, "candidates");

  button = konkurs_test_find_widget (details, is_withdraw_button, NULL);
  g_assert_nonnull (button);
  target = g_variant_ref (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)));
  g_assert_true (gtk_widget_grab_focus (button));
  candidate = konkurs_store_get_candidate (fixture->store, fixture->candidate_id, NULL);
  konkurs_candidate_set_phone (candidate, "+7 701 234 56 78");
  konkurs_test_save_candidate (fixture->store, candidate);
  konkurs_test_drain_main_loop ();
  g_assert_nonnull (konkurs_test_find_widget (details, is_label_containing, "+7 701 234 56 78"));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  /* The new button, not the one that was removed with the old pane. */
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, details));
  g_assert_true (is_withdraw_button (focus, NULL));
  g_assert_true (g_variant_equal (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (focus)), target));

  konkurs_test_destroy_and_wait (window);
}

/* Databases */

static gboolean
error_dialog_says (gpointer data)
{
  AdwMessageDialog *dialog = konkurs_test_find_message_dialog ();

  return dialog != NULL && strstr (adw_message_dialog_get_body (dialog), data) != NULL;
}

static void
test_databases (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *other_path = g_build_filename (fixture->dir, "region.db", NULL);
  g_autofree char *first_path = g_strdup (konkurs_store_get_path (fixture->store));
  g_autofree char *existing = g_build_filename (fixture->dir, "notes.txt", NULL);
  KonkursWindow *window, *second;
  GtkWidget *area;
  GMenuModel *menu;
  g_auto(GStrv) recent = NULL;

  g_settings_reset (settings, "recent-databases");
  window = open_window (fixture->store, settings, 1280);
  recent = g_settings_get_strv (settings, "recent-databases");
  g_assert_cmpuint (g_strv_length (recent), ==, 1);
  g_assert_cmpstr (recent[0], ==, first_path);
  g_clear_pointer (&recent, g_strfreev);

  /* A new database: the window shows it, empty, and keeps the first in
   * the recent ones, whose store (and lock) it let go. */
  g_assert_true (konkurs_window_open_database_path (window, other_path, TRUE));
  g_assert_cmpstr (konkurs_store_get_path (konkurs_window_get_store (window)), ==, other_path);
  area = show_area (window, "vacancies");
  g_assert_cmpint (konkurs_vacancies_view_get_selected_competition_id (KONKURS_VACANCIES_VIEW (area)), ==, 0);
  recent = g_settings_get_strv (settings, "recent-databases");
  g_assert_cmpuint (g_strv_length (recent), ==, 2);
  g_assert_cmpstr (recent[0], ==, other_path);
  g_assert_cmpstr (recent[1], ==, first_path);
  g_assert_cmpstr (g_settings_get_string (settings, "last-database"), ==, other_path);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (konkurs_test_find_of_type (GTK_WIDGET (window),
                                                                                     GTK_TYPE_MENU_BUTTON)));
  g_assert_true (menu_has_action (menu, "win.open-recent", first_path));
  g_assert_false (menu_has_action (menu, "win.open-recent", other_path));

  /* A second window on the first database is fine; the same one twice is
   * refused, saying why. */
  second = open_window (fixture->store, NULL, 1280);
  g_assert_false (konkurs_window_open_database_path (second, other_path, FALSE));
  g_assert_true (konkurs_test_wait_until (error_dialog_says, (gpointer) "is open in another Konkurs window"));
  konkurs_test_answer (konkurs_test_find_message_dialog (), "close");
  g_assert_true (konkurs_window_get_store (second) == fixture->store);
  /* Creating over an existing file is refused too: nobody's data goes. */
  g_assert_true (g_file_set_contents (existing, "Хаттама жобасы", -1, NULL));
  g_assert_false (konkurs_window_open_database_path (second, existing, TRUE));
  g_assert_true (konkurs_test_wait_until (error_dialog_says, (gpointer) "exists already"));
  konkurs_test_answer (konkurs_test_find_message_dialog (), "close");
  konkurs_test_destroy_and_wait (second);

  /* Back to the first from the recent ones, once nothing holds it. */
  g_clear_object (&fixture->store);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", first_path));
  konkurs_test_drain_main_loop ();
  g_assert_null (konkurs_test_find_message_dialog ());
  g_assert_cmpstr (konkurs_store_get_path (konkurs_window_get_store (window)), ==, first_path);
  g_assert_cmpint (konkurs_vacancies_view_get_selected_competition_id (KONKURS_VACANCIES_VIEW (area)), >, 0);

  konkurs_test_destroy_and_wait (window);
  g_settings_reset (settings, "recent-databases");
  g_settings_reset (settings, "last-database");
}

/* The main menu and the About window's icon */

static void
test_main_menu (Fixture       *fixture,
                gconstpointer  data)
{
  KonkursWindow *window = open_window (fixture->store, NULL, 1280);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (konkurs_test_find_of_type (GTK_WIDGET (window),
                                                                                                 GTK_TYPE_MENU_BUTTON)));
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GBytes) icon = NULL;
  static const char * const actions[] = {
    "win.new-database", "win.open-database", "win.import", "win.export", "app.preferences",
    "win.show-help-overlay", "app.about",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_assert_true (menu_has_action (menu, actions[i], NULL));

  /* GtkApplication looks for icons under its resource base path; the
   * About window finds the application's there, installed or not. */
  icon = g_resources_lookup_data ("/io/github/konkurs/Konkurs/icons/scalable/apps/" APPLICATION_ID ".svg",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert_nonnull (icon);
  gtk_icon_theme_add_resource_path (theme, "/io/github/konkurs/Konkurs/icons");
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID));

  konkurs_test_destroy_and_wait (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/window/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/window/narrow/kk", Fixture, "kk", fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/window/narrow/ru", Fixture, "ru", fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/window/columns-kept", Fixture, NULL, fixture_set_up, test_columns_kept, fixture_tear_down);
  g_test_add ("/window/keyboard", Fixture, NULL, fixture_set_up, test_keyboard, fixture_tear_down);
  g_test_add_func ("/window/shortcuts-window", test_shortcuts_window);
  g_test_add ("/window/shortcuts-on-demand", Fixture, NULL, fixture_set_up, test_shortcuts_on_demand,
              fixture_tear_down);
  g_test_add ("/window/history", Fixture, NULL, fixture_set_up, test_history, fixture_tear_down);
  g_test_add ("/window/delete-explains", Fixture, NULL, fixture_set_up, test_delete_explains, fixture_tear_down);
  g_test_add ("/window/focus", Fixture, NULL, fixture_set_up, test_focus, fixture_tear_down);
  g_test_add ("/window/databases", Fixture, NULL, fixture_set_up, test_databases, fixture_tear_down);
  g_test_add ("/window/main-menu", Fixture, NULL, fixture_set_up, test_main_menu, fixture_tear_down);

  return g_test_run ();
}
