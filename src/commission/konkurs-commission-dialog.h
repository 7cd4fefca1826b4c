/* konkurs-commission-dialog.h — a commission with its members: roles,
 * names and positions in both languages, the signing order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-edit-dialog.h"
#include "konkurs-store-commission.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_COMMISSION_DIALOG (konkurs_commission_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCommissionDialog, konkurs_commission_dialog, KONKURS, COMMISSION_DIALOG,
                      KonkursEditDialog)

/* Edits a copy of @record (id 0: a new commission).  Signal "saved"
 * (gint64 commission id). */
KonkursCommissionDialog *konkurs_commission_dialog_new (GtkWindow                     *parent,
                                                        KonkursStore                  *store,
                                                        const KonkursCommissionRecord *record);
/* Adds a member row (for tests: the Add Member button). */
void                     konkurs_commission_dialog_add_member (KonkursCommissionDialog       *self,
                                                               const KonkursCommissionMember *member);
/* The even-number warning as shown, "" when none. */
const char              *konkurs_commission_dialog_get_warning (KonkursCommissionDialog *self);

G_END_DECLS
