/* konkurs-exchange-reader.h — what every importer of a kind of XML file
 * uses: the hardened parser, the schemas, and reading values with messages
 * that say where the fault is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "konkurs-exchange.h"

G_BEGIN_DECLS

typedef struct _KonkursExchangeFormat KonkursExchangeFormat;

/* An enumeration as files write it: by the codes of its to_code and
 * from_code functions (konkurs_level_to_code()…).  A message about a wrong
 * code lists those of the values @first to @last, in that order (values
 * without a code are skipped). */
typedef gboolean    (*KonkursExchangeFromCode) (const char *code,
                                                gpointer    out);
typedef const char *(*KonkursExchangeToCode)   (int         value);
typedef struct {
  KonkursExchangeFromCode from_code;
  KonkursExchangeToCode   to_code;
  int                     first;
  int                     last;
} KonkursExchangeEnum;

/* KONKURS_EXCHANGE_ENUM (konkurs_level, KONKURS_LEVEL_CENTRAL, KONKURS_LEVEL_DISTRICT) */
#define KONKURS_EXCHANGE_ENUM(prefix, first, last) \
  { (KonkursExchangeFromCode) prefix##_from_code, (KonkursExchangeToCode) prefix##_to_code, (first), (last) }

/* One import in progress. */
typedef struct {
  KonkursStore                *store;
  char                        *display_name;  /* basename of the file, for messages */
  GCancellable                *cancellable;
  KonkursProgressFunc          progress;
  gpointer                     progress_data;
  KonkursImportSummary         summary;
  int                          reported;      /* last percentage reported, -1 before */
  GHashTable                  *big_lines;     /* xmlNode → line, past 65535 */

  /* The language of the texts of a file that does not declare it
   * (xml:lang), as the caller says; -1 when it did not. */
  int                          language;

  /* The kind of file, once its root element was read, and the version of
   * it the file has (ctx->format->oldest_version to ->version). */
  const KonkursExchangeFormat *format;
  int                          version;
  xmlSchemaValidCtxt          *validator;     /* reused for every record */
  gpointer                     records;       /* what a streamed format's records share */
  gboolean                     in_transaction;
  /* A whole database is restored (konkurs-exchange-database.c): files of
   * candidates may then carry personal codes and decisions. */
  gboolean                     restoring;
  /* Why a results file replaces an earlier one of its package
   * (konkurs_exchange_import_essay_results()); NULL: none given. */
  const char                  *reason;
} KonkursImportContext;

/* ------------------------------------------------------------------------ */
/* Parsing (konkurs-exchange-parse.c) */

/* Reads and parses @path: at most 256 MiB, no DOCTYPE, no entities, nothing
 * loaded from outside, at most 64 levels of elements.  When the root is that
 * of a streamed format, each child of the root is handed to
 * konkurs_exchange_import_record() as soon as it is complete and freed
 * afterwards; the tree returned then holds the root alone. */
xmlDoc  *konkurs_exchange_parse_file      (KonkursImportContext *ctx,
                                           const char           *path,
                                           GError              **error);

/* ------------------------------------------------------------------------ */
/* Schemas (konkurs-exchange-schema.c) */

/* Validates @doc against the schema of ctx->format. */
gboolean konkurs_exchange_validate_document (KonkursImportContext *ctx,
                                             xmlDoc               *doc,
                                             GError              **error);
/* Validates the subtree of @element, whose name the schema declares
 * globally: one record of a streamed file. */
gboolean konkurs_exchange_validate_element  (KonkursImportContext *ctx,
                                             xmlNode              *element,
                                             GError              **error);

/* ------------------------------------------------------------------------ */
/* Messages (konkurs-exchange-read.c)
 *
 * Every message of an import begins with "FILE:LINE: " and names the
 * element, and the attribute when there is one, as "ELEMENT/ATTRIBUTE";
 * the attribute is written with the @ of the format (see
 * KonkursExchangeFormat.attr_prefix). */

/* "FILE:LINE: message" (or "FILE: message" when @line is 0) in
 * KONKURS_EXCHANGE_ERROR with @code. */
void     konkurs_exchange_set_error_at    (GError              **error,
                                           KonkursImportContext *ctx,
                                           int                   code,
                                           long                  line,
                                           const char           *format,
                                           ...) G_GNUC_PRINTF (5, 6);
/* "a, b or c", for a message that lists what is allowed. */
char    *konkurs_exchange_join_alternatives (const char *const *alternatives);
/* The true line of @node, also past line 65535. */
long     konkurs_exchange_node_line       (KonkursImportContext *ctx,
                                           xmlNode              *node);
/* The name of @node, as messages write it. */
static inline const char *
konkurs_exchange_node_name (xmlNode *node)
{
  return (const char *) node->name;
}

/* A rule the store enforces becomes INVALID at the line of @node; other
 * failures of the store keep their domain (takes @store_error). */
void     konkurs_exchange_propagate_store_error (KonkursImportContext *ctx,
                                                 xmlNode              *node,
                                                 GError               *store_error,
                                                 GError              **error);
/* Calls the progress function when the percentage changed. */
void     konkurs_exchange_report_progress (KonkursImportContext *ctx,
                                           double                fraction);

/* ------------------------------------------------------------------------ */
/* Reading values (konkurs-exchange-read.c) */

gboolean konkurs_exchange_is_element      (xmlNode              *node,
                                           const char           *ns,
                                           const char           *name);
/* The text of the child element @name (in the namespace of @parent); NULL
 * without error when it is optional and missing.  A required one must not
 * be blank. */
gboolean konkurs_exchange_read_text_child (KonkursImportContext *ctx,
                                           xmlNode              *parent,
                                           const char           *name,
                                           gboolean              required,
                                           char                **out,
                                           GError              **error);
/* The attribute with blanks around it removed, as the schema types of codes,
 * numbers and dates have it; NULL when absent. */
char    *konkurs_exchange_read_attr       (xmlNode              *node,
                                           const char           *name);
/* Free text, kept exactly (xs:string keeps blanks too); NULL when absent. */
char    *konkurs_exchange_read_text_attr  (xmlNode              *node,
                                           const char           *name);
/* As konkurs_exchange_read_attr(), but a missing attribute is an error. */
char    *konkurs_exchange_require_attr    (KonkursImportContext *ctx,
                                           xmlNode              *node,
                                           const char           *name,
                                           GError              **error);

/* As konkurs_exchange_read_text_attr(), but a missing attribute is an
 * error. */
char    *konkurs_exchange_require_text_attr (KonkursImportContext *ctx,
                                             xmlNode              *node,
                                             const char           *name,
                                             GError              **error);

/* The child elements @name of @parent, one per language, each in the
 * language of its xml:lang (or of the nearest element around it that has
 * one), else in ctx->language.  A text whose language nobody declared is
 * KONKURS_EXCHANGE_ERROR_LANGUAGE_UNDECLARED; a language other than
 * Kazakh or Russian, or two texts of one language, is INVALID.  A
 * required text must be there in at least one language, not blank.  @out
 * is always set (to a text without values when the elements are
 * missing). */
gboolean konkurs_exchange_read_local_text (KonkursImportContext *ctx,
                                           xmlNode              *parent,
                                           const char           *name,
                                           gboolean              required,
                                           KonkursLocalText    **out,
                                           GError              **error);

/* The readers of typed attributes leave @out alone when the attribute is
 * optional and absent, and return FALSE with a message naming the value
 * and what is wrong with it. */
gboolean konkurs_exchange_read_int_attr   (KonkursImportContext *ctx,
                                           xmlNode              *node,
                                           const char           *name,
                                           gboolean              required,
                                           gint64                min,
                                           gint64                max,
                                           gint64               *out,
                                           GError              **error);
/* "true"/"1" or "false"/"0"; required. */
gboolean konkurs_exchange_read_bool_attr  (KonkursImportContext *ctx,
                                           xmlNode              *node,
                                           const char           *name,
                                           gboolean             *out,
                                           GError              **error);
/* YYYY-MM-DD; @out is cleared first, so it is invalid when the attribute
 * is optional and absent. */
gboolean konkurs_exchange_read_date_attr  (KonkursImportContext *ctx,
                                           xmlNode              *node,
                                           const char           *name,
                                           gboolean              required,
                                           GDate                *out,
                                           GError              **error);

/* One of the codes of @type, turned into the enum at @out. */
gboolean konkurs_exchange_read_enum_attr  (KonkursImportContext     *ctx,
                                           xmlNode                  *node,
                                           const char               *name,
                                           gboolean                  required,
                                           const KonkursExchangeEnum *type,
                                           gpointer                  out,
                                           GError                  **error);

/* The root's version="" is one that ctx->format reads (from its
 * oldest_version to its version); sets ctx->version. */
gboolean konkurs_exchange_check_version   (KonkursImportContext *ctx,
                                           xmlNode              *root,
                                           GError              **error);

G_END_DECLS
