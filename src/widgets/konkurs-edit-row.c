/* konkurs-edit-row.c — the base of the rows of a list in an edit dialog:
 * each can be removed, knows its place in the list, and checks its own
 * fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-edit-row.h"

typedef struct
{
  GtkLabel *title_label;
} KonkursEditRowPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (KonkursEditRow, konkurs_edit_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

guint
konkurs_edit_row_get_number (KonkursEditRow *self)
{
  g_return_val_if_fail (KONKURS_IS_EDIT_ROW (self), 0);

  return (guint) (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)) + 1);
}

/* Three rows, three buttons "Remove": a screen reader says which. */
static void
name_remove_button (GtkWidget  *widget,
                    const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), "row.remove") == 0)
        {
          /* Translators: the name of the button that removes a row of a list; %s is the row's title, as “Education 2” */
          g_autofree char *name = g_strdup_printf (_("Remove “%s”"), title);

          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
          return;
        }
      name_remove_button (child, title);
    }
}

static void
show_number (KonkursEditRow *self,
             guint           number)
{
  KonkursEditRowPrivate *priv = konkurs_edit_row_get_instance_private (self);
  const char *format = KONKURS_EDIT_ROW_GET_CLASS (self)->title_format;
  g_autofree char *title = NULL;

  if (format == NULL || priv->title_label == NULL)
    return;
  /* The format is the class's msgid, with one %u. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  title = g_strdup_printf (_(format), number);
#pragma GCC diagnostic pop
  gtk_label_set_text (priv->title_label, title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  name_remove_button (GTK_WIDGET (self), title);
}

void
konkurs_edit_row_renumber (GtkListBox *list)
{
  g_return_if_fail (GTK_IS_LIST_BOX (list));

  /* The list's placeholder is a child too. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (KONKURS_IS_EDIT_ROW (row))
      show_number (KONKURS_EDIT_ROW (row), konkurs_edit_row_get_number (KONKURS_EDIT_ROW (row)));
}

gboolean
konkurs_edit_row_check (KonkursEditRow  *self,
                        char           **message)
{
  g_autofree char *reason = NULL;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_EDIT_ROW (self), FALSE);

  ok = KONKURS_EDIT_ROW_GET_CLASS (self)->check (self, &reason);
  if (message != NULL)
    *message = g_steal_pointer (&reason);
  return ok;
}

static gboolean
konkurs_edit_row_real_check (KonkursEditRow  *self,
                             char           **message)
{
  return TRUE;
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

/* Puts the title above the fields the subclass's template gave. */
static void
konkurs_edit_row_constructed (GObject *object)
{
  KonkursEditRow *self = KONKURS_EDIT_ROW (object);
  KonkursEditRowPrivate *priv = konkurs_edit_row_get_instance_private (self);
  GtkWidget *child = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (self));
  g_autoptr(GtkWidget) fields = NULL;
  GtkWidget *box, *title;

  G_OBJECT_CLASS (konkurs_edit_row_parent_class)->constructed (object);

  if (child == NULL || KONKURS_EDIT_ROW_GET_CLASS (self)->title_format == NULL)
    return;
  fields = g_object_ref (child);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), NULL);

  title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_margin_top (title, 8);
  gtk_widget_set_margin_start (title, 12);
  gtk_widget_add_css_class (title, "heading");
  priv->title_label = GTK_LABEL (title);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), fields);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  show_number (self, 1);
}

static void
konkurs_edit_row_dispose (GObject *object)
{
  KonkursEditRowPrivate *priv = konkurs_edit_row_get_instance_private (KONKURS_EDIT_ROW (object));

  priv->title_label = NULL;

  G_OBJECT_CLASS (konkurs_edit_row_parent_class)->dispose (object);
}

static void
konkurs_edit_row_class_init (KonkursEditRowClass *klass)
{
  G_OBJECT_CLASS (klass)->constructed = konkurs_edit_row_constructed;
  G_OBJECT_CLASS (klass)->dispose = konkurs_edit_row_dispose;
  klass->check = konkurs_edit_row_real_check;

  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "row.remove", NULL, remove_activated);
}

static void
konkurs_edit_row_init (KonkursEditRow *self)
{
  /* Its fields take the clicks; the row itself leads nowhere. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
}
