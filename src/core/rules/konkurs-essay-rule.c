/* konkurs-essay-rule.c — how an essay is graded and how its graders'
 * scores become its score
 *
 * The numbers come from the rule set (seeded and loaded by the store);
 * this file only combines them.  Scores are centi-points, rounded half
 * up, so that the essay stage ranks and ties the score it prints.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-catalog.h"
#include "konkurs-code-table-private.h"
#include "konkurs-essay-rule.h"
#include "konkurs-text.h"

/* Codes and labels */

static const KonkursCodeEntry graders_codes[] = {
  { KONKURS_ESSAY_GRADERS_EXPERTS, "experts", N_("Sector experts") },
  { KONKURS_ESSAY_GRADERS_COMMISSION, "commission", N_("Members of the competition commission") },
};

static const KonkursCodeEntry fourth_codes[] = {
  { KONKURS_ESSAY_FOURTH_DROP_FARTHEST, "drop-farthest", N_("The score farthest from the median is dropped") },
  { KONKURS_ESSAY_FOURTH_MEAN_OF_ALL, "mean-of-all", N_("The mean of all four scores") },
};

static const KonkursCodeEntry status_codes[] = {
  { KONKURS_ESSAY_STATUS_NOT_ASSIGNED, "not-assigned", N_("Not assigned") },
  { KONKURS_ESSAY_STATUS_ASSIGNED, "assigned", N_("Assigned") },
  { KONKURS_ESSAY_STATUS_PARTLY_GRADED, "partly-graded", N_("Partly graded") },
  { KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION, "needs-resolution", N_("Needs resolution") },
  { KONKURS_ESSAY_STATUS_GRADED, "graded", N_("Graded") },
  { KONKURS_ESSAY_STATUS_FINAL, "final", N_("Final") },
};

static const KonkursCodeEntry resolution_codes[] = {
  { KONKURS_ESSAY_RESOLVED_NONE, "none", NULL },
  { KONKURS_ESSAY_RESOLVED_FOURTH, "fourth-grader", NULL },
  { KONKURS_ESSAY_RESOLVED_CHAIR, "chair", NULL },
};

#define TO_CODE KONKURS_CODE_TABLE_TO_CODE
#define TO_LABEL KONKURS_CODE_TABLE_TO_LABEL
#define FROM_CODE(table, code, type, out) \
  ({ int v_ = 0; gboolean ok_ = konkurs_code_table_find_code (table, G_N_ELEMENTS (table), code, &v_); \
     if (ok_ && (out) != NULL) { *(out) = (type) v_; } \
     ok_; })

const char *konkurs_essay_graders_to_code (KonkursEssayGraders graders) { return TO_CODE (graders_codes, graders); }
const char *konkurs_essay_graders_get_label (KonkursEssayGraders graders) { return TO_LABEL (graders_codes, graders); }
gboolean
konkurs_essay_graders_from_code (const char *code, KonkursEssayGraders *out)
{
  return FROM_CODE (graders_codes, code, KonkursEssayGraders, out);
}

const char *konkurs_essay_fourth_rule_to_code (KonkursEssayFourthRule rule) { return TO_CODE (fourth_codes, rule); }
const char *konkurs_essay_fourth_rule_get_label (KonkursEssayFourthRule rule) { return TO_LABEL (fourth_codes, rule); }
gboolean
konkurs_essay_fourth_rule_from_code (const char *code, KonkursEssayFourthRule *out)
{
  return FROM_CODE (fourth_codes, code, KonkursEssayFourthRule, out);
}

const char *konkurs_essay_status_to_code (KonkursEssayStatus status) { return TO_CODE (status_codes, status); }
const char *konkurs_essay_status_get_label (KonkursEssayStatus status) { return TO_LABEL (status_codes, status); }
gboolean
konkurs_essay_status_from_code (const char *code, KonkursEssayStatus *out)
{
  return FROM_CODE (status_codes, code, KonkursEssayStatus, out);
}

const char *konkurs_essay_resolution_to_code (KonkursEssayResolution r) { return TO_CODE (resolution_codes, r); }
gboolean
konkurs_essay_resolution_from_code (const char *code, KonkursEssayResolution *out)
{
  return FROM_CODE (resolution_codes, code, KonkursEssayResolution, out);
}

/* Criteria */

G_DEFINE_BOXED_TYPE (KonkursEssayCriterion, konkurs_essay_criterion, konkurs_essay_criterion_copy,
                     konkurs_essay_criterion_free)

KonkursEssayCriterion *
konkurs_essay_criterion_new (const char             *code,
                             const KonkursLocalText *name,
                             const KonkursLocalText *description,
                             int                     min_points,
                             int                     max_points)
{
  KonkursEssayCriterion *criterion = g_new0 (KonkursEssayCriterion, 1);

  criterion->code = g_strdup (code != NULL ? code : "");
  criterion->name = name != NULL ? konkurs_local_text_copy (name) : konkurs_local_text_new (NULL, NULL);
  criterion->description = description != NULL ? konkurs_local_text_copy (description)
                                               : konkurs_local_text_new (NULL, NULL);
  criterion->min_points = min_points;
  criterion->max_points = max_points;
  return criterion;
}

KonkursEssayCriterion *
konkurs_essay_criterion_copy (const KonkursEssayCriterion *criterion)
{
  g_return_val_if_fail (criterion != NULL, NULL);

  return konkurs_essay_criterion_new (criterion->code, criterion->name, criterion->description,
                                      criterion->min_points, criterion->max_points);
}

void
konkurs_essay_criterion_free (KonkursEssayCriterion *criterion)
{
  if (criterion == NULL)
    return;
  g_free (criterion->code);
  konkurs_local_text_free (criterion->name);
  konkurs_local_text_free (criterion->description);
  g_free (criterion);
}

/* The rule */

G_DEFINE_BOXED_TYPE (KonkursEssayRule, konkurs_essay_rule, konkurs_essay_rule_copy, konkurs_essay_rule_free)

KonkursEssayRule *
konkurs_essay_rule_new (KonkursTrack track)
{
  KonkursEssayRule *rule = g_new0 (KonkursEssayRule, 1);

  rule->track = track;
  rule->graders = KONKURS_ESSAY_GRADERS_EXPERTS;
  rule->graders_per_essay = 3;
  rule->min_share_numerator = 2;
  rule->min_share_denominator = 3;
  rule->spread_limit = 2;
  rule->fourth_rule = KONKURS_ESSAY_FOURTH_DROP_FARTHEST;
  rule->conflict_years = 3;
  rule->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_criterion_free);
  return rule;
}

KonkursEssayRule *
konkurs_essay_rule_copy (const KonkursEssayRule *rule)
{
  KonkursEssayRule *copy;

  g_return_val_if_fail (rule != NULL, NULL);

  copy = g_new0 (KonkursEssayRule, 1);
  *copy = *rule;
  copy->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_criterion_free);
  for (guint i = 0; i < rule->criteria->len; i++)
    konkurs_essay_rule_add_criterion (copy, g_ptr_array_index (rule->criteria, i));
  return copy;
}

void
konkurs_essay_rule_free (KonkursEssayRule *rule)
{
  if (rule == NULL)
    return;
  g_ptr_array_unref (rule->criteria);
  g_free (rule);
}

void
konkurs_essay_rule_add_criterion (KonkursEssayRule            *rule,
                                  const KonkursEssayCriterion *criterion)
{
  g_return_if_fail (rule != NULL && criterion != NULL);

  g_ptr_array_add (rule->criteria, konkurs_essay_criterion_copy (criterion));
}

int
konkurs_essay_rule_get_min_total (const KonkursEssayRule *rule)
{
  int total = 0;

  g_return_val_if_fail (rule != NULL, 0);

  for (guint i = 0; i < rule->criteria->len; i++)
    total += ((KonkursEssayCriterion *) g_ptr_array_index (rule->criteria, i))->min_points;
  return total;
}

int
konkurs_essay_rule_get_max_total (const KonkursEssayRule *rule)
{
  int total = 0;

  g_return_val_if_fail (rule != NULL, 0);

  for (guint i = 0; i < rule->criteria->len; i++)
    total += ((KonkursEssayCriterion *) g_ptr_array_index (rule->criteria, i))->max_points;
  return total;
}

const KonkursEssayCriterion *
konkurs_essay_rule_find_criterion (const KonkursEssayRule *rule,
                                   const char             *code)
{
  g_return_val_if_fail (rule != NULL, NULL);

  if (code == NULL)
    return NULL;
  for (guint i = 0; i < rule->criteria->len; i++)
    {
      const KonkursEssayCriterion *criterion = g_ptr_array_index (rule->criteria, i);

      if (g_str_equal (criterion->code, code))
        return criterion;
    }
  return NULL;
}

static char *
check_criteria (const KonkursEssayRule *rule)
{
  if (rule->criteria->len == 0)
    return g_strdup (_("The essay rule has no criteria: add at least one criterion with its points."));
  for (guint i = 0; i < rule->criteria->len; i++)
    {
      const KonkursEssayCriterion *criterion = g_ptr_array_index (rule->criteria, i);

      if (konkurs_text_is_blank (criterion->code))
        return g_strdup_printf (_("Criterion %u has no code."), i + 1);
      if (konkurs_local_text_is_blank (criterion->name))
        return g_strdup_printf (_("Criterion “%s” has no name."), criterion->code);
      if (criterion->min_points < 0 || criterion->min_points > criterion->max_points)
        return g_strdup_printf (_("Criterion “%s”: points from %d to %d are not a range (the lowest must be 0 or "
                                  "more and not above the highest)."),
                                criterion->code, criterion->min_points, criterion->max_points);
      for (guint j = 0; j < i; j++)
        if (g_str_equal (((KonkursEssayCriterion *) g_ptr_array_index (rule->criteria, j))->code,
                         criterion->code))
          return g_strdup_printf (_("Criterion code “%s” is used twice."), criterion->code);
    }
  return NULL;
}

char *
konkurs_essay_rule_check (const KonkursEssayRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);

  if (konkurs_essay_graders_to_code (rule->graders) == NULL)
    return g_strdup (_("Graders: choose sector experts or the commission’s members."));
  if (rule->graders_per_essay < 1 || rule->graders_per_essay > 9)
    return g_strdup_printf (_("Graders per essay: must be from 1 to 9, not %d."), rule->graders_per_essay);
  if (rule->min_share_denominator < 1 || rule->min_share_numerator < 1
      || rule->min_share_numerator > rule->min_share_denominator)
    return g_strdup_printf (_("Share of the commission’s members: %d/%d is not a share between 0 and 1."),
                            rule->min_share_numerator, rule->min_share_denominator);
  if (rule->spread_limit < 0)
    return g_strdup_printf (_("Spread limit: must be 0 or more, not %d."), rule->spread_limit);
  if (konkurs_essay_fourth_rule_to_code (rule->fourth_rule) == NULL)
    return g_strdup (_("Fourth grader: choose how a fourth grader’s score counts."));
  if (rule->conflict_years < 0)
    return g_strdup_printf (_("Years of a conflict of interest: must be 0 or more, not %d."),
                            rule->conflict_years);
  if (rule->max_words < 0 || rule->max_minutes < 0)
    return g_strdup (_("Words and minutes: a limit must be 0 (none) or more."));
  return check_criteria (rule);
}

int
konkurs_essay_rule_required_graders (const KonkursEssayRule *rule,
                                     int                     n_members)
{
  gint64 numerator;

  g_return_val_if_fail (rule != NULL, 1);

  if (rule->graders != KONKURS_ESSAY_GRADERS_COMMISSION)
    return rule->graders_per_essay;
  if (rule->min_share_denominator < 1 || n_members < 1)
    return 1;
  numerator = (gint64) n_members * rule->min_share_numerator;
  return MAX (1, (int) ((numerator + rule->min_share_denominator - 1) / rule->min_share_denominator));
}

/* In words */

static const char *
tr (KonkursCatalog *catalog, const char *msgid)
{
  return catalog != NULL ? konkurs_catalog_gettext (catalog, msgid) : _(msgid);
}

static void
describe_criteria (GString *text, const KonkursEssayRule *rule, KonkursCatalog *catalog)
{
  KonkursDocLanguage language = catalog != NULL ? konkurs_catalog_get_language (catalog)
                                                : konkurs_interface_language ();

  for (guint i = 0; i < rule->criteria->len; i++)
    {
      const KonkursEssayCriterion *criterion = g_ptr_array_index (rule->criteria, i);
      g_autofree char *points = konkurs_text_expand_pair (tr (catalog, N_("from %u to %u points")),
                                                          (guint) MAX (criterion->min_points, 0),
                                                          (guint) MAX (criterion->max_points, 0));
      const char *name = konkurs_local_text_pick (criterion->name, language, NULL);

      g_string_append_printf (text, "%s: %s: %s\n", tr (catalog, N_("Criterion")),
                              *name != '\0' ? name : criterion->code, points);
    }
}

static void
append_count (GString *text, KonkursCatalog *catalog, const char *msgid, int n)
{
  g_autofree char *line = konkurs_text_expand_count (tr (catalog, msgid), n);

  g_string_append_printf (text, "%s\n", line);
}

char *
konkurs_essay_rule_describe (const KonkursEssayRule *rule,
                             KonkursCatalog         *catalog)
{
  GString *text;

  g_return_val_if_fail (rule != NULL, NULL);

  text = g_string_new (NULL);
  if (rule->graders == KONKURS_ESSAY_GRADERS_COMMISSION)
    {
      g_autofree char *share = konkurs_text_expand_pair (
          tr (catalog, N_("Graded by the members of the competition commission: at least %u/%u of them grade "
                          "each essay")),
          (guint) MAX (rule->min_share_numerator, 0), (guint) MAX (rule->min_share_denominator, 0));

      g_string_append_printf (text, "%s\n", share);
    }
  else
    append_count (text, catalog, N_("Graded by sector experts, one of each background where the pool allows; "
                                    "graders per essay: %d"), rule->graders_per_essay);
  describe_criteria (text, rule, catalog);
  {
    g_autofree char *total = konkurs_text_expand_pair (tr (catalog, N_("A grader’s total: from %u to %u points")),
                                                       (guint) MAX (konkurs_essay_rule_get_min_total (rule), 0),
                                                       (guint) MAX (konkurs_essay_rule_get_max_total (rule), 0));
    g_string_append_printf (text, "%s\n", total);
  }
  append_count (text, catalog, N_("The essay needs resolution when its graders’ totals differ by more than "
                                  "the limit; limit, points: %d"), rule->spread_limit);
  if (konkurs_essay_fourth_rule_get_label (rule->fourth_rule) != NULL)
    g_string_append_printf (text, "%s: %s\n", tr (catalog, N_("A fourth grader")),
                            tr (catalog, konkurs_essay_fourth_rule_get_label (rule->fourth_rule)));
  append_count (text, catalog, N_("An expert does not grade a candidate who worked at the expert’s employer "
                                  "within the last years; years: %d"), rule->conflict_years);
  if (rule->max_words > 0)
    append_count (text, catalog, N_("Words at most: %d"), rule->max_words);
  if (rule->max_minutes > 0)
    append_count (text, catalog, N_("Minutes at most: %d"), rule->max_minutes);
  if (text->len > 0)
    g_string_truncate (text, text->len - 1);
  return g_string_free (text, FALSE);
}

/* Aggregation */

/* The mean of @n totals in centi-points, rounded half up (toward +inf at
 * exactly one half, as the stages engine rounds). */
static gint64
mean_centi (const int *totals, guint n, int skip)
{
  gint64 sum = 0;
  gint64 count = 0;
  gint64 twice;

  for (guint i = 0; i < n; i++)
    if ((int) i != skip)
      {
        sum += totals[i];
        count++;
      }
  if (count == 0)
    return 0;
  twice = sum * 200 + count;
  /* floor division, so that negative sums (never given by a checked rule)
   * still round the same way */
  return twice >= 0 ? twice / (2 * count) : -((-twice + 2 * count - 1) / (2 * count));
}

static int
compare_ints (gconstpointer a, gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

/* The index of the total farthest from the median of @n totals; of two
 * as far, the higher score (then the later one). Twice the values, so
 * the median of an even count stays whole. */
static int
farthest_from_median (const int *totals, guint n)
{
  g_autofree int *sorted = g_memdup2 (totals, n * sizeof (int));
  gint64 twice_median;
  gint64 best_distance = -1;
  int best = -1;

  qsort (sorted, n, sizeof (int), compare_ints);
  twice_median = n % 2 == 1 ? 2 * (gint64) sorted[n / 2] : (gint64) sorted[n / 2 - 1] + sorted[n / 2];
  for (guint i = 0; i < n; i++)
    {
      gint64 distance = ABS (2 * (gint64) totals[i] - twice_median);

      if (distance > best_distance || (distance == best_distance && totals[i] >= totals[best]))
        {
          best_distance = distance;
          best = (int) i;
        }
    }
  return best;
}

static int
spread_of (const int *totals, guint n)
{
  int low, high;

  if (n < 2)
    return 0;
  low = high = totals[0];
  for (guint i = 1; i < n; i++)
    {
      low = MIN (low, totals[i]);
      high = MAX (high, totals[i]);
    }
  return high - low;
}

static void
resolve (const KonkursEssayRule *rule, const int *totals, guint n_totals, guint n_assigned, guint required,
         const gint64 *chair_score, KonkursEssayAggregate *out)
{
  if (chair_score != NULL)
    {
      out->status = KONKURS_ESSAY_STATUS_FINAL;
      out->score = *chair_score;
      out->resolution = KONKURS_ESSAY_RESOLVED_CHAIR;
    }
  else if (n_totals > required)
    {
      guint n = required + 1;

      out->status = KONKURS_ESSAY_STATUS_FINAL;
      out->resolution = KONKURS_ESSAY_RESOLVED_FOURTH;
      if (rule->fourth_rule == KONKURS_ESSAY_FOURTH_MEAN_OF_ALL)
        out->score = mean_centi (totals, n, -1);
      else
        {
          out->dropped = farthest_from_median (totals, n);
          out->score = mean_centi (totals, n, out->dropped);
        }
    }
  else
    out->status = n_assigned > required ? KONKURS_ESSAY_STATUS_GRADED : KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION;
}

void
konkurs_essay_rule_aggregate (const KonkursEssayRule *rule,
                              const int              *totals,
                              guint                   n_totals,
                              guint                   n_assigned,
                              guint                   required,
                              const gint64           *chair_score,
                              KonkursEssayAggregate  *out)
{
  g_return_if_fail (rule != NULL && out != NULL);
  g_return_if_fail (n_totals == 0 || totals != NULL);

  memset (out, 0, sizeof *out);
  out->dropped = -1;
  out->resolution = KONKURS_ESSAY_RESOLVED_NONE;
  required = MAX (required, 1);
  out->spread = spread_of (totals, MIN (n_totals, required));
  out->spread_over = out->spread > rule->spread_limit;

  if (n_totals == 0)
    out->status = n_assigned == 0 ? KONKURS_ESSAY_STATUS_NOT_ASSIGNED : KONKURS_ESSAY_STATUS_ASSIGNED;
  else if (n_totals < required)
    out->status = KONKURS_ESSAY_STATUS_PARTLY_GRADED;
  else if (!out->spread_over)
    {
      out->status = KONKURS_ESSAY_STATUS_FINAL;
      out->score = mean_centi (totals, required, -1);
    }
  else
    resolve (rule, totals, n_totals, n_assigned, required, chair_score, out);
}
