/* konkurs-ui-deadline.h — a deadline counted in working days, shown as
 * provisional when the count ran across a holiday not yet confirmed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-calendar.h"

G_BEGIN_DECLS

/* @deadline as the window writes it, with " (provisional)" when a day
 * after @counted_from up to @deadline is a provisional day of @calendar
 * (konkurs_calendar_find_provisional()); then *@tooltip (may be NULL) gets
 * a sentence naming that day and what may change, else NULL.  Free both
 * with g_free().  @calendar or @counted_from NULL: never provisional. */
char *konkurs_ui_format_deadline (KonkursCalendar *calendar,
                                  const GDate     *counted_from,
                                  const GDate     *deadline,
                                  char           **tooltip);
/* Sets @label to konkurs_ui_format_deadline() and its tooltip. */
void  konkurs_ui_show_deadline   (GtkLabel        *label,
                                  KonkursCalendar *calendar,
                                  const GDate     *counted_from,
                                  const GDate     *deadline);

G_END_DECLS
