/* konkurs-stage-publish.h — the stage's publication list and protocol,
 * through the print preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-print-preview.h"
#include "konkurs-store-stages.h"
#include "konkurs-ui-stages.h"

G_BEGIN_DECLS

/* Follows @preview of a document of stage @stage_id: a final publication
 * list (@kind_id "stage-publication"), printed or saved, is recorded as
 * published today (konkurs_store_publish_stage()); errors go to @source. */
void        konkurs_stage_publish_follow  (KonkursPrintPreview *preview,
                                           GtkWidget           *source,
                                           KonkursStore        *store,
                                           gint64               stage_id,
                                           const char          *kind_id);

G_END_DECLS
