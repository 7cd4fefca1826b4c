/* konkurs-store-commission.c — commissions as records of their own: their
 * members, the competitions and stages they serve, and a copy from an
 * earlier competition
 *
 * A member keeps its id across saves, so that the meetings it attended,
 * its ballots and its recusals stay its own; a member removed after it
 * took part in a meeting is kept as having left (left_on) rather than
 * deleted.  Every write is recorded (commission, commission_member, and
 * the competition or stage a commission is bound to).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-commission-private.h"

static const char * const kind_codes[] = { NULL, "competition", "expert", "national" };
static const char * const kind_labels[] = {
  NULL, N_("Competition commission"), N_("Expert commission of the Youth Reserve"),
  N_("National Commission of the Youth Reserve"),
};

const char *
konkurs_commission_kind_to_code (KonkursCommissionKind kind)
{
  return kind >= 1 && kind < G_N_ELEMENTS (kind_codes) ? kind_codes[kind] : NULL;
}

gboolean
konkurs_commission_kind_from_code (const char            *code,
                                   KonkursCommissionKind *out)
{
  for (guint i = 1; code != NULL && i < G_N_ELEMENTS (kind_codes); i++)
    if (g_str_equal (code, kind_codes[i]))
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

const char *
konkurs_commission_kind_get_label (KonkursCommissionKind kind)
{
  return kind >= 1 && kind < G_N_ELEMENTS (kind_labels) ? kind_labels[kind] : NULL;
}

/* The record as a value */

G_DEFINE_BOXED_TYPE (KonkursCommissionRecord, konkurs_commission_record,
                     konkurs_commission_record_copy, konkurs_commission_record_free)

KonkursCommissionRecord *
konkurs_commission_record_new (KonkursCommissionKind kind)
{
  KonkursCommissionRecord *record = g_new0 (KonkursCommissionRecord, 1);

  record->kind = kind;
  record->name = konkurs_local_text_new (NULL, NULL);
  record->serves = konkurs_local_text_new (NULL, NULL);
  record->order_number = g_strdup ("");
  g_date_clear (&record->order_date, 1);
  record->members = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  return record;
}

KonkursCommissionRecord *
konkurs_commission_record_copy (const KonkursCommissionRecord *record)
{
  KonkursCommissionRecord *copy;

  g_return_val_if_fail (record != NULL, NULL);

  copy = konkurs_commission_record_new (record->kind);
  copy->id = record->id;
  konkurs_local_text_free (copy->name);
  copy->name = konkurs_local_text_copy (record->name);
  konkurs_local_text_free (copy->serves);
  copy->serves = konkurs_local_text_copy (record->serves);
  g_free (copy->order_number);
  copy->order_number = g_strdup (record->order_number);
  copy->order_date = record->order_date;
  for (guint i = 0; i < record->members->len; i++)
    g_ptr_array_add (copy->members, konkurs_commission_member_copy (g_ptr_array_index (record->members, i)));
  copy->n_competitions = record->n_competitions;
  return copy;
}

void
konkurs_commission_record_free (KonkursCommissionRecord *record)
{
  if (record == NULL)
    return;
  konkurs_local_text_free (record->name);
  konkurs_local_text_free (record->serves);
  g_free (record->order_number);
  g_ptr_array_unref (record->members);
  g_free (record);
}

/* Recording */

gboolean
konkurs_store_record_if_changed (KonkursStore  *self,
                                 const char    *table,
                                 gint64         row_id,
                                 const char    *before,
                                 GError       **error)
{
  g_autofree char *now = NULL;

  if (before == NULL)
    return konkurs_store_record_row (self, "create", table, row_id, NULL, error);
  if (!konkurs_store_snapshot (self, table, row_id, &now, error))
    return FALSE;
  if (g_strcmp0 (before, now) == 0)
    return TRUE;
  return konkurs_store_record (self, "update", table, row_id, before, now, NULL, error);
}

gboolean
konkurs_store_record_ids (KonkursStore  *self,
                          const char    *action,
                          const char    *table,
                          const char    *sql,
                          gint64         id,
                          GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, sql, id, error);
  g_autoptr(GArray) ids = NULL;

  if (stmt == NULL || (ids = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (!konkurs_store_record_row (self, action, table, g_array_index (ids, gint64, i), NULL, error))
      return FALSE;
  if (ids->len > 0)
    konkurs_store_note_changed (self, table);
  return TRUE;
}

/* Reading */

#define COMMISSION_SELECT \
  "SELECT id, kind, name_kk, name_ru, serves_kk, serves_ru, order_number, order_date, " \
  "(SELECT count(*) FROM competition c WHERE c.commission_id = commission.id) FROM commission "

#define MEMBER_COLUMNS "m.id, m.role, m.name_kk, m.name_ru, m.position_kk, m.position_ru"

static gpointer
commission_from_row (sqlite3_stmt *stmt,
                     gpointer      by_id)
{
  KonkursCommissionRecord *record = konkurs_commission_record_new (KONKURS_COMMISSION_KIND_COMPETITION);

  record->id = sqlite3_column_int64 (stmt, 0);
  konkurs_commission_kind_from_code (konkurs_store_column_text (stmt, 1), &record->kind);
  konkurs_local_text_free (record->name);
  record->name = konkurs_store_column_local_text (stmt, 2);
  konkurs_local_text_free (record->serves);
  record->serves = konkurs_store_column_local_text (stmt, 4);
  g_free (record->order_number);
  record->order_number = g_strdup (konkurs_store_column_text (stmt, 6));
  konkurs_store_column_date_into (stmt, 7, &record->order_date);
  record->n_competitions = sqlite3_column_int (stmt, 8);
  g_hash_table_insert (by_id, &record->id, record);
  return record;
}

/* Column 0 the commission, then the member's columns. */
static void
member_into_commission (sqlite3_stmt *stmt,
                        gpointer      by_id)
{
  gint64 commission_id = sqlite3_column_int64 (stmt, 0);
  KonkursCommissionRecord *record = g_hash_table_lookup (by_id, &commission_id);

  if (record != NULL)
    g_ptr_array_add (record->members, konkurs_store_commission_member_from_row_at (stmt, 1));
}

/* The commissions @where selects (?1 = @id) with their current members. */
static GPtrArray *
read_commissions (KonkursStore  *self,
                  const char    *where,
                  gint64         id,
                  GError       **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *sql = g_strconcat (COMMISSION_SELECT, where, NULL);
  g_autofree char *members_sql = g_strconcat ("SELECT m.commission_id, " MEMBER_COLUMNS " FROM commission_member m "
                                              "WHERE m.left_on IS NULL AND m.commission_id IN (SELECT id FROM "
                                              "commission ", where, ") ORDER BY m.commission_id, m.ordinal, m.id",
                                              NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  records = konkurs_store_read_all_id (self, sql, id, commission_from_row, by_id,
                                       (GDestroyNotify) konkurs_commission_record_free, error);
  if (records == NULL)
    return NULL;
  stmt = konkurs_store_prepare_id (self, members_sql, id, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, member_into_commission, by_id, error))
    return NULL;
  return g_steal_pointer (&records);
}

GPtrArray *
konkurs_store_list_commissions (KonkursStore  *self,
                                GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return read_commissions (self, "WHERE ?1 IS NOT NULL ORDER BY name_kk, name_ru, id", 0, error);
}

KonkursCommissionRecord *
konkurs_store_get_commission (KonkursStore  *self,
                              gint64         commission_id,
                              GError       **error)
{
  g_autoptr(GPtrArray) records = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  records = read_commissions (self, "WHERE id = ?1", commission_id, error);
  if (records == NULL)
    return NULL;
  if (records->len == 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                   _("The commission does not exist any more: it may have been deleted."));
      return NULL;
    }
  return konkurs_commission_record_copy (g_ptr_array_index (records, 0));
}

GPtrArray *
konkurs_store_list_commission_members (KonkursStore  *self,
                                       gint64         commission_id,
                                       GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_all_id (self,
                                    "SELECT " MEMBER_COLUMNS " FROM commission_member m "
                                    "WHERE m.commission_id = ?1 ORDER BY m.ordinal, m.id",
                                    commission_id, konkurs_store_commission_member_from_row, NULL,
                                    (GDestroyNotify) konkurs_commission_member_free, error);
}

/* Writing */

/* Both values of @text without the white space around them. */
static void
strip_text (KonkursLocalText *text)
{
  for (KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK; language <= KONKURS_DOC_LANGUAGE_RU; language++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (konkurs_local_text_get (text, language)));

      konkurs_local_text_set (text, language, stripped);
    }
}

static gboolean
check_record (KonkursCommissionRecord  *record,
              GError                  **error)
{
  const char *fault;

  strip_text (record->name);
  strip_text (record->serves);
  for (guint i = 0; i < record->members->len; i++)
    {
      KonkursCommissionMember *member = g_ptr_array_index (record->members, i);

      strip_text (member->name);
      strip_text (member->position);
    }
  if (konkurs_commission_kind_to_code (record->kind) == NULL)
    return konkurs_store_invalid (error, _("The kind of the commission is not one Konkurs knows."));
  if (konkurs_local_text_is_blank (record->name))
    return konkurs_store_invalid (error, _("The commission needs a name in Kazakh or in Russian."));
  fault = konkurs_commission_check (record->members);
  if (fault != NULL)
    return konkurs_store_invalid (error, _(fault));
  return TRUE;
}

static gboolean
write_commission_row (KonkursStore             *self,
                      KonkursCommissionRecord  *record,
                      GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *before = NULL;
  g_autofree char *number = g_strstrip (g_strdup (record->order_number != NULL ? record->order_number : ""));

  if (record->id != 0 && !konkurs_store_snapshot (self, KONKURS_STORE_TABLE_COMMISSION, record->id, &before, error))
    return FALSE;
  if (record->id != 0 && before == NULL)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                   _("The commission does not exist any more: it may have been deleted."));
      return FALSE;
    }
  stmt = konkurs_store_prepare (self,
                                record->id == 0
                                ? "INSERT INTO commission (kind, name_kk, name_ru, serves_kk, serves_ru, order_number, "
                                  "order_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                                /* edited on its own, it no longer follows the default commission */
                                : "UPDATE commission SET kind = ?1, name_kk = ?2, name_ru = ?3, serves_kk = ?4, "
                                  "serves_ru = ?5, order_number = ?6, order_date = ?7, follows_default = 0 "
                                  "WHERE id = ?8",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, konkurs_commission_kind_to_code (record->kind), -1, SQLITE_STATIC);
  konkurs_store_bind_local_text (stmt, 2, record->name);
  konkurs_store_bind_local_text (stmt, 4, record->serves);
  sqlite3_bind_text (stmt, 6, number, -1, SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 7, &record->order_date);
  if (record->id == 0)
    {
      if ((record->id = konkurs_store_step_insert (self, stmt, error)) == 0)
        return FALSE;
    }
  else
    {
      sqlite3_bind_int64 (stmt, 8, record->id);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_COMMISSION);
  return konkurs_store_record_if_changed (self, KONKURS_STORE_TABLE_COMMISSION, record->id, before, error);
}

/* The ids of the current members of @commission_id. */
static GHashTable *
read_current_ids (KonkursStore  *self,
                  gint64         commission_id,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  GHashTable *set = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  stmt = konkurs_store_prepare_id (self, "SELECT id FROM commission_member WHERE commission_id = ?1 "
                                         "AND left_on IS NULL", commission_id, error);
  if (stmt == NULL || (ids = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    {
      g_hash_table_unref (set);
      return NULL;
    }
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (set, g_memdup2 (&g_array_index (ids, gint64, i), sizeof (gint64)));
  return set;
}

/* A member no longer listed leaves: kept with left_on when a meeting
 * names it (attendance, ballot, recusal), deleted otherwise. */
static gboolean
remove_member (KonkursStore  *self,
               gint64         member_id,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) used = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 n = 0;

  used = konkurs_store_prepare_id (self,
                                   "SELECT EXISTS (SELECT 1 FROM meeting_attendance WHERE member_id = ?1) "
                                   "OR EXISTS (SELECT 1 FROM vote WHERE member_id = ?1) "
                                   "OR EXISTS (SELECT 1 FROM meeting_recusal WHERE member_id = ?1)",
                                   member_id, error);
  if (used == NULL || !konkurs_store_read_int64 (self, used, NULL, &n, error))
    return FALSE;
  if (n == 0)
    return konkurs_store_record_row (self, "delete", KONKURS_STORE_TABLE_COMMISSION_MEMBER, member_id, NULL, error) &&
           konkurs_store_delete_id (self, "DELETE FROM commission_member WHERE id = ?1", member_id, NULL,
                                    _("The member does not exist any more."), error);
  stmt = konkurs_store_prepare_id (self, "UPDATE commission_member SET left_on = date ('now', 'localtime') "
                                         "WHERE id = ?1", member_id, error);
  return stmt != NULL && konkurs_store_step_done (self, stmt, error) &&
         konkurs_store_record_row (self, "update", KONKURS_STORE_TABLE_COMMISSION_MEMBER, member_id, NULL, error);
}

/* Writes member @member (ordinal @ordinal) of @commission_id: an update
 * of a current member's row (its values before the save in @before), or
 * a new row (id 0). */
static gboolean
write_member (KonkursStore             *self,
              gint64                    commission_id,
              KonkursCommissionMember  *member,
              int                       ordinal,
              const char               *before,
              GError                  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean existing = member->id != 0;

  stmt = konkurs_store_prepare (self,
                                existing
                                ? "UPDATE commission_member SET ordinal = ?2, role = ?3, name_kk = ?4, name_ru = ?5, "
                                  "position_kk = ?6, position_ru = ?7 WHERE id = ?8 AND commission_id = ?1"
                                : "INSERT INTO commission_member (commission_id, ordinal, role, name_kk, name_ru, "
                                  "position_kk, position_ru) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, commission_id);
  sqlite3_bind_int (stmt, 2, ordinal);
  sqlite3_bind_text (stmt, 3, konkurs_commission_role_to_code (member->role), -1, SQLITE_STATIC);
  konkurs_store_bind_local_text (stmt, 4, member->name);
  konkurs_store_bind_local_text (stmt, 6, member->position);
  if (existing)
    {
      sqlite3_bind_int64 (stmt, 8, member->id);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  else if ((member->id = konkurs_store_step_insert (self, stmt, error)) == 0)
    return FALSE;
  return konkurs_store_record_if_changed (self, KONKURS_STORE_TABLE_COMMISSION_MEMBER, member->id, before, error);
}

/* The kept members first lose their roles, so that a chair and a member
 * may swap roles in one save without two chairs for a moment. */
static gboolean
clear_roles (KonkursStore  *self,
             gint64         commission_id,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare_id (self, "UPDATE commission_member SET role = 'member' WHERE commission_id = ?1 "
                                         "AND left_on IS NULL", commission_id, error);
  return stmt != NULL && konkurs_store_step_done (self, stmt, error);
}

static gboolean
write_members (KonkursStore             *self,
               KonkursCommissionRecord  *record,
               GError                  **error)
{
  g_autoptr(GHashTable) current = read_current_ids (self, record->id, error);
  g_autoptr(GHashTable) kept = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  GHashTableIter iter;
  gpointer key;

  if (current == NULL)
    return FALSE;
  for (guint i = 0; i < record->members->len; i++)
    {
      KonkursCommissionMember *member = g_ptr_array_index (record->members, i);

      char *before = NULL;

      if (member->id != 0 && g_hash_table_contains (current, &member->id))
        {
          if (!konkurs_store_snapshot (self, KONKURS_STORE_TABLE_COMMISSION_MEMBER, member->id, &before, error))
            return FALSE;
          g_hash_table_insert (kept, &member->id, before);
        }
      else
        member->id = 0;   /* a member of another commission, or gone: a new member here */
    }
  g_hash_table_iter_init (&iter, current);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (kept, key) && !remove_member (self, *(gint64 *) key, error))
      return FALSE;
  if (!clear_roles (self, record->id, error))
    return FALSE;
  for (guint i = 0; i < record->members->len; i++)
    {
      KonkursCommissionMember *member = g_ptr_array_index (record->members, i);

      if (!write_member (self, record->id, member, i + 1, g_hash_table_lookup (kept, &member->id), error))
        return FALSE;
    }
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_COMMISSION_MEMBER);
  return TRUE;
}

gboolean
konkurs_store_save_commission_record (KonkursStore             *self,
                                      KonkursCommissionRecord  *record,
                                      GError                  **error)
{
  g_autoptr(KonkursCommissionRecord) work = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  /* on a copy, so that a refused save leaves the caller's ids as they were */
  work = konkurs_commission_record_copy (record);
  if (!check_record (work, error) || !konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_commission_row (self, work, error) && write_members (self, work, error);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return FALSE;
  record->id = work->id;
  for (guint i = 0; i < record->members->len; i++)
    ((KonkursCommissionMember *) g_ptr_array_index (record->members, i))->id =
      ((KonkursCommissionMember *) g_ptr_array_index (work->members, i))->id;
  return TRUE;
}

/* The commission that follows the default one */

/* The id of a current member of @record named as @member, not in @taken;
 * 0 none. */
static gint64
same_named (const KonkursCommissionRecord *record,
            const KonkursCommissionMember *member,
            GHashTable                    *taken)
{
  for (guint i = 0; i < record->members->len; i++)
    {
      const KonkursCommissionMember *m = g_ptr_array_index (record->members, i);

      if (konkurs_local_text_equal (m->name, member->name) && !g_hash_table_contains (taken, &m->id))
        return m->id;
    }
  return 0;
}

gboolean
konkurs_store_commission_follow_default (KonkursStore  *self,
                                         GPtrArray     *members,
                                         GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(KonkursCommissionRecord) record = NULL;
  g_autoptr(GPtrArray) following = NULL;
  g_autoptr(GHashTable) taken = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean found = FALSE;
  gint64 id = 0;

  stmt = konkurs_store_prepare (self, "SELECT id FROM commission WHERE follows_default = 1 ORDER BY id LIMIT 1",
                                error);
  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, &found, &id, error))
    return FALSE;
  if (!found)
    return TRUE;
  if ((record = konkurs_store_get_commission (self, id, error)) == NULL)
    return FALSE;
  following = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  for (guint i = 0; i < members->len; i++)
    {
      KonkursCommissionMember *member = konkurs_commission_member_copy (g_ptr_array_index (members, i));

      member->id = same_named (record, member, taken);
      g_ptr_array_add (following, member);
      if (member->id != 0)
        g_hash_table_add (taken, &member->id);
    }
  g_ptr_array_unref (record->members);
  record->members = g_steal_pointer (&following);
  return write_members (self, record, error);
}

/* Deleting */

static gboolean unbind_all (KonkursStore *self, const char *table, const char *sql, gint64 commission_id,
                            GError **error);

static gboolean
delete_commission (KonkursStore  *self,
                   gint64         commission_id,
                   GError       **error)
{
  g_autoptr(sqlite3_stmt) used = NULL;
  gint64 n = 0;

  used = konkurs_store_prepare_id (self, "SELECT count(*) FROM meeting WHERE commission_id = ?1", commission_id, error);
  if (used == NULL || !konkurs_store_read_int64 (self, used, NULL, &n, error))
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE, "The commission cannot be deleted: it held %d meeting, whose "
                                "protocol names its members.", "The commission cannot be deleted: it held %d "
                                "meetings, whose protocols name its members.", n),
                   (int) n);
      return FALSE;
    }
  /* the competitions and stages it served lose it through the record,
   * not by the foreign key's SET NULL behind its back */
  return unbind_all (self, "competition", "SELECT id FROM competition WHERE commission_id = ?1",
                     commission_id, error) &&
         unbind_all (self, "competition_stage", "SELECT id FROM competition_stage WHERE commission_id = ?1",
                     commission_id, error) &&
         konkurs_store_record_ids (self, "delete", KONKURS_STORE_TABLE_COMMISSION_MEMBER,
                                   "SELECT id FROM commission_member WHERE commission_id = ?1 ORDER BY id",
                                   commission_id, error) &&
         konkurs_store_record_row (self, "delete", KONKURS_STORE_TABLE_COMMISSION, commission_id, NULL, error) &&
         konkurs_store_delete_id (self, "DELETE FROM commission WHERE id = ?1", commission_id, NULL,
                                  _("The commission does not exist any more: it may have been deleted."),
                                  error);
}

gboolean
konkurs_store_delete_commission (KonkursStore  *self,
                                 gint64         commission_id,
                                 GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_run_on_id (self, delete_commission, commission_id, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_COMMISSION);
  return TRUE;
}

/* Binding to competitions and stages */

static gint64
read_commission_id (KonkursStore  *self,
                    const char    *sql,
                    gint64         id,
                    const char    *not_found,
                    GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, sql, id, error);
  gboolean found = FALSE;
  gint64 value = 0;

  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, &found, &value, error))
    return 0;
  if (!found)
    g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND, not_found);
  return value;
}

gint64
konkurs_store_get_competition_commission (KonkursStore  *self,
                                          gint64         competition_id,
                                          GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), 0);

  return read_commission_id (self, "SELECT coalesce (commission_id, 0) FROM competition WHERE id = ?1",
                             competition_id, _("The competition does not exist: it may have been deleted."), error);
}

gint64
konkurs_store_get_stage_commission (KonkursStore  *self,
                                    gint64         stage_id,
                                    GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), 0);

  return read_commission_id (self, "SELECT coalesce (s.commission_id, c.commission_id, 0) FROM competition_stage s "
                                   "JOIN competition c ON c.id = s.competition_id WHERE s.id = ?1",
                             stage_id, _("The stage does not exist."), error);
}

/* Sets the commission of row @row_id of @table (competition or
 * competition_stage; 0: none), recorded.  NOT_FOUND for a commission
 * or a row that is not there. */
static gboolean
bind_commission (KonkursStore  *self,
                 const char    *table,
                 gint64         row_id,
                 gint64         commission_id,
                 GError       **error)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE %s SET commission_id = ?2 WHERE id = ?1", table);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *before = NULL;

  if (commission_id != 0)
    {
      g_autoptr(KonkursCommissionRecord) record = konkurs_store_get_commission (self, commission_id, error);

      if (record == NULL)
        return FALSE;
    }
  if (!konkurs_store_snapshot (self, table, row_id, &before, error))
    return FALSE;
  stmt = konkurs_store_prepare_id (self, sql, row_id, error);
  if (stmt == NULL)
    return FALSE;
  if (commission_id != 0)
    sqlite3_bind_int64 (stmt, 2, commission_id);
  if (!konkurs_store_step_changed (self, stmt, g_str_equal (table, "competition")
                                   ? _("The competition does not exist any more: it may have been deleted.")
                                   : _("The stage does not exist."), error))
    return FALSE;
  konkurs_store_note_changed (self, g_str_equal (table, "competition") ? KONKURS_STORE_TABLE_COMPETITIONS
                                                                       : KONKURS_STORE_TABLE_STAGE);
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_COMMISSION);
  return konkurs_store_record_if_changed (self, table, row_id, before, error);
}

/* Unbinds every row of @table that @sql (?1 = @commission_id) selects. */
static gboolean
unbind_all (KonkursStore  *self,
            const char    *table,
            const char    *sql,
            gint64         commission_id,
            GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, sql, commission_id, error);
  g_autoptr(GArray) ids = NULL;

  if (stmt == NULL || (ids = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (!bind_commission (self, table, g_array_index (ids, gint64, i), 0, error))
      return FALSE;
  return TRUE;
}

static gboolean
set_commission (KonkursStore  *self,
                const char    *table,
                gint64         row_id,
                gint64         commission_id,
                GError       **error)
{
  guint mark;
  gboolean ok;

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = bind_commission (self, table, row_id, commission_id, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

gboolean
konkurs_store_set_competition_commission (KonkursStore  *self,
                                          gint64         competition_id,
                                          gint64         commission_id,
                                          GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  return set_commission (self, "competition", competition_id, commission_id, error);
}

gboolean
konkurs_store_set_stage_commission (KonkursStore  *self,
                                    gint64         stage_id,
                                    gint64         commission_id,
                                    GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  return set_commission (self, "competition_stage", stage_id, commission_id, error);
}

/* Copy from an earlier competition */

/* @text with " (copy)" in each of its languages that has a value. */
static void
mark_copy (KonkursLocalText *text)
{
  static const char * const suffix[] = { [KONKURS_DOC_LANGUAGE_KK] = " (көшірме)",
                                         [KONKURS_DOC_LANGUAGE_RU] = " (копия)" };

  for (KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK; language <= KONKURS_DOC_LANGUAGE_RU; language++)
    if (konkurs_local_text_has (text, language))
      {
        g_autofree char *value = g_strconcat (konkurs_local_text_get (text, language), suffix[language], NULL);

        konkurs_local_text_set (text, language, value);
      }
}

static gboolean
copy_commission (KonkursStore  *self,
                 gint64         from_competition_id,
                 gint64         to_competition_id,
                 gint64        *commission_id,
                 GError       **error)
{
  g_autoptr(KonkursCommissionRecord) copy = NULL;
  gint64 from = konkurs_store_get_competition_commission (self, from_competition_id, error);

  if (from == 0)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                     _("The earlier competition has no commission to copy."));
      return FALSE;
    }
  if ((copy = konkurs_store_get_commission (self, from, error)) == NULL)
    return FALSE;
  copy->id = 0;
  for (guint i = 0; i < copy->members->len; i++)
    ((KonkursCommissionMember *) g_ptr_array_index (copy->members, i))->id = 0;
  mark_copy (copy->name);
  if (!konkurs_store_save_commission_record (self, copy, error) ||
      !bind_commission (self, "competition", to_competition_id, copy->id, error))
    return FALSE;
  *commission_id = copy->id;
  return TRUE;
}

gboolean
konkurs_store_copy_commission (KonkursStore  *self,
                               gint64         from_competition_id,
                               gint64         to_competition_id,
                               gint64        *commission_id,
                               GError       **error)
{
  gint64 id = 0;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = copy_commission (self, from_competition_id, to_competition_id, &id, error);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return FALSE;
  if (commission_id != NULL)
    *commission_id = id;
  return TRUE;
}
