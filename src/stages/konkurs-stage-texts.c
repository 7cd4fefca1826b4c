/* konkurs-stage-texts.c — how the window names the parts of a stage
 *
 * The rule set keeps codes ("legislation", "constitution"); the window
 * shows the names of the core's one list (konkurs_stage_test_get_label()).
 * A code no name is known for is shown as it is, so a rule set copied and
 * extended by a secretary still reads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-stage-texts.h"
#include "konkurs-text.h"
#include "konkurs-ui-helpers.h"

const char *
konkurs_stage_get_name (const KonkursStage *stage)
{
  return konkurs_ui_translate_label (konkurs_stage_kind_get_label (stage->kind));
}

const char *
konkurs_stage_code_get_label (const char *code)
{
  return code != NULL ? konkurs_stage_test_label (NULL, code) : "";
}

char *
konkurs_stage_dup_reason (const KonkursStageDecision *decision)
{
  return decision != NULL ? konkurs_text_capitalise (konkurs_stage_decision_describe (decision, NULL)) : g_strdup ("");
}

static void
append_tests (GString               *text,
              const KonkursStageRule *rule)
{
  for (guint i = 0; i < rule->tests->len; i++)
    {
      const KonkursTestRule *test = rule->tests->pdata[i];
      const char *name = konkurs_stage_code_get_label (test->code);
      gulong n = (gulong) MAX (test->max_score, 0);

      g_string_append (text, i == 0 ? "" : ", ");
      if (test->pass_score > 0)
        /* Translators: a test of a stage: “Legislation test: 55 questions, pass mark 30” */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s: %d question, pass mark %d",
                                                   "%s: %d questions, pass mark %d", n),
                                name, test->max_score, test->pass_score);
      else
        /* Translators: a test of a stage: “Personal qualities: 50 questions” */
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%s: %d question", "%s: %d questions", n),
                                name, test->max_score);
    }
}

char *
konkurs_stage_rule_dup_summary (const KonkursStageRule *rule)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char *group = rule->track == KONKURS_TRACK_YOUTH_RESERVE ? _("in the selection") : _("per vacancy");

  if (rule->score == KONKURS_STAGE_SCORE_NONE)
    return g_strdup (_("No score: the applications decided in it go on."));
  append_tests (text, rule);
  if (text->len > 0)
    g_ptr_array_add (parts, g_string_free (g_steal_pointer (&text), FALSE));
  if (rule->threshold > 0 && rule->max_score > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("threshold %d of %d points"), rule->threshold, rule->max_score));
  else if (rule->threshold > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("threshold %d points"), rule->threshold));
  if (rule->admit_top > 0)
    /* Translators: “at most 5 go on per vacancy” */
    g_ptr_array_add (parts, g_strdup_printf (_("at most %d go on %s"), rule->admit_top, group));
  if (rule->admit_share > 0)
    /* Translators: “the best 50 % go on in the selection” */
    g_ptr_array_add (parts, g_strdup_printf (_("the best %d %% go on %s"), rule->admit_share, group));
  if (rule->admit_top > 0 || rule->admit_share > 0)
    g_ptr_array_add (parts, g_strdup (rule->ties_go_on ? _("everyone tied at the cut-off goes on")
                                                       : _("no one tied at the cut-off goes on")));
  if (parts->len == 0)
    return g_strdup (_("No cut-off: everyone with a result goes on."));
  g_ptr_array_add (parts, NULL);
  return konkurs_text_capitalise (g_strjoinv ("; ", (char **) parts->pdata));
}
