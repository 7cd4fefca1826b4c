/* test-store-commission.c — commissions as records: members kept by id,
 * those who took part in a meeting kept as having left, the binding to
 * competitions and stages, the copy from an earlier competition; and the
 * meetings: their stage, time, observers, attendance and quorum, all
 * through the record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain-private.h"
#include "konkurs-store-commission.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-candidates.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-private.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-test-commission.h"
#include "konkurs-test-migrations.h"
#include "konkurs-test-util.h"

typedef KonkursTestCandidates Fixture;

static KonkursCommissionRecord *
new_record (guint n_members)
{
  KonkursCommissionRecord *record = konkurs_commission_record_new (KONKURS_COMMISSION_KIND_COMPETITION);

  konkurs_local_text_set (record->name, KONKURS_DOC_LANGUAGE_KK, "  Министрліктің конкурстық комиссиясы ");
  konkurs_local_text_set (record->serves, KONKURS_DOC_LANGUAGE_RU, "Министерство и его территориальные органы");
  g_free (record->order_number);
  record->order_number = g_strdup ("12-қ");
  g_date_set_dmy (&record->order_date, 10, G_DATE_JANUARY, 2025);
  for (guint i = 0; i < n_members; i++)
    {
      g_autofree char *name = g_strdup_printf ("Мүше %u", i + 1);

      g_ptr_array_add (record->members,
                       konkurs_commission_member_new (i == 0 ? KONKURS_COMMISSION_CHAIR : KONKURS_COMMISSION_MEMBER,
                                                      name, NULL, "Бөлім басшысы", NULL));
    }
  return record;
}

static KonkursCommissionMember *
member_at (const KonkursCommissionRecord *record,
           guint                          index)
{
  return g_ptr_array_index (record->members, index);
}

/* Saved, read back stripped; saved again with a member changed, the ids
 * stay; a chair and a member swap roles in one save. */
static void
test_members_keep_ids (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCommissionRecord) record = new_record (4);
  g_autoptr(KonkursCommissionRecord) stored = NULL;
  g_autoptr(KonkursCommissionRecord) again = NULL;
  gint64 first_id;

  g_assert_true (konkurs_store_save_commission_record (fixture->store, record, &error));
  g_assert_no_error (error);
  g_assert_cmpint (record->id, >, 0);
  first_id = member_at (record, 0)->id;
  g_assert_cmpint (first_id, >, 0);
  stored = konkurs_store_get_commission (fixture->store, record->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_local_text_get (stored->name, KONKURS_DOC_LANGUAGE_KK), ==,
                   "Министрліктің конкурстық комиссиясы");
  g_assert_cmpstr (stored->order_number, ==, "12-қ");
  g_assert_cmpint (g_date_get_year (&stored->order_date), ==, 2025);
  g_assert_cmpuint (stored->members->len, ==, 4);
  g_assert_cmpint (member_at (stored, 0)->id, ==, first_id);

  member_at (stored, 0)->role = KONKURS_COMMISSION_MEMBER;
  member_at (stored, 2)->role = KONKURS_COMMISSION_CHAIR;
  konkurs_local_text_set (member_at (stored, 3)->position, KONKURS_DOC_LANGUAGE_RU, "Начальник отдела");
  g_assert_true (konkurs_store_save_commission_record (fixture->store, stored, &error));
  g_assert_no_error (error);
  again = konkurs_store_get_commission (fixture->store, record->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (member_at (again, 0)->id, ==, first_id);
  g_assert_cmpint (member_at (again, 0)->role, ==, KONKURS_COMMISSION_MEMBER);
  g_assert_cmpint (member_at (again, 2)->role, ==, KONKURS_COMMISSION_CHAIR);
  g_assert_cmpint (member_at (again, 2)->id, ==, member_at (record, 2)->id);
  g_assert_cmpstr (konkurs_local_text_get (member_at (again, 3)->position, KONKURS_DOC_LANGUAGE_RU), ==,
                   "Начальник отдела");
  konkurs_test_assert_verified (fixture->store);
}

/* What konkurs_commission_check() refuses, and a nameless commission,
 * write nothing. */
static void
test_refused (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCommissionRecord) two_chairs = new_record (3);
  g_autoptr(KonkursCommissionRecord) nameless = new_record (3);
  g_autoptr(GPtrArray) all = NULL;

  member_at (two_chairs, 1)->role = KONKURS_COMMISSION_CHAIR;
  g_assert_false (konkurs_store_save_commission_record (fixture->store, two_chairs, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpint (two_chairs->id, ==, 0);
  g_clear_error (&error);
  konkurs_local_text_set (nameless->name, KONKURS_DOC_LANGUAGE_KK, "   ");
  g_assert_false (konkurs_store_save_commission_record (fixture->store, nameless, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "name"));
  g_clear_error (&error);
  all = konkurs_store_list_commissions (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 0);
}

/* A member removed who attended a meeting stays, as having left; one who
 * never did is deleted.  The commission keeps serving its meetings. */
static void
test_member_leaves (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 3, 3);
  g_autoptr(KonkursCommissionRecord) record = konkurs_store_get_commission (fixture->store, interview->commission_id,
                                                                            &error);
  g_autoptr(KonkursCommissionRecord) after = NULL;
  g_autoptr(GPtrArray) everyone = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  gint64 leaving = konkurs_test_member (interview, 2);
  gint64 left_on_null;

  g_assert_no_error (error);
  g_assert_cmpuint (record->members->len, ==, 6);
  g_ptr_array_remove_index (record->members, 2);
  /* a newcomer, not at the meeting planned before */
  g_ptr_array_add (record->members, konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER, "Жаңа мүше", NULL,
                                                                   NULL, NULL));
  g_assert_true (konkurs_store_save_commission_record (fixture->store, record, &error));
  g_assert_no_error (error);
  after = konkurs_store_get_commission (fixture->store, interview->commission_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->members->len, ==, 6);
  everyone = konkurs_store_list_commission_members (fixture->store, interview->commission_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (everyone->len, ==, 7);
  left_on_null = konkurs_test_query_int64 (konkurs_store_get_db (fixture->store),
                                           "SELECT count(*) FROM commission_member WHERE left_on IS NULL");
  g_assert_cmpint (left_on_null, ==, 6);

  /* the meeting still lists the member who left (present), and the
   * newcomer as absent */
  attendance = konkurs_store_list_attendance (fixture->store, interview->meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (attendance->len, ==, 7);
  for (guint i = 0; i < attendance->len; i++)
    {
      const KonkursAttendance *a = g_ptr_array_index (attendance, i);

      if (a->member->id == leaving)
        g_assert_true (a->present);
      if (g_str_equal (konkurs_local_text_get (a->member->name, KONKURS_DOC_LANGUAGE_KK), "Жаңа мүше"))
        g_assert_false (a->present);
    }

  /* removed again, the newcomer (in no meeting) is deleted */
  g_ptr_array_remove_index (after->members, after->members->len - 1);
  g_assert_true (konkurs_store_save_commission_record (fixture->store, after, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (fixture->store),
                                             "SELECT count(*) FROM commission_member WHERE name_kk = 'Жаңа мүше'"),
                   ==, 0);
  konkurs_test_assert_verified (fixture->store);
}

/* A commission with meetings cannot go; one without can, and the
 * competition it served loses it through the record. */
static void
test_delete (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 2);
  g_autoptr(KonkursCommissionRecord) spare = new_record (3);
  gint64 competition_id = interview->competition->competition_id;

  g_assert_false (konkurs_store_delete_commission (fixture->store, interview->commission_id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
  g_clear_error (&error);

  g_assert_true (konkurs_store_save_commission_record (fixture->store, spare, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_set_stage_commission (fixture->store, interview->stage_id, spare->id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_store_get_stage_commission (fixture->store, interview->stage_id, &error), ==, spare->id);
  g_assert_true (konkurs_store_delete_commission (fixture->store, spare->id, &error));
  g_assert_no_error (error);
  /* the stage falls back on the competition's commission */
  g_assert_cmpint (konkurs_store_get_stage_commission (fixture->store, interview->stage_id, &error), ==,
                   interview->commission_id);
  g_assert_cmpint (konkurs_store_get_competition_commission (fixture->store, competition_id, &error), ==,
                   interview->commission_id);
  konkurs_test_assert_verified (fixture->store);

  g_assert_false (konkurs_store_set_competition_commission (fixture->store, competition_id, 9999, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
}

/* "Copy from an earlier competition": the same members under new ids,
 * bound to the new competition; NOT_FOUND when the earlier has none. */
static void
test_copy (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 3);
  g_autoptr(KonkursTestStageCompetition) later = konkurs_test_stage_competition_new (fixture->store,
                                                                                     KONKURS_PROCEDURE_CIVIL_SERVICE,
                                                                                     2);
  g_autoptr(KonkursCommissionRecord) original = NULL;
  g_autoptr(KonkursCommissionRecord) copy = NULL;
  gint64 copy_id = 0;

  g_assert_false (konkurs_store_copy_commission (fixture->store, later->competition_id,
                                                 interview->competition->competition_id, &copy_id, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (konkurs_store_copy_commission (fixture->store, interview->competition->competition_id,
                                                later->competition_id, &copy_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (copy_id, !=, interview->commission_id);
  g_assert_cmpint (konkurs_store_get_competition_commission (fixture->store, later->competition_id, &error), ==,
                   copy_id);
  original = konkurs_store_get_commission (fixture->store, interview->commission_id, &error);
  copy = konkurs_store_get_commission (fixture->store, copy_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (copy->members->len, ==, original->members->len);
  for (guint i = 0; i < copy->members->len; i++)
    {
      g_assert_cmpint (member_at (copy, i)->id, !=, member_at (original, i)->id);
      g_assert_cmpint (member_at (copy, i)->role, ==, member_at (original, i)->role);
      g_assert_true (konkurs_local_text_equal (member_at (copy, i)->name, member_at (original, i)->name));
    }
  g_assert_nonnull (strstr (konkurs_local_text_get (copy->name, KONKURS_DOC_LANGUAGE_KK), "көшірме"));
  g_assert_cmpuint (copy->n_competitions, ==, 1);
  konkurs_test_assert_verified (fixture->store);
}

/* A meeting of a stage no commission decides is refused naming it; a time
 * that is not HH:MM too.  A new meeting has every member present, its
 * mode and quorum from the rules. */
static void
test_meeting (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 4);
  g_autoptr(KonkursMeeting) meeting = konkurs_store_get_meeting (fixture->store, interview->meeting_id, &error);
  g_autoptr(KonkursMeeting) testing = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  KonkursQuorum quorum;

  g_assert_no_error (error);
  g_assert_cmpint (meeting->commission_id, ==, interview->commission_id);
  g_assert_cmpint (meeting->competition_id, ==, interview->competition->competition_id);
  g_assert_cmpint (meeting->stage_kind, ==, KONKURS_STAGE_INTERVIEW);
  g_assert_cmpint (meeting->mode, ==, KONKURS_VOTE_MODE_VOTES);
  g_assert_cmpint (meeting->quorum_numerator, ==, 2);
  g_assert_cmpint (meeting->quorum_denominator, ==, 3);
  g_assert_cmpstr (meeting->starts_at, ==, "10:00");
  g_assert_null (meeting->closed_at);
  g_assert_true (konkurs_store_get_meeting_quorum (fixture->store, interview->meeting_id, &quorum, &error));
  g_assert_cmpuint (quorum.voting, ==, 6);
  g_assert_cmpuint (quorum.present, ==, 6);
  g_assert_cmpuint (quorum.required, ==, 4);

  testing = konkurs_meeting_new (0, interview->competition->stage_id, &meeting->held_on);
  g_assert_false (konkurs_store_save_meeting (fixture->store, testing, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "“Testing”"));
  g_clear_error (&error);

  g_free (meeting->starts_at);
  meeting->starts_at = g_strdup ("24:10");
  g_assert_false (konkurs_store_save_meeting (fixture->store, meeting, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_free (meeting->starts_at);
  meeting->starts_at = g_strdup ("14:30");
  konkurs_local_text_set (meeting->agenda, KONKURS_DOC_LANGUAGE_RU, "Собеседование с кандидатами");
  g_assert_true (konkurs_store_save_meeting (fixture->store, meeting, NULL, &error));
  g_assert_no_error (error);
  meetings = konkurs_store_list_meetings (fixture->store, interview->competition->competition_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 1);
  g_assert_cmpstr (((KonkursMeeting *) g_ptr_array_index (meetings, 0))->starts_at, ==, "14:30");
  konkurs_test_assert_verified (fixture->store);
}

/* Quorum exactly met, then one short; the secretary counts for nothing. */
static void
test_attendance (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 4);
  KonkursQuorum quorum;

  /* 6 voting, 4 needed: the deputy and one member away leave 4 */
  g_assert_true (konkurs_store_set_attendance (fixture->store, interview->meeting_id, konkurs_test_member (interview, 1),
                                               FALSE, NULL, &error));
  g_assert_true (konkurs_store_set_attendance (fixture->store, interview->meeting_id, konkurs_test_member (interview, 2),
                                               FALSE, NULL, &error));
  g_assert_true (konkurs_store_set_attendance (fixture->store, interview->meeting_id, konkurs_test_member (interview, 6),
                                               FALSE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_get_meeting_quorum (fixture->store, interview->meeting_id, &quorum, &error));
  g_assert_cmpuint (quorum.present, ==, 4);
  g_assert_true (konkurs_quorum_reached (&quorum));
  g_assert_true (konkurs_store_set_attendance (fixture->store, interview->meeting_id, konkurs_test_member (interview, 3),
                                               FALSE, NULL, &error));
  g_assert_true (konkurs_store_get_meeting_quorum (fixture->store, interview->meeting_id, &quorum, &error));
  g_assert_cmpuint (quorum.present, ==, 3);
  g_assert_false (konkurs_quorum_reached (&quorum));
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (fixture->store),
                                             "SELECT count(*) FROM audit_log WHERE table_name = 'meeting_attendance' "
                                             "AND action = 'update'"), ==, 4);
  g_assert_false (konkurs_store_set_attendance (fixture->store, interview->meeting_id, 9999, TRUE, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  konkurs_test_assert_verified (fixture->store);
}

/* An observer registers a working day before at the latest; the
 * recording is kept by name and digest. */
static void
test_observers_and_recording (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (fixture->store, 2, 2);
  g_autoptr(KonkursObserver) in_time = NULL;
  g_autoptr(KonkursObserver) late = NULL;
  g_autoptr(KonkursMeeting) meeting = NULL;
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-recording-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "собеседование.ogg", NULL);
  GDate friday, monday;

  /* the meeting is on Monday 2 June 2025: Friday is the last working day */
  g_date_clear (&friday, 1);
  g_date_set_dmy (&friday, 30, G_DATE_MAY, 2025);
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 1, G_DATE_JUNE, 2025);
  in_time = konkurs_observer_new (" Серікбаев Н. ", KONKURS_OBSERVER_MEDIA, &friday);
  g_free (in_time->organisation);
  in_time->organisation = g_strdup ("«Егемен Қазақстан»");
  g_assert_true (konkurs_store_add_observer (fixture->store, interview->meeting_id, in_time, &error));
  g_assert_no_error (error);
  g_assert_cmpint (in_time->id, >, 0);
  late = konkurs_observer_new ("Ахметова Г.", KONKURS_OBSERVER_NGO, &monday);
  g_assert_false (konkurs_store_add_observer (fixture->store, interview->meeting_id, late, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "01.06.2025"));
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "audio", -1, &error));
  g_assert_true (konkurs_store_link_recording (fixture->store, interview->meeting_id, path, NULL, &error));
  g_assert_no_error (error);
  meeting = konkurs_store_get_meeting (fixture->store, interview->meeting_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meeting->observers->len, ==, 1);
  g_assert_cmpstr (((KonkursObserver *) g_ptr_array_index (meeting->observers, 0))->full_name, ==, "Серікбаев Н.");
  g_assert_cmpstr (meeting->recording_name, ==, "собеседование.ogg");
  /* SHA-256 of "audio" */
  g_assert_cmpstr (meeting->recording_sha256, ==, "6ed8919ce20490a5e3ad8630a4fab69475297abd07db73918dd5f36fcfaeb11b");
  g_assert_true (konkurs_store_remove_observer (fixture->store, in_time->id, &error));
  g_assert_no_error (error);
  konkurs_test_assert_verified (fixture->store);
  g_unlink (path);
  g_rmdir (dir);
}

static KonkursSector *
find_sector (KonkursRuleSet *rule_set,
             const char     *code)
{
  GPtrArray *sectors = konkurs_rule_set_get_sectors (rule_set);

  for (guint i = 0; i < sectors->len; i++)
    if (g_str_equal (((KonkursSector *) g_ptr_array_index (sectors, i))->code, code))
      return g_ptr_array_index (sectors, i);
  g_assert_not_reached ();
}

/* A rule set's sector quotas and tie-breakers: loaded, saved, copied and
 * recorded; a stage the track lacks is refused, and so is any change to
 * rules a competition was announced under. */
static void
test_rule_set (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursRuleSet) copy = NULL;
  g_autoptr(KonkursRuleSet) saved = NULL;
  g_autoptr(KonkursRuleSet) again = NULL;
  g_autoptr(KonkursTestStageCompetition) competition = NULL;
  static const KonkursStageKind tests_then_task[] = { KONKURS_STAGE_TESTING, KONKURS_STAGE_PRACTICAL_TASK };
  static const KonkursStageKind essay[] = { KONKURS_STAGE_ESSAY };
  GPtrArray *breakers;

  copy = konkurs_store_copy_rule_set (fixture->store, 1, "kz-quotas", "Квоталар", NULL, &error);
  g_assert_no_error (error);
  breakers = konkurs_rule_set_get_tie_breakers (copy, KONKURS_TRACK_YOUTH_RESERVE);
  g_assert_cmpuint (breakers->len, ==, 4);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (breakers, 0)), ==, KONKURS_STAGE_EXPERT_COMMISSION);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (breakers, 3)), ==, KONKURS_STAGE_TESTING);
  g_assert_cmpint (find_sector (copy, "digitalisation")->quota, ==, 0);

  find_sector (copy, "digitalisation")->quota = 10;
  g_assert_true (konkurs_store_save_rule_set (fixture->store, copy, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_save_tie_breakers (fixture->store, konkurs_rule_set_get_id (copy),
                                                  KONKURS_TRACK_NON_LEADERSHIP, tests_then_task,
                                                  G_N_ELEMENTS (tests_then_task), &error));
  g_assert_no_error (error);
  g_assert_false (konkurs_store_save_tie_breakers (fixture->store, konkurs_rule_set_get_id (copy),
                                                   KONKURS_TRACK_NON_LEADERSHIP, essay, 1, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Essay"));
  g_clear_error (&error);

  saved = konkurs_store_get_rule_set (fixture->store, konkurs_rule_set_get_id (copy), &error);
  g_assert_no_error (error);
  g_assert_cmpint (find_sector (saved, "digitalisation")->quota, ==, 10);
  breakers = konkurs_rule_set_get_tie_breakers (saved, KONKURS_TRACK_NON_LEADERSHIP);
  g_assert_cmpuint (breakers->len, ==, 2);
  g_assert_cmpuint (GPOINTER_TO_UINT (g_ptr_array_index (breakers, 0)), ==, KONKURS_STAGE_TESTING);
  again = konkurs_store_copy_rule_set (fixture->store, konkurs_rule_set_get_id (copy), "kz-quotas-2", "Тағы", NULL,
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (find_sector (again, "digitalisation")->quota, ==, 10);
  g_assert_cmpuint (konkurs_rule_set_get_tie_breakers (again, KONKURS_TRACK_NON_LEADERSHIP)->len, ==, 2);
  konkurs_test_assert_verified (fixture->store);

  /* the record follows them: a quota changed by SQL is named */
  konkurs_test_exec (konkurs_store_get_db (fixture->store),
                     "UPDATE rule_set_sector SET quota = 11 WHERE code = 'digitalisation' AND rule_set_id = "
                     "(SELECT id FROM rule_set WHERE code = 'kz-quotas')");
  {
    g_autoptr(KonkursVerifyReport) report = konkurs_store_verify (fixture->store, NULL, &error);

    g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_ROW);
    g_assert_cmpstr (report->table, ==, "rule_set");
  }
  konkurs_test_exec (konkurs_store_get_db (fixture->store),
                     "UPDATE rule_set_sector SET quota = 10 WHERE code = 'digitalisation' AND rule_set_id = "
                     "(SELECT id FROM rule_set WHERE code = 'kz-quotas')");

  /* rules a competition was announced under stay as they are */
  competition = konkurs_test_stage_competition_new (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE, 1);
  g_assert_false (konkurs_store_save_tie_breakers (fixture->store,
                                                   konkurs_test_query_int64 (konkurs_store_get_db (fixture->store),
                                                                             "SELECT rule_set_id FROM competition "
                                                                             "LIMIT 1"),
                                                   KONKURS_TRACK_NON_LEADERSHIP, tests_then_task, 1, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE);
}

/* A file of version 6 (before the record; the tables of version 13 are
 * those of version 6 here): the organisation's default commission, and the
 * members, a meeting and votes a competition held in the tables of
 * schema 2. */
static const char v13_data[] =
  "INSERT INTO candidate (id, iin, surname, name, birth_date, sex) VALUES "
  "(1, '920315450789', 'Әлиева', 'Гүлнар', '1992-03-15', 'F'),"
  "(2, '930101350123', 'Бекұлы', 'Ерлан', '1993-01-01', 'M');"
  "INSERT INTO default_commission_member (ordinal, role, name_kk, name_ru, position_kk, position_ru) VALUES "
  "(1, 'chair', 'Төраға', 'Председатель', 'Басшы', 'Руководитель'),"
  "(2, 'member', 'Мүше', 'Член', '', ''),"
  "(3, 'secretary', 'Хатшы', 'Секретарь', '', '');"
  "INSERT INTO competition (id, number, rule_set_id, procedure, state_body_kk, title_kk, announced_on) VALUES "
  "(5, '2025-002', 1, 1, 'Әділет министрлігі', 'Конкурс', '2025-03-10');"
  "INSERT INTO commission_member (id, competition_id, full_name, role) VALUES (7, 5, 'Сейітов С.', 'chair'),"
  "  (8, 5, 'Омарова О.', 'member');"
  "INSERT INTO meeting (id, competition_id, held_on, place) VALUES (4, 5, '2025-03-20', 'Астана');"
  "INSERT INTO meeting_attendance (meeting_id, member_id) VALUES (4, 7), (4, 8);"
  "INSERT INTO application (id, candidate_id, competition_id, personal_code, received_on) VALUES "
  "(9, 2, 5, 'KNK-CCC-CCC-CCC', '2025-03-11');"
  "INSERT INTO vote (meeting_id, member_id, application_id, vote) VALUES (4, 7, 9, 'for'), (4, 8, 9, 'against');";

static const KonkursCommissionMember *
nth_member (const KonkursCommissionRecord *record,
            guint                          index)
{
  g_assert_cmpuint (index, <, record->members->len);
  return g_ptr_array_index (record->members, index);
}

/* The commission made from the default one follows it, keeping the ids
 * of those still named alike, until it is edited on its own. */
static void
follow_default (KonkursStore                  *store,
                const KonkursCommissionRecord *first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = konkurs_store_list_commission (store, &error);
  g_autoptr(KonkursCommissionRecord) followed = NULL;
  g_autoptr(KonkursCommissionRecord) after = NULL;

  g_assert_no_error (error);
  konkurs_local_text_set (((KonkursCommissionMember *) g_ptr_array_index (members, 1))->name,
                          KONKURS_DOC_LANGUAGE_KK, "Жаңа мүше");
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_DEPUTY_CHAIR, "Орынбасар",
                                                           "Заместитель", NULL, NULL));
  g_assert_true (konkurs_store_save_commission (store, members, &error));
  g_assert_no_error (error);
  followed = konkurs_store_get_commission (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (followed->members->len, ==, 4);
  g_assert_cmpint (nth_member (followed, 0)->id, ==, nth_member (first, 0)->id);
  g_assert_cmpint (nth_member (followed, 1)->id, !=, nth_member (first, 1)->id);
  g_assert_cmpstr (konkurs_local_text_get (nth_member (followed, 1)->name, KONKURS_DOC_LANGUAGE_KK), ==, "Жаңа мүше");
  g_assert_cmpint (nth_member (followed, 2)->id, ==, nth_member (first, 2)->id);
  g_assert_cmpint (nth_member (followed, 3)->role, ==, KONKURS_COMMISSION_DEPUTY_CHAIR);

  /* edited on its own, it stays as edited */
  g_ptr_array_remove_index (followed->members, 3);
  g_assert_true (konkurs_store_save_commission_record (store, followed, &error));
  g_assert_no_error (error);
  g_ptr_array_remove_index (members, 3);
  g_ptr_array_remove_index (members, 1);
  g_assert_true (konkurs_store_save_commission (store, members, &error));
  g_assert_no_error (error);
  after = konkurs_store_get_commission (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->members->len, ==, 3);
}

/* Migration 14: the default commission becomes commission 1, of every
 * competition without members of its own; those with members get a
 * commission of their own, their meeting and votes kept; every rule set
 * its tie-breakers; the record holds every row it carried over. */
static void
test_migration (KonkursTestMigration *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autoptr(KonkursCommissionRecord) first = NULL;
  g_autoptr(KonkursCommissionRecord) own = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3 *db;

  konkurs_test_load_version (fixture->path, 6, (const char * const[]) { v13_data, konkurs_test_v5_competition,
                                                                         NULL });
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);
  first = konkurs_store_get_commission (store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first->members->len, ==, 3);
  g_assert_cmpint (((KonkursCommissionMember *) g_ptr_array_index (first->members, 2))->role, ==,
                   KONKURS_COMMISSION_SECRETARY);
  g_assert_cmpint (konkurs_store_get_competition_commission (store, 3, &error), ==, 1);
  g_assert_cmpint (konkurs_store_get_competition_commission (store, 5, &error), ==, 6);
  own = konkurs_store_get_commission (store, 6, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (own->members->len, ==, 2);
  g_assert_cmpint (((KonkursCommissionMember *) g_ptr_array_index (own->members, 0))->id, ==, 7);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM vote WHERE meeting_id = 4"), ==, 2);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM rule_set_tie_breaker WHERE rule_set_id = 1 "
                                                 "AND track = 'youth-reserve'"), ==, 4);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM audit_log WHERE action = 'baseline' "
                                                 "AND table_name IN ('commission', 'commission_member', 'meeting', "
                                                 "'meeting_attendance', 'vote')"), ==, 2 + 5 + 1 + 2 + 2);
  /* a meeting of schema 2 without a stage decides nobody, but lists its
   * members */
  rows = konkurs_store_list_meeting_rows (store, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 0);
  follow_default (store, first);
  report = konkurs_store_verify (store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
  g_clear_object (&store);
  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);
}

/* A file migration 14 cannot take stays as it was. */
static void
test_failed_migration (KonkursTestMigration *fixture, gconstpointer data)
{
  sqlite3 *db;

  konkurs_test_load_version (fixture->path, 13,
                             (const char * const[]) { "CREATE TABLE reserve_register (id INTEGER PRIMARY KEY);",
                                                      NULL });
  db = konkurs_test_assert_upgrade_leaves_file (fixture->path, fixture->calendar, "version 14", 13);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM sqlite_schema WHERE name = 'commission'"),
                   ==, 0);
  sqlite3_close (db);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store-commission/" path, Fixture, NULL, konkurs_test_candidates_set_up, func, \
              konkurs_test_candidates_tear_down)
  ADD ("members-keep-ids", test_members_keep_ids);
  ADD ("refused", test_refused);
  ADD ("member-leaves", test_member_leaves);
  ADD ("delete", test_delete);
  ADD ("copy", test_copy);
  ADD ("meeting", test_meeting);
  ADD ("attendance", test_attendance);
  ADD ("observers-and-recording", test_observers_and_recording);
  ADD ("rule-set", test_rule_set);
#undef ADD
  g_test_add ("/store-commission/migration", KonkursTestMigration, NULL, konkurs_test_migration_set_up,
              test_migration, konkurs_test_migration_tear_down);
  g_test_add ("/store-commission/failed-migration", KonkursTestMigration, NULL, konkurs_test_migration_set_up,
              test_failed_migration, konkurs_test_migration_tear_down);
  return g_test_run ();
}
