/* konkurs-ui-helpers.c — small pieces the candidate views and dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "konkurs-ui-helpers.h"

char *
konkurs_ui_format_date (const GDate *date)
{
  char buffer[128];

  if (date == NULL || !g_date_valid (date))
    return g_strdup (_("Not set"));
  if (g_date_strftime (buffer, sizeof buffer, "%x", date) == 0)
    return g_strdup ("");
  return g_strdup (buffer);
}

char *
konkurs_ui_format_date_input (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

static gboolean
set_dmy (GDate *date,
         int    day,
         int    month,
         int    year)
{
  if (year < 1800 || year > 2199 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

gboolean
konkurs_ui_parse_date (const char *text,
                       GDate      *date)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  int day, month, year;
  char end;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (stripped[0] == '\0')
    return FALSE;

  /* Kazakhstan writes 31.12.2025; ISO dates come from files and copies. */
  if (sscanf (stripped, "%d.%d.%d%c", &day, &month, &year, &end) == 3)
    return set_dmy (date, day, month, year);
  if (sscanf (stripped, "%d-%d-%d%c", &year, &month, &day, &end) == 3)
    return set_dmy (date, day, month, year);

  g_date_set_parse (date, stripped);
  if (!g_date_valid (date) || g_date_get_year (date) < 1800)
    {
      g_date_clear (date, 1);
      return FALSE;
    }
  return TRUE;
}

void
konkurs_ui_get_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

void
konkurs_ui_label_entry_row (AdwEntryRow *row)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (delegate != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (delegate),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                    -1);
}

void
konkurs_ui_show_field_error (GtkWidget  *field,
                             GtkLabel   *label,
                             const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  if (label == NULL)
    return;
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

char *
konkurs_ui_get_stripped_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

void
konkurs_ui_name_widget (GtkWidget  *widget,
                        const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}
