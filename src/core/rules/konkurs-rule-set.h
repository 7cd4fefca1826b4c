/* konkurs-rule-set.h — the numbers a competition is bound to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Keys of the integer parameters of a rule set.  Thresholds, cut-offs,
 * quorum, scales and deadlines live here and in the database, never in code
 * that applies them. */
#define KONKURS_RULE_DOCUMENT_REVIEW_DAYS        "document-review-days"        /* working days after the announcement */
#define KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS "certificate-validity-months"
#define KONKURS_RULE_YOUTH_MAX_AGE               "youth-max-age"
#define KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS  "youth-min-experience-years"
#define KONKURS_RULE_LEGISLATION_QUESTIONS       "legislation-questions"
#define KONKURS_RULE_LEGISLATION_MINUTES         "legislation-minutes"
#define KONKURS_RULE_LEGISLATION_PASS            "legislation-pass"
#define KONKURS_RULE_LEGISLATION_PASS_PER_ACT    "legislation-pass-per-act"
#define KONKURS_RULE_ESSAY_SCALE_MAX             "essay-scale-max"
#define KONKURS_RULE_ESSAY_MAX_ADMITTED          "essay-max-admitted"
#define KONKURS_RULE_INTERVIEW_MAX_ADMITTED      "interview-max-admitted"
#define KONKURS_RULE_QUORUM_NUMERATOR            "quorum-numerator"
#define KONKURS_RULE_QUORUM_DENOMINATOR          "quorum-denominator"
#define KONKURS_RULE_RESERVE_TOP                 "reserve-top"
#define KONKURS_RULE_RESERVE_TERM_YEARS          "reserve-term-years"

#define KONKURS_TYPE_RULE_SET (konkurs_rule_set_get_type ())
G_DECLARE_FINAL_TYPE (KonkursRuleSet, konkurs_rule_set, KONKURS, RULE_SET, GObject)

KonkursRuleSet *konkurs_rule_set_new (gint64 id, const char *code, const char *name, const GDate *valid_from);

gint64       konkurs_rule_set_get_id         (KonkursRuleSet *self);
/* Stable identifier used in XML files, e.g. "kz-2023". */
const char  *konkurs_rule_set_get_code       (KonkursRuleSet *self);
const char  *konkurs_rule_set_get_name       (KonkursRuleSet *self);
const GDate *konkurs_rule_set_get_valid_from (KonkursRuleSet *self);
void         konkurs_rule_set_set_int        (KonkursRuleSet *self, const char *key, int value);
/* Returns FALSE, leaving @value alone, when the rule set lacks @key. */
gboolean     konkurs_rule_set_lookup_int     (KonkursRuleSet *self, const char *key, int *value);
/* Every key, sorted; free with g_strfreev(). */
char       **konkurs_rule_set_list_keys      (KonkursRuleSet *self);

G_END_DECLS
