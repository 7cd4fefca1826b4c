/* konkurs-stage-publish.h — the stage's publication list and protocol,
 * through the print preview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-store-stages.h"

G_BEGIN_DECLS

/* Why the document @kind_id ("stage-publication", "stage") of @stage
 * cannot be printed now, in the interface language; NULL when it can. */
const char *konkurs_stage_publish_why_not (const KonkursStage *stage,
                                           const char         *kind_id);
/* Whether the publication list of closed stage @stage was issued
 * (konkurs_store_publish_stage(), kept in the record); the stage's
 * published_on alone is also the date planned for it. */
gboolean    konkurs_stage_is_published    (KonkursStore       *store,
                                           const KonkursStage *stage);
/* Opens the print preview of the document @kind_id of @stage in
 * @language_code ("kk", "ru"; the preview switches).  A final publication
 * list, printed or saved, is recorded as published today
 * (konkurs_store_publish_stage()). */
void        konkurs_stage_publish_present (GtkWidget          *source,
                                           KonkursStore       *store,
                                           const KonkursStage *stage,
                                           const char         *kind_id,
                                           const char         *language_code,
                                           GCancellable       *cancellable);

G_END_DECLS
