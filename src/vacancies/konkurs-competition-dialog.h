/* konkurs-competition-dialog.h — create or edit a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-edit-dialog.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_COMPETITION_DIALOG (konkurs_competition_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCompetitionDialog, konkurs_competition_dialog, KONKURS, COMPETITION_DIALOG, KonkursEditDialog)

/* A modal dialog over @parent.  @competition NULL creates a new one; else a
 * copy is edited, and @competition itself is left alone.  Signals:
 * "saved" (KonkursCompetition *): after the store saved it, just before the
 * dialog closes. */
KonkursCompetitionDialog *konkurs_competition_dialog_new (GtkWindow          *parent,
                                                          KonkursStore       *store,
                                                          KonkursCompetition *competition);

G_END_DECLS
