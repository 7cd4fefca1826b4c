/* konkurs-expert-item.c — one grader of the experts pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-expert-item.h"

struct _KonkursExpertItem
{
  GObject            parent_instance;

  KonkursExpertLoad *load;
};

G_DEFINE_FINAL_TYPE (KonkursExpertItem, konkurs_expert_item, G_TYPE_OBJECT)

static void
konkurs_expert_item_finalize (GObject *object)
{
  KonkursExpertItem *self = KONKURS_EXPERT_ITEM (object);

  g_clear_pointer (&self->load, konkurs_expert_load_free);

  G_OBJECT_CLASS (konkurs_expert_item_parent_class)->finalize (object);
}

static void
konkurs_expert_item_class_init (KonkursExpertItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = konkurs_expert_item_finalize;
}

static void
konkurs_expert_item_init (KonkursExpertItem *self)
{
}

KonkursExpertItem *
konkurs_expert_item_new (KonkursExpertLoad *load)
{
  KonkursExpertItem *self;

  g_return_val_if_fail (load != NULL, NULL);

  self = g_object_new (KONKURS_TYPE_EXPERT_ITEM, NULL);
  self->load = load;
  return self;
}

const KonkursExpertLoad *
konkurs_expert_item_get_load (KonkursExpertItem *self)
{
  g_return_val_if_fail (KONKURS_IS_EXPERT_ITEM (self), NULL);
  return self->load;
}

gint64
konkurs_expert_item_get_id (KonkursExpertItem *self)
{
  g_return_val_if_fail (KONKURS_IS_EXPERT_ITEM (self), 0);
  return self->load->expert_id;
}

char *
konkurs_expert_item_dup_progress (KonkursExpertItem *self)
{
  g_return_val_if_fail (KONKURS_IS_EXPERT_ITEM (self), NULL);
  /* Translators: essays an expert graded of those assigned, “12 of 40” */
  return g_strdup_printf (_("%u of %u"), self->load->graded, self->load->assigned);
}

char *
konkurs_expert_item_dup_mean (KonkursExpertItem *self)
{
  g_return_val_if_fail (KONKURS_IS_EXPERT_ITEM (self), NULL);

  if (self->load->graded == 0)
    return g_strdup ("—");
  return g_strdup_printf ("%.2f", self->load->mean_total);
}
