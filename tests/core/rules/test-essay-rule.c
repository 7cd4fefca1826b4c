/* test-essay-rule.c — the essay rule: codes, checks, the graders an essay
 * needs, the aggregate at its boundaries (spread, fourth grader, the
 * chair) and the rule in words in Kazakh, Russian and the interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "konkurs-catalog.h"
#include "konkurs-test-documents.h"
#include "konkurs-essay-rule.h"
#include "konkurs-rule-set.h"

static KonkursEssayRule *
five_point_rule (void)
{
  KonkursEssayRule *rule = konkurs_essay_rule_new (KONKURS_TRACK_YOUTH_RESERVE);
  g_autoptr (KonkursLocalText) name = konkurs_local_text_new ("Баға", "Оценка");
  g_autoptr (KonkursEssayCriterion) score = konkurs_essay_criterion_new ("score", name, NULL, 1, 5);

  konkurs_essay_rule_add_criterion (rule, score);
  return rule;
}

static void
aggregate (const KonkursEssayRule *rule, const int *totals, guint n_totals, guint n_assigned, guint required,
           const gint64 *chair, KonkursEssayAggregate *out)
{
  konkurs_essay_rule_aggregate (rule, totals, n_totals, n_assigned, required, chair, out);
}

static void
test_codes (void)
{
  KonkursEssayGraders graders = 0;
  KonkursEssayFourthRule fourth = 0;
  KonkursEssayStatus status = 0;
  KonkursEssayResolution resolution = 0;

  for (KonkursEssayGraders g = KONKURS_ESSAY_GRADERS_EXPERTS; g <= KONKURS_ESSAY_GRADERS_COMMISSION; g++)
    {
      g_assert_true (konkurs_essay_graders_from_code (konkurs_essay_graders_to_code (g), &graders));
      g_assert_cmpint (graders, ==, g);
      g_assert_nonnull (konkurs_essay_graders_get_label (g));
    }
  for (KonkursEssayFourthRule r = KONKURS_ESSAY_FOURTH_DROP_FARTHEST; r <= KONKURS_ESSAY_FOURTH_MEAN_OF_ALL; r++)
    {
      g_assert_true (konkurs_essay_fourth_rule_from_code (konkurs_essay_fourth_rule_to_code (r), &fourth));
      g_assert_cmpint (fourth, ==, r);
      g_assert_nonnull (konkurs_essay_fourth_rule_get_label (r));
    }
  for (KonkursEssayStatus s = KONKURS_ESSAY_STATUS_NOT_ASSIGNED; s <= KONKURS_ESSAY_STATUS_FINAL; s++)
    {
      g_assert_true (konkurs_essay_status_from_code (konkurs_essay_status_to_code (s), &status));
      g_assert_cmpint (status, ==, s);
      g_assert_nonnull (konkurs_essay_status_get_label (s));
    }
  for (KonkursEssayResolution r = KONKURS_ESSAY_RESOLVED_NONE; r <= KONKURS_ESSAY_RESOLVED_CHAIR; r++)
    {
      g_assert_true (konkurs_essay_resolution_from_code (konkurs_essay_resolution_to_code (r), &resolution));
      g_assert_cmpint (resolution, ==, r);
    }
  g_assert_cmpstr (konkurs_essay_graders_to_code (KONKURS_ESSAY_GRADERS_COMMISSION), ==, "commission");
  g_assert_cmpstr (konkurs_essay_fourth_rule_to_code (KONKURS_ESSAY_FOURTH_DROP_FARTHEST), ==, "drop-farthest");
  g_assert_cmpstr (konkurs_essay_status_to_code (KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION), ==, "needs-resolution");
  g_assert_cmpstr (konkurs_essay_resolution_to_code (KONKURS_ESSAY_RESOLVED_FOURTH), ==, "fourth-grader");
  g_assert_false (konkurs_essay_status_from_code ("done", &status));
  g_assert_false (konkurs_essay_graders_from_code (NULL, &graders));
  g_assert_null (konkurs_essay_status_to_code (42));
}

static void
test_defaults_and_copy (void)
{
  g_autoptr (KonkursEssayRule) rule = five_point_rule ();
  g_autoptr (KonkursEssayRule) copy = NULL;
  g_autoptr (KonkursLocalText) name = konkurs_local_text_new ("Дәлел", "Аргументация");
  g_autoptr (KonkursEssayCriterion) argument = konkurs_essay_criterion_new ("argument", name, NULL, 0, 2);

  g_assert_cmpint (rule->graders, ==, KONKURS_ESSAY_GRADERS_EXPERTS);
  g_assert_cmpint (rule->graders_per_essay, ==, 3);
  g_assert_cmpint (rule->min_share_numerator, ==, 2);
  g_assert_cmpint (rule->min_share_denominator, ==, 3);
  g_assert_cmpint (rule->spread_limit, ==, 2);
  g_assert_cmpint (rule->fourth_rule, ==, KONKURS_ESSAY_FOURTH_DROP_FARTHEST);
  g_assert_cmpint (rule->conflict_years, ==, 3);
  konkurs_essay_rule_add_criterion (rule, argument);
  g_assert_cmpint (konkurs_essay_rule_get_min_total (rule), ==, 1);
  g_assert_cmpint (konkurs_essay_rule_get_max_total (rule), ==, 7);

  copy = konkurs_essay_rule_copy (rule);
  rule->spread_limit = 9;
  g_ptr_array_remove_index (rule->criteria, 0);
  g_assert_cmpint (copy->spread_limit, ==, 2);
  g_assert_cmpuint (copy->criteria->len, ==, 2);
  g_assert_nonnull (konkurs_essay_rule_find_criterion (copy, "score"));
  g_assert_null (konkurs_essay_rule_find_criterion (rule, "score"));
  g_assert_cmpint (konkurs_essay_rule_find_criterion (copy, "argument")->max_points, ==, 2);
  g_assert_cmpstr (konkurs_local_text_get (konkurs_essay_rule_find_criterion (copy, "argument")->name,
                                           KONKURS_DOC_LANGUAGE_RU), ==, "Аргументация");
  g_assert_null (konkurs_essay_rule_find_criterion (copy, NULL));
  g_assert_true (G_TYPE_IS_BOXED (KONKURS_TYPE_ESSAY_RULE));
  g_assert_true (G_TYPE_IS_BOXED (KONKURS_TYPE_ESSAY_CRITERION));
}

static void
assert_check (KonkursEssayRule *rule, const char *fragment)
{
  g_autofree char *problem = konkurs_essay_rule_check (rule);

  g_test_message ("check: %s", problem ? problem : "(none)");
  if (fragment == NULL)
    g_assert_null (problem);
  else
    {
      g_assert_nonnull (problem);
      g_assert_nonnull (strstr (problem, fragment));
    }
}

static void
test_check (void)
{
  g_autoptr (KonkursEssayRule) rule = five_point_rule ();
  g_autoptr (KonkursEssayRule) empty = konkurs_essay_rule_new (KONKURS_TRACK_LEADERSHIP);
  g_autoptr (KonkursLocalText) name = konkurs_local_text_new (NULL, "Оценка");
  g_autoptr (KonkursEssayCriterion) twice = konkurs_essay_criterion_new ("score", name, NULL, 0, 1);
  g_autoptr (KonkursEssayCriterion) inverted = konkurs_essay_criterion_new ("style", name, NULL, 3, 2);
  g_autoptr (KonkursEssayCriterion) nameless = konkurs_essay_criterion_new ("style", NULL, NULL, 0, 2);

  assert_check (rule, NULL);
  assert_check (empty, "no criteria");
  rule->graders_per_essay = 0;
  assert_check (rule, "Graders per essay");
  rule->graders_per_essay = 10;
  assert_check (rule, "Graders per essay");
  rule->graders_per_essay = 9;
  assert_check (rule, NULL);
  rule->min_share_numerator = 4;
  assert_check (rule, "4/3");
  rule->min_share_numerator = 3;
  assert_check (rule, NULL);
  rule->min_share_denominator = 0;
  assert_check (rule, "Share");
  rule->min_share_denominator = 3;
  rule->spread_limit = -1;
  assert_check (rule, "Spread limit");
  rule->spread_limit = 0;
  assert_check (rule, NULL);
  rule->conflict_years = -1;
  assert_check (rule, "conflict of interest");
  rule->conflict_years = 0;
  rule->max_words = -5;
  assert_check (rule, "limit");
  rule->max_words = 250;
  rule->graders = 7;
  assert_check (rule, "Graders");
  rule->graders = KONKURS_ESSAY_GRADERS_COMMISSION;
  assert_check (rule, NULL);
  konkurs_essay_rule_add_criterion (rule, twice);
  assert_check (rule, "“score” is used twice");
  g_ptr_array_remove_index (rule->criteria, 1);
  konkurs_essay_rule_add_criterion (rule, inverted);
  assert_check (rule, "“style”");
  g_ptr_array_remove_index (rule->criteria, 1);
  konkurs_essay_rule_add_criterion (rule, nameless);
  assert_check (rule, "has no name");
}

static void
test_required_graders (void)
{
  g_autoptr (KonkursEssayRule) rule = five_point_rule ();

  g_assert_cmpint (konkurs_essay_rule_required_graders (rule, 7), ==, 3);
  rule->graders = KONKURS_ESSAY_GRADERS_COMMISSION;
  /* at least two thirds of the members, rounded up */
  g_assert_cmpint (konkurs_essay_rule_required_graders (rule, 7), ==, 5);
  g_assert_cmpint (konkurs_essay_rule_required_graders (rule, 6), ==, 4);
  g_assert_cmpint (konkurs_essay_rule_required_graders (rule, 9), ==, 6);
  g_assert_cmpint (konkurs_essay_rule_required_graders (rule, 5), ==, 4);
  g_assert_cmpint (konkurs_essay_rule_required_graders (rule, 1), ==, 1);
  g_assert_cmpint (konkurs_essay_rule_required_graders (rule, 0), ==, 1);
}

static void
test_aggregate_mean (void)
{
  g_autoptr (KonkursEssayRule) rule = five_point_rule ();
  KonkursEssayAggregate out;
  const int agreed[] = { 4, 5, 4 };
  const int half[] = { 4, 5 };
  const int exact[] = { 3, 5, 4 };
  const int one_over[] = { 2, 5, 4 };
  const int thirds[] = { 5, 5, 4 };

  aggregate (rule, NULL, 0, 0, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_NOT_ASSIGNED);
  aggregate (rule, NULL, 0, 3, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_ASSIGNED);
  g_assert_cmpint (out.spread, ==, 0);
  aggregate (rule, agreed, 1, 3, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_PARTLY_GRADED);
  aggregate (rule, half, 2, 3, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_PARTLY_GRADED);
  g_assert_cmpint (out.spread, ==, 1);

  aggregate (rule, agreed, 3, 3, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (out.score, ==, 433);           /* 13 / 3 = 4.333… */
  g_assert_cmpint (out.resolution, ==, KONKURS_ESSAY_RESOLVED_NONE);
  g_assert_cmpint (out.dropped, ==, -1);
  aggregate (rule, thirds, 3, 3, 3, NULL, &out);
  g_assert_cmpint (out.score, ==, 467);           /* 14 / 3 = 4.666… rounds up */
  aggregate (rule, half, 2, 2, 2, NULL, &out);
  g_assert_cmpint (out.score, ==, 450);           /* exactly one half */

  /* the spread exactly at the limit is fine; one over is not */
  aggregate (rule, exact, 3, 3, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (out.spread, ==, 2);
  g_assert_false (out.spread_over);
  g_assert_cmpint (out.score, ==, 400);
  aggregate (rule, one_over, 3, 3, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION);
  g_assert_cmpint (out.spread, ==, 3);
  g_assert_true (out.spread_over);
  g_assert_cmpint (out.resolution, ==, KONKURS_ESSAY_RESOLVED_NONE);
  rule->spread_limit = 3;
  aggregate (rule, one_over, 3, 3, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (out.score, ==, 367);
}

static void
test_aggregate_fourth (void)
{
  g_autoptr (KonkursEssayRule) rule = five_point_rule ();
  KonkursEssayAggregate out;
  const int low_out[] = { 1, 4, 5, 4 };      /* median 4: 1 is 3 away */
  const int tie[] = { 1, 4, 5, 2 };           /* median 3: 1 and 5 both 2 away: the higher, 5, goes */
  const int tie_first[] = { 5, 1, 4, 2 };     /* the same scores in another order */

  aggregate (rule, low_out, 3, 4, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_GRADED);  /* a fourth assigned, not graded yet */
  g_assert_true (out.spread_over);
  aggregate (rule, low_out, 4, 4, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (out.resolution, ==, KONKURS_ESSAY_RESOLVED_FOURTH);
  g_assert_cmpint (out.dropped, ==, 0);
  g_assert_cmpint (out.score, ==, 433);      /* (4 + 5 + 4) / 3 */
  g_assert_cmpint (out.spread, ==, 4);       /* of the first three */

  aggregate (rule, tie, 4, 4, 3, NULL, &out);
  g_assert_cmpint (out.dropped, ==, 2);
  g_assert_cmpint (out.score, ==, 233);      /* (1 + 4 + 2) / 3 */
  aggregate (rule, tie_first, 4, 4, 3, NULL, &out);
  g_assert_cmpint (out.dropped, ==, 0);
  g_assert_cmpint (out.score, ==, 233);

  rule->fourth_rule = KONKURS_ESSAY_FOURTH_MEAN_OF_ALL;
  aggregate (rule, low_out, 4, 4, 3, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (out.dropped, ==, -1);
  g_assert_cmpint (out.score, ==, 350);      /* 14 / 4 */
}

static void
test_aggregate_chair (void)
{
  g_autoptr (KonkursEssayRule) rule = five_point_rule ();
  KonkursEssayAggregate out;
  const int apart[] = { 1, 4, 5, 4 };
  const int agreed[] = { 4, 5, 4 };
  gint64 chair = 400;

  aggregate (rule, apart, 3, 3, 3, &chair, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (out.resolution, ==, KONKURS_ESSAY_RESOLVED_CHAIR);
  g_assert_cmpint (out.score, ==, 400);
  /* the chair's score wins over a fourth grader's */
  aggregate (rule, apart, 4, 4, 3, &chair, &out);
  g_assert_cmpint (out.resolution, ==, KONKURS_ESSAY_RESOLVED_CHAIR);
  g_assert_cmpint (out.score, ==, 400);
  /* within the spread there is nothing to resolve */
  aggregate (rule, agreed, 3, 3, 3, &chair, &out);
  g_assert_cmpint (out.resolution, ==, KONKURS_ESSAY_RESOLVED_NONE);
  g_assert_cmpint (out.score, ==, 433);
}

static void
test_aggregate_commission (void)
{
  g_autoptr (KonkursEssayRule) rule = five_point_rule ();
  KonkursEssayAggregate out;
  const int members[] = { 4, 5, 4, 3, 5, 1 };
  int required;

  rule->graders = KONKURS_ESSAY_GRADERS_COMMISSION;
  required = konkurs_essay_rule_required_graders (rule, 7);
  g_assert_cmpint (required, ==, 5);
  aggregate (rule, members, 4, 7, (guint) required, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_PARTLY_GRADED);
  aggregate (rule, members, 5, 7, (guint) required, NULL, &out);
  g_assert_cmpint (out.status, ==, KONKURS_ESSAY_STATUS_FINAL);
  g_assert_cmpint (out.score, ==, 420);      /* 21 / 5: the first five count */
  g_assert_cmpint (out.spread, ==, 2);
}

static void
test_describe (void)
{
  g_autoptr (KonkursEssayRule) rule = five_point_rule ();
  g_autoptr (KonkursCatalog) kk = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr (KonkursCatalog) ru = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_RU);
  g_autofree char *english = NULL;
  g_autofree char *russian = NULL;
  g_autofree char *kazakh = NULL;
  g_autofree char *commission = NULL;

  rule->max_words = 250;
  rule->max_minutes = 45;
  english = konkurs_essay_rule_describe (rule, NULL);
  g_test_message ("%s", english);
  g_assert_nonnull (strstr (english, "graders per essay: 3"));
  g_assert_nonnull (strstr (english, "from 1 to 5 points"));
  g_assert_nonnull (strstr (english, "limit, points: 2"));
  g_assert_nonnull (strstr (english, "farthest from the median"));
  g_assert_nonnull (strstr (english, "Words at most: 250"));
  g_assert_nonnull (strstr (english, "Minutes at most: 45"));
  g_assert_nonnull (strstr (english, "years: 3"));
  g_assert_cmpint (english[strlen (english) - 1], !=, '\n');

  russian = konkurs_essay_rule_describe (rule, ru);
  g_test_message ("%s", russian);
  g_assert_nonnull (strstr (russian, "Оценка"));
  g_assert_nonnull (strstr (russian, "эксперт"));
  g_assert_null (strstr (russian, "graders"));
  g_assert_nonnull (strstr (russian, "250"));
  kazakh = konkurs_essay_rule_describe (rule, kk);
  g_test_message ("%s", kazakh);
  g_assert_nonnull (strstr (kazakh, "Баға"));
  g_assert_nonnull (strstr (kazakh, "сарапшы"));
  g_assert_null (strstr (kazakh, "Оценка"));

  rule->graders = KONKURS_ESSAY_GRADERS_COMMISSION;
  rule->max_words = rule->max_minutes = 0;
  commission = konkurs_essay_rule_describe (rule, ru);
  g_assert_nonnull (strstr (commission, "2/3"));
  g_assert_nonnull (strstr (commission, "комисси"));
  g_assert_null (strstr (commission, "250"));
}

static void
load_essays (KonkursRuleSet *rule_set, gpointer data)
{
  g_autoptr (KonkursEssayRule) stored = five_point_rule ();

  stored->spread_limit = 1;
  konkurs_rule_set_add_essay_rule (rule_set, stored);
  (*(guint *) data)++;
}

static void
test_rule_set (void)
{
  g_autoptr (KonkursLocalText) name = konkurs_local_text_new ("Ереже", "Правила");
  g_autoptr (KonkursRuleSet) rule_set = konkurs_rule_set_new (1, "kz-test", name, NULL);
  g_autoptr (KonkursEssayRule) mine = five_point_rule ();
  const KonkursEssayRule *got;
  guint loads = 0;

  konkurs_rule_set_set_stage_loader (rule_set, load_essays, &loads, NULL);
  /* what the store holds comes first, loaded once */
  got = konkurs_rule_set_get_essay_rule (rule_set, KONKURS_TRACK_YOUTH_RESERVE);
  g_assert_nonnull (got);
  g_assert_cmpint (got->spread_limit, ==, 1);
  g_assert_null (konkurs_rule_set_get_essay_rule (rule_set, KONKURS_TRACK_NON_LEADERSHIP));
  g_assert_null (konkurs_rule_set_get_essay_rule (rule_set, 0));
  g_assert_cmpuint (loads, ==, 1);

  /* a copy is kept, and a second rule of the track replaces the first */
  mine->spread_limit = 3;
  konkurs_rule_set_add_essay_rule (rule_set, mine);
  mine->spread_limit = 4;
  got = konkurs_rule_set_get_essay_rule (rule_set, KONKURS_TRACK_YOUTH_RESERVE);
  g_assert_cmpint (got->spread_limit, ==, 3);
  g_assert_cmpuint (got->criteria->len, ==, 1);
  g_assert_cmpuint (loads, ==, 1);

  mine->track = KONKURS_TRACK_LEADERSHIP;
  mine->graders = KONKURS_ESSAY_GRADERS_COMMISSION;
  konkurs_rule_set_add_essay_rule (rule_set, mine);
  g_assert_cmpint (konkurs_rule_set_get_essay_rule (rule_set, KONKURS_TRACK_LEADERSHIP)->graders, ==,
                   KONKURS_ESSAY_GRADERS_COMMISSION);
  g_assert_cmpint (konkurs_rule_set_get_essay_rule (rule_set, KONKURS_TRACK_YOUTH_RESERVE)->graders, ==,
                   KONKURS_ESSAY_GRADERS_EXPERTS);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/essay-rule/codes", test_codes);
  g_test_add_func ("/essay-rule/defaults-and-copy", test_defaults_and_copy);
  g_test_add_func ("/essay-rule/check", test_check);
  g_test_add_func ("/essay-rule/required-graders", test_required_graders);
  g_test_add_func ("/essay-rule/aggregate/mean", test_aggregate_mean);
  g_test_add_func ("/essay-rule/aggregate/fourth", test_aggregate_fourth);
  g_test_add_func ("/essay-rule/aggregate/chair", test_aggregate_chair);
  g_test_add_func ("/essay-rule/aggregate/commission", test_aggregate_commission);
  g_test_add_func ("/essay-rule/describe", test_describe);
  g_test_add_func ("/essay-rule/rule-set", test_rule_set);
  return g_test_run ();
}
