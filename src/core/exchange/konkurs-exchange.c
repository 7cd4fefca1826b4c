/* konkurs-exchange.c — XML import and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Import runs in four steps, each of which can refuse the file before the
 * database is touched: read (size limit), parse (hardened, see
 * parse_document()), convert the tree into domain objects (friendly
 * messages naming FILE:LINE and element/attribute), validate against the
 * XSD (catches whatever the conversion does not look at).  Only then is
 * everything inserted, inside one transaction that is rolled back on any
 * error, so an import is all or nothing.
 */
#include "config.h"

#include "konkurs-exchange.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <inttypes.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>

#include "konkurs-autocleanups.h"
#include "konkurs-exchange-private.h"
#include "konkurs-file.h"

#define COMPETITIONS_NS      "urn:konkurs:competitions:1"
#define COMPETITIONS_ROOT    "konkurs-competitions"
#define COMPETITIONS_VERSION "1"

/* Deeper than any Konkurs file needs (they use 3 levels); a limit far below
 * libxml2's own 256 keeps recursive walkers and the validator cheap. */
#define MAX_DEPTH     64
#define MAX_FILE_SIZE ((goffset) 256 * 1024 * 1024)

#define MAX_SEATS      9999
#define MAX_EXPERIENCE 99

G_DEFINE_QUARK (konkurs-exchange-error-quark, konkurs_exchange_error)

/* ------------------------------------------------------------------------ */
/* Messages                                                                  */

/* Every import error begins with "FILE:LINE: " so that the secretary (or
 * whoever produced the file) can go straight to the place. */
void
konkurs_exchange_set_error_at (GError              **error,
                               KonkursImportContext *ctx,
                               int                   code,
                               long                  line,
                               const char           *format,
                               ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    g_set_error (error, KONKURS_EXCHANGE_ERROR, code, "%s:%ld: %s",
                 ctx->display_name, line, message);
  else
    g_set_error (error, KONKURS_EXCHANGE_ERROR, code, "%s: %s",
                 ctx->display_name, message);
}

/* libxml2 keeps 16 bits of line in an element; past that, xmlGetLineNo()
 * guesses from the neighbours and may be a line off.  The parser records the
 * true line of those elements (see on_start_element()). */
static long
node_line_in (GHashTable *big_lines,
              xmlNode    *node)
{
  gpointer line;

  if (node == NULL)
    return 0;

  if (node->type == XML_ELEMENT_NODE && node->line == G_MAXUINT16
      && big_lines != NULL && g_hash_table_lookup_extended (big_lines, node, NULL, &line))
    return (long) GPOINTER_TO_SIZE (line);

  return xmlGetLineNo (node);
}

#define node_line(node) node_line_in (ctx->big_lines, (node))

long
konkurs_exchange_node_line (KonkursImportContext *ctx,
                            xmlNode              *node)
{
  return node_line (node);
}

static const char *
node_name (xmlNode *node)
{
  return (const char *) node->name;
}

/* ------------------------------------------------------------------------ */
/* Reading and parsing                                                       */

typedef struct {
  KonkursImportContext *ctx;
  GHashTable *big_lines;    /* KonkursImportContext's */
  gboolean  streaming;      /* the root's children are handed over one by one */
  GError   *hook_error;     /* why handing over a child failed */
  gboolean  refused;        /* we stopped the parser on purpose */
  char     *refusal;
  long      refusal_line;
  gboolean  failed;         /* libxml2 reported an error */
  int       error_code;
  gboolean  error_at_end;   /* the input ran out: a truncated file */
  long      error_line;
  int       error_int1;
  char     *error_str1;
  char     *error_message;
} ParseState;

static void
parse_state_clear (ParseState *state)
{
  g_clear_pointer (&state->refusal, g_free);
  g_clear_pointer (&state->error_str1, g_free);
  g_clear_pointer (&state->error_message, g_free);
  g_clear_error (&state->hook_error);
}

static void
refuse (xmlParserCtxt *ctxt,
        char          *message)
{
  ParseState *state = ctxt->_private;

  if (!state->refused)
    {
      state->refused = TRUE;
      state->refusal = message;
      state->refusal_line = xmlSAX2GetLineNumber (ctxt);
    }
  else
    g_free (message);

  xmlStopParser (ctxt);
}

/* A document type declaration is where entities (and with them entity
 * bombs and external entities) come from.  Konkurs files never have one, so
 * the parser stops at the DOCTYPE itself, before anything is declared or
 * loaded. */
static void
on_internal_subset (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  refuse (ctx, g_strdup (_("the file has a document type declaration (<!DOCTYPE>); "
                           "Konkurs refuses those because they can hide entities "
                           "that read other files or take all memory")));
}

static void
on_entity_decl (void          *ctx,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  refuse (ctx, g_strdup_printf (_("the file declares the entity “%s”; Konkurs refuses entities"),
                                (const char *) name));
}

static void
on_start_element (void           *ctx,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             nb_namespaces,
                  const xmlChar **namespaces,
                  int             nb_attributes,
                  int             nb_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  /* nameNr counts the open ancestors of this element. */
  if (ctxt->nameNr + 1 > MAX_DEPTH)
    {
      refuse (ctxt, g_strdup_printf (_("the elements are nested more than %d levels deep"),
                                     MAX_DEPTH));
      return;
    }

  /* The root says whether the file is read as a stream. */
  if (ctxt->nameNr == 0)
    state->streaming = g_strcmp0 ((const char *) localname, KONKURS_CANDIDATES_ROOT) == 0
                       && g_strcmp0 ((const char *) uri, KONKURS_CANDIDATES_NS) == 0;

  xmlSAX2StartElementNs (ctx, localname, prefix, uri, nb_namespaces, namespaces,
                         nb_attributes, nb_defaulted, attributes);

  /* ctxt->node is the new element; the check on the table keeps a parent
   * right should creating the element have failed. */
  if (ctxt->node != NULL && ctxt->node->line == G_MAXUINT16 && ctxt->input != NULL
      && !g_hash_table_contains (state->big_lines, ctxt->node))
    g_hash_table_insert (state->big_lines, ctxt->node, GSIZE_TO_POINTER ((gsize) ctxt->input->line));
}

static void
forget_big_lines (GHashTable *big_lines,
                  xmlNode    *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      forget_big_lines (big_lines, child);

  g_hash_table_remove (big_lines, node);
}

static gboolean
is_root (xmlParserCtxt *ctxt,
         xmlNode       *node)
{
  return node != NULL && node->parent == (xmlNode *) ctxt->myDoc;
}

/* A child of the root of a streamed file is complete: hand it over, then
 * free it, so that the tree never holds more than one child. */
static void
hand_over (xmlParserCtxt *ctxt,
           ParseState    *state,
           xmlNode       *child)
{
  KonkursImportContext *ctx = state->ctx;
  gsize done = (gsize) ctxt->input->consumed + (gsize) (ctxt->input->cur - ctxt->input->base);
  gsize length = (gsize) (ctxt->input->end - ctxt->input->base) + (gsize) ctxt->input->consumed;
  gboolean ok;

  ok = konkurs_exchange_candidates_child (ctx, child, &state->hook_error);

  forget_big_lines (state->big_lines, child);
  xmlUnlinkNode (child);
  xmlFreeNode (child);

  if (!ok)
    {
      xmlStopParser (ctxt);
      return;
    }

  /* The last percent is for the commit. */
  if (length > 0)
    konkurs_exchange_report_progress (ctx, 0.99 * (double) done / (double) length);
}

static void
on_end_element (void          *ctx,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;
  xmlNode *node = ctxt->node;

  xmlSAX2EndElementNs (ctx, localname, prefix, uri);

  if (state->streaming && state->hook_error == NULL && node != NULL
      && node->type == XML_ELEMENT_NODE && node->parent != NULL && is_root (ctxt, node->parent))
    hand_over (ctxt, state, node);
}

/* In a streamed file, text between the root's children is dropped (blanks)
 * or refused, so the root never has a text node that later text would be
 * merged into after its neighbour was freed. */
static void
on_characters (void          *ctx,
               const xmlChar *text,
               int            length)
{
  xmlParserCtxt *ctxt = ctx;
  ParseState *state = ctxt->_private;

  if (state->streaming && is_root (ctxt, ctxt->node))
    {
      for (int i = 0; i < length; i++)
        if (!g_ascii_isspace (text[i]))
          {
            /* The parser is at the end of the text: count back to the
             * line of its first word. */
            long line = xmlSAX2GetLineNumber (ctxt);

            for (int j = i; j < length; j++)
              line -= text[j] == '\n';
            if (state->hook_error == NULL)
              konkurs_exchange_set_error_at (&state->hook_error, state->ctx, KONKURS_EXCHANGE_ERROR_INVALID,
                                             line,
                                             _("%s: text is not allowed between the elements; "
                                               "put it inside an element or remove it"),
                                             (const char *) ctxt->node->name);
            xmlStopParser (ctxt);
            return;
          }
      return;
    }

  xmlSAX2Characters (ctx, text, length);
}

/* Per-context, unlike xmlSetStructuredErrorFunc(): imports may run in
 * several threads at once.  The first error is the meaningful one. */
static void
on_parse_error (void        *data,
                xmlErrorPtr  err)
{
  xmlParserCtxt *ctxt = data;
  ParseState *state = ctxt->_private;

  if (err->level < XML_ERR_ERROR || state->failed)
    return;

  state->failed = TRUE;
  state->error_code = err->code;
  state->error_at_end = ctxt->input != NULL && ctxt->input->cur >= ctxt->input->end;
  state->error_line = err->line;
  state->error_int1 = err->int1;
  state->error_str1 = g_strdup (err->str1);
  state->error_message = g_strstrip (g_strdup (err->message != NULL ? err->message : ""));
}

static void
set_parse_error (KonkursImportContext *ctx,
                 ParseState    *state,
                 GError       **error)
{
  const char *str1 = state->error_str1 != NULL ? state->error_str1 : "";
  int code = KONKURS_EXCHANGE_ERROR_MALFORMED;
  long line = state->error_line;

  switch (state->error_code)
    {
    case XML_ERR_TAG_NAME_MISMATCH:
      konkurs_exchange_set_error_at (error, ctx, code, line,
                    _("the element <%s> opened on line %d is not closed before this line; "
                      "the file is not well-formed XML"),
                    str1, state->error_int1);
      break;
    case XML_ERR_TAG_NOT_FINISHED:
      konkurs_exchange_set_error_at (error, ctx, code, line,
                    _("the file ends before the element <%s> opened on line %d is closed; "
                      "it may be truncated"),
                    str1, state->error_int1);
      break;
    case XML_ERR_DOCUMENT_EMPTY:
      konkurs_exchange_set_error_at (error, ctx, code, line, _("the file is empty"));
      break;
    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      konkurs_exchange_set_error_at (error, ctx, code, line,
                    _("the file uses the entity “&%s;”, which is not defined; "
                      "write “&amp;” for an ampersand"),
                    str1);
      break;
    default:
      if (state->error_at_end)
        konkurs_exchange_set_error_at (error, ctx, code, line,
                      _("the file ends in the middle of the XML (%s); it may be truncated"),
                      state->error_message);
      else
        konkurs_exchange_set_error_at (error, ctx, code, line,
                      _("the file is not well-formed XML: %s"), state->error_message);
      break;
    }
}

/* The bytes are read here, not by libxml2: its own reader would transparently
 * decompress gzip and xz, which turns a small file into a large one after
 * the size check. */
static GMappedFile *
map_file (KonkursImportContext *ctx,
          const char    *path,
          GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  GMappedFile *mapped;
  struct stat st;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_READ, 0,
                    _("the file cannot be opened: %s"), g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_READ, 0,
                    _("this is not a file that can be read"));
      return NULL;
    }

  if (st.st_size > MAX_FILE_SIZE)
    {
      close (fd);
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, 0,
                    _("the file is too large (%" PRId64 " MiB; at most %d MiB are read)"),
                    (gint64) (st.st_size / (1024 * 1024)),
                    (int) (MAX_FILE_SIZE / (1024 * 1024)));
      return NULL;
    }

  mapped = g_mapped_file_new_from_fd (fd, FALSE, &local_error);
  close (fd);
  if (mapped == NULL)
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_READ, 0,
                  _("the file cannot be read: %s"), local_error->message);

  return mapped;
}

/* No XML_PARSE_NOENT (entities stay references), no XML_PARSE_DTDLOAD or
 * DTDATTR (nothing external is loaded), no XML_PARSE_HUGE (libxml2 keeps its
 * limits on text and names), no network, and the SAX hooks above refuse
 * DOCTYPE, entity declarations and deep nesting outright. */
static xmlDoc *
parse_document (KonkursImportContext *ctx,
                const char    *path,
                GError       **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  ParseState state = { 0 };
  const int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;
  gboolean hook_failed;
  gsize length;

  mapped = map_file (ctx, path, error);
  if (mapped == NULL)
    return NULL;

  length = g_mapped_file_get_length (mapped);
  if (length == 0)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, 0, _("the file is empty"));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_READ, 0, _("out of memory"));
      return NULL;
    }

  state.ctx = ctx;
  state.big_lines = ctx->big_lines;
  ctxt->_private = &state;
  ctxt->sax->serror = on_parse_error;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->externalSubset = on_internal_subset;
  ctxt->sax->entityDecl = on_entity_decl;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->endElementNs = on_end_element;
  ctxt->sax->characters = on_characters;
  ctxt->sax->ignorableWhitespace = on_characters;

  doc = xmlCtxtReadMemory (ctxt, g_mapped_file_get_contents (mapped), (int) length,
                           path, NULL, options);

  hook_failed = state.hook_error != NULL;
  if (hook_failed)
    g_propagate_error (error, g_steal_pointer (&state.hook_error));
  else if (state.refused)
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, state.refusal_line,
                  "%s", state.refusal);
  else if (state.failed)
    set_parse_error (ctx, &state, error);
  else if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, 0,
                  _("the file is not well-formed XML"));

  if (state.refused || state.failed || hook_failed)
    g_clear_pointer (&doc, xmlFreeDoc);

  parse_state_clear (&state);
  ctxt->_private = NULL;

  return g_steal_pointer (&doc);
}

/* ------------------------------------------------------------------------ */
/* Schemas                                                                   */

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
      failure->line = node_line (node);
      if (node->parent != NULL && node->parent->type == XML_ELEMENT_NODE)
        failure->where = g_strdup_printf ("%s/%s", node_name (node->parent), node_name (node));
      else
        failure->where = g_strdup (node_name (node));
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
               const char           *kind,
               GError              **error)
{
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
                      element != NULL ? node_line (element) : 0,
                      _("the file does not follow the schema of Konkurs"));
    }

  g_free (failure.where);
  g_free (failure.message);

  return rc == 0;
}

static gboolean
validate_document (KonkursImportContext *ctx,
                   xmlDoc               *doc,
                   const char           *kind,
                   GError              **error)
{
  return validate_tree (ctx, doc, NULL, kind, error);
}

gboolean
konkurs_exchange_validate_element (KonkursImportContext *ctx,
                                   xmlNode              *element,
                                   const char           *kind,
                                   GError              **error)
{
  return validate_tree (ctx, element->doc, element, kind, error);
}

/* ------------------------------------------------------------------------ */
/* Reading values out of the tree                                            */

gboolean
konkurs_exchange_is_element (xmlNode    *node,
            const char *ns,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE
         && node->ns != NULL
         && g_strcmp0 ((const char *) node->ns->href, ns) == 0
         && g_strcmp0 ((const char *) node->name, name) == 0;
}

static xmlNode *
find_child (xmlNode    *parent,
            const char *name)
{
  const char *ns = parent->ns != NULL ? (const char *) parent->ns->href : NULL;

  /* Every kind of file keeps its elements in the namespace of its root. */
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, ns, name))
      return child;

  return NULL;
}

static char *
dup_xml_string (xmlChar *value)
{
  char *copy;

  if (value == NULL)
    return NULL;

  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

/* Text of the child element @name of @parent; NULL without error when an
 * optional element is missing. */
gboolean
konkurs_exchange_read_text_child (KonkursImportContext *ctx,
                 xmlNode       *parent,
                 const char    *name,
                 gboolean       required,
                 char         **out,
                 GError       **error)
{
  xmlNode *child = find_child (parent, name);
  g_autofree char *text = NULL;

  *out = NULL;

  if (child == NULL)
    {
      if (!required)
        return TRUE;
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (parent),
                    _("%s/%s: this required element is missing"), node_name (parent), name);
      return FALSE;
    }

  text = dup_xml_string (xmlNodeGetContent (child));
  if (required && is_blank (text))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (child),
                    _("%s/%s: must not be empty"), node_name (parent), name);
      return FALSE;
    }

  *out = g_steal_pointer (&text);
  return TRUE;
}

/* The attribute's value with surrounding blanks removed (the schema types
 * used for codes, numbers and dates collapse them too); NULL when absent. */
char *
konkurs_exchange_read_attr (xmlNode    *node,
           const char *name)
{
  char *value = dup_xml_string (xmlGetNoNsProp (node, (const xmlChar *) name));

  return value != NULL ? g_strstrip (value) : NULL;
}

/* Free text, kept exactly (xs:string does not collapse blanks either). */
char *
konkurs_exchange_read_text_attr (xmlNode    *node,
                const char *name)
{
  return dup_xml_string (xmlGetNoNsProp (node, (const xmlChar *) name));
}

static char *
require_attr (KonkursImportContext *ctx,
              xmlNode       *node,
              const char    *name,
              GError       **error)
{
  char *value = konkurs_exchange_read_attr (node, name);

  if (value == NULL)
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                  _("%s/%s: this required attribute is missing"), node_name (node), name);

  return value;
}

gboolean
konkurs_exchange_bad_value (KonkursImportContext *ctx,
           xmlNode       *node,
           const char    *attr,
           const char    *value,
           const char    *problem,
           GError       **error)
{
  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                "%s/%s: '%s' %s", node_name (node), attr, value, problem);
  return FALSE;
}

static gboolean
read_int_attr (KonkursImportContext *ctx,
               xmlNode       *node,
               const char    *name,
               int            min,
               int            max,
               int           *out,
               GError       **error)
{
  g_autofree char *value = require_attr (ctx, node, name, error);
  g_autofree char *problem = NULL;
  gint64 number;

  if (value == NULL)
    return FALSE;

  if (!g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &number, NULL))
    return konkurs_exchange_bad_value (ctx, node, name, value, _("is not a whole number"), error);

  if (number < min)
    return konkurs_exchange_bad_value (ctx, node, name, value,
                      min == 1 ? _("is not a positive number") : _("is negative"), error);

  if (number > max)
    {
      problem = g_strdup_printf (_("is more than %d"), max);
      return konkurs_exchange_bad_value (ctx, node, name, value, problem, error);
    }

  *out = (int) number;
  return TRUE;
}

static gboolean
read_bool_attr (KonkursImportContext *ctx,
                xmlNode       *node,
                const char    *name,
                gboolean      *out,
                GError       **error)
{
  g_autofree char *value = require_attr (ctx, node, name, error);

  if (value == NULL)
    return FALSE;

  if (g_str_equal (value, "true") || g_str_equal (value, "1"))
    *out = TRUE;
  else if (g_str_equal (value, "false") || g_str_equal (value, "0"))
    *out = FALSE;
  else
    return konkurs_exchange_bad_value (ctx, node, name, value, _("is neither “true” nor “false”"), error);

  return TRUE;
}

gboolean
konkurs_exchange_parse_iso_date (const char *text,
                GDate      *date)
{
  unsigned year, month, day;
  int consumed = 0;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  if (sscanf (text, "%4u-%2u-%2u%n", &year, &month, &day, &consumed) != 3 || consumed != 10)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static gboolean
read_date_attr (KonkursImportContext *ctx,
                xmlNode       *node,
                const char    *name,
                GDate         *out,
                GError       **error)
{
  g_autofree char *value = require_attr (ctx, node, name, error);

  if (value == NULL)
    return FALSE;

  if (!konkurs_exchange_parse_iso_date (value, out))
    return konkurs_exchange_bad_value (ctx, node, name, value,
                      _("is not a date in the form YYYY-MM-DD (for example 2025-03-21)"), error);

  return TRUE;
}

/* "a, b or c" for a message listing what is allowed. */
static char *
join_codes (const char *const *codes)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, codes[i + 1] != NULL ? ", " : _(" or "));
      g_string_append (text, codes[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
konkurs_exchange_bad_code (KonkursImportContext     *ctx,
          xmlNode           *node,
          const char        *attr,
          const char        *value,
          const char *const *codes,
          GError           **error)
{
  g_autofree char *allowed = join_codes (codes);
  g_autofree char *problem = g_strdup_printf (_("is not a known code; use %s"), allowed);

  return konkurs_exchange_bad_value (ctx, node, attr, value, problem, error);
}

/* ------------------------------------------------------------------------ */
/* Competitions: tree to objects                                             */

typedef struct {
  KonkursCompetition *competition;
  xmlNode            *node;
  char               *rule_set_code;  /* NULL: the rule set in force */
  GPtrArray          *vacancies;      /* of KonkursVacancy */
  GPtrArray          *vacancy_nodes;  /* of xmlNode, same order */
} CompetitionItem;

static void
competition_item_free (gpointer data)
{
  CompetitionItem *item = data;

  g_clear_object (&item->competition);
  g_free (item->rule_set_code);
  g_ptr_array_unref (item->vacancies);
  g_ptr_array_unref (item->vacancy_nodes);
  g_free (item);
}

static gboolean
read_vacancy_codes (KonkursImportContext  *ctx,
                    xmlNode        *node,
                    KonkursVacancy *vacancy,
                    GError        **error)
{
  const char *const corps_codes[] = {
    konkurs_corps_to_code (KONKURS_CORPS_A), konkurs_corps_to_code (KONKURS_CORPS_B), NULL
  };
  const char *const level_codes[] = {
    konkurs_level_to_code (KONKURS_LEVEL_CENTRAL), konkurs_level_to_code (KONKURS_LEVEL_REGIONAL),
    konkurs_level_to_code (KONKURS_LEVEL_DISTRICT), NULL
  };
  const char *const education_codes[] = {
    konkurs_education_to_code (KONKURS_EDUCATION_NONE),
    konkurs_education_to_code (KONKURS_EDUCATION_SECONDARY),
    konkurs_education_to_code (KONKURS_EDUCATION_VOCATIONAL),
    konkurs_education_to_code (KONKURS_EDUCATION_HIGHER),
    konkurs_education_to_code (KONKURS_EDUCATION_POSTGRADUATE), NULL
  };
  g_autofree char *corps_code = NULL;
  g_autofree char *level_code = NULL;
  g_autofree char *education_code = NULL;
  KonkursCorps corps;
  KonkursLevel level;
  KonkursEducation education;

  if ((corps_code = require_attr (ctx, node, "corps", error)) == NULL)
    return FALSE;
  if (!konkurs_corps_from_code (corps_code, &corps))
    return konkurs_exchange_bad_code (ctx, node, "corps", corps_code, corps_codes, error);

  if ((level_code = require_attr (ctx, node, "level", error)) == NULL)
    return FALSE;
  if (!konkurs_level_from_code (level_code, &level))
    return konkurs_exchange_bad_code (ctx, node, "level", level_code, level_codes, error);

  if ((education_code = require_attr (ctx, node, "education", error)) == NULL)
    return FALSE;
  if (!konkurs_education_from_code (education_code, &education))
    return konkurs_exchange_bad_code (ctx, node, "education", education_code, education_codes, error);

  konkurs_vacancy_set_corps (vacancy, corps);
  konkurs_vacancy_set_level (vacancy, level);
  konkurs_vacancy_set_education (vacancy, education);
  return TRUE;
}

static KonkursVacancy *
read_vacancy (KonkursImportContext *ctx,
              xmlNode       *node,
              GError       **error)
{
  g_autoptr(KonkursVacancy) vacancy = konkurs_vacancy_new ();
  g_autofree char *title = NULL;
  g_autofree char *sector = NULL;
  g_autofree char *requirements = NULL;
  g_autofree char *category = NULL;
  gboolean leadership = FALSE;
  int seats = 0, experience = 0;

  if (!konkurs_exchange_read_text_child (ctx, node, "position-title", TRUE, &title, error)
      || !read_vacancy_codes (ctx, node, vacancy, error)
      || !read_bool_attr (ctx, node, "leadership", &leadership, error)
      || !read_int_attr (ctx, node, "seats", 1, MAX_SEATS, &seats, error)
      || !read_int_attr (ctx, node, "experience-years", 0, MAX_EXPERIENCE, &experience, error)
      || !konkurs_exchange_read_text_child (ctx, node, "sector", FALSE, &sector, error)
      || !konkurs_exchange_read_text_child (ctx, node, "requirements", FALSE, &requirements, error))
    return NULL;

  category = konkurs_exchange_read_text_attr (node, "category");

  konkurs_vacancy_set_position_title (vacancy, title);
  konkurs_vacancy_set_category (vacancy, category);
  konkurs_vacancy_set_leadership (vacancy, leadership);
  konkurs_vacancy_set_seats (vacancy, seats);
  konkurs_vacancy_set_experience_years (vacancy, experience);
  konkurs_vacancy_set_sector (vacancy, sector);
  konkurs_vacancy_set_requirements (vacancy, requirements);

  return g_steal_pointer (&vacancy);
}

static gboolean
read_competition_fields (KonkursImportContext      *ctx,
                         xmlNode            *node,
                         KonkursCompetition *competition,
                         GError            **error)
{
  const char *const procedure_codes[] = {
    konkurs_procedure_to_code (KONKURS_PROCEDURE_CIVIL_SERVICE),
    konkurs_procedure_to_code (KONKURS_PROCEDURE_YOUTH_RESERVE), NULL
  };
  g_autofree char *procedure_code = NULL;
  g_autofree char *state_body = NULL;
  g_autofree char *title = NULL;
  KonkursProcedure procedure;
  GDate announced;

  g_date_clear (&announced, 1);

  if ((procedure_code = require_attr (ctx, node, "procedure", error)) == NULL)
    return FALSE;
  if (!konkurs_procedure_from_code (procedure_code, &procedure))
    return konkurs_exchange_bad_code (ctx, node, "procedure", procedure_code, procedure_codes, error);

  if (!read_date_attr (ctx, node, "announcement-date", &announced, error)
      || !konkurs_exchange_read_text_child (ctx, node, "state-body", TRUE, &state_body, error)
      || !konkurs_exchange_read_text_child (ctx, node, "title", FALSE, &title, error))
    return FALSE;

  /* document-deadline is deliberately not read: the store computes it from
   * the rule set and the calendar of this installation. */
  konkurs_competition_set_procedure (competition, procedure);
  konkurs_competition_set_announcement_date (competition, &announced);
  konkurs_competition_set_state_body (competition, state_body);
  konkurs_competition_set_title (competition, title);
  return TRUE;
}

static CompetitionItem *
read_competition (KonkursImportContext *ctx,
                  xmlNode       *node,
                  GError       **error)
{
  g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();
  g_autoptr(GPtrArray) vacancies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) vacancy_nodes = g_ptr_array_new ();
  CompetitionItem *item;
  char *rule_set;

  if (!read_competition_fields (ctx, node, competition, error))
    return NULL;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      KonkursVacancy *vacancy;

      if (!konkurs_exchange_is_element (child, COMPETITIONS_NS, "vacancy"))
        continue;

      vacancy = read_vacancy (ctx, child, error);
      if (vacancy == NULL)
        return NULL;

      g_ptr_array_add (vacancies, vacancy);
      g_ptr_array_add (vacancy_nodes, child);
    }

  rule_set = konkurs_exchange_read_attr (node, "rule-set");
  if (rule_set != NULL && rule_set[0] == '\0')
    g_clear_pointer (&rule_set, g_free);

  item = g_new0 (CompetitionItem, 1);
  item->competition = g_steal_pointer (&competition);
  item->node = node;
  item->rule_set_code = rule_set;
  item->vacancies = g_steal_pointer (&vacancies);
  item->vacancy_nodes = g_steal_pointer (&vacancy_nodes);
  return item;
}

static gpointer
competitions_convert (KonkursImportContext *ctx,
                      xmlNode       *root,
                      GError       **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (competition_item_free);
  g_autofree char *version = NULL;

  version = require_attr (ctx, root, "version", error);
  if (version == NULL)
    return NULL;
  if (!g_str_equal (version, COMPETITIONS_VERSION))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (root),
                    _("%s/version: '%s' is not a version this Konkurs reads (it reads %s); "
                      "a newer Konkurs may have written the file"),
                    node_name (root), version, COMPETITIONS_VERSION);
      return NULL;
    }

  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      CompetitionItem *item;

      if (!konkurs_exchange_is_element (child, COMPETITIONS_NS, "competition"))
        continue;

      item = read_competition (ctx, child, error);
      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }

  return g_steal_pointer (&items);
}

/* ------------------------------------------------------------------------ */
/* Competitions: objects to the database                                    */

/* A rule the store enforces is a fault of the file: say where it is.  Other
 * store failures (disk full, locked) keep their own domain and code. */
void
konkurs_exchange_propagate_store_error (KonkursImportContext *ctx,
                       xmlNode       *node,
                       GError        *store_error,
                       GError       **error)
{
  g_autoptr(GError) owned = store_error;
  const char *message = owned != NULL ? owned->message : _("the database refused the data");
  gboolean domain_fault = owned == NULL
                          || g_error_matches (owned, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID)
                          || g_error_matches (owned, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE)
                          || g_error_matches (owned, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND)
                          || owned->domain == KONKURS_CALENDAR_ERROR;

  if (domain_fault)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                    "%s: %s", node_name (node), message);
      return;
    }

  g_prefix_error (&owned, "%s:%ld: %s: ", ctx->display_name, node_line (node), node_name (node));
  g_propagate_error (error, g_steal_pointer (&owned));
}

static gboolean
resolve_rule_set (KonkursImportContext   *ctx,
                  CompetitionItem *item,
                  GHashTable      *rule_set_ids,
                  GError         **error)
{
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autoptr(GError) local_error = NULL;
  gpointer cached;

  if (item->rule_set_code == NULL)
    {
      konkurs_competition_set_rule_set_id (item->competition, 0);
      return TRUE;
    }

  if (g_hash_table_lookup_extended (rule_set_ids, item->rule_set_code, NULL, &cached))
    {
      konkurs_competition_set_rule_set_id (item->competition, *(gint64 *) cached);
      return TRUE;
    }

  rule_set = konkurs_store_find_rule_set_by_code (ctx->store, item->rule_set_code, &local_error);
  if (rule_set == NULL)
    {
      if (local_error != NULL
          && !g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
        {
          konkurs_exchange_propagate_store_error (ctx, item->node, g_steal_pointer (&local_error), error);
          return FALSE;
        }
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (item->node),
                    _("%s/rule-set: '%s' is not a rule set this database knows"),
                    node_name (item->node), item->rule_set_code);
      return FALSE;
    }

  g_hash_table_insert (rule_set_ids, g_strdup (item->rule_set_code),
                       g_memdup2 (&(gint64) { konkurs_rule_set_get_id (rule_set) }, sizeof (gint64)));
  konkurs_competition_set_rule_set_id (item->competition, konkurs_rule_set_get_id (rule_set));
  return TRUE;
}

static gboolean
insert_competition (KonkursImportContext   *ctx,
                    CompetitionItem *item,
                    GHashTable      *rule_set_ids,
                    GError         **error)
{
  GError *local_error = NULL;
  gint64 id;

  if (!resolve_rule_set (ctx, item, rule_set_ids, error))
    return FALSE;

  if (!konkurs_store_save_competition (ctx->store, item->competition, &local_error))
    {
      konkurs_exchange_propagate_store_error (ctx, item->node, local_error, error);
      return FALSE;
    }

  id = konkurs_competition_get_id (item->competition);
  for (guint i = 0; i < item->vacancies->len; i++)
    {
      KonkursVacancy *vacancy = g_ptr_array_index (item->vacancies, i);

      konkurs_vacancy_set_competition_id (vacancy, id);
      if (!konkurs_store_save_vacancy (ctx->store, vacancy, &local_error))
        {
          konkurs_exchange_propagate_store_error (ctx, g_ptr_array_index (item->vacancy_nodes, i), local_error, error);
          return FALSE;
        }
    }

  ctx->summary.competitions++;
  ctx->summary.vacancies += item->vacancies->len;
  return TRUE;
}

void
konkurs_exchange_report_progress (KonkursImportContext *ctx,
                                  double                fraction)
{
  int percent = (int) (fraction * 100);

  /* At most a hundred reports: each may cost a trip to the main loop. */
  if (ctx->progress != NULL && percent != ctx->reported)
    {
      ctx->reported = percent;
      ctx->progress (fraction, ctx->progress_data);
    }
}

/* Runs inside the transaction. */
static gboolean
competitions_insert (KonkursImportContext *ctx,
                     gpointer       plan,
                     GError       **error)
{
  GPtrArray *items = plan;
  g_autoptr(GHashTable) rule_set_ids = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                              g_free, g_free);
  int reported = -1;

  for (guint i = 0; i < items->len; i++)
    {
      int percent;

      if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
        return FALSE;

      if (!insert_competition (ctx, g_ptr_array_index (items, i), rule_set_ids, error))
        return FALSE;

      /* At most a hundred reports: each may cost a trip to the main loop. */
      percent = (int) ((i + 1) * 100 / items->len);
      if (ctx->progress != NULL && percent != reported)
        {
          reported = percent;
          ctx->progress ((double) (i + 1) / items->len, ctx->progress_data);
        }
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Import                                                                    */

/* The root element says what a file holds.  A new kind of file (expert
 * scores…) adds a row here with its schema and two functions: either
 * convert and insert (the whole tree is read first), or, for files that can
 * be huge, finish (the children of the root were handed over one by one
 * while parsing, see hand_over(), and inserted inside the transaction). */
typedef struct {
  const char *ns;
  const char *root;
  const char *kind;  /* schema: konkurs-KIND.xsd */
  gpointer  (*convert) (KonkursImportContext *ctx, xmlNode *root, GError **error);
  gboolean  (*insert)  (KonkursImportContext *ctx, gpointer plan, GError **error);
  GDestroyNotify free_plan;
  gboolean  (*finish)  (KonkursImportContext *ctx, xmlNode *root, GError **error);
} ExchangeKind;

static const ExchangeKind exchange_kinds[] = {
  { COMPETITIONS_NS, COMPETITIONS_ROOT, "competitions",
    competitions_convert, competitions_insert, (GDestroyNotify) g_ptr_array_unref, NULL },
  { KONKURS_CANDIDATES_NS, KONKURS_CANDIDATES_ROOT, "candidates",
    NULL, NULL, NULL, konkurs_exchange_candidates_finish },
};

static const ExchangeKind *
find_kind (KonkursImportContext *ctx,
           xmlNode       *root,
           GError       **error)
{
  const char *ns = root->ns != NULL ? (const char *) root->ns->href : NULL;

  for (guint i = 0; i < G_N_ELEMENTS (exchange_kinds); i++)
    {
      const ExchangeKind *kind = &exchange_kinds[i];

      if (!g_str_equal (node_name (root), kind->root))
        continue;

      if (g_strcmp0 (ns, kind->ns) == 0)
        return kind;

      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_UNKNOWN_KIND, node_line (root),
                    _("<%s> in the namespace “%s” is not a kind of file this Konkurs reads; "
                      "it expects the namespace “%s”"),
                    node_name (root), ns != NULL ? ns : "", kind->ns);
      return NULL;
    }

  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_UNKNOWN_KIND, node_line (root),
                _("<%s> is not a kind of file Konkurs reads; a file of competitions "
                  "begins with <%s>, a file of candidates with <%s>"),
                node_name (root), COMPETITIONS_ROOT, KONKURS_CANDIDATES_ROOT);
  return NULL;
}

static gboolean finish_transaction (KonkursImportContext *ctx,
                                    GError              **error);

static gboolean
import_plan (KonkursImportContext      *ctx,
             const ExchangeKind *kind,
             gpointer            plan,
             GError            **error)
{
  if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
    return FALSE;

  if (!konkurs_store_begin (ctx->store, error))
    return FALSE;

  if (!kind->insert (ctx, plan, error))
    {
      konkurs_store_rollback (ctx->store);
      return FALSE;
    }

  ctx->in_transaction = TRUE;
  return finish_transaction (ctx, error);
}

/* Commits the import's transaction, or rolls it back on cancel or error. */
static gboolean
finish_transaction (KonkursImportContext *ctx,
                    GError              **error)
{
  ctx->in_transaction = FALSE;

  /* The last chance to cancel without leaving anything behind. */
  if (g_cancellable_set_error_if_cancelled (ctx->cancellable, error))
    {
      konkurs_store_rollback (ctx->store);
      return FALSE;
    }

  if (!konkurs_store_commit (ctx->store, error))
    {
      konkurs_store_rollback (ctx->store);
      return FALSE;
    }

  return TRUE;
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
  g_autoptr(GHashTable) big_lines = g_hash_table_new (NULL, NULL);
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *display_name = NULL;
  KonkursImportContext ctx = { 0 };
  const ExchangeKind *kind = NULL;
  gpointer plan;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (summary != NULL)
    *summary = (KonkursImportSummary) { 0 };

  display_name = g_path_get_basename (path);
  ctx.store = store;
  ctx.display_name = display_name;
  ctx.cancellable = cancellable;
  ctx.progress = progress;
  ctx.progress_data = progress_data;
  ctx.big_lines = big_lines;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  xmlInitParser ();

  ctx.reported = -1;

  doc = parse_document (&ctx, path, error);
  ok = doc != NULL && (kind = find_kind (&ctx, xmlDocGetRootElement (doc), error)) != NULL;

  if (ok && kind->finish != NULL)
    {
      /* Streamed: the children are in the database (uncommitted) already;
       * what is left of the tree is the root. */
      ok = kind->finish (&ctx, xmlDocGetRootElement (doc), error)
           && validate_document (&ctx, doc, kind->kind, error)
           && finish_transaction (&ctx, error);
      if (ok)
        konkurs_exchange_report_progress (&ctx, 1.0);
    }
  else if (ok)
    {
      plan = kind->convert (&ctx, xmlDocGetRootElement (doc), error);
      ok = plan != NULL
           && validate_document (&ctx, doc, kind->kind, error)
           && import_plan (&ctx, kind, plan, error);
      if (plan != NULL)
        kind->free_plan (plan);
    }

  if (ctx.in_transaction)
    konkurs_store_rollback (store);
  g_clear_pointer (&ctx.validator, xmlSchemaFreeValidCtxt);
  if (ctx.stream_data_free != NULL)
    g_clear_pointer (&ctx.stream_data, ctx.stream_data_free);

  if (ok && summary != NULL)
    *summary = ctx.summary;

  return ok;
}

/* ------------------------------------------------------------------------ */
/* Export                                                                    */

static int
sink_write (void       *sink,
            const char *buffer,
            int         len)
{
  return konkurs_file_sink_write (sink, buffer, (gsize) len) ? len : -1;
}

/* XML 1.0 cannot hold most control characters, not even escaped. */
static gboolean
is_xml_text (const char *text)
{
  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        return FALSE;
    }

  return TRUE;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

#define CHECK(call) G_STMT_START { if ((call) < 0) return FALSE; } G_STMT_END

static gboolean
write_text_element (xmlTextWriter *writer,
                    const char    *name,
                    const char    *text,
                    gboolean       required)
{
  if (!required && (text == NULL || text[0] == '\0'))
    return TRUE;

  CHECK (xmlTextWriterWriteElement (writer, (const xmlChar *) name,
                                    (const xmlChar *) (text != NULL ? text : "")));
  return TRUE;
}

static gboolean
write_attribute (xmlTextWriter *writer,
                 const char    *name,
                 const char    *value)
{
  CHECK (xmlTextWriterWriteAttribute (writer, (const xmlChar *) name, (const xmlChar *) value));
  return TRUE;
}

static gboolean
write_vacancy (xmlTextWriter  *writer,
               KonkursVacancy *vacancy)
{
  const char *category = konkurs_vacancy_get_category (vacancy);
  g_autofree char *seats = g_strdup_printf ("%d", konkurs_vacancy_get_seats (vacancy));
  g_autofree char *experience = g_strdup_printf ("%d", konkurs_vacancy_get_experience_years (vacancy));

  CHECK (xmlTextWriterStartElement (writer, (const xmlChar *) "vacancy"));
  if (!write_attribute (writer, "corps", konkurs_corps_to_code (konkurs_vacancy_get_corps (vacancy)))
      || (category != NULL && category[0] != '\0' && !write_attribute (writer, "category", category))
      || !write_attribute (writer, "leadership", konkurs_vacancy_get_leadership (vacancy) ? "true" : "false")
      || !write_attribute (writer, "level", konkurs_level_to_code (konkurs_vacancy_get_level (vacancy)))
      || !write_attribute (writer, "seats", seats)
      || !write_attribute (writer, "education",
                           konkurs_education_to_code (konkurs_vacancy_get_education (vacancy)))
      || !write_attribute (writer, "experience-years", experience)
      || !write_text_element (writer, "position-title", konkurs_vacancy_get_position_title (vacancy), TRUE)
      || !write_text_element (writer, "sector", konkurs_vacancy_get_sector (vacancy), FALSE)
      || !write_text_element (writer, "requirements", konkurs_vacancy_get_requirements (vacancy), FALSE))
    return FALSE;
  CHECK (xmlTextWriterEndElement (writer));

  return TRUE;
}

static gboolean
write_competition (xmlTextWriter      *writer,
                   KonkursCompetition *competition,
                   const char         *rule_set_code,
                   GPtrArray          *vacancies)
{
  const GDate *announced = konkurs_competition_get_announcement_date (competition);
  const GDate *deadline = konkurs_competition_get_document_deadline (competition);
  g_autofree char *announced_text = announced != NULL ? format_date (announced) : g_strdup ("");
  g_autofree char *deadline_text = deadline != NULL ? format_date (deadline) : NULL;

  CHECK (xmlTextWriterStartElement (writer, (const xmlChar *) "competition"));
  if (!write_attribute (writer, "procedure",
                        konkurs_procedure_to_code (konkurs_competition_get_procedure (competition)))
      || (rule_set_code != NULL && !write_attribute (writer, "rule-set", rule_set_code))
      || !write_attribute (writer, "announcement-date", announced_text)
      || (deadline_text != NULL && !write_attribute (writer, "document-deadline", deadline_text))
      || !write_text_element (writer, "state-body", konkurs_competition_get_state_body (competition), TRUE)
      || !write_text_element (writer, "title", konkurs_competition_get_title (competition), FALSE))
    return FALSE;

  for (guint i = 0; vacancies != NULL && i < vacancies->len; i++)
    if (!write_vacancy (writer, g_ptr_array_index (vacancies, i)))
      return FALSE;

  CHECK (xmlTextWriterEndElement (writer));
  return TRUE;
}

#undef CHECK

static int
compare_competitions_by_id (gconstpointer a,
                            gconstpointer b)
{
  gint64 id_a = konkurs_competition_get_id (*(KonkursCompetition **) a);
  gint64 id_b = konkurs_competition_get_id (*(KonkursCompetition **) b);

  return (id_a > id_b) - (id_a < id_b);
}

/* Everything the file will hold, read before the file is created. */
typedef struct {
  GPtrArray  *competitions;   /* by id */
  GPtrArray  *vacancies;      /* owns them */
  GHashTable *by_competition; /* competition id → GPtrArray of borrowed vacancies, by id */
  GHashTable *rule_set_codes; /* rule set id → code */
} ExportData;

static void
export_data_clear (ExportData *data)
{
  g_clear_pointer (&data->competitions, g_ptr_array_unref);
  g_clear_pointer (&data->by_competition, g_hash_table_unref);
  g_clear_pointer (&data->vacancies, g_ptr_array_unref);
  g_clear_pointer (&data->rule_set_codes, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ExportData, export_data_clear)

static gboolean
export_data_load (KonkursStore *store,
                  ExportData   *data,
                  GError      **error)
{
  g_autoptr(GPtrArray) rule_sets = NULL;

  data->competitions = konkurs_store_list_competitions (store, error);
  if (data->competitions == NULL)
    return FALSE;
  g_ptr_array_sort (data->competitions, compare_competitions_by_id);

  data->vacancies = konkurs_store_list_vacancies (store, 0, error);
  if (data->vacancies == NULL)
    return FALSE;

  data->by_competition = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < data->vacancies->len; i++)
    {
      KonkursVacancy *vacancy = g_ptr_array_index (data->vacancies, i);
      gint64 competition_id = konkurs_vacancy_get_competition_id (vacancy);
      GPtrArray *group = g_hash_table_lookup (data->by_competition, &competition_id);

      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (data->by_competition, g_memdup2 (&competition_id, sizeof competition_id), group);
        }
      g_ptr_array_add (group, vacancy);
    }

  rule_sets = konkurs_store_list_rule_sets (store, error);
  if (rule_sets == NULL)
    return FALSE;

  data->rule_set_codes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < rule_sets->len; i++)
    {
      KonkursRuleSet *rule_set = g_ptr_array_index (rule_sets, i);
      gint64 id = konkurs_rule_set_get_id (rule_set);

      g_hash_table_insert (data->rule_set_codes, g_memdup2 (&id, sizeof id),
                           g_strdup (konkurs_rule_set_get_code (rule_set)));
    }

  return TRUE;
}

static gboolean
competition_is_xml_text (KonkursCompetition *competition,
                         GPtrArray          *vacancies)
{
  if (!is_xml_text (konkurs_competition_get_state_body (competition))
      || !is_xml_text (konkurs_competition_get_title (competition)))
    return FALSE;

  for (guint i = 0; vacancies != NULL && i < vacancies->len; i++)
    {
      KonkursVacancy *vacancy = g_ptr_array_index (vacancies, i);

      if (!is_xml_text (konkurs_vacancy_get_position_title (vacancy))
          || !is_xml_text (konkurs_vacancy_get_category (vacancy))
          || !is_xml_text (konkurs_vacancy_get_sector (vacancy))
          || !is_xml_text (konkurs_vacancy_get_requirements (vacancy)))
        return FALSE;
    }

  return TRUE;
}

static gboolean
write_document (xmlTextWriter *writer,
                ExportData    *data,
                GCancellable  *cancellable,
                const char    *display_name,
                GError       **error)
{
  if (xmlTextWriterSetIndent (writer, 1) < 0
      || xmlTextWriterSetIndentString (writer, (const xmlChar *) "  ") < 0
      || xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL) < 0
      || xmlTextWriterStartElement (writer, (const xmlChar *) COMPETITIONS_ROOT) < 0
      /* Written by hand so that it comes first, as people write it. */
      || xmlTextWriterWriteAttribute (writer, (const xmlChar *) "xmlns",
                                      (const xmlChar *) COMPETITIONS_NS) < 0
      || xmlTextWriterWriteAttribute (writer, (const xmlChar *) "version",
                                      (const xmlChar *) COMPETITIONS_VERSION) < 0)
    goto failed;

  for (guint i = 0; i < data->competitions->len; i++)
    {
      KonkursCompetition *competition = g_ptr_array_index (data->competitions, i);
      gint64 id = konkurs_competition_get_id (competition);
      gint64 rule_set_id = konkurs_competition_get_rule_set_id (competition);
      GPtrArray *vacancies = g_hash_table_lookup (data->by_competition, &id);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;

      if (!competition_is_xml_text (competition, vacancies))
        {
          g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                       _("The competition of “%s” contains a control character that an XML "
                         "file cannot hold; correct the text and export again."),
                       konkurs_competition_get_state_body (competition));
          return FALSE;
        }

      if (!write_competition (writer, competition,
                              g_hash_table_lookup (data->rule_set_codes, &rule_set_id),
                              vacancies))
        goto failed;
    }

  if (xmlTextWriterEndDocument (writer) < 0)
    goto failed;

  return TRUE;

failed:
  g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
               _("%s cannot be written."), display_name);
  return FALSE;
}

typedef struct {
  ExportData   *data;
  GCancellable *cancellable;
  const char   *display_name;
} ExportJob;

static gboolean
fill_document (KonkursFileSink *sink,
               gpointer         user_data,
               GError         **error)
{
  ExportJob *job = user_data;
  xmlOutputBuffer *output;
  xmlTextWriter *writer = NULL;
  gboolean ok;

  output = xmlOutputBufferCreateIO (sink_write, NULL, sink, NULL);
  if (output == NULL || (writer = xmlNewTextWriter (output)) == NULL)
    {
      if (output != NULL)
        xmlOutputBufferClose (output);
      g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                   _("%s cannot be written: out of memory."), job->display_name);
      return FALSE;
    }

  ok = write_document (writer, job->data, job->cancellable, job->display_name, error);
  /* Frees @output too, flushing what is left. */
  xmlFreeTextWriter (writer);

  return ok;
}

gboolean
konkurs_exchange_export_file (KonkursStore  *store,
                              const char    *path,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_auto(ExportData) data = { 0 };
  g_autofree char *display_name = NULL;
  g_autoptr(GError) local_error = NULL;
  ExportJob job = { &data, cancellable, NULL };
  gboolean loaded;

  g_return_val_if_fail (KONKURS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  display_name = g_path_get_basename (path);
  job.display_name = display_name;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* One transaction around the reads, so that a competition changed by the
   * window meanwhile is exported either whole or as it was, never with
   * half of its vacancies.  Nothing is written: it is rolled back. */
  if (!konkurs_store_begin (store, error))
    return FALSE;
  loaded = export_data_load (store, &data, error);
  konkurs_store_rollback (store);
  if (!loaded)
    return FALSE;

  xmlInitParser ();

  if (konkurs_file_replace (path, fill_document, &job, &local_error))
    return TRUE;

  if (local_error->domain == G_IO_ERROR && local_error->code != G_IO_ERROR_CANCELLED)
    g_set_error_literal (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE, local_error->message);
  else
    g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}
