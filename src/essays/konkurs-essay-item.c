/* konkurs-essay-item.c — one essay of the Essays area's table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-essay-item.h"
#include "konkurs-stage-rule.h"
#include "konkurs-ui-helpers.h"

struct _KonkursEssayItem
{
  GObject       parent_instance;

  KonkursEssay *essay;
  char         *writer;
  char         *code_folded;
};

G_DEFINE_FINAL_TYPE (KonkursEssayItem, konkurs_essay_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

const char *
konkurs_essay_filter_get_label (KonkursEssayFilter filter)
{
  switch (filter)
    {
    case KONKURS_ESSAY_FILTER_NOT_ASSIGNED:     return _("Not assigned");
    case KONKURS_ESSAY_FILTER_ASSIGNED:         return _("Assigned");
    case KONKURS_ESSAY_FILTER_PARTLY_GRADED:    return _("Being graded");
    case KONKURS_ESSAY_FILTER_GRADED:           return _("Waiting for the fourth grader");
    case KONKURS_ESSAY_FILTER_NEEDS_RESOLUTION: return _("Needs resolution");
    case KONKURS_ESSAY_FILTER_FINAL:            return _("Final");
    case KONKURS_ESSAY_FILTER_REJECTED:         return _("Rejected by the proctor");
    case KONKURS_ESSAY_FILTER_ALL:
    default:                                    return _("All statuses");
    }
}

static void
konkurs_essay_item_finalize (GObject *object)
{
  KonkursEssayItem *self = KONKURS_ESSAY_ITEM (object);

  g_clear_pointer (&self->essay, konkurs_essay_free);
  g_clear_pointer (&self->writer, g_free);
  g_clear_pointer (&self->code_folded, g_free);

  G_OBJECT_CLASS (konkurs_essay_item_parent_class)->finalize (object);
}

static void
konkurs_essay_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  KonkursEssayItem *self = KONKURS_ESSAY_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->essay != NULL ? self->essay->id : 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_essay_item_class_init (KonkursEssayItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = konkurs_essay_item_finalize;
  object_class->get_property = konkurs_essay_item_get_property;

  /* the essay's id, for konkurs_list_model_find_id() */
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_essay_item_init (KonkursEssayItem *self)
{
}

KonkursEssayItem *
konkurs_essay_item_new (KonkursEssay *essay,
                        const char   *writer)
{
  KonkursEssayItem *self;

  g_return_val_if_fail (essay != NULL, NULL);

  self = g_object_new (KONKURS_TYPE_ESSAY_ITEM, NULL);
  self->essay = essay;
  self->writer = g_strdup (writer);
  self->code_folded = g_utf8_casefold (essay->code != NULL ? essay->code : "", -1);
  return self;
}

const KonkursEssay *
konkurs_essay_item_get_essay (KonkursEssayItem *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_ITEM (self), NULL);
  return self->essay;
}

gint64
konkurs_essay_item_get_id (KonkursEssayItem *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_ITEM (self), 0);
  return self->essay->id;
}

const char *
konkurs_essay_item_get_writer (KonkursEssayItem *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_ITEM (self), NULL);
  return self->writer;
}

gboolean
konkurs_essay_item_is_rejected (KonkursEssayItem *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_ITEM (self), FALSE);
  return self->essay->proctor == KONKURS_PROCTOR_REJECTED;
}

KonkursEssayFilter
konkurs_essay_item_get_filter (KonkursEssayItem *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_ITEM (self), KONKURS_ESSAY_FILTER_ALL);

  if (self->essay->proctor == KONKURS_PROCTOR_REJECTED)
    return KONKURS_ESSAY_FILTER_REJECTED;
  switch (self->essay->aggregate.status)
    {
    case KONKURS_ESSAY_STATUS_ASSIGNED:         return KONKURS_ESSAY_FILTER_ASSIGNED;
    case KONKURS_ESSAY_STATUS_PARTLY_GRADED:    return KONKURS_ESSAY_FILTER_PARTLY_GRADED;
    case KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION: return KONKURS_ESSAY_FILTER_NEEDS_RESOLUTION;
    case KONKURS_ESSAY_STATUS_GRADED:           return KONKURS_ESSAY_FILTER_GRADED;
    case KONKURS_ESSAY_STATUS_FINAL:            return KONKURS_ESSAY_FILTER_FINAL;
    case KONKURS_ESSAY_STATUS_NOT_ASSIGNED:
    default:                                    return KONKURS_ESSAY_FILTER_NOT_ASSIGNED;
    }
}

gboolean
konkurs_essay_item_matches (KonkursEssayItem   *self,
                            KonkursEssayFilter  filter,
                            const char         *sector,
                            const char         *search)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_ITEM (self), FALSE);

  if (filter != KONKURS_ESSAY_FILTER_ALL && konkurs_essay_item_get_filter (self) != filter)
    return FALSE;
  if (sector != NULL && sector[0] != '\0' && g_strcmp0 (self->essay->sector, sector) != 0)
    return FALSE;
  return search == NULL || search[0] == '\0' || strstr (self->code_folded, search) != NULL;
}

char *
konkurs_essay_describe_status (const KonkursEssay *essay)
{
  g_return_val_if_fail (essay != NULL, NULL);

  if (essay->proctor == KONKURS_PROCTOR_REJECTED)
    return g_strdup (_("Rejected by the proctor"));
  if (essay->aggregate.status == KONKURS_ESSAY_STATUS_PARTLY_GRADED)
    /* Translators: graders who scored an essay of those it needs, “2 of 3” */
    return g_strdup_printf (_("%u of %u"), essay->n_graded, MAX (essay->n_required, essay->n_graded));
  if (essay->aggregate.status == KONKURS_ESSAY_STATUS_GRADED)
    return g_strdup (_("Waiting for the fourth grader"));
  return g_strdup (konkurs_ui_translate_label (konkurs_essay_status_get_label (essay->aggregate.status)));
}

char *
konkurs_essay_item_dup_status (KonkursEssayItem *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_ITEM (self), NULL);
  return konkurs_essay_describe_status (self->essay);
}

char *
konkurs_essay_item_dup_score (KonkursEssayItem *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_ITEM (self), NULL);

  if (self->essay->proctor == KONKURS_PROCTOR_REJECTED ||
      self->essay->aggregate.status != KONKURS_ESSAY_STATUS_FINAL)
    return g_strdup ("—");
  return konkurs_stage_format_score (self->essay->aggregate.score, NULL);
}

char *
konkurs_essay_item_dup_code (KonkursEssayItem *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAY_ITEM (self), NULL);

  if (self->writer == NULL)
    return g_strdup (self->essay->code);
  /* Translators: a personal code and, after unsealing, its writer */
  return g_strdup_printf (_("%s — %s"), self->essay->code, self->writer);
}
