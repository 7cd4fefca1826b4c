/* konkurs-experts-window.h — the registry of experts: add, edit, delete,
 * import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_EXPERTS_WINDOW (konkurs_experts_window_get_type ())
G_DECLARE_FINAL_TYPE (KonkursExpertsWindow, konkurs_experts_window, KONKURS, EXPERTS_WINDOW, AdwWindow)

KonkursExpertsWindow *konkurs_experts_window_new (GtkWindow    *parent,
                                                  KonkursStore *store);
/* The rows shown, one per expert. */
GtkListBox           *konkurs_experts_window_get_list (KonkursExpertsWindow *self);

G_END_DECLS
