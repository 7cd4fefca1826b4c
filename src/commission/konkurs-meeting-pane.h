/* konkurs-meeting-pane.h — who is at a meeting: attendance switches with
 * the live quorum, who chairs, the observers, the recording
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store-commission.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_MEETING_PANE (konkurs_meeting_pane_get_type ())
G_DECLARE_FINAL_TYPE (KonkursMeetingPane, konkurs_meeting_pane, KONKURS, MEETING_PANE, AdwBin)

GtkWidget  *konkurs_meeting_pane_new         (void);
/* Shows @meeting (NULL: none) with @attendance (of KonkursAttendance). */
void        konkurs_meeting_pane_set_meeting (KonkursMeetingPane   *self,
                                              KonkursStore         *store,
                                              const KonkursMeeting *meeting,
                                              GPtrArray            *attendance,
                                              gboolean              writable);
/* "Quorum: 5 of 7 present, 5 needed", or what is missing. */
const char *konkurs_meeting_pane_get_quorum_text (KonkursMeetingPane *self);
/* The switch of the @index-th member (in the order they sign). */
GtkSwitch  *konkurs_meeting_pane_get_switch  (KonkursMeetingPane *self,
                                              guint               index);

/* The quorum in words, for the pane and the view's reasons. */
char       *konkurs_meeting_describe_quorum  (const KonkursQuorum *quorum);

G_END_DECLS
