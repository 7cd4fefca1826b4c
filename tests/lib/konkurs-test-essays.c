/* konkurs-test-essays.c — see konkurs-test-essays.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-autocleanups.h"
#include "konkurs-test-essays.h"

void
konkurs_test_essay_stage_free (KonkursTestEssayStage *self)
{
  if (self == NULL)
    return;
  konkurs_test_stage_competition_free (self->competition);
  g_ptr_array_unref (self->codes);
  g_free (self);
}

KonkursTestEssayStage *
konkurs_test_essay_stage_new (KonkursStore *store,
                              guint         n_admitted)
{
  g_autoptr(GError) error = NULL;
  KonkursTestEssayStage *self = g_new0 (KonkursTestEssayStage, 1);
  g_autoptr(KonkursStage) essay = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  self->competition = konkurs_test_stage_competition_new (store, KONKURS_PROCEDURE_YOUTH_RESERVE, n_admitted);
  konkurs_test_stage_add_results (store, self->competition->stage_id, 7);
  g_assert_true (konkurs_store_close_stage (store, self->competition->stage_id, TRUE, &error));
  g_assert_no_error (error);
  essay = konkurs_store_find_stage (store, self->competition->competition_id, KONKURS_STAGE_ESSAY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (essay->state, ==, KONKURS_STAGE_STATE_OPEN);
  self->stage_id = essay->id;
  rows = konkurs_store_list_stage_rows (store, essay->id, &error);
  g_assert_no_error (error);
  self->codes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (self->codes, g_strdup (((KonkursStageRow *) g_ptr_array_index (rows, i))->personal_code));
  g_assert_cmpuint (self->codes->len, >, 1);
  return self;
}

void
konkurs_test_save_essays (KonkursStore                *store,
                          const KonkursTestEssayStage *stage)
{
  konkurs_test_save_essays_of (store, stage->stage_id, stage->codes);
}

void
konkurs_test_save_essays_of (KonkursStore *store,
                             gint64        stage_id,
                             GPtrArray    *codes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_input_free);

  for (guint i = 0; i < codes->len; i++)
    {
      KonkursEssayInput *input = konkurs_essay_input_new (g_ptr_array_index (codes, i));

      g_free (input->topic);
      input->topic = g_strdup ("Мемлекеттік қызметтегі цифрландыру");
      g_free (input->body);
      input->body = g_strdup ("Цифрландыру азаматтарға қызметті жеделдетеді және ашықтықты арттырады.");
      g_free (input->language);
      input->language = g_strdup ("kk");
      input->minutes = 40;
      input->proctor = KONKURS_PROCTOR_ACCEPTED;
      g_ptr_array_add (inputs, input);
    }
  g_assert_true (konkurs_store_save_essays (store, stage_id, inputs, "entry", &error));
  g_assert_no_error (error);
}

void
konkurs_test_grade_essays (KonkursStore *store,
                           gint64        stage_id,
                           GPtrArray    *codes,
                           int           points)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) experts = NULL;

  konkurs_test_save_essays_of (store, stage_id, codes);
  experts = konkurs_test_add_experts (store, 1, NULL);
  g_assert_true (konkurs_store_assign_essays (store, stage_id, NULL, &error));
  g_assert_no_error (error);
  for (guint e = 0; e < experts->len; e++)
    {
      g_autoptr(KonkursEssayPackage) package = konkurs_store_issue_package (store, stage_id,
                                                                          g_array_index (experts, gint64, e), &error);
      g_autoptr(KonkursEssayResults) results = NULL;

      g_assert_no_error (error);
      results = konkurs_test_grade_package (package, points);
      g_assert_true (konkurs_store_import_essay_results (store, results, "entry", NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

GArray *
konkurs_test_add_experts (KonkursStore *store,
                          guint         per_background,
                          const char   *employer)
{
  static const char * const surnames[] = { "Әбілов", "Бекова", "Ғалиев", "Дүйсенова", "Есімов", "Жақыпова" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) experts = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_expert_free);
  static guint serial;
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint b = KONKURS_EXPERT_BACKGROUND_ACADEMIA; b <= KONKURS_EXPERT_BACKGROUND_LAST; b++)
    for (guint i = 0; i < per_background; i++)
      {
        KonkursExpert *expert = konkurs_expert_new ();

        g_free (expert->full_name);
        expert->full_name = g_strdup_printf ("%s Сарапшы %u", surnames[serial % G_N_ELEMENTS (surnames)], serial);
        g_free (expert->email);
        expert->email = g_strdup_printf ("expert%u@example.kz", serial++);
        expert->background = b;
        g_strfreev (expert->sectors);
        expert->sectors = g_strsplit ("digitalisation", ",", -1);
        g_free (expert->employer);
        expert->employer = g_strdup (employer != NULL ? employer : "");
        g_ptr_array_add (experts, expert);
      }
  g_assert_true (konkurs_store_save_experts (store, experts, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < experts->len; i++)
    g_array_append_val (ids, ((KonkursExpert *) g_ptr_array_index (experts, i))->id);
  return ids;
}

KonkursEssayResults *
konkurs_test_grade_package (const KonkursEssayPackage *package,
                            int                        points)
{
  KonkursEssayResults *results = konkurs_essay_results_new (package);

  for (guint i = 0; i < package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = g_ptr_array_index (package->essays, i);

      for (guint c = 0; c < package->rule->criteria->len; c++)
        {
          const KonkursEssayCriterion *criterion = g_ptr_array_index (package->rule->criteria, c);

          konkurs_essay_results_set_points (results, essay->code, criterion->code,
                                            CLAMP (points, criterion->min_points, criterion->max_points));
        }
    }
  konkurs_essay_results_sign (results, package);
  return results;
}

KonkursEssay *
konkurs_test_find_essay (KonkursStore *store,
                         gint64        stage_id,
                         const char   *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) essays = konkurs_store_list_essays (store, stage_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < essays->len; i++)
    if (g_str_equal (((KonkursEssay *) g_ptr_array_index (essays, i))->code, code))
      return g_ptr_array_steal_index (essays, i);
  g_assert_not_reached ();
}
