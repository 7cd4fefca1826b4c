/* test-iin.c — the individual identification number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-iin.h"

/* An implementation of the check digit written apart from the library's,
 * straight from DESIGN.md, so that both would have to be wrong the same way
 * for a test to pass.  Returns 10 when both weightings give 10. */
static int
reference_sum (const char *digits, int first_weight)
{
  int sum = 0;

  /* weights first_weight, first_weight + 1, … wrapping from 11 to 1 */
  for (int i = 0; i < 11; i++)
    sum += (digits[i] - '0') * ((first_weight - 1 + i) % 11 + 1);
  return sum % 11;
}

static int
reference_check_digit (const char *digits)
{
  int check = reference_sum (digits, 1);

  return check != 10 ? check : reference_sum (digits, 3);
}

/* YYMMDD, century/sex digit and serial → a 12-digit IIN with the reference
 * check digit; FALSE when the serial admits none. */
static gboolean
make_iin (const char *yymmdd, int century_digit, int serial, char out[13])
{
  int check;

  g_snprintf (out, 13, "%s%d%04d0", yymmdd, century_digit, serial);
  check = reference_check_digit (out);
  if (check == 10)
    return FALSE;
  out[11] = (char) ('0' + check);
  return TRUE;
}

/* The first serial from @start that has a check digit. */
static void
make_valid_iin (const char *yymmdd, int century_digit, int start, char out[13])
{
  for (int serial = start; serial < 10000; serial++)
    if (make_iin (yymmdd, century_digit, serial, out))
      return;
  g_assert_not_reached ();
}

static void
assert_refused (const char *iin, KonkursIinError code)
{
  g_autoptr(GError) error = NULL;
  KonkursIinInfo info;

  g_assert_false (konkurs_iin_parse (iin, &info, &error));
  g_assert_error (error, KONKURS_IIN_ERROR, (int) code);
  g_assert_nonnull (error->message);
  g_assert_false (konkurs_iin_is_valid (iin));
}

static void
assert_date (const GDate *date, int day, int month, int year)
{
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_day (date), ==, day);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_year (date), ==, year);
}

static void
test_valid (void)
{
  static const struct { const char *yymmdd; int digit; int day, month, year; KonkursSex sex; } cases[] = {
    { "900101", 3,  1,  1, 1990, KONKURS_SEX_MALE },
    { "851231", 4, 31, 12, 1985, KONKURS_SEX_FEMALE },
    { "040229", 5, 29,  2, 2004, KONKURS_SEX_MALE },
    { "000229", 6, 29,  2, 2000, KONKURS_SEX_FEMALE },
    { "991015", 1, 15, 10, 1899, KONKURS_SEX_MALE },
    { "700630", 2, 30,  6, 1870, KONKURS_SEX_FEMALE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (int start = 0; start < 2000; start += 97)
      {
        g_autoptr(GError) error = NULL;
        KonkursIinInfo info;
        char iin[13];

        make_valid_iin (cases[i].yymmdd, cases[i].digit, start, iin);
        g_assert_true (konkurs_iin_parse (iin, &info, &error));
        g_assert_no_error (error);
        assert_date (&info.birth_date, cases[i].day, cases[i].month, cases[i].year);
        g_assert_cmpint (info.sex, ==, cases[i].sex);
        g_assert_true (konkurs_iin_is_valid (iin));
        g_assert_cmpint (konkurs_iin_compute_check_digit (iin), ==, iin[11] - '0');
      }

  /* NULL info: validation only */
  {
    char iin[13];

    make_valid_iin ("950505", 3, 123, iin);
    g_assert_true (konkurs_iin_parse (iin, NULL, NULL));
  }
}

static void
test_century_and_sex (void)
{
  static const struct { int digit; int year; KonkursSex sex; } cases[] = {
    { 1, 1875, KONKURS_SEX_MALE },
    { 2, 1875, KONKURS_SEX_FEMALE },
    { 3, 1975, KONKURS_SEX_MALE },
    { 4, 1975, KONKURS_SEX_FEMALE },
    { 5, 2075, KONKURS_SEX_MALE },
    { 6, 2075, KONKURS_SEX_FEMALE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      KonkursIinInfo info;
      char iin[13];

      make_valid_iin ("750304", cases[i].digit, 42, iin);
      g_assert_true (konkurs_iin_parse (iin, &info, &error));
      g_assert_no_error (error);
      assert_date (&info.birth_date, 4, 3, cases[i].year);
      g_assert_cmpint (info.sex, ==, cases[i].sex);
    }
}

static void
test_century_invalid (void)
{
  static const int digits[] = { 0, 7, 8, 9 };

  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    {
      g_autoptr(GError) error = NULL;
      char iin[13];

      /* a correct check digit, so only the century digit is wrong */
      make_valid_iin ("900101", digits[i], 0, iin);
      g_assert_false (konkurs_iin_parse (iin, NULL, &error));
      g_assert_error (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_CENTURY);
      g_assert_nonnull (strstr (error->message, "7th digit"));
    }
}

/* A serial whose first weighted sum is 10 must be checked with the second
 * weights: the IIN is valid with that check digit, and the library agrees
 * with the reference on it. */
static void
test_second_weights (void)
{
  int found = 0;

  for (int serial = 0; serial < 10000 && found < 20; serial++)
    {
      g_autoptr(GError) error = NULL;
      char iin[13];
      int second;

      g_snprintf (iin, sizeof iin, "880417%d%04d0", 3, serial);
      if (reference_sum (iin, 1) != 10)
        continue;
      second = reference_sum (iin, 3);
      if (second == 10)
        continue;

      found++;
      g_assert_cmpint (konkurs_iin_compute_check_digit (iin), ==, second);
      iin[11] = (char) ('0' + second);
      g_assert_true (konkurs_iin_parse (iin, NULL, &error));
      g_assert_no_error (error);
      /* 10 is not a digit: no other last digit can be right */
      for (int wrong = 0; wrong < 10; wrong++)
        if (wrong != second)
          {
            iin[11] = (char) ('0' + wrong);
            assert_refused (iin, KONKURS_IIN_ERROR_CHECKSUM);
          }
    }
  g_assert_cmpint (found, ==, 20);
}

/* When both weightings give 10 no IIN exists with those eleven digits:
 * every last digit is refused, and the generator is told to move on. */
static void
test_ten_twice (void)
{
  int found = 0;

  for (int serial = 0; serial < 10000 && found < 5; serial++)
    {
      char iin[13];

      g_snprintf (iin, sizeof iin, "910823%d%04d0", 4, serial);
      if (reference_sum (iin, 1) != 10 || reference_sum (iin, 3) != 10)
        continue;

      found++;
      g_assert_cmpint (konkurs_iin_compute_check_digit (iin), ==, -1);
      for (int last = 0; last < 10; last++)
        {
          g_autoptr(GError) error = NULL;

          iin[11] = (char) ('0' + last);
          g_assert_false (konkurs_iin_parse (iin, NULL, &error));
          g_assert_error (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_CHECKSUM);
        }
    }
  g_assert_cmpint (found, ==, 5);
}

static void
test_wrong_check_digit (void)
{
  g_autoptr(GError) error = NULL;
  char iin[13];
  int right;

  make_valid_iin ("930715", 4, 1234, iin);
  right = iin[11] - '0';
  for (int wrong = 0; wrong < 10; wrong++)
    {
      if (wrong == right)
        continue;
      iin[11] = (char) ('0' + wrong);
      assert_refused (iin, KONKURS_IIN_ERROR_CHECKSUM);
    }

  g_assert_false (konkurs_iin_parse (iin, NULL, &error));
  g_assert_cmpstr (error->message, ==, "The check digit of the IIN is wrong: the IIN was mistyped.");

  /* a swap of two digits, the commonest typing mistake */
  make_valid_iin ("930715", 4, 1234, iin);
  {
    char swapped[13];

    memcpy (swapped, iin, sizeof swapped);
    swapped[8] = iin[9];
    swapped[9] = iin[8];
    if (swapped[8] != swapped[9])
      assert_refused (swapped, KONKURS_IIN_ERROR_CHECKSUM);
  }
}

static void
test_bad_dates (void)
{
  static const struct { const char *yymmdd; int digit; } cases[] = {
    { "901301", 3 },   /* month 13 */
    { "900001", 3 },   /* month 0 */
    { "900230", 3 },   /* 30 February */
    { "900229", 3 },   /* 1990 is not a leap year */
    { "000229", 3 },   /* 1900 is not a leap year */
    { "000229", 1 },   /* nor is 1800 */
    { "900431", 4 },   /* 31 April */
    { "900100", 5 },   /* day 0 */
    { "901232", 6 },   /* day 32 */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      char iin[13];

      make_valid_iin (cases[i].yymmdd, cases[i].digit, 7, iin);
      g_assert_false (konkurs_iin_parse (iin, NULL, &error));
      g_assert_error (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_DATE);
      g_assert_nonnull (strstr (error->message, cases[i].yymmdd));
    }
}

static void
test_length (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_iin_parse ("90010130012", NULL, &error));
  g_assert_error (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_LENGTH);
  g_assert_cmpstr (error->message, ==, "The IIN must have 12 digits; this one has 11.");

  assert_refused ("9001013001234", KONKURS_IIN_ERROR_LENGTH);
  assert_refused ("", KONKURS_IIN_ERROR_LENGTH);
  /* strict: surrounding spaces are not stripped by parse */
  assert_refused (" 900101300123", KONKURS_IIN_ERROR_LENGTH);
}

static void
test_not_digits (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_iin_parse ("90010130012A", NULL, &error));
  g_assert_error (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_NOT_DIGITS);
  g_assert_nonnull (strstr (error->message, "12"));
  g_assert_nonnull (strstr (error->message, "“A”"));

  assert_refused ("ABCDEFGHIJKL", KONKURS_IIN_ERROR_NOT_DIGITS);
  assert_refused ("900101 00123", KONKURS_IIN_ERROR_NOT_DIGITS);
  assert_refused ("90010-300123", KONKURS_IIN_ERROR_NOT_DIGITS);

  /* twelve characters, one a Kazakh letter of two bytes: named whole */
  g_clear_error (&error);
  g_assert_false (konkurs_iin_parse ("9001013001Ә2", NULL, &error));
  g_assert_error (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_NOT_DIGITS);
  g_assert_nonnull (strstr (error->message, "“Ә”"));
}

static void
test_normalize (void)
{
  char iin[13];
  g_autofree char *spaced = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  make_valid_iin ("900101", 3, 0, iin);
  spaced = g_strdup_printf (" %.6s %.1s\u00a0%.4s-%.1s\t\n", iin, iin + 6, iin + 7, iin + 11);
  a = konkurs_iin_normalize (spaced);
  g_assert_cmpstr (a, ==, iin);
  g_assert_true (konkurs_iin_is_valid (a));

  /* normalising does not invent digits */
  b = konkurs_iin_normalize ("12 AB");
  g_assert_cmpstr (b, ==, "12AB");
}

static void
test_build (void)
{
  GDate date;
  int built = 0;
  int refused = 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 29, 2, 1988);

  for (guint serial = 0; serial < 10000; serial++)
    for (KonkursSex sex = KONKURS_SEX_MALE; sex <= KONKURS_SEX_FEMALE; sex++)
      {
        KonkursIinInfo info;
        char iin[13] = "";
        char expected[13];

        if (!konkurs_iin_build (&date, sex, serial, iin))
          {
            g_assert_false (make_iin ("880229", sex == KONKURS_SEX_MALE ? 3 : 4, (int) serial, expected));
            refused++;
            continue;
          }
        built++;
        g_assert_true (make_iin ("880229", sex == KONKURS_SEX_MALE ? 3 : 4, (int) serial, expected));
        g_assert_cmpstr (iin, ==, expected);
        g_assert_true (konkurs_iin_parse (iin, &info, NULL));
        g_assert_cmpint (g_date_compare (&info.birth_date, &date), ==, 0);
        g_assert_cmpint (info.sex, ==, sex);
      }
  g_assert_cmpint (built, >, 0);
  g_assert_cmpint (refused, >, 0);

  /* other centuries */
  {
    char iin[13];
    KonkursIinInfo info;

    g_date_set_dmy (&date, 1, 1, 2000);
    g_assert_true (konkurs_iin_build (&date, KONKURS_SEX_FEMALE, 5, iin) ||
                   konkurs_iin_build (&date, KONKURS_SEX_FEMALE, 6, iin));
    g_assert_cmpint (iin[6], ==, '6');
    g_assert_true (konkurs_iin_parse (iin, &info, NULL));
    g_assert_cmpint (g_date_get_year (&info.birth_date), ==, 2000);

    g_date_set_dmy (&date, 1, 1, 2100);
    g_assert_false (konkurs_iin_build (&date, KONKURS_SEX_MALE, 5, iin));
    g_date_set_dmy (&date, 1, 1, 1990);
    g_assert_false (konkurs_iin_build (&date, KONKURS_SEX_MALE, 10000, iin));
  }
}

static void
set (GDate *date, int day, int month, int year)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static void
test_age (void)
{
  GDate birth, on;

  set (&birth, 15, 6, 1990);
  set (&on, 14, 6, 2026);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, 35);
  set (&on, 15, 6, 2026);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, 36);
  set (&on, 16, 6, 2026);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, 36);
  set (&on, 31, 12, 2025);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, 35);
  set (&on, 15, 6, 1990);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, 0);
  set (&on, 14, 6, 1990);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, -1);

  /* born on 29 February: the birthday of a common year is the 28th */
  set (&birth, 29, 2, 1992);
  set (&on, 27, 2, 2027);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, 34);
  set (&on, 28, 2, 2027);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, 35);
  set (&on, 28, 2, 2028);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, 35);
  set (&on, 29, 2, 2028);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, 36);

  g_date_clear (&on, 1);
  g_assert_cmpint (konkurs_iin_age_on (&birth, &on), ==, -1);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/iin/valid", test_valid);
  g_test_add_func ("/iin/century-and-sex", test_century_and_sex);
  g_test_add_func ("/iin/century-invalid", test_century_invalid);
  g_test_add_func ("/iin/second-weights", test_second_weights);
  g_test_add_func ("/iin/ten-twice", test_ten_twice);
  g_test_add_func ("/iin/wrong-check-digit", test_wrong_check_digit);
  g_test_add_func ("/iin/bad-dates", test_bad_dates);
  g_test_add_func ("/iin/length", test_length);
  g_test_add_func ("/iin/not-digits", test_not_digits);
  g_test_add_func ("/iin/normalize", test_normalize);
  g_test_add_func ("/iin/build", test_build);
  g_test_add_func ("/iin/age", test_age);

  return g_test_run ();
}
