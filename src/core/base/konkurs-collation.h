/* konkurs-collation.h — the alphabetical order of names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Kazakh Cyrillic alphabet in its order; the Russian alphabet is the
 * same with the nine Kazakh letters left out, so one order serves names in
 * both languages. */
#define KONKURS_COLLATION_ALPHABET \
  "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"

/* A key of @text (UTF-8, may be NULL) whose byte-wise order (strcmp() or
 * memcmp() over strlen() bytes, or a BLOB in SQLite) is the order of the
 * alphabet above, case insensitive.  g_utf8_collate() would follow the
 * process locale: in C.UTF-8 it puts І and Ә after Я, and a list must not
 * change order with the computer that shows or prints it.
 *
 * Digits, punctuation and Latin letters sort before the alphabet (in
 * Unicode order, case insensitive), letters of other scripts after it;
 * white space and punctuation count as characters, so "Асан Б" comes
 * before "Асанов".  Texts that differ only in case are ordered by the text
 * itself, so two keys are equal only for equal texts.  The key holds no NUL
 * byte; it is not UTF-8.  Free with g_free(). */
char *konkurs_collation_key      (const char *text);

/* A key of a person's name in the same order: by surname, then name, then
 * patronymic (each may be NULL), so that "Асан Айгүл" comes before
 * "Асан Інжу" and "Асан" before "Асанов" whatever the names.  Unlike
 * konkurs_collation_key(), names that differ only in case have equal keys:
 * break ties yourself (the candidates list does by id). */
char *konkurs_collation_name_key (const char *surname,
                                  const char *name,
                                  const char *patronymic);

/* <0, 0 or >0 as @a sorts before, with or after @b in the order of
 * konkurs_collation_key(). */
int   konkurs_collation_compare  (const char *a,
                                  const char *b);

G_END_DECLS
