/* konkurs-store-decisions.c — the eligibility of an application: the
 * engine's verdict on the competition date, and the secretary's decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-decisions.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-private.h"
#include "konkurs-property.h"
#include "konkurs-text.h"
#include "konkurs-verdict.h"

static gpointer
map_text (sqlite3_stmt *stmt,
          gpointer      user_data)
{
  return g_strdup (konkurs_store_column_text (stmt, 0));
}

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

static gboolean
fill_competition_facts (KonkursStore             *self,
                        KonkursCandidacy         *candidacy,
                        KonkursCompetition       *competition,
                        const GDate              *on,
                        KonkursCompetitionFacts  *facts,
                        GError                  **error)
{
  const GDate *deadline = konkurs_competition_get_document_deadline (competition);
  g_autoptr(GError) invalid = NULL;
  GDate stage_start;

  memset (facts, 0, sizeof *facts);
  facts->procedure = konkurs_competition_get_procedure (competition);
  konkurs_property_copy_date (&facts->document_deadline, deadline);

  g_date_clear (&stage_start, 1);
  if ((on == NULL || !g_date_valid (on)) &&
      !lookup_stage_date (self, konkurs_competition_get_id (competition), &stage_start, error))
    return FALSE;
  if (!konkurs_verdict_pick_date (on, &stage_start, deadline, konkurs_competition_get_announcement_date (competition),
                                  &facts->competition_date, &invalid))
    return konkurs_store_invalid (error, invalid->message);

  if (konkurs_candidacy_get_vacancy_id (candidacy) != 0)
    {
      g_autoptr(KonkursVacancy) vacancy =
        konkurs_store_get_vacancy (self, konkurs_candidacy_get_vacancy_id (candidacy), error);

      if (vacancy == NULL)
        return FALSE;
      facts->min_education = konkurs_vacancy_get_education (vacancy);
      facts->min_experience_years = konkurs_vacancy_get_experience_years (vacancy);
    }
  return TRUE;
}

/* The engine's failures for @candidacy, and the date they refer to. */
static GPtrArray *
check_candidacy (KonkursStore      *self,
                 KonkursCandidacy  *candidacy,
                 const GDate       *on,
                 GDate             *checked_on,
                 GError           **error)
{
  g_autoptr(KonkursCandidate) candidate = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autoptr(KonkursCandidateFactsStorage) storage = NULL;
  KonkursApplicantFacts applicant;
  KonkursCompetitionFacts facts;
  const GDate *received;

  candidate = konkurs_store_get_candidate (self, konkurs_candidacy_get_candidate_id (candidacy), error);
  if (candidate == NULL)
    return NULL;
  competition = konkurs_store_get_competition (self, konkurs_candidacy_get_competition_id (candidacy), error);
  if (competition == NULL)
    return NULL;
  rule_set = konkurs_store_get_rule_set (self, konkurs_competition_get_rule_set_id (competition), error);
  if (rule_set == NULL)
    return NULL;
  if (!fill_competition_facts (self, candidacy, competition, on, &facts, error))
    return NULL;

  storage = konkurs_candidate_fill_facts (candidate, &applicant);
  received = konkurs_candidacy_get_received_on (candidacy);
  if (received != NULL)
    applicant.received_on = *received;

  if (checked_on != NULL)
    *checked_on = facts.competition_date;
  return konkurs_eligibility_check (&applicant, &facts, rule_set);
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
  return check_candidacy (self, candidacy, on, NULL, error);
}

/* "age; experience" as a JSON array of the failures' stable names. */
static char *
failures_to_json (GPtrArray *failures)
{
  g_autoptr(GString) json = g_string_new ("[");

  for (guint i = 0; i < failures->len; i++)
    {
      const KonkursEligibilityFailure *failure = g_ptr_array_index (failures, i);

      g_string_append_printf (json, "%s\"%s\"", i == 0 ? "" : ",",
                              konkurs_eligibility_code_to_string (failure->code));
    }
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static char *
describe_failures (GPtrArray *failures)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < failures->len; i++)
    {
      g_autofree char *reason = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, i), NULL);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, reason);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct {
  gint64       id;
  gboolean     admitted;
  gboolean     engine_eligible;
  const char  *reason;
  const char  *failure_codes;   /* JSON array */
  GDate        checked_on;
} Decision;

static gboolean
write_decision (KonkursStore    *self,
                const Decision  *decision,
                GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

  stmt = konkurs_store_prepare (self,
                                "UPDATE application SET status = ?1, eligibility = ?2, "
                                "decision_reason = ?3, decided_by = ?4, decided_at = ?5 WHERE id = ?6",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, decision->admitted ? "admitted" : "rejected", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, decision->admitted ? "eligible" : "ineligible", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, decision->reason, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, at, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, decision->id);
  return konkurs_store_step_done (self, stmt, error);
}

static gboolean
log_decision (KonkursStore    *self,
              const Decision  *decision,
              GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *checked_on = konkurs_store_date_to_iso (&decision->checked_on);
  g_autoptr(GPtrArray) details = NULL;

  stmt = konkurs_store_prepare (self,
                                "SELECT json_object ('engine', ?1, 'decision', ?2, 'against_engine', json (?3), "
                                "'failures', json (?4), 'checked_on', ?5, 'reason', ?6)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, decision->engine_eligible ? "eligible" : "ineligible", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, decision->admitted ? "admitted" : "refused", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, decision->admitted != decision->engine_eligible ? "true" : "false",
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, decision->failure_codes, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, checked_on, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, decision->reason, -1, SQLITE_STATIC);
  details = konkurs_store_read_all (self, stmt, map_text, NULL, g_free, error);
  return details != NULL &&
         konkurs_store_log (self, "decide", "application", decision->id,
                            g_ptr_array_index (details, 0), error);
}

static gboolean
decide (KonkursStore  *self,
        gint64         candidacy_id,
        gboolean       admitted,
        const char    *reason,
        GError       **error)
{
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  g_autofree char *codes = NULL;
  g_autofree char *engine_reasons = NULL;
  g_autoptr(GError) invalid = NULL;
  Decision decision = { candidacy_id, admitted, FALSE, reason, NULL, { 0 } };

  candidacy = konkurs_store_get_candidacy (self, candidacy_id, error);
  if (candidacy == NULL)
    return FALSE;
  g_date_clear (&decision.checked_on, 1);
  failures = check_candidacy (self, candidacy, NULL, &decision.checked_on, error);
  if (failures == NULL)
    return FALSE;

  decision.engine_eligible = (failures->len == 0);
  if (!konkurs_verdict_check_reason (admitted, decision.engine_eligible, reason, &invalid))
    return konkurs_store_invalid (error, invalid->message);

  if (konkurs_text_is_blank (reason))
    {
      engine_reasons = describe_failures (failures);
      decision.reason = engine_reasons;
    }
  codes = failures_to_json (failures);
  decision.failure_codes = codes;

  if (!write_decision (self, &decision, error) || !log_decision (self, &decision, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_APPLICATIONS);
  return TRUE;
}

gboolean
konkurs_store_decide_candidacy (KonkursStore  *self,
                                gint64         candidacy_id,
                                gboolean       admitted,
                                const char    *reason,
                                GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = decide (self, candidacy_id, admitted, reason != NULL ? reason : "", error);
  return konkurs_store_op_finish (self, mark, ok, ok ? error : NULL);
}
