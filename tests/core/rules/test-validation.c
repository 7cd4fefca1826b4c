/* test-validation.c — the rules a candidate, a competition, a vacancy and a
 * decision must meet, at their boundaries, with the messages people see
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-candidate.h"
#include "konkurs-test-util.h"
#include "konkurs-validation.h"
#include "konkurs-verdict.h"

/* Born on 2 January 1990, a man: a valid IIN. */
static void
make_iin (char iin[KONKURS_IIN_LENGTH + 1])
{
  konkurs_test_make_iin (1990, 1, 2, KONKURS_SEX_MALE, 3, iin);
}

/* Fails with @code and, when given, exactly @message. */
static void
assert_invalid (GError *error, KonkursValidationError code, const char *message)
{
  g_assert_error (error, KONKURS_VALIDATION_ERROR, (int) code);
  if (message != NULL)
    g_assert_cmpstr (error->message, ==, message);
}

static void
test_graduation_year (void)
{
  g_autoptr(GError) error = NULL;

  /* one limit for the store, the dialog and the importer */
  g_assert_cmpint (KONKURS_GRADUATION_YEAR_MIN, ==, 1900);
  g_assert_cmpint (KONKURS_GRADUATION_YEAR_MAX, ==, 2100);
  g_assert_true (konkurs_validate_graduation_year (0));
  g_assert_false (konkurs_validate_graduation_year (1899));
  g_assert_true (konkurs_validate_graduation_year (1900));
  g_assert_true (konkurs_validate_graduation_year (2100));
  g_assert_false (konkurs_validate_graduation_year (2101));
  g_assert_false (konkurs_validate_graduation_year (2200));
  g_assert_false (konkurs_validate_graduation_year (-1));

  g_assert_true (konkurs_validate_education (1, KONKURS_EDUCATION_HIGHER, 2100, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_validate_education (1, KONKURS_EDUCATION_NONE, 0, &error));
  g_assert_false (konkurs_validate_education (2, KONKURS_EDUCATION_HIGHER, 2101, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_GRADUATION_YEAR,
                  "Education 2: the year of graduation 2101 is not possible.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_education (3, KONKURS_EDUCATION_POSTGRADUATE + 1, 2000, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_EDUCATION_LEVEL,
                  "Education 3: the level of education is not one Konkurs knows.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_education (1, KONKURS_EDUCATION_NONE - 1, 2000, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_EDUCATION_LEVEL, NULL);
}

static void
test_identity (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) iin_error = NULL;
  g_autoptr(GDate) right = konkurs_test_date_new (1990, 1, 2);
  g_autoptr(GDate) wrong = konkurs_test_date_new (1990, 2, 1);
  char iin[KONKURS_IIN_LENGTH + 1];
  GDate cleared;

  make_iin (iin);
  g_date_clear (&cleared, 1);
  g_assert_true (konkurs_validate_identity (iin, NULL, "Иванов", "Иван", &error));
  g_assert_true (konkurs_validate_identity (iin, right, "Иванов", "Иван", &error));
  g_assert_true (konkurs_validate_identity (iin, &cleared, "Иванов", "Иван", &error));
  g_assert_no_error (error);

  /* the IIN's own message */
  g_assert_false (konkurs_iin_parse ("90010", NULL, &iin_error));
  g_assert_false (konkurs_validate_identity ("90010", NULL, "Иванов", "Иван", &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_IIN, iin_error->message);
  g_clear_error (&error);

  g_assert_false (konkurs_validate_identity (iin, wrong, "Иванов", "Иван", &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_BIRTH_DATE,
                  "The birth date 01.02.1990 does not match the IIN, which gives 02.01.1990. "
                  "Correct the birth date or the IIN.");
  g_clear_error (&error);

  /* blank is white space too; the IIN comes first */
  g_assert_false (konkurs_validate_identity (iin, NULL, " \t", "Иван", &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_SURNAME, "The surname is required.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_identity (iin, NULL, "Иванов", NULL, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_NAME, "The name is required.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_identity ("", NULL, "", "", &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_IIN, NULL);
}

/* The IIN alone, as a form checks it beside the field: what it gives is
 * there even when the birth date entered is not its. */
static void
test_iin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) wrong = konkurs_test_date_new (1990, 2, 1);
  char iin[KONKURS_IIN_LENGTH + 1];
  KonkursIinInfo info = { 0 };

  make_iin (iin);
  g_assert_true (konkurs_validate_iin (iin, NULL, &info, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_date_get_year (&info.birth_date), ==, 1990);
  g_assert_cmpint (info.sex, ==, KONKURS_SEX_MALE);

  memset (&info, 0, sizeof info);
  g_assert_false (konkurs_validate_iin (iin, wrong, &info, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_BIRTH_DATE, NULL);
  g_assert_cmpint (g_date_get_day (&info.birth_date), ==, 2);
  g_clear_error (&error);

  g_assert_false (konkurs_validate_iin ("1234", NULL, NULL, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_IIN, NULL);
}

/* One sentence per required field, whoever asks. */
static void
test_required (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_validate_required (KONKURS_VALIDATION_ERROR_NAME, "Иван", &error));
  g_assert_no_error (error);
  g_assert_false (konkurs_validate_required (KONKURS_VALIDATION_ERROR_NAME, NULL, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_NAME, "The name is required.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_required (KONKURS_VALIDATION_ERROR_STATE_BODY, " \n", &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_STATE_BODY, "The state body is required.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_required (KONKURS_VALIDATION_ERROR_POSITION_TITLE, "", &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_POSITION_TITLE, "The position title is required.");
}

/* The message a form shows with its own way of writing dates. */
static void
test_birth_date_message (void)
{
  g_autofree char *dotted = konkurs_validation_birth_date_mismatch ("01.02.1990", "02.01.1990");
  g_autofree char *local = konkurs_validation_birth_date_mismatch ("02/01/90", "01/02/90");
  g_autoptr(GDate) date = konkurs_test_date_new (2024, 2, 29);
  g_autofree char *shown = konkurs_validation_format_date (date);
  g_autofree char *unknown = konkurs_validation_format_date (NULL);

  g_assert_cmpstr (dotted, ==,
                   "The birth date 01.02.1990 does not match the IIN, which gives 02.01.1990. "
                   "Correct the birth date or the IIN.");
  g_assert_cmpstr (local, ==,
                   "The birth date 02/01/90 does not match the IIN, which gives 01/02/90. "
                   "Correct the birth date or the IIN.");
  g_assert_cmpstr (shown, ==, "29.02.2024");
  g_assert_cmpstr (unknown, ==, "?");
}

static void
test_work_period (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) start = konkurs_test_date_new (2020, 1, 1);
  g_autoptr(GDate) day_before = konkurs_test_date_new (2019, 12, 31);
  GDate cleared;

  g_date_clear (&cleared, 1);
  g_assert_true (konkurs_validate_work_period (1, "Әкімдік", start, NULL, &error));
  g_assert_true (konkurs_validate_work_period (1, "Әкімдік", start, &cleared, &error));
  /* one day of work */
  g_assert_true (konkurs_validate_work_period (1, "Әкімдік", start, start, &error));
  g_assert_no_error (error);

  g_assert_false (konkurs_validate_work_period (2, "Әкімдік", start, day_before, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_WORK_END,
                  "Work period 2 ends on 31.12.2019, before it starts on 01.01.2020.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_work_period (3, "  ", start, NULL, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_EMPLOYER, "Work period 3: the employer is required.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_work_period (4, "Әкімдік", &cleared, NULL, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_WORK_START, "Work period 4: the start date is required.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_work_period (5, "Әкімдік", NULL, NULL, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_WORK_START, NULL);
}

static void
test_certificate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) passed = konkurs_test_date_new (2024, 5, 17);
  GDate cleared;

  g_date_clear (&cleared, 1);
  g_assert_true (konkurs_validate_certificate (1, KONKURS_CERTIFICATE_LEGISLATION, passed, &error));
  g_assert_true (konkurs_validate_certificate (1, KONKURS_CERTIFICATE_PERSONAL_QUALITIES, passed, &error));
  g_assert_no_error (error);

  g_assert_false (konkurs_validate_certificate (2, 0, passed, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_CERTIFICATE_KIND,
                  "Certificate 2: the kind of certificate is not one Konkurs knows.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_certificate (1, KONKURS_CERTIFICATE_PERSONAL_QUALITIES + 1, passed, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_CERTIFICATE_KIND, NULL);
  g_clear_error (&error);
  g_assert_false (konkurs_validate_certificate (3, KONKURS_CERTIFICATE_STATE_LANGUAGE, &cleared, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_CERTIFICATE_DATE,
                  "Certificate 3: the date the test was passed is required.");
}

static void
test_competition (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) announced = konkurs_test_date_new (2025, 3, 3);

  g_assert_true (konkurs_validate_competition ("Министрлік", announced, KONKURS_PROCEDURE_CIVIL_SERVICE, &error));
  g_assert_true (konkurs_validate_competition ("Министрлік", announced, KONKURS_PROCEDURE_YOUTH_RESERVE, &error));
  g_assert_no_error (error);

  g_assert_false (konkurs_validate_competition (" ", announced, KONKURS_PROCEDURE_CIVIL_SERVICE, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_STATE_BODY, "The state body is required.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_competition ("Министрлік", NULL, KONKURS_PROCEDURE_CIVIL_SERVICE, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_ANNOUNCEMENT_DATE, "The announcement date is required.");
  g_clear_error (&error);
  g_assert_false (konkurs_validate_competition ("Министрлік", announced, 0, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_PROCEDURE, NULL);
  g_clear_error (&error);
  g_assert_false (konkurs_validate_competition ("Министрлік", announced, 3, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_PROCEDURE,
                  "The procedure must be a civil-service competition or a Youth Personnel Reserve selection.");
}

static void
test_vacancy (void)
{
  g_autoptr(GError) error = NULL;

#define VALID(title, seats, years, corps, level, education) \
  g_assert_true (konkurs_validate_vacancy (title, seats, years, corps, level, education, &error)); \
  g_assert_no_error (error)
#define INVALID(code, title, seats, years, corps, level, education) \
  g_assert_false (konkurs_validate_vacancy (title, seats, years, corps, level, education, &error)); \
  assert_invalid (error, code, NULL); \
  g_clear_error (&error)

  VALID ("Бас маман", 1, 0, KONKURS_CORPS_B, KONKURS_LEVEL_CENTRAL, KONKURS_EDUCATION_NONE);
  VALID ("Бас маман", 3, 5, KONKURS_CORPS_A, KONKURS_LEVEL_DISTRICT, KONKURS_EDUCATION_POSTGRADUATE);
  INVALID (KONKURS_VALIDATION_ERROR_POSITION_TITLE, "", 1, 0, KONKURS_CORPS_B, KONKURS_LEVEL_CENTRAL, 0);
  INVALID (KONKURS_VALIDATION_ERROR_SEATS, "Маман", 0, 0, KONKURS_CORPS_B, KONKURS_LEVEL_CENTRAL, 0);
  INVALID (KONKURS_VALIDATION_ERROR_EXPERIENCE, "Маман", 1, -1, KONKURS_CORPS_B, KONKURS_LEVEL_CENTRAL, 0);
  INVALID (KONKURS_VALIDATION_ERROR_CORPS, "Маман", 1, 0, 0, KONKURS_LEVEL_CENTRAL, 0);
  INVALID (KONKURS_VALIDATION_ERROR_CORPS, "Маман", 1, 0, 3, KONKURS_LEVEL_CENTRAL, 0);
  INVALID (KONKURS_VALIDATION_ERROR_LEVEL, "Маман", 1, 0, KONKURS_CORPS_B, 0, 0);
  INVALID (KONKURS_VALIDATION_ERROR_LEVEL, "Маман", 1, 0, KONKURS_CORPS_B, 4, 0);
  INVALID (KONKURS_VALIDATION_ERROR_REQUIRED_EDUCATION, "Маман", 1, 0, KONKURS_CORPS_B, 1, -1);
  INVALID (KONKURS_VALIDATION_ERROR_REQUIRED_EDUCATION, "Маман", 1, 0, KONKURS_CORPS_B, 1, 5);
#undef VALID
#undef INVALID

  g_assert_false (konkurs_validate_vacancy ("Маман", 0, 0, KONKURS_CORPS_B, 1, 0, &error));
  g_assert_cmpstr (error->message, ==, "A vacancy needs at least one seat.");
}

/* The whole candidate, as the store checks it. */
static void
test_candidate (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) candidate = NULL;
  g_autoptr(GDate) start = konkurs_test_date_new (2015, 9, 1);
  g_autoptr(KonkursEducationEntry) school = konkurs_education_entry_new (KONKURS_EDUCATION_SECONDARY, "", "", 2008);
  g_autoptr(KonkursEducationEntry) future = konkurs_education_entry_new (KONKURS_EDUCATION_HIGHER, "", "", 2101);
  g_autoptr(KonkursEmployment) job = konkurs_employment_new ("Әкімдік", "", start, NULL);
  g_autoptr(KonkursCandidateCertificate) undated =
    konkurs_candidate_certificate_new (KONKURS_CERTIFICATE_LEGISLATION, NULL, "", "");
  char iin[KONKURS_IIN_LENGTH + 1];
  guint entry = 99;

  make_iin (iin);
  candidate = konkurs_test_candidate_new (iin, "Иванов", "Иван");
  konkurs_candidate_add_education (candidate, school);
  konkurs_candidate_add_employment (candidate, job);
  g_assert_true (konkurs_candidate_validate (candidate, NULL, &error));
  g_assert_no_error (error);

  /* the entry at fault is told by its place in its list */
  konkurs_candidate_add_certificate (candidate, undated);
  g_assert_false (konkurs_candidate_validate (candidate, &entry, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_CERTIFICATE_DATE,
                  "Certificate 1: the date the test was passed is required.");
  g_assert_cmpuint (entry, ==, 0);
  g_clear_error (&error);

  /* education comes before certificates */
  konkurs_candidate_add_education (candidate, future);
  g_assert_false (konkurs_candidate_validate (candidate, &entry, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_GRADUATION_YEAR,
                  "Education 2: the year of graduation 2101 is not possible.");
  g_assert_cmpuint (entry, ==, 1);
  g_clear_error (&error);

  /* identity first; no entry then */
  entry = 99;
  konkurs_candidate_set_name (candidate, "");
  g_assert_false (konkurs_candidate_validate (candidate, &entry, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_NAME, NULL);
  g_assert_cmpuint (entry, ==, 99);
}

static void
test_verdict_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) asked = konkurs_test_date_new (2025, 4, 1);
  g_autoptr(GDate) stage = konkurs_test_date_new (2025, 3, 20);
  g_autoptr(GDate) deadline = konkurs_test_date_new (2025, 3, 6);
  g_autoptr(GDate) announced = konkurs_test_date_new (2025, 3, 3);
  GDate cleared, date;

  g_date_clear (&cleared, 1);
  g_assert_true (konkurs_verdict_pick_date (asked, stage, deadline, announced, &date, &error));
  konkurs_test_assert_date (&date, 2025, 4, 1);
  g_assert_true (konkurs_verdict_pick_date (&cleared, stage, deadline, announced, &date, &error));
  konkurs_test_assert_date (&date, 2025, 3, 20);
  g_assert_true (konkurs_verdict_pick_date (NULL, &cleared, deadline, announced, &date, &error));
  konkurs_test_assert_date (&date, 2025, 3, 6);
  g_assert_true (konkurs_verdict_pick_date (NULL, NULL, NULL, announced, &date, &error));
  konkurs_test_assert_date (&date, 2025, 3, 3);
  g_assert_no_error (error);

  g_assert_false (konkurs_verdict_pick_date (NULL, &cleared, NULL, &cleared, &date, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_COMPETITION_DATE,
                  "The competition has no date to check eligibility on: set its announcement date.");
  g_assert_false (g_date_valid (&date));
}

static void
test_verdict_reason (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_verdict_needs_reason (TRUE, TRUE));
  g_assert_false (konkurs_verdict_needs_reason (FALSE, FALSE));
  g_assert_true (konkurs_verdict_needs_reason (TRUE, FALSE));
  g_assert_true (konkurs_verdict_needs_reason (FALSE, TRUE));

  /* with the engine: no reason needed */
  g_assert_true (konkurs_verdict_check_reason (TRUE, TRUE, NULL, &error));
  g_assert_true (konkurs_verdict_check_reason (FALSE, FALSE, "", &error));
  /* against it: a reason that is not blank */
  g_assert_true (konkurs_verdict_check_reason (TRUE, FALSE, "Сертификат ұсынылды", &error));
  g_assert_true (konkurs_verdict_check_reason (FALSE, TRUE, "Диплом жоқ", &error));
  g_assert_no_error (error);

  g_assert_false (konkurs_verdict_check_reason (TRUE, FALSE, " \n", &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_REASON,
                  "The automatic check found the candidate not eligible. To admit the candidate anyway, write the reason.");
  g_clear_error (&error);
  g_assert_false (konkurs_verdict_check_reason (FALSE, TRUE, NULL, &error));
  assert_invalid (error, KONKURS_VALIDATION_ERROR_REASON,
                  "The automatic check found the candidate eligible. To refuse the candidate, write the reason.");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validation/graduation-year", test_graduation_year);
  g_test_add_func ("/validation/identity", test_identity);
  g_test_add_func ("/validation/iin", test_iin);
  g_test_add_func ("/validation/required", test_required);
  g_test_add_func ("/validation/birth-date-message", test_birth_date_message);
  g_test_add_func ("/validation/work-period", test_work_period);
  g_test_add_func ("/validation/certificate", test_certificate);
  g_test_add_func ("/validation/competition", test_competition);
  g_test_add_func ("/validation/vacancy", test_vacancy);
  g_test_add_func ("/validation/candidate", test_candidate);
  g_test_add_func ("/verdict/date", test_verdict_date);
  g_test_add_func ("/verdict/reason", test_verdict_reason);

  return g_test_run ();
}
