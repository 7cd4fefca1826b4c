/* konkurs-stage-import.h — importing a stage's results from the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

/* Asks for an XML file of results (the testing centre's or the assessment
 * centre's), then imports it as konkurs_stage_import_file() does. */
void konkurs_stage_import_choose (GtkWidget    *source,
                                  KonkursStore *store,
                                  GCancellable *cancellable);
/* Imports @file in a worker with a progress dialog that can cancel it;
 * all or nothing.  A failure is shown with the file and line at fault, a
 * success as a toast of @source's area ("Imported 12 results"). */
void konkurs_stage_import_file   (GtkWidget    *source,
                                  KonkursStore *store,
                                  GFile        *file,
                                  GCancellable *cancellable);

G_END_DECLS
