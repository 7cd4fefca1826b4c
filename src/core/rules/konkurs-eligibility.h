/* konkurs-eligibility.h — who may take part in a competition, and why not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "konkurs-catalog.h"
#include "konkurs-iin.h"
#include "konkurs-rule-set.h"
#include "konkurs-types.h"

G_BEGIN_DECLS

/* Rule-set keys read by the engine besides those of konkurs-rule-set.h.
 * Every key has a default, used when the rule set lacks it (or no rule set
 * is given), taken from the rules in force in 2023:
 *   KONKURS_RULE_YOUTH_MAX_AGE                     35 (years, inclusive)
 *   KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS         5
 *   KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS       12
 *   KONKURS_RULE_YOUTH_MIN_LANGUAGE_LEVEL           3 (KONKURS_LANGUAGE_LEVEL_B1)
 *   KONKURS_RULE_STATE_LANGUAGE_CERTIFICATE_REQUIRED 1 (civil service; 0 = not required)
 *   KONKURS_RULE_CIVIL_MIN_AGE                     18 (years on the competition date)
 *   KONKURS_RULE_RETIREMENT_AGE_MEN                63 (a man of this age may not take part)
 *   KONKURS_RULE_RETIREMENT_AGE_WOMEN              61
 * The ages in force in 2026: the Law "On the civil service of the Republic
 * of Kazakhstan" of 23 November 2015 No. 416-V admits citizens who have
 * reached 18 and ends service at the pension age; the Social Code of
 * 20 April 2023 No. 224-VII sets the pension age at 63 for men and 61 for
 * women (raised by half a year a year from 2018 and held at 61 until 2028,
 * after which it rises again: a rule set of 2029 must change the key). */
#define KONKURS_RULE_YOUTH_MIN_LANGUAGE_LEVEL             "youth-min-language-level"
#define KONKURS_RULE_STATE_LANGUAGE_CERTIFICATE_REQUIRED  "state-language-certificate-required"
#define KONKURS_RULE_CIVIL_MIN_AGE                        "civil-min-age"
#define KONKURS_RULE_RETIREMENT_AGE_MEN                   "retirement-age-men"
#define KONKURS_RULE_RETIREMENT_AGE_WOMEN                 "retirement-age-women"

#define KONKURS_DEFAULT_YOUTH_MAX_AGE                 35
#define KONKURS_DEFAULT_YOUTH_MIN_EXPERIENCE_YEARS     5
#define KONKURS_DEFAULT_CERTIFICATE_VALIDITY_MONTHS   12
#define KONKURS_DEFAULT_CIVIL_MIN_AGE                 18
#define KONKURS_DEFAULT_RETIREMENT_AGE_MEN            63
#define KONKURS_DEFAULT_RETIREMENT_AGE_WOMEN          61

/* Levels of the state language (Kazakh) on the CEFR scale.  Ordered; values
 * may be stored: never renumber. */
typedef enum {
  KONKURS_LANGUAGE_LEVEL_NONE = 0,   /* not assessed */
  KONKURS_LANGUAGE_LEVEL_A1   = 1,
  KONKURS_LANGUAGE_LEVEL_A2   = 2,
  KONKURS_LANGUAGE_LEVEL_B1   = 3,
  KONKURS_LANGUAGE_LEVEL_B2   = 4,
  KONKURS_LANGUAGE_LEVEL_C1   = 5,
  KONKURS_LANGUAGE_LEVEL_C2   = 6,
} KonkursLanguageLevel;

/* Values may be stored: never renumber. */
typedef enum {
  KONKURS_CERTIFICATE_LEGISLATION        = 1,   /* test of knowledge of the legislation */
  KONKURS_CERTIFICATE_STATE_LANGUAGE     = 2,   /* state-language test */
  KONKURS_CERTIFICATE_PERSONAL_QUALITIES = 3,   /* assessment of personal qualities */
} KonkursCertificateKind;

/* What bars a person from the Youth Reserve; flags, one per status (also
 * the kind of a dated KonkursExclusionPeriod: one flag). */
typedef enum {
  KONKURS_EXCLUSION_NONE                   = 0,
  KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE = 1 << 0,
  KONKURS_EXCLUSION_POLITICAL_SERVANT      = 1 << 1,
  KONKURS_EXCLUSION_CORPS_A                = 1 << 2,   /* administrative servant of corps A */
  KONKURS_EXCLUSION_IN_RESERVE             = 1 << 3,   /* already in the reserve */
} KonkursExclusion;

/* Stable codes ("A1"…"C2", "none"; "legislation", "state-language",
 * "personal-qualities") for files and the database; from_code returns FALSE
 * for an unknown code.  Labels are untranslated msgids marked with N_(),
 * NULL for an unknown value. */
const char *konkurs_language_level_to_code      (KonkursLanguageLevel level);
gboolean    konkurs_language_level_from_code    (const char *code, KonkursLanguageLevel *out);
const char *konkurs_certificate_kind_to_code    (KonkursCertificateKind kind);
gboolean    konkurs_certificate_kind_from_code  (const char *code, KonkursCertificateKind *out);
const char *konkurs_certificate_kind_get_label  (KonkursCertificateKind kind);

/* Stable codes ("presidential-appointee", "political-servant", "corps-a",
 * "in-reserve") of a single exclusion flag; NULL / FALSE otherwise. */
const char *konkurs_exclusion_to_code   (KonkursExclusion exclusion);
gboolean    konkurs_exclusion_from_code (const char *code, KonkursExclusion *out);
const char *konkurs_exclusion_get_label (KonkursExclusion exclusion);   /* N_() msgid */

/* A status that excludes while it holds: from @from through @until, both
 * included.  A cleared @from means "since before anything recorded", a
 * cleared @until "still holds". */
typedef struct {
  KonkursExclusion kind;   /* one flag */
  GDate            from;
  GDate            until;
} KonkursExclusionPeriod;

gboolean konkurs_exclusion_period_holds_on (const KonkursExclusionPeriod *period,
                                            const GDate                  *on);

/* The seam for the reserve register: whether a person is in the Youth
 * Reserve on @on, given the periods the register (or, until it exists, the
 * candidate's own "in the reserve" exclusions) holds for them; @holding
 * (may be NULL) gets the period that holds.  The engine calls it for
 * KonkursApplicantFacts.reserve_periods. */
gboolean konkurs_eligibility_in_reserve_on (const KonkursExclusionPeriod  *periods,
                                            guint                          n_periods,
                                            const GDate                   *on,
                                            const KonkursExclusionPeriod **holding);

/* A period of work, both days included.  An invalid (cleared) @end means the
 * work goes on: it counts up to and including the date of the check.
 * @civil_service: held in the civil service; @in_field: in the field of the
 * position applied for (both for the alternatives below). */
typedef struct {
  GDate    start;
  GDate    end;
  gboolean civil_service;
  gboolean in_field;
} KonkursWorkPeriod;

/* The kind of experience an alternative requirement counts.  Values may be
 * stored: never renumber. */
typedef enum {
  KONKURS_EXPERIENCE_ANY           = 0,
  KONKURS_EXPERIENCE_CIVIL_SERVICE = 1,
  KONKURS_EXPERIENCE_FIELD         = 2,
} KonkursExperienceKind;

/* Codes "any", "civil-service", "field"; labels are N_() msgids. */
const char *konkurs_experience_kind_to_code   (KonkursExperienceKind kind);
gboolean    konkurs_experience_kind_from_code (const char *code, KonkursExperienceKind *out);
const char *konkurs_experience_kind_get_label (KonkursExperienceKind kind);

/* "At least @years years of @kind experience".  A position's requirement is
 * a list of them, met when any one is met ("≥1 year in the civil service,
 * or ≥2 years in the position's field"). */
typedef struct {
  int                   years;
  KonkursExperienceKind kind;
} KonkursExperienceAlternative;

/* Total work experience.  Overlapping periods count once; days after the
 * date of the check do not count; a period without a valid start, or ending
 * before it starts, counts nothing.
 *
 * Whole years, months and days are measured from the start of the earliest
 * period, as if the counted days had been worked in one stretch from that
 * day.  For a single period this is exact, "to the day": work from 1 March
 * 2019 to 29 February 2024 inclusive is 5 years; to 28 February 2024 it is
 * 4 years, 11 months and 28 days.  A whole month counted from a day that
 * a later month lacks is complete at the start of the following month: 31
 * January through 30 April is 3 months, and from 29 February a year is
 * complete after 28 February of the next year. */
typedef struct {
  int years;
  int months;
  int days;
  int total_days;
} KonkursExperience;

void  konkurs_experience_compute  (const KonkursWorkPeriod *periods,
                                   guint                    n_periods,
                                   const GDate             *on,
                                   KonkursExperience       *experience);
/* "4 years 11 months 28 days" in the catalogue's language (NULL: the
 * interface language); free with g_free(). */
char *konkurs_experience_describe (const KonkursExperience *experience,
                                   KonkursCatalog          *catalog);

typedef struct {
  KonkursCertificateKind kind;
  GDate                  passed_on;   /* the date of the test */
  gboolean               passed;      /* FALSE: taken and failed; never counts */
  KonkursLanguageLevel   level;       /* state language: the level it certifies; NONE: not recorded */
} KonkursCertificate;

/* A certificate passed on D is valid from D through D + validity months
 * inclusive: passed on 15 March 2025 with 12 months, it is valid on 15 March
 * 2026 and no longer on 16 March (the Civil Code's period "expires on the
 * corresponding day").  Passed on 29 February, it runs to 28 February. */
void     konkurs_certificate_get_last_valid_day (const KonkursCertificate *certificate,
                                                 int                       validity_months,
                                                 GDate                    *last_day);
gboolean konkurs_certificate_is_valid_on        (const KonkursCertificate *certificate,
                                                 int                       validity_months,
                                                 const GDate              *on);

/* The facts about one application, as the store knows them.  Arrays are
 * borrowed for the duration of the check.  Unknown dates are cleared
 * GDates (g_date_clear). */
typedef struct {
  GDate                     birth_date;       /* from the IIN */
  const char               *citizenship;      /* ISO 3166 alpha-2, "KZ"; NULL when unknown */
  KonkursEducation          education;
  const KonkursWorkPeriod  *work_periods;
  guint                     n_work_periods;
  KonkursLanguageLevel      language_level;   /* state language, as stored; the engine
                                                 now reads the certificate's level */
  KonkursExclusion          exclusions;       /* undated: hold on any date */
  const KonkursCertificate *certificates;     /* any number, of any kinds, retakes included */
  guint                     n_certificates;
  GDate                     received_on;      /* the day the application was received */
  /* Added by issue 9; zero-initialised facts keep the old behaviour. */
  KonkursSex                sex;              /* from the IIN; 0: unknown (no retirement check) */
  const KonkursExclusionPeriod *exclusion_periods;   /* dated exclusions */
  guint                     n_exclusion_periods;
  const KonkursExclusionPeriod *reserve_periods;     /* periods in the Youth Reserve (kind ignored) */
  guint                     n_reserve_periods;
} KonkursApplicantFacts;

typedef struct {
  KonkursProcedure procedure;
  /* The date the verdict refers to: the competition date.  Age, experience
   * and certificate validity are judged on it.  Must be valid. */
  GDate            competition_date;
  /* Last day on which documents are accepted (the store computes it in
   * working days); received on that day is in time.  Cleared: no check. */
  GDate            document_deadline;
  /* The position's requirements (civil service only; the Youth Reserve's
   * come from the rule set). */
  KonkursEducation min_education;
  int              min_experience_years;   /* an alternative of kind ANY; 0: none */
  /* More alternatives (issue 9): the requirement is met when any of these
   * or min_experience_years is met; none at all: no requirement. */
  const KonkursExperienceAlternative *experience_alternatives;
  guint            n_experience_alternatives;
} KonkursCompetitionFacts;

/* Stable codes: values may be stored with a verdict, never renumber. */
typedef enum {
  KONKURS_ELIGIBILITY_LATE_APPLICATION        = 1,
  KONKURS_ELIGIBILITY_RECEIVED_DATE_UNKNOWN   = 2,
  KONKURS_ELIGIBILITY_CITIZENSHIP             = 3,
  KONKURS_ELIGIBILITY_BIRTH_DATE_UNKNOWN      = 4,
  KONKURS_ELIGIBILITY_AGE                     = 5,
  KONKURS_ELIGIBILITY_EDUCATION               = 6,
  KONKURS_ELIGIBILITY_EXPERIENCE              = 7,
  KONKURS_ELIGIBILITY_LANGUAGE                = 8,
  KONKURS_ELIGIBILITY_PRESIDENTIAL_APPOINTEE  = 9,
  KONKURS_ELIGIBILITY_POLITICAL_SERVANT       = 10,
  KONKURS_ELIGIBILITY_CORPS_A                 = 11,
  KONKURS_ELIGIBILITY_IN_RESERVE              = 12,
  KONKURS_ELIGIBILITY_CERTIFICATE_MISSING     = 13,
  KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED     = 14,
  KONKURS_ELIGIBILITY_LANGUAGE_CERTIFICATE_LEVEL = 15,
  KONKURS_ELIGIBILITY_UNDER_AGE               = 16,
  KONKURS_ELIGIBILITY_RETIREMENT_AGE          = 17,
  KONKURS_ELIGIBILITY_EXPERIENCE_ALTERNATIVES = 18,
} KonkursEligibilityCode;

/* One alternative of an EXPERIENCE_ALTERNATIVES failure: what it asks and
 * what the candidate has of that kind. */
typedef struct {
  KonkursExperienceAlternative required;
  KonkursExperience            actual;
} KonkursExperienceShortfall;

/* One failed requirement, with what the reason needs to be written in any
 * language.  Fields not listed for a code are zero / cleared.
 *   LATE_APPLICATION       given_date = received, limit_date = deadline
 *   RECEIVED_DATE_UNKNOWN  limit_date = deadline
 *   CITIZENSHIP            citizenship = as recorded (NULL: unknown)
 *   AGE                    actual = age, required = maximum age,
 *                          given_date = birth date
 *   EDUCATION              actual, required = KonkursEducation
 *   EXPERIENCE             experience = the candidate's, required = years
 *   LANGUAGE               actual, required = KonkursLanguageLevel
 *   CERTIFICATE_MISSING    certificate_kind
 *   CERTIFICATE_EXPIRED    certificate_kind, given_date = passed on (the
 *                          latest passed), limit_date = its last valid day
 *   LANGUAGE_CERTIFICATE_LEVEL  actual = the level of the latest valid
 *                          state-language certificate (NONE: not recorded),
 *                          required = the minimum, given_date = passed on
 *   UNDER_AGE              actual = age, required = minimum, given_date = birth
 *   RETIREMENT_AGE         actual = age, required = pension age of the
 *                          candidate's sex, given_date = birth date
 *   EXPERIENCE_ALTERNATIVES  shortfalls: every alternative, none met
 *   PRESIDENTIAL_APPOINTEE… IN_RESERVE  given_date, limit_date = from and
 *                          until of the period that holds (cleared: undated)
 * date is always the competition date. */
typedef struct {
  KonkursEligibilityCode  code;
  KonkursCertificateKind  certificate_kind;
  int                     actual;
  int                     required;
  KonkursExperience       experience;
  GDate                   date;
  GDate                   given_date;
  GDate                   limit_date;
  char                   *citizenship;
  KonkursExperienceShortfall *shortfalls;   /* owned */
  guint                   n_shortfalls;
} KonkursEligibilityFailure;

/* Every failed requirement of the application, in a fixed order (deadline,
 * citizenship, age, education, experience, language, exclusions, each
 * certificate); an empty array when the candidate is eligible.  Elements are
 * KonkursEligibilityFailure, freed with the array.
 *
 * Youth Reserve: citizen of Kazakhstan; age on the competition date at most
 * youth-max-age (someone who turns 36 on the competition date or earlier is
 * refused, someone turning 36 the next day is admitted); higher education;
 * at least youth-min-experience-years; state language at least
 * youth-min-language-level shown by the latest state-language certificate
 * valid on the competition date (not the stored level); none of the four
 * exclusions holding on that date (each reported on its own).
 * Civil service: citizen; aged at least civil-min-age and below the pension
 * age of the candidate's sex; the position's minimum education and
 * experience (any one of its alternatives);
 * a passed legislation test and personal-qualities assessment, and the
 * state-language test unless the rule set says it is not required, each
 * valid on the competition date.
 * Both: received on or before the document deadline.
 *
 * @rule_set may be NULL: the defaults above apply. */
GPtrArray *konkurs_eligibility_check (const KonkursApplicantFacts   *applicant,
                                      const KonkursCompetitionFacts *competition,
                                      KonkursRuleSet                *rule_set);

/* The reason as a sentence in the catalogue's language, or in the interface
 * language when @catalog is NULL; free with g_free(). */
char *konkurs_eligibility_failure_describe (const KonkursEligibilityFailure *failure,
                                            KonkursCatalog                  *catalog);
KonkursEligibilityFailure *konkurs_eligibility_failure_copy (const KonkursEligibilityFailure *failure);
void  konkurs_eligibility_failure_free     (KonkursEligibilityFailure *failure);

/* Every reason of @failures (of KonkursEligibilityFailure), one a line, as
 * konkurs_eligibility_failure_describe() writes them; "" when there are
 * none. */
char *konkurs_eligibility_describe_failures (GPtrArray      *failures,
                                             KonkursCatalog *catalog);

/* Stable short names of the codes ("age", "late-application"…), for logs
 * and files; from_string returns FALSE for an unknown name. */
const char *konkurs_eligibility_code_to_string   (KonkursEligibilityCode code);
gboolean    konkurs_eligibility_code_from_string (const char *name, KonkursEligibilityCode *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEligibilityFailure, konkurs_eligibility_failure_free)

G_END_DECLS
