/* konkurs-exchange-parse.c — reading an XML file that may be hostile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every kind of file is parsed here, with libxml2's SAX parser building the
 * tree through hooks of ours: they refuse a DOCTYPE (where entity bombs and
 * external entities come from) and entity declarations before anything is
 * declared or loaded, refuse nesting deeper than MAX_DEPTH, keep the true
 * line of elements past line 65535, and, for a streamed format, hand each
 * child of the root over as soon as it is complete and free it.  The file
 * is opened by us, never by libxml2 (which would decompress it), and fed
 * to the parser in chunks: a file of any size is read in the memory of a
 * chunk and of one child of the root.  It is mapped as well, for the
 * first bytes and for the messages that quote it; the pages of a mapping
 * are read only where they are looked at.  libxml2's errors become
 * messages that say where and what in words: unclosed element, truncated
 * file, unknown entity.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>

#include "konkurs-autocleanups.h"
#include "konkurs-exchange-private.h"

/* Deeper than any Konkurs file needs (they use 3 levels); a limit far below
 * libxml2's own 256 keeps recursive walkers and the validator cheap. */
#define MAX_DEPTH     64
/* What is read from the file at a time. */
#define CHUNK_SIZE    (64 * 1024)
/* No value of a Konkurs file comes near this (an address, a requirement
 * are a few hundred characters); a longer one is a broken or hostile
 * file, said as such rather than by whatever libxml2 trips on. */
#define MAX_ATTRIBUTE_LENGTH 10000
/* The longest text of an element: a vacancy's requirements run to a few
 * pages; a name is checked far shorter by the rules. */
#define MAX_TEXT_LENGTH 100000
/* libxml2's own limit on an attribute, without XML_PARSE_HUGE. */
#define LIBXML_ATTRIBUTE_LIMIT 10000000

typedef struct {
  KonkursImportContext *ctx;
  const char *bytes;        /* the whole file mapped, for messages that quote it */
  gsize       length;
  gboolean  streaming;      /* the root's children are handed over one by one */
  glong     text_length;    /* characters of text in the current element so far */
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
refuse_at (xmlParserCtxt *ctxt,
           long           line,
           char          *message)
{
  ParseState *state = ctxt->_private;

  if (!state->refused)
    {
      state->refused = TRUE;
      state->refusal = message;
      state->refusal_line = line;
    }
  else
    g_free (message);

  xmlStopParser (ctxt);
}

static void
refuse (xmlParserCtxt *ctxt,
        char          *message)
{
  refuse_at (ctxt, xmlSAX2GetLineNumber (ctxt), message);
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

  state->text_length = 0;

  /* Five pointers an attribute: name, prefix, URI, value, its end. */
  for (int i = 0; i < nb_attributes; i++)
    {
      const char *value = (const char *) attributes[5 * i + 3];
      const char *end = (const char *) attributes[5 * i + 4];
      glong characters = g_utf8_strlen (value, end - value);

      if (characters > MAX_ATTRIBUTE_LENGTH)
        {
          refuse (ctxt, g_strdup_printf (_("%s/@%s: the attribute is %ld characters long; Konkurs reads "
                                           "at most %d characters in an attribute"),
                                         (const char *) localname, (const char *) attributes[5 * i],
                                         characters, MAX_ATTRIBUTE_LENGTH));
          return;
        }
    }

  /* The root says what the file holds, and whether it is read as a stream;
   * a file read without a store (konkurs_exchange_read_whole(): a package,
   * results) is of the kind the caller said, and never streamed. */
  if (ctxt->nameNr == 0 && state->ctx->store != NULL)
    {
      state->ctx->format = konkurs_exchange_find_format ((const char *) localname, (const char *) uri);
      state->streaming = state->ctx->format != NULL && state->ctx->format->read_record != NULL;
    }

  xmlSAX2StartElementNs (ctx, localname, prefix, uri, nb_namespaces, namespaces,
                         nb_attributes, nb_defaulted, attributes);

  /* ctxt->node is the new element; the check on the table keeps a parent
   * right should creating the element have failed. */
  if (ctxt->node != NULL && ctxt->node->line == G_MAXUINT16 && ctxt->input != NULL
      && !g_hash_table_contains (state->ctx->big_lines, ctxt->node))
    g_hash_table_insert (state->ctx->big_lines, ctxt->node, GSIZE_TO_POINTER ((gsize) ctxt->input->line));
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
  gsize length = state->length;
  gboolean ok;

  ok = konkurs_exchange_import_record (ctx, child, &state->hook_error);

  forget_big_lines (ctx->big_lines, child);
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

  state->text_length = 0;
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

  state->text_length += g_utf8_strlen ((const char *) text, length);
  if (state->text_length > MAX_TEXT_LENGTH && ctxt->node != NULL)
    {
      refuse_at (ctxt, konkurs_exchange_node_line (state->ctx, ctxt->node),
                 g_strdup_printf (_("%s: the text is longer than %d characters; Konkurs reads at most %d "
                                    "characters in an element"),
                                  (const char *) ctxt->node->name, MAX_TEXT_LENGTH, MAX_TEXT_LENGTH));
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

/* Errors libxml2 raises without a parser context (failed conversions of
 * the encoding, its I/O layer) go to the thread's handler, by default
 * stderr: caught here while a file is parsed. */
static void
on_global_error (void        *data,
                 xmlErrorPtr  err)
{
  xmlParserCtxt *ctxt = data;
  ParseState *state = ctxt->_private;

  if (err->level < XML_ERR_ERROR || state == NULL || state->failed)
    return;

  state->failed = TRUE;
  state->error_code = err->code;
  state->error_line = ctxt->input != NULL ? ctxt->input->line : 0;
  state->error_str1 = g_strdup (err->str1);
  state->error_message = g_strstrip (g_strdup (err->message != NULL ? err->message : ""));
}

static gboolean
is_encoding_error (ParseState *state)
{
  switch (state->error_code)
    {
    case XML_ERR_UNSUPPORTED_ENCODING:
    case XML_ERR_INVALID_ENCODING:
    case XML_I18N_CONV_FAILED:
    case XML_IO_ENCODER:
      return TRUE;
    case XML_ERR_INVALID_CHAR:
      return g_str_has_prefix (state->error_message, "Input is not proper UTF-8");
    default:
      return FALSE;
    }
}

/* libxml2 quotes the bytes it could not convert ("bytes 0xD0 0x90…"):
 * their line in the file, which is more exact than the parser's, who
 * converts ahead of what it parses; 0 when not found. */
static long
line_of_quoted_bytes (ParseState *state)
{
  const char *hex = strstr (state->error_message, "0x");
  g_autoptr(GByteArray) quoted = g_byte_array_new ();
  const char *found;

  for (; hex != NULL && g_ascii_isxdigit (hex[2]) && g_ascii_isxdigit (hex[3]); hex = strstr (hex + 4, "0x"))
    {
      guint8 byte = (guint8) (g_ascii_xdigit_value (hex[2]) * 16 + g_ascii_xdigit_value (hex[3]));

      g_byte_array_append (quoted, &byte, 1);
    }
  if (quoted->len == 0)
    return 0;
  found = memmem (state->bytes, state->length, quoted->data, quoted->len);
  if (found == NULL)
    return 0;

  {
    long line = 1;

    for (const char *p = state->bytes; p < found; p++)
      line += *p == '\n';
    return line;
  }
}

static void
set_encoding_error (KonkursImportContext *ctx,
                    ParseState           *state,
                    GError              **error)
{
  g_autofree char *declared = konkurs_exchange_declared_encoding (state->bytes, state->length);
  long line = line_of_quoted_bytes (state);
  int code = KONKURS_EXCHANGE_ERROR_MALFORMED;

  if (state->error_code == XML_ERR_UNSUPPORTED_ENCODING)
    konkurs_exchange_set_error_at (error, ctx, code, 1,
                                   _("the file declares the encoding “%s”, which Konkurs cannot read; save "
                                     "the file as UTF-8 and declare encoding=\"UTF-8\""),
                                   declared != NULL ? declared : state->error_str1 != NULL ? state->error_str1 : "?");
  else if (declared != NULL)
    konkurs_exchange_set_error_at (error, ctx, code, line > 0 ? line : state->error_line,
                                   _("the text on this line is not in the encoding “%s” the file declares on "
                                     "line 1; declare the encoding the file is saved in (for example "
                                     "encoding=\"windows-1251\"), or save it as %s"),
                                   declared, declared);
  else
    konkurs_exchange_set_error_at (error, ctx, code, line > 0 ? line : state->error_line,
                                   _("the text on this line is not UTF-8, which an XML file without an "
                                     "encoding declaration must be; declare the encoding the file is saved "
                                     "in on its first line (for example <?xml version=\"1.0\" "
                                     "encoding=\"windows-1251\"?>), or save it as UTF-8"));
}

/* libxml2's "AttValue length too long" names neither the attribute nor
 * its element: look for them in the file. */
static gboolean
set_long_attribute_error (KonkursImportContext *ctx,
                          ParseState           *state,
                          GError              **error)
{
  g_autofree char *element = NULL;
  g_autofree char *attribute = NULL;
  long line = 0;

  if (!konkurs_exchange_find_long_attribute (state->bytes, state->length, state->error_line,
                                             MAX_ATTRIBUTE_LENGTH, &element, &attribute, &line))
    return FALSE;
  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, line,
                                 _("%s/@%s: the attribute is longer than %d characters; Konkurs reads at "
                                   "most %d characters in an attribute"),
                                 element, attribute, LIBXML_ATTRIBUTE_LIMIT, MAX_ATTRIBUTE_LENGTH);
  return TRUE;
}

static void
set_parse_error (KonkursImportContext *ctx,
                 ParseState    *state,
                 GError       **error)
{
  const char *str1 = state->error_str1 != NULL ? state->error_str1 : "";
  int code = KONKURS_EXCHANGE_ERROR_MALFORMED;
  long line = state->error_line;

  if (is_encoding_error (state))
    {
      set_encoding_error (ctx, state, error);
      return;
    }
  /* Read whole, libxml2 says "AttValue length too long"; pushed in
   * chunks, "Huge input lookup" as it waits for the value's end. */
  if (((state->error_code == XML_ERR_ATTRIBUTE_NOT_FINISHED && strstr (state->error_message, "too long") != NULL)
       || (state->error_code == XML_ERR_INTERNAL_ERROR && strstr (state->error_message, "Huge input lookup") != NULL))
      && set_long_attribute_error (ctx, state, error))
    return;

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
 * decompress gzip and xz, which turns a small file into a large one.  The
 * file stays open in *@fd for reading it in chunks. */
static GMappedFile *
map_file (KonkursImportContext *ctx,
          const char    *path,
          int           *fd_out,
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

  mapped = g_mapped_file_new_from_fd (fd, FALSE, &local_error);
  if (mapped == NULL)
    {
      close (fd);
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_READ, 0,
                                     _("the file cannot be read: %s"), local_error->message);
      return NULL;
    }

  *fd_out = fd;
  return mapped;
}

static gboolean
read_chunk (KonkursImportContext *ctx,
            int                   fd,
            char                 *chunk,
            ssize_t              *n,
            GError              **error)
{
  do
    *n = read (fd, chunk, CHUNK_SIZE);
  while (*n < 0 && errno == EINTR);
  if (*n >= 0)
    return TRUE;

  {
    int saved_errno = errno;
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_READ, 0,
                                   _("the file cannot be read: %s"), g_strerror (saved_errno));
  }
  return FALSE;
}

/* Feeds the rest of the file to the push parser @ctxt, a chunk at a time,
 * until its end or until a hook stops the parser: libxml2 keeps only what
 * it has not parsed yet, so the memory does not grow with the file. */
static gboolean
feed_file (KonkursImportContext *ctx,
           xmlParserCtxt        *ctxt,
           int                   fd,
           char                 *chunk,
           GError              **error)
{
  ssize_t n;

  do
    {
      if (!read_chunk (ctx, fd, chunk, &n, error))
        return FALSE;
      xmlParseChunk (ctxt, chunk, (int) n, n == 0);
    }
  while (n > 0 && !ctxt->disableSAX && ctxt->instate != XML_PARSER_EOF);
  return TRUE;
}

/* No XML_PARSE_NOENT (entities stay references), no XML_PARSE_DTDLOAD or
 * DTDATTR (nothing external is loaded), no XML_PARSE_HUGE (libxml2 keeps its
 * limits on text and names), no network, and the SAX hooks above refuse
 * DOCTYPE, entity declarations and deep nesting outright. */
static xmlDoc *
parse_mapped (KonkursImportContext *ctx,
              const char           *path,
              GMappedFile          *mapped,
              int                   fd,
              GError              **error)
{
  g_autoptr(xmlParserCtxt) ctxt = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *chunk = NULL;
  ssize_t first = 0;
  ParseState state = { 0 };
  const int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOWARNING;
  g_autoptr(GError) read_error = NULL;
  gboolean hook_failed, read_ok;
  gsize length;
  xmlStructuredErrorFunc saved_handler;
  void *saved_data;

  length = g_mapped_file_get_length (mapped);
  if (length == 0)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, 0, _("the file is empty"));
      return NULL;
    }
  if (!konkurs_exchange_sniff (ctx, g_mapped_file_get_contents (mapped), length, error))
    return NULL;

  /* The first chunk is given with the context, which tells the encoding
   * from its first bytes. */
  chunk = g_malloc (CHUNK_SIZE);
  if (!read_chunk (ctx, fd, chunk, &first, error))
    return NULL;
  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL || xmlCtxtResetPush (ctxt, chunk, (int) first, path, NULL) != 0)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_READ, 0, _("out of memory"));
      return NULL;
    }

  state.ctx = ctx;
  state.bytes = g_mapped_file_get_contents (mapped);
  state.length = length;
  ctxt->_private = &state;
  ctxt->sax->serror = on_parse_error;
  ctxt->sax->internalSubset = on_internal_subset;
  ctxt->sax->externalSubset = on_internal_subset;
  ctxt->sax->entityDecl = on_entity_decl;
  ctxt->sax->startElementNs = on_start_element;
  ctxt->sax->endElementNs = on_end_element;
  ctxt->sax->characters = on_characters;
  ctxt->sax->ignorableWhitespace = on_characters;
  xmlCtxtUseOptions (ctxt, options);

  saved_handler = xmlStructuredError;
  saved_data = xmlStructuredErrorContext;
  xmlSetStructuredErrorFunc (ctxt, on_global_error);
  read_ok = feed_file (ctx, ctxt, fd, chunk, &read_error);
  xmlSetStructuredErrorFunc (saved_data, saved_handler);
  /* Pushed, a file that ends inside an element is "Extra content at the
   * end of the document"; read whole, it was the element not finished,
   * which says which one. */
  if (state.failed && state.error_code == XML_ERR_DOCUMENT_END && ctxt->nameNr > 0 && ctxt->node != NULL)
    {
      state.error_code = XML_ERR_TAG_NOT_FINISHED;
      g_free (state.error_str1);
      state.error_str1 = g_strdup ((const char *) ctxt->node->name);
      state.error_int1 = (int) konkurs_exchange_node_line (ctx, ctxt->node);
      /* the end of the file: past what the parser held back unparsed */
      if (ctxt->input != NULL)
        {
          state.error_line = ctxt->input->line;
          for (const xmlChar *p = ctxt->input->cur; p != NULL && p < ctxt->input->end; p++)
            state.error_line += *p == '\n';
        }
    }
  doc = g_steal_pointer (&ctxt->myDoc);
  if (!ctxt->wellFormed)
    g_clear_pointer (&doc, xmlFreeDoc);

  hook_failed = state.hook_error != NULL;
  if (hook_failed)
    g_propagate_error (error, g_steal_pointer (&state.hook_error));
  else if (!read_ok)
    g_propagate_error (error, g_steal_pointer (&read_error));
  else if (state.refused)
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, state.refusal_line,
                                   "%s", state.refusal);
  else if (state.failed)
    set_parse_error (ctx, &state, error);
  else if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, 0,
                                   _("the file is not well-formed XML"));

  if (state.refused || state.failed || hook_failed || !read_ok)
    g_clear_pointer (&doc, xmlFreeDoc);

  parse_state_clear (&state);
  ctxt->_private = NULL;

  return g_steal_pointer (&doc);
}

xmlDoc *
konkurs_exchange_parse_file (KonkursImportContext *ctx,
                             const char           *path,
                             GError              **error)
{
  g_autoptr(GMappedFile) mapped = NULL;
  xmlDoc *doc;
  int fd = -1;

  mapped = map_file (ctx, path, &fd, error);
  if (mapped == NULL)
    return NULL;
  doc = parse_mapped (ctx, path, mapped, fd, error);
  close (fd);
  return doc;
}
