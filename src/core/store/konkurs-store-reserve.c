/* konkurs-store-reserve.c — the reserve register: those the National
 * Commission admitted to the Youth Personnel Reserve, each with the end
 * of the term, and what eligibility's "already in the reserve" reads of
 * it in a later selection
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-eligibility.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-results-private.h"
#include "konkurs-text.h"

G_DEFINE_BOXED_TYPE (KonkursReserveEntry, konkurs_reserve_entry, konkurs_reserve_entry_copy,
                     konkurs_reserve_entry_free)

KonkursReserveEntry *
konkurs_reserve_entry_copy (const KonkursReserveEntry *entry)
{
  KonkursReserveEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_memdup2 (entry, sizeof *entry);
  copy->full_name = g_strdup (entry->full_name);
  copy->iin = g_strdup (entry->iin);
  copy->sector = g_strdup (entry->sector);
  copy->left_reason = g_strdup (entry->left_reason);
  return copy;
}

void
konkurs_reserve_entry_free (KonkursReserveEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->full_name);
  g_free (entry->iin);
  g_free (entry->sector);
  g_free (entry->left_reason);
  g_free (entry);
}

#define ENTRY_SELECT \
  "SELECT r.id, r.candidate_id, coalesce (r.application_id, 0), coalesce (r.competition_id, 0), " \
  "trim (c.surname || ' ' || c.name || ' ' || c.patronymic), c.iin, r.sector, r.admitted_on, r.term_ends_on, " \
  "r.left_on, r.left_reason FROM reserve_register r JOIN candidate c ON c.id = r.candidate_id "

static gpointer
entry_from_row (sqlite3_stmt *stmt,
                gpointer      user_data)
{
  KonkursReserveEntry *entry = g_new0 (KonkursReserveEntry, 1);

  entry->id = sqlite3_column_int64 (stmt, 0);
  entry->candidate_id = sqlite3_column_int64 (stmt, 1);
  entry->application_id = sqlite3_column_int64 (stmt, 2);
  entry->competition_id = sqlite3_column_int64 (stmt, 3);
  entry->full_name = g_strdup (konkurs_store_column_text (stmt, 4));
  entry->iin = g_strdup (konkurs_store_column_text (stmt, 5));
  entry->sector = g_strdup (konkurs_store_column_text (stmt, 6));
  konkurs_store_column_date_into (stmt, 7, &entry->admitted_on);
  konkurs_store_column_date_into (stmt, 8, &entry->term_ends_on);
  konkurs_store_column_date_into (stmt, 9, &entry->left_on);
  entry->left_reason = g_strdup (konkurs_store_column_text (stmt, 10));
  return entry;
}

GPtrArray *
konkurs_store_list_reserve (KonkursStore  *self,
                            const GDate   *on,
                            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  /* the last day in the reserve is the term's end, or the day of leaving */
  stmt = konkurs_store_prepare (self, ENTRY_SELECT
                                "WHERE ?1 IS NULL OR (r.admitted_on <= ?1 AND ?1 <= r.term_ends_on "
                                "AND (r.left_on IS NULL OR ?1 <= r.left_on)) "
                                "ORDER BY r.admitted_on, c.sort_key, r.id", error);
  if (stmt == NULL)
    return NULL;
  konkurs_store_bind_date (stmt, 1, on != NULL && g_date_valid (on) ? on : NULL);
  return konkurs_store_read_all (self, stmt, entry_from_row, NULL, (GDestroyNotify) konkurs_reserve_entry_free,
                                 error);
}

/* Entering the reserve */

/* The last day of a term of @years from @admitted_on: the day before the
 * same date @years later. */
static void
term_end (const GDate *admitted_on,
          int          years,
          GDate       *out)
{
  *out = *admitted_on;
  g_date_add_years (out, (guint) years);
  g_date_subtract_days (out, 1);
}

static gboolean
insert_entry (KonkursStore          *self,
              const KonkursFinalRow *row,
              gint64                 competition_id,
              const GDate           *admitted_on,
              const GDate           *term_ends_on,
              gboolean              *entered,
              GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;
  gint64 id = 0;

  stmt = konkurs_store_prepare (self,
                                "INSERT INTO reserve_register (candidate_id, application_id, competition_id, sector, "
                                "admitted_on, term_ends_on) SELECT a.candidate_id, a.id, ?2, ?3, ?4, ?5 "
                                "FROM application a WHERE a.id = ?1 "
                                "ON CONFLICT (application_id) DO NOTHING RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->application_id);
  sqlite3_bind_int64 (stmt, 2, competition_id);
  sqlite3_bind_text (stmt, 3, row->sector, -1, SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 4, admitted_on);
  konkurs_store_bind_date (stmt, 5, term_ends_on);
  if (!konkurs_store_read_int64 (self, stmt, &found, &id, error))
    return FALSE;
  *entered = found;
  return !found || konkurs_store_record_row (self, "create", KONKURS_STORE_TABLE_RESERVE_REGISTER, id, NULL, error);
}

/* Where the tie of @rows (tied at one cut) is: its sector when they all
 * stand in one sector with a quota (the quota's cut), else the selection. */
static char *
describe_cut (KonkursRuleSet     *rule_set,
              KonkursCompetition *competition,
              GPtrArray          *rows)
{
  const KonkursFinalRow *first = rows->len > 0 ? g_ptr_array_index (rows, 0) : NULL;
  const KonkursSector *sector = first != NULL && first->sector != NULL
                                ? konkurs_rule_set_find_sector (rule_set, first->sector) : NULL;

  for (guint i = 1; i < rows->len; i++)
    if (g_strcmp0 (((KonkursFinalRow *) g_ptr_array_index (rows, i))->sector, first->sector) != 0)
      sector = NULL;
  if (sector != NULL && sector->quota > 0)
    /* Translators: the Youth Reserve selection by its number and a sector, in a message */
    return g_strdup_printf (_("Selection %s, sector “%s”"), konkurs_competition_get_number (competition),
                            konkurs_local_text_get_display (sector->name));
  /* Translators: the Youth Reserve selection by its number, in a message */
  return g_strdup_printf (_("Selection %s"), konkurs_competition_get_number (competition));
}

/* INVALID naming the candidates without a decision, then those tied at
 * one cut with the sector or the selection the cut is in. */
static gboolean
check_top_decided (KonkursRuleSet      *rule_set,
                   KonkursCompetition  *competition,
                   GPtrArray           *top,
                   GError             **error)
{
  g_autoptr(GPtrArray) pending = g_ptr_array_new ();
  g_autofree char *where = describe_cut (rule_set, competition, top);

  for (guint i = 0; i < top->len; i++)
    if (((KonkursFinalRow *) g_ptr_array_index (top, i))->decision == KONKURS_VOTE_PENDING)
      g_ptr_array_add (pending, g_ptr_array_index (top, i));
  if (!konkurs_final_rows_check_decided (pending, where, error))
    return FALSE;
  for (guint i = 0; i < top->len; i++)
    {
      const KonkursFinalRow *row = g_ptr_array_index (top, i);
      g_autoptr(GPtrArray) cut = g_ptr_array_new ();
      g_autofree char *in_cut = NULL;

      if (row->place.place != KONKURS_PLACE_TIED)
        continue;
      for (guint j = 0; j < top->len; j++)
        {
          const KonkursFinalRow *other = g_ptr_array_index (top, j);

          if (other->place.place == KONKURS_PLACE_TIED && other->place.cut == row->place.cut)
            g_ptr_array_add (cut, (gpointer) other);
        }
      in_cut = describe_cut (rule_set, competition, cut);
      return konkurs_final_rows_check_decided (cut, in_cut, error);
    }
  return TRUE;
}

static gboolean
enter_reserve (KonkursStore  *self,
               gint64         competition_id,
               const GDate   *admitted_on,
               guint         *n_entered,
               GError       **error)
{
  g_autoptr(GPtrArray) top = konkurs_store_list_reserve_top (self, competition_id, error);
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  int years = 3;
  GDate ends;

  if (top == NULL)
    return FALSE;
  competition = konkurs_store_get_competition (self, competition_id, error);
  rule_set = competition != NULL ? konkurs_store_get_rule_set (self, konkurs_competition_get_rule_set_id (competition),
                                                               error) : NULL;
  if (rule_set == NULL)
    return FALSE;
  if (!check_top_decided (rule_set, competition, top, error))
    return FALSE;
  konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_RESERVE_TERM_YEARS, &years);
  term_end (admitted_on, MAX (years, 1), &ends);
  for (guint i = 0; i < top->len; i++)
    {
      const KonkursFinalRow *row = g_ptr_array_index (top, i);
      gboolean entered = FALSE;

      if (row->place.place != KONKURS_PLACE_WINNER)
        continue;
      if (!insert_entry (self, row, competition_id, admitted_on, &ends, &entered, error))
        return FALSE;
      *n_entered += entered ? 1 : 0;
    }
  if (*n_entered > 0)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_RESERVE_REGISTER);
  return TRUE;
}

gboolean
konkurs_store_enter_reserve (KonkursStore  *self,
                             gint64         competition_id,
                             const GDate   *admitted_on,
                             guint         *n_entered,
                             GError       **error)
{
  guint mark, count = 0;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (admitted_on == NULL || !g_date_valid (admitted_on))
    return konkurs_store_invalid (error, _("The date of admission to the reserve is missing."));
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = enter_reserve (self, competition_id, admitted_on, &count, error);
  ok = konkurs_store_op_finish (self, mark, ok, error);
  if (n_entered != NULL)
    *n_entered = ok ? count : 0;
  return ok;
}

/* Leaving early */

static gboolean
leave_reserve (KonkursStore  *self,
               gint64         entry_id,
               const GDate   *left_on,
               const char    *reason,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, ENTRY_SELECT "WHERE r.id = ?1", entry_id, error);
  g_autoptr(KonkursReserveEntry) entry = NULL;

  if (stmt == NULL)
    return FALSE;
  entry = konkurs_store_read_one (self, stmt, entry_from_row, NULL, _("The entry of the reserve register is gone."),
                                  error);
  if (entry == NULL)
    return FALSE;
  if (g_date_compare (left_on, &entry->admitted_on) < 0 || g_date_compare (left_on, &entry->term_ends_on) > 0)
    {
      char admitted[16], ends[16];

      g_date_strftime (admitted, sizeof admitted, "%d.%m.%Y", &entry->admitted_on);
      g_date_strftime (ends, sizeof ends, "%d.%m.%Y", &entry->term_ends_on);
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("Date of leaving: %s is in the reserve from %s to %s; the date must fall within."),
                   entry->full_name, admitted, ends);
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = konkurs_store_prepare (self, "UPDATE reserve_register SET left_on = ?2, left_reason = trim (?3) WHERE id = ?1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, entry_id);
  konkurs_store_bind_date (stmt, 2, left_on);
  sqlite3_bind_text (stmt, 3, reason, -1, SQLITE_STATIC);
  if (!konkurs_store_step_changed (self, stmt, _("The entry of the reserve register is gone."), error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_RESERVE_REGISTER);
  return konkurs_store_record_row (self, "leave", KONKURS_STORE_TABLE_RESERVE_REGISTER, entry_id, NULL, error);
}

gboolean
konkurs_store_leave_reserve (KonkursStore  *self,
                             gint64         entry_id,
                             const GDate   *left_on,
                             const char    *reason,
                             GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (left_on == NULL || !g_date_valid (left_on))
    return konkurs_store_invalid (error, _("Date of leaving: the date is missing."));
  if (konkurs_text_is_blank (reason))
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED,
                           _("Reason: leaving the reserve before the term ends needs its reason."));
      return FALSE;
    }
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = leave_reserve (self, entry_id, left_on, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* What eligibility reads */

static void
add_period (sqlite3_stmt *stmt,
            gpointer      candidate)
{
  KonkursExclusionPeriod period = { KONKURS_EXCLUSION_IN_RESERVE, };

  konkurs_store_column_date_into (stmt, 0, &period.from);
  konkurs_store_column_date_into (stmt, 1, &period.until);
  konkurs_candidate_add_exclusion_period (candidate, &period);
}

gboolean
konkurs_store_add_reserve_periods (KonkursStore      *self,
                                   KonkursCandidate  *candidate,
                                   GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* in the reserve from admission to the end of the term, or to the day
   * of leaving when earlier */
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT admitted_on, CASE WHEN left_on IS NOT NULL AND left_on < term_ends_on "
                                   "THEN left_on ELSE term_ends_on END FROM reserve_register "
                                   "WHERE candidate_id = ?1 ORDER BY admitted_on, id",
                                   konkurs_candidate_get_id (candidate), error);
  return stmt != NULL && konkurs_store_each_row (self, stmt, add_period, candidate, error);
}
