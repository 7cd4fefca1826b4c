/* make-essay-package.c — an expert's package for the grading window's
 * end-to-end test, without a database: the package of
 * tests/lib/konkurs-test-package.c written as the secretary's workstation
 * writes one
 *
 * Not a test itself: tests/e2e/test-grading.py runs it as
 * `make-essay-package PATH N` and reads what it prints:
 *
 *   package ID
 *   secret HEX
 *   criterion CODE MIN MAX   (in the rubric's order)
 *   essay CODE               (in the package's order)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "konkurs-exchange-essays.h"
#include "konkurs-test-package.h"

int
main (int argc, char *argv[])
{
  g_autoptr(KonkursEssayPackage) package = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: %s PACKAGE.xml N-ESSAYS\n", argv[0]);
      return 2;
    }
  package = konkurs_test_essay_package_new ((guint) strtoul (argv[2], NULL, 10));
  if (!konkurs_exchange_write_package (package, argv[1], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  printf ("package %s\nsecret %s\n", package->package_id, package->secret);
  for (guint i = 0; i < package->rule->criteria->len; i++)
    {
      const KonkursEssayCriterion *criterion = package->rule->criteria->pdata[i];
      printf ("criterion %s %d %d\n", criterion->code, criterion->min_points, criterion->max_points);
    }
  for (guint i = 0; i < package->essays->len; i++)
    printf ("essay %s\n", ((KonkursPackageEssay *) package->essays->pdata[i])->code);
  return 0;
}
