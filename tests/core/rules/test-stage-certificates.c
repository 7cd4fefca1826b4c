/* test-stage-certificates.c — which test a certificate stands for, what it
 * scores there, and a certified result without parts in the engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-stage-certificates.h"
#include "konkurs-validation.h"

static void
test_mapping (void)
{
  KonkursCertificateKind kind = 0;

  for (KonkursCertificateKind k = KONKURS_CERTIFICATE_LEGISLATION; k <= KONKURS_CERTIFICATE_PERSONAL_QUALITIES; k++)
    {
      g_assert_true (konkurs_certificate_kind_for_test (konkurs_certificate_kind_test_code (k), &kind));
      g_assert_cmpint (kind, ==, k);
    }
  g_assert_cmpstr (konkurs_certificate_kind_test_code (KONKURS_CERTIFICATE_PERSONAL_QUALITIES), ==,
                   "personal-qualities");
  g_assert_false (konkurs_certificate_kind_for_test ("text", NULL));
  g_assert_false (konkurs_certificate_kind_for_test (NULL, NULL));
  g_assert_null (konkurs_certificate_kind_test_code (0));

  g_assert_true (konkurs_test_source_is_certificate ("certificate: 0042"));
  g_assert_false (konkurs_test_source_is_certificate ("import: certificate: 0042.xml"));
  g_assert_false (konkurs_test_source_is_certificate ("entry"));
}

static void
test_score (void)
{
  g_autoptr(KonkursStageRule) rule = konkurs_stage_rule_new (KONKURS_STAGE_TESTING, KONKURS_TRACK_NON_LEADERSHIP, 2);
  KonkursTestRule *legislation = konkurs_stage_rule_add_test (rule, "legislation", 55, 30, FALSE);
  KonkursTestRule *language = konkurs_stage_rule_add_test (rule, "state-language", 1, 1, FALSE);
  int score = -1;

  /* a numeric result is taken as it is */
  g_assert_true (konkurs_certificate_test_score (legislation, KONKURS_CERTIFICATE_LEGISLATION, 41, 55,
                                                 KONKURS_LANGUAGE_LEVEL_NONE, KONKURS_LANGUAGE_LEVEL_NONE, &score));
  g_assert_cmpint (score, ==, 41);
  /* without one, only a state-language certificate counts: 1 of 1 at the level */
  score = -1;
  g_assert_false (konkurs_certificate_test_score (legislation, KONKURS_CERTIFICATE_LEGISLATION, 0, 0,
                                                  KONKURS_LANGUAGE_LEVEL_NONE, KONKURS_LANGUAGE_LEVEL_NONE, &score));
  g_assert_cmpint (score, ==, -1);
  g_assert_true (konkurs_certificate_test_score (language, KONKURS_CERTIFICATE_STATE_LANGUAGE, 0, 0,
                                                 KONKURS_LANGUAGE_LEVEL_A2, KONKURS_LANGUAGE_LEVEL_NONE, &score));
  g_assert_cmpint (score, ==, 1);
  g_assert_false (konkurs_certificate_test_score (language, KONKURS_CERTIFICATE_STATE_LANGUAGE, 0, 0,
                                                  KONKURS_LANGUAGE_LEVEL_A2, KONKURS_LANGUAGE_LEVEL_B1, &score));
  g_assert_true (konkurs_certificate_test_score (language, KONKURS_CERTIFICATE_STATE_LANGUAGE, 0, 0,
                                                 KONKURS_LANGUAGE_LEVEL_B1, KONKURS_LANGUAGE_LEVEL_B1, &score));
}

/* A legislation result without its parts: refused when typed, met every
 * part's minimum when certified. */
static void
test_certified_parts (void)
{
  g_autoptr(KonkursStageRule) rule = konkurs_stage_rule_new (KONKURS_STAGE_TESTING, KONKURS_TRACK_NON_LEADERSHIP, 2);
  KonkursTestRule *legislation = konkurs_stage_rule_add_test (rule, "legislation", 30, 20, FALSE);
  KonkursTestScore typed = { "legislation", TRUE, 25, NULL, NULL, 0, FALSE };
  KonkursTestScore certified = { "legislation", TRUE, 25, NULL, NULL, 0, TRUE };
  KonkursStageEntry entry = { 0, };
  g_autoptr(GError) error = NULL;

  konkurs_test_rule_add_part (legislation, "constitution", 15, 5);
  konkurs_test_rule_add_part (legislation, "ethics-code", 15, 5);
  g_assert_false (konkurs_stage_rule_score_tests (rule, &typed, 1, &entry, &error));
  g_assert_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_TEST_PART);
  g_assert_true (konkurs_stage_rule_score_tests (rule, &certified, 1, &entry, NULL));
  g_assert_true (entry.has_result);
  g_assert_cmpint (entry.failure, ==, KONKURS_STAGE_REASON_NONE);
  /* its pass mark still holds */
  certified.score = 19;
  g_assert_true (konkurs_stage_rule_score_tests (rule, &certified, 1, &entry, NULL));
  g_assert_cmpint (entry.failure, ==, KONKURS_STAGE_REASON_TEST_FAILED);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/stage-certificates/mapping", test_mapping);
  g_test_add_func ("/stage-certificates/score", test_score);
  g_test_add_func ("/stage-certificates/certified-parts", test_certified_parts);
  return g_test_run ();
}
