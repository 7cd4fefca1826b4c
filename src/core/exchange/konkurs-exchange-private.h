/* konkurs-exchange-private.h — what the files of the XML exchange share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>
#include <libxml/xmlschemas.h>

#include "konkurs-exchange.h"

G_BEGIN_DECLS

/* One import in progress. */
typedef struct {
  KonkursStore         *store;
  char                 *display_name;  /* basename of the file, for messages */
  GCancellable         *cancellable;
  KonkursProgressFunc   progress;
  gpointer              progress_data;
  KonkursImportSummary  summary;
  GHashTable           *big_lines;     /* xmlNode → line, past 65535 */
  int                   reported;      /* last percentage reported, -1 before */

  /* Kinds of file read as a stream (see konkurs-exchange-candidates.c):
   * the children of the root are handed over one by one while parsing and
   * freed afterwards; their data lives here. */
  gpointer              stream_data;
  GDestroyNotify        stream_data_free;
  xmlSchemaValidCtxt   *validator;     /* reused for every child */
  gboolean              in_transaction;
} KonkursImportContext;

/* "FILE:LINE: message" (or "FILE: message" when @line is 0) in
 * KONKURS_EXCHANGE_ERROR with @code. */
void     konkurs_exchange_set_error_at   (GError              **error,
                                          KonkursImportContext *ctx,
                                          int                   code,
                                          long                  line,
                                          const char           *format,
                                          ...) G_GNUC_PRINTF (5, 6);
/* The true line of @node, also past line 65535. */
long     konkurs_exchange_node_line      (KonkursImportContext *ctx,
                                          xmlNode              *node);
gboolean konkurs_exchange_is_element     (xmlNode    *node,
                                          const char *ns,
                                          const char *name);
/* The attribute with blanks around it removed; NULL when absent. */
char    *konkurs_exchange_read_attr      (xmlNode    *node,
                                          const char *name);
/* Free text, kept exactly; NULL when absent. */
char    *konkurs_exchange_read_text_attr (xmlNode    *node,
                                          const char *name);
/* The text of the child element @name (in the namespace of @parent). */
gboolean konkurs_exchange_read_text_child (KonkursImportContext *ctx,
                                           xmlNode              *parent,
                                           const char           *name,
                                           gboolean              required,
                                           char                **out,
                                           GError              **error);
gboolean konkurs_exchange_parse_iso_date (const char *text,
                                          GDate      *date);
/* "ELEMENT/ATTR: 'VALUE' PROBLEM" at the line of @node; returns FALSE. */
gboolean konkurs_exchange_bad_value      (KonkursImportContext *ctx,
                                          xmlNode              *node,
                                          const char           *attr,
                                          const char           *value,
                                          const char           *problem,
                                          GError              **error);
/* ... "is not a known code; use a, b or c". */
gboolean konkurs_exchange_bad_code       (KonkursImportContext *ctx,
                                          xmlNode              *node,
                                          const char           *attr,
                                          const char           *value,
                                          const char *const    *codes,
                                          GError              **error);
/* A rule the store enforces becomes INVALID at the line of @node (takes
 * @store_error). */
void     konkurs_exchange_propagate_store_error (KonkursImportContext *ctx,
                                                 xmlNode              *node,
                                                 GError               *store_error,
                                                 GError              **error);
/* Validates the subtree of @element against the schema of @kind, which
 * declares @element's name globally. */
gboolean konkurs_exchange_validate_element      (KonkursImportContext *ctx,
                                                 xmlNode              *element,
                                                 const char           *kind,
                                                 GError              **error);
/* Calls the progress function when the percentage changed. */
void     konkurs_exchange_report_progress       (KonkursImportContext *ctx,
                                                 double                fraction);

/* konkurs-exchange-candidates.c */
#define KONKURS_CANDIDATES_NS      "urn:konkurs:candidates:1"
#define KONKURS_CANDIDATES_ROOT    "konkurs-candidates"
#define KONKURS_CANDIDATES_VERSION "1"

/* Called for each child of the root, inside the import's transaction
 * (begun on the first call). */
gboolean konkurs_exchange_candidates_child  (KonkursImportContext *ctx,
                                             xmlNode              *child,
                                             GError              **error);
/* After the whole file was read: checks the root and begins the
 * transaction when the file had no candidates. */
gboolean konkurs_exchange_candidates_finish (KonkursImportContext *ctx,
                                             xmlNode              *root,
                                             GError              **error);

G_END_DECLS
