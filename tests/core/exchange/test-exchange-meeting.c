/* test-exchange-meeting.c — a meeting typed on a laptop, brought to the
 * secretary's workstation as a file: a good one records attendance,
 * observers, recusals, ballots with dissents and the decisions; a file
 * without quorum that says it decided, a ballot of a recused member, of
 * the secretary, of an absent member, a score in a stage that votes, a
 * code not in the stage and a member of another commission are each
 * refused with the line and the reason, writing nothing; an open meeting
 * imported again is replaced, a decided one refused; written and read into
 * another database, the meeting has the same ballots and decisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-exchange-commission.h"
#include "konkurs-store-backup.h"
#include "konkurs-test-meeting.h"
#include "konkurs-test-util.h"

typedef struct {
  char                    *dir;
  KonkursStore            *store;
  KonkursTestInterview    *interview;   /* 3 candidates; chair, deputy, 2 members, secretary */
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = konkurs_test_make_tmp_dir ("test-exchange-meeting-XXXXXX");
  fixture->store = konkurs_test_store_open (fixture->dir, NULL);
  fixture->interview = konkurs_test_interview_new (fixture->store, 3, 2);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_pointer (&fixture->interview, konkurs_test_interview_free);
  g_clear_object (&fixture->store);
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static const char *
code (Fixture *fixture, guint i)
{
  return g_ptr_array_index (fixture->interview->codes, i);
}

static GPtrArray *
list_meetings (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *meetings = konkurs_store_list_meetings (fixture->store, fixture->interview->competition->competition_id,
                                                     &error);

  g_assert_no_error (error);
  return meetings;
}

/* Every candidate: members 1–4 vote (2 for, 2 against on the second: the
 * chair's vote decides), the third has member 3 recused; an observer. */
static char *
good_body (Fixture *fixture)
{
  return g_strdup_printf (
    "  <observer kind=\"media\" registered-on=\"2025-05-27\">\n"
    "    <full-name>Жанұзақова Дина</full-name>\n"
    "    <organisation>«Egemen Qazaqstan»</organisation>\n"
    "  </observer>\n"
    "  <candidate code=\"%s\">\n"
    "    <ballot member=\"1\" vote=\"for\"/>\n"
    "    <ballot member=\"2\" vote=\"for\"/>\n"
    "    <ballot member=\"3\" vote=\"for\"/>\n"
    "    <ballot member=\"4\" vote=\"abstain\"/>\n"
    "  </candidate>\n"
    "  <candidate code=\"%s\">\n"
    "    <ballot member=\"1\" vote=\"for\"/>\n"
    "    <ballot member=\"2\" vote=\"against\">Лауазым талаптарын білмейді.</ballot>\n"
    "    <ballot member=\"3\" vote=\"for\"/>\n"
    "    <ballot member=\"4\" vote=\"against\"/>\n"
    "  </candidate>\n"
    "  <candidate code=\"%s\">\n"
    "    <recusal member=\"3\">Бұрын бірге жұмыс істеген</recusal>\n"
    "    <ballot member=\"1\" vote=\"against\"/>\n"
    "    <ballot member=\"2\" vote=\"against\"/>\n"
    "    <ballot member=\"4\" vote=\"for\"/>\n"
    "  </candidate>\n",
    code (fixture, 0), code (fixture, 1), code (fixture, 2));
}

static gint64
import_good (Fixture *fixture, KonkursImportSummary *summary)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = good_body (fixture);
  g_autofree char *path = konkurs_test_write_meeting (fixture->store, fixture->dir, "good.xml", fixture->interview, "decided=\"true\"",
                                                      NULL, body);
  g_autoptr(GPtrArray) meetings = NULL;

  g_assert_true (konkurs_exchange_import_file (fixture->store, path, summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  meetings = list_meetings (fixture);
  g_assert_cmpuint (meetings->len, ==, 1);
  return ((KonkursMeeting *) g_ptr_array_index (meetings, 0))->id;
}

static void
test_import (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary;
  gint64 meeting_id = import_good (fixture, &summary);
  g_autoptr(KonkursMeeting) meeting = konkurs_store_get_meeting (fixture->store, meeting_id, &error);
  g_autofree char *described = konkurs_test_describe_meeting (fixture->store, meeting_id);
  g_autofree char *expected = g_strdup_printf (
    "%s: 1=for 2=for 3=for 4=abstain → recommended\n"
    "%s: 1=for 2=against/Лауазым талаптарын білмейді. 3=for 4=against → recommended\n"
    "%s: 1=against 2=against 3=R 4=for → not-recommended\n",
    code (fixture, 0), code (fixture, 1), code (fixture, 2));

  g_assert_no_error (error);
  g_assert_cmpuint (summary.ballots, ==, 11);
  g_assert_cmpuint (summary.decisions, ==, 3);
  g_assert_cmpint (meeting->id, ==, fixture->interview->meeting_id);
  g_assert_cmpint (meeting->stage_id, ==, fixture->interview->stage_id);
  g_assert_cmpint (meeting->commission_id, ==, fixture->interview->commission_id);
  g_assert_cmpstr (meeting->starts_at, ==, "10:00");
  konkurs_test_assert_date (&meeting->held_on, 2025, 6, 2);
  g_assert_nonnull (meeting->closed_at);
  g_assert_cmpuint (meeting->observers->len, ==, 1);
  g_assert_cmpstr (((KonkursObserver *) g_ptr_array_index (meeting->observers, 0))->organisation, ==,
                   "«Egemen Qazaqstan»");
  g_assert_cmpstr (described, ==, expected);
}

typedef struct {
  const char *absent;
  const char *ballots;   /* of the first candidate, line 10 on */
  int         line;
  const char *fragment;
  const char *fragment2;
} Refusal;

/* The file's <member> elements are lines 4–8, the candidate line 9. */
static const Refusal refusals[] = {
  /* two of the four voting members present: no quorum for a decided file */
  { "2,3", "    <ballot member=\"1\" vote=\"for\"/>\n    <ballot member=\"4\" vote=\"for\"/>\n", 9, "candidate",
    "decided" },
  { NULL, "    <recusal member=\"3\">Туысы</recusal>\n    <ballot member=\"3\" vote=\"for\"/>\n", 11, "ballot/@vote",
    "Нұрланов" },
  { NULL, "    <ballot member=\"5\" vote=\"for\"/>\n", 10, "ballot/@vote", "Омаров" },
  { "4", "    <ballot member=\"4\" vote=\"against\"/>\n", 10, "ballot/@vote", "Жұмабаева" },
  { NULL, "    <ballot member=\"1\" score=\"4\"/>\n", 10, "ballot/@score", NULL },
  { NULL, "    <ballot member=\"1\" vote=\"for\" score=\"4\"/>\n", 10, "ballot", "either" },
  { NULL, "    <ballot member=\"7\" vote=\"for\"/>\n", 10, "ballot/@member", "7" },
  { NULL, "    <recusal member=\"5\"/>\n", 10, "recusal/@member", "Омаров" },
};

/* Refused with the line and the reason; the meetings as they were. */
static void
assert_refused (Fixture *fixture, const char *path, int line, const char *fragment, const char *fragment2)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = list_meetings (fixture);
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *was = konkurs_test_describe_meeting (fixture->store, fixture->interview->meeting_id);
  g_autofree char *is = NULL;

  g_assert_false (konkurs_exchange_import_file (fixture->store, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  konkurs_test_assert_file_message (error->message, path, line, fragment, fragment2);
  after = list_meetings (fixture);
  g_assert_cmpuint (after->len, ==, before->len);
  is = konkurs_test_describe_meeting (fixture->store, fixture->interview->meeting_id);
  g_assert_cmpstr (is, ==, was);
}

static void
test_refused (Fixture *fixture, gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *name = g_strdup_printf ("refused-%u.xml", i);
      g_autofree char *body = g_strdup_printf ("  <candidate code=\"%s\">\n%s  </candidate>\n", code (fixture, 0),
                                               refusals[i].ballots);
      g_autofree char *path = konkurs_test_write_meeting (fixture->store, fixture->dir, name, fixture->interview, "decided=\"true\"",
                                                          refusals[i].absent, body);

      assert_refused (fixture, path, refusals[i].line, refusals[i].fragment, refusals[i].fragment2);
    }
}

/* A code of no application of the competition, one refused at the
 * documents stage, and a member named as another commission names him. */
static void
test_refused_names (Fixture *fixture, gconstpointer data)
{
  g_autofree char *unknown = konkurs_test_write_meeting (fixture->store, fixture->dir, "unknown.xml", fixture->interview, NULL, NULL,
                                                         "  <candidate code=\"PK-AAA-AAA-AAA\"/>\n");
  g_autofree char *body = g_strdup_printf ("  <candidate code=\"%s\"/>\n",
                                           fixture->interview->competition->refused_code);
  g_autofree char *refused = konkurs_test_write_meeting (fixture->store, fixture->dir, "refused.xml", fixture->interview, NULL, NULL,
                                                         body);
  g_autofree char *path = g_build_filename (fixture->dir, "stranger.xml", NULL);
  g_autofree char *text = NULL;
  g_autofree char *stranger = NULL;

  assert_refused (fixture, unknown, 9, "candidate/@code", "PK-AAA-AAA-AAA");
  assert_refused (fixture, refused, 9, "candidate/@code", "did not enter");
  stranger = konkurs_test_write_meeting (fixture->store, fixture->dir, "stranger.xml", fixture->interview, NULL,
                                         NULL, "");
  g_assert_true (g_file_get_contents (stranger, &text, NULL, NULL));
  {
    g_autoptr(GString) changed = g_string_new (text);

    g_autofree char *third = konkurs_test_member_name (fixture->store, fixture->interview, 3);

    g_string_replace (changed, third, "Петров Иван", 1);
    g_assert_true (g_file_set_contents (path, changed->str, -1, NULL));
  }
  assert_refused (fixture, path, 6, "member/@name", "Петров Иван");
}

/* An open meeting imported again is replaced by the file; once decided,
 * the same meeting is refused. */
static void
test_again (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first_body = g_strdup_printf ("  <candidate code=\"%s\">\n"
                                                 "    <recusal member=\"2\"/>\n"
                                                 "    <ballot member=\"1\" vote=\"for\"/>\n"
                                                 "  </candidate>\n", code (fixture, 0));
  g_autofree char *first = konkurs_test_write_meeting (fixture->store, fixture->dir, "first.xml", fixture->interview, NULL, NULL,
                                                       first_body);
  g_autofree char *expected = g_strdup_printf ("%s: 1=for 2=R → open\n%s: → open\n%s: → open\n", code (fixture, 0),
                                               code (fixture, 1), code (fixture, 2));
  g_autofree char *expected_again = NULL;
  g_autofree char *described = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  gint64 meeting_id;

  g_assert_true (konkurs_exchange_import_file (fixture->store, first, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  meetings = list_meetings (fixture);
  meeting_id = ((KonkursMeeting *) g_ptr_array_index (meetings, 0))->id;
  described = konkurs_test_describe_meeting (fixture->store, meeting_id);
  g_assert_cmpstr (described, ==, expected);

  g_assert_cmpint (import_good (fixture, NULL), ==, meeting_id);
  g_clear_pointer (&described, g_free);
  described = konkurs_test_describe_meeting (fixture->store, meeting_id);
  expected_again = g_strdup_printf ("%s: 1=for 2=for 3=for 4=abstain → recommended\n", code (fixture, 0));
  g_assert_true (g_str_has_prefix (described, expected_again));

  assert_refused (fixture, first, 3, "held-on", "recorded already");
}

/* Written, then read into a copy of the database made before the
 * meeting: the same ballots, recusals, dissents and decisions. */
static void
test_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *source = g_build_filename (fixture->dir, "konkurs.db", NULL);
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *written = g_build_filename (fixture->dir, "written.xml", NULL);
  g_autofree char *described = NULL;
  g_autofree char *copied = NULL;
  g_autoptr(KonkursStore) other = NULL;
  g_autoptr(GPtrArray) meetings = NULL;
  KonkursImportSummary summary;
  gint64 meeting_id;

  g_assert_true (konkurs_store_backup (source, copy, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  meeting_id = import_good (fixture, NULL);
  described = konkurs_test_describe_meeting (fixture->store, meeting_id);
  g_assert_true (konkurs_exchange_write_meeting (fixture->store, meeting_id, written, &error));
  g_assert_no_error (error);

  other = konkurs_store_open (copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_exchange_import_file (other, written, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.ballots, ==, 11);
  g_assert_cmpuint (summary.decisions, ==, 3);
  meetings = konkurs_store_list_meetings (other, fixture->interview->competition->competition_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (meetings->len, ==, 1);
  copied = konkurs_test_describe_meeting (other, ((KonkursMeeting *) g_ptr_array_index (meetings, 0))->id);
  g_assert_cmpstr (copied, ==, described);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/exchange/meeting/import", Fixture, NULL, fixture_set_up, test_import, fixture_tear_down);
  g_test_add ("/exchange/meeting/refused", Fixture, NULL, fixture_set_up, test_refused, fixture_tear_down);
  g_test_add ("/exchange/meeting/refused-names", Fixture, NULL, fixture_set_up, test_refused_names,
              fixture_tear_down);
  g_test_add ("/exchange/meeting/again", Fixture, NULL, fixture_set_up, test_again, fixture_tear_down);
  g_test_add ("/exchange/meeting/round-trip", Fixture, NULL, fixture_set_up, test_round_trip, fixture_tear_down);
  return g_test_run ();
}
