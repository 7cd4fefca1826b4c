/* konkurs-test-final.c — a competition at its last commission stage
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-private.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-final.h"
#include "konkurs-test-stage-results.h"
#include "konkurs-test-util.h"

void
konkurs_test_final_free (KonkursTestFinal *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < self->n_apps; i++)
    g_free (self->codes[i]);
  g_free (self->number);
  g_free (self);
}

void
konkurs_test_final_exec (KonkursTestFinal *self,
                         const char       *sql)
{
  konkurs_test_exec (konkurs_store_get_db (self->store), sql);
}

static KonkursStage *
find_stage (KonkursTestFinal *self,
            KonkursStageKind  kind)
{
  g_autoptr(GError) error = NULL;
  KonkursStage *stage = konkurs_store_find_stage (self->store, self->competition, kind, &error);

  g_assert_no_error (error);
  return stage;
}

static void
close_stage (KonkursTestFinal *self,
             KonkursStageKind  kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) stage = find_stage (self, kind);

  g_assert_true (konkurs_store_close_stage (self->store, stage->id, FALSE, &error));
  g_assert_no_error (error);
}

/* Closes stage @kind by SQL with everyone who entered going on, and opens
 * the next one: for stages whose results the final ranking does not read. */
static void
skip_stage (KonkursTestFinal *self,
            KonkursStageKind  kind)
{
  g_autoptr(KonkursStage) stage = find_stage (self, kind);
  g_autofree char *sql = NULL;

  sql = g_strdup_printf ("INSERT INTO stage_outcome (stage_id, application_id, outcome, reason) "
                         "SELECT %" G_GINT64_FORMAT ", id, 'goes-on', 'passed' FROM application "
                         "WHERE competition_id = %" G_GINT64_FORMAT " AND eligibility = 'eligible';"
                         "UPDATE competition_stage SET state = 'closed', closed_at = '2025-04-01T10:00:00Z', "
                         "closed_by = 'test' WHERE id = %" G_GINT64_FORMAT ";"
                         "UPDATE competition_stage SET state = 'open' WHERE competition_id = %" G_GINT64_FORMAT
                         " AND ordinal = %d;",
                         stage->id, self->competition, stage->id, self->competition, stage->ordinal + 1);
  konkurs_test_final_exec (self, sql);
}

static void
add_applicant (KonkursTestFinal *self,
               gint64            vacancy,
               const char       *sector)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) person = NULL;
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autofree char *surname = g_strdup_printf ("Қорытындыев-%u", self->n_apps);
  static guint serial = 700;

  g_assert_cmpuint (self->n_apps, <, G_N_ELEMENTS (self->apps));
  person = konkurs_test_person_new (surname, "Әлия", 1995, 1 + self->n_apps % 12, 1 + self->n_apps % 28, serial++);
  konkurs_test_make_qualified (person);
  konkurs_test_save_candidate (self->store, person);
  candidacy = konkurs_test_apply_in_march (self->store, konkurs_candidate_get_id (person), self->competition,
                                           vacancy, sector);
  g_assert_true (konkurs_store_decide_candidacy (self->store, konkurs_candidacy_get_id (candidacy), TRUE, NULL,
                                                 &error));
  g_assert_no_error (error);
  self->codes[self->n_apps] = g_strdup (konkurs_candidacy_get_personal_code (candidacy));
  self->apps[self->n_apps++] = konkurs_candidacy_get_id (candidacy);
}

static KonkursTestFinal *
final_new (KonkursStore     *store,
           KonkursProcedure  procedure)
{
  KonkursTestFinal *self = g_new0 (KonkursTestFinal, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;

  self->store = store;
  self->competition = konkurs_test_add_march_competition (store, procedure);
  competition = konkurs_store_get_competition (store, self->competition, &error);
  g_assert_no_error (error);
  self->number = g_strdup (konkurs_competition_get_number (competition));
  return self;
}

/* The commission of the competition: chair, deputy chair, three members
 * and the secretary; a meeting of it at @kind's stage. */
static void
add_commission (KonkursTestFinal      *self,
                KonkursCommissionKind  kind,
                KonkursStageKind       stage_kind)
{
  static const struct { KonkursCommissionRole role; const char *kk, *ru; } people[] = {
    { KONKURS_COMMISSION_CHAIR, "Төрағаев Т.", "Тёрагаев Т." },
    { KONKURS_COMMISSION_DEPUTY_CHAIR, "Орынбасаров О.", "Орынбасаров О." },
    { KONKURS_COMMISSION_MEMBER, "Бірінші М.", "Первый М." },
    { KONKURS_COMMISSION_MEMBER, "Екінші М.", "Второй М." },
    { KONKURS_COMMISSION_MEMBER, "Үшінші М.", "Третий М." },
    { KONKURS_COMMISSION_SECRETARY, "Хатшыева Х.", "Секретарёва С." },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCommissionRecord) record = konkurs_commission_record_new (kind);
  g_autoptr(KonkursStage) stage = find_stage (self, stage_kind);
  g_autoptr(KonkursMeeting) meeting = NULL;
  g_autoptr(GDate) held_on = konkurs_test_date_new (2025, 5, 12);

  konkurs_local_text_set (record->name, KONKURS_DOC_LANGUAGE_KK, "Конкурстық комиссия");
  konkurs_local_text_set (record->name, KONKURS_DOC_LANGUAGE_RU, "Конкурсная комиссия");
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    g_ptr_array_add (record->members, konkurs_commission_member_new (people[i].role, people[i].kk, people[i].ru,
                                                                     "Департамент директоры",
                                                                     "Директор департамента"));
  g_assert_true (konkurs_store_save_commission_record (self->store, record, &error));
  g_assert_no_error (error);
  self->commission = record->id;
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    self->members[i] = ((KonkursCommissionMember *) g_ptr_array_index (record->members, i))->id;
  g_assert_true (konkurs_store_set_competition_commission (self->store, self->competition, self->commission,
                                                           &error));
  g_assert_no_error (error);
  meeting = konkurs_meeting_new (self->commission, stage->id, held_on);
  g_free (meeting->starts_at);
  meeting->starts_at = g_strdup ("10:00");
  konkurs_local_text_set (meeting->place, KONKURS_DOC_LANGUAGE_KK, "Астана, Мәңгілік Ел, 8, 512-кабинет");
  konkurs_local_text_set (meeting->place, KONKURS_DOC_LANGUAGE_RU, "Астана, Мангилик Ел, 8, кабинет 512");
  g_assert_true (konkurs_store_save_meeting (self->store, meeting, NULL, &error));
  g_assert_no_error (error);
  self->meeting = meeting->id;
  self->stage = stage->id;
}

static void
save_default_commission (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);

  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_CHAIR, "Төраға", "Председатель", "", ""));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER, "Мүше", "Член", "", ""));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER, "Екінші", "Второй", "", ""));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_SECRETARY, "Хатшы", "Секретарь", "",
                                                           ""));
  g_assert_true (konkurs_store_save_commission (store, members, &error));
  g_assert_no_error (error);
}

/* The default commission (the organisation's, when the test gave one)
 * scores the practical task: its first three members vote. */
static void
score_practical (KonkursTestFinal *self,
                 const int        *practical)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = konkurs_store_list_commission (self->store, &error);
  g_autoptr(KonkursStage) stage = find_stage (self, KONKURS_STAGE_PRACTICAL_TASK);

  g_assert_no_error (error);
  if (members->len == 0)
    {
      save_default_commission (self->store);
      g_clear_pointer (&members, g_ptr_array_unref);
      members = konkurs_store_list_commission (self->store, &error);
      g_assert_no_error (error);
    }
  for (guint i = 0; i < self->n_apps; i++)
    for (guint m = 0; m < 3; m++)
      {
        const KonkursCommissionMember *member = g_ptr_array_index (members, m);

        g_assert_true (konkurs_store_set_member_score (self->store, stage->id, self->apps[i], member->id,
                                                       practical != NULL ? practical[i] : 4, NULL, &error));
        g_assert_no_error (error);
      }
}

KonkursTestFinal *
konkurs_test_final_civil (KonkursStore *store,
                          guint         n_vacancies,
                          guint         per_vacancy,
                          const int    *practical)
{
  KonkursTestFinal *self = final_new (store, KONKURS_PROCEDURE_CIVIL_SERVICE);

  g_assert_cmpuint (n_vacancies, <=, G_N_ELEMENTS (self->vacancies));
  g_assert_cmpuint (per_vacancy, <=, 3);
  for (guint v = 0; v < n_vacancies; v++)
    {
      g_autofree char *title = g_strdup_printf ("Бас маман %u", v + 1);

      self->vacancies[self->n_vacancies++] = konkurs_test_add_march_vacancy (store, self->competition, title);
      for (guint i = 0; i < per_vacancy; i++)
        add_applicant (self, self->vacancies[v], NULL);
    }
  close_stage (self, KONKURS_STAGE_DOCUMENTS);
  {
    g_autoptr(KonkursStage) testing = find_stage (self, KONKURS_STAGE_TESTING);

    konkurs_test_stage_pass_all (store, testing->id);
  }
  close_stage (self, KONKURS_STAGE_TESTING);
  score_practical (self, practical);
  close_stage (self, KONKURS_STAGE_PRACTICAL_TASK);
  add_commission (self, KONKURS_COMMISSION_KIND_COMPETITION, KONKURS_STAGE_INTERVIEW);
  return self;
}

KonkursTestFinal *
konkurs_test_final_youth (KonkursStore        *store,
                          const char * const  *sectors,
                          int                  top)
{
  KonkursTestFinal *self = final_new (store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  g_autofree char *sql = NULL;

  for (guint i = 0; sectors[i] != NULL; i++)
    add_applicant (self, 0, sectors[i]);
  close_stage (self, KONKURS_STAGE_DOCUMENTS);
  skip_stage (self, KONKURS_STAGE_TESTING);
  skip_stage (self, KONKURS_STAGE_ESSAY);
  skip_stage (self, KONKURS_STAGE_ASSESSMENT_CENTRE);
  skip_stage (self, KONKURS_STAGE_EXPERT_COMMISSION);
  sql = g_strdup_printf ("UPDATE rule_value SET value = %d WHERE key = 'reserve-top' AND rule_set_id = "
                         "(SELECT rule_set_id FROM competition WHERE id = %" G_GINT64_FORMAT ")",
                         top, self->competition);
  konkurs_test_final_exec (self, sql);
  add_commission (self, KONKURS_COMMISSION_KIND_NATIONAL, KONKURS_STAGE_NATIONAL_COMMISSION);
  return self;
}

void
konkurs_test_final_vote (KonkursTestFinal *self,
                         gint64            app,
                         const char       *ballots)
{
  g_assert_cmpuint (strlen (ballots), ==, 5);
  for (guint m = 0; m < 5; m++)
    {
      g_autoptr(GError) error = NULL;
      KonkursBallotKind kind = ballots[m] == 'F' ? KONKURS_BALLOT_FOR
                               : ballots[m] == 'A' ? KONKURS_BALLOT_AGAINST
                               : ballots[m] == 'B' ? KONKURS_BALLOT_ABSTAIN : KONKURS_BALLOT_NONE;

      if (kind == KONKURS_BALLOT_NONE)
        continue;
      konkurs_store_cast_ballot (self->store, self->meeting, self->members[m], app, kind, 0, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

void
konkurs_test_final_decide (KonkursTestFinal *self)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_store_record_decisions (self->store, self->meeting, FALSE, NULL, &error));
  g_assert_no_error (error);
}
