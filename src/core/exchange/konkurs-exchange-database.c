/* konkurs-exchange-database.c — the export of a whole database
 * (<konkurs-database>), and its restoring into an empty one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One self-describing file, so that an auditor has the whole record in an
 * open format: the organisation's details and default commission, then a
 * file of competitions and a file of candidates as sections, each exactly
 * what a file of its own kind holds (data/konkurs-database.xsd).  The
 * sections are read by their own formats, with their own messages; only
 * here may the candidates carry personal codes and decisions, and only
 * into an empty database, where nothing can clash with them.  The file is
 * read whole: the competitions need their rule sets written first (version
 * 2: every rule set, replacing those of the empty database), the
 * candidates the competitions, in the same transaction, and the stages and
 * essays (version 2) both; version 3 names the essays' section
 * <konkurs-essay-grading> and gives it every table of the grading;
 * version 4 adds <konkurs-commissions> (the commissions, meetings, votes,
 * decisions, final results and the reserve register, restored last, when
 * everything they name is there) and the rule sets' sector quotas and
 * tie-breakers.
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"
#include "konkurs-store-organisation.h"
#include "konkurs-store-restore.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

/* ------------------------------------------------------------------------ */
/* Reading                                                                   */

typedef struct {
  xmlNode  *node;
  gpointer  item;
} CandidateItem;

/* The sections of rows as stored (konkurs-exchange-stages.c), in the
 * order they are restored. */
static const KonkursExchangeFormat * const records_formats[] = {
  &konkurs_exchange_rule_sets_format, &konkurs_exchange_stages_format, &konkurs_exchange_essay_grading_format,
  &konkurs_exchange_commissions_format,
};
#define N_RECORDS_FORMATS G_N_ELEMENTS (records_formats)

typedef struct {
  int      version;
  gpointer plan;      /* of the section's format, NULL when the file has none */
} RecordsPlan;

typedef struct {
  xmlNode             *root;
  KonkursOrganisation *organisation;   /* NULL: the file has none */
  GPtrArray           *commission;     /* of KonkursCommissionMember */
  int                  competitions_version;
  gpointer             competitions;   /* the plan of the competitions format, or NULL */
  xmlNode             *candidates_section;
  int                  candidates_version;
  GArray              *candidates;     /* of CandidateItem */
  RecordsPlan          records[N_RECORDS_FORMATS];   /* of records_formats[] */
} DatabasePlan;

static void
database_plan_free (gpointer data)
{
  DatabasePlan *plan = data;

  g_clear_pointer (&plan->organisation, konkurs_organisation_free);
  g_clear_pointer (&plan->commission, g_ptr_array_unref);
  if (plan->competitions != NULL)
    konkurs_exchange_competitions_format.free_plan (plan->competitions);
  for (guint i = 0; plan->candidates != NULL && i < plan->candidates->len; i++)
    konkurs_exchange_candidates_format.free_item (g_array_index (plan->candidates, CandidateItem, i).item);
  g_clear_pointer (&plan->candidates, g_array_unref);
  for (guint i = 0; i < N_RECORDS_FORMATS; i++)
    if (plan->records[i].plan != NULL)
      records_formats[i]->free_plan (plan->records[i].plan);
  g_free (plan);
}

static gboolean
read_organisation (KonkursImportContext *ctx,
                   xmlNode              *node,
                   DatabasePlan         *plan,
                   GError              **error)
{
  KonkursOrganisation *organisation = plan->organisation = konkurs_organisation_new ();

  plan->commission = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  g_clear_pointer (&organisation->state_body, konkurs_local_text_free);
  g_clear_pointer (&organisation->address, konkurs_local_text_free);
  g_clear_pointer (&organisation->place, konkurs_local_text_free);
  if (!konkurs_exchange_read_local_text (ctx, node, "state-body", FALSE, &organisation->state_body, error)
      || !konkurs_exchange_read_local_text (ctx, node, "address", FALSE, &organisation->address, error)
      || !konkurs_exchange_read_local_text (ctx, node, "place", FALSE, &organisation->place, error))
    return FALSE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_DATABASE_NS, "commission-member"))
      {
        KonkursCommissionMember *member = konkurs_exchange_read_commission_member (ctx, child, error);

        if (member == NULL)
          return FALSE;
        g_ptr_array_add (plan->commission, member);
      }
  return TRUE;
}

/* Runs @func with the section's format and version in @ctx, as a file of
 * its own kind would be read; then the database's again. */
typedef gboolean (*SectionFunc) (KonkursImportContext *ctx, xmlNode *section, DatabasePlan *plan,
                                 GError **error);

static gboolean
in_section (KonkursImportContext        *ctx,
            const KonkursExchangeFormat *format,
            xmlNode                     *section,
            int                          version,
            SectionFunc                  func,
            DatabasePlan                *plan,
            GError                     **error)
{
  const KonkursExchangeFormat *saved = ctx->format;
  int saved_version = ctx->version;
  gboolean ok;

  ctx->format = format;
  ctx->version = version;
  ctx->restoring = TRUE;
  ok = (version > 0 || konkurs_exchange_check_version (ctx, section, error))
       && func (ctx, section, plan, error);
  ctx->restoring = FALSE;
  ctx->format = saved;
  ctx->version = saved_version;
  return ok;
}

static gboolean
convert_competitions (KonkursImportContext *ctx,
                      xmlNode              *section,
                      DatabasePlan         *plan,
                      GError              **error)
{
  plan->competitions_version = ctx->version;
  plan->competitions = konkurs_exchange_competitions_format.convert (ctx, section, error);
  return plan->competitions != NULL;
}

static gboolean
convert_candidates (KonkursImportContext *ctx,
                    xmlNode              *section,
                    DatabasePlan         *plan,
                    GError              **error)
{
  plan->candidates_section = section;
  plan->candidates_version = ctx->version;
  for (xmlNode *child = section->children; child != NULL; child = child->next)
    {
      CandidateItem item = { child, NULL };

      if (child->type != XML_ELEMENT_NODE)
        continue;
      item.item = konkurs_exchange_candidates_format.read_record (ctx, NULL, child, error);
      if (item.item == NULL)
        return FALSE;
      g_array_append_val (plan->candidates, item);
    }
  return TRUE;
}

static RecordsPlan *
records_plan (DatabasePlan                *plan,
              const KonkursExchangeFormat *format)
{
  guint i = 0;

  while (i + 1 < N_RECORDS_FORMATS && records_formats[i] != format)
    i++;
  g_warn_if_fail (records_formats[i] == format);
  return &plan->records[i];
}

static gboolean
convert_records (KonkursImportContext *ctx,
                 xmlNode              *section,
                 DatabasePlan         *plan,
                 GError              **error)
{
  RecordsPlan *records = records_plan (plan, ctx->format);

  records->version = ctx->version;
  records->plan = ctx->format->convert (ctx, section, error);
  return records->plan != NULL;
}

static const KonkursExchangeFormat *
records_format (xmlNode *node)
{
  for (guint i = 0; i < N_RECORDS_FORMATS; i++)
    if (konkurs_exchange_is_element (node, records_formats[i]->ns, records_formats[i]->root))
      return records_formats[i];
  return NULL;
}

/* Version 2 held an expert's one sector as an attribute and the scores
 * inside their essays, without points: as rows of version 3, the sector
 * is also the expert's <sector>, and a score is a <score> of the section
 * (after the essays) with its score as the points of the one criterion
 * "score", as migration 13 made of them. */
static void
alias_essay_rows (xmlNode *section)
{
  for (xmlNode *row = section->children; row != NULL; row = row->next)
    {
      xmlChar *sector = NULL;
      xmlNode *next;

      if (konkurs_exchange_is_element (row, KONKURS_EXCHANGE_ESSAY_GRADING_NS, "expert")
          && (sector = xmlGetNoNsProp (row, (const xmlChar *) "sector")) != NULL && sector[0] != '\0')
        {
          xmlNode *child = xmlNewChild (row, row->ns, (const xmlChar *) "sector", NULL);

          xmlNewProp (child, (const xmlChar *) "code", sector);
          child->line = row->line;
        }
      xmlFree (sector);
      if (!konkurs_exchange_is_element (row, KONKURS_EXCHANGE_ESSAY_GRADING_NS, "essay"))
        continue;
      if (xmlHasProp (row, (const xmlChar *) "stage") == NULL)
        xmlNewProp (row, (const xmlChar *) "stage", (const xmlChar *) "essay");
      for (xmlNode *score = row->children; score != NULL; score = next)
        {
          xmlChar *code = xmlGetNoNsProp (row, (const xmlChar *) "code");
          xmlChar *points = xmlGetNoNsProp (score, (const xmlChar *) "score");
          xmlNode *point;

          next = score->next;
          if (konkurs_exchange_is_element (score, KONKURS_EXCHANGE_ESSAY_GRADING_NS, "score"))
            {
              xmlUnlinkNode (score);
              xmlAddChild (section, score);
              xmlNewProp (score, (const xmlChar *) "code", code);
              point = xmlNewChild (score, score->ns, (const xmlChar *) "point", NULL);
              xmlNewProp (point, (const xmlChar *) "criterion", (const xmlChar *) "score");
              xmlNewProp (point, (const xmlChar *) "points", points);
              point->line = score->line;
            }
          xmlFree (code);
          xmlFree (points);
        }
    }
}

/* Version 2 wrote the grading section as <konkurs-essays> in the
 * namespace that now belongs to the file of arriving essays: it is read as
 * the <konkurs-essay-grading> it was, renamed in the tree (and its rows
 * made those of version 3) before anything, the schema included, looks at
 * it. */
static void
alias_essays_section (KonkursImportContext *ctx,
                      xmlNode              *section)
{
  if (ctx->version >= 3 || !konkurs_exchange_is_element (section, KONKURS_EXCHANGE_ESSAYS_NS, "konkurs-essays"))
    return;
  xmlNodeSetName (section, (const xmlChar *) konkurs_exchange_essay_grading_format.root);
  xmlFree ((xmlChar *) section->ns->href);
  section->ns->href = xmlStrdup ((const xmlChar *) KONKURS_EXCHANGE_ESSAY_GRADING_NS);
  alias_essay_rows (section);
}

static gpointer
database_convert (KonkursImportContext *ctx,
                  xmlNode              *root,
                  GError              **error)
{
  DatabasePlan *plan = g_new0 (DatabasePlan, 1);
  const KonkursExchangeFormat *format;
  gboolean ok = TRUE;

  plan->root = root;
  plan->candidates = g_array_new (FALSE, FALSE, sizeof (CandidateItem));
  for (xmlNode *child = root->children; ok && child != NULL; child = child->next)
    {
      alias_essays_section (ctx, child);
      if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_DATABASE_NS, "organisation"))
        ok = read_organisation (ctx, child, plan, error);
      else if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_COMPETITIONS_NS, "konkurs-competitions"))
        ok = in_section (ctx, &konkurs_exchange_competitions_format, child, 0, convert_competitions, plan, error);
      else if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_CANDIDATES_NS, "konkurs-candidates"))
        ok = in_section (ctx, &konkurs_exchange_candidates_format, child, 0, convert_candidates, plan, error);
      else if ((format = records_format (child)) != NULL)
        ok = in_section (ctx, format, child, 0, convert_records, plan, error);
      /* anything else is for the schema to refuse */
    }

  if (!ok)
    {
      database_plan_free (plan);
      return NULL;
    }
  return plan;
}

/* ------------------------------------------------------------------------ */
/* Writing into the database                                                 */

static gboolean
check_empty (KonkursImportContext *ctx,
             DatabasePlan         *plan,
             GError              **error)
{
  gint64 competitions = 0, candidates = 0;

  if (!konkurs_store_count_contents (ctx->store, &competitions, &candidates, error))
    return FALSE;
  if (competitions == 0 && candidates == 0)
    return TRUE;

  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (plan->root),
                                 _("konkurs-database: this is the export of a whole database, which is restored "
                                   "only into an empty database, and this one holds %" PRId64
                                   " competitions and %" PRId64 " candidates; create a new database "
                                   "and import the file there"),
                                 competitions, candidates);
  return FALSE;
}

static gboolean
insert_competitions (KonkursImportContext *ctx,
                     xmlNode              *section,
                     DatabasePlan         *plan,
                     GError              **error)
{
  KonkursProgressFunc progress = ctx->progress;
  gboolean ok;

  /* The few competitions are not the progress of a restore: the
   * candidates are, after them. */
  ctx->progress = NULL;
  ok = konkurs_exchange_competitions_format.insert (ctx, plan->competitions, error);
  ctx->progress = progress;
  return ok;
}

static gboolean
insert_candidates (KonkursImportContext *ctx,
                   xmlNode              *section,
                   DatabasePlan         *plan,
                   GError              **error)
{
  const KonkursExchangeFormat *format = &konkurs_exchange_candidates_format;
  gpointer records = format->begin (ctx, error);
  gboolean ok = records != NULL;

  for (guint i = 0; ok && i < plan->candidates->len; i++)
    {
      CandidateItem *item = &g_array_index (plan->candidates, CandidateItem, i);

      ok = !g_cancellable_set_error_if_cancelled (ctx->cancellable, error)
           && format->store_record (ctx, records, item->node, item->item, error);
      konkurs_exchange_report_progress (ctx, 0.99 * (i + 1) / plan->candidates->len);
    }
  ok = ok && (format->finish == NULL || format->finish (ctx, records, error));
  if (records != NULL)
    format->free_records (records);
  return ok;
}

static gboolean
insert_records (KonkursImportContext *ctx,
                xmlNode              *section,
                DatabasePlan         *plan,
                GError              **error)
{
  return ctx->format->insert (ctx, records_plan (plan, ctx->format)->plan, error);
}

/* A section of rows as stored, if the file has it. */
static gboolean
restore_records (KonkursImportContext        *ctx,
                 const KonkursExchangeFormat *format,
                 DatabasePlan                *plan,
                 GError                     **error)
{
  RecordsPlan *records = records_plan (plan, format);

  return records->plan == NULL || in_section (ctx, format, NULL, records->version, insert_records, plan, error);
}

static gboolean
insert_organisation (KonkursImportContext *ctx,
                     DatabasePlan         *plan,
                     GError              **error)
{
  GError *local_error = NULL;
  xmlNode *at = plan->root;

  if (plan->organisation == NULL)
    return TRUE;
  for (xmlNode *child = plan->root->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_DATABASE_NS, "organisation"))
      at = child;

  if (konkurs_store_save_organisation (ctx->store, plan->organisation, &local_error)
      && konkurs_store_save_commission (ctx->store, plan->commission, &local_error))
    return TRUE;
  konkurs_exchange_propagate_store_error (ctx, at, local_error, error);
  return FALSE;
}

static gboolean
database_insert (KonkursImportContext *ctx,
                 gpointer              data,
                 GError              **error)
{
  DatabasePlan *plan = data;

  return check_empty (ctx, plan, error)
         && insert_organisation (ctx, plan, error)
         && restore_records (ctx, &konkurs_exchange_rule_sets_format, plan, error)
         && (plan->competitions == NULL
             || in_section (ctx, &konkurs_exchange_competitions_format, NULL, plan->competitions_version,
                            insert_competitions, plan, error))
         && (plan->candidates_section == NULL
             || in_section (ctx, &konkurs_exchange_candidates_format, plan->candidates_section,
                            plan->candidates_version, insert_candidates, plan, error))
         && restore_records (ctx, &konkurs_exchange_stages_format, plan, error)
         && restore_records (ctx, &konkurs_exchange_essay_grading_format, plan, error)
         && restore_records (ctx, &konkurs_exchange_commissions_format, plan, error);
}

/* ------------------------------------------------------------------------ */
/* Export                                                                    */

static void
write_organisation (KonkursExchangeWriter     *writer,
                    const KonkursOrganisation *organisation,
                    GPtrArray                 *commission)
{
  konkurs_exchange_write_start (writer, "organisation");
  konkurs_exchange_write_local_text (writer, "state-body", organisation->state_body);
  konkurs_exchange_write_local_text (writer, "address", organisation->address);
  konkurs_exchange_write_local_text (writer, "place", organisation->place);
  for (guint i = 0; i < commission->len; i++)
    konkurs_exchange_write_commission_member (writer, "commission-member", g_ptr_array_index (commission, i));
  konkurs_exchange_write_end (writer);
}

static gboolean
write_records (KonkursExchangeWriter       *writer,
               const KonkursExchangeFormat *format,
               KonkursStore                *store,
               GCancellable                *cancellable,
               GError                     **error)
{
  konkurs_exchange_write_section (writer, format);
  if (!konkurs_exchange_write_records (writer, format, store, cancellable, error))
    return FALSE;
  konkurs_exchange_write_end (writer);
  return TRUE;
}

static gboolean
write_database (KonkursExchangeWriter *writer,
                gpointer               user_data,
                GCancellable          *cancellable,
                GError               **error)
{
  KonkursStore *store = user_data;
  g_autoptr(KonkursOrganisation) organisation = konkurs_store_get_organisation (store, error);
  g_autoptr(GPtrArray) commission = NULL;

  if (organisation == NULL || (commission = konkurs_store_list_commission (store, error)) == NULL)
    return FALSE;
  write_organisation (writer, organisation, commission);

  if (!write_records (writer, &konkurs_exchange_rule_sets_format, store, cancellable, error))
    return FALSE;
  konkurs_exchange_write_section (writer, &konkurs_exchange_competitions_format);
  if (!konkurs_exchange_write_competitions (writer, store, cancellable, error))
    return FALSE;
  konkurs_exchange_write_end (writer);

  konkurs_exchange_write_section (writer, &konkurs_exchange_candidates_format);
  if (!konkurs_exchange_write_candidates (writer, store, cancellable, error))
    return FALSE;
  konkurs_exchange_write_end (writer);

  return write_records (writer, &konkurs_exchange_stages_format, store, cancellable, error)
         && write_records (writer, &konkurs_exchange_essay_grading_format, store, cancellable, error)
         && write_records (writer, &konkurs_exchange_commissions_format, store, cancellable, error);
}

/* Everything is read inside one transaction, so that the file is the
 * database at one moment (an application never names a competition
 * created after the competitions were written); nothing is written to the
 * database, and the transaction is rolled back. */
static gboolean
database_export (KonkursStore  *store,
                 const char    *path,
                 GCancellable  *cancellable,
                 GError       **error)
{
  gboolean ok;

  if (!konkurs_store_begin (store, error))
    return FALSE;
  ok = konkurs_exchange_write_file (&konkurs_exchange_database_format, path, write_database, store,
                                    cancellable, error);
  konkurs_store_rollback (store);
  return ok;
}

const KonkursExchangeFormat konkurs_exchange_database_format = {
  .root = "konkurs-database",
  .ns = KONKURS_EXCHANGE_DATABASE_NS,
  .version = "4",
  .oldest_version = "1",
  .schema = "database",
  .attr_prefix = "@",
  .convert = database_convert,
  .insert = database_insert,
  .free_plan = database_plan_free,
  .export = database_export,
};
