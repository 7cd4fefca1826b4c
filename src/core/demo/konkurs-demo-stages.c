/* konkurs-demo-stages.c — competitions of the demonstration data at each
 * point of their path
 *
 * One civil-service competition is left with its documents under review;
 * the next has its testing open with part of the results in; the next has
 * its tests closed (an absent candidate, a retake, a tie at the cut-off
 * of a leadership vacancy), its essays scored and closed, and the
 * practical task open with some members' scores; the next has its
 * practical task closed and waits for the interview; a Youth Reserve
 * selection has its tests and essays closed (every essay final, the
 * writers unsealed) and the assessment centre's results in; the next
 * selection is grading its essays (konkurs-demo-essays.c).  Scores follow each candidate's ability, so that the lists
 * look like a real competition's.  Everything is written through the
 * store's public functions, so the record follows it as it would follow a
 * secretary.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-demo-essays.h"
#include "konkurs-demo-stages.h"
#include "konkurs-store-decisions.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-stages.h"

typedef struct {
  KonkursStore *store;
  GRand        *rand;
  GArray       *members;   /* of gint64: the voting members of the commission */
  gint64       *twins;     /* two applications made equal in every stage (issue 11's tie at a winner's place) */
} Filler;

static const char * const assessors[] = {
  "Садықова Мадина Ерболқызы", "Смирнова Елена Викторовна", "Жақыпов Нұрсұлтан Бауыржанұлы",
};

static const char * const competencies[] = {
  "leadership", "analytical-thinking", "communication", "teamwork", "results-orientation",
};

/* An ability between 0 and 1, bell-shaped around 0.62. */
static double
ability (GRand *rand)
{
  double sum = g_rand_double (rand) + g_rand_double (rand) + g_rand_double (rand);

  return CLAMP (0.62 + (sum - 1.5) * 0.33, 0.05, 0.98);
}

static int
scale (GRand *rand, double ability_value, int max)
{
  double noisy = ability_value + (g_rand_double (rand) - 0.5) * 0.3;

  return CLAMP ((int) (noisy * max + 0.5), 0, max);
}

static GPtrArray *
rows_of (KonkursStore *store, KonkursStage *stage, GError **error)
{
  return konkurs_store_list_stage_rows (store, stage->id, error);
}

static KonkursStage *
find (KonkursStore *store, gint64 competition_id, KonkursStageKind kind, GError **error)
{
  return konkurs_store_find_stage (store, competition_id, kind, error);
}

/* The rows of stage @kind of @competition_id, the stage into *@stage. */
static GPtrArray *
stage_rows (Filler *f, gint64 competition_id, KonkursStageKind kind, KonkursStage **stage, GError **error)
{
  *stage = find (f->store, competition_id, kind, error);
  return *stage != NULL ? rows_of (f->store, *stage, error) : NULL;
}

/* Whether the only requirements @failures finds unmet are certificates of
 * the tests: the testing stage gives them. */
static gboolean
only_certificates (GPtrArray *failures)
{
  for (guint i = 0; i < failures->len; i++)
    {
      KonkursEligibilityFailure *failure = g_ptr_array_index (failures, i);

      if (failure->code != KONKURS_ELIGIBILITY_CERTIFICATE_MISSING &&
          failure->code != KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED)
        return FALSE;
    }
  return failures->len > 0;
}

/* Decides every application the secretary left open, as the engine says,
 * so that the documents review can close; those who lack only the tests'
 * certificates are admitted to the testing with the secretary's reason. */
static gboolean
decide_pending (Filler *f, KonkursStage *documents, GError **error)
{
  g_autoptr(GPtrArray) rows = rows_of (f->store, documents, error);
  /* deciding changes nothing the engine reads of the competition */
  g_autoptr(KonkursEligibilityCache) cache = konkurs_eligibility_cache_new ();

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      KonkursStageRow *row = g_ptr_array_index (rows, i);
      g_autoptr(GPtrArray) failures = NULL;
      gboolean to_testing;

      if (row->decision->outcome == KONKURS_STAGE_OUTCOME_GOES_ON ||
          row->decision->reason == KONKURS_STAGE_REASON_WITHDRAWN)
        continue;
      failures = konkurs_store_check_candidacy_cached (f->store, cache, row->application_id, error);
      if (failures == NULL)
        return FALSE;
      to_testing = only_certificates (failures);
      if (row->decision->outcome == KONKURS_STAGE_OUTCOME_PENDING || to_testing)
        if (!konkurs_store_decide_candidacy_cached (f->store, cache, row->application_id,
                                                    failures->len == 0 || to_testing,
                                                    to_testing ? "Сертификаты о прохождении тестирования "
                                                                 "будут получены на этапе тестирования" : NULL,
                                                    error))
          return FALSE;
    }
  return TRUE;
}

static gboolean
close_kind (Filler *f, gint64 competition_id, KonkursStageKind kind, GError **error)
{
  g_autoptr(KonkursStage) stage = find (f->store, competition_id, kind, error);

  return stage != NULL && konkurs_store_close_stage (f->store, stage->id, TRUE, error);
}

/* Testing */

typedef struct {
  gint64   application_id;
  gint64   vacancy_id;
  gboolean leadership;
  gboolean absent;
  int      acts[4];
  int      qualities;
  gboolean language;
} CivilScore;

static const char * const act_codes[] = { "constitution", "civil-service-law", "anti-corruption-law", "ethics-code" };
static const int act_questions[] = { 15, 15, 15, 10 };

static int
legislation_total (const CivilScore *score)
{
  return score->acts[0] + score->acts[1] + score->acts[2] + score->acts[3];
}

static gboolean
passes_legislation (const CivilScore *score)
{
  return !score->absent && legislation_total (score) >= 30 && score->acts[0] >= 5 && score->acts[1] >= 5 &&
         score->acts[2] >= 5 && score->acts[3] >= 5;
}

static void
draw_civil (GRand *rand, KonkursStageRow *row, CivilScore *score)
{
  double a = ability (rand);

  score->application_id = row->application_id;
  score->vacancy_id = row->vacancy_id;
  score->leadership = row->track == KONKURS_TRACK_LEADERSHIP;
  score->absent = g_rand_int_range (rand, 0, 100) < 4;
  for (guint i = 0; i < G_N_ELEMENTS (act_codes); i++)
    for (int q = 0; q < act_questions[i]; q++)
      score->acts[i] += g_rand_double (rand) < a;
  score->qualities = scale (rand, a, 100);
  score->language = g_rand_int_range (rand, 0, 100) < 97;
}

static int
compare_qualities (gconstpointer a, gconstpointer b)
{
  return (*(CivilScore * const *) b)->qualities - (*(CivilScore * const *) a)->qualities;
}

/* In the first leadership vacancy with more than five who pass the
 * legislation test, the sixth best personal-qualities score equals the
 * fifth: a tie across the cut-off, and both go on. */
static void
make_tie (GArray *scores)
{
  for (guint i = 0; i < scores->len; i++)
    {
      CivilScore *first = &g_array_index (scores, CivilScore, i);
      g_autoptr(GPtrArray) passing = g_ptr_array_new ();

      if (!first->leadership)
        continue;
      for (guint j = 0; j < scores->len; j++)
        {
          CivilScore *other = &g_array_index (scores, CivilScore, j);

          if (other->vacancy_id == first->vacancy_id && passes_legislation (other) && other->language)
            g_ptr_array_add (passing, other);
        }
      if (passing->len <= 5)
        continue;
      g_ptr_array_sort (passing, compare_qualities);
      ((CivilScore *) g_ptr_array_index (passing, 5))->qualities =
        ((CivilScore *) g_ptr_array_index (passing, 4))->qualities;
      return;
    }
}

/* In the first non-leadership vacancy with two who pass, the second gets
 * the first's personal qualities (the score the tests rank by), to be
 * equal with it in the practical task too: twins the commission must
 * choose between at the interview. */
static void
make_twins (Filler *f, GArray *scores)
{
  for (guint i = 0; i < scores->len; i++)
    for (guint j = 0; j < i; j++)
      {
        CivilScore *first = &g_array_index (scores, CivilScore, j);
        CivilScore *second = &g_array_index (scores, CivilScore, i);

        if (second->leadership || second->vacancy_id != first->vacancy_id || !passes_legislation (first)
            || !passes_legislation (second) || !first->language || !second->language)
          continue;
        second->qualities = first->qualities;
        f->twins[0] = first->application_id;
        f->twins[1] = second->application_id;
        return;
      }
}

static gboolean
add_result (KonkursStageResults *batch, gint64 app, const char *test, gboolean present, int score,
            const int *parts, GError **error)
{
  g_autoptr(KonkursTestResult) result = konkurs_test_result_new (app, test);

  result->present = present;
  result->score = present ? score : 0;
  for (guint i = 0; present && parts != NULL && i < G_N_ELEMENTS (act_codes); i++)
    konkurs_test_result_add_part (result, act_codes[i], parts[i]);
  g_free (result->source);
  result->source = g_strdup ("import: testing-centre.xml");
  return konkurs_stage_results_add_test (batch, result, FALSE, error);
}

static gboolean
write_civil (KonkursStageResults *batch, const CivilScore *s, GError **error)
{
  return add_result (batch, s->application_id, "legislation", !s->absent, legislation_total (s), s->acts, error) &&
         add_result (batch, s->application_id, "personal-qualities", !s->absent, s->qualities, NULL, error) &&
         add_result (batch, s->application_id, "state-language", !s->absent, s->language, NULL, error);
}

/* A candidate who failed the legislation test by little sat it again
 * and passed: both attempts are kept. */
static gboolean
write_retake (KonkursStageResults *batch, GArray *scores, GError **error)
{
  for (guint i = 0; i < scores->len; i++)
    {
      CivilScore *s = &g_array_index (scores, CivilScore, i);
      int better[4];

      if (s->absent || passes_legislation (s) || legislation_total (s) < 20)
        continue;
      for (guint j = 0; j < G_N_ELEMENTS (better); j++)
        better[j] = MAX (s->acts[j], act_questions[j] * 3 / 5);
      return add_result (batch, s->application_id, "legislation", TRUE, better[0] + better[1] + better[2] + better[3],
                         better, error);
    }
  return TRUE;
}

/* The tests of a civil-service competition: all of them (@complete, with
 * a tie and a retake) or about three in five. */
static gboolean
fill_civil_testing (Filler *f, gint64 competition_id, gboolean complete, GError **error)
{
  g_autoptr(KonkursStage) stage = NULL;
  g_autoptr(GPtrArray) rows = stage_rows (f, competition_id, KONKURS_STAGE_TESTING, &stage, error);
  g_autoptr(GArray) scores = g_array_new (FALSE, TRUE, sizeof (CivilScore));
  g_autoptr(KonkursStageResults) batch = NULL;

  /* as an import writes them: the stage and its entrants read once, not
   * for each of the results */
  if (rows == NULL || (batch = konkurs_store_stage_results_new (f->store, stage->id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      CivilScore score = { 0 };

      draw_civil (f->rand, g_ptr_array_index (rows, i), &score);
      if (complete || g_rand_int_range (f->rand, 0, 100) < 60)
        g_array_append_val (scores, score);
    }
  if (complete)
    make_tie (scores);
  if (complete && f->twins != NULL && f->twins[0] == 0)
    make_twins (f, scores);
  for (guint i = 0; i < scores->len; i++)
    if (!write_civil (batch, &g_array_index (scores, CivilScore, i), error))
      return FALSE;
  return !complete || write_retake (batch, scores, error);
}

static gboolean
fill_youth_testing (Filler *f, gint64 competition_id, GError **error)
{
  g_autoptr(KonkursStage) stage = NULL;
  g_autoptr(GPtrArray) rows = stage_rows (f, competition_id, KONKURS_STAGE_TESTING, &stage, error);
  g_autoptr(KonkursStageResults) batch = NULL;

  if (rows == NULL || (batch = konkurs_store_stage_results_new (f->store, stage->id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      gint64 app = ((KonkursStageRow *) g_ptr_array_index (rows, i))->application_id;
      double a = ability (f->rand);
      gboolean present = g_rand_int_range (f->rand, 0, 100) >= 3;

      if (!add_result (batch, app, "text", present, scale (f->rand, a, 25), NULL, error) ||
          !add_result (batch, app, "numeric", present, scale (f->rand, a, 25), NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* Scores by people */

/* The essays of the competition's essay stage, through the grading of
 * issue 10 (konkurs-demo-essays.c), taken as far as @how says. */
static gboolean
fill_essays (Filler *f, gint64 competition_id, KonkursDemoEssays how, GError **error)
{
  g_autoptr(KonkursStage) stage = find (f->store, competition_id, KONKURS_STAGE_ESSAY, error);

  return stage != NULL && konkurs_demo_fill_essays (f->store, f->rand, stage->id, how, error);
}

/* The members' scores of one application in the practical task. */
typedef struct {
  gint64 application_id;
  gint64 vacancy_id;
  int    scores[8];
  int    sum;
} TaskScore;

static int
compare_sums (gconstpointer a, gconstpointer b)
{
  return (*(TaskScore * const *) b)->sum - (*(TaskScore * const *) a)->sum;
}

/* In the first vacancy with more than three in the task, the fourth best
 * gets the scores of the third: a tie at the cut-off of three places. */
static void
make_task_tie (GArray *scores, guint n_members)
{
  for (guint i = 0; i < scores->len; i++)
    {
      g_autoptr(GPtrArray) same = g_ptr_array_new ();
      TaskScore *third, *fourth;

      for (guint j = 0; j < scores->len; j++)
        if (g_array_index (scores, TaskScore, j).vacancy_id == g_array_index (scores, TaskScore, i).vacancy_id)
          g_ptr_array_add (same, &g_array_index (scores, TaskScore, j));
      if (same->len <= 3)
        continue;
      g_ptr_array_sort (same, compare_sums);
      third = g_ptr_array_index (same, 2);
      fourth = g_ptr_array_index (same, 3);
      memcpy (fourth->scores, third->scores, sizeof third->scores);
      fourth->sum = third->sum;
      return;
    }
}

/* Each voting member scores the practical task of @percent of those in
 * it, 1 to 5 around their ability. */
static gboolean
fill_practical (Filler *f, gint64 competition_id, int percent, GError **error)
{
  g_autoptr(KonkursStage) stage = NULL;
  g_autoptr(GPtrArray) rows = stage_rows (f, competition_id, KONKURS_STAGE_PRACTICAL_TASK, &stage, error);
  g_autoptr(GArray) scores = g_array_new (FALSE, TRUE, sizeof (TaskScore));
  guint n_members = MIN (f->members->len, G_N_ELEMENTS (((TaskScore *) NULL)->scores));

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      KonkursStageRow *row = g_ptr_array_index (rows, i);
      TaskScore score = { row->application_id, row->vacancy_id, { 0 }, 0 };
      double a = ability (f->rand);

      if (g_rand_int_range (f->rand, 0, 100) >= percent)
        continue;
      for (guint m = 0; m < n_members; m++)
        score.sum += score.scores[m] = CLAMP (1 + scale (f->rand, a, 4), 1, 5);
      g_array_append_val (scores, score);
    }
  if (percent == 100)
    make_task_tie (scores, n_members);
  /* the twins score full marks alike: both go on to the interview */
  for (guint i = 0; percent == 100 && f->twins != NULL && i < scores->len; i++)
    if (g_array_index (scores, TaskScore, i).application_id == f->twins[0]
        || g_array_index (scores, TaskScore, i).application_id == f->twins[1])
      for (guint m = 0; m < n_members; m++)
        g_array_index (scores, TaskScore, i).scores[m] = 5;
  for (guint i = 0; i < scores->len; i++)
    for (guint m = 0; m < n_members; m++)
      if (!konkurs_store_set_member_score (f->store, stage->id, g_array_index (scores, TaskScore, i).application_id,
                                           g_array_index (f->members, gint64, m),
                                           g_array_index (scores, TaskScore, i).scores[m], NULL, error))
        return FALSE;
  return TRUE;
}

static gboolean
fill_assessment (Filler *f, gint64 competition_id, GError **error)
{
  g_autoptr(KonkursStage) stage = NULL;
  g_autoptr(GPtrArray) rows = stage_rows (f, competition_id, KONKURS_STAGE_ASSESSMENT_CENTRE, &stage, error);

  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(KonkursAssessment) assessment = NULL;
      double a = ability (f->rand);

      assessment = konkurs_assessment_new (((KonkursStageRow *) g_ptr_array_index (rows, i))->application_id);
      for (guint c = 0; c < G_N_ELEMENTS (competencies); c++)
        konkurs_assessment_add (assessment, competencies[c], assessors[(i + c) % 2],
                                CLAMP (1 + scale (f->rand, a, 4), 1, 5));
      g_free (assessment->supervisor);
      assessment->supervisor = g_strdup (assessors[2]);
      assessment->interview_rating = CLAMP (1 + scale (f->rand, a, 4), 1, 5);
      if (!konkurs_store_save_assessment (f->store, stage->id, assessment, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* The documents review closed, every application decided first. */
static gboolean
close_documents (Filler *f, gint64 competition_id, GError **error)
{
  g_autoptr(KonkursStage) documents = find (f->store, competition_id, KONKURS_STAGE_DOCUMENTS, error);

  return documents != NULL && decide_pending (f, documents, error) &&
         konkurs_store_close_stage (f->store, documents->id, FALSE, error);
}

/* Whether the competition has stage @kind: the essay only when it has a
 * leadership vacancy, the practical task a non-leadership one. */
static gboolean
has_stage (Filler *f, gint64 competition_id, KonkursStageKind kind, gboolean *has, GError **error)
{
  g_autoptr(GPtrArray) stages = konkurs_store_list_stages (f->store, competition_id, error);

  *has = FALSE;
  for (guint i = 0; stages != NULL && i < stages->len; i++)
    *has |= ((KonkursStage *) g_ptr_array_index (stages, i))->kind == kind;
  return stages != NULL;
}

/* The tests closed, the essays (if any) scored and closed: the practical
 * task open. */
static gboolean
through_essay (Filler *f, gint64 competition_id, GError **error)
{
  gboolean essay;

  return close_documents (f, competition_id, error) &&
         fill_civil_testing (f, competition_id, TRUE, error) &&
         close_kind (f, competition_id, KONKURS_STAGE_TESTING, error) &&
         has_stage (f, competition_id, KONKURS_STAGE_ESSAY, &essay, error) &&
         (!essay || (fill_essays (f, competition_id, KONKURS_DEMO_ESSAYS_FINAL, error) &&
                     close_kind (f, competition_id, KONKURS_STAGE_ESSAY, error)));
}

static gboolean
fill_practical_if_any (Filler *f, gint64 competition_id, int percent, gboolean close, GError **error)
{
  gboolean practical;

  return has_stage (f, competition_id, KONKURS_STAGE_PRACTICAL_TASK, &practical, error) &&
         (!practical || (fill_practical (f, competition_id, percent, error) &&
                         (!close || close_kind (f, competition_id, KONKURS_STAGE_PRACTICAL_TASK, error))));
}

static gboolean
load_members (Filler *f, GError **error)
{
  g_autoptr(GPtrArray) commission = konkurs_store_list_commission (f->store, error);

  if (commission == NULL)
    return FALSE;
  for (guint i = 0; i < commission->len; i++)
    {
      KonkursCommissionMember *member = g_ptr_array_index (commission, i);

      if (konkurs_commission_role_votes (member->role))
        g_array_append_val (f->members, member->id);
    }
  return TRUE;
}

gboolean
konkurs_demo_fill_stages (KonkursStore  *store,
                          guint32        seed,
                          const gint64  *civil,
                          guint          n_civil,
                          const gint64  *youth,
                          guint          n_youth,
                          gint64        *twins,
                          GError       **error)
{
  Filler f = { store, g_rand_new_with_seed (seed ^ 0x57a9e5), g_array_new (FALSE, FALSE, sizeof (gint64)), NULL };
  gboolean ok = load_members (&f, error);

  /* every competition has its stages; civil[0] stays at its documents */
  for (guint i = 0; ok && i < n_civil + n_youth; i++)
    {
      GPtrArray *stages = konkurs_store_list_stages (store, i < n_civil ? civil[i] : youth[i - n_civil], error);

      ok = stages != NULL;
      g_clear_pointer (&stages, g_ptr_array_unref);
    }
  if (ok && n_civil > 1)
    ok = close_documents (&f, civil[1], error) && fill_civil_testing (&f, civil[1], FALSE, error);
  if (ok && n_civil > 2)
    ok = through_essay (&f, civil[2], error) && fill_practical_if_any (&f, civil[2], 70, FALSE, error);
  twins[0] = twins[1] = 0;
  if (ok && n_civil > 3)
    {
      f.twins = twins;
      ok = through_essay (&f, civil[3], error) && fill_practical_if_any (&f, civil[3], 100, TRUE, error);
      f.twins = NULL;
    }
  /* civil[4] reaches its interview, which the commission demo leaves
   * half voted: a meeting to continue in the window */
  if (ok && n_civil > 4)
    ok = through_essay (&f, civil[4], error) && fill_practical_if_any (&f, civil[4], 100, TRUE, error);
  if (ok && n_youth > 0)
    ok = close_documents (&f, youth[0], error) && fill_youth_testing (&f, youth[0], error) &&
         close_kind (&f, youth[0], KONKURS_STAGE_TESTING, error) &&
         fill_essays (&f, youth[0], KONKURS_DEMO_ESSAYS_FINAL, error) &&
         close_kind (&f, youth[0], KONKURS_STAGE_ESSAY, error) && fill_assessment (&f, youth[0], error);
  if (ok && n_youth > 1)
    ok = close_documents (&f, youth[1], error) && fill_youth_testing (&f, youth[1], error) &&
         close_kind (&f, youth[1], KONKURS_STAGE_TESTING, error) &&
         fill_essays (&f, youth[1], KONKURS_DEMO_ESSAYS_IN_PROGRESS, error);

  g_rand_free (f.rand);
  g_array_unref (f.members);
  return ok;
}
