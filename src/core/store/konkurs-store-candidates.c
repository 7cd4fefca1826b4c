/* konkurs-store-candidates.c — candidates, their papers and applications in
 * the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-collation.h"
#include "konkurs-personal-code.h"
#include "konkurs-property.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-private.h"
#include "konkurs-text.h"

/* Personal codes are random; a collision with one of 20 million codes is
 * rare, so a handful of retries make failure practically impossible. */
#define MAX_CODE_ATTEMPTS 16

static void
column_date (sqlite3_stmt *stmt,
             int           column,
             GDate        *out)
{
  g_autoptr(GDate) date = konkurs_store_column_date (stmt, column);

  konkurs_property_copy_date (out, date);
}

static const char *
column_string (sqlite3_stmt *stmt,
               int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

/* "31.12.1990", as a secretary writes a date. */
static char *
format_date (const GDate *date)
{
  char text[32] = "";

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("?");
  g_date_strftime (text, sizeof text, "%d.%m.%Y", date);
  return g_strdup (text);
}

static gboolean
finish_read (KonkursStore  *self,
             int            rc,
             GError       **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;
  konkurs_store_set_sqlite_error (self, rc, error);
  return FALSE;
}

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
  STMT_INSERT_EDUCATION,
  STMT_INSERT_WORK,
  STMT_INSERT_CERTIFICATE,
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
  [STMT_INSERT_EDUCATION] =
    "INSERT INTO candidate_education (candidate_id, level, field, institution, year) "
    "VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_INSERT_WORK] =
    "INSERT INTO work_period (candidate_id, employer, position, started_on, ended_on) "
    "VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_INSERT_CERTIFICATE] =
    "INSERT INTO certificate (candidate_id, kind, passed_on, result, number) "
    "VALUES (?1, ?2, ?3, ?4, ?5)",
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

/* Candidates: validation */

static gboolean
validate_identity (KonkursCandidate  *candidate,
                   GError           **error)
{
  g_autoptr(GError) iin_error = NULL;
  const GDate *entered = konkurs_candidate_get_birth_date (candidate);
  KonkursIinInfo info;

  if (!konkurs_iin_parse (konkurs_candidate_get_iin (candidate), &info, &iin_error))
    return konkurs_store_invalid (error, iin_error->message);

  if (entered != NULL && g_date_compare (entered, &info.birth_date) != 0)
    {
      g_autofree char *shown_entered = format_date (entered);
      g_autofree char *shown_iin = format_date (&info.birth_date);

      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("The birth date %s does not match the IIN, which gives %s. Correct the birth date or the IIN."),
                   shown_entered, shown_iin);
      return FALSE;
    }

  if (konkurs_text_is_blank (konkurs_candidate_get_surname (candidate)))
    return konkurs_store_invalid (error, _("The surname is required."));
  if (konkurs_text_is_blank (konkurs_candidate_get_name (candidate)))
    return konkurs_store_invalid (error, _("The name is required."));
  return TRUE;
}

static gboolean
validate_education (KonkursCandidate  *candidate,
                    GError           **error)
{
  GPtrArray *education = konkurs_candidate_get_education (candidate);

  for (guint i = 0; i < education->len; i++)
    {
      const KonkursEducationEntry *entry = g_ptr_array_index (education, i);

      if (entry->level < KONKURS_EDUCATION_NONE || entry->level > KONKURS_EDUCATION_POSTGRADUATE)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("Education %u: the level of education is not one Konkurs knows."), i + 1);
          return FALSE;
        }
      if (entry->year != 0 && (entry->year < 1900 || entry->year > 2200))
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("Education %u: the year of graduation %d is not possible."),
                       i + 1, entry->year);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
validate_employments (KonkursCandidate  *candidate,
                      GError           **error)
{
  GPtrArray *employments = konkurs_candidate_get_employments (candidate);

  for (guint i = 0; i < employments->len; i++)
    {
      const KonkursEmployment *job = g_ptr_array_index (employments, i);

      if (konkurs_text_is_blank (job->employer))
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("Work period %u: the employer is required."), i + 1);
          return FALSE;
        }
      if (!g_date_valid (&job->start))
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("Work period %u: the start date is required."), i + 1);
          return FALSE;
        }
      if (g_date_valid (&job->end) && g_date_compare (&job->end, &job->start) < 0)
        {
          g_autofree char *start = format_date (&job->start);
          g_autofree char *end = format_date (&job->end);

          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("Work period %u ends on %s, before it starts on %s."), i + 1, end, start);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
validate_certificates (KonkursCandidate  *candidate,
                       GError           **error)
{
  GPtrArray *certificates = konkurs_candidate_get_certificates (candidate);

  for (guint i = 0; i < certificates->len; i++)
    {
      const KonkursCandidateCertificate *certificate = g_ptr_array_index (certificates, i);

      if (konkurs_certificate_kind_to_code (certificate->kind) == NULL)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("Certificate %u: the kind of certificate is not one Konkurs knows."), i + 1);
          return FALSE;
        }
      if (!g_date_valid (&certificate->passed_on))
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("Certificate %u: the date the test was passed is required."), i + 1);
          return FALSE;
        }
    }
  return TRUE;
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

/* DUPLICATE naming whoever else holds the IIN of @candidate. */
static gboolean
check_unique_iin (KonkursStore      *self,
                  KonkursCandidate  *candidate,
                  GError           **error)
{
  sqlite3_stmt *stmt = cached_stmt (self, STMT_FIND_IIN, error);
  g_autofree char *who = NULL;
  g_autofree char *born = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, konkurs_candidate_get_iin (candidate), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) != konkurs_candidate_get_id (candidate))
    {
      GDate birth;

      who = g_strjoin (" ", column_string (stmt, 1), column_string (stmt, 2), column_string (stmt, 3), NULL);
      g_strchomp (who);
      column_date (stmt, 4, &birth);
      born = format_date (&birth);
    }
  else if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    konkurs_store_set_sqlite_error (self, rc, error);
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return FALSE;
  if (who == NULL)
    return TRUE;

  set_duplicate (error, konkurs_candidate_get_iin (candidate), who, born);
  return FALSE;
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
  born = format_date (konkurs_candidate_get_iin_birth_date (earlier));
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

  if (stmt == NULL)
    return FALSE;

  bind_candidate (stmt, candidate);
  if (*id != 0)
    sqlite3_bind_int64 (stmt, 16, *id);
  if (!run_cached (self, stmt, error))
    return FALSE;

  if (*id == 0)
    {
      *id = sqlite3_last_insert_rowid (konkurs_store_get_db (self));
      return TRUE;
    }
  if (sqlite3_changes (konkurs_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("The candidate does not exist any more: the record may have been deleted."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
delete_children (KonkursStore  *self,
                 gint64         id,
                 GError       **error)
{
  static const StmtId deletes[] = { STMT_DELETE_EDUCATION, STMT_DELETE_WORK, STMT_DELETE_CERTIFICATES };

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
                        bind_certificate, *id, error))
    return FALSE;

  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_CANDIDATES);
  return TRUE;
}

static gboolean
validate_candidate (KonkursCandidate  *candidate,
                    GError           **error)
{
  return validate_identity (candidate, error) &&
         validate_education (candidate, error) &&
         validate_employments (candidate, error) &&
         validate_certificates (candidate, error);
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

/* Candidates: reading */

#define CANDIDATE_COLUMNS \
  "SELECT id, iin, surname, name, patronymic, citizenship, phone, email, address, " \
  "state_language_level, presidential_appointee, political_servant, corps_a_servant, " \
  "in_reserve FROM candidate "

static KonkursCandidate *
candidate_from_row (sqlite3_stmt *stmt)
{
  KonkursCandidate *candidate = konkurs_candidate_new ();
  KonkursLanguageLevel level = KONKURS_LANGUAGE_LEVEL_NONE;
  KonkursExclusion exclusions = KONKURS_EXCLUSION_NONE;

  konkurs_candidate_set_id (candidate, sqlite3_column_int64 (stmt, 0));
  konkurs_candidate_set_iin (candidate, column_string (stmt, 1));
  konkurs_candidate_set_surname (candidate, column_string (stmt, 2));
  konkurs_candidate_set_name (candidate, column_string (stmt, 3));
  konkurs_candidate_set_patronymic (candidate, column_string (stmt, 4));
  konkurs_candidate_set_citizenship (candidate, column_string (stmt, 5));
  konkurs_candidate_set_phone (candidate, column_string (stmt, 6));
  konkurs_candidate_set_email (candidate, column_string (stmt, 7));
  konkurs_candidate_set_address (candidate, column_string (stmt, 8));
  if (sqlite3_column_type (stmt, 9) != SQLITE_NULL &&
      !konkurs_language_level_from_code (column_string (stmt, 9), &level))
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
  konkurs_candidate_set_exclusions (candidate, exclusions);
  return candidate;
}

/* Prepared once per read of several candidates. */
typedef struct {
  sqlite3_stmt *education;
  sqlite3_stmt *work;
  sqlite3_stmt *certificates;
} DetailStmts;

static void
detail_stmts_clear (DetailStmts *stmts)
{
  g_clear_pointer (&stmts->education, sqlite3_finalize);
  g_clear_pointer (&stmts->work, sqlite3_finalize);
  g_clear_pointer (&stmts->certificates, sqlite3_finalize);
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
                                       "SELECT employer, position, started_on, ended_on FROM work_period "
                                       "WHERE candidate_id = ?1 ORDER BY started_on, id", error);
  if (stmts->work == NULL)
    return FALSE;
  stmts->certificates = konkurs_store_prepare (self,
                                               "SELECT kind, passed_on, result, number FROM certificate "
                                               "WHERE candidate_id = ?1 ORDER BY passed_on, id", error);
  return stmts->certificates != NULL;
}

static gboolean
load_education (KonkursStore      *self,
                sqlite3_stmt      *stmt,
                KonkursCandidate  *candidate,
                GError           **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KonkursEducationEntry) entry =
        konkurs_education_entry_new (sqlite3_column_int (stmt, 0), column_string (stmt, 1),
                                     column_string (stmt, 2), sqlite3_column_int (stmt, 3));

      konkurs_candidate_add_education (candidate, entry);
    }
  return finish_read (self, rc, error);
}

static gboolean
load_employments (KonkursStore      *self,
                  sqlite3_stmt      *stmt,
                  KonkursCandidate  *candidate,
                  GError           **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(KonkursEmployment) job = konkurs_employment_new (column_string (stmt, 0),
                                                                column_string (stmt, 1), NULL, NULL);

      column_date (stmt, 2, &job->start);
      column_date (stmt, 3, &job->end);
      konkurs_candidate_add_employment (candidate, job);
    }
  return finish_read (self, rc, error);
}

static gboolean
load_certificates (KonkursStore      *self,
                   sqlite3_stmt      *stmt,
                   KonkursCandidate  *candidate,
                   GError           **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KonkursCertificateKind kind;
      g_autoptr(KonkursCandidateCertificate) certificate = NULL;

      if (!konkurs_certificate_kind_from_code (column_string (stmt, 0), &kind))
        continue;
      certificate = konkurs_candidate_certificate_new (kind, NULL, column_string (stmt, 2),
                                                       column_string (stmt, 3));
      column_date (stmt, 1, &certificate->passed_on);
      konkurs_candidate_add_certificate (candidate, certificate);
    }
  return finish_read (self, rc, error);
}

static gboolean
load_details (KonkursStore      *self,
              DetailStmts       *stmts,
              KonkursCandidate  *candidate,
              GError           **error)
{
  sqlite3_stmt *all[] = { stmts->education, stmts->work, stmts->certificates };
  gboolean ok;

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      sqlite3_reset (all[i]);
      sqlite3_bind_int64 (all[i], 1, konkurs_candidate_get_id (candidate));
    }

  ok = load_education (self, stmts->education, candidate, error) &&
       load_employments (self, stmts->work, candidate, error) &&
       load_certificates (self, stmts->certificates, candidate, error);

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    sqlite3_reset (all[i]);
  return ok;
}

KonkursCandidate *
konkurs_store_get_candidate (KonkursStore  *self,
                             gint64         id,
                             GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_first_object (konkurs_store_get_candidates (self, &id, 1, TRUE, error),
                                     _("The candidate does not exist: the record may have been deleted."),
                                     error);
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
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_full (n_ids, g_object_unref);
  int rc;

  stmt = konkurs_store_prepare (self,
                                CANDIDATE_COLUMNS "WHERE id IN (SELECT value FROM json_each (?1))",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, ids_to_json (ids, n_ids), -1, g_free);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (candidates, candidate_from_row (stmt));
  if (!finish_read (self, rc, error))
    return NULL;
  return g_steal_pointer (&candidates);
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
  int rc;

  g_return_val_if_fail (KONKURS_IS_STORE (self), 0);
  g_return_val_if_fail (iin != NULL, 0);

  normal = konkurs_iin_normalize (iin);
  stmt = konkurs_store_prepare (self, "SELECT id FROM candidate WHERE iin = ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, normal, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  finish_read (self, rc, error);
  return 0;
}

gint64
konkurs_store_count_candidates (KonkursStore  *self,
                                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (KONKURS_IS_STORE (self), -1);

  stmt = konkurs_store_prepare (self, "SELECT count(*) FROM candidate", error);
  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  konkurs_store_set_sqlite_error (self, rc, error);
  return -1;
}

gboolean
konkurs_store_delete_candidate (KonkursStore  *self,
                                gint64         id,
                                GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;

  stmt = konkurs_store_prepare (self, "DELETE FROM candidate WHERE id = ?1", &local_error);
  ok = stmt != NULL;
  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = konkurs_store_step_done (self, stmt, &local_error);
    }
  if (ok && sqlite3_changes (konkurs_store_get_db (self)) == 0)
    {
      g_set_error_literal (&local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("The candidate does not exist: the record may have been deleted."));
      ok = FALSE;
    }
  if (ok)
    {
      ok = konkurs_store_log (self, "delete", "candidate", id, NULL, &local_error);
      konkurs_store_note_changed (self, KONKURS_STORE_TABLE_CANDIDATES);
    }

  if (!konkurs_store_op_finish (self, mark, ok, local_error == NULL ? &local_error : NULL))
    {
      if (g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE))
        g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE,
                             _("The candidate has applications, so the record cannot be deleted. Delete the applications first."));
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* Searching */

void
konkurs_candidate_filter_init (KonkursCandidateFilter *filter)
{
  g_return_if_fail (filter != NULL);
  memset (filter, 0, sizeof *filter);
  filter->eligibility = KONKURS_ELIGIBILITY_STATE_ANY;
}

static gboolean
is_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;
  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;
  return TRUE;
}

static void
append_prefix_term (GString    *match,
                    const char *word,
                    gssize      length)
{
  if (match->len > 0)
    g_string_append_c (match, ' ');
  /* A quoted string is never FTS5 syntax; a quote inside is doubled. */
  g_string_append_c (match, '"');
  for (const char *p = word; length < 0 ? *p != '\0' : p < word + length; p++)
    {
      if (*p == '"')
        g_string_append_c (match, '"');
      g_string_append_c (match, *p);
    }
  g_string_append (match, "\"*");
}

/* The FTS5 MATCH expression for what a person typed: every word a prefix,
 * all required; NULL when nothing searchable was typed.  Words are split at
 * anything but letters, digits and marks, so "(", "*", quotes and
 * operators never reach FTS5 as syntax. */
static char *
build_match (const char *text)
{
  g_autofree char *digits = NULL;
  g_autoptr(GString) match = g_string_new (NULL);
  const char *word = NULL;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;

  /* An IIN typed in groups ("900101 300123") is one word. */
  digits = konkurs_iin_normalize (text);
  if (is_digits (digits))
    {
      append_prefix_term (match, digits, -1);
      return g_string_free (g_steal_pointer (&match), FALSE);
    }

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean in_word = c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c));

      if (in_word && word == NULL)
        word = p;
      else if (!in_word && word != NULL)
        {
          append_prefix_term (match, word, p - word);
          word = NULL;
        }
      if (c == 0)
        break;
    }

  if (match->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&match), FALSE);
}

GArray *
konkurs_store_query_candidate_ids (KonkursStore                 *self,
                                   const KonkursCandidateFilter *filter,
                                   GError                      **error)
{
  g_autoptr(GString) sql = g_string_new ("SELECT c.id FROM candidate c WHERE 1");
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *match = NULL;
  const char *eligibility = NULL;
  int rc;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (filter != NULL, NULL);

  match = build_match (filter->text);
  if (filter->eligibility != KONKURS_ELIGIBILITY_STATE_ANY)
    eligibility = konkurs_eligibility_state_to_code (filter->eligibility);

  /* Only fixed fragments go into the SQL; values are bound. */
  if (match != NULL)
    g_string_append (sql, " AND c.id IN (SELECT rowid FROM candidate_fts WHERE candidate_fts MATCH ?1)");
  if (filter->competition_id != 0 || filter->vacancy_id != 0 || eligibility != NULL)
    g_string_append (sql,
                     " AND c.id IN (SELECT a.candidate_id FROM application a WHERE 1"
                     "  AND (?2 = 0 OR a.competition_id = ?2)"
                     "  AND (?3 = 0 OR a.vacancy_id = ?3)"
                     "  AND (?4 IS NULL OR a.eligibility = ?4))");
  /* The index candidate_sort_key gives this order without a sort. */
  g_string_append (sql, " ORDER BY c.sort_key, c.id");

  stmt = konkurs_store_prepare (self, sql->str, error);
  if (stmt == NULL)
    return NULL;
  if (match != NULL)
    sqlite3_bind_text (stmt, 1, match, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, filter->competition_id);
  sqlite3_bind_int64 (stmt, 3, filter->vacancy_id);
  if (eligibility != NULL)
    sqlite3_bind_text (stmt, 4, eligibility, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  if (!finish_read (self, rc, error))
    return NULL;
  return g_steal_pointer (&ids);
}

/* Applications: reading */

#define CANDIDACY_FIELDS \
  "id, candidate_id, competition_id, vacancy_id, sector, personal_code, received_on, " \
  "status, eligibility, decision_reason, decided_by, decided_at"
#define CANDIDACY_COLUMNS "SELECT " CANDIDACY_FIELDS " FROM application "

static KonkursCandidacy *
candidacy_from_row (sqlite3_stmt *stmt)
{
  KonkursCandidacy *candidacy = konkurs_candidacy_new ();
  KonkursCandidacyStatus status = KONKURS_CANDIDACY_RECEIVED;
  KonkursEligibilityState state = KONKURS_ELIGIBILITY_STATE_PENDING;
  GDate received;

  konkurs_candidacy_set_id (candidacy, sqlite3_column_int64 (stmt, 0));
  konkurs_candidacy_set_candidate_id (candidacy, sqlite3_column_int64 (stmt, 1));
  konkurs_candidacy_set_competition_id (candidacy, sqlite3_column_int64 (stmt, 2));
  konkurs_candidacy_set_vacancy_id (candidacy, sqlite3_column_int64 (stmt, 3));
  konkurs_candidacy_set_sector (candidacy, column_string (stmt, 4));
  konkurs_candidacy_set_personal_code (candidacy, column_string (stmt, 5));
  column_date (stmt, 6, &received);
  konkurs_candidacy_set_received_on (candidacy, &received);
  if (konkurs_candidacy_status_from_code (column_string (stmt, 7), &status))
    konkurs_candidacy_set_status (candidacy, status);
  if (konkurs_eligibility_state_from_code (column_string (stmt, 8), &state))
    konkurs_candidacy_set_eligibility (candidacy, state);
  konkurs_candidacy_set_decision_reason (candidacy, column_string (stmt, 9));
  konkurs_candidacy_set_decided_by (candidacy, (const char *) sqlite3_column_text (stmt, 10));
  if (sqlite3_column_type (stmt, 11) != SQLITE_NULL)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (column_string (stmt, 11), utc);

      konkurs_candidacy_set_decided_at (candidacy, at);
    }
  return candidacy;
}

static GPtrArray *
read_candidacies (KonkursStore  *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  g_autoptr(GPtrArray) candidacies = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (candidacies, candidacy_from_row (stmt));
  if (!finish_read (self, rc, error))
    return NULL;
  return g_steal_pointer (&candidacies);
}

static KonkursCandidacy *
read_one_candidacy (KonkursStore  *self,
                    sqlite3_stmt  *stmt,
                    const char    *not_found,
                    GError       **error)
{
  return konkurs_store_first_object (read_candidacies (self, stmt, error), not_found, error);
}

KonkursCandidacy *
konkurs_store_get_candidacy (KonkursStore  *self,
                             gint64         id,
                             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = konkurs_store_prepare (self, CANDIDACY_COLUMNS "WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  return read_one_candidacy (self, stmt,
                             _("The application does not exist: it may have been deleted."), error);
}

KonkursCandidacy *
konkurs_store_find_candidacy_by_code (KonkursStore  *self,
                                      const char    *code,
                                      GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *not_found = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  normal = konkurs_personal_code_normalize (code);
  stmt = konkurs_store_prepare (self, CANDIDACY_COLUMNS "WHERE personal_code = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, normal, -1, SQLITE_STATIC);
  not_found = g_strdup_printf (_("No application has the personal code %s."), normal);
  return read_one_candidacy (self, stmt, not_found, error);
}

GPtrArray *
konkurs_store_list_candidacies_of_candidate (KonkursStore  *self,
                                             gint64         candidate_id,
                                             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = konkurs_store_prepare (self,
                                CANDIDACY_COLUMNS "WHERE candidate_id = ?1 ORDER BY received_on, id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, candidate_id);
  return read_candidacies (self, stmt, error);
}

GPtrArray *
konkurs_store_list_candidacies_of_competition (KonkursStore  *self,
                                               gint64         competition_id,
                                               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = konkurs_store_prepare (self,
                                CANDIDACY_COLUMNS "WHERE competition_id = ?1 ORDER BY received_on, id",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, competition_id);
  return read_candidacies (self, stmt, error);
}

/* Applications: applying
 *
 * An import applies 100,000 times in one transaction, so this path uses
 * the store's cached statements, reads only single columns by primary key,
 * and never reads back what it has just written. */

/* The integer of the one-column statement @sql for ?1 = @id; *@found is
 * FALSE when there is no such row. */
static gboolean
lookup_int64 (KonkursStore  *self,
              const char    *sql,
              gint64         id,
              gboolean      *found,
              gint64        *value,
              GError       **error)
{
  g_autoptr(KonkursStoreStmt) stmt = konkurs_store_cached (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  *found = (rc == SQLITE_ROW);
  if (rc == SQLITE_ROW)
    *value = sqlite3_column_int64 (stmt, 0);
  return rc == SQLITE_ROW || finish_read (self, rc, error);
}

/* Checks what konkurs_store_apply() was given against the procedure of the
 * competition.  Comes before any write: see konkurs_store_op_begin(). */
static gboolean
validate_application (KonkursStore  *self,
                      gint64         candidate_id,
                      gint64         competition_id,
                      gint64         vacancy_id,
                      const char    *sector,
                      const GDate   *received_on,
                      GError       **error)
{
  gboolean found = FALSE;
  gint64 value = 0;

  if (received_on == NULL || !g_date_valid (received_on))
    return konkurs_store_invalid (error, _("The date the application was received is required."));
  if (!lookup_int64 (self, "SELECT id FROM candidate WHERE id = ?1", candidate_id, &found, &value, error))
    return FALSE;
  if (!found)
    return konkurs_store_invalid (error, _("The candidate does not exist: the record may have been deleted."));

  if (!lookup_int64 (self, "SELECT procedure FROM competition WHERE id = ?1", competition_id,
                     &found, &value, error))
    return FALSE;
  if (!found)
    return konkurs_store_invalid (error, _("The competition does not exist: it may have been deleted."));

  if (value == KONKURS_PROCEDURE_YOUTH_RESERVE)
    {
      if (vacancy_id != 0)
        return konkurs_store_invalid (error, _("A Youth Personnel Reserve selection has sectors, not vacancies: choose a sector."));
      if (konkurs_text_is_blank (sector))
        return konkurs_store_invalid (error, _("Choose the sector the candidate applies to."));
      return TRUE;
    }

  if (vacancy_id == 0)
    return konkurs_store_invalid (error, _("Choose the vacancy the candidate applies to."));
  if (!lookup_int64 (self, "SELECT competition_id FROM vacancy WHERE id = ?1", vacancy_id,
                     &found, &value, error))
    return FALSE;
  if (!found)
    return konkurs_store_invalid (error, _("The vacancy does not exist: it may have been deleted."));
  if (value != competition_id)
    return konkurs_store_invalid (error, _("The vacancy belongs to another competition."));
  return TRUE;
}

/* Steps the INSERT … RETURNING of an application: the new application, or
 * NULL with *@rc the failing result code. */
static KonkursCandidacy *
step_insert (sqlite3_stmt *stmt,
             int          *rc)
{
  g_autoptr(KonkursCandidacy) candidacy = NULL;

  *rc = sqlite3_step (stmt);
  if (*rc != SQLITE_ROW)
    return NULL;
  candidacy = candidacy_from_row (stmt);
  /* The row comes at the first step; the statement ends at the next. */
  *rc = sqlite3_step (stmt);
  if (*rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&candidacy);
}

/* Inserts the application with a fresh personal code, drawing another
 * when the code is taken.  Returns the new application as stored (with
 * the defaults of the table), or NULL. */
static KonkursCandidacy *
insert_application (KonkursStore  *self,
                    gint64         candidate_id,
                    gint64         competition_id,
                    gint64         vacancy_id,
                    const char    *sector,
                    const GDate   *received_on,
                    GError       **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  sqlite3 *db = konkurs_store_get_db (self);

  stmt = konkurs_store_cached (self,
                               "INSERT INTO application (candidate_id, competition_id, vacancy_id, "
                               "sector, personal_code, received_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                               "RETURNING " CANDIDACY_FIELDS,
                               error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (stmt, 1, candidate_id);
  sqlite3_bind_int64 (stmt, 2, competition_id);
  if (vacancy_id != 0)
    sqlite3_bind_int64 (stmt, 3, vacancy_id);
  else
    sqlite3_bind_text (stmt, 4, sector, -1, SQLITE_TRANSIENT);
  konkurs_store_bind_date (stmt, 6, received_on);

  for (int attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++)
    {
      g_autoptr(GError) code_error = NULL;
      g_autoptr(KonkursCandidacy) candidacy = NULL;
      char *code = konkurs_personal_code_generate (&code_error);
      int rc;

      if (code == NULL)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                       _("Konkurs could not draw a personal code: %s"), code_error->message);
          return NULL;
        }
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 5, code, -1, g_free);

      candidacy = step_insert (stmt, &rc);
      if (candidacy != NULL)
        return g_steal_pointer (&candidacy);
      if (rc == SQLITE_CONSTRAINT_UNIQUE && strstr (sqlite3_errmsg (db), "application.personal_code") != NULL)
        continue;
      if (rc == SQLITE_CONSTRAINT_UNIQUE)
        {
          g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE,
                               vacancy_id != 0
                               ? _("The candidate has applied to this vacancy already.")
                               : _("The candidate has applied to this selection already."));
          return NULL;
        }
      konkurs_store_set_sqlite_error (self, rc, error);
      return NULL;
    }

  g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED,
                       _("Konkurs could not find a free personal code. Try again."));
  return NULL;
}

/* Writes the audit_log row of application @id, whose details are a JSON
 * snapshot built by SQLite (so every value is escaped properly) from the
 * row itself, in one statement. */
static gboolean
log_application (KonkursStore  *self,
                 const char    *action,
                 gint64         id,
                 GError       **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;

  stmt = konkurs_store_cached (self,
                               "INSERT INTO audit_log (actor, action, table_name, row_id, details) "
                               "SELECT ?1, ?2, 'application', id, json_object ('candidate_id', candidate_id, "
                               "'competition_id', competition_id, 'vacancy_id', vacancy_id, "
                               "'sector', sector, 'personal_code', personal_code, "
                               "'received_on', received_on, 'status', status, "
                               "'eligibility', eligibility) FROM application WHERE id = ?3",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, id);
  return konkurs_store_step_done (self, stmt, error);
}

/* The audit_log row of a new application, with the same details as
 * log_application() but from the values just written: a single-row INSERT
 * … VALUES reads nothing and needs no statement journal, whose savepoint
 * would make FTS5 flush its index once more per application. */
static gboolean
log_new_application (KonkursStore      *self,
                     KonkursCandidacy  *candidacy,
                     GError           **error)
{
  g_autoptr(KonkursStoreStmt) stmt = NULL;
  gint64 vacancy_id = konkurs_candidacy_get_vacancy_id (candidacy);

  stmt = konkurs_store_cached (self,
                               "INSERT INTO audit_log (actor, action, table_name, row_id, details) "
                               "VALUES (?1, 'apply', 'application', ?2, json_object ('candidate_id', ?3, "
                               "'competition_id', ?4, 'vacancy_id', ?5, 'sector', ?6, 'personal_code', ?7, "
                               "'received_on', ?8, 'status', ?9, 'eligibility', ?10))",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, g_get_user_name (), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, konkurs_candidacy_get_id (candidacy));
  sqlite3_bind_int64 (stmt, 3, konkurs_candidacy_get_candidate_id (candidacy));
  sqlite3_bind_int64 (stmt, 4, konkurs_candidacy_get_competition_id (candidacy));
  /* As insert_application() stored them: a vacancy or a sector. */
  if (vacancy_id != 0)
    sqlite3_bind_int64 (stmt, 5, vacancy_id);
  else
    sqlite3_bind_text (stmt, 6, konkurs_candidacy_get_sector (candidacy), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, konkurs_candidacy_get_personal_code (candidacy), -1, SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 8, konkurs_candidacy_get_received_on (candidacy));
  sqlite3_bind_text (stmt, 9, konkurs_candidacy_status_to_code (konkurs_candidacy_get_status (candidacy)),
                     -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, konkurs_eligibility_state_to_code (konkurs_candidacy_get_eligibility (candidacy)),
                     -1, SQLITE_STATIC);
  return konkurs_store_step_done (self, stmt, error);
}

KonkursCandidacy *
konkurs_store_apply (KonkursStore  *self,
                     gint64         candidate_id,
                     gint64         competition_id,
                     gint64         vacancy_id,
                     const char    *sector,
                     const GDate   *received_on,
                     GError       **error)
{
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  if (!konkurs_store_op_begin (self, &mark, error))
    return NULL;

  ok = validate_application (self, candidate_id, competition_id, vacancy_id, sector, received_on, error) &&
       (candidacy = insert_application (self, candidate_id, competition_id, vacancy_id,
                                        sector, received_on, error)) != NULL &&
       log_new_application (self, candidacy, error);
  if (ok)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_APPLICATIONS);

  if (!konkurs_store_op_finish (self, mark, ok, ok ? error : NULL))
    return NULL;
  return g_steal_pointer (&candidacy);
}

static gboolean
has_results (KonkursStore  *self,
             gint64         id,
             gboolean      *found,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = konkurs_store_prepare (self,
                                "SELECT EXISTS (SELECT 1 FROM test_result WHERE application_id = ?1) "
                                "OR EXISTS (SELECT 1 FROM essay WHERE application_id = ?1) "
                                "OR EXISTS (SELECT 1 FROM vote WHERE application_id = ?1)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  *found = sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}

static gboolean
remove_application (KonkursStore  *self,
                    gint64         id,
                    GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean found = FALSE;

  if (!has_results (self, id, &found, error))
    return FALSE;
  if (found)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE,
                           _("The application has results of tests, essays or votes, so it cannot be deleted. Mark it as withdrawn instead."));
      return FALSE;
    }

  if (!log_application (self, "delete", id, error))
    return FALSE;
  stmt = konkurs_store_prepare (self, "DELETE FROM application WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;
  if (sqlite3_changes (konkurs_store_get_db (self)) == 0)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("The application does not exist: it may have been deleted."));
      return FALSE;
    }

  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_APPLICATIONS);
  return TRUE;
}

gboolean
konkurs_store_delete_candidacy (KonkursStore  *self,
                                gint64         id,
                                GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = remove_application (self, id, error);
  return konkurs_store_op_finish (self, mark, ok, ok ? error : NULL);
}

/* Eligibility */

/* The first stage after the documents that has a start date. */
static gboolean
lookup_stage_date (KonkursStore  *self,
                   gint64         competition_id,
                   GDate         *date,
                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_date_clear (date, 1);
  stmt = konkurs_store_prepare (self,
                                "SELECT starts_on FROM competition_stage "
                                "WHERE competition_id = ?1 AND kind <> 'documents' AND starts_on IS NOT NULL "
                                "ORDER BY ordinal LIMIT 1",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, competition_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      column_date (stmt, 0, date);
      return TRUE;
    }
  return finish_read (self, rc, error);
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
  const GDate *announced = konkurs_competition_get_announcement_date (competition);

  memset (facts, 0, sizeof *facts);
  facts->procedure = konkurs_competition_get_procedure (competition);
  g_date_clear (&facts->document_deadline, 1);
  if (deadline != NULL)
    facts->document_deadline = *deadline;

  if (on != NULL && g_date_valid (on))
    facts->competition_date = *on;
  else if (!lookup_stage_date (self, konkurs_competition_get_id (competition),
                               &facts->competition_date, error))
    return FALSE;
  if (!g_date_valid (&facts->competition_date) && deadline != NULL)
    facts->competition_date = *deadline;
  if (!g_date_valid (&facts->competition_date) && announced != NULL)
    facts->competition_date = *announced;

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
  if (!g_date_valid (&facts.competition_date))
    {
      konkurs_store_invalid (error, _("The competition has no date to check eligibility on: set its announcement date."));
      return NULL;
    }

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
  g_autofree char *details = NULL;
  int rc;

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
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  details = g_strdup (column_string (stmt, 0));
  return konkurs_store_log (self, "decide", "application", decision->id, details, error);
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
  Decision decision = { candidacy_id, admitted, FALSE, reason, NULL, { 0 } };

  candidacy = konkurs_store_get_candidacy (self, candidacy_id, error);
  if (candidacy == NULL)
    return FALSE;
  g_date_clear (&decision.checked_on, 1);
  failures = check_candidacy (self, candidacy, NULL, &decision.checked_on, error);
  if (failures == NULL)
    return FALSE;

  decision.engine_eligible = (failures->len == 0);
  if (admitted != decision.engine_eligible && konkurs_text_is_blank (reason))
    return konkurs_store_invalid (error,
                    admitted
                    ? _("The automatic check found the candidate not eligible. To admit the candidate anyway, write the reason.")
                    : _("The automatic check found the candidate eligible. To refuse the candidate, write the reason."));

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

/* Evaluator-facing lists */

G_DEFINE_BOXED_TYPE (KonkursCodeEntry, konkurs_code_entry, konkurs_code_entry_copy, konkurs_code_entry_free)

KonkursCodeEntry *
konkurs_code_entry_copy (const KonkursCodeEntry *entry)
{
  KonkursCodeEntry *copy;

  g_return_val_if_fail (entry != NULL, NULL);

  copy = g_new0 (KonkursCodeEntry, 1);
  *copy = *entry;
  copy->personal_code = g_strdup (entry->personal_code);
  copy->sector = g_strdup (entry->sector);
  return copy;
}

void
konkurs_code_entry_free (KonkursCodeEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->personal_code);
  g_free (entry->sector);
  g_free (entry);
}

GPtrArray *
konkurs_store_list_codes (KonkursStore  *self,
                          gint64         competition_id,
                          int            status,
                          GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_code_entry_free);
  int rc;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  /* The application table only: no join to candidate, so whatever a caller
   * does with the result, it holds no name, IIN or birth date. */
  stmt = konkurs_store_prepare (self,
                                "SELECT personal_code, vacancy_id, sector, status, eligibility "
                                "FROM application WHERE competition_id = ?1 AND (?2 IS NULL OR status = ?2) "
                                "ORDER BY personal_code",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, competition_id);
  if (status >= 0)
    {
      const char *code = konkurs_candidacy_status_to_code (status);

      if (code == NULL)
        return g_steal_pointer (&entries);
      sqlite3_bind_text (stmt, 2, code, -1, SQLITE_STATIC);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KonkursCodeEntry *entry = g_new0 (KonkursCodeEntry, 1);

      entry->personal_code = g_strdup (column_string (stmt, 0));
      entry->vacancy_id = sqlite3_column_int64 (stmt, 1);
      entry->sector = g_strdup (column_string (stmt, 2));
      if (!konkurs_candidacy_status_from_code (column_string (stmt, 3), &entry->status))
        entry->status = KONKURS_CANDIDACY_RECEIVED;
      if (!konkurs_eligibility_state_from_code (column_string (stmt, 4), &entry->eligibility))
        entry->eligibility = KONKURS_ELIGIBILITY_STATE_PENDING;
      g_ptr_array_add (entries, entry);
    }
  if (!finish_read (self, rc, error))
    return NULL;
  return g_steal_pointer (&entries);
}
