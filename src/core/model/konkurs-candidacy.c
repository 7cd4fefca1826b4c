/* konkurs-candidacy.c — one application of a candidate to a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-candidacy.h"
#include "konkurs-property.h"

/* Codes and labels */

static const struct {
  const char *code;
  const char *label;
} statuses[] = {
  [KONKURS_CANDIDACY_RECEIVED]   = { "received",   N_("Received") },
  [KONKURS_CANDIDACY_ADMITTED]   = { "admitted",   N_("Admitted") },
  [KONKURS_CANDIDACY_REJECTED]   = { "rejected",   N_("Refused") },
  [KONKURS_CANDIDACY_WITHDRAWN]  = { "withdrawn",  N_("Withdrawn") },
  [KONKURS_CANDIDACY_ELIMINATED] = { "eliminated", N_("Eliminated") },
  [KONKURS_CANDIDACY_PASSED]     = { "passed",     N_("Passed") },
  [KONKURS_CANDIDACY_WINNER]     = { "winner",     N_("Winner") },
  [KONKURS_CANDIDACY_RESERVE]    = { "reserve",    N_("In the reserve") },
};

static const struct {
  const char *code;
  const char *label;
} states[] = {
  [KONKURS_ELIGIBILITY_STATE_PENDING]    = { "pending",    N_("Not checked yet") },
  [KONKURS_ELIGIBILITY_STATE_ELIGIBLE]   = { "eligible",   N_("Eligible") },
  [KONKURS_ELIGIBILITY_STATE_INELIGIBLE] = { "ineligible", N_("Not eligible") },
};

const char *
konkurs_candidacy_status_to_code (KonkursCandidacyStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (statuses))
    return NULL;
  return statuses[status].code;
}

gboolean
konkurs_candidacy_status_from_code (const char             *code,
                                    KonkursCandidacyStatus *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_strcmp0 (code, statuses[i].code) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
konkurs_candidacy_status_get_label (KonkursCandidacyStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (statuses))
    return NULL;
  return statuses[status].label;
}

const char *
konkurs_eligibility_state_to_code (KonkursEligibilityState state)
{
  if (state < 0 || (guint) state >= G_N_ELEMENTS (states))
    return NULL;
  return states[state].code;
}

gboolean
konkurs_eligibility_state_from_code (const char              *code,
                                     KonkursEligibilityState *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (g_strcmp0 (code, states[i].code) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
konkurs_eligibility_state_get_label (KonkursEligibilityState state)
{
  if (state < 0 || (guint) state >= G_N_ELEMENTS (states))
    return NULL;
  return states[state].label;
}

/* The object */

struct _KonkursCandidacy
{
  GObject                  parent_instance;

  gint64                   id;
  gint64                   candidate_id;
  gint64                   competition_id;
  gint64                   vacancy_id;
  char                    *sector;
  char                    *personal_code;
  GDate                    received_on;
  KonkursCandidacyStatus   status;
  KonkursEligibilityState  eligibility;
  char                    *decision_reason;
  char                    *decided_by;
  GDateTime               *decided_at;
};

G_DEFINE_FINAL_TYPE (KonkursCandidacy, konkurs_candidacy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CANDIDATE_ID,
  PROP_COMPETITION_ID,
  PROP_VACANCY_ID,
  PROP_SECTOR,
  PROP_PERSONAL_CODE,
  PROP_RECEIVED_ON,
  PROP_STATUS,
  PROP_ELIGIBILITY,
  PROP_DECISION_REASON,
  PROP_DECIDED_BY,
  PROP_DECIDED_AT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* @nullable: NULL stays NULL instead of becoming "". */
static void
set_string_field (KonkursCandidacy  *self,
                  char             **field,
                  const char        *value,
                  gboolean           nullable,
                  guint              prop_id)
{
  if (value == NULL && !nullable)
    value = "";
  if (konkurs_property_replace_nullable_string (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
konkurs_candidacy_finalize (GObject *object)
{
  KonkursCandidacy *self = (KonkursCandidacy *) object;

  g_clear_pointer (&self->sector, g_free);
  g_clear_pointer (&self->personal_code, g_free);
  g_clear_pointer (&self->decision_reason, g_free);
  g_clear_pointer (&self->decided_by, g_free);
  g_clear_pointer (&self->decided_at, g_date_time_unref);

  G_OBJECT_CLASS (konkurs_candidacy_parent_class)->finalize (object);
}

static void
konkurs_candidacy_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KonkursCandidacy *self = KONKURS_CANDIDACY (object);

  switch (prop_id)
    {
    case PROP_ID:              g_value_set_int64 (value, self->id); break;
    case PROP_CANDIDATE_ID:    g_value_set_int64 (value, self->candidate_id); break;
    case PROP_COMPETITION_ID:  g_value_set_int64 (value, self->competition_id); break;
    case PROP_VACANCY_ID:      g_value_set_int64 (value, self->vacancy_id); break;
    case PROP_SECTOR:          g_value_set_string (value, self->sector); break;
    case PROP_PERSONAL_CODE:   g_value_set_string (value, self->personal_code); break;
    case PROP_RECEIVED_ON:     g_value_set_boxed (value, konkurs_candidacy_get_received_on (self)); break;
    case PROP_STATUS:          g_value_set_int (value, self->status); break;
    case PROP_ELIGIBILITY:     g_value_set_int (value, self->eligibility); break;
    case PROP_DECISION_REASON: g_value_set_string (value, self->decision_reason); break;
    case PROP_DECIDED_BY:      g_value_set_string (value, self->decided_by); break;
    case PROP_DECIDED_AT:      g_value_set_boxed (value, self->decided_at); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_candidacy_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KonkursCandidacy *self = KONKURS_CANDIDACY (object);

  switch (prop_id)
    {
    case PROP_ID:              konkurs_candidacy_set_id (self, g_value_get_int64 (value)); break;
    case PROP_CANDIDATE_ID:    konkurs_candidacy_set_candidate_id (self, g_value_get_int64 (value)); break;
    case PROP_COMPETITION_ID:  konkurs_candidacy_set_competition_id (self, g_value_get_int64 (value)); break;
    case PROP_VACANCY_ID:      konkurs_candidacy_set_vacancy_id (self, g_value_get_int64 (value)); break;
    case PROP_SECTOR:          konkurs_candidacy_set_sector (self, g_value_get_string (value)); break;
    case PROP_PERSONAL_CODE:   konkurs_candidacy_set_personal_code (self, g_value_get_string (value)); break;
    case PROP_RECEIVED_ON:     konkurs_candidacy_set_received_on (self, g_value_get_boxed (value)); break;
    case PROP_STATUS:          konkurs_candidacy_set_status (self, g_value_get_int (value)); break;
    case PROP_ELIGIBILITY:     konkurs_candidacy_set_eligibility (self, g_value_get_int (value)); break;
    case PROP_DECISION_REASON: konkurs_candidacy_set_decision_reason (self, g_value_get_string (value)); break;
    case PROP_DECIDED_BY:      konkurs_candidacy_set_decided_by (self, g_value_get_string (value)); break;
    case PROP_DECIDED_AT:      konkurs_candidacy_set_decided_at (self, g_value_get_boxed (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_candidacy_class_init (KonkursCandidacyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = konkurs_candidacy_finalize;
  object_class->get_property = konkurs_candidacy_get_property;
  object_class->set_property = konkurs_candidacy_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CANDIDATE_ID] = g_param_spec_int64 ("candidate-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_COMPETITION_ID] = g_param_spec_int64 ("competition-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_VACANCY_ID] = g_param_spec_int64 ("vacancy-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SECTOR] = g_param_spec_string ("sector", NULL, NULL, "", flags);
  properties[PROP_PERSONAL_CODE] = g_param_spec_string ("personal-code", NULL, NULL, "", flags);
  properties[PROP_RECEIVED_ON] = g_param_spec_boxed ("received-on", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, KONKURS_CANDIDACY_RECEIVED, KONKURS_CANDIDACY_RESERVE,
                      KONKURS_CANDIDACY_RECEIVED, flags);
  properties[PROP_ELIGIBILITY] =
    g_param_spec_int ("eligibility", NULL, NULL, KONKURS_ELIGIBILITY_STATE_PENDING,
                      KONKURS_ELIGIBILITY_STATE_INELIGIBLE, KONKURS_ELIGIBILITY_STATE_PENDING, flags);
  properties[PROP_DECISION_REASON] = g_param_spec_string ("decision-reason", NULL, NULL, "", flags);
  properties[PROP_DECIDED_BY] = g_param_spec_string ("decided-by", NULL, NULL, NULL, flags);
  properties[PROP_DECIDED_AT] = g_param_spec_boxed ("decided-at", NULL, NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_candidacy_init (KonkursCandidacy *self)
{
  self->sector = g_strdup ("");
  self->personal_code = g_strdup ("");
  self->decision_reason = g_strdup ("");
  g_date_clear (&self->received_on, 1);
}

KonkursCandidacy *
konkurs_candidacy_new (void)
{
  return g_object_new (KONKURS_TYPE_CANDIDACY, NULL);
}

#define INT64_ACCESSORS(field, PROP)                                          \
gint64                                                                        \
konkurs_candidacy_get_##field (KonkursCandidacy *self)                        \
{                                                                             \
  g_return_val_if_fail (KONKURS_IS_CANDIDACY (self), 0);                      \
  return self->field;                                                         \
}                                                                             \
                                                                              \
void                                                                          \
konkurs_candidacy_set_##field (KonkursCandidacy *self,                        \
                               gint64            value)                       \
{                                                                             \
  g_return_if_fail (KONKURS_IS_CANDIDACY (self));                             \
  konkurs_property_set_value (self, properties[PROP], &self->field, value);    \
}

INT64_ACCESSORS (id, PROP_ID)
INT64_ACCESSORS (candidate_id, PROP_CANDIDATE_ID)
INT64_ACCESSORS (competition_id, PROP_COMPETITION_ID)
INT64_ACCESSORS (vacancy_id, PROP_VACANCY_ID)

#define STRING_ACCESSORS(field, nullable, PROP)                               \
const char *                                                                  \
konkurs_candidacy_get_##field (KonkursCandidacy *self)                        \
{                                                                             \
  g_return_val_if_fail (KONKURS_IS_CANDIDACY (self), NULL);                   \
  return self->field;                                                         \
}                                                                             \
                                                                              \
void                                                                          \
konkurs_candidacy_set_##field (KonkursCandidacy *self,                        \
                               const char       *value)                       \
{                                                                             \
  g_return_if_fail (KONKURS_IS_CANDIDACY (self));                             \
  set_string_field (self, &self->field, value, nullable, PROP);               \
}

STRING_ACCESSORS (sector, FALSE, PROP_SECTOR)
STRING_ACCESSORS (personal_code, FALSE, PROP_PERSONAL_CODE)
STRING_ACCESSORS (decision_reason, FALSE, PROP_DECISION_REASON)
STRING_ACCESSORS (decided_by, TRUE, PROP_DECIDED_BY)

const GDate *
konkurs_candidacy_get_received_on (KonkursCandidacy *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDACY (self), NULL);
  return g_date_valid (&self->received_on) ? &self->received_on : NULL;
}

void
konkurs_candidacy_set_received_on (KonkursCandidacy *self,
                                   const GDate      *date)
{
  g_return_if_fail (KONKURS_IS_CANDIDACY (self));

  if (konkurs_property_replace_date_value (&self->received_on, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECEIVED_ON]);
}

KonkursCandidacyStatus
konkurs_candidacy_get_status (KonkursCandidacy *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDACY (self), KONKURS_CANDIDACY_RECEIVED);
  return self->status;
}

void
konkurs_candidacy_set_status (KonkursCandidacy       *self,
                              KonkursCandidacyStatus  status)
{
  g_return_if_fail (KONKURS_IS_CANDIDACY (self));
  konkurs_property_set_value (self, properties[PROP_STATUS], &self->status, status);
}

KonkursEligibilityState
konkurs_candidacy_get_eligibility (KonkursCandidacy *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDACY (self), KONKURS_ELIGIBILITY_STATE_PENDING);
  return self->eligibility;
}

void
konkurs_candidacy_set_eligibility (KonkursCandidacy        *self,
                                   KonkursEligibilityState  state)
{
  g_return_if_fail (KONKURS_IS_CANDIDACY (self));
  konkurs_property_set_value (self, properties[PROP_ELIGIBILITY], &self->eligibility, state);
}

GDateTime *
konkurs_candidacy_get_decided_at (KonkursCandidacy *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDACY (self), NULL);
  return self->decided_at;
}

void
konkurs_candidacy_set_decided_at (KonkursCandidacy *self,
                                  GDateTime        *at)
{
  g_return_if_fail (KONKURS_IS_CANDIDACY (self));

  if (self->decided_at == at ||
      (self->decided_at != NULL && at != NULL && g_date_time_equal (self->decided_at, at)))
    return;
  g_clear_pointer (&self->decided_at, g_date_time_unref);
  if (at != NULL)
    self->decided_at = g_date_time_ref (at);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_AT]);
}
