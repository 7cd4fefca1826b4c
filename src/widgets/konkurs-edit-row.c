/* konkurs-edit-row.c — the base of the rows of a list in an edit dialog:
 * each can be removed, knows its place in the list, and checks its own
 * fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-edit-row.h"

G_DEFINE_ABSTRACT_TYPE (KonkursEditRow, konkurs_edit_row, GTK_TYPE_LIST_BOX_ROW)

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

static void
konkurs_edit_row_class_init (KonkursEditRowClass *klass)
{
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
