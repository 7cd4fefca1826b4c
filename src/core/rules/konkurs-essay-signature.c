/* konkurs-essay-signature.c — the signature of an expert's results file
 *
 * HMAC-SHA256 (GLib's GHmac) over the lines konkurs-essay-signature.h
 * documents; the comparison takes the same time whatever the first
 * difference, so a forger learns nothing from how fast a file is refused.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "konkurs-essay-signature.h"

#define SECRET_BYTES 32

char *
konkurs_essay_secret_new (void)
{
  guint8 buffer[SECRET_BYTES];
  gsize filled = 0;
  GString *text;

  while (filled < sizeof buffer)
    {
      ssize_t n = getrandom (buffer + filled, sizeof buffer - filled, 0);

      if (n < 0 && errno == EINTR)
        continue;
      /* a secret must never be guessable: without the kernel's random
       * source there is nothing safe to fall back on */
      if (n < 0)
        g_error ("getrandom: %s", g_strerror (errno));
      filled += (gsize) n;
    }
  text = g_string_sized_new (2 * SECRET_BYTES);
  for (guint i = 0; i < SECRET_BYTES; i++)
    g_string_append_printf (text, "%02x", buffer[i]);
  explicit_bzero (buffer, sizeof buffer);
  return g_string_free (text, FALSE);
}

char *
konkurs_essay_signature (const char               *secret,
                         const char               *package_id,
                         const KonkursSignedScore *scores,
                         guint                     n_scores)
{
  g_autoptr (GHmac) hmac = NULL;
  char number[16];

  g_return_val_if_fail (secret != NULL && package_id != NULL, NULL);
  g_return_val_if_fail (n_scores == 0 || scores != NULL, NULL);

  hmac = g_hmac_new (G_CHECKSUM_SHA256, (const guchar *) secret, strlen (secret));
  g_hmac_update (hmac, (const guchar *) package_id, -1);
  g_hmac_update (hmac, (const guchar *) "\n", 1);
  for (guint i = 0; i < n_scores; i++)
    {
      g_hmac_update (hmac, (const guchar *) scores[i].code, -1);
      g_hmac_update (hmac, (const guchar *) "\t", 1);
      g_hmac_update (hmac, (const guchar *) scores[i].criterion, -1);
      g_hmac_update (hmac, (const guchar *) "\t", 1);
      /* points are never negative in a valid file; a negative one is
       * signed as written ("-1") and refused by the scale check */
      g_snprintf (number, sizeof number, "%d", scores[i].points);
      g_hmac_update (hmac, (const guchar *) number, -1);
      g_hmac_update (hmac, (const guchar *) "\n", 1);
    }
  return g_strdup (g_hmac_get_string (hmac));
}

gboolean
konkurs_essay_signature_check (const char               *secret,
                               const char               *package_id,
                               const KonkursSignedScore *scores,
                               guint                     n_scores,
                               const char               *signature)
{
  g_autofree char *expected = NULL;
  guint difference = 0;

  if (secret == NULL || package_id == NULL || signature == NULL || strlen (signature) != 64)
    return FALSE;
  expected = konkurs_essay_signature (secret, package_id, scores, n_scores);
  for (guint i = 0; i < 64; i++)
    difference |= (guint) (g_ascii_tolower (signature[i]) ^ expected[i]);
  return difference == 0;
}
