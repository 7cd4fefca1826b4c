/* test-calendar.c — working days in Kazakhstan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "konkurs-calendar.h"
#include "konkurs-test-util.h"

/* The rules checked here are those of konkurs_test_calendar_new (). */

static gboolean
working (KonkursCalendar *calendar,
         int              year,
         int              month,
         int              day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return konkurs_calendar_is_working_day (calendar, &date);
}

static void
assert_add (KonkursCalendar *calendar,
            int y, int m, int d,
            int days,
            int ey, int em, int ed)
{
  g_autoptr(GError) error = NULL;
  GDate start, result;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, d, m, y);
  g_date_clear (&result, 1);
  g_assert_true (konkurs_calendar_add_working_days (calendar, &start, days, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_year (&result), ==, ey);
  g_assert_cmpint (g_date_get_month (&result), ==, em);
  g_assert_cmpint (g_date_get_day (&result), ==, ed);
}

static void
test_years (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();

  g_assert_cmpint (konkurs_calendar_get_first_year (calendar), ==, 2024);
  g_assert_cmpint (konkurs_calendar_get_last_year (calendar), ==, 2026);
  g_assert_false (konkurs_calendar_is_provisional (calendar, 2025));
  g_assert_true (konkurs_calendar_is_provisional (calendar, 2026));
  g_assert_false (konkurs_calendar_is_provisional (calendar, 2031));
}

static void
test_weekends (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();

  g_assert_true (working (calendar, 2025, 2, 14));   /* Friday */
  g_assert_false (working (calendar, 2025, 2, 15));  /* Saturday */
  g_assert_false (working (calendar, 2025, 2, 16));  /* Sunday */
  g_assert_true (working (calendar, 2025, 2, 17));   /* Monday */
}

static void
test_nauryz_transfer (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();

  /* 2025: 21 March is a Friday, 22 and 23 a weekend: the two days off move
   * to Monday 24 and Tuesday 25. */
  g_assert_true (working (calendar, 2025, 3, 20));
  g_assert_false (working (calendar, 2025, 3, 21));
  g_assert_false (working (calendar, 2025, 3, 22));
  g_assert_false (working (calendar, 2025, 3, 23));
  g_assert_false (working (calendar, 2025, 3, 24));
  g_assert_false (working (calendar, 2025, 3, 25));
  g_assert_true (working (calendar, 2025, 3, 26));

  /* 2026: 21 and 22 on the weekend, 23 a Monday holiday itself: the moved
   * days skip it and land on 24 and 25. */
  g_assert_false (working (calendar, 2026, 3, 23));
  g_assert_false (working (calendar, 2026, 3, 24));
  g_assert_false (working (calendar, 2026, 3, 25));
  g_assert_true (working (calendar, 2026, 3, 26));

  /* 2024: 23 March is a Saturday: Monday 25 off, Tuesday 26 working. */
  g_assert_false (working (calendar, 2024, 3, 25));
  g_assert_true (working (calendar, 2024, 3, 26));

  /* 8 March 2025 is a Saturday: Monday 10 March off. */
  g_assert_false (working (calendar, 2025, 3, 10));
  g_assert_true (working (calendar, 2025, 3, 11));
}

static void
test_christmas_does_not_move (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();

  /* 7 January 2024 is a Sunday; Monday 8 stays a working day. */
  g_assert_false (working (calendar, 2024, 1, 7));
  g_assert_true (working (calendar, 2024, 1, 8));
  /* 7 January 2025 is a Tuesday: a day off. */
  g_assert_false (working (calendar, 2025, 1, 7));
}

static void
test_kurban_ait (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();

  g_assert_false (working (calendar, 2025, 6, 6));   /* Friday */
  g_assert_false (working (calendar, 2026, 5, 27));  /* Wednesday */
  g_assert_true (working (calendar, 2026, 5, 28));
  /* 16 June 2024 is a Sunday and Kurban Ait does not move. */
  g_assert_true (working (calendar, 2024, 6, 17));
}

static void
test_decree (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();

  /* 2024: Saturday 4 May made working, Wednesday 8 May made a day off. */
  g_assert_true (working (calendar, 2024, 5, 4));
  g_assert_false (working (calendar, 2024, 5, 5));
  g_assert_false (working (calendar, 2024, 5, 8));
  /* 2025: Sunday 5 January made working, Friday 3 January a day off. */
  g_assert_false (working (calendar, 2025, 1, 3));
  g_assert_true (working (calendar, 2025, 1, 5));
  g_assert_true (working (calendar, 2025, 1, 6));
}

static void
test_holiday_years (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();

  /* 30 August 2025 is a Saturday, still Constitution Day: Monday 1 September off. */
  g_assert_false (working (calendar, 2025, 9, 1));
  /* 30 August 2026 is a Sunday, no longer a holiday: Monday 31 August works. */
  g_assert_true (working (calendar, 2026, 8, 31));
  /* Independence Day, Tuesday 16 December 2025. */
  g_assert_true (working (calendar, 2025, 12, 15));
  g_assert_false (working (calendar, 2025, 12, 16));
  g_assert_true (working (calendar, 2025, 12, 17));
}

static void
test_outside_years (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();

  /* No data for 2031, but weekends and fixed holidays are still known. */
  g_assert_false (working (calendar, 2031, 3, 21));  /* Friday, Nauryz */
  g_assert_false (working (calendar, 2031, 3, 24));  /* moved from Saturday 22 */
  g_assert_true (working (calendar, 2031, 3, 26));
  g_assert_false (working (calendar, 2031, 3, 29));  /* Saturday */
}

static void
test_add_working_days (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();

  /* Announced on Friday 7 March 2025: weekend, then Monday 10 off. */
  assert_add (calendar, 2025, 3, 7, 3, 2025, 3, 13);
  /* Announced on Thursday 20 March 2025, before five days off. */
  assert_add (calendar, 2025, 3, 20, 3, 2025, 3, 28);
  assert_add (calendar, 2025, 3, 20, 1, 2025, 3, 26);
  /* Across the new year and the transfer of 2025: Sunday 5 January works. */
  assert_add (calendar, 2024, 12, 31, 1, 2025, 1, 5);
  assert_add (calendar, 2024, 12, 31, 3, 2025, 1, 8);
  /* Across a weekend only. */
  assert_add (calendar, 2025, 2, 13, 3, 2025, 2, 18);
  /* Zero days: the start itself. */
  assert_add (calendar, 2025, 2, 15, 0, 2025, 2, 15);
}

static void
test_no_data (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();
  g_autoptr(GError) error = NULL;
  GDate start, result;

  g_date_clear (&start, 1);
  g_date_clear (&result, 1);
  g_date_set_dmy (&start, 6, 1, 2031);
  g_assert_false (konkurs_calendar_add_working_days (calendar, &start, 3, &result, &error));
  g_assert_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_NO_DATA);
  g_assert_nonnull (strstr (error->message, "2031"));
  g_clear_error (&error);

  /* A count that starts inside the data but runs out of it. */
  g_date_set_dmy (&start, 28, 12, 2026);
  g_assert_false (konkurs_calendar_add_working_days (calendar, &start, 10, &result, &error));
  g_assert_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_NO_DATA);
  g_assert_nonnull (strstr (error->message, "2027"));
}

static void
assert_parse_error (const char *ini,
                    const char *expect1,
                    const char *expect2)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCalendar) calendar = konkurs_calendar_new_from_data (ini, -1, &error);

  g_assert_null (calendar);
  g_assert_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_PARSE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "calendar.ini"));
  g_assert_nonnull (strstr (error->message, expect1));
  if (expect2 != NULL)
    g_assert_nonnull (strstr (error->message, expect2));
}

static void
test_parse_errors (void)
{
  /* The message names the key, the value and the line. */
  assert_parse_error ("[holiday:nauryz]\ndates=03-21\n\n[2026]\nkurban-ait=2026-13-01\n",
                      "[2026] kurban-ait", "2026-13-01");
  assert_parse_error ("[holiday:nauryz]\ndates=03-21\n\n[2026]\nkurban-ait=2026-13-01\n",
                      "line 5", NULL);
  assert_parse_error ("[2026]\nkurban-ait=2026-05-27\ndays-off=2026-02-30\n",
                      "days-off", "2026-02-30");
  assert_parse_error ("[2026]\nkurban-ait=2025-06-06\n", "kurban-ait", "2025-06-06");
  assert_parse_error ("[2026]\n", "[2026]", "Kurban Ait");
  assert_parse_error ("[2026]\nkurban-ait=2026-05-27\nkurban-aid=2026-05-28\n",
                      "kurban-aid", "line 3");
  assert_parse_error ("[holiday:x]\ndates=13-01\n[2026]\nkurban-ait=2026-05-27\n",
                      "[holiday:x] dates", "13-01");
  assert_parse_error ("[holiday:x]\ndates=01-01\nuntil=25\n[2026]\nkurban-ait=2026-05-27\n",
                      "until", "25");
  assert_parse_error ("[holiday:x]\ndates=01-01\nmoves-off-weekend=maybe\n[2026]\nkurban-ait=2026-05-27\n",
                      "moves-off-weekend", "maybe");
  /* A weekday listed as a weekend day made working. */
  assert_parse_error ("[2026]\nkurban-ait=2026-05-27\nworking-days=2026-05-26\n",
                      "working-days", "2026-05-26");
  assert_parse_error ("[2024]\nkurban-ait=2024-06-16\n[2026]\nkurban-ait=2026-05-27\n",
                      "[2025]", NULL);
  assert_parse_error ("[provisional:x]\nname=X\ndates=2026-5-27\n[2026]\nkurban-ait=2026-05-27\n",
                      "[provisional:x] dates", "2026-5-27");
  assert_parse_error ("[provisional:x]\ndates=2026-05-27\n[2026]\nkurban-ait=2026-05-27\n",
                      "[provisional:x]", "name=");
  assert_parse_error ("[provisional:x]\nname=X\nday=2026-05-27\n[2026]\nkurban-ait=2026-05-27\n",
                      "day", "line 3");
  assert_parse_error ("[holidays]\ndates=01-01\n[2026]\nkurban-ait=2026-05-27\n",
                      "[holidays]", NULL);
  assert_parse_error ("[holiday:x]\ndates=01-01\n", "[2026]", NULL);
  assert_parse_error ("this is not a key file\n", "calendar.ini", NULL);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-calendar-XXXXXX");
  g_autofree char *path = NULL;
  g_autoptr(KonkursCalendar) calendar = NULL;

  path = g_build_filename (dir, "calendar.ini", NULL);
  calendar = konkurs_calendar_new_from_file (path, &error);
  g_assert_null (calendar);
  g_assert_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_PARSE);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_file_error_names_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-calendar-XXXXXX");
  g_autofree char *path = NULL;
  g_autoptr(KonkursCalendar) calendar = NULL;

  path = g_build_filename (dir, "calendar-broken.ini", NULL);
  g_assert_true (g_file_set_contents (path, "[2026]\nkurban-ait=2026-05-32\n", -1, &error));
  calendar = konkurs_calendar_new_from_file (path, &error);
  g_assert_null (calendar);
  g_assert_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "line 2"));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The shipped data/calendar.ini, found through KONKURS_DATA_DIR as meson
 * test sets it; the user's configuration directory is isolated and empty. */
static GDate
dmy (int y, int m, int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

/* A count that crosses or lands on a provisional day says so; one that
 * stops the day before does not. */
static void
test_provisional_days (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCalendar) calendar = NULL;
  GDate start, result, found;
  gboolean provisional = TRUE;
  const char *name = NULL;

  calendar = konkurs_calendar_new_from_data ("[provisional:kurban]\nname=Kurban Ait\nname[ru]=Курбан айт\n"
                                             "dates=2026-05-27\n[2026]\nkurban-ait=2026-05-27\n", -1, &error);
  g_assert_no_error (error);

  start = dmy (2026, 5, 27);
  g_assert_true (konkurs_calendar_is_date_provisional (calendar, &start));
  start = dmy (2026, 5, 26);
  g_assert_false (konkurs_calendar_is_date_provisional (calendar, &start));

  /* Monday 25 May + 1 = Tuesday 26: before the day, not provisional. */
  start = dmy (2026, 5, 25);
  g_assert_true (konkurs_calendar_add_working_days_full (calendar, &start, 1, &result, &provisional, &error));
  g_assert_cmpint (g_date_get_day (&result), ==, 26);
  g_assert_false (provisional);
  /* + 2 = Thursday 28, across the 27th. */
  g_assert_true (konkurs_calendar_add_working_days_full (calendar, &start, 2, &result, &provisional, &error));
  g_assert_cmpint (g_date_get_day (&result), ==, 28);
  g_assert_true (provisional);
  /* Starting on the day itself does not count it. */
  start = dmy (2026, 5, 27);
  g_assert_true (konkurs_calendar_add_working_days_full (calendar, &start, 1, &result, &provisional, &error));
  g_assert_false (provisional);

  start = dmy (2026, 5, 1);
  result = dmy (2026, 6, 1);
  g_assert_true (konkurs_calendar_find_provisional (calendar, &start, &result, "ru", &found, &name));
  g_assert_cmpint (g_date_get_day (&found), ==, 27);
  g_assert_cmpstr (name, ==, "Курбан айт");
  g_assert_true (konkurs_calendar_find_provisional (calendar, &start, &result, "kk", NULL, &name));
  g_assert_cmpstr (name, ==, "Kurban Ait");   /* no Kazakh name given: the file's */
}

static void
test_shipped (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCalendar) calendar = NULL;

  g_assert_nonnull (g_getenv ("KONKURS_DATA_DIR"));
  calendar = konkurs_calendar_new_default (&error);
  g_assert_no_error (error);
  g_assert_nonnull (calendar);

  g_assert_cmpint (konkurs_calendar_get_first_year (calendar), <=, 2024);
  g_assert_cmpint (konkurs_calendar_get_last_year (calendar), >=, 2027);

  /* Facts of the published calendars. */
  g_assert_false (working (calendar, 2024, 5, 8));
  g_assert_true (working (calendar, 2024, 5, 4));
  g_assert_false (working (calendar, 2024, 7, 8));   /* Capital Day moved from Saturday 6 */
  g_assert_true (working (calendar, 2024, 6, 17));   /* Kurban Ait was Sunday 16 */
  g_assert_false (working (calendar, 2025, 1, 3));
  g_assert_true (working (calendar, 2025, 1, 5));
  g_assert_false (working (calendar, 2025, 3, 24));
  g_assert_false (working (calendar, 2025, 3, 25));
  g_assert_false (working (calendar, 2025, 6, 6));
  g_assert_false (working (calendar, 2025, 10, 27)); /* Republic Day moved from Saturday 25 */
  g_assert_false (working (calendar, 2026, 3, 9));   /* 8 March was a Sunday */
  g_assert_false (working (calendar, 2026, 5, 11));  /* 9 May was a Saturday */
  g_assert_false (working (calendar, 2026, 5, 27));
  g_assert_true (working (calendar, 2026, 8, 31));   /* 30 August no longer a holiday */
  /* … both announced, not confirmed: provisional. */
  {
    GDate kurban = dmy (2026, 5, 27), august = dmy (2026, 8, 31), other = dmy (2026, 6, 15);

    g_assert_true (konkurs_calendar_is_date_provisional (calendar, &kurban));
    g_assert_true (konkurs_calendar_is_date_provisional (calendar, &august));
    g_assert_false (konkurs_calendar_is_date_provisional (calendar, &other));
  }
  g_assert_false (working (calendar, 2026, 10, 26)); /* 25 October was a Sunday */
  g_assert_false (working (calendar, 2026, 12, 16));
  g_assert_false (working (calendar, 2027, 1, 4));   /* 2 January was a Saturday */
}

/* A copy in the user's configuration directory wins over the shipped one. */
static void
test_user_copy (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCalendar) calendar = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_config_dir (), "konkurs", NULL);
  g_autofree char *path = g_build_filename (dir, "calendar.ini", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "[2030]\nkurban-ait=2030-04-13\n", -1, &error));
  g_assert_no_error (error);

  calendar = konkurs_calendar_new_default (&error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_calendar_get_first_year (calendar), ==, 2030);
  g_assert_cmpint (konkurs_calendar_get_last_year (calendar), ==, 2030);

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The calendar is shared between threads: lookups from several at once
 * must agree. */
static gpointer
count_in_thread (gpointer data)
{
  KonkursCalendar *calendar = data;
  GDate start, result;

  g_date_clear (&start, 1);
  g_date_clear (&result, 1);
  g_date_set_dmy (&start, 1, 1, 2024);
  for (int i = 0; i < 200; i++)
    {
      if (!konkurs_calendar_add_working_days (calendar, &start, 200, &result, NULL))
        return GINT_TO_POINTER (-1);
    }
  return GUINT_TO_POINTER (g_date_get_julian (&result));
}

static void
test_threads (void)
{
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();
  GThread *threads[4];
  gpointer results[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("calendar", count_in_thread, calendar);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    results[i] = g_thread_join (threads[i]);

  g_assert_cmpint (GPOINTER_TO_INT (results[0]), >, 0);
  for (guint i = 1; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (results[i] == results[0]);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/calendar/years", test_years);
  g_test_add_func ("/calendar/weekends", test_weekends);
  g_test_add_func ("/calendar/nauryz-transfer", test_nauryz_transfer);
  g_test_add_func ("/calendar/christmas-does-not-move", test_christmas_does_not_move);
  g_test_add_func ("/calendar/kurban-ait", test_kurban_ait);
  g_test_add_func ("/calendar/decree", test_decree);
  g_test_add_func ("/calendar/holiday-years", test_holiday_years);
  g_test_add_func ("/calendar/outside-years", test_outside_years);
  g_test_add_func ("/calendar/add-working-days", test_add_working_days);
  g_test_add_func ("/calendar/no-data", test_no_data);
  g_test_add_func ("/calendar/parse-errors", test_parse_errors);
  g_test_add_func ("/calendar/missing-file", test_missing_file);
  g_test_add_func ("/calendar/file-error-names-file", test_file_error_names_file);
  g_test_add_func ("/calendar/provisional-days", test_provisional_days);
  g_test_add_func ("/calendar/shipped", test_shipped);
  g_test_add_func ("/calendar/user-copy", test_user_copy);
  g_test_add_func ("/calendar/threads", test_threads);

  return g_test_run ();
}
