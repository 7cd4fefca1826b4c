/* konkurs-stack-page.h — one named page of a GtkStack held in a field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Puts @child (may be NULL) in @stack as the page @name, in place of
 * *@slot, the page's old child, which is removed; *@slot then holds
 * @child (unowned: the stack holds it).  FALSE when @child was there
 * already. */
gboolean konkurs_stack_page_replace (GtkStack   *stack,
                                     GtkWidget **slot,
                                     GtkWidget  *child,
                                     const char *name);

G_END_DECLS
