/* konkurs-candidate.c — a person in the registry of candidates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-candidate.h"
#include "konkurs-property.h"
#include "konkurs-validation.h"

/* Entries of the lists */

G_DEFINE_BOXED_TYPE (KonkursEducationEntry, konkurs_education_entry,
                     konkurs_education_entry_copy, konkurs_education_entry_free)
G_DEFINE_BOXED_TYPE (KonkursEmployment, konkurs_employment,
                     konkurs_employment_copy, konkurs_employment_free)
G_DEFINE_BOXED_TYPE (KonkursCandidateCertificate, konkurs_candidate_certificate,
                     konkurs_candidate_certificate_copy, konkurs_candidate_certificate_free)

KonkursEducationEntry *
konkurs_education_entry_new (KonkursEducation  level,
                             const char       *field,
                             const char       *institution,
                             int               year)
{
  KonkursEducationEntry *entry = g_new0 (KonkursEducationEntry, 1);

  entry->level = level;
  entry->field = g_strdup (field != NULL ? field : "");
  entry->institution = g_strdup (institution != NULL ? institution : "");
  entry->year = year;
  return entry;
}

KonkursEducationEntry *
konkurs_education_entry_copy (const KonkursEducationEntry *entry)
{
  g_return_val_if_fail (entry != NULL, NULL);
  return konkurs_education_entry_new (entry->level, entry->field, entry->institution, entry->year);
}

void
konkurs_education_entry_free (KonkursEducationEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->field);
  g_free (entry->institution);
  g_free (entry);
}

KonkursEmployment *
konkurs_employment_new (const char  *employer,
                        const char  *position,
                        const GDate *start,
                        const GDate *end)
{
  KonkursEmployment *employment = g_new0 (KonkursEmployment, 1);

  employment->employer = g_strdup (employer != NULL ? employer : "");
  employment->position = g_strdup (position != NULL ? position : "");
  konkurs_property_copy_date (&employment->start, start);
  konkurs_property_copy_date (&employment->end, end);
  return employment;
}

KonkursEmployment *
konkurs_employment_copy (const KonkursEmployment *employment)
{
  KonkursEmployment *copy;

  g_return_val_if_fail (employment != NULL, NULL);
  copy = konkurs_employment_new (employment->employer, employment->position,
                                 &employment->start, &employment->end);
  copy->civil_service = employment->civil_service;
  copy->in_field = employment->in_field;
  return copy;
}

void
konkurs_employment_free (KonkursEmployment *employment)
{
  if (employment == NULL)
    return;
  g_free (employment->employer);
  g_free (employment->position);
  g_free (employment);
}

KonkursCandidateCertificate *
konkurs_candidate_certificate_new (KonkursCertificateKind  kind,
                                   const GDate            *passed_on,
                                   const char             *result,
                                   const char             *number)
{
  KonkursCandidateCertificate *certificate = g_new0 (KonkursCandidateCertificate, 1);

  certificate->kind = kind;
  konkurs_property_copy_date (&certificate->passed_on, passed_on);
  certificate->result = g_strdup (result != NULL ? result : "");
  certificate->number = g_strdup (number != NULL ? number : "");
  return certificate;
}

KonkursCandidateCertificate *
konkurs_candidate_certificate_copy (const KonkursCandidateCertificate *certificate)
{
  KonkursCandidateCertificate *copy;

  g_return_val_if_fail (certificate != NULL, NULL);
  copy = konkurs_candidate_certificate_new (certificate->kind, &certificate->passed_on,
                                            certificate->result, certificate->number);
  copy->score = certificate->score;
  copy->max_score = certificate->max_score;
  copy->level = certificate->level;
  return copy;
}

void
konkurs_candidate_certificate_free (KonkursCandidateCertificate *certificate)
{
  if (certificate == NULL)
    return;
  g_free (certificate->result);
  g_free (certificate->number);
  g_free (certificate);
}

/* The candidate */

struct _KonkursCandidate
{
  GObject               parent_instance;

  gint64                id;
  char                 *iin;
  char                 *surname;
  char                 *name;
  char                 *patronymic;
  char                 *citizenship;
  char                 *phone;
  char                 *email;
  char                 *address;
  KonkursLanguageLevel  language_level;
  KonkursExclusion      exclusions;

  GDate                 entered_birth_date;   /* cleared: none entered */
  gboolean              iin_valid;
  KonkursIinInfo        iin_info;             /* when iin_valid */

  GPtrArray            *education;            /* KonkursEducationEntry */
  GPtrArray            *employments;          /* KonkursEmployment */
  GPtrArray            *certificates;         /* KonkursCandidateCertificate */
  GArray               *exclusion_periods;    /* KonkursExclusionPeriod; kinds == exclusions */
};

G_DEFINE_FINAL_TYPE (KonkursCandidate, konkurs_candidate, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_IIN,
  PROP_SURNAME,
  PROP_NAME,
  PROP_PATRONYMIC,
  PROP_FULL_NAME,
  PROP_BIRTH_DATE,
  PROP_SEX,
  PROP_CITIZENSHIP,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_ADDRESS,
  PROP_LANGUAGE_LEVEL,
  PROP_EXCLUSIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
konkurs_candidate_finalize (GObject *object)
{
  KonkursCandidate *self = (KonkursCandidate *) object;

  g_clear_pointer (&self->iin, g_free);
  g_clear_pointer (&self->surname, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->patronymic, g_free);
  g_clear_pointer (&self->citizenship, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->education, g_ptr_array_unref);
  g_clear_pointer (&self->employments, g_ptr_array_unref);
  g_clear_pointer (&self->certificates, g_ptr_array_unref);
  g_clear_pointer (&self->exclusion_periods, g_array_unref);

  G_OBJECT_CLASS (konkurs_candidate_parent_class)->finalize (object);
}

static void
konkurs_candidate_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  KonkursCandidate *self = KONKURS_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_ID:             g_value_set_int64 (value, self->id); break;
    case PROP_IIN:            g_value_set_string (value, self->iin); break;
    case PROP_SURNAME:        g_value_set_string (value, self->surname); break;
    case PROP_NAME:           g_value_set_string (value, self->name); break;
    case PROP_PATRONYMIC:     g_value_set_string (value, self->patronymic); break;
    case PROP_FULL_NAME:      g_value_take_string (value, konkurs_candidate_dup_full_name (self)); break;
    case PROP_BIRTH_DATE:     g_value_set_boxed (value, konkurs_candidate_get_birth_date (self)); break;
    case PROP_SEX:            g_value_set_int (value, konkurs_candidate_get_sex (self)); break;
    case PROP_CITIZENSHIP:    g_value_set_string (value, self->citizenship); break;
    case PROP_PHONE:          g_value_set_string (value, self->phone); break;
    case PROP_EMAIL:          g_value_set_string (value, self->email); break;
    case PROP_ADDRESS:        g_value_set_string (value, self->address); break;
    case PROP_LANGUAGE_LEVEL: g_value_set_int (value, self->language_level); break;
    case PROP_EXCLUSIONS:     g_value_set_int (value, self->exclusions); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_candidate_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  KonkursCandidate *self = KONKURS_CANDIDATE (object);

  switch (prop_id)
    {
    case PROP_ID:             konkurs_candidate_set_id (self, g_value_get_int64 (value)); break;
    case PROP_IIN:            konkurs_candidate_set_iin (self, g_value_get_string (value)); break;
    case PROP_SURNAME:        konkurs_candidate_set_surname (self, g_value_get_string (value)); break;
    case PROP_NAME:           konkurs_candidate_set_name (self, g_value_get_string (value)); break;
    case PROP_PATRONYMIC:     konkurs_candidate_set_patronymic (self, g_value_get_string (value)); break;
    case PROP_BIRTH_DATE:     konkurs_candidate_set_birth_date (self, g_value_get_boxed (value)); break;
    case PROP_CITIZENSHIP:    konkurs_candidate_set_citizenship (self, g_value_get_string (value)); break;
    case PROP_PHONE:          konkurs_candidate_set_phone (self, g_value_get_string (value)); break;
    case PROP_EMAIL:          konkurs_candidate_set_email (self, g_value_get_string (value)); break;
    case PROP_ADDRESS:        konkurs_candidate_set_address (self, g_value_get_string (value)); break;
    case PROP_LANGUAGE_LEVEL: konkurs_candidate_set_language_level (self, g_value_get_int (value)); break;
    case PROP_EXCLUSIONS:     konkurs_candidate_set_exclusions (self, g_value_get_int (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_candidate_class_init (KonkursCandidateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = konkurs_candidate_finalize;
  object_class->get_property = konkurs_candidate_get_property;
  object_class->set_property = konkurs_candidate_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_IIN] = g_param_spec_string ("iin", NULL, NULL, "", flags);
  properties[PROP_SURNAME] = g_param_spec_string ("surname", NULL, NULL, "", flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_PATRONYMIC] = g_param_spec_string ("patronymic", NULL, NULL, "", flags);
  properties[PROP_FULL_NAME] = g_param_spec_string ("full-name", NULL, NULL, "", read_only);
  properties[PROP_BIRTH_DATE] = g_param_spec_boxed ("birth-date", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_SEX] = g_param_spec_int ("sex", NULL, NULL, 0, KONKURS_SEX_FEMALE, 0, read_only);
  properties[PROP_CITIZENSHIP] = g_param_spec_string ("citizenship", NULL, NULL, "KZ", flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, "", flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, "", flags);
  properties[PROP_ADDRESS] = g_param_spec_string ("address", NULL, NULL, "", flags);
  properties[PROP_LANGUAGE_LEVEL] =
    g_param_spec_int ("language-level", NULL, NULL, KONKURS_LANGUAGE_LEVEL_NONE,
                      KONKURS_LANGUAGE_LEVEL_C2, KONKURS_LANGUAGE_LEVEL_NONE, flags);
  properties[PROP_EXCLUSIONS] =
    g_param_spec_int ("exclusions", NULL, NULL, 0, 0xF, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_candidate_init (KonkursCandidate *self)
{
  self->iin = g_strdup ("");
  self->surname = g_strdup ("");
  self->name = g_strdup ("");
  self->patronymic = g_strdup ("");
  self->citizenship = g_strdup ("KZ");
  self->phone = g_strdup ("");
  self->email = g_strdup ("");
  self->address = g_strdup ("");
  g_date_clear (&self->entered_birth_date, 1);
  self->education = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_education_entry_free);
  self->employments = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_employment_free);
  self->certificates = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_candidate_certificate_free);
  self->exclusion_periods = g_array_new (FALSE, TRUE, sizeof (KonkursExclusionPeriod));
}

KonkursCandidate *
konkurs_candidate_new (void)
{
  return g_object_new (KONKURS_TYPE_CANDIDATE, NULL);
}

KonkursCandidate *
konkurs_candidate_copy (KonkursCandidate *self)
{
  KonkursCandidate *copy;

  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);

  copy = konkurs_candidate_new ();
  copy->id = self->id;
  konkurs_candidate_set_iin (copy, self->iin);
  konkurs_property_replace_string (&copy->surname, self->surname);
  konkurs_property_replace_string (&copy->name, self->name);
  konkurs_property_replace_string (&copy->patronymic, self->patronymic);
  konkurs_property_replace_string (&copy->citizenship, self->citizenship);
  konkurs_property_replace_string (&copy->phone, self->phone);
  konkurs_property_replace_string (&copy->email, self->email);
  konkurs_property_replace_string (&copy->address, self->address);
  copy->language_level = self->language_level;
  copy->exclusions = self->exclusions;
  g_array_append_vals (copy->exclusion_periods, self->exclusion_periods->data, self->exclusion_periods->len);
  copy->entered_birth_date = self->entered_birth_date;

  for (guint i = 0; i < self->education->len; i++)
    konkurs_candidate_add_education (copy, g_ptr_array_index (self->education, i));
  for (guint i = 0; i < self->employments->len; i++)
    konkurs_candidate_add_employment (copy, g_ptr_array_index (self->employments, i));
  for (guint i = 0; i < self->certificates->len; i++)
    konkurs_candidate_add_certificate (copy, g_ptr_array_index (self->certificates, i));
  return copy;
}

gint64
konkurs_candidate_get_id (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), 0);
  return self->id;
}

void
konkurs_candidate_set_id (KonkursCandidate *self,
                          gint64            id)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  konkurs_property_set_value (self, properties[PROP_ID], &self->id, id);
}

const char *
konkurs_candidate_get_iin (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);
  return self->iin;
}

static gboolean
same_date (const GDate *a,
           const GDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_date_compare (a, b) == 0;
}

void
konkurs_candidate_set_iin (KonkursCandidate *self,
                           const char       *iin)
{
  KonkursSex old_sex;
  GDate old_birth;
  gboolean had_birth;

  g_return_if_fail (KONKURS_IS_CANDIDATE (self));

  old_sex = konkurs_candidate_get_sex (self);
  had_birth = konkurs_candidate_get_birth_date (self) != NULL;
  konkurs_property_copy_date (&old_birth, konkurs_candidate_get_birth_date (self));

  if (!konkurs_property_replace_string (&self->iin, iin))
    return;
  self->iin_valid = konkurs_iin_parse (self->iin, &self->iin_info, NULL);

  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IIN]);
  if (old_sex != konkurs_candidate_get_sex (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEX]);
  if (!same_date (had_birth ? &old_birth : NULL, konkurs_candidate_get_birth_date (self)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTH_DATE]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* A part of the name changes the full name too.  Names are kept
 * composed (NFC), so that one name is one string whatever keyboard or
 * file it came from (konkurs_validation_normalize_name()). */
static void
set_name_part (KonkursCandidate  *self,
               char             **field,
               const char        *value,
               guint              prop_id)
{
  g_autofree char *normal = konkurs_validation_normalize_name (value);

  if (!konkurs_property_replace_string (field, normal))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FULL_NAME]);
}

const char *
konkurs_candidate_get_surname (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);
  return self->surname;
}

void
konkurs_candidate_set_surname (KonkursCandidate *self,
                               const char       *surname)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  set_name_part (self, &self->surname, surname, PROP_SURNAME);
}

const char *
konkurs_candidate_get_name (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);
  return self->name;
}

void
konkurs_candidate_set_name (KonkursCandidate *self,
                            const char       *name)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  set_name_part (self, &self->name, name, PROP_NAME);
}

const char *
konkurs_candidate_get_patronymic (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);
  return self->patronymic;
}

void
konkurs_candidate_set_patronymic (KonkursCandidate *self,
                                  const char       *patronymic)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  set_name_part (self, &self->patronymic, patronymic, PROP_PATRONYMIC);
}

char *
konkurs_candidate_dup_full_name (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);

  if (self->patronymic[0] == '\0')
    return g_strjoin (" ", self->surname, self->name, NULL);
  return g_strjoin (" ", self->surname, self->name, self->patronymic, NULL);
}

const GDate *
konkurs_candidate_get_birth_date (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);

  if (g_date_valid (&self->entered_birth_date))
    return &self->entered_birth_date;
  return konkurs_candidate_get_iin_birth_date (self);
}

void
konkurs_candidate_set_birth_date (KonkursCandidate *self,
                                  const GDate      *date)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));

  if (konkurs_property_replace_date_value (&self->entered_birth_date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTH_DATE]);
}

const GDate *
konkurs_candidate_get_iin_birth_date (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);
  return self->iin_valid ? &self->iin_info.birth_date : NULL;
}

KonkursSex
konkurs_candidate_get_sex (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), 0);
  return self->iin_valid ? self->iin_info.sex : 0;
}

#define STRING_ACCESSORS(field, PROP)                                         \
const char *                                                                  \
konkurs_candidate_get_##field (KonkursCandidate *self)                        \
{                                                                             \
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);                   \
  return self->field;                                                         \
}                                                                             \
                                                                              \
void                                                                          \
konkurs_candidate_set_##field (KonkursCandidate *self,                        \
                               const char       *value)                       \
{                                                                             \
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));                             \
  konkurs_property_set_string (G_OBJECT (self), properties[PROP],             \
                               &self->field, value);                          \
}

STRING_ACCESSORS (citizenship, PROP_CITIZENSHIP)
STRING_ACCESSORS (phone, PROP_PHONE)
STRING_ACCESSORS (email, PROP_EMAIL)
STRING_ACCESSORS (address, PROP_ADDRESS)

KonkursLanguageLevel
konkurs_candidate_get_language_level (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), KONKURS_LANGUAGE_LEVEL_NONE);
  return self->language_level;
}

void
konkurs_candidate_set_language_level (KonkursCandidate     *self,
                                      KonkursLanguageLevel  level)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  konkurs_property_set_value (self, properties[PROP_LANGUAGE_LEVEL], &self->language_level, level);
}

KonkursExclusion
konkurs_candidate_get_exclusions (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), KONKURS_EXCLUSION_NONE);
  return self->exclusions;
}

void
konkurs_candidate_set_exclusions (KonkursCandidate *self,
                                  KonkursExclusion  exclusions)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));

  for (guint i = self->exclusion_periods->len; i > 0; i--)
    if (!(g_array_index (self->exclusion_periods, KonkursExclusionPeriod, i - 1).kind & exclusions))
      g_array_remove_index (self->exclusion_periods, i - 1);
  for (KonkursExclusion flag = 1; flag <= KONKURS_EXCLUSION_IN_RESERVE; flag <<= 1)
    if ((exclusions & flag) && !(self->exclusions & flag))
      {
        KonkursExclusionPeriod undated = { flag };

        g_date_clear (&undated.from, 1);
        g_date_clear (&undated.until, 1);
        g_array_append_val (self->exclusion_periods, undated);
      }
  konkurs_property_set_value (self, properties[PROP_EXCLUSIONS], &self->exclusions, exclusions);
}

GArray *
konkurs_candidate_get_exclusion_periods (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);
  return self->exclusion_periods;
}

static void
sync_exclusion_flags (KonkursCandidate *self)
{
  KonkursExclusion flags = KONKURS_EXCLUSION_NONE;

  for (guint i = 0; i < self->exclusion_periods->len; i++)
    flags |= g_array_index (self->exclusion_periods, KonkursExclusionPeriod, i).kind;
  konkurs_property_set_value (self, properties[PROP_EXCLUSIONS], &self->exclusions, flags);
}

void
konkurs_candidate_add_exclusion_period (KonkursCandidate             *self,
                                        const KonkursExclusionPeriod *period)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_return_if_fail (period != NULL && konkurs_exclusion_to_code (period->kind) != NULL);

  g_array_append_val (self->exclusion_periods, *period);
  sync_exclusion_flags (self);
}

void
konkurs_candidate_remove_exclusion_period (KonkursCandidate *self,
                                           guint             index)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_return_if_fail (index < self->exclusion_periods->len);

  g_array_remove_index (self->exclusion_periods, index);
  sync_exclusion_flags (self);
}

void
konkurs_candidate_clear_exclusion_periods (KonkursCandidate *self)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));

  g_array_set_size (self->exclusion_periods, 0);
  sync_exclusion_flags (self);
}

/* Lists */

GPtrArray *
konkurs_candidate_get_education (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);
  return self->education;
}

void
konkurs_candidate_add_education (KonkursCandidate            *self,
                                 const KonkursEducationEntry *entry)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_return_if_fail (entry != NULL);
  g_ptr_array_add (self->education, konkurs_education_entry_copy (entry));
}

void
konkurs_candidate_remove_education (KonkursCandidate *self,
                                    guint             index)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_return_if_fail (index < self->education->len);
  g_ptr_array_remove_index (self->education, index);
}

void
konkurs_candidate_clear_education (KonkursCandidate *self)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_ptr_array_set_size (self->education, 0);
}

GPtrArray *
konkurs_candidate_get_employments (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);
  return self->employments;
}

void
konkurs_candidate_add_employment (KonkursCandidate        *self,
                                  const KonkursEmployment *employment)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_return_if_fail (employment != NULL);
  g_ptr_array_add (self->employments, konkurs_employment_copy (employment));
}

void
konkurs_candidate_remove_employment (KonkursCandidate *self,
                                     guint             index)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_return_if_fail (index < self->employments->len);
  g_ptr_array_remove_index (self->employments, index);
}

void
konkurs_candidate_clear_employments (KonkursCandidate *self)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_ptr_array_set_size (self->employments, 0);
}

GPtrArray *
konkurs_candidate_get_certificates (KonkursCandidate *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);
  return self->certificates;
}

void
konkurs_candidate_add_certificate (KonkursCandidate                  *self,
                                   const KonkursCandidateCertificate *certificate)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_return_if_fail (certificate != NULL);
  g_ptr_array_add (self->certificates, konkurs_candidate_certificate_copy (certificate));
}

void
konkurs_candidate_remove_certificate (KonkursCandidate *self,
                                      guint             index)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_return_if_fail (index < self->certificates->len);
  g_ptr_array_remove_index (self->certificates, index);
}

void
konkurs_candidate_clear_certificates (KonkursCandidate *self)
{
  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_ptr_array_set_size (self->certificates, 0);
}

/* Derived facts */

KonkursEducation
konkurs_candidate_get_highest_education (KonkursCandidate *self)
{
  KonkursEducation highest = KONKURS_EDUCATION_NONE;

  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), KONKURS_EDUCATION_NONE);

  for (guint i = 0; i < self->education->len; i++)
    {
      const KonkursEducationEntry *entry = g_ptr_array_index (self->education, i);

      highest = MAX (highest, entry->level);
    }
  return highest;
}

struct _KonkursCandidateFactsStorage
{
  GArray *work_periods;   /* KonkursWorkPeriod */
  GArray *certificates;   /* KonkursCertificate */
  GArray *exclusions;     /* KonkursExclusionPeriod, but "in the reserve" */
  GArray *reserve;        /* KonkursExclusionPeriod "in the reserve" */
};

void
konkurs_candidate_facts_storage_free (KonkursCandidateFactsStorage *storage)
{
  if (storage == NULL)
    return;
  g_array_unref (storage->work_periods);
  g_array_unref (storage->certificates);
  g_array_unref (storage->exclusions);
  g_array_unref (storage->reserve);
  g_free (storage);
}

static GArray *
collect_work_periods (KonkursCandidate *self)
{
  GArray *periods = g_array_sized_new (FALSE, TRUE, sizeof (KonkursWorkPeriod),
                                       self->employments->len);

  for (guint i = 0; i < self->employments->len; i++)
    {
      const KonkursEmployment *employment = g_ptr_array_index (self->employments, i);
      KonkursWorkPeriod period;

      period.start = employment->start;
      period.end = employment->end;
      period.civil_service = employment->civil_service;
      period.in_field = employment->in_field;
      g_array_append_val (periods, period);
    }
  return periods;
}

void
konkurs_candidate_compute_experience (KonkursCandidate  *self,
                                      const GDate       *on,
                                      KonkursExperience *experience)
{
  g_autoptr(GArray) periods = NULL;

  g_return_if_fail (KONKURS_IS_CANDIDATE (self));
  g_return_if_fail (experience != NULL);

  periods = collect_work_periods (self);
  konkurs_experience_compute ((const KonkursWorkPeriod *) (void *) periods->data,
                              periods->len, on, experience);
}

KonkursCandidateFactsStorage *
konkurs_candidate_fill_facts (KonkursCandidate      *self,
                              KonkursApplicantFacts *facts)
{
  KonkursCandidateFactsStorage *storage;
  const GDate *birth;

  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), NULL);
  g_return_val_if_fail (facts != NULL, NULL);

  storage = g_new0 (KonkursCandidateFactsStorage, 1);
  storage->work_periods = collect_work_periods (self);
  storage->certificates = g_array_sized_new (FALSE, TRUE, sizeof (KonkursCertificate),
                                             self->certificates->len);
  storage->exclusions = g_array_new (FALSE, FALSE, sizeof (KonkursExclusionPeriod));
  storage->reserve = g_array_new (FALSE, FALSE, sizeof (KonkursExclusionPeriod));
  for (guint i = 0; i < self->exclusion_periods->len; i++)
    {
      const KonkursExclusionPeriod *period = &g_array_index (self->exclusion_periods, KonkursExclusionPeriod, i);

      g_array_append_val (period->kind == KONKURS_EXCLUSION_IN_RESERVE ? storage->reserve : storage->exclusions,
                          *period);
    }
  for (guint i = 0; i < self->certificates->len; i++)
    {
      const KonkursCandidateCertificate *held = g_ptr_array_index (self->certificates, i);
      KonkursCertificate certificate;

      certificate.kind = held->kind;
      certificate.passed_on = held->passed_on;
      certificate.passed = TRUE;
      certificate.level = held->level;
      g_array_append_val (storage->certificates, certificate);
    }

  memset (facts, 0, sizeof *facts);
  birth = konkurs_candidate_get_iin_birth_date (self);
  konkurs_property_copy_date (&facts->birth_date, birth);
  facts->citizenship = self->citizenship[0] != '\0' ? self->citizenship : NULL;
  facts->education = konkurs_candidate_get_highest_education (self);
  facts->work_periods = (const KonkursWorkPeriod *) (void *) storage->work_periods->data;
  facts->n_work_periods = storage->work_periods->len;
  facts->language_level = self->language_level;
  facts->sex = konkurs_candidate_get_sex (self);
  /* The flags are the kinds of the periods: the periods say when. */
  facts->exclusions = KONKURS_EXCLUSION_NONE;
  facts->exclusion_periods = (const KonkursExclusionPeriod *) (void *) storage->exclusions->data;
  facts->n_exclusion_periods = storage->exclusions->len;
  facts->reserve_periods = (const KonkursExclusionPeriod *) (void *) storage->reserve->data;
  facts->n_reserve_periods = storage->reserve->len;
  facts->certificates = (const KonkursCertificate *) (void *) storage->certificates->data;
  facts->n_certificates = storage->certificates->len;
  g_date_clear (&facts->received_on, 1);
  return storage;
}

/* FALSE, the fault being in entry @index of its list. */
static gboolean
invalid_entry (guint *entry,
               guint  index)
{
  if (entry != NULL)
    *entry = index;
  return FALSE;
}

gboolean
konkurs_candidate_validate (KonkursCandidate  *self,
                            guint             *entry,
                            GError           **error)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (self), FALSE);

  if (!konkurs_validate_identity (self->iin, konkurs_candidate_get_birth_date (self),
                                  self->surname, self->name, error)
      || !konkurs_validate_name (KONKURS_VALIDATION_ERROR_PATRONYMIC, self->patronymic, error))
    return FALSE;

  for (guint i = 0; i < self->education->len; i++)
    {
      const KonkursEducationEntry *diploma = g_ptr_array_index (self->education, i);

      if (!konkurs_validate_education (i + 1, diploma->level, diploma->year, error))
        return invalid_entry (entry, i);
    }
  for (guint i = 0; i < self->employments->len; i++)
    {
      const KonkursEmployment *job = g_ptr_array_index (self->employments, i);

      if (!konkurs_validate_work_period (i + 1, job->employer, &job->start, &job->end, error))
        return invalid_entry (entry, i);
    }
  for (guint i = 0; i < self->certificates->len; i++)
    {
      const KonkursCandidateCertificate *certificate = g_ptr_array_index (self->certificates, i);

      if (!konkurs_validate_certificate (i + 1, certificate->kind, &certificate->passed_on, error)
          || !konkurs_validate_certificate_result (i + 1, certificate->kind, certificate->score,
                                                   certificate->max_score, certificate->level, error))
        return invalid_entry (entry, i);
    }
  for (guint i = 0; i < self->exclusion_periods->len; i++)
    if (!konkurs_validate_exclusion_period (i + 1, &g_array_index (self->exclusion_periods, KonkursExclusionPeriod, i),
                                            error))
      return invalid_entry (entry, i);
  return TRUE;
}
