/* konkurs-recording.h — the files of the Commission area: linking a
 * meeting's recording (hashed off the main thread, with progress and
 * Cancel), importing a commission or meeting file, exporting a meeting
 * for the laptop in the meeting room
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

/* Asks for the recording's file over @source's window, then links it to
 * @meeting_id in a job (the file is read in full for its SHA-256). */
void konkurs_recording_choose        (GtkWidget    *source,
                                      KonkursStore *store,
                                      gint64        meeting_id);
/* Asks for a <konkurs-commission> (@meeting FALSE) or <konkurs-meeting>
 * file and imports it, all or nothing; the refusal says file and line. */
void konkurs_recording_import        (GtkWidget    *source,
                                      KonkursStore *store,
                                      gboolean      meeting);
/* Asks where, then writes @meeting_id as <konkurs-meeting>. */
void konkurs_recording_export_meeting (GtkWidget    *source,
                                       KonkursStore *store,
                                       gint64        meeting_id,
                                       const char   *suggested_name);

G_END_DECLS
