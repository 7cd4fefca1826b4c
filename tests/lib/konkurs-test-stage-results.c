/* konkurs-test-stage-results.c — a competition whose testing stage is
 * open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-store-decisions.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-stage-results.h"
#include "konkurs-test-util.h"

void
konkurs_test_stage_competition_free (KonkursTestStageCompetition *self)
{
  if (self == NULL)
    return;
  g_free (self->number);
  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_free (self->refused_code);
  g_free (self);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static void
close_documents (KonkursStore *store, KonkursTestStageCompetition *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) documents = konkurs_store_find_stage (store, self->competition_id,
                                                               KONKURS_STAGE_DOCUMENTS, &error);
  g_autoptr(KonkursStage) testing = NULL;

  g_assert_no_error (error);
  g_assert_true (konkurs_store_close_stage (store, documents->id, FALSE, &error));
  g_assert_no_error (error);
  testing = konkurs_store_find_stage (store, self->competition_id, KONKURS_STAGE_TESTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (testing->state, ==, KONKURS_STAGE_STATE_OPEN);
  self->stage_id = testing->id;
}

KonkursTestStageCompetition *
konkurs_test_stage_competition_new (KonkursStore     *store,
                                    KonkursProcedure  procedure,
                                    guint             n_admitted)
{
  KonkursTestStageCompetition *self = g_new0 (KonkursTestStageCompetition, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  static guint serial = 500;

  self->competition_id = konkurs_test_add_march_competition (store, procedure);
  competition = konkurs_store_get_competition (store, self->competition_id, &error);
  g_assert_no_error (error);
  self->number = g_strdup (konkurs_competition_get_number (competition));
  if (procedure == KONKURS_PROCEDURE_CIVIL_SERVICE)
    self->vacancy_id = konkurs_test_add_march_vacancy (store, self->competition_id, "Бас маман");
  self->codes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i <= n_admitted; i++)
    {
      g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Сейтқалиева", "Дана", 1990, 1 + i % 12,
                                                                      1 + i % 28, serial++);
      g_autoptr(KonkursCandidacy) candidacy = NULL;

      konkurs_test_make_qualified (candidate);
      konkurs_test_save_candidate (store, candidate);
      candidacy = konkurs_test_apply_in_march (store, konkurs_candidate_get_id (candidate), self->competition_id,
                                               self->vacancy_id,
                                               procedure == KONKURS_PROCEDURE_YOUTH_RESERVE ? "digitalisation" : NULL);
      g_assert_true (konkurs_store_decide_candidacy (store, konkurs_candidacy_get_id (candidacy), i < n_admitted,
                                                     i < n_admitted ? NULL : "Тест: құжаттар толық емес", &error));
      g_assert_no_error (error);
      if (i < n_admitted)
        g_ptr_array_add (self->codes, g_strdup (konkurs_candidacy_get_personal_code (candidacy)));
      else
        self->refused_code = g_strdup (konkurs_candidacy_get_personal_code (candidacy));
    }
  g_ptr_array_sort (self->codes, compare_strings);
  close_documents (store, self);
  return self;
}

char *
konkurs_test_write_results (const char                        *dir,
                            const char                        *name,
                            const KonkursTestStageCompetition *competition,
                            const char                        *body)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  g_autofree char *text = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                           "<konkurs-test-results xmlns=\"urn:konkurs:test-results:1\" "
                                           "version=\"1\" competition=\"%s\" stage=\"testing\">\n%s"
                                           "</konkurs-test-results>\n",
                                           competition->number, body);

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_no_error (error);
  return path;
}

char *
konkurs_test_describe_results (KonkursStore *store,
                               gint64        stage_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = konkurs_store_list_test_results (store, stage_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < results->len; i++)
    {
      KonkursTestResult *result = g_ptr_array_index (results, i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT " %s %d %d%s", i > 0 ? "|" : "", result->application_id,
                              result->test, result->attempt, result->score, result->present ? "" : " absent");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* @max split into the parts of @test as evenly as their maxima allow. */
static void
add_parts (KonkursTestResult *result, const KonkursTestRule *test)
{
  int left = result->score;

  for (guint i = 0; i < test->parts->len; i++)
    {
      const KonkursTestPartRule *part = g_ptr_array_index (test->parts, i);
      int share = i + 1 == test->parts->len ? left
                                             : MIN (part->max_score, result->score * part->max_score / test->max_score);

      share = MIN (share, part->max_score);
      konkurs_test_result_add_part (result, part->code, share);
      left -= share;
    }
  /* what the rounding left over goes where there is room */
  for (guint i = 0; left > 0 && i < result->parts->len; i++)
    {
      KonkursTestPartResult *part = g_ptr_array_index (result->parts, i);
      int room = ((KonkursTestPartRule *) g_ptr_array_index (test->parts, i))->max_score - part->score;
      int more = MIN (room, left);

      part->score += more;
      left -= more;
    }
}

void
konkurs_test_stage_add_results (KonkursStore *store,
                                gint64        stage_id,
                                guint         seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) stage = konkurs_store_get_stage (store, stage_id, &error);
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_no_error (error);
  rows = konkurs_store_list_stage_rows (store, stage_id, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < rows->len; r++)
    {
      const KonkursStageRow *row = g_ptr_array_index (rows, r);
      const KonkursStageRule *rule = konkurs_stage_get_rule (stage, row->track);

      g_assert_nonnull (rule);
      for (guint t = 0; t < rule->tests->len; t++)
        {
          const KonkursTestRule *test = g_ptr_array_index (rule->tests, t);
          g_autoptr(KonkursTestResult) result = konkurs_test_result_new (row->application_id, test->code);

          result->present = (r + seed) % 7 != 6;
          result->score = result->present ? (int) ((r * 37 + seed * 11 + t * 5) % (test->max_score + 1)) : 0;
          if (test->pass_score > 0 && result->present && (r + seed) % 3 != 0)
            result->score = MAX (result->score, test->pass_score);
          result->max_score = test->max_score;
          g_date_set_dmy (&result->taken_on, 10, 4, 2025);
          if (result->present)
            add_parts (result, test);
          g_assert_true (konkurs_store_add_test_result (store, stage_id, result, NULL, &error));
          g_assert_no_error (error);
        }
    }
}

void
konkurs_test_stage_pass_all (KonkursStore *store,
                             gint64        stage_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) stage = konkurs_store_get_stage (store, stage_id, &error);
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_no_error (error);
  rows = konkurs_store_list_stage_rows (store, stage_id, &error);
  g_assert_no_error (error);
  for (guint r = 0; r < rows->len; r++)
    {
      const KonkursStageRow *row = g_ptr_array_index (rows, r);
      const KonkursStageRule *rule = konkurs_stage_get_rule (stage, row->track);

      for (guint t = 0; rule != NULL && t < rule->tests->len; t++)
        {
          const KonkursTestRule *test = g_ptr_array_index (rule->tests, t);
          g_autoptr(KonkursTestResult) result = konkurs_test_result_new (row->application_id, test->code);

          result->present = TRUE;
          result->score = result->max_score = test->max_score;
          g_date_set_dmy (&result->taken_on, 10, 4, 2025);
          add_parts (result, test);
          g_assert_true (konkurs_store_add_test_result (store, stage_id, result, NULL, &error));
          g_assert_no_error (error);
        }
    }
}
