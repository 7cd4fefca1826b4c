/* konkurs-exchange.c — XML import and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The root element says what a file holds; the table below maps it to its
 * format (konkurs-exchange-KIND.c).  An import runs in steps, each of which
 * can refuse the file before the database is touched: read and parse
 * (hardened, konkurs-exchange-parse.c), convert the tree into domain objects
 * (friendly messages naming FILE:LINE and element/attribute), validate
 * against the XSD (catches whatever the conversion does not look at).
 * Everything is written inside one transaction that is rolled back on any
 * error, so an import is all or nothing.  A streamed format goes through
 * the same steps record by record, while the file is parsed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-exchange-essays.h"
#include "konkurs-exchange-private.h"

G_DEFINE_QUARK (konkurs-exchange-error-quark, konkurs_exchange_error)

static const KonkursExchangeFormat *const formats[] = {
  &konkurs_exchange_competitions_format,
  &konkurs_exchange_candidates_format,
  &konkurs_exchange_database_format,
  &konkurs_exchange_test_results_format,
  &konkurs_exchange_assessment_format,
  &konkurs_exchange_experts_format,
  &konkurs_exchange_essays_format,
  &konkurs_exchange_essay_results_format,
  &konkurs_exchange_commission_format,
  &konkurs_exchange_meeting_format,
};

const KonkursExchangeFormat *
konkurs_exchange_find_format (const char *root,
                              const char *ns)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    if (g_strcmp0 (root, formats[i]->root) == 0 && g_strcmp0 (ns, formats[i]->ns) == 0)
      return formats[i];

  return NULL;
}

char *
konkurs_exchange_describe_roots (void)
{
  g_autoptr(GPtrArray) roots = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    g_ptr_array_add (roots, g_strdup_printf ("<%s>", formats[i]->root));
  g_ptr_array_add (roots, NULL);
  return konkurs_exchange_join_alternatives ((const char *const *) roots->pdata);
}

/* The format of @root, or an error that says what Konkurs expected. */
static const KonkursExchangeFormat *
identify (KonkursImportContext *ctx,
          xmlNode              *root,
          GError              **error)
{
  const char *name = konkurs_exchange_node_name (root);
  const char *ns = root->ns != NULL ? (const char *) root->ns->href : NULL;
  long line = konkurs_exchange_node_line (ctx, root);
  g_autofree char *roots = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (!g_str_equal (name, formats[i]->root))
        continue;

      if (g_strcmp0 (ns, formats[i]->ns) == 0)
        return formats[i];

      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_UNKNOWN_KIND, line,
                                     _("<%s> in the namespace “%s” is not a kind of file this "
                                       "Konkurs reads; it expects the namespace “%s”"),
                                     name, ns != NULL ? ns : "", formats[i]->ns);
      return NULL;
    }

  if (g_str_equal (name, konkurs_exchange_essay_package_format.root))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_UNKNOWN_KIND, line,
                                     _("<%s> is an expert's package of essays, which is graded, not imported: "
                                       "open it with Grade Here… or “konkurs --grade”, and import the results "
                                       "file the grading saves"),
                                     name);
      return NULL;
    }
  roots = konkurs_exchange_describe_roots ();
  /* Translators: the second %s lists root elements, as “<konkurs-competitions> or <konkurs-candidates>” */
  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_UNKNOWN_KIND, line,
                                 _("<%s> is not a kind of file Konkurs reads; the files it reads begin with %s"),
                                 name, roots);
  return NULL;
}

/* A file read without a store must be of @format alone. */
static gboolean
check_root (KonkursImportContext        *ctx,
            const KonkursExchangeFormat *format,
            xmlNode                     *root,
            GError                     **error)
{
  const char *ns = root->ns != NULL ? (const char *) root->ns->href : NULL;

  ctx->format = format;
  if (g_str_equal (konkurs_exchange_node_name (root), format->root) && g_strcmp0 (ns, format->ns) == 0)
    return TRUE;
  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_UNKNOWN_KIND,
                                 konkurs_exchange_node_line (ctx, root),
                                 /* Translators: "<konkurs-essays> is not a file of the kind expected here, <konkurs-essay-package> (namespace “urn:…”)" */
                                 _("<%s> is not a file of the kind expected here, <%s> (namespace “%s”)"),
                                 konkurs_exchange_node_name (root), format->root, format->ns);
  return FALSE;
}

/* ------------------------------------------------------------------------ */
/* The transaction                                                           */

static gboolean
begin_transaction (KonkursImportContext *ctx,
                   GError              **error)
{
  if (!konkurs_store_begin (ctx->store, error))
    return FALSE;

  ctx->in_transaction = TRUE;
  return TRUE;
}

/* Commits the import's transaction, or rolls it back on cancel or error. */
static gboolean
commit_transaction (KonkursImportContext *ctx,
                    GError              **error)
{
  ctx->in_transaction = FALSE;

  /* The last chance to cancel without leaving anything behind. */
  if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error)
      || !konkurs_store_commit (ctx->store, error))
    {
      konkurs_store_rollback (ctx->store);
      return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* A file read whole                                                         */

static gboolean
import_whole (KonkursImportContext *ctx,
              xmlDoc               *doc,
              GError              **error)
{
  const KonkursExchangeFormat *format = ctx->format;
  gpointer plan = NULL;
  gboolean ok;

  ok = konkurs_exchange_check_version (ctx, xmlDocGetRootElement (doc), error)
       && (plan = format->convert (ctx, xmlDocGetRootElement (doc), error)) != NULL
       && konkurs_exchange_validate_document (ctx, doc, error)
       && !g_cancellable_set_error_if_cancelled (ctx->cancellable, error)
       && begin_transaction (ctx, error)
       && format->insert (ctx, plan, error)
       && commit_transaction (ctx, error);

  if (plan != NULL)
    format->free_plan (plan);

  return ok;
}

/* ------------------------------------------------------------------------ */
/* A file read as a stream of records                                        */

/* Before the first record, or at the end of a file without any. */
static gboolean
begin_records (KonkursImportContext *ctx,
               xmlNode              *root,
               GError              **error)
{
  if (ctx->records != NULL)
    return TRUE;

  if (!konkurs_exchange_check_version (ctx, root, error))
    return FALSE;

  ctx->records = ctx->format->begin (ctx, error);
  return ctx->records != NULL && begin_transaction (ctx, error);
}

gboolean
konkurs_exchange_import_record (KonkursImportContext *ctx,
                                xmlNode              *record,
                                GError              **error)
{
  const KonkursExchangeFormat *format = ctx->format;
  gpointer item;
  gboolean ok;

  /* Comments and processing instructions are no concern of ours. */
  if (record->type != XML_ELEMENT_NODE)
    return TRUE;

  if (!begin_records (ctx, record->parent, error)
      || g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
    return FALSE;

  item = format->read_record (ctx, ctx->records, record, error);
  if (item == NULL)
    return FALSE;

  ok = konkurs_exchange_validate_element (ctx, record, error)
       && format->store_record (ctx, ctx->records, record, item, error);
  format->free_item (item);

  return ok;
}

/* The records are in the database already (uncommitted); what is left of
 * the tree is the root. */
static gboolean
finish_records (KonkursImportContext *ctx,
                xmlDoc               *doc,
                GError              **error)
{
  if (!begin_records (ctx, xmlDocGetRootElement (doc), error)
      || (ctx->format->finish != NULL && !ctx->format->finish (ctx, ctx->records, error))
      || !konkurs_exchange_validate_document (ctx, doc, error)
      || !commit_transaction (ctx, error))
    return FALSE;

  konkurs_exchange_report_progress (ctx, 1.0);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Entry points                                                              */

static void
import_context_clear (KonkursImportContext *ctx)
{
  if (ctx->in_transaction)
    konkurs_store_rollback (ctx->store);
  g_clear_pointer (&ctx->validator, xmlSchemaFreeValidCtxt);
  if (ctx->records != NULL)
    g_clear_pointer (&ctx->records, ctx->format->free_records);
  g_clear_pointer (&ctx->big_lines, g_hash_table_unref);
  g_clear_pointer (&ctx->display_name, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KonkursImportContext, import_context_clear)

/* @language: of the texts the file does not declare; -1 for none.
 * @reason: konkurs_exchange_import_essay_results()'s. */
static gboolean
import_file (KonkursStore         *store,
             const char           *path,
             int                   language,
             const char           *reason,
             KonkursImportSummary *summary,
             KonkursProgressFunc   progress,
             gpointer              progress_data,
             GCancellable         *cancellable,
             GError              **error)
{
  g_auto(KonkursImportContext) ctx = { 0 };
  g_autoptr(xmlDoc) doc = NULL;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (summary != NULL)
    *summary = (KonkursImportSummary) { 0 };

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  ctx.store = store;
  ctx.language = language;
  ctx.reason = reason;
  ctx.display_name = g_path_get_basename (path);
  ctx.cancellable = cancellable;
  ctx.progress = progress;
  ctx.progress_data = progress_data;
  ctx.reported = -1;
  ctx.big_lines = g_hash_table_new (NULL, NULL);

  xmlInitParser ();

  doc = konkurs_exchange_parse_file (&ctx, path, error);
  ok = doc != NULL && (ctx.format = identify (&ctx, xmlDocGetRootElement (doc), error)) != NULL;
  if (ok && ctx.format->read_record != NULL)
    ok = finish_records (&ctx, doc, error);
  else if (ok)
    ok = import_whole (&ctx, doc, error);

  if (ok && summary != NULL)
    *summary = ctx.summary;

  return ok;
}

gboolean
konkurs_exchange_import_file (KonkursStore         *store,
                              const char           *path,
                              KonkursImportSummary *summary,
                              KonkursProgressFunc   progress,
                              gpointer              progress_data,
                              GCancellable         *cancellable,
                              GError              **error)
{
  return import_file (store, path, -1, NULL, summary, progress, progress_data, cancellable, error);
}

gboolean
konkurs_exchange_import_file_in (KonkursStore         *store,
                                 const char           *path,
                                 KonkursDocLanguage    language,
                                 KonkursImportSummary *summary,
                                 KonkursProgressFunc   progress,
                                 gpointer              progress_data,
                                 GCancellable         *cancellable,
                                 GError              **error)
{
  g_return_val_if_fail (language == KONKURS_DOC_LANGUAGE_KK || language == KONKURS_DOC_LANGUAGE_RU, FALSE);

  return import_file (store, path, language, NULL, summary, progress, progress_data, cancellable, error);
}

gboolean
konkurs_exchange_import_essay_results (KonkursStore         *store,
                                       const char           *path,
                                       const char           *reason,
                                       KonkursImportSummary *summary,
                                       GError              **error)
{
  return import_file (store, path, -1, reason, summary, NULL, NULL, NULL, error);
}

gpointer
konkurs_exchange_read_whole (const KonkursExchangeFormat *format,
                             const char                  *path,
                             GError                     **error)
{
  g_auto(KonkursImportContext) ctx = { 0 };
  g_autoptr(xmlDoc) doc = NULL;
  gpointer plan = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ctx.language = -1;
  ctx.display_name = g_path_get_basename (path);
  ctx.reported = -1;
  ctx.big_lines = g_hash_table_new (NULL, NULL);

  xmlInitParser ();

  doc = konkurs_exchange_parse_file (&ctx, path, error);
  if (doc == NULL || !check_root (&ctx, format, xmlDocGetRootElement (doc), error)
      || !konkurs_exchange_check_version (&ctx, xmlDocGetRootElement (doc), error)
      || (plan = format->convert (&ctx, xmlDocGetRootElement (doc), error)) == NULL)
    return NULL;
  if (!konkurs_exchange_validate_document (&ctx, doc, error))
    g_clear_pointer (&plan, format->free_plan);
  return plan;
}

static gboolean
export_as (const KonkursExchangeFormat *format,
           KonkursStore                *store,
           const char                  *path,
           GCancellable                *cancellable,
           GError                     **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return format->export (store, path, cancellable, error);
}

gboolean
konkurs_exchange_export_file (KonkursStore  *store,
                              const char    *path,
                              GCancellable  *cancellable,
                              GError       **error)
{
  return export_as (&konkurs_exchange_competitions_format, store, path, cancellable, error);
}

gboolean
konkurs_exchange_export_database (KonkursStore  *store,
                                  const char    *path,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  return export_as (&konkurs_exchange_database_format, store, path, cancellable, error);
}
