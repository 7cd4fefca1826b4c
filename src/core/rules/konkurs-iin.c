/* konkurs-iin.c — the individual identification number (IIN)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-iin.h"

G_DEFINE_QUARK (konkurs-iin-error-quark, konkurs_iin_error)

#define N_CHECKED_DIGITS 11

static const guint8 first_weights[N_CHECKED_DIGITS]  = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };
static const guint8 second_weights[N_CHECKED_DIGITS] = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

static int
weighted_sum_mod_11 (const char *digits, const guint8 *weights)
{
  int sum = 0;

  for (int i = 0; i < N_CHECKED_DIGITS; i++)
    sum += (digits[i] - '0') * weights[i];

  return sum % 11;
}

int
konkurs_iin_compute_check_digit (const char *iin)
{
  int check;

  g_return_val_if_fail (iin != NULL, -1);

  for (int i = 0; i < N_CHECKED_DIGITS; i++)
    if (!g_ascii_isdigit (iin[i]))
      return -1;

  check = weighted_sum_mod_11 (iin, first_weights);
  if (check == 10)
    check = weighted_sum_mod_11 (iin, second_weights);

  return check == 10 ? -1 : check;
}

/* Digit 7 encodes the century and the sex together: 1/2 → 1800s, 3/4 →
 * 1900s, 5/6 → 2000s; odd is male. */
static gboolean
decode_century_digit (int digit, int *century, KonkursSex *sex)
{
  if (digit < 1 || digit > 6)
    return FALSE;

  *century = 1800 + 100 * ((digit - 1) / 2);
  *sex = (digit % 2 == 1) ? KONKURS_SEX_MALE : KONKURS_SEX_FEMALE;
  return TRUE;
}

static int
two_digits (const char *p)
{
  return (p[0] - '0') * 10 + (p[1] - '0');
}

static gboolean
check_characters (const char *iin, GError **error)
{
  glong n_chars = g_utf8_validate (iin, -1, NULL) ? g_utf8_strlen (iin, -1) : (glong) strlen (iin);
  const char *p = iin;

  if (n_chars != KONKURS_IIN_LENGTH)
    {
      g_set_error (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_LENGTH,
                   _("The IIN must have 12 digits; this one has %ld."), n_chars);
      return FALSE;
    }

  /* Twelve characters of valid UTF-8 here, as the length check counted them. */
  for (int position = 1; *p != '\0'; position++, p = g_utf8_next_char (p))
    {
      g_autofree char *character = NULL;

      if (g_ascii_isdigit (*p))
        continue;

      character = g_strndup (p, g_utf8_next_char (p) - p);
      g_set_error (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_NOT_DIGITS,
                   _("The IIN may contain only digits, but character %d is “%s”."),
                   position, character);
      return FALSE;
    }

  return TRUE;
}

gboolean
konkurs_iin_parse (const char     *iin,
                   KonkursIinInfo *info,
                   GError        **error)
{
  KonkursSex sex;
  int century;
  int year, month, day;
  int check;

  g_return_val_if_fail (iin != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_characters (iin, error))
    return FALSE;

  if (!decode_century_digit (iin[6] - '0', &century, &sex))
    {
      g_set_error (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_CENTURY,
                   _("The 7th digit of the IIN gives the century of birth and the sex and must be 1 to 6, but it is %c."),
                   iin[6]);
      return FALSE;
    }

  year = century + two_digits (iin);
  month = two_digits (iin + 2);
  day = two_digits (iin + 4);
  if (month < 1 || month > 12 || day < 1 || !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_DATE,
                   _("The IIN begins with %.6s, which is not a birth date: the first six digits must be the year, month and day of birth."),
                   iin);
      return FALSE;
    }

  check = konkurs_iin_compute_check_digit (iin);
  if (check < 0)
    {
      g_set_error_literal (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_CHECKSUM,
                           _("No IIN can have these first eleven digits, because they admit no check digit: the IIN was mistyped."));
      return FALSE;
    }
  if (check != iin[11] - '0')
    {
      g_set_error_literal (error, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_CHECKSUM,
                           _("The check digit of the IIN is wrong: the IIN was mistyped."));
      return FALSE;
    }

  if (info != NULL)
    {
      g_date_clear (&info->birth_date, 1);
      g_date_set_dmy (&info->birth_date, day, month, year);
      info->sex = sex;
    }

  return TRUE;
}

gboolean
konkurs_iin_is_valid (const char *iin)
{
  return iin != NULL && konkurs_iin_parse (iin, NULL, NULL);
}

char *
konkurs_iin_normalize (const char *input)
{
  GString *out;

  g_return_val_if_fail (input != NULL, NULL);

  out = g_string_new (NULL);
  if (!g_utf8_validate (input, -1, NULL))
    {
      /* Not text: keep it as it is, so that validation reports it. */
      g_string_append (out, input);
      return g_string_free (out, FALSE);
    }

  for (const char *p = input; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR ||
          c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013)
        continue;
      if (g_unichar_type (c) == G_UNICODE_DECIMAL_NUMBER)
        c = '0' + g_unichar_digit_value (c);
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

gboolean
konkurs_iin_build (const GDate *birth_date,
                   KonkursSex   sex,
                   guint        serial,
                   char         out[KONKURS_IIN_LENGTH + 1])
{
  int year;
  int digit;
  int check;

  g_return_val_if_fail (birth_date != NULL && g_date_valid (birth_date), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  year = g_date_get_year (birth_date);
  if (year < 1800 || year > 2099 || serial > 9999 ||
      (sex != KONKURS_SEX_MALE && sex != KONKURS_SEX_FEMALE))
    return FALSE;

  digit = 1 + 2 * ((year - 1800) / 100) + (sex == KONKURS_SEX_FEMALE ? 1 : 0);
  g_snprintf (out, KONKURS_IIN_LENGTH + 1, "%02d%02d%02d%d%04u0",
              year % 100, (int) g_date_get_month (birth_date),
              (int) g_date_get_day (birth_date), digit, serial);

  check = konkurs_iin_compute_check_digit (out);
  if (check < 0)
    return FALSE;

  out[11] = (char) ('0' + check);
  return TRUE;
}

int
konkurs_iin_age_on (const GDate *birth,
                    const GDate *on)
{
  GDate anniversary;
  int age;

  g_return_val_if_fail (birth != NULL && on != NULL, -1);

  if (!g_date_valid (birth) || !g_date_valid (on) || g_date_compare (on, birth) < 0)
    return -1;

  age = g_date_get_year (on) - g_date_get_year (birth);
  /* g_date_add_years() turns 29 February into the 28th in a common year,
   * which is the rule documented in the header. */
  anniversary = *birth;
  g_date_add_years (&anniversary, age);
  if (g_date_compare (on, &anniversary) < 0)
    age--;

  return age;
}

const char *
konkurs_sex_get_label (KonkursSex sex)
{
  switch (sex)
    {
    case KONKURS_SEX_MALE:
      return N_("Male");
    case KONKURS_SEX_FEMALE:
      return N_("Female");
    default:
      return NULL;
    }
}
