/* konkurs-experts-pane.h — the graders of an essay stage: each with
 * background, sectors, load, progress and packages issued, and the
 * agreement between them overall and per sector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-store-essays.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_EXPERTS_PANE (konkurs_experts_pane_get_type ())
G_DECLARE_FINAL_TYPE (KonkursExpertsPane, konkurs_experts_pane, KONKURS, EXPERTS_PANE, GtkWidget)

/* Reads the graders of @stage_id (0: none) and the agreement overall and
 * for each of @sectors (NULL-terminated, may be NULL); keeps the
 * selected grader when still there.  Emits "selection-changed". */
void        konkurs_experts_pane_set_stage (KonkursExpertsPane *self,
                                            KonkursStore       *store,
                                            gint64              stage_id,
                                            const char * const *sectors);
/* The selected grader, 0 when none; of KonkursExpertItem. */
gint64      konkurs_experts_pane_get_selected (KonkursExpertsPane *self);
const char *konkurs_experts_pane_get_selected_name (KonkursExpertsPane *self);
gboolean    konkurs_experts_pane_select    (KonkursExpertsPane *self,
                                            gint64              expert_id);
GListModel *konkurs_experts_pane_get_items (KonkursExpertsPane *self);
/* The agreement line, as shown ("α = 0.74 (120 essays)"). */
const char *konkurs_experts_pane_get_agreement (KonkursExpertsPane *self);

G_END_DECLS
