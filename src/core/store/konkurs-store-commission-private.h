/* konkurs-store-commission-private.h — what the files of the commission
 * share inside the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-results.h"
#include "konkurs-store-stages-private.h"

G_BEGIN_DECLS

/* konkurs-store-schema-commission.c: migration 14. */
extern const char konkurs_store_migration_commission[];

/* konkurs-store-results.c: the rows of @stage (of KonkursStageRow, as
 * konkurs-store-stage-rows.c made them) when it is the national-commission
 * stage (the top: admitted go on, the others recommended stay out beyond
 * the places, a tie has no result yet) or the decision stage (a result
 * once the vacancy's outcome is recorded: winner and reserve go on, those
 * not recommended stay out); other stages are left alone. */
gboolean konkurs_store_results_stage_rows (KonkursStore *self, const KonkursStage *stage, GPtrArray *rows,
                                           GError **error);

G_END_DECLS
