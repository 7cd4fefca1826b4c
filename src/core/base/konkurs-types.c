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
 * address as int *: from_code goes through a temporary. */
#define DEFINE_CODES(prefix, Type, table)                     \
  const char *                                                \
  prefix##_to_code (Type value)                               \
  {                                                           \
    return to_code (table, value);                            \
  }                                                           \
                                                              \
  gboolean                                                    \
  prefix##_from_code (const char *code, Type *out)            \
  {                                                           \
    int value;                                                \
    if (!find_code (table, code, &value))                     \
      return FALSE;                                           \
    if (out != NULL)                                          \
      *out = (Type) value;                                    \
    return TRUE;                                              \
  }

#define DEFINE_LABEL(prefix, Type, table)                     \
  const char *                                                \
  prefix##_get_label (Type value)                             \
  {                                                           \
    return to_label (table, value);                           \
  }

DEFINE_CODES (konkurs_procedure, KonkursProcedure, procedures)
DEFINE_CODES (konkurs_corps, KonkursCorps, corps)
DEFINE_CODES (konkurs_level, KonkursLevel, levels)
DEFINE_CODES (konkurs_education, KonkursEducation, educations)
DEFINE_CODES (konkurs_doc_language, KonkursDocLanguage, doc_languages)

DEFINE_LABEL (konkurs_procedure, KonkursProcedure, procedures)
DEFINE_LABEL (konkurs_corps, KonkursCorps, corps)
DEFINE_LABEL (konkurs_level, KonkursLevel, levels)
DEFINE_LABEL (konkurs_education, KonkursEducation, educations)
