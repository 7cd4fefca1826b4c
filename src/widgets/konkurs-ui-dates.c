/* konkurs-ui-dates.c — dates as the secretary reads and types them
 *
 * The window writes a date in full, in the interface language ("14 May
 * 1995", "14 мая 1995 г.", "1995 ж. 14 мамыр"): a year in two digits or a
 * day and a month in either order would be read wrongly by somebody.  The
 * month names and the order are translations of the interface, so a date
 * reads in the same language as the label beside it whatever the C
 * library's locale.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "konkurs-ui-dates.h"

/* The month as a date says it: in Russian the genitive ("14 мая"). */
static const char *
month_name (GDateMonth month)
{
  switch (month)
    {
    case G_DATE_JANUARY: return C_("month in a date", "January");
    case G_DATE_FEBRUARY: return C_("month in a date", "February");
    case G_DATE_MARCH: return C_("month in a date", "March");
    case G_DATE_APRIL: return C_("month in a date", "April");
    case G_DATE_MAY: return C_("month in a date", "May");
    case G_DATE_JUNE: return C_("month in a date", "June");
    case G_DATE_JULY: return C_("month in a date", "July");
    case G_DATE_AUGUST: return C_("month in a date", "August");
    case G_DATE_SEPTEMBER: return C_("month in a date", "September");
    case G_DATE_OCTOBER: return C_("month in a date", "October");
    case G_DATE_NOVEMBER: return C_("month in a date", "November");
    case G_DATE_DECEMBER: return C_("month in a date", "December");
    case G_DATE_BAD_MONTH:
    default:
      return "";
    }
}

static char *
format_dmy (guint       day,
            GDateMonth  month,
            guint       year)
{
  /* Translators: a date written in full: %1$u is the day, %2$s the month's
   * name as a date says it, %3$u the year, as “1995 ж. 14 мамыр” in Kazakh
   * and “14 мая 1995 г.” in Russian.  Keep the three numbered parts. */
  return g_strdup_printf (_("%1$u %2$s %3$u"), day, month_name (month), year);
}

char *
konkurs_ui_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup (_("Not set"));
  return konkurs_ui_format_date_input (date);
}

char *
konkurs_ui_format_date_input (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return format_dmy (g_date_get_day (date), g_date_get_month (date), g_date_get_year (date));
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

/* The month whose name @folded (case-folded) holds, the longest name
 * winning; G_DATE_BAD_MONTH when none or two at one length. */
static GDateMonth
find_month_name (const char *folded)
{
  GDateMonth found = G_DATE_BAD_MONTH;
  size_t found_length = 0;
  gboolean ambiguous = FALSE;

  for (int m = G_DATE_JANUARY; m <= G_DATE_DECEMBER; m++)
    {
      g_autofree char *name = g_utf8_casefold (month_name (m), -1);
      size_t length = strlen (name);

      if (length == 0 || strstr (folded, name) == NULL || length < found_length)
        continue;
      ambiguous = length == found_length;
      found = m;
      found_length = length;
    }
  return ambiguous ? G_DATE_BAD_MONTH : found;
}

/* A date in words, as the window writes it ("14 мая 1995 г.") or close to
 * it ("14 мая 1995"): a day of one or two digits, a year of four and the
 * name of a month, in any order, with nothing else but letters, dots and
 * spaces. */
static gboolean
parse_full_form (const char *text,
                 GDate      *date)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  int day = -1, year = -1;
  GDateMonth month;

  for (const char *p = folded; *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);

      if (g_ascii_isdigit (*p))
        {
          const char *start = p;
          int value = 0;

          for (; g_ascii_isdigit (*p) && p - start < 5; p++)
            value = value * 10 + (*p - '0');
          if (p - start == 4 && year < 0)
            year = value;
          else if (p - start <= 2 && day < 0)
            day = value;
          else
            return FALSE;
          continue;
        }
      if (!g_unichar_isalpha (c) && !g_unichar_isspace (c) && c != '.' && c != ',')
        return FALSE;
      p = g_utf8_next_char (p);
    }

  month = find_month_name (folded);
  return day > 0 && year > 0 && month != G_DATE_BAD_MONTH && set_dmy (date, day, month, year);
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
    return parse_full_form (stripped, date);

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
