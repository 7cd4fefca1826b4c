/* konkurs-ui-date-time.h — a moment (a decision, an entry of the history)
 * as the secretary reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @at in local time: the date as konkurs_ui_format_date() writes it, then
 * the time, "12.03.2026, 10:15"; "—" for NULL. */
char *konkurs_ui_format_date_time (GDateTime *at);

G_END_DECLS
