/* test-personal-code.c — random personal codes with a check character
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-personal-code.h"

#define ALPHABET KONKURS_PERSONAL_CODE_ALPHABET
#define N_ALPHABET ((int) (sizeof ALPHABET - 1))
#define N_SYMBOLS 9

static const int symbol_offsets[N_SYMBOLS] = { 3, 4, 5, 7, 8, 9, 11, 12, 13 };

static char *
generate (void)
{
  g_autoptr(GError) error = NULL;
  char *code = konkurs_personal_code_generate (&error);

  g_assert_no_error (error);
  g_assert_nonnull (code);
  return code;
}

static void
assert_refused (const char *code, KonkursPersonalCodeError expected)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_personal_code_validate (code, &error));
  g_assert_error (error, KONKURS_PERSONAL_CODE_ERROR, (int) expected);
  g_assert_false (konkurs_personal_code_is_valid (code));
}

static void
test_format (void)
{
  /* no look-alikes in the alphabet */
  for (const char *p = "0O1ILSZ"; *p != '\0'; p++)
    g_assert_null (strchr (ALPHABET, *p));
  g_assert_cmpint (N_ALPHABET, ==, 29);

  for (int i = 0; i < 2000; i++)
    {
      g_autofree char *code = generate ();
      g_autoptr(GError) error = NULL;

      g_assert_cmpuint (strlen (code), ==, KONKURS_PERSONAL_CODE_LENGTH);
      g_assert_true (g_str_has_prefix (code, "PK-"));
      g_assert_cmpint (code[6], ==, '-');
      g_assert_cmpint (code[10], ==, '-');
      for (int s = 0; s < N_SYMBOLS; s++)
        g_assert_nonnull (strchr (ALPHABET, code[symbol_offsets[s]]));
      g_assert_true (konkurs_personal_code_validate (code, &error));
      g_assert_no_error (error);
    }
}

static void
test_malformed (void)
{
  g_autofree char *code = generate ();
  g_autofree char *lower = g_ascii_strdown (code, -1);
  g_autofree char *no_prefix = g_strdup (code + 3);
  g_autofree char *longer = g_strconcat (code, "2", NULL);
  char copy[KONKURS_PERSONAL_CODE_LENGTH + 1];

  assert_refused ("", KONKURS_PERSONAL_CODE_ERROR_FORMAT);
  assert_refused ("PK-7QX4-29", KONKURS_PERSONAL_CODE_ERROR_FORMAT);
  assert_refused (lower, KONKURS_PERSONAL_CODE_ERROR_FORMAT);
  assert_refused (no_prefix, KONKURS_PERSONAL_CODE_ERROR_FORMAT);
  assert_refused (longer, KONKURS_PERSONAL_CODE_ERROR_FORMAT);

  memcpy (copy, code, sizeof copy);
  copy[6] = '_';
  assert_refused (copy, KONKURS_PERSONAL_CODE_ERROR_FORMAT);

  /* a look-alike where a symbol should be: refused as not from the alphabet */
  for (const char *p = "0O1ILSZ"; *p != '\0'; p++)
    {
      g_autoptr(GError) error = NULL;

      memcpy (copy, code, sizeof copy);
      copy[symbol_offsets[4]] = *p;
      g_assert_false (konkurs_personal_code_validate (copy, &error));
      g_assert_error (error, KONKURS_PERSONAL_CODE_ERROR, KONKURS_PERSONAL_CODE_ERROR_FORMAT);
      g_assert_nonnull (strchr (error->message, *p));
    }
}

/* Every other alphabet character at every position of every sampled code
 * is caught by the check character. */
static void
test_substitutions (void)
{
  for (int sample = 0; sample < 300; sample++)
    {
      g_autofree char *code = generate ();

      for (int s = 0; s < N_SYMBOLS; s++)
        for (int a = 0; a < N_ALPHABET; a++)
          {
            char copy[KONKURS_PERSONAL_CODE_LENGTH + 1];

            if (ALPHABET[a] == code[symbol_offsets[s]])
              continue;
            memcpy (copy, code, sizeof copy);
            copy[symbol_offsets[s]] = ALPHABET[a];
            assert_refused (copy, KONKURS_PERSONAL_CODE_ERROR_CHECK);
          }
    }
}

/* Swapping two neighbouring symbols, also across a hyphen, is caught. */
static void
test_transpositions (void)
{
  int swaps = 0;

  for (int sample = 0; sample < 2000; sample++)
    {
      g_autofree char *code = generate ();

      for (int s = 0; s + 1 < N_SYMBOLS; s++)
        {
          char copy[KONKURS_PERSONAL_CODE_LENGTH + 1];
          int i = symbol_offsets[s], j = symbol_offsets[s + 1];

          if (code[i] == code[j])
            continue;
          memcpy (copy, code, sizeof copy);
          copy[i] = code[j];
          copy[j] = code[i];
          assert_refused (copy, KONKURS_PERSONAL_CODE_ERROR_CHECK);
          swaps++;
        }
    }
  g_assert_cmpint (swaps, >, 10000);
}

/* Each character is equally likely at each random position.  With 10,000
 * codes a count is 345 ± 18; the bounds are more than 8 standard deviations
 * away, so only a broken generator fails. */
static void
test_distribution (void)
{
  int counts[N_SYMBOLS][N_ALPHABET];
  const int n_codes = 10000;

  memset (counts, 0, sizeof counts);
  for (int i = 0; i < n_codes; i++)
    {
      g_autofree char *code = generate ();

      for (int s = 0; s < N_SYMBOLS; s++)
        counts[s][strchr (ALPHABET, code[symbol_offsets[s]]) - ALPHABET]++;
    }

  for (int s = 0; s < N_SYMBOLS; s++)
    for (int a = 0; a < N_ALPHABET; a++)
      {
        g_test_message ("position %d, %c: %d", s, ALPHABET[a], counts[s][a]);
        g_assert_cmpint (counts[s][a], >, 190);
        g_assert_cmpint (counts[s][a], <, 500);
      }
}

/* 29⁸ codes: a repeat among 10,000 has a chance of about 1 in 10,000
 * (n²/2N), so a repeat here means the source is not random. */
static void
test_unique (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (int i = 0; i < 10000; i++)
    {
      char *code = generate ();

      g_assert_false (g_hash_table_contains (seen, code));
      g_hash_table_add (seen, code);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, 10000);
}

static void
test_normalize (void)
{
  g_autofree char *code = generate ();
  g_autofree char *typed = NULL;
  g_autofree char *bare = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *d = NULL;
  g_autofree char *e = NULL;

  /* lower case, spaces instead of hyphens */
  typed = g_ascii_strdown (code, -1);
  typed[2] = ' ';
  typed[6] = ' ';
  typed[10] = ' ';
  a = konkurs_personal_code_normalize (typed);
  g_assert_cmpstr (a, ==, code);

  /* without prefix and hyphens */
  bare = g_strdup_printf ("%.3s%.3s%.3s", code + 3, code + 7, code + 11);
  b = konkurs_personal_code_normalize (bare);
  g_assert_cmpstr (b, ==, code);

  /* Cyrillic look-alikes typed on a Kazakh or Russian layout */
  c = konkurs_personal_code_normalize ("рк-АВС-ЕНК-МРТ");
  g_assert_cmpstr (c, ==, "PK-ABC-EHK-MPT");
  d = konkurs_personal_code_normalize ("ХУҮ 234 567");
  g_assert_cmpstr (d, ==, "PK-XYY-234-567");

  /* not a code: returned cleaned but not laid out, and still refused */
  e = konkurs_personal_code_normalize ("PK-12");
  g_assert_cmpstr (e, ==, "PK12");
  g_assert_false (konkurs_personal_code_is_valid (e));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/personal-code/format", test_format);
  g_test_add_func ("/personal-code/malformed", test_malformed);
  g_test_add_func ("/personal-code/substitutions", test_substitutions);
  g_test_add_func ("/personal-code/transpositions", test_transpositions);
  g_test_add_func ("/personal-code/distribution", test_distribution);
  g_test_add_func ("/personal-code/unique", test_unique);
  g_test_add_func ("/personal-code/normalize", test_normalize);

  return g_test_run ();
}
