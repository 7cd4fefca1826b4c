/* konkurs-stage-item.c — one row of a stage's results table
 *
 * The row comes from konkurs_store_list_stage_rows(): a personal code,
 * never a name, so nothing here can show who the candidate is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-stage-item.h"
#include "konkurs-stage-texts.h"

struct _KonkursStageItem
{
  GObject          parent_instance;

  KonkursStageRow *row;
  char            *group;
  int              attempts;
};

G_DEFINE_FINAL_TYPE (KonkursStageItem, konkurs_stage_item, G_TYPE_OBJECT)

static void
konkurs_stage_item_finalize (GObject *object)
{
  KonkursStageItem *self = KONKURS_STAGE_ITEM (object);

  g_clear_pointer (&self->row, konkurs_stage_row_free);
  g_clear_pointer (&self->group, g_free);

  G_OBJECT_CLASS (konkurs_stage_item_parent_class)->finalize (object);
}

static void
konkurs_stage_item_class_init (KonkursStageItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = konkurs_stage_item_finalize;
}

static void
konkurs_stage_item_init (KonkursStageItem *self)
{
}

KonkursStageItem *
konkurs_stage_item_new (KonkursStageRow *row,
                        const char      *group,
                        int              attempts)
{
  KonkursStageItem *self;

  g_return_val_if_fail (row != NULL, NULL);

  self = g_object_new (KONKURS_TYPE_STAGE_ITEM, NULL);
  self->row = row;
  self->group = g_strdup (group != NULL ? group : "");
  self->attempts = attempts;
  return self;
}

const KonkursStageRow *
konkurs_stage_item_get_row (KonkursStageItem *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGE_ITEM (self), NULL);
  return self->row;
}

gint64
konkurs_stage_item_get_id (KonkursStageItem *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGE_ITEM (self), 0);
  return self->row->application_id;
}

const char *
konkurs_stage_item_get_group (KonkursStageItem *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGE_ITEM (self), NULL);
  return self->group;
}

int
konkurs_stage_item_get_attempts (KonkursStageItem *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGE_ITEM (self), 0);
  return self->attempts;
}

KonkursStageOutcome
konkurs_stage_item_get_outcome (KonkursStageItem *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGE_ITEM (self), KONKURS_STAGE_OUTCOME_PENDING);
  return self->row->decision != NULL ? self->row->decision->outcome : KONKURS_STAGE_OUTCOME_PENDING;
}

gboolean
konkurs_stage_item_matches (KonkursStageItem  *self,
                            KonkursStageFilter filter)
{
  switch (filter)
    {
    case KONKURS_STAGE_FILTER_GOES_ON:
      return konkurs_stage_item_get_outcome (self) == KONKURS_STAGE_OUTCOME_GOES_ON;
    case KONKURS_STAGE_FILTER_STAYS_OUT:
      return konkurs_stage_item_get_outcome (self) == KONKURS_STAGE_OUTCOME_STAYS_OUT;
    case KONKURS_STAGE_FILTER_NO_RESULT:
      /* undecided (no result yet, or not yet decided on admission), or
       * closed out for want of a result: not "no score", which every row
       * of a stage without scores has */
      return konkurs_stage_item_get_outcome (self) == KONKURS_STAGE_OUTCOME_PENDING
             || (self->row->decision != NULL && self->row->decision->reason == KONKURS_STAGE_REASON_NO_RESULT);
    case KONKURS_STAGE_FILTER_ALL:
    default:
      return TRUE;
    }
}

char *
konkurs_stage_item_dup_result (KonkursStageItem *self)
{
  const char *text = self->row->result_text != NULL ? self->row->result_text : "";

  if (self->attempts < 2)
    return g_strdup (text);
  /* Translators: a test result after a retake: “legislation 41/55 (attempt 2)” */
  return g_strdup_printf (_("%s (attempt %d)"), text, self->attempts);
}

char *
konkurs_stage_item_dup_score (KonkursStageItem *self)
{
  if (!self->row->has_result)
    return g_strdup ("—");
  return konkurs_stage_format_score (self->row->score, NULL);
}

const char *
konkurs_stage_outcome_get_text (const KonkursStageDecision *decision)
{
  KonkursStageOutcome outcome = decision != NULL ? decision->outcome : KONKURS_STAGE_OUTCOME_PENDING;

  switch (outcome)
    {
    case KONKURS_STAGE_OUTCOME_GOES_ON:
      return _("Goes on");
    case KONKURS_STAGE_OUTCOME_STAYS_OUT:
      return _("Stays out");
    case KONKURS_STAGE_OUTCOME_PENDING:
    default:
      return _("No result yet");
    }
}

const char *
konkurs_stage_item_get_outcome_text (KonkursStageItem *self)
{
  return konkurs_stage_outcome_get_text (self->row->decision);
}

char *
konkurs_stage_item_dup_reason (KonkursStageItem *self)
{
  return konkurs_stage_dup_reason (self->row->decision);
}
