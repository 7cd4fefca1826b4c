/* konkurs-master-detail.c — the layout of an area: a list beside the
 * details of what is selected in it, one after the other when narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both areas had the same stacks and paned in their templates, and the
 * same code to flip between "nothing yet", the list, and the details or
 * their placeholder; the next areas take this widget instead.  The list
 * and the details are the pages of an AdwLeaflet, so that every area
 * works in a narrow window (600 pixels) the same way: the list alone, a
 * click on a row shows the details, with a Back button above them.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "konkurs-master-detail.h"
#include "konkurs-property.h"
#include "konkurs-stack-page.h"

struct _KonkursMasterDetail
{
  GtkWidget   parent_instance;

  gboolean    empty;
  gboolean    show_details;
  int         sidebar_width;
  gboolean    sidebar_expand;
  char       *back_label;
  GtkWidget  *empty_page;
  GtkWidget  *placeholder;
  GtkWidget  *details;
  guint       navigate_idle;

  GtkStack   *main_stack;
  AdwLeaflet *leaflet;
  AdwBin     *sidebar_bin;
  GtkWidget  *details_page;
  GtkStack   *detail_stack;
};

static void konkurs_master_detail_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KonkursMasterDetail, konkurs_master_detail, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, konkurs_master_detail_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_EMPTY,
  PROP_SHOW_DETAILS,
  PROP_SIDEBAR_WIDTH,
  PROP_SIDEBAR_EXPAND,
  PROP_BACK_LABEL,
  PROP_FOLDED,
  PROP_SHOWING_DETAILS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_pages (KonkursMasterDetail *self)
{
  gboolean empty = self->empty && self->empty_page != NULL;
  GtkWidget *shown = empty ? self->empty_page : GTK_WIDGET (self->leaflet);
  GtkWidget *hidden = empty ? GTK_WIDGET (self->leaflet) : self->empty_page;

  /* A stack keeps its hidden pages in the accessibility tree, where a
   * screen reader would find two "New Competition" buttons, one of them
   * out of sight: the page not shown is hidden altogether. */
  gtk_widget_set_visible (shown, TRUE);
  gtk_stack_set_visible_child (self->main_stack, shown);
  if (hidden != NULL)
    gtk_widget_set_visible (hidden, FALSE);

  if (self->show_details && self->details != NULL)
    gtk_stack_set_visible_child (self->detail_stack, self->details);
  else if (self->placeholder != NULL)
    gtk_stack_set_visible_child (self->detail_stack, self->placeholder);

  /* Folded, a placeholder alone on the screen says nothing the list does
   * not: back to the list when there is nothing to show. */
  if (!self->show_details || empty)
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->sidebar_bin));
}

static void
on_folded_changed (KonkursMasterDetail *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWING_DETAILS]);
}

static void
on_visible_child_changed (KonkursMasterDetail *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOWING_DETAILS]);
}

/* Following a click or Enter on a row of the list */

static gboolean
navigate_to_details (gpointer data)
{
  KonkursMasterDetail *self = data;

  self->navigate_idle = 0;
  konkurs_master_detail_present_details (self);
  return G_SOURCE_REMOVE;
}

/* The row's own handlers select it first; the details follow the
 * selection, so they are looked at once everything has run. */
static void
queue_navigate (KonkursMasterDetail *self)
{
  if (self->navigate_idle == 0 && adw_leaflet_get_folded (self->leaflet))
    self->navigate_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, navigate_to_details, self, NULL);
}

/* Whether @widget is (inside) a row of a list or table of the sidebar,
 * rather than a header, a filter or a button. */
static gboolean
is_in_list_row (KonkursMasterDetail *self,
                GtkWidget           *widget)
{
  for (; widget != NULL && widget != GTK_WIDGET (self->sidebar_bin); widget = gtk_widget_get_parent (widget))
    if (g_strcmp0 (gtk_widget_get_css_name (widget), "row") == 0 &&
        GTK_IS_LIST_VIEW (gtk_widget_get_parent (widget)))
      return TRUE;
  return FALSE;
}

static void
on_sidebar_released (GtkGestureClick     *gesture,
                     int                  n_press,
                     double               x,
                     double               y,
                     KonkursMasterDetail *self)
{
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->sidebar_bin), x, y, GTK_PICK_DEFAULT);

  if (is_in_list_row (self, picked))
    queue_navigate (self);
}

static gboolean
on_sidebar_key_pressed (GtkEventControllerKey *controller,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        KonkursMasterDetail   *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter) &&
      is_in_list_row (self, focus))
    queue_navigate (self);
  return GDK_EVENT_PROPAGATE;
}

static void
watch_sidebar (KonkursMasterDetail *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* In the capture phase, and claiming nothing: the rows handle the
   * clicks and keys as always. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect (click, "released", G_CALLBACK (on_sidebar_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar_bin), GTK_EVENT_CONTROLLER (click));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_sidebar_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar_bin), keys);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  konkurs_master_detail_present_list (KONKURS_MASTER_DETAIL (widget));
}

/* GtkBuildable */

static void
konkurs_master_detail_buildable_add_child (GtkBuildable *buildable,
                                           GtkBuilder   *builder,
                                           GObject      *child,
                                           const char   *type)
{
  KonkursMasterDetail *self = KONKURS_MASTER_DETAIL (buildable);

  /* The template's own stack comes first, without a type. */
  if (self->main_stack == NULL || !GTK_IS_WIDGET (child))
    parent_buildable_iface->add_child (buildable, builder, child, type);
  else if (g_strcmp0 (type, "sidebar") == 0)
    konkurs_master_detail_set_sidebar (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "details") == 0)
    konkurs_master_detail_set_details (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "placeholder") == 0)
    konkurs_master_detail_set_placeholder (self, GTK_WIDGET (child));
  else if (g_strcmp0 (type, "empty") == 0)
    konkurs_master_detail_set_empty_page (self, GTK_WIDGET (child));
  else
    GTK_BUILDER_WARN_INVALID_CHILD_TYPE (buildable, type);
}

static void
konkurs_master_detail_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = konkurs_master_detail_buildable_add_child;
}

/* GObject */

static void
konkurs_master_detail_dispose (GObject *object)
{
  KonkursMasterDetail *self = KONKURS_MASTER_DETAIL (object);

  g_clear_handle_id (&self->navigate_idle, g_source_remove);
  self->empty_page = NULL;
  self->placeholder = NULL;
  self->details = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_MASTER_DETAIL);

  G_OBJECT_CLASS (konkurs_master_detail_parent_class)->dispose (object);
}

static void
konkurs_master_detail_finalize (GObject *object)
{
  KonkursMasterDetail *self = KONKURS_MASTER_DETAIL (object);

  g_clear_pointer (&self->back_label, g_free);

  G_OBJECT_CLASS (konkurs_master_detail_parent_class)->finalize (object);
}

static void
konkurs_master_detail_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  KonkursMasterDetail *self = KONKURS_MASTER_DETAIL (object);

  switch (prop_id)
    {
    case PROP_EMPTY:
      g_value_set_boolean (value, self->empty);
      break;
    case PROP_SHOW_DETAILS:
      g_value_set_boolean (value, self->show_details);
      break;
    case PROP_SIDEBAR_WIDTH:
      g_value_set_int (value, self->sidebar_width);
      break;
    case PROP_SIDEBAR_EXPAND:
      g_value_set_boolean (value, self->sidebar_expand);
      break;
    case PROP_BACK_LABEL:
      g_value_set_string (value, self->back_label);
      break;
    case PROP_FOLDED:
      g_value_set_boolean (value, konkurs_master_detail_get_folded (self));
      break;
    case PROP_SHOWING_DETAILS:
      g_value_set_boolean (value, konkurs_master_detail_get_showing_details (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_master_detail_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  KonkursMasterDetail *self = KONKURS_MASTER_DETAIL (object);

  switch (prop_id)
    {
    case PROP_EMPTY:
      konkurs_master_detail_set_empty (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_DETAILS:
      konkurs_master_detail_set_show_details (self, g_value_get_boolean (value));
      break;
    case PROP_SIDEBAR_WIDTH:
      konkurs_property_set_value (object, pspec, &self->sidebar_width, g_value_get_int (value));
      break;
    case PROP_SIDEBAR_EXPAND:
      konkurs_property_set_value (object, pspec, &self->sidebar_expand, g_value_get_boolean (value));
      break;
    case PROP_BACK_LABEL:
      konkurs_property_set_string (object, pspec, &self->back_label, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_master_detail_class_init (KonkursMasterDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_master_detail_dispose;
  object_class->finalize = konkurs_master_detail_finalize;
  object_class->get_property = konkurs_master_detail_get_property;
  object_class->set_property = konkurs_master_detail_set_property;

  properties[PROP_EMPTY] =
    g_param_spec_boolean ("empty", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_DETAILS] =
    g_param_spec_boolean ("show-details", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR_WIDTH] =
    g_param_spec_int ("sidebar-width", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR_EXPAND] =
    g_param_spec_boolean ("sidebar-expand", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BACK_LABEL] =
    g_param_spec_string ("back-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOLDED] =
    g_param_spec_boolean ("folded", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOWING_DETAILS] =
    g_param_spec_boolean ("showing-details", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/widgets/konkurs-master-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursMasterDetail, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursMasterDetail, leaflet);
  gtk_widget_class_bind_template_child (widget_class, KonkursMasterDetail, sidebar_bin);
  gtk_widget_class_bind_template_child (widget_class, KonkursMasterDetail, details_page);
  gtk_widget_class_bind_template_child (widget_class, KonkursMasterDetail, detail_stack);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_child_changed);

  gtk_widget_class_install_action (widget_class, "master-detail.back", NULL, back_action);
}

static void
konkurs_master_detail_init (KonkursMasterDetail *self)
{
  self->sidebar_width = -1;
  self->back_label = g_strdup (_("Back"));
  gtk_widget_init_template (GTK_WIDGET (self));
  watch_sidebar (self);
}

/* Public */

gboolean
konkurs_master_detail_get_empty (KonkursMasterDetail *self)
{
  g_return_val_if_fail (KONKURS_IS_MASTER_DETAIL (self), FALSE);

  return self->empty;
}

void
konkurs_master_detail_set_empty (KonkursMasterDetail *self,
                                 gboolean             empty)
{
  g_return_if_fail (KONKURS_IS_MASTER_DETAIL (self));

  konkurs_property_set_value (self, properties[PROP_EMPTY], &self->empty, !!empty);
  update_pages (self);
}

gboolean
konkurs_master_detail_get_show_details (KonkursMasterDetail *self)
{
  g_return_val_if_fail (KONKURS_IS_MASTER_DETAIL (self), FALSE);

  return self->show_details;
}

void
konkurs_master_detail_set_show_details (KonkursMasterDetail *self,
                                        gboolean             show_details)
{
  g_return_if_fail (KONKURS_IS_MASTER_DETAIL (self));

  konkurs_property_set_value (self, properties[PROP_SHOW_DETAILS], &self->show_details, !!show_details);
  update_pages (self);
}

gboolean
konkurs_master_detail_get_folded (KonkursMasterDetail *self)
{
  g_return_val_if_fail (KONKURS_IS_MASTER_DETAIL (self), FALSE);

  return adw_leaflet_get_folded (self->leaflet);
}

gboolean
konkurs_master_detail_get_showing_details (KonkursMasterDetail *self)
{
  g_return_val_if_fail (KONKURS_IS_MASTER_DETAIL (self), FALSE);

  return !self->empty && self->show_details &&
         (!adw_leaflet_get_folded (self->leaflet) ||
          adw_leaflet_get_visible_child (self->leaflet) == self->details_page);
}

void
konkurs_master_detail_present_details (KonkursMasterDetail *self)
{
  g_return_if_fail (KONKURS_IS_MASTER_DETAIL (self));

  if (self->show_details && !self->empty)
    adw_leaflet_set_visible_child (self->leaflet, self->details_page);
}

void
konkurs_master_detail_present_list (KonkursMasterDetail *self)
{
  g_return_if_fail (KONKURS_IS_MASTER_DETAIL (self));

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->sidebar_bin));
}

void
konkurs_master_detail_set_sidebar (KonkursMasterDetail *self,
                                   GtkWidget           *sidebar)
{
  g_return_if_fail (KONKURS_IS_MASTER_DETAIL (self));
  g_return_if_fail (sidebar == NULL || GTK_IS_WIDGET (sidebar));

  adw_bin_set_child (self->sidebar_bin, sidebar);
}

void
konkurs_master_detail_set_details (KonkursMasterDetail *self,
                                   GtkWidget           *details)
{
  g_return_if_fail (KONKURS_IS_MASTER_DETAIL (self));
  g_return_if_fail (details == NULL || GTK_IS_WIDGET (details));

  if (konkurs_stack_page_replace (self->detail_stack, &self->details, details, "details"))
    update_pages (self);
}

void
konkurs_master_detail_set_placeholder (KonkursMasterDetail *self,
                                       GtkWidget           *placeholder)
{
  g_return_if_fail (KONKURS_IS_MASTER_DETAIL (self));
  g_return_if_fail (placeholder == NULL || GTK_IS_WIDGET (placeholder));

  if (konkurs_stack_page_replace (self->detail_stack, &self->placeholder, placeholder, "none"))
    update_pages (self);
}

void
konkurs_master_detail_set_empty_page (KonkursMasterDetail *self,
                                      GtkWidget           *page)
{
  g_return_if_fail (KONKURS_IS_MASTER_DETAIL (self));
  g_return_if_fail (page == NULL || GTK_IS_WIDGET (page));

  if (konkurs_stack_page_replace (self->main_stack, &self->empty_page, page, "empty"))
    update_pages (self);
}
