/* konkurs-window.c — the main window: one page per area of the work
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-candidates-view.h"
#include "konkurs-context.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-vacancies-view.h"
#include "konkurs-window.h"
#include "konkurs-window-exchange.h"

struct _KonkursWindow
{
  AdwApplicationWindow  parent_instance;

  KonkursContext       *context;   /* the store and settings the areas share */

  GtkToggleButton      *search_button;
  GtkWidget            *primary_menu_button;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *stack;
  KonkursVacanciesView *vacancies_view;
  KonkursCandidatesView *candidates_view;
};

G_DEFINE_FINAL_TYPE (KonkursWindow, konkurs_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
konkurs_window_restore_state (KonkursWindow *self)
{
  GSettings *settings = konkurs_context_get_settings (self->context);
  int width, height;

  if (settings == NULL)
    return;

  width = g_settings_get_int (settings, "window-width");
  height = g_settings_get_int (settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
konkurs_window_save_state (KonkursWindow *self)
{
  GSettings *settings = self->context != NULL ? konkurs_context_get_settings (self->context) : NULL;
  gboolean maximized;
  int width, height;

  if (settings == NULL)
    return;

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  g_settings_set_boolean (settings, "window-maximized", maximized);

  /* A maximized window's size says nothing about the size to come back to. */
  if (maximized)
    return;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
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

static void
on_visible_page_changed (KonkursWindow *self)
{
  gboolean searchable = gtk_widget_get_visible (GTK_WIDGET (self->vacancies_view)) &&
                        adw_view_stack_get_visible_child (self->stack) == GTK_WIDGET (self->vacancies_view);

  /* Only the Vacancies page has something to search so far; a search button
   * that does nothing on the other pages would only confuse. */
  if (!searchable)
    gtk_toggle_button_set_active (self->search_button, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), searchable);
}

static void
konkurs_window_show_vacancies (KonkursWindow *self)
{
  adw_view_stack_set_visible_child (self->stack, GTK_WIDGET (self->vacancies_view));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);

  /* The Candidates page has its search field always in view. */
  if (adw_view_stack_get_visible_child (self->stack) == GTK_WIDGET (self->candidates_view))
    {
      konkurs_candidates_view_focus_search (self->candidates_view);
      return;
    }

  konkurs_window_show_vacancies (self);
  gtk_toggle_button_set_active (self->search_button,
                                !gtk_toggle_button_get_active (self->search_button));
}

/* Ctrl+N and Ctrl+P work from anywhere in the window, so they live here and
 * forward to the page that does the work. */
static void
forward_to_vacancies_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);

  konkurs_window_show_vacancies (self);
  if (g_strcmp0 (action_name, "win.new-competition") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->vacancies_view), "vacancies.new-competition", NULL);
  else if (g_strcmp0 (action_name, "win.print-announcement") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self->vacancies_view), "area.print", "s", "announcement");
  else
    g_return_if_reached ();
}

static void
konkurs_window_constructed (GObject *object)
{
  KonkursWindow *self = KONKURS_WINDOW (object);

  G_OBJECT_CLASS (konkurs_window_parent_class)->constructed (object);

  g_signal_connect_object (self->context, "add-toast", G_CALLBACK (on_add_toast), self, G_CONNECT_SWAPPED);
  give_areas_context (self);
  konkurs_window_restore_state (self);
}

static void
konkurs_window_dispose (GObject *object)
{
  KonkursWindow *self = KONKURS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_WINDOW);
  g_clear_object (&self->context);

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
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);

  konkurs_window_import (self, konkurs_context_get_store (self->context));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KonkursWindow *self = KONKURS_WINDOW (widget);

  konkurs_window_export (self, konkurs_context_get_store (self->context));
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

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/app/konkurs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, vacancies_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursWindow, candidates_view);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.new-competition", NULL, forward_to_vacancies_action);
  gtk_widget_class_install_action (widget_class, "win.print-announcement", NULL, forward_to_vacancies_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-competition", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print-announcement", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export", NULL);
}

static void
konkurs_window_init (KonkursWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

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

/* Takes ownership of @toast, like adw_toast_overlay_add_toast(). */
void
konkurs_window_add_toast (KonkursWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
