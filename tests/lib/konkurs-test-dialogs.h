/* konkurs-test-dialogs.h — what every dialog must be, checked on a real
 * one: nothing cut short, no two buttons alike, the focus where typing
 * starts; and a picture of it to look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Binds the catalogue of the build ($KONKURS_LOCALE_DIR) and the locale
 * of the environment, as main() does: a test run with LANGUAGE=kk sees
 * the Kazakh interface.  Call before gtk_test_init(). */
void        konkurs_test_use_translations        (void);
/* The language the interface speaks: "kk", "ru" or "en". */
const char *konkurs_test_interface_language      (void);

/* Waits until @widget (mapped) has been laid out again. */
void        konkurs_test_wait_for_layout         (gpointer    widget);
/* Presents @window and waits until it is mapped and laid out. */
void        konkurs_test_show_window             (gpointer    window);

/* Fails naming the label when a label shown in @root is cut short: an
 * ellipsized label whose natural width is more than its allocated width,
 * or whose layout was ellipsized. */
void        konkurs_test_assert_nothing_cut      (GtkWidget  *root);
/* Fails naming the two buttons when two buttons shown in @root (an
 * AdwMessageDialog's responses too) read the same, mnemonics aside. */
void        konkurs_test_assert_buttons_distinct (GtkWidget  *root);
/* Fails unless the focus of @window's root is @field or inside it. */
void        konkurs_test_assert_focus_in         (GtkWidget  *field);
/* Whether @widget and its parents are visible and on the page a stack
 * shows. */
gboolean    konkurs_test_is_shown                (GtkWidget  *widget);

/* Enter in @field as someone types it: the "activate" of the text inside
 * (an entry row, an entry, a date field), with the focus there; then the
 * main loop runs until the window's default button could have clicked. */
void        konkurs_test_press_enter             (GtkWidget  *field);
/* The shortcut of @window's controllers triggered by @accelerator, as
 * "<Control>Return", activated as the key would. */
void        konkurs_test_press_shortcut          (GtkWidget  *window,
                                                  const char *accelerator);

/* A PNG of @widget as it is drawn, NAME-LANGUAGE.png in
 * $KONKURS_TEST_ARTIFACTS when that is set. */
void        konkurs_test_save_picture            (GtkWidget  *widget,
                                                  const char *name);

G_END_DECLS
