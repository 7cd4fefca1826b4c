/* konkurs-removable-row.c — the base of the rows of an editable list in a
 * dialog: not activatable, and with a "row.remove" action for its remove
 * button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-removable-row.h"

G_DEFINE_TYPE (KonkursRemovableRow, konkurs_removable_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

guint
konkurs_removable_row_get_number (KonkursRemovableRow *self)
{
  g_return_val_if_fail (KONKURS_IS_REMOVABLE_ROW (self), 0);

  return (guint) (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)) + 1);
}

static void
remove_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_signal_emit (widget, signals[REMOVE], 0);
}

static void
konkurs_removable_row_class_init (KonkursRemovableRowClass *klass)
{
  signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "row.remove", NULL, remove_activated);
}

static void
konkurs_removable_row_init (KonkursRemovableRow *self)
{
  /* Its fields take the clicks; the row itself leads nowhere. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), FALSE);
}
