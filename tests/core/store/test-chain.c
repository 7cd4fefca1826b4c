/* test-chain.c — the record: its canonical form, what each write appends,
 * and konkurs_store_verify() catching every way of tampering with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-demo.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-chain-private.h"
#include "konkurs-store-decisions.h"
#include "konkurs-store-register.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

/* The same values as README.md's example, hashed by Python's hashlib. */
static void
test_canonical_form (void)
{
  KonkursChainEntry first = { 1, "2026-01-01T00:00:00.000Z", "secretary", "decide", "application",
                              TRUE, 17, NULL, "{\"a\":1}", "Ерлан" };
  KonkursChainEntry second = { 2, "2026-01-01T00:00:01.000Z", "Әсел", "update", "organisation",
                               FALSE, 0, NULL, NULL, NULL };
  g_autofree char *one = konkurs_chain_hash (KONKURS_CHAIN_GENESIS, &first);
  g_autofree char *two = konkurs_chain_hash (one, &second);
  g_autofree char *spoken = konkurs_chain_format_head (two);

  g_assert_cmpstr (one, ==, "82579bea1e40df9352528623af95bc6f3bc40f590696abceab9f73381bbb1984");
  g_assert_cmpstr (two, ==, "906445c8928bdc2e59672b056f744c3a1b9cc8ee1e205ffbb9a35dcb4a638e85");
  g_assert_cmpstr (spoken, ==, "9064 45c8 928b dc2e");
}

static sqlite3 *
db_of (KonkursTestCandidates *fixture)
{
  return konkurs_store_get_db (fixture->store);
}

static void
exec_sql (KonkursTestCandidates *fixture, const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db_of (fixture), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static KonkursVerifyReport *
verify (KonkursTestCandidates *fixture)
{
  g_autoptr(GError) error = NULL;
  KonkursVerifyReport *report = konkurs_store_verify (fixture->store, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

/* Two applications the demonstration left undecided: the first is
 * decided by fill(), the last change of the record; the second stays
 * "received".  Tamperings name them as {A} and {B}. */
static gint64 first_open, second_open;

/* Demonstration data, and application {A} decided. */
static void
fill (KonkursTestCandidates *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_demo_generate (fixture->store, 40, 7, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  first_open = konkurs_test_query_int64 (db_of (fixture), "SELECT min (id) FROM application WHERE status = 'received'");
  second_open = konkurs_test_query_int64 (db_of (fixture), "SELECT min (id) FROM application "
                                          "WHERE status = 'received' AND id > (SELECT min (id) FROM application "
                                          "WHERE status = 'received')");
  g_assert_cmpint (first_open, >, 0);
  g_assert_cmpint (second_open, >, first_open);
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, first_open, TRUE, "Барлық құжаттар бар", &error));
  g_assert_no_error (error);
}

/* @text with {A} and {B} replaced by the ids of fill()'s applications. */
static char *
with_ids (const char *text)
{
  g_autofree char *a = g_strdup_printf ("%" G_GINT64_FORMAT, first_open);
  g_autofree char *b = g_strdup_printf ("%" G_GINT64_FORMAT, second_open);
  g_auto(GStrv) parts_a = g_strsplit (text, "{A}", -1);
  g_autofree char *joined_a = g_strjoinv (a, parts_a);
  g_auto(GStrv) parts_b = g_strsplit (joined_a, "{B}", -1);

  return g_strjoinv (b, parts_b);
}

static void
test_decision_recorded (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autofree char *before = NULL, *after = NULL, *details = NULL, *head = NULL, *actor = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  gint64 seq = 0;

  fill (fixture);
  /* fill()'s decision is the last entry */
  before = konkurs_test_query_text (db_of (fixture), "SELECT before FROM audit_log ORDER BY id DESC LIMIT 1");
  after = konkurs_test_query_text (db_of (fixture), "SELECT after FROM audit_log ORDER BY id DESC LIMIT 1");
  details = konkurs_test_query_text (db_of (fixture), "SELECT details FROM audit_log ORDER BY id DESC LIMIT 1");
  g_assert_nonnull (strstr (before, "\"status\":\"received\""));
  g_assert_nonnull (strstr (after, "\"status\":\"admitted\""));
  g_assert_nonnull (strstr (after, "\"decision_reason\":\"Барлық құжаттар бар\""));
  g_assert_nonnull (strstr (details, "\"decision\":\"admitted\""));
  /* The actor is the person deciding. */
  actor = konkurs_test_query_text (db_of (fixture), "SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (actor, ==, g_get_user_name ());

  report = verify (fixture);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
  head = konkurs_store_dup_record_head (fixture->store, &seq, NULL);
  g_assert_cmpint (report->n_entries, ==, seq);
  g_assert_cmpint (seq, ==, konkurs_test_query_int64 (db_of (fixture), "SELECT count(*) FROM audit_log"));
  g_assert_cmpstr (report->head, ==, head);
  g_assert_true (g_str_has_prefix (report->message, "OK: "));
  g_assert_nonnull (strstr (report->message, head));
}

static void
test_append_only (KonkursTestCandidates *fixture, gconstpointer data)
{
  fill (fixture);
  g_assert_cmpint (sqlite3_exec (db_of (fixture), "DELETE FROM audit_log WHERE id = 3", NULL, NULL, NULL) & 0xff,
                   ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db_of (fixture), "UPDATE audit_log SET actor = 'x' WHERE id = 3", NULL, NULL, NULL) & 0xff,
                   ==, SQLITE_CONSTRAINT);
}

/* Each way of tampering, as someone with the file and sqlite3 would: the
 * triggers that keep the log append-only dropped first. */
typedef struct {
  const char           *sql;
  KonkursVerifyProblem  problem;
  const char           *message;   /* a part of it; %s: the number of the last entry, %d: 10 */
} Tampering;

static const Tampering tamperings[] = {
  { "UPDATE application SET decision_reason = 'forged' WHERE id = {A}", KONKURS_VERIFY_ROW,
    "application {A}: decision_reason is “forged” in the database but “Барлық құжаттар бар” in the record of entry " },
  { "UPDATE application SET status = 'admitted', eligibility = 'eligible', decided_at = 'x' WHERE id = {B}",
    KONKURS_VERIFY_ROW, "application {B}: status is “admitted” in the database but “received”" },
  { "UPDATE audit_log SET after = json_set (after, '$.status', 'admitted') WHERE action = 'apply' AND row_id = 5",
    KONKURS_VERIFY_HASH, " (apply application 5): the hash does not match" },
  { "DELETE FROM audit_log WHERE id = 10", KONKURS_VERIFY_MISSING,
    "entry 10 is missing: the record goes from entry 9 to entry 11" },
  { "UPDATE audit_log SET id = -1 WHERE id = 10; UPDATE audit_log SET id = 10 WHERE id = 11; "
    "UPDATE audit_log SET id = 11 WHERE id = -1", KONKURS_VERIFY_ORDER, "entries 10 and 11 are out of order" },
  { "DELETE FROM audit_log WHERE id > (SELECT max (id) - 3 FROM audit_log)", KONKURS_VERIFY_TRUNCATED,
    "entries were removed from its end" },
  /* The head moved back too: the rows the last entries made tell. */
  { "DELETE FROM audit_log WHERE id = (SELECT max (id) FROM audit_log); "
    "UPDATE audit_head SET seq = seq - 1, hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)",
    KONKURS_VERIFY_ROW, "application {A}: status is “admitted” in the database but “received” in the record" },
  { "DELETE FROM application WHERE id = {B}", KONKURS_VERIFY_GONE,
    "application {B} is gone from the database, but the record never deleted it" },
  { "INSERT INTO competition (number, rule_set_id, procedure, state_body_kk, announced_on) "
    "VALUES ('X-1', 1, 1, 'Жалған', '2025-01-01')", KONKURS_VERIFY_UNRECORDED, "is in the database but not in the record" },
  { "UPDATE candidate SET phone = '+77000000000' WHERE id = 3", KONKURS_VERIFY_ROW,
    "candidate 3: its values in the database are not those in the record" },
};

static void
test_tampering (KonkursTestCandidates *fixture, gconstpointer data)
{
  const Tampering *tampering = data;
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autofree char *sql = NULL, *message = NULL;

  fill (fixture);
  sql = with_ids (tampering->sql);
  message = with_ids (tampering->message);
  exec_sql (fixture, "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete");
  exec_sql (fixture, sql);
  report = verify (fixture);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, tampering->problem);
  g_assert_nonnull (strstr (report->message, message));
}

static void
test_find_head (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL, *spoken = NULL;
  gint64 seq = 0, found = -1;

  fill (fixture);
  head = konkurs_store_dup_record_head (fixture->store, &seq, NULL);
  spoken = konkurs_chain_format_head (head);
  g_assert_true (konkurs_store_find_head (fixture->store, spoken, &found, &error));
  g_assert_no_error (error);
  g_assert_cmpint (found, ==, seq);
  g_assert_true (konkurs_store_find_head (fixture->store, "0000 0000 0000 0000", &found, &error));
  g_assert_cmpint (found, ==, 0);
  g_assert_false (konkurs_store_find_head (fixture->store, "3f2a 9c01 xyz", &found, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
}

/* Rejected with the change: an entry never outlives a rolled back write. */
static void
test_rolled_back (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  gint64 before;

  fill (fixture);
  before = konkurs_test_query_int64 (db_of (fixture), "SELECT count(*) FROM audit_log");
  /* Against the engine without a reason: refused before any write. */
  g_assert_false (konkurs_store_decide_candidacy (fixture->store, 999999, TRUE, "", &error));
  g_assert_nonnull (error);
  g_assert_cmpint (konkurs_test_query_int64 (db_of (fixture), "SELECT count(*) FROM audit_log"), ==, before);
  report = verify (fixture);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}

static void
assert_verifies (KonkursTestCandidates *fixture, const char *after)
{
  g_autoptr(KonkursVerifyReport) report = verify (fixture);

  g_test_message ("after %s: %s", after, report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
}

/* Every write of a followed row keeps the record whole: what is created,
 * changed, deleted (a competition with its vacancies) and put back. */
static void
test_every_write (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) person = konkurs_test_person_new ("Әлиева", "Дана", 1994, 6, 1, 31);
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursVacancy) vacancy = NULL;
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(KonkursCandidacy) application = NULL;
  gint64 civil, first, second;

  konkurs_test_make_qualified (person);
  konkurs_test_save_candidate (fixture->store, person);
  civil = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  first = konkurs_test_add_march_vacancy (fixture->store, civil, "Бас маман");
  second = konkurs_test_add_march_vacancy (fixture->store, civil, "Жетекші маман");
  assert_verifies (fixture, "creating");

  konkurs_candidate_set_phone (person, "+7 701 000 00 00");
  konkurs_test_save_candidate (fixture->store, person);
  application = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (person), civil, first, NULL);
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (application), TRUE, "", &error));
  g_assert_no_error (error);
  assert_verifies (fixture, "changing and deciding");

  vacancy = konkurs_store_get_vacancy (fixture->store, second, &error);
  g_assert_true (konkurs_store_delete_vacancy (fixture->store, second, &error));
  assert_verifies (fixture, "deleting a vacancy");
  g_assert_true (konkurs_store_restore_vacancy (fixture->store, vacancy, &error));
  g_assert_no_error (error);
  assert_verifies (fixture, "putting it back");

  g_assert_true (konkurs_store_delete_candidacy (fixture->store, konkurs_candidacy_get_id (application), &error));
  competition = konkurs_store_get_competition (fixture->store, civil, &error);
  vacancies = konkurs_store_list_vacancies (fixture->store, civil, &error);
  g_assert_true (konkurs_store_delete_competition (fixture->store, civil, &error));
  g_assert_no_error (error);
  assert_verifies (fixture, "deleting an application and a competition with its vacancies");
  g_assert_true (konkurs_store_restore_competition (fixture->store, competition, vacancies, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_delete_candidate (fixture->store, konkurs_candidate_get_id (person), &error));
  g_assert_no_error (error);
  assert_verifies (fixture, "putting the competition back and deleting the candidate");
}

/* The register keeps the head and the rows' hash of an issued protocol;
 * one whose head the chain lacks (cut off, or the register edited) fails
 * the check. */
static void
test_register (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursIssue) issue = konkurs_issue_new ("admission", 1);
  g_autoptr(KonkursIssue) found = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autofree char *head = NULL;
  static const char rows[] = "9b1c5e2f00000000000000000000000000000000000000000000000000000000";

  fill (fixture);
  head = konkurs_store_dup_record_head (fixture->store, NULL, &error);
  g_free (issue->number);
  issue->number = g_strdup ("7");
  g_date_set_dmy (&issue->date, 14, G_DATE_MARCH, 2025);
  issue->chain_head = g_strdup (head);
  issue->rows_sha256 = g_strdup (rows);
  g_assert_true (konkurs_store_register_issue (fixture->store, issue, &error));
  g_assert_no_error (error);
  found = konkurs_store_find_issue (fixture->store, "admission", 1, &error);
  g_assert_cmpstr (found->chain_head, ==, head);
  g_assert_cmpstr (found->rows_sha256, ==, rows);
  report = verify (fixture);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
  g_clear_pointer (&report, konkurs_verify_report_free);

  /* A forger who edits an early entry and hashes the whole chain again:
   * only the heads kept outside the chain tell, as the register's. */
  exec_sql (fixture, "DROP TRIGGER audit_log_no_update;"
                     "UPDATE audit_log SET actor = 'someone else' WHERE id = 2;"
                     "WITH RECURSIVE chain (id, hash) AS (SELECT 0, '" KONKURS_CHAIN_GENESIS "' UNION ALL "
                     "  SELECT l.id, konkurs_record_hash (chain.hash, l.id, l.at, l.actor, l.action, l.table_name, "
                     "                                    l.row_id, l.before, l.after, l.details) "
                     "  FROM chain JOIN audit_log l ON l.id = chain.id + 1) "
                     "UPDATE audit_log SET hash = chain.hash FROM chain WHERE audit_log.id = chain.id;"
                     "UPDATE audit_head SET hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1);");
  report = verify (fixture);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_ISSUE);
  g_assert_nonnull (strstr (report->message, "issued document № 7 was printed at the head "));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chain/canonical-form", test_canonical_form);
#define ADD(path, func) g_test_add (path, KonkursTestCandidates, NULL, konkurs_test_candidates_set_up, func, \
                                  konkurs_test_candidates_tear_down)
  ADD ("/chain/decision-recorded", test_decision_recorded);
  ADD ("/chain/append-only", test_append_only);
  ADD ("/chain/find-head", test_find_head);
  ADD ("/chain/every-write", test_every_write);
  ADD ("/chain/register", test_register);
  ADD ("/chain/rolled-back", test_rolled_back);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (tamperings); i++)
    {
      g_autofree char *path = g_strdup_printf ("/chain/tampering/%u", i);

      g_test_add (path, KonkursTestCandidates, &tamperings[i],
                  konkurs_test_candidates_set_up, test_tampering, konkurs_test_candidates_tear_down);
    }
  return g_test_run ();
}
