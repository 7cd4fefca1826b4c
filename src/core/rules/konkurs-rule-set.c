/* konkurs-rule-set.c — the numbers a competition is bound to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "konkurs-rule-set.h"

struct _KonkursRuleSet
{
  GObject     parent_instance;

  gint64      id;
  char       *code;
  char       *name;
  GDate      *valid_from;
  GHashTable *values;  /* key (char *) -> GINT_TO_POINTER (value) */
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
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->valid_from, g_date_free);
  g_clear_pointer (&self->values, g_hash_table_unref);

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
    case PROP_NAME:       g_value_set_string (value, self->name); break;
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
      g_free (self->name);
      self->name = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
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
    g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_VALID_FROM] =
    g_param_spec_boxed ("valid-from", NULL, NULL, G_TYPE_DATE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_rule_set_init (KonkursRuleSet *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

KonkursRuleSet *
konkurs_rule_set_new (gint64       id,
                      const char  *code,
                      const char  *name,
                      const GDate *valid_from)
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

const char *
konkurs_rule_set_get_name (KonkursRuleSet *self)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);
  return self->name;
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
