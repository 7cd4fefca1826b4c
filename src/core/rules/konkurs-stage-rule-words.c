/* konkurs-stage-rule-words.c — a stage rule in words, for the stage
 * protocol (in the document's language) and the Rule Sets window (in the
 * interface language): one text, so that what the secretary reads in the
 * rule set is what the commission signs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-stage-rule.h"
#include "konkurs-text.h"

/* In @catalog's language, NULL: the interface's. */
static const char *
tr (KonkursCatalog *catalog, const char *msgid)
{
  return catalog != NULL ? konkurs_catalog_gettext (catalog, msgid) : _(msgid);
}

static const char *
tr_plural (KonkursCatalog *catalog, const char *msgid, const char *msgid_plural, int n)
{
  return catalog != NULL ? konkurs_catalog_ngettext (catalog, msgid, msgid_plural, n)
                         : g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
}

const char *
konkurs_stage_test_label (KonkursCatalog *catalog, const char *code)
{
  const char *label = konkurs_stage_test_get_label (code);

  return label != NULL ? tr (catalog, label) : code;
}

static void
add_clause (GString *text, char *clause)
{
  if (clause == NULL)
    return;
  if (text->len > 0)
    g_string_append (text, "; ");
  g_string_append (text, clause);
  g_free (clause);
}

/* "at least 5 in each part", or per part when their minima differ. */
static char *
describe_parts (const KonkursTestRule *test, KonkursCatalog *catalog)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean same = TRUE;
  int first = -1;

  for (guint i = 0; i < test->parts->len; i++)
    {
      const KonkursTestPartRule *part = g_ptr_array_index (test->parts, i);

      if (first < 0)
        first = part->min_score;
      same = same && part->min_score == first;
    }
  if (first <= 0 && same)
    return NULL;
  if (same)
    return konkurs_text_expand_count (tr (catalog, N_("at least %d in each part")), first);
  for (guint i = 0; i < test->parts->len; i++)
    {
      const KonkursTestPartRule *part = g_ptr_array_index (test->parts, i);
      g_autofree char *min = NULL;

      if (part->min_score <= 0)
        continue;
      min = konkurs_text_expand_count (tr (catalog, N_("at least %d")), part->min_score);
      g_string_append_printf (text, "%s%s %s", text->len > 0 ? ", " : "", min,
                              konkurs_stage_test_label (catalog, part->code));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
describe_tests (GString *text, const KonkursStageRule *rule, KonkursCatalog *catalog)
{
  for (guint i = 0; i < rule->tests->len; i++)
    {
      const KonkursTestRule *test = g_ptr_array_index (rule->tests, i);
      g_autofree char *mark = NULL;
      g_autofree char *parts = describe_parts (test, catalog);

      if (test->pass_score <= 0 && parts == NULL)
        continue;
      mark = test->pass_score > 0
             ? konkurs_text_expand_pair (tr (catalog, N_("pass mark %u of %u")), test->pass_score, test->max_score)
             : NULL;
      add_clause (text, g_strdup_printf ("%s: %s%s%s", konkurs_stage_test_label (catalog, test->code),
                                         mark != NULL ? mark : "", mark != NULL && parts != NULL ? ", " : "",
                                         parts != NULL ? parts : ""));
    }
}

static char *
describe_score (const KonkursStageRule *rule, KonkursCatalog *catalog)
{
  switch (rule->score)
    {
    case KONKURS_STAGE_SCORE_TESTS:
      return g_strdup (tr (catalog, N_("the score is the sum of the ranking tests")));
    case KONKURS_STAGE_SCORE_MEMBERS_MEAN:
      return g_strdup (tr (catalog, N_("the score is the mean of the scores of the commission members present")));
    case KONKURS_STAGE_SCORE_ASSESSMENT_CENTRE:
      return konkurs_text_expand_pair (tr (catalog, N_("the score is %u %% of the competencies’ mean and %u %% of the "
                                             "interview rating")),
                                       rule->weight_a, rule->weight_b);
    case KONKURS_STAGE_SCORE_EXPERTS_MEAN:
      return g_strdup (tr (catalog, N_("the score is the mean of the experts’ scores")));
    case KONKURS_STAGE_SCORE_VOTES:
    case KONKURS_STAGE_SCORE_NONE:
    default:
      return NULL;
    }
}

static void
describe_places (GString *text, const KonkursStageRule *rule, KonkursCatalog *catalog)
{
  if (rule->admit_top > 0)
    add_clause (text, konkurs_text_expand_count (tr_plural (catalog, "at most %d goes on", "at most %d go on", rule->admit_top),
                                                 rule->admit_top));
  if (rule->admit_share > 0)
    add_clause (text, konkurs_text_expand_count (tr (catalog, N_("at most %d %% of those who meet the marks go on")),
                                                 rule->admit_share));
  if (rule->admit_top <= 0 && rule->admit_share <= 0)
    {
      add_clause (text, g_strdup (tr (catalog, N_("everyone who meets the marks goes on"))));
      return;
    }
  add_clause (text, g_strdup (rule->ties_go_on ? tr (catalog, N_("ties at the cut-off go on"))
                                               : tr (catalog, N_("none of those tied at the cut-off goes on"))));
  if (rule->sole_goes_on)
    add_clause (text, g_strdup (tr (catalog, N_("a sole applicant who meets the marks goes on"))));
}

char *
konkurs_stage_rule_describe_in_words (const KonkursStageRule *rule,
                                      KonkursCatalog         *catalog)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (rule != NULL, NULL);

  describe_tests (text, rule, catalog);
  add_clause (text, describe_score (rule, catalog));
  if (rule->threshold > 0)
    add_clause (text, rule->max_score > 0
                      ? konkurs_text_expand_pair (tr (catalog, N_("threshold %u of %u")), rule->threshold, rule->max_score)
                      : konkurs_text_expand_count (tr (catalog, N_("threshold %d points")), rule->threshold));
  describe_places (text, rule, catalog);
  return g_string_free (g_steal_pointer (&text), FALSE);
}
