/* konkurs-expert-dialog.h — one expert of the registry: name, background,
 * sectors, employer, contacts and declared conflicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-edit-dialog.h"
#include "konkurs-store-essays.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_EXPERT_DIALOG (konkurs_expert_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursExpertDialog, konkurs_expert_dialog, KONKURS, EXPERT_DIALOG, KonkursEditDialog)

/* @expert NULL: a new expert.  Emits "saved" (the expert's id) once the
 * store took it. */
KonkursExpertDialog *konkurs_expert_dialog_new (GtkWindow           *parent,
                                                KonkursStore        *store,
                                                const KonkursExpert *expert);

G_END_DECLS
