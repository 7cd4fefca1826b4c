/* test-names.c — what a part of a person's name may hold before it is
 * printed on a protocol: composed form, no invisible or reordering
 * characters, no towers of combining marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-candidate.h"
#include "konkurs-commission.h"
#include "konkurs-test-util.h"
#include "konkurs-validation.h"

static void
assert_name_refused (KonkursValidationError  field,
                     const char             *text,
                     const char             *expected_part)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_validate_name (field, text, &error));
  g_assert_error (error, KONKURS_VALIDATION_ERROR, (int) field);
  if (strstr (error->message, expected_part) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected_part);
}

static void
assert_name_accepted (KonkursValidationError  field,
                      const char             *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_validate_name (field, text, &error));
  g_assert_no_error (error);
}

/* Ordinary names of Kazakhstan, with their letters composed or not. */
static void
test_accepted (void)
{
  assert_name_accepted (KONKURS_VALIDATION_ERROR_SURNAME, "Әбілқасымова");
  assert_name_accepted (KONKURS_VALIDATION_ERROR_SURNAME, "Жұмабаев-Құрманғали");
  assert_name_accepted (KONKURS_VALIDATION_ERROR_NAME, "Ерлан");
  assert_name_accepted (KONKURS_VALIDATION_ERROR_NAME, "Йо\xcc\x88рг");  /* о + U+0308: one mark */
  assert_name_accepted (KONKURS_VALIDATION_ERROR_NAME, "O'Neil Zoë");
  assert_name_accepted (KONKURS_VALIDATION_ERROR_PATRONYMIC, "");
  assert_name_accepted (KONKURS_VALIDATION_ERROR_PATRONYMIC, NULL);
  assert_name_accepted (KONKURS_VALIDATION_ERROR_PATRONYMIC, "  ");
}

static void
test_required (void)
{
  assert_name_refused (KONKURS_VALIDATION_ERROR_SURNAME, "", "The surname is required.");
  assert_name_refused (KONKURS_VALIDATION_ERROR_NAME, " \t", "The name is required.");
}

/* U+202E prints "Ерлан" as "налрЕ"; zero-width characters and C1 controls
 * (a Latin-1 file holding UTF-8) hide what the name is. */
static void
test_invisible (void)
{
  assert_name_refused (KONKURS_VALIDATION_ERROR_NAME, "\xe2\x80\xae" "Ерлан", "U+202E at position 1");
  assert_name_refused (KONKURS_VALIDATION_ERROR_SURNAME, "Ахме\xe2\x80\x8b" "тов", "U+200B at position 5");
  assert_name_refused (KONKURS_VALIDATION_ERROR_SURNAME, "Ð\xc2\x90Ñ\xc2\x85", "U+0090 at position 2");
  assert_name_refused (KONKURS_VALIDATION_ERROR_PATRONYMIC, "Али\tевич", "Patronymic: the character U+0009");
  assert_name_refused (KONKURS_VALIDATION_ERROR_NAME, "\xe2\x80\x8b\xe2\x80\x8c\xe2\x80\x8d",
                       "Name: consists of invisible characters only");
  assert_name_refused (KONKURS_VALIDATION_ERROR_NAME, "\xe3\x85\xa4\xe3\x85\xa4",  /* Hangul fillers */
                       "invisible characters only");
  assert_name_refused (KONKURS_VALIDATION_ERROR_PATRONYMIC, "\xef\xbb\xbf", "invisible characters only");
}

static void
test_combining_marks (void)
{
  g_autoptr(GString) tower = g_string_new ("Ахметов");

  /* ы has no composed form with any of these */
  assert_name_accepted (KONKURS_VALIDATION_ERROR_SURNAME, "Мы\xcc\x81\xcc\x82\xcc\x83");
  assert_name_refused (KONKURS_VALIDATION_ERROR_SURNAME, "Мы\xcc\x81\xcc\x82\xcc\x83\xcc\x84",
                       "Surname: the letter at position 2 carries more than 3 combining marks");
  for (int i = 0; i < 2000; i++)
    g_string_append (tower, "\xcc\x81");
  assert_name_refused (KONKURS_VALIDATION_ERROR_SURNAME, tower->str, "combining marks");
}

static void
test_length_and_encoding (void)
{
  g_autofree char *long_name = g_strnfill (101, 'a');
  g_autofree char *just_right = g_strnfill (100, 'a');

  assert_name_accepted (KONKURS_VALIDATION_ERROR_NAME, just_right);
  assert_name_refused (KONKURS_VALIDATION_ERROR_NAME, long_name, "101 characters are too many");
  assert_name_refused (KONKURS_VALIDATION_ERROR_NAME, "Er\xff" "lan", "not valid UTF-8");
}

/* Decomposed input is kept composed, by the model, whoever sets it. */
static void
test_normalised (void)
{
  g_autoptr(KonkursCandidate) candidate = konkurs_candidate_new ();
  g_autofree char *normal = konkurs_validation_normalize_name ("  Jo\xcc\x88rg \n");
  g_autofree char *none = konkurs_validation_normalize_name (NULL);

  g_assert_cmpstr (normal, ==, "Jörg");
  g_assert_cmpstr (none, ==, "");
  konkurs_candidate_set_surname (candidate, "Ә\xcc\x81" "білов");
  g_assert_cmpstr (konkurs_candidate_get_surname (candidate), ==, "Ә\xcc\x81" "білов");
  konkurs_candidate_set_name (candidate, "Zoe\xcc\x88");
  g_assert_cmpstr (konkurs_candidate_get_name (candidate), ==, "Zoë");
}

/* The store and the importer ask the candidate: the patronymic is
 * checked too. */
static void
test_candidate (void)
{
  g_autoptr(KonkursCandidate) candidate = konkurs_candidate_new ();
  g_autoptr(GError) error = NULL;
  char iin[KONKURS_IIN_LENGTH + 1];

  konkurs_test_make_iin (1990, 1, 2, KONKURS_SEX_MALE, 3, iin);
  konkurs_candidate_set_iin (candidate, iin);
  konkurs_candidate_set_surname (candidate, "Ахметов");
  konkurs_candidate_set_name (candidate, "Ерлан");
  konkurs_candidate_set_patronymic (candidate, "Сер\xe2\x80\xae" "геевич");
  g_assert_false (konkurs_candidate_validate (candidate, NULL, &error));
  g_assert_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_PATRONYMIC);
  g_clear_error (&error);

  konkurs_candidate_set_patronymic (candidate, "Сергеевич");
  konkurs_candidate_set_name (candidate, "\xe2\x80\x8b");
  g_assert_false (konkurs_candidate_validate (candidate, NULL, &error));
  g_assert_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_NAME);
}

/* The commission's names are printed under every protocol: the same
 * rules, in either language. */
static void
test_commission (void)
{
  g_autoptr(KonkursCommissionMember) plain =
    konkurs_commission_member_new (KONKURS_COMMISSION_CHAIR, "Серікбаев Нұрлан", NULL, NULL, NULL);
  g_autoptr(KonkursCommissionMember) reversed =
    konkurs_commission_member_new (KONKURS_COMMISSION_CHAIR, "Серікбаев Нұрлан", "\xe2\x80\xae" "Серикбаев",
                                   NULL, NULL);

  g_assert_null (konkurs_commission_member_check (plain));
  g_assert_nonnull (strstr (konkurs_commission_member_check (reversed), "invisible control"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/names/accepted", test_accepted);
  g_test_add_func ("/names/required", test_required);
  g_test_add_func ("/names/invisible", test_invisible);
  g_test_add_func ("/names/combining-marks", test_combining_marks);
  g_test_add_func ("/names/length-and-encoding", test_length_and_encoding);
  g_test_add_func ("/names/normalised", test_normalised);
  g_test_add_func ("/names/candidate", test_candidate);
  g_test_add_func ("/names/commission", test_commission);

  return g_test_run ();
}
