/* konkurs-window-exchange.h — import and export from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-window.h"

G_BEGIN_DECLS

/* Asks for a file and imports it off the main thread, with progress and
 * cancel; the result is told in a toast, an error in a dialog. */
void konkurs_window_import (KonkursWindow *self, KonkursStore *store);
/* Asks where to write and exports off the main thread. */
void konkurs_window_export (KonkursWindow *self, KonkursStore *store);

/* The same without asking: import or export @file, off the main thread. */
void konkurs_window_import_file (KonkursWindow *self, KonkursStore *store, GFile *file);
void konkurs_window_export_file (KonkursWindow *self, KonkursStore *store, GFile *file);

G_END_DECLS
