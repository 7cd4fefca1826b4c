/* konkurs-store-results.c — the final results of a competition, read:
 * the ranking of the commission's last decisions, per vacancy or the
 * Youth Reserve's top, with the ties the commission chose, the vacancies'
 * outcomes and the appointments; and the rows of the national-commission
 * and decision stages that follow from them
 *
 * Nothing of the ranking is stored: it is made again from the decisions
 * each time, so that a corrected vote is followed everywhere.  The writes
 * are in konkurs-store-results-record.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-results-private.h"

/* Codes */

static const char *const outcome_codes[] = { NULL, "filled", "reserve", "failed" };

const char *
konkurs_vacancy_outcome_to_code (KonkursVacancyOutcome outcome)
{
  return (guint) outcome < G_N_ELEMENTS (outcome_codes) ? outcome_codes[outcome] : NULL;
}

gboolean
konkurs_vacancy_outcome_from_code (const char            *code,
                                   KonkursVacancyOutcome *out)
{
  for (guint i = 1; code != NULL && i < G_N_ELEMENTS (outcome_codes); i++)
    if (g_str_equal (code, outcome_codes[i]))
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
konkurs_vacancy_outcome_get_label (KonkursVacancyOutcome outcome)
{
  switch (outcome)
    {
    case KONKURS_VACANCY_OUTCOME_PENDING: return N_("Not decided yet");
    case KONKURS_VACANCY_OUTCOME_FILLED: return N_("Filled by the winner");
    case KONKURS_VACANCY_OUTCOME_RESERVE: return N_("Filled from the reserve list");
    case KONKURS_VACANCY_OUTCOME_FAILED: return N_("Competition declared not held");
    default: return NULL;
    }
}

/* Boxed types */

G_DEFINE_BOXED_TYPE (KonkursFinalRow, konkurs_final_row, konkurs_final_row_copy, konkurs_final_row_free)
G_DEFINE_BOXED_TYPE (KonkursVacancyResult, konkurs_vacancy_result, konkurs_vacancy_result_copy,
                     konkurs_vacancy_result_free)

static KonkursFinalRow *
final_row_new (void)
{
  KonkursFinalRow *row = g_new0 (KonkursFinalRow, 1);

  row->personal_code = g_strdup ("");
  row->full_name = g_strdup ("");
  row->sector = g_strdup ("");
  row->result_text = g_strdup ("");
  row->order_number = g_strdup ("");
  row->refusal_reason = g_strdup ("");
  g_date_clear (&row->order_date, 1);
  return row;
}

KonkursFinalRow *
konkurs_final_row_copy (const KonkursFinalRow *row)
{
  KonkursFinalRow *copy;

  g_return_val_if_fail (row != NULL, NULL);

  copy = g_memdup2 (row, sizeof *row);
  copy->personal_code = g_strdup (row->personal_code);
  copy->full_name = g_strdup (row->full_name);
  copy->sector = g_strdup (row->sector);
  copy->result_text = g_strdup (row->result_text);
  copy->order_number = g_strdup (row->order_number);
  copy->refusal_reason = g_strdup (row->refusal_reason);
  /* the sector the place points to is the row's own */
  copy->place.sector = copy->sector;
  return copy;
}

void
konkurs_final_row_free (KonkursFinalRow *row)
{
  if (row == NULL)
    return;
  g_free (row->personal_code);
  g_free (row->full_name);
  g_free (row->sector);
  g_free (row->result_text);
  g_free (row->order_number);
  g_free (row->refusal_reason);
  g_free (row);
}

KonkursVacancyResult *
konkurs_vacancy_result_copy (const KonkursVacancyResult *result)
{
  KonkursVacancyResult *copy;

  g_return_val_if_fail (result != NULL, NULL);

  copy = g_memdup2 (result, sizeof *result);
  copy->title = g_strdup (result->title);
  copy->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_final_row_free);
  for (guint i = 0; result->rows != NULL && i < result->rows->len; i++)
    g_ptr_array_add (copy->rows, konkurs_final_row_copy (g_ptr_array_index (result->rows, i)));
  return copy;
}

void
konkurs_vacancy_result_free (KonkursVacancyResult *result)
{
  if (result == NULL)
    return;
  g_free (result->title);
  g_clear_pointer (&result->rows, g_ptr_array_unref);
  g_free (result);
}

/* The standing */

void
konkurs_standing_clear (KonkursStanding *standing)
{
  g_clear_object (&standing->competition);
  g_clear_object (&standing->rule_set);
  g_clear_pointer (&standing->stage, konkurs_stage_free);
  g_clear_pointer (&standing->by_id, g_hash_table_unref);
  g_clear_pointer (&standing->rows, g_ptr_array_unref);
  g_clear_pointer (&standing->entries, g_array_unref);
  g_clear_pointer (&standing->decisions, g_hash_table_unref);
  g_clear_pointer (&standing->choices, g_array_unref);
}

static gboolean
is_commission_stage (KonkursStageKind kind)
{
  return kind == KONKURS_STAGE_INTERVIEW || kind == KONKURS_STAGE_EXPERT_COMMISSION
         || kind == KONKURS_STAGE_NATIONAL_COMMISSION;
}

/* The last commission stage of @competition_id (the interview; the
 * National Commission in the Youth Reserve), NULL when its stages were
 * never made; and every stage, for the tie-breakers. */
static gboolean
read_stages (KonkursStore     *self,
             KonkursStanding  *standing,
             GPtrArray       **stages,
             GError          **error)
{
  *stages = konkurs_store_read_stages (self, konkurs_competition_get_id (standing->competition), error);
  if (*stages == NULL)
    return FALSE;
  for (guint i = (*stages)->len; i-- > 0 && standing->stage == NULL;)
    {
      const KonkursStage *stage = g_ptr_array_index (*stages, i);

      if (is_commission_stage (stage->kind))
        standing->stage = konkurs_stage_copy (stage);
    }
  return TRUE;
}

typedef struct {
  char *full_name;
  char *sector;
} Person;

static void
person_free (Person *person)
{
  g_free (person->full_name);
  g_free (person->sector);
  g_free (person);
}

static gpointer
person_from_row (sqlite3_stmt *stmt,
                 gpointer      people)
{
  Person *person = g_new0 (Person, 1);
  gint64 *id = g_new (gint64, 1);

  *id = sqlite3_column_int64 (stmt, 0);
  person->full_name = g_strdup (konkurs_store_column_text (stmt, 1));
  person->sector = g_strdup (konkurs_store_column_text (stmt, 2));
  g_hash_table_insert (people, id, person);
  return person;
}

/* application id -> Person of the competition's applications: the
 * commission's results name whom it decided. */
static GHashTable *
read_people (KonkursStore  *self,
             gint64         competition_id,
             gboolean       with_names,
             GError       **error)
{
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify) person_free);
  g_autoptr(GPtrArray) read = NULL;

  /* the rows of a stage feed its publication list, which reads nobody's
   * name: only the commission's results name people */
  read = konkurs_store_read_all_id (self, with_names
                                    ? "SELECT a.id, trim (c.surname || ' ' || c.name || ' ' || c.patronymic), "
                                      "coalesce (a.sector, '') FROM application a "
                                      "JOIN candidate c ON c.id = a.candidate_id WHERE a.competition_id = ?1"
                                    : "SELECT a.id, '', coalesce (a.sector, '') FROM application a "
                                      "WHERE a.competition_id = ?1",
                                    competition_id, person_from_row, people, NULL, error);
  return read != NULL ? g_steal_pointer (&people) : NULL;
}

/* application id -> score (centi-points) of each stage @kinds names, one
 * table per kind (NULL where the competition lacks the stage). */
static gboolean
read_tie_breakers (KonkursStore  *self,
                   GPtrArray     *stages,
                   GPtrArray     *kinds,
                   GPtrArray     *scores,
                   GError       **error)
{
  for (guint k = 0; k < kinds->len; k++)
    {
      KonkursStageKind kind = GPOINTER_TO_UINT (g_ptr_array_index (kinds, k));
      GHashTable *table = NULL;

      for (guint i = 0; i < stages->len && table == NULL; i++)
        {
          const KonkursStage *stage = g_ptr_array_index (stages, i);
          g_autoptr(GPtrArray) rows = NULL;

          if (stage->kind != kind)
            continue;
          rows = konkurs_store_list_stage_rows (self, stage->id, error);
          if (rows == NULL)
            return FALSE;
          table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
          for (guint r = 0; r < rows->len; r++)
            {
              const KonkursStageRow *row = g_ptr_array_index (rows, r);

              if (row->has_result)
                g_hash_table_insert (table, g_memdup2 (&row->application_id, sizeof (gint64)),
                                     g_memdup2 (&row->score, sizeof (gint64)));
            }
        }
      g_ptr_array_add (scores, table);
    }
  return TRUE;
}

/* The commission's result of @decision: the mean in centi-points, or the
 * share of the present members who may vote that voted for, in
 * hundredths of a percent; its text in @text. */
static gint64
decision_result (const KonkursMeetingDecision  *decision,
                 char                         **text)
{
  const KonkursVoteResult *result = &decision->result;

  if (result->mode == KONKURS_VOTE_MODE_SCORES)
    {
      gint64 mean = decision->score != 0 ? decision->score : result->mean;

      *text = konkurs_stage_format_score (mean, NULL);
      return mean;
    }
  /* Translators: the votes a candidate got, "5 of 7 for" */
  *text = g_strdup_printf (_("%u of %u for"), result->n_for, result->quorum.present);
  return result->quorum.present > 0 ? (gint64) result->n_for * 10000 / result->quorum.present : 0;
}

static gboolean
read_decisions (KonkursStore     *self,
                KonkursStanding  *standing,
                GError          **error)
{
  g_autoptr(GPtrArray) decisions = NULL;

  standing->decisions = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                               (GDestroyNotify) konkurs_meeting_decision_free);
  if (standing->stage == NULL)
    return TRUE;
  decisions = konkurs_store_list_stage_decisions (self, standing->stage->id, error);
  if (decisions == NULL)
    return FALSE;
  for (guint i = 0; i < decisions->len; i++)
    {
      KonkursMeetingDecision *decision = konkurs_meeting_decision_copy (g_ptr_array_index (decisions, i));

      g_hash_table_replace (standing->decisions, &decision->application_id, decision);
    }
  return TRUE;
}

/* The commission's choices at ties in this competition, meeting by
 * meeting, each in its order. */
static gboolean
read_choices (KonkursStore     *self,
              KonkursStanding  *standing,
              GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare_id (self,
                                   "SELECT t.application_id FROM tie_choice t JOIN meeting m ON m.id = t.meeting_id "
                                   "WHERE m.competition_id = ?1 ORDER BY m.held_on, m.id, t.ordinal",
                                   konkurs_competition_get_id (standing->competition), error);
  if (stmt == NULL)
    return FALSE;
  standing->choices = konkurs_store_read_int64s (self, stmt, error);
  return standing->choices != NULL;
}

/* One row and its ranking entry per entrant of the commission stage. */
static gboolean
add_entrants (KonkursStore     *self,
              KonkursStanding  *standing,
              GHashTable       *people,
              GPtrArray        *stages,
              GError          **error)
{
  g_autoptr(GPtrArray) entrants = NULL;
  g_autoptr(GHashTable) breakers = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);

  entrants = konkurs_store_list_entrants (self, standing->stage, error);
  if (entrants == NULL)
    return FALSE;
  for (guint i = 0; i < entrants->len; i++)
    {
      const KonkursStageEntrant *entrant = g_ptr_array_index (entrants, i);
      const KonkursMeetingDecision *decision = g_hash_table_lookup (standing->decisions, &entrant->application_id);
      const Person *person = g_hash_table_lookup (people, &entrant->application_id);
      GPtrArray *scores = g_hash_table_lookup (breakers, GUINT_TO_POINTER (entrant->track));
      KonkursFinalRow *row;
      KonkursRankingEntry entry = { 0, };

      if (g_strcmp0 (entrant->status, "withdrawn") == 0)
        continue;
      if (scores == NULL)
        {
          scores = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
          g_hash_table_insert (breakers, GUINT_TO_POINTER (entrant->track), scores);
          if (!read_tie_breakers (self, stages, konkurs_rule_set_get_tie_breakers (standing->rule_set, entrant->track),
                                  scores, error))
            return FALSE;
        }
      row = final_row_new ();
      row->application_id = entrant->application_id;
      g_free (row->personal_code);
      row->personal_code = g_strdup (entrant->personal_code);
      row->vacancy_id = entrant->vacancy_id;
      if (person != NULL)
        {
          g_free (row->full_name);
          row->full_name = g_strdup (person->full_name);
          g_free (row->sector);
          row->sector = g_strdup (person->sector);
        }
      row->decision = decision != NULL ? decision->outcome : KONKURS_VOTE_PENDING;
      if (decision != NULL)
        {
          g_free (row->result_text);
          row->result = decision_result (decision, &row->result_text);
        }
      entry.application_id = row->application_id;
      entry.group = row->vacancy_id;
      entry.recommended = row->decision == KONKURS_VOTE_RECOMMENDED;
      entry.keys[entry.n_keys++] = row->result;
      for (guint k = 0; k < scores->len && entry.n_keys < KONKURS_RANKING_MAX_KEYS; k++)
        {
          GHashTable *table = g_ptr_array_index (scores, k);
          gint64 *score = table != NULL ? g_hash_table_lookup (table, &row->application_id) : NULL;

          /* no result at a tie-breaker stage ranks below any result */
          entry.keys[entry.n_keys++] = score != NULL ? *score : -1;
        }
      g_ptr_array_add (standing->rows, row);
      g_hash_table_insert (standing->by_id, &row->application_id, row);
      g_array_append_val (standing->entries, entry);
    }
  /* the sectors the entries point to are the rows', which stay put now */
  for (guint i = 0; i < standing->rows->len; i++)
    {
      KonkursFinalRow *row = g_ptr_array_index (standing->rows, i);

      g_array_index (standing->entries, KonkursRankingEntry, i).sector = row->sector[0] != '\0' ? row->sector : NULL;
    }
  return TRUE;
}

/* The appointments and refusals of the competition's applications. */
static void
appointment_into_row (sqlite3_stmt *stmt,
                      gpointer      standing)
{
  KonkursFinalRow *row = konkurs_standing_find (standing, sqlite3_column_int64 (stmt, 0));

  if (row == NULL)
    return;
  row->appointment = g_strcmp0 (konkurs_store_column_text (stmt, 1), "appointed") == 0
                     ? KONKURS_APPOINTMENT_APPOINTED : KONKURS_APPOINTMENT_REFUSED;
  g_free (row->order_number);
  row->order_number = g_strdup (konkurs_store_column_text (stmt, 2));
  konkurs_store_column_date_into (stmt, 3, &row->order_date);
  g_free (row->refusal_reason);
  row->refusal_reason = g_strdup (konkurs_store_column_text (stmt, 4));
}

static gboolean
read_appointments (KonkursStore     *self,
                   KonkursStanding  *standing,
                   GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare_id (self,
                                   "SELECT p.application_id, p.outcome, p.order_number, p.order_date, p.reason "
                                   "FROM appointment p JOIN application a ON a.id = p.application_id "
                                   "WHERE a.competition_id = ?1",
                                   konkurs_competition_get_id (standing->competition), error);
  return stmt != NULL && konkurs_store_each_row (self, stmt, appointment_into_row, standing, error);
}

gboolean
konkurs_store_read_standing (KonkursStore     *self,
                             gint64            competition_id,
                             gboolean          with_names,
                             KonkursStanding  *standing,
                             GError          **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GHashTable) people = NULL;

  standing->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_final_row_free);
  standing->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  standing->entries = g_array_new (FALSE, TRUE, sizeof (KonkursRankingEntry));
  standing->competition = konkurs_store_get_competition (self, competition_id, error);
  if (standing->competition == NULL)
    return FALSE;
  standing->youth_reserve = konkurs_competition_get_procedure (standing->competition) == KONKURS_PROCEDURE_YOUTH_RESERVE;
  standing->rule_set = konkurs_store_get_rule_set (self, konkurs_competition_get_rule_set_id (standing->competition),
                                                   error);
  if (standing->rule_set == NULL || !read_stages (self, standing, &stages, error)
      || !read_decisions (self, standing, error) || !read_choices (self, standing, error))
    return FALSE;
  if (standing->stage == NULL)
    return TRUE;
  people = read_people (self, competition_id, with_names, error);
  return people != NULL && add_entrants (self, standing, people, stages, error)
         && read_appointments (self, standing, error);
}

KonkursFinalRow *
konkurs_standing_find (KonkursStanding *standing,
                       gint64           application_id)
{
  return g_hash_table_lookup (standing->by_id, &application_id);
}

void
konkurs_standing_place_rows (KonkursStanding *standing,
                             GArray          *ranking,
                             GPtrArray       *out)
{
  for (guint i = 0; i < ranking->len; i++)
    {
      const KonkursRankingPlace *place = &g_array_index (ranking, KonkursRankingPlace, i);
      KonkursFinalRow *row = konkurs_standing_find (standing, place->application_id);

      if (row == NULL)
        continue;
      row->place = *place;
      row->place.sector = row->sector;
      if (out != NULL)
        g_ptr_array_add (out, row);
    }
}

static KonkursTieDecision
standing_decision (KonkursStanding *standing,
                   gboolean         decided)
{
  KonkursTieDecision decision = { NULL, 0 };

  if (decided && standing->choices->len > 0)
    {
      decision.application_ids = (const gint64 *) (void *) standing->choices->data;
      decision.n_application_ids = standing->choices->len;
    }
  return decision;
}

GArray *
konkurs_standing_rank_top (KonkursStanding *standing,
                           gboolean         decided)
{
  GPtrArray *sectors = konkurs_rule_set_get_sectors (standing->rule_set);
  g_autoptr(GArray) quotas = g_array_new (FALSE, FALSE, sizeof (KonkursSectorQuota));
  KonkursTieDecision decision = standing_decision (standing, decided);
  int places = 50;

  konkurs_rule_set_lookup_int (standing->rule_set, KONKURS_RULE_RESERVE_TOP, &places);
  for (guint i = 0; sectors != NULL && i < sectors->len; i++)
    {
      const KonkursSector *sector = g_ptr_array_index (sectors, i);
      KonkursSectorQuota quota = { sector->code, sector->quota };

      if (sector->quota > 0)
        g_array_append_val (quotas, quota);
    }
  return konkurs_ranking_top ((const KonkursRankingEntry *) (void *) standing->entries->data, standing->entries->len,
                              (guint) MAX (places, 0), (const KonkursSectorQuota *) (void *) quotas->data,
                              quotas->len, &decision);
}

/* The ranking per vacancy of @standing, @decided or not. */
static GArray *
rank_vacancies (KonkursStanding *standing,
                gboolean         decided)
{
  KonkursTieDecision decision = standing_decision (standing, decided);

  return konkurs_ranking_vacancies ((const KonkursRankingEntry *) (void *) standing->entries->data,
                                    standing->entries->len, &decision);
}

GArray *
konkurs_standing_rank (KonkursStanding *standing,
                       gboolean         decided)
{
  return standing->youth_reserve ? konkurs_standing_rank_top (standing, decided) : rank_vacancies (standing, decided);
}

/* The outcomes */

typedef struct {
  gint64                 vacancy_id;
  KonkursVacancyOutcome  outcome;
  gint64                 holder_id;
} StoredOutcome;

static gpointer
stored_outcome_from_row (sqlite3_stmt *stmt,
                         gpointer      user_data)
{
  StoredOutcome *stored = g_new0 (StoredOutcome, 1);

  stored->vacancy_id = sqlite3_column_int64 (stmt, 0);
  konkurs_vacancy_outcome_from_code (konkurs_store_column_text (stmt, 1), &stored->outcome);
  stored->holder_id = sqlite3_column_int64 (stmt, 2);
  return stored;
}

static GPtrArray *
read_outcomes (KonkursStore  *self,
               gint64         competition_id,
               GError       **error)
{
  return konkurs_store_read_all_id (self,
                                    "SELECT o.vacancy_id, o.outcome, o.winner_application_id FROM vacancy_outcome o "
                                    "JOIN vacancy v ON v.id = o.vacancy_id WHERE v.competition_id = ?1",
                                    competition_id, stored_outcome_from_row, NULL, g_free, error);
}

static KonkursVacancyResult *
vacancy_result_new (KonkursVacancy *vacancy,
                    GPtrArray      *outcomes)
{
  KonkursVacancyResult *result = g_new0 (KonkursVacancyResult, 1);

  result->vacancy_id = konkurs_vacancy_get_id (vacancy);
  result->title = g_strdup (konkurs_vacancy_get_position_title (vacancy));
  result->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_final_row_free);
  for (guint i = 0; i < outcomes->len; i++)
    {
      const StoredOutcome *stored = g_ptr_array_index (outcomes, i);

      if (stored->vacancy_id == result->vacancy_id)
        {
          result->outcome = stored->outcome;
          result->holder_id = stored->holder_id;
        }
    }
  return result;
}

static GPtrArray *
list_vacancy_results (KonkursStore  *self,
                      gint64         competition_id,
                      gboolean       with_names,
                      GError       **error)
{
  g_auto(KonkursStanding) standing = { NULL, };
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GArray) ranking = NULL;
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_vacancy_result_free);

  if (!konkurs_store_read_standing (self, competition_id, with_names, &standing, error))
    return NULL;
  vacancies = konkurs_store_list_vacancies (self, competition_id, error);
  outcomes = vacancies != NULL ? read_outcomes (self, competition_id, error) : NULL;
  if (outcomes == NULL)
    return NULL;
  ranking = rank_vacancies (&standing, TRUE);
  konkurs_standing_place_rows (&standing, ranking, ranked);
  for (guint v = 0; v < vacancies->len; v++)
    {
      KonkursVacancyResult *result = vacancy_result_new (g_ptr_array_index (vacancies, v), outcomes);

      for (guint i = 0; i < ranked->len; i++)
        {
          KonkursFinalRow *row = g_ptr_array_index (ranked, i);

          if (row->vacancy_id != result->vacancy_id)
            continue;
          row->offered = row->application_id == result->holder_id && row->place.place != KONKURS_PLACE_WINNER;
          g_ptr_array_add (result->rows, konkurs_final_row_copy (row));
        }
      g_ptr_array_add (results, result);
    }
  return g_steal_pointer (&results);
}

/* The top, and in *@places (may be NULL) the rule set's places. */
static GPtrArray *
list_reserve_top (KonkursStore  *self,
                  gint64         competition_id,
                  gboolean       with_names,
                  int           *places,
                  GError       **error)
{
  g_auto(KonkursStanding) standing = { NULL, };
  g_autoptr(GArray) ranking = NULL;
  g_autoptr(GPtrArray) ranked = g_ptr_array_new ();
  GPtrArray *rows;

  if (!konkurs_store_read_standing (self, competition_id, with_names, &standing, error))
    return NULL;
  if (!standing.youth_reserve)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("Competition %s is not a Youth Reserve selection: it has no top of the reserve."),
                   konkurs_competition_get_number (standing.competition));
      return NULL;
    }
  ranking = konkurs_standing_rank_top (&standing, TRUE);
  konkurs_standing_place_rows (&standing, ranking, ranked);
  if (places != NULL)
    {
      *places = 50;
      konkurs_rule_set_lookup_int (standing.rule_set, KONKURS_RULE_RESERVE_TOP, places);
    }
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_final_row_free);
  for (guint i = 0; i < ranked->len; i++)
    g_ptr_array_add (rows, konkurs_final_row_copy (g_ptr_array_index (ranked, i)));
  return rows;
}

GPtrArray *
konkurs_store_list_vacancy_results (KonkursStore  *self,
                                    gint64         competition_id,
                                    GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return list_vacancy_results (self, competition_id, TRUE, error);
}

GPtrArray *
konkurs_store_list_reserve_top (KonkursStore  *self,
                                gint64         competition_id,
                                GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return list_reserve_top (self, competition_id, TRUE, NULL, error);
}

/* The check before a write */

gboolean
konkurs_final_rows_check_decided (GPtrArray   *rows,
                                  const char  *where,
                                  GError     **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) tied = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursFinalRow *row = g_ptr_array_index (rows, i);
      GString *list = row->decision == KONKURS_VOTE_PENDING ? missing
                      : row->place.place == KONKURS_PLACE_TIED ? tied : NULL;

      if (list != NULL)
        g_string_append_printf (list, "%s%s (%s)", list->len > 0 ? ", " : "", row->personal_code, row->full_name);
    }
  if (missing->len > 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("%s: the commission has not decided on %s yet."), where, missing->str);
      return FALSE;
    }
  if (tied->len > 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("%s: %s are tied and the commission has not chosen between them yet."), where, tied->str);
      return FALSE;
    }
  return TRUE;
}

/* The stages that follow from the results
 *
 * Their rows carry in the decision's detail what the final publication
 * list prints by personal code, never a name: the sector of a Youth
 * Reserve candidate (the list is by sector), and of a vacancy's
 * candidate "holder" (the winner, or the next of the reserve list after
 * a refusal), "reserve", "refused" (the position) or "none". */

static void
set_row (KonkursStageRow     *row,
         gboolean             has_result,
         const KonkursFinalRow *final,
         KonkursStageOutcome  outcome,
         KonkursStageReason   reason,
         const char          *detail)
{
  row->has_result = has_result;
  row->score = has_result && final != NULL ? final->result : 0;
  g_free (row->result_text);
  row->result_text = g_strdup (final != NULL && final->decision != KONKURS_VOTE_PENDING ? final->result_text : "");
  if (row->decision == NULL)
    row->decision = g_new0 (KonkursStageDecision, 1);
  row->decision->application_id = row->application_id;
  row->decision->outcome = outcome;
  row->decision->reason = reason;
  row->decision->score = row->score;
  row->decision->rank = final != NULL ? (int) final->place.rank : 0;
  g_free (row->decision->detail);
  row->decision->detail = g_strdup (detail);
}

/* The National Commission admits the top: admitted go on, the others
 * recommended stay out beyond the places, a tie has no result yet. */
static void
national_row (KonkursStageRow        *row,
              const KonkursFinalRow  *final,
              int                     places)
{
  const char *sector = final != NULL ? final->sector : NULL;

  switch (final != NULL ? final->place.place : KONKURS_PLACE_NONE)
    {
    case KONKURS_PLACE_WINNER:
      set_row (row, TRUE, final, KONKURS_STAGE_OUTCOME_GOES_ON, KONKURS_STAGE_REASON_WITHIN_PLACES, sector);
      break;
    case KONKURS_PLACE_RESERVE:
      set_row (row, TRUE, final, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_BEYOND_PLACES, sector);
      break;
    case KONKURS_PLACE_TIED:
      set_row (row, FALSE, final, KONKURS_STAGE_OUTCOME_PENDING, KONKURS_STAGE_REASON_TIED_AT_CUTOFF, sector);
      break;
    default:
      if (final != NULL && final->decision == KONKURS_VOTE_NOT_RECOMMENDED)
        set_row (row, TRUE, final, KONKURS_STAGE_OUTCOME_STAYS_OUT, KONKURS_STAGE_REASON_NOT_RECOMMENDED, sector);
      else
        set_row (row, FALSE, final, KONKURS_STAGE_OUTCOME_PENDING, KONKURS_STAGE_REASON_NO_RESULT, sector);
      break;
    }
  row->decision->places = places;
}

/* The decision stage: once the vacancy's outcome is recorded, its holder
 * and reserve list go on, the others stay out. */
static void
decision_row (KonkursStageRow             *row,
              const KonkursVacancyResult  *result,
              const KonkursFinalRow       *final)
{
  gboolean listed, refused;

  if (result == NULL || result->outcome == KONKURS_VACANCY_OUTCOME_PENDING)
    {
      set_row (row, FALSE, final, KONKURS_STAGE_OUTCOME_PENDING, KONKURS_STAGE_REASON_NO_RESULT, NULL);
      return;
    }
  refused = final != NULL && final->appointment == KONKURS_APPOINTMENT_REFUSED;
  listed = final != NULL && (final->place.place == KONKURS_PLACE_WINNER || final->place.place == KONKURS_PLACE_RESERVE)
           && !refused;
  set_row (row, TRUE, final, listed ? KONKURS_STAGE_OUTCOME_GOES_ON : KONKURS_STAGE_OUTCOME_STAYS_OUT,
           listed ? KONKURS_STAGE_REASON_RECOMMENDED : refused ? KONKURS_STAGE_REASON_NONE
                                                           : KONKURS_STAGE_REASON_NOT_RECOMMENDED,
           row->application_id == result->holder_id ? "holder" : listed ? "reserve" : refused ? "refused" : "none");
  row->decision->places = 1;
}

static const KonkursFinalRow *
find_final (GPtrArray *rows,
            gint64     application_id)
{
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    if (((KonkursFinalRow *) g_ptr_array_index (rows, i))->application_id == application_id)
      return g_ptr_array_index (rows, i);
  return NULL;
}

gboolean
konkurs_store_results_stage_rows (KonkursStore        *self,
                                  const KonkursStage  *stage,
                                  GPtrArray           *rows,
                                  gboolean            *handled,
                                  GError             **error)
{
  *handled = stage->kind == KONKURS_STAGE_NATIONAL_COMMISSION || stage->kind == KONKURS_STAGE_DECISION;
  if (stage->kind == KONKURS_STAGE_NATIONAL_COMMISSION)
    {
      int places = 0;
      g_autoptr(GPtrArray) top = list_reserve_top (self, stage->competition_id, FALSE, &places, error);

      if (top == NULL)
        return FALSE;
      for (guint i = 0; i < rows->len; i++)
        {
          KonkursStageRow *row = g_ptr_array_index (rows, i);

          if (row->decision == NULL || row->decision->reason != KONKURS_STAGE_REASON_WITHDRAWN)
            national_row (row, find_final (top, row->application_id), places);
        }
    }
  else if (stage->kind == KONKURS_STAGE_DECISION)
    {
      g_autoptr(GPtrArray) results = list_vacancy_results (self, stage->competition_id, FALSE, error);

      if (results == NULL)
        return FALSE;
      for (guint i = 0; i < rows->len; i++)
        {
          KonkursStageRow *row = g_ptr_array_index (rows, i);
          const KonkursVacancyResult *result = NULL;

          if (row->decision != NULL && row->decision->reason == KONKURS_STAGE_REASON_WITHDRAWN)
            continue;
          for (guint v = 0; v < results->len && result == NULL; v++)
            if (((KonkursVacancyResult *) g_ptr_array_index (results, v))->vacancy_id == row->vacancy_id)
              result = g_ptr_array_index (results, v);
          decision_row (row, result, result != NULL ? find_final (result->rows, row->application_id) : NULL);
        }
    }
  return TRUE;
}
