/* konkurs-protocol-private.h — what the protocols share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The Kazakh Cyrillic alphabet in its order; the Russian alphabet is the
 * same with the nine Kazakh letters left out, so one order serves both
 * document languages. */
#define KONKURS_PROTOCOL_ALPHABET \
  "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ"

/* A key that sorts names in the order of the alphabet above, case
 * insensitive, with byte-wise strcmp().  g_utf8_collate() would follow the
 * process locale: in C.UTF-8 it puts І and Ә after Я, and a printed list
 * must not change order with the computer that prints it.  Letters of the
 * alphabet map to private-use code points in its order (after Latin and
 * digits); ties are broken by the text itself.  Free with g_free(). */
static inline char *
konkurs_protocol_collate_key (const char *text)
{
  static gunichar *alphabet = NULL;
  static glong n_letters = 0;
  g_autoptr(GString) key = g_string_new (NULL);

  if (g_once_init_enter (&alphabet))
    {
      gunichar *letters = g_utf8_to_ucs4_fast (KONKURS_PROTOCOL_ALPHABET, -1, &n_letters);
      g_once_init_leave (&alphabet, letters);
    }

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_toupper (g_utf8_get_char (p));

      for (glong i = 0; i < n_letters; i++)
        if (alphabet[i] == c)
          {
            c = 0xE000 + (gunichar) i;
            break;
          }
      g_string_append_unichar (key, c);
    }
  g_string_append_c (key, '\x01');
  g_string_append (key, text != NULL ? text : "");

  return g_string_free (g_steal_pointer (&key), FALSE);
}

G_END_DECLS
