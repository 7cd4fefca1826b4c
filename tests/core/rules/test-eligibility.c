/* test-eligibility.c — who may take part, at every boundary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <string.h>
#include <glib/gstdio.h>

#include "konkurs-eligibility.h"
#include "konkurs-test-util.h"

#define END_OF_CODES 0

static GDate
dmy (int day, int month, int year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

static GDate
no_date (void)
{
  GDate date;

  g_date_clear (&date, 1);
  return date;
}

static GDate
shifted (GDate date, int days)
{
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return date;
}

static void
assert_same_date (const GDate *a, const GDate *b)
{
  g_assert_true (g_date_valid (a));
  g_assert_true (g_date_valid (b));
  g_assert_cmpint (g_date_compare (a, b), ==, 0);
}

/* The competition date of every test. */
#define D dmy (10, 3, 2026)

/* A candidate who meets every Youth Reserve rule on D, with certificates
 * that also meet the civil-service rules. */
typedef struct {
  KonkursApplicantFacts   applicant;
  KonkursCompetitionFacts competition;
  KonkursWorkPeriod       periods[4];
  KonkursCertificate      certificates[6];
  KonkursRuleSet         *rule_set;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  memset (f, 0, sizeof *f);

  f->periods[0].start = dmy (1, 9, 2015);
  f->periods[0].end = no_date ();
  f->certificates[0] = (KonkursCertificate) { KONKURS_CERTIFICATE_LEGISLATION, dmy (1, 10, 2025), TRUE };
  f->certificates[1] = (KonkursCertificate) { KONKURS_CERTIFICATE_STATE_LANGUAGE, dmy (2, 10, 2025), TRUE };
  f->certificates[2] = (KonkursCertificate) { KONKURS_CERTIFICATE_PERSONAL_QUALITIES, dmy (3, 10, 2025), TRUE };

  f->applicant.birth_date = dmy (5, 5, 1995);
  f->applicant.citizenship = "KZ";
  f->applicant.education = KONKURS_EDUCATION_HIGHER;
  f->applicant.work_periods = f->periods;
  f->applicant.n_work_periods = 1;
  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_B2;
  f->applicant.exclusions = KONKURS_EXCLUSION_NONE;
  f->applicant.certificates = f->certificates;
  f->applicant.n_certificates = 3;
  f->applicant.received_on = dmy (15, 2, 2026);

  f->competition.procedure = GPOINTER_TO_INT (data);
  f->competition.competition_date = D;
  f->competition.document_deadline = dmy (20, 2, 2026);
  f->competition.min_education = KONKURS_EDUCATION_HIGHER;
  f->competition.min_experience_years = 3;

  f->rule_set = konkurs_rule_set_new (1, "kz-2023", NULL, NULL);
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_YOUTH_MAX_AGE, 35);
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS, 5);
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, 12);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  g_assert_finalize_object (f->rule_set);
}

static GPtrArray *
check (Fixture *f)
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
static void
assert_codes (GPtrArray *failures, ...)
{
  va_list args;
  guint i = 0;
  int code;

  va_start (args, failures);
  while ((code = va_arg (args, int)) != END_OF_CODES)
    {
      g_assert_cmpuint (i, <, failures->len);
      g_assert_cmpstr (konkurs_eligibility_code_to_string (((KonkursEligibilityFailure *) g_ptr_array_index (failures, i))->code),
                       ==, konkurs_eligibility_code_to_string (code));
      i++;
    }
  va_end (args);
  g_assert_cmpuint (failures->len, ==, i);
}

static void
assert_eligible (Fixture *f)
{
  g_autoptr(GPtrArray) failures = check (f);

  assert_codes (failures, END_OF_CODES);
}

static KonkursEligibilityFailure *
only_failure (GPtrArray *failures, KonkursEligibilityCode code)
{
  assert_codes (failures, code, END_OF_CODES);
  return g_ptr_array_index (failures, 0);
}

static char *
interface_date (GDate date)
{
  char buffer[64];

  g_assert_cmpuint (g_date_strftime (buffer, sizeof buffer, "%x", &date), >, 0);
  return g_strdup (buffer);
}

/* Youth Reserve ------------------------------------------------------------ */

static void
test_youth_eligible (Fixture *f, gconstpointer data)
{
  assert_eligible (f);

  /* certificates are not asked of the Youth Reserve */
  f->applicant.n_certificates = 0;
  assert_eligible (f);
}

/* At most 35 on the competition date: whoever is 36 on it is refused,
 * including someone whose 36th birthday is that very day. */
static void
test_youth_age (Fixture *f, gconstpointer data)
{
  /* turns 36 the day before D */
  f->applicant.birth_date = dmy (9, 3, 1990);
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_AGE);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
    g_autofree char *on = interface_date (D);
    g_autofree char *born = interface_date (f->applicant.birth_date);
    g_autofree char *expected = g_strdup_printf ("On %s the candidate is aged 36 (born on %s), above the age limit of 35.", on, born);

    g_assert_cmpint (failure->actual, ==, 36);
    g_assert_cmpint (failure->required, ==, 35);
    assert_same_date (&failure->given_date, &f->applicant.birth_date);
    assert_same_date (&failure->date, &f->competition.competition_date);
    g_assert_cmpstr (reason, ==, expected);
  }

  /* turns 36 on D */
  f->applicant.birth_date = dmy (10, 3, 1990);
  {
    g_autoptr(GPtrArray) failures = check (f);

    g_assert_cmpint (only_failure (failures, KONKURS_ELIGIBILITY_AGE)->actual, ==, 36);
  }

  /* turns 36 the day after D: still 35 on D */
  f->applicant.birth_date = dmy (11, 3, 1990);
  assert_eligible (f);

  /* the limit is the rule set's */
  f->applicant.birth_date = dmy (9, 3, 1990);
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_YOUTH_MAX_AGE, 36);
  assert_eligible (f);
  f->applicant.birth_date = dmy (10, 3, 1989);
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_AGE);

    g_assert_cmpint (failure->actual, ==, 37);
    g_assert_cmpint (failure->required, ==, 36);
  }

  /* no rule set: the default of 35 */
  g_clear_object (&f->rule_set);
  f->applicant.birth_date = dmy (10, 3, 1990);
  {
    g_autoptr(GPtrArray) failures = konkurs_eligibility_check (&f->applicant, &f->competition, NULL);

    g_assert_cmpint (only_failure (failures, KONKURS_ELIGIBILITY_AGE)->required, ==, KONKURS_DEFAULT_YOUTH_MAX_AGE);
  }
  f->applicant.birth_date = dmy (11, 3, 1990);
  {
    g_autoptr(GPtrArray) failures = konkurs_eligibility_check (&f->applicant, &f->competition, NULL);

    assert_codes (failures, END_OF_CODES);
  }
  f->rule_set = konkurs_rule_set_new (1, "kz-2023", NULL, NULL);

  /* unknown birth date: cannot be checked, which is itself a reason */
  f->applicant.birth_date = no_date ();
  {
    g_autoptr(GPtrArray) failures = check (f);

    only_failure (failures, KONKURS_ELIGIBILITY_BIRTH_DATE_UNKNOWN);
  }
}

static void
test_youth_citizenship (Fixture *f, gconstpointer data)
{
  f->applicant.citizenship = "RU";
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_CITIZENSHIP);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);

    g_assert_cmpstr (failure->citizenship, ==, "RU");
    g_assert_cmpstr (reason, ==, "The candidate’s citizenship is RU; only citizens of Kazakhstan may take part.");
  }

  f->applicant.citizenship = NULL;
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_CITIZENSHIP);

    g_assert_null (failure->citizenship);
  }

  f->applicant.citizenship = "kz";
  assert_eligible (f);
}

static void
test_youth_education (Fixture *f, gconstpointer data)
{
  f->applicant.education = KONKURS_EDUCATION_VOCATIONAL;
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_EDUCATION);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);

    g_assert_cmpint (failure->actual, ==, KONKURS_EDUCATION_VOCATIONAL);
    g_assert_cmpint (failure->required, ==, KONKURS_EDUCATION_HIGHER);
    g_assert_cmpstr (reason, ==, "The candidate’s education, “Vocational education”, is below the required “Higher education”.");
  }

  f->applicant.education = KONKURS_EDUCATION_POSTGRADUATE;
  assert_eligible (f);
}

static void
test_youth_language (Fixture *f, gconstpointer data)
{
  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_B1;
  assert_eligible (f);

  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_A2;
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);

    g_assert_cmpint (failure->actual, ==, KONKURS_LANGUAGE_LEVEL_A2);
    g_assert_cmpint (failure->required, ==, KONKURS_LANGUAGE_LEVEL_B1);
    g_assert_cmpstr (reason, ==, "The candidate’s level of the state language is A2; at least B1 is required.");
  }

  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_NONE;
  {
    g_autoptr(GPtrArray) failures = check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (only_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE), NULL);

    g_assert_cmpstr (reason, ==, "The candidate’s level of the state language is not assessed; at least B1 is required.");
  }

  /* the level is a rule of the rule set */
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_YOUTH_MIN_LANGUAGE_LEVEL, KONKURS_LANGUAGE_LEVEL_B2);
  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_B1;
  {
    g_autoptr(GPtrArray) failures = check (f);

    g_assert_cmpint (only_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE)->required, ==, KONKURS_LANGUAGE_LEVEL_B2);
  }
}

static void
test_youth_exclusions (Fixture *f, gconstpointer data)
{
  static const struct { KonkursExclusion flag; KonkursEligibilityCode code; } cases[] = {
    { KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE, KONKURS_ELIGIBILITY_PRESIDENTIAL_APPOINTEE },
    { KONKURS_EXCLUSION_POLITICAL_SERVANT,      KONKURS_ELIGIBILITY_POLITICAL_SERVANT },
    { KONKURS_EXCLUSION_CORPS_A,                KONKURS_ELIGIBILITY_CORPS_A },
    { KONKURS_EXCLUSION_IN_RESERVE,             KONKURS_ELIGIBILITY_IN_RESERVE },
  };
  GHashTable *reasons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) failures = NULL;
      char *reason;

      f->applicant.exclusions = cases[i].flag;
      failures = check (f);
      reason = konkurs_eligibility_failure_describe (only_failure (failures, cases[i].code), NULL);
      g_assert_true (strlen (reason) > 20);
      /* each exclusion has its own reason */
      g_assert_false (g_hash_table_contains (reasons, reason));
      g_hash_table_add (reasons, reason);
    }
  g_hash_table_unref (reasons);

  f->applicant.exclusions = KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE | KONKURS_EXCLUSION_POLITICAL_SERVANT |
                            KONKURS_EXCLUSION_CORPS_A | KONKURS_EXCLUSION_IN_RESERVE;
  {
    g_autoptr(GPtrArray) failures = check (f);

    assert_codes (failures,
                  KONKURS_ELIGIBILITY_PRESIDENTIAL_APPOINTEE, KONKURS_ELIGIBILITY_POLITICAL_SERVANT,
                  KONKURS_ELIGIBILITY_CORPS_A, KONKURS_ELIGIBILITY_IN_RESERVE, END_OF_CODES);
  }
}

/* Experience ---------------------------------------------------------------- */

static void
set_periods (Fixture *f, guint n, ...)
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

static KonkursExperience
experience_of (Fixture *f)
{
  KonkursExperience experience;
  GDate on = D;

  konkurs_experience_compute (f->applicant.work_periods, f->applicant.n_work_periods, &on, &experience);
  return experience;
}

static void
assert_experience (Fixture *f, int years, int months, int days, int total_days)
{
  KonkursExperience experience = experience_of (f);

  g_assert_cmpint (experience.years, ==, years);
  g_assert_cmpint (experience.months, ==, months);
  g_assert_cmpint (experience.days, ==, days);
  if (total_days >= 0)
    g_assert_cmpint (experience.total_days, ==, total_days);
}

static void
assert_experience_failure (Fixture *f, int years, int months, int days)
{
  g_autoptr(GPtrArray) failures = check (f);
  KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE);

  g_assert_cmpint (failure->experience.years, ==, years);
  g_assert_cmpint (failure->experience.months, ==, months);
  g_assert_cmpint (failure->experience.days, ==, days);
  g_assert_cmpint (failure->required, ==, 5);
}

/* 5 years to the day is enough; one day less is not. */
static void
test_experience_to_the_day (Fixture *f, gconstpointer data)
{
  /* 1 March 2019 – 29 February 2024, both days worked: 5 years */
  set_periods (f, 1, dmy (1, 3, 2019), dmy (29, 2, 2024));
  assert_experience (f, 5, 0, 0, 1827);
  assert_eligible (f);

  /* one day short */
  set_periods (f, 1, dmy (1, 3, 2019), dmy (28, 2, 2024));
  assert_experience (f, 4, 11, 28, 1826);
  assert_experience_failure (f, 4, 11, 28);
  {
    g_autoptr(GPtrArray) failures = check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, 0), NULL);
    g_autofree char *on = interface_date (D);
    g_autofree char *expected = g_strdup_printf ("The candidate’s work experience on %s is 4 years 11 months 28 days; at least 5 years is required.", on);

    g_assert_cmpstr (reason, ==, expected);
  }

  /* ongoing: counted through D itself */
  set_periods (f, 1, dmy (11, 3, 2021), no_date ());
  assert_experience (f, 5, 0, 0, -1);
  assert_eligible (f);
  /* one day short: 12 March 2021 – 10 March 2026 is 4 years 11 months
   * (to 11 February) and 27 days (12 February – 10 March) */
  set_periods (f, 1, dmy (12, 3, 2021), no_date ());
  assert_experience (f, 4, 11, 27, -1);
  assert_experience_failure (f, 4, 11, 27);

  /* an end after D counts only up to D */
  set_periods (f, 1, dmy (12, 3, 2021), dmy (31, 12, 2030));
  assert_experience_failure (f, 4, 11, 27);

  /* the number of years is the rule set's */
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS, 4);
  assert_eligible (f);
}

static void
test_experience_overlap (Fixture *f, gconstpointer data)
{
  /* two periods of 3 years that overlap by 2: 4 years, not 6 */
  set_periods (f, 2,
               dmy (1, 1, 2018), dmy (31, 12, 2020),
               dmy (1, 1, 2019), dmy (31, 12, 2021));
  assert_experience (f, 4, 0, 0, 1461);
  assert_experience_failure (f, 4, 0, 0);

  /* a period inside another adds nothing; order does not matter */
  set_periods (f, 2,
               dmy (1, 5, 2019), dmy (30, 6, 2019),
               dmy (1, 1, 2018), dmy (31, 12, 2022));
  assert_experience (f, 5, 0, 0, 1826);
  assert_eligible (f);

  /* identical periods count once */
  set_periods (f, 3,
               dmy (1, 1, 2018), dmy (31, 12, 2022),
               dmy (1, 1, 2018), dmy (31, 12, 2022),
               dmy (1, 1, 2018), dmy (31, 12, 2022));
  assert_experience (f, 5, 0, 0, 1826);

  /* an ongoing period overlapping a closed one */
  set_periods (f, 2,
               dmy (1, 1, 2015), dmy (31, 12, 2020),
               dmy (1, 6, 2020), no_date ());
  {
    GDate first = dmy (1, 1, 2015), on = D;

    assert_experience (f, 11, 2, 10, g_date_days_between (&first, &on) + 1);
  }
}

static void
test_experience_adjacent (Fixture *f, gconstpointer data)
{
  /* 3 years then 2 years, the second starting the day after the first
   * ended: 5 years exactly */
  set_periods (f, 2,
               dmy (1, 1, 2016), dmy (31, 12, 2018),
               dmy (1, 1, 2019), dmy (31, 12, 2020));
  assert_experience (f, 5, 0, 0, 1827);
  assert_eligible (f);

  /* one day off between them: one day short */
  set_periods (f, 2,
               dmy (1, 1, 2016), dmy (31, 12, 2018),
               dmy (2, 1, 2019), dmy (31, 12, 2020));
  assert_experience (f, 4, 11, 30, 1826);
  assert_experience_failure (f, 4, 11, 30);
}

static void
test_experience_ignored_periods (Fixture *f, gconstpointer data)
{
  /* after D, ending before it starts, without a start: nothing */
  set_periods (f, 3,
               dmy (11, 3, 2026), no_date (),
               dmy (1, 1, 2020), dmy (31, 12, 2019),
               no_date (), dmy (31, 12, 2019));
  assert_experience (f, 0, 0, 0, 0);
  assert_experience_failure (f, 0, 0, 0);
  {
    g_autoptr(GPtrArray) failures = check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, 0), NULL);

    g_assert_nonnull (strstr (reason, " is 0 days; at least 5 years is required."));
  }

  /* a single day */
  set_periods (f, 1, D, D);
  assert_experience (f, 0, 0, 1, 1);

  /* clamping at the end of a month is measured from the start, not chained:
   * 31 January – 30 April is 3 months exactly */
  set_periods (f, 1, dmy (31, 1, 2025), dmy (30, 4, 2025));
  assert_experience (f, 0, 3, 0, 90);
}

/* Deadline, several failures ---------------------------------------------- */

static void
test_deadline (Fixture *f, gconstpointer data)
{
  GDate deadline = f->competition.document_deadline;

  f->applicant.received_on = deadline;
  assert_eligible (f);

  f->applicant.received_on = shifted (deadline, 1);
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_LATE_APPLICATION);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
    g_autofree char *received = interface_date (f->applicant.received_on);
    g_autofree char *until = interface_date (deadline);
    g_autofree char *expected = g_strdup_printf ("The application was received on %s, after the deadline for documents, %s.", received, until);

    assert_same_date (&failure->given_date, &f->applicant.received_on);
    assert_same_date (&failure->limit_date, &deadline);
    g_assert_cmpstr (reason, ==, expected);
  }

  f->applicant.received_on = no_date ();
  {
    g_autoptr(GPtrArray) failures = check (f);

    only_failure (failures, KONKURS_ELIGIBILITY_RECEIVED_DATE_UNKNOWN);
  }

  /* no deadline set: nothing to check against */
  f->competition.document_deadline = no_date ();
  assert_eligible (f);
}

static void
test_several (Fixture *f, gconstpointer data)
{
  f->applicant.received_on = shifted (f->competition.document_deadline, 1);
  f->applicant.citizenship = "UZ";
  f->applicant.birth_date = dmy (1, 1, 1980);
  f->applicant.education = KONKURS_EDUCATION_SECONDARY;
  set_periods (f, 1, dmy (1, 1, 2025), no_date ());
  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_A1;
  f->applicant.exclusions = KONKURS_EXCLUSION_CORPS_A | KONKURS_EXCLUSION_IN_RESERVE;

  {
    g_autoptr(GPtrArray) failures = check (f);

    assert_codes (failures,
                  KONKURS_ELIGIBILITY_LATE_APPLICATION,
                  KONKURS_ELIGIBILITY_CITIZENSHIP,
                  KONKURS_ELIGIBILITY_AGE,
                  KONKURS_ELIGIBILITY_EDUCATION,
                  KONKURS_ELIGIBILITY_EXPERIENCE,
                  KONKURS_ELIGIBILITY_LANGUAGE,
                  KONKURS_ELIGIBILITY_CORPS_A,
                  KONKURS_ELIGIBILITY_IN_RESERVE,
                  END_OF_CODES);
    for (guint i = 0; i < failures->len; i++)
      {
        g_autofree char *reason = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, i), NULL);

        g_assert_true (g_utf8_validate (reason, -1, NULL));
        g_assert_null (strchr (reason, '%'));
        g_assert_true (g_str_has_suffix (reason, "."));
      }
  }
}

/* Civil service ------------------------------------------------------------ */

static void
test_civil_eligible (Fixture *f, gconstpointer data)
{
  assert_eligible (f);

  /* the Youth Reserve's own rules do not apply */
  f->applicant.birth_date = dmy (1, 1, 1960);
  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_NONE;
  f->applicant.exclusions = KONKURS_EXCLUSION_CORPS_A | KONKURS_EXCLUSION_IN_RESERVE;
  assert_eligible (f);

  /* but citizenship and the deadline do */
  f->applicant.citizenship = "RU";
  f->applicant.received_on = shifted (f->competition.document_deadline, 1);
  {
    g_autoptr(GPtrArray) failures = check (f);

    assert_codes (failures, KONKURS_ELIGIBILITY_LATE_APPLICATION, KONKURS_ELIGIBILITY_CITIZENSHIP, END_OF_CODES);
  }
}

static void
test_civil_position (Fixture *f, gconstpointer data)
{
  f->competition.min_education = KONKURS_EDUCATION_POSTGRADUATE;
  f->competition.min_experience_years = 3;
  set_periods (f, 1, dmy (11, 3, 2023), no_date ());   /* 3 years on D, exactly */
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_EDUCATION);

    g_assert_cmpint (failure->required, ==, KONKURS_EDUCATION_POSTGRADUATE);
  }

  f->competition.min_education = KONKURS_EDUCATION_VOCATIONAL;
  set_periods (f, 1, dmy (12, 3, 2023), no_date ());   /* a day short */
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE);

    g_assert_cmpint (failure->required, ==, 3);
    g_assert_cmpint (failure->experience.years, ==, 2);
  }

  /* no experience required: none needed */
  f->competition.min_experience_years = 0;
  f->applicant.n_work_periods = 0;
  assert_eligible (f);

  /* no education recorded against a requirement */
  f->applicant.education = KONKURS_EDUCATION_NONE;
  {
    g_autoptr(GPtrArray) failures = check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (only_failure (failures, KONKURS_ELIGIBILITY_EDUCATION), NULL);

    g_assert_cmpstr (reason, ==, "The candidate has no recorded education; “Vocational education” is required.");
  }
}

/* A certificate passed on P with 12 months is valid through P + 12 months
 * inclusive.  Last valid day the day before D: refused; on D or the day
 * after: valid. */
static void
test_civil_certificate_boundary (Fixture *f, gconstpointer data)
{
  static const KonkursCertificateKind kinds[] = {
    KONKURS_CERTIFICATE_LEGISLATION, KONKURS_CERTIFICATE_STATE_LANGUAGE, KONKURS_CERTIFICATE_PERSONAL_QUALITIES,
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      KonkursCertificate *certificate = &f->certificates[k];
      GDate last_day;

      g_assert_cmpint (certificate->kind, ==, kinds[k]);

      /* expires on D: its last valid day is D itself */
      certificate->passed_on = dmy (10, 3, 2025);
      konkurs_certificate_get_last_valid_day (certificate, 12, &last_day);
      assert_same_date (&last_day, &f->competition.competition_date);
      assert_eligible (f);

      /* last valid day the day after D */
      certificate->passed_on = dmy (11, 3, 2025);
      assert_eligible (f);

      /* last valid day the day before D */
      certificate->passed_on = dmy (9, 3, 2025);
      {
        g_autoptr(GPtrArray) failures = check (f);
        KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED);
        GDate expected_last = dmy (9, 3, 2026);
        g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
        g_autofree char *passed = interface_date (certificate->passed_on);
        g_autofree char *until = interface_date (expected_last);
        g_autofree char *on = interface_date (D);

        g_assert_cmpint (failure->certificate_kind, ==, kinds[k]);
        assert_same_date (&failure->given_date, &certificate->passed_on);
        assert_same_date (&failure->limit_date, &expected_last);
        g_assert_nonnull (strstr (reason, passed));
        g_assert_nonnull (strstr (reason, until));
        g_assert_nonnull (strstr (reason, on));
      }

      certificate->passed_on = dmy (1, 10, 2025);
    }

  {
    KonkursCertificate certificate = { KONKURS_CERTIFICATE_LEGISLATION, dmy (10, 3, 2025), TRUE };
    GDate on = D;

    g_assert_true (konkurs_certificate_is_valid_on (&certificate, 12, &on));
    on = shifted (D, 1);
    g_assert_false (konkurs_certificate_is_valid_on (&certificate, 12, &on));
    /* not yet passed on a date before the test */
    on = dmy (9, 3, 2025);
    g_assert_false (konkurs_certificate_is_valid_on (&certificate, 12, &on));
    on = dmy (10, 3, 2025);
    g_assert_true (konkurs_certificate_is_valid_on (&certificate, 12, &on));
    certificate.passed = FALSE;
    g_assert_false (konkurs_certificate_is_valid_on (&certificate, 12, &on));
  }
}

static void
test_civil_certificate_rules (Fixture *f, gconstpointer data)
{
  GDate last_day;

  /* passed on 29 February: runs to 28 February of the next year */
  f->certificates[0].passed_on = dmy (29, 2, 2024);
  konkurs_certificate_get_last_valid_day (&f->certificates[0], 12, &last_day);
  {
    GDate expected = dmy (28, 2, 2025);

    assert_same_date (&last_day, &expected);
  }

  /* the validity period is the rule set's */
  f->certificates[0].passed_on = dmy (10, 3, 2024);
  {
    g_autoptr(GPtrArray) failures = check (f);

    only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED);
  }
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, 24);
  assert_eligible (f);
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, 12);

  /* a retake: the old certificate expired, the new one is valid */
  f->certificates[0].passed_on = dmy (1, 1, 2024);
  f->certificates[3] = (KonkursCertificate) { KONKURS_CERTIFICATE_LEGISLATION, dmy (1, 2, 2026), TRUE };
  f->applicant.n_certificates = 4;
  assert_eligible (f);

  /* a failed retake does not help; the reason names the latest passed one */
  f->certificates[3].passed = FALSE;
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED);
    GDate expected = dmy (1, 1, 2024);

    assert_same_date (&failure->given_date, &expected);
  }

  /* only failed attempts: missing */
  f->certificates[0].passed = FALSE;
  {
    g_autoptr(GPtrArray) failures = check (f);
    KonkursEligibilityFailure *failure = only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_MISSING);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
    g_autofree char *on = interface_date (D);
    g_autofree char *expected = g_strdup_printf ("There is no passed legislation test valid on %s.", on);

    g_assert_cmpint (failure->certificate_kind, ==, KONKURS_CERTIFICATE_LEGISLATION);
    g_assert_cmpstr (reason, ==, expected);
  }

  /* none at all: each missing kind is its own reason */
  f->applicant.n_certificates = 0;
  {
    g_autoptr(GPtrArray) failures = check (f);

    assert_codes (failures,
                  KONKURS_ELIGIBILITY_CERTIFICATE_MISSING,
                  KONKURS_ELIGIBILITY_CERTIFICATE_MISSING,
                  KONKURS_ELIGIBILITY_CERTIFICATE_MISSING,
                  END_OF_CODES);
    g_assert_cmpint (((KonkursEligibilityFailure *) g_ptr_array_index (failures, 0))->certificate_kind, ==, KONKURS_CERTIFICATE_LEGISLATION);
    g_assert_cmpint (((KonkursEligibilityFailure *) g_ptr_array_index (failures, 1))->certificate_kind, ==, KONKURS_CERTIFICATE_STATE_LANGUAGE);
    g_assert_cmpint (((KonkursEligibilityFailure *) g_ptr_array_index (failures, 2))->certificate_kind, ==, KONKURS_CERTIFICATE_PERSONAL_QUALITIES);
  }

  /* the state-language test only when the rule set asks for it */
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_STATE_LANGUAGE_CERTIFICATE_REQUIRED, 0);
  {
    g_autoptr(GPtrArray) failures = check (f);

    assert_codes (failures, KONKURS_ELIGIBILITY_CERTIFICATE_MISSING, KONKURS_ELIGIBILITY_CERTIFICATE_MISSING, END_OF_CODES);
    g_assert_cmpint (((KonkursEligibilityFailure *) g_ptr_array_index (failures, 1))->certificate_kind, ==, KONKURS_CERTIFICATE_PERSONAL_QUALITIES);
  }

  /* a certificate dated after the competition is not valid on it */
  f->certificates[0] = (KonkursCertificate) { KONKURS_CERTIFICATE_LEGISLATION, shifted (D, 1), TRUE };
  f->certificates[1] = (KonkursCertificate) { KONKURS_CERTIFICATE_PERSONAL_QUALITIES, D, TRUE };
  f->applicant.n_certificates = 2;
  {
    g_autoptr(GPtrArray) failures = check (f);

    g_assert_cmpint (only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_MISSING)->certificate_kind, ==, KONKURS_CERTIFICATE_LEGISLATION);
  }
}

/* Translation ------------------------------------------------------------- */

/* A Russian catalogue of a few reasons, compiled with the real msgfmt; one
 * translation puts its arguments in another order. */
static const char ru_po[] =
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Project-Id-Version: konkurs-test\\n\"\n"
  "\"Language: ru\\n\"\n"
  "\"MIME-Version: 1.0\\n\"\n"
  "\"Content-Transfer-Encoding: 8bit\\n\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"The candidate’s work experience on %1$s is %2$s; at least %3$s is required.\"\n"
  "msgstr \"Стаж кандидата на %1$s — %2$s; требуется не менее %3$s.\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"On %1$s the candidate is aged %2$s (born on %3$s), above the age limit of %4$s.\"\n"
  "msgstr \"Предельный возраст — %4$s; кандидату (дата рождения %3$s) на %1$s исполнилось %2$s.\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"There is no passed legislation test valid on %1$s.\"\n"
  "msgstr \"Нет сданного тестирования на знание законодательства, действительного на %1$s.\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"%d year\"\n"
  "msgid_plural \"%d years\"\n"
  "msgstr[0] \"%d год\"\n"
  "msgstr[1] \"%d года\"\n"
  "msgstr[2] \"%d лет\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"%d month\"\n"
  "msgid_plural \"%d months\"\n"
  "msgstr[0] \"%d месяц\"\n"
  "msgstr[1] \"%d месяца\"\n"
  "msgstr[2] \"%d месяцев\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"%d day\"\n"
  "msgid_plural \"%d days\"\n"
  "msgstr[0] \"%d день\"\n"
  "msgstr[1] \"%d дня\"\n"
  "msgstr[2] \"%d дней\"\n";

static KonkursCatalog *
make_russian_catalog (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *po = g_build_filename (dir, "ru.po", NULL);
  g_autofree char *mo = g_build_filename (dir, "ru.mo", NULL);
  const char * const argv[] = { "msgfmt", "--check-format", "-o", mo, po, NULL };
  KonkursCatalog *catalog;

  g_assert_true (g_file_set_contents (po, ru_po, -1, &error));
  g_assert_no_error (error);
  g_free (konkurs_test_run_tool (argv));

  catalog = konkurs_catalog_new_from_file (KONKURS_DOC_LANGUAGE_RU, mo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

static void
test_describe_catalog (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-eligibility-XXXXXX");
  g_autoptr(KonkursCatalog) catalog = NULL;
  g_autofree char *on = NULL;
  GDate on_date = D;

  catalog = make_russian_catalog (dir);
  on = konkurs_catalog_format_date (catalog, &on_date);

  /* plural forms of Russian inside a translated reason */
  set_periods (f, 1, dmy (1, 3, 2019), dmy (28, 2, 2024));
  {
    g_autoptr(GPtrArray) failures = check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (only_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE), catalog);
    g_autofree char *expected = g_strdup_printf ("Стаж кандидата на %s — 4 года 11 месяцев 28 дней; требуется не менее 5 лет.", on);

    g_assert_cmpstr (reason, ==, expected);
  }
  {
    KonkursExperience experience = { .years = 21, .months = 2, .days = 11 };
    g_autofree char *text = konkurs_experience_describe (&experience, catalog);

    g_assert_cmpstr (text, ==, "21 год 2 месяца 11 дней");
  }

  /* arguments in the translation's own order; dates in the document's
   * language */
  set_periods (f, 1, dmy (1, 3, 2019), no_date ());
  f->applicant.birth_date = dmy (9, 3, 1990);
  {
    g_autoptr(GPtrArray) failures = check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (only_failure (failures, KONKURS_ELIGIBILITY_AGE), catalog);
    g_autofree char *born = konkurs_catalog_format_date (catalog, &f->applicant.birth_date);
    g_autofree char *expected = g_strdup_printf ("Предельный возраст — 35; кандидату (дата рождения %s) на %s исполнилось 36.", born, on);

    g_assert_cmpstr (reason, ==, expected);
  }

  /* a sentence ending with a Russian date ("… 2026 г.") takes no second
   * full stop; certificates are a requirement of the civil service */
  f->competition.procedure = KONKURS_PROCEDURE_CIVIL_SERVICE;
  f->applicant.n_certificates = 0;
  {
    g_autoptr(GPtrArray) failures = check (f);
    g_autofree char *reason = NULL;
    g_autofree char *expected = g_strdup_printf ("Нет сданного тестирования на знание законодательства, действительного на %s", on);

    for (guint i = 0; i < failures->len && reason == NULL; i++)
      {
        KonkursEligibilityFailure *failure = g_ptr_array_index (failures, i);

        if (failure->code == KONKURS_ELIGIBILITY_CERTIFICATE_MISSING &&
            failure->certificate_kind == KONKURS_CERTIFICATE_LEGISLATION)
          reason = konkurs_eligibility_failure_describe (failure, catalog);
      }
    g_assert_true (g_str_has_suffix (on, "г."));
    g_assert_cmpstr (reason, ==, expected);
  }
  f->competition.procedure = KONKURS_PROCEDURE_YOUTH_RESERVE;

  /* a reason the catalogue lacks falls back to English, still filled in */
  f->applicant.birth_date = dmy (5, 5, 1995);
  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_A2;
  {
    g_autoptr(GPtrArray) failures = check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (only_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE), catalog);

    g_assert_cmpstr (reason, ==, "The candidate’s level of the state language is A2; at least B1 is required.");
  }

  g_clear_object (&catalog);
  konkurs_test_remove_tree (dir);
}

static void
test_codes (void)
{
  for (int code = KONKURS_ELIGIBILITY_LATE_APPLICATION; code <= KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED; code++)
    {
      const char *name = konkurs_eligibility_code_to_string (code);
      KonkursEligibilityCode back = 0;

      g_assert_nonnull (name);
      g_assert_true (konkurs_eligibility_code_from_string (name, &back));
      g_assert_cmpint (back, ==, code);
    }
  {
    KonkursEligibilityCode back = 0;

    g_assert_false (konkurs_eligibility_code_from_string ("no-such-reason", &back));
    g_assert_null (konkurs_eligibility_code_to_string (99));
  }

  for (int level = KONKURS_LANGUAGE_LEVEL_NONE; level <= KONKURS_LANGUAGE_LEVEL_C2; level++)
    {
      KonkursLanguageLevel back = 99;

      g_assert_true (konkurs_language_level_from_code (konkurs_language_level_to_code (level), &back));
      g_assert_cmpint (back, ==, level);
    }
  {
    KonkursLanguageLevel level = 0;
    KonkursCertificateKind kind = 0;

    g_assert_cmpstr (konkurs_language_level_to_code (KONKURS_LANGUAGE_LEVEL_B1), ==, "B1");
    g_assert_true (konkurs_language_level_from_code ("c1", &level));
    g_assert_cmpint (level, ==, KONKURS_LANGUAGE_LEVEL_C1);
    g_assert_false (konkurs_language_level_from_code ("B3", &level));

    g_assert_true (konkurs_certificate_kind_from_code ("state-language", &kind));
    g_assert_cmpint (kind, ==, KONKURS_CERTIFICATE_STATE_LANGUAGE);
    g_assert_cmpstr (konkurs_certificate_kind_to_code (KONKURS_CERTIFICATE_PERSONAL_QUALITIES), ==, "personal-qualities");
    g_assert_nonnull (konkurs_certificate_kind_get_label (KONKURS_CERTIFICATE_LEGISLATION));
    g_assert_false (konkurs_certificate_kind_from_code ("driving", &kind));
  }
}

/* All reasons one a line, and a failure copied with what it owns. */
static void
test_describe_all (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(KonkursEligibilityFailure) copy = NULL;
  g_autofree char *empty = konkurs_eligibility_describe_failures (none, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  KonkursEligibilityFailure *citizenship = NULL;

  g_assert_cmpstr (empty, ==, "");

  f->applicant.citizenship = "RU";
  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_A2;
  failures = check (f);
  g_assert_cmpuint (failures->len, ==, 2);
  text = konkurs_eligibility_describe_failures (failures, NULL);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  for (guint i = 0; i < failures->len; i++)
    {
      g_autofree char *reason = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, i), NULL);

      g_assert_cmpstr (lines[i], ==, reason);
    }

  citizenship = g_ptr_array_index (failures, 0);
  g_assert_cmpint (citizenship->code, ==, KONKURS_ELIGIBILITY_CITIZENSHIP);
  copy = konkurs_eligibility_failure_copy (citizenship);
  g_assert_cmpint (copy->code, ==, KONKURS_ELIGIBILITY_CITIZENSHIP);
  g_assert_cmpstr (copy->citizenship, ==, "RU");
  g_assert_true (copy->citizenship != citizenship->citizenship);
  g_assert_cmpint (g_date_compare (&copy->date, &citizenship->date), ==, 0);
}

#define ADD(path, procedure, func) \
  g_test_add (path, Fixture, GINT_TO_POINTER (procedure), fixture_set_up, func, fixture_tear_down)

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/eligibility/youth/eligible", KONKURS_PROCEDURE_YOUTH_RESERVE, test_youth_eligible);
  ADD ("/eligibility/youth/age", KONKURS_PROCEDURE_YOUTH_RESERVE, test_youth_age);
  ADD ("/eligibility/youth/citizenship", KONKURS_PROCEDURE_YOUTH_RESERVE, test_youth_citizenship);
  ADD ("/eligibility/youth/education", KONKURS_PROCEDURE_YOUTH_RESERVE, test_youth_education);
  ADD ("/eligibility/youth/language", KONKURS_PROCEDURE_YOUTH_RESERVE, test_youth_language);
  ADD ("/eligibility/youth/exclusions", KONKURS_PROCEDURE_YOUTH_RESERVE, test_youth_exclusions);
  ADD ("/eligibility/experience/to-the-day", KONKURS_PROCEDURE_YOUTH_RESERVE, test_experience_to_the_day);
  ADD ("/eligibility/experience/overlap", KONKURS_PROCEDURE_YOUTH_RESERVE, test_experience_overlap);
  ADD ("/eligibility/experience/adjacent", KONKURS_PROCEDURE_YOUTH_RESERVE, test_experience_adjacent);
  ADD ("/eligibility/experience/ignored-periods", KONKURS_PROCEDURE_YOUTH_RESERVE, test_experience_ignored_periods);
  ADD ("/eligibility/deadline", KONKURS_PROCEDURE_YOUTH_RESERVE, test_deadline);
  ADD ("/eligibility/several", KONKURS_PROCEDURE_YOUTH_RESERVE, test_several);
  ADD ("/eligibility/civil/eligible", KONKURS_PROCEDURE_CIVIL_SERVICE, test_civil_eligible);
  ADD ("/eligibility/civil/position", KONKURS_PROCEDURE_CIVIL_SERVICE, test_civil_position);
  ADD ("/eligibility/civil/certificate-boundary", KONKURS_PROCEDURE_CIVIL_SERVICE, test_civil_certificate_boundary);
  ADD ("/eligibility/civil/certificate-rules", KONKURS_PROCEDURE_CIVIL_SERVICE, test_civil_certificate_rules);
  ADD ("/eligibility/describe/catalog", KONKURS_PROCEDURE_YOUTH_RESERVE, test_describe_catalog);
  ADD ("/eligibility/describe/all", KONKURS_PROCEDURE_YOUTH_RESERVE, test_describe_all);
  g_test_add_func ("/eligibility/codes", test_codes);

  return g_test_run ();
}
