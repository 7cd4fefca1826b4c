/* konkurs-reason-dialog.h — asking for a written reason before a change
 * that replaces recorded work (a second results file, a reassignment, the
 * chair's score, a correction of a closed meeting)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Called with the reason (never blank) when the secretary confirms;
 * returns FALSE with the error to show it in the dialog, which then
 * stays open with what was typed. */
typedef gboolean (*KonkursReasonFunc) (const char  *reason,
                                            gpointer     data,
                                            GError     **error);

/* A dialog over @source's window: @heading, @body, @extra (may be NULL:
 * fields of its own above the reason) and the reason's entry; @confirm
 * is the button's label, enabled once a reason is written.  @data is
 * freed with @free_data when the dialog closes. */
AdwMessageDialog *konkurs_reason_dialog_ask (GtkWidget         *source,
                                            const char         *heading,
                                            const char         *body,
                                            GtkWidget          *extra,
                                            const char         *confirm,
                                            KonkursReasonFunc  func,
                                            gpointer           data,
                                            GDestroyNotify     free_data);

/* The entry of @dialog, for tests and for a caller that fills it. */
GtkEditable      *konkurs_reason_dialog_get_entry (AdwMessageDialog *dialog);

G_END_DECLS
