/* konkurs-ui-deadline.c — a deadline counted in working days, shown as
 * provisional when the count ran across a holiday not yet confirmed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-ui-dates.h"
#include "konkurs-ui-deadline.h"

char *
konkurs_ui_format_deadline (KonkursCalendar *calendar,
                            const GDate     *counted_from,
                            const GDate     *deadline,
                            char           **tooltip)
{
  g_autofree char *text = konkurs_ui_format_date (deadline);
  g_autofree char *day_text = NULL;
  const char *name = NULL;
  GDate day;

  if (tooltip != NULL)
    *tooltip = NULL;
  if (calendar == NULL || counted_from == NULL || !g_date_valid (counted_from)
      || deadline == NULL || !g_date_valid (deadline)
      || !konkurs_calendar_find_provisional (calendar, counted_from, deadline, NULL, &day, &name))
    return g_steal_pointer (&text);

  day_text = konkurs_ui_format_date (&day);
  if (tooltip != NULL)
    /* Translators: %1$s the name of a holiday not yet confirmed, as "Kurban Ait 2026 (may move by a day)"; %2$s its date */
    *tooltip = g_strdup_printf (_("Provisional: the count of working days runs across %1$s, %2$s, which is "
                                  "announced but not yet confirmed; the deadline may still move by a day."),
                                name, day_text);
  /* Translators: a deadline that may still move, as "27 May 2026 (provisional)" */
  return g_strdup_printf (_("%s (provisional)"), text);
}

void
konkurs_ui_show_deadline (GtkLabel        *label,
                          KonkursCalendar *calendar,
                          const GDate     *counted_from,
                          const GDate     *deadline)
{
  g_autofree char *tooltip = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  text = konkurs_ui_format_deadline (calendar, counted_from, deadline, &tooltip);
  gtk_label_set_text (label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);
}
