/* konkurs-ui-stages.c — what the window says of a competition's stages
 *
 * Shared by the Stages area (its row of steps) and Vacancies (where a
 * competition stands), so that both say it in the same words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-document-registry.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-ui-stages.h"

/* The texts of a step */

const char *
konkurs_stage_state_get_text (const KonkursStage *stage,
                              gboolean            published)
{
  switch (stage->state)
    {
    case KONKURS_STAGE_STATE_CLOSED:
      return published ? _("Published") : _("Done");
    case KONKURS_STAGE_STATE_OPEN:
      return _("Open");
    case KONKURS_STAGE_STATE_NOT_YET:
    default:
      return _("Not yet");
    }
}

/* A closed stage counts those going on, an open one those who entered it. */
char *
konkurs_stage_dup_count_text (const KonkursStage *stage)
{
  guint n;

  if (stage->state == KONKURS_STAGE_STATE_NOT_YET)
    return NULL;
  n = stage->state == KONKURS_STAGE_STATE_CLOSED ? stage->n_going_on : stage->n_entered;
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u candidate", "%u candidates", n), n);
}

char *
konkurs_stage_dup_dates_text (const KonkursStage *stage)
{
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autofree char *dates = NULL;

  if (!g_date_valid (&stage->starts_on) && !g_date_valid (&stage->ends_on))
    return g_strdup (_("Dates not set"));
  starts = g_date_valid (&stage->starts_on) ? konkurs_ui_format_date (&stage->starts_on) : g_strdup ("…");
  ends = g_date_valid (&stage->ends_on) ? konkurs_ui_format_date (&stage->ends_on) : g_strdup ("…");
  dates = g_strdup_printf ("%s – %s", starts, ends);
  if (!stage->dates_provisional)
    return g_steal_pointer (&dates);
  /* Translators: stage dates that rest on a holiday not confirmed yet: “12.05.2026 – 29.05.2026, provisional” */
  return g_strdup_printf (_("%s, provisional"), dates);
}

char *
konkurs_stage_dup_accessible_name (const KonkursStage *stage,
                                   gboolean            published)
{
  g_autofree char *state = g_utf8_strdown (konkurs_stage_state_get_text (stage, published), -1);
  g_autofree char *count = konkurs_stage_dup_count_text (stage);
  const char *name = konkurs_ui_translate_label (konkurs_stage_kind_get_label (stage->kind));

  if (count == NULL)
    /* Translators: a step of the competition's path, for a screen reader: “Essay, not yet” */
    return g_strdup_printf (C_("stage step", "%s, %s"), name, state);
  /* Translators: a step of the competition's path, for a screen reader: “Testing, open, 12 candidates” */
  return g_strdup_printf (C_("stage step", "%s, %s, %s"), name, state, count);
}

const char *
konkurs_stage_publish_why_not (const KonkursStage *stage,
                               const char         *kind_id)
{
  if (konkurs_document_kind_lookup (kind_id) == NULL)
    return _("This version of Konkurs cannot print it yet.");
  if (stage->state == KONKURS_STAGE_STATE_NOT_YET)
    return _("The stage has not opened yet.");
  if (g_str_equal (kind_id, "essays") && stage->kind != KONKURS_STAGE_ESSAY)
    return _("Only the essay stage has a protocol of the essays.");
  return NULL;
}

char *
konkurs_ui_describe_competition_stage (KonkursStore  *store,
                                       gint64         competition_id,
                                       GError       **error)
{
  g_autoptr(GPtrArray) stages = konkurs_store_peek_stages (store, competition_id, error);
  const KonkursStage *current;

  if (stages == NULL)
    return NULL;
  current = konkurs_stages_find_current (stages);
  if (current == NULL)
    /* Translators: where a competition stands when its stages were never opened */
    return g_strdup (_("Not started"));
  return konkurs_stage_dup_accessible_name (current, FALSE);
}
