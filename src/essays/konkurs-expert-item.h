/* konkurs-expert-item.h — one grader of the experts pane (an expert's
 * load in a stage), as a GObject for the list models of GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-store-essays.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_EXPERT_ITEM (konkurs_expert_item_get_type ())
G_DECLARE_FINAL_TYPE (KonkursExpertItem, konkurs_expert_item, KONKURS, EXPERT_ITEM, GObject)

/* Takes @load. */
KonkursExpertItem       *konkurs_expert_item_new      (KonkursExpertLoad *load);
const KonkursExpertLoad *konkurs_expert_item_get_load (KonkursExpertItem *self);
gint64                   konkurs_expert_item_get_id   (KonkursExpertItem *self);
/* "12 of 40", and the mean total given ("—" before any grade). */
char                    *konkurs_expert_item_dup_progress (KonkursExpertItem *self);
char                    *konkurs_expert_item_dup_mean     (KonkursExpertItem *self);

G_END_DECLS
