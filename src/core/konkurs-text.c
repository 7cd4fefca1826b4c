/* konkurs-text.c — small checks of text that several modules make
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
