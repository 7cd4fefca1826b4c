/* konkurs-competition.c — a competition: one announcement of a state body
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-competition.h"
#include "konkurs-property.h"

struct _KonkursCompetition
{
  GObject           parent_instance;

  gint64            id;
  char             *number;
  gint64            rule_set_id;
  KonkursProcedure  procedure;
  KonkursLocalText *state_body;
  KonkursLocalText *title;
  GDate            *announcement_date;
  GDate            *document_deadline;
  KonkursRuleScope  scope;
};

G_DEFINE_FINAL_TYPE (KonkursCompetition, konkurs_competition, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NUMBER,
  PROP_RULE_SET_ID,
  PROP_PROCEDURE,
  PROP_STATE_BODY,
  PROP_TITLE,
  PROP_ANNOUNCEMENT_DATE,
  PROP_DOCUMENT_DEADLINE,
  PROP_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
konkurs_competition_finalize (GObject *object)
{
  KonkursCompetition *self = (KonkursCompetition *) object;

  g_clear_pointer (&self->number, g_free);
  g_clear_pointer (&self->state_body, konkurs_local_text_free);
  g_clear_pointer (&self->title, konkurs_local_text_free);
  g_clear_pointer (&self->announcement_date, g_date_free);
  g_clear_pointer (&self->document_deadline, g_date_free);

  G_OBJECT_CLASS (konkurs_competition_parent_class)->finalize (object);
}

static void
konkurs_competition_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KonkursCompetition *self = KONKURS_COMPETITION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_RULE_SET_ID:
      g_value_set_int64 (value, self->rule_set_id);
      break;
    case PROP_PROCEDURE:
      g_value_set_int (value, self->procedure);
      break;
    case PROP_STATE_BODY:
      g_value_set_boxed (value, self->state_body);
      break;
    case PROP_TITLE:
      g_value_set_boxed (value, self->title);
      break;
    case PROP_ANNOUNCEMENT_DATE:
      g_value_set_boxed (value, self->announcement_date);
      break;
    case PROP_DOCUMENT_DEADLINE:
      g_value_set_boxed (value, self->document_deadline);
      break;
    case PROP_SCOPE:
      g_value_set_int (value, self->scope);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_competition_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KonkursCompetition *self = KONKURS_COMPETITION (object);

  switch (prop_id)
    {
    case PROP_ID:
      konkurs_competition_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_NUMBER:
      konkurs_competition_set_number (self, g_value_get_string (value));
      break;
    case PROP_RULE_SET_ID:
      konkurs_competition_set_rule_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_PROCEDURE:
      konkurs_competition_set_procedure (self, g_value_get_int (value));
      break;
    case PROP_STATE_BODY:
      konkurs_competition_set_state_body_text (self, g_value_get_boxed (value));
      break;
    case PROP_TITLE:
      konkurs_competition_set_title_text (self, g_value_get_boxed (value));
      break;
    case PROP_ANNOUNCEMENT_DATE:
      konkurs_competition_set_announcement_date (self, g_value_get_boxed (value));
      break;
    case PROP_DOCUMENT_DEADLINE:
      konkurs_competition_set_document_deadline (self, g_value_get_boxed (value));
      break;
    case PROP_SCOPE:
      konkurs_competition_set_scope (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_competition_class_init (KonkursCompetitionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = konkurs_competition_finalize;
  object_class->get_property = konkurs_competition_get_property;
  object_class->set_property = konkurs_competition_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, "", flags);
  properties[PROP_RULE_SET_ID] =
    g_param_spec_int64 ("rule-set-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PROCEDURE] =
    g_param_spec_int ("procedure", NULL, NULL,
                      KONKURS_PROCEDURE_CIVIL_SERVICE, KONKURS_PROCEDURE_YOUTH_RESERVE,
                      KONKURS_PROCEDURE_CIVIL_SERVICE, flags);
  properties[PROP_STATE_BODY] =
    g_param_spec_boxed ("state-body", NULL, NULL, KONKURS_TYPE_LOCAL_TEXT, flags);
  properties[PROP_TITLE] =
    g_param_spec_boxed ("title", NULL, NULL, KONKURS_TYPE_LOCAL_TEXT, flags);
  properties[PROP_ANNOUNCEMENT_DATE] =
    g_param_spec_boxed ("announcement-date", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_DOCUMENT_DEADLINE] =
    g_param_spec_boxed ("document-deadline", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_SCOPE] =
    g_param_spec_int ("scope", NULL, NULL, KONKURS_RULE_SCOPE_GENERAL, KONKURS_RULE_SCOPE_INTERNAL,
                      KONKURS_RULE_SCOPE_GENERAL, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_competition_init (KonkursCompetition *self)
{
  self->procedure = KONKURS_PROCEDURE_CIVIL_SERVICE;
  self->scope = KONKURS_RULE_SCOPE_GENERAL;
  self->number = g_strdup ("");
  self->state_body = konkurs_local_text_new (NULL, NULL);
  self->title = konkurs_local_text_new (NULL, NULL);
}

KonkursCompetition *
konkurs_competition_new (void)
{
  return g_object_new (KONKURS_TYPE_COMPETITION, NULL);
}

KonkursCompetition *
konkurs_competition_copy (KonkursCompetition *self)
{
  KonkursCompetition *copy;

  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), NULL);

  copy = konkurs_competition_new ();
  copy->id = self->id;
  konkurs_property_replace_string (&copy->number, self->number);
  copy->rule_set_id = self->rule_set_id;
  copy->procedure = self->procedure;
  copy->scope = self->scope;
  konkurs_property_replace_local_text (&copy->state_body, self->state_body);
  konkurs_property_replace_local_text (&copy->title, self->title);
  konkurs_property_replace_date (&copy->announcement_date, self->announcement_date);
  konkurs_property_replace_date (&copy->document_deadline, self->document_deadline);
  return copy;
}

gint64
konkurs_competition_get_id (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), 0);
  return self->id;
}

void
konkurs_competition_set_id (KonkursCompetition *self,
                            gint64              id)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));

  konkurs_property_set_value (self, properties[PROP_ID], &self->id, id);
}

gint64
konkurs_competition_get_rule_set_id (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), 0);
  return self->rule_set_id;
}

void
konkurs_competition_set_rule_set_id (KonkursCompetition *self,
                                     gint64              id)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));

  konkurs_property_set_value (self, properties[PROP_RULE_SET_ID], &self->rule_set_id, id);
}

KonkursProcedure
konkurs_competition_get_procedure (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), KONKURS_PROCEDURE_CIVIL_SERVICE);
  return self->procedure;
}

void
konkurs_competition_set_procedure (KonkursCompetition *self,
                                   KonkursProcedure    procedure)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));

  konkurs_property_set_value (self, properties[PROP_PROCEDURE], &self->procedure, procedure);
}

const char *
konkurs_competition_get_number (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), NULL);
  return self->number;
}

void
konkurs_competition_set_number (KonkursCompetition *self,
                                const char         *number)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));

  konkurs_property_set_string (G_OBJECT (self), properties[PROP_NUMBER], &self->number, number);
}

const KonkursLocalText *
konkurs_competition_get_state_body_text (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), NULL);
  return self->state_body;
}

void
konkurs_competition_set_state_body_text (KonkursCompetition     *self,
                                         const KonkursLocalText *state_body)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));

  konkurs_property_set_local_text (G_OBJECT (self), properties[PROP_STATE_BODY], &self->state_body, state_body);
}

const char *
konkurs_competition_get_state_body (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), NULL);
  return konkurs_local_text_get_display (self->state_body);
}

void
konkurs_competition_set_state_body (KonkursCompetition *self,
                                    const char         *kk,
                                    const char         *ru)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));

  konkurs_property_set_local_pair (G_OBJECT (self), properties[PROP_STATE_BODY], &self->state_body, kk, ru);
}

const KonkursLocalText *
konkurs_competition_get_title_text (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), NULL);
  return self->title;
}

void
konkurs_competition_set_title_text (KonkursCompetition     *self,
                                    const KonkursLocalText *title)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));

  konkurs_property_set_local_text (G_OBJECT (self), properties[PROP_TITLE], &self->title, title);
}

const char *
konkurs_competition_get_title (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), NULL);
  return konkurs_local_text_get_display (self->title);
}

void
konkurs_competition_set_title (KonkursCompetition *self,
                               const char         *kk,
                               const char         *ru)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));

  konkurs_property_set_local_pair (G_OBJECT (self), properties[PROP_TITLE], &self->title, kk, ru);
}

const GDate *
konkurs_competition_get_announcement_date (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), NULL);
  return self->announcement_date;
}

void
konkurs_competition_set_announcement_date (KonkursCompetition *self,
                                           const GDate        *date)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));

  konkurs_property_set_date (G_OBJECT (self), properties[PROP_ANNOUNCEMENT_DATE], &self->announcement_date, date);
}

const GDate *
konkurs_competition_get_document_deadline (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), NULL);
  return self->document_deadline;
}

void
konkurs_competition_set_document_deadline (KonkursCompetition *self,
                                           const GDate        *date)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));

  konkurs_property_set_date (G_OBJECT (self), properties[PROP_DOCUMENT_DEADLINE], &self->document_deadline, date);
}

KonkursRuleScope
konkurs_competition_get_scope (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), KONKURS_RULE_SCOPE_GENERAL);
  return self->scope;
}

void
konkurs_competition_set_scope (KonkursCompetition *self,
                               KonkursRuleScope    scope)
{
  g_return_if_fail (KONKURS_IS_COMPETITION (self));
  g_return_if_fail (scope == KONKURS_RULE_SCOPE_GENERAL || scope == KONKURS_RULE_SCOPE_INTERNAL);

  konkurs_property_set_value (self, properties[PROP_SCOPE], &self->scope, scope);
}

KonkursRuleScope
konkurs_competition_get_rule_scope (KonkursCompetition *self)
{
  g_return_val_if_fail (KONKURS_IS_COMPETITION (self), KONKURS_RULE_SCOPE_GENERAL);

  return self->procedure == KONKURS_PROCEDURE_YOUTH_RESERVE ? KONKURS_RULE_SCOPE_YOUTH_RESERVE : self->scope;
}
