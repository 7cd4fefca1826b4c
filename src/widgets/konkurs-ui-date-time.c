/* konkurs-ui-date-time.c — a moment as the secretary reads it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Beside konkurs-ui-dates.c rather than in it, so that the date keeps one
 * form, whatever that file makes of it, in the lists, the details and the
 * history alike.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-ui-dates.h"
#include "konkurs-ui-date-time.h"

char *
konkurs_ui_format_date_time (GDateTime *at)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *day = NULL;
  g_autofree char *time = NULL;
  GDate date;

  if (at == NULL)
    return g_strdup ("—");

  local = g_date_time_to_local (at);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  day = konkurs_ui_format_date (&date);
  time = g_date_time_format (local, "%H:%M");
  /* Translators: a date, then the time of day: "12.03.2026, 10:15" */
  return g_strdup_printf (_("%s, %s"), day, time);
}
