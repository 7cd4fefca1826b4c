/* konkurs-types.c — enumerations of the domain and their names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-types.h"

typedef struct {
  int         value;
  const char *code;
  const char *label;
} KonkursEnumName;

static const KonkursEnumName procedures[] = {
  { KONKURS_PROCEDURE_CIVIL_SERVICE, "civil-service", N_("Civil-service competition") },
  { KONKURS_PROCEDURE_YOUTH_RESERVE, "youth-reserve", N_("Youth Personnel Reserve selection") },
  { 0, NULL, NULL }
};

static const KonkursEnumName corps[] = {
  { KONKURS_CORPS_A, "A", N_("Corps A") },
  { KONKURS_CORPS_B, "B", N_("Corps B") },
  { 0, NULL, NULL }
};

static const KonkursEnumName levels[] = {
  { KONKURS_LEVEL_CENTRAL,  "central",  N_("Central") },
  { KONKURS_LEVEL_REGIONAL, "regional", N_("Regional") },
  { KONKURS_LEVEL_DISTRICT, "district", N_("District") },
  { 0, NULL, NULL }
};

static const KonkursEnumName educations[] = {
  { KONKURS_EDUCATION_NONE,         "none",         N_("No requirement") },
  { KONKURS_EDUCATION_SECONDARY,    "secondary",    N_("Secondary education") },
  { KONKURS_EDUCATION_VOCATIONAL,   "vocational",   N_("Vocational education") },
  { KONKURS_EDUCATION_HIGHER,       "higher",       N_("Higher education") },
  { KONKURS_EDUCATION_POSTGRADUATE, "postgraduate", N_("Postgraduate education") },
  { 0, NULL, NULL }
};

static const KonkursEnumName doc_languages[] = {
  { KONKURS_DOC_LANGUAGE_KK, "kk", N_("Kazakh") },
  { KONKURS_DOC_LANGUAGE_RU, "ru", N_("Russian") },
  { 0, NULL, NULL }
};

static const KonkursEnumName *
find_value (const KonkursEnumName *names,
            int                    value)
{
  for (; names->code != NULL; names++)
    if (names->value == value)
      return names;
  return NULL;
}

static gboolean
find_code (const KonkursEnumName *names,
           const char            *code,
           int                   *out)
{
  if (code == NULL)
    return FALSE;

  for (; names->code != NULL; names++)
    {
      if (g_strcmp0 (names->code, code) == 0)
        {
          if (out != NULL)
            *out = names->value;
          return TRUE;
        }
    }
  return FALSE;
}

static const char *
to_code (const KonkursEnumName *names,
         int                    value)
{
  const KonkursEnumName *name = find_value (names, value);

  return name != NULL ? name->code : NULL;
}

static const char *
to_label (const KonkursEnumName *names,
          int                    value)
{
  const KonkursEnumName *name = find_value (names, value);

  return name != NULL ? name->label : NULL;
}

/* The enums are int-sized, but the compiler may not let us pass their
 * address as int *: go through a temporary. */
#define DEFINE_FROM_CODE(func, Type, table)                   \
  gboolean                                                    \
  func (const char *code, Type *out)                          \
  {                                                           \
    int value;                                                \
    if (!find_code (table, code, &value))                     \
      return FALSE;                                           \
    if (out != NULL)                                          \
      *out = (Type) value;                                    \
    return TRUE;                                              \
  }

const char *
konkurs_procedure_to_code (KonkursProcedure procedure)
{
  return to_code (procedures, procedure);
}
DEFINE_FROM_CODE (konkurs_procedure_from_code, KonkursProcedure, procedures)

const char *
konkurs_corps_to_code (KonkursCorps value)
{
  return to_code (corps, value);
}
DEFINE_FROM_CODE (konkurs_corps_from_code, KonkursCorps, corps)

const char *
konkurs_level_to_code (KonkursLevel level)
{
  return to_code (levels, level);
}
DEFINE_FROM_CODE (konkurs_level_from_code, KonkursLevel, levels)

const char *
konkurs_education_to_code (KonkursEducation education)
{
  return to_code (educations, education);
}
DEFINE_FROM_CODE (konkurs_education_from_code, KonkursEducation, educations)

const char *
konkurs_doc_language_to_code (KonkursDocLanguage language)
{
  return to_code (doc_languages, language);
}
DEFINE_FROM_CODE (konkurs_doc_language_from_code, KonkursDocLanguage, doc_languages)

const char *
konkurs_procedure_get_label (KonkursProcedure procedure)
{
  return to_label (procedures, procedure);
}

const char *
konkurs_corps_get_label (KonkursCorps value)
{
  return to_label (corps, value);
}

const char *
konkurs_level_get_label (KonkursLevel level)
{
  return to_label (levels, level);
}

const char *
konkurs_education_get_label (KonkursEducation education)
{
  return to_label (educations, education);
}
