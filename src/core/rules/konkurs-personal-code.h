/* konkurs-personal-code.h — the code that stands for a candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define KONKURS_PERSONAL_CODE_ERROR (konkurs_personal_code_error_quark ())
typedef enum {
  KONKURS_PERSONAL_CODE_ERROR_FORMAT,   /* not of the form PK-XXX-XXX-XXX, or a character outside the alphabet */
  KONKURS_PERSONAL_CODE_ERROR_CHECK,    /* well formed, but the check character does not match */
  KONKURS_PERSONAL_CODE_ERROR_RANDOM,   /* the system's random source failed (generate only) */
} KonkursPersonalCodeError;
GQuark konkurs_personal_code_error_quark (void);

/* A personal code looks like "PK-7QX-4M2-RTG": the prefix "PK-" and three
 * groups of three characters, read aloud in threes like a telephone number.
 * The characters come from an alphabet of 29 without look-alikes (no 0/O,
 * 1/I/L, 5/S, 2/Z): 23456789ABCDEFGHJKMNPQRTUVWXY.  The last character is a
 * check character.
 *
 * The eight code characters are drawn from the kernel's cryptographic random
 * source (getrandom(2)), never from the IIN, the row id or GLib's
 * non-cryptographic g_random, so a code reveals and predicts nothing about
 * the person.  29⁸ is about 5·10¹¹ codes, so among 10,000 codes a repeat
 * has a chance of about 1 in 10,000, and among 100,000 about 1 in 100:
 * codes are not unique by construction, so the store keeps a UNIQUE
 * constraint and the caller generates a new code and retries when an insert
 * collides.  (Six characters, 2·10⁷ codes, would repeat within 10,000 more
 * often than not.)
 *
 * The check character makes the weighted sum of the nine characters
 * (weights 2…9 for the code characters and 1 for the check) divisible by
 * 29; as 29 is prime and the weights are distinct, every single wrong
 * character and every swap of two neighbouring characters is detected. */
#define KONKURS_PERSONAL_CODE_LENGTH 14   /* "PK-XXX-XXX-XXX" */
#define KONKURS_PERSONAL_CODE_ALPHABET "23456789ABCDEFGHJKMNPQRTUVWXY"

/* A new random code, or NULL with KONKURS_PERSONAL_CODE_ERROR_RANDOM. */
char    *konkurs_personal_code_generate  (GError    **error);

/* Strict: the exact form above, upper case, with a matching check
 * character. */
gboolean konkurs_personal_code_validate  (const char *code,
                                          GError    **error);
gboolean konkurs_personal_code_is_valid  (const char *code);

/* What a person typed: spaces dropped, letters upper-cased, Cyrillic
 * look-alikes (А В С Е Н К М Р Т Х У, either case) read as the Latin
 * letters, and the hyphens put back when they were left out
 * ("pk 7qx 4m2 rtg" → "PK-7QX-4M2-RTG").  Does not validate. */
char    *konkurs_personal_code_normalize (const char *input);

G_END_DECLS
