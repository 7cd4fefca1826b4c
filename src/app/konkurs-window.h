/* konkurs-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_WINDOW (konkurs_window_get_type ())
G_DECLARE_FINAL_TYPE (KonkursWindow, konkurs_window, KONKURS, WINDOW, AdwApplicationWindow)

/* @settings may be NULL (tests): size and state are then not saved. */
KonkursWindow *konkurs_window_new (GtkApplication *application,
                                   KonkursStore   *store,
                                   GSettings      *settings);

void konkurs_window_add_toast (KonkursWindow *self, AdwToast *toast);

/* The database the window shows.  Setting another one gives every area a
 * new KonkursContext on it (the old store closes with its last
 * reference, which lets go of its lock) and remembers it among the
 * recent databases. */
KonkursStore *konkurs_window_get_store (KonkursWindow *self);
void          konkurs_window_set_store (KonkursWindow *self, KonkursStore *store);

G_END_DECLS
