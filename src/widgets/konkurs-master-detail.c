/* konkurs-master-detail.c — the layout of an area: a list beside the
 * details of what is selected in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both areas had the same stacks and paned in their templates, and the
 * same code to flip between "nothing yet", the list, and the details or
 * their placeholder; the next areas take this widget instead.
 */
#include "config.h"

#include "konkurs-master-detail.h"
#include "konkurs-property.h"
#include "konkurs-stack-page.h"

struct _KonkursMasterDetail
{
  GtkWidget  parent_instance;

  gboolean   empty;
  gboolean   show_details;
  int        position;
  gboolean   resize_sidebar;
  GtkWidget *empty_page;
  GtkWidget *placeholder;
  GtkWidget *details;

  GtkStack  *main_stack;
  GtkPaned  *paned;
  GtkStack  *detail_stack;
};

static void konkurs_master_detail_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (KonkursMasterDetail, konkurs_master_detail, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, konkurs_master_detail_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_EMPTY,
  PROP_SHOW_DETAILS,
  PROP_POSITION,
  PROP_RESIZE_SIDEBAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_pages (KonkursMasterDetail *self)
{
  gboolean empty = self->empty && self->empty_page != NULL;
  GtkWidget *shown = empty ? self->empty_page : GTK_WIDGET (self->paned);
  GtkWidget *hidden = empty ? GTK_WIDGET (self->paned) : self->empty_page;

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
}

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

static void
konkurs_master_detail_dispose (GObject *object)
{
  KonkursMasterDetail *self = KONKURS_MASTER_DETAIL (object);

  self->empty_page = NULL;
  self->placeholder = NULL;
  self->details = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_MASTER_DETAIL);

  G_OBJECT_CLASS (konkurs_master_detail_parent_class)->dispose (object);
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
    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;
    case PROP_RESIZE_SIDEBAR:
      g_value_set_boolean (value, self->resize_sidebar);
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
    case PROP_POSITION:
      if (self->position != g_value_get_int (value))
        {
          self->position = g_value_get_int (value);
          /* Unset (-1), the paned places the divider itself. */
          if (self->position >= 0)
            gtk_paned_set_position (self->paned, self->position);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_RESIZE_SIDEBAR:
      konkurs_property_set_value (object, pspec, &self->resize_sidebar, g_value_get_boolean (value));
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
  object_class->get_property = konkurs_master_detail_get_property;
  object_class->set_property = konkurs_master_detail_set_property;

  properties[PROP_EMPTY] =
    g_param_spec_boolean ("empty", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_DETAILS] =
    g_param_spec_boolean ("show-details", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESIZE_SIDEBAR] =
    g_param_spec_boolean ("resize-sidebar", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/widgets/konkurs-master-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursMasterDetail, main_stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursMasterDetail, paned);
  gtk_widget_class_bind_template_child (widget_class, KonkursMasterDetail, detail_stack);
}

static void
konkurs_master_detail_init (KonkursMasterDetail *self)
{
  self->position = -1;
  self->resize_sidebar = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}

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

void
konkurs_master_detail_set_sidebar (KonkursMasterDetail *self,
                                   GtkWidget           *sidebar)
{
  g_return_if_fail (KONKURS_IS_MASTER_DETAIL (self));
  g_return_if_fail (sidebar == NULL || GTK_IS_WIDGET (sidebar));

  gtk_paned_set_start_child (self->paned, sidebar);
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
