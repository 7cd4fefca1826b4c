/* konkurs-calendar.h — working days in Kazakhstan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KONKURS_CALENDAR_ERROR (konkurs_calendar_error_quark ())
typedef enum {
  KONKURS_CALENDAR_ERROR_PARSE,      /* the file is not a valid calendar; message names file, line, key */
  KONKURS_CALENDAR_ERROR_NO_DATA,    /* a date outside the years the calendar knows */
} KonkursCalendarError;
GQuark konkurs_calendar_error_quark (void);

#define KONKURS_TYPE_CALENDAR (konkurs_calendar_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCalendar, konkurs_calendar, KONKURS, CALENDAR, GObject)

/* The calendar is data (data/calendar.ini): fixed public holidays with the
 * years they apply to, and for each year the first day of Kurban Ait and the
 * days the Government moved by decree.  The weekend-transfer rule of fixed
 * holidays is applied by code.
 *
 * A calendar is immutable once built, so it may be shared between threads. */
KonkursCalendar *konkurs_calendar_new_from_file (const char *path, GError **error);
KonkursCalendar *konkurs_calendar_new_from_data (const char *data, gssize length, GError **error);
/* The calendar shipped with Konkurs: $KONKURS_DATA_DIR/calendar.ini, else
 * the installed one; a copy in the user's configuration directory
 * (konkurs/calendar.ini) takes precedence so a secretary can correct it. */
KonkursCalendar *konkurs_calendar_new_default   (GError **error);

/* First and last year with complete data (Kurban Ait and transfers). */
int      konkurs_calendar_get_first_year     (KonkursCalendar *self);
int      konkurs_calendar_get_last_year      (KonkursCalendar *self);
/* TRUE when the data of @year is marked provisional (for example Kurban Ait
 * not yet announced and estimated), so a view can warn that deadlines in
 * that year may change.  FALSE for years the calendar does not know. */
gboolean konkurs_calendar_is_provisional     (KonkursCalendar *self, int year);
/* Outside the known years the answer comes from weekends and fixed holidays
 * only (no Kurban Ait, no decrees): a best guess for display.  Deadlines
 * must use add_working_days, which refuses to guess. */
gboolean konkurs_calendar_is_working_day     (KonkursCalendar *self, const GDate *date);
/* Adds @days working days to @start: the result is the @days-th working day
 * after @start (start itself not counted).  Fails with NO_DATA when the
 * count runs through a year the calendar does not know. */
gboolean konkurs_calendar_add_working_days   (KonkursCalendar *self,
                                              const GDate     *start,
                                              int              days,
                                              GDate           *result,
                                              GError         **error);

/* As add_working_days; @provisional (may be NULL) is set TRUE when the
 * count crossed or landed on a day marked provisional ([provisional:…] in
 * calendar.ini: a holiday announced but not confirmed), so that the result
 * may still move by a day.  konkurs_calendar_find_provisional() names it. */
gboolean konkurs_calendar_add_working_days_full (KonkursCalendar *self,
                                                 const GDate     *start,
                                                 int              days,
                                                 GDate           *result,
                                                 gboolean        *provisional,
                                                 GError         **error);
/* TRUE when @date itself is a provisional day. */
gboolean konkurs_calendar_is_date_provisional   (KonkursCalendar *self,
                                                 const GDate     *date);
/* The first provisional day after @after up to @last inclusive: its date
 * (may be NULL) and the name of what may change, in @language ("kk", "ru";
 * NULL: the interface language; the file's English name when it gives none
 * in that language), owned by the calendar.  FALSE when there is none. */
gboolean konkurs_calendar_find_provisional      (KonkursCalendar *self,
                                                 const GDate     *after,
                                                 const GDate     *last,
                                                 const char      *language,
                                                 GDate           *date,
                                                 const char     **name);

G_END_DECLS
