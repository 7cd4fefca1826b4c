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

/* Without printf: the format is a translation, and a wrong one must print
 * something sensible instead of crashing. */
char *
konkurs_text_expand_pair (const char *format, guint first, guint second)
{
  guint values[2] = { first, second };
  guint next = 0;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (format != NULL, NULL);

  for (const char *p = format; *p != '\0'; p++)
    {
      guint index;

      if (*p != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      if (*p == '%')
        {
          g_string_append_c (out, '%');
          continue;
        }
      if ((*p == '1' || *p == '2') && p[1] == '$')
        {
          index = *p - '1';
          p += 2;
        }
      else
        index = next++;
      if (index > 1 || (*p != 'u' && *p != 'd' && *p != 'i'))
        return g_strdup_printf ("%u / %u", first, second);
      g_string_append_printf (out, "%u", values[index]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
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

char *
konkurs_text_capitalise (char *text)
{
  gunichar first;
  char head[6];
  int length;
  char *capitalised;

  if (text == NULL || *text == '\0')
    return text;
  first = g_utf8_get_char (text);
  if (g_unichar_istitle (first) || g_unichar_totitle (first) == first)
    return text;
  length = g_unichar_to_utf8 (g_unichar_totitle (first), head);
  capitalised = g_strdup_printf ("%.*s%s", length, head, g_utf8_next_char (text));
  g_free (text);
  return capitalised;
}
