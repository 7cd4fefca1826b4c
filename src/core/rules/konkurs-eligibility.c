/* konkurs-eligibility.c — who may take part in a competition, and why not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-eligibility.h"
#include "konkurs-iin.h"
#include "konkurs-text.h"

#define DEFAULT_YOUTH_MIN_LANGUAGE_LEVEL KONKURS_LANGUAGE_LEVEL_B1
#define CITIZENSHIP_KAZAKHSTAN "KZ"

/* Codes, labels and names ------------------------------------------------ */

static const char * const language_level_codes[] = { "none", "A1", "A2", "B1", "B2", "C1", "C2" };

const char *
konkurs_language_level_to_code (KonkursLanguageLevel level)
{
  if ((guint) level >= G_N_ELEMENTS (language_level_codes))
    return NULL;
  return language_level_codes[level];
}

gboolean
konkurs_language_level_from_code (const char *code, KonkursLanguageLevel *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (language_level_codes); i++)
    if (g_ascii_strcasecmp (code, language_level_codes[i]) == 0)
      {
        *out = (KonkursLanguageLevel) i;
        return TRUE;
      }

  return FALSE;
}

static const struct {
  KonkursCertificateKind kind;
  const char *code;
  const char *label;
} certificate_kinds[] = {
  { KONKURS_CERTIFICATE_LEGISLATION,        "legislation",        N_("Legislation test") },
  { KONKURS_CERTIFICATE_STATE_LANGUAGE,     "state-language",     N_("State-language test") },
  { KONKURS_CERTIFICATE_PERSONAL_QUALITIES, "personal-qualities", N_("Personal-qualities assessment") },
};

const char *
konkurs_certificate_kind_to_code (KonkursCertificateKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (certificate_kinds); i++)
    if (certificate_kinds[i].kind == kind)
      return certificate_kinds[i].code;
  return NULL;
}

gboolean
konkurs_certificate_kind_from_code (const char *code, KonkursCertificateKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (certificate_kinds); i++)
    if (strcmp (code, certificate_kinds[i].code) == 0)
      {
        *out = certificate_kinds[i].kind;
        return TRUE;
      }

  return FALSE;
}

const char *
konkurs_certificate_kind_get_label (KonkursCertificateKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (certificate_kinds); i++)
    if (certificate_kinds[i].kind == kind)
      return certificate_kinds[i].label;
  return NULL;
}

static const struct {
  KonkursExclusion        flag;
  const char             *code;
  const char             *label;
  KonkursEligibilityCode  failure;
} exclusion_kinds[] = {
  { KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE, "presidential-appointee", N_("Presidential appointee"),
    KONKURS_ELIGIBILITY_PRESIDENTIAL_APPOINTEE },
  { KONKURS_EXCLUSION_POLITICAL_SERVANT, "political-servant", N_("Political civil servant"),
    KONKURS_ELIGIBILITY_POLITICAL_SERVANT },
  { KONKURS_EXCLUSION_CORPS_A, "corps-a", N_("Administrative civil servant of corps A"),
    KONKURS_ELIGIBILITY_CORPS_A },
  { KONKURS_EXCLUSION_IN_RESERVE, "in-reserve", N_("Already in the Youth Personnel Reserve"),
    KONKURS_ELIGIBILITY_IN_RESERVE },
};

const char *
konkurs_exclusion_to_code (KonkursExclusion exclusion)
{
  for (guint i = 0; i < G_N_ELEMENTS (exclusion_kinds); i++)
    if (exclusion_kinds[i].flag == exclusion)
      return exclusion_kinds[i].code;
  return NULL;
}

gboolean
konkurs_exclusion_from_code (const char *code, KonkursExclusion *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (exclusion_kinds); i++)
    if (strcmp (code, exclusion_kinds[i].code) == 0)
      {
        *out = exclusion_kinds[i].flag;
        return TRUE;
      }
  return FALSE;
}

const char *
konkurs_exclusion_get_label (KonkursExclusion exclusion)
{
  for (guint i = 0; i < G_N_ELEMENTS (exclusion_kinds); i++)
    if (exclusion_kinds[i].flag == exclusion)
      return exclusion_kinds[i].label;
  return NULL;
}

static const struct {
  KonkursExperienceKind kind;
  const char *code;
  const char *label;
} experience_kinds[] = {
  { KONKURS_EXPERIENCE_ANY,           "any",           N_("Any work") },
  { KONKURS_EXPERIENCE_CIVIL_SERVICE, "civil-service", N_("In the civil service") },
  { KONKURS_EXPERIENCE_FIELD,         "field",         N_("In the position’s field") },
};

const char *
konkurs_experience_kind_to_code (KonkursExperienceKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (experience_kinds))
    return NULL;
  return experience_kinds[kind].code;
}

gboolean
konkurs_experience_kind_from_code (const char *code, KonkursExperienceKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (experience_kinds); i++)
    if (strcmp (code, experience_kinds[i].code) == 0)
      {
        *out = experience_kinds[i].kind;
        return TRUE;
      }
  return FALSE;
}

const char *
konkurs_experience_kind_get_label (KonkursExperienceKind kind)
{
  if ((guint) kind >= G_N_ELEMENTS (experience_kinds))
    return NULL;
  return experience_kinds[kind].label;
}

static const char * const code_names[] = {
  [KONKURS_ELIGIBILITY_LATE_APPLICATION]       = "late-application",
  [KONKURS_ELIGIBILITY_RECEIVED_DATE_UNKNOWN]  = "received-date-unknown",
  [KONKURS_ELIGIBILITY_CITIZENSHIP]            = "citizenship",
  [KONKURS_ELIGIBILITY_BIRTH_DATE_UNKNOWN]     = "birth-date-unknown",
  [KONKURS_ELIGIBILITY_AGE]                    = "age",
  [KONKURS_ELIGIBILITY_EDUCATION]              = "education",
  [KONKURS_ELIGIBILITY_EXPERIENCE]             = "experience",
  [KONKURS_ELIGIBILITY_LANGUAGE]               = "language",
  [KONKURS_ELIGIBILITY_PRESIDENTIAL_APPOINTEE] = "presidential-appointee",
  [KONKURS_ELIGIBILITY_POLITICAL_SERVANT]      = "political-servant",
  [KONKURS_ELIGIBILITY_CORPS_A]                = "corps-a",
  [KONKURS_ELIGIBILITY_IN_RESERVE]             = "in-reserve",
  [KONKURS_ELIGIBILITY_CERTIFICATE_MISSING]    = "certificate-missing",
  [KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED]    = "certificate-expired",
  [KONKURS_ELIGIBILITY_LANGUAGE_CERTIFICATE_LEVEL] = "language-certificate-level",
  [KONKURS_ELIGIBILITY_UNDER_AGE]              = "under-age",
  [KONKURS_ELIGIBILITY_RETIREMENT_AGE]         = "retirement-age",
  [KONKURS_ELIGIBILITY_EXPERIENCE_ALTERNATIVES] = "experience-alternatives",
};

const char *
konkurs_eligibility_code_to_string (KonkursEligibilityCode code)
{
  if ((guint) code >= G_N_ELEMENTS (code_names))
    return NULL;
  return code_names[code];
}

gboolean
konkurs_eligibility_code_from_string (const char *name, KonkursEligibilityCode *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (code_names); i++)
    if (code_names[i] != NULL && strcmp (name, code_names[i]) == 0)
      {
        *out = (KonkursEligibilityCode) i;
        return TRUE;
      }

  return FALSE;
}

/* Experience -------------------------------------------------------------- */

typedef struct {
  guint32 first;   /* julian days, both included */
  guint32 last;
} Span;

static int
compare_spans (const void *a, const void *b)
{
  const Span *x = a, *y = b;

  return (x->first > y->first) - (x->first < y->first);
}

/* The periods as day spans cut at @on, without those that count nothing. */
static GArray *
collect_spans (const KonkursWorkPeriod *periods, guint n_periods, guint32 on)
{
  GArray *spans = g_array_sized_new (FALSE, FALSE, sizeof (Span), n_periods);

  for (guint i = 0; i < n_periods; i++)
    {
      Span span;

      if (!g_date_valid (&periods[i].start))
        continue;
      span.first = g_date_get_julian (&periods[i].start);
      span.last = g_date_valid (&periods[i].end) ? g_date_get_julian (&periods[i].end) : on;
      span.last = MIN (span.last, on);
      if (span.first > span.last)
        continue;
      g_array_append_val (spans, span);
    }

  g_array_sort (spans, compare_spans);
  return spans;
}

static int
count_days_once (GArray *spans)
{
  gint64 total = 0;
  guint32 covered = 0;   /* last day already counted, 0: none */

  for (guint i = 0; i < spans->len; i++)
    {
      const Span *span = &g_array_index (spans, Span, i);
      guint32 first = MAX (span->first, covered + 1);

      if (first <= span->last)
        {
          total += span->last - first + 1;
          covered = span->last;
        }
    }

  return (int) MIN (total, G_MAXINT);
}

/* @start plus @months, where a day the target month lacks becomes the first
 * day of the next month: work from 31 January through 30 April is three
 * whole months, reached on 1 May. */
static GDate
add_months_overflowing (const GDate *start, guint months)
{
  GDate result = *start;

  g_date_add_months (&result, months);
  if (g_date_get_day (&result) < g_date_get_day (start))
    g_date_add_days (&result, 1);
  return result;
}

/* Whole years, then months, then days from @anchor to @end (excluded).
 * Each mark is measured from the anchor, not chained, so that a short month
 * does not make later months drift. */
static void
split_duration (const GDate *anchor, const GDate *end, KonkursExperience *experience)
{
  GDate mark = *anchor;
  int whole = 12 * MAX (0, (int) g_date_get_year (end) - (int) g_date_get_year (anchor));

  /* whole months: start from the years between and step back */
  for (; whole > 0; whole--)
    {
      mark = add_months_overflowing (anchor, whole);
      if (g_date_compare (&mark, end) <= 0)
        break;
    }
  if (whole == 0)
    mark = *anchor;
  /* … and forward, as the year difference may undercount by up to a year */
  for (;;)
    {
      GDate next = add_months_overflowing (anchor, whole + 1);

      if (g_date_compare (&next, end) > 0)
        break;
      mark = next;
      whole++;
    }

  experience->years = whole / 12;
  experience->months = whole % 12;
  experience->days = g_date_days_between (&mark, end);
}

void
konkurs_experience_compute (const KonkursWorkPeriod *periods,
                            guint                    n_periods,
                            const GDate             *on,
                            KonkursExperience       *experience)
{
  g_autoptr(GArray) spans = NULL;
  GDate anchor, end;

  g_return_if_fail (on != NULL && g_date_valid (on));
  g_return_if_fail (periods != NULL || n_periods == 0);
  g_return_if_fail (experience != NULL);

  memset (experience, 0, sizeof *experience);
  spans = collect_spans (periods, n_periods, g_date_get_julian (on));
  if (spans->len == 0)
    return;

  experience->total_days = count_days_once (spans);
  g_date_clear (&anchor, 1);
  g_date_set_julian (&anchor, g_array_index (spans, Span, 0).first);
  end = anchor;
  g_date_add_days (&end, experience->total_days);
  split_duration (&anchor, &end, experience);
}

typedef enum { UNIT_YEARS, UNIT_MONTHS, UNIT_DAYS } Unit;

/* The literals are written twice so that xgettext finds them through either
 * call (g_dngettext for the interface, the catalogue for a document). */
static char *
count_text (KonkursCatalog *catalog, Unit unit, int n)
{
  const char *format = NULL;

  switch (unit)
    {
    case UNIT_YEARS:
      format = catalog != NULL ? konkurs_catalog_ngettext (catalog, "%d year", "%d years", n)
                               : g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", n);
      break;
    case UNIT_MONTHS:
      format = catalog != NULL ? konkurs_catalog_ngettext (catalog, "%d month", "%d months", n)
                               : g_dngettext (GETTEXT_PACKAGE, "%d month", "%d months", n);
      break;
    case UNIT_DAYS:
      format = catalog != NULL ? konkurs_catalog_ngettext (catalog, "%d day", "%d days", n)
                               : g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", n);
      break;
    default:
      g_assert_not_reached ();
    }

  return konkurs_text_expand_count (format, n);
}

char *
konkurs_experience_describe (const KonkursExperience *experience,
                             KonkursCatalog          *catalog)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (experience != NULL, NULL);

  if (experience->years > 0)
    g_ptr_array_add (parts, count_text (catalog, UNIT_YEARS, experience->years));
  if (experience->months > 0)
    g_ptr_array_add (parts, count_text (catalog, UNIT_MONTHS, experience->months));
  if (experience->days > 0 || parts->len == 0)
    g_ptr_array_add (parts, count_text (catalog, UNIT_DAYS, experience->days));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" ", (char **) parts->pdata);
}

/* Certificates ------------------------------------------------------------ */

void
konkurs_certificate_get_last_valid_day (const KonkursCertificate *certificate,
                                        int                       validity_months,
                                        GDate                    *last_day)
{
  g_return_if_fail (certificate != NULL && g_date_valid (&certificate->passed_on));
  g_return_if_fail (last_day != NULL);

  /* g_date_add_months() keeps the day of the month, or takes the last day of
   * a shorter month: the Civil Code's end of a period counted in months. */
  *last_day = certificate->passed_on;
  if (validity_months > 0)
    g_date_add_months (last_day, (guint) validity_months);
}

gboolean
konkurs_certificate_is_valid_on (const KonkursCertificate *certificate,
                                 int                       validity_months,
                                 const GDate              *on)
{
  GDate last_day;

  g_return_val_if_fail (certificate != NULL && on != NULL, FALSE);

  if (!certificate->passed || !g_date_valid (&certificate->passed_on) || !g_date_valid (on))
    return FALSE;
  if (g_date_compare (&certificate->passed_on, on) > 0)
    return FALSE;

  konkurs_certificate_get_last_valid_day (certificate, validity_months, &last_day);
  return g_date_compare (on, &last_day) <= 0;
}

/* The engine -------------------------------------------------------------- */

static int
rule_int (KonkursRuleSet *rule_set, const char *key, int fallback)
{
  int value = fallback;

  if (rule_set != NULL)
    konkurs_rule_set_lookup_int (rule_set, key, &value);
  return value;
}

static KonkursEligibilityFailure *
add_failure (GPtrArray *failures, KonkursEligibilityCode code, const GDate *on)
{
  KonkursEligibilityFailure *failure = g_new0 (KonkursEligibilityFailure, 1);

  failure->code = code;
  failure->date = *on;
  g_date_clear (&failure->given_date, 1);
  g_date_clear (&failure->limit_date, 1);
  g_ptr_array_add (failures, failure);
  return failure;
}

static void
check_deadline (GPtrArray *failures, const KonkursApplicantFacts *applicant, const KonkursCompetitionFacts *competition)
{
  const GDate *on = &competition->competition_date;
  KonkursEligibilityFailure *failure;

  if (!g_date_valid (&competition->document_deadline))
    return;

  if (!g_date_valid (&applicant->received_on))
    {
      failure = add_failure (failures, KONKURS_ELIGIBILITY_RECEIVED_DATE_UNKNOWN, on);
      failure->limit_date = competition->document_deadline;
      return;
    }

  if (g_date_compare (&applicant->received_on, &competition->document_deadline) > 0)
    {
      failure = add_failure (failures, KONKURS_ELIGIBILITY_LATE_APPLICATION, on);
      failure->given_date = applicant->received_on;
      failure->limit_date = competition->document_deadline;
    }
}

static void
check_citizenship (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on)
{
  KonkursEligibilityFailure *failure;

  if (applicant->citizenship != NULL &&
      g_ascii_strcasecmp (applicant->citizenship, CITIZENSHIP_KAZAKHSTAN) == 0)
    return;

  failure = add_failure (failures, KONKURS_ELIGIBILITY_CITIZENSHIP, on);
  if (applicant->citizenship != NULL && *applicant->citizenship != '\0')
    failure->citizenship = g_strdup (applicant->citizenship);
}

static void
check_age (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on, int max_age)
{
  KonkursEligibilityFailure *failure;
  int age;

  if (!g_date_valid (&applicant->birth_date))
    {
      add_failure (failures, KONKURS_ELIGIBILITY_BIRTH_DATE_UNKNOWN, on);
      return;
    }

  age = konkurs_iin_age_on (&applicant->birth_date, on);
  if (age <= max_age)
    return;

  failure = add_failure (failures, KONKURS_ELIGIBILITY_AGE, on);
  failure->actual = age;
  failure->required = max_age;
  failure->given_date = applicant->birth_date;
}

static void
check_education (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on, KonkursEducation required)
{
  KonkursEligibilityFailure *failure;

  if (applicant->education >= required)
    return;

  failure = add_failure (failures, KONKURS_ELIGIBILITY_EDUCATION, on);
  failure->actual = applicant->education;
  failure->required = required;
}

static void
check_experience (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on, int years)
{
  KonkursExperience experience;
  KonkursEligibilityFailure *failure;

  if (years <= 0)
    return;

  konkurs_experience_compute (applicant->work_periods, applicant->n_work_periods, on, &experience);
  if (experience.years >= years)
    return;

  failure = add_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE, on);
  failure->experience = experience;
  failure->required = years;
}

static void check_certificate (GPtrArray *failures, const KonkursApplicantFacts *applicant,
                               const GDate *on, KonkursCertificateKind kind, int validity_months);

/* Before @on: a period starting after the competition date does not hold
 * yet; one that ended the day before no longer does. */
gboolean
konkurs_exclusion_period_holds_on (const KonkursExclusionPeriod *period,
                                   const GDate                  *on)
{
  g_return_val_if_fail (period != NULL && on != NULL, FALSE);

  if (g_date_valid (&period->from) && g_date_compare (&period->from, on) > 0)
    return FALSE;
  if (g_date_valid (&period->until) && g_date_compare (&period->until, on) < 0)
    return FALSE;
  return TRUE;
}

gboolean
konkurs_eligibility_in_reserve_on (const KonkursExclusionPeriod  *periods,
                                   guint                          n_periods,
                                   const GDate                   *on,
                                   const KonkursExclusionPeriod **holding)
{
  g_return_val_if_fail (periods != NULL || n_periods == 0, FALSE);

  for (guint i = 0; i < n_periods; i++)
    if (konkurs_exclusion_period_holds_on (&periods[i], on))
      {
        if (holding != NULL)
          *holding = &periods[i];
        return TRUE;
      }
  return FALSE;
}

/* The Youth Reserve's language requirement is the latest state-language
 * certificate valid on the date (a retake replaces the earlier result), not
 * the level a form once recorded. */
static void
check_language (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on,
                int required, int validity_months)
{
  const KonkursCertificate *latest = NULL;
  KonkursEligibilityFailure *failure;

  for (guint i = 0; i < applicant->n_certificates; i++)
    {
      const KonkursCertificate *certificate = &applicant->certificates[i];

      if (certificate->kind != KONKURS_CERTIFICATE_STATE_LANGUAGE
          || !konkurs_certificate_is_valid_on (certificate, validity_months, on))
        continue;
      if (latest == NULL || g_date_compare (&certificate->passed_on, &latest->passed_on) >= 0)
        latest = certificate;
    }

  if (latest == NULL)
    {
      check_certificate (failures, applicant, on, KONKURS_CERTIFICATE_STATE_LANGUAGE, validity_months);
      return;
    }
  if ((int) latest->level >= required)
    return;

  failure = add_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE_CERTIFICATE_LEVEL, on);
  failure->actual = latest->level;
  failure->required = required;
  failure->given_date = latest->passed_on;
}

static void
add_exclusion (GPtrArray *failures, KonkursEligibilityCode code, const GDate *on,
               const KonkursExclusionPeriod *period)
{
  KonkursEligibilityFailure *failure;

  for (guint i = 0; i < failures->len; i++)
    if (((KonkursEligibilityFailure *) g_ptr_array_index (failures, i))->code == code)
      return;   /* each status is reported once */

  failure = add_failure (failures, code, on);
  if (period != NULL)
    {
      failure->given_date = period->from;
      failure->limit_date = period->until;
    }
}

static void
check_exclusions (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on)
{
  const KonkursExclusionPeriod *holding = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (exclusion_kinds); i++)
    {
      if (applicant->exclusions & exclusion_kinds[i].flag)
        add_exclusion (failures, exclusion_kinds[i].failure, on, NULL);
      for (guint j = 0; j < applicant->n_exclusion_periods; j++)
        if (applicant->exclusion_periods[j].kind == exclusion_kinds[i].flag
            && konkurs_exclusion_period_holds_on (&applicant->exclusion_periods[j], on))
          add_exclusion (failures, exclusion_kinds[i].failure, on, &applicant->exclusion_periods[j]);
    }

  if (konkurs_eligibility_in_reserve_on (applicant->reserve_periods, applicant->n_reserve_periods, on, &holding))
    add_exclusion (failures, KONKURS_ELIGIBILITY_IN_RESERVE, on, holding);
}

/* A valid certificate of @kind is enough, whatever else the candidate has;
 * without one, the latest passed one explains why (expired), else none. */
static void
check_certificate (GPtrArray                   *failures,
                   const KonkursApplicantFacts *applicant,
                   const GDate                 *on,
                   KonkursCertificateKind       kind,
                   int                          validity_months)
{
  const KonkursCertificate *latest = NULL;
  KonkursEligibilityFailure *failure;

  for (guint i = 0; i < applicant->n_certificates; i++)
    {
      const KonkursCertificate *certificate = &applicant->certificates[i];

      if (certificate->kind != kind || !certificate->passed || !g_date_valid (&certificate->passed_on))
        continue;
      if (konkurs_certificate_is_valid_on (certificate, validity_months, on))
        return;
      if (g_date_compare (&certificate->passed_on, on) <= 0 &&
          (latest == NULL || g_date_compare (&certificate->passed_on, &latest->passed_on) > 0))
        latest = certificate;
    }

  if (latest == NULL)
    {
      failure = add_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_MISSING, on);
      failure->certificate_kind = kind;
      return;
    }

  failure = add_failure (failures, KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED, on);
  failure->certificate_kind = kind;
  failure->given_date = latest->passed_on;
  konkurs_certificate_get_last_valid_day (latest, validity_months, &failure->limit_date);
}

/* Adults below the pension age: 18 on the day of the competition may take
 * part; a man on his 63rd birthday (a woman on her 61st) may not. */
static void
check_civil_age (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on,
                 KonkursRuleSet *rule_set)
{
  KonkursEligibilityFailure *failure;
  int age, minimum, retirement = 0;

  if (!g_date_valid (&applicant->birth_date))
    {
      add_failure (failures, KONKURS_ELIGIBILITY_BIRTH_DATE_UNKNOWN, on);
      return;
    }

  age = konkurs_iin_age_on (&applicant->birth_date, on);
  minimum = rule_int (rule_set, KONKURS_RULE_CIVIL_MIN_AGE, KONKURS_DEFAULT_CIVIL_MIN_AGE);
  if (applicant->sex == KONKURS_SEX_MALE)
    retirement = rule_int (rule_set, KONKURS_RULE_RETIREMENT_AGE_MEN, KONKURS_DEFAULT_RETIREMENT_AGE_MEN);
  else if (applicant->sex == KONKURS_SEX_FEMALE)
    retirement = rule_int (rule_set, KONKURS_RULE_RETIREMENT_AGE_WOMEN, KONKURS_DEFAULT_RETIREMENT_AGE_WOMEN);

  if (age < minimum)
    {
      failure = add_failure (failures, KONKURS_ELIGIBILITY_UNDER_AGE, on);
      failure->required = minimum;
    }
  else if (retirement > 0 && age >= retirement)
    {
      failure = add_failure (failures, KONKURS_ELIGIBILITY_RETIREMENT_AGE, on);
      failure->required = retirement;
    }
  else
    return;
  failure->actual = age;
  failure->given_date = applicant->birth_date;
}

/* The experience of one kind: only the periods that count for it. */
static void
compute_kind (const KonkursApplicantFacts *applicant, KonkursExperienceKind kind, const GDate *on,
              KonkursExperience *experience)
{
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (KonkursWorkPeriod));

  for (guint i = 0; i < applicant->n_work_periods; i++)
    {
      const KonkursWorkPeriod *period = &applicant->work_periods[i];

      if (kind == KONKURS_EXPERIENCE_ANY
          || (kind == KONKURS_EXPERIENCE_CIVIL_SERVICE && period->civil_service)
          || (kind == KONKURS_EXPERIENCE_FIELD && period->in_field))
        g_array_append_val (periods, *period);
    }
  konkurs_experience_compute ((const KonkursWorkPeriod *) (void *) periods->data, periods->len, on, experience);
}

static void
check_alternatives (GPtrArray *failures, const KonkursApplicantFacts *applicant,
                    const KonkursCompetitionFacts *competition, const GDate *on)
{
  g_autoptr(GArray) shortfalls = g_array_new (FALSE, TRUE, sizeof (KonkursExperienceShortfall));
  KonkursEligibilityFailure *failure;

  if (competition->min_experience_years > 0)
    {
      KonkursExperienceShortfall any = { { competition->min_experience_years, KONKURS_EXPERIENCE_ANY } };

      g_array_append_val (shortfalls, any);
    }
  for (guint i = 0; i < competition->n_experience_alternatives; i++)
    {
      KonkursExperienceShortfall item = { competition->experience_alternatives[i] };

      g_array_append_val (shortfalls, item);
    }

  for (guint i = 0; i < shortfalls->len; i++)
    {
      KonkursExperienceShortfall *item = &g_array_index (shortfalls, KonkursExperienceShortfall, i);

      compute_kind (applicant, item->required.kind, on, &item->actual);
      if (item->actual.years >= item->required.years)
        return;
    }

  failure = add_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE_ALTERNATIVES, on);
  failure->n_shortfalls = shortfalls->len;
  failure->shortfalls = (KonkursExperienceShortfall *) (void *) g_array_free (g_steal_pointer (&shortfalls), FALSE);
}

static void
check_youth_reserve (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on, KonkursRuleSet *rule_set)
{
  check_age (failures, applicant, on,
             rule_int (rule_set, KONKURS_RULE_YOUTH_MAX_AGE, KONKURS_DEFAULT_YOUTH_MAX_AGE));
  check_education (failures, applicant, on, KONKURS_EDUCATION_HIGHER);
  check_experience (failures, applicant, on,
                    rule_int (rule_set, KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS, KONKURS_DEFAULT_YOUTH_MIN_EXPERIENCE_YEARS));
  check_language (failures, applicant, on,
                  rule_int (rule_set, KONKURS_RULE_YOUTH_MIN_LANGUAGE_LEVEL, DEFAULT_YOUTH_MIN_LANGUAGE_LEVEL),
                  rule_int (rule_set, KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, KONKURS_DEFAULT_CERTIFICATE_VALIDITY_MONTHS));
  check_exclusions (failures, applicant, on);
}

static void
check_civil_service (GPtrArray                     *failures,
                     const KonkursApplicantFacts   *applicant,
                     const KonkursCompetitionFacts *competition,
                     KonkursRuleSet                *rule_set)
{
  const GDate *on = &competition->competition_date;
  int months = rule_int (rule_set, KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, KONKURS_DEFAULT_CERTIFICATE_VALIDITY_MONTHS);

  check_civil_age (failures, applicant, on, rule_set);
  check_education (failures, applicant, on, competition->min_education);
  if (competition->n_experience_alternatives == 0)
    check_experience (failures, applicant, on, competition->min_experience_years);
  else
    check_alternatives (failures, applicant, competition, on);
  check_certificate (failures, applicant, on, KONKURS_CERTIFICATE_LEGISLATION, months);
  if (rule_int (rule_set, KONKURS_RULE_STATE_LANGUAGE_CERTIFICATE_REQUIRED, 1) != 0)
    check_certificate (failures, applicant, on, KONKURS_CERTIFICATE_STATE_LANGUAGE, months);
  check_certificate (failures, applicant, on, KONKURS_CERTIFICATE_PERSONAL_QUALITIES, months);
}

GPtrArray *
konkurs_eligibility_check (const KonkursApplicantFacts   *applicant,
                           const KonkursCompetitionFacts *competition,
                           KonkursRuleSet                *rule_set)
{
  GPtrArray *failures;
  const GDate *on;

  g_return_val_if_fail (applicant != NULL, NULL);
  g_return_val_if_fail (competition != NULL && g_date_valid (&competition->competition_date), NULL);
  g_return_val_if_fail (rule_set == NULL || KONKURS_IS_RULE_SET (rule_set), NULL);

  failures = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_eligibility_failure_free);
  on = &competition->competition_date;

  check_deadline (failures, applicant, competition);
  check_citizenship (failures, applicant, on);

  switch (competition->procedure)
    {
    case KONKURS_PROCEDURE_YOUTH_RESERVE:
      check_youth_reserve (failures, applicant, on, rule_set);
      break;
    case KONKURS_PROCEDURE_CIVIL_SERVICE:
      check_civil_service (failures, applicant, competition, rule_set);
      break;
    default:
      g_warning ("Eligibility of an unknown procedure %d was asked; only the common rules were checked.",
                 (int) competition->procedure);
      break;
    }

  return failures;
}

KonkursEligibilityFailure *
konkurs_eligibility_failure_copy (const KonkursEligibilityFailure *failure)
{
  KonkursEligibilityFailure *copy;

  g_return_val_if_fail (failure != NULL, NULL);

  copy = g_memdup2 (failure, sizeof *failure);
  copy->citizenship = g_strdup (failure->citizenship);
  copy->shortfalls = g_memdup2 (failure->shortfalls, failure->n_shortfalls * sizeof *failure->shortfalls);
  return copy;
}

void
konkurs_eligibility_failure_free (KonkursEligibilityFailure *failure)
{
  if (failure == NULL)
    return;
  g_free (failure->citizenship);
  g_free (failure->shortfalls);
  g_free (failure);
}

