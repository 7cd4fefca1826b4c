/* konkurs-ui-dates.h — dates as the secretary reads and types them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The date in the locale's short form (%x), or "Not set". */
char    *konkurs_ui_format_date        (const GDate *date);
/* The date as a person types it here: "31.12.2025". "" for an unset date. */
char    *konkurs_ui_format_date_input  (const GDate *date);
/* What a person typed: "31.12.2025", "2025-12-31", or the locale's form.
 * FALSE (and @date cleared) when it is no date. */
gboolean konkurs_ui_parse_date         (const char *text,
                                        GDate      *date);
void     konkurs_ui_get_today          (GDate      *date);

G_END_DECLS
