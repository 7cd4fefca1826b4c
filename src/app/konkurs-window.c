/* konkurs-window.c — the main window: one page per area of the work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-candidates-view.h"
#include "konkurs-context.h"
#include "konkurs-record-banner.h"
#include "konkurs-commission-view.h"
#include "konkurs-essays-view.h"
#include "konkurs-stages-view.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-vacancies-view.h"
#include "konkurs-window.h"
#include "konkurs-window-backup.h"
#include "konkurs-window-databases.h"
#include "konkurs-window-exchange.h"

struct _KonkursWindow
{
  AdwApplicationWindow  parent_instance;

  KonkursContext       *context;   /* the store and settings the areas share */
  GSettings            *settings;  /* the context's, kept when it changes */
  GMenu                *recent_menu;

  GtkToggleButton      *search_button;
  GtkWidget            *primary_menu_button;
  GMenu                *databases_section;
  AdwViewSwitcherTitle *switcher_title;
  KonkursRecordBanner  *record_banner;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  KonkursVacanciesView *vacancies_view;
  KonkursCandidatesView *candidates_view;
  KonkursStagesView    *stages_view;
  KonkursEssaysView    *essays_view;
  KonkursCommissionView *commission_view;
};

G_DEFINE_FINAL_TYPE (KonkursWindow, konkurs_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The pages in the order of Alt+1…5, with what Ctrl+N does there. */
static const struct {
  const char *name;
  const char *new_action;
} areas[] = {
  { "vacancies", "vacancies.new-competition" },
  { "candidates", "candidates.register" },
  { "stages", NULL },
  { "essays", NULL },
  { "commission", NULL },
};

static void
konkurs_window_restore_state (KonkursWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
konkurs_window_save_state (KonkursWindow *self)
{
  gboolean maximized;
  int width, height;

  if (self->settings == NULL)
    return;

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  /* A maximized window's size says nothing about the size to come back to. */
  if (maximized)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
}

static gboolean
konkurs_window_close_request (GtkWindow *window)
{
  konkurs_window_save_state (KONKURS_WINDOW (window));

  return GTK_WINDOW_CLASS (konkurs_window_parent_class)->close_request (window);
}

/* The areas' toasts come through the context they share. */
static void
on_add_toast (KonkursWindow *self,
              AdwToast      *toast)
{
  konkurs_window_add_toast (self, g_object_ref (toast));
}

/* Every area of the stack, those to come included, gets the context. */
static void
give_areas_context (KonkursWindow *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (KONKURS_IS_AREA (child))
      konkurs_area_set_context (KONKURS_AREA (child), self->context);
}

/* The main menu: the recent databases other than the one shown */

static void
update_recent (KonkursWindow *self)
{
  KonkursStore *store = konkurs_window_get_store (self);
  guint n_items = g_menu_model_get_n_items (G_MENU_MODEL (self->databases_section));
  gboolean listed = n_items > 2;

  konkurs_window_fill_recent_menu (self->recent_menu, self->settings,
                                   store != NULL ? konkurs_store_get_path (store) : NULL);
  /* No "Open Recent" leading to nothing. */
  if (listed && g_menu_model_get_n_items (G_MENU_MODEL (self->recent_menu)) == 0)
    g_menu_remove (self->databases_section, 2);
  else if (!listed && g_menu_model_get_n_items (G_MENU_MODEL (self->recent_menu)) > 0)
    g_menu_append_submenu (self->databases_section, _("Open _Recent"), G_MENU_MODEL (self->recent_menu));
}

/* The database shown, in the title when the view switcher leaves room. */
static void
update_title (KonkursWindow *self)
{
  KonkursStore *store = konkurs_window_get_store (self);
  g_autofree char *name = store != NULL ? g_path_get_basename (konkurs_store_get_path (store)) : NULL;

  adw_view_switcher_title_set_subtitle (self->switcher_title, name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->switcher_title),
                               store != NULL ? konkurs_store_get_path (store) : NULL);
}

/* The person deciding, set in Preferences, acts in the store the window
 * shows, whichever database that is. */
static void
apply_actor (KonkursWindow *self)
{
  KonkursStore *store = konkurs_window_get_store (self);
  g_autofree char *actor = NULL;

  if (self->settings == NULL || store == NULL)
    return;
  actor = g_settings_get_string (self->settings, "actor-name");
  konkurs_store_set_actor (store, actor);
}

static void
set_context (KonkursWindow  *self,
             KonkursContext *context)
{
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  g_signal_connect_object (self->context, "add-toast", G_CALLBACK (on_add_toast), self, G_CONNECT_SWAPPED);
  apply_actor (self);
  give_areas_context (self);
  konkurs_record_banner_set_store (self->record_banner, konkurs_context_get_store (context));
  konkurs_window_remember_database (self->settings, konkurs_store_get_path (konkurs_context_get_store (context)));
  update_title (self);
  update_recent (self);
  konkurs_window_database_opened (self, self->settings);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

/* Pages */

static GtkWidget *
get_visible_area (KonkursWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->stack);

  return KONKURS_IS_AREA (page) ? page : NULL;
}

static const char *
new_action_of_visible_page (KonkursWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->stack);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (g_strcmp0 (areas[i].name, name) == 0)
      return areas[i].new_action;
  return NULL;
}

static void
on_visible_page_changed (KonkursWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->stack);
  gboolean vacancies = page == GTK_WIDGET (self->vacancies_view);
  gboolean searchable = vacancies || page == GTK_WIDGET (self->candidates_view);

  /* The Essays and Commission pages have nothing to search yet: no
   * search button that would do nothing there. */
  if (!vacancies)
    gtk_toggle_button_set_active (self->search_button, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), searchable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new", new_action_of_visible_page (self) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", get_visible_area (self) != NULL);
}

/* The Candidates page has its search field always in view: the search
 * button goes there and stays up only on the Vacancies page. */
static void
on_search_toggled (KonkursWindow *self)
{
  if (!gtk_toggle_button_get_active (self->search_button) ||
      adw_view_stack_get_visible_child (self->stack) != GTK_WIDGET (self->candidates_view))
    return;
  gtk_toggle_button_set_active (self->search_button, FALSE);
  konkurs_candidates_view_focus_search (self->candidates_view);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);
  GtkWidget *page = adw_view_stack_get_visible_child (self->stack);

  if (page == GTK_WIDGET (self->candidates_view))
    konkurs_candidates_view_focus_search (self->candidates_view);
  else if (page == GTK_WIDGET (self->vacancies_view))
    gtk_toggle_button_set_active (self->search_button, !gtk_toggle_button_get_active (self->search_button));
}

/* Alt+1…4 */
static void
show_area_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, g_variant_get_string (parameter, NULL));
}

/* Ctrl+N: the "new" of the page in view, wherever the focus is. */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);
  const char *action = new_action_of_visible_page (self);

  if (action != NULL)
    gtk_widget_activate_action (adw_view_stack_get_visible_child (self->stack), action, NULL);
}

/* Ctrl+P: the Print menu of the page in view. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  GtkWidget *area = get_visible_area (KONKURS_WINDOW (widget));

  if (area != NULL)
    gtk_widget_activate_action (area, "area.documents", NULL);
}

/* Ctrl+?: the shortcuts, made when asked for and destroyed on closing.
 * Not GtkApplication's help overlay (gtk/help-overlay.ui): that one stays
 * as a hidden toplevel for the window's life, with no object path on the
 * accessibility bus, and GTK 4.8 hands the last toplevel, hidden or not,
 * to an assistive tool asking for a child of the application past the
 * shown windows (as when one closes while it looks): the reply is built
 * from a NULL path and the application dies in g_variant_new(). */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/konkurs/Konkurs/app/konkurs-shortcuts-window.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (overlay, GTK_WINDOW (widget));
  gtk_window_present (overlay);
}

/* "Show Applications" of a competition or a vacancy that cannot be
 * deleted: the Candidates page, filtered to them. */
static void
show_applications_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);
  gint64 competition_id, vacancy_id;

  g_variant_get (parameter, "(xx)", &competition_id, &vacancy_id);
  adw_view_stack_set_visible_child (self->stack, GTK_WIDGET (self->candidates_view));
  konkurs_candidates_view_show_applications (self->candidates_view, competition_id, vacancy_id);
}

/* "Stages" of a competition in Vacancies: its path. */
static void
show_stages_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);

  adw_view_stack_set_visible_child (self->stack, GTK_WIDGET (self->stages_view));
  konkurs_stages_view_show_competition (self->stages_view, g_variant_get_int64 (parameter));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);

  konkurs_window_import (self, konkurs_window_get_store (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);

  konkurs_window_export (self, konkurs_window_get_store (self));
}

static void
database_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);

  if (g_str_equal (action_name, "win.new-database"))
    konkurs_window_new_database (self);
  else if (g_str_equal (action_name, "win.open-database"))
    konkurs_window_open_database (self);
  else
    konkurs_window_open_database_path (self, g_variant_get_string (parameter, NULL), FALSE);
}

/* GObject */

static void
konkurs_window_constructed (GObject *object)
{
  KonkursWindow *self = KONKURS_WINDOW (object);
  KonkursContext *context = g_steal_pointer (&self->context);

  G_OBJECT_CLASS (konkurs_window_parent_class)->constructed (object);

  self->settings = konkurs_context_get_settings (context);
  if (self->settings != NULL)
    {
      g_object_ref (self->settings);
      g_signal_connect_object (self->settings, "changed::recent-databases", G_CALLBACK (update_recent), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::actor-name", G_CALLBACK (apply_actor), self,
                               G_CONNECT_SWAPPED);
    }
  set_context (self, context);
  g_object_unref (context);
  konkurs_window_restore_state (self);
  on_visible_page_changed (self);
}

static void
konkurs_window_dispose (GObject *object)
{
  KonkursWindow *self = KONKURS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (konkurs_window_parent_class)->dispose (object);
}

static void
konkurs_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  KonkursWindow *self = KONKURS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  KonkursWindow *self = KONKURS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      /* Taken over in constructed(). */
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-area", "s", show_area_action);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.show-applications", "(xx)", show_applications_action);
  gtk_widget_class_install_action (widget_class, "win.show-stages", "x", show_stages_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL, database_action);
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, database_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", database_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  konkurs_window_class_add_backup (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.show-area",
                                           "s", areas[i].name);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + i, GDK_ALT_MASK, "win.show-area",
                                           "s", areas[i].name);
    }
}

static void
konkurs_window_class_init (KonkursWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = konkurs_window_constructed;
  object_class->dispose = konkurs_window_dispose;
  object_class->get_property = konkurs_window_get_property;
  object_class->set_property = konkurs_window_set_property;
  window_class->close_request = konkurs_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, KONKURS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KONKURS_TYPE_VACANCIES_VIEW);
  g_type_ensure (KONKURS_TYPE_CANDIDATES_VIEW);
  g_type_ensure (KONKURS_TYPE_STAGES_VIEW);
  g_type_ensure (KONKURS_TYPE_ESSAYS_VIEW);
  g_type_ensure (KONKURS_TYPE_COMMISSION_VIEW);
  g_type_ensure (KONKURS_TYPE_RECORD_BANNER);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/app/konkurs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, databases_section);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, record_banner);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, vacancies_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, candidates_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, stages_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, essays_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, commission_view);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_toggled);

  install_actions (widget_class);
}

static void
konkurs_window_init (KonkursWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->recent_menu = g_menu_new ();
  /* GTK 4.8 does not name an icon-only GtkMenuButton after its tooltip;
   * screen readers (and tests) need a name. */
  konkurs_ui_name_widget (self->primary_menu_button, _("Main Menu"));
  g_object_bind_property (self->search_button, "active",
                          self->vacancies_view, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

KonkursWindow *
konkurs_window_new (GtkApplication *application,
                    KonkursStore   *store,
                    GSettings      *settings)
{
  g_autoptr(KonkursContext) context = NULL;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  context = konkurs_context_new (store, settings);
  return g_object_new (KONKURS_TYPE_WINDOW, "application", application, "context", context, NULL);
}

KonkursStore *
konkurs_window_get_store (KonkursWindow *self)
{
  g_return_val_if_fail (KONKURS_IS_WINDOW (self), NULL);

  return self->context != NULL ? konkurs_context_get_store (self->context) : NULL;
}

void
konkurs_window_set_store (KonkursWindow *self,
                          KonkursStore  *store)
{
  g_autoptr(KonkursContext) context = NULL;

  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (KONKURS_IS_STORE (store));

  if (store == konkurs_window_get_store (self))
    return;
  context = konkurs_context_new (store, self->settings);
  set_context (self, context);
}

/* Takes ownership of @toast, like adw_toast_overlay_add_toast(). */
void
konkurs_window_add_toast (KonkursWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
