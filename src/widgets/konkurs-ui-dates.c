/* konkurs-ui-dates.c — dates as the secretary reads and types them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "konkurs-ui-dates.h"

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

/* Splits "31.12.2025" into three runs of digits and the two characters
 * between them; FALSE for anything else (letters, spaces, signs, a
 * missing part). */
static gboolean
split_date (const char *text,
            char        numbers[3][8],
            char        separators[2])
{
  const char *p = text;

  for (int part = 0; part < 3; part++)
    {
      guint n = 0;

      while (g_ascii_isdigit (*p))
        {
          if (n + 1 >= sizeof numbers[part])
            return FALSE;
          numbers[part][n++] = *p++;
        }
      numbers[part][n] = '\0';
      if (n == 0)
        return FALSE;
      if (part == 2)
        return *p == '\0';
      if (*p == '\0' || g_ascii_isdigit (*p) || g_ascii_isspace (*p) || (guchar) *p >= 0x80)
        return FALSE;
      separators[part] = *p++;
    }
  return FALSE;
}

/* The order and separators of the locale's %x, learnt from a date whose
 * day, month and year cannot be mistaken for each other. */
static gboolean
locale_date_form (char  order[3],
                  char  separators[2])
{
  g_autoptr(GDate) sample = g_date_new_dmy (31, G_DATE_DECEMBER, 2025);
  char text[64], numbers[3][8];

  if (g_date_strftime (text, sizeof text, "%x", sample) == 0 || !split_date (text, numbers, separators))
    return FALSE;
  for (int i = 0; i < 3; i++)
    {
      if (strcmp (numbers[i], "31") == 0)
        order[i] = 'd';
      else if (strcmp (numbers[i], "12") == 0)
        order[i] = 'm';
      else if (strcmp (numbers[i], "2025") == 0 || strcmp (numbers[i], "25") == 0)
        order[i] = 'y';
      else
        return FALSE;
    }
  return TRUE;
}

static gboolean
set_from_parts (GDate      *date,
                char        numbers[3][8],
                const char  order[3])
{
  int day = 0, month = 0, year = 0;

  for (int i = 0; i < 3; i++)
    {
      size_t length = strlen (numbers[i]);
      int value = atoi (numbers[i]);

      /* A year in two digits could be of either century: refuse it. */
      if ((order[i] == 'y' && length != 4) || (order[i] != 'y' && length > 2))
        return FALSE;
      if (order[i] == 'd')
        day = value;
      else if (order[i] == 'm')
        month = value;
      else
        year = value;
    }
  return set_dmy (date, day, month, year);
}

gboolean
konkurs_ui_parse_date (const char *text,
                       GDate      *date)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  char numbers[3][8], separators[2], order[3], locale_separators[2];

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  /* No g_date_set_parse(): it makes a date of nearly anything ("15 3",
   * "12.2020").  Only whole dates with a four-digit year are taken. */
  if (!split_date (stripped, numbers, separators))
    return FALSE;

  /* Kazakhstan writes 31.12.2025; ISO dates come from files and copies. */
  if (separators[0] == '.' && separators[1] == '.')
    return set_from_parts (date, numbers, "dmy");
  if (separators[0] == '-' && separators[1] == '-' && strlen (numbers[0]) == 4)
    return set_from_parts (date, numbers, "ymd");
  if (locale_date_form (order, locale_separators) &&
      separators[0] == locale_separators[0] && separators[1] == locale_separators[1])
    return set_from_parts (date, numbers, order);
  return FALSE;
}

void
konkurs_ui_get_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}
