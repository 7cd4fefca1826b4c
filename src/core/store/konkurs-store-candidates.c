/* konkurs-store-candidates.c — the registry of candidates in the store:
 * people with their education, work and certificates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-collation.h"
#include "konkurs-property.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"
#include "konkurs-validation.h"

/* Statements of the save path, prepared once per store so that an import of
 * 100,000 candidates does not prepare 600,000 statements.  Used only inside
 * an operation (see konkurs_store_cached()). */
typedef enum {
  STMT_FIND_IIN,
  STMT_INSERT,
  STMT_UPDATE,
  STMT_DELETE_EDUCATION,
  STMT_DELETE_WORK,
  STMT_DELETE_CERTIFICATES,
  STMT_DELETE_EXCLUSIONS,
  STMT_INSERT_EDUCATION,
  STMT_INSERT_WORK,
  STMT_INSERT_CERTIFICATE,
  STMT_INSERT_EXCLUSION,
  N_STMTS
} StmtId;

static const char * const stmt_sql[N_STMTS] = {
  [STMT_FIND_IIN] =
    "SELECT id, surname, name, patronymic, birth_date FROM candidate WHERE iin = ?1",
  [STMT_INSERT] =
    "INSERT INTO candidate (iin, surname, name, patronymic, birth_date, sex, citizenship, "
    "phone, email, address, state_language_level, presidential_appointee, "
    "political_servant, corps_a_servant, in_reserve, sort_key) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?17)",
  [STMT_UPDATE] =
    "UPDATE candidate SET iin = ?1, surname = ?2, name = ?3, patronymic = ?4, "
    "birth_date = ?5, sex = ?6, citizenship = ?7, phone = ?8, email = ?9, address = ?10, "
    "state_language_level = ?11, presidential_appointee = ?12, political_servant = ?13, "
    "corps_a_servant = ?14, in_reserve = ?15, sort_key = ?17 WHERE id = ?16",
  [STMT_DELETE_EDUCATION] = "DELETE FROM candidate_education WHERE candidate_id = ?1",
  [STMT_DELETE_WORK] = "DELETE FROM work_period WHERE candidate_id = ?1",
  [STMT_DELETE_CERTIFICATES] = "DELETE FROM certificate WHERE candidate_id = ?1",
  [STMT_DELETE_EXCLUSIONS] = "DELETE FROM candidate_exclusion WHERE candidate_id = ?1",
  [STMT_INSERT_EDUCATION] =
    "INSERT INTO candidate_education (candidate_id, level, field, institution, year) "
    "VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_INSERT_WORK] =
    "INSERT INTO work_period (candidate_id, employer, position, started_on, ended_on, civil_service, in_field) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  [STMT_INSERT_CERTIFICATE] =
    "INSERT INTO certificate (candidate_id, kind, passed_on, result, number, score, max_score, level) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  [STMT_INSERT_EXCLUSION] =
    "INSERT INTO candidate_exclusion (candidate_id, kind, from_on, until_on) VALUES (?1, ?2, ?3, ?4)",
};

/* The statement @id of the store's cache, reset and without bindings. */
static sqlite3_stmt *
cached_stmt (KonkursStore  *self,
             StmtId         id,
             GError       **error)
{
  return konkurs_store_cached (self, stmt_sql[id], error);
}

/* Steps a cached statement that returns no rows, and resets it so it holds
 * no lock. */
static gboolean
run_cached (KonkursStore  *self,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  gboolean ok = konkurs_store_step_done (self, stmt, error);

  sqlite3_reset (stmt);
  return ok;
}

/* Candidates: writing */

static void
set_duplicate (GError     **error,
               const char  *iin,
               const char  *who,
               const char  *born)
{
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE,
               _("A candidate with the IIN %s is registered already: %s, born on %s. Open that record instead of creating a new one."),
               iin, who, born);
}

/* Who holds an IIN, when it is not the candidate being saved. */
typedef struct {
  gint64  own_id;
  char   *who;
  char   *born;
} Holder;

static void
read_holder (sqlite3_stmt *stmt,
             gpointer      data)
{
  Holder *holder = data;
  GDate birth;

  if (sqlite3_column_int64 (stmt, 0) == holder->own_id)
    return;
  holder->who = g_strjoin (" ", konkurs_store_column_text (stmt, 1), konkurs_store_column_text (stmt, 2),
                           konkurs_store_column_text (stmt, 3), NULL);
  g_strchomp (holder->who);
  konkurs_store_column_date_into (stmt, 4, &birth);
  holder->born = konkurs_validation_format_date (&birth);
}

/* DUPLICATE naming whoever else holds the IIN of @candidate. */
static gboolean
check_unique_iin (KonkursStore      *self,
                  KonkursCandidate  *candidate,
                  GError           **error)
{
  sqlite3_stmt *stmt = cached_stmt (self, STMT_FIND_IIN, error);
  Holder holder = { konkurs_candidate_get_id (candidate), NULL, NULL };
  gboolean ok;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, konkurs_candidate_get_iin (candidate), -1, SQLITE_STATIC);
  ok = konkurs_store_each_row (self, stmt, read_holder, &holder, error);
  if (ok && holder.who != NULL)
    {
      set_duplicate (error, konkurs_candidate_get_iin (candidate), holder.who, holder.born);
      ok = FALSE;
    }
  g_free (holder.who);
  g_free (holder.born);
  return ok;
}

/* DUPLICATE when @candidate repeats the IIN of @earlier of the same batch,
 * named as if it were saved already (it will be, before @candidate). */
static gboolean
check_same_iin (KonkursCandidate  *earlier,
                KonkursCandidate  *candidate,
                GError           **error)
{
  g_autofree char *who = NULL;
  g_autofree char *born = NULL;

  if (earlier == NULL || earlier == candidate)
    return TRUE;

  who = g_strjoin (" ", konkurs_candidate_get_surname (earlier), konkurs_candidate_get_name (earlier),
                   konkurs_candidate_get_patronymic (earlier) != NULL ? konkurs_candidate_get_patronymic (earlier) : "",
                   NULL);
  g_strchomp (who);
  born = konkurs_validation_format_date (konkurs_candidate_get_iin_birth_date (earlier));
  set_duplicate (error, konkurs_candidate_get_iin (candidate), who, born);
  return FALSE;
}

/* Every check that needs the database, before the first row is written:
 * inside a transaction an operation has no savepoint, and a refusal must
 * leave nothing behind (see konkurs_store_op_begin()). */
static gboolean
check_batch (KonkursStore      *self,
             KonkursCandidate **candidates,
             guint              n_candidates,
             guint             *failed,
             GError           **error)
{
  g_autoptr(GHashTable) iins = NULL;

  if (n_candidates > 1)
    iins = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < n_candidates; i++)
    {
      const char *iin = konkurs_candidate_get_iin (candidates[i]);

      if (!check_unique_iin (self, candidates[i], error) ||
          (iins != NULL && !check_same_iin (g_hash_table_lookup (iins, iin), candidates[i], error)))
        {
          *failed = i;
          return FALSE;
        }
      if (iins != NULL)
        g_hash_table_insert (iins, (gpointer) iin, candidates[i]);
    }
  return TRUE;
}

/* The key of the candidates list (see migration 3), as a BLOB: compared
 * byte by byte whatever the collation. */
static void
bind_sort_key (sqlite3_stmt     *stmt,
               int               index,
               KonkursCandidate *candidate)
{
  char *key = konkurs_collation_name_key (konkurs_candidate_get_surname (candidate),
                                          konkurs_candidate_get_name (candidate),
                                          konkurs_candidate_get_patronymic (candidate));

  sqlite3_bind_blob (stmt, index, key, (int) strlen (key), g_free);
}

static void
bind_candidate (sqlite3_stmt     *stmt,
                KonkursCandidate *candidate)
{
  KonkursExclusion exclusions = konkurs_candidate_get_exclusions (candidate);
  const char *level = NULL;

  if (konkurs_candidate_get_language_level (candidate) != KONKURS_LANGUAGE_LEVEL_NONE)
    level = konkurs_language_level_to_code (konkurs_candidate_get_language_level (candidate));

  sqlite3_bind_text (stmt, 1, konkurs_candidate_get_iin (candidate), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, konkurs_candidate_get_surname (candidate), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, konkurs_candidate_get_name (candidate), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, konkurs_candidate_get_patronymic (candidate), -1, SQLITE_TRANSIENT);
  konkurs_store_bind_date (stmt, 5, konkurs_candidate_get_iin_birth_date (candidate));
  sqlite3_bind_text (stmt, 6, konkurs_candidate_get_sex (candidate) == KONKURS_SEX_FEMALE ? "F" : "M",
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, konkurs_candidate_get_citizenship (candidate), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, konkurs_candidate_get_phone (candidate), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, konkurs_candidate_get_email (candidate), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 10, konkurs_candidate_get_address (candidate), -1, SQLITE_TRANSIENT);
  if (level != NULL)
    sqlite3_bind_text (stmt, 11, level, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 12, (exclusions & KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE) != 0);
  sqlite3_bind_int (stmt, 13, (exclusions & KONKURS_EXCLUSION_POLITICAL_SERVANT) != 0);
  sqlite3_bind_int (stmt, 14, (exclusions & KONKURS_EXCLUSION_CORPS_A) != 0);
  sqlite3_bind_int (stmt, 15, (exclusions & KONKURS_EXCLUSION_IN_RESERVE) != 0);
  bind_sort_key (stmt, 17, candidate);
}

static gboolean
write_candidate_row (KonkursStore      *self,
                     KonkursCandidate  *candidate,
                     gint64            *id,
                     GError           **error)
{
  sqlite3_stmt *stmt = cached_stmt (self, *id == 0 ? STMT_INSERT : STMT_UPDATE, error);
  gboolean ok;

  if (stmt == NULL)
    return FALSE;

  bind_candidate (stmt, candidate);
  if (*id == 0)
    {
      *id = konkurs_store_step_insert (self, stmt, error);
      sqlite3_reset (stmt);
      return *id != 0;
    }

  sqlite3_bind_int64 (stmt, 16, *id);
  ok = konkurs_store_step_changed (self, stmt,
                                   _("The candidate does not exist any more: the record may have been deleted."),
                                   error);
  sqlite3_reset (stmt);
  return ok;
}

static gboolean
delete_children (KonkursStore  *self,
                 gint64         id,
                 GError       **error)
{
  static const StmtId deletes[] = { STMT_DELETE_EDUCATION, STMT_DELETE_WORK, STMT_DELETE_CERTIFICATES,
                                    STMT_DELETE_EXCLUSIONS };

  for (guint i = 0; i < G_N_ELEMENTS (deletes); i++)
    {
      sqlite3_stmt *stmt = cached_stmt (self, deletes[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!run_cached (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* Binds the columns ?2… of one child row; ?1 is the candidate. */
typedef void (*BindChild) (sqlite3_stmt *stmt, gconstpointer child);

static void
bind_education (sqlite3_stmt  *stmt,
                gconstpointer  child)
{
  const KonkursEducationEntry *entry = child;

  sqlite3_bind_int (stmt, 2, entry->level);
  sqlite3_bind_text (stmt, 3, entry->field, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, entry->institution, -1, SQLITE_STATIC);
  if (entry->year != 0)
    sqlite3_bind_int (stmt, 5, entry->year);
}

static void
bind_employment (sqlite3_stmt  *stmt,
                 gconstpointer  child)
{
  const KonkursEmployment *job = child;

  sqlite3_bind_text (stmt, 2, job->employer, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, job->position, -1, SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 4, &job->start);
  konkurs_store_bind_date (stmt, 5, &job->end);
  sqlite3_bind_int (stmt, 6, job->civil_service != FALSE);
  sqlite3_bind_int (stmt, 7, job->in_field != FALSE);
}

static void
bind_certificate (sqlite3_stmt  *stmt,
                  gconstpointer  child)
{
  const KonkursCandidateCertificate *certificate = child;

  sqlite3_bind_text (stmt, 2, konkurs_certificate_kind_to_code (certificate->kind), -1, SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 3, &certificate->passed_on);
  sqlite3_bind_text (stmt, 4, certificate->result, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, certificate->number, -1, SQLITE_STATIC);
  if (certificate->max_score > 0)
    {
      sqlite3_bind_int (stmt, 6, certificate->score);
      sqlite3_bind_int (stmt, 7, certificate->max_score);
    }
  if (certificate->level != KONKURS_LANGUAGE_LEVEL_NONE)
    sqlite3_bind_text (stmt, 8, konkurs_language_level_to_code (certificate->level), -1, SQLITE_STATIC);
}

/* One dated exclusion: written as a row of a GPtrArray like the others. */
static void
bind_exclusion (sqlite3_stmt  *stmt,
                gconstpointer  child)
{
  const KonkursExclusionPeriod *period = child;

  sqlite3_bind_text (stmt, 2, konkurs_exclusion_to_code (period->kind), -1, SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 3, &period->from);
  konkurs_store_bind_date (stmt, 4, &period->until);
}

/* The exclusion periods as pointers into the candidate's array, for
 * insert_children(). */
static GPtrArray *
exclusion_pointers (KonkursCandidate *candidate)
{
  GArray *periods = konkurs_candidate_get_exclusion_periods (candidate);
  GPtrArray *pointers = g_ptr_array_sized_new (periods->len);

  for (guint i = 0; i < periods->len; i++)
    g_ptr_array_add (pointers, &g_array_index (periods, KonkursExclusionPeriod, i));
  return pointers;
}

/* One row of @insert per item of @children for candidate @id. */
static gboolean
insert_children (KonkursStore  *self,
                 GPtrArray     *children,
                 StmtId         insert,
                 BindChild      bind,
                 gint64         id,
                 GError       **error)
{
  for (guint i = 0; i < children->len; i++)
    {
      sqlite3_stmt *stmt = cached_stmt (self, insert, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      bind (stmt, g_ptr_array_index (children, i));
      if (!run_cached (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_candidate (KonkursStore      *self,
                 KonkursCandidate  *candidate,
                 gint64            *id,
                 GError           **error)
{
  gboolean is_new = (*id == 0);
  g_autoptr(GPtrArray) exclusions = exclusion_pointers (candidate);

  /* The IIN was checked by check_batch(). */
  if (!write_candidate_row (self, candidate, id, error))
    return FALSE;
  if (!is_new && !delete_children (self, *id, error))
    return FALSE;
  if (!insert_children (self, konkurs_candidate_get_education (candidate), STMT_INSERT_EDUCATION,
                        bind_education, *id, error) ||
      !insert_children (self, konkurs_candidate_get_employments (candidate), STMT_INSERT_WORK,
                        bind_employment, *id, error) ||
      !insert_children (self, konkurs_candidate_get_certificates (candidate), STMT_INSERT_CERTIFICATE,
                        bind_certificate, *id, error) ||
      !insert_children (self, exclusions, STMT_INSERT_EXCLUSION, bind_exclusion, *id, error))
    return FALSE;

  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_CANDIDATES);
  /* The record keeps a digest of the person's details, not a copy. */
  return konkurs_store_record_row (self, is_new ? "create" : "update", "candidate", *id, NULL, error);
}

/* INVALID with the message of konkurs_candidate_validate(). */
static gboolean
validate_candidate (KonkursCandidate  *candidate,
                    GError           **error)
{
  g_autoptr(GError) invalid = NULL;

  if (konkurs_candidate_validate (candidate, NULL, &invalid))
    return TRUE;
  return konkurs_store_invalid (error, invalid->message);
}

gboolean
konkurs_store_save_candidate (KonkursStore      *self,
                              KonkursCandidate  *candidate,
                              GError           **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (KONKURS_IS_CANDIDATE (candidate), FALSE);

  return konkurs_store_save_candidates (self, &candidate, 1, NULL, error);
}

gboolean
konkurs_store_save_candidates (KonkursStore      *self,
                               KonkursCandidate **candidates,
                               guint              n_candidates,
                               guint             *failed,
                               GError           **error)
{
  g_autofree gint64 *ids = NULL;
  guint mark;
  guint at = 0;
  gboolean ok = TRUE;
  guint i;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (candidates != NULL || n_candidates == 0, FALSE);

  for (i = 0; i < n_candidates; i++)
    if (!validate_candidate (candidates[i], error))
      {
        if (failed != NULL)
          *failed = i;
        return FALSE;
      }

  /* Ids are set only once everything is written: a failed batch leaves
   * the objects as they were. */
  ids = g_new (gint64, MAX (n_candidates, 1));
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = check_batch (self, candidates, n_candidates, &at, error);
  for (i = 0; ok && i < n_candidates; i++)
    {
      ids[i] = konkurs_candidate_get_id (candidates[i]);
      ok = write_candidate (self, candidates[i], &ids[i], error);
      at = i;
    }
  if (!ok && failed != NULL)
    *failed = at;
  if (!konkurs_store_op_finish (self, mark, ok, ok ? error : NULL))
    return FALSE;

  for (i = 0; i < n_candidates; i++)
    konkurs_candidate_set_id (candidates[i], ids[i]);
  return TRUE;
}

/* Candidates: the search index of a bulk import (see migration 15) */

/* One statement of @sql, run as an operation of the store; the caller's
 * transaction must be open, or the index could be left behind for good. */
static gboolean
run_in_transaction (KonkursStore  *self,
                    const char    *sql,
                    GError       **error)
{
  sqlite3_stmt *stmt;
  guint mark;
  gboolean ok;

  /* Holding the write lock, nobody else's statement is under way: the
   * connection is in a transaction only if it is the caller's. */
  konkurs_store_lock_writes (self);
  if (sqlite3_get_autocommit (konkurs_store_get_db (self)))
    {
      konkurs_store_unlock_writes (self);
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                           _("The search index can wait only inside an import's transaction."));
      return FALSE;
    }
  ok = konkurs_store_op_begin (self, &mark, error);
  if (ok)
    {
      stmt = konkurs_store_cached (self, sql, error);
      ok = stmt != NULL && run_cached (self, stmt, error);
      ok = konkurs_store_op_finish (self, mark, ok, ok ? error : NULL);
    }
  konkurs_store_unlock_writes (self);
  return ok;
}

gboolean
konkurs_store_defer_candidate_index (KonkursStore  *self,
                                     GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  return run_in_transaction (self,
                             "INSERT INTO candidate_fts_deferred (after_id) "
                             "SELECT coalesce (max (id), 0) FROM candidate "
                             "WHERE NOT EXISTS (SELECT 1 FROM candidate_fts_deferred)",
                             error);
}

gboolean
konkurs_store_index_deferred_candidates (KonkursStore  *self,
                                         GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  /* Candidates written since the deferral have ids above after_id: an
   * INTEGER PRIMARY KEY is always given above the largest one. */
  return run_in_transaction (self,
                             "INSERT INTO candidate_fts (rowid, iin, surname, name, patronymic) "
                             "SELECT c.id, c.iin, c.surname, c.name, c.patronymic "
                             "FROM candidate c, candidate_fts_deferred d WHERE c.id > d.after_id",
                             error)
         && run_in_transaction (self, "DELETE FROM candidate_fts_deferred", error);
}

/* Candidates: reading */

#define CANDIDATE_COLUMNS \
  "SELECT id, iin, surname, name, patronymic, citizenship, phone, email, address, " \
  "state_language_level, presidential_appointee, political_servant, corps_a_servant, " \
  "in_reserve FROM candidate "

static gpointer
candidate_from_row (sqlite3_stmt *stmt,
                    gpointer      user_data)
{
  KonkursCandidate *candidate = konkurs_candidate_new ();
  KonkursLanguageLevel level = KONKURS_LANGUAGE_LEVEL_NONE;
  KonkursExclusion exclusions = KONKURS_EXCLUSION_NONE;

  konkurs_candidate_set_id (candidate, sqlite3_column_int64 (stmt, 0));
  konkurs_candidate_set_iin (candidate, konkurs_store_column_text (stmt, 1));
  konkurs_candidate_set_surname (candidate, konkurs_store_column_text (stmt, 2));
  konkurs_candidate_set_name (candidate, konkurs_store_column_text (stmt, 3));
  konkurs_candidate_set_patronymic (candidate, konkurs_store_column_text (stmt, 4));
  konkurs_candidate_set_citizenship (candidate, konkurs_store_column_text (stmt, 5));
  konkurs_candidate_set_phone (candidate, konkurs_store_column_text (stmt, 6));
  konkurs_candidate_set_email (candidate, konkurs_store_column_text (stmt, 7));
  konkurs_candidate_set_address (candidate, konkurs_store_column_text (stmt, 8));
  if (sqlite3_column_type (stmt, 9) != SQLITE_NULL &&
      !konkurs_language_level_from_code (konkurs_store_column_text (stmt, 9), &level))
    level = KONKURS_LANGUAGE_LEVEL_NONE;
  konkurs_candidate_set_language_level (candidate, level);

  if (sqlite3_column_int (stmt, 10))
    exclusions |= KONKURS_EXCLUSION_PRESIDENTIAL_APPOINTEE;
  if (sqlite3_column_int (stmt, 11))
    exclusions |= KONKURS_EXCLUSION_POLITICAL_SERVANT;
  if (sqlite3_column_int (stmt, 12))
    exclusions |= KONKURS_EXCLUSION_CORPS_A;
  if (sqlite3_column_int (stmt, 13))
    exclusions |= KONKURS_EXCLUSION_IN_RESERVE;
  /* Undated until load_details() reads the dates of the periods. */
  konkurs_candidate_set_exclusions (candidate, exclusions);
  return candidate;
}

/* Prepared once per read of several candidates. */
typedef struct {
  sqlite3_stmt *education;
  sqlite3_stmt *work;
  sqlite3_stmt *certificates;
  sqlite3_stmt *exclusions;
} DetailStmts;

static void
detail_stmts_clear (DetailStmts *stmts)
{
  g_clear_pointer (&stmts->education, sqlite3_finalize);
  g_clear_pointer (&stmts->work, sqlite3_finalize);
  g_clear_pointer (&stmts->certificates, sqlite3_finalize);
  g_clear_pointer (&stmts->exclusions, sqlite3_finalize);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DetailStmts, detail_stmts_clear)

static gboolean
detail_stmts_prepare (KonkursStore  *self,
                      DetailStmts   *stmts,
                      GError       **error)
{
  stmts->education = konkurs_store_prepare (self,
                                            "SELECT level, field, institution, year FROM candidate_education "
                                            "WHERE candidate_id = ?1 ORDER BY id", error);
  if (stmts->education == NULL)
    return FALSE;
  stmts->work = konkurs_store_prepare (self,
                                       "SELECT employer, position, started_on, ended_on, civil_service, in_field "
                                       "FROM work_period "
                                       "WHERE candidate_id = ?1 ORDER BY started_on, id", error);
  if (stmts->work == NULL)
    return FALSE;
  stmts->certificates = konkurs_store_prepare (self,
                                               "SELECT kind, passed_on, result, number, score, max_score, level "
                                               "FROM certificate WHERE candidate_id = ?1 ORDER BY passed_on, id", error);
  if (stmts->certificates == NULL)
    return FALSE;
  stmts->exclusions = konkurs_store_prepare (self,
                                             "SELECT kind, from_on, until_on FROM candidate_exclusion "
                                             "WHERE candidate_id = ?1 ORDER BY id", error);
  return stmts->exclusions != NULL;
}

static void
add_education (sqlite3_stmt *stmt,
               gpointer      candidate)
{
  g_autoptr(KonkursEducationEntry) entry =
    konkurs_education_entry_new (sqlite3_column_int (stmt, 0), konkurs_store_column_text (stmt, 1),
                                 konkurs_store_column_text (stmt, 2), sqlite3_column_int (stmt, 3));

  konkurs_candidate_add_education (candidate, entry);
}

static void
add_employment (sqlite3_stmt *stmt,
                gpointer      candidate)
{
  g_autoptr(KonkursEmployment) job = konkurs_employment_new (konkurs_store_column_text (stmt, 0),
                                                            konkurs_store_column_text (stmt, 1), NULL, NULL);

  konkurs_store_column_date_into (stmt, 2, &job->start);
  konkurs_store_column_date_into (stmt, 3, &job->end);
  job->civil_service = sqlite3_column_int (stmt, 4) != 0;
  job->in_field = sqlite3_column_int (stmt, 5) != 0;
  konkurs_candidate_add_employment (candidate, job);
}

static void
add_certificate (sqlite3_stmt *stmt,
                 gpointer      candidate)
{
  KonkursCertificateKind kind;
  g_autoptr(KonkursCandidateCertificate) certificate = NULL;

  if (!konkurs_certificate_kind_from_code (konkurs_store_column_text (stmt, 0), &kind))
    return;
  certificate = konkurs_candidate_certificate_new (kind, NULL, konkurs_store_column_text (stmt, 2),
                                                   konkurs_store_column_text (stmt, 3));
  konkurs_store_column_date_into (stmt, 1, &certificate->passed_on);
  if (sqlite3_column_type (stmt, 5) != SQLITE_NULL)
    {
      certificate->score = sqlite3_column_int (stmt, 4);
      certificate->max_score = sqlite3_column_int (stmt, 5);
    }
  if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
    konkurs_language_level_from_code (konkurs_store_column_text (stmt, 6), &certificate->level);
  konkurs_candidate_add_certificate (candidate, certificate);
}

static void
add_exclusion (sqlite3_stmt *stmt,
               gpointer      candidate)
{
  KonkursExclusionPeriod period = { 0 };

  if (!konkurs_exclusion_from_code (konkurs_store_column_text (stmt, 0), &period.kind))
    return;
  konkurs_store_column_date_into (stmt, 1, &period.from);
  konkurs_store_column_date_into (stmt, 2, &period.until);
  konkurs_candidate_add_exclusion_period (candidate, &period);
}

static gboolean
load_details (KonkursStore      *self,
              DetailStmts       *stmts,
              KonkursCandidate  *candidate,
              GError           **error)
{
  sqlite3_stmt *all[] = { stmts->education, stmts->work, stmts->certificates, stmts->exclusions };
  const KonkursStoreRowFunc add[] = { add_education, add_employment, add_certificate, add_exclusion };

  konkurs_candidate_clear_exclusion_periods (candidate);
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      sqlite3_bind_int64 (all[i], 1, konkurs_candidate_get_id (candidate));
      if (!konkurs_store_each_row (self, all[i], add[i], candidate, error))
        return FALSE;
    }
  return TRUE;
}

KonkursCandidate *
konkurs_store_get_candidate (KonkursStore  *self,
                             gint64         id,
                             GError       **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  found = konkurs_store_get_candidates (self, &id, 1, TRUE, error);
  if (found == NULL)
    return NULL;
  if (found->len == 0)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("The candidate does not exist: the record may have been deleted."));
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (found, 0));
}

/* "[1,2,3]": the ids as one bound parameter, read back with json_each(),
 * so that one prepared statement serves any number of ids. */
static char *
ids_to_json (const gint64 *ids,
             guint         n_ids)
{
  GString *json = g_string_sized_new (n_ids * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < n_ids; i++)
    g_string_append_printf (json, i == 0 ? "%" G_GINT64_FORMAT : ",%" G_GINT64_FORMAT, ids[i]);
  g_string_append_c (json, ']');
  return g_string_free (json, FALSE);
}

/* The candidates of @ids in the order the database returns them. */
static GPtrArray *
read_candidates_by_id (KonkursStore  *self,
                       const gint64  *ids,
                       guint          n_ids,
                       GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare (self,
                                CANDIDATE_COLUMNS "WHERE id IN (SELECT value FROM json_each (?1))",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, ids_to_json (ids, n_ids), -1, g_free);
  return konkurs_store_read_all (self, stmt, candidate_from_row, NULL, g_object_unref, error);
}

GPtrArray *
konkurs_store_get_candidates (KonkursStore  *self,
                              const gint64  *ids,
                              guint          n_ids,
                              gboolean       with_details,
                              GError       **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GHashTable) position = NULL;
  g_autofree KonkursCandidate **slots = NULL;
  GPtrArray *candidates;
  g_auto(DetailStmts) details = { NULL, NULL, NULL };

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (ids != NULL || n_ids == 0, NULL);

  if (n_ids == 0)
    return g_ptr_array_new_with_free_func (g_object_unref);

  found = read_candidates_by_id (self, ids, n_ids, error);
  if (found == NULL)
    return NULL;
  if (with_details && !detail_stmts_prepare (self, &details, error))
    return NULL;

  /* Keys point into @ids, which outlive the table. */
  position = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < n_ids; i++)
    g_hash_table_insert (position, (gpointer) &ids[i], GUINT_TO_POINTER (i + 1));

  /* Borrowed from @found. */
  slots = g_new0 (KonkursCandidate *, n_ids);
  for (guint i = 0; i < found->len; i++)
    {
      KonkursCandidate *candidate = g_ptr_array_index (found, i);
      gint64 id = konkurs_candidate_get_id (candidate);
      guint at = GPOINTER_TO_UINT (g_hash_table_lookup (position, &id));

      if (at == 0 || slots[at - 1] != NULL)
        continue;
      if (with_details && !load_details (self, &details, candidate, error))
        return NULL;
      slots[at - 1] = candidate;
    }

  /* Ids deleted meanwhile are left out. */
  candidates = g_ptr_array_new_full (found->len, g_object_unref);
  for (guint i = 0; i < n_ids; i++)
    if (slots[i] != NULL)
      g_ptr_array_add (candidates, g_object_ref (slots[i]));
  return candidates;
}

gint64
konkurs_store_find_candidate_by_iin (KonkursStore  *self,
                                     const char    *iin,
                                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *normal = NULL;
  gint64 id = 0;

  g_return_val_if_fail (KONKURS_IS_STORE (self), 0);
  g_return_val_if_fail (iin != NULL, 0);

  normal = konkurs_iin_normalize (iin);
  stmt = konkurs_store_prepare (self, "SELECT id FROM candidate WHERE iin = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, normal, -1, SQLITE_STATIC);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &id, error))
    return 0;
  return id;
}

gint64
konkurs_store_count_candidates (KonkursStore  *self,
                                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 count = -1;

  g_return_val_if_fail (KONKURS_IS_STORE (self), -1);

  stmt = konkurs_store_prepare (self, "SELECT count(*) FROM candidate", error);
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, &count, error))
    return -1;
  return count;
}

static gboolean
remove_candidate (KonkursStore  *self,
                  gint64         id,
                  GError       **error)
{
  if (!konkurs_store_delete_id (self, "DELETE FROM candidate WHERE id = ?1", id,
                                _("The candidate has applications, so the record cannot be deleted. Delete the applications first."),
                                _("The candidate does not exist: the record may have been deleted."),
                                error) ||
      !konkurs_store_record_row (self, "delete", "candidate", id, NULL, error))
    return FALSE;

  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_CANDIDATES);
  return TRUE;
}

gboolean
konkurs_store_delete_candidate (KonkursStore  *self,
                                gint64         id,
                                GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  return konkurs_store_run_on_id (self, remove_candidate, id, error);
}
