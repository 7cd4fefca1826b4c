/* test-record-banner.c — the window checks the record of its database in
 * the background and shows a bar when it does not match
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "konkurs-demo.h"
#include "konkurs-record-banner.h"
#include "konkurs-store-private.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-window.h"

static gboolean
check_done (gpointer banner)
{
  return !konkurs_record_banner_is_checking (banner);
}

/* The window of @store, once its check of the record is done. */
static KonkursRecordBanner *
open_window (KonkursStore *store, KonkursWindow **window)
{
  KonkursRecordBanner *banner;

  *window = konkurs_window_new (NULL, store, NULL);
  gtk_window_present (GTK_WINDOW (*window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, *window));
  banner = KONKURS_RECORD_BANNER (konkurs_test_find_of_type (GTK_WIDGET (*window), KONKURS_TYPE_RECORD_BANNER));
  g_assert_nonnull (banner);
  g_assert_true (konkurs_test_wait_until (check_done, banner));
  g_assert_nonnull (konkurs_record_banner_get_report (banner));
  return banner;
}

static GtkRevealer *
revealer_of (KonkursRecordBanner *banner)
{
  return GTK_REVEALER (konkurs_test_find_of_type (GTK_WIDGET (banner), GTK_TYPE_REVEALER));
}

static KonkursStore *
demo_store (const char *dir)
{
  g_autoptr(GError) error = NULL;
  KonkursStore *store = konkurs_test_store_open (dir, NULL);

  g_assert_true (konkurs_demo_generate (store, 20, 3, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return store;
}

static void
test_clean (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-banner-XXXXXX");
  g_autoptr(KonkursStore) store = demo_store (dir);
  KonkursWindow *window = NULL;
  KonkursRecordBanner *banner = open_window (store, &window);

  g_assert_cmpint (konkurs_record_banner_get_report (banner)->problem, ==, KONKURS_VERIFY_OK);
  g_assert_false (gtk_revealer_get_reveal_child (revealer_of (banner)));
  konkurs_test_destroy_and_wait (window);
  konkurs_test_remove_tree (dir);
}

/* A decision edited with SQL: the bar shows, and Details names the row. */
static void
test_tampered (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-banner-XXXXXX");
  g_autoptr(KonkursStore) store = demo_store (dir);
  KonkursWindow *window = NULL;
  KonkursRecordBanner *banner;
  AdwMessageDialog *dialog;

  g_assert_cmpint (sqlite3_exec (konkurs_store_get_db (store),
                                 "UPDATE application SET decision_reason = 'forged' WHERE id = 3",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  banner = open_window (store, &window);
  g_assert_cmpint (konkurs_record_banner_get_report (banner)->problem, ==, KONKURS_VERIFY_ROW);
  g_assert_true (gtk_revealer_get_reveal_child (revealer_of (banner)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (banner), "record-banner.details", NULL));
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "application 3: decision_reason is “forged”"));
  konkurs_test_answer (dialog, "close");
  konkurs_test_destroy_and_wait (window);
  konkurs_test_remove_tree (dir);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/record-banner/clean", test_clean);
  g_test_add_func ("/record-banner/tampered", test_tampered);
  return g_test_run ();
}
