/* konkurs-exchange-schema.c — the XSD of each kind of file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema catches whatever the conversion of a format does not look at
 * (an unexpected element, a value the XSD restricts further).  Its messages
 * are libxml2's, with the element at fault and its line put in front.
 */
#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-exchange-private.h"

char *
konkurs_exchange_get_schema_path (const char *kind)
{
  g_autofree char *name = NULL;
  const char *data_dir;

  g_return_val_if_fail (kind != NULL, NULL);

  name = g_strdup_printf ("konkurs-%s.xsd", kind);

  data_dir = g_getenv ("KONKURS_DATA_DIR");
  if (data_dir != NULL && data_dir[0] != '\0')
    {
      g_autofree char *path = g_build_filename (data_dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }

  return g_build_filename (PKGDATADIR, name, NULL);
}

static void
on_schema_parse_error (void        *data,
                       xmlErrorPtr  err)
{
  char **first = data;

  if (*first == NULL && err->level >= XML_ERR_ERROR)
    *first = g_strstrip (g_strdup (err->message != NULL ? err->message : ""));
}

/* Compiled once per kind and kept for the life of the process: compiling
 * costs more than validating a typical file.  A compiled xmlSchema is only
 * read by validation, so threads may share it. */
static xmlSchema *
get_schema (const char  *kind,
            GError     **error)
{
  G_LOCK_DEFINE_STATIC (schemas);
  static GHashTable *schemas;
  g_autoptr(xmlSchemaParserCtxt) parser = NULL;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  xmlSchema *schema;

  G_LOCK (schemas);

  if (schemas == NULL)
    schemas = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  schema = g_hash_table_lookup (schemas, kind);
  if (schema != NULL)
    {
      G_UNLOCK (schemas);
      return schema;
    }

  path = konkurs_exchange_get_schema_path (kind);
  parser = xmlSchemaNewParserCtxt (path);
  if (parser != NULL)
    {
      xmlSchemaSetParserStructuredErrors (parser, on_schema_parse_error, &message);
      schema = xmlSchemaParse (parser);
    }

  if (schema == NULL)
    {
      G_UNLOCK (schemas);
      g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_READ,
                   _("The schema %s cannot be read (%s). Konkurs may be installed incompletely."),
                   path, message != NULL ? message : g_strerror (ENOENT));
      return NULL;
    }

  g_hash_table_insert (schemas, g_strdup (kind), schema);
  G_UNLOCK (schemas);

  return schema;
}

typedef struct {
  KonkursImportContext *ctx;
  const char *ns_braced;   /* "{urn:…}", as libxml2 writes names */
  gboolean  failed;
  long      line;
  char     *where;
  char     *message;
} SchemaFailure;

static void
on_validation_error (void        *data,
                     xmlErrorPtr  err)
{
  SchemaFailure *failure = data;
  KonkursImportContext *ctx = failure->ctx;
  xmlNode *node = err->node;
  g_autofree char *message = NULL;
  g_auto(GStrv) parts = NULL;

  if (failure->failed || err->level < XML_ERR_ERROR)
    return;

  /* libxml2 writes names as {namespace}name, which only gets in the way. */
  parts = g_strsplit (err->message != NULL ? err->message : "", failure->ns_braced, -1);
  message = g_strjoinv ("", parts);

  failure->failed = TRUE;
  failure->line = err->line;
  failure->message = g_strstrip (g_steal_pointer (&message));

  if (node != NULL && node->type == XML_ELEMENT_NODE)
    {
      failure->line = konkurs_exchange_node_line (ctx, node);
      if (node->parent != NULL && node->parent->type == XML_ELEMENT_NODE)
        failure->where = g_strdup_printf ("%s/%s", konkurs_exchange_node_name (node->parent),
                                          konkurs_exchange_node_name (node));
      else
        failure->where = g_strdup (konkurs_exchange_node_name (node));
    }
}

/* Validates @doc, or only the subtree of @element when it is not NULL
 * (its name is then declared globally in the schema).  The validation
 * context is kept for the whole import: a file of candidates validates each
 * of its 100,000 candidates with it. */
static gboolean
validate_tree (KonkursImportContext *ctx,
               xmlDoc               *doc,
               xmlNode              *element,
               GError              **error)
{
  const char *kind = ctx->format->schema;
  xmlNode *top = element != NULL ? element : xmlDocGetRootElement (doc);
  g_autofree char *ns_braced = NULL;
  SchemaFailure failure = { ctx, 0 };
  xmlSchema *schema;
  int rc;

  schema = get_schema (kind, error);
  if (schema == NULL)
    return FALSE;

  if (ctx->validator == NULL)
    ctx->validator = xmlSchemaNewValidCtxt (schema);
  if (ctx->validator == NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_READ, 0, _("out of memory"));
      return FALSE;
    }

  ns_braced = g_strdup_printf ("{%s}", top != NULL && top->ns != NULL ? (const char *) top->ns->href : "");
  failure.ns_braced = ns_braced;
  xmlSchemaSetValidStructuredErrors (ctx->validator, on_validation_error, &failure);
  if (element != NULL)
    rc = xmlSchemaValidateOneElement (ctx->validator, element);
  else
    rc = xmlSchemaValidateDoc (ctx->validator, doc);
  xmlSchemaSetValidStructuredErrors (ctx->validator, NULL, NULL);

  if (rc != 0)
    {
      if (failure.failed)
        konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, failure.line,
                                       _("%s: the file does not follow the schema of Konkurs: %s"),
                                       failure.where != NULL ? failure.where : kind, failure.message);
      else
        konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID,
                                       element != NULL ? konkurs_exchange_node_line (ctx, element) : 0,
                                       _("the file does not follow the schema of Konkurs"));
    }

  g_free (failure.where);
  g_free (failure.message);

  return rc == 0;
}

gboolean
konkurs_exchange_validate_document (KonkursImportContext *ctx,
                                    xmlDoc               *doc,
                                    GError              **error)
{
  return validate_tree (ctx, doc, NULL, error);
}

gboolean
konkurs_exchange_validate_element (KonkursImportContext *ctx,
                                   xmlNode              *element,
                                   GError              **error)
{
  return validate_tree (ctx, element->doc, element, error);
}
