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

static void
check_language (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on, int required)
{
  KonkursEligibilityFailure *failure;

  if ((int) applicant->language_level >= required)
    return;

  failure = add_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE, on);
  failure->actual = applicant->language_level;
  failure->required = required;
}

static void
check_exclusions (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on)
{
  static const struct { KonkursExclusion flag; KonkursEligibilityCode code; } exclusions[] = {
    { KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE, KONKURS_ELIGIBILITY_PRESIDENTIAL_APPOINTEE },
    { KONKURS_EXCLUSION_POLITICAL_SERVANT,      KONKURS_ELIGIBILITY_POLITICAL_SERVANT },
    { KONKURS_EXCLUSION_CORPS_A,                KONKURS_ELIGIBILITY_CORPS_A },
    { KONKURS_EXCLUSION_IN_RESERVE,             KONKURS_ELIGIBILITY_IN_RESERVE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (exclusions); i++)
    if (applicant->exclusions & exclusions[i].flag)
      add_failure (failures, exclusions[i].code, on);
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

static void
check_youth_reserve (GPtrArray *failures, const KonkursApplicantFacts *applicant, const GDate *on, KonkursRuleSet *rule_set)
{
  check_age (failures, applicant, on,
             rule_int (rule_set, KONKURS_RULE_YOUTH_MAX_AGE, KONKURS_DEFAULT_YOUTH_MAX_AGE));
  check_education (failures, applicant, on, KONKURS_EDUCATION_HIGHER);
  check_experience (failures, applicant, on,
                    rule_int (rule_set, KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS, KONKURS_DEFAULT_YOUTH_MIN_EXPERIENCE_YEARS));
  check_language (failures, applicant, on,
                  rule_int (rule_set, KONKURS_RULE_YOUTH_MIN_LANGUAGE_LEVEL, DEFAULT_YOUTH_MIN_LANGUAGE_LEVEL));
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

  check_education (failures, applicant, on, competition->min_education);
  check_experience (failures, applicant, on, competition->min_experience_years);
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
  return copy;
}

void
konkurs_eligibility_failure_free (KonkursEligibilityFailure *failure)
{
  if (failure == NULL)
    return;
  g_free (failure->citizenship);
  g_free (failure);
}

/* Reasons ----------------------------------------------------------------- */

#define MAX_ARGS 4

static const char *
translate (KonkursCatalog *catalog, const char *msgid)
{
  if (catalog != NULL)
    return konkurs_catalog_gettext (catalog, msgid);
  return g_dgettext (GETTEXT_PACKAGE, msgid);
}

static char *
format_date (KonkursCatalog *catalog, const GDate *date)
{
  char buffer[128];

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("—");
  if (catalog != NULL)
    return konkurs_catalog_format_date (catalog, date);
  if (g_date_strftime (buffer, sizeof buffer, "%x", date) == 0)
    return g_strdup ("—");
  return g_strdup (buffer);
}

/* Fills the %s and %N$s of a translated template with @args, without
 * printf: a translation with a wrong conversion cannot crash the program,
 * and a reference to an argument that does not exist prints nothing. */
static char *
expand_args (const char *format, char * const *args, int n_args)
{
  GString *out = g_string_new (NULL);
  int next = 0;

  for (const char *p = format; *p != '\0'; p++)
    {
      int index = -1;

      if (p[0] != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }
      if (p[1] == '%')
        {
          g_string_append_c (out, '%');
          p++;
          continue;
        }
      if (p[1] == 's')
        {
          index = next++;
          p++;
        }
      else if (g_ascii_isdigit (p[1]) && p[2] == '$' && p[3] == 's')
        {
          index = p[1] - '1';
          p += 3;
        }
      else
        {
          g_string_append_c (out, *p);
          continue;
        }

      if (index >= 0 && index < n_args && args[index] != NULL)
        g_string_append (out, args[index]);
    }

  return g_string_free (out, FALSE);
}

static const char *
certificate_missing_msgid (KonkursCertificateKind kind)
{
  switch (kind)
    {
    case KONKURS_CERTIFICATE_LEGISLATION:
      /* Translators: %1$s is the competition date */
      return N_("There is no passed legislation test valid on %1$s.");
    case KONKURS_CERTIFICATE_STATE_LANGUAGE:
      /* Translators: %1$s is the competition date */
      return N_("There is no passed state-language test valid on %1$s.");
    case KONKURS_CERTIFICATE_PERSONAL_QUALITIES:
      /* Translators: %1$s is the competition date */
      return N_("There is no passed personal-qualities assessment valid on %1$s.");
    default:
      return N_("A required certificate valid on %1$s is missing.");
    }
}

static const char *
certificate_expired_msgid (KonkursCertificateKind kind)
{
  switch (kind)
    {
    case KONKURS_CERTIFICATE_LEGISLATION:
      /* Translators: %1$s competition date, %2$s date of the test, %3$s last day of validity */
      return N_("The legislation test passed on %2$s was valid until %3$s inclusive, so it is no longer valid on %1$s.");
    case KONKURS_CERTIFICATE_STATE_LANGUAGE:
      /* Translators: %1$s competition date, %2$s date of the test, %3$s last day of validity */
      return N_("The state-language test passed on %2$s was valid until %3$s inclusive, so it is no longer valid on %1$s.");
    case KONKURS_CERTIFICATE_PERSONAL_QUALITIES:
      /* Translators: %1$s competition date, %2$s date of the assessment, %3$s last day of validity */
      return N_("The personal-qualities assessment passed on %2$s was valid until %3$s inclusive, so it is no longer valid on %1$s.");
    default:
      return N_("A required certificate passed on %2$s was valid until %3$s inclusive, so it is no longer valid on %1$s.");
    }
}

static char *
education_text (KonkursCatalog *catalog, int education)
{
  const char *label = konkurs_education_get_label ((KonkursEducation) education);

  return g_strdup (label != NULL ? translate (catalog, label) : "—");
}

/* The msgid of @failure's reason, and its arguments in @args: each msgid
 * refers to its arguments as %1$s, %2$s… without gaps, so that msgfmt can
 * check the translations. */
static const char *
reason_template (const KonkursEligibilityFailure *failure, KonkursCatalog *catalog, char **args)
{
  switch (failure->code)
    {
    case KONKURS_ELIGIBILITY_LATE_APPLICATION:
      args[0] = format_date (catalog, &failure->given_date);
      args[1] = format_date (catalog, &failure->limit_date);
      /* Translators: %1$s the day the application was received, %2$s the deadline */
      return N_("The application was received on %1$s, after the deadline for documents, %2$s.");
    case KONKURS_ELIGIBILITY_RECEIVED_DATE_UNKNOWN:
      args[0] = format_date (catalog, &failure->limit_date);
      /* Translators: %1$s the deadline for documents */
      return N_("The date the application was received is not recorded, so it cannot be checked against the deadline for documents, %1$s.");
    case KONKURS_ELIGIBILITY_CITIZENSHIP:
      if (failure->citizenship == NULL)
        return N_("The candidate’s citizenship is not recorded; only citizens of Kazakhstan may take part.");
      args[0] = g_strdup (failure->citizenship);
      /* Translators: %1$s is a country code such as RU */
      return N_("The candidate’s citizenship is %1$s; only citizens of Kazakhstan may take part.");
    case KONKURS_ELIGIBILITY_BIRTH_DATE_UNKNOWN:
      return N_("The candidate’s birth date is not known, so the age limit cannot be checked.");
    case KONKURS_ELIGIBILITY_AGE:
      args[0] = format_date (catalog, &failure->date);
      args[1] = g_strdup_printf ("%d", failure->actual);
      args[2] = format_date (catalog, &failure->given_date);
      args[3] = g_strdup_printf ("%d", failure->required);
      /* Translators: %1$s competition date, %2$s age in years, %3$s birth date, %4$s the age limit in years */
      return N_("On %1$s the candidate is aged %2$s (born on %3$s), above the age limit of %4$s.");
    case KONKURS_ELIGIBILITY_EDUCATION:
      if (failure->actual == KONKURS_EDUCATION_NONE)
        {
          args[0] = education_text (catalog, failure->required);
          /* Translators: %1$s is a level of education, such as “Higher education” */
          return N_("The candidate has no recorded education; “%1$s” is required.");
        }
      args[0] = education_text (catalog, failure->actual);
      args[1] = education_text (catalog, failure->required);
      /* Translators: %1$s and %2$s are levels of education, such as “Higher education” */
      return N_("The candidate’s education, “%1$s”, is below the required “%2$s”.");
    case KONKURS_ELIGIBILITY_EXPERIENCE:
      {
        KonkursExperience required = { .years = failure->required };

        args[0] = format_date (catalog, &failure->date);
        args[1] = konkurs_experience_describe (&failure->experience, catalog);
        args[2] = konkurs_experience_describe (&required, catalog);
      }
      /* Translators: %1$s competition date; %2$s the candidate's experience, as “4 years 11 months 28 days”; %3$s the requirement, as “5 years” */
      return N_("The candidate’s work experience on %1$s is %2$s; at least %3$s is required.");
    case KONKURS_ELIGIBILITY_LANGUAGE:
      if (failure->actual == KONKURS_LANGUAGE_LEVEL_NONE)
        {
          args[0] = g_strdup (konkurs_language_level_to_code (failure->required));
          /* Translators: %1$s is a language level such as B1 */
          return N_("The candidate’s level of the state language is not assessed; at least %1$s is required.");
        }
      args[0] = g_strdup (konkurs_language_level_to_code (failure->actual));
      args[1] = g_strdup (konkurs_language_level_to_code (failure->required));
      /* Translators: %1$s and %2$s are language levels such as A2 and B1 */
      return N_("The candidate’s level of the state language is %1$s; at least %2$s is required.");
    case KONKURS_ELIGIBILITY_PRESIDENTIAL_APPOINTEE:
      return N_("The candidate holds a position to which the President appoints, which excludes them from the Youth Reserve.");
    case KONKURS_ELIGIBILITY_POLITICAL_SERVANT:
      return N_("The candidate is a political civil servant, which excludes them from the Youth Reserve.");
    case KONKURS_ELIGIBILITY_CORPS_A:
      return N_("The candidate is an administrative civil servant of corps A, which excludes them from the Youth Reserve.");
    case KONKURS_ELIGIBILITY_IN_RESERVE:
      return N_("The candidate is already in the Presidential Youth Personnel Reserve.");
    case KONKURS_ELIGIBILITY_CERTIFICATE_MISSING:
      args[0] = format_date (catalog, &failure->date);
      return certificate_missing_msgid (failure->certificate_kind);
    case KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED:
      args[0] = format_date (catalog, &failure->date);
      args[1] = format_date (catalog, &failure->given_date);
      args[2] = format_date (catalog, &failure->limit_date);
      return certificate_expired_msgid (failure->certificate_kind);
    default:
      return N_("The candidate does not meet a requirement that this version of Konkurs does not know.");
    }
}

char *
konkurs_eligibility_failure_describe (const KonkursEligibilityFailure *failure,
                                      KonkursCatalog                  *catalog)
{
  char *args[MAX_ARGS] = { NULL, };
  const char *msgid;
  char *text;
  gsize len;

  g_return_val_if_fail (failure != NULL, NULL);
  g_return_val_if_fail (catalog == NULL || KONKURS_IS_CATALOG (catalog), NULL);

  msgid = reason_template (failure, catalog, args);
  text = expand_args (translate (catalog, msgid), args, MAX_ARGS);
  for (int i = 0; i < MAX_ARGS; i++)
    g_free (args[i]);

  /* A Russian date ends in the abbreviation "г.", and a sentence that ends
   * with it takes no second full stop. */
  len = strlen (text);
  if (len >= 2 && text[len - 1] == '.' && text[len - 2] == '.')
    text[len - 1] = '\0';

  return text;
}

char *
konkurs_eligibility_describe_failures (GPtrArray      *failures,
                                       KonkursCatalog *catalog)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (failures != NULL, NULL);

  for (guint i = 0; i < failures->len; i++)
    {
      g_autofree char *reason = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, i), catalog);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, reason);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
