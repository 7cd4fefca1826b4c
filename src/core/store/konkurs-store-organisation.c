/* konkurs-store-organisation.c — the organisation's details and its
 * commission, set once in Preferences and printed by every document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-commission-private.h"

G_DEFINE_BOXED_TYPE (KonkursOrganisation, konkurs_organisation, konkurs_organisation_copy, konkurs_organisation_free)

KonkursOrganisation *
konkurs_organisation_new (void)
{
  KonkursOrganisation *organisation = g_new0 (KonkursOrganisation, 1);

  organisation->state_body = konkurs_local_text_new (NULL, NULL);
  organisation->address = konkurs_local_text_new (NULL, NULL);
  organisation->place = konkurs_local_text_new (NULL, NULL);
  return organisation;
}

KonkursOrganisation *
konkurs_organisation_copy (const KonkursOrganisation *organisation)
{
  KonkursOrganisation *copy = g_new0 (KonkursOrganisation, 1);

  copy->state_body = konkurs_local_text_copy (organisation->state_body);
  copy->address = konkurs_local_text_copy (organisation->address);
  copy->place = konkurs_local_text_copy (organisation->place);
  return copy;
}

void
konkurs_organisation_free (KonkursOrganisation *organisation)
{
  if (organisation == NULL)
    return;
  konkurs_local_text_free (organisation->state_body);
  konkurs_local_text_free (organisation->address);
  konkurs_local_text_free (organisation->place);
  g_free (organisation);
}

/* The organisation */

#define ORGANISATION_COLUMNS "state_body_kk, state_body_ru, address_kk, address_ru, place_kk, place_ru"

static gpointer
organisation_from_row (sqlite3_stmt *stmt,
                       gpointer      user_data)
{
  KonkursOrganisation *organisation = g_new0 (KonkursOrganisation, 1);

  organisation->state_body = konkurs_store_column_local_text (stmt, 0);
  organisation->address = konkurs_store_column_local_text (stmt, 2);
  organisation->place = konkurs_store_column_local_text (stmt, 4);
  return organisation;
}

KonkursOrganisation *
konkurs_store_get_organisation (KonkursStore  *self,
                                GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_one_id (self, "SELECT " ORGANISATION_COLUMNS " FROM organisation WHERE id = ?1", 1,
                                    organisation_from_row, NULL, N_("The organisation's details are missing."),
                                    error);
}

static gboolean
same_organisation (const KonkursOrganisation *a,
                   const KonkursOrganisation *b)
{
  return konkurs_local_text_equal (a->state_body, b->state_body)
      && konkurs_local_text_equal (a->address, b->address)
      && konkurs_local_text_equal (a->place, b->place);
}

static gboolean
write_organisation (KonkursStore               *self,
                    const KonkursOrganisation  *organisation,
                    GError                    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) snapshot = NULL;
  g_autofree char *details = NULL;

  stmt = konkurs_store_prepare (self,
                                "UPDATE organisation SET state_body_kk = ?1, state_body_ru = ?2, "
                                "address_kk = ?3, address_ru = ?4, place_kk = ?5, place_ru = ?6 WHERE id = 1",
                                error);
  if (stmt == NULL)
    return FALSE;
  konkurs_store_bind_local_text (stmt, 1, organisation->state_body);
  konkurs_store_bind_local_text (stmt, 3, organisation->address);
  konkurs_store_bind_local_text (stmt, 5, organisation->place);
  if (!konkurs_store_step_done (self, stmt, error))
    return FALSE;

  snapshot = konkurs_store_prepare (self,
                                    "SELECT json_object ('state_body_kk', state_body_kk, 'state_body_ru', state_body_ru, "
                                    "'address_kk', address_kk, 'address_ru', address_ru, "
                                    "'place_kk', place_kk, 'place_ru', place_ru) FROM organisation WHERE id = 1",
                                    error);
  if (snapshot == NULL)
    return FALSE;
  details = konkurs_store_read_one (self, snapshot, konkurs_store_map_text, NULL, "", error);
  if (details == NULL || !konkurs_store_log (self, "update", "organisation", 1, details, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ORGANISATION);
  return TRUE;
}

gboolean
konkurs_store_save_organisation (KonkursStore               *self,
                                 const KonkursOrganisation  *organisation,
                                 GError                    **error)
{
  g_autoptr(KonkursOrganisation) stored = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (organisation != NULL, FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  stored = konkurs_store_get_organisation (self, error);
  ok = stored != NULL && (same_organisation (stored, organisation) || write_organisation (self, organisation, error));
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* The default commission */

/* Columns @first to @first + 5: id, role, name_kk, name_ru, position_kk,
 * position_ru (the commissions of konkurs-store-commission.c read theirs
 * with it too). */
KonkursCommissionMember *
konkurs_store_commission_member_from_row_at (sqlite3_stmt *stmt,
                                             int           first)
{
  KonkursCommissionRole role = KONKURS_COMMISSION_MEMBER;
  KonkursCommissionMember *member;

  /* the schema allows no other role; a snapshot of a newer Konkurs may */
  konkurs_commission_role_from_code (konkurs_store_column_text (stmt, first + 1), &role);
  member = g_new0 (KonkursCommissionMember, 1);
  member->id = sqlite3_column_int64 (stmt, first);
  member->role = role;
  member->name = konkurs_store_column_local_text (stmt, first + 2);
  member->position = konkurs_store_column_local_text (stmt, first + 4);
  return member;
}

gpointer
konkurs_store_commission_member_from_row (sqlite3_stmt *stmt,
                                          gpointer      user_data)
{
  return konkurs_store_commission_member_from_row_at (stmt, 0);
}

GPtrArray *
konkurs_store_list_commission (KonkursStore  *self,
                               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stmt = konkurs_store_prepare (self,
                                "SELECT id, role, name_kk, name_ru, position_kk, position_ru "
                                "FROM default_commission_member ORDER BY ordinal",
                                error);
  if (stmt == NULL)
    return NULL;
  return konkurs_store_read_all (self, stmt, konkurs_store_commission_member_from_row, NULL,
                                 (GDestroyNotify) konkurs_commission_member_free, error);
}

static void
bind_member (sqlite3_stmt  *stmt,
             gconstpointer  item)
{
  const KonkursCommissionMember *member = item;

  sqlite3_bind_int64 (stmt, 2, member->id);
  sqlite3_bind_text (stmt, 3, konkurs_commission_role_to_code (member->role), -1, SQLITE_STATIC);
  konkurs_store_bind_local_text (stmt, 4, member->name);
  konkurs_store_bind_local_text (stmt, 6, member->position);
}

char *
konkurs_store_members_to_json (KonkursStore  *self,
                               GPtrArray     *members,
                               GError       **error)
{
  return konkurs_store_json_array (self,
                                   "json_object ('id', ?2, 'role', ?3, 'name_kk', ?4, 'name_ru', ?5, "
                                   "'position_kk', ?6, 'position_ru', ?7)",
                                   members, bind_member, error);
}

GPtrArray *
konkurs_store_members_from_json (KonkursStore  *self,
                                 const char    *json,
                                 GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare (self,
                                "SELECT json_extract (value, '$.id'), json_extract (value, '$.role'), "
                                "json_extract (value, '$.name_kk'), json_extract (value, '$.name_ru'), "
                                "json_extract (value, '$.position_kk'), json_extract (value, '$.position_ru') "
                                "FROM json_each (?1) ORDER BY key",
                                error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, json, -1, SQLITE_TRANSIENT);
  return konkurs_store_read_all (self, stmt, konkurs_store_commission_member_from_row, NULL,
                                 (GDestroyNotify) konkurs_commission_member_free, error);
}

static gboolean
same_members (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      const KonkursCommissionMember *x = g_ptr_array_index (a, i);
      const KonkursCommissionMember *y = g_ptr_array_index (b, i);

      if (x->role != y->role || !konkurs_local_text_equal (x->name, y->name)
          || !konkurs_local_text_equal (x->position, y->position))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_commission (KonkursStore  *self,
                  GPtrArray     *members,
                  GError       **error)
{
  g_autoptr(sqlite3_stmt) clear = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *details = NULL;

  clear = konkurs_store_prepare (self, "DELETE FROM default_commission_member", error);
  if (clear == NULL || !konkurs_store_step_done (self, clear, error))
    return FALSE;
  insert = konkurs_store_prepare (self,
                                  "INSERT INTO default_commission_member "
                                  "(ordinal, role, name_kk, name_ru, position_kk, position_ru) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                  error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < members->len; i++)
    {
      KonkursCommissionMember *member = g_ptr_array_index (members, i);

      sqlite3_reset (insert);
      sqlite3_bind_int (insert, 1, i + 1);
      sqlite3_bind_text (insert, 2, konkurs_commission_role_to_code (member->role), -1, SQLITE_STATIC);
      konkurs_store_bind_local_text (insert, 3, member->name);
      konkurs_store_bind_local_text (insert, 5, member->position);
      if ((member->id = konkurs_store_step_insert (self, insert, error)) == 0)
        return FALSE;
    }

  details = konkurs_store_members_to_json (self, members, error);
  if (details == NULL || !konkurs_store_log (self, "update", "default_commission_member", 0, details, error) ||
      !konkurs_store_commission_follow_default (self, members, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ORGANISATION);
  return TRUE;
}

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

gboolean
konkurs_store_save_commission (KonkursStore  *self,
                               GPtrArray     *members,
                               GError       **error)
{
  g_autoptr(GPtrArray) stored = NULL;
  const char *fault;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (members != NULL, FALSE);

  for (guint i = 0; i < members->len; i++)
    {
      KonkursCommissionMember *member = g_ptr_array_index (members, i);

      strip_text (member->name);
      strip_text (member->position);
    }
  fault = konkurs_commission_check (members);
  if (fault != NULL)
    return konkurs_store_invalid (error, _(fault));

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  stored = konkurs_store_list_commission (self, error);
  ok = stored != NULL && (same_members (stored, members) || write_commission (self, members, error));
  return konkurs_store_op_finish (self, mark, ok, error);
}
