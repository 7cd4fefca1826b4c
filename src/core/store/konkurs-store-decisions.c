/* konkurs-store-decisions.c — the eligibility of an application: the
 * engine's verdict on the competition date, and the secretary's decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-property.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"
#include "konkurs-store-results-private.h"
#include "konkurs-store-stages-private.h"
#include "konkurs-text.h"
#include "konkurs-verdict.h"

static void
read_date (sqlite3_stmt *stmt,
           gpointer      date)
{
  konkurs_store_column_date_into (stmt, 0, date);
}

/* The first stage after the documents that has a start date; cleared
 * when there is none. */
static gboolean
lookup_stage_date (KonkursStore  *self,
                   gint64         competition_id,
                   GDate         *date,
                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_date_clear (date, 1);
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT starts_on FROM competition_stage "
                                   "WHERE competition_id = ?1 AND kind <> 'documents' AND starts_on IS NOT NULL "
                                   "ORDER BY ordinal LIMIT 1",
                                   competition_id, error);
  return stmt != NULL && konkurs_store_each_row (self, stmt, read_date, date, error);
}

/* What the engine needs of a competition besides the application. */
typedef struct {
  KonkursCompetition *competition;
  KonkursRuleSet     *rule_set;
  GDate               stage_start;   /* cleared: none, or not read (a date given) */
} CompetitionFacts;

static void
competition_facts_free (CompetitionFacts *facts)
{
  g_clear_object (&facts->competition);
  g_clear_object (&facts->rule_set);
  g_free (facts);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CompetitionFacts, competition_facts_free)

static CompetitionFacts *
read_competition_facts (KonkursStore  *self,
                        gint64         competition_id,
                        const GDate   *on,
                        GError       **error)
{
  g_autoptr(CompetitionFacts) facts = g_new0 (CompetitionFacts, 1);

  g_date_clear (&facts->stage_start, 1);
  facts->competition = konkurs_store_get_competition (self, competition_id, error);
  if (facts->competition == NULL)
    return NULL;
  facts->rule_set = konkurs_store_get_rule_set (self, konkurs_competition_get_rule_set_id (facts->competition), error);
  if (facts->rule_set == NULL)
    return NULL;
  if ((on == NULL || !g_date_valid (on)) && !lookup_stage_date (self, competition_id, &facts->stage_start, error))
    return NULL;
  return g_steal_pointer (&facts);
}

struct _KonkursEligibilityCache {
  GHashTable *competitions;     /* competition id -> CompetitionFacts */
  GHashTable *vacancies;        /* vacancy id -> KonkursVacancy */
  gint64      last_id;          /* the application checked last */
  GPtrArray  *last_failures;
  GDate       last_checked_on;
};

KonkursEligibilityCache *
konkurs_eligibility_cache_new (void)
{
  KonkursEligibilityCache *cache = g_new0 (KonkursEligibilityCache, 1);

  cache->competitions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                               (GDestroyNotify) competition_facts_free);
  cache->vacancies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  return cache;
}

void
konkurs_eligibility_cache_free (KonkursEligibilityCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_unref (cache->competitions);
  g_hash_table_unref (cache->vacancies);
  g_clear_pointer (&cache->last_failures, g_ptr_array_unref);
  g_free (cache);
}

static const CompetitionFacts *
cached_competition (KonkursStore             *self,
                    KonkursEligibilityCache  *cache,
                    gint64                    competition_id,
                    GError                  **error)
{
  CompetitionFacts *facts = g_hash_table_lookup (cache->competitions, &competition_id);

  if (facts == NULL && (facts = read_competition_facts (self, competition_id, NULL, error)) != NULL)
    g_hash_table_insert (cache->competitions, g_memdup2 (&competition_id, sizeof competition_id), facts);
  return facts;
}

/* The vacancy of @vacancy_id, kept in @cache when there is one, else in
 * @own. */
static KonkursVacancy *
get_vacancy (KonkursStore             *self,
             KonkursEligibilityCache  *cache,
             gint64                    vacancy_id,
             KonkursVacancy          **own,
             GError                  **error)
{
  KonkursVacancy *vacancy;

  if (cache == NULL)
    return *own = konkurs_store_get_vacancy (self, vacancy_id, error);
  vacancy = g_hash_table_lookup (cache->vacancies, &vacancy_id);
  if (vacancy == NULL && (vacancy = konkurs_store_get_vacancy (self, vacancy_id, error)) != NULL)
    g_hash_table_insert (cache->vacancies, g_memdup2 (&vacancy_id, sizeof vacancy_id), vacancy);
  return vacancy;
}

static gboolean
fill_competition_facts (KonkursStore             *self,
                        KonkursEligibilityCache  *cache,
                        KonkursCandidacy         *candidacy,
                        const CompetitionFacts   *read,
                        const GDate              *on,
                        KonkursCompetitionFacts  *facts,
                        GArray                   *alternatives,
                        GError                  **error)
{
  KonkursCompetition *competition = read->competition;
  const GDate *deadline = konkurs_competition_get_document_deadline (competition);
  g_autoptr(GError) invalid = NULL;

  memset (facts, 0, sizeof *facts);
  facts->procedure = konkurs_competition_get_procedure (competition);
  konkurs_property_copy_date (&facts->document_deadline, deadline);

  if (!konkurs_verdict_pick_date (on, &read->stage_start, deadline,
                                  konkurs_competition_get_announcement_date (competition),
                                  &facts->competition_date, &invalid))
    return konkurs_store_invalid (error, invalid->message);

  if (konkurs_candidacy_get_vacancy_id (candidacy) != 0)
    {
      g_autoptr(KonkursVacancy) own = NULL;
      KonkursVacancy *vacancy = get_vacancy (self, cache, konkurs_candidacy_get_vacancy_id (candidacy), &own, error);

      if (vacancy == NULL)
        return FALSE;
      facts->min_education = konkurs_vacancy_get_education (vacancy);
      facts->min_experience_years = konkurs_vacancy_get_experience_years (vacancy);
      /* @alternatives outlives the vacancy: the facts point into it. */
      g_array_append_vals (alternatives, konkurs_vacancy_get_experience_alternatives (vacancy)->data,
                           konkurs_vacancy_get_experience_alternatives (vacancy)->len);
      facts->experience_alternatives = (const KonkursExperienceAlternative *) (void *) alternatives->data;
      facts->n_experience_alternatives = alternatives->len;
    }
  return TRUE;
}

/* The engine's failures for @candidacy, and the date they refer to; the
 * competition, its rule set and the vacancy through @cache when given
 * (@on is NULL then). */
static GPtrArray *
check_candidacy (KonkursStore             *self,
                 KonkursEligibilityCache  *cache,
                 KonkursCandidacy         *candidacy,
                 const GDate              *on,
                 GDate                    *checked_on,
                 GError                  **error)
{
  g_autoptr(KonkursCandidate) candidate = NULL;
  g_autoptr(CompetitionFacts) own = NULL;
  const CompetitionFacts *read;
  g_autoptr(KonkursCandidateFactsStorage) storage = NULL;
  g_autoptr(GArray) alternatives = g_array_new (FALSE, FALSE, sizeof (KonkursExperienceAlternative));
  gint64 competition_id = konkurs_candidacy_get_competition_id (candidacy);
  KonkursApplicantFacts applicant;
  KonkursCompetitionFacts facts;
  const GDate *received;

  candidate = konkurs_store_get_candidate (self, konkurs_candidacy_get_candidate_id (candidacy), error);
  /* "already in the reserve" reads the reserve register too */
  if (candidate == NULL || !konkurs_store_add_reserve_periods (self, candidate, error))
    return NULL;
  read = cache != NULL ? cached_competition (self, cache, competition_id, error)
                       : (own = read_competition_facts (self, competition_id, on, error));
  if (read == NULL || !fill_competition_facts (self, cache, candidacy, read, on, &facts, alternatives, error))
    return NULL;

  storage = konkurs_candidate_fill_facts (candidate, &applicant);
  received = konkurs_candidacy_get_received_on (candidacy);
  if (received != NULL)
    applicant.received_on = *received;

  if (checked_on != NULL)
    *checked_on = facts.competition_date;
  return konkurs_eligibility_check (&applicant, &facts, read->rule_set);
}

GPtrArray *
konkurs_store_check_candidacy (KonkursStore  *self,
                               gint64         candidacy_id,
                               const GDate   *on,
                               GError       **error)
{
  g_autoptr(KonkursCandidacy) candidacy = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  candidacy = konkurs_store_get_candidacy (self, candidacy_id, error);
  if (candidacy == NULL)
    return NULL;
  return check_candidacy (self, NULL, candidacy, on, NULL, error);
}

GPtrArray *
konkurs_store_check_candidacy_cached (KonkursStore             *self,
                                      KonkursEligibilityCache  *cache,
                                      gint64                    candidacy_id,
                                      GError                  **error)
{
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  GPtrArray *failures;
  GDate checked_on;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (cache != NULL, NULL);

  candidacy = konkurs_store_get_candidacy (self, candidacy_id, error);
  if (candidacy == NULL)
    return NULL;
  g_date_clear (&checked_on, 1);
  failures = check_candidacy (self, cache, candidacy, NULL, &checked_on, error);
  if (failures == NULL)
    return NULL;
  /* the decision that usually follows finds them */
  g_clear_pointer (&cache->last_failures, g_ptr_array_unref);
  cache->last_failures = g_ptr_array_ref (failures);
  cache->last_id = candidacy_id;
  cache->last_checked_on = checked_on;
  return failures;
}

/* Failures as a decision keeps them: a JSON array of objects with the
 * fields of KonkursEligibilityFailure, built and read by SQLite's JSON
 * functions so that every value is quoted properly.  The date of each is
 * the decision's decision_checked_on. */
#define FAILURE_OBJECT_V8 \
  "json_object ('code', ?2, 'certificate', ?3, 'actual', ?4, 'required', ?5, " \
  "'experience', json_object ('years', ?6, 'months', ?7, 'days', ?8, 'total_days', ?9), " \
  "'given_on', ?10, 'limit_on', ?11, 'citizenship', ?12)"

/* The shortfalls of experience alternatives (issue 9), when there are
 * any, as "alternatives": [[kind, years, has years, months, days, total
 * days], …]; other failures are written as before. */
#define FAILURE_OBJECT \
  "(CASE WHEN ?13 IS NULL THEN " FAILURE_OBJECT_V8 " " \
  "ELSE json_insert (" FAILURE_OBJECT_V8 ", '$.alternatives', json (?13)) END)"

/* The fields of failure_from_columns(), from the failure object @v. */
#define FAILURE_COLUMNS(v) \
  "json_extract (" v ", '$.code'), json_extract (" v ", '$.certificate'), " \
  "json_extract (" v ", '$.actual'), json_extract (" v ", '$.required'), " \
  "json_extract (" v ", '$.experience.years'), json_extract (" v ", '$.experience.months'), " \
  "json_extract (" v ", '$.experience.days'), json_extract (" v ", '$.experience.total_days'), " \
  "json_extract (" v ", '$.given_on'), json_extract (" v ", '$.limit_on'), " \
  "json_extract (" v ", '$.citizenship'), json_extract (" v ", '$.alternatives') "

#define FAILURE_FIELDS \
  "SELECT " FAILURE_COLUMNS ("value") "FROM json_each (?1) ORDER BY key"

static void
bind_failure (sqlite3_stmt  *stmt,
              gconstpointer  item)
{
  const KonkursEligibilityFailure *failure = item;

  sqlite3_bind_text (stmt, 2, konkurs_eligibility_code_to_string (failure->code), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, konkurs_certificate_kind_to_code (failure->certificate_kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, failure->actual);
  sqlite3_bind_int (stmt, 5, failure->required);
  sqlite3_bind_int (stmt, 6, failure->experience.years);
  sqlite3_bind_int (stmt, 7, failure->experience.months);
  sqlite3_bind_int (stmt, 8, failure->experience.days);
  sqlite3_bind_int (stmt, 9, failure->experience.total_days);
  konkurs_store_bind_date (stmt, 10, &failure->given_date);
  konkurs_store_bind_date (stmt, 11, &failure->limit_date);
  sqlite3_bind_text (stmt, 12, failure->citizenship, -1, SQLITE_STATIC);
  if (failure->n_shortfalls > 0)
    {
      GString *json = g_string_new ("[");

      for (guint i = 0; i < failure->n_shortfalls; i++)
        {
          const KonkursExperienceShortfall *shortfall = &failure->shortfalls[i];

          g_string_append_printf (json, "%s[%d,%d,%d,%d,%d,%d]", i > 0 ? "," : "",
                                  (int) shortfall->required.kind, shortfall->required.years, shortfall->actual.years,
                                  shortfall->actual.months, shortfall->actual.days, shortfall->actual.total_days);
        }
      g_string_append_c (json, ']');
      sqlite3_bind_text (stmt, 13, g_string_free (json, FALSE), -1, g_free);
    }
}

/* The "alternatives" of FAILURE_OBJECT; a malformed item ends the list. */
static void
read_shortfalls (KonkursEligibilityFailure *failure,
                 const char                *json)
{
  g_autoptr(GArray) items = g_array_new (FALSE, TRUE, sizeof (KonkursExperienceShortfall));
  const char *p = json != NULL ? strchr (json, '[') : NULL;

  while (p != NULL && (p = strchr (p + 1, '[')) != NULL)
    {
      KonkursExperienceShortfall item = { { 0 } };
      int kind;

      if (sscanf (p, "[%d,%d,%d,%d,%d,%d]", &kind, &item.required.years, &item.actual.years,
                  &item.actual.months, &item.actual.days, &item.actual.total_days) != 6
          || konkurs_experience_kind_to_code (kind) == NULL)
        break;
      item.required.kind = kind;
      g_array_append_val (items, item);
    }
  failure->n_shortfalls = items->len;
  failure->shortfalls = (KonkursExperienceShortfall *) (void *) g_array_free (g_steal_pointer (&items), FALSE);
}

static char *
failures_to_json (KonkursStore  *self,
                  GPtrArray     *failures,
                  GError       **error)
{
  return konkurs_store_json_array (self, FAILURE_OBJECT, failures, bind_failure, error);
}

/* A failure from the columns of FAILURE_COLUMNS, which begin at @first. */
static KonkursEligibilityFailure *
failure_from_columns (sqlite3_stmt *stmt,
                      int           first,
                      const GDate  *checked_on)
{
  KonkursEligibilityFailure *failure = g_new0 (KonkursEligibilityFailure, 1);
  KonkursEligibilityCode code = 0;
  KonkursCertificateKind kind = 0;

  /* A code this version does not know stays 0: described as a
   * requirement it does not know, never as another one. */
  if (konkurs_eligibility_code_from_string (konkurs_store_column_text (stmt, first), &code))
    failure->code = code;
  if (konkurs_certificate_kind_from_code (konkurs_store_column_text (stmt, first + 1), &kind))
    failure->certificate_kind = kind;
  failure->actual = sqlite3_column_int (stmt, first + 2);
  failure->required = sqlite3_column_int (stmt, first + 3);
  failure->experience.years = sqlite3_column_int (stmt, first + 4);
  failure->experience.months = sqlite3_column_int (stmt, first + 5);
  failure->experience.days = sqlite3_column_int (stmt, first + 6);
  failure->experience.total_days = sqlite3_column_int (stmt, first + 7);
  failure->date = *checked_on;
  konkurs_store_column_date_into (stmt, first + 8, &failure->given_date);
  konkurs_store_column_date_into (stmt, first + 9, &failure->limit_date);
  if (sqlite3_column_type (stmt, first + 10) != SQLITE_NULL)
    failure->citizenship = g_strdup (konkurs_store_column_text (stmt, first + 10));
  if (sqlite3_column_type (stmt, first + 11) != SQLITE_NULL)
    read_shortfalls (failure, konkurs_store_column_text (stmt, first + 11));
  return failure;
}

static gpointer
failure_from_row (sqlite3_stmt *stmt,
                  gpointer      checked_on)
{
  return failure_from_columns (stmt, 0, checked_on);
}

GPtrArray *
konkurs_store_read_failures (KonkursStore  *self,
                             const char    *json,
                             const GDate   *checked_on,
                             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (self, FAILURE_FIELDS, error);
  GDate date;

  if (stmt == NULL)
    return NULL;
  konkurs_property_copy_date (&date, checked_on);
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
  return konkurs_store_read_all (self, stmt, failure_from_row, &date,
                                 (GDestroyNotify) konkurs_eligibility_failure_free, error);
}

/* Writing a decision */

typedef struct {
  gint64       id;
  gboolean     admitted;
  gboolean     engine_eligible;
  const char  *reason;     /* the secretary's words, "" when none */
  const char  *failures;   /* JSON, as failures_to_json() writes it */
  GDate        checked_on;
} Decision;

static gboolean
write_decision (KonkursStore    *self,
                const Decision  *decision,
                GError         **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autofree char *actor = konkurs_store_dup_actor (self);

  /* cached: the demo and a documents review decide thousands in a row */
  stmt = konkurs_store_cached (self,
                               "UPDATE application SET status = ?2, eligibility = ?3, decision_reason = ?4, "
                               "decided_by = ?5, decided_at = ?6, decision_failures = ?7, "
                               "decision_checked_on = ?8 WHERE id = ?1",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, decision->id);
  sqlite3_bind_text (stmt, 2, decision->admitted ? "admitted" : "rejected", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, decision->admitted ? "eligible" : "ineligible", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, decision->reason, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, actor, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, decision->failures, -1, SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 8, &decision->checked_on);
  return konkurs_store_step_done (self, stmt, error);
}

static gboolean
log_decision (KonkursStore    *self,
              const Decision  *decision,
              GError         **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  g_autofree char *details = NULL;

  /* The engine's failures and the day it checked are the row's
   * decision_failures and decision_checked_on, already in the entry's
   * "after": written twice they were two thirds of a decision's entry. */
  stmt = konkurs_store_cached (self,
                               "SELECT json_object ('engine', ?1, 'decision', ?2, 'against_engine', json (?3), "
                               "'reason', ?4)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, decision->engine_eligible ? "eligible" : "ineligible", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, decision->admitted ? "admitted" : "refused", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, konkurs_verdict_needs_reason (decision->admitted, decision->engine_eligible)
                             ? "true" : "false", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, decision->reason, -1, SQLITE_STATIC);
  details = konkurs_store_read_one (self, stmt, konkurs_store_map_text, NULL, "", error);
  return details != NULL && konkurs_store_record_row (self, "decide", "application", decision->id, details, error);
}

static gboolean
decide (KonkursStore             *self,
        KonkursEligibilityCache  *cache,
        gint64                    candidacy_id,
        gboolean                  admitted,
        const char               *reason,
        GError                  **error)
{
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GError) invalid = NULL;
  Decision decision = { candidacy_id, admitted, FALSE, "", NULL, { 0 } };
  gboolean documents_closed = FALSE;

  candidacy = konkurs_store_get_candidacy (self, candidacy_id, error);
  if (candidacy == NULL ||
      !konkurs_store_documents_check_change (self, konkurs_candidacy_get_competition_id (candidacy), reason,
                                             &documents_closed, error))
    return FALSE;
  g_date_clear (&decision.checked_on, 1);
  if (cache != NULL && cache->last_id == candidacy_id)
    {
      /* taken once: a second decision checks again */
      failures = g_steal_pointer (&cache->last_failures);
      decision.checked_on = cache->last_checked_on;
      cache->last_id = 0;
    }
  else
    failures = check_candidacy (self, cache, candidacy, NULL, &decision.checked_on, error);
  if (failures == NULL)
    return FALSE;

  decision.engine_eligible = (failures->len == 0);
  if (!konkurs_verdict_check_reason (admitted, decision.engine_eligible, reason, &invalid))
    return konkurs_store_invalid (error, invalid->message);
  if (!konkurs_text_is_blank (reason))
    decision.reason = reason;
  decision.failures = json = failures_to_json (self, failures, error);

  if (json == NULL || !write_decision (self, &decision, error) || !log_decision (self, &decision, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_APPLICATIONS);
  return !documents_closed ||
         konkurs_store_documents_redecide (self, konkurs_candidacy_get_competition_id (candidacy), reason, error);
}

static gboolean
decide_in_operation (KonkursStore             *self,
                     KonkursEligibilityCache  *cache,
                     gint64                    candidacy_id,
                     gboolean                  admitted,
                     const char               *reason,
                     GError                  **error)
{
  guint mark;
  gboolean ok;

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = decide (self, cache, candidacy_id, admitted, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

gboolean
konkurs_store_decide_candidacy (KonkursStore  *self,
                                gint64         candidacy_id,
                                gboolean       admitted,
                                const char    *reason,
                                GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  return decide_in_operation (self, NULL, candidacy_id, admitted, reason, error);
}

gboolean
konkurs_store_decide_candidacy_cached (KonkursStore            *self,
                                       KonkursEligibilityCache *cache,
                                       gint64                   candidacy_id,
                                       gboolean                 admitted,
                                       const char              *reason,
                                       GError                 **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (cache != NULL, FALSE);
  return decide_in_operation (self, cache, candidacy_id, admitted, reason, error);
}

/* Reading a decision */

/* The decision's row, and its failures as stored. */
typedef struct {
  KonkursDecision *decision;
  gboolean         pending;
  char            *failures;
} DecisionRow;

static void
decision_row_free (DecisionRow *row)
{
  g_clear_pointer (&row->decision, konkurs_decision_free);
  g_free (row->failures);
  g_free (row);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DecisionRow, decision_row_free)

static gpointer
decision_row_from_row (sqlite3_stmt *stmt,
                       gpointer      user_data)
{
  DecisionRow *row = g_new0 (DecisionRow, 1);
  KonkursDecision *decision = row->decision = konkurs_decision_new ();
  KonkursEligibilityState state = KONKURS_ELIGIBILITY_STATE_PENDING;

  konkurs_eligibility_state_from_code (konkurs_store_column_text (stmt, 1), &state);
  row->pending = (state == KONKURS_ELIGIBILITY_STATE_PENDING);
  decision->candidacy_id = sqlite3_column_int64 (stmt, 0);
  decision->admitted = (state == KONKURS_ELIGIBILITY_STATE_ELIGIBLE);
  g_free (decision->reason);
  decision->reason = g_strdup (konkurs_store_column_text (stmt, 2));
  decision->decided_by = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  decision->decided_at = konkurs_store_column_datetime (stmt, 4);
  konkurs_store_column_date_into (stmt, 5, &decision->checked_on);
  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    row->failures = g_strdup (konkurs_store_column_text (stmt, 6));
  return row;
}

KonkursDecision *
konkurs_store_get_decision (KonkursStore  *self,
                            gint64         candidacy_id,
                            GError       **error)
{
  g_autoptr(DecisionRow) row = NULL;
  KonkursDecision *decision;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  row = konkurs_store_read_one_id (self,
                                   "SELECT id, eligibility, decision_reason, decided_by, decided_at, "
                                   "decision_checked_on, decision_failures FROM application WHERE id = ?1",
                                   candidacy_id, decision_row_from_row, NULL,
                                   _("The application does not exist: it may have been deleted."), error);
  if (row == NULL)
    return NULL;
  if (row->pending)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("The application has not been decided yet."));
      return NULL;
    }

  decision = row->decision;
  if (row->failures != NULL)
    {
      decision->failures = konkurs_store_read_failures (self, row->failures, &decision->checked_on, error);
      if (decision->failures == NULL)
        return NULL;
      decision->against_engine = konkurs_verdict_needs_reason (decision->admitted, decision->failures->len == 0);
    }
  return g_steal_pointer (&row->decision);
}

/* The columns of decision_row_from_row(), then whether failures were
 * recorded, the index of a failure (NULL when none) and its fields: one row per failure, or one for a decision
 * without any, in the order of the ids of ?1 (a JSON array). */
#define DECISIONS_OF_IDS \
  "SELECT a.id, a.eligibility, a.decision_reason, a.decided_by, a.decided_at, a.decision_checked_on, " \
  "a.decision_failures IS NOT NULL, f.key, " FAILURE_COLUMNS ("f.value") \
  "FROM json_each (?1) AS i JOIN application AS a ON a.id = i.value " \
  "LEFT JOIN json_each (a.decision_failures) AS f " \
  "ORDER BY i.key, f.key"

typedef struct {
  GHashTable  *rows;   /* id → DecisionRow */
  DecisionRow *last;
} DecisionRows;

static void
add_decision_row (sqlite3_stmt *stmt,
                  gpointer      user_data)
{
  DecisionRows *rows = user_data;
  gint64 id = sqlite3_column_int64 (stmt, 0);

  if (rows->last == NULL || rows->last->decision->candidacy_id != id)
    {
      rows->last = decision_row_from_row (stmt, NULL);
      g_free (rows->last->failures);
      rows->last->failures = NULL;
      if (sqlite3_column_int (stmt, 6))
        rows->last->decision->failures =
          g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_eligibility_failure_free);
      g_hash_table_replace (rows->rows, g_memdup2 (&id, sizeof id), rows->last);
    }
  if (rows->last->decision->failures != NULL && sqlite3_column_type (stmt, 7) != SQLITE_NULL)
    g_ptr_array_add (rows->last->decision->failures,
                     failure_from_columns (stmt, 8, &rows->last->decision->checked_on));
}

GPtrArray *
konkurs_store_get_decisions (KonkursStore  *self,
                             const gint64  *candidacy_ids,
                             guint          n_ids,
                             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) decision_row_free);
  g_autoptr(GString) ids = g_string_new ("[");
  g_autoptr(GPtrArray) decisions = NULL;
  DecisionRows rows = { table, NULL };

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (candidacy_ids != NULL || n_ids == 0, NULL);

  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", candidacy_ids[i]);
  g_string_append_c (ids, ']');
  stmt = konkurs_store_prepare (self, DECISIONS_OF_IDS, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, ids->str, ids->len, SQLITE_STATIC);
  if (!konkurs_store_each_row (self, stmt, add_decision_row, &rows, error))
    return NULL;

  decisions = g_ptr_array_new_full (n_ids, (GDestroyNotify) konkurs_decision_free);
  for (guint i = 0; i < n_ids; i++)
    {
      DecisionRow *row = g_hash_table_lookup (table, &candidacy_ids[i]);
      KonkursDecision *decision;

      if (row == NULL)
        {
          g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                               _("The application does not exist: it may have been deleted."));
          return NULL;
        }
      if (row->pending)
        {
          g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                               _("The application has not been decided yet."));
          return NULL;
        }
      if (row->decision == NULL)
        {
          /* an id given again: a copy of the decision given before */
          guint j = 0;

          while (candidacy_ids[j] != candidacy_ids[i])
            j++;
          g_ptr_array_add (decisions, konkurs_decision_copy (g_ptr_array_index (decisions, j)));
          continue;
        }
      /* as konkurs_store_get_decision() reads it */
      decision = g_steal_pointer (&row->decision);
      if (decision->failures != NULL)
        decision->against_engine = konkurs_verdict_needs_reason (decision->admitted, decision->failures->len == 0);
      g_ptr_array_add (decisions, decision);
    }
  return g_steal_pointer (&decisions);
}
