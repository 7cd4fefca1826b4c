/* konkurs-collation.c — the alphabetical order of names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-collation.h"

/* A key of a text has two levels: the text folded to upper case and
 * encoded so that bytes compare in the order of the alphabet, then
 * LEVEL_SEPARATOR and the text itself to order what differs only in case.
 * Fields of a name are separated by FIELD_SEPARATOR.  Both separators are
 * below every byte of the first level, so a text sorts before the longer
 * texts it begins. */
#define LEVEL_SEPARATOR '\x01'
#define FIELD_SEPARATOR '\x02'
#define CONTROL_BYTE    '\x03'

/* Letters of the alphabet become one byte each, 0x80 + their place: above
 * ASCII, below every lead byte of a longer UTF-8 sequence (0xC2 and up).
 * Where two keys first differ both are at the start of a character, or
 * inside two UTF-8 sequences with the same lead byte, so the order holds. */
#define FIRST_LETTER_BYTE 0x80
#define CYRILLIC_BLOCK    0x0400

/* Place + 1 of each letter of the Cyrillic block in the alphabet, 0 for
 * letters not in it: every letter of the alphabet is in U+0400–U+04FF. */
static const guint8 *
alphabet_places (void)
{
  static guint8 *places = NULL;

  if (g_once_init_enter (&places))
    {
      guint8 *table = g_new0 (guint8, 256);
      guint8 place = 0;

      for (const char *p = KONKURS_COLLATION_ALPHABET; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_assert (c >= CYRILLIC_BLOCK && c < CYRILLIC_BLOCK + 256);
          table[c - CYRILLIC_BLOCK] = ++place;
        }
      g_assert (FIRST_LETTER_BYTE + place < 0xC2);
      g_once_init_leave (&places, table);
    }
  return places;
}

static void
append_folded (GString    *key,
               const char *text)
{
  const guint8 *places = alphabet_places ();

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_toupper (g_utf8_get_char (p));

      /* Keeps the separators the lowest bytes of the first level. */
      if (c < 0x20)
        g_string_append_c (key, CONTROL_BYTE);
      else if (c >= CYRILLIC_BLOCK && c < CYRILLIC_BLOCK + 256 && places[c - CYRILLIC_BLOCK] != 0)
        g_string_append_c (key, (char) (FIRST_LETTER_BYTE + places[c - CYRILLIC_BLOCK] - 1));
      else
        g_string_append_unichar (key, c);
    }
}

char *
konkurs_collation_key (const char *text)
{
  GString *key = g_string_new (NULL);

  append_folded (key, text);
  g_string_append_c (key, LEVEL_SEPARATOR);
  g_string_append (key, text != NULL ? text : "");

  return g_string_free (key, FALSE);
}

/* Without the second level: a name in capitals and the same name typed
 * otherwise are one name, and their order is the caller's (the store's is
 * by id).  It keeps the key, and the index of 100,000 of them, half as
 * long. */
char *
konkurs_collation_name_key (const char *surname,
                            const char *name,
                            const char *patronymic)
{
  GString *key = g_string_new (NULL);

  append_folded (key, surname);
  g_string_append_c (key, FIELD_SEPARATOR);
  append_folded (key, name);
  g_string_append_c (key, FIELD_SEPARATOR);
  append_folded (key, patronymic);

  return g_string_free (key, FALSE);
}

int
konkurs_collation_compare (const char *a,
                           const char *b)
{
  g_autofree char *first = konkurs_collation_key (a);
  g_autofree char *second = konkurs_collation_key (b);

  return strcmp (first, second);
}
