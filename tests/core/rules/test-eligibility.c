/* test-eligibility.c — who may take part, at every boundary (how the
 * reasons read: test-eligibility-describe.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-eligibility.h"
#include "konkurs-test-eligibility.h"
#include "konkurs-test-util.h"

typedef KonkursTestEligibility Fixture;

/* The competition date of every test. */
#define D KONKURS_TEST_D

/* Youth Reserve ------------------------------------------------------------ */

static void
test_youth_eligible (Fixture *f, gconstpointer data)
{
  konkurs_test_assert_eligible (f);

  /* the civil service's certificates are not asked of the Youth Reserve,
   * only the state-language one */
  f->certificates[0] = f->certificates[1];
  f->applicant.n_certificates = 1;
  konkurs_test_assert_eligible (f);
}

/* At most 35 on the competition date: whoever is 36 on it is refused,
 * including someone whose 36th birthday is that very day. */
static void
test_youth_age (Fixture *f, gconstpointer data)
{
  /* turns 36 the day before D */
  f->applicant.birth_date = konkurs_test_dmy (9, 3, 1990);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_AGE);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
    g_autofree char *on = konkurs_test_interface_date (D);
    g_autofree char *born = konkurs_test_interface_date (f->applicant.birth_date);
    g_autofree char *expected = g_strdup_printf ("On %s the candidate is aged 36 (born on %s), above the age limit of 35.", on, born);

    g_assert_cmpint (failure->actual, ==, 36);
    g_assert_cmpint (failure->required, ==, 35);
    konkurs_test_assert_same_date (&failure->given_date, &f->applicant.birth_date);
    konkurs_test_assert_same_date (&failure->date, &f->competition.competition_date);
    g_assert_cmpstr (reason, ==, expected);
  }

  /* turns 36 on D */
  f->applicant.birth_date = konkurs_test_dmy (10, 3, 1990);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    g_assert_cmpint (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_AGE)->actual, ==, 36);
  }

  /* turns 36 the day after D: still 35 on D */
  f->applicant.birth_date = konkurs_test_dmy (11, 3, 1990);
  konkurs_test_assert_eligible (f);

  /* the limit is the rule set's */
  f->applicant.birth_date = konkurs_test_dmy (9, 3, 1990);
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_YOUTH_MAX_AGE, 36);
  konkurs_test_assert_eligible (f);
  f->applicant.birth_date = konkurs_test_dmy (10, 3, 1989);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_AGE);

    g_assert_cmpint (failure->actual, ==, 37);
    g_assert_cmpint (failure->required, ==, 36);
  }

  /* no rule set: the default of 35 */
  g_clear_object (&f->rule_set);
  f->applicant.birth_date = konkurs_test_dmy (10, 3, 1990);
  {
    g_autoptr(GPtrArray) failures = konkurs_eligibility_check (&f->applicant, &f->competition, NULL);

    g_assert_cmpint (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_AGE)->required, ==, KONKURS_DEFAULT_YOUTH_MAX_AGE);
  }
  f->applicant.birth_date = konkurs_test_dmy (11, 3, 1990);
  {
    g_autoptr(GPtrArray) failures = konkurs_eligibility_check (&f->applicant, &f->competition, NULL);

    konkurs_test_assert_codes (failures, KONKURS_TEST_END_OF_CODES);
  }
  f->rule_set = konkurs_rule_set_new (1, "kz-2023", NULL, NULL);

  /* unknown birth date: cannot be checked, which is itself a reason */
  f->applicant.birth_date = konkurs_test_no_date ();
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_BIRTH_DATE_UNKNOWN);
  }
}

static void
test_youth_citizenship (Fixture *f, gconstpointer data)
{
  f->applicant.citizenship = "RU";
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_CITIZENSHIP);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);

    g_assert_cmpstr (failure->citizenship, ==, "RU");
    g_assert_cmpstr (reason, ==, "The candidate’s citizenship is RU; only citizens of Kazakhstan may take part.");
  }

  f->applicant.citizenship = NULL;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_CITIZENSHIP);

    g_assert_null (failure->citizenship);
  }

  f->applicant.citizenship = "kz";
  konkurs_test_assert_eligible (f);
}

static void
test_youth_education (Fixture *f, gconstpointer data)
{
  f->applicant.education = KONKURS_EDUCATION_VOCATIONAL;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_EDUCATION);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);

    g_assert_cmpint (failure->actual, ==, KONKURS_EDUCATION_VOCATIONAL);
    g_assert_cmpint (failure->required, ==, KONKURS_EDUCATION_HIGHER);
    g_assert_cmpstr (reason, ==, "The candidate’s education, “Vocational education”, is below the required “Higher education”.");
  }

  f->applicant.education = KONKURS_EDUCATION_POSTGRADUATE;
  konkurs_test_assert_eligible (f);
}

/* The state-language requirement is the latest valid certificate's level,
 * not the level a form recorded. */
static void
test_youth_language (Fixture *f, gconstpointer data)
{
  KonkursCertificate *language = &f->certificates[1];

  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_NONE;   /* ignored now */
  language->level = KONKURS_LANGUAGE_LEVEL_B1;                 /* exactly B1 */
  konkurs_test_assert_eligible (f);

  language->level = KONKURS_LANGUAGE_LEVEL_A2;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE_CERTIFICATE_LEVEL);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
    g_autofree char *passed = konkurs_test_interface_date (language->passed_on);
    g_autofree char *expected = g_strdup_printf ("The state-language certificate of %s shows level A2; B1 or above is required.", passed);

    g_assert_cmpint (failure->actual, ==, KONKURS_LANGUAGE_LEVEL_A2);
    g_assert_cmpint (failure->required, ==, KONKURS_LANGUAGE_LEVEL_B1);
    g_assert_cmpstr (reason, ==, expected);
  }

  language->level = KONKURS_LANGUAGE_LEVEL_NONE;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE_CERTIFICATE_LEVEL), NULL);

    g_assert_nonnull (strstr (reason, "does not record a level; B1 or above is required."));
  }

  /* no certificate at all */
  language->level = KONKURS_LANGUAGE_LEVEL_C1;
  language->kind = KONKURS_CERTIFICATE_LEGISLATION;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_MISSING);

    g_assert_cmpint (failure->certificate_kind, ==, KONKURS_CERTIFICATE_STATE_LANGUAGE);
  }
  language->kind = KONKURS_CERTIFICATE_STATE_LANGUAGE;

  /* valid through the expiry day (12 months from 10 March 2025), not the day after */
  language->passed_on = konkurs_test_dmy (10, 3, 2025);
  konkurs_test_assert_eligible (f);
  language->passed_on = konkurs_test_dmy (9, 3, 2025);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED);
    GDate last = konkurs_test_dmy (9, 3, 2026);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
    g_autofree char *until = konkurs_test_interface_date (last);

    konkurs_test_assert_same_date (&failure->limit_date, &last);
    g_assert_nonnull (strstr (reason, until));
  }

  /* a retake: the latest valid certificate decides, in either order */
  language->passed_on = konkurs_test_dmy (2, 10, 2025);
  language->level = KONKURS_LANGUAGE_LEVEL_A2;
  f->certificates[3] = (KonkursCertificate) { KONKURS_CERTIFICATE_STATE_LANGUAGE, konkurs_test_dmy (1, 2, 2026), TRUE,
                                              KONKURS_LANGUAGE_LEVEL_B1 };
  f->applicant.n_certificates = 4;
  konkurs_test_assert_eligible (f);
  f->certificates[3].level = KONKURS_LANGUAGE_LEVEL_A1;
  language->level = KONKURS_LANGUAGE_LEVEL_C1;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    g_assert_cmpint (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE_CERTIFICATE_LEVEL)->actual,
                     ==, KONKURS_LANGUAGE_LEVEL_A1);
  }
  /* a retake taken after the competition date does not count yet */
  f->certificates[3].passed_on = konkurs_test_shifted (D, 1);
  konkurs_test_assert_eligible (f);
  f->applicant.n_certificates = 3;

  /* the level is a rule of the rule set */
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_YOUTH_MIN_LANGUAGE_LEVEL, KONKURS_LANGUAGE_LEVEL_B2);
  language->level = KONKURS_LANGUAGE_LEVEL_B1;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    g_assert_cmpint (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE_CERTIFICATE_LEVEL)->required,
                     ==, KONKURS_LANGUAGE_LEVEL_B2);
  }
}

/* An exclusion holds from its first day through its last: one that ended
 * the day before the competition no longer excludes, one that ends on it
 * does; one that starts the day after does not yet. */
static void
test_youth_dated_exclusions (Fixture *f, gconstpointer data)
{
  KonkursExclusionPeriod periods[1] = { { KONKURS_EXCLUSION_POLITICAL_SERVANT } };
  GDate on = D;

  f->applicant.exclusion_periods = periods;
  f->applicant.n_exclusion_periods = 1;

  periods[0].from = konkurs_test_dmy (1, 1, 2020);
  periods[0].until = konkurs_test_shifted (on, -1);
  konkurs_test_assert_eligible (f);

  periods[0].until = on;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_POLITICAL_SERVANT);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
    g_autofree char *until = konkurs_test_interface_date (on);

    konkurs_test_assert_same_date (&failure->limit_date, &on);
    g_assert_nonnull (strstr (reason, "It holds from "));
    g_assert_nonnull (strstr (reason, until));
  }

  periods[0].from = konkurs_test_shifted (on, 1);
  periods[0].until = konkurs_test_no_date ();
  konkurs_test_assert_eligible (f);

  /* "since before" and "still holds" */
  periods[0].from = konkurs_test_no_date ();
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_POLITICAL_SERVANT);
  }

  /* the reserve register's periods, through the seam */
  f->applicant.n_exclusion_periods = 0;
  f->applicant.reserve_periods = periods;
  f->applicant.n_reserve_periods = 1;
  periods[0].from = konkurs_test_dmy (1, 6, 2023);
  periods[0].until = konkurs_test_shifted (on, -1);   /* left the reserve the day before */
  konkurs_test_assert_eligible (f);
  periods[0].until = on;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_IN_RESERVE);
  }
  /* the same status undated and dated is reported once */
  f->applicant.exclusions = KONKURS_EXCLUSION_IN_RESERVE;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_IN_RESERVE);
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
      failures = konkurs_test_eligibility_check (f);
      reason = konkurs_eligibility_failure_describe (konkurs_test_only_failure (failures, cases[i].code), NULL);
      g_assert_true (strlen (reason) > 20);
      /* each exclusion has its own reason */
      g_assert_false (g_hash_table_contains (reasons, reason));
      g_hash_table_add (reasons, reason);
    }
  g_hash_table_unref (reasons);

  f->applicant.exclusions = KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE | KONKURS_EXCLUSION_POLITICAL_SERVANT |
                            KONKURS_EXCLUSION_CORPS_A | KONKURS_EXCLUSION_IN_RESERVE;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_assert_codes (failures,
                  KONKURS_ELIGIBILITY_PRESIDENTIAL_APPOINTEE, KONKURS_ELIGIBILITY_POLITICAL_SERVANT,
                  KONKURS_ELIGIBILITY_CORPS_A, KONKURS_ELIGIBILITY_IN_RESERVE, KONKURS_TEST_END_OF_CODES);
  }
}

/* Experience ---------------------------------------------------------------- */

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
  g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
  KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE);

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
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (1, 3, 2019), konkurs_test_dmy (29, 2, 2024));
  assert_experience (f, 5, 0, 0, 1827);
  konkurs_test_assert_eligible (f);

  /* one day short */
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (1, 3, 2019), konkurs_test_dmy (28, 2, 2024));
  assert_experience (f, 4, 11, 28, 1826);
  assert_experience_failure (f, 4, 11, 28);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, 0), NULL);
    g_autofree char *on = konkurs_test_interface_date (D);
    g_autofree char *expected = g_strdup_printf ("The candidate’s work experience on %s is 4 years 11 months 28 days; at least 5 years is required.", on);

    g_assert_cmpstr (reason, ==, expected);
  }

  /* ongoing: counted through D itself */
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (11, 3, 2021), konkurs_test_no_date ());
  assert_experience (f, 5, 0, 0, -1);
  konkurs_test_assert_eligible (f);
  /* one day short: 12 March 2021 – 10 March 2026 is 4 years 11 months
   * (to 11 February) and 27 days (12 February – 10 March) */
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (12, 3, 2021), konkurs_test_no_date ());
  assert_experience (f, 4, 11, 27, -1);
  assert_experience_failure (f, 4, 11, 27);

  /* an end after D counts only up to D */
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (12, 3, 2021), konkurs_test_dmy (31, 12, 2030));
  assert_experience_failure (f, 4, 11, 27);

  /* the number of years is the rule set's */
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS, 4);
  konkurs_test_assert_eligible (f);
}

static void
test_experience_overlap (Fixture *f, gconstpointer data)
{
  /* two periods of 3 years that overlap by 2: 4 years, not 6 */
  konkurs_test_eligibility_set_periods (f, 2,
               konkurs_test_dmy (1, 1, 2018), konkurs_test_dmy (31, 12, 2020),
               konkurs_test_dmy (1, 1, 2019), konkurs_test_dmy (31, 12, 2021));
  assert_experience (f, 4, 0, 0, 1461);
  assert_experience_failure (f, 4, 0, 0);

  /* a period inside another adds nothing; order does not matter */
  konkurs_test_eligibility_set_periods (f, 2,
               konkurs_test_dmy (1, 5, 2019), konkurs_test_dmy (30, 6, 2019),
               konkurs_test_dmy (1, 1, 2018), konkurs_test_dmy (31, 12, 2022));
  assert_experience (f, 5, 0, 0, 1826);
  konkurs_test_assert_eligible (f);

  /* identical periods count once */
  konkurs_test_eligibility_set_periods (f, 3,
               konkurs_test_dmy (1, 1, 2018), konkurs_test_dmy (31, 12, 2022),
               konkurs_test_dmy (1, 1, 2018), konkurs_test_dmy (31, 12, 2022),
               konkurs_test_dmy (1, 1, 2018), konkurs_test_dmy (31, 12, 2022));
  assert_experience (f, 5, 0, 0, 1826);

  /* an ongoing period overlapping a closed one */
  konkurs_test_eligibility_set_periods (f, 2,
               konkurs_test_dmy (1, 1, 2015), konkurs_test_dmy (31, 12, 2020),
               konkurs_test_dmy (1, 6, 2020), konkurs_test_no_date ());
  {
    GDate first = konkurs_test_dmy (1, 1, 2015), on = D;

    assert_experience (f, 11, 2, 10, g_date_days_between (&first, &on) + 1);
  }
}

static void
test_experience_adjacent (Fixture *f, gconstpointer data)
{
  /* 3 years then 2 years, the second starting the day after the first
   * ended: 5 years exactly */
  konkurs_test_eligibility_set_periods (f, 2,
               konkurs_test_dmy (1, 1, 2016), konkurs_test_dmy (31, 12, 2018),
               konkurs_test_dmy (1, 1, 2019), konkurs_test_dmy (31, 12, 2020));
  assert_experience (f, 5, 0, 0, 1827);
  konkurs_test_assert_eligible (f);

  /* one day off between them: one day short */
  konkurs_test_eligibility_set_periods (f, 2,
               konkurs_test_dmy (1, 1, 2016), konkurs_test_dmy (31, 12, 2018),
               konkurs_test_dmy (2, 1, 2019), konkurs_test_dmy (31, 12, 2020));
  assert_experience (f, 4, 11, 30, 1826);
  assert_experience_failure (f, 4, 11, 30);
}

static void
test_experience_ignored_periods (Fixture *f, gconstpointer data)
{
  /* after D, ending before it starts, without a start: nothing */
  konkurs_test_eligibility_set_periods (f, 3,
               konkurs_test_dmy (11, 3, 2026), konkurs_test_no_date (),
               konkurs_test_dmy (1, 1, 2020), konkurs_test_dmy (31, 12, 2019),
               konkurs_test_no_date (), konkurs_test_dmy (31, 12, 2019));
  assert_experience (f, 0, 0, 0, 0);
  assert_experience_failure (f, 0, 0, 0);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, 0), NULL);

    g_assert_nonnull (strstr (reason, " is 0 days; at least 5 years is required."));
  }

  /* a single day */
  konkurs_test_eligibility_set_periods (f, 1, D, D);
  assert_experience (f, 0, 0, 1, 1);

  /* clamping at the end of a month is measured from the start, not chained:
   * 31 January – 30 April is 3 months exactly */
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (31, 1, 2025), konkurs_test_dmy (30, 4, 2025));
  assert_experience (f, 0, 3, 0, 90);
}

/* Deadline, several failures ---------------------------------------------- */

static void
test_deadline (Fixture *f, gconstpointer data)
{
  GDate deadline = f->competition.document_deadline;

  f->applicant.received_on = deadline;
  konkurs_test_assert_eligible (f);

  f->applicant.received_on = konkurs_test_shifted (deadline, 1);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_LATE_APPLICATION);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
    g_autofree char *received = konkurs_test_interface_date (f->applicant.received_on);
    g_autofree char *until = konkurs_test_interface_date (deadline);
    g_autofree char *expected = g_strdup_printf ("The application was received on %s, after the deadline for documents, %s.", received, until);

    konkurs_test_assert_same_date (&failure->given_date, &f->applicant.received_on);
    konkurs_test_assert_same_date (&failure->limit_date, &deadline);
    g_assert_cmpstr (reason, ==, expected);
  }

  f->applicant.received_on = konkurs_test_no_date ();
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_RECEIVED_DATE_UNKNOWN);
  }

  /* no deadline set: nothing to check against */
  f->competition.document_deadline = konkurs_test_no_date ();
  konkurs_test_assert_eligible (f);
}

static void
test_several (Fixture *f, gconstpointer data)
{
  f->applicant.received_on = konkurs_test_shifted (f->competition.document_deadline, 1);
  f->applicant.citizenship = "UZ";
  f->applicant.birth_date = konkurs_test_dmy (1, 1, 1980);
  f->applicant.education = KONKURS_EDUCATION_SECONDARY;
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (1, 1, 2025), konkurs_test_no_date ());
  f->certificates[1].level = KONKURS_LANGUAGE_LEVEL_A1;
  f->applicant.exclusions = KONKURS_EXCLUSION_CORPS_A | KONKURS_EXCLUSION_IN_RESERVE;

  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_assert_codes (failures,
                  KONKURS_ELIGIBILITY_LATE_APPLICATION,
                  KONKURS_ELIGIBILITY_CITIZENSHIP,
                  KONKURS_ELIGIBILITY_AGE,
                  KONKURS_ELIGIBILITY_EDUCATION,
                  KONKURS_ELIGIBILITY_EXPERIENCE,
                  KONKURS_ELIGIBILITY_LANGUAGE_CERTIFICATE_LEVEL,
                  KONKURS_ELIGIBILITY_CORPS_A,
                  KONKURS_ELIGIBILITY_IN_RESERVE,
                  KONKURS_TEST_END_OF_CODES);
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
  konkurs_test_assert_eligible (f);

  /* the Youth Reserve's own rules do not apply */
  f->applicant.birth_date = konkurs_test_dmy (1, 1, 1966);   /* 60, below the pension age */
  f->applicant.language_level = KONKURS_LANGUAGE_LEVEL_NONE;
  f->applicant.exclusions = KONKURS_EXCLUSION_CORPS_A | KONKURS_EXCLUSION_IN_RESERVE;
  konkurs_test_assert_eligible (f);

  /* but citizenship and the deadline do */
  f->applicant.citizenship = "RU";
  f->applicant.received_on = konkurs_test_shifted (f->competition.document_deadline, 1);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_assert_codes (failures, KONKURS_ELIGIBILITY_LATE_APPLICATION, KONKURS_ELIGIBILITY_CITIZENSHIP, KONKURS_TEST_END_OF_CODES);
  }
}

static void
test_civil_position (Fixture *f, gconstpointer data)
{
  f->competition.min_education = KONKURS_EDUCATION_POSTGRADUATE;
  f->competition.min_experience_years = 3;
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (11, 3, 2023), konkurs_test_no_date ());   /* 3 years on D, exactly */
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_EDUCATION);

    g_assert_cmpint (failure->required, ==, KONKURS_EDUCATION_POSTGRADUATE);
  }

  f->competition.min_education = KONKURS_EDUCATION_VOCATIONAL;
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (12, 3, 2023), konkurs_test_no_date ());   /* a day short */
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE);

    g_assert_cmpint (failure->required, ==, 3);
    g_assert_cmpint (failure->experience.years, ==, 2);
  }

  /* no experience required: none needed */
  f->competition.min_experience_years = 0;
  f->applicant.n_work_periods = 0;
  konkurs_test_assert_eligible (f);

  /* no education recorded against a requirement */
  f->applicant.education = KONKURS_EDUCATION_NONE;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_EDUCATION), NULL);

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
      certificate->passed_on = konkurs_test_dmy (10, 3, 2025);
      konkurs_certificate_get_last_valid_day (certificate, 12, &last_day);
      konkurs_test_assert_same_date (&last_day, &f->competition.competition_date);
      konkurs_test_assert_eligible (f);

      /* last valid day the day after D */
      certificate->passed_on = konkurs_test_dmy (11, 3, 2025);
      konkurs_test_assert_eligible (f);

      /* last valid day the day before D */
      certificate->passed_on = konkurs_test_dmy (9, 3, 2025);
      {
        g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
        KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED);
        GDate expected_last = konkurs_test_dmy (9, 3, 2026);
        g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
        g_autofree char *passed = konkurs_test_interface_date (certificate->passed_on);
        g_autofree char *until = konkurs_test_interface_date (expected_last);
        g_autofree char *on = konkurs_test_interface_date (D);

        g_assert_cmpint (failure->certificate_kind, ==, kinds[k]);
        konkurs_test_assert_same_date (&failure->given_date, &certificate->passed_on);
        konkurs_test_assert_same_date (&failure->limit_date, &expected_last);
        g_assert_nonnull (strstr (reason, passed));
        g_assert_nonnull (strstr (reason, until));
        g_assert_nonnull (strstr (reason, on));
      }

      certificate->passed_on = konkurs_test_dmy (1, 10, 2025);
    }

  {
    KonkursCertificate certificate = { KONKURS_CERTIFICATE_LEGISLATION, konkurs_test_dmy (10, 3, 2025), TRUE };
    GDate on = D;

    g_assert_true (konkurs_certificate_is_valid_on (&certificate, 12, &on));
    on = konkurs_test_shifted (D, 1);
    g_assert_false (konkurs_certificate_is_valid_on (&certificate, 12, &on));
    /* not yet passed on a date before the test */
    on = konkurs_test_dmy (9, 3, 2025);
    g_assert_false (konkurs_certificate_is_valid_on (&certificate, 12, &on));
    on = konkurs_test_dmy (10, 3, 2025);
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
  f->certificates[0].passed_on = konkurs_test_dmy (29, 2, 2024);
  konkurs_certificate_get_last_valid_day (&f->certificates[0], 12, &last_day);
  {
    GDate expected = konkurs_test_dmy (28, 2, 2025);

    konkurs_test_assert_same_date (&last_day, &expected);
  }

  /* the validity period is the rule set's */
  f->certificates[0].passed_on = konkurs_test_dmy (10, 3, 2024);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED);
  }
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, 24);
  konkurs_test_assert_eligible (f);
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, 12);

  /* a retake: the old certificate expired, the new one is valid */
  f->certificates[0].passed_on = konkurs_test_dmy (1, 1, 2024);
  f->certificates[3] = (KonkursCertificate) { KONKURS_CERTIFICATE_LEGISLATION, konkurs_test_dmy (1, 2, 2026), TRUE };
  f->applicant.n_certificates = 4;
  konkurs_test_assert_eligible (f);

  /* a failed retake does not help; the reason names the latest passed one */
  f->certificates[3].passed = FALSE;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED);
    GDate expected = konkurs_test_dmy (1, 1, 2024);

    konkurs_test_assert_same_date (&failure->given_date, &expected);
  }

  /* only failed attempts: missing */
  f->certificates[0].passed = FALSE;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_MISSING);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
    g_autofree char *on = konkurs_test_interface_date (D);
    g_autofree char *expected = g_strdup_printf ("There is no passed legislation test valid on %s.", on);

    g_assert_cmpint (failure->certificate_kind, ==, KONKURS_CERTIFICATE_LEGISLATION);
    g_assert_cmpstr (reason, ==, expected);
  }

  /* none at all: each missing kind is its own reason */
  f->applicant.n_certificates = 0;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_assert_codes (failures,
                  KONKURS_ELIGIBILITY_CERTIFICATE_MISSING,
                  KONKURS_ELIGIBILITY_CERTIFICATE_MISSING,
                  KONKURS_ELIGIBILITY_CERTIFICATE_MISSING,
                  KONKURS_TEST_END_OF_CODES);
    g_assert_cmpint (((KonkursEligibilityFailure *) g_ptr_array_index (failures, 0))->certificate_kind, ==, KONKURS_CERTIFICATE_LEGISLATION);
    g_assert_cmpint (((KonkursEligibilityFailure *) g_ptr_array_index (failures, 1))->certificate_kind, ==, KONKURS_CERTIFICATE_STATE_LANGUAGE);
    g_assert_cmpint (((KonkursEligibilityFailure *) g_ptr_array_index (failures, 2))->certificate_kind, ==, KONKURS_CERTIFICATE_PERSONAL_QUALITIES);
  }

  /* the state-language test only when the rule set asks for it */
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_STATE_LANGUAGE_CERTIFICATE_REQUIRED, 0);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_assert_codes (failures, KONKURS_ELIGIBILITY_CERTIFICATE_MISSING, KONKURS_ELIGIBILITY_CERTIFICATE_MISSING, KONKURS_TEST_END_OF_CODES);
    g_assert_cmpint (((KonkursEligibilityFailure *) g_ptr_array_index (failures, 1))->certificate_kind, ==, KONKURS_CERTIFICATE_PERSONAL_QUALITIES);
  }

  /* a certificate dated after the competition is not valid on it */
  f->certificates[0] = (KonkursCertificate) { KONKURS_CERTIFICATE_LEGISLATION, konkurs_test_shifted (D, 1), TRUE };
  f->certificates[1] = (KonkursCertificate) { KONKURS_CERTIFICATE_PERSONAL_QUALITIES, D, TRUE };
  f->applicant.n_certificates = 2;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    g_assert_cmpint (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_MISSING)->certificate_kind, ==, KONKURS_CERTIFICATE_LEGISLATION);
  }
}

#define ADD KONKURS_TEST_ELIGIBILITY_ADD

/* 18 on the day of the competition: admitted; the day after the
 * competition: not yet.  On the pension birthday: no longer. */
static void
test_civil_age (Fixture *f, gconstpointer data)
{
  GDate on = D;
  GDate eighteen = konkurs_test_dmy (g_date_get_day (&on), g_date_get_month (&on), g_date_get_year (&on) - 18);

  f->applicant.birth_date = eighteen;
  konkurs_test_assert_eligible (f);
  f->applicant.birth_date = konkurs_test_shifted (eighteen, 1);   /* turns 18 the day after */
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_UNDER_AGE);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);

    g_assert_cmpint (failure->actual, ==, 17);
    g_assert_cmpint (failure->required, ==, 18);
    g_assert_nonnull (strstr (reason, "admits from the age of 18"));
  }

  /* a woman turning 61 the day after is admitted; on her birthday she is not */
  f->applicant.sex = KONKURS_SEX_FEMALE;
  f->applicant.birth_date = konkurs_test_shifted (konkurs_test_dmy (10, 3, 2026 - 61), 1);
  konkurs_test_assert_eligible (f);
  f->applicant.birth_date = konkurs_test_dmy (10, 3, 2026 - 61);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_RETIREMENT_AGE);

    g_assert_cmpint (failure->actual, ==, 61);
    g_assert_cmpint (failure->required, ==, 61);
  }
  /* a man of 61 is not; on his 63rd birthday he is */
  f->applicant.sex = KONKURS_SEX_MALE;
  konkurs_test_assert_eligible (f);
  f->applicant.birth_date = konkurs_test_shifted (konkurs_test_dmy (10, 3, 2026 - 63), 1);
  konkurs_test_assert_eligible (f);
  f->applicant.birth_date = konkurs_test_dmy (10, 3, 2026 - 63);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    g_assert_cmpint (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_RETIREMENT_AGE)->required, ==, 63);
  }
  /* the ages are keys of the rule set */
  konkurs_rule_set_set_int (f->rule_set, KONKURS_RULE_RETIREMENT_AGE_MEN, 65);
  konkurs_test_assert_eligible (f);
}

/* "≥1 year in the civil service, or ≥2 years in the position's field": each
 * alternative alone is enough; neither gives one reason listing both. */
static void
test_civil_alternatives (Fixture *f, gconstpointer data)
{
  static const KonkursExperienceAlternative alternatives[] = {
    { 1, KONKURS_EXPERIENCE_CIVIL_SERVICE },
    { 2, KONKURS_EXPERIENCE_FIELD },
  };
  GDate on = D;

  f->competition.min_experience_years = 0;
  f->competition.experience_alternatives = alternatives;
  f->competition.n_experience_alternatives = G_N_ELEMENTS (alternatives);
  /* 10 years of work, none of it counting */
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (1, 1, 2016), konkurs_test_no_date ());
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE_ALTERNATIVES);
    g_autofree char *reason = konkurs_eligibility_failure_describe (failure, NULL);
    g_autoptr(KonkursEligibilityFailure) copy = konkurs_eligibility_failure_copy (failure);

    g_assert_cmpuint (failure->n_shortfalls, ==, 2);
    g_assert_cmpuint (copy->n_shortfalls, ==, 2);
    g_assert_cmpint (copy->shortfalls[1].required.kind, ==, KONKURS_EXPERIENCE_FIELD);
    g_assert_nonnull (strstr (reason, "at least 1 year in the civil service (has 0 days); "
                                      "or at least 2 years in the position’s field (has 0 days)"));
  }

  /* exactly one year in the civil service, to the competition date */
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_shifted (konkurs_test_dmy (10, 3, 2025), 1), konkurs_test_no_date ());
  f->periods[0].civil_service = TRUE;
  konkurs_test_assert_eligible (f);
  f->periods[0].start = konkurs_test_shifted (f->periods[0].start, 1);   /* a day short */
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    KonkursEligibilityFailure *failure = konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE_ALTERNATIVES);

    g_assert_cmpint (failure->shortfalls[0].actual.months, ==, 11);
  }

  /* two years in the field alone */
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (11, 3, 2024), on);
  f->periods[0].civil_service = FALSE;
  f->periods[0].in_field = TRUE;
  konkurs_test_assert_eligible (f);
  f->periods[0].end = konkurs_test_shifted (on, -1);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);

    konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE_ALTERNATIVES);
  }

  /* the position's plain requirement is one more alternative */
  f->competition.min_experience_years = 1;
  konkurs_test_assert_eligible (f);
}

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
  ADD ("/eligibility/youth/dated-exclusions", KONKURS_PROCEDURE_YOUTH_RESERVE, test_youth_dated_exclusions);
  ADD ("/eligibility/civil/age", KONKURS_PROCEDURE_CIVIL_SERVICE, test_civil_age);
  ADD ("/eligibility/civil/experience-alternatives", KONKURS_PROCEDURE_CIVIL_SERVICE, test_civil_alternatives);
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

  return g_test_run ();
}
