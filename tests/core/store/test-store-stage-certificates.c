/* test-store-stage-certificates.c — "take from certificates": the results
 * of a civil-service testing stage taken from the candidates' valid
 * certificates, all or nothing, through the record
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-stage-certificates.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-private.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-stage-results.h"
#include "konkurs-test-util.h"

typedef struct {
  KonkursTestCandidates        base;
  KonkursTestStageCompetition *competition;
  gint64                       apps[3];
} Fixture;

static void
set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  konkurs_test_candidates_set_up (&fixture->base, data);
  fixture->competition = konkurs_test_stage_competition_new (fixture->base.store, KONKURS_PROCEDURE_CIVIL_SERVICE, 3);
  rows = konkurs_store_list_stage_rows (fixture->base.store, fixture->competition->stage_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    fixture->apps[i] = ((KonkursStageRow *) g_ptr_array_index (rows, i))->application_id;
}

static void
tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_pointer (&fixture->competition, konkurs_test_stage_competition_free);
  konkurs_test_candidates_tear_down (&fixture->base, data);
}

/* Gives the candidate of application @app a certificate of @kind passed on
 * @year-@month-1 with @score of @max_score, number @number. */
static void
give_certificate (Fixture *fixture, gint64 app, KonkursCertificateKind kind, int year, int month, int score,
                  int max_score, const char *number)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidacy) candidacy = konkurs_store_get_candidacy (fixture->base.store, app, &error);
  g_autoptr(KonkursCandidate) candidate = NULL;
  g_autoptr(GDate) passed = konkurs_test_date_new (year, month, 1);
  g_autoptr(KonkursCandidateCertificate) certificate = konkurs_candidate_certificate_new (kind, passed, "", number);

  g_assert_no_error (error);
  candidate = konkurs_store_get_candidate (fixture->base.store, konkurs_candidacy_get_candidate_id (candidacy), &error);
  g_assert_no_error (error);
  certificate->score = score;
  certificate->max_score = max_score;
  konkurs_candidate_add_certificate (candidate, certificate);
  g_assert_true (konkurs_store_save_candidate (fixture->base.store, candidate, &error));
  g_assert_no_error (error);
}

static const KonkursTestResult *
find_result (GPtrArray *results, gint64 app, const char *test)
{
  const KonkursTestResult *found = NULL;

  for (guint i = 0; i < results->len; i++)
    {
      const KonkursTestResult *result = g_ptr_array_index (results, i);

      if (result->application_id == app && g_str_equal (result->test, test))
        found = result;
    }
  return found;
}

static int
score_of (GPtrArray *results, gint64 app, const char *test)
{
  const KonkursTestResult *result = find_result (results, app, test);

  if (result == NULL)
    g_assert_not_reached ();
  return result->score;
}

static GPtrArray *
list_results (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *results = konkurs_store_list_test_results (fixture->base.store, fixture->competition->stage_id, &error);

  g_assert_no_error (error);
  return results;
}

static gint64
count_created (Fixture *fixture)
{
  return konkurs_test_query_int64 (konkurs_store_get_db (fixture->base.store),
                                 "SELECT count(*) FROM audit_log WHERE table_name = 'test_result' "
                                 "AND action = 'create'");
}

/* A valid certificate is taken, an expired one is not, the newer of two
 * wins; a legislation certificate needs no parts; the record verifies. */
static void
test_taken (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autofree char *withdraw = NULL;
  const KonkursTestResult *result;
  guint taken = 99, missing = 99;

  /* every candidate holds a state-language certificate (C1, no score) */
  give_certificate (fixture, fixture->apps[0], KONKURS_CERTIFICATE_LEGISLATION, 2024, 6, 31, 55, "L-old");
  give_certificate (fixture, fixture->apps[0], KONKURS_CERTIFICATE_LEGISLATION, 2024, 12, 44, 55, "L-new");
  give_certificate (fixture, fixture->apps[0], KONKURS_CERTIFICATE_PERSONAL_QUALITIES, 2024, 12, 70, 100, "P-0");
  give_certificate (fixture, fixture->apps[1], KONKURS_CERTIFICATE_LEGISLATION, 2023, 1, 50, 55, "L-expired");
  give_certificate (fixture, fixture->apps[1], KONKURS_CERTIFICATE_PERSONAL_QUALITIES, 2024, 12, 60, 100, "P-1");

  g_assert_true (konkurs_store_take_certificates (fixture->base.store, fixture->competition->stage_id, &taken,
                                                  &missing, &error));
  g_assert_no_error (error);
  /* apps[0]: three; apps[1]: two (its legislation one expired); apps[2]:
   * the state language only */
  g_assert_cmpuint (taken, ==, 6);
  g_assert_cmpuint (missing, ==, 2);

  results = list_results (fixture);
  result = find_result (results, fixture->apps[0], "legislation");
  if (result == NULL)
    g_assert_not_reached ();
  g_assert_cmpint (result->score, ==, 44);
  g_assert_cmpstr (result->source, ==, "certificate: L-new");
  g_assert_cmpuint (result->parts->len, ==, 0);
  g_assert_cmpint (g_date_get_month (&result->taken_on), ==, 12);
  g_assert_cmpint (result->attempt, ==, 1);
  g_assert_null (find_result (results, fixture->apps[1], "legislation"));
  g_assert_cmpint (score_of (results, fixture->apps[1], "personal-qualities"), ==, 60);
  g_assert_cmpint (score_of (results, fixture->apps[2], "state-language"), ==, 1);
  g_assert_cmpint (count_created (fixture), ==, 6);

  /* the legislation certificate without parts meets the parts' minimums */
  rows = konkurs_store_list_stage_rows (fixture->base.store, fixture->competition->stage_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursStageRow *row = g_ptr_array_index (rows, i);

      if (row->application_id == fixture->apps[0])
        {
          g_assert_true (row->has_result);
          g_assert_cmpint (row->decision->outcome, ==, KONKURS_STAGE_OUTCOME_GOES_ON);
        }
      else
        g_assert_false (row->has_result);
    }

  /* taken again: nothing new, the same applications still lack one */
  g_assert_true (konkurs_store_take_certificates (fixture->base.store, fixture->competition->stage_id, &taken,
                                                  &missing, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (taken, ==, 0);
  g_assert_cmpuint (missing, ==, 2);

  report = konkurs_store_verify (fixture->base.store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);

  /* a withdrawn application lacks nothing */
  withdraw = g_strdup_printf ("UPDATE application SET status = 'withdrawn' WHERE id = %" G_GINT64_FORMAT,
                              fixture->apps[1]);
  konkurs_test_exec (konkurs_store_get_db (fixture->base.store), withdraw);
  g_assert_true (konkurs_store_take_certificates (fixture->base.store, fixture->competition->stage_id, &taken,
                                                  &missing, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (missing, ==, 1);
}

/* One certificate the stage's rule refuses (out of another maximum):
 * nothing is taken, the error names the application. */
static void
test_all_or_nothing (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;
  guint taken = 99, missing = 99;

  give_certificate (fixture, fixture->apps[0], KONKURS_CERTIFICATE_PERSONAL_QUALITIES, 2024, 12, 70, 100, "P-0");
  give_certificate (fixture, fixture->apps[2], KONKURS_CERTIFICATE_LEGISLATION, 2024, 12, 58, 60, "L-60");

  g_assert_false (konkurs_store_take_certificates (fixture->base.store, fixture->competition->stage_id, &taken,
                                                   &missing, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "L-60"));
  g_assert_nonnull (strstr (error->message, g_ptr_array_index (fixture->competition->codes, 2)));
  g_assert_cmpuint (taken, ==, 99);
  results = list_results (fixture);
  g_assert_cmpuint (results->len, ==, 0);
  g_assert_cmpint (count_created (fixture), ==, 0);
}

/* A typed result without its parts is still refused, whatever its source
 * says; so are a stage that is not open and one that is not testing. */
static void
test_refused (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestResult) typed = konkurs_test_result_new (fixture->apps[0], "legislation");
  g_autoptr(GPtrArray) stages = NULL;
  gint64 documents = 0;

  typed->score = 40;
  g_free (typed->source);
  typed->source = konkurs_test_source_certificate ("forged");
  g_assert_false (konkurs_store_add_test_result (fixture->base.store, fixture->competition->stage_id, typed, NULL,
                                                 &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  stages = konkurs_store_list_stages (fixture->base.store, fixture->competition->competition_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < stages->len; i++)
    {
      const KonkursStage *stage = g_ptr_array_index (stages, i);

      if (stage->kind == KONKURS_STAGE_DOCUMENTS)
        documents = stage->id;
      else if (stage->kind != KONKURS_STAGE_TESTING)
        {
          g_assert_false (konkurs_store_take_certificates (fixture->base.store, stage->id, NULL, NULL, &error));
          g_assert_true (error != NULL);
          g_clear_error (&error);
        }
    }
  g_assert_false (konkurs_store_take_certificates (fixture->base.store, documents, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "testing stage"));
  g_clear_error (&error);

  g_assert_true (konkurs_store_close_stage (fixture->base.store, fixture->competition->stage_id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (konkurs_store_take_certificates (fixture->base.store, fixture->competition->stage_id, NULL, NULL,
                                                   &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/store-stage-certificates/taken", Fixture, NULL, set_up, test_taken, tear_down);
  g_test_add ("/store-stage-certificates/all-or-nothing", Fixture, NULL, set_up, test_all_or_nothing, tear_down);
  g_test_add ("/store-stage-certificates/refused", Fixture, NULL, set_up, test_refused, tear_down);
  return g_test_run ();
}
