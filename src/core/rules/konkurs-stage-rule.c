/* konkurs-stage-rule.c — the stages of a procedure and the cut-off that
 * says who goes on from each
 *
 * Nothing here knows a procedure: the numbers come from the rule set
 * (konkurs-rule-set.c, seeded by the store's migration 9).  Scores are
 * centi-points so that a mean ranks and ties as it is printed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "konkurs-code-table-private.h"
#include "konkurs-stage-rule.h"
#include "konkurs-validation.h"

/* Codes and labels */

static const KonkursCodeEntry stage_kinds[] = {
  { KONKURS_STAGE_DOCUMENTS, "documents", N_("Documents review") },
  { KONKURS_STAGE_TESTING, "testing", N_("Testing") },
  { KONKURS_STAGE_ESSAY, "essay", N_("Essay") },
  { KONKURS_STAGE_PRACTICAL_TASK, "practical-task", N_("Practical task") },
  { KONKURS_STAGE_ASSESSMENT_CENTRE, "assessment-centre", N_("Assessment centre") },
  { KONKURS_STAGE_INTERVIEW, "interview", N_("Interview") },
  { KONKURS_STAGE_EXPERT_COMMISSION, "expert-commission", N_("Expert commission") },
  { KONKURS_STAGE_NATIONAL_COMMISSION, "national-commission", N_("National Commission") },
  { KONKURS_STAGE_DECISION, "decision", N_("Decision of the commission") },
};

static const KonkursCodeEntry tracks[] = {
  { KONKURS_TRACK_LEADERSHIP, "leadership", N_("Leadership positions") },
  { KONKURS_TRACK_NON_LEADERSHIP, "non-leadership", N_("Non-leadership positions") },
  { KONKURS_TRACK_YOUTH_RESERVE, "youth-reserve", N_("Presidential Youth Personnel Reserve") },
};

static const KonkursCodeEntry stage_scores[] = {
  { KONKURS_STAGE_SCORE_NONE, "none", NULL },
  { KONKURS_STAGE_SCORE_TESTS, "tests", NULL },
  { KONKURS_STAGE_SCORE_MEMBERS_MEAN, "members-mean", NULL },
  { KONKURS_STAGE_SCORE_ASSESSMENT_CENTRE, "assessment-centre", NULL },
  { KONKURS_STAGE_SCORE_EXPERTS_MEAN, "experts-mean", NULL },
  { KONKURS_STAGE_SCORE_VOTES, "votes", NULL },
};

static const KonkursCodeEntry reasons[] = {
  { KONKURS_STAGE_REASON_NONE, "none", NULL },
  { KONKURS_STAGE_REASON_NO_RESULT, "no-result", NULL },
  { KONKURS_STAGE_REASON_TEST_FAILED, "test-failed", NULL },
  { KONKURS_STAGE_REASON_PART_FAILED, "part-failed", NULL },
  { KONKURS_STAGE_REASON_BELOW_THRESHOLD, "below-threshold", NULL },
  { KONKURS_STAGE_REASON_WITHIN_PLACES, "within-places", NULL },
  { KONKURS_STAGE_REASON_BEYOND_PLACES, "beyond-places", NULL },
  { KONKURS_STAGE_REASON_TIED_AT_CUTOFF, "tied-at-cutoff", NULL },
  { KONKURS_STAGE_REASON_SOLE_APPLICANT, "sole-applicant", NULL },
  { KONKURS_STAGE_REASON_PASSED, "passed", NULL },
  { KONKURS_STAGE_REASON_TIED_OUT, "tied-out", NULL },
  { KONKURS_STAGE_REASON_ADMITTED, "admitted", NULL },
  { KONKURS_STAGE_REASON_NOT_ADMITTED, "not-admitted", NULL },
  { KONKURS_STAGE_REASON_WITHDRAWN, "withdrawn", NULL },
  { KONKURS_STAGE_REASON_RECOMMENDED, "recommended", NULL },
  { KONKURS_STAGE_REASON_NOT_RECOMMENDED, "not-recommended", NULL },
};

/* The names of the tests, parts and competencies the seeded rule sets
 * use, capitalised, as a name stands alone or begins a result ("Knowledge
 * of legislation 41/55"); a code a secretary adds in a copy of a rule set
 * prints as it is. */
static const struct {
  const char *code;
  const char *label;
} test_names[] = {
  { "legislation", N_("Knowledge of legislation") },
  { "personal-qualities", N_("Personal qualities") },
  { "state-language", N_("State language") },
  { "text", N_("Text test") },
  { "numeric", N_("Numeric test") },
  { "constitution", N_("Constitution") },
  { "civil-service-law", N_("Law on civil service") },
  { "anti-corruption-law", N_("Anti-corruption law") },
  { "ethics-code", N_("Ethics Code") },
  { "leadership", N_("Leadership skills") },
  { "analysis", N_("Analysis") },
  { "communication", N_("Communication") },
  { "teamwork", N_("Teamwork") },
  { "result-orientation", N_("Orientation to results") },
};

/* The competencies an assessment centre scores.  The rule set does not
 * name them yet (its stage rule has weights, not a list): one list here,
 * for the form and the documents alike. */
static const char * const competencies[] = {
  "leadership", "analysis", "communication", "teamwork", "result-orientation", NULL
};

const char * const *
konkurs_stage_get_competencies (void)
{
  return competencies;
}

#define TO_CODE KONKURS_CODE_TABLE_TO_CODE
#define TO_LABEL KONKURS_CODE_TABLE_TO_LABEL

const char *konkurs_stage_kind_to_code (KonkursStageKind kind) { return TO_CODE (stage_kinds, kind); }
const char *konkurs_stage_kind_get_label (KonkursStageKind kind) { return TO_LABEL (stage_kinds, kind); }
const char *konkurs_track_to_code (KonkursTrack track) { return TO_CODE (tracks, track); }
const char *konkurs_track_get_label (KonkursTrack track) { return TO_LABEL (tracks, track); }
const char *konkurs_stage_score_to_code (KonkursStageScore score) { return TO_CODE (stage_scores, score); }
const char *konkurs_stage_reason_to_code (KonkursStageReason reason) { return TO_CODE (reasons, reason); }

gboolean
konkurs_stage_kind_from_code (const char *code, KonkursStageKind *out)
{
  int value;

  if (!konkurs_code_table_find_code (stage_kinds, G_N_ELEMENTS (stage_kinds), code, &value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

gboolean
konkurs_track_from_code (const char *code, KonkursTrack *out)
{
  int value;

  if (!konkurs_code_table_find_code (tracks, G_N_ELEMENTS (tracks), code, &value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

gboolean
konkurs_stage_score_from_code (const char *code, KonkursStageScore *out)
{
  int value;

  if (!konkurs_code_table_find_code (stage_scores, G_N_ELEMENTS (stage_scores), code, &value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

gboolean
konkurs_stage_reason_from_code (const char *code, KonkursStageReason *out)
{
  int value;

  if (!konkurs_code_table_find_code (reasons, G_N_ELEMENTS (reasons), code, &value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

const char *
konkurs_stage_test_get_label (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (test_names); i++)
    if (g_strcmp0 (test_names[i].code, code) == 0)
      return test_names[i].label;
  return NULL;
}

/* Rules */

G_DEFINE_BOXED_TYPE (KonkursStageRule, konkurs_stage_rule, konkurs_stage_rule_copy, konkurs_stage_rule_free)

static void
test_rule_free (KonkursTestRule *test)
{
  g_free (test->code);
  g_ptr_array_unref (test->parts);
  g_free (test);
}

static void
part_rule_free (KonkursTestPartRule *part)
{
  g_free (part->code);
  g_free (part);
}

static KonkursTestRule *
test_rule_new (const char *code, int max_score, int pass_score, gboolean ranks)
{
  KonkursTestRule *test = g_new0 (KonkursTestRule, 1);

  test->code = g_strdup (code != NULL ? code : "");
  test->max_score = max_score;
  test->pass_score = pass_score;
  test->ranks = ranks;
  test->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_rule_free);
  return test;
}

KonkursStageRule *
konkurs_stage_rule_new (KonkursStageKind kind,
                        KonkursTrack     track,
                        int              ordinal)
{
  KonkursStageRule *rule = g_new0 (KonkursStageRule, 1);

  rule->kind = kind;
  rule->track = track;
  rule->ordinal = ordinal;
  rule->ties_go_on = TRUE;
  rule->sole_goes_on = TRUE;
  rule->tests = g_ptr_array_new_with_free_func ((GDestroyNotify) test_rule_free);
  return rule;
}

KonkursStageRule *
konkurs_stage_rule_copy (const KonkursStageRule *rule)
{
  KonkursStageRule *copy;

  g_return_val_if_fail (rule != NULL, NULL);

  copy = g_memdup2 (rule, sizeof *rule);
  copy->tests = g_ptr_array_new_with_free_func ((GDestroyNotify) test_rule_free);
  for (guint i = 0; i < rule->tests->len; i++)
    {
      const KonkursTestRule *test = g_ptr_array_index (rule->tests, i);
      KonkursTestRule *test_copy = konkurs_stage_rule_add_test (copy, test->code, test->max_score,
                                                                test->pass_score, test->ranks);

      for (guint j = 0; j < test->parts->len; j++)
        {
          const KonkursTestPartRule *part = g_ptr_array_index (test->parts, j);

          konkurs_test_rule_add_part (test_copy, part->code, part->max_score, part->min_score);
        }
    }
  return copy;
}

void
konkurs_stage_rule_free (KonkursStageRule *rule)
{
  if (rule == NULL)
    return;
  g_ptr_array_unref (rule->tests);
  g_free (rule);
}

KonkursTestRule *
konkurs_stage_rule_add_test (KonkursStageRule *rule,
                             const char       *code,
                             int               max_score,
                             int               pass_score,
                             gboolean          ranks)
{
  KonkursTestRule *test;

  g_return_val_if_fail (rule != NULL, NULL);

  test = test_rule_new (code, max_score, pass_score, ranks);
  g_ptr_array_add (rule->tests, test);
  return test;
}

void
konkurs_test_rule_add_part (KonkursTestRule *test,
                            const char      *code,
                            int              max_score,
                            int              min_score)
{
  KonkursTestPartRule *part;

  g_return_if_fail (test != NULL);

  part = g_new0 (KonkursTestPartRule, 1);
  part->code = g_strdup (code != NULL ? code : "");
  part->max_score = max_score;
  part->min_score = min_score;
  g_ptr_array_add (test->parts, part);
}

const KonkursTestRule *
konkurs_stage_rule_find_test (const KonkursStageRule *rule,
                              const char             *code)
{
  g_return_val_if_fail (rule != NULL, NULL);

  for (guint i = 0; i < rule->tests->len; i++)
    {
      const KonkursTestRule *test = g_ptr_array_index (rule->tests, i);

      if (g_strcmp0 (test->code, code) == 0)
        return test;
    }
  return NULL;
}

static const char *
check_test (const KonkursStageRule *rule,
            guint                   index)
{
  const KonkursTestRule *test = g_ptr_array_index (rule->tests, index);
  int sum = 0;

  if (test->code == NULL || *test->code == '\0')
    return N_("A test of the stage has no code.");
  for (guint i = 0; i < index; i++)
    if (g_str_equal (((KonkursTestRule *) g_ptr_array_index (rule->tests, i))->code, test->code))
      return N_("Two tests of the stage have the same code.");
  if (test->max_score <= 0)
    return N_("The maximum score of a test must be above zero.");
  if (test->pass_score < 0 || test->pass_score > test->max_score)
    return N_("The pass mark of a test must be between zero and its maximum score.");
  for (guint i = 0; i < test->parts->len; i++)
    {
      const KonkursTestPartRule *part = g_ptr_array_index (test->parts, i);

      if (part->code == NULL || *part->code == '\0')
        return N_("A part of a test has no code.");
      for (guint j = 0; j < i; j++)
        if (g_str_equal (((KonkursTestPartRule *) g_ptr_array_index (test->parts, j))->code, part->code))
          return N_("Two parts of a test have the same code.");
      if (part->max_score <= 0)
        return N_("The maximum score of a part must be above zero.");
      if (part->min_score < 0 || part->min_score > part->max_score)
        return N_("The minimum of a part must be between zero and its maximum score.");
      sum += part->max_score;
    }
  if (test->parts->len > 0 && sum != test->max_score)
    return N_("The maximum scores of the parts of a test do not add up to its maximum score.");
  return NULL;
}

const char *
konkurs_stage_rule_check (const KonkursStageRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  if (konkurs_stage_kind_to_code (rule->kind) == NULL)
    return N_("The kind of the stage is not known.");
  if (konkurs_track_to_code (rule->track) == NULL)
    return N_("The track of the stage is not known.");
  if (konkurs_stage_score_to_code (rule->score) == NULL)
    return N_("How the stage is scored is not known.");
  if (rule->ordinal < 1)
    return N_("The stages of a track are numbered from 1.");
  if (rule->max_score < 0 || rule->threshold < 0 || rule->admit_top < 0 || rule->duration_days < 0)
    return N_("The numbers of a stage cannot be negative.");
  if (rule->max_score > 0 && rule->threshold > rule->max_score)
    return N_("The threshold of the stage is above its maximum score.");
  if (rule->admit_share < 0 || rule->admit_share > 100)
    return N_("The share of those who go on must be between 0 and 100 percent.");
  if (rule->score == KONKURS_STAGE_SCORE_ASSESSMENT_CENTRE
      && (rule->weight_a < 0 || rule->weight_b < 0 || rule->weight_a + rule->weight_b != 100))
    return N_("The weights of the assessment centre must add up to 100 percent.");
  if (rule->score == KONKURS_STAGE_SCORE_TESTS && rule->tests->len == 0)
    return N_("A stage scored by tests needs at least one test.");
  for (guint i = 0; i < rule->tests->len; i++)
    {
      const char *problem = check_test (rule, i);

      if (problem != NULL)
        return problem;
    }
  return NULL;
}

/* Scoring */

static const char *
test_display (const char *code)
{
  const char *label = konkurs_stage_test_get_label (code);

  return label != NULL ? _(label) : code;
}

static gboolean
score_invalid (GError **error, KonkursValidationError field, const char *format, ...) G_GNUC_PRINTF (3, 4);

static gboolean
score_invalid (GError **error, KonkursValidationError field, const char *format, ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, KONKURS_VALIDATION_ERROR, field, message);
  return FALSE;
}

/* Checks the parts of @score against @test; the first part below its
 * minimum, in the rule's order, goes to *@failed. */
static gboolean
check_parts (const KonkursTestRule      *test,
             const KonkursTestScore     *score,
             const KonkursTestPartRule **failed,
             int                        *failed_score,
             GError                    **error)
{
  int sum = 0;

  /* A certificate is issued only to those who met every part's minimum
   * (see KonkursTestScore): nothing to check, nothing failed. */
  if (score->n_parts == 0 && score->certified)
    return TRUE;
  if (score->n_parts == 0 && test->parts->len > 0)
    return score_invalid (error, KONKURS_VALIDATION_ERROR_TEST_PART,
                          _("The result of the test “%s” needs the score of each of its %u parts."),
                          test_display (test->code), test->parts->len);
  for (guint i = 0; i < score->n_parts; i++)
    {
      const char *code = score->part_codes[i];
      const KonkursTestPartRule *part = NULL;

      for (guint j = 0; j < test->parts->len && part == NULL; j++)
        if (g_strcmp0 (((KonkursTestPartRule *) g_ptr_array_index (test->parts, j))->code, code) == 0)
          part = g_ptr_array_index (test->parts, j);
      for (guint j = 0; j < i; j++)
        if (g_strcmp0 (score->part_codes[j], code) == 0)
          return score_invalid (error, KONKURS_VALIDATION_ERROR_TEST_PART,
                                _("The test “%s” has the part “%s” twice."), test_display (test->code),
                                test_display (code));
      if (part == NULL)
        return score_invalid (error, KONKURS_VALIDATION_ERROR_TEST_PART,
                              _("The test “%s” has no part “%s”."), test_display (test->code),
                              code != NULL ? code : "");
      if (score->part_scores[i] < 0 || score->part_scores[i] > part->max_score)
        return score_invalid (error, KONKURS_VALIDATION_ERROR_TEST_PART,
                              _("The score %d of the part “%s” of the test “%s” is not between 0 and %d."),
                              score->part_scores[i], test_display (code), test_display (test->code),
                              part->max_score);
      sum += score->part_scores[i];
    }
  if (score->n_parts > 0 && score->n_parts != test->parts->len)
    return score_invalid (error, KONKURS_VALIDATION_ERROR_TEST_PART,
                          _("The result of the test “%s” gives %u of its %u parts."),
                          test_display (test->code), score->n_parts, test->parts->len);
  if (score->n_parts > 0 && sum != score->score)
    return score_invalid (error, KONKURS_VALIDATION_ERROR_TEST_PART,
                          _("The parts of the test “%s” add up to %d, not to its score %d."),
                          test_display (test->code), sum, score->score);
  /* the minimum per part, in the order of the rule */
  for (guint j = 0; j < test->parts->len && *failed == NULL; j++)
    {
      const KonkursTestPartRule *part = g_ptr_array_index (test->parts, j);

      for (guint i = 0; i < score->n_parts; i++)
        if (g_str_equal (score->part_codes[i], part->code) && score->part_scores[i] < part->min_score)
          {
            *failed = part;
            *failed_score = score->part_scores[i];
          }
    }
  return TRUE;
}

static const KonkursTestScore *
find_score (const KonkursTestScore *scores, guint n_scores, const char *test)
{
  for (guint i = 0; i < n_scores; i++)
    if (g_strcmp0 (scores[i].test, test) == 0)
      return &scores[i];
  return NULL;
}

/* Every score names a test of the rule once, within its range. */
static gboolean
check_scores (const KonkursStageRule *rule,
              const KonkursTestScore *scores,
              guint                   n_scores,
              GError                **error)
{
  for (guint i = 0; i < n_scores; i++)
    {
      const KonkursTestRule *test = konkurs_stage_rule_find_test (rule, scores[i].test);

      if (test == NULL)
        return score_invalid (error, KONKURS_VALIDATION_ERROR_TEST_SCORE,
                              _("The stage has no test “%s”."), scores[i].test != NULL ? scores[i].test : "");
      if (find_score (scores, i, scores[i].test) != NULL)
        return score_invalid (error, KONKURS_VALIDATION_ERROR_TEST_SCORE,
                              _("The test “%s” is given twice."), test_display (test->code));
      if (scores[i].present && (scores[i].score < 0 || scores[i].score > test->max_score))
        return score_invalid (error, KONKURS_VALIDATION_ERROR_TEST_SCORE,
                              _("The score %d of the test “%s” is not between 0 and %d."),
                              scores[i].score, test_display (test->code), test->max_score);
    }
  return TRUE;
}

static void
set_failure (KonkursStageEntry  *entry,
             KonkursStageReason  reason,
             const char         *code,
             int                 score,
             int                 mark,
             int                 max)
{
  entry->failure = reason;
  entry->failed_code = code;
  entry->failed_score = score;
  entry->failed_mark = mark;
  entry->failed_max = max;
}

gboolean
konkurs_stage_rule_score_tests (const KonkursStageRule  *rule,
                                const KonkursTestScore  *scores,
                                guint                    n_scores,
                                KonkursStageEntry       *entry,
                                GError                 **error)
{
  const KonkursTestPartRule *part_failed = NULL;
  int part_score = 0;
  gboolean complete = TRUE;
  gint64 sum = 0;

  g_return_val_if_fail (rule != NULL, FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);
  g_return_val_if_fail (n_scores == 0 || scores != NULL, FALSE);

  if (!check_scores (rule, scores, n_scores, error))
    return FALSE;
  for (guint i = 0; i < n_scores; i++)
    {
      const KonkursTestRule *test = konkurs_stage_rule_find_test (rule, scores[i].test);

      if (scores[i].present && !check_parts (test, &scores[i], &part_failed, &part_score, error))
        return FALSE;
    }

  set_failure (entry, KONKURS_STAGE_REASON_NONE, NULL, 0, 0, 0);
  for (guint i = 0; i < rule->tests->len; i++)
    {
      const KonkursTestRule *test = g_ptr_array_index (rule->tests, i);
      const KonkursTestScore *score = find_score (scores, n_scores, test->code);

      if (score == NULL || !score->present)
        {
          complete = FALSE;
          continue;
        }
      if (test->ranks)
        sum += score->score;
      if (entry->failure == KONKURS_STAGE_REASON_NONE && score->score < test->pass_score)
        set_failure (entry, KONKURS_STAGE_REASON_TEST_FAILED, test->code, score->score, test->pass_score,
                     test->max_score);
    }
  if (entry->failure == KONKURS_STAGE_REASON_NONE && part_failed != NULL)
    set_failure (entry, KONKURS_STAGE_REASON_PART_FAILED, part_failed->code, part_score, part_failed->min_score,
                 part_failed->max_score);
  entry->has_result = complete;
  entry->score = complete ? sum * 100 : 0;
  if (!complete)
    set_failure (entry, KONKURS_STAGE_REASON_NONE, NULL, 0, 0, 0);
  return TRUE;
}

/* (numerator / denominator) rounded half up, both non-negative. */
static gint64
divide_rounded (gint64 numerator, gint64 denominator)
{
  return (2 * numerator + denominator) / (2 * denominator);
}

gint64
konkurs_stage_mean_centi (const int *scores,
                          guint      n)
{
  gint64 sum = 0;

  if (n == 0)
    return 0;
  for (guint i = 0; i < n; i++)
    sum += scores[i];
  return divide_rounded (sum * 100, n);
}

gint64
konkurs_stage_rule_assessment_score (const KonkursStageRule *rule,
                                     const int              *competency_scores,
                                     guint                   n_competencies,
                                     int                     interview_rating)
{
  gint64 sum = 0;

  g_return_val_if_fail (rule != NULL, 0);

  if (n_competencies == 0)
    return divide_rounded ((gint64) rule->weight_b * interview_rating * 100, 100);
  for (guint i = 0; i < n_competencies; i++)
    sum += competency_scores[i];
  /* weight_a % of sum / n plus weight_b % of the rating, in centi-points:
   * one division, so that nothing is rounded twice */
  return divide_rounded ((gint64) rule->weight_a * sum * 100
                         + (gint64) rule->weight_b * interview_rating * 100 * n_competencies,
                         100 * (gint64) n_competencies);
}

/* The cut-off */

G_DEFINE_BOXED_TYPE (KonkursStageDecision, konkurs_stage_decision, konkurs_stage_decision_copy,
                     konkurs_stage_decision_free)

KonkursStageDecision *
konkurs_stage_decision_copy (const KonkursStageDecision *decision)
{
  KonkursStageDecision *copy;

  g_return_val_if_fail (decision != NULL, NULL);

  copy = g_memdup2 (decision, sizeof *decision);
  copy->detail = g_strdup (decision->detail);
  return copy;
}

void
konkurs_stage_decision_free (KonkursStageDecision *decision)
{
  if (decision == NULL)
    return;
  g_free (decision->detail);
  g_free (decision);
}

static int
compare_scores_desc (gconstpointer a, gconstpointer b)
{
  const KonkursStageDecision *x = *(KonkursStageDecision * const *) a;
  const KonkursStageDecision *y = *(KonkursStageDecision * const *) b;

  return x->score < y->score ? 1 : x->score > y->score ? -1 : 0;
}

static int
places_of (const KonkursStageRule *rule, int n_ranked)
{
  int places = rule->admit_top;

  if (rule->admit_share > 0)
    {
      int share = (rule->admit_share * n_ranked + 99) / 100;

      if (places == 0 || share < places)
        places = share;
    }
  return places;
}

/* Ranks @ranked (those of one group who met every mark) and decides them. */
static void
decide_ranked (const KonkursStageRule *rule,
               GPtrArray              *ranked,
               guint                   group_size)
{
  int n = ranked->len;
  int places = places_of (rule, n);
  gint64 cutoff = 0;
  int n_at_or_above = 0;

  g_ptr_array_sort (ranked, compare_scores_desc);
  if (places > 0 && places < n)
    {
      cutoff = ((KonkursStageDecision *) g_ptr_array_index (ranked, places - 1))->score;
      for (int i = 0; i < n; i++)
        if (((KonkursStageDecision *) g_ptr_array_index (ranked, i))->score >= cutoff)
          n_at_or_above++;
    }
  for (int i = 0; i < n; i++)
    {
      KonkursStageDecision *d = g_ptr_array_index (ranked, i);

      /* sorted by score: those tied share the rank of the first of them,
       * one more than the number scoring higher */
      if (i > 0 && ((KonkursStageDecision *) g_ptr_array_index (ranked, i - 1))->score == d->score)
        d->rank = ((KonkursStageDecision *) g_ptr_array_index (ranked, i - 1))->rank;
      else
        d->rank = i + 1;
      d->places = places;
      d->n_ranked = n;
      d->outcome = KONKURS_STAGE_OUTCOME_GOES_ON;
      if (places == 0)
        d->reason = KONKURS_STAGE_REASON_PASSED;
      else if (group_size == 1 && n == 1 && rule->sole_goes_on)
        d->reason = KONKURS_STAGE_REASON_SOLE_APPLICANT;
      else if (places >= n || d->score > cutoff || (d->score == cutoff && n_at_or_above <= places))
        d->reason = KONKURS_STAGE_REASON_WITHIN_PLACES;
      else if (d->score == cutoff)
        {
          d->reason = rule->ties_go_on ? KONKURS_STAGE_REASON_TIED_AT_CUTOFF : KONKURS_STAGE_REASON_TIED_OUT;
          if (!rule->ties_go_on)
            d->outcome = KONKURS_STAGE_OUTCOME_STAYS_OUT;
        }
      else
        {
          d->reason = KONKURS_STAGE_REASON_BEYOND_PLACES;
          d->outcome = KONKURS_STAGE_OUTCOME_STAYS_OUT;
        }
    }
}

/* Decides the marks of @entry into @d; TRUE when it is to be ranked. */
static gboolean
decide_marks (const KonkursStageRule  *rule,
              const KonkursStageEntry *entry,
              KonkursStageDecision    *d)
{
  d->application_id = entry->application_id;
  d->score = entry->has_result ? entry->score : 0;
  if (!entry->has_result)
    {
      d->outcome = KONKURS_STAGE_OUTCOME_PENDING;
      d->reason = KONKURS_STAGE_REASON_NO_RESULT;
      return FALSE;
    }
  if (entry->failure == KONKURS_STAGE_REASON_TEST_FAILED || entry->failure == KONKURS_STAGE_REASON_PART_FAILED)
    {
      d->outcome = KONKURS_STAGE_OUTCOME_STAYS_OUT;
      d->reason = entry->failure;
      d->detail = g_strdup (entry->failed_code);
      d->detail_score = entry->failed_score;
      d->detail_mark = entry->failed_mark;
      d->detail_max = entry->failed_max;
      return FALSE;
    }
  if (rule->threshold > 0 && entry->score < (gint64) rule->threshold * 100)
    {
      d->outcome = KONKURS_STAGE_OUTCOME_STAYS_OUT;
      d->reason = KONKURS_STAGE_REASON_BELOW_THRESHOLD;
      d->detail_mark = rule->threshold;
      d->detail_max = rule->max_score;
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
konkurs_stage_rule_decide (const KonkursStageRule  *rule,
                           const KonkursStageEntry *entries,
                           guint                    n_entries)
{
  g_autoptr(GPtrArray) decisions = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_decision_free);
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) sizes = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (rule != NULL, NULL);
  g_return_val_if_fail (n_entries == 0 || entries != NULL, NULL);

  for (guint i = 0; i < n_entries; i++)
    {
      KonkursStageDecision *d = g_new0 (KonkursStageDecision, 1);
      const gint64 *group = &entries[i].group;
      GPtrArray *ranked;

      g_ptr_array_add (decisions, d);
      g_hash_table_insert (sizes, (gpointer) group,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (sizes, group)) + 1));
      if (!decide_marks (rule, &entries[i], d))
        continue;
      ranked = g_hash_table_lookup (groups, group);
      if (ranked == NULL)
        {
          ranked = g_ptr_array_new ();
          g_hash_table_insert (groups, (gpointer) group, ranked);
        }
      g_ptr_array_add (ranked, d);
    }

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, &key, &value))
    decide_ranked (rule, value, GPOINTER_TO_UINT (g_hash_table_lookup (sizes, key)));

  /* the places and the count of the group for those outside the ranking too */
  for (guint i = 0; i < n_entries; i++)
    {
      KonkursStageDecision *d = g_ptr_array_index (decisions, i);
      GPtrArray *ranked = g_hash_table_lookup (groups, &entries[i].group);

      if (d->rank == 0)
        {
          d->n_ranked = ranked != NULL ? (int) ranked->len : 0;
          d->places = places_of (rule, d->n_ranked);
        }
    }
  return g_steal_pointer (&decisions);
}

/* Describing */

static const char *
tr (KonkursCatalog *catalog, const char *msgid)
{
  return catalog != NULL ? konkurs_catalog_gettext (catalog, msgid) : _(msgid);
}

static const char *
code_name (KonkursCatalog *catalog, const char *code)
{
  const char *label = konkurs_stage_test_get_label (code);

  return label != NULL ? tr (catalog, label) : (code != NULL ? code : "");
}

/* The formats are msgids of this file, translated through a catalogue;
 * msgfmt --check-format keeps the translations' arguments in line. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
char *
konkurs_stage_decision_describe (const KonkursStageDecision *decision,
                                 KonkursCatalog             *catalog)
{
  g_autofree char *score = NULL;

  g_return_val_if_fail (decision != NULL, NULL);

  switch (decision->reason)
    {
    case KONKURS_STAGE_REASON_NO_RESULT:
      return g_strdup (tr (catalog, N_("no result")));
    case KONKURS_STAGE_REASON_TEST_FAILED:
      if (decision->detail_max == 1)
        /* a test passed or not, the state language's */
        return g_strdup_printf (tr (catalog, N_("%s: not passed")), code_name (catalog, decision->detail));
      /* Translators: "legislation: 29 of 55, pass mark 30" */
      return g_strdup_printf (tr (catalog, N_("%s: %d of %d, pass mark %d")), code_name (catalog, decision->detail),
                              decision->detail_score, decision->detail_max, decision->detail_mark);
    case KONKURS_STAGE_REASON_PART_FAILED:
      /* Translators: "Constitution: 4 of 15, minimum 5" */
      return g_strdup_printf (tr (catalog, N_("%s: %d of %d, minimum %d")), code_name (catalog, decision->detail),
                              decision->detail_score, decision->detail_max, decision->detail_mark);
    case KONKURS_STAGE_REASON_BELOW_THRESHOLD:
      score = konkurs_stage_format_score (decision->score, catalog);
      /* Translators: "below threshold 29/30": the score, then the threshold */
      return g_strdup_printf (tr (catalog, N_("below threshold %s/%d")), score, decision->detail_mark);
    case KONKURS_STAGE_REASON_WITHIN_PLACES:
    case KONKURS_STAGE_REASON_BEYOND_PLACES:
      /* Translators: "rank 7 of 5 places" */
      return g_strdup_printf (catalog != NULL
                              ? konkurs_catalog_ngettext (catalog, "rank %d of %d place", "rank %d of %d places",
                                                          decision->places)
                              : g_dngettext (GETTEXT_PACKAGE, "rank %d of %d place", "rank %d of %d places",
                                             decision->places), decision->rank, decision->places);
    case KONKURS_STAGE_REASON_TIED_AT_CUTOFF:
      return g_strdup (tr (catalog, N_("tied at the cut-off: goes on")));
    case KONKURS_STAGE_REASON_TIED_OUT:
      return g_strdup (tr (catalog, N_("tied at the cut-off: the rule admits none of the tied")));
    case KONKURS_STAGE_REASON_SOLE_APPLICANT:
      return g_strdup (tr (catalog, N_("sole applicant: goes on")));
    case KONKURS_STAGE_REASON_PASSED:
      return g_strdup (tr (catalog, N_("passed")));
    case KONKURS_STAGE_REASON_ADMITTED:
      return g_strdup (tr (catalog, N_("admitted after the documents review")));
    case KONKURS_STAGE_REASON_NOT_ADMITTED:
      return g_strdup (tr (catalog, N_("not admitted after the documents review")));
    case KONKURS_STAGE_REASON_WITHDRAWN:
      return g_strdup (tr (catalog, N_("application withdrawn")));
    case KONKURS_STAGE_REASON_RECOMMENDED:
      return g_strdup (tr (catalog, N_("recommended by the commission")));
    case KONKURS_STAGE_REASON_NOT_RECOMMENDED:
      return g_strdup (tr (catalog, N_("not recommended by the commission")));
    case KONKURS_STAGE_REASON_NONE:
    default:
      return g_strdup ("");
    }
}
#pragma GCC diagnostic pop

char *
konkurs_stage_format_score (gint64          centi,
                            KonkursCatalog *catalog)
{
  const char *separator = ",";
  gboolean negative = centi < 0;
  guint64 value = negative ? (guint64) -centi : (guint64) centi;

  if (catalog == NULL)
    {
      const struct lconv *conv = localeconv ();

      separator = conv->decimal_point != NULL && *conv->decimal_point != '\0' ? conv->decimal_point : ".";
    }
  if (value % 100 == 0)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT, negative ? "-" : "", value / 100);
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT "%s%02u", negative ? "-" : "", value / 100, separator,
                          (guint) (value % 100));
}
