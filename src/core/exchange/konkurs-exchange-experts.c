/* konkurs-exchange-experts.c — the pool of experts who grade essays
 * (<konkurs-experts>, data/konkurs-experts.xsd)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read whole.  An expert is known by full name and e-mail, as the store
 * knows them (konkurs_store_save_experts() refuses a second expert of the
 * same name and e-mail): one the database has already is updated, with
 * the conflicts of the file; the same expert twice in a file is refused at
 * the second.  The store checks the rest (a sector no rule set has) and
 * its refusal is put at the line of the expert, or of the sector, it names.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"
#include "konkurs-store-essays.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

static const KonkursExchangeEnum background_enum =
  KONKURS_EXCHANGE_ENUM (konkurs_expert_background, KONKURS_EXPERT_BACKGROUND_ACADEMIA,
                         KONKURS_EXPERT_BACKGROUND_LAST);
static const KonkursExchangeEnum conflict_enum =
  KONKURS_EXCHANGE_ENUM (konkurs_expert_conflict_kind, KONKURS_EXPERT_CONFLICT_ORGANISATION,
                         KONKURS_EXPERT_CONFLICT_CODE);

typedef struct {
  xmlNode       *node;
  KonkursExpert *expert;
} ExpertItem;

typedef struct {
  xmlNode *root;
  GArray  *items;   /* of ExpertItem, in the file's order */
} ExpertsPlan;

static void
experts_plan_free (gpointer data)
{
  ExpertsPlan *plan = data;

  for (guint i = 0; plan->items != NULL && i < plan->items->len; i++)
    konkurs_expert_free (g_array_index (plan->items, ExpertItem, i).expert);
  g_clear_pointer (&plan->items, g_array_unref);
  g_free (plan);
}

/* Name and e-mail, as the store tells experts apart (case aside). */
static char *
expert_key (const KonkursExpert *expert)
{
  g_autofree char *name = g_utf8_casefold (expert->full_name, -1);
  g_autofree char *email = g_utf8_casefold (expert->email != NULL ? expert->email : "", -1);

  return g_strconcat (name, "\n", email, NULL);
}

static char *
read_stripped_attr (xmlNode    *node,
                    const char *name)
{
  char *value = konkurs_exchange_read_text_attr (node, name);

  return value != NULL ? g_strstrip (value) : g_strdup ("");
}

static gboolean
read_conflict (KonkursImportContext *ctx,
               xmlNode              *node,
               KonkursExpert        *expert,
               GError              **error)
{
  KonkursExpertConflictKind kind = KONKURS_EXPERT_CONFLICT_ORGANISATION;
  g_autofree char *value = NULL;
  g_autofree char *note = NULL;
  xmlChar *content;
  GDate declared_on;

  if (!konkurs_exchange_read_enum_attr (ctx, node, "kind", TRUE, &conflict_enum, &kind, error)
      || !konkurs_exchange_read_date_attr (ctx, node, "declared-on", FALSE, &declared_on, error))
    return FALSE;
  value = read_stripped_attr (node, "value");
  if (value[0] == '\0')
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     kind == KONKURS_EXPERT_CONFLICT_CODE
                                     ? _("conflict/@value: give the personal code of the candidate the expert "
                                         "declared a conflict with")
                                     : _("conflict/@value: give the name of the organisation the expert declared "
                                         "a conflict with"));
      return FALSE;
    }
  content = xmlNodeGetContent (node);
  note = g_strstrip (g_strdup (content != NULL ? (const char *) content : ""));
  xmlFree (content);
  konkurs_expert_add_conflict (expert, kind, value, note, &declared_on);
  return TRUE;
}

static gboolean
read_sectors (KonkursImportContext *ctx,
              xmlNode              *node,
              KonkursExpert        *expert,
              GError              **error)
{
  g_autoptr(GStrvBuilder) sectors = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *code = NULL;

      if (!konkurs_exchange_is_element (child, KONKURS_EXCHANGE_EXPERTS_NS, "sector"))
        continue;
      code = konkurs_exchange_require_attr (ctx, child, "code", error);
      if (code == NULL)
        return FALSE;
      if (!g_hash_table_add (seen, g_strdup (code)))
        {
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (child),
                                         _("sector/@code: the sector “%s” is given twice"), code);
          return FALSE;
        }
      g_strv_builder_add (sectors, code);
    }
  g_strfreev (expert->sectors);
  expert->sectors = g_strv_builder_end (sectors);
  return TRUE;
}

static KonkursExpert *
read_expert (KonkursImportContext *ctx,
             xmlNode              *node,
             GError              **error)
{
  g_autoptr(KonkursExpert) expert = konkurs_expert_new ();

  g_clear_pointer (&expert->full_name, g_free);
  if (!konkurs_exchange_read_text_child (ctx, node, "full-name", TRUE, &expert->full_name, error)
      || !konkurs_exchange_read_enum_attr (ctx, node, "background", TRUE, &background_enum, &expert->background,
                                           error)
      || !read_sectors (ctx, node, expert, error))
    return NULL;
  g_strstrip (expert->full_name);
  g_free (expert->email);
  expert->email = read_stripped_attr (node, "email");
  g_free (expert->phone);
  expert->phone = read_stripped_attr (node, "phone");
  g_free (expert->employer);
  if (!konkurs_exchange_read_text_child (ctx, node, "employer", FALSE, &expert->employer, error))
    return NULL;
  expert->employer = expert->employer != NULL ? g_strstrip (expert->employer) : g_strdup ("");
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_EXPERTS_NS, "conflict")
        && !read_conflict (ctx, child, expert, error))
      return NULL;
  return g_steal_pointer (&expert);
}

static gpointer
experts_convert (KonkursImportContext *ctx,
                 xmlNode              *root,
                 GError              **error)
{
  ExpertsPlan *plan = g_new0 (ExpertsPlan, 1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  gboolean ok = TRUE;

  plan->root = root;
  plan->items = g_array_new (FALSE, FALSE, sizeof (ExpertItem));
  for (xmlNode *child = root->children; ok && child != NULL; child = child->next)
    {
      ExpertItem item = { child, NULL };
      char *key;
      xmlNode *first;

      if (!konkurs_exchange_is_element (child, KONKURS_EXCHANGE_EXPERTS_NS, "expert"))
        continue;
      item.expert = read_expert (ctx, child, error);
      if (item.expert == NULL)
        {
          ok = FALSE;
          break;
        }
      g_array_append_val (plan->items, item);
      key = expert_key (item.expert);
      first = g_hash_table_lookup (seen, key);
      if (first != NULL)
        {
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (child),
                                         _("expert: %s (e-mail “%s”) is given twice; the first is on line %ld"),
                                         item.expert->full_name, item.expert->email, node_line (first));
          g_free (key);
          ok = FALSE;
          break;
        }
      g_hash_table_insert (seen, key, child);
    }
  if (!ok)
    {
      experts_plan_free (plan);
      return NULL;
    }
  return plan;
}

/* The store names the sector it does not know: the line of that sector. */
static xmlNode *
refused_node (ExpertItem   *item,
              const GError *error)
{
  for (xmlNode *child = item->node->children; child != NULL; child = child->next)
    {
      g_autofree char *code = NULL;

      if (!konkurs_exchange_is_element (child, KONKURS_EXCHANGE_EXPERTS_NS, "sector"))
        continue;
      code = konkurs_exchange_read_attr (child, "code");
      if (code != NULL && strstr (error->message, code) != NULL)
        return child;
    }
  return item->node;
}

static gboolean
experts_insert (KonkursImportContext *ctx,
                gpointer              data,
                GError              **error)
{
  ExpertsPlan *plan = data;
  GError *local_error = NULL;
  g_autoptr(GPtrArray) known = konkurs_store_list_experts (ctx->store, &local_error);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (known == NULL)
    {
      konkurs_exchange_propagate_store_error (ctx, plan->root, local_error, error);
      return FALSE;
    }
  for (guint i = 0; i < known->len; i++)
    {
      const KonkursExpert *expert = g_ptr_array_index (known, i);

      g_hash_table_insert (ids, expert_key (expert), (gpointer) &expert->id);
    }
  for (guint i = 0; i < plan->items->len; i++)
    {
      ExpertItem *item = &g_array_index (plan->items, ExpertItem, i);
      g_autofree char *key = expert_key (item->expert);
      const gint64 *id = g_hash_table_lookup (ids, key);
      g_autoptr(GPtrArray) one = g_ptr_array_new ();

      item->expert->id = id != NULL ? *id : 0;
      g_ptr_array_add (one, item->expert);
      /* one by one, inside the import's transaction: a refusal is at its line */
      if (!konkurs_store_save_experts (ctx->store, one, &local_error))
        {
          konkurs_exchange_propagate_store_error (ctx, refused_node (item, local_error), local_error, error);
          return FALSE;
        }
      ctx->summary.experts++;
      konkurs_exchange_report_progress (ctx, (double) (i + 1) / plan->items->len);
    }
  return TRUE;
}

const KonkursExchangeFormat konkurs_exchange_experts_format = {
  .root = "konkurs-experts",
  .ns = KONKURS_EXCHANGE_EXPERTS_NS,
  .version = "1",
  .schema = "experts",
  .attr_prefix = "@",
  .convert = experts_convert,
  .insert = experts_insert,
  .free_plan = experts_plan_free,
};
