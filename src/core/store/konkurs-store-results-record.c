/* konkurs-store-results-record.c — what is written of the final results:
 * the commission's choice at a tie, the vacancies' outcomes, and the
 * appointment or refusal of the holder, a refusal handing the position to
 * the next of the vacancy's reserve list
 *
 * Each is one operation with its entries in the record.  The ranking
 * itself is never stored (konkurs-store-results.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>
#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-results-private.h"
#include "konkurs-text.h"

/* "vacancy 01-03 (Chief specialist)", for the messages. */
static char *
describe_vacancy (KonkursStore *self,
                  gint64        vacancy_id)
{
  g_autoptr(KonkursVacancy) vacancy = konkurs_store_get_vacancy (self, vacancy_id, NULL);

  if (vacancy == NULL)
    return g_strdup_printf (_("vacancy %" PRId64), vacancy_id);
  /* Translators: a vacancy by its code and title, "vacancy 01-03 (Chief specialist)" */
  return g_strdup_printf (_("vacancy %s (%s)"), konkurs_vacancy_get_code (vacancy),
                          konkurs_vacancy_get_position_title (vacancy));
}

/* Ties */

G_DEFINE_BOXED_TYPE (KonkursTieChoice, konkurs_tie_choice, konkurs_tie_choice_copy, konkurs_tie_choice_free)

KonkursTieChoice *
konkurs_tie_choice_copy (const KonkursTieChoice *choice)
{
  KonkursTieChoice *copy;

  g_return_val_if_fail (choice != NULL, NULL);

  copy = g_memdup2 (choice, sizeof *choice);
  copy->personal_code = g_strdup (choice->personal_code);
  copy->full_name = g_strdup (choice->full_name);
  copy->reason = g_strdup (choice->reason);
  return copy;
}

void
konkurs_tie_choice_free (KonkursTieChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->personal_code);
  g_free (choice->full_name);
  g_free (choice->reason);
  g_free (choice);
}

static gpointer
tie_choice_from_row (sqlite3_stmt *stmt,
                     gpointer      user_data)
{
  KonkursTieChoice *choice = g_new0 (KonkursTieChoice, 1);

  choice->meeting_id = sqlite3_column_int64 (stmt, 0);
  konkurs_store_column_date_into (stmt, 1, &choice->held_on);
  choice->application_id = sqlite3_column_int64 (stmt, 2);
  choice->personal_code = g_strdup (konkurs_store_column_text (stmt, 3));
  choice->full_name = g_strdup (konkurs_store_column_text (stmt, 4));
  choice->ordinal = (guint) sqlite3_column_int (stmt, 5);
  choice->reason = g_strdup (konkurs_store_column_text (stmt, 6));
  return choice;
}

GPtrArray *
konkurs_store_list_tie_choices (KonkursStore  *self,
                                gint64         competition_id,
                                GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_all_id (self,
                                    "SELECT t.meeting_id, m.held_on, t.application_id, a.personal_code, "
                                    "trim (c.surname || ' ' || c.name || ' ' || c.patronymic), t.ordinal, t.reason "
                                    "FROM tie_choice t JOIN meeting m ON m.id = t.meeting_id "
                                    "JOIN application a ON a.id = t.application_id "
                                    "JOIN candidate c ON c.id = a.candidate_id "
                                    "WHERE m.competition_id = ?1 ORDER BY m.held_on, m.id, t.ordinal",
                                    competition_id, tie_choice_from_row, NULL,
                                    (GDestroyNotify) konkurs_tie_choice_free, error);
}

static gboolean
meeting_competition (KonkursStore  *self,
                     gint64         meeting_id,
                     gint64        *competition_id,
                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, "SELECT competition_id FROM meeting WHERE id = ?1",
                                                           meeting_id, error);
  gboolean found = FALSE;

  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, &found, competition_id, error))
    return FALSE;
  if (!found)
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                 _("Meeting %" PRId64 " does not exist."), meeting_id);
  return found;
}

/* The choices other meetings of the competition made, then @ids. */
static GArray *
combined_choices (KonkursStore  *self,
                  gint64         meeting_id,
                  gint64         competition_id,
                  const gint64  *ids,
                  guint          n,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GArray *choices;

  stmt = konkurs_store_prepare (self,
                                "SELECT t.application_id FROM tie_choice t JOIN meeting m ON m.id = t.meeting_id "
                                "WHERE m.competition_id = ?1 AND m.id <> ?2 ORDER BY m.held_on, m.id, t.ordinal",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, competition_id);
  sqlite3_bind_int64 (stmt, 2, meeting_id);
  choices = konkurs_store_read_int64s (self, stmt, error);
  if (choices != NULL)
    g_array_append_vals (choices, ids, n);
  return choices;
}

static gboolean
check_tie_choice (KonkursStore  *self,
                  gint64         meeting_id,
                  gint64         competition_id,
                  const gint64  *ids,
                  guint          n,
                  GError       **error)
{
  g_auto(KonkursStanding) standing = { NULL, };
  g_autoptr(GArray) ranking = NULL;
  g_autoptr(GArray) choices = NULL;
  KonkursTieDecision decision;
  const char *why;

  if (!konkurs_store_read_standing (self, competition_id, TRUE, &standing, error))
    return FALSE;
  choices = combined_choices (self, meeting_id, competition_id, ids, n, error);
  if (choices == NULL)
    return FALSE;
  ranking = konkurs_standing_rank (&standing, FALSE);
  decision.application_ids = (const gint64 *) (void *) choices->data;
  decision.n_application_ids = choices->len;
  why = konkurs_ranking_check_tie_decision (ranking, &decision);
  return why == NULL || konkurs_store_invalid (error, _(why));
}

static gboolean
write_tie_choice (KonkursStore  *self,
                  gint64         meeting_id,
                  const gint64  *ids,
                  guint          n,
                  const char    *reason,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) old = konkurs_store_prepare_id (self, "SELECT id FROM tie_choice WHERE meeting_id = ?1",
                                                          meeting_id, error);
  g_autoptr(GArray) old_ids = old != NULL ? konkurs_store_read_int64s (self, old, error) : NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;

  if (old_ids == NULL)
    return FALSE;
  /* a new choice of the same meeting replaces the earlier one */
  for (guint i = 0; i < old_ids->len; i++)
    if (!konkurs_store_record_row (self, "delete", KONKURS_STORE_TABLE_TIE_CHOICE,
                                   g_array_index (old_ids, gint64, i), NULL, error)
        || !konkurs_store_delete_id (self, "DELETE FROM tie_choice WHERE id = ?1", g_array_index (old_ids, gint64, i),
                                     NULL, NULL, error))
      return FALSE;
  insert = konkurs_store_prepare (self,
                                  "INSERT INTO tie_choice (meeting_id, application_id, ordinal, reason) "
                                  "VALUES (?1, ?2, ?3, trim (?4))", error);
  for (guint i = 0; insert != NULL && i < n; i++)
    {
      gint64 id;

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, meeting_id);
      sqlite3_bind_int64 (insert, 2, ids[i]);
      sqlite3_bind_int (insert, 3, (int) i + 1);
      sqlite3_bind_text (insert, 4, reason, -1, SQLITE_STATIC);
      id = konkurs_store_step_insert (self, insert, error);
      if (id == 0 || !konkurs_store_record_row (self, "decide", KONKURS_STORE_TABLE_TIE_CHOICE, id, NULL, error))
        return FALSE;
    }
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_TIE_CHOICE);
  return insert != NULL;
}

gboolean
konkurs_store_decide_tie (KonkursStore  *self,
                          gint64         meeting_id,
                          const gint64  *application_ids,
                          guint          n,
                          const char    *reason,
                          GError       **error)
{
  gint64 competition_id = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (application_ids != NULL || n == 0, FALSE);

  if (konkurs_text_is_blank (reason))
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED,
                           _("The commission's choice at a tie needs its reason, as the protocol records it."));
      return FALSE;
    }
  if (n == 0)
    return konkurs_store_invalid (error, _("Choose who of the tied candidates takes the places."));
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = meeting_competition (self, meeting_id, &competition_id, error)
       && check_tie_choice (self, meeting_id, competition_id, application_ids, n, error)
       && write_tie_choice (self, meeting_id, application_ids, n, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Outcomes */

typedef struct {
  KonkursVacancyOutcome  outcome;
  gint64                 holder_id;
  gint64                 meeting_id;
  const char            *note;
} Outcome;

/* Inserts or updates the outcome of @vacancy_id, recorded. */
static gboolean
write_outcome (KonkursStore   *self,
               gint64          vacancy_id,
               const Outcome  *outcome,
               const GDate    *decided_on,
               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;
  gint64 id = 0;

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO vacancy_outcome (vacancy_id, meeting_id, outcome, winner_application_id, "
                                "decided_on, note) VALUES (?1, nullif (?2, 0), ?3, nullif (?4, 0), ?5, ?6) "
                                "ON CONFLICT (vacancy_id) DO UPDATE SET meeting_id = excluded.meeting_id, "
                                "outcome = excluded.outcome, winner_application_id = excluded.winner_application_id, "
                                "decided_on = excluded.decided_on, note = excluded.note RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, vacancy_id);
  sqlite3_bind_int64 (stmt, 2, outcome->meeting_id);
  sqlite3_bind_text (stmt, 3, konkurs_vacancy_outcome_to_code (outcome->outcome), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, outcome->holder_id);
  konkurs_store_bind_date (stmt, 5, decided_on);
  sqlite3_bind_text (stmt, 6, outcome->note != NULL ? outcome->note : "", -1, SQLITE_TRANSIENT);
  if (!konkurs_store_read_int64 (self, stmt, &found, &id, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_VACANCY_OUTCOME);
  return konkurs_store_record_row (self, "decide", KONKURS_STORE_TABLE_VACANCY_OUTCOME, id, NULL, error);
}

/* The outcome the results of @result give: its winner, or failed. */
static void
decide_outcome (KonkursStanding            *standing,
                const KonkursVacancyResult *result,
                Outcome                    *outcome)
{
  memset (outcome, 0, sizeof *outcome);
  outcome->outcome = KONKURS_VACANCY_OUTCOME_FAILED;
  for (guint i = 0; i < result->rows->len; i++)
    {
      const KonkursFinalRow *row = g_ptr_array_index (result->rows, i);
      const KonkursMeetingDecision *decision = g_hash_table_lookup (standing->decisions, &row->application_id);

      if (decision != NULL && outcome->holder_id == 0)
        outcome->meeting_id = MAX (outcome->meeting_id, decision->meeting_id);
      if (row->place.place == KONKURS_PLACE_WINNER && outcome->holder_id == 0)
        {
          outcome->outcome = KONKURS_VACANCY_OUTCOME_FILLED;
          outcome->holder_id = row->application_id;
          outcome->meeting_id = decision != NULL ? decision->meeting_id : 0;
        }
    }
  if (outcome->outcome == KONKURS_VACANCY_OUTCOME_FAILED)
    outcome->note = "no-recommended";
}

/* TRUE when an appointment or refusal is recorded in @result: its outcome
 * is then the appointments' to change, not the ranking's. */
static gboolean
has_appointments (const KonkursVacancyResult *result)
{
  for (guint i = 0; i < result->rows->len; i++)
    if (((KonkursFinalRow *) g_ptr_array_index (result->rows, i))->appointment != KONKURS_APPOINTMENT_NONE)
      return TRUE;
  return FALSE;
}

static gboolean
check_stage_reached (KonkursStore     *self,
                     KonkursStanding  *standing,
                     GError          **error)
{
  if (standing->youth_reserve)
    return konkurs_store_invalid (error, _("A Youth Reserve selection has no vacancies: its result is the top of the "
                                           "reserve, entered in the reserve register."));
  if (standing->stage == NULL || standing->stage->state == KONKURS_STAGE_STATE_NOT_YET)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_NOT_OPEN,
                   _("Competition %s has not reached the interview yet: the commission decides first."),
                   konkurs_competition_get_number (standing->competition));
      return FALSE;
    }
  return TRUE;
}

static gboolean
record_outcomes (KonkursStore  *self,
                 gint64         competition_id,
                 const GDate   *decided_on,
                 GError       **error)
{
  g_auto(KonkursStanding) standing = { NULL, };
  g_autoptr(GPtrArray) results = NULL;

  if (!konkurs_store_read_standing (self, competition_id, TRUE, &standing, error)
      || !check_stage_reached (self, &standing, error))
    return FALSE;
  results = konkurs_store_list_vacancy_results (self, competition_id, error);
  if (results == NULL)
    return FALSE;
  for (guint v = 0; v < results->len; v++)
    {
      const KonkursVacancyResult *result = g_ptr_array_index (results, v);
      g_autofree char *where = describe_vacancy (self, result->vacancy_id);

      if (!konkurs_final_rows_check_decided (result->rows, where, error))
        return FALSE;
    }
  for (guint v = 0; v < results->len; v++)
    {
      const KonkursVacancyResult *result = g_ptr_array_index (results, v);
      Outcome outcome;

      decide_outcome (&standing, result, &outcome);
      if (has_appointments (result)
          || (result->outcome == outcome.outcome && result->holder_id == outcome.holder_id))
        continue;
      if (!write_outcome (self, result->vacancy_id, &outcome, decided_on, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
konkurs_store_record_outcomes (KonkursStore  *self,
                               gint64         competition_id,
                               const GDate   *decided_on,
                               GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (decided_on == NULL || !g_date_valid (decided_on))
    return konkurs_store_invalid (error, _("The date of the decision is missing."));
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = record_outcomes (self, competition_id, decided_on, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Appointments */

static gboolean
check_appointment (KonkursAppointmentOutcome   outcome,
                   const char                 *order_number,
                   const GDate                *order_date,
                   const char                 *reason,
                   GError                    **error)
{
  switch (outcome)
    {
    case KONKURS_APPOINTMENT_APPOINTED:
      if (konkurs_text_is_blank (order_number))
        return konkurs_store_invalid (error, _("Order number: the appointment needs the number of its order."));
      if (order_date == NULL || !g_date_valid (order_date))
        return konkurs_store_invalid (error, _("Order date: the appointment needs the date of its order."));
      return TRUE;
    case KONKURS_APPOINTMENT_REFUSED:
      return !konkurs_text_is_blank (reason)
             || konkurs_store_invalid (error, _("Reason: a refusal needs its reason, as the candidate gave it."));
    default:
      return konkurs_store_invalid (error, _("Say whether the candidate was appointed or refused."));
    }
}

/* The vacancy's result that @application_id belongs to. */
static KonkursVacancyResult *
find_vacancy_result (KonkursStore  *self,
                     gint64         application_id,
                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, "SELECT competition_id, vacancy_id FROM application "
                                                           "WHERE id = ?1", application_id, error);
  g_autoptr(GPtrArray) results = NULL;
  gint64 competition_id, vacancy_id;
  int rc;

  if (stmt == NULL)
    return NULL;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                     _("Application %" PRId64 " does not exist."), application_id);
      else
        konkurs_store_set_sqlite_error (self, rc, error);
      return NULL;
    }
  competition_id = sqlite3_column_int64 (stmt, 0);
  vacancy_id = sqlite3_column_int64 (stmt, 1);
  results = konkurs_store_list_vacancy_results (self, competition_id, error);
  for (guint i = 0; results != NULL && i < results->len; i++)
    if (((KonkursVacancyResult *) g_ptr_array_index (results, i))->vacancy_id == vacancy_id)
      return g_ptr_array_steal_index (results, i);
  if (results != NULL)
    konkurs_store_invalid (error, _("The application is not for a vacancy: only a vacancy's holder is appointed."));
  return NULL;
}

static gboolean
check_holder (KonkursStore                *self,
              const KonkursVacancyResult  *result,
              const KonkursFinalRow       *row,
              gint64                       application_id,
              GError                     **error)
{
  g_autofree char *where = describe_vacancy (self, result->vacancy_id);
  const KonkursFinalRow *holder = NULL;

  if (result->outcome == KONKURS_VACANCY_OUTCOME_PENDING)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("%s: its outcome is not recorded yet: record the outcomes of the competition first."), where);
      return FALSE;
    }
  if (result->holder_id == application_id)
    return TRUE;
  for (guint i = 0; i < result->rows->len; i++)
    if (((KonkursFinalRow *) g_ptr_array_index (result->rows, i))->application_id == result->holder_id)
      holder = g_ptr_array_index (result->rows, i);
  if (holder != NULL)
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                 _("%s: %s (%s) does not hold it; %s (%s) does."), where,
                 row != NULL ? row->personal_code : "?", row != NULL ? row->full_name : "?",
                 holder->personal_code, holder->full_name);
  else
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                 _("%s: nobody holds it (the competition for it was declared not held)."), where);
  return FALSE;
}

static gint64
write_appointment (KonkursStore               *self,
                   gint64                      application_id,
                   KonkursAppointmentOutcome   outcome,
                   const char                 *order_number,
                   const GDate                *order_date,
                   const char                 *reason,
                   GError                    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *actor = konkurs_store_dup_actor (self);
  gboolean found = FALSE;
  gint64 id = 0;

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO appointment (application_id, outcome, order_number, order_date, reason, "
                                "recorded_by) VALUES (?1, ?2, trim (?3), ?4, trim (?5), ?6) "
                                "ON CONFLICT (application_id) DO UPDATE SET outcome = excluded.outcome, "
                                "order_number = excluded.order_number, order_date = excluded.order_date, "
                                "reason = excluded.reason, recorded_by = excluded.recorded_by, "
                                "recorded_at = strftime ('%Y-%m-%dT%H:%M:%SZ', 'now') RETURNING id", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, application_id);
  sqlite3_bind_text (stmt, 2, outcome == KONKURS_APPOINTMENT_APPOINTED ? "appointed" : "refused", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, outcome == KONKURS_APPOINTMENT_APPOINTED && order_number ? order_number : "", -1,
                     SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 4, outcome == KONKURS_APPOINTMENT_APPOINTED ? order_date : NULL);
  sqlite3_bind_text (stmt, 5, reason != NULL ? reason : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, actor, -1, SQLITE_STATIC);
  if (!konkurs_store_read_int64 (self, stmt, &found, &id, error))
    return 0;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_APPOINTMENT);
  return konkurs_store_record_row (self, outcome == KONKURS_APPOINTMENT_APPOINTED ? "appoint" : "refuse",
                                   KONKURS_STORE_TABLE_APPOINTMENT, id, NULL, error) ? id : 0;
}

/* After @refused refused: the next recommended candidate of the reserve
 * list who has not refused takes the position, or nobody is left. */
static gboolean
offer_next (KonkursStore                *self,
            const KonkursVacancyResult  *result,
            gint64                       refused,
            GError                     **error)
{
  Outcome outcome = { KONKURS_VACANCY_OUTCOME_FAILED, 0, 0, "all-refused" };
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GDate decided_on;

  for (guint i = 0; i < result->rows->len && outcome.holder_id == 0; i++)
    {
      const KonkursFinalRow *row = g_ptr_array_index (result->rows, i);

      if ((row->place.place == KONKURS_PLACE_WINNER || row->place.place == KONKURS_PLACE_RESERVE)
          && row->application_id != refused && row->appointment != KONKURS_APPOINTMENT_REFUSED)
        {
          outcome.outcome = KONKURS_VACANCY_OUTCOME_RESERVE;
          outcome.holder_id = row->application_id;
          outcome.note = "offered-after-refusal";
        }
    }
  /* the outcome keeps the meeting and date of the commission's decision */
  stmt = konkurs_store_prepare_id (self, "SELECT coalesce (meeting_id, 0), decided_on FROM vacancy_outcome "
                                   "WHERE vacancy_id = ?1", result->vacancy_id, error);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return stmt != NULL && konkurs_store_invalid (error, _("The vacancy's outcome is not recorded."));
  outcome.meeting_id = sqlite3_column_int64 (stmt, 0);
  konkurs_store_column_date_into (stmt, 1, &decided_on);
  return write_outcome (self, result->vacancy_id, &outcome, &decided_on, error);
}

static gboolean
record_appointment (KonkursStore               *self,
                    gint64                      application_id,
                    KonkursAppointmentOutcome   outcome,
                    const char                 *order_number,
                    const GDate                *order_date,
                    const char                 *reason,
                    GError                    **error)
{
  g_autoptr(KonkursVacancyResult) result = find_vacancy_result (self, application_id, error);
  const KonkursFinalRow *row = NULL;

  if (result == NULL)
    return FALSE;
  for (guint i = 0; i < result->rows->len; i++)
    if (((KonkursFinalRow *) g_ptr_array_index (result->rows, i))->application_id == application_id)
      row = g_ptr_array_index (result->rows, i);
  if (!check_holder (self, result, row, application_id, error)
      || write_appointment (self, application_id, outcome, order_number, order_date, reason, error) == 0)
    return FALSE;
  return outcome != KONKURS_APPOINTMENT_REFUSED || offer_next (self, result, application_id, error);
}

gboolean
konkurs_store_record_appointment (KonkursStore               *self,
                                  gint64                      application_id,
                                  KonkursAppointmentOutcome   outcome,
                                  const char                 *order_number,
                                  const GDate                *order_date,
                                  const char                 *reason,
                                  GError                    **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!check_appointment (outcome, order_number, order_date, reason, error))
    return FALSE;
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = record_appointment (self, application_id, outcome, order_number, order_date, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}
