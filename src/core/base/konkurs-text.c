/* konkurs-text.c — small text helpers that several modules share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-text.h"

gboolean
konkurs_text_is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

/* @format with @value for its %@conversion (and "%" for "%%"). */
static char *
expand (const char *format,
        char        conversion,
        const char *value)
{
  GString *out = g_string_new (NULL);

  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == conversion)
        g_string_append (out, value);
      else if (p[0] == '%' && p[1] == '%')
        g_string_append_c (out, '%');
      else
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
    }

  return g_string_free (out, FALSE);
}

char *
konkurs_text_expand_count (const char *format,
                           int         n)
{
  char number[16];

  g_snprintf (number, sizeof number, "%d", n);
  return expand (format, 'd', number);
}

char *
konkurs_text_expand_string (const char *format,
                            const char *value)
{
  return expand (format, 's', value != NULL ? value : "");
}
