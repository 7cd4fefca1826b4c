/* konkurs-exchange-commission.c — commissions and their members
 * (<konkurs-commission>, data/konkurs-commission.xsd), read and written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read whole.  A commission is known by its name in either language, as
 * the order forming it names it: one the database has already is
 * updated (its members those of the file, a member of the same name
 * keeping its id, so that the meetings he attended still name him), any
 * other is added.  The roles are checked by konkurs_commission_check()'s
 * rules before anything is written, at the line of the member at fault;
 * a competition the commission serves is named by number and must be in
 * the database.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-commission.h"
#include "konkurs-exchange-private.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

static const KonkursExchangeEnum kind_enum =
  KONKURS_EXCHANGE_ENUM (konkurs_commission_kind, KONKURS_COMMISSION_KIND_COMPETITION,
                         KONKURS_COMMISSION_KIND_NATIONAL);

typedef struct {
  xmlNode                 *node;
  KonkursCommissionRecord *record;
  GPtrArray               *member_nodes;   /* of xmlNode, one per record->members */
  GPtrArray               *competitions;   /* of xmlNode <competition> */
} CommissionItem;

typedef struct {
  xmlNode *root;
  GArray  *items;   /* of CommissionItem, in the file's order */
} CommissionPlan;

static void
commission_plan_free (gpointer data)
{
  CommissionPlan *plan = data;

  for (guint i = 0; plan->items != NULL && i < plan->items->len; i++)
    {
      CommissionItem *item = &g_array_index (plan->items, CommissionItem, i);

      konkurs_commission_record_free (item->record);
      g_ptr_array_unref (item->member_nodes);
      g_ptr_array_unref (item->competitions);
    }
  g_clear_pointer (&plan->items, g_array_unref);
  g_free (plan);
}

/* A name as people compare them: case and the blanks between words aside. */
char *
konkurs_exchange_name_key (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name != NULL ? name : "", -1);
  g_auto(GStrv) words = g_strsplit_set (g_strstrip (folded), " \t\n\r", -1);
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (key, "%s%s", key->len > 0 ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&key), FALSE);
}

gboolean
konkurs_exchange_same_name (const KonkursLocalText *text,
                            const char             *name)
{
  g_autofree char *key = konkurs_exchange_name_key (name);

  if (key[0] == '\0')
    return FALSE;
  for (KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK; language <= KONKURS_DOC_LANGUAGE_RU; language++)
    {
      g_autofree char *other = konkurs_exchange_name_key (konkurs_local_text_get (text, language));

      if (g_str_equal (key, other))
        return TRUE;
    }
  return FALSE;
}

static gboolean
same_local_name (const KonkursLocalText *a,
                 const KonkursLocalText *b)
{
  return konkurs_exchange_same_name (a, konkurs_local_text_get (b, KONKURS_DOC_LANGUAGE_KK))
         || konkurs_exchange_same_name (a, konkurs_local_text_get (b, KONKURS_DOC_LANGUAGE_RU));
}

KonkursCommissionMember *
konkurs_exchange_read_commission_member (KonkursImportContext *ctx,
                                         xmlNode              *node,
                                         GError              **error)
{
  g_autofree char *role_code = konkurs_exchange_require_attr (ctx, node, "role", error);
  g_autoptr(KonkursCommissionMember) member = NULL;
  KonkursCommissionRole role;

  if (role_code == NULL)
    return NULL;
  if (!konkurs_commission_role_from_code (role_code, &role))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("%s/@role: '%s' is not a role of the commission; use chair, deputy-chair, "
                                       "member or secretary"), konkurs_exchange_node_name (node), role_code);
      return NULL;
    }
  member = konkurs_commission_member_new (role, NULL, NULL, NULL, NULL);
  g_clear_pointer (&member->name, konkurs_local_text_free);
  g_clear_pointer (&member->position, konkurs_local_text_free);
  if (!konkurs_exchange_read_local_text (ctx, node, "name", TRUE, &member->name, error)
      || !konkurs_exchange_read_local_text (ctx, node, "position", FALSE, &member->position, error))
    return NULL;
  return g_steal_pointer (&member);
}

/* At most one chair, deputy chair and secretary: the second is refused at
 * its line, naming the first. */
static gboolean
check_roles (KonkursImportContext *ctx,
             CommissionItem       *item,
             GError              **error)
{
  xmlNode *first[KONKURS_COMMISSION_SECRETARY + 1] = { NULL };
  const char *reason;

  for (guint i = 0; i < item->record->members->len; i++)
    {
      const KonkursCommissionMember *member = g_ptr_array_index (item->record->members, i);
      xmlNode *node = g_ptr_array_index (item->member_nodes, i);

      if (member->role == KONKURS_COMMISSION_MEMBER)
        continue;
      if (first[member->role] != NULL)
        {
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                         /* Translators: "member/@role: a second Chair of the commission; the first is on line 12" */
                                         _("%s/@role: a second %s; the first is on line %ld"),
                                         konkurs_exchange_node_name (node),
                                         g_dgettext (GETTEXT_PACKAGE, konkurs_commission_role_get_label (member->role)),
                                         node_line (first[member->role]));
          return FALSE;
        }
      first[member->role] = node;
    }
  reason = konkurs_commission_check (item->record->members);
  if (reason == NULL)
    return TRUE;
  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (item->node), "%s: %s",
                                 konkurs_exchange_node_name (item->node), g_dgettext (GETTEXT_PACKAGE, reason));
  return FALSE;
}

static gboolean
read_commission (KonkursImportContext *ctx,
                 xmlNode              *node,
                 CommissionItem       *item,
                 GError              **error)
{
  KonkursCommissionRecord *record = item->record = konkurs_commission_record_new (KONKURS_COMMISSION_KIND_COMPETITION);
  g_autofree char *order_number = NULL;

  item->node = node;
  item->member_nodes = g_ptr_array_new ();
  item->competitions = g_ptr_array_new ();
  g_clear_pointer (&record->name, konkurs_local_text_free);
  g_clear_pointer (&record->serves, konkurs_local_text_free);
  if (!konkurs_exchange_read_enum_attr (ctx, node, "kind", TRUE, &kind_enum, &record->kind, error)
      || !konkurs_exchange_read_local_text (ctx, node, "name", TRUE, &record->name, error)
      || !konkurs_exchange_read_local_text (ctx, node, "serves", FALSE, &record->serves, error)
      || !konkurs_exchange_read_date_attr (ctx, node, "order-date", FALSE, &record->order_date, error))
    return FALSE;
  order_number = konkurs_exchange_read_text_attr (node, "order-number");
  g_free (record->order_number);
  record->order_number = g_strstrip (g_strdup (order_number != NULL ? order_number : ""));

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_COMMISSION_NS, "member"))
      {
        KonkursCommissionMember *member = konkurs_exchange_read_commission_member (ctx, child, error);

        if (member == NULL)
          return FALSE;
        g_ptr_array_add (record->members, member);
        g_ptr_array_add (item->member_nodes, child);
      }
    else if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_COMMISSION_NS, "competition"))
      {
        g_autofree char *number = konkurs_exchange_require_attr (ctx, child, "number", error);

        if (number == NULL)
          return FALSE;
        g_ptr_array_add (item->competitions, child);
      }
  return check_roles (ctx, item, error);
}

static gpointer
commission_convert (KonkursImportContext *ctx,
                    xmlNode              *root,
                    GError              **error)
{
  CommissionPlan *plan = g_new0 (CommissionPlan, 1);
  gboolean ok = TRUE;

  plan->root = root;
  plan->items = g_array_new (FALSE, TRUE, sizeof (CommissionItem));
  for (xmlNode *child = root->children; ok && child != NULL; child = child->next)
    {
      CommissionItem item = { NULL };

      if (!konkurs_exchange_is_element (child, KONKURS_EXCHANGE_COMMISSION_NS, "commission"))
        continue;
      ok = read_commission (ctx, child, &item, error);
      if (item.record != NULL)
        g_array_append_val (plan->items, item);
      for (guint i = 0; ok && i + 1 < plan->items->len; i++)
        {
          CommissionItem *earlier = &g_array_index (plan->items, CommissionItem, i);

          if (!same_local_name (earlier->record->name, item.record->name))
            continue;
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (child),
                                         _("commission/name: the commission “%s” is given twice; the first is on "
                                           "line %ld"),
                                         konkurs_local_text_get_display (item.record->name),
                                         node_line (earlier->node));
          ok = FALSE;
        }
    }
  if (!ok)
    {
      commission_plan_free (plan);
      return NULL;
    }
  return plan;
}

/* The commission of the database of the same name, whose id and members'
 * ids the file's take. */
static void
match_known (CommissionItem *item,
             GPtrArray      *known)
{
  for (guint i = 0; i < known->len; i++)
    {
      const KonkursCommissionRecord *old = g_ptr_array_index (known, i);

      if (!same_local_name (old->name, item->record->name))
        continue;
      item->record->id = old->id;
      for (guint m = 0; m < item->record->members->len; m++)
        {
          KonkursCommissionMember *member = g_ptr_array_index (item->record->members, m);

          for (guint o = 0; member->id == 0 && o < old->members->len; o++)
            {
              const KonkursCommissionMember *was = g_ptr_array_index (old->members, o);
              gboolean taken = FALSE;

              for (guint t = 0; t < m; t++)
                taken = taken || ((KonkursCommissionMember *) g_ptr_array_index (item->record->members, t))->id
                                 == was->id;
              if (!taken && same_local_name (was->name, member->name))
                member->id = was->id;
            }
        }
      return;
    }
}

static gboolean
bind_competitions (KonkursImportContext *ctx,
                   CommissionItem       *item,
                   GError              **error)
{
  for (guint i = 0; i < item->competitions->len; i++)
    {
      xmlNode *node = g_ptr_array_index (item->competitions, i);
      g_autofree char *number = konkurs_exchange_read_attr (node, "number");
      g_autoptr(KonkursCompetition) competition = NULL;
      GError *local_error = NULL;

      competition = konkurs_store_find_competition_by_number (ctx->store, number, &local_error);
      if (competition == NULL && g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
        {
          g_clear_error (&local_error);
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                         _("competition/@number: this database has no competition numbered '%s'"),
                                         number);
          return FALSE;
        }
      if (competition == NULL
          || !konkurs_store_set_competition_commission (ctx->store, konkurs_competition_get_id (competition),
                                                        item->record->id, &local_error))
        {
          konkurs_exchange_propagate_store_error (ctx, node, local_error, error);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
commission_insert (KonkursImportContext *ctx,
                   gpointer              data,
                   GError              **error)
{
  CommissionPlan *plan = data;
  GError *local_error = NULL;
  g_autoptr(GPtrArray) known = konkurs_store_list_commissions (ctx->store, &local_error);

  if (known == NULL)
    {
      konkurs_exchange_propagate_store_error (ctx, plan->root, local_error, error);
      return FALSE;
    }
  for (guint i = 0; i < plan->items->len; i++)
    {
      CommissionItem *item = &g_array_index (plan->items, CommissionItem, i);

      match_known (item, known);
      if (!konkurs_store_save_commission_record (ctx->store, item->record, &local_error))
        {
          konkurs_exchange_propagate_store_error (ctx, item->node, local_error, error);
          return FALSE;
        }
      if (!bind_competitions (ctx, item, error))
        return FALSE;
      ctx->summary.commissions++;
      konkurs_exchange_report_progress (ctx, (double) (i + 1) / plan->items->len);
    }
  return TRUE;
}

const KonkursExchangeFormat konkurs_exchange_commission_format = {
  .root = "konkurs-commission",
  .ns = KONKURS_EXCHANGE_COMMISSION_NS,
  .version = "1",
  .schema = "commission",
  .attr_prefix = "@",
  .convert = commission_convert,
  .insert = commission_insert,
  .free_plan = commission_plan_free,
};

/* ------------------------------------------------------------------------ */
/* Writing                                                                   */

void
konkurs_exchange_write_commission_member (KonkursExchangeWriter         *writer,
                                          const char                    *element,
                                          const KonkursCommissionMember *member)
{
  konkurs_exchange_write_start (writer, element);
  konkurs_exchange_write_attr (writer, "role", konkurs_commission_role_to_code (member->role));
  konkurs_exchange_write_local_text (writer, "name", member->name);
  konkurs_exchange_write_local_text (writer, "position", member->position);
  konkurs_exchange_write_end (writer);
}

typedef struct {
  KonkursCommissionRecord *record;
  GPtrArray               *numbers;   /* of char *, the competitions it serves, sorted */
} CommissionFile;

static gboolean
write_commission_body (KonkursExchangeWriter *writer,
                       gpointer               user_data,
                       GCancellable          *cancellable,
                       GError               **error)
{
  CommissionFile *file = user_data;
  const KonkursCommissionRecord *record = file->record;

  konkurs_exchange_write_start (writer, "commission");
  konkurs_exchange_write_enum_attr (writer, "kind", &kind_enum, record->kind);
  konkurs_exchange_write_attr (writer, "order-number", record->order_number);
  konkurs_exchange_write_date_attr (writer, "order-date", &record->order_date);
  konkurs_exchange_write_local_text (writer, "name", record->name);
  konkurs_exchange_write_local_text (writer, "serves", record->serves);
  for (guint i = 0; i < record->members->len; i++)
    konkurs_exchange_write_commission_member (writer, "member", g_ptr_array_index (record->members, i));
  for (guint i = 0; i < file->numbers->len; i++)
    {
      konkurs_exchange_write_start (writer, "competition");
      konkurs_exchange_write_attr (writer, "number", g_ptr_array_index (file->numbers, i));
      konkurs_exchange_write_end (writer);
    }
  konkurs_exchange_write_end (writer);
  return TRUE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

gboolean
konkurs_exchange_write_commission (KonkursStore *store,
                                   gint64        commission_id,
                                   const char   *path,
                                   GError      **error)
{
  g_autoptr(KonkursCommissionRecord) record = NULL;
  g_autoptr(GPtrArray) competitions = NULL;
  g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
  CommissionFile file;

  g_return_val_if_fail (KONKURS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((record = konkurs_store_get_commission (store, commission_id, error)) == NULL
      || (competitions = konkurs_store_list_competitions (store, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < competitions->len; i++)
    {
      KonkursCompetition *competition = g_ptr_array_index (competitions, i);
      GError *local_error = NULL;
      gint64 id = konkurs_store_get_competition_commission (store, konkurs_competition_get_id (competition),
                                                            &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      if (id == commission_id)
        g_ptr_array_add (numbers, g_strdup (konkurs_competition_get_number (competition)));
    }
  g_ptr_array_sort (numbers, compare_strings);
  file = (CommissionFile) { record, numbers };
  return konkurs_exchange_write_file (&konkurs_exchange_commission_format, path, write_commission_body, &file,
                                      NULL, error);
}
