/* konkurs-ui-stages.h — what the window says of a competition's stages:
 * the texts of a step of its path (the Stages area) and where it stands
 * (the competition's details in Vacancies)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-store-stages.h"

G_BEGIN_DECLS

/* What a step says, in the interface language: "Done", "Open"…; the
 * candidates still in ("12 candidates", NULL for a stage not reached);
 * and the whole for a screen reader: "Testing, open, 12 candidates". */
const char *konkurs_stage_state_get_text    (const KonkursStage *stage,
                                             gboolean            published);
char       *konkurs_stage_dup_count_text    (const KonkursStage *stage);
char       *konkurs_stage_dup_dates_text    (const KonkursStage *stage);
char       *konkurs_stage_dup_accessible_name (const KonkursStage *stage,
                                               gboolean            published);

/* Why the document @kind_id ("stage-publication", "stage") of @stage
 * cannot be printed now, in the interface language; NULL when it can. */
const char *konkurs_stage_publish_why_not (const KonkursStage *stage,
                                           const char         *kind_id);
/* Where competition @competition_id stands, from the stages it has
 * (konkurs_store_peek_stages(): read, never made): the current stage as a
 * step says it, "Testing, open, 12 candidates", or "Not started" when its
 * stages were never made; NULL with @error when they cannot be read. */
char       *konkurs_ui_describe_competition_stage (KonkursStore *store,
                                                   gint64        competition_id,
                                                   GError      **error);

G_END_DECLS
