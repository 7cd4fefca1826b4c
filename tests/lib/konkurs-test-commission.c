/* konkurs-test-commission.c — a competition at its interview, with its
 * commission and a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-store-organisation.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-commission.h"
#include "konkurs-test-documents.h"

void
konkurs_test_interview_free (KonkursTestInterview *self)
{
  if (self == NULL)
    return;
  konkurs_test_stage_competition_free (self->competition);
  g_ptr_array_unref (self->codes);
  g_array_unref (self->applications);
  g_array_unref (self->members);
  g_free (self);
}

/* Every default member gives every row of the practical task full marks,
 * and the stage closes: all go on, tied. */
static void
pass_practical_task (KonkursStore *store,
                     gint64        competition_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) stage = konkurs_store_find_stage (store, competition_id, KONKURS_STAGE_PRACTICAL_TASK,
                                                            &error);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) members = NULL;

  g_assert_no_error (error);
  rows = konkurs_store_list_stage_rows (store, stage->id, &error);
  g_assert_no_error (error);
  members = konkurs_store_list_commission (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    for (guint j = 0; j < members->len; j++)
      {
        const KonkursCommissionMember *member = g_ptr_array_index (members, j);

        if (!konkurs_commission_role_votes (member->role))
          continue;
        g_assert_true (konkurs_store_set_member_score (store, stage->id,
                                                       ((KonkursStageRow *) g_ptr_array_index (rows, i))->application_id,
                                                       member->id, 5, NULL, &error));
        g_assert_no_error (error);
      }
  g_assert_true (konkurs_store_close_stage (store, stage->id, FALSE, &error));
  g_assert_no_error (error);
}

static const char * const surnames[] = { "Әбенов", "Қасымова", "Нұрланов", "Жұмабаева", "Омаров", "Сейітова",
                                         "Төлегенов", "Бекова", "Ілиясов" };

static gint64
save_commission (KonkursStore *store,
                 guint         n_members)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCommissionRecord) record = konkurs_commission_record_new (KONKURS_COMMISSION_KIND_COMPETITION);

  g_assert_cmpuint (n_members + 3, <=, G_N_ELEMENTS (surnames));
  konkurs_local_text_set (record->name, KONKURS_DOC_LANGUAGE_KK, "Конкурстық комиссия");
  konkurs_local_text_set (record->name, KONKURS_DOC_LANGUAGE_RU, "Конкурсная комиссия");
  for (guint i = 0; i < n_members + 3; i++)
    {
      KonkursCommissionRole role = i == 0 ? KONKURS_COMMISSION_CHAIR
                                   : i == 1 ? KONKURS_COMMISSION_DEPUTY_CHAIR
                                   : i == n_members + 2 ? KONKURS_COMMISSION_SECRETARY : KONKURS_COMMISSION_MEMBER;
      g_autofree char *name = g_strdup_printf ("%s А. Б.", surnames[i]);

      g_ptr_array_add (record->members, konkurs_commission_member_new (role, name, name, "Басқарма басшысы",
                                                                       "Руководитель управления"));
    }
  g_assert_true (konkurs_store_save_commission_record (store, record, &error));
  g_assert_no_error (error);
  return record->id;
}

KonkursTestInterview *
konkurs_test_interview_new (KonkursStore *store,
                            guint         n_admitted,
                            guint         n_members)
{
  KonkursTestInterview *self = g_new0 (KonkursTestInterview, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) interview = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(KonkursCommissionRecord) commission = NULL;
  g_autoptr(KonkursMeeting) meeting = NULL;
  GDate held_on;

  konkurs_test_add_organisation (store);
  self->competition = konkurs_test_stage_competition_new (store, KONKURS_PROCEDURE_CIVIL_SERVICE, n_admitted);
  konkurs_test_stage_pass_all (store, self->competition->stage_id);
  g_assert_true (konkurs_store_close_stage (store, self->competition->stage_id, FALSE, &error));
  g_assert_no_error (error);
  pass_practical_task (store, self->competition->competition_id);
  interview = konkurs_store_find_stage (store, self->competition->competition_id, KONKURS_STAGE_INTERVIEW, &error);
  g_assert_no_error (error);
  g_assert_cmpint (interview->state, ==, KONKURS_STAGE_STATE_OPEN);
  self->stage_id = interview->id;
  rows = konkurs_store_list_stage_rows (store, interview->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, n_admitted);
  self->codes = g_ptr_array_new_with_free_func (g_free);
  self->applications = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursStageRow *row = g_ptr_array_index (rows, i);

      g_ptr_array_add (self->codes, g_strdup (row->personal_code));
      g_array_append_val (self->applications, row->application_id);
    }

  self->commission_id = save_commission (store, n_members);
  g_assert_true (konkurs_store_set_competition_commission (store, self->competition->competition_id,
                                                           self->commission_id, &error));
  g_assert_no_error (error);
  commission = konkurs_store_get_commission (store, self->commission_id, &error);
  g_assert_no_error (error);
  self->members = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < commission->members->len; i++)
    g_array_append_val (self->members, ((KonkursCommissionMember *) g_ptr_array_index (commission->members, i))->id);

  g_date_clear (&held_on, 1);
  g_date_set_dmy (&held_on, 2, G_DATE_JUNE, 2025);
  meeting = konkurs_meeting_new (0, self->stage_id, &held_on);
  g_free (meeting->starts_at);
  meeting->starts_at = g_strdup ("10:00");
  konkurs_local_text_set (meeting->place, KONKURS_DOC_LANGUAGE_KK, "Астана қ., Абай даңғылы, 33а, 305-бөлме");
  g_assert_true (konkurs_store_save_meeting (store, meeting, NULL, &error));
  g_assert_no_error (error);
  self->meeting_id = meeting->id;
  return self;
}

gint64
konkurs_test_member (const KonkursTestInterview *self,
                     guint                       index)
{
  g_assert_cmpuint (index, <, self->members->len);
  return g_array_index (self->members, gint64, index);
}

gint64
konkurs_test_application (const KonkursTestInterview *self,
                          guint                       index)
{
  g_assert_cmpuint (index, <, self->applications->len);
  return g_array_index (self->applications, gint64, index);
}

void
konkurs_test_vote_all (KonkursStore               *store,
                       const KonkursTestInterview *self,
                       guint                       index,
                       guint                       n_against)
{
  guint n_voting = self->members->len - 1;

  for (guint i = 0; i < n_voting; i++)
    {
      g_autoptr(GError) error = NULL;
      KonkursBallotKind kind = i >= n_voting - n_against ? KONKURS_BALLOT_AGAINST : KONKURS_BALLOT_FOR;

      g_assert_true (konkurs_store_cast_ballot (store, self->meeting_id, konkurs_test_member (self, i),
                                                konkurs_test_application (self, index), kind, 0, NULL, NULL, &error));
      g_assert_no_error (error);
    }
}

void
konkurs_test_assert_verified (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursVerifyReport) report = konkurs_store_verify (store, NULL, &error);

  g_assert_no_error (error);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}
