/* konkurs-list-page.c — a list and its empty states
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every list of the areas had a stack of the list and a "No Results"
 * status page, and code to pick the page whenever the rows changed; this
 * widget picks it by itself from the model's rows.
 *
 * GTK 4.8's lists take Tab to the next row (GtkListView:tab-behavior is
 * 4.12): through 10,000 candidates before the next button.  Here Tab
 * leaves the list for the next control; the arrows move between rows.
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-list-page.h"
#include "konkurs-property.h"
#include "konkurs-stack-page.h"

struct _KonkursListPage
{
  GtkWidget   parent_instance;

  GListModel *model;
  gboolean    empty;
  char       *no_results_title;
  char       *no_results_description;
  GtkWidget  *list;
  GtkWidget  *empty_child;

  GtkStack   *stack;
};

static void konkurs_list_page_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KonkursListPage, konkurs_list_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, konkurs_list_page_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_MODEL,
  PROP_EMPTY,
  PROP_NO_RESULTS_TITLE,
  PROP_NO_RESULTS_DESCRIPTION,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_page (KonkursListPage *self)
{
  const char *old = konkurs_list_page_get_page (self);
  const char *page = "no-results";

  if (self->model != NULL && g_list_model_get_n_items (self->model) > 0 && self->list != NULL)
    page = "list";
  else if (self->empty && self->empty_child != NULL)
    page = "empty";

  gtk_stack_set_visible_child_name (self->stack, page);
  if (g_strcmp0 (old, page) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/* Moves the focus from the list to the control after it (before it, for
 * Shift+Tab): with the list out of the focus chain for a moment, the
 * window's own Tab goes on from there. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                KonkursListPage       *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkDirectionType direction;

  if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = GTK_DIR_TAB_FORWARD;
  else if (keyval == GDK_KEY_ISO_Left_Tab)
    direction = GTK_DIR_TAB_BACKWARD;
  else
    return GDK_EVENT_PROPAGATE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0 || self->list == NULL || focus == NULL ||
      (focus != self->list && !gtk_widget_is_ancestor (focus, self->list)))
    return GDK_EVENT_PROPAGATE;

  gtk_widget_set_can_focus (self->list, FALSE);
  gtk_widget_child_focus (GTK_WIDGET (root), direction);
  gtk_widget_set_can_focus (self->list, TRUE);
  return GDK_EVENT_STOP;
}

static void
konkurs_list_page_buildable_add_child (GtkBuildable *buildable,
                                       GtkBuilder   *builder,
                                       GObject      *child,
                                       const char   *type)
{
  KonkursListPage *self = KONKURS_LIST_PAGE (buildable);

  /* The template's own stack comes first, without a type. */
  if (self->stack == NULL || !GTK_IS_WIDGET (child))
    parent_buildable_iface->add_child (buildable, builder, child, type);
  else if (g_strcmp0 (type, "empty") == 0)
    konkurs_list_page_set_empty_child (self, GTK_WIDGET (child));
  else if (type == NULL || g_strcmp0 (type, "list") == 0)
    konkurs_list_page_set_list (self, GTK_WIDGET (child));
  else
    GTK_BUILDER_WARN_INVALID_CHILD_TYPE (buildable, type);
}

static void
konkurs_list_page_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = konkurs_list_page_buildable_add_child;
}

static void
konkurs_list_page_dispose (GObject *object)
{
  KonkursListPage *self = KONKURS_LIST_PAGE (object);

  konkurs_list_page_set_model (self, NULL);
  self->list = NULL;
  self->empty_child = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_LIST_PAGE);

  G_OBJECT_CLASS (konkurs_list_page_parent_class)->dispose (object);
}

static void
konkurs_list_page_finalize (GObject *object)
{
  KonkursListPage *self = KONKURS_LIST_PAGE (object);

  g_clear_pointer (&self->no_results_title, g_free);
  g_clear_pointer (&self->no_results_description, g_free);

  G_OBJECT_CLASS (konkurs_list_page_parent_class)->finalize (object);
}

static void
konkurs_list_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KonkursListPage *self = KONKURS_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_EMPTY:
      g_value_set_boolean (value, self->empty);
      break;
    case PROP_NO_RESULTS_TITLE:
      g_value_set_string (value, self->no_results_title);
      break;
    case PROP_NO_RESULTS_DESCRIPTION:
      g_value_set_string (value, self->no_results_description);
      break;
    case PROP_PAGE:
      g_value_set_string (value, konkurs_list_page_get_page (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_list_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KonkursListPage *self = KONKURS_LIST_PAGE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      konkurs_list_page_set_model (self, g_value_get_object (value));
      break;
    case PROP_EMPTY:
      konkurs_list_page_set_empty (self, g_value_get_boolean (value));
      break;
    case PROP_NO_RESULTS_TITLE:
      konkurs_property_set_string (object, pspec, &self->no_results_title, g_value_get_string (value));
      break;
    case PROP_NO_RESULTS_DESCRIPTION:
      konkurs_property_set_string (object, pspec, &self->no_results_description, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_list_page_class_init (KonkursListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_list_page_dispose;
  object_class->finalize = konkurs_list_page_finalize;
  object_class->get_property = konkurs_list_page_get_property;
  object_class->set_property = konkurs_list_page_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMPTY] =
    g_param_spec_boolean ("empty", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NO_RESULTS_TITLE] =
    g_param_spec_string ("no-results-title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NO_RESULTS_DESCRIPTION] =
    g_param_spec_string ("no-results-description", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "no-results",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/widgets/konkurs-list-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursListPage, stack);
}

static void
konkurs_list_page_init (KonkursListPage *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GListModel *
konkurs_list_page_get_model (KonkursListPage *self)
{
  g_return_val_if_fail (KONKURS_IS_LIST_PAGE (self), NULL);

  return self->model;
}

void
konkurs_list_page_set_model (KonkursListPage *self,
                             GListModel      *model)
{
  g_return_if_fail (KONKURS_IS_LIST_PAGE (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_swapped (model, "items-changed", G_CALLBACK (update_page), self);
  update_page (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

gboolean
konkurs_list_page_get_empty (KonkursListPage *self)
{
  g_return_val_if_fail (KONKURS_IS_LIST_PAGE (self), FALSE);

  return self->empty;
}

void
konkurs_list_page_set_empty (KonkursListPage *self,
                             gboolean         empty)
{
  g_return_if_fail (KONKURS_IS_LIST_PAGE (self));

  konkurs_property_set_value (self, properties[PROP_EMPTY], &self->empty, !!empty);
  update_page (self);
}

void
konkurs_list_page_set_list (KonkursListPage *self,
                            GtkWidget       *list)
{
  g_return_if_fail (KONKURS_IS_LIST_PAGE (self));
  g_return_if_fail (list == NULL || GTK_IS_WIDGET (list));

  if (konkurs_stack_page_replace (self->stack, &self->list, list, "list"))
    update_page (self);
}

void
konkurs_list_page_set_empty_child (KonkursListPage *self,
                                   GtkWidget       *child)
{
  g_return_if_fail (KONKURS_IS_LIST_PAGE (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (konkurs_stack_page_replace (self->stack, &self->empty_child, child, "empty"))
    update_page (self);
}

const char *
konkurs_list_page_get_page (KonkursListPage *self)
{
  const char *page;

  g_return_val_if_fail (KONKURS_IS_LIST_PAGE (self), NULL);

  page = self->stack != NULL ? gtk_stack_get_visible_child_name (self->stack) : NULL;
  return page != NULL ? page : "no-results";
}
