/* konkurs-stage-certificates.c — certificates as results of a testing
 * stage (see the header)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-stage-certificates.h"

/* The one mapping: a certificate kind's code is its test's code, but say
 * so here rather than let callers rely on it. */
static const struct {
  KonkursCertificateKind kind;
  const char            *test;
} certificate_tests[] = {
  { KONKURS_CERTIFICATE_LEGISLATION, "legislation" },
  { KONKURS_CERTIFICATE_PERSONAL_QUALITIES, "personal-qualities" },
  { KONKURS_CERTIFICATE_STATE_LANGUAGE, "state-language" },
};

const char *
konkurs_certificate_kind_test_code (KonkursCertificateKind kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (certificate_tests); i++)
    if (certificate_tests[i].kind == kind)
      return certificate_tests[i].test;
  return NULL;
}

gboolean
konkurs_certificate_kind_for_test (const char             *test_code,
                                   KonkursCertificateKind *out)
{
  for (guint i = 0; test_code != NULL && i < G_N_ELEMENTS (certificate_tests); i++)
    if (g_str_equal (certificate_tests[i].test, test_code))
      {
        if (out != NULL)
          *out = certificate_tests[i].kind;
        return TRUE;
      }
  return FALSE;
}

char *
konkurs_test_source_certificate (const char *number)
{
  return g_strdup_printf (KONKURS_TEST_SOURCE_CERTIFICATE ": %s", number != NULL ? number : "");
}

gboolean
konkurs_test_source_is_certificate (const char *source)
{
  return source != NULL && g_str_has_prefix (source, KONKURS_TEST_SOURCE_CERTIFICATE ":");
}

gboolean
konkurs_certificate_test_score (const KonkursTestRule *test,
                                KonkursCertificateKind kind,
                                int                    score,
                                int                    max_score,
                                KonkursLanguageLevel   level,
                                KonkursLanguageLevel   required,
                                int                   *out)
{
  g_return_val_if_fail (test != NULL && out != NULL, FALSE);

  if (max_score > 0)
    {
      /* out of another maximum, it is for the caller to refuse, not to
       * pass over as if there were no certificate */
      *out = score;
      return TRUE;
    }
  if (kind != KONKURS_CERTIFICATE_STATE_LANGUAGE || test->max_score != 1)
    return FALSE;
  if (required != KONKURS_LANGUAGE_LEVEL_NONE && level < required)
    return FALSE;
  *out = 1;
  return TRUE;
}
