/* konkurs-delete-dialog.h — asking before deleting, or explaining why a
 * record cannot be deleted and what can be done instead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called when the user confirmed: delete now. */
typedef void (*KonkursDeleteFunc) (gpointer data);

/* An AdwMessageDialog over @source's window, @heading ("Delete
 * Competition?") and @body (what goes with it), with "Cancel" (the
 * default, and Escape) and a destructive @delete_label ("_Delete
 * Competition"), which calls @func with @data.  @destroy frees @data when
 * the dialog goes, whatever the answer.  Returns the dialog. */
AdwMessageDialog *konkurs_delete_dialog_confirm (GtkWidget         *source,
                                                 const char        *heading,
                                                 const char        *body,
                                                 const char        *delete_label,
                                                 KonkursDeleteFunc  func,
                                                 gpointer           data,
                                                 GDestroyNotify     destroy);

/* Why it cannot be deleted, before anything is tried: @heading, @body
 * (what to do), @keep_label (the default and Escape: nothing happens)
 * and, when @show_action is not NULL, a suggested "_Show Applications"
 * that activates @show_action with @show_target (floating references are
 * taken) on @source.  Returns the dialog. */
AdwMessageDialog *konkurs_delete_dialog_explain (GtkWidget         *source,
                                                 const char        *heading,
                                                 const char        *body,
                                                 const char        *keep_label,
                                                 const char        *show_action,
                                                 GVariant          *show_target);

G_END_DECLS
