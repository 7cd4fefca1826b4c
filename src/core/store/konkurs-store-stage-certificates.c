/* konkurs-store-stage-certificates.c — "take from certificates": the
 * results of a civil-service testing stage taken from the certificates
 * the candidates bring, instead of typed again
 *
 * Each result goes through a KonkursStageResults batch, the path of an
 * imported one (the rule's checks, the record), all in one operation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-stage-certificates.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-stages-private.h"
#include "konkurs-verdict.h"

/* What every certificate of the stage is judged by. */
typedef struct {
  GDate                on;              /* the day it must be valid on */
  int                  validity_months;
  KonkursLanguageLevel required_level;  /* state language; NONE: any */
} Judge;

static gboolean
judge_init (KonkursStore        *self,
            const KonkursStage  *stage,
            Judge               *judge,
            GError             **error)
{
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autoptr(GError) invalid = NULL;
  int level = KONKURS_LANGUAGE_LEVEL_NONE;

  competition = konkurs_store_get_competition (self, stage->competition_id, error);
  if (competition == NULL)
    return FALSE;
  rule_set = konkurs_store_get_rule_set (self, konkurs_competition_get_rule_set_id (competition), error);
  if (rule_set == NULL)
    return FALSE;
  /* the stage's start is the date the eligibility check picks first */
  if (!konkurs_verdict_pick_date (NULL, &stage->starts_on, konkurs_competition_get_document_deadline (competition),
                                  konkurs_competition_get_announcement_date (competition), &judge->on, &invalid))
    return konkurs_store_invalid (error, invalid->message);
  judge->validity_months = KONKURS_DEFAULT_CERTIFICATE_VALIDITY_MONTHS;
  konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS, &judge->validity_months);
  if (konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_YOUTH_RESERVE)
    {
      level = KONKURS_LANGUAGE_LEVEL_B1;
      konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_YOUTH_MIN_LANGUAGE_LEVEL, &level);
    }
  judge->required_level = level;
  return TRUE;
}

/* The latest certificate of @kind valid on the judge's day that is a
 * result for @test (*@score), or NULL. */
static const KonkursCandidateCertificate *
pick_certificate (GPtrArray              *certificates,
                  const KonkursTestRule  *test,
                  KonkursCertificateKind  kind,
                  const Judge            *judge,
                  int                    *score)
{
  const KonkursCandidateCertificate *latest = NULL;

  for (guint i = 0; i < certificates->len; i++)
    {
      const KonkursCandidateCertificate *certificate = g_ptr_array_index (certificates, i);
      KonkursCertificate facts = { certificate->kind, certificate->passed_on, TRUE, certificate->level };
      int value;

      if (certificate->kind != kind || !konkurs_certificate_is_valid_on (&facts, judge->validity_months, &judge->on)
          || (latest != NULL && g_date_compare (&certificate->passed_on, &latest->passed_on) < 0)
          || !konkurs_certificate_test_score (test, kind, certificate->score, certificate->max_score,
                                              certificate->level, judge->required_level, &value))
        continue;
      latest = certificate;
      *score = value;
    }
  return latest;
}

static char *
result_key (gint64 application_id, const char *test)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%s", application_id, test);
}

/* The results already recorded, as a set of result_key(): looked up for
 * each test of each of thousands of entrants. */
static GHashTable *
index_results (GPtrArray *results)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < results->len; i++)
    {
      const KonkursTestResult *result = g_ptr_array_index (results, i);

      g_hash_table_add (set, result_key (result->application_id, result->test));
    }
  return set;
}

static gboolean
has_result (GHashTable *recorded, gint64 application_id, const char *test)
{
  g_autofree char *key = result_key (application_id, test);

  return g_hash_table_contains (recorded, key);
}

/* Takes what the certificates of @entrant give; *@lacking when a test
 * stays without a result. */
static gboolean
take_for_entrant (KonkursStore              *self,
                  KonkursStageResults       *batch,
                  const KonkursStage        *stage,
                  const KonkursStageEntrant *entrant,
                  GHashTable                *recorded,
                  const Judge               *judge,
                  guint                     *taken,
                  gboolean                  *lacking,
                  GError                   **error)
{
  const KonkursStageRule *rule = konkurs_stage_get_rule (stage, entrant->track);
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(KonkursCandidate) candidate = NULL;

  *lacking = FALSE;
  for (guint i = 0; rule != NULL && i < rule->tests->len; i++)
    {
      const KonkursTestRule *test = g_ptr_array_index (rule->tests, i);
      const KonkursCandidateCertificate *certificate;
      g_autoptr(KonkursTestResult) result = NULL;
      KonkursCertificateKind kind;
      int score = 0;

      if (!konkurs_certificate_kind_for_test (test->code, &kind) ||
          has_result (recorded, entrant->application_id, test->code))
        continue;
      if (candidate == NULL &&
          ((candidacy = konkurs_store_get_candidacy (self, entrant->application_id, error)) == NULL ||
           (candidate = konkurs_store_get_candidate (self, konkurs_candidacy_get_candidate_id (candidacy),
                                                     error)) == NULL))
        return FALSE;
      certificate = pick_certificate (konkurs_candidate_get_certificates (candidate), test, kind, judge, &score);
      if (certificate == NULL)
        {
          *lacking = TRUE;
          continue;
        }
      if (certificate->max_score > 0 && certificate->max_score != test->max_score)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("The certificate %s gives %d of %d, but the test “%s” counts out of %d."),
                       certificate->number, certificate->score, certificate->max_score,
                       konkurs_stage_test_label (NULL, test->code), test->max_score);
          return FALSE;
        }
      result = konkurs_test_result_new (entrant->application_id, test->code);
      result->score = score;
      result->taken_on = certificate->passed_on;
      g_free (result->source);
      result->source = konkurs_test_source_certificate (certificate->number);
      if (!konkurs_stage_results_add_test (batch, result, TRUE, error))
        return FALSE;
      (*taken)++;
    }
  return TRUE;
}

static gboolean
check_stage (KonkursStore        *self,
             const KonkursStage  *stage,
             GError             **error)
{
  const char *label = _(konkurs_stage_kind_get_label (stage->kind));

  if (stage->kind != KONKURS_STAGE_TESTING)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("Results are taken from certificates only into a testing stage, not into the stage “%s”."),
                   label);
      return FALSE;
    }
  if (stage->state == KONKURS_STAGE_STATE_CLOSED)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED,
                   _("The stage “%s” is closed: results are taken from certificates only while it is open."),
                   label);
      return FALSE;
    }
  return konkurs_store_stage_check_writable (self, stage, NULL, error);
}

static gboolean
take_all (KonkursStore        *self,
          const KonkursStage  *stage,
          guint               *taken,
          guint               *missing,
          GError             **error)
{
  g_autoptr(GPtrArray) entrants = NULL;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GHashTable) recorded = NULL;
  g_autoptr(KonkursStageResults) batch = NULL;
  Judge judge;

  if (!judge_init (self, stage, &judge, error) ||
      (batch = konkurs_store_stage_results_new (self, stage->id, error)) == NULL ||
      (entrants = konkurs_store_list_entrants (self, stage, error)) == NULL ||
      (results = konkurs_store_list_test_results (self, stage->id, error)) == NULL)
    return FALSE;
  recorded = index_results (results);
  for (guint i = 0; i < entrants->len; i++)
    {
      const KonkursStageEntrant *entrant = g_ptr_array_index (entrants, i);
      gboolean lacking = FALSE;

      /* a withdrawn application stays out whatever it holds */
      if (g_strcmp0 (entrant->status, "withdrawn") == 0)
        continue;
      if (!take_for_entrant (self, batch, stage, entrant, recorded, &judge, taken, &lacking, error))
        {
          g_prefix_error (error, "%s: ", entrant->personal_code);
          return FALSE;
        }
      if (lacking)
        (*missing)++;
    }
  return TRUE;
}

gboolean
konkurs_store_take_certificates (KonkursStore  *self,
                                 gint64         stage_id,
                                 guint         *taken,
                                 guint         *missing,
                                 GError       **error)
{
  g_autoptr(KonkursStage) stage = NULL;
  guint n_taken = 0, n_missing = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  stage = konkurs_store_read_stage (self, stage_id, error);
  if (stage == NULL || !check_stage (self, stage, error))
    return FALSE;
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = take_all (self, stage, &n_taken, &n_missing, error);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return FALSE;
  if (taken != NULL)
    *taken = n_taken;
  if (missing != NULL)
    *missing = n_missing;
  return TRUE;
}
