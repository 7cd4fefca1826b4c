/* konkurs-validation.c — what a candidate, a competition and a vacancy
 * must be before they are saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-text.h"
#include "konkurs-validation.h"

G_DEFINE_QUARK (konkurs-validation-error-quark, konkurs_validation_error)

/* FALSE with @message on the field @code. */
static gboolean
invalid (GError                 **error,
         KonkursValidationError   code,
         const char              *message)
{
  g_set_error_literal (error, KONKURS_VALIDATION_ERROR, code, message);
  return FALSE;
}

char *
konkurs_validation_format_date (const GDate *date)
{
  char text[32] = "";

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("?");
  g_date_strftime (text, sizeof text, "%d.%m.%Y", date);
  return g_strdup (text);
}

/* Candidates */

char *
konkurs_validation_birth_date_mismatch (const char *entered,
                                        const char *from_iin)
{
  return g_strdup_printf (_("The birth date %s does not match the IIN, which gives %s. Correct the birth date or the IIN."),
                          entered, from_iin);
}

gboolean
konkurs_validate_iin (const char      *iin,
                      const GDate     *entered_birth_date,
                      KonkursIinInfo  *info,
                      GError         **error)
{
  g_autoptr(GError) iin_error = NULL;
  KonkursIinInfo parsed;

  if (!konkurs_iin_parse (iin, &parsed, &iin_error))
    return invalid (error, KONKURS_VALIDATION_ERROR_IIN, iin_error->message);
  if (info != NULL)
    *info = parsed;

  if (entered_birth_date != NULL && g_date_valid (entered_birth_date) &&
      g_date_compare (entered_birth_date, &parsed.birth_date) != 0)
    {
      g_autofree char *entered = konkurs_validation_format_date (entered_birth_date);
      g_autofree char *from_iin = konkurs_validation_format_date (&parsed.birth_date);
      g_autofree char *message = konkurs_validation_birth_date_mismatch (entered, from_iin);

      return invalid (error, KONKURS_VALIDATION_ERROR_BIRTH_DATE, message);
    }
  return TRUE;
}

gboolean
konkurs_validate_required (KonkursValidationError   field,
                           const char              *text,
                           GError                 **error)
{
  static const struct {
    KonkursValidationError  field;
    const char             *message;
  } required[] = {
    { KONKURS_VALIDATION_ERROR_SURNAME,        N_("The surname is required.") },
    { KONKURS_VALIDATION_ERROR_NAME,           N_("The name is required.") },
    { KONKURS_VALIDATION_ERROR_STATE_BODY,     N_("The state body is required.") },
    { KONKURS_VALIDATION_ERROR_POSITION_TITLE, N_("The position title is required.") },
  };

  if (!konkurs_text_is_blank (text))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if (required[i].field == field)
      return invalid (error, field, _(required[i].message));
  g_return_val_if_reached (FALSE);
}

char *
konkurs_validation_normalize_name (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *normal;

  if (!g_utf8_validate (stripped, -1, NULL))
    return g_steal_pointer (&stripped);
  normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_NFC);
  return normal != NULL ? normal : g_steal_pointer (&stripped);
}

/* Shows nothing, whatever font: fillers some scripts use as blanks
 * (Hangul, Braille) are letters or symbols to Unicode, not spaces. */
static gboolean
is_invisible (gunichar c)
{
  GUnicodeType type = g_unichar_type (c);

  return g_unichar_isspace (c) || type == G_UNICODE_SPACE_SEPARATOR
         || type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT
         || g_unichar_ismark (c) || g_unichar_iszerowidth (c)
         || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x034F;
}

static const char *
name_field_label (KonkursValidationError field)
{
  switch (field)
    {
    case KONKURS_VALIDATION_ERROR_SURNAME:    return _("Surname");
    case KONKURS_VALIDATION_ERROR_NAME:       return _("Name");
    case KONKURS_VALIDATION_ERROR_PATRONYMIC: return _("Patronymic");
    default:                                  g_return_val_if_reached ("");
    }
}

/* The first character that cannot be printed as a letter of a name:
 * FALSE with the reason, in the words "LABEL: …". */
static gboolean
check_name_characters (KonkursValidationError   field,
                       const char              *text,
                       GError                 **error)
{
  const char *label = name_field_label (field);
  guint position = 0, marks = 0, length = g_utf8_strlen (text, -1);
  gboolean visible = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    visible = visible || !is_invisible (g_utf8_get_char (p));
  if (!visible)
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, field,
                   _("%s: consists of invisible characters only; type the name in letters."), label);
      return FALSE;
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      position++;
      if (type == G_UNICODE_CONTROL || type == G_UNICODE_FORMAT)
        {
          g_set_error (error, KONKURS_VALIDATION_ERROR, field,
                       _("%s: the character U+%04X at position %u is an invisible control or formatting "
                         "character, which can hide or reorder letters when the name is printed; remove it."),
                       label, c, position);
          return FALSE;
        }
      marks = g_unichar_ismark (c) ? marks + 1 : 0;
      if (marks > KONKURS_NAME_MAX_MARKS)
        {
          g_set_error (error, KONKURS_VALIDATION_ERROR, field,
                       _("%s: the letter at position %u carries more than %d combining marks; "
                         "remove the marks that are not part of the name."),
                       label, position - marks, KONKURS_NAME_MAX_MARKS);
          return FALSE;
        }
    }

  if (length > KONKURS_NAME_MAX_LENGTH)
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, field,
                   _("%s: %u characters are too many for a name; at most %d are allowed."),
                   label, length, KONKURS_NAME_MAX_LENGTH);
      return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_validate_name (KonkursValidationError   field,
                       const char              *text,
                       GError                 **error)
{
  g_autofree char *normal = NULL;

  g_return_val_if_fail (field == KONKURS_VALIDATION_ERROR_SURNAME || field == KONKURS_VALIDATION_ERROR_NAME
                        || field == KONKURS_VALIDATION_ERROR_PATRONYMIC, FALSE);

  if (text == NULL || *text == '\0')
    return field == KONKURS_VALIDATION_ERROR_PATRONYMIC
           || konkurs_validate_required (field, text, error);
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, field,
                   _("%s: the text is not valid UTF-8."), name_field_label (field));
      return FALSE;
    }
  /* Blanks alone are "required" (the surname, the name) or nothing (the
   * patronymic); other invisible text is told as such below. */
  if (konkurs_text_is_blank (text))
    return field == KONKURS_VALIDATION_ERROR_PATRONYMIC
           || konkurs_validate_required (field, text, error);

  normal = konkurs_validation_normalize_name (text);
  return check_name_characters (field, normal, error);
}

gboolean
konkurs_validate_identity (const char   *iin,
                           const GDate  *entered_birth_date,
                           const char   *surname,
                           const char   *name,
                           GError      **error)
{
  return konkurs_validate_iin (iin, entered_birth_date, NULL, error) &&
         konkurs_validate_name (KONKURS_VALIDATION_ERROR_SURNAME, surname, error) &&
         konkurs_validate_name (KONKURS_VALIDATION_ERROR_NAME, name, error);
}

gboolean
konkurs_validate_graduation_year (int year)
{
  return year == 0 || (year >= KONKURS_GRADUATION_YEAR_MIN && year <= KONKURS_GRADUATION_YEAR_MAX);
}

gboolean
konkurs_validate_education (guint              number,
                            KonkursEducation   level,
                            int                year,
                            GError           **error)
{
  if (level < KONKURS_EDUCATION_NONE || level > KONKURS_EDUCATION_POSTGRADUATE)
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_EDUCATION_LEVEL,
                   _("Education %u: the level of education is not one Konkurs knows."), number);
      return FALSE;
    }
  if (!konkurs_validate_graduation_year (year))
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_GRADUATION_YEAR,
                   _("Education %u: the year of graduation %d is not possible."), number, year);
      return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_validate_work_period (guint         number,
                              const char   *employer,
                              const GDate  *start,
                              const GDate  *end,
                              GError      **error)
{
  if (konkurs_text_is_blank (employer))
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_EMPLOYER,
                   _("Work period %u: the employer is required."), number);
      return FALSE;
    }
  if (start == NULL || !g_date_valid (start))
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_WORK_START,
                   _("Work period %u: the start date is required."), number);
      return FALSE;
    }
  if (end != NULL && g_date_valid (end) && g_date_compare (end, start) < 0)
    {
      g_autofree char *shown_start = konkurs_validation_format_date (start);
      g_autofree char *shown_end = konkurs_validation_format_date (end);

      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_WORK_END,
                   _("Work period %u ends on %s, before it starts on %s."), number, shown_end, shown_start);
      return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_validate_certificate (guint                    number,
                              KonkursCertificateKind   kind,
                              const GDate             *passed_on,
                              GError                 **error)
{
  if (konkurs_certificate_kind_to_code (kind) == NULL)
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_CERTIFICATE_KIND,
                   _("Certificate %u: the kind of certificate is not one Konkurs knows."), number);
      return FALSE;
    }
  if (passed_on == NULL || !g_date_valid (passed_on))
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_CERTIFICATE_DATE,
                   _("Certificate %u: the date the test was passed is required."), number);
      return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_validate_certificate_result (guint                  number,
                                     KonkursCertificateKind kind,
                                     int                    score,
                                     int                    max_score,
                                     KonkursLanguageLevel   level,
                                     GError               **error)
{
  if (max_score < 0 || max_score > 1000 || (max_score > 0 && (score < 0 || score > max_score)))
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_CERTIFICATE_SCORE,
                   _("Certificate %u: the score must be between 0 and the maximum score, which is at most 1000."),
                   number);
      return FALSE;
    }
  if (konkurs_language_level_to_code (level) == NULL
      || (level != KONKURS_LANGUAGE_LEVEL_NONE && kind != KONKURS_CERTIFICATE_STATE_LANGUAGE))
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_CERTIFICATE_LEVEL,
                   _("Certificate %u: only a state-language certificate has a language level."), number);
      return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_validate_exclusion_period (guint                         number,
                                   const KonkursExclusionPeriod *period,
                                   GError                      **error)
{
  if (konkurs_exclusion_to_code (period->kind) == NULL)
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_EXCLUSION_DATES,
                   _("Exclusion %u: the kind of exclusion is not one Konkurs knows."), number);
      return FALSE;
    }
  if (g_date_valid (&period->from) && g_date_valid (&period->until)
      && g_date_compare (&period->until, &period->from) < 0)
    {
      g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_EXCLUSION_DATES,
                   _("Exclusion %u: it ends before it begins."), number);
      return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_validate_experience_alternatives (const KonkursExperienceAlternative *alternatives,
                                          guint                               n_alternatives,
                                          GError                            **error)
{
  guint seen = 0;

  for (guint i = 0; i < n_alternatives; i++)
    {
      const KonkursExperienceAlternative *alternative = &alternatives[i];

      if (alternative->kind == KONKURS_EXPERIENCE_ANY
          || konkurs_experience_kind_to_code (alternative->kind) == NULL
          || (seen & (1u << alternative->kind)))
        {
          g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_EXPERIENCE_ALTERNATIVE,
                       _("Experience alternative %u: each kind (civil service, the position’s field) may be given once."),
                       i + 1);
          return FALSE;
        }
      if (alternative->years < 1 || alternative->years > 50)
        {
          g_set_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_EXPERIENCE_ALTERNATIVE,
                       _("Experience alternative %u: the years must be between 1 and 50."), i + 1);
          return FALSE;
        }
      seen |= 1u << alternative->kind;
    }
  return TRUE;
}

/* Competitions and vacancies */

gboolean
konkurs_validate_competition (const char        *state_body,
                              const GDate       *announced_on,
                              KonkursProcedure   procedure,
                              GError           **error)
{
  if (!konkurs_validate_required (KONKURS_VALIDATION_ERROR_STATE_BODY, state_body, error))
    return FALSE;
  if (announced_on == NULL || !g_date_valid (announced_on))
    return invalid (error, KONKURS_VALIDATION_ERROR_ANNOUNCEMENT_DATE, _("The announcement date is required."));
  if (procedure != KONKURS_PROCEDURE_CIVIL_SERVICE && procedure != KONKURS_PROCEDURE_YOUTH_RESERVE)
    return invalid (error, KONKURS_VALIDATION_ERROR_PROCEDURE,
                    _("The procedure must be a civil-service competition or a Youth Personnel Reserve selection."));
  return TRUE;
}

gboolean
konkurs_validate_vacancy (const char        *position_title,
                          int                seats,
                          int                experience_years,
                          KonkursCorps       corps,
                          KonkursLevel       level,
                          KonkursEducation   education,
                          GError           **error)
{
  if (!konkurs_validate_required (KONKURS_VALIDATION_ERROR_POSITION_TITLE, position_title, error))
    return FALSE;
  if (seats < 1)
    return invalid (error, KONKURS_VALIDATION_ERROR_SEATS, _("A vacancy needs at least one seat."));
  if (experience_years < 0)
    return invalid (error, KONKURS_VALIDATION_ERROR_EXPERIENCE, _("The required work experience cannot be negative."));
  if (corps != KONKURS_CORPS_A && corps != KONKURS_CORPS_B)
    return invalid (error, KONKURS_VALIDATION_ERROR_CORPS, _("The corps must be A or B."));
  if (level < KONKURS_LEVEL_CENTRAL || level > KONKURS_LEVEL_DISTRICT)
    return invalid (error, KONKURS_VALIDATION_ERROR_LEVEL, _("The level must be central, regional or district."));
  if (education < KONKURS_EDUCATION_NONE || education > KONKURS_EDUCATION_POSTGRADUATE)
    return invalid (error, KONKURS_VALIDATION_ERROR_REQUIRED_EDUCATION,
                    _("The required education is not one Konkurs knows."));
  return TRUE;
}
