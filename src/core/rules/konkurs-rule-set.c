/* konkurs-rule-set.c — the numbers a competition is bound to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "konkurs-rule-set.h"

/* Sectors */

G_DEFINE_BOXED_TYPE (KonkursSector, konkurs_sector, konkurs_sector_copy, konkurs_sector_free)

KonkursSector *
konkurs_sector_new (const char *code,
                    const char *kk,
                    const char *ru)
{
  KonkursSector *self = g_new0 (KonkursSector, 1);

  self->code = g_strdup (code != NULL ? code : "");
  self->name = konkurs_local_text_new (kk, ru);
  return self;
}

KonkursSector *
konkurs_sector_copy (const KonkursSector *self)
{
  KonkursSector *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (KonkursSector, 1);
  copy->code = g_strdup (self->code);
  copy->name = konkurs_local_text_copy (self->name);
  return copy;
}

void
konkurs_sector_free (KonkursSector *self)
{
  if (self == NULL)
    return;
  g_free (self->code);
  konkurs_local_text_free (self->name);
  g_free (self);
}

/* Rule sets */

#define N_PROCEDURES 2
#define N_TRACKS KONKURS_TRACK_YOUTH_RESERVE

struct _KonkursRuleSet
{
  GObject           parent_instance;

  gint64            id;
  char             *code;
  KonkursLocalText *name;
  GDate            *valid_from;
  GHashTable       *values;  /* key (char *) -> GINT_TO_POINTER (value) */
  KonkursLocalText *procedure_names[N_PROCEDURES];  /* by procedure - 1; NULL: not given */
  GPtrArray        *sectors; /* of KonkursSector */
  /* Stages (issue 9): per track - 1, of KonkursStageRule by ordinal */
  GPtrArray        *stage_rules[N_TRACKS];
  GPtrArray        *no_stage_rules;  /* empty: what an unknown track has */
};

G_DEFINE_FINAL_TYPE (KonkursRuleSet, konkurs_rule_set, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_VALID_FROM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
konkurs_rule_set_finalize (GObject *object)
{
  KonkursRuleSet *self = (KonkursRuleSet *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->name, konkurs_local_text_free);
  g_clear_pointer (&self->valid_from, g_date_free);
  g_clear_pointer (&self->values, g_hash_table_unref);
  for (guint i = 0; i < N_PROCEDURES; i++)
    g_clear_pointer (&self->procedure_names[i], konkurs_local_text_free);
  g_clear_pointer (&self->sectors, g_ptr_array_unref);
  for (guint i = 0; i < N_TRACKS; i++)
    g_clear_pointer (&self->stage_rules[i], g_ptr_array_unref);
  g_clear_pointer (&self->no_stage_rules, g_ptr_array_unref);

  G_OBJECT_CLASS (konkurs_rule_set_parent_class)->finalize (object);
}

static void
konkurs_rule_set_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KonkursRuleSet *self = KONKURS_RULE_SET (object);

  switch (prop_id)
    {
    case PROP_ID:         g_value_set_int64 (value, self->id); break;
    case PROP_CODE:       g_value_set_string (value, self->code); break;
    case PROP_NAME:       g_value_set_boxed (value, self->name); break;
    case PROP_VALID_FROM: g_value_set_boxed (value, self->valid_from); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_rule_set_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KonkursRuleSet *self = KONKURS_RULE_SET (object);
  const GDate *date;

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_CODE:
      g_free (self->code);
      self->code = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    case PROP_NAME:
      konkurs_local_text_free (self->name);
      self->name = konkurs_local_text_copy (g_value_get_boxed (value));
      break;
    case PROP_VALID_FROM:
      date = g_value_get_boxed (value);
      g_clear_pointer (&self->valid_from, g_date_free);
      if (date != NULL && g_date_valid (date))
        self->valid_from = g_date_copy (date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_rule_set_class_init (KonkursRuleSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = konkurs_rule_set_finalize;
  object_class->get_property = konkurs_rule_set_get_property;
  object_class->set_property = konkurs_rule_set_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, "", flags);
  properties[PROP_NAME] =
    g_param_spec_boxed ("name", NULL, NULL, KONKURS_TYPE_LOCAL_TEXT, flags);
  properties[PROP_VALID_FROM] =
    g_param_spec_boxed ("valid-from", NULL, NULL, G_TYPE_DATE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_rule_set_init (KonkursRuleSet *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->name = konkurs_local_text_new (NULL, NULL);
  self->sectors = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_sector_free);
  for (guint i = 0; i < N_TRACKS; i++)
    self->stage_rules[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_rule_free);
  self->no_stage_rules = g_ptr_array_new ();
}

KonkursRuleSet *
konkurs_rule_set_new (gint64                  id,
                      const char             *code,
                      const KonkursLocalText *name,
                      const GDate            *valid_from)
{
  return g_object_new (KONKURS_TYPE_RULE_SET,
                       "id", id,
                       "code", code,
                       "name", name,
                       "valid-from", valid_from,
                       NULL);
}

gint64
konkurs_rule_set_get_id (KonkursRuleSet *self)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), 0);
  return self->id;
}

const char *
konkurs_rule_set_get_code (KonkursRuleSet *self)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);
  return self->code;
}

const KonkursLocalText *
konkurs_rule_set_get_name_text (KonkursRuleSet *self)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);
  return self->name;
}

const char *
konkurs_rule_set_get_name (KonkursRuleSet *self)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);
  return konkurs_local_text_get_display (self->name);
}

const GDate *
konkurs_rule_set_get_valid_from (KonkursRuleSet *self)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);
  return self->valid_from;
}

void
konkurs_rule_set_set_int (KonkursRuleSet *self,
                          const char     *key,
                          int             value)
{
  g_return_if_fail (KONKURS_IS_RULE_SET (self));
  g_return_if_fail (key != NULL);

  g_hash_table_insert (self->values, g_strdup (key), GINT_TO_POINTER (value));
}

gboolean
konkurs_rule_set_lookup_int (KonkursRuleSet *self,
                             const char     *key,
                             int            *value)
{
  gpointer stored;

  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!g_hash_table_lookup_extended (self->values, key, NULL, &stored))
    return FALSE;
  if (value != NULL)
    *value = GPOINTER_TO_INT (stored);
  return TRUE;
}

static int
compare_keys (const void *a,
              const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

char **
konkurs_rule_set_list_keys (KonkursRuleSet *self)
{
  g_autofree const char **keys = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  char **sorted;
  guint n_keys;

  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);

  keys = (const char **) g_hash_table_get_keys_as_array (self->values, &n_keys);
  for (guint i = 0; i < n_keys; i++)
    g_strv_builder_add (builder, keys[i]);

  sorted = g_strv_builder_end (builder);
  qsort (sorted, n_keys, sizeof (char *), compare_keys);
  return sorted;
}

static gboolean
valid_procedure (KonkursProcedure procedure)
{
  return procedure >= KONKURS_PROCEDURE_CIVIL_SERVICE && procedure <= KONKURS_PROCEDURE_YOUTH_RESERVE;
}

void
konkurs_rule_set_set_procedure_name (KonkursRuleSet         *self,
                                     KonkursProcedure        procedure,
                                     const KonkursLocalText *name)
{
  g_return_if_fail (KONKURS_IS_RULE_SET (self));
  g_return_if_fail (valid_procedure (procedure));

  g_clear_pointer (&self->procedure_names[procedure - 1], konkurs_local_text_free);
  if (name != NULL)
    self->procedure_names[procedure - 1] = konkurs_local_text_copy (name);
}

const KonkursLocalText *
konkurs_rule_set_get_procedure_name (KonkursRuleSet   *self,
                                     KonkursProcedure  procedure)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);

  return valid_procedure (procedure) ? self->procedure_names[procedure - 1] : NULL;
}

void
konkurs_rule_set_add_sector (KonkursRuleSet      *self,
                             const KonkursSector *sector)
{
  g_return_if_fail (KONKURS_IS_RULE_SET (self));
  g_return_if_fail (sector != NULL && sector->code != NULL);

  for (guint i = 0; i < self->sectors->len; i++)
    {
      KonkursSector *known = g_ptr_array_index (self->sectors, i);

      if (g_str_equal (known->code, sector->code))
        {
          konkurs_sector_free (known);
          g_ptr_array_index (self->sectors, i) = konkurs_sector_copy (sector);
          return;
        }
    }
  g_ptr_array_add (self->sectors, konkurs_sector_copy (sector));
}

GPtrArray *
konkurs_rule_set_get_sectors (KonkursRuleSet *self)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);
  return self->sectors;
}

const KonkursSector *
konkurs_rule_set_find_sector (KonkursRuleSet *self,
                              const char     *text)
{
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);

  if (text == NULL)
    return NULL;
  wanted = g_strstrip (g_strdup (text));
  if (*wanted == '\0')
    return NULL;
  for (guint i = 0; i < self->sectors->len; i++)
    {
      KonkursSector *sector = g_ptr_array_index (self->sectors, i);

      if (g_str_equal (sector->code, wanted)
          || g_str_equal (konkurs_local_text_get (sector->name, KONKURS_DOC_LANGUAGE_KK), wanted)
          || g_str_equal (konkurs_local_text_get (sector->name, KONKURS_DOC_LANGUAGE_RU), wanted))
        return sector;
    }
  return NULL;
}

/* Stages */

static gboolean
valid_track (KonkursTrack track)
{
  return track >= KONKURS_TRACK_LEADERSHIP && track <= N_TRACKS;
}

static int
compare_ordinals (gconstpointer a,
                  gconstpointer b)
{
  const KonkursStageRule *x = *(KonkursStageRule * const *) a;
  const KonkursStageRule *y = *(KonkursStageRule * const *) b;

  return x->ordinal - y->ordinal;
}

void
konkurs_rule_set_add_stage_rule (KonkursRuleSet         *self,
                                 const KonkursStageRule *rule)
{
  GPtrArray *rules;

  g_return_if_fail (KONKURS_IS_RULE_SET (self));
  g_return_if_fail (rule != NULL && valid_track (rule->track));

  rules = self->stage_rules[rule->track - 1];
  for (guint i = 0; i < rules->len; i++)
    if (((KonkursStageRule *) g_ptr_array_index (rules, i))->kind == rule->kind)
      {
        g_ptr_array_remove_index (rules, i);
        break;
      }
  g_ptr_array_add (rules, konkurs_stage_rule_copy (rule));
  g_ptr_array_sort (rules, compare_ordinals);
}

GPtrArray *
konkurs_rule_set_get_stage_rules (KonkursRuleSet *self,
                                  KonkursTrack    track)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);

  return valid_track (track) ? self->stage_rules[track - 1] : self->no_stage_rules;
}

const KonkursStageRule *
konkurs_rule_set_find_stage_rule (KonkursRuleSet   *self,
                                  KonkursTrack      track,
                                  KonkursStageKind  kind)
{
  GPtrArray *rules;

  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);

  rules = konkurs_rule_set_get_stage_rules (self, track);
  for (guint i = 0; i < rules->len; i++)
    if (((KonkursStageRule *) g_ptr_array_index (rules, i))->kind == kind)
      return g_ptr_array_index (rules, i);
  return NULL;
}
