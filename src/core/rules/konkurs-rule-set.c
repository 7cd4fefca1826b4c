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
  copy->quota = self->quota;
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
#define KONKURS_N_RULE_SCOPES 3
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

  /* Validity and source (issue 9, RULESETS) */
  KonkursLocalText *source;  /* NULL: not given */
  GDate             validity_from[KONKURS_N_RULE_SCOPES];   /* invalid: the scope is not covered */
  GDate             validity_until[KONKURS_N_RULE_SCOPES];  /* invalid: no end */
  /* Stages (issue 9): per track - 1, of KonkursStageRule by ordinal */
  GPtrArray        *stage_rules[N_TRACKS];
  GPtrArray        *no_stage_rules;  /* empty: what an unknown track has */
  KonkursEssayRule *essay_rules[N_TRACKS];  /* issue 10; NULL: the track has no essay */
  GPtrArray        *tie_breakers[N_TRACKS];  /* issue 11: of KonkursStageKind, by track - 1 */
  GRecMutex         stage_lock;      /* the loader runs once, whichever thread asks first */
  KonkursRuleSetStageLoader stage_loader;
  gpointer          stage_loader_data;
  GDestroyNotify    stage_loader_destroy;
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
  g_clear_pointer (&self->source, konkurs_local_text_free);
  for (guint i = 0; i < N_TRACKS; i++)
    g_clear_pointer (&self->stage_rules[i], g_ptr_array_unref);
  g_clear_pointer (&self->no_stage_rules, g_ptr_array_unref);
  for (guint i = 0; i < N_TRACKS; i++)
    g_clear_pointer (&self->essay_rules[i], konkurs_essay_rule_free);
  for (guint i = 0; i < N_TRACKS; i++)
    g_clear_pointer (&self->tie_breakers[i], g_ptr_array_unref);
  if (self->stage_loader_destroy != NULL)
    self->stage_loader_destroy (self->stage_loader_data);
  g_rec_mutex_clear (&self->stage_lock);

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
  for (guint i = 0; i < KONKURS_N_RULE_SCOPES; i++)
    {
      g_date_clear (&self->validity_from[i], 1);
      g_date_clear (&self->validity_until[i], 1);
    }
  for (guint i = 0; i < N_TRACKS; i++)
    self->stage_rules[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_rule_free);
  for (guint i = 0; i < N_TRACKS; i++)
    self->tie_breakers[i] = g_ptr_array_new ();
  self->no_stage_rules = g_ptr_array_new ();
  g_rec_mutex_init (&self->stage_lock);
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

/* Validity and source */

static const struct {
  const char *code;
  const char *label;
} scopes[KONKURS_N_RULE_SCOPES] = {
  { "general",       N_("General competition") },
  { "internal",      N_("Internal competition") },
  { "youth-reserve", N_("Youth Personnel Reserve") },
};

static gboolean
valid_scope (KonkursRuleScope scope)
{
  return scope >= KONKURS_RULE_SCOPE_GENERAL && scope <= KONKURS_RULE_SCOPE_YOUTH_RESERVE;
}

const char *
konkurs_rule_scope_to_code (KonkursRuleScope scope)
{
  return valid_scope (scope) ? scopes[scope - 1].code : NULL;
}

gboolean
konkurs_rule_scope_from_code (const char       *code,
                              KonkursRuleScope *out)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (scopes); i++)
    if (g_str_equal (code, scopes[i].code))
      {
        if (out != NULL)
          *out = (KonkursRuleScope) (i + 1);
        return TRUE;
      }
  return FALSE;
}

const char *
konkurs_rule_scope_get_label (KonkursRuleScope scope)
{
  return valid_scope (scope) ? scopes[scope - 1].label : NULL;
}

void
konkurs_rule_set_set_validity (KonkursRuleSet   *self,
                               KonkursRuleScope  scope,
                               const GDate      *valid_from,
                               const GDate      *valid_until)
{
  g_return_if_fail (KONKURS_IS_RULE_SET (self));
  g_return_if_fail (valid_scope (scope));

  g_date_clear (&self->validity_from[scope - 1], 1);
  g_date_clear (&self->validity_until[scope - 1], 1);
  if (valid_from == NULL || !g_date_valid (valid_from))
    return;
  self->validity_from[scope - 1] = *valid_from;
  if (valid_until != NULL && g_date_valid (valid_until))
    self->validity_until[scope - 1] = *valid_until;
}

gboolean
konkurs_rule_set_get_validity (KonkursRuleSet   *self,
                               KonkursRuleScope  scope,
                               GDate            *valid_from,
                               GDate            *valid_until)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), FALSE);

  if (!valid_scope (scope) || !g_date_valid (&self->validity_from[scope - 1]))
    return FALSE;
  if (valid_from != NULL)
    *valid_from = self->validity_from[scope - 1];
  if (valid_until != NULL)
    *valid_until = self->validity_until[scope - 1];
  return TRUE;
}

gboolean
konkurs_rule_set_applies (KonkursRuleSet   *self,
                          KonkursRuleScope  scope,
                          const GDate      *date)
{
  GDate from, until;

  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  if (!konkurs_rule_set_get_validity (self, scope, &from, &until))
    return FALSE;
  return g_date_compare (&from, date) <= 0 && (!g_date_valid (&until) || g_date_compare (date, &until) <= 0);
}

void
konkurs_rule_set_set_source (KonkursRuleSet         *self,
                             const KonkursLocalText *source)
{
  g_return_if_fail (KONKURS_IS_RULE_SET (self));

  g_clear_pointer (&self->source, konkurs_local_text_free);
  if (source != NULL)
    self->source = konkurs_local_text_copy (source);
}

const KonkursLocalText *
konkurs_rule_set_get_source (KonkursRuleSet *self)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);
  return self->source;
}

void
konkurs_rule_set_set_name (KonkursRuleSet         *self,
                           const KonkursLocalText *name)
{
  g_return_if_fail (KONKURS_IS_RULE_SET (self));

  konkurs_local_text_free (self->name);
  self->name = name != NULL ? konkurs_local_text_copy (name) : konkurs_local_text_new (NULL, NULL);
}

/* Checking values */

typedef struct {
  const char *key;
  const char *label;
  int         min;
  int         max;
} RuleKey;

static const RuleKey rule_keys[] = {
  { KONKURS_RULE_DOCUMENT_REVIEW_DAYS,        N_("Review of documents, working days"), 1, 60 },
  { KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, N_("Validity of test certificates, months"), 1, 120 },
  { KONKURS_RULE_LEGISLATION_QUESTIONS,       N_("Legislation test: questions"), 1, 500 },
  { KONKURS_RULE_LEGISLATION_MINUTES,         N_("Legislation test: minutes"), 1, 600 },
  { KONKURS_RULE_LEGISLATION_PASS,            N_("Legislation test: correct answers to pass"), 1, 500 },
  { KONKURS_RULE_LEGISLATION_PASS_PER_ACT,    N_("Legislation test: correct answers per act"), 0, 500 },
  { KONKURS_RULE_ESSAY_SCALE_MAX,             N_("Essay: highest score"), 1, 100 },
  { KONKURS_RULE_ESSAY_MAX_ADMITTED,          N_("Essay: most candidates admitted"), 1, 1000 },
  { KONKURS_RULE_INTERVIEW_MAX_ADMITTED,      N_("Interview: most candidates admitted"), 1, 1000 },
  { KONKURS_RULE_QUORUM_NUMERATOR,            N_("Quorum of the commission: numerator"), 1, 100 },
  { KONKURS_RULE_QUORUM_DENOMINATOR,          N_("Quorum of the commission: denominator"), 1, 100 },
  { KONKURS_RULE_YOUTH_MAX_AGE,               N_("Youth Reserve: highest age, years"), 18, 100 },
  { KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS,  N_("Youth Reserve: least work experience, years"), 0, 50 },
  { KONKURS_RULE_RESERVE_TOP,                 N_("Youth Reserve: places in the final list"), 1, 10000 },
  { KONKURS_RULE_RESERVE_TERM_YEARS,          N_("Youth Reserve: term in the reserve, years"), 1, 50 },
  { KONKURS_RULE_PUBLICATION_MIN_GROUP,       N_("Published lists: fewest applications shown under a sector"), 1, 1000 },
};

static const RuleKey *
find_rule_key (const char *key)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (rule_keys); i++)
    if (g_str_equal (rule_keys[i].key, key))
      return &rule_keys[i];
  return NULL;
}

const char *
konkurs_rule_key_get_label (const char *key)
{
  const RuleKey *known = find_rule_key (key);

  return known != NULL ? known->label : NULL;
}

char *
konkurs_rule_value_check (const char *key,
                          int         value)
{
  const RuleKey *known = find_rule_key (key);

  if (known == NULL || (value >= known->min && value <= known->max))
    return NULL;
  /* TRANSLATORS: "“Essay: highest score” must be from 1 to 100." */
  return g_strdup_printf (_("“%s” must be from %d to %d."), _(known->label), known->min, known->max);
}

/* What the Youth Reserve's top has when a rule set does not say (the
 * seeded rule set says 50 too). */
#define DEFAULT_RESERVE_TOP 50

/* The sector quotas: none negative, and together no more than the places
 * of the top they are kept in. */
static char *
check_quotas (KonkursRuleSet *self)
{
  int places = DEFAULT_RESERVE_TOP;
  gint64 total = 0;  /* wide: quotas read from a file may be anything */

  konkurs_rule_set_lookup_int (self, KONKURS_RULE_RESERVE_TOP, &places);
  for (guint i = 0; i < self->sectors->len; i++)
    {
      const KonkursSector *sector = g_ptr_array_index (self->sectors, i);

      if (sector->quota < 0)
        /* TRANSLATORS: %s is the sector's code, as "education" */
        return g_strdup_printf (_("The quota of the sector “%s” cannot be negative."), sector->code);
      total += sector->quota;
    }
  if (total > places)
    /* TRANSLATORS: "The sector quotas add up to 55 places, more than the 50 places of the Youth Reserve's top." */
    return g_strdup_printf (_("The sector quotas add up to %d places, more than the %d places of the Youth "
                              "Reserve’s top."), (int) MIN (total, G_MAXINT), places);
  return NULL;
}

/* The first value of @self out of range, or of two that disagree. */
static char *
check_values (KonkursRuleSet *self)
{
  g_auto(GStrv) keys = konkurs_rule_set_list_keys (self);
  int questions, pass, per_act, numerator, denominator;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      int value = 0;
      char *problem;

      konkurs_rule_set_lookup_int (self, keys[i], &value);
      if ((problem = konkurs_rule_value_check (keys[i], value)) != NULL)
        return problem;
    }
  if (konkurs_rule_set_lookup_int (self, KONKURS_RULE_LEGISLATION_QUESTIONS, &questions))
    {
      if (konkurs_rule_set_lookup_int (self, KONKURS_RULE_LEGISLATION_PASS, &pass) && pass > questions)
        return g_strdup_printf (_("“%s” cannot be more than the %d questions of the test."),
                                _(konkurs_rule_key_get_label (KONKURS_RULE_LEGISLATION_PASS)), questions);
      if (konkurs_rule_set_lookup_int (self, KONKURS_RULE_LEGISLATION_PASS_PER_ACT, &per_act) && per_act > questions)
        return g_strdup_printf (_("“%s” cannot be more than the %d questions of the test."),
                                _(konkurs_rule_key_get_label (KONKURS_RULE_LEGISLATION_PASS_PER_ACT)), questions);
    }
  if (konkurs_rule_set_lookup_int (self, KONKURS_RULE_QUORUM_NUMERATOR, &numerator) &&
      konkurs_rule_set_lookup_int (self, KONKURS_RULE_QUORUM_DENOMINATOR, &denominator) &&
      numerator > denominator)
    return g_strdup (_("The quorum cannot be more than the whole commission: its numerator must not exceed its denominator."));
  return check_quotas (self);
}

char *
konkurs_rule_set_check (KonkursRuleSet *self)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);

  if (konkurs_local_text_is_blank (self->name))
    return g_strdup (_("The rule set needs a name in Kazakh or in Russian."));
  for (KonkursRuleScope scope = KONKURS_RULE_SCOPE_GENERAL; scope <= KONKURS_RULE_SCOPE_YOUTH_RESERVE; scope++)
    {
      const GDate *from = &self->validity_from[scope - 1];
      const GDate *until = &self->validity_until[scope - 1];

      if (g_date_valid (from) && g_date_valid (until) && g_date_compare (until, from) < 0)
        /* TRANSLATORS: %s is a scope: "General competition" */
        return g_strdup_printf (_("%s: the rules cannot end before they start."),
                                _(konkurs_rule_scope_get_label (scope)));
    }
  return check_values (self);
}

char *
konkurs_rule_set_check_code (const char *code)
{
  /* A code names the rules in files: short, and safe in XML and on a
   * command line. */
  if (code == NULL || *code == '\0')
    return g_strdup (_("The copy needs a code: letters, digits and “-”, as in “kz-2027”."));
  for (const char *c = code; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != '-' && *c != '_' && *c != '.')
      return g_strdup (_("A code may hold only Latin letters, digits, “-”, “_” and “.”."));
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
konkurs_rule_set_set_stage_loader (KonkursRuleSet            *self,
                                   KonkursRuleSetStageLoader  loader,
                                   gpointer                   data,
                                   GDestroyNotify             destroy)
{
  g_return_if_fail (KONKURS_IS_RULE_SET (self));

  g_rec_mutex_lock (&self->stage_lock);
  if (self->stage_loader_destroy != NULL)
    self->stage_loader_destroy (self->stage_loader_data);
  self->stage_loader = loader;
  self->stage_loader_data = data;
  self->stage_loader_destroy = destroy;
  g_rec_mutex_unlock (&self->stage_lock);
}

static void
load_stages (KonkursRuleSet *self)
{
  KonkursRuleSetStageLoader loader;

  g_rec_mutex_lock (&self->stage_lock);
  loader = self->stage_loader;
  self->stage_loader = NULL;
  if (loader != NULL)
    loader (self, self->stage_loader_data);
  g_rec_mutex_unlock (&self->stage_lock);
}

void
konkurs_rule_set_add_stage_rule (KonkursRuleSet         *self,
                                 const KonkursStageRule *rule)
{
  GPtrArray *rules;

  g_return_if_fail (KONKURS_IS_RULE_SET (self));
  g_return_if_fail (rule != NULL && valid_track (rule->track));

  /* what the store holds first, so that this one replaces it, not the
   * other way round (the loader adds through here, the lock is its own) */
  load_stages (self);
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

  load_stages (self);
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

/* Essays: loaded with the stages, so that a rule added here replaces
 * what the store holds, as a stage rule does. */
void
konkurs_rule_set_add_essay_rule (KonkursRuleSet         *self,
                                 const KonkursEssayRule *rule)
{
  g_return_if_fail (KONKURS_IS_RULE_SET (self));
  g_return_if_fail (rule != NULL && valid_track (rule->track));

  load_stages (self);
  g_clear_pointer (&self->essay_rules[rule->track - 1], konkurs_essay_rule_free);
  self->essay_rules[rule->track - 1] = konkurs_essay_rule_copy (rule);
}

const KonkursEssayRule *
konkurs_rule_set_get_essay_rule (KonkursRuleSet *self,
                                 KonkursTrack    track)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);

  load_stages (self);
  return valid_track (track) ? self->essay_rules[track - 1] : NULL;
}

/* Tie-breakers: loaded with the stages, as the essay rules are. */
void
konkurs_rule_set_set_tie_breakers (KonkursRuleSet         *self,
                                   KonkursTrack            track,
                                   const KonkursStageKind *kinds,
                                   guint                   n_kinds)
{
  GPtrArray *breakers;

  g_return_if_fail (KONKURS_IS_RULE_SET (self));
  g_return_if_fail (valid_track (track));
  g_return_if_fail (kinds != NULL || n_kinds == 0);

  load_stages (self);
  breakers = self->tie_breakers[track - 1];
  g_ptr_array_set_size (breakers, 0);
  for (guint i = 0; i < n_kinds; i++)
    g_ptr_array_add (breakers, GUINT_TO_POINTER ((guint) kinds[i]));
}

GPtrArray *
konkurs_rule_set_get_tie_breakers (KonkursRuleSet *self,
                                   KonkursTrack    track)
{
  g_return_val_if_fail (KONKURS_IS_RULE_SET (self), NULL);

  load_stages (self);
  return valid_track (track) ? self->tie_breakers[track - 1] : self->no_stage_rules;
}
