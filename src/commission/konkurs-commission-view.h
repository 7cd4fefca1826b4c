/* konkurs-commission-view.h — the Commission area: per competition its
 * commission, the meetings with attendance and the live quorum, the
 * interview grid and the final results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-area.h"
#include "konkurs-interview-grid.h"
#include "konkurs-meeting-pane.h"
#include "konkurs-results-pane.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_COMMISSION_VIEW (konkurs_commission_view_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCommissionView, konkurs_commission_view, KONKURS, COMMISSION_VIEW, KonkursArea)

/* Selects the competition, FALSE when the list has none of that id. */
gboolean              konkurs_commission_view_show_competition (KonkursCommissionView *self,
                                                                gint64                 competition_id);
gint64                konkurs_commission_view_get_competition_id (KonkursCommissionView *self);
/* The commission of the competition shown (0: none). */
gint64                konkurs_commission_view_get_commission_id (KonkursCommissionView *self);
/* Shows meeting @meeting_id of the competition; FALSE when it has none. */
gboolean              konkurs_commission_view_show_meeting     (KonkursCommissionView *self,
                                                                gint64                 meeting_id);
const KonkursMeeting *konkurs_commission_view_get_meeting      (KonkursCommissionView *self);
/* "attendance", "interview" or "results". */
void                  konkurs_commission_view_show_tab         (KonkursCommissionView *self,
                                                                const char            *name);
/* Why @action ("commission.record-decisions"…) is off, as its tooltip
 * says it; NULL while it is on. */
const char           *konkurs_commission_view_why_not          (KonkursCommissionView *self,
                                                                const char            *action);
KonkursMeetingPane   *konkurs_commission_view_get_meeting_pane (KonkursCommissionView *self);
KonkursInterviewGrid *konkurs_commission_view_get_grid         (KonkursCommissionView *self);
KonkursResultsPane   *konkurs_commission_view_get_results_pane (KonkursCommissionView *self);
/* What the commission line says: its name, its members and who chairs. */
const char           *konkurs_commission_view_get_commission_text (KonkursCommissionView *self);

G_END_DECLS
