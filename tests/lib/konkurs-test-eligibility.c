/* konkurs-test-eligibility.c — the fixture of the tests of the
 * eligibility engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "konkurs-test-eligibility.h"

GDate
konkurs_test_dmy (int day, int month, int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

GDate
konkurs_test_no_date (void)
{
  GDate date;

  g_date_clear (&date, 1);
  return date;
}

GDate
konkurs_test_shifted (GDate date, int days)
{
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return date;
}

void
konkurs_test_assert_same_date (const GDate *a, const GDate *b)
{
  g_assert_true (g_date_valid (a));
  g_assert_true (g_date_valid (b));
  g_assert_cmpint (g_date_compare (a, b), ==, 0);
}

void
konkurs_test_eligibility_set_up (KonkursTestEligibility *f, gconstpointer data)
{
  memset (f, 0, sizeof *f);

  f->periods[0].start = konkurs_test_dmy (1, 9, 2015);
  f->periods[0].end = konkurs_test_no_date ();
  f->certificates[0] = (KonkursCertificate) { KONKURS_CERTIFICATE_LEGISLATION, konkurs_test_dmy (1, 10, 2025), TRUE };
  f->certificates[1] = (KonkursCertificate) { KONKURS_CERTIFICATE_STATE_LANGUAGE, konkurs_test_dmy (2, 10, 2025), TRUE,
                                                  KONKURS_LANGUAGE_LEVEL_B2 };
  f->certificates[2] = (KonkursCertificate) { KONKURS_CERTIFICATE_PERSONAL_QUALITIES, konkurs_test_dmy (3, 10, 2025), TRUE };

  f->applicant.birth_date = konkurs_test_dmy (5, 5, 1995);
  f->applicant.sex = KONKURS_SEX_FEMALE;
  f->applicant.citizenship = "KZ";
  f->applicant.education = KONKURS_EDUCATION_HIGHER;
  f->applicant.work_periods = f->periods;
  f->applicant.n_work_periods = 1;
  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_B2;
  f->applicant.exclusions = KONKURS_EXCLUSION_NONE;
  f->applicant.certificates = f->certificates;
  f->applicant.n_certificates = 3;
  f->applicant.received_on = konkurs_test_dmy (15, 2, 2026);

  f->competition.procedure = GPOINTER_TO_INT (data);
  f->competition.competition_date = KONKURS_TEST_D;
  f->competition.document_deadline = konkurs_test_dmy (20, 2, 2026);
  f->competition.min_education = KONKURS_EDUCATION_HIGHER;
  f->competition.min_experience_years = 3;

  f->rule_set = konkurs_rule_set_new (1, "kz-2023", NULL, NULL);
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_YOUTH_MAX_AGE, 35);
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS, 5);
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, 12);
}

void
konkurs_test_eligibility_tear_down (KonkursTestEligibility *f, gconstpointer data)
{
  g_assert_finalize_object (f->rule_set);
}

GPtrArray *
konkurs_test_eligibility_check (KonkursTestEligibility *f)
{
  GPtrArray *failures = konkurs_eligibility_check (&f->applicant, &f->competition, f->rule_set);

  g_assert_nonnull (failures);
  for (guint i = 0; i < failures->len; i++)
    {
      g_autofree char *reason = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, i), NULL);

      g_test_message ("%s: %s",
                      konkurs_eligibility_code_to_string (((KonkursEligibilityFailure *) g_ptr_array_index (failures, i))->code),
                      reason);
    }
  return failures;
}

/* The failures are exactly the codes given, in this order. */
void
konkurs_test_assert_codes (GPtrArray *failures, ...)
{
  va_list args;
  guint i = 0;
  int code;

  va_start (args, failures);
  while ((code = va_arg (args, int)) != KONKURS_TEST_END_OF_CODES)
    {
      g_assert_cmpuint (i, <, failures->len);
      g_assert_cmpstr (konkurs_eligibility_code_to_string (((KonkursEligibilityFailure *) g_ptr_array_index (failures, i))->code),
                       ==, konkurs_eligibility_code_to_string (code));
      i++;
    }
  va_end (args);
  g_assert_cmpuint (failures->len, ==, i);
}

void
konkurs_test_assert_eligible (KonkursTestEligibility *f)
{
  g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

  konkurs_test_assert_codes (failures, KONKURS_TEST_END_OF_CODES);
}

KonkursEligibilityFailure *
konkurs_test_only_failure (GPtrArray *failures, KonkursEligibilityCode code)
{
  konkurs_test_assert_codes (failures, code, KONKURS_TEST_END_OF_CODES);
  return g_ptr_array_index (failures, 0);
}

char *
konkurs_test_interface_date (GDate date)
{
  char buffer[64];

  g_assert_cmpuint (g_date_strftime (buffer, sizeof buffer, "%x", &date), >, 0);
  return g_strdup (buffer);
}

void
konkurs_test_eligibility_set_periods (KonkursTestEligibility *f, guint n, ...)
{
  va_list args;

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (f->periods));
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      f->periods[i].start = va_arg (args, GDate);
      f->periods[i].end = va_arg (args, GDate);
    }
  va_end (args);
  f->applicant.n_work_periods = n;
}
