/* konkurs-personal-code.c — the code that stands for a candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <glib/gi18n-lib.h>

#include "konkurs-personal-code.h"

G_DEFINE_QUARK (konkurs-personal-code-error-quark, konkurs_personal_code_error)

#define PREFIX "PK-"
#define PREFIX_LENGTH 3
#define ALPHABET_SIZE 29
#define N_RANDOM 8
#define N_SYMBOLS (N_RANDOM + 1)
/* The largest multiple of the alphabet size that fits a byte: bytes at or
 * above it are drawn again so that every character is equally likely. */
#define UNBIASED_LIMIT (ALPHABET_SIZE * (256 / ALPHABET_SIZE))

G_STATIC_ASSERT (sizeof KONKURS_PERSONAL_CODE_ALPHABET - 1 == ALPHABET_SIZE);

/* Positions of the nine symbols in "PK-XXX-XXX-XXX". */
static const guint8 symbol_offsets[N_SYMBOLS] = { 3, 4, 5, 7, 8, 9, 11, 12, 13 };

static int
symbol_value (char c)
{
  const char *found;

  if (c == '\0')
    return -1;
  found = strchr (KONKURS_PERSONAL_CODE_ALPHABET, c);
  return found != NULL ? (int) (found - KONKURS_PERSONAL_CODE_ALPHABET) : -1;
}

/* Weights 2..9 for the random symbols and 1 for the check: distinct and
 * non-zero modulo the prime 29, which is what makes every substitution and
 * neighbour swap change the sum. */
static int
check_value (const int values[N_RANDOM])
{
  int sum = 0;

  for (int i = 0; i < N_RANDOM; i++)
    sum += (i + 2) * values[i];

  return (ALPHABET_SIZE - sum % ALPHABET_SIZE) % ALPHABET_SIZE;
}

static gboolean
fill_random (guint8 *buffer, gsize length, GError **error)
{
  gsize filled = 0;

  while (filled < length)
    {
      ssize_t n = getrandom (buffer + filled, length - filled, 0);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error (error, KONKURS_PERSONAL_CODE_ERROR, KONKURS_PERSONAL_CODE_ERROR_RANDOM,
                       _("No personal code could be made, because the system's random number source failed: %s."),
                       g_strerror (saved_errno));
          return FALSE;
        }
      filled += (gsize) n;
    }

  return TRUE;
}

char *
konkurs_personal_code_generate (GError **error)
{
  int values[N_RANDOM];
  char code[KONKURS_PERSONAL_CODE_LENGTH + 1] = PREFIX "XXX-XXX-XXX";
  int n_values = 0;

  while (n_values < N_RANDOM)
    {
      guint8 bytes[16];

      if (!fill_random (bytes, sizeof bytes, error))
        return NULL;
      for (gsize i = 0; i < sizeof bytes && n_values < N_RANDOM; i++)
        if (bytes[i] < UNBIASED_LIMIT)
          values[n_values++] = bytes[i] % ALPHABET_SIZE;
    }

  for (int i = 0; i < N_RANDOM; i++)
    code[symbol_offsets[i]] = KONKURS_PERSONAL_CODE_ALPHABET[values[i]];
  code[symbol_offsets[N_RANDOM]] = KONKURS_PERSONAL_CODE_ALPHABET[check_value (values)];

  return g_strdup (code);
}

gboolean
konkurs_personal_code_validate (const char *code,
                                GError    **error)
{
  int values[N_RANDOM];

  g_return_val_if_fail (code != NULL, FALSE);

  if (strlen (code) != KONKURS_PERSONAL_CODE_LENGTH ||
      strncmp (code, PREFIX, PREFIX_LENGTH) != 0 || code[6] != '-' || code[10] != '-')
    {
      g_set_error (error, KONKURS_PERSONAL_CODE_ERROR, KONKURS_PERSONAL_CODE_ERROR_FORMAT,
                   _("“%s” is not a personal code: a personal code has the form PK-XXX-XXX-XXX."), code);
      return FALSE;
    }

  for (int i = 0; i < N_SYMBOLS; i++)
    {
      char c = code[symbol_offsets[i]];

      if (symbol_value (c) < 0)
        {
          g_set_error (error, KONKURS_PERSONAL_CODE_ERROR, KONKURS_PERSONAL_CODE_ERROR_FORMAT,
                       _("“%s” is not a personal code: personal codes never contain “%c”."), code, c);
          return FALSE;
        }
      if (i < N_RANDOM)
        values[i] = symbol_value (c);
    }

  if (check_value (values) != symbol_value (code[symbol_offsets[N_RANDOM]]))
    {
      g_set_error (error, KONKURS_PERSONAL_CODE_ERROR, KONKURS_PERSONAL_CODE_ERROR_CHECK,
                   _("The personal code %s does not exist: a character was misread or mistyped."), code);
      return FALSE;
    }

  return TRUE;
}

gboolean
konkurs_personal_code_is_valid (const char *code)
{
  return code != NULL && konkurs_personal_code_validate (code, NULL);
}

/* Cyrillic capitals and small letters that look like Latin capitals of the
 * alphabet or of the prefix: a secretary with a Kazakh or Russian keyboard
 * layout types them without noticing. */
static gunichar
latin_look_alike (gunichar c)
{
  static const struct { gunichar cyrillic; char latin; } table[] = {
    { 0x0410, 'A' }, { 0x0412, 'B' }, { 0x0421, 'C' }, { 0x0415, 'E' },
    { 0x041D, 'H' }, { 0x041A, 'K' }, { 0x041C, 'M' }, { 0x0420, 'P' },
    { 0x0422, 'T' }, { 0x0425, 'X' }, { 0x0423, 'Y' }, { 0x04AE, 'Y' },
  };
  gunichar upper = g_unichar_toupper (c);

  for (gsize i = 0; i < G_N_ELEMENTS (table); i++)
    if (table[i].cyrillic == upper)
      return (gunichar) table[i].latin;

  return upper;
}

char *
konkurs_personal_code_normalize (const char *input)
{
  g_autoptr(GString) bare = g_string_new (NULL);
  const char *symbols;

  g_return_val_if_fail (input != NULL, NULL);

  if (!g_utf8_validate (input, -1, NULL))
    return g_strdup (input);

  for (const char *p = input; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || (c >= 0x2010 && c <= 0x2013))
        continue;
      g_string_append_unichar (bare, latin_look_alike (c));
    }

  /* With or without the prefix, nine symbols are a code to lay out. */
  symbols = bare->str;
  if (bare->len == N_SYMBOLS + 2 && g_str_has_prefix (symbols, "PK"))
    symbols += 2;
  if (strlen (symbols) != N_SYMBOLS || !g_str_is_ascii (symbols))
    return g_string_free (g_steal_pointer (&bare), FALSE);

  return g_strdup_printf (PREFIX "%.3s-%.3s-%.3s", symbols, symbols + 3, symbols + 6);
}
