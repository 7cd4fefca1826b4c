/* konkurs-essays-view.h — the Essays area: the essays of a competition's
 * essay stage by personal code, their graders, the experts' load and the
 * agreement between them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-area.h"
#include "konkurs-essay-item.h"
#include "konkurs-essay-page.h"
#include "konkurs-experts-pane.h"
#include "konkurs-store-stages.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_ESSAYS_VIEW (konkurs_essays_view_get_type ())
G_DECLARE_FINAL_TYPE (KonkursEssaysView, konkurs_essays_view, KONKURS, ESSAYS_VIEW, KonkursArea)

gboolean            konkurs_essays_view_show_competition (KonkursEssaysView *self,
                                                          gint64             competition_id);
gint64              konkurs_essays_view_get_competition_id (KonkursEssaysView *self);
/* The essay stage shown, NULL when the competition has none. */
const KonkursStage *konkurs_essays_view_get_stage        (KonkursEssaysView *self);
/* Reads the stage's essays, graders and seal again. */
void                konkurs_essays_view_reload           (KonkursEssaysView *self);

/* The table's rows as shown (filtered and sorted), of KonkursEssayItem. */
GListModel         *konkurs_essays_view_get_essays       (KonkursEssaysView *self);
void                konkurs_essays_view_set_filter       (KonkursEssaysView  *self,
                                                          KonkursEssayFilter  filter);
/* @sector: a sector's code, NULL or "" for every sector; FALSE when no
 * essay shown has it. */
gboolean            konkurs_essays_view_set_sector       (KonkursEssaysView *self,
                                                          const char        *sector);
void                konkurs_essays_view_set_search       (KonkursEssaysView *self,
                                                          const char        *text);
gboolean            konkurs_essays_view_select_essay     (KonkursEssaysView *self,
                                                          gint64             essay_id);
KonkursEssayItem   *konkurs_essays_view_get_selected     (KonkursEssaysView *self);
KonkursEssayPage   *konkurs_essays_view_get_essay_page   (KonkursEssaysView *self);
KonkursExpertsPane *konkurs_essays_view_get_experts_pane (KonkursEssaysView *self);
/* Shows the "essays" or the "graders" tab. */
void                konkurs_essays_view_show_tab         (KonkursEssaysView *self,
                                                          const char        *name);
/* Why @action ("essays.assign"…) is off, NULL when it is on. */
const char         *konkurs_essays_view_why_not          (KonkursEssaysView *self,
                                                          const char        *action);
/* The essay rule of the stage shown, NULL without one. */
const KonkursEssayRule *konkurs_essays_view_get_rule     (KonkursEssaysView *self);
/* TRUE while the writers are sealed. */
gboolean            konkurs_essays_view_get_sealed       (KonkursEssaysView *self);

G_END_DECLS
