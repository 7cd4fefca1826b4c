/* test-dialogs.c — the dialog pieces every area shares: the error dialog,
 * the base of edit dialogs and the progress dialog of a long job
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-error-dialog.h"
#include "konkurs-test-widgets.h"

/* The error dialog */

static void
test_error_dialog (void)
{
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No such file “a.xml”");
  GtkWidget *parent = adw_window_new ();
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (parent));

  /* Something to put right: the advice follows the message. */
  dialog = konkurs_error_dialog_present (GTK_WINDOW (parent), G_LOG_LEVEL_MESSAGE, "Import Failed", error,
                                         "Nothing was imported.");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (parent));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import Failed");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "No such file “a.xml”\n\nNothing was imported.");
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "close"), ==, "_Close");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A fault is logged as a warning, and the body is the message alone. */
  g_test_expect_message ("Konkurs-widgets", G_LOG_LEVEL_WARNING, "Could Not Print: No such file “a.xml”");
  dialog = konkurs_error_dialog_present (NULL, G_LOG_LEVEL_WARNING, "Could Not Print", error, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "No such file “a.xml”");
  gtk_window_destroy (GTK_WINDOW (dialog));

  konkurs_test_destroy_and_wait (parent);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/dialogs/error-dialog", test_error_dialog);

  return g_test_run ();
}
