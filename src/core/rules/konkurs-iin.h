/* konkurs-iin.h — the individual identification number (IIN)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KONKURS_IIN_LENGTH 12

#define KONKURS_IIN_ERROR (konkurs_iin_error_quark ())
typedef enum {
  KONKURS_IIN_ERROR_LENGTH,      /* not 12 characters; the message says how many */
  KONKURS_IIN_ERROR_NOT_DIGITS,  /* a character that is not 0–9; the message names it and its position */
  KONKURS_IIN_ERROR_DATE,        /* digits 1–6 are not a date (month 13, 30 February…) */
  KONKURS_IIN_ERROR_CENTURY,     /* digit 7 is not 1–6 */
  KONKURS_IIN_ERROR_CHECKSUM,    /* digit 12 does not match, or no check digit is possible */
} KonkursIinError;
GQuark konkurs_iin_error_quark (void);

/* Values may be stored in the database: never renumber. */
typedef enum {
  KONKURS_SEX_MALE   = 1,
  KONKURS_SEX_FEMALE = 2,
} KonkursSex;

typedef struct {
  GDate      birth_date;
  KonkursSex sex;
} KonkursIinInfo;

/* Strict: exactly 12 ASCII digits, nothing around them (use
 * konkurs_iin_normalize() on what a person typed first).  Checks, in this
 * order, the length, the digits, the century digit, the birth date and the
 * check digit, and reports the first problem in a sentence a secretary
 * understands.  @info may be NULL to validate only.
 *
 * The birth date is not compared with today: a caller that knows the date
 * decides whether a birth date in the future is plausible. */
gboolean konkurs_iin_parse      (const char     *iin,
                                 KonkursIinInfo *info,
                                 GError        **error);
gboolean konkurs_iin_is_valid   (const char     *iin);

/* What a person typed or pasted, without spaces, tabs, non-breaking spaces
 * and hyphens ("900101 300 123" → "900101300123"), its decimal digits of
 * any script as ASCII ones (full-width "７５０８", Arabic-Indic…: an input
 * method may type those).  Does not validate. */
char    *konkurs_iin_normalize  (const char     *input);

/* The check digit (0–9) of the first 11 digits of @iin (further characters
 * are ignored), or -1 when @iin does not start with 11 digits or when both
 * weightings give 10: no IIN exists with that serial, and a generator must
 * pick another serial. */
int      konkurs_iin_compute_check_digit (const char *iin);

/* Builds the IIN of a person born on @birth_date (1800–2099) with the given
 * sex and @serial (0–9999, digits 8–11) into @out (13 bytes, NUL-terminated).
 * Returns FALSE when the serial admits no check digit or the arguments are
 * out of range; generators then try the next serial. */
gboolean konkurs_iin_build      (const GDate *birth_date,
                                 KonkursSex   sex,
                                 guint        serial,
                                 char         out[KONKURS_IIN_LENGTH + 1]);

/* Age in full years on @on.  A person attains an age on the anniversary of
 * the birth date; someone born on 29 February attains it on 28 February in
 * a common year (as the Civil Code ends a period in years in a month without
 * the corresponding day: on the last day of that month).  Returns -1 when a
 * date is invalid or @on precedes @birth. */
int      konkurs_iin_age_on     (const GDate *birth,
                                 const GDate *on);

/* Untranslated msgid marked with N_() ("Male", "Female"), or NULL. */
const char *konkurs_sex_get_label (KonkursSex sex);

G_END_DECLS
