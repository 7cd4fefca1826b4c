/* konkurs-vacancy.h — a position offered in a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-eligibility.h"
#include "konkurs-local-text.h"
#include "konkurs-types.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_VACANCY (konkurs_vacancy_get_type ())
G_DECLARE_FINAL_TYPE (KonkursVacancy, konkurs_vacancy, KONKURS, VACANCY, GObject)

/* A plain value object.  Properties: "id", "competition-id" (gint64),
 * "code" (string: its number in the announcement, unique in the
 * competition, by which files name it; the store gives one when empty),
 * "category" (e.g. "C-O-4"), "position-title", "sector", "requirements"
 * (free text of further requirements) (KonkursLocalText, in Kazakh and
 * Russian, read and written as those of KonkursCompetition are),
 * "corps" (KonkursCorps),
 * "leadership" (boolean), "level" (KonkursLevel), "seats" (int, >= 1),
 * "education" (KonkursEducation, the minimum required),
 * "experience-years" (int, >= 0, the minimum required). */
KonkursVacancy *konkurs_vacancy_new  (void);
KonkursVacancy *konkurs_vacancy_copy (KonkursVacancy *self);

gint64            konkurs_vacancy_get_id               (KonkursVacancy *self);
void              konkurs_vacancy_set_id               (KonkursVacancy *self, gint64 id);
gint64            konkurs_vacancy_get_competition_id   (KonkursVacancy *self);
void              konkurs_vacancy_set_competition_id   (KonkursVacancy *self, gint64 id);
const char       *konkurs_vacancy_get_code             (KonkursVacancy *self);
void              konkurs_vacancy_set_code             (KonkursVacancy *self, const char *code);
const KonkursLocalText *konkurs_vacancy_get_position_title_text (KonkursVacancy *self);
void              konkurs_vacancy_set_position_title_text (KonkursVacancy *self, const KonkursLocalText *title);
const char       *konkurs_vacancy_get_position_title   (KonkursVacancy *self);
void              konkurs_vacancy_set_position_title   (KonkursVacancy *self, const char *kk, const char *ru);
KonkursCorps      konkurs_vacancy_get_corps            (KonkursVacancy *self);
void              konkurs_vacancy_set_corps            (KonkursVacancy *self, KonkursCorps corps);
const char       *konkurs_vacancy_get_category         (KonkursVacancy *self);
void              konkurs_vacancy_set_category         (KonkursVacancy *self, const char *category);
gboolean          konkurs_vacancy_get_leadership       (KonkursVacancy *self);
void              konkurs_vacancy_set_leadership       (KonkursVacancy *self, gboolean leadership);
KonkursLevel      konkurs_vacancy_get_level            (KonkursVacancy *self);
void              konkurs_vacancy_set_level            (KonkursVacancy *self, KonkursLevel level);
const KonkursLocalText *konkurs_vacancy_get_sector_text (KonkursVacancy *self);
void              konkurs_vacancy_set_sector_text      (KonkursVacancy *self, const KonkursLocalText *sector);
const char       *konkurs_vacancy_get_sector           (KonkursVacancy *self);
void              konkurs_vacancy_set_sector           (KonkursVacancy *self, const char *kk, const char *ru);
int               konkurs_vacancy_get_seats            (KonkursVacancy *self);
void              konkurs_vacancy_set_seats            (KonkursVacancy *self, int seats);
KonkursEducation  konkurs_vacancy_get_education        (KonkursVacancy *self);
void              konkurs_vacancy_set_education        (KonkursVacancy *self, KonkursEducation education);
int               konkurs_vacancy_get_experience_years (KonkursVacancy *self);
void              konkurs_vacancy_set_experience_years (KonkursVacancy *self, int years);
/* Alternatives to experience_years ("or ≥2 years in the position's
 * field"): KonkursExperienceAlternative of kinds CIVIL_SERVICE and FIELD,
 * each at most once (konkurs_validate_experience_alternatives()); met when
 * any of them or experience_years is.  get returns the vacancy's own array;
 * set copies @n of them (notifies "experience-years"). */
GArray           *konkurs_vacancy_get_experience_alternatives (KonkursVacancy *self);
void              konkurs_vacancy_set_experience_alternatives (KonkursVacancy                     *self,
                                                               const KonkursExperienceAlternative *alternatives,
                                                               guint                               n);
/* The years of the alternative of @kind, 0 when there is none. */
int               konkurs_vacancy_get_alternative_years       (KonkursVacancy *self, KonkursExperienceKind kind);
const KonkursLocalText *konkurs_vacancy_get_requirements_text (KonkursVacancy *self);
void              konkurs_vacancy_set_requirements_text (KonkursVacancy *self, const KonkursLocalText *requirements);
const char       *konkurs_vacancy_get_requirements     (KonkursVacancy *self);
void              konkurs_vacancy_set_requirements     (KonkursVacancy *self, const char *kk, const char *ru);

G_END_DECLS
