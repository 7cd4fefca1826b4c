/* konkurs-test-package.h — an expert's package built in code, for the tests
 * of the grading window and the end-to-end grading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-essay-package.h"

G_BEGIN_DECLS

/* A package of @n_essays essays (codes "YR-0001"…, in Kazakh and Russian
 * by turns, the third over the rule's 250 words) graded on three
 * criteria: "argument" 0–2, "structure" 0–2, "language" 0–1. */
KonkursEssayPackage *konkurs_test_essay_package_new (guint n_essays);

G_END_DECLS
