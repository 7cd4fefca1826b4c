/* konkurs-error-dialog.h — telling the user that something failed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Logs "@heading: message" at @log_level (G_LOG_LEVEL_WARNING for a fault,
 * G_LOG_LEVEL_MESSAGE for something the user can put right, such as a bad
 * file) and presents an AdwMessageDialog over @parent (may be NULL): @heading,
 * the message of @error, then @advice (may be NULL) as a paragraph of its
 * own, and one response, "close".  Returns the dialog, which GTK owns, for a
 * caller that waits for its "response". */
AdwMessageDialog *konkurs_error_dialog_present (GtkWindow      *parent,
                                                GLogLevelFlags  log_level,
                                                const char     *heading,
                                                const GError   *error,
                                                const char     *advice);

G_END_DECLS
