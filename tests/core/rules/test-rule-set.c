/* test-rule-set.c — a rule set's validity per scope, its source, the
 * checks of its values before a save, its sector quotas and its
 * tie-breakers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-rule-set.h"

static GDate *
date_new (int year, int month, int day)
{
  return g_date_new_dmy (day, month, year);
}

static void
test_scopes (void)
{
  KonkursRuleScope scope = 0;

  for (KonkursRuleScope s = KONKURS_RULE_SCOPE_GENERAL; s <= KONKURS_RULE_SCOPE_YOUTH_RESERVE; s++)
    {
      g_assert_true (konkurs_rule_scope_from_code (konkurs_rule_scope_to_code (s), &scope));
      g_assert_cmpint (scope, ==, s);
      g_assert_nonnull (konkurs_rule_scope_get_label (s));
    }
  g_assert_cmpstr (konkurs_rule_scope_to_code (KONKURS_RULE_SCOPE_YOUTH_RESERVE), ==, "youth-reserve");
  g_assert_false (konkurs_rule_scope_from_code ("General", &scope));
  g_assert_false (konkurs_rule_scope_from_code (NULL, &scope));
  g_assert_null (konkurs_rule_scope_to_code (0));
}

/* Both ends are included; no end runs for ever; an uncovered scope never
 * applies. */
static void
test_validity (void)
{
  g_autoptr(KonkursRuleSet) rule_set = konkurs_rule_set_new (1, "x", NULL, NULL);
  g_autoptr(GDate) from = date_new (2026, 1, 1);
  g_autoptr(GDate) until = date_new (2026, 3, 31);
  g_autoptr(GDate) day = date_new (2025, 12, 31);
  GDate got_from, got_until;

  konkurs_rule_set_set_validity (rule_set, KONKURS_RULE_SCOPE_GENERAL, from, until);
  konkurs_rule_set_set_validity (rule_set, KONKURS_RULE_SCOPE_INTERNAL, from, NULL);
  g_assert_false (konkurs_rule_set_applies (rule_set, KONKURS_RULE_SCOPE_GENERAL, day));
  g_date_set_dmy (day, 1, 1, 2026);
  g_assert_true (konkurs_rule_set_applies (rule_set, KONKURS_RULE_SCOPE_GENERAL, day));
  g_date_set_dmy (day, 31, 3, 2026);
  g_assert_true (konkurs_rule_set_applies (rule_set, KONKURS_RULE_SCOPE_GENERAL, day));
  g_date_set_dmy (day, 1, 4, 2026);
  g_assert_false (konkurs_rule_set_applies (rule_set, KONKURS_RULE_SCOPE_GENERAL, day));
  g_date_set_dmy (day, 1, 1, 2090);
  g_assert_true (konkurs_rule_set_applies (rule_set, KONKURS_RULE_SCOPE_INTERNAL, day));
  g_assert_false (konkurs_rule_set_applies (rule_set, KONKURS_RULE_SCOPE_YOUTH_RESERVE, day));

  g_assert_true (konkurs_rule_set_get_validity (rule_set, KONKURS_RULE_SCOPE_INTERNAL, &got_from, &got_until));
  g_assert_cmpint (g_date_compare (&got_from, from), ==, 0);
  g_assert_false (g_date_valid (&got_until));
  g_assert_false (konkurs_rule_set_get_validity (rule_set, KONKURS_RULE_SCOPE_YOUTH_RESERVE, NULL, NULL));

  /* cleared with no start */
  konkurs_rule_set_set_validity (rule_set, KONKURS_RULE_SCOPE_INTERNAL, NULL, NULL);
  g_assert_false (konkurs_rule_set_get_validity (rule_set, KONKURS_RULE_SCOPE_INTERNAL, NULL, NULL));
}

static void
test_check (void)
{
  g_autoptr(KonkursLocalText) name = konkurs_local_text_new (NULL, "Правила");
  g_autoptr(KonkursRuleSet) rule_set = konkurs_rule_set_new (1, "x", NULL, NULL);
  g_autoptr(GDate) from = date_new (2026, 1, 1);
  g_autoptr(GDate) until = date_new (2025, 12, 31);
  g_autofree char *no_name = NULL, *backwards = NULL, *range = NULL, *pass = NULL, *quorum = NULL;

  no_name = konkurs_rule_set_check (rule_set);
  g_assert_nonnull (strstr (no_name, "name"));
  konkurs_rule_set_set_name (rule_set, name);
  g_assert_null (konkurs_rule_set_check (rule_set));

  konkurs_rule_set_set_validity (rule_set, KONKURS_RULE_SCOPE_INTERNAL, from, until);
  backwards = konkurs_rule_set_check (rule_set);
  g_assert_nonnull (strstr (backwards, "Internal competition"));
  konkurs_rule_set_set_validity (rule_set, KONKURS_RULE_SCOPE_INTERNAL, from, from);
  g_assert_null (konkurs_rule_set_check (rule_set));

  /* ranges at their limits */
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_DOCUMENT_REVIEW_DAYS, 1);
  g_assert_null (konkurs_rule_set_check (rule_set));
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_DOCUMENT_REVIEW_DAYS, 0);
  range = konkurs_rule_set_check (rule_set);
  g_assert_cmpstr (range, ==, "“Review of documents, working days” must be from 1 to 60.");
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_DOCUMENT_REVIEW_DAYS, 3);

  /* the pass mark within the questions, the quorum a fraction */
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_LEGISLATION_QUESTIONS, 55);
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_LEGISLATION_PASS, 55);
  g_assert_null (konkurs_rule_set_check (rule_set));
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_LEGISLATION_PASS, 56);
  pass = konkurs_rule_set_check (rule_set);
  g_assert_nonnull (strstr (pass, "55 questions"));
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_LEGISLATION_PASS, 30);
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_QUORUM_NUMERATOR, 3);
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_QUORUM_DENOMINATOR, 2);
  quorum = konkurs_rule_set_check (rule_set);
  g_assert_nonnull (strstr (quorum, "quorum"));

  /* every key Konkurs seeds has a label; an unknown one takes any value */
  g_assert_nonnull (konkurs_rule_key_get_label (KONKURS_RULE_PUBLICATION_MIN_GROUP));
  g_assert_null (konkurs_rule_key_get_label ("no-such-rule"));
  g_assert_null (konkurs_rule_value_check ("no-such-rule", -5));
}

static void
test_source (void)
{
  g_autoptr(KonkursRuleSet) rule_set = konkurs_rule_set_new (1, "x", NULL, NULL);
  g_autoptr(KonkursLocalText) source = konkurs_local_text_new ("№ 196 бұйрық", "Приказ № 196");

  g_assert_null (konkurs_rule_set_get_source (rule_set));
  konkurs_rule_set_set_source (rule_set, source);
  g_assert_cmpstr (konkurs_local_text_get (konkurs_rule_set_get_source (rule_set), KONKURS_DOC_LANGUAGE_RU), ==,
                   "Приказ № 196");
  konkurs_rule_set_set_source (rule_set, NULL);
  g_assert_null (konkurs_rule_set_get_source (rule_set));
}

/* Quotas are copied with their sector and may not add up to more than the
 * top's places: 50 when the rule set does not say. */
static void
test_quotas (void)
{
  g_autoptr(KonkursLocalText) name = konkurs_local_text_new (NULL, "Правила");
  g_autoptr(KonkursRuleSet) rule_set = konkurs_rule_set_new (1, "x", name, NULL);
  g_autoptr(KonkursSector) economy = konkurs_sector_new ("economy", "Экономика", "Экономика");
  g_autoptr(KonkursSector) law = konkurs_sector_new ("law", "Құқық", "Право");
  g_autofree char *over = NULL, *over_default = NULL, *negative = NULL;

  g_assert_cmpint (economy->quota, ==, 0);
  economy->quota = 30;
  law->quota = 20;
  konkurs_rule_set_add_sector (rule_set, economy);
  konkurs_rule_set_add_sector (rule_set, law);
  g_assert_cmpint (konkurs_rule_set_find_sector (rule_set, "economy")->quota, ==, 30);
  g_assert_null (konkurs_rule_set_check (rule_set));   /* 50 of the default 50 */

  law->quota = 21;
  konkurs_rule_set_add_sector (rule_set, law);
  over_default = konkurs_rule_set_check (rule_set);
  g_assert_cmpstr (over_default, ==, "The sector quotas add up to 51 places, more than the 50 places of the Youth "
                   "Reserve’s top.");
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_RESERVE_TOP, 51);
  g_assert_null (konkurs_rule_set_check (rule_set));
  konkurs_rule_set_set_int (rule_set, KONKURS_RULE_RESERVE_TOP, 40);
  over = konkurs_rule_set_check (rule_set);
  g_assert_nonnull (strstr (over, "51 places, more than the 40"));

  law->quota = -1;
  konkurs_rule_set_add_sector (rule_set, law);
  negative = konkurs_rule_set_check (rule_set);
  g_assert_nonnull (strstr (negative, "“law”"));
}

static void
load_breakers (KonkursRuleSet *rule_set, gpointer data)
{
  const KonkursStageKind kinds[] = { KONKURS_STAGE_ESSAY, KONKURS_STAGE_TESTING };

  (*(guint *) data)++;
  konkurs_rule_set_set_tie_breakers (rule_set, KONKURS_TRACK_LEADERSHIP, kinds, G_N_ELEMENTS (kinds));
}

/* Tie-breakers per track, in order, loaded with the stages and replaced by
 * a later set; empty, never NULL, when there are none. */
static void
test_tie_breakers (void)
{
  g_autoptr(KonkursRuleSet) rule_set = konkurs_rule_set_new (1, "x", NULL, NULL);
  const KonkursStageKind one[] = { KONKURS_STAGE_PRACTICAL_TASK };
  guint loads = 0;
  GPtrArray *breakers;

  konkurs_rule_set_set_stage_loader (rule_set, load_breakers, &loads, NULL);
  g_assert_cmpuint (konkurs_rule_set_get_tie_breakers (rule_set, KONKURS_TRACK_NON_LEADERSHIP)->len, ==, 0);
  g_assert_cmpuint (loads, ==, 1);
  breakers = konkurs_rule_set_get_tie_breakers (rule_set, KONKURS_TRACK_LEADERSHIP);
  g_assert_cmpuint (breakers->len, ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (breakers, 0)), ==, KONKURS_STAGE_ESSAY);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (breakers, 1)), ==, KONKURS_STAGE_TESTING);

  konkurs_rule_set_set_tie_breakers (rule_set, KONKURS_TRACK_LEADERSHIP, one, 1);
  breakers = konkurs_rule_set_get_tie_breakers (rule_set, KONKURS_TRACK_LEADERSHIP);
  g_assert_cmpuint (breakers->len, ==, 1);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (breakers, 0)), ==, KONKURS_STAGE_PRACTICAL_TASK);
  g_assert_cmpuint (loads, ==, 1);
  konkurs_rule_set_set_tie_breakers (rule_set, KONKURS_TRACK_LEADERSHIP, NULL, 0);
  g_assert_cmpuint (konkurs_rule_set_get_tie_breakers (rule_set, KONKURS_TRACK_LEADERSHIP)->len, ==, 0);
  g_assert_nonnull (konkurs_rule_set_get_tie_breakers (rule_set, 0));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/rule-set/scopes", test_scopes);
  g_test_add_func ("/rule-set/validity", test_validity);
  g_test_add_func ("/rule-set/check", test_check);
  g_test_add_func ("/rule-set/source", test_source);
  g_test_add_func ("/rule-set/quotas", test_quotas);
  g_test_add_func ("/rule-set/tie-breakers", test_tie_breakers);
  return g_test_run ();
}
