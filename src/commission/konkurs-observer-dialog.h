/* konkurs-observer-dialog.h — registering an observer for a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store-commission.h"

G_BEGIN_DECLS

/* A dialog over @source's window: name, organisation, kind and the date
 * of registration (today by default).  A registration the store refuses
 * (later than one working day before the meeting) keeps the dialog open
 * with the store's words under the fields. */
AdwMessageDialog *konkurs_observer_dialog_present (GtkWidget            *source,
                                                   KonkursStore         *store,
                                                   const KonkursMeeting *meeting);

G_END_DECLS
