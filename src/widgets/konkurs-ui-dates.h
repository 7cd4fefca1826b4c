/* konkurs-ui-dates.h — dates as the secretary reads and types them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The date in full in the interface language ("14 May 1995", "14 мая
 * 1995 г.", "1995 ж. 14 мамыр"), or "Not set". */
char    *konkurs_ui_format_date        (const GDate *date);
/* The same for a field that holds a date: "" for an unset date. */
char    *konkurs_ui_format_date_input  (const GDate *date);
/* What a person typed: "31.12.2025", "2025-12-31", the locale's short
 * form with a four-digit year, or the full form these functions write
 * ("14 мая 1995 г.", also without "г.").  FALSE (and @date cleared) when
 * it is no date. */
gboolean konkurs_ui_parse_date         (const char *text,
                                        GDate      *date);
void     konkurs_ui_get_today          (GDate      *date);

G_END_DECLS
