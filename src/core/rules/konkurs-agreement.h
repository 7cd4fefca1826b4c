/* konkurs-agreement.h — how far independent graders agree
 *
 * Krippendorff's alpha for interval data, the reliability figure of the
 * essays: alpha = 1 - D_o / D_e over every unit graded by at least two
 * graders (units with one value are not pairable and are left out), any
 * number of graders per unit, missing values allowed.  1 is perfect
 * agreement, 0 what chance would give; below 0.667 the scores are
 * usually not taken as reliable (Krippendorff 2004).
 *
 * Checked against the worked example of Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability" (2011).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "konkurs-catalog.h"

G_BEGIN_DECLS

typedef struct {
  double alpha;        /* meaningful when defined */
  gboolean defined;    /* FALSE: fewer than 2 pairable units, or no variation at all */
  guint  n_units;      /* pairable units (graded by at least two) */
  guint  n_values;     /* values in them */
} KonkursAgreement;

/* @values: @n_units rows of @n_graders columns (row-major), NAN for a
 * grader who did not grade that unit.  Fills @out. */
void  konkurs_agreement_alpha_interval (const double *values, guint n_units, guint n_graders,
                                        KonkursAgreement *out);
/* "α = 0.74 (120 essays)" in the catalog's language (NULL: the
 * interface's), or "not enough essays" when undefined; numbers follow the
 * locale. */
char *konkurs_agreement_format (const KonkursAgreement *agreement, KonkursCatalog *catalog);

G_END_DECLS
