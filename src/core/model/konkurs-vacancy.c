/* konkurs-vacancy.c — a position offered in a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-property.h"
#include "konkurs-vacancy.h"

struct _KonkursVacancy
{
  GObject           parent_instance;

  gint64            id;
  gint64            competition_id;
  char             *code;
  KonkursLocalText *position_title;
  KonkursCorps      corps;
  char             *category;
  gboolean          leadership;
  KonkursLevel      level;
  KonkursLocalText *sector;
  int               seats;
  KonkursEducation  education;
  int               experience_years;
  GArray           *experience_alternatives;   /* KonkursExperienceAlternative */
  KonkursLocalText *requirements;
};

G_DEFINE_FINAL_TYPE (KonkursVacancy, konkurs_vacancy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_COMPETITION_ID,
  PROP_CODE,
  PROP_POSITION_TITLE,
  PROP_CORPS,
  PROP_CATEGORY,
  PROP_LEADERSHIP,
  PROP_LEVEL,
  PROP_SECTOR,
  PROP_SEATS,
  PROP_EDUCATION,
  PROP_EXPERIENCE_YEARS,
  PROP_REQUIREMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
konkurs_vacancy_finalize (GObject *object)
{
  KonkursVacancy *self = (KonkursVacancy *) object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->position_title, konkurs_local_text_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->sector, konkurs_local_text_free);
  g_clear_pointer (&self->requirements, konkurs_local_text_free);
  g_clear_pointer (&self->experience_alternatives, g_array_unref);

  G_OBJECT_CLASS (konkurs_vacancy_parent_class)->finalize (object);
}

static void
konkurs_vacancy_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KonkursVacancy *self = KONKURS_VACANCY (object);

  switch (prop_id)
    {
    case PROP_ID:               g_value_set_int64 (value, self->id); break;
    case PROP_COMPETITION_ID:   g_value_set_int64 (value, self->competition_id); break;
    case PROP_CODE:             g_value_set_string (value, self->code); break;
    case PROP_POSITION_TITLE:   g_value_set_boxed (value, self->position_title); break;
    case PROP_CORPS:            g_value_set_int (value, self->corps); break;
    case PROP_CATEGORY:         g_value_set_string (value, self->category); break;
    case PROP_LEADERSHIP:       g_value_set_boolean (value, self->leadership); break;
    case PROP_LEVEL:            g_value_set_int (value, self->level); break;
    case PROP_SECTOR:           g_value_set_boxed (value, self->sector); break;
    case PROP_SEATS:            g_value_set_int (value, self->seats); break;
    case PROP_EDUCATION:        g_value_set_int (value, self->education); break;
    case PROP_EXPERIENCE_YEARS: g_value_set_int (value, self->experience_years); break;
    case PROP_REQUIREMENTS:     g_value_set_boxed (value, self->requirements); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_vacancy_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KonkursVacancy *self = KONKURS_VACANCY (object);

  switch (prop_id)
    {
    case PROP_ID:               konkurs_vacancy_set_id (self, g_value_get_int64 (value)); break;
    case PROP_COMPETITION_ID:   konkurs_vacancy_set_competition_id (self, g_value_get_int64 (value)); break;
    case PROP_CODE:             konkurs_vacancy_set_code (self, g_value_get_string (value)); break;
    case PROP_POSITION_TITLE:   konkurs_vacancy_set_position_title_text (self, g_value_get_boxed (value)); break;
    case PROP_CORPS:            konkurs_vacancy_set_corps (self, g_value_get_int (value)); break;
    case PROP_CATEGORY:         konkurs_vacancy_set_category (self, g_value_get_string (value)); break;
    case PROP_LEADERSHIP:       konkurs_vacancy_set_leadership (self, g_value_get_boolean (value)); break;
    case PROP_LEVEL:            konkurs_vacancy_set_level (self, g_value_get_int (value)); break;
    case PROP_SECTOR:           konkurs_vacancy_set_sector_text (self, g_value_get_boxed (value)); break;
    case PROP_SEATS:            konkurs_vacancy_set_seats (self, g_value_get_int (value)); break;
    case PROP_EDUCATION:        konkurs_vacancy_set_education (self, g_value_get_int (value)); break;
    case PROP_EXPERIENCE_YEARS: konkurs_vacancy_set_experience_years (self, g_value_get_int (value)); break;
    case PROP_REQUIREMENTS:     konkurs_vacancy_set_requirements_text (self, g_value_get_boxed (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_vacancy_class_init (KonkursVacancyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = konkurs_vacancy_finalize;
  object_class->get_property = konkurs_vacancy_get_property;
  object_class->set_property = konkurs_vacancy_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_COMPETITION_ID] =
    g_param_spec_int64 ("competition-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, "", flags);
  properties[PROP_POSITION_TITLE] =
    g_param_spec_boxed ("position-title", NULL, NULL, KONKURS_TYPE_LOCAL_TEXT, flags);
  properties[PROP_CORPS] =
    g_param_spec_int ("corps", NULL, NULL, KONKURS_CORPS_A, KONKURS_CORPS_B, KONKURS_CORPS_B, flags);
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL, "", flags);
  properties[PROP_LEADERSHIP] =
    g_param_spec_boolean ("leadership", NULL, NULL, FALSE, flags);
  properties[PROP_LEVEL] =
    g_param_spec_int ("level", NULL, NULL, KONKURS_LEVEL_CENTRAL, KONKURS_LEVEL_DISTRICT,
                      KONKURS_LEVEL_CENTRAL, flags);
  properties[PROP_SECTOR] =
    g_param_spec_boxed ("sector", NULL, NULL, KONKURS_TYPE_LOCAL_TEXT, flags);
  /* Wider than the domain allows so that a form can hold what the user typed
   * and the store can say what is wrong with it. */
  properties[PROP_SEATS] =
    g_param_spec_int ("seats", NULL, NULL, G_MININT, G_MAXINT, 1, flags);
  properties[PROP_EDUCATION] =
    g_param_spec_int ("education", NULL, NULL, KONKURS_EDUCATION_NONE, KONKURS_EDUCATION_POSTGRADUATE,
                      KONKURS_EDUCATION_NONE, flags);
  properties[PROP_EXPERIENCE_YEARS] =
    g_param_spec_int ("experience-years", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  properties[PROP_REQUIREMENTS] =
    g_param_spec_boxed ("requirements", NULL, NULL, KONKURS_TYPE_LOCAL_TEXT, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
konkurs_vacancy_init (KonkursVacancy *self)
{
  self->code = g_strdup ("");
  self->position_title = konkurs_local_text_new (NULL, NULL);
  self->category = g_strdup ("");
  self->sector = konkurs_local_text_new (NULL, NULL);
  self->requirements = konkurs_local_text_new (NULL, NULL);
  self->corps = KONKURS_CORPS_B;
  self->level = KONKURS_LEVEL_CENTRAL;
  self->education = KONKURS_EDUCATION_NONE;
  self->seats = 1;
  self->experience_alternatives = g_array_new (FALSE, TRUE, sizeof (KonkursExperienceAlternative));
}

KonkursVacancy *
konkurs_vacancy_new (void)
{
  return g_object_new (KONKURS_TYPE_VACANCY, NULL);
}

KonkursVacancy *
konkurs_vacancy_copy (KonkursVacancy *self)
{
  KonkursVacancy *copy;

  g_return_val_if_fail (KONKURS_IS_VACANCY (self), NULL);

  copy = konkurs_vacancy_new ();
  copy->id = self->id;
  copy->competition_id = self->competition_id;
  konkurs_property_replace_string (&copy->code, self->code);
  konkurs_property_replace_local_text (&copy->position_title, self->position_title);
  copy->corps = self->corps;
  konkurs_property_replace_string (&copy->category, self->category);
  copy->leadership = self->leadership;
  copy->level = self->level;
  konkurs_property_replace_local_text (&copy->sector, self->sector);
  copy->seats = self->seats;
  copy->education = self->education;
  copy->experience_years = self->experience_years;
  g_array_append_vals (copy->experience_alternatives, self->experience_alternatives->data,
                       self->experience_alternatives->len);
  konkurs_property_replace_local_text (&copy->requirements, self->requirements);
  return copy;
}

gint64
konkurs_vacancy_get_id (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), 0);
  return self->id;
}

void
konkurs_vacancy_set_id (KonkursVacancy *self,
                        gint64          id)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));

  konkurs_property_set_value (self, properties[PROP_ID], &self->id, id);
}

gint64
konkurs_vacancy_get_competition_id (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), 0);
  return self->competition_id;
}

void
konkurs_vacancy_set_competition_id (KonkursVacancy *self,
                                    gint64          id)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));

  konkurs_property_set_value (self, properties[PROP_COMPETITION_ID], &self->competition_id, id);
}

const char *
konkurs_vacancy_get_code (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), NULL);
  return self->code;
}

void
konkurs_vacancy_set_code (KonkursVacancy *self,
                          const char     *code)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  konkurs_property_set_string (G_OBJECT (self), properties[PROP_CODE], &self->code, code);
}

const KonkursLocalText *
konkurs_vacancy_get_position_title_text (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), NULL);
  return self->position_title;
}

void
konkurs_vacancy_set_position_title_text (KonkursVacancy         *self,
                                         const KonkursLocalText *title)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  konkurs_property_set_local_text (G_OBJECT (self), properties[PROP_POSITION_TITLE], &self->position_title, title);
}

const char *
konkurs_vacancy_get_position_title (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), NULL);
  return konkurs_local_text_get_display (self->position_title);
}

void
konkurs_vacancy_set_position_title (KonkursVacancy *self,
                                    const char     *kk,
                                    const char     *ru)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  konkurs_property_set_local_pair (G_OBJECT (self), properties[PROP_POSITION_TITLE], &self->position_title, kk, ru);
}

KonkursCorps
konkurs_vacancy_get_corps (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), KONKURS_CORPS_B);
  return self->corps;
}

void
konkurs_vacancy_set_corps (KonkursVacancy *self,
                           KonkursCorps    corps)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));

  konkurs_property_set_value (self, properties[PROP_CORPS], &self->corps, corps);
}

const char *
konkurs_vacancy_get_category (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), NULL);
  return self->category;
}

void
konkurs_vacancy_set_category (KonkursVacancy *self,
                              const char     *category)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  konkurs_property_set_string (G_OBJECT (self), properties[PROP_CATEGORY], &self->category, category);
}

gboolean
konkurs_vacancy_get_leadership (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), FALSE);
  return self->leadership;
}

void
konkurs_vacancy_set_leadership (KonkursVacancy *self,
                                gboolean        leadership)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));

  leadership = !!leadership;
  konkurs_property_set_value (self, properties[PROP_LEADERSHIP], &self->leadership, leadership);
}

KonkursLevel
konkurs_vacancy_get_level (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), KONKURS_LEVEL_CENTRAL);
  return self->level;
}

void
konkurs_vacancy_set_level (KonkursVacancy *self,
                           KonkursLevel    level)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));

  konkurs_property_set_value (self, properties[PROP_LEVEL], &self->level, level);
}

const KonkursLocalText *
konkurs_vacancy_get_sector_text (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), NULL);
  return self->sector;
}

void
konkurs_vacancy_set_sector_text (KonkursVacancy         *self,
                                 const KonkursLocalText *sector)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  konkurs_property_set_local_text (G_OBJECT (self), properties[PROP_SECTOR], &self->sector, sector);
}

const char *
konkurs_vacancy_get_sector (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), NULL);
  return konkurs_local_text_get_display (self->sector);
}

void
konkurs_vacancy_set_sector (KonkursVacancy *self,
                            const char     *kk,
                            const char     *ru)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  konkurs_property_set_local_pair (G_OBJECT (self), properties[PROP_SECTOR], &self->sector, kk, ru);
}

int
konkurs_vacancy_get_seats (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), 0);
  return self->seats;
}

void
konkurs_vacancy_set_seats (KonkursVacancy *self,
                           int             seats)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  konkurs_property_set_value (self, properties[PROP_SEATS], &self->seats, seats);
}

KonkursEducation
konkurs_vacancy_get_education (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), KONKURS_EDUCATION_NONE);
  return self->education;
}

void
konkurs_vacancy_set_education (KonkursVacancy   *self,
                               KonkursEducation  education)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));

  konkurs_property_set_value (self, properties[PROP_EDUCATION], &self->education, education);
}

int
konkurs_vacancy_get_experience_years (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), 0);
  return self->experience_years;
}

void
konkurs_vacancy_set_experience_years (KonkursVacancy *self,
                                      int             years)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  konkurs_property_set_value (self, properties[PROP_EXPERIENCE_YEARS], &self->experience_years, years);
}

const KonkursLocalText *
konkurs_vacancy_get_requirements_text (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), NULL);
  return self->requirements;
}

void
konkurs_vacancy_set_requirements_text (KonkursVacancy         *self,
                                       const KonkursLocalText *requirements)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  konkurs_property_set_local_text (G_OBJECT (self), properties[PROP_REQUIREMENTS], &self->requirements, requirements);
}

const char *
konkurs_vacancy_get_requirements (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), NULL);
  return konkurs_local_text_get_display (self->requirements);
}

void
konkurs_vacancy_set_requirements (KonkursVacancy *self,
                                  const char     *kk,
                                  const char     *ru)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  konkurs_property_set_local_pair (G_OBJECT (self), properties[PROP_REQUIREMENTS], &self->requirements, kk, ru);
}

GArray *
konkurs_vacancy_get_experience_alternatives (KonkursVacancy *self)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), NULL);
  return self->experience_alternatives;
}

void
konkurs_vacancy_set_experience_alternatives (KonkursVacancy                     *self,
                                             const KonkursExperienceAlternative *alternatives,
                                             guint                               n)
{
  g_return_if_fail (KONKURS_IS_VACANCY (self));
  g_return_if_fail (alternatives != NULL || n == 0);

  if (n == self->experience_alternatives->len
      && (n == 0 || memcmp (alternatives, self->experience_alternatives->data, n * sizeof *alternatives) == 0))
    return;
  g_array_set_size (self->experience_alternatives, 0);
  g_array_append_vals (self->experience_alternatives, alternatives, n);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPERIENCE_YEARS]);
}

int
konkurs_vacancy_get_alternative_years (KonkursVacancy        *self,
                                       KonkursExperienceKind  kind)
{
  g_return_val_if_fail (KONKURS_IS_VACANCY (self), 0);

  for (guint i = 0; i < self->experience_alternatives->len; i++)
    if (g_array_index (self->experience_alternatives, KonkursExperienceAlternative, i).kind == kind)
      return g_array_index (self->experience_alternatives, KonkursExperienceAlternative, i).years;
  return 0;
}
