/* konkurs-exchange-stages.c — the stages of the competitions with their
 * results and outcomes, a section of the export of a whole database
 * (<konkurs-stages>, data/konkurs-stages.xsd)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Restored only with a whole database, after its competitions and
 * candidates (a stage names its competition by number, a result its
 * application by personal code): as the database held them, every
 * attempt, score, assessment and outcome with its time, each stage with
 * its state and the rules it copied.  The tables and their columns are
 * described once, in the store (konkurs-store-stage-records.c); an element
 * here is a row of one, its attributes its columns.  A column that is
 * NULL has no attribute; an empty text has an empty one.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"
#include "konkurs-store-stage-records.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

/* ------------------------------------------------------------------------ */
/* Reading                                                                   */

typedef struct {
  GPtrArray *records;   /* of KonkursStageRecord */
  GPtrArray *nodes;     /* the <stage> of each, for messages */
} StagesPlan;

static void
stages_plan_free (gpointer data)
{
  StagesPlan *plan = data;

  g_clear_pointer (&plan->records, g_ptr_array_unref);
  g_clear_pointer (&plan->nodes, g_ptr_array_unref);
  g_free (plan);
}

static const KonkursStageRecordKind *
child_kind (const KonkursStageRecordKind *kind, xmlNode *node)
{
  for (guint i = 0; kind->children[i] != NULL; i++)
    if (konkurs_exchange_is_element (node, KONKURS_EXCHANGE_STAGES_NS, kind->children[i]->element))
      return kind->children[i];
  return NULL;
}

static KonkursStageRecord *
read_record (KonkursImportContext         *ctx,
             xmlNode                      *node,
             const KonkursStageRecordKind *kind,
             GError                      **error)
{
  g_autoptr(KonkursStageRecord) record = konkurs_stage_record_new (kind);

  for (guint i = 0; kind->names[i] != NULL; i++)
    record->values[i] = konkurs_exchange_read_text_attr (node, kind->names[i]);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      const KonkursStageRecordKind *of = child->type == XML_ELEMENT_NODE ? child_kind (kind, child) : NULL;
      KonkursStageRecord *row;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (of == NULL)
        {
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (child),
                                         _("%s/%s: this element is not expected here"),
                                         konkurs_exchange_node_name (node), konkurs_exchange_node_name (child));
          return NULL;
        }
      row = read_record (ctx, child, of, error);
      if (row == NULL)
        return NULL;
      g_ptr_array_add (record->children, row);
    }
  return g_steal_pointer (&record);
}

static gpointer
stages_convert (KonkursImportContext *ctx,
                xmlNode              *root,
                GError              **error)
{
  StagesPlan *plan = g_new0 (StagesPlan, 1);
  const KonkursStageRecordKind *stage = konkurs_stage_record_kind_stage ();

  plan->records = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_record_free);
  plan->nodes = g_ptr_array_new ();
  if (!ctx->restoring)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (root),
                                     _("konkurs-stages: stages with their results are restored only with a whole "
                                       "database (a <konkurs-database> file) into an empty database"));
      stages_plan_free (plan);
      return NULL;
    }
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      KonkursStageRecord *record;

      if (!konkurs_exchange_is_element (child, KONKURS_EXCHANGE_STAGES_NS, stage->element))
        continue;   /* for the schema to refuse */
      record = read_record (ctx, child, stage, error);
      if (record == NULL)
        {
          stages_plan_free (plan);
          return NULL;
        }
      g_ptr_array_add (plan->records, record);
      g_ptr_array_add (plan->nodes, child);
    }
  return plan;
}

static gboolean
stages_insert (KonkursImportContext *ctx,
               gpointer              data,
               GError              **error)
{
  StagesPlan *plan = data;

  for (guint i = 0; i < plan->records->len; i++)
    {
      GError *local_error = NULL;

      if (!konkurs_store_restore_stage_record (ctx->store, g_ptr_array_index (plan->records, i), &local_error))
        {
          konkurs_exchange_propagate_store_error (ctx, g_ptr_array_index (plan->nodes, i), local_error, error);
          return FALSE;
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                   */

static void
write_record (KonkursExchangeWriter    *writer,
              const KonkursStageRecord *record)
{
  konkurs_exchange_write_start (writer, record->kind->element);
  for (guint i = 0; record->kind->names[i] != NULL; i++)
    if (record->values[i] != NULL && !writer->failed)
      /* "" too: an empty text is not a NULL */
      writer->failed = xmlTextWriterWriteAttribute (writer->writer, (const xmlChar *) record->kind->names[i],
                                                    (const xmlChar *) record->values[i]) < 0;
  for (guint i = 0; i < record->children->len; i++)
    write_record (writer, g_ptr_array_index (record->children, i));
  konkurs_exchange_write_end (writer);
}

gboolean
konkurs_exchange_write_stages (KonkursExchangeWriter *writer,
                               KonkursStore          *store,
                               GCancellable          *cancellable,
                               GError               **error)
{
  g_autoptr(GPtrArray) records = konkurs_store_list_stage_records (store, error);

  if (records == NULL)
    return FALSE;
  for (guint i = 0; i < records->len; i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      write_record (writer, g_ptr_array_index (records, i));
    }
  return TRUE;
}

const KonkursExchangeFormat konkurs_exchange_stages_format = {
  .root = "konkurs-stages",
  .ns = KONKURS_EXCHANGE_STAGES_NS,
  .version = "1",
  .schema = "stages",
  .attr_prefix = "@",
  .convert = stages_convert,
  .insert = stages_insert,
  .free_plan = stages_plan_free,
};
