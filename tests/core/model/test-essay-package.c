/* test-essay-package.c — the package and the results: essays by code,
 * points kept in order, comments, what counts as graded, and the
 * signature over the package's order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "konkurs-essay-package.h"
#include "konkurs-essay-signature.h"

static KonkursEssayPackage *
make_package (void)
{
  KonkursEssayPackage *package = konkurs_essay_package_new ();
  g_autoptr (KonkursLocalText) argument = konkurs_local_text_new ("Дәлелдер", "Аргументация");
  g_autoptr (KonkursLocalText) style = konkurs_local_text_new ("Стиль", "Стиль");
  g_autoptr (KonkursEssayCriterion) first = konkurs_essay_criterion_new ("argument", argument, NULL, 0, 2);
  g_autoptr (KonkursEssayCriterion) second = konkurs_essay_criterion_new ("style", style, NULL, 0, 3);

  package->package_id = g_strdup ("3f2c9a1e-7b7d-4c1e-9a51-0d6f1f3e2a10");
  package->secret = g_strdup ("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
  package->expert_id = 17;
  package->expert_name = g_strdup ("Айгүл Серікқызы Омарова");
  package->issued_at = g_strdup ("2026-12-03T10:00:00Z");
  konkurs_local_text_set (package->competition, KONKURS_DOC_LANGUAGE_RU, "Президентский молодёжный кадровый резерв");
  package->rule = konkurs_essay_rule_new (KONKURS_TRACK_YOUTH_RESERVE);
  konkurs_essay_rule_add_criterion (package->rule, first);
  konkurs_essay_rule_add_criterion (package->rule, second);
  konkurs_essay_package_add_essay (package, "YR-2026-0042", "Мемлекеттік қызмет", "Мәтін…", "kk", 240, 41);
  konkurs_essay_package_add_essay (package, "YR-2026-0107", "Цифровизация", "Текст…", "ru", 198, 37);
  return package;
}

static void
test_package (void)
{
  g_autoptr (KonkursEssayPackage) package = make_package ();
  g_autoptr (KonkursEssayPackage) copy = konkurs_essay_package_copy (package);
  const KonkursPackageEssay *essay;

  g_assert_cmpuint (copy->essays->len, ==, 2);
  essay = konkurs_essay_package_find_essay (copy, "YR-2026-0107");
  g_assert_nonnull (essay);
  g_assert_cmpstr (essay->language, ==, "ru");
  g_assert_cmpint (essay->word_count, ==, 198);
  g_assert_cmpint (essay->minutes, ==, 37);
  g_assert_cmpstr (essay->topic, ==, "Цифровизация");
  g_assert_null (konkurs_essay_package_find_essay (copy, "YR-2026-0001"));
  g_assert_null (konkurs_essay_package_find_essay (copy, NULL));
  g_assert_cmpstr (copy->secret, ==, package->secret);
  g_assert_cmpstr (copy->expert_name, ==, package->expert_name);
  g_assert_cmpint (copy->expert_id, ==, 17);
  g_assert_true (konkurs_local_text_equal (copy->competition, package->competition));
  g_assert_cmpuint (copy->rule->criteria->len, ==, 2);
  g_assert_true (copy->rule != package->rule);

  /* a package as read, before the store or a file fills it */
  {
    g_autoptr (KonkursEssayPackage) empty = konkurs_essay_package_new ();
    g_autoptr (KonkursEssayPackage) empty_copy = konkurs_essay_package_copy (empty);

    g_assert_null (empty_copy->rule);
    g_assert_cmpuint (empty_copy->essays->len, ==, 0);
    g_assert_nonnull (empty_copy->competition);
  }
}

static void
test_points_and_comments (void)
{
  g_autoptr (KonkursEssayPackage) package = make_package ();
  g_autoptr (KonkursEssayResults) results = konkurs_essay_results_new (package);
  g_autoptr (KonkursEssayResults) copy = NULL;

  g_assert_cmpstr (results->package_id, ==, package->package_id);
  g_assert_cmpint (results->expert_id, ==, 17);
  g_assert_null (results->signature);
  g_assert_cmpint (konkurs_essay_results_get_points (results, "YR-2026-0042", "argument"), ==, -1);
  g_assert_cmpuint (konkurs_essay_results_count_graded (results, package), ==, 0);

  konkurs_essay_results_set_points (results, "YR-2026-0107", "style", 3);
  konkurs_essay_results_set_points (results, "YR-2026-0042", "argument", 1);
  konkurs_essay_results_set_points (results, "YR-2026-0107", "argument", 0);
  g_assert_cmpuint (konkurs_essay_results_count_graded (results, package), ==, 1);
  /* a second value replaces the first in its place */
  konkurs_essay_results_set_points (results, "YR-2026-0107", "style", 2);
  g_assert_cmpuint (results->scores->len, ==, 3);
  g_assert_cmpstr (((KonkursPackageScore *) g_ptr_array_index (results->scores, 0))->criterion, ==, "style");
  g_assert_cmpint (((KonkursPackageScore *) g_ptr_array_index (results->scores, 0))->points, ==, 2);
  /* -1 removes */
  konkurs_essay_results_set_points (results, "YR-2026-0107", "argument", -1);
  g_assert_cmpuint (results->scores->len, ==, 2);
  g_assert_cmpuint (konkurs_essay_results_count_graded (results, package), ==, 0);
  konkurs_essay_results_set_points (results, "YR-2026-0107", "argument", -1);
  g_assert_cmpuint (results->scores->len, ==, 2);

  konkurs_essay_results_set_comment (results, "YR-2026-0042", "Дәлелдері әлсіз");
  konkurs_essay_results_set_comment (results, "YR-2026-0107", "   ");
  g_assert_cmpstr (konkurs_essay_results_get_comment (results, "YR-2026-0042"), ==, "Дәлелдері әлсіз");
  g_assert_null (konkurs_essay_results_get_comment (results, "YR-2026-0107"));
  g_assert_cmpuint (results->comments->len, ==, 1);
  konkurs_essay_results_set_comment (results, "YR-2026-0042", "Жақсы");
  g_assert_cmpstr (konkurs_essay_results_get_comment (results, "YR-2026-0042"), ==, "Жақсы");

  copy = konkurs_essay_results_copy (results);
  konkurs_essay_results_set_comment (results, "YR-2026-0042", NULL);
  g_assert_null (konkurs_essay_results_get_comment (results, "YR-2026-0042"));
  g_assert_cmpstr (konkurs_essay_results_get_comment (copy, "YR-2026-0042"), ==, "Жақсы");
  g_assert_cmpint (konkurs_essay_results_get_points (copy, "YR-2026-0107", "style"), ==, 2);
  g_assert_cmpuint (copy->scores->len, ==, 2);
}

static void
test_sign_and_verify (void)
{
  g_autoptr (KonkursEssayPackage) package = make_package ();
  g_autoptr (KonkursEssayResults) results = konkurs_essay_results_new (package);
  g_autoptr (KonkursEssayResults) copy = NULL;
  KonkursPackageScore *first;

  /* typed in any order */
  konkurs_essay_results_set_points (results, "YR-2026-0107", "style", 3);
  konkurs_essay_results_set_points (results, "YR-2026-0042", "style", 1);
  konkurs_essay_results_set_points (results, "YR-2026-0107", "argument", 0);
  konkurs_essay_results_set_points (results, "YR-2026-0042", "argument", 2);
  g_assert_false (konkurs_essay_results_verify (results, package->secret));
  konkurs_essay_results_sign (results, package);

  /* signed in the package's order of essays, then the rule's criteria:
   * the same lines test-essay-signature computed with Python's hmac
   * (there with 10 for the last style, here 3) */
  g_assert_cmpstr (((KonkursPackageScore *) g_ptr_array_index (results->scores, 0))->code, ==, "YR-2026-0042");
  g_assert_cmpstr (((KonkursPackageScore *) g_ptr_array_index (results->scores, 0))->criterion, ==, "argument");
  g_assert_cmpstr (((KonkursPackageScore *) g_ptr_array_index (results->scores, 1))->criterion, ==, "style");
  g_assert_cmpstr (((KonkursPackageScore *) g_ptr_array_index (results->scores, 2))->code, ==, "YR-2026-0107");
  g_assert_cmpstr (((KonkursPackageScore *) g_ptr_array_index (results->scores, 3))->criterion, ==, "style");
  g_assert_cmpuint (strlen (results->signature), ==, 64);
  g_assert_true (konkurs_essay_results_verify (results, package->secret));
  konkurs_essay_results_set_points (results, "YR-2026-0107", "style", 10);
  g_assert_false (konkurs_essay_results_verify (results, package->secret));
  konkurs_essay_results_sign (results, package);
  g_assert_cmpstr (results->signature, ==, "143148a3ef8b7a3b36a764884657fb7b1f45ef681bedaa5b1ca17eba13bcb31b");

  copy = konkurs_essay_results_copy (results);
  g_assert_true (konkurs_essay_results_verify (copy, package->secret));
  g_assert_false (konkurs_essay_results_verify (copy, "ff" "112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"));
  g_assert_false (konkurs_essay_results_verify (copy, NULL));
  /* a changed point, a changed code: refused */
  first = g_ptr_array_index (copy->scores, 0);
  first->points = 1;
  g_assert_false (konkurs_essay_results_verify (copy, package->secret));
  first->points = 2;
  g_assert_true (konkurs_essay_results_verify (copy, package->secret));
  g_free (first->code);
  first->code = g_strdup ("YR-2026-0043");
  g_assert_false (konkurs_essay_results_verify (copy, package->secret));
  /* a foreign package id */
  g_free (results->package_id);
  results->package_id = g_strdup ("another");
  g_assert_false (konkurs_essay_results_verify (results, package->secret));
  /* no signature */
  g_clear_pointer (&results->signature, g_free);
  g_assert_false (konkurs_essay_results_verify (results, package->secret));
}

static void
test_sign_unknown_last (void)
{
  g_autoptr (KonkursEssayPackage) package = make_package ();
  g_autoptr (KonkursEssayResults) results = konkurs_essay_results_new (package);

  konkurs_essay_results_set_points (results, "STRANGER", "argument", 1);
  konkurs_essay_results_set_points (results, "YR-2026-0042", "elegance", 1);
  konkurs_essay_results_set_points (results, "YR-2026-0042", "argument", 1);
  konkurs_essay_results_sign (results, package);
  g_assert_cmpstr (((KonkursPackageScore *) g_ptr_array_index (results->scores, 0))->criterion, ==, "argument");
  g_assert_cmpstr (((KonkursPackageScore *) g_ptr_array_index (results->scores, 1))->criterion, ==, "elegance");
  g_assert_cmpstr (((KonkursPackageScore *) g_ptr_array_index (results->scores, 2))->code, ==, "STRANGER");
  g_assert_true (konkurs_essay_results_verify (results, package->secret));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/essay-package/package", test_package);
  g_test_add_func ("/essay-package/points-and-comments", test_points_and_comments);
  g_test_add_func ("/essay-package/sign-and-verify", test_sign_and_verify);
  g_test_add_func ("/essay-package/sign-unknown-last", test_sign_unknown_last);
  return g_test_run ();
}
