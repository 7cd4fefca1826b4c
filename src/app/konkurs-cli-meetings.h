/* konkurs-cli-meetings.h — which meeting of a commission the command
 * line prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-cli.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* The meeting --print commission is for: --meeting ID among the meetings
 * of --competition ID, or without it the competition's only meeting.
 * FALSE, having said why on stderr with the exit status in *@status, when
 * there is none, --meeting names a meeting of another competition, or
 * there are several (they are listed with their ids, dates and stages). */
gboolean konkurs_cli_find_meeting (KonkursStore            *store,
                                   const KonkursCliOptions *options,
                                   gint64                  *meeting_id,
                                   int                     *status);

/* A final protocol of a meeting whose decisions are not recorded: says so
 * on stderr. */
void     konkurs_cli_explain_meeting_undecided (const KonkursCliOptions *options, gint64 meeting_id);

G_END_DECLS
