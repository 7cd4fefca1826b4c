/* konkurs-test-essay-area.c — what the Essays area shows: an essay stage
 * with every candidate in it, named experts, essays and grades
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-store-stages.h"
#include "konkurs-test-essay-area.h"

void
konkurs_test_essay_area_free (KonkursTestEssayArea *self)
{
  g_clear_pointer (&self->competition, konkurs_test_stage_competition_free);
  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_pointer (&self->experts, g_array_unref);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_free (self);
}

static gint64
add_expert (KonkursStore            *store,
            const char              *name,
            KonkursExpertBackground  background,
            const char              *employer)
{
  g_autoptr(GPtrArray) experts = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_expert_free);
  g_autoptr(GError) error = NULL;
  KonkursExpert *expert = konkurs_expert_new ();
  const char *sectors[] = { KONKURS_TEST_ESSAY_SECTOR, NULL };

  g_free (expert->full_name);
  expert->full_name = g_strdup (name);
  expert->background = background;
  g_strfreev (expert->sectors);
  expert->sectors = g_strdupv ((char **) sectors);
  g_free (expert->employer);
  expert->employer = g_strdup (employer);
  g_free (expert->email);
  expert->email = g_strdup_printf ("expert%d@example.kz", background);
  g_ptr_array_add (experts, expert);
  g_assert_true (konkurs_store_save_experts (store, experts, &error));
  g_assert_no_error (error);
  g_assert_cmpint (expert->id, >, 0);
  return expert->id;
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static KonkursStage *
find_stage (KonkursStore     *store,
            gint64            competition_id,
            KonkursStageKind  kind)
{
  g_autoptr(GError) error = NULL;
  KonkursStage *stage = konkurs_store_find_stage (store, competition_id, kind, &error);

  g_assert_no_error (error);
  return stage;
}

KonkursTestEssayArea *
konkurs_test_essay_area_new (KonkursStore *store,
                              guint         n_candidates)
{
  static const struct {
    const char              *name;
    KonkursExpertBackground  background;
    const char              *employer;
  } experts[] = {
    { "Ахметов Бауыржан Серікұлы", KONKURS_EXPERT_BACKGROUND_ACADEMIA, "ӘЛ-ФАРАБИ АТЫНДАҒЫ ҚАЗҰУ" },
    { "Иванова Ольга Петровна", KONKURS_EXPERT_BACKGROUND_BUSINESS, "ТОО «Дата Сервис»" },
    { "Жұмабаев Ерлан Қайратұлы", KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE, "Мемлекеттік қызмет істері агенттігі" },
    { "Смагулова Айгерим Маратовна", KONKURS_EXPERT_BACKGROUND_ACADEMIA, "Назарбаев Университеті" },
  };
  KonkursTestEssayArea *self = g_new0 (KonkursTestEssayArea, 1);
  g_autoptr(KonkursStage) essay = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  self->competition = konkurs_test_stage_competition_new (store, KONKURS_PROCEDURE_YOUTH_RESERVE, n_candidates);
  konkurs_test_stage_pass_all (store, self->competition->stage_id);
  g_assert_true (konkurs_store_close_stage (store, self->competition->stage_id, FALSE, &error));
  g_assert_no_error (error);
  essay = find_stage (store, self->competition->competition_id, KONKURS_STAGE_ESSAY);
  g_assert_cmpint (essay->state, ==, KONKURS_STAGE_STATE_OPEN);
  self->stage_id = essay->id;

  rows = konkurs_store_list_stage_rows (store, essay->id, &error);
  g_assert_no_error (error);
  self->codes = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (self->codes, g_strdup (((KonkursStageRow *) rows->pdata[i])->personal_code));
  g_ptr_array_sort (self->codes, compare_codes);
  g_assert_cmpuint (self->codes->len, ==, n_candidates);

  self->experts = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->names = g_ptr_array_new ();
  for (guint i = 0; i < G_N_ELEMENTS (experts); i++)
    {
      gint64 id = add_expert (store, experts[i].name, experts[i].background, experts[i].employer);

      g_array_append_val (self->experts, id);
      g_ptr_array_add (self->names, (gpointer) experts[i].name);
    }
  return self;
}

void
konkurs_test_essay_area_add (KonkursStore *store,
                        gint64        stage_id,
                        const char   *code,
                        gboolean      rejected)
{
  g_autoptr(GPtrArray) inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_input_free);
  g_autoptr(GError) error = NULL;
  KonkursEssayInput *input = konkurs_essay_input_new (code);

  g_free (input->topic);
  input->topic = g_strdup ("Цифрлық мемлекет: азаматқа не береді?");
  g_free (input->body);
  input->body = g_strdup ("Цифрлық қызметтер азаматтың уақытын үнемдейді. Мемлекеттік органдар деректерді "
                          "бір-бірімен алмасқанда анықтама сұрау азаяды. Бірақ цифрлық сауаттылық барлық өңірде "
                          "бірдей емес, сондықтан оқыту бағдарламалары қажет.");
  g_free (input->language);
  input->language = g_strdup ("kk");
  input->minutes = 40;
  input->proctor = rejected ? KONKURS_PROCTOR_REJECTED : KONKURS_PROCTOR_ACCEPTED;
  g_free (input->proctor_note);
  input->proctor_note = g_strdup (rejected ? "Бөгде адам көмектесті" : "");
  g_ptr_array_add (inputs, input);
  g_assert_true (konkurs_store_save_essays (store, stage_id, inputs, "entry", &error));
  g_assert_no_error (error);
}

gint64
konkurs_test_essay_area_find (KonkursStore *store,
                       gint64        stage_id,
                       const char   *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) essays = konkurs_store_list_essays (store, stage_id, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < essays->len; i++)
    if (g_str_equal (((KonkursEssay *) essays->pdata[i])->code, code))
      return ((KonkursEssay *) essays->pdata[i])->id;
  g_assert_not_reached ();
  return 0;
}

KonkursEssayResults *
konkurs_test_essay_area_grade (KonkursStore *store,
                          gint64        stage_id,
                          gint64        expert_id,
                          const char   *low_code,
                          const char   *skip_code,
                          gboolean      import)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursEssayPackage) package = konkurs_store_issue_package (store, stage_id, expert_id, &error);
  g_autoptr(KonkursEssayResults) results = NULL;

  g_assert_no_error (error);
  results = konkurs_essay_results_new (package);
  for (guint i = 0; i < package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = package->essays->pdata[i];

      if (g_strcmp0 (essay->code, skip_code) == 0)
        continue;
      for (guint j = 0; j < package->rule->criteria->len; j++)
        {
          const KonkursEssayCriterion *criterion = package->rule->criteria->pdata[j];

          konkurs_essay_results_set_points (results, essay->code, criterion->code,
                                            g_strcmp0 (essay->code, low_code) == 0 ? criterion->min_points
                                                                                   : criterion->max_points);
        }
      konkurs_essay_results_set_comment (results, essay->code, "Дәлелдер жүйелі, мысалдар орынды.");
    }
  konkurs_essay_results_sign (results, package);
  if (import)
    {
      g_assert_true (konkurs_store_import_essay_results (store, results, "test", NULL, NULL, &error));
      g_assert_no_error (error);
    }
  return g_steal_pointer (&results);
}
