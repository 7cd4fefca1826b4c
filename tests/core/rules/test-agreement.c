/* test-agreement.c — Krippendorff's alpha (interval) against published
 * worked examples, perfect agreement, the undefined cases and the figure
 * as printed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "konkurs-agreement.h"
#include "konkurs-catalog.h"
#include "konkurs-test-documents.h"

#define _ NAN

/* Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability",
 * University of Pennsylvania, ScholarlyCommons, section "C. Any number of
 * observers, missing data": 4 observers (columns here) by 12 units (rows),
 * values 1..5, "." for no value; the paper gives interval alpha = 0.849.
 * The same matrix is in the test suite of the `krippendorff` Python
 * package (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py,
 * ordinal 0.815 and ratio 0.797 from the same paper).  Unit 12 has one
 * value only and is not pairable: 11 units, 40 values. */
static const double krippendorff_2011[12 * 4] = {
  1, 1, _, 1,
  2, 2, 3, 2,
  3, 3, 3, 3,
  3, 3, 3, 3,
  2, 2, 2, 2,
  1, 2, 3, 4,
  4, 4, 4, 4,
  1, 1, 2, 1,
  2, 2, 2, 2,
  _, 5, 5, 5,
  _, _, 1, 1,
  _, 3, _, _,
};

/* Wikipedia, "Krippendorff's alpha", section "A computational example":
 * 3 coders by 15 units; the `krippendorff` package's test gives interval
 * alpha = 0.810845 for it. */
static const double wikipedia[15 * 3] = {
  _, 1, _,   _, _, _,   _, 2, 2,   _, 1, 1,   _, 3, 3,
  3, 3, 4,   4, 4, 4,   1, 3, _,   2, _, 2,   1, _, 1,
  1, _, 1,   3, _, 3,   3, _, 3,   _, _, _,   3, _, 4,
};

static void
test_published_examples (void)
{
  KonkursAgreement out;

  konkurs_agreement_alpha_interval (krippendorff_2011, 12, 4, &out);
  g_assert_true (out.defined);
  g_assert_cmpuint (out.n_units, ==, 11);
  g_assert_cmpuint (out.n_values, ==, 40);
  g_assert_cmpfloat_with_epsilon (out.alpha, 0.849, 0.0005);
  g_test_message ("alpha = %.6f", out.alpha);

  konkurs_agreement_alpha_interval (wikipedia, 15, 3, &out);
  g_assert_true (out.defined);
  g_assert_cmpuint (out.n_units, ==, 12);
  g_assert_cmpfloat_with_epsilon (out.alpha, 0.810845, 0.0000005);
}

static void
test_perfect_and_undefined (void)
{
  const double perfect[] = { 1, 1, 1,  2, 2, 2,  5, 5, _,  3, 3, 3 };
  const double same[] = { 4, 4, 4,  4, 4, 4 };
  const double lonely[] = { 1, _, _,  2, 3, _,  _, _, 4 };
  const double disagree[] = { 1, 5,  5, 1 };
  KonkursAgreement out;

  konkurs_agreement_alpha_interval (perfect, 4, 3, &out);
  g_assert_true (out.defined);
  g_assert_cmpfloat (out.alpha, ==, 1.0);
  g_assert_cmpuint (out.n_units, ==, 4);
  g_assert_cmpuint (out.n_values, ==, 11);

  /* nothing varies: nothing to agree on */
  konkurs_agreement_alpha_interval (same, 2, 3, &out);
  g_assert_false (out.defined);
  /* one pairable unit only */
  konkurs_agreement_alpha_interval (lonely, 3, 3, &out);
  g_assert_false (out.defined);
  g_assert_cmpuint (out.n_units, ==, 1);
  konkurs_agreement_alpha_interval (NULL, 0, 3, &out);
  g_assert_false (out.defined);
  g_assert_cmpuint (out.n_units, ==, 0);

  /* systematic disagreement is worse than chance */
  konkurs_agreement_alpha_interval (disagree, 2, 2, &out);
  g_assert_true (out.defined);
  g_assert_cmpfloat (out.alpha, <, 0);
}

static void
test_large_scores (void)
{
  /* the sums are taken about the first value: scores far from zero keep
   * their precision */
  double shifted[12 * 4];
  KonkursAgreement out;

  for (guint i = 0; i < G_N_ELEMENTS (shifted); i++)
    shifted[i] = krippendorff_2011[i] + 1e7;
  konkurs_agreement_alpha_interval (shifted, 12, 4, &out);
  g_assert_cmpfloat_with_epsilon (out.alpha, 0.849, 0.0005);
}

static void
test_format (void)
{
  g_autoptr (KonkursCatalog) kk = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr (KonkursCatalog) ru = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_RU);
  KonkursAgreement agreement = { .alpha = 0.8491, .defined = TRUE, .n_units = 11, .n_values = 40 };
  KonkursAgreement one = { .alpha = -0.123, .defined = TRUE, .n_units = 21, .n_values = 42 };
  KonkursAgreement none = { 0 };
  g_autofree char *english = konkurs_agreement_format (&agreement, NULL);
  g_autofree char *russian = konkurs_agreement_format (&agreement, ru);
  g_autofree char *kazakh = konkurs_agreement_format (&agreement, kk);
  g_autofree char *negative = konkurs_agreement_format (&one, ru);
  g_autofree char *undefined = konkurs_agreement_format (&none, ru);
  g_autofree char *undefined_en = konkurs_agreement_format (&none, NULL);

  g_assert_cmpstr (english, ==, "α = 0.85 (11 essays)");
  g_assert_cmpstr (russian, ==, "α = 0,85 (11 эссе)");
  g_test_message ("%s / %s / %s", kazakh, negative, undefined);
  g_assert_nonnull (strstr (kazakh, "0,85"));
  g_assert_nonnull (strstr (kazakh, "11"));
  g_assert_nonnull (strstr (kazakh, "эссе"));
  g_assert_cmpstr (negative, ==, "α = −0,12 (21 эссе)");
  g_assert_cmpstr (undefined_en, ==, "not enough essays to measure");
  g_assert_cmpstr (undefined, !=, undefined_en);
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agreement/published-examples", test_published_examples);
  g_test_add_func ("/agreement/perfect-and-undefined", test_perfect_and_undefined);
  g_test_add_func ("/agreement/large-scores", test_large_scores);
  g_test_add_func ("/agreement/format", test_format);
  return g_test_run ();
}
