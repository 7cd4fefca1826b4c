/* konkurs-exchange-stages.c — sections of the export of a whole database
 * that hold rows as stored: the rule sets (<konkurs-rule-sets>,
 * data/konkurs-rule-sets.xsd), the stages of the competitions with their
 * results and outcomes and the test results of no stage (<konkurs-stages>,
 * data/konkurs-stages.xsd), the grading of essays: experts, essays, draws,
 * packages, results, points, resolutions and the unsealing
 * (<konkurs-essay-grading>, data/konkurs-essay-grading.xsd), the
 * commissions with their meetings, the vacancies' outcomes, appointments
 * and the reserve register (<konkurs-commissions>,
 * data/konkurs-commissions.xsd)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Restored only with a whole database: the rule sets before the
 * competitions bound to them, the stages and essays after the competitions
 * and candidates (a stage names its competition by number, a result its
 * application by personal code), as the database held them: every
 * attempt, score, assessment and outcome with its time, each stage with
 * its state and the rules it copied.  The tables and their columns are
 * described once, in the store (konkurs-store-stage-records.c); an element
 * here is a row of one, its attributes its columns.  A column that is
 * NULL has no attribute; an empty text has an empty one.  A fault is
 * reported at the line of the row at fault.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"
#include "konkurs-store-stage-records.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

/* ------------------------------------------------------------------------ */
/* Reading                                                                   */

typedef struct {
  xmlNode   *root;
  GPtrArray *records;   /* of KonkursStageRecord, each with its element as source */
} StagesPlan;

static void
stages_plan_free (gpointer data)
{
  StagesPlan *plan = data;

  g_clear_pointer (&plan->records, g_ptr_array_unref);
  g_free (plan);
}

/* The kinds of the top rows of each section, in the order they are
 * written and restored. */
typedef const KonkursStageRecordKind *(*KindFunc) (void);

typedef struct {
  const KonkursExchangeFormat *format;
  KindFunc                     kinds[7];   /* NULL-terminated */
} Section;

static const Section sections[] = {
  { &konkurs_exchange_rule_sets_format, { konkurs_stage_record_kind_rule_set, NULL } },
  { &konkurs_exchange_stages_format, { konkurs_stage_record_kind_stage, konkurs_stage_record_kind_test_result,
                                       NULL } },
  { &konkurs_exchange_essay_grading_format, { konkurs_stage_record_kind_expert, konkurs_stage_record_kind_draw,
                                              konkurs_stage_record_kind_essay, konkurs_stage_record_kind_package,
                                              konkurs_stage_record_kind_essay_score,
                                              konkurs_stage_record_kind_unsealing, NULL } },
  { &konkurs_exchange_commissions_format, { konkurs_stage_record_kind_commission, konkurs_stage_record_kind_meeting,
                                            konkurs_stage_record_kind_vacancy_outcome,
                                            konkurs_stage_record_kind_appointment, konkurs_stage_record_kind_reserve,
                                            NULL } },
};

static const Section *
section_of (const KonkursExchangeFormat *format)
{
  guint i = 0;

  while (i + 1 < G_N_ELEMENTS (sections) && sections[i].format != format)
    i++;
  g_warn_if_fail (sections[i].format == format);
  return &sections[i];
}

static const KonkursStageRecordKind *
kind_in (const KonkursStageRecordKind * const *kinds, const char *ns, xmlNode *node)
{
  for (guint i = 0; kinds[i] != NULL; i++)
    if (konkurs_exchange_is_element (node, ns, kinds[i]->element))
      return kinds[i];
  return NULL;
}

static const KonkursStageRecordKind *
top_kind (const Section *section, xmlNode *node)
{
  for (guint i = 0; section->kinds[i] != NULL; i++)
    if (konkurs_exchange_is_element (node, section->format->ns, section->kinds[i] ()->element))
      return section->kinds[i] ();
  return NULL;
}

static KonkursStageRecord *
read_record (KonkursImportContext         *ctx,
             xmlNode                      *node,
             const KonkursStageRecordKind *kind,
             GError                      **error)
{
  g_autoptr(KonkursStageRecord) record = konkurs_stage_record_new (kind);

  record->source = node;
  for (guint i = 0; kind->names[i] != NULL; i++)
    record->values[i] = konkurs_exchange_read_text_attr (node, kind->names[i]);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      const KonkursStageRecordKind *of = child->type == XML_ELEMENT_NODE
                                         ? kind_in (kind->children, ctx->format->ns, child) : NULL;
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
  const Section *section = section_of (ctx->format);

  plan->root = root;
  plan->records = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_record_free);
  if (!ctx->restoring)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (root),
                                     _("%s: this section is restored only with a whole database (a "
                                       "<konkurs-database> file) into an empty database"),
                                     ctx->format->root);
      stages_plan_free (plan);
      return NULL;
    }
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      const KonkursStageRecordKind *kind = top_kind (section, child);
      KonkursStageRecord *record;

      if (kind == NULL)
        continue;   /* for the schema to refuse */
      record = read_record (ctx, child, kind, error);
      if (record == NULL)
        {
          stages_plan_free (plan);
          return NULL;
        }
      g_ptr_array_add (plan->records, record);
    }
  return plan;
}

/* The rule sets of the file replace those of the empty database, the
 * ones Konkurs ships included: a rule set the secretary edited comes back
 * as edited. */
static gboolean
clear_rule_sets (KonkursImportContext *ctx,
                 StagesPlan           *plan,
                 GError              **error)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  GError *local_error = NULL;

  for (guint i = 0; i < plan->records->len; i++)
    g_ptr_array_add (codes, (gpointer) konkurs_stage_record_get (g_ptr_array_index (plan->records, i), "code"));
  g_ptr_array_add (codes, NULL);
  if (konkurs_store_clear_rule_sets (ctx->store, (const char * const *) codes->pdata, &local_error))
    return TRUE;
  konkurs_exchange_propagate_store_error (ctx, plan->root, local_error, error);
  return FALSE;
}

static gboolean
stages_insert (KonkursImportContext *ctx,
               gpointer              data,
               GError              **error)
{
  StagesPlan *plan = data;

  if (ctx->format == &konkurs_exchange_rule_sets_format && !clear_rule_sets (ctx, plan, error))
    return FALSE;
  for (guint i = 0; i < plan->records->len; i++)
    {
      const KonkursStageRecord *record = g_ptr_array_index (plan->records, i);
      const KonkursStageRecord *failed = NULL;
      GError *local_error = NULL;

      if (!konkurs_store_restore_record (ctx->store, record, &failed, &local_error)
          || (ctx->format == &konkurs_exchange_rule_sets_format && ctx->version < 2
              && !konkurs_store_seed_tie_breakers (ctx->store, konkurs_stage_record_get (record, "code"),
                                                   &local_error)))
        {
          konkurs_exchange_propagate_store_error (ctx, (failed != NULL ? failed : record)->source, local_error,
                                                  error);
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
konkurs_exchange_write_records (KonkursExchangeWriter       *writer,
                                const KonkursExchangeFormat *format,
                                KonkursStore                *store,
                                GCancellable                *cancellable,
                                GError                     **error)
{
  const Section *section = section_of (format);

  for (guint k = 0; section->kinds[k] != NULL; k++)
    {
      g_autoptr(GPtrArray) records = konkurs_store_list_records (store, section->kinds[k] (), error);

      if (records == NULL)
        return FALSE;
      for (guint i = 0; i < records->len; i++)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          write_record (writer, g_ptr_array_index (records, i));
        }
    }
  return TRUE;
}

#define RECORDS_FORMAT(root_, ns_, schema_) { \
  .root = root_, .ns = ns_, .version = "1", .schema = schema_, .attr_prefix = "@", \
  .convert = stages_convert, .insert = stages_insert, .free_plan = stages_plan_free, }

/* Version 2 (database version 4): the sectors' quotas and the
 * tie-breakers; a rule set of version 1 gets the tie-breakers migration 14
 * gave every rule set. */
const KonkursExchangeFormat konkurs_exchange_rule_sets_format = {
  .root = "konkurs-rule-sets", .ns = KONKURS_EXCHANGE_RULE_SETS_NS, .version = "2", .oldest_version = "1",
  .schema = "rule-sets", .attr_prefix = "@",
  .convert = stages_convert, .insert = stages_insert, .free_plan = stages_plan_free,
};
const KonkursExchangeFormat konkurs_exchange_stages_format =
  RECORDS_FORMAT ("konkurs-stages", KONKURS_EXCHANGE_STAGES_NS, "stages");
const KonkursExchangeFormat konkurs_exchange_essay_grading_format =
  RECORDS_FORMAT ("konkurs-essay-grading", KONKURS_EXCHANGE_ESSAY_GRADING_NS, "essay-grading");
const KonkursExchangeFormat konkurs_exchange_commissions_format =
  RECORDS_FORMAT ("konkurs-commissions", KONKURS_EXCHANGE_COMMISSIONS_NS, "commissions");
