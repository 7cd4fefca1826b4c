/* konkurs-validation.h — what a candidate, a competition and a vacancy
 * must be before they are saved
 *
 * Pure functions on field values, so that the store (which refuses to save
 * anything else), a dialog (which says it beside the field, as the person
 * types) and the importer (which names the line of the file) apply one
 * rule with one message.  Each failure is a KONKURS_VALIDATION_ERROR whose
 * code names the field and whose message is a sentence for the secretary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "konkurs-eligibility.h"
#include "konkurs-iin.h"
#include "konkurs-types.h"

G_BEGIN_DECLS

#define KONKURS_VALIDATION_ERROR (konkurs_validation_error_quark ())
typedef enum {
  KONKURS_VALIDATION_ERROR_IIN,                /* konkurs_iin_parse()'s message */
  KONKURS_VALIDATION_ERROR_BIRTH_DATE,         /* entered, and not the IIN's */
  KONKURS_VALIDATION_ERROR_SURNAME,
  KONKURS_VALIDATION_ERROR_NAME,
  /* the fields of an entry of a candidate's lists */
  KONKURS_VALIDATION_ERROR_EDUCATION_LEVEL,
  KONKURS_VALIDATION_ERROR_GRADUATION_YEAR,
  KONKURS_VALIDATION_ERROR_EMPLOYER,
  KONKURS_VALIDATION_ERROR_WORK_START,
  KONKURS_VALIDATION_ERROR_WORK_END,
  KONKURS_VALIDATION_ERROR_CERTIFICATE_KIND,
  KONKURS_VALIDATION_ERROR_CERTIFICATE_DATE,   /* the day the test was passed */
  KONKURS_VALIDATION_ERROR_STATE_BODY,
  KONKURS_VALIDATION_ERROR_ANNOUNCEMENT_DATE,
  KONKURS_VALIDATION_ERROR_PROCEDURE,
  KONKURS_VALIDATION_ERROR_POSITION_TITLE,
  KONKURS_VALIDATION_ERROR_SEATS,
  KONKURS_VALIDATION_ERROR_EXPERIENCE,         /* the experience a vacancy requires */
  KONKURS_VALIDATION_ERROR_CORPS,
  KONKURS_VALIDATION_ERROR_LEVEL,
  KONKURS_VALIDATION_ERROR_REQUIRED_EDUCATION, /* the education a vacancy requires */
  KONKURS_VALIDATION_ERROR_REASON,             /* see konkurs-verdict.h */
  KONKURS_VALIDATION_ERROR_COMPETITION_DATE,   /* see konkurs-verdict.h */
  KONKURS_VALIDATION_ERROR_PATRONYMIC,
  /* a stage's results (konkurs-stage-rule.h): a test's score, a part's */
  KONKURS_VALIDATION_ERROR_TEST_SCORE,
  KONKURS_VALIDATION_ERROR_TEST_PART,
} KonkursValidationError;
GQuark konkurs_validation_error_quark (void);

/* The years a graduation may be recorded in, both included; 0 stands for
 * an unknown year.  (The schema's CHECK on candidate_education.year is a
 * looser backstop, 1900–2200.) */
#define KONKURS_GRADUATION_YEAR_MIN 1900
#define KONKURS_GRADUATION_YEAR_MAX 2100

/* A date as the messages write it, "31.12.1990"; "?" when unknown. */
char    *konkurs_validation_format_date (const GDate *date);

/* Candidates.  @number counts the entries of a list from 1, as the
 * messages do. */

/* "The birth date 01.02.1990 does not match the IIN, which gives
 * 02.01.1990. …" with the two dates as the caller writes them. */
char    *konkurs_validation_birth_date_mismatch (const char *entered,
                                                 const char *from_iin);

/* The IIN (konkurs_iin_parse()), then a birth date that was entered
 * (NULL or cleared: none) against the IIN's.  @info (may be NULL) gets
 * what the IIN gives whenever it is valid, also when the birth date is
 * not its. */
gboolean konkurs_validate_iin      (const char      *iin,
                                    const GDate     *entered_birth_date,
                                    KonkursIinInfo  *info,
                                    GError         **error);

/* A text field that must not be blank: @field is SURNAME, NAME,
 * STATE_BODY or POSITION_TITLE, and names it in the message. */
gboolean konkurs_validate_required (KonkursValidationError   field,
                                    const char              *text,
                                    GError                 **error);

/* A part of a person's name is printed on protocols and lists that are
 * signed and published, so it must read as what it is.  It is kept in
 * Unicode's composed form (NFC) without white space around it; it must
 * hold a letter, must not hold control or formatting characters (Unicode
 * categories Cc and Cf: a right-to-left override prints "Ерлан" as
 * "налрЕ", zero-width characters hide what the name is, C1 controls are
 * what a Latin-1 file holding UTF-8 leaves behind), no letter may carry
 * more than KONKURS_NAME_MAX_MARKS combining marks (2,000 of them draw
 * over the lines above) and it may be at most KONKURS_NAME_MAX_LENGTH
 * characters long. */
#define KONKURS_NAME_MAX_MARKS  3
#define KONKURS_NAME_MAX_LENGTH 100

/* @text as a name part is kept: NFC, without white space around it ("" for
 * NULL; text that is not UTF-8 is returned as it is, for the validation to
 * refuse). */
char    *konkurs_validation_normalize_name (const char *text);

/* A part of a name (@field is SURNAME, NAME, both required, or PATRONYMIC,
 * which may be empty), normalised or not: the message names the field and
 * says what is wrong and where ("Surname: the character U+202E at
 * position 3 is invisible…"). */
gboolean konkurs_validate_name     (KonkursValidationError   field,
                                    const char              *text,
                                    GError                 **error);

/* konkurs_validate_iin(), then a surname and a name
 * (konkurs_validate_name()); the first failure in that order. */
gboolean konkurs_validate_identity (const char   *iin,
                                    const GDate  *entered_birth_date,
                                    const char   *surname,
                                    const char   *name,
                                    GError      **error);

/* TRUE for 0 (unknown) and the years from KONKURS_GRADUATION_YEAR_MIN to
 * KONKURS_GRADUATION_YEAR_MAX. */
gboolean konkurs_validate_graduation_year (int year);

/* A level of education Konkurs knows, and a possible graduation year
 * (EDUCATION_LEVEL, GRADUATION_YEAR). */
gboolean konkurs_validate_education      (guint                    number,
                                          KonkursEducation         level,
                                          int                      year,
                                          GError                 **error);

/* An employer that is not blank, a start, and an end (NULL or cleared:
 * the work goes on) not before the start (EMPLOYER, WORK_START,
 * WORK_END). */
gboolean konkurs_validate_work_period    (guint                    number,
                                          const char              *employer,
                                          const GDate             *start,
                                          const GDate             *end,
                                          GError                 **error);

/* A kind of certificate Konkurs knows, and the date the test was passed
 * (CERTIFICATE_KIND, CERTIFICATE_DATE). */
gboolean konkurs_validate_certificate    (guint                    number,
                                          KonkursCertificateKind   kind,
                                          const GDate             *passed_on,
                                          GError                 **error);

/* Competitions and vacancies.  Whether the rule set or the competition
 * they refer to exists is for the store to say. */

gboolean konkurs_validate_competition    (const char              *state_body,
                                          const GDate             *announced_on,
                                          KonkursProcedure         procedure,
                                          GError                 **error);

gboolean konkurs_validate_vacancy        (const char              *position_title,
                                          int                      seats,
                                          int                      experience_years,
                                          KonkursCorps             corps,
                                          KonkursLevel             level,
                                          KonkursEducation         education,
                                          GError                 **error);

G_END_DECLS
