/* test-essay-signature.c — the results file's signature against values
 * computed independently, its refusals, and the package secret
 *
 * The expected signatures were computed with Python's hmac module:
 *
 *   python3 -c 'import hmac, hashlib
 *   secret = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
 *   msg = ("3f2c9a1e-7b7d-4c1e-9a51-0d6f1f3e2a10\n"
 *          "YR-2026-0042\targument\t2\nYR-2026-0042\tstyle\t1\n"
 *          "YR-2026-0107\targument\t0\nYR-2026-0107\tstyle\t10\n")
 *   print(hmac.new(secret.encode(), msg.encode("utf-8"), hashlib.sha256).hexdigest())'
 *
 * (and the same with msg = "3f2c…2a10\n" alone, and with
 * "пакет-1\nКОД-1\tбаға\t5\n" for text beyond ASCII).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "konkurs-essay-signature.h"

#define SECRET "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"
#define PACKAGE "3f2c9a1e-7b7d-4c1e-9a51-0d6f1f3e2a10"

static const KonkursSignedScore scores[] = {
  { "YR-2026-0042", "argument", 2 },
  { "YR-2026-0042", "style", 1 },
  { "YR-2026-0107", "argument", 0 },
  { "YR-2026-0107", "style", 10 },
};

static void
test_known_values (void)
{
  g_autofree char *full = konkurs_essay_signature (SECRET, PACKAGE, scores, G_N_ELEMENTS (scores));
  g_autofree char *empty = konkurs_essay_signature (SECRET, PACKAGE, NULL, 0);
  const KonkursSignedScore cyrillic[] = { { "КОД-1", "баға", 5 } };
  g_autofree char *unicode = konkurs_essay_signature (SECRET, "пакет-1", cyrillic, 1);

  g_assert_cmpstr (full, ==, "143148a3ef8b7a3b36a764884657fb7b1f45ef681bedaa5b1ca17eba13bcb31b");
  g_assert_cmpstr (empty, ==, "a4d792161157eeaa9d0acb0642a7a8d2f4bea4760726979d112ca16b66514054");
  g_assert_cmpstr (unicode, ==, "5b0f7563241c57c729a55dce5ef1c2a78e56ef8014d7cde0e0812bb3c02ce8da");
}

static void
test_check (void)
{
  const char *good = "143148a3ef8b7a3b36a764884657fb7b1f45ef681bedaa5b1ca17eba13bcb31b";
  KonkursSignedScore changed[G_N_ELEMENTS (scores)];
  KonkursSignedScore swapped[G_N_ELEMENTS (scores)];
  g_autofree char *upper = g_ascii_strup (good, -1);

  g_assert_true (konkurs_essay_signature_check (SECRET, PACKAGE, scores, G_N_ELEMENTS (scores), good));
  g_assert_true (konkurs_essay_signature_check (SECRET, PACKAGE, scores, G_N_ELEMENTS (scores), upper));

  /* a changed point */
  memcpy (changed, scores, sizeof scores);
  changed[3].points = 9;
  g_assert_false (konkurs_essay_signature_check (SECRET, PACKAGE, changed, G_N_ELEMENTS (scores), good));
  /* a changed code */
  memcpy (changed, scores, sizeof scores);
  changed[0].code = "YR-2026-0043";
  g_assert_false (konkurs_essay_signature_check (SECRET, PACKAGE, changed, G_N_ELEMENTS (scores), good));
  /* the same scores in another order */
  memcpy (swapped, scores, sizeof scores);
  swapped[0] = scores[1];
  swapped[1] = scores[0];
  g_assert_false (konkurs_essay_signature_check (SECRET, PACKAGE, swapped, G_N_ELEMENTS (scores), good));
  /* a score left out */
  g_assert_false (konkurs_essay_signature_check (SECRET, PACKAGE, scores, 3, good));
  /* another package, another secret */
  g_assert_false (konkurs_essay_signature_check (SECRET, "another-package", scores, G_N_ELEMENTS (scores), good));
  g_assert_false (konkurs_essay_signature_check ("00" SECRET, PACKAGE, scores, G_N_ELEMENTS (scores), good));
  /* missing, short, long or not hexadecimal */
  g_assert_false (konkurs_essay_signature_check (SECRET, PACKAGE, scores, G_N_ELEMENTS (scores), NULL));
  g_assert_false (konkurs_essay_signature_check (SECRET, PACKAGE, scores, G_N_ELEMENTS (scores), ""));
  g_assert_false (konkurs_essay_signature_check (SECRET, PACKAGE, scores, G_N_ELEMENTS (scores), "143148a3"));
  {
    g_autofree char *longer = g_strconcat (good, "0", NULL);
    g_autofree char *garbled = g_strdup (good);

    garbled[10] = 'z';
    g_assert_false (konkurs_essay_signature_check (SECRET, PACKAGE, scores, G_N_ELEMENTS (scores), longer));
    g_assert_false (konkurs_essay_signature_check (SECRET, PACKAGE, scores, G_N_ELEMENTS (scores), garbled));
  }
  g_assert_false (konkurs_essay_signature_check (NULL, PACKAGE, scores, G_N_ELEMENTS (scores), good));
}

static void
test_secret (void)
{
  g_autofree char *first = konkurs_essay_secret_new ();
  g_autofree char *second = konkurs_essay_secret_new ();

  g_assert_cmpuint (strlen (first), ==, 64);
  for (const char *p = first; *p != '\0'; p++)
    g_assert_true (g_ascii_isxdigit (*p) && !g_ascii_isupper (*p));
  g_assert_cmpstr (first, !=, second);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/essay-signature/known-values", test_known_values);
  g_test_add_func ("/essay-signature/check", test_check);
  g_test_add_func ("/essay-signature/secret", test_secret);
  return g_test_run ();
}
