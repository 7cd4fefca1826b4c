/* make-stage-database.c — the database of the stages' end-to-end test: a
 * civil-service competition with three admitted applications whose
 * documents stage is closed, so that its testing stage is open
 *
 * Not a test itself: tests/e2e/test-stages.py runs it, then drives the
 * window.  It builds the database through the store's API, as the window
 * would, and prints what the test needs to write a results file:
 *
 *   competition NUMBER
 *   stage KIND
 *   code PERSONAL-CODE          (one per application, in order)
 *   test CODE MAX PASS          (each test of the stage's rule)
 *   part TEST CODE MAX MIN      (each part of a test)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "konkurs-store-candidates.h"
#include "konkurs-store-decisions.h"
#include "konkurs-store-stages.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

static void
print_rule (const KonkursStageRule *rule)
{
  for (guint i = 0; i < rule->tests->len; i++)
    {
      const KonkursTestRule *test = rule->tests->pdata[i];

      printf ("test %s %d %d\n", test->code, test->max_score, test->pass_score);
      for (guint j = 0; j < test->parts->len; j++)
        {
          const KonkursTestPartRule *part = test->parts->pdata[j];

          printf ("part %s %s %d %d\n", test->code, part->code, part->max_score, part->min_score);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  static const char *surnames[] = { "ӘЛИЕВА", "ҚАСЫМОВА", "НҰРЛАНОВА" };
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursStage) documents = NULL;
  g_autoptr(KonkursStage) testing = NULL;
  g_autoptr(GError) error = NULL;
  gint64 competition_id, vacancy;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  store = konkurs_store_open (argv[1], NULL, &error);
  g_assert_no_error (error);
  competition_id = konkurs_test_add_march_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  vacancy = konkurs_test_add_march_vacancy (store, competition_id, "Бас маман");
  competition = konkurs_store_get_competition (store, competition_id, &error);
  g_assert_no_error (error);
  printf ("competition %s\n", konkurs_competition_get_number (competition));

  for (guint i = 0; i < G_N_ELEMENTS (surnames); i++)
    {
      g_autoptr(KonkursCandidate) person = konkurs_test_person_new (surnames[i], "Әлия", 1990 + i, 3, 10, 100 + i);
      g_autoptr(KonkursCandidacy) candidacy = NULL;

      konkurs_test_make_qualified (person);
      candidacy = konkurs_test_apply_in_march (store, konkurs_test_save_candidate (store, person), competition_id,
                                               vacancy, NULL);
      g_assert_true (konkurs_store_decide_candidacy (store, konkurs_candidacy_get_id (candidacy), TRUE, NULL,
                                                     &error));
      g_assert_no_error (error);
      printf ("code %s\n", konkurs_candidacy_get_personal_code (candidacy));
    }

  documents = konkurs_store_find_stage (store, competition_id, KONKURS_STAGE_DOCUMENTS, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_close_stage (store, documents->id, FALSE, &error));
  g_assert_no_error (error);
  testing = konkurs_store_find_stage (store, competition_id, KONKURS_STAGE_TESTING, &error);
  g_assert_no_error (error);
  printf ("stage %s\n", konkurs_stage_kind_to_code (testing->kind));
  print_rule (konkurs_stage_get_rule (testing, KONKURS_TRACK_NON_LEADERSHIP));
  return 0;
}
