/* konkurs-stack-page.c — one named page of a GtkStack held in a field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The layout widgets take their pages as children of a .ui, one child per
 * page; a second child for a page replaces the first.
 */
#include "config.h"

#include "konkurs-stack-page.h"

gboolean
konkurs_stack_page_replace (GtkStack   *stack,
                            GtkWidget **slot,
                            GtkWidget  *child,
                            const char *name)
{
  g_return_val_if_fail (GTK_IS_STACK (stack), FALSE);
  g_return_val_if_fail (slot != NULL, FALSE);
  g_return_val_if_fail (child == NULL || GTK_IS_WIDGET (child), FALSE);

  if (*slot == child)
    return FALSE;
  if (*slot != NULL)
    gtk_stack_remove (stack, *slot);
  *slot = child;
  if (child != NULL)
    gtk_stack_add_named (stack, child, name);
  return TRUE;
}
