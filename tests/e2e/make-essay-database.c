/* make-essay-database.c — the database of the Essays area's end-to-end
 * test, and the work of the graders who are not at the keyboard
 *
 * Not a test itself: tests/e2e/test-essays.py runs it.
 *
 *   make-essay-database DATABASE
 *     a Youth Reserve selection whose essay stage is open, three essays
 *     (one per candidate) not assigned yet, four experts of the sector;
 *     prints "competition ID", "code CODE" per essay and "expert ID NAME".
 *
 *   make-essay-database DATABASE grade PACKAGE.xml
 *     once the window assigned the essays: the graders other than the
 *     civil servant grade everything (full marks) through the store, as
 *     their imported results would; the civil servant's package is issued
 *     and written to PACKAGE.xml (what Export Package… writes), for the
 *     test to grade in the expert's window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "konkurs-exchange-essays.h"
#include "konkurs-test-essay-area.h"
#include "konkurs-test-util.h"

static void
make (KonkursStore *store)
{
  g_autoptr(KonkursTestEssayArea) stage = konkurs_test_essay_area_new (store, 3);

  printf ("competition %" G_GINT64_FORMAT "\n", stage->competition->competition_id);
  printf ("stage %" G_GINT64_FORMAT "\n", stage->stage_id);
  for (guint i = 0; i < stage->codes->len; i++)
    {
      konkurs_test_essay_area_add (store, stage->stage_id, stage->codes->pdata[i], FALSE);
      printf ("code %s\n", (char *) stage->codes->pdata[i]);
    }
  for (guint i = 0; i < stage->experts->len; i++)
    printf ("expert %" G_GINT64_FORMAT " %s\n", g_array_index (stage->experts, gint64, i),
            (char *) stage->names->pdata[i]);
}

static gint64
find_essay_stage (KonkursStore *store)
{
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, NULL);
  g_autoptr(KonkursStage) stage = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (competitions);
  g_assert_cmpuint (competitions->len, ==, 1);
  stage = konkurs_store_find_stage (store, konkurs_competition_get_id (competitions->pdata[0]),
                                    KONKURS_STAGE_ESSAY, &error);
  g_assert_no_error (error);
  return stage->id;
}

static void
grade (KonkursStore *store,
       const char   *package_path)
{
  gint64 stage_id = find_essay_stage (store);
  g_autoptr(GPtrArray) experts = NULL;
  g_autoptr(KonkursEssayPackage) package = NULL;
  g_autoptr(GError) error = NULL;

  experts = konkurs_store_list_expert_loads (store, stage_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < experts->len; i++)
    {
      const KonkursExpertLoad *load = experts->pdata[i];

      /* the civil servant is the only expert of the background: a
       * grader of every essay */
      if (load->background == KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE)
        {
          package = konkurs_store_issue_package (store, stage_id, load->expert_id, &error);
          g_assert_no_error (error);
          g_assert_true (konkurs_exchange_write_package (package, package_path, &error));
          g_assert_no_error (error);
          printf ("package %s %u\n", package->package_id, package->essays->len);
          for (guint c = 0; c < package->rule->criteria->len; c++)
            {
              const KonkursEssayCriterion *criterion = package->rule->criteria->pdata[c];

              printf ("criterion %s %d %d\n", criterion->code, criterion->min_points, criterion->max_points);
            }
        }
      else if (load->assigned > 0)
        {
          g_autoptr(KonkursEssayResults) results = konkurs_test_essay_area_grade (store, stage_id, load->expert_id,
                                                                             NULL, NULL, TRUE);
        }
    }
  g_assert_nonnull (package);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2 && !(argc == 4 && g_str_equal (argv[2], "grade")))
    {
      fprintf (stderr, "usage: %s DATABASE [grade PACKAGE.xml]\n", argv[0]);
      return 2;
    }
  store = konkurs_store_open (argv[1], NULL, &error);
  g_assert_no_error (error);
  if (argc == 2)
    make (store);
  else
    grade (store, argv[3]);
  return 0;
}
