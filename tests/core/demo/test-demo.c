/* test-demo.c — the demonstration data generator
 *
 * Issue 11: the commissions, their meetings, votes and decisions, and the
 * final results the demo records (test_commissions()).
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "konkurs-demo.h"
#include "konkurs-personal-code.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-commission.h"
#include "konkurs-store-results.h"
#include "konkurs-store-stages.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-verify.h"
#include "konkurs-exchange-essays.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"
#include "konkurs-text.h"

#define N_CANDIDATES 500

static KonkursStore *
generate (guint32 seed)
{
  g_autoptr(GError) error = NULL;
  KonkursStore *store = konkurs_store_open (":memory:", NULL, &error);

  g_assert_no_error (error);
  g_assert_true (konkurs_demo_generate (store, N_CANDIDATES, seed, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return store;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* Every candidate, by id. */
static GPtrArray *
all_candidates (KonkursStore *store,
                gboolean      with_details)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  KonkursCandidateFilter filter;
  GPtrArray *candidates;

  konkurs_candidate_filter_init (&filter);
  ids = konkurs_store_query_candidate_ids (store, &filter, &error);
  g_assert_no_error (error);
  g_array_sort (ids, compare_ids);
  candidates = konkurs_store_get_candidates (store, (const gint64 *) ids->data, ids->len, with_details, &error);
  g_assert_no_error (error);
  return candidates;
}

/* The sex the name's forms say: patronymics in -ұлы/-ович are a son's,
 * in -қызы/-овна a daughter's; surnames in -ов/-ев/-ин a man's and in
 * -ова/-ева/-ина a woman's (a surname without a Russian ending says
 * nothing). */
static KonkursSex
sex_of_patronymic (const char *patronymic)
{
  if (g_str_has_suffix (patronymic, "ұлы") || g_str_has_suffix (patronymic, "вич"))
    return KONKURS_SEX_MALE;
  if (g_str_has_suffix (patronymic, "қызы") || g_str_has_suffix (patronymic, "вна"))
    return KONKURS_SEX_FEMALE;
  return 0;
}

static KonkursSex
sex_of_surname (const char *surname)
{
  if (g_str_has_suffix (surname, "ова") || g_str_has_suffix (surname, "ева")
      || g_str_has_suffix (surname, "ёва") || g_str_has_suffix (surname, "ина"))
    return KONKURS_SEX_FEMALE;
  if (g_str_has_suffix (surname, "ов") || g_str_has_suffix (surname, "ев")
      || g_str_has_suffix (surname, "ёв") || g_str_has_suffix (surname, "ин"))
    return KONKURS_SEX_MALE;
  return 0;
}

static void
test_candidates (void)
{
  g_autoptr(KonkursStore) store = generate (7);
  g_autoptr(GPtrArray) candidates = all_candidates (store, TRUE);
  g_autoptr(GHashTable) iins = g_hash_table_new (g_str_hash, g_str_equal);
  guint kazakh = 0, russian = 0, female = 0, with_surname_sex = 0;

  g_assert_cmpint (konkurs_store_count_candidates (store, NULL), ==, N_CANDIDATES);
  g_assert_cmpuint (candidates->len, ==, N_CANDIDATES);

  for (guint i = 0; i < candidates->len; i++)
    {
      KonkursCandidate *candidate = g_ptr_array_index (candidates, i);
      const char *iin = konkurs_candidate_get_iin (candidate);
      const char *patronymic = konkurs_candidate_get_patronymic (candidate);
      KonkursSex sex = konkurs_candidate_get_sex (candidate);
      KonkursSex by_surname = sex_of_surname (konkurs_candidate_get_surname (candidate));
      const GDate *birth = konkurs_candidate_get_iin_birth_date (candidate);
      GPtrArray *jobs = konkurs_candidate_get_employments (candidate);

      g_assert_true (konkurs_iin_is_valid (iin));
      g_assert_false (g_hash_table_contains (iins, iin));
      g_hash_table_add (iins, (gpointer) iin);

      g_assert_cmpint (sex_of_patronymic (patronymic), ==, sex);
      if (by_surname != 0)
        {
          g_assert_cmpint (by_surname, ==, sex);
          with_surname_sex++;
        }
      kazakh += g_str_has_suffix (patronymic, "ұлы") || g_str_has_suffix (patronymic, "қызы");
      russian += g_str_has_suffix (patronymic, "вич") || g_str_has_suffix (patronymic, "вна");
      female += sex == KONKURS_SEX_FEMALE;

      /* Grown-ups with a diploma, who started to work after it. */
      g_assert_cmpint (g_date_get_year (birth), >=, 1980);
      g_assert_cmpint (g_date_get_year (birth), <=, 2003);
      g_assert_cmpuint (konkurs_candidate_get_education (candidate)->len, >=, 1);
      for (guint j = 0; j < jobs->len; j++)
        {
          KonkursEmployment *job = g_ptr_array_index (jobs, j);

          g_assert_cmpint (g_date_get_year (&job->start), >=, g_date_get_year (birth) + 18);
          g_assert_true (!g_date_valid (&job->end) || g_date_compare (&job->end, &job->start) >= 0);
        }
    }

  /* Both peoples and both sexes, in plausible shares. */
  g_assert_cmpuint (kazakh + russian, ==, N_CANDIDATES);
  g_assert_cmpuint (kazakh, >, N_CANDIDATES / 2);
  g_assert_cmpuint (russian, >, N_CANDIDATES / 10);
  g_assert_cmpuint (female, >, N_CANDIDATES / 3);
  g_assert_cmpuint (female, <, 2 * N_CANDIDATES / 3);
  g_assert_cmpuint (with_surname_sex, >, N_CANDIDATES / 2);
}

static void
test_applications (void)
{
  g_autoptr(KonkursStore) store = generate (11);
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, NULL);
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean procedures[3] = { FALSE };

  g_assert_cmpuint (competitions->len, >=, 5);
  for (guint i = 0; i < competitions->len; i++)
    {
      KonkursCompetition *competition = g_ptr_array_index (competitions, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) applications = NULL;

      procedures[konkurs_competition_get_procedure (competition)] = TRUE;
      applications = konkurs_store_list_candidacies_of_competition (store, konkurs_competition_get_id (competition),
                                                                    &error);
      g_assert_no_error (error);
      for (guint j = 0; j < applications->len; j++)
        {
          const char *code = konkurs_candidacy_get_personal_code (g_ptr_array_index (applications, j));

          g_assert_true (konkurs_personal_code_is_valid (code));
          g_assert_false (g_hash_table_contains (codes, code));
          g_hash_table_add (codes, g_strdup (code));
        }
    }

  g_assert_true (procedures[KONKURS_PROCEDURE_CIVIL_SERVICE]);
  g_assert_true (procedures[KONKURS_PROCEDURE_YOUTH_RESERVE]);
  /* Most candidates applied. */
  g_assert_cmpuint (g_hash_table_size (codes), >, N_CANDIDATES * 3 / 4);
}

static void
assert_bilingual (const KonkursLocalText *text)
{
  g_assert_true (konkurs_local_text_has (text, KONKURS_DOC_LANGUAGE_KK));
  g_assert_true (konkurs_local_text_has (text, KONKURS_DOC_LANGUAGE_RU));
}

/* Every text a document prints has both values, in their own letters;
 * each competition has its number, each vacancy its code; an application
 * to a selection names a sector of its rules. */
static void
test_bilingual (void)
{
  g_autoptr(KonkursStore) store = generate (7);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, &error);
  g_autoptr(GPtrArray) vacancies = konkurs_store_list_vacancies (store, 0, &error);
  g_autoptr(GHashTable) numbers = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_sectors = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < competitions->len; i++)
    {
      KonkursCompetition *competition = g_ptr_array_index (competitions, i);
      g_autoptr(GPtrArray) applications = NULL;
      g_autoptr(KonkursRuleSet) rule_set = NULL;

      assert_bilingual (konkurs_competition_get_state_body_text (competition));
      assert_bilingual (konkurs_competition_get_title_text (competition));
      /* the official Russian name, not the Kazakh one */
      g_assert_null (g_utf8_strchr (konkurs_local_text_get (konkurs_competition_get_state_body_text (competition),
                                                            KONKURS_DOC_LANGUAGE_RU), -1, 0x049B /* қ */));
      g_assert_true (g_str_has_prefix (konkurs_competition_get_number (competition), "2025-"));
      g_assert_true (g_hash_table_add (numbers, (gpointer) konkurs_competition_get_number (competition)));

      if (konkurs_competition_get_procedure (competition) != KONKURS_PROCEDURE_YOUTH_RESERVE)
        continue;
      rule_set = konkurs_store_get_rule_set (store, konkurs_competition_get_rule_set_id (competition), &error);
      applications = konkurs_store_list_candidacies_of_competition (store, konkurs_competition_get_id (competition),
                                                                    &error);
      g_assert_no_error (error);
      for (guint j = 0; j < applications->len; j++, n_sectors++)
        g_assert_nonnull (konkurs_rule_set_find_sector (rule_set,
                                                        konkurs_candidacy_get_sector (applications->pdata[j])));
    }
  g_assert_cmpuint (n_sectors, >, 0);

  g_assert_cmpuint (vacancies->len, >, 0);
  for (guint i = 0; i < vacancies->len; i++)
    {
      KonkursVacancy *vacancy = g_ptr_array_index (vacancies, i);

      assert_bilingual (konkurs_vacancy_get_position_title_text (vacancy));
      assert_bilingual (konkurs_vacancy_get_sector_text (vacancy));
      assert_bilingual (konkurs_vacancy_get_requirements_text (vacancy));
      g_assert_cmpstr (konkurs_vacancy_get_code (vacancy), !=, "");
    }
}

static GPtrArray *
full_names (KonkursStore *store)
{
  g_autoptr(GPtrArray) candidates = all_candidates (store, FALSE);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < candidates->len; i++)
    g_ptr_array_add (names, konkurs_candidate_dup_full_name (g_ptr_array_index (candidates, i)));
  return names;
}

static void
test_deterministic (void)
{
  g_autoptr(KonkursStore) first = generate (2026);
  g_autoptr(KonkursStore) second = generate (2026);
  g_autoptr(KonkursStore) other = generate (2027);
  g_autoptr(GPtrArray) a = full_names (first);
  g_autoptr(GPtrArray) b = full_names (second);
  g_autoptr(GPtrArray) c = full_names (other);
  guint same_as_other = 0;

  g_assert_cmpuint (a->len, ==, b->len);
  g_assert_cmpuint (a->len, ==, c->len);
  for (guint i = 0; i < a->len; i++)
    {
      g_assert_cmpstr (g_ptr_array_index (a, i), ==, g_ptr_array_index (b, i));
      same_as_other += g_str_equal (g_ptr_array_index (a, i), g_ptr_array_index (c, i));
    }
  g_assert_cmpuint (same_as_other, <, a->len / 10);
}

static void
test_cancelled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = konkurs_store_open (":memory:", NULL, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) competitions = NULL;

  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  g_assert_false (konkurs_demo_generate (store, 50, 1, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (konkurs_store_count_candidates (store, NULL), ==, 0);
  competitions = konkurs_store_list_competitions (store, NULL);
  g_assert_cmpuint (competitions->len, ==, 0);
}

static void
cancel_halfway (double   fraction,
                gpointer user_data)
{
  if (fraction >= 0.5)
    g_cancellable_cancel (user_data);
}

/* Cancelled in the middle, nothing stays. */
static void
test_cancelled_midway (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = konkurs_store_open (":memory:", NULL, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) competitions = NULL;

  g_assert_no_error (error);
  g_assert_false (konkurs_demo_generate (store, 200, 1, cancel_halfway, cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (konkurs_store_count_candidates (store, NULL), ==, 0);
  competitions = konkurs_store_list_competitions (store, NULL);
  g_assert_cmpuint (competitions->len, ==, 0);
}

typedef struct {
  gboolean documents_open, testing_part, practical_scores, youth_assessment;
  gboolean tie, absent, retake;
} StagesSeen;

static void
look_at_stage (KonkursStore *store, KonkursStage *stage, KonkursProcedure procedure, StagesSeen *seen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = konkurs_store_list_stage_rows (store, stage->id, &error);
  guint with_result = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      KonkursStageRow *row = g_ptr_array_index (rows, i);

      with_result += row->has_result;
      seen->tie |= row->decision->reason == KONKURS_STAGE_REASON_TIED_AT_CUTOFF;
      seen->absent |= stage->state == KONKURS_STAGE_STATE_CLOSED && row->decision->reason == KONKURS_STAGE_REASON_NO_RESULT;
      seen->retake |= strstr (row->result_text, "attempt 2") != NULL;
    }
  if (stage->kind == KONKURS_STAGE_DOCUMENTS && stage->state == KONKURS_STAGE_STATE_OPEN)
    seen->documents_open = TRUE;
  if (stage->kind == KONKURS_STAGE_TESTING && stage->state == KONKURS_STAGE_STATE_OPEN)
    seen->testing_part |= with_result > 0 && with_result < rows->len;
  if (stage->kind == KONKURS_STAGE_PRACTICAL_TASK && stage->state == KONKURS_STAGE_STATE_OPEN)
    seen->practical_scores |= with_result > 0;
  if (stage->kind == KONKURS_STAGE_ASSESSMENT_CENTRE && procedure == KONKURS_PROCEDURE_YOUTH_RESERVE)
    seen->youth_assessment |= with_result > 0;
}

/* A new user sees a competition at each point of its path, with an
 * absent candidate, a retake and a tie at a cut-off, and the record
 * follows all of it. */
static void
test_stages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = generate (1);
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, &error);
  g_autoptr(KonkursVerifyReport) report = NULL;
  StagesSeen seen = { FALSE, };

  g_assert_no_error (error);
  for (guint i = 0; i < competitions->len; i++)
    {
      KonkursCompetition *competition = g_ptr_array_index (competitions, i);
      g_autoptr(GPtrArray) stages = konkurs_store_list_stages (store, konkurs_competition_get_id (competition), &error);

      g_assert_no_error (error);
      g_assert_cmpuint (stages->len, >=, 5);
      for (guint j = 0; j < stages->len; j++)
        look_at_stage (store, g_ptr_array_index (stages, j), konkurs_competition_get_procedure (competition), &seen);
    }
  g_assert_true (seen.documents_open);
  g_assert_true (seen.testing_part);
  g_assert_true (seen.practical_scores);
  g_assert_true (seen.youth_assessment);
  g_assert_true (seen.tie);
  g_assert_true (seen.absent);
  g_assert_true (seen.retake);

  report = konkurs_store_verify (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}

typedef struct {
  guint meetings, closed, ballots_under_way, chair_tie, deputy_tie, recused, chair_absent, dissents, observers, recordings;
} MeetingsSeen;

static void
look_at_meeting (KonkursStore *store, const KonkursMeeting *meeting, MeetingsSeen *seen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = konkurs_store_list_meeting_rows (store, meeting->id, &error);
  g_autoptr(GPtrArray) attendance = konkurs_store_list_attendance (store, meeting->id, &error);

  g_assert_no_error (error);
  seen->meetings++;
  seen->closed += meeting->closed_at != NULL;
  seen->recordings += meeting->recording_sha256 != NULL && strlen (meeting->recording_sha256) == 64;
  for (guint i = 0; i < meeting->observers->len; i++)
    {
      const KonkursObserver *observer = g_ptr_array_index (meeting->observers, i);
      gboolean in_time = FALSE;

      g_assert_true (konkurs_observer_registered_in_time (konkurs_store_get_calendar (store), &observer->registered_on,
                                                          &meeting->held_on, &in_time, &error));
      g_assert_no_error (error);
      g_assert_true (in_time);
      seen->observers++;
    }
  for (guint i = 0; i < attendance->len; i++)
    {
      const KonkursAttendance *a = g_ptr_array_index (attendance, i);

      seen->chair_absent += a->member->role == KONKURS_COMMISSION_CHAIR && !a->present;
    }
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (rows, i);

      /* every candidate of a closed meeting decided, as the rules decide
       * it now; the meeting under way has decided none yet */
      g_assert_true (row->decided == (meeting->closed_at != NULL));
      if (row->decided)
        g_assert_cmpint (row->recorded, ==, row->result.outcome);
      for (guint j = 0; !row->decided && j < row->ballots->len; j++)
        seen->ballots_under_way += ((KonkursMemberBallot *) g_ptr_array_index (row->ballots, j))->ballot.ballot
                                   != KONKURS_BALLOT_NONE;
      seen->chair_tie += row->result.tie && row->result.casting != KONKURS_BALLOT_NONE
                         && row->result.chairing_role == KONKURS_COMMISSION_CHAIR;
      seen->deputy_tie += row->result.tie && row->result.casting != KONKURS_BALLOT_NONE
                          && row->result.chairing_role == KONKURS_COMMISSION_DEPUTY_CHAIR;
      seen->recused += row->result.n_recused;
      for (guint j = 0; j < row->ballots->len; j++)
        seen->dissents += !konkurs_text_is_blank (((KonkursMemberBallot *) g_ptr_array_index (row->ballots, j))->dissent);
    }
}

typedef struct {
  guint failed, refused_then_reserve, appointed, ties, reserve;
} ResultsSeen;

static void
look_at_results (KonkursStore *store, gint64 competition_id, ResultsSeen *seen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = konkurs_store_list_vacancy_results (store, competition_id, &error);
  g_autoptr(GPtrArray) ties = konkurs_store_list_tie_choices (store, competition_id, &error);

  g_assert_no_error (error);
  seen->ties += ties->len;
  for (guint i = 0; i < results->len; i++)
    {
      const KonkursVacancyResult *result = g_ptr_array_index (results, i);

      seen->failed += result->outcome == KONKURS_VACANCY_OUTCOME_FAILED;
      seen->refused_then_reserve += result->outcome == KONKURS_VACANCY_OUTCOME_RESERVE;
      for (guint j = 0; j < result->rows->len; j++)
        {
          const KonkursFinalRow *row = g_ptr_array_index (result->rows, j);

          if (row->appointment != KONKURS_APPOINTMENT_APPOINTED)
            continue;
          g_assert_false (konkurs_text_is_blank (row->order_number));
          g_assert_true (g_date_valid (&row->order_date));
          seen->appointed++;
        }
    }
}

/* Commissions of every kind, one even; meetings of the interview, the
 * expert commission and the National Commission decided and closed, one
 * interview under way,
 * with a tie the chair decided and one the chairing deputy decided (the
 * chair absent), a recusal, dissents, observers registered in time and
 * the recordings; then a failed vacancy, a refusal passing the position
 * on, appointments by order, the commission's choice at a tie, and the
 * reserve register; the record still verifies. */
static void
test_commissions (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = generate (1);
  g_autoptr(GPtrArray) commissions = konkurs_store_list_commissions (store, &error);
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, &error);
  g_autoptr(GPtrArray) reserve = konkurs_store_list_reserve (store, NULL, &error);
  g_autoptr(KonkursVerifyReport) report = NULL;
  guint kinds[KONKURS_COMMISSION_KIND_NATIONAL + 1] = { 0 }, even = 0;
  MeetingsSeen meetings = { 0 };
  ResultsSeen results = { 0 };

  g_assert_no_error (error);
  for (guint i = 0; i < commissions->len; i++)
    {
      const KonkursCommissionRecord *record = g_ptr_array_index (commissions, i);

      g_assert_null (konkurs_commission_check (record->members));
      kinds[record->kind]++;
      even += konkurs_commission_is_even (record->members);
      g_assert_false (konkurs_local_text_is_blank (record->name));
    }
  g_assert_cmpuint (kinds[KONKURS_COMMISSION_KIND_COMPETITION], >=, 8);
  g_assert_cmpuint (kinds[KONKURS_COMMISSION_KIND_EXPERT], ==, 1);
  g_assert_cmpuint (kinds[KONKURS_COMMISSION_KIND_NATIONAL], ==, 1);
  g_assert_cmpuint (even, >, 0);

  for (guint i = 0; i < competitions->len; i++)
    {
      gint64 id = konkurs_competition_get_id (g_ptr_array_index (competitions, i));
      g_autoptr(GPtrArray) list = konkurs_store_list_meetings (store, id, &error);

      g_assert_no_error (error);
      g_assert_cmpint (konkurs_store_get_competition_commission (store, id, &error), >, 0);
      for (guint j = 0; j < list->len; j++)
        look_at_meeting (store, g_ptr_array_index (list, j), &meetings);
      if (list->len > 0)
        look_at_results (store, id, &results);
    }
  g_assert_cmpuint (meetings.meetings, >=, 3);
  /* one interview under way, half voted */
  g_assert_cmpuint (meetings.closed + 1, ==, meetings.meetings);
  g_assert_cmpuint (meetings.ballots_under_way, >, 0);
  g_assert_cmpuint (meetings.chair_tie, >, 0);
  g_assert_cmpuint (meetings.deputy_tie, >, 0);
  g_assert_cmpuint (meetings.chair_absent, >, 0);
  g_assert_cmpuint (meetings.recused, >, 0);
  g_assert_cmpuint (meetings.dissents, >, 0);
  g_assert_cmpuint (meetings.observers, ==, meetings.meetings);
  g_assert_cmpuint (meetings.recordings, ==, meetings.meetings);
  g_assert_cmpuint (results.failed, >, 0);
  g_assert_cmpuint (results.refused_then_reserve, >, 0);
  g_assert_cmpuint (results.appointed, >, 0);
  g_assert_cmpuint (results.ties, >, 0);
  g_assert_cmpuint (reserve->len, >, 0);

  report = konkurs_store_verify (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}

/* The essay stages of a generated database: (competition, stage) pairs. */
static GArray *
essay_stages (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_no_error (error);
  for (guint c = 0; c < competitions->len; c++)
    {
      g_autoptr(KonkursStage) stage =
        konkurs_store_find_stage (store, konkurs_competition_get_id (g_ptr_array_index (competitions, c)),
                                  KONKURS_STAGE_ESSAY, NULL);

      if (stage != NULL && stage->state != KONKURS_STAGE_STATE_NOT_YET)
        g_array_append_val (ids, stage->id);
    }
  return ids;
}

typedef struct {
  guint kazakh, russian, states[KONKURS_ESSAY_STATUS_FINAL + 1], fourth, chair, unsealed, sealed;
} EssaysSeen;

static void
look_at_essays (KonkursStore *store, gint64 stage_id, EssaysSeen *seen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) essays = konkurs_store_list_essays (store, stage_id, &error);
  gboolean sealed = konkurs_store_get_essays_sealed (store, stage_id, &error);

  g_assert_no_error (error);
  seen->sealed += sealed;
  seen->unsealed += !sealed;
  for (guint i = 0; i < essays->len; i++)
    {
      const KonkursEssay *essay = g_ptr_array_index (essays, i);

      seen->kazakh += g_str_equal (essay->language, "kk");
      seen->russian += g_str_equal (essay->language, "ru");
      seen->states[essay->aggregate.status]++;
      seen->fourth += essay->aggregate.resolution == KONKURS_ESSAY_RESOLVED_FOURTH;
      seen->chair += essay->aggregate.resolution == KONKURS_ESSAY_RESOLVED_CHAIR;
      g_assert_cmpint (essay->word_count, >, 20);
      g_assert_cmpint (essay->minutes, >, 0);
      /* the graders disagree, mostly by a point or two */
      if (essay->aggregate.status == KONKURS_ESSAY_STATUS_FINAL && !essay->aggregate.spread_over)
        g_assert_cmpint (essay->aggregate.spread, <=, 2);
    }
  /* the draw is recorded and replays to the same pairs */
  g_assert_true (konkurs_store_replay_draw (store, stage_id, &error));
  g_assert_no_error (error);
}

/* Experts of all three backgrounds with conflicts; essays in both
 * languages at every state: final (some by a fourth grader, some by the
 * chair), needing resolution, partly graded, rejected; one selection
 * unsealed, the next still sealed. */
static void
test_essays (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = generate (2);
  g_autoptr(GPtrArray) experts = konkurs_store_list_experts (store, &error);
  g_autoptr(GArray) stages = essay_stages (store);
  EssaysSeen seen = { 0 };
  guint backgrounds = 0, conflicts = 0, employers = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < experts->len; i++)
    {
      const KonkursExpert *expert = g_ptr_array_index (experts, i);

      backgrounds |= 1u << expert->background;
      conflicts += expert->conflicts->len;
      employers += !konkurs_text_is_blank (expert->employer);
    }
  g_assert_cmpuint (backgrounds, ==, (1u << 1) | (1u << 2) | (1u << 3));
  g_assert_cmpuint (conflicts, >=, 2);
  g_assert_cmpuint (employers, ==, experts->len);
  g_assert_cmpuint (stages->len, >=, 2);
  for (guint i = 0; i < stages->len; i++)
    look_at_essays (store, g_array_index (stages, gint64, i), &seen);
  g_assert_cmpuint (seen.kazakh, >, 0);
  g_assert_cmpuint (seen.russian, >, 0);
  g_assert_cmpuint (seen.states[KONKURS_ESSAY_STATUS_FINAL], >, 10);
  g_assert_cmpuint (seen.states[KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION], >, 0);
  g_assert_cmpuint (seen.states[KONKURS_ESSAY_STATUS_PARTLY_GRADED] + seen.states[KONKURS_ESSAY_STATUS_ASSIGNED], >, 0);
  g_assert_cmpuint (seen.fourth, >, 0);
  g_assert_cmpuint (seen.chair, >, 0);
  g_assert_cmpuint (seen.unsealed, >, 0);
  g_assert_cmpuint (seen.sealed, >, 0);
}

/* What @text holds of a candidate's identity that a package must never
 * hold: the employers the candidates worked for and the vacancies' codes
 * (names, IINs and birth dates are konkurs_test_assert_anonymous()'s). */
static void
assert_no_employer_or_vacancy (KonkursStore *store, GPtrArray *candidates, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) vacancies = konkurs_store_list_vacancies (store, 0, &error);

  g_assert_no_error (error);
  g_assert_null (strstr (text, "vacancy"));
  g_assert_null (strstr (text, "application"));
  for (guint i = 0; i < candidates->len; i++)
    {
      GPtrArray *jobs = konkurs_candidate_get_employments (g_ptr_array_index (candidates, i));

      for (guint j = 0; j < jobs->len; j++)
        g_assert_null (strstr (text, ((KonkursEmployment *) g_ptr_array_index (jobs, j))->employer));
    }
  for (guint i = 0; i < vacancies->len; i++)
    {
      const char *code = konkurs_vacancy_get_code (g_ptr_array_index (vacancies, i));

      /* the demo numbers its vacancies "1", "2"…: a digit says nothing,
       * a code of its own would */
      if (strlen (code) >= 4)
        g_assert_null (strstr (text, code));
    }
}

/* Every package of every expert of a generated database, as written to
 * the file the expert takes away, holds nothing of a candidate's
 * identity: the expert's own name aside, no candidate's name, IIN, birth
 * date, employer or vacancy. */
static void
test_packages_anonymous (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = generate (3);
  g_autoptr(GArray) stages = essay_stages (store);
  g_autoptr(GPtrArray) candidates = all_candidates (store, TRUE);
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-demo-packages-XXXXXX");
  guint n_packages = 0, n_essays = 0;

  for (guint s = 0; s < stages->len; s++)
    {
      gint64 stage_id = g_array_index (stages, gint64, s);
      g_autoptr(GPtrArray) loads = konkurs_store_list_expert_loads (store, stage_id, &error);

      g_assert_no_error (error);
      for (guint i = 0; i < loads->len; i++)
        {
          const KonkursExpertLoad *load = g_ptr_array_index (loads, i);
          g_autoptr(KonkursEssayPackage) package = NULL;
          g_autofree char *path = NULL;
          g_autofree char *text = NULL;
          g_autofree char *without_expert = NULL;
          g_auto(GStrv) split = NULL;

          if (load->assigned == 0)
            continue;
          package = konkurs_store_issue_package (store, stage_id, load->expert_id, &error);
          g_assert_no_error (error);
          path = g_strdup_printf ("%s/package-%u.xml", dir, n_packages++);
          g_assert_true (konkurs_exchange_write_package (package, path, &error));
          g_assert_no_error (error);
          g_assert_true (g_file_get_contents (path, &text, NULL, &error));
          g_assert_no_error (error);
          g_assert_nonnull (strstr (text, package->package_id));
          n_essays += package->essays->len;
          /* the expert is named in their own package: take the name out
           * before looking for candidates', whose words it may share */
          without_expert = g_strjoinv ("", split = g_strsplit (text, package->expert_name, -1));
          konkurs_test_assert_anonymous (store, catalog, without_expert);
          assert_no_employer_or_vacancy (store, candidates, without_expert);
          g_unlink (path);
        }
    }
  g_test_message ("%u packages, %u essays", n_packages, n_essays);
  g_assert_cmpuint (n_packages, >, 10);
  g_assert_cmpuint (n_essays, >, 20);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/candidates", test_candidates);
  g_test_add_func ("/demo/applications", test_applications);
  g_test_add_func ("/demo/bilingual", test_bilingual);
  g_test_add_func ("/demo/deterministic", test_deterministic);
  g_test_add_func ("/demo/cancelled", test_cancelled);
  g_test_add_func ("/demo/cancelled-midway", test_cancelled_midway);
  g_test_add_func ("/demo/stages", test_stages);
  g_test_add_func ("/demo/essays", test_essays);
  g_test_add_func ("/demo/commissions", test_commissions);
  g_test_add_func ("/demo/packages-anonymous", test_packages_anonymous);

  return g_test_run ();
}
