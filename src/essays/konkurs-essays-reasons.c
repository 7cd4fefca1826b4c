/* konkurs-essays-reasons.c — why an action of the Essays area is off
 *
 * One function of what the area shows, so that a button's tooltip, the
 * menu's explanation and the tests say the same thing.  Unsealing is
 * refused with the count of essays not final (those the proctor rejected
 * are never graded and do not hold it up).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-essays-reasons.h"

/* What every action of the stage needs first, NULL when it is there. */
static char *
why_not_stage (const KonkursEssaysState *state)
{
  if (!state->has_competition)
    return g_strdup (_("Choose a competition first."));
  if (state->stage == NULL)
    return g_strdup (_("This competition has no essay stage."));
  if (!state->writable)
    return g_strdup (_("The database is open for reading only."));
  if (state->stage->state == KONKURS_STAGE_STATE_CLOSED)
    return g_strdup (_("The essay stage is closed."));
  return NULL;
}

/* Reassign and Resolve, on the essay selected. */
static char *
why_not_essay (const KonkursEssaysState *state,
               gboolean                  resolve)
{
  const KonkursEssay *essay = state->selected;

  if (essay == NULL)
    return g_strdup (_("Select an essay first."));
  if (resolve)
    return essay->aggregate.status == KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION ? NULL
           : g_strdup (_("Only an essay whose graders differ by more than the rule allows needs resolution."));
  if (essay->n_assigned == 0)
    return g_strdup (_("The essay has no graders yet: assign first."));
  if (essay->aggregate.status == KONKURS_ESSAY_STATUS_FINAL)
    return g_strdup (_("The essay is final."));
  return essay->n_graded >= essay->n_assigned ? g_strdup (_("Every grader of the essay has scored it.")) : NULL;
}

static char *
why_not_unseal (const KonkursEssaysState *state)
{
  guint not_final = state->n_essays - state->n_final - state->n_rejected;

  if (!state->has_competition)
    return g_strdup (_("Choose a competition first."));
  if (state->stage == NULL)
    return g_strdup (_("This competition has no essay stage."));
  if (!state->sealed)
    return g_strdup (_("The writers’ names are unsealed already."));
  if (state->n_essays == 0)
    return g_strdup (_("No essays yet."));
  if (not_final > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "The names stay sealed until every essay is final: %u is not yet.",
                                         "The names stay sealed until every essay is final: %u are not yet.",
                                         not_final), not_final);
  return state->writable ? NULL : g_strdup (_("The database is open for reading only."));
}

char *
konkurs_essays_why_not (const KonkursEssaysState *state,
                        const char               *action)
{
  g_autofree char *stage = NULL;

  g_return_val_if_fail (state != NULL, NULL);
  g_return_val_if_fail (action != NULL, NULL);

  if (g_str_equal (action, "essays.unseal"))
    return why_not_unseal (state);
  stage = why_not_stage (state);
  if (stage != NULL)
    return g_steal_pointer (&stage);
  if (g_str_equal (action, "essays.reassign") || g_str_equal (action, "essays.resolve"))
    return why_not_essay (state, g_str_equal (action, "essays.resolve"));
  if (g_str_equal (action, "essays.assign"))
    return state->n_essays == 0 ? g_strdup (_("No essays yet: import them or add them first."))
           : state->n_not_assigned == 0 ? g_strdup (_("Every essay has its graders.")) : NULL;
  if (g_str_equal (action, "essays.export-packages") || g_str_equal (action, "essays.import-results"))
    return state->n_with_graders == 0 ? g_strdup (_("No essay has graders yet: assign first.")) : NULL;
  if (g_str_equal (action, "essays.export-package") || g_str_equal (action, "essays.grade-here"))
    return state->grader == 0 ? g_strdup (_("Select a grader in the table first.")) : NULL;
  return NULL;
}
