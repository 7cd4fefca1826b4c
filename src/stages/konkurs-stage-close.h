/* konkurs-stage-close.h — Close Stage: the preview of who goes on, then
 * the closing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store-stages.h"

G_BEGIN_DECLS

/* Shows over @source's window every row of open stage @stage with the
 * outcome and reason the engine decides, the totals, and — when some rows
 * have no result — the switch that lets them stay out; "Close Stage"
 * closes it (konkurs_store_close_stage()), which opens the next.  Returns
 * the dialog (owned by GTK), or NULL when the rows could not be read (the
 * error is shown). */
AdwMessageDialog *konkurs_stage_close_present (GtkWidget          *source,
                                               KonkursStore       *store,
                                               const KonkursStage *stage);

G_END_DECLS
