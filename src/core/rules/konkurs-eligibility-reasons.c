/* konkurs-eligibility-reasons.c — the reasons of konkurs-eligibility.c as
 * sentences in the interface's or a document's language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-eligibility.h"

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
describe_shortfalls (const KonkursEligibilityFailure *failure, KonkursCatalog *catalog)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < failure->n_shortfalls; i++)
    {
      const KonkursExperienceShortfall *item = &failure->shortfalls[i];
      KonkursExperience required = { .years = item->required.years };
      char *args[3] = {
        konkurs_experience_describe (&required, catalog),
        konkurs_experience_describe (&item->actual, catalog),
        NULL,
      };
      const char *msgid;
      g_autofree char *part = NULL;

      switch (item->required.kind)
        {
        case KONKURS_EXPERIENCE_CIVIL_SERVICE:
          /* Translators: %1$s the requirement, as “1 year”; %2$s what the candidate has, as “8 months 3 days” */
          msgid = N_("at least %1$s in the civil service (has %2$s)");
          break;
        case KONKURS_EXPERIENCE_FIELD:
          /* Translators: %1$s the requirement, as “2 years”; %2$s what the candidate has */
          msgid = N_("at least %1$s in the position’s field (has %2$s)");
          break;
        default:
          /* Translators: %1$s the requirement, as “5 years”; %2$s what the candidate has */
          msgid = N_("at least %1$s of any work (has %2$s)");
          break;
        }
      part = expand_args (translate (catalog, msgid), args, 2);
      g_free (args[0]);
      g_free (args[1]);
      if (i > 0)
        g_string_append (text, translate (catalog, N_("; or ")));
      g_string_append (text, part);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
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
    case KONKURS_ELIGIBILITY_LANGUAGE_CERTIFICATE_LEVEL:
      args[0] = format_date (catalog, &failure->given_date);
      args[1] = g_strdup (konkurs_language_level_to_code (failure->required));
      if (failure->actual == KONKURS_LANGUAGE_LEVEL_NONE)
        /* Translators: %1$s the date of the test, %2$s a language level such as B1 */
        return N_("The state-language certificate of %1$s does not record a level; %2$s or above is required.");
      args[2] = g_strdup (konkurs_language_level_to_code (failure->actual));
      /* Translators: %1$s the date of the test; %3$s the level it shows and %2$s the required level, such as A2 and B1 */
      return N_("The state-language certificate of %1$s shows level %3$s; %2$s or above is required.");
    case KONKURS_ELIGIBILITY_UNDER_AGE:
    case KONKURS_ELIGIBILITY_RETIREMENT_AGE:
      args[0] = format_date (catalog, &failure->date);
      args[1] = g_strdup_printf ("%d", failure->actual);
      args[2] = format_date (catalog, &failure->given_date);
      args[3] = g_strdup_printf ("%d", failure->required);
      if (failure->code == KONKURS_ELIGIBILITY_UNDER_AGE)
        /* Translators: %1$s competition date, %2$s age in years, %3$s birth date, %4$s the minimum age */
        return N_("On %1$s the candidate is aged %2$s (born on %3$s); the civil service admits from the age of %4$s.");
      /* Translators: %1$s competition date, %2$s age in years, %3$s birth date, %4$s the pension age */
      return N_("On %1$s the candidate is aged %2$s (born on %3$s), at or above the pension age of %4$s.");
    case KONKURS_ELIGIBILITY_EXPERIENCE_ALTERNATIVES:
      args[0] = format_date (catalog, &failure->date);
      args[1] = describe_shortfalls (failure, catalog);
      /* Translators: %1$s competition date; %2$s the alternatives, each with what the candidate has */
      return N_("The candidate’s work experience on %1$s meets none of the alternatives: %2$s.");
    default:
      return N_("The candidate does not meet a requirement that this version of Konkurs does not know.");
    }
}

static gboolean
is_exclusion (KonkursEligibilityCode code)
{
  return code >= KONKURS_ELIGIBILITY_PRESIDENTIAL_APPOINTEE && code <= KONKURS_ELIGIBILITY_IN_RESERVE;
}

/* A dated exclusion says when it holds, so that the secretary can check
 * it against the record. */
static char *
append_period (char *text, const KonkursEligibilityFailure *failure, KonkursCatalog *catalog)
{
  char *args[2] = { NULL, NULL };
  const char *msgid;
  char *sentence, *joined;

  if (!is_exclusion (failure->code)
      || (!g_date_valid (&failure->given_date) && !g_date_valid (&failure->limit_date)))
    return text;

  if (!g_date_valid (&failure->limit_date))
    {
      args[0] = format_date (catalog, &failure->given_date);
      /* Translators: %1$s the first day of the status */
      msgid = N_("It holds since %1$s.");
    }
  else if (!g_date_valid (&failure->given_date))
    {
      args[0] = format_date (catalog, &failure->limit_date);
      /* Translators: %1$s the last day of the status */
      msgid = N_("It holds until %1$s inclusive.");
    }
  else
    {
      args[0] = format_date (catalog, &failure->given_date);
      args[1] = format_date (catalog, &failure->limit_date);
      /* Translators: %1$s and %2$s the first and last days of the status */
      msgid = N_("It holds from %1$s until %2$s inclusive.");
    }
  sentence = expand_args (translate (catalog, msgid), args, 2);
  joined = g_strconcat (text, " ", sentence, NULL);
  g_free (args[0]);
  g_free (args[1]);
  g_free (sentence);
  g_free (text);
  return joined;
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
  text = append_period (text, failure, catalog);

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
