/* konkurs-meeting-row-item.h — one candidate of a meeting (a row of the
 * interview grid), as a GObject for the list models of GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-store-commission.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_MEETING_ROW_ITEM (konkurs_meeting_row_item_get_type ())
G_DECLARE_FINAL_TYPE (KonkursMeetingRowItem, konkurs_meeting_row_item, KONKURS, MEETING_ROW_ITEM, GObject)

/* Takes @row. */
KonkursMeetingRowItem   *konkurs_meeting_row_item_new     (KonkursMeetingRow *row);
const KonkursMeetingRow *konkurs_meeting_row_item_get_row (KonkursMeetingRowItem *self);
gint64                   konkurs_meeting_row_item_get_id  (KonkursMeetingRowItem *self);
/* Takes @row, the same candidate read again; notifies "row" so that its
 * cells show it. */
void                     konkurs_meeting_row_item_set_row (KonkursMeetingRowItem *self,
                                                           KonkursMeetingRow     *row);
/* Notifies "row" without a change: the current cell moved in or out. */
void                     konkurs_meeting_row_item_touch   (KonkursMeetingRowItem *self);

/* What a member's cell says: "For", "Against", "Abstained", a score,
 * "Recused", "Absent", "—" (not cast), "" for the secretary; a dissent
 * adds "✎". */
char                    *konkurs_meeting_row_dup_cell     (const KonkursMeetingRow *row,
                                                           gint64                   member_id);
/* The decision column: the live explanation, with "(recorded)" once the
 * decision is recorded, and what was recorded when it now differs. */
char                    *konkurs_meeting_row_dup_decision (const KonkursMeetingRow *row);
/* The vacancy or the sector, for the "Vacancy" column. */
const char              *konkurs_meeting_row_get_group    (const KonkursMeetingRow *row);

G_END_DECLS
