/* test-exchange-database.c — the export of a whole database and its
 * restoring: every area of a demo database survives export, restore and
 * export byte for byte; a restore is all or nothing, into an empty
 * database only; decisions come only with a whole database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "konkurs-demo.h"
#include "konkurs-exchange.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-private.h"
#include "konkurs-test-stage-results.h"
#include "konkurs-test-util.h"

typedef struct {
  char         *dir;
  KonkursStore *store;   /* a demo database */
} Fixture;

/* Stages at each point of their path, whatever the demo fills: a testing
 * stage closed after its results (the practical task open), one open with
 * results.  Candidates come with them: 80 of the demo and 7 here. */
#define N_STAGE_CANDIDATES 7

static void
fill_stages (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestStageCompetition) closed = konkurs_test_stage_competition_new (store,
                                                                                     KONKURS_PROCEDURE_CIVIL_SERVICE, 4);
  g_autoptr(KonkursTestStageCompetition) open = konkurs_test_stage_competition_new (store,
                                                                                   KONKURS_PROCEDURE_CIVIL_SERVICE, 1);

  konkurs_test_stage_add_results (store, closed->stage_id, 1);
  g_assert_true (konkurs_store_close_stage (store, closed->stage_id, TRUE, &error));
  g_assert_no_error (error);
  konkurs_test_stage_add_results (store, open->stage_id, 2);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = konkurs_test_make_tmp_dir ("test-exchange-database-XXXXXX");
  fixture->store = konkurs_test_store_open (NULL, NULL);
  g_assert_true (konkurs_demo_generate (fixture->store, 80, 7, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fill_stages (fixture->store);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static char *
export_to (Fixture *fixture, KonkursStore *store, const char *name)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (konkurs_exchange_export_database (store, path, NULL, &error));
  g_assert_no_error (error);
  konkurs_test_keep_artifact (path);
  return path;
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  return text;
}

static gint64
count (KonkursStore *store, const char *sql)
{
  return konkurs_test_query_int64 (konkurs_store_get_db (store), sql);
}

/* The demo has something in every area the export holds. */
static void
assert_demo_has_every_area (KonkursStore *store)
{
  g_assert_cmpint (count (store, "SELECT count(*) FROM organisation WHERE state_body_kk <> ''"), ==, 1);
  g_assert_cmpint (count (store, "SELECT count(*) FROM default_commission_member"), >=, 3);
  g_assert_cmpint (count (store, "SELECT count(*) FROM competition"), >, 1);
  g_assert_cmpint (count (store, "SELECT count(*) FROM vacancy"), >, 1);
  g_assert_cmpint (count (store, "SELECT count(*) FROM candidate_education"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM work_period"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM certificate"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM application WHERE sector IS NOT NULL"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM application WHERE eligibility = 'pending'"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM application WHERE eligibility = 'eligible'"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM application WHERE eligibility = 'ineligible'"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM application WHERE decision_reason <> ''"), >, 0);
  /* the stages of issue 9: some closed, one open, with results and outcomes */
  g_assert_cmpint (count (store, "SELECT count(*) FROM competition_stage WHERE state = 'closed'"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM competition_stage WHERE state = 'open'"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result WHERE stage_id IS NOT NULL"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM test_result_part"), >, 0);
  g_assert_cmpint (count (store, "SELECT count(*) FROM stage_outcome"), >, 0);
}

/* What a restore must keep of the stages: every attempt, score and outcome
 * as it was, by personal code. */
#define STAGES_AS_KEPT \
  "SELECT group_concat (x, '|') FROM (" \
  "SELECT c.number || ' ' || s.kind || ' ' || s.state || ' ' || ifnull (s.closed_at, '-') || ' ' || s.rules AS x " \
  "FROM competition_stage s JOIN competition c ON c.id = s.competition_id " \
  "UNION ALL SELECT a.personal_code || ' ' || t.test || ' ' || t.attempt || ' ' || t.score || ' ' || t.entered_at " \
  "FROM test_result t JOIN application a ON a.id = t.application_id " \
  "UNION ALL SELECT a.personal_code || ' ' || o.outcome || ' ' || o.reason || ' ' || o.rank " \
  "FROM stage_outcome o JOIN application a ON a.id = o.application_id ORDER BY 1)"

/* What a restore must keep that an import of candidates would not: the
 * personal codes and the decisions, who took them and when. */
#define APPLICATIONS_AS_KEPT \
  "SELECT group_concat (x, '|') FROM (SELECT c.iin || ' ' || a.personal_code || ' ' || a.status || ' ' " \
  "|| a.eligibility || ' ' || a.decision_reason || ' ' || ifnull (a.decided_by, '-') || ' ' " \
  "|| ifnull (a.decided_at, '-') || ' ' || ifnull (a.decision_failures, '-') || ' ' " \
  "|| ifnull (a.decision_checked_on, '-') AS x " \
  "FROM application a JOIN candidate c ON c.id = a.candidate_id ORDER BY c.iin, a.personal_code)"

static void
test_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) restored = konkurs_test_store_open (NULL, NULL);
  g_autofree char *first = export_to (fixture, fixture->store, "first.xml");
  g_autofree char *second = NULL;
  g_autofree char *first_text = read_file (first);
  g_autofree char *second_text = NULL;
  g_autofree char *kept_before = NULL;
  g_autofree char *kept_after = NULL;
  g_autofree char *stages_before = NULL;
  g_autofree char *stages_after = NULL;
  KonkursImportSummary summary = { 0 };

  assert_demo_has_every_area (fixture->store);
  g_assert_true (konkurs_exchange_import_file (restored, first, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.candidates, ==, 80 + N_STAGE_CANDIDATES);
  assert_demo_has_every_area (restored);

  second = export_to (fixture, restored, "second.xml");
  second_text = read_file (second);
  g_assert_cmpstr (first_text, ==, second_text);

  kept_before = konkurs_test_query_text (konkurs_store_get_db (fixture->store), APPLICATIONS_AS_KEPT);
  kept_after = konkurs_test_query_text (konkurs_store_get_db (restored), APPLICATIONS_AS_KEPT);
  g_assert_cmpstr (kept_before, ==, kept_after);
  stages_before = konkurs_test_query_text (konkurs_store_get_db (fixture->store), STAGES_AS_KEPT);
  stages_after = konkurs_test_query_text (konkurs_store_get_db (restored), STAGES_AS_KEPT);
  g_assert_cmpstr (stages_before, ==, stages_after);
  /* the restore is in the record, as itself: each application, stage,
   * result, score, assessment and outcome */
  g_assert_cmpint (count (restored, "SELECT count(*) FROM audit_log WHERE action = 'restore'"), ==,
                   count (restored, "SELECT (SELECT count(*) FROM application) + (SELECT count(*) FROM competition_stage)"
                                    " + (SELECT count(*) FROM test_result) + (SELECT count(*) FROM stage_member_score)"
                                    " + (SELECT count(*) FROM assessment_result)"
                                    " + (SELECT count(*) FROM stage_outcome)"));

  /* one file, self-describing */
  g_assert_true (g_str_has_prefix (first_text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                               "<konkurs-database xmlns=\"urn:konkurs:database:1\" version=\"2\">"));
  g_assert_nonnull (strstr (first_text, "<konkurs-stages xmlns=\"urn:konkurs:stages:1\" version=\"1\">"));
  g_assert_nonnull (strstr (first_text, "<test-result code=\"PK-"));
  g_assert_nonnull (strstr (first_text, "<outcome code=\"PK-"));
  g_assert_nonnull (strstr (first_text, "<konkurs-competitions xmlns=\"urn:konkurs:competitions:1\" version=\"2\">"));
  g_assert_nonnull (strstr (first_text, "<konkurs-candidates xmlns=\"urn:konkurs:candidates:1\" version=\"3\">"));
  g_assert_nonnull (strstr (first_text, "<commission-member role=\"chair\">"));
  g_assert_nonnull (strstr (first_text, "<decision eligibility=\"ineligible\""));
  g_assert_nonnull (strstr (first_text, "<reason>"));
}

/* A restore goes into an empty database only: nothing of it is written
 * into one that holds anything. */
static void
test_not_empty (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = export_to (fixture, fixture->store, "whole.xml");
  gint64 applications = count (fixture->store, "SELECT count(*) FROM application");

  g_assert_false (konkurs_exchange_import_file (fixture->store, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "whole.xml:2: konkurs-database: "));
  g_assert_nonnull (strstr (error->message, "only into an empty database"));
  g_assert_nonnull (strstr (error->message, "87 candidates"));
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM application"), ==, applications);
}

/* A fault in the last candidate leaves the empty database empty: not even
 * the organisation is kept. */
static void
test_all_or_nothing (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) restored = konkurs_test_store_open (NULL, NULL);
  g_autofree char *path = export_to (fixture, fixture->store, "broken.xml");
  g_autofree char *text = read_file (path);
  char *last = g_strrstr (text, "personal-code=\"");
  char *first = strstr (text, "personal-code=\"");
  g_autofree char *code = NULL;
  g_autofree char *broken = NULL;

  /* the last application takes the code of the first: two alike */
  g_assert_nonnull (last);
  g_assert_true (last != first);
  code = g_strndup (first, strchr (first + 15, '"') - first);
  broken = g_strdup_printf ("%.*s%s%s", (int) (last - text), text, code, strchr (last + 15, '"'));
  g_assert_true (g_file_set_contents (path, broken, -1, &error));

  g_assert_false (konkurs_exchange_import_file (restored, path, NULL, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "broken.xml:"));
  g_assert_nonnull (strstr (error->message, "application"));
  g_assert_cmpint (count (restored, "SELECT count(*) FROM candidate"), ==, 0);
  g_assert_cmpint (count (restored, "SELECT count(*) FROM competition"), ==, 0);
  g_assert_cmpint (count (restored, "SELECT count(*) FROM organisation WHERE state_body_kk <> ''"), ==, 0);
  g_assert_cmpint (count (restored, "SELECT count(*) FROM default_commission_member"), ==, 0);
}

/* A file of candidates alone cannot set a personal code or a decision:
 * that would let a file decide on admission. */
static void
test_decisions_only_with_database (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "decided.xml", NULL);
  const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<konkurs-candidates xmlns=\"urn:konkurs:candidates:1\" version=\"3\" xml:lang=\"kk\">\n"
    "  <candidate iin=\"900315300172\">\n"
    "    <surname>Ахметов</surname>\n"
    "    <name>Ерлан</name>\n"
    "    <application competition=\"2025-001\" vacancy=\"1\" received-on=\"2025-03-04\"\n"
    "                 personal-code=\"PK-AAA-BBB-CCC\" status=\"admitted\">\n"
    "      <decision eligibility=\"eligible\" decided-by=\"someone\" decided-at=\"2025-03-05T10:00:00Z\"/>\n"
    "    </application>\n"
    "  </candidate>\n"
    "</konkurs-candidates>\n";
  gint64 before = count (fixture->store, "SELECT count(*) FROM candidate");

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_false (konkurs_exchange_import_file (fixture->store, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "decided.xml:7: application: "));
  g_assert_nonnull (strstr (error->message, "<konkurs-database>"));
  g_assert_cmpint (count (fixture->store, "SELECT count(*) FROM candidate"), ==, before);
}

/* A file of version 1 (before stages) is still restored. */
static void
test_version_1 (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) restored = konkurs_test_store_open (NULL, NULL);
  g_autofree char *path = export_to (fixture, fixture->store, "old.xml");
  g_autofree char *text = read_file (path);
  char *stages = strstr (text, "  <konkurs-stages ");
  char *root = strstr (text, "version=\"2\"");
  g_autofree char *old = NULL;

  g_assert_nonnull (stages);
  g_assert_nonnull (root);
  root[9] = '1';
  old = g_strdup_printf ("%.*s</konkurs-database>\n", (int) (stages - text), text);
  g_assert_true (g_file_set_contents (path, old, -1, &error));
  g_assert_true (konkurs_exchange_import_file (restored, path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (restored, "SELECT count(*) FROM application"), ==,
                   count (fixture->store, "SELECT count(*) FROM application"));
  g_assert_cmpint (count (restored, "SELECT count(*) FROM stage_outcome"), ==, 0);
}

/* A result of an application the file does not have is named. */
static void
test_stage_unknown_code (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) restored = konkurs_test_store_open (NULL, NULL);
  g_autofree char *path = export_to (fixture, fixture->store, "stray.xml");
  g_autofree char *text = read_file (path);
  char *result = strstr (text, "<test-result code=\"PK-");
  g_autofree char *broken = NULL;

  g_assert_nonnull (result);
  broken = g_strdup_printf ("%.*sPK-XXX-XXX-XXX%s", (int) (result - text) + 19, text, result + 19 + 14);
  g_assert_true (g_file_set_contents (path, broken, -1, &error));
  g_assert_false (konkurs_exchange_import_file (restored, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "stray.xml:"));
  g_assert_nonnull (strstr (error->message, "PK-XXX-XXX-XXX"));
  g_assert_cmpint (count (restored, "SELECT count(*) FROM competition"), ==, 0);
}

/* What the schema of the whole file refuses: a section it does not know. */
static void
test_unknown_section (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) empty = konkurs_test_store_open (NULL, NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "later.xml", NULL);
  const char *text =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<konkurs-database xmlns=\"urn:konkurs:database:1\" version=\"1\">\n"
    "  <organisation/>\n"
    "  <essays/>\n"
    "</konkurs-database>\n";

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_false (konkurs_exchange_import_file (empty, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "later.xml:4: "));
  g_assert_nonnull (strstr (error->message, "essays"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/exchange-database/" path, Fixture, NULL, fixture_set_up, func, \
                                    fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("not-empty", test_not_empty);
  ADD ("all-or-nothing", test_all_or_nothing);
  ADD ("decisions-only-with-database", test_decisions_only_with_database);
  ADD ("unknown-section", test_unknown_section);
  ADD ("version-1", test_version_1);
  ADD ("stage-unknown-code", test_stage_unknown_code);
#undef ADD

  return g_test_run ();
}
