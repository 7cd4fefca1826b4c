/* konkurs-error-dialog.c — telling the user that something failed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-error-dialog.h"

AdwMessageDialog *
konkurs_error_dialog_present (GtkWindow      *parent,
                              GLogLevelFlags  log_level,
                              const char     *heading,
                              const GError   *error,
                              const char     *advice)
{
  AdwMessageDialog *dialog;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (heading != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  /* Everything the user is told is also in the log, for whoever is asked
   * to help afterwards. */
  g_log (G_LOG_DOMAIN, log_level, "%s: %s", heading, error->message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, NULL));
  if (advice != NULL)
    adw_message_dialog_format_body (dialog, "%s\n\n%s", error->message, advice);
  else
    adw_message_dialog_set_body (dialog, error->message);
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}
