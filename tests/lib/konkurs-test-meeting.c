/* konkurs-test-meeting.c — a competition whose interview is open, with a
 * commission of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-store-organisation.h"
#include "konkurs-test-meeting.h"
#include "konkurs-test-util.h"

const char * const konkurs_test_meeting_members[] = {
  "Серікбаев Нұрлан", "Ахметова Сәуле", "Ким Виктор", "Омарова Айгүл", "Бекова Дина", NULL
};
static const KonkursCommissionRole roles[] = {
  KONKURS_COMMISSION_CHAIR, KONKURS_COMMISSION_DEPUTY_CHAIR, KONKURS_COMMISSION_MEMBER, KONKURS_COMMISSION_MEMBER,
  KONKURS_COMMISSION_SECRETARY,
};

void
konkurs_test_meeting_stage_free (KonkursTestMeetingStage *self)
{
  if (self == NULL)
    return;
  konkurs_test_stage_competition_free (self->competition);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_free (self);
}

static gint64
close_and_open_next (KonkursStore *store, gint64 competition_id, KonkursStageKind kind, KonkursStageKind next)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) stage = konkurs_store_find_stage (store, competition_id, kind, &error);
  g_autoptr(KonkursStage) opened = NULL;

  g_assert_no_error (error);
  g_assert_true (konkurs_store_close_stage (store, stage->id, FALSE, &error));
  g_assert_no_error (error);
  opened = konkurs_store_find_stage (store, competition_id, next, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opened->state, ==, KONKURS_STAGE_STATE_OPEN);
  return opened->id;
}

/* Full marks of every member of the default commission who votes. */
static void
score_practical_task (KonkursStore *store, gint64 stage_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = konkurs_store_list_stage_rows (store, stage_id, &error);
  g_autoptr(GPtrArray) members = konkurs_store_list_commission (store, &error);
  g_autoptr(KonkursStage) stage = konkurs_store_get_stage (store, stage_id, &error);

  g_assert_no_error (error);
  for (guint r = 0; r < rows->len; r++)
    {
      const KonkursStageRow *row = g_ptr_array_index (rows, r);
      const KonkursStageRule *rule = konkurs_stage_get_rule (stage, row->track);

      for (guint m = 0; m < members->len; m++)
        {
          const KonkursCommissionMember *member = g_ptr_array_index (members, m);

          if (!konkurs_commission_role_votes (member->role))
            continue;
          g_assert_true (konkurs_store_set_member_score (store, stage_id, row->application_id, member->id,
                                                         rule->max_score, NULL, &error));
          g_assert_no_error (error);
        }
    }
}

static void
add_commission (KonkursStore *store, KonkursTestMeetingStage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCommissionRecord) record = konkurs_commission_record_new (KONKURS_COMMISSION_KIND_COMPETITION);
  g_autoptr(GPtrArray) defaults = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  g_autoptr(GPtrArray) stored = konkurs_store_list_commission (store, &error);

  for (guint i = 0; konkurs_test_meeting_members[i] != NULL; i++)
    {
      g_ptr_array_add (record->members, konkurs_commission_member_new (roles[i], konkurs_test_meeting_members[i],
                                                                       NULL, "Басқарма басшысы", NULL));
      g_ptr_array_add (defaults, konkurs_commission_member_new (roles[i], konkurs_test_meeting_members[i], NULL,
                                                                "", NULL));
    }
  /* the default commission scores the practical task: the database's own
   * when it has one */
  g_assert_no_error (error);
  if (stored->len == 0)
    g_assert_true (konkurs_store_save_commission (store, defaults, &error));
  g_assert_no_error (error);
  konkurs_local_text_set (record->name, KONKURS_DOC_LANGUAGE_KK, "Тест комиссиясы");
  konkurs_local_text_set (record->name, KONKURS_DOC_LANGUAGE_RU, "Тестовая комиссия");
  g_assert_true (konkurs_store_save_commission_record (store, record, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_set_competition_commission (store, self->competition->competition_id, record->id,
                                                           &error));
  g_assert_no_error (error);
  self->commission_id = record->id;
  self->members = g_ptr_array_ref (record->members);
}

KonkursTestMeetingStage *
konkurs_test_meeting_stage_new (KonkursStore *store,
                                guint         n_admitted)
{
  KonkursTestMeetingStage *self = g_new0 (KonkursTestMeetingStage, 1);
  gint64 practical;

  self->competition = konkurs_test_stage_competition_new (store, KONKURS_PROCEDURE_CIVIL_SERVICE, n_admitted);
  add_commission (store, self);
  konkurs_test_stage_pass_all (store, self->competition->stage_id);
  practical = close_and_open_next (store, self->competition->competition_id, KONKURS_STAGE_TESTING,
                                   KONKURS_STAGE_PRACTICAL_TASK);
  score_practical_task (store, practical);
  self->interview_id = close_and_open_next (store, self->competition->competition_id,
                                            KONKURS_STAGE_PRACTICAL_TASK, KONKURS_STAGE_INTERVIEW);
  return self;
}

char *
konkurs_test_write_meeting (const char                    *dir,
                            const char                    *name,
                            const KonkursTestMeetingStage *stage,
                            const char                    *attrs,
                            const char                    *absent,
                            const char                    *body)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) away = g_strsplit (absent != NULL ? absent : "", ",", -1);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_string_append_printf (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<konkurs-meeting xmlns=\"urn:konkurs:meeting:1\" version=\"1\" competition=\"%s\"\n"
                          "                 stage=\"interview\" held-on=\"2025-04-21\" starts-at=\"10:00\" %s>\n",
                          stage->competition->number, attrs != NULL ? attrs : "");
  for (guint i = 0; konkurs_test_meeting_members[i] != NULL; i++)
    {
      g_autofree char *ordinal = g_strdup_printf ("%u", i + 1);

      g_string_append_printf (text, "  <member ordinal=\"%u\" name=\"%s\" present=\"%s\"/>\n", i + 1,
                              konkurs_test_meeting_members[i],
                              g_strv_contains ((const char * const *) away, ordinal) ? "false" : "true");
    }
  g_string_append_printf (text, "%s</konkurs-meeting>\n", body);
  g_assert_true (g_file_set_contents (path, text->str, -1, &error));
  g_assert_no_error (error);
  return path;
}

char *
konkurs_test_describe_meeting (KonkursStore *store,
                               gint64        meeting_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = konkurs_store_list_meeting_rows (store, meeting_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (rows, i);

      g_string_append_printf (text, "%s:", row->personal_code);
      for (guint b = 0; b < row->ballots->len; b++)
        {
          const KonkursMemberBallot *ballot = g_ptr_array_index (row->ballots, b);

          if (ballot->ballot.recused)
            g_string_append_printf (text, " %u=R", b + 1);
          else if (ballot->ballot.ballot == KONKURS_BALLOT_SCORE)
            g_string_append_printf (text, " %u=%d", b + 1, ballot->ballot.score);
          else if (ballot->ballot.ballot != KONKURS_BALLOT_NONE)
            g_string_append_printf (text, " %u=%s", b + 1, konkurs_ballot_kind_to_code (ballot->ballot.ballot));
          if (ballot->dissent != NULL && ballot->dissent[0] != '\0')
            g_string_append_printf (text, "/%s", ballot->dissent);
        }
      g_string_append_printf (text, " → %s\n", row->decided ? konkurs_vote_outcome_to_code (row->recorded) : "open");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
