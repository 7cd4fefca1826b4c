/* konkurs-commission-member-row.h — one member in the commission dialog:
 * role, name and position in both languages, the signing order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-commission.h"
#include "konkurs-edit-row.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_COMMISSION_MEMBER_ROW (konkurs_commission_member_row_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCommissionMemberRow, konkurs_commission_member_row, KONKURS, COMMISSION_MEMBER_ROW,
                      KonkursEditRow)

/* A row showing @member (NULL: a new member).  Signal "move" (int: -1
 * earlier, +1 later), for the dialog to reorder its list. */
KonkursCommissionMemberRow *konkurs_commission_member_row_new (const KonkursCommissionMember *member);
/* The member as typed, keeping the id it was shown with. */
KonkursCommissionMember    *konkurs_commission_member_row_get_member (KonkursCommissionMemberRow *self);
void                        konkurs_commission_member_row_set_role   (KonkursCommissionMemberRow *self,
                                                                      KonkursCommissionRole       role);

G_END_DECLS
