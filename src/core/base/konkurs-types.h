/* konkurs-types.h — enumerations of the domain and their names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The procedure a competition follows.  Values are stored in the database:
 * never renumber. */
typedef enum {
  KONKURS_PROCEDURE_CIVIL_SERVICE = 1,
  KONKURS_PROCEDURE_YOUTH_RESERVE = 2,
} KonkursProcedure;

typedef enum {
  KONKURS_CORPS_A = 1,
  KONKURS_CORPS_B = 2,
} KonkursCorps;

/* Administrative level of the state body that offers the position; the
 * difficulty of the practical task of non-leadership positions depends on it. */
typedef enum {
  KONKURS_LEVEL_CENTRAL  = 1,
  KONKURS_LEVEL_REGIONAL = 2,
  KONKURS_LEVEL_DISTRICT = 3,
} KonkursLevel;

/* Ordered: a requirement of level N is met by any level >= N. */
typedef enum {
  KONKURS_EDUCATION_NONE         = 0,
  KONKURS_EDUCATION_SECONDARY    = 1,
  KONKURS_EDUCATION_VOCATIONAL   = 2,
  KONKURS_EDUCATION_HIGHER       = 3,
  KONKURS_EDUCATION_POSTGRADUATE = 4,
} KonkursEducation;

/* Language of a printed document, independent of the interface language. */
typedef enum {
  KONKURS_DOC_LANGUAGE_KK = 0,
  KONKURS_DOC_LANGUAGE_RU = 1,
} KonkursDocLanguage;

/* Stable codes, used in XML files and on the command line
 * ("civil-service", "youth-reserve", "A", "B", "central", "higher", "kk"…).
 * from_string returns FALSE for an unknown code. */
const char *konkurs_procedure_to_code  (KonkursProcedure procedure);
gboolean    konkurs_procedure_from_code (const char *code, KonkursProcedure *out);
const char *konkurs_corps_to_code      (KonkursCorps corps);
gboolean    konkurs_corps_from_code     (const char *code, KonkursCorps *out);
const char *konkurs_level_to_code      (KonkursLevel level);
gboolean    konkurs_level_from_code     (const char *code, KonkursLevel *out);
const char *konkurs_education_to_code  (KonkursEducation education);
gboolean    konkurs_education_from_code (const char *code, KonkursEducation *out);
const char *konkurs_doc_language_to_code  (KonkursDocLanguage language);
gboolean    konkurs_doc_language_from_code (const char *code, KonkursDocLanguage *out);

/* Human names, as untranslated English msgids (marked with N_()); the caller
 * translates them with _() for the interface or with a KonkursCatalog for a
 * document. */
const char *konkurs_procedure_get_label (KonkursProcedure procedure);
const char *konkurs_corps_get_label     (KonkursCorps corps);
const char *konkurs_level_get_label     (KonkursLevel level);
const char *konkurs_education_get_label (KonkursEducation education);

G_END_DECLS
