/* konkurs-stage-page.h — one stage of a competition: its results table,
 * entry, import, closing and publication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-stage-item.h"
#include "konkurs-store-stages.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_STAGE_PAGE (konkurs_stage_page_get_type ())
G_DECLARE_FINAL_TYPE (KonkursStagePage, konkurs_stage_page, KONKURS, STAGE_PAGE, GtkWidget)

/* Actions: stage.enter (the selected row's result), stage.import,
 * stage.close (the preview of who goes on), stage.publish (the
 * publication list, through the print preview), stage.protocol. */

/* Shows @stage of @store (copied; NULL: none) without rows: they are read
 * in a worker, and come with konkurs_stage_page_set_stage_read().
 * @blocker names the stage that must close before this one opens (NULL
 * when none); @writable is FALSE for a read-only database: nothing can be
 * changed then. */
void                konkurs_stage_page_set_stage   (KonkursStagePage   *self,
                                                    KonkursStore       *store,
                                                    const KonkursStage *stage,
                                                    const char         *blocker,
                                                    gboolean            writable);
const KonkursStage *konkurs_stage_page_get_stage   (KonkursStagePage   *self);

/* What the page shows of a stage, read in a worker thread (it touches no
 * widget) by whoever loads the stage off the main thread. */
typedef struct _KonkursStagePageData KonkursStagePageData;
KonkursStagePageData *konkurs_stage_page_data_read (KonkursStore *store, const KonkursStage *stage,
                                                    GError **error);
void                konkurs_stage_page_data_free   (KonkursStagePageData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStagePageData, konkurs_stage_page_data_free)
/* konkurs_stage_page_set_stage() with the rows read already: @data
 * (taken; NULL with @error when they could not be read). */
void                konkurs_stage_page_set_stage_read (KonkursStagePage     *self,
                                                       KonkursStore         *store,
                                                       const KonkursStage   *stage,
                                                       const char           *blocker,
                                                       gboolean              writable,
                                                       KonkursStagePageData *data,
                                                       const GError         *error);
/* The database became read-only, or writable again. */
void                konkurs_stage_page_set_writable (KonkursStagePage  *self,
                                                     gboolean           writable);
/* The rows as the table shows them (sorted and filtered), of
 * KonkursStageItem. */
GListModel         *konkurs_stage_page_get_rows    (KonkursStagePage   *self);
void                konkurs_stage_page_set_filter  (KonkursStagePage   *self,
                                                    KonkursStageFilter  filter);
/* Selects the row of @application_id; FALSE when the table does not
 * show it. */
gboolean            konkurs_stage_page_select      (KonkursStagePage   *self,
                                                    gint64              application_id);
/* "Goes on 12, stays out 3, without a result 1" */
char               *konkurs_stage_page_dup_totals  (KonkursStagePage   *self);

G_END_DECLS
