/* konkurs-agreement.c — Krippendorff's alpha for interval data
 *
 * With d(a, b) = (a - b)² summed over ordered pairs of values, the sum
 * over the pairs of m values with sum S1 and sum of squares S2 is
 * 2 (m S2 - S1²).  So
 *   D_o = 1/n  Σ_units 2 (m_u S2_u - S1_u²) / (m_u - 1)
 *   D_e = 2 (n S2 - S1²) / (n (n - 1))
 * over the n values of the pairable units (Krippendorff 2011, section
 * "interval metric"), in one pass and without the coincidence matrix, so
 * any number of distinct scores costs the same.  Values are taken about
 * the first one to keep the sums of squares small.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>

#include "konkurs-agreement.h"

void
konkurs_agreement_alpha_interval (const double     *values,
                                  guint             n_units,
                                  guint             n_graders,
                                  KonkursAgreement *out)
{
  double within = 0, sum = 0, sum_squares = 0, origin = NAN;
  guint64 n = 0;

  g_return_if_fail (out != NULL);
  g_return_if_fail (values != NULL || n_units == 0 || n_graders == 0);

  out->alpha = 0;
  out->defined = FALSE;
  out->n_units = 0;
  out->n_values = 0;
  for (guint u = 0; u < n_units; u++)
    {
      const double *row = values + (gsize) u * n_graders;
      double s1 = 0, s2 = 0;
      guint m = 0;

      for (guint g = 0; g < n_graders; g++)
        if (!isnan (row[g]))
          {
            double v;

            if (isnan (origin))
              origin = row[g];
            v = row[g] - origin;
            s1 += v;
            s2 += v * v;
            m++;
          }
      if (m < 2)
        continue;
      within += 2 * (m * s2 - s1 * s1) / (m - 1);
      sum += s1;
      sum_squares += s2;
      n += m;
      out->n_units++;
    }
  out->n_values = (guint) n;
  if (out->n_units < 2)
    return;
  {
    double observed = within / (double) n;
    double expected = 2 * ((double) n * sum_squares - sum * sum) / ((double) n * (double) (n - 1));

    /* no variation at all: every value the same, nothing to agree on */
    if (expected <= 1e-12)
      return;
    out->alpha = 1 - observed / expected;
    out->defined = TRUE;
  }
}

/* Two decimals, with the separator of @catalog's language (a comma in
 * Kazakh and Russian) or the locale's; a true minus. */
static char *
format_alpha (double alpha, KonkursCatalog *catalog)
{
  const char *separator = ",";
  long hundredths = lround (fabs (alpha) * 100);

  if (catalog == NULL)
    {
      const struct lconv *conv = localeconv ();

      separator = conv->decimal_point != NULL && *conv->decimal_point != '\0' ? conv->decimal_point : ".";
    }
  return g_strdup_printf ("%s%ld%s%02ld", alpha < 0 && hundredths > 0 ? "−" : "", hundredths / 100, separator,
                          hundredths % 100);
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
char *
konkurs_agreement_format (const KonkursAgreement *agreement,
                          KonkursCatalog         *catalog)
{
  g_autofree char *number = NULL;
  const char *format;

  g_return_val_if_fail (agreement != NULL, NULL);

  if (!agreement->defined)
    return g_strdup (catalog != NULL ? konkurs_catalog_gettext (catalog, N_("not enough essays to measure"))
                                     : _("not enough essays to measure"));
  number = format_alpha (agreement->alpha, catalog);
  /* Translators: Krippendorff's alpha and the essays behind it: "α = 0.74 (120 essays)" */
  format = catalog != NULL
           ? konkurs_catalog_ngettext (catalog, "α = %s (%u essay)", "α = %s (%u essays)", agreement->n_units)
           : g_dngettext (GETTEXT_PACKAGE, "α = %s (%u essay)", "α = %s (%u essays)", agreement->n_units);
  return g_strdup_printf (format, number, agreement->n_units);
}
#pragma GCC diagnostic pop
