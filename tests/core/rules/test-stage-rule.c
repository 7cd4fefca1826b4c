/* test-stage-rule.c — the cut-off engine at its boundaries, the scoring of
 * tests with their parts, the means in centi-points and the reasons as
 * printed in Kazakh, Russian and the interface language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "konkurs-catalog.h"
#include "konkurs-stage-rule.h"
#include "konkurs-validation.h"

static KonkursStageEntry
entry (gint64 id, gint64 group, int points)
{
  return (KonkursStageEntry) { .application_id = id, .group = group, .has_result = TRUE,
                               .score = (gint64) points * 100 };
}

static const KonkursStageDecision *
decision (GPtrArray *decisions, guint i)
{
  return g_ptr_array_index (decisions, i);
}

static void
assert_decision (GPtrArray *decisions, guint i, KonkursStageOutcome outcome, KonkursStageReason reason)
{
  g_test_message ("decision %u", i);
  g_assert_cmpint (decision (decisions, i)->outcome, ==, outcome);
  g_assert_cmpint (decision (decisions, i)->reason, ==, reason);
}

static void
test_codes (void)
{
  KonkursStageKind kind;
  KonkursTrack track;
  KonkursStageReason reason;

  for (kind = KONKURS_STAGE_DOCUMENTS; kind <= KONKURS_STAGE_KIND_LAST; kind++)
    {
      KonkursStageKind back = 0;

      g_assert_true (konkurs_stage_kind_from_code (konkurs_stage_kind_to_code (kind), &back));
      g_assert_cmpint (back, ==, kind);
      g_assert_nonnull (konkurs_stage_kind_get_label (kind));
    }
  g_assert_cmpstr (konkurs_stage_kind_to_code (KONKURS_STAGE_PRACTICAL_TASK), ==, "practical-task");
  g_assert_false (konkurs_stage_kind_from_code ("exam", &kind));
  g_assert_null (konkurs_stage_kind_to_code (0));
  g_assert_true (konkurs_track_from_code ("youth-reserve", &track));
  g_assert_cmpint (track, ==, KONKURS_TRACK_YOUTH_RESERVE);
  g_assert_false (konkurs_track_from_code (NULL, &track));
  g_assert_true (konkurs_stage_reason_from_code ("tied-at-cutoff", &reason));
  g_assert_cmpint (reason, ==, KONKURS_STAGE_REASON_TIED_AT_CUTOFF);
}

/* Threshold 30: 30 goes on, 29 stays out; with no limit of places every
 * one who met it passes. */
static void
test_threshold (void)
{
  g_autoptr(KonkursStageRule) rule = konkurs_stage_rule_new (KONKURS_STAGE_TESTING, KONKURS_TRACK_NON_LEADERSHIP, 2);
  KonkursStageEntry entries[] = { entry (1, 7, 30), entry (2, 7, 29), entry (3, 7, 55) };
  g_autoptr(GPtrArray) decisions = NULL;

  rule->threshold = 30;
  rule->max_score = 55;
  decisions = konkurs_stage_rule_decide (rule, entries, G_N_ELEMENTS (entries));
  assert_decision (decisions, 0, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_PASSED);
  assert_decision (decisions, 1, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_BELOW_THRESHOLD);
  assert_decision (decisions, 2, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_PASSED);
  g_assert_cmpint (decision (decisions, 1)->detail_mark, ==, 30);
  g_assert_cmpint (decision (decisions, 0)->n_ranked, ==, 2);
}

/* Everyone below the threshold: nobody is ranked, nobody goes on. */
static void
test_all_below (void)
{
  g_autoptr(KonkursStageRule) rule = konkurs_stage_rule_new (KONKURS_STAGE_TESTING, KONKURS_TRACK_LEADERSHIP, 2);
  KonkursStageEntry entries[] = { entry (1, 1, 10), entry (2, 1, 29) };
  g_autoptr(GPtrArray) decisions = NULL;

  rule->threshold = 30;
  rule->admit_top = 5;
  decisions = konkurs_stage_rule_decide (rule, entries, G_N_ELEMENTS (entries));
  for (guint i = 0; i < decisions->len; i++)
    {
      assert_decision (decisions, i, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_BELOW_THRESHOLD);
      g_assert_cmpint (decision (decisions, i)->rank, ==, 0);
      g_assert_cmpint (decision (decisions, i)->n_ranked, ==, 0);
    }
}

/* Three places, scores 90 80 70 70 60: the two tied at the cut-off both
 * go on (ties go on), or both stay out when the rule says so. */
static void
test_tie_across_cutoff (void)
{
  g_autoptr(KonkursStageRule) rule = konkurs_stage_rule_new (KONKURS_STAGE_TESTING, KONKURS_TRACK_LEADERSHIP, 2);
  KonkursStageEntry entries[] = { entry (1, 1, 70), entry (2, 1, 90), entry (3, 1, 60), entry (4, 1, 80),
                                  entry (5, 1, 70) };
  g_autoptr(GPtrArray) decisions = NULL;

  rule->admit_top = 3;
  decisions = konkurs_stage_rule_decide (rule, entries, G_N_ELEMENTS (entries));
  assert_decision (decisions, 1, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES);
  assert_decision (decisions, 3, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES);
  assert_decision (decisions, 0, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_TIED_AT_CUTOFF);
  assert_decision (decisions, 4, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_TIED_AT_CUTOFF);
  assert_decision (decisions, 2, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_BEYOND_PLACES);
  g_assert_cmpint (decision (decisions, 0)->rank, ==, 3);
  g_assert_cmpint (decision (decisions, 4)->rank, ==, 3);
  g_assert_cmpint (decision (decisions, 2)->rank, ==, 5);
  g_assert_cmpint (decision (decisions, 2)->places, ==, 3);
  g_clear_pointer (&decisions, g_ptr_array_unref);

  rule->ties_go_on = FALSE;
  decisions = konkurs_stage_rule_decide (rule, entries, G_N_ELEMENTS (entries));
  assert_decision (decisions, 1, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES);
  assert_decision (decisions, 3, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES);
  assert_decision (decisions, 0, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_TIED_OUT);
  assert_decision (decisions, 4, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_TIED_OUT);
  g_clear_pointer (&decisions, g_ptr_array_unref);

  /* a tie inside the places is no tie at the cut-off */
  rule->admit_top = 4;
  decisions = konkurs_stage_rule_decide (rule, entries, G_N_ELEMENTS (entries));
  assert_decision (decisions, 0, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES);
  assert_decision (decisions, 4, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES);
  assert_decision (decisions, 2, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_BEYOND_PLACES);
}

/* Groups are apart: one vacancy's cut-off does not touch another's. */
static void
test_groups (void)
{
  g_autoptr(KonkursStageRule) rule = konkurs_stage_rule_new (KONKURS_STAGE_PRACTICAL_TASK,
                                                             KONKURS_TRACK_NON_LEADERSHIP, 3);
  KonkursStageEntry entries[] = { entry (1, 1, 5), entry (2, 2, 1), entry (3, 1, 4) };
  g_autoptr(GPtrArray) decisions = NULL;

  rule->admit_top = 1;
  rule->sole_goes_on = FALSE;
  decisions = konkurs_stage_rule_decide (rule, entries, G_N_ELEMENTS (entries));
  assert_decision (decisions, 0, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES);
  assert_decision (decisions, 1, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES);
  assert_decision (decisions, 2, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_BEYOND_PLACES);
}

/* 50 % of 7 is 4 places (rounded up); with top 3 as well, the smaller. */
static void
test_share (void)
{
  g_autoptr(KonkursStageRule) rule = konkurs_stage_rule_new (KONKURS_STAGE_TESTING, KONKURS_TRACK_YOUTH_RESERVE, 2);
  KonkursStageEntry entries[7];
  g_autoptr(GPtrArray) decisions = NULL;
  guint going_on = 0;

  for (guint i = 0; i < G_N_ELEMENTS (entries); i++)
    entries[i] = entry (i + 1, 0, 40 - (int) i);
  rule->admit_share = 50;
  decisions = konkurs_stage_rule_decide (rule, entries, G_N_ELEMENTS (entries));
  for (guint i = 0; i < decisions->len; i++)
    going_on += decision (decisions, i)->outcome == KONKURS_STAGE_OUTCOME_GOES_ON;
  g_assert_cmpuint (going_on, ==, 4);
  g_assert_cmpint (decision (decisions, 0)->places, ==, 4);
  assert_decision (decisions, 4, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_BEYOND_PLACES);
  g_clear_pointer (&decisions, g_ptr_array_unref);

  rule->admit_top = 3;
  decisions = konkurs_stage_rule_decide (rule, entries, G_N_ELEMENTS (entries));
  g_assert_cmpint (decision (decisions, 0)->places, ==, 3);
  assert_decision (decisions, 2, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES);
  assert_decision (decisions, 3, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_BEYOND_PLACES);
  g_clear_pointer (&decisions, g_ptr_array_unref);

  rule->admit_top = 5;
  decisions = konkurs_stage_rule_decide (rule, entries, G_N_ELEMENTS (entries));
  g_assert_cmpint (decision (decisions, 0)->places, ==, 4);
}

/* A sole applicant who met every mark goes on; one below the threshold
 * does not. */
static void
test_sole (void)
{
  g_autoptr(KonkursStageRule) rule = konkurs_stage_rule_new (KONKURS_STAGE_TESTING, KONKURS_TRACK_LEADERSHIP, 2);
  KonkursStageEntry alone[] = { entry (1, 3, 40) };
  KonkursStageEntry low[] = { entry (1, 3, 20) };
  g_autoptr(GPtrArray) decisions = NULL;

  rule->admit_top = 5;
  rule->threshold = 30;
  decisions = konkurs_stage_rule_decide (rule, alone, 1);
  assert_decision (decisions, 0, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_SOLE_APPLICANT);
  g_clear_pointer (&decisions, g_ptr_array_unref);
  decisions = konkurs_stage_rule_decide (rule, low, 1);
  assert_decision (decisions, 0, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_BELOW_THRESHOLD);
}

/* No result: pending, and not counted among those ranked. */
static void
test_pending (void)
{
  g_autoptr(KonkursStageRule) rule = konkurs_stage_rule_new (KONKURS_STAGE_TESTING, KONKURS_TRACK_LEADERSHIP, 2);
  KonkursStageEntry entries[] = { entry (1, 1, 50), { .application_id = 2, .group = 1 }, entry (3, 1, 40) };
  g_autoptr(GPtrArray) decisions = NULL;

  rule->admit_top = 1;
  decisions = konkurs_stage_rule_decide (rule, entries, G_N_ELEMENTS (entries));
  assert_decision (decisions, 1, KONKURS_STAGE_OUTCOME_PENDING, KONKURS_STAGE_REASON_NO_RESULT);
  assert_decision (decisions, 0, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES);
  g_assert_cmpint (decision (decisions, 0)->n_ranked, ==, 2);
}

static KonkursStageRule *
civil_testing (void)
{
  KonkursStageRule *rule = konkurs_stage_rule_new (KONKURS_STAGE_TESTING, KONKURS_TRACK_LEADERSHIP, 2);
  KonkursTestRule *legislation;

  rule->score = KONKURS_STAGE_SCORE_TESTS;
  rule->admit_top = 5;
  legislation = konkurs_stage_rule_add_test (rule, "legislation", 55, 30, FALSE);
  konkurs_test_rule_add_part (legislation, "constitution", 15, 5);
  konkurs_test_rule_add_part (legislation, "civil-service-law", 15, 5);
  konkurs_test_rule_add_part (legislation, "anti-corruption-law", 15, 5);
  konkurs_test_rule_add_part (legislation, "ethics-code", 10, 5);
  konkurs_stage_rule_add_test (rule, "personal-qualities", 100, 0, TRUE);
  return rule;
}

static const char * const act_codes[] = { "constitution", "civil-service-law", "anti-corruption-law", "ethics-code" };

static gboolean
score_legislation (const KonkursStageRule *rule, int total, const int *acts, int qualities,
                   KonkursStageEntry *out, GError **error)
{
  KonkursTestScore scores[] = {
    { "legislation", TRUE, total, act_codes, acts, 4 },
    { "personal-qualities", TRUE, qualities, NULL, NULL, 0 },
  };

  return konkurs_stage_rule_score_tests (rule, scores, G_N_ELEMENTS (scores), out, error);
}

/* 31 of 55 overall but 4 in one act: stays out ("part-failed"); the pass
 * mark met exactly (30) passes, 29 fails. */
static void
test_legislation (void)
{
  g_autoptr(KonkursStageRule) rule = civil_testing ();
  g_autoptr(GError) error = NULL;
  KonkursStageEntry e = { .application_id = 1 };
  g_autoptr(GPtrArray) decisions = NULL;
  const int weak_act[] = { 4, 10, 10, 7 };
  const int exact[] = { 8, 8, 8, 6 };
  const int below[] = { 8, 8, 8, 5 };

  g_assert_null (konkurs_stage_rule_check (rule));
  g_assert_true (score_legislation (rule, 31, weak_act, 70, &e, &error));
  g_assert_no_error (error);
  g_assert_true (e.has_result);
  g_assert_cmpint (e.score, ==, 7000);   /* only the personal qualities rank */
  g_assert_cmpint (e.failure, ==, KONKURS_STAGE_REASON_PART_FAILED);
  g_assert_cmpstr (e.failed_code, ==, "constitution");
  g_assert_cmpint (e.failed_score, ==, 4);
  g_assert_cmpint (e.failed_mark, ==, 5);
  decisions = konkurs_stage_rule_decide (rule, &e, 1);
  assert_decision (decisions, 0, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_PART_FAILED);
  g_assert_cmpstr (decision (decisions, 0)->detail, ==, "constitution");
  g_clear_pointer (&decisions, g_ptr_array_unref);

  g_assert_true (score_legislation (rule, 30, exact, 60, &e, &error));
  g_assert_cmpint (e.failure, ==, KONKURS_STAGE_REASON_NONE);

  g_assert_true (score_legislation (rule, 29, below, 60, &e, &error));
  g_assert_cmpint (e.failure, ==, KONKURS_STAGE_REASON_TEST_FAILED);
  g_assert_cmpstr (e.failed_code, ==, "legislation");
  g_assert_cmpint (e.failed_score, ==, 29);
  g_assert_cmpint (e.failed_mark, ==, 30);
  g_assert_cmpint (e.failed_max, ==, 55);
}

/* Scores out of range, unknown tests or parts, parts that do not add up:
 * refused, naming the test and the part. */
static void
test_invalid_scores (void)
{
  g_autoptr(KonkursStageRule) rule = civil_testing ();
  g_autoptr(GError) error = NULL;
  KonkursStageEntry e = { 0 };
  const int not_adding[] = { 8, 8, 8, 6 };
  const int too_high[] = { 16, 8, 8, 0 };
  const char *unknown_codes[] = { "geography" };
  const int one[] = { 5 };
  KonkursTestScore unknown_part = { "legislation", TRUE, 5, unknown_codes, one, 1 };
  KonkursTestScore unknown_test = { "chess", TRUE, 5, NULL, NULL, 0 };
  KonkursTestScore no_parts = { "legislation", TRUE, 40, NULL, NULL, 0 };
  KonkursTestScore above = { "personal-qualities", TRUE, 101, NULL, NULL, 0 };
  KonkursTestScore half = { "personal-qualities", TRUE, 50, NULL, NULL, 0 };

  g_assert_false (score_legislation (rule, 31, not_adding, 50, &e, &error));
  g_assert_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_TEST_PART);
  g_assert_nonnull (strstr (error->message, "30"));
  g_clear_error (&error);
  g_assert_false (score_legislation (rule, 32, too_high, 50, &e, &error));
  g_assert_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_TEST_PART);
  g_assert_nonnull (strstr (error->message, "Constitution"));
  g_clear_error (&error);
  g_assert_false (konkurs_stage_rule_score_tests (rule, &unknown_part, 1, &e, &error));
  g_assert_nonnull (strstr (error->message, "geography"));
  g_clear_error (&error);
  g_assert_false (konkurs_stage_rule_score_tests (rule, &unknown_test, 1, &e, &error));
  g_assert_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_TEST_SCORE);
  g_assert_nonnull (strstr (error->message, "chess"));
  g_clear_error (&error);
  g_assert_false (konkurs_stage_rule_score_tests (rule, &no_parts, 1, &e, &error));
  g_assert_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_TEST_PART);
  g_clear_error (&error);
  g_assert_false (konkurs_stage_rule_score_tests (rule, &above, 1, &e, &error));
  g_assert_error (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_TEST_SCORE);
  g_assert_nonnull (strstr (error->message, "101"));
  g_clear_error (&error);

  /* one test of two: no result yet, and absent is no result either */
  g_assert_true (konkurs_stage_rule_score_tests (rule, &half, 1, &e, &error));
  g_assert_false (e.has_result);
  g_assert_true (konkurs_stage_rule_score_tests (rule, &(KonkursTestScore) { "legislation", FALSE, 0, NULL,
                                                                             NULL, 0 }, 1, &e, &error));
  g_assert_no_error (error);
  g_assert_false (e.has_result);
}

/* Parts whose maxima do not add up, a threshold above the maximum, a share
 * above 100: rules a rule set cannot keep. */
static void
test_check (void)
{
  g_autoptr(KonkursStageRule) rule = civil_testing ();
  g_autoptr(KonkursStageRule) copy = NULL;
  KonkursTestRule *legislation = (KonkursTestRule *) konkurs_stage_rule_find_test (rule, "legislation");

  copy = konkurs_stage_rule_copy (rule);
  g_assert_null (konkurs_stage_rule_check (copy));
  g_assert_cmpuint (((KonkursTestRule *) konkurs_stage_rule_find_test (copy, "legislation"))->parts->len, ==, 4);
  ((KonkursTestPartRule *) g_ptr_array_index (legislation->parts, 3))->max_score = 11;
  g_assert_nonnull (konkurs_stage_rule_check (rule));
  ((KonkursTestPartRule *) g_ptr_array_index (legislation->parts, 3))->max_score = 10;
  rule->max_score = 5;
  rule->threshold = 6;
  g_assert_nonnull (konkurs_stage_rule_check (rule));
  rule->threshold = 5;
  g_assert_null (konkurs_stage_rule_check (rule));
  rule->admit_share = 101;
  g_assert_nonnull (konkurs_stage_rule_check (rule));
  rule->admit_share = 50;
  rule->score = KONKURS_STAGE_SCORE_ASSESSMENT_CENTRE;
  rule->weight_a = 70;
  rule->weight_b = 20;
  g_assert_nonnull (konkurs_stage_rule_check (rule));
  rule->weight_b = 30;
  g_assert_null (konkurs_stage_rule_check (rule));
}

/* Means in centi-points, rounded half up: 4, 5, 4 → 4.33; 4, 5 → 4.5;
 * 1, 2, 2 → 1.67; the assessment centre 70 % / 30 %. */
static void
test_means (void)
{
  g_autoptr(KonkursStageRule) rule = konkurs_stage_rule_new (KONKURS_STAGE_ASSESSMENT_CENTRE,
                                                             KONKURS_TRACK_YOUTH_RESERVE, 4);
  const int a[] = { 4, 5, 4 }, b[] = { 4, 5 }, c[] = { 1, 2, 2 }, d[] = { 3, 4, 4, 5, 4, 3 };
  const int e[] = { 4, 4, 4, 4, 4, 4, 4, 5 };

  g_assert_cmpint (konkurs_stage_mean_centi (a, 3), ==, 433);
  g_assert_cmpint (konkurs_stage_mean_centi (b, 2), ==, 450);
  g_assert_cmpint (konkurs_stage_mean_centi (c, 3), ==, 167);
  /* 33 / 8 = 4.125: half a hundredth goes up */
  g_assert_cmpint (konkurs_stage_mean_centi (e, 8), ==, 413);
  g_assert_cmpint (konkurs_stage_mean_centi (NULL, 0), ==, 0);
  rule->weight_a = 70;
  rule->weight_b = 30;
  /* 0.7 × 23/6 + 0.3 × 5 = 2.6833… + 1.5 = 4.1833… → 4.18 */
  g_assert_cmpint (konkurs_stage_rule_assessment_score (rule, d, 6, 5), ==, 418);
  /* 0.7 × 13/3 + 0.3 × 4 = 3.0333… + 1.2 → 4.23 */
  g_assert_cmpint (konkurs_stage_rule_assessment_score (rule, a, 3, 4), ==, 423);
}

static void
test_format (void)
{
  g_autofree char *whole = konkurs_stage_format_score (2900, NULL);
  g_autofree char *fraction = konkurs_stage_format_score (433, NULL);
  g_autofree char *small = konkurs_stage_format_score (405, NULL);

  g_assert_cmpstr (whole, ==, "29");
  g_assert_cmpstr (fraction, ==, "4.33");
  g_assert_cmpstr (small, ==, "4.05");
}

static KonkursCatalog *
catalog (KonkursDocLanguage language)
{
  g_autoptr(GError) error = NULL;
  KonkursCatalog *result = konkurs_catalog_new (language, &error);

  g_assert_no_error (error);
  return result;
}

/* The reasons as the list prints them, in each language. */
static void
test_describe (void)
{
  g_autoptr(KonkursCatalog) kk = catalog (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr(KonkursCatalog) ru = catalog (KONKURS_DOC_LANGUAGE_RU);
  KonkursStageDecision below = { .reason = KONKURS_STAGE_REASON_BELOW_THRESHOLD, .score = 2900, .detail_mark = 30 };
  KonkursStageDecision beyond = { .reason = KONKURS_STAGE_REASON_BEYOND_PLACES, .rank = 7, .places = 5 };
  KonkursStageDecision tied = { .reason = KONKURS_STAGE_REASON_TIED_AT_CUTOFF };
  KonkursStageDecision part = { .reason = KONKURS_STAGE_REASON_PART_FAILED, .detail = (char *) "constitution",
                                .detail_score = 4, .detail_mark = 5, .detail_max = 15 };
  KonkursStageDecision test = { .reason = KONKURS_STAGE_REASON_TEST_FAILED, .detail = (char *) "legislation",
                                .detail_score = 29, .detail_mark = 30, .detail_max = 55 };
  KonkursStageDecision mean = { .reason = KONKURS_STAGE_REASON_BELOW_THRESHOLD, .score = 433, .detail_mark = 5 };
  KonkursStageDecision language = { .reason = KONKURS_STAGE_REASON_TEST_FAILED, .detail = (char *) "state-language",
                                    .detail_score = 0, .detail_mark = 1, .detail_max = 1 };
  struct {
    const KonkursStageDecision *decision;
    KonkursCatalog *catalog;
    const char *expected;
  } cases[] = {
    { &below, NULL, "below threshold 29/30" },
    { &beyond, NULL, "rank 7 of 5 places" },
    { &tied, NULL, "tied at the cut-off: goes on" },
    { &part, NULL, "Constitution: 4 of 15, minimum 5" },
    { &test, NULL, "Knowledge of legislation: 29 of 55, pass mark 30" },
    { &language, NULL, "State language: not passed" },
    { &language, ru, "Государственный язык: не сдан" },
    { &below, kk, "шекті балдан төмен 29/30" },
    { &beyond, kk, "5 орынның 7-орны" },
    { &tied, kk, "шекте тең балл: келесі кезеңге өтеді" },
    { &part, kk, "Конституция: 4/15, ең азы 5" },
    { &mean, kk, "шекті балдан төмен 4,33/5" },
    { &below, ru, "ниже порога 29/30" },
    { &beyond, ru, "7-е место из 5 мест" },
    { &tied, ru, "равный балл на границе отбора: проходит дальше" },
    { &test, ru, "Знание законодательства: 29 из 55, проходной балл 30" },
    { &mean, ru, "ниже порога 4,33/5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = konkurs_stage_decision_describe (cases[i].decision, cases[i].catalog);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stage-rule/codes", test_codes);
  g_test_add_func ("/stage-rule/threshold", test_threshold);
  g_test_add_func ("/stage-rule/all-below", test_all_below);
  g_test_add_func ("/stage-rule/tie-across-cutoff", test_tie_across_cutoff);
  g_test_add_func ("/stage-rule/groups", test_groups);
  g_test_add_func ("/stage-rule/share", test_share);
  g_test_add_func ("/stage-rule/sole", test_sole);
  g_test_add_func ("/stage-rule/pending", test_pending);
  g_test_add_func ("/stage-rule/legislation", test_legislation);
  g_test_add_func ("/stage-rule/invalid-scores", test_invalid_scores);
  g_test_add_func ("/stage-rule/check", test_check);
  g_test_add_func ("/stage-rule/means", test_means);
  g_test_add_func ("/stage-rule/format", test_format);
  g_test_add_func ("/stage-rule/describe", test_describe);

  return g_test_run ();
}
