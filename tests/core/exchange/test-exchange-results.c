/* test-exchange-results.c — the results of a stage imported from the
 * testing centre's XML: by personal code, against the stage's rule, all
 * or nothing; the same file twice adds nothing, a changed score is a
 * retake, a closed stage takes no file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-exchange.h"
#include "konkurs-store-private.h"
#include "konkurs-test-stage-results.h"
#include "konkurs-test-util.h"

typedef struct {
  char                        *dir;
  KonkursStore                *store;
  KonkursTestStageCompetition *competition;   /* three admitted, the testing stage open */
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->dir = konkurs_test_make_tmp_dir ("test-exchange-results-XXXXXX");
  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->competition = konkurs_test_stage_competition_new (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE, 3);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_pointer (&fixture->competition, konkurs_test_stage_competition_free);
  g_clear_object (&fixture->store);
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static const char *
code (Fixture *fixture, guint index)
{
  return g_ptr_array_index (fixture->competition->codes, index);
}

/* The legislation test (55 questions in four acts) of @code: 7 lines. */
static char *
legislation (const char *code, int constitution, int law, int corruption, int ethics, int total)
{
  return g_strdup_printf ("  <candidate code=\"%s\">\n"
                          "    <test code=\"legislation\" taken-on=\"2025-04-10\" present=\"true\" correct=\"%d\" of=\"55\">\n"
                          "      <part code=\"constitution\" correct=\"%d\" of=\"15\"/>\n"
                          "      <part code=\"civil-service-law\" correct=\"%d\" of=\"15\"/>\n"
                          "      <part code=\"anti-corruption-law\" correct=\"%d\" of=\"15\"/>\n"
                          "      <part code=\"ethics-code\" correct=\"%d\" of=\"10\"/>\n"
                          "    </test>\n",
                          code, total, constitution, law, corruption, ethics);
}

/* Three candidates: the first two with both tests, the third absent. */
static char *
valid_body (Fixture *fixture, int first_constitution)
{
  g_autofree char *first = legislation (code (fixture, 0), first_constitution, 12, 11, 8, first_constitution + 31);
  g_autofree char *second = legislation (code (fixture, 1), 10, 10, 10, 9, 39);

  return g_strdup_printf ("%s"
                          "    <test code=\"personal-qualities\" taken-on=\"2025-04-11\" present=\"true\" correct=\"71\" of=\"100\"/>\n"
                          "  </candidate>\n"
                          "%s"
                          "    <test code=\"personal-qualities\" taken-on=\"2025-04-11\" present=\"true\" correct=\"64\" of=\"100\"/>\n"
                          "  </candidate>\n"
                          "  <candidate code=\"%s\">\n"
                          "    <test code=\"legislation\" taken-on=\"2025-04-10\" present=\"false\"/>\n"
                          "  </candidate>\n",
                          first, second, code (fixture, 2));
}

static gboolean
import (Fixture *fixture, const char *path, KonkursImportSummary *summary, GError **error)
{
  return konkurs_exchange_import_file (fixture->store, path, summary, NULL, NULL, NULL, error);
}

static void
test_valid (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = valid_body (fixture, 12);
  g_autofree char *path = konkurs_test_write_results (fixture->dir, "results.xml", fixture->competition, body);
  g_autoptr(GPtrArray) results = NULL;
  KonkursImportSummary summary = { 0 };

  g_assert_true (import (fixture, path, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.results, ==, 5);
  g_assert_cmpuint (summary.result_candidates, ==, 3);
  g_assert_cmpuint (summary.unchanged, ==, 0);

  results = konkurs_store_list_test_results (fixture->store, fixture->competition->stage_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (results->len, ==, 5);
  for (guint i = 0; i < results->len; i++)
    {
      KonkursTestResult *result = g_ptr_array_index (results, i);

      g_assert_cmpint (result->attempt, ==, 1);
      g_assert_cmpstr (result->source, ==, "import: results.xml");
      if (g_str_equal (result->test, "legislation") && result->present)
        g_assert_cmpuint (result->parts->len, ==, 4);
      if (!result->present)
        g_assert_cmpint (result->score, ==, 0);
    }
}

/* The same file twice adds nothing; a changed score is a retake, the
 * first attempt kept. */
static void
test_twice_and_retake (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = valid_body (fixture, 12);
  g_autofree char *changed = valid_body (fixture, 14);
  g_autofree char *path = konkurs_test_write_results (fixture->dir, "results.xml", fixture->competition, body);
  g_autofree char *retake = konkurs_test_write_results (fixture->dir, "retake.xml", fixture->competition, changed);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  KonkursImportSummary summary = { 0 };

  g_assert_true (import (fixture, path, NULL, &error));
  before = konkurs_test_describe_results (fixture->store, fixture->competition->stage_id);
  g_assert_true (import (fixture, path, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.results, ==, 0);
  g_assert_cmpuint (summary.unchanged, ==, 5);
  after = konkurs_test_describe_results (fixture->store, fixture->competition->stage_id);
  g_assert_cmpstr (before, ==, after);

  g_assert_true (import (fixture, retake, &summary, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.results, ==, 1);
  g_assert_cmpuint (summary.result_candidates, ==, 1);
  g_assert_cmpuint (summary.unchanged, ==, 4);
  g_clear_pointer (&after, g_free);
  after = konkurs_test_describe_results (fixture->store, fixture->competition->stage_id);
  g_test_message ("%s", after);
  g_assert_nonnull (strstr (after, " legislation 1 43"));
  g_assert_nonnull (strstr (after, " legislation 2 45"));
}

/* Each fault: the message (file, line, element/attribute, what), and
 * nothing imported, the valid candidate before it neither. */
typedef struct {
  const char *name;
  const char *candidate;   /* %s stands for the code of the first admitted */
  int         line;        /* of the fault, counting from the root's line 2 */
  const char *expected;
} Fault;

static const Fault faults[] = {
  { "unknown-code",
    "  <candidate code=\"PK-222-222-222\">\n"
    "    <test code=\"personal-qualities\" taken-on=\"2025-04-11\" present=\"true\" correct=\"50\" of=\"100\"/>\n"
    "  </candidate>\n",
    11, "candidate/@code: no application of competition" },
  { "unknown-test",
    "  <candidate code=\"%s\">\n"
    "    <test code=\"essay\" taken-on=\"2025-04-11\" present=\"true\" correct=\"5\" of=\"10\"/>\n"
    "  </candidate>\n",
    12, "test/@code: the rule set has no test “essay” in the stage “testing”; its tests: legislation" },
  { "above-total",
    "  <candidate code=\"%s\">\n"
    "    <test code=\"personal-qualities\" taken-on=\"2025-04-11\" present=\"true\" correct=\"101\" of=\"100\"/>\n"
    "  </candidate>\n",
    12, "test/@correct: 101 correct answers of 100" },
  { "wrong-of",
    "  <candidate code=\"%s\">\n"
    "    <test code=\"personal-qualities\" taken-on=\"2025-04-11\" present=\"true\" correct=\"40\" of=\"50\"/>\n"
    "  </candidate>\n",
    12, "test/@of: “personal-qualities” has 100 questions in the rule set, the file says 50" },
  { "parts-sum",
    "  <candidate code=\"%s\">\n"
    "    <test code=\"legislation\" taken-on=\"2025-04-10\" present=\"true\" correct=\"40\" of=\"55\">\n"
    "      <part code=\"constitution\" correct=\"10\" of=\"15\"/>\n"
    "      <part code=\"civil-service-law\" correct=\"10\" of=\"15\"/>\n"
    "      <part code=\"anti-corruption-law\" correct=\"10\" of=\"15\"/>\n"
    "      <part code=\"ethics-code\" correct=\"9\" of=\"10\"/>\n"
    "    </test>\n"
    "  </candidate>\n",
    12, "test: the parts of “legislation” add up to 39 correct answers, the test says 40" },
  { "parts-missing",
    "  <candidate code=\"%s\">\n"
    "    <test code=\"legislation\" taken-on=\"2025-04-10\" present=\"true\" correct=\"40\" of=\"55\"/>\n"
    "  </candidate>\n",
    12, "test: “legislation” has the parts constitution, civil-service-law, anti-corruption-law, ethics-code" },
  { "unknown-part",
    "  <candidate code=\"%s\">\n"
    "    <test code=\"legislation\" taken-on=\"2025-04-10\" present=\"true\" correct=\"40\" of=\"55\">\n"
    "      <part code=\"tax-code\" correct=\"10\" of=\"15\"/>\n"
    "    </test>\n"
    "  </candidate>\n",
    13, "part/@code: “legislation” has no part “tax-code” in the rule set" },
  { "absent-with-score",
    "  <candidate code=\"%s\">\n"
    "    <test code=\"personal-qualities\" taken-on=\"2025-04-11\" present=\"false\" correct=\"3\"/>\n"
    "  </candidate>\n",
    12, "test/@correct: the candidate was absent" },
  { "twice",
    "  <candidate code=\"%s\">\n"
    "    <test code=\"personal-qualities\" taken-on=\"2025-04-11\" present=\"true\" correct=\"3\" of=\"100\"/>\n"
    "    <test code=\"personal-qualities\" taken-on=\"2025-04-12\" present=\"true\" correct=\"4\" of=\"100\"/>\n"
    "  </candidate>\n",
    13, "test/@code: a second result of “personal-qualities”" },
};

static void
test_fault (Fixture *fixture, gconstpointer data)
{
  const Fault *fault = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *valid = legislation (code (fixture, 1), 10, 10, 10, 9, 39);
  g_auto(GStrv) around = g_strsplit (fault->candidate, "%s", -1);
  g_autofree char *faulty = g_strjoinv (code (fixture, 0), around);
  g_autofree char *body = g_strconcat (valid, "  </candidate>\n", faulty, NULL);
  g_autofree char *name = g_strconcat (fault->name, ".xml", NULL);
  g_autofree char *path = konkurs_test_write_results (fixture->dir, name, fixture->competition, body);
  g_autofree char *prefix = g_strdup_printf ("%s:%d: ", name, fault->line);
  g_autofree char *before = konkurs_test_describe_results (fixture->store, fixture->competition->stage_id);
  g_autofree char *after = NULL;

  g_assert_false (import (fixture, path, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_nonnull (strstr (error->message, fault->expected));
  after = konkurs_test_describe_results (fixture->store, fixture->competition->stage_id);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (after, ==, "");
}

/* A code of the competition that did not go on from the documents. */
static void
test_did_not_enter (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = legislation (fixture->competition->refused_code, 10, 10, 10, 9, 39);
  g_autofree char *full = g_strconcat (body, "  </candidate>\n", NULL);
  g_autofree char *path = konkurs_test_write_results (fixture->dir, "refused.xml", fixture->competition, full);

  g_assert_false (import (fixture, path, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "refused.xml:3: candidate/@code: the application "));
  g_assert_nonnull (strstr (error->message, "did not enter the stage “testing”"));
}

/* The root: a competition or stage the database lacks. */
static void
test_wrong_root (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "essay.xml", NULL);
  g_autofree char *text = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                           "<konkurs-test-results xmlns=\"urn:konkurs:test-results:1\" version=\"1\" "
                                           "competition=\"%s\" stage=\"essay-writing\">\n"
                                           "  <candidate code=\"%s\"/>\n"
                                           "</konkurs-test-results>\n",
                                           fixture->competition->number, code (fixture, 0));

  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_false (import (fixture, path, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "essay.xml:2: konkurs-test-results/@stage: competition "));
  g_assert_nonnull (strstr (error->message, "has no stage “essay-writing”; its stages: documents, testing"));
  g_clear_error (&error);

  g_free (text);
  text = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<konkurs-test-results xmlns=\"urn:konkurs:test-results:1\" version=\"1\" "
                          "competition=\"1999-999\" stage=\"testing\">\n"
                          "  <candidate code=\"%s\"/>\n"
                          "</konkurs-test-results>\n", code (fixture, 0));
  g_assert_true (g_file_set_contents (path, text, -1, &error));
  g_assert_false (import (fixture, path, NULL, &error));
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message,
                                   "essay.xml:2: konkurs-test-results/@competition: this database has no competition "
                                   "numbered '1999-999'"));
}

/* A closed stage takes no file, not even one it has already. */
static void
test_closed (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = valid_body (fixture, 12);
  g_autofree char *path = konkurs_test_write_results (fixture->dir, "late.xml", fixture->competition, body);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (import (fixture, path, NULL, &error));
  g_assert_true (konkurs_store_close_stage (fixture->store, fixture->competition->stage_id, TRUE, &error));
  g_assert_no_error (error);
  before = konkurs_test_describe_results (fixture->store, fixture->competition->stage_id);
  g_assert_false (import (fixture, path, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "late.xml:2: konkurs-test-results: the stage “testing”"));
  g_assert_nonnull (strstr (error->message, "is closed: corrections are made one by one with a reason"));
  after = konkurs_test_describe_results (fixture->store, fixture->competition->stage_id);
  g_assert_cmpstr (before, ==, after);
}

/* What only the schema catches: an attribute it does not know. */
static void
test_schema (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *body = g_strdup_printf ("  <candidate code=\"%s\" iin=\"900101300127\">\n"
                                           "    <test code=\"personal-qualities\" taken-on=\"2025-04-11\" present=\"true\" "
                                           "correct=\"3\" of=\"100\"/>\n"
                                           "  </candidate>\n", code (fixture, 0));
  g_autofree char *path = konkurs_test_write_results (fixture->dir, "iin.xml", fixture->competition, body);
  g_autofree char *results = NULL;

  g_assert_false (import (fixture, path, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "iin.xml:3: "));
  g_assert_nonnull (strstr (error->message, "iin"));
  results = konkurs_test_describe_results (fixture->store, fixture->competition->stage_id);
  g_assert_cmpstr (results, ==, "");
}

/* Files of tests/data that are not results at all. */
static void
test_malformed (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = konkurs_test_data_path ("results-malformed.xml");

  g_assert_false (import (fixture, path, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_MALFORMED);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "results-malformed.xml:"));
}

/* The files of tests/data, into the database of stage-database.xml:
 * competition 2025-001 with its testing stage open, Youth Reserve
 * selection 2025-002 with its assessment centre open. */
static KonkursStore *
open_stage_database (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = konkurs_test_data_path ("stage-database.xml");
  KonkursStore *store = konkurs_test_store_open (NULL, NULL);

  g_assert_true (konkurs_exchange_import_file (store, path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return store;
}

static KonkursStage *
find_stage (KonkursStore *store, const char *number, KonkursStageKind kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_store_find_competition_by_number (store, number, &error);
  KonkursStage *stage;

  g_assert_no_error (error);
  stage = konkurs_store_find_stage (store, konkurs_competition_get_id (competition), kind, &error);
  g_assert_no_error (error);
  return stage;
}

static const KonkursStageRow *
row_of (GPtrArray *rows, const char *code)
{
  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (((KonkursStageRow *) g_ptr_array_index (rows, i))->personal_code, code))
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

/* results-valid.xml: every test of three candidates, once; the second
 * fails a part of the legislation test, the third was absent. */
static void
test_data_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = open_stage_database ();
  g_autofree char *path = konkurs_test_data_path ("results-valid.xml");
  g_autoptr(KonkursStage) stage = find_stage (store, "2025-001", KONKURS_STAGE_TESTING);
  g_autoptr(GPtrArray) rows = NULL;
  KonkursImportSummary summary = { 0 };

  g_assert_true (konkurs_exchange_import_file (store, path, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.results, ==, 9);
  g_assert_cmpuint (summary.result_candidates, ==, 3);
  g_assert_true (konkurs_exchange_import_file (store, path, &summary, NULL, NULL, NULL, &error));
  g_assert_cmpuint (summary.results, ==, 0);
  g_assert_cmpuint (summary.unchanged, ==, 9);

  rows = konkurs_store_list_stage_rows (store, stage->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (row_of (rows, "PK-733-C8C-CND")->decision->outcome, ==, KONKURS_STAGE_OUTCOME_GOES_ON);
  g_assert_cmpint (row_of (rows, "PK-AG6-HP4-7E6")->decision->reason, ==, KONKURS_STAGE_REASON_PART_FAILED);
  g_assert_cmpstr (row_of (rows, "PK-AG6-HP4-7E6")->decision->detail, ==, "constitution");
  g_assert_false (row_of (rows, "PK-P2K-MP3-MR2")->has_result);
}

/* assessment-valid.xml: two candidates' competencies and ratings; the
 * stage score is 70 % of the competencies' mean and 30 % of the rating. */
static void
test_data_assessment (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = open_stage_database ();
  g_autofree char *path = konkurs_test_data_path ("assessment-valid.xml");
  g_autoptr(KonkursStage) stage = find_stage (store, "2025-002", KONKURS_STAGE_ASSESSMENT_CENTRE);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) assessments = NULL;
  KonkursImportSummary summary = { 0 };

  g_assert_true (konkurs_exchange_import_file (store, path, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.results, ==, 2);
  g_assert_cmpuint (summary.result_candidates, ==, 2);
  g_assert_true (konkurs_exchange_import_file (store, path, &summary, NULL, NULL, NULL, &error));
  g_assert_cmpuint (summary.results, ==, 0);
  g_assert_cmpuint (summary.unchanged, ==, 2);

  assessments = konkurs_store_list_assessments (store, stage->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assessments->len, ==, 2);
  g_assert_cmpstr (((KonkursAssessment *) g_ptr_array_index (assessments, 0))->supervisor, ==,
                   "Омарова Гүлнар Серікқызы");
  rows = konkurs_store_list_stage_rows (store, stage->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);
  /* 70 % of 4 and 30 % of 4; 70 % of 3.33 and 30 % of 5 */
  g_assert_cmpint (row_of (rows, "PK-7WU-E7D-CMJ")->score, ==, 400);
  g_assert_cmpint (row_of (rows, "PK-E5P-U2K-MH9")->score, ==, 383);
}

typedef struct {
  const char *file;
  int         code;
  const char *expected;   /* the message begins with it */
} DataFault;

static const DataFault data_faults[] = {
  { "results-unknown-code.xml", KONKURS_EXCHANGE_ERROR_INVALID,
    "results-unknown-code.xml:6: candidate/@code: no application of competition 2025-001 has the personal code "
    "'PK-222-222-222'" },
  { "results-bad-part-sum.xml", KONKURS_EXCHANGE_ERROR_INVALID,
    "results-bad-part-sum.xml:4: test: the parts of “legislation” add up to 41 correct answers, the test says 42" },
  { "results-above-total.xml", KONKURS_EXCHANGE_ERROR_INVALID,
    "results-above-total.xml:4: test/@correct: 101 correct answers of 100 in “personal-qualities”" },
  { "results-not-entered.xml", KONKURS_EXCHANGE_ERROR_INVALID,
    "results-not-entered.xml:3: candidate/@code: the application PK-FY6-YHE-J35 did not enter the stage “testing”" },
  { "results-malformed.xml", KONKURS_EXCHANGE_ERROR_MALFORMED, "results-malformed.xml:5: " },
  { "assessment-not-entered.xml", KONKURS_EXCHANGE_ERROR_INVALID,
    "assessment-not-entered.xml:8: candidate/@code: the application PK-TQ2-PHK-H5H did not enter the stage "
    "“assessment-centre”" },
  { "assessment-above-max.xml", KONKURS_EXCHANGE_ERROR_INVALID,
    "assessment-above-max.xml:5: competency/@score: 6 is above the highest score of the stage, 5" },
};

static void
test_data_fault (gconstpointer data)
{
  const DataFault *fault = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = open_stage_database ();
  g_autofree char *path = konkurs_test_data_path (fault->file);
  gint64 results = konkurs_test_query_int64 (konkurs_store_get_db (store), "SELECT count(*) FROM test_result");

  g_assert_false (konkurs_exchange_import_file (store, path, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, fault->code);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, fault->expected));
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store), "SELECT count(*) FROM test_result"), ==,
                   results);
  g_assert_cmpint (konkurs_test_query_int64 (konkurs_store_get_db (store), "SELECT count(*) FROM assessment_result"),
                   ==, 0);
}

/* Not a test: KONKURS_WRITE_STAGE_DATABASE=FILE test-exchange-results
 * writes a database of the kind tests/data/stage-database.xml was made
 * from (see the comment at its top). */
static void
write_stage_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(KonkursTestStageCompetition) civil = konkurs_test_stage_competition_new (store,
                                                                                    KONKURS_PROCEDURE_CIVIL_SERVICE, 3);
  g_autoptr(KonkursTestStageCompetition) reserve = konkurs_test_stage_competition_new (store,
                                                                                      KONKURS_PROCEDURE_YOUTH_RESERVE, 3);

  g_assert_true (konkurs_exchange_export_database (store, path, NULL, &error));
  g_assert_no_error (error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("KONKURS_WRITE_STAGE_DATABASE") != NULL)
    {
      write_stage_database (g_getenv ("KONKURS_WRITE_STAGE_DATABASE"));
      return 0;
    }

#define ADD(path, func) g_test_add ("/exchange-results/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("valid", test_valid);
  ADD ("twice-and-retake", test_twice_and_retake);
  ADD ("did-not-enter", test_did_not_enter);
  ADD ("wrong-root", test_wrong_root);
  ADD ("closed", test_closed);
  ADD ("schema", test_schema);
  ADD ("malformed", test_malformed);
#undef ADD
  g_test_add_func ("/exchange-results/data/valid", test_data_valid);
  g_test_add_func ("/exchange-results/data/assessment", test_data_assessment);
  for (guint i = 0; i < G_N_ELEMENTS (data_faults); i++)
    {
      g_autofree char *path = g_strconcat ("/exchange-results/data/", data_faults[i].file, NULL);

      g_test_add_data_func (path, &data_faults[i], test_data_fault);
    }
  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      g_autofree char *path = g_strconcat ("/exchange-results/fault/", faults[i].name, NULL);

      g_test_add (path, Fixture, &faults[i], fixture_set_up, test_fault, fixture_tear_down);
    }
  return g_test_run ();
}
