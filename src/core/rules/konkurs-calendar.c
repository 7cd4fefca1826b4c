/* konkurs-calendar.c — working days in Kazakhstan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-calendar.h"

G_DEFINE_QUARK (konkurs-calendar-error-quark, konkurs_calendar_error)

#define HOLIDAY_GROUP_PREFIX "holiday:"
#define PROVISIONAL_GROUP_PREFIX "provisional:"
#define MAX_HOLIDAY_DATES 8

typedef struct {
  guint8   n_dates;
  guint8   month[MAX_HOLIDAY_DATES];
  guint8   day[MAX_HOLIDAY_DATES];
  int      from;      /* 0: since ever */
  int      until;     /* 0: still in force */
  gboolean moves;     /* the day off moves when the holiday is on a weekend */
} Holiday;

typedef struct {
  guint32  kurban_ait;     /* julian day */
  GArray  *days_off;       /* guint32 julian days */
  GArray  *working_days;   /* guint32 julian days */
  gboolean provisional;
} YearData;

/* A day whose status rests on an announcement not yet confirmed: a deadline
 * counted across it may move by a day. */
typedef struct {
  guint32  julian;
  char    *name;      /* what may change, as the file names it */
  char    *name_kk;   /* the English one when not given */
  char    *name_ru;
} ProvisionalDay;

struct _KonkursCalendar
{
  GObject    parent_instance;

  GArray    *holidays;     /* Holiday */
  GArray    *provisional;  /* ProvisionalDay, sorted by day */
  int        first_year;
  int        last_year;
  YearData  *years;        /* last_year - first_year + 1 */
  /* Precomputed from the above so lookups need no locking: one byte per day
   * from 1 January of first_year, TRUE for a day off. */
  guint8    *off;
  guint32    first_julian;
  guint      n_days;
};

G_DEFINE_FINAL_TYPE (KonkursCalendar, konkurs_calendar, G_TYPE_OBJECT)

/* What the parser needs to say where a mistake is. */
typedef struct {
  const char *name;   /* file name shown in messages */
  const char *text;
  GKeyFile   *key_file;
} Parser;

static void
clear_provisional_day (gpointer data)
{
  ProvisionalDay *day = data;

  g_free (day->name);
  g_free (day->name_kk);
  g_free (day->name_ru);
}

static void
konkurs_calendar_finalize (GObject *object)
{
  KonkursCalendar *self = KONKURS_CALENDAR (object);

  if (self->years != NULL)
    {
      for (int y = self->first_year; y <= self->last_year; y++)
        {
          YearData *yd = &self->years[y - self->first_year];

          g_clear_pointer (&yd->days_off, g_array_unref);
          g_clear_pointer (&yd->working_days, g_array_unref);
        }
      g_free (self->years);
    }
  g_clear_pointer (&self->holidays, g_array_unref);
  g_clear_pointer (&self->provisional, g_array_unref);
  g_free (self->off);

  G_OBJECT_CLASS (konkurs_calendar_parent_class)->finalize (object);
}

static void
konkurs_calendar_class_init (KonkursCalendarClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = konkurs_calendar_finalize;
}

static void
konkurs_calendar_init (KonkursCalendar *self)
{
  self->holidays = g_array_new (FALSE, TRUE, sizeof (Holiday));
  self->provisional = g_array_new (FALSE, TRUE, sizeof (ProvisionalDay));
  g_array_set_clear_func (self->provisional, clear_provisional_day);
}

/* GKeyFile does not report where a key is, so the line is found again in
 * the text: the secretary who edits the file needs it more than anyone. */
static int
find_line (const char *text,
           const char *group,
           const char *key)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gboolean in_group = FALSE;
  gsize key_len = key != NULL ? strlen (key) : 0;

  for (int i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      while (*line == ' ' || *line == '\t')
        line++;

      if (*line == '[')
        {
          const char *end = strchr (line, ']');

          in_group = end != NULL
                     && (gsize) (end - line - 1) == strlen (group)
                     && strncmp (line + 1, group, end - line - 1) == 0;
          if (in_group && key == NULL)
            return i + 1;
          continue;
        }

      if (in_group && key != NULL && strncmp (line, key, key_len) == 0)
        {
          const char *rest = line + key_len;

          while (*rest == ' ' || *rest == '\t')
            rest++;
          if (*rest == '=')
            return i + 1;
        }
    }

  return 0;
}

/* @problem is a full sentence; the message puts the place in front of it:
 * "calendar.ini, line 12: [2026] kurban-ait: “2026-13-01” is not a date…" */
static void
set_parse_error (const Parser *p,
                 GError      **error,
                 const char   *group,
                 const char   *key,
                 const char   *problem)
{
  int line = group != NULL ? find_line (p->text, group, key) : 0;

  if (group == NULL)
    g_set_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_PARSE,
                 _("%s: %s"), p->name, problem);
  else if (key == NULL && line > 0)
    g_set_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_PARSE,
                 _("%s, line %d: [%s]: %s"), p->name, line, group, problem);
  else if (key == NULL)
    g_set_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_PARSE,
                 _("%s: [%s]: %s"), p->name, group, problem);
  else if (line > 0)
    g_set_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_PARSE,
                 _("%s, line %d: [%s] %s: %s"), p->name, line, group, key, problem);
  else
    g_set_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_PARSE,
                 _("%s: [%s] %s: %s"), p->name, group, key, problem);
}

static gboolean
all_digits (const char *s,
            gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* Strictly YYYY-MM-DD: a lenient reader would accept "2026-5-27 " and hide
 * a typo the secretary should see. */
static gboolean
parse_iso_date (const char *s,
                GDate      *date)
{
  int y, m, d;

  if (strlen (s) != 10 || s[4] != '-' || s[7] != '-'
      || !all_digits (s, 4) || !all_digits (s + 5, 2) || !all_digits (s + 8, 2))
    return FALSE;

  y = atoi (s);
  m = atoi (s + 5);
  d = atoi (s + 8);
  if (y < 1 || !g_date_valid_dmy (d, m, y))
    return FALSE;

  g_date_clear (date, 1);
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static gboolean
parse_month_day (const char *s,
                 guint8     *month,
                 guint8     *day)
{
  int m, d;

  if (strlen (s) != 5 || s[2] != '-' || !all_digits (s, 2) || !all_digits (s + 3, 2))
    return FALSE;

  m = atoi (s);
  d = atoi (s + 3);
  /* A non-leap year: a holiday on 29 February could not be observed. */
  if (!g_date_valid_dmy (d, m, 2023))
    return FALSE;

  *month = m;
  *day = d;
  return TRUE;
}

static gboolean
parse_year (const char *s,
            int        *year)
{
  if (strlen (s) != 4 || !all_digits (s, 4))
    return FALSE;
  *year = atoi (s);
  return *year >= 1900;
}

/* Every key must be known: a misspelt "kurban-aid" would otherwise be
 * ignored silently and the calendar would be wrong. */
static gboolean
check_keys (const Parser       *p,
            const char         *group,
            const char * const *allowed,
            GError            **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (p->key_file, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (!g_strv_contains (allowed, keys[i]))
        {
          g_autofree char *problem =
            g_strdup_printf (_("“%s” is not a known setting in this section."), keys[i]);

          set_parse_error (p, error, group, keys[i], problem);
          return FALSE;
        }
    }

  return TRUE;
}

/* The values of a comma-separated list, trimmed, empty items dropped. */
static GStrv
get_list (const Parser *p,
          const char   *group,
          const char   *key)
{
  g_auto(GStrv) items = g_key_file_get_string_list (p->key_file, group, key, NULL, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      char *item = g_strstrip (items[i]);

      if (*item != '\0')
        g_strv_builder_add (builder, item);
    }

  return g_strv_builder_end (builder);
}

static gboolean
get_optional_year (const Parser *p,
                   const char   *group,
                   const char   *key,
                   int          *year,
                   GError      **error)
{
  g_autofree char *value = g_key_file_get_value (p->key_file, group, key, NULL);

  *year = 0;
  if (value == NULL)
    return TRUE;

  if (!parse_year (g_strstrip (value), year))
    {
      g_autofree char *problem =
        g_strdup_printf (_("“%s” is not a year; write it with four digits, as 2026."), value);

      set_parse_error (p, error, group, key, problem);
      return FALSE;
    }

  return TRUE;
}

static gboolean
get_optional_boolean (const Parser *p,
                      const char   *group,
                      const char   *key,
                      gboolean      default_value,
                      gboolean     *out,
                      GError      **error)
{
  g_autofree char *value = g_key_file_get_value (p->key_file, group, key, NULL);

  *out = default_value;
  if (value == NULL)
    return TRUE;

  g_strstrip (value);
  if (g_strcmp0 (value, "true") == 0)
    *out = TRUE;
  else if (g_strcmp0 (value, "false") == 0)
    *out = FALSE;
  else
    {
      g_autofree char *problem =
        g_strdup_printf (_("“%s” must be true or false."), value);

      set_parse_error (p, error, group, key, problem);
      return FALSE;
    }

  return TRUE;
}

static gboolean
parse_holiday (KonkursCalendar *self,
               const Parser    *p,
               const char      *group,
               GError         **error)
{
  static const char * const allowed[] = { "name", "dates", "from", "until", "moves-off-weekend", NULL };
  g_auto(GStrv) dates = NULL;
  Holiday h = { 0 };

  if (!check_keys (p, group, allowed, error))
    return FALSE;

  dates = get_list (p, group, "dates");
  if (dates[0] == NULL)
    {
      set_parse_error (p, error, group, NULL,
                       _("The holiday has no dates; add a line such as “dates=03-21,03-22”."));
      return FALSE;
    }

  for (guint i = 0; dates[i] != NULL; i++)
    {
      if (i >= MAX_HOLIDAY_DATES)
        {
          set_parse_error (p, error, group, "dates", _("A holiday may have at most 8 dates."));
          return FALSE;
        }
      if (!parse_month_day (dates[i], &h.month[i], &h.day[i]))
        {
          g_autofree char *problem =
            g_strdup_printf (_("“%s” is not a day of the year; write it as MM-DD, as 03-21."), dates[i]);

          set_parse_error (p, error, group, "dates", problem);
          return FALSE;
        }
      h.n_dates = i + 1;
    }

  if (!get_optional_year (p, group, "from", &h.from, error)
      || !get_optional_year (p, group, "until", &h.until, error)
      || !get_optional_boolean (p, group, "moves-off-weekend", TRUE, &h.moves, error))
    return FALSE;

  if (h.from != 0 && h.until != 0 && h.until < h.from)
    {
      set_parse_error (p, error, group, "until",
                       _("The last year of the holiday is before its first year."));
      return FALSE;
    }

  g_array_append_val (self->holidays, h);
  return TRUE;
}

static int
compare_provisional_days (gconstpointer a,
                          gconstpointer b)
{
  const ProvisionalDay *x = a, *y = b;

  return (x->julian > y->julian) - (x->julian < y->julian);
}

/* [provisional:NAME]: dates (YYYY-MM-DD) whose status is announced but not
 * confirmed, and the name of what may change, in English and optionally
 * in Kazakh and Russian (name[kk], name[ru]) for the window's tooltips. */
static gboolean
parse_provisional (KonkursCalendar *self,
                   const Parser    *p,
                   const char      *group,
                   GError         **error)
{
  static const char * const allowed[] = { "name", "name[kk]", "name[ru]", "dates", NULL };
  g_auto(GStrv) dates = NULL;
  g_autofree char *name = NULL;

  if (!check_keys (p, group, allowed, error))
    return FALSE;

  name = g_key_file_get_value (p->key_file, group, "name", NULL);
  if (name == NULL || *g_strstrip (name) == '\0')
    {
      set_parse_error (p, error, group, NULL,
                       _("The provisional days have no name; add a line such as “name=Kurban Ait 2026”."));
      return FALSE;
    }
  dates = get_list (p, group, "dates");
  if (dates[0] == NULL)
    {
      set_parse_error (p, error, group, NULL,
                       _("The provisional days have no dates; add a line such as “dates=2026-05-27”."));
      return FALSE;
    }

  for (guint i = 0; dates[i] != NULL; i++)
    {
      ProvisionalDay day = { 0 };
      GDate date;

      if (!parse_iso_date (dates[i], &date))
        {
          g_autofree char *problem =
            g_strdup_printf (_("“%s” is not a date; write it as YYYY-MM-DD."), dates[i]);

          set_parse_error (p, error, group, "dates", problem);
          return FALSE;
        }
      day.julian = g_date_get_julian (&date);
      day.name = g_strdup (name);
      day.name_kk = g_key_file_get_locale_string (p->key_file, group, "name", "kk", NULL);
      day.name_ru = g_key_file_get_locale_string (p->key_file, group, "name", "ru", NULL);
      g_array_append_val (self->provisional, day);
    }

  g_array_sort (self->provisional, compare_provisional_days);
  return TRUE;
}

/* Reads a list of dates that must lie in @year; when @weekend is TRUE (or
 * FALSE) every date must fall on a weekend (or on a weekday), which catches
 * a day listed in the wrong key. */
static gboolean
parse_year_dates (const Parser *p,
                  const char   *group,
                  const char   *key,
                  int           year,
                  gboolean      weekend,
                  GArray      **out,
                  GError      **error)
{
  g_auto(GStrv) items = get_list (p, group, key);
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *problem = NULL;
      GDate date;
      gboolean is_weekend;
      guint32 julian;

      if (!parse_iso_date (items[i], &date))
        problem = g_strdup_printf (_("“%s” is not a date; write it as YYYY-MM-DD."), items[i]);
      else if (g_date_get_year (&date) != year)
        problem = g_strdup_printf (_("%s is not in %d."), items[i], year);
      else
        {
          is_weekend = g_date_get_weekday (&date) >= G_DATE_SATURDAY;
          if (weekend && !is_weekend)
            problem = g_strdup_printf (_("%s is a weekday, already a working day."), items[i]);
          else if (!weekend && is_weekend)
            problem = g_strdup_printf (_("%s is a Saturday or a Sunday, already a day off."), items[i]);
        }

      if (problem != NULL)
        {
          set_parse_error (p, error, group, key, problem);
          return FALSE;
        }

      julian = g_date_get_julian (&date);
      g_array_append_val (days, julian);
    }

  *out = g_steal_pointer (&days);
  return TRUE;
}

static gboolean
parse_year_group (const Parser *p,
                  const char   *group,
                  int           year,
                  YearData     *yd,
                  GError      **error)
{
  static const char * const allowed[] = { "kurban-ait", "days-off", "working-days", "provisional", NULL };
  g_autofree char *kurban = NULL;
  GDate date;

  if (!check_keys (p, group, allowed, error))
    return FALSE;

  kurban = g_key_file_get_value (p->key_file, group, "kurban-ait", NULL);
  if (kurban == NULL)
    {
      set_parse_error (p, error, group, NULL,
                       _("The first day of Kurban Ait is missing; add a line such as “kurban-ait=2026-05-27”."));
      return FALSE;
    }
  g_strstrip (kurban);
  if (!parse_iso_date (kurban, &date))
    {
      g_autofree char *problem =
        g_strdup_printf (_("“%s” is not a date; write it as YYYY-MM-DD."), kurban);

      set_parse_error (p, error, group, "kurban-ait", problem);
      return FALSE;
    }
  if (g_date_get_year (&date) != year)
    {
      g_autofree char *problem = g_strdup_printf (_("%s is not in %d."), kurban, year);

      set_parse_error (p, error, group, "kurban-ait", problem);
      return FALSE;
    }
  yd->kurban_ait = g_date_get_julian (&date);

  return parse_year_dates (p, group, "days-off", year, FALSE, &yd->days_off, error)
         && parse_year_dates (p, group, "working-days", year, TRUE, &yd->working_days, error)
         && get_optional_boolean (p, group, "provisional", FALSE, &yd->provisional, error);
}

/* Year sections must follow each other: a missing year in the middle would
 * make deadlines across it silently wrong. */
static gboolean
parse_years (KonkursCalendar    *self,
             const Parser       *p,
             const char * const *groups,
             GError            **error)
{
  int first = G_MAXINT, last = G_MININT;

  for (guint i = 0; groups[i] != NULL; i++)
    {
      int year;

      if (parse_year (groups[i], &year))
        {
          first = MIN (first, year);
          last = MAX (last, year);
        }
    }

  if (first == G_MAXINT)
    {
      set_parse_error (p, error, NULL, NULL,
                       _("The calendar has no year sections such as [2026], so no deadline can be counted."));
      return FALSE;
    }

  self->first_year = first;
  self->last_year = last;
  self->years = g_new0 (YearData, last - first + 1);

  for (int year = first; year <= last; year++)
    {
      g_autofree char *group = g_strdup_printf ("%d", year);

      if (!g_key_file_has_group (p->key_file, group))
        {
          g_autofree char *problem =
            g_strdup_printf (_("The section [%d] is missing; the years must follow each other from %d to %d."),
                             year, first, last);

          set_parse_error (p, error, NULL, NULL, problem);
          return FALSE;
        }
      if (!parse_year_group (p, group, year, &self->years[year - first], error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_groups (KonkursCalendar *self,
              const Parser    *p,
              GError         **error)
{
  g_auto(GStrv) groups = g_key_file_get_groups (p->key_file, NULL);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      int year;

      if (g_str_has_prefix (groups[i], HOLIDAY_GROUP_PREFIX))
        {
          if (!parse_holiday (self, p, groups[i], error))
            return FALSE;
        }
      else if (g_str_has_prefix (groups[i], PROVISIONAL_GROUP_PREFIX))
        {
          if (!parse_provisional (self, p, groups[i], error))
            return FALSE;
        }
      else if (!parse_year (groups[i], &year))
        {
          set_parse_error (p, error, groups[i], NULL,
                           _("This section is neither a holiday ([holiday:NAME]), provisional days ([provisional:NAME]) nor a year ([2026])."));
          return FALSE;
        }
    }

  return parse_years (self, p, (const char * const *) groups, error);
}

static guint32
julian_of (int year,
           int month,
           int day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static gboolean
is_weekend (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  return g_date_get_weekday (&date) >= G_DATE_SATURDAY;
}

enum {
  DAY_HOLIDAY_MOVES = 1 << 0,   /* a fixed holiday whose day off moves */
  DAY_HOLIDAY_STAYS = 1 << 1,   /* Jan 7, Kurban Ait */
  DAY_MOVED_OFF     = 1 << 2,   /* a weekday off because a holiday was on a weekend */
  DAY_DECREE_OFF    = 1 << 3,
  DAY_DECREE_WORK   = 1 << 4,
};

static void
mark_fixed_holidays (KonkursCalendar *self,
                     int              year,
                     guint32          jan1,
                     guint8          *flags)
{
  for (guint i = 0; i < self->holidays->len; i++)
    {
      const Holiday *h = &g_array_index (self->holidays, Holiday, i);

      if ((h->from != 0 && year < h->from) || (h->until != 0 && year > h->until))
        continue;
      for (guint d = 0; d < h->n_dates; d++)
        flags[julian_of (year, h->month[d], h->day[d]) - jan1] |=
          h->moves ? DAY_HOLIDAY_MOVES : DAY_HOLIDAY_STAYS;
    }
}

/* Fills @off (one byte per day of @year) with TRUE for days off.  @yd is
 * NULL for a year without data: weekends and fixed holidays only.
 * A holiday's day off moves to the next weekday that is not itself off;
 * the latest fixed holiday (16 December) cannot move into the next year. */
static void
compute_year (KonkursCalendar *self,
              int              year,
              const YearData  *yd,
              guint8          *off)
{
  guint32 jan1 = julian_of (year, 1, 1);
  guint n = g_date_is_leap_year (year) ? 366 : 365;
  guint8 flags[366] = { 0 };

  mark_fixed_holidays (self, year, jan1, flags);
  if (yd != NULL)
    {
      flags[yd->kurban_ait - jan1] |= DAY_HOLIDAY_STAYS;
      for (guint i = 0; i < yd->days_off->len; i++)
        flags[g_array_index (yd->days_off, guint32, i) - jan1] |= DAY_DECREE_OFF;
      for (guint i = 0; i < yd->working_days->len; i++)
        flags[g_array_index (yd->working_days, guint32, i) - jan1] |= DAY_DECREE_WORK;
    }

  for (guint i = 0; i < n; i++)
    {
      if (!(flags[i] & DAY_HOLIDAY_MOVES) || !is_weekend (jan1 + i))
        continue;
      for (guint j = i + 1; j < n; j++)
        {
          if (!is_weekend (jan1 + j) && flags[j] == 0)
            {
              flags[j] |= DAY_MOVED_OFF;
              break;
            }
        }
    }

  for (guint i = 0; i < n; i++)
    off[i] = !(flags[i] & DAY_DECREE_WORK) && (flags[i] != 0 || is_weekend (jan1 + i));
}

static void
precompute (KonkursCalendar *self)
{
  guint offset = 0;

  self->first_julian = julian_of (self->first_year, 1, 1);
  self->n_days = julian_of (self->last_year, 12, 31) - self->first_julian + 1;
  self->off = g_new0 (guint8, self->n_days);

  for (int year = self->first_year; year <= self->last_year; year++)
    {
      compute_year (self, year, &self->years[year - self->first_year], self->off + offset);
      offset += g_date_is_leap_year (year) ? 366 : 365;
    }
}

static KonkursCalendar *
calendar_new_from_text (const char *name,
                        const char *text,
                        gsize       length,
                        GError    **error)
{
  g_autoptr(KonkursCalendar) self = g_object_new (KONKURS_TYPE_CALENDAR, NULL);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *copy = g_strndup (text, length);
  g_autoptr(GError) local_error = NULL;
  Parser p = { name, copy, key_file };

  g_key_file_set_list_separator (key_file, ',');
  if (!g_key_file_load_from_data (key_file, copy, length, G_KEY_FILE_KEEP_TRANSLATIONS, &local_error))
    {
      set_parse_error (&p, error, NULL, NULL, local_error->message);
      return NULL;
    }

  if (!parse_groups (self, &p, error))
    return NULL;

  precompute (self);
  return g_steal_pointer (&self);
}

KonkursCalendar *
konkurs_calendar_new_from_data (const char *data,
                                gssize      length,
                                GError    **error)
{
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return calendar_new_from_text ("calendar.ini", data,
                                 length < 0 ? strlen (data) : (gsize) length, error);
}

KonkursCalendar *
konkurs_calendar_new_from_file (const char *path,
                                GError    **error)
{
  g_autofree char *text = NULL;
  gsize length = 0;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &text, &length, &local_error))
    {
      g_set_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_PARSE,
                   _("The working-day calendar could not be read: %s"), local_error->message);
      return NULL;
    }

  g_debug ("Reading the working-day calendar %s", path);
  return calendar_new_from_text (path, text, length, error);
}

KonkursCalendar *
konkurs_calendar_new_default (GError **error)
{
  g_autofree char *user_path = g_build_filename (g_get_user_config_dir (), "konkurs", "calendar.ini", NULL);
  const char *data_dir = g_getenv ("KONKURS_DATA_DIR");

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_file_test (user_path, G_FILE_TEST_IS_REGULAR))
    return konkurs_calendar_new_from_file (user_path, error);

  if (data_dir != NULL && *data_dir != '\0')
    {
      g_autofree char *path = g_build_filename (data_dir, "calendar.ini", NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return konkurs_calendar_new_from_file (path, error);
    }

  return konkurs_calendar_new_from_file (PKGDATADIR "/calendar.ini", error);
}

int
konkurs_calendar_get_first_year (KonkursCalendar *self)
{
  g_return_val_if_fail (KONKURS_IS_CALENDAR (self), 0);
  return self->first_year;
}

int
konkurs_calendar_get_last_year (KonkursCalendar *self)
{
  g_return_val_if_fail (KONKURS_IS_CALENDAR (self), 0);
  return self->last_year;
}

gboolean
konkurs_calendar_is_provisional (KonkursCalendar *self,
                                 int              year)
{
  g_return_val_if_fail (KONKURS_IS_CALENDAR (self), FALSE);

  if (year < self->first_year || year > self->last_year)
    return FALSE;
  return self->years[year - self->first_year].provisional;
}

gboolean
konkurs_calendar_is_working_day (KonkursCalendar *self,
                                 const GDate     *date)
{
  guint32 julian;
  int year;
  guint8 off[366];

  g_return_val_if_fail (KONKURS_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  julian = g_date_get_julian (date);
  if (julian >= self->first_julian && julian - self->first_julian < self->n_days)
    return !self->off[julian - self->first_julian];

  year = g_date_get_year (date);
  compute_year (self, year, NULL, off);
  return !off[julian - julian_of (year, 1, 1)];
}

gboolean
konkurs_calendar_is_date_provisional (KonkursCalendar *self,
                                      const GDate     *date)
{
  GDate before;

  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  before = *date;
  g_date_subtract_days (&before, 1);
  return konkurs_calendar_find_provisional (self, &before, date, NULL, NULL, NULL);
}

/* The interface language's name, else the file's (English) one. */
static const char *
pick_name (const ProvisionalDay *day,
           const char           *language)
{
  if (language == NULL)
    language = g_get_language_names ()[0];
  if (g_str_has_prefix (language, "kk") && day->name_kk != NULL)
    return day->name_kk;
  if (g_str_has_prefix (language, "ru") && day->name_ru != NULL)
    return day->name_ru;
  return day->name;
}

gboolean
konkurs_calendar_find_provisional (KonkursCalendar *self,
                                   const GDate     *after,
                                   const GDate     *last,
                                   const char      *language,
                                   GDate           *date,
                                   const char     **name)
{
  guint32 first_julian, last_julian;

  g_return_val_if_fail (KONKURS_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (after != NULL && g_date_valid (after), FALSE);
  g_return_val_if_fail (last != NULL && g_date_valid (last), FALSE);

  first_julian = g_date_get_julian (after) + 1;
  last_julian = g_date_get_julian (last);
  for (guint i = 0; i < self->provisional->len; i++)
    {
      const ProvisionalDay *day = &g_array_index (self->provisional, ProvisionalDay, i);

      if (day->julian < first_julian || day->julian > last_julian)
        continue;
      if (date != NULL)
        {
          g_date_clear (date, 1);
          g_date_set_julian (date, day->julian);
        }
      if (name != NULL)
        *name = pick_name (day, language);
      return TRUE;
    }
  return FALSE;
}

gboolean
konkurs_calendar_add_working_days (KonkursCalendar *self,
                                   const GDate     *start,
                                   int              days,
                                   GDate           *result,
                                   GError         **error)
{
  return konkurs_calendar_add_working_days_full (self, start, days, result, NULL, error);
}

gboolean
konkurs_calendar_add_working_days_full (KonkursCalendar *self,
                                        const GDate     *start,
                                        int              days,
                                        GDate           *result,
                                        gboolean        *provisional,
                                        GError         **error)
{
  guint32 julian;

  g_return_val_if_fail (KONKURS_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (start != NULL && g_date_valid (start), FALSE);
  g_return_val_if_fail (days >= 0, FALSE);
  g_return_val_if_fail (result != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  julian = g_date_get_julian (start);
  while (days > 0)
    {
      julian++;
      if (julian < self->first_julian || julian - self->first_julian >= self->n_days)
        {
          GDate day;

          g_date_clear (&day, 1);
          g_date_set_julian (&day, julian);
          g_set_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_NO_DATA,
                       _("The working-day calendar has no data for %d (it covers %d to %d), "
                         "so the deadline cannot be counted. Add the year to calendar.ini."),
                       g_date_get_year (&day), self->first_year, self->last_year);
          return FALSE;
        }
      if (!self->off[julian - self->first_julian])
        days--;
    }

  g_date_clear (result, 1);
  g_date_set_julian (result, julian);
  if (provisional != NULL)
    *provisional = konkurs_calendar_find_provisional (self, start, result, NULL, NULL, NULL);
  return TRUE;
}
