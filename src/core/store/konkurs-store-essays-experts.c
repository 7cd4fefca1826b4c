/* konkurs-store-essays-experts.c — the registry of experts: their
 * sectors, backgrounds, employers and declared conflicts
 *
 * An expert is written with its sectors and conflicts as one row of the
 * record (its snapshot holds them), so --verify notices a sector or a
 * conflict changed by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-essays-private.h"
#include "konkurs-text.h"

static const char * const conflict_codes[] = { NULL, "organisation", "code" };

const char *
konkurs_expert_conflict_kind_to_code (KonkursExpertConflictKind kind)
{
  return kind >= 1 && kind < G_N_ELEMENTS (conflict_codes) ? conflict_codes[kind] : NULL;
}

gboolean
konkurs_expert_conflict_kind_from_code (const char                *code,
                                        KonkursExpertConflictKind *out)
{
  for (guint i = 1; code != NULL && i < G_N_ELEMENTS (conflict_codes); i++)
    if (g_str_equal (code, conflict_codes[i]))
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

/* The expert as a value */

G_DEFINE_BOXED_TYPE (KonkursExpert, konkurs_expert, konkurs_expert_copy, konkurs_expert_free)

static void
conflict_free (KonkursExpertConflict *conflict)
{
  g_free (conflict->value);
  g_free (conflict->note);
  g_free (conflict);
}

KonkursExpert *
konkurs_expert_new (void)
{
  KonkursExpert *expert = g_new0 (KonkursExpert, 1);

  expert->full_name = g_strdup ("");
  expert->background = KONKURS_EXPERT_BACKGROUND_ACADEMIA;
  expert->sectors = g_new0 (char *, 1);
  expert->employer = g_strdup ("");
  expert->email = g_strdup ("");
  expert->phone = g_strdup ("");
  expert->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) conflict_free);
  return expert;
}

void
konkurs_expert_add_conflict (KonkursExpert             *expert,
                             KonkursExpertConflictKind  kind,
                             const char                *value,
                             const char                *note,
                             const GDate               *declared_on)
{
  KonkursExpertConflict *conflict = g_new0 (KonkursExpertConflict, 1);

  conflict->kind = kind;
  conflict->value = g_strdup (value != NULL ? value : "");
  conflict->note = g_strdup (note != NULL ? note : "");
  if (declared_on != NULL && g_date_valid (declared_on))
    conflict->declared_on = *declared_on;
  else
    g_date_clear (&conflict->declared_on, 1);
  g_ptr_array_add (expert->conflicts, conflict);
}

KonkursExpert *
konkurs_expert_copy (const KonkursExpert *expert)
{
  KonkursExpert *copy;

  g_return_val_if_fail (expert != NULL, NULL);

  copy = konkurs_expert_new ();
  copy->id = expert->id;
  g_free (copy->full_name);
  copy->full_name = g_strdup (expert->full_name);
  copy->background = expert->background;
  g_strfreev (copy->sectors);
  copy->sectors = g_strdupv (expert->sectors != NULL ? expert->sectors : (char *[]) { NULL });
  g_free (copy->employer);
  copy->employer = g_strdup (expert->employer);
  g_free (copy->email);
  copy->email = g_strdup (expert->email);
  g_free (copy->phone);
  copy->phone = g_strdup (expert->phone);
  copy->member_id = expert->member_id;
  for (guint i = 0; i < expert->conflicts->len; i++)
    {
      const KonkursExpertConflict *c = g_ptr_array_index (expert->conflicts, i);

      konkurs_expert_add_conflict (copy, c->kind, c->value, c->note, &c->declared_on);
    }
  return copy;
}

void
konkurs_expert_free (KonkursExpert *expert)
{
  if (expert == NULL)
    return;
  g_free (expert->full_name);
  g_strfreev (expert->sectors);
  g_free (expert->employer);
  g_free (expert->email);
  g_free (expert->phone);
  g_ptr_array_unref (expert->conflicts);
  g_free (expert);
}

/* Reading */

#define EXPERT_SELECT \
  "SELECT id, full_name, background, employer, email, phone, member_id, " \
  "(SELECT group_concat (sector, char (31)) FROM (SELECT sector FROM expert_sector " \
  " WHERE expert_id = expert.id ORDER BY sector)) FROM expert "

static gpointer
expert_from_row (sqlite3_stmt *stmt,
                 gpointer      by_id)
{
  KonkursExpert *expert = konkurs_expert_new ();
  const char *sectors = konkurs_store_column_text (stmt, 7);

  expert->id = sqlite3_column_int64 (stmt, 0);
  g_free (expert->full_name);
  expert->full_name = g_strdup (konkurs_store_column_text (stmt, 1));
  if (!konkurs_expert_background_from_code (konkurs_store_column_text (stmt, 2), &expert->background))
    expert->background = 0;
  g_free (expert->employer);
  expert->employer = g_strdup (konkurs_store_column_text (stmt, 3));
  g_free (expert->email);
  expert->email = g_strdup (konkurs_store_column_text (stmt, 4));
  g_free (expert->phone);
  expert->phone = g_strdup (konkurs_store_column_text (stmt, 5));
  expert->member_id = sqlite3_column_int64 (stmt, 6);
  g_strfreev (expert->sectors);
  expert->sectors = *sectors != '\0' ? g_strsplit (sectors, "\x1f", -1) : g_new0 (char *, 1);
  if (by_id != NULL)
    g_hash_table_insert (by_id, &expert->id, expert);
  return expert;
}

static void
conflict_from_row (sqlite3_stmt *stmt,
                   gpointer      by_id)
{
  gint64 expert_id = sqlite3_column_int64 (stmt, 0);
  KonkursExpert *expert = g_hash_table_lookup (by_id, &expert_id);
  KonkursExpertConflictKind kind = 0;
  g_autoptr(GDate) declared_on = konkurs_store_column_date (stmt, 4);

  if (expert == NULL || !konkurs_expert_conflict_kind_from_code (konkurs_store_column_text (stmt, 1), &kind))
    return;
  konkurs_expert_add_conflict (expert, kind, konkurs_store_column_text (stmt, 2),
                               konkurs_store_column_text (stmt, 3), declared_on);
}

/* The experts @where selects (?1 = @id), with their conflicts. */
static GPtrArray *
read_experts (KonkursStore  *self,
              const char    *where,
              gint64         id,
              GError       **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *sql = g_strconcat (EXPERT_SELECT, where, NULL);
  g_autofree char *conflicts_sql = g_strconcat ("SELECT c.expert_id, c.kind, c.value, c.note, c.declared_on "
                                                "FROM expert_conflict c WHERE c.expert_id IN (SELECT id FROM "
                                                "expert ", where, ") ORDER BY c.expert_id, c.id", NULL);
  g_autoptr(GPtrArray) experts = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  experts = konkurs_store_read_all_id (self, sql, id, expert_from_row, by_id,
                                       (GDestroyNotify) konkurs_expert_free, error);
  if (experts == NULL)
    return NULL;
  stmt = konkurs_store_prepare_id (self, conflicts_sql, id, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, conflict_from_row, by_id, error))
    return NULL;
  return g_steal_pointer (&experts);
}

GPtrArray *
konkurs_store_list_experts (KonkursStore  *self,
                            GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return read_experts (self, "WHERE member_id IS NULL AND ?1 = ?1 "
                       "ORDER BY konkurs_sort_key (full_name, NULL, NULL), id", 0, error);
}

KonkursExpert *
konkurs_store_get_expert (KonkursStore  *self,
                          gint64         expert_id,
                          GError       **error)
{
  g_autoptr(GPtrArray) experts = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  experts = read_experts (self, "WHERE id = ?1", expert_id, error);
  if (experts == NULL)
    return NULL;
  if (experts->len == 0)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("The expert does not exist: they may have been deleted."));
      return NULL;
    }
  return g_ptr_array_steal_index (experts, 0);
}

/* Writing */

static gboolean
sector_known (KonkursStore  *self,
              const char    *code,
              gboolean      *known,
              GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM rule_set_sector "
                                                        "WHERE code = ?1)", error);
  gint64 exists = 0;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &exists, error))
    return FALSE;
  *known = exists != 0;
  return TRUE;
}

/* INVALID naming @expert (number @index + 1 of the list) and the field. */
static gboolean
check_expert (KonkursStore         *self,
              const KonkursExpert  *expert,
              guint                 index,
              GError              **error)
{
  const char *name = konkurs_text_is_blank (expert->full_name) ? "" : expert->full_name;

  if (*name == '\0')
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("Expert %u: the full name is missing."), index + 1);
      return FALSE;
    }
  if (konkurs_expert_background_to_code (expert->background) == NULL && expert->member_id == 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("Expert “%s”: choose a background (academia, business or civil service)."), name);
      return FALSE;
    }
  for (guint i = 0; expert->sectors != NULL && expert->sectors[i] != NULL; i++)
    {
      gboolean known = FALSE;

      if (!sector_known (self, expert->sectors[i], &known, error))
        return FALSE;
      if (!known)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("Expert “%s”: the sector “%s” is not a sector of any rule set."), name, expert->sectors[i]);
          return FALSE;
        }
    }
  for (guint i = 0; i < expert->conflicts->len; i++)
    {
      const KonkursExpertConflict *c = g_ptr_array_index (expert->conflicts, i);

      if (konkurs_expert_conflict_kind_to_code (c->kind) == NULL || konkurs_text_is_blank (c->value))
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("Expert “%s”: conflict %u names no organisation or personal code."), name, i + 1);
          return FALSE;
        }
    }
  return TRUE;
}

/* @text without the white space around it, case folded. */
static char *
folded (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  return g_utf8_casefold (stripped, -1);
}

/* DUPLICATE when another expert (in the database or earlier in @experts)
 * has the same name and e-mail, compared without case. */
static gboolean
check_duplicate (KonkursStore         *self,
                 GPtrArray            *experts,
                 guint                 index,
                 GError              **error)
{
  const KonkursExpert *expert = g_ptr_array_index (experts, index);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = folded (expert->full_name);
  g_autofree char *email = folded (expert->email);
  gboolean found = FALSE;
  gint64 other = 0;

  for (guint i = 0; i < index; i++)
    {
      const KonkursExpert *earlier = g_ptr_array_index (experts, i);
      g_autofree char *n = folded (earlier->full_name);
      g_autofree char *e = folded (earlier->email);

      found = found || (g_str_equal (n, name) && g_str_equal (e, email));
    }
  if (!found)
    {
      stmt = konkurs_store_prepare_id (self, "SELECT id FROM expert WHERE id IS NOT ?1 "
                                       "AND konkurs_sort_key (trim (full_name), NULL, NULL) = "
                                       "konkurs_sort_key (?2, NULL, NULL) "
                                       "AND konkurs_sort_key (trim (email), NULL, NULL) = konkurs_sort_key (?3, NULL, NULL) "
                                       "LIMIT 1", expert->id != 0 ? expert->id : -1, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, email, -1, SQLITE_STATIC);
      if (!konkurs_store_read_int64 (self, stmt, &found, &other, error))
        return FALSE;
    }
  if (found)
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE,
                 _("An expert named “%s” with the same e-mail is registered already."), expert->full_name);
  return !found;
}

static gboolean
write_parts (KonkursStore         *self,
             const KonkursExpert  *expert,
             GError              **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;

  for (guint t = 0; t < 2; t++)
    {
      clear = konkurs_store_prepare_id (self, t == 0 ? "DELETE FROM expert_sector WHERE expert_id = ?1"
                                                     : "DELETE FROM expert_conflict WHERE expert_id = ?1",
                                        expert->id, error);
      if (clear == NULL || !konkurs_store_step_done (self, clear, error))
        return FALSE;
      g_clear_pointer (&clear, sqlite3_finalize);
    }
  for (guint i = 0; expert->sectors != NULL && expert->sectors[i] != NULL; i++)
    {
      g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, "INSERT OR IGNORE INTO expert_sector "
                                                               "(expert_id, sector) VALUES (?1, ?2)",
                                                               expert->id, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 2, expert->sectors[i], -1, SQLITE_STATIC);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < expert->conflicts->len; i++)
    {
      const KonkursExpertConflict *c = g_ptr_array_index (expert->conflicts, i);
      g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, "INSERT INTO expert_conflict (expert_id, kind, "
                                                               "value, note, declared_on) VALUES (?1, ?2, trim (?3), "
                                                               "?4, ?5)", expert->id, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 2, konkurs_expert_conflict_kind_to_code (c->kind), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, c->value, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, c->note != NULL ? c->note : "", -1, SQLITE_STATIC);
      konkurs_store_bind_date (stmt, 5, &c->declared_on);
      if (!konkurs_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_expert (KonkursStore   *self,
              KonkursExpert  *expert,
              GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean creating = expert->id == 0;
  const char *first_sector = expert->sectors != NULL && expert->sectors[0] != NULL ? expert->sectors[0] : "";

  stmt = konkurs_store_prepare (self, creating
                                ? "INSERT INTO expert (full_name, sector, background, employer, email, phone, "
                                  "member_id) VALUES (trim (?1), ?2, ?3, trim (?4), trim (?5), trim (?6), ?7)"
                                : "UPDATE expert SET full_name = trim (?1), sector = ?2, background = ?3, "
                                  "employer = trim (?4), email = trim (?5), phone = trim (?6), member_id = ?7 "
                                  "WHERE id = ?8", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, expert->full_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, first_sector, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, konkurs_expert_background_to_code (expert->background), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, expert->employer != NULL ? expert->employer : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, expert->email != NULL ? expert->email : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, expert->phone != NULL ? expert->phone : "", -1, SQLITE_STATIC);
  if (expert->member_id != 0)
    sqlite3_bind_int64 (stmt, 7, expert->member_id);
  if (creating)
    {
      expert->id = konkurs_store_step_insert (self, stmt, error);
      if (expert->id == 0)
        return FALSE;
    }
  else
    {
      sqlite3_bind_int64 (stmt, 8, expert->id);
      if (!konkurs_store_step_changed (self, stmt, _("The expert was deleted meanwhile."), error))
        return FALSE;
    }
  return write_parts (self, expert, error) &&
         konkurs_store_record_row (self, creating ? "create" : "update", KONKURS_STORE_TABLE_EXPERT, expert->id,
                                   NULL, error);
}

gboolean
konkurs_store_save_experts (KonkursStore  *self,
                            GPtrArray     *experts,
                            GError       **error)
{
  g_autoptr(GArray) new_ones = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean ok = TRUE;
  guint mark;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (experts != NULL, FALSE);

  for (guint i = 0; i < experts->len; i++)
    if (!check_expert (self, g_ptr_array_index (experts, i), i, error) ||
        !check_duplicate (self, experts, i, error))
      return FALSE;
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  for (guint i = 0; ok && i < experts->len; i++)
    {
      KonkursExpert *expert = g_ptr_array_index (experts, i);

      if (expert->id == 0)
        g_array_append_val (new_ones, i);
      ok = write_expert (self, expert, error);
    }
  if (ok)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_EXPERT);
  ok = konkurs_store_op_finish (self, mark, ok, error);
  /* a failed save gives no ids out: the rows are gone */
  for (guint i = 0; !ok && i < new_ones->len; i++)
    ((KonkursExpert *) g_ptr_array_index (experts, g_array_index (new_ones, guint, i)))->id = 0;
  return ok;
}

static gboolean
remove_expert (KonkursStore  *self,
               gint64         expert_id,
               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare_id (self, "SELECT EXISTS (SELECT 1 FROM essay_assignment "
                                                           "WHERE expert_id = ?1)", expert_id, error);
  gint64 assigned = 0;

  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, &assigned, error))
    return FALSE;
  if (assigned)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE,
                           _("The expert grades essays, so they cannot be deleted: replace them in their essays "
                             "first."));
      return FALSE;
    }
  if (!konkurs_store_record_row (self, "delete", KONKURS_STORE_TABLE_EXPERT, expert_id, NULL, error) ||
      !konkurs_store_delete_id (self, "DELETE FROM expert WHERE id = ?1", expert_id, NULL,
                                _("The expert does not exist: they may have been deleted."), error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_EXPERT);
  return TRUE;
}

gboolean
konkurs_store_delete_expert (KonkursStore  *self,
                             gint64         expert_id,
                             GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  return konkurs_store_run_on_id (self, remove_expert, expert_id, error);
}
