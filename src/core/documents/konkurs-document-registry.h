/* konkurs-document-registry.h — every document Konkurs prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-catalog.h"
#include "konkurs-document.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* Builds the document of the record @id of the kind's scope, in the
 * language of @catalog.  It only reads the store, so it may run in a
 * worker thread. */
typedef KonkursDocument *(*KonkursDocumentBuildFunc) (KonkursStore    *store,
                                                      gint64           id,
                                                      KonkursCatalog  *catalog,
                                                      GError         **error);

/* What the id given to the build function names. */
typedef enum {
  KONKURS_DOCUMENT_SCOPE_COMPETITION,
  /* one application (a candidacy) */
  KONKURS_DOCUMENT_SCOPE_APPLICATION,
} KonkursDocumentScope;

/* Who may read a document. */
typedef enum {
  /* it names candidates: for the secretary and the commission */
  KONKURS_DOCUMENT_NAMES_PEOPLE,
  /* it names nobody (personal codes at most): it may be published and
   * given to evaluators */
  KONKURS_DOCUMENT_ANONYMOUS,
} KonkursDocumentIdentity;

typedef struct {
  /* "admission": stable, given on the command line (konkurs --print) */
  const char               *id;
  /* the title printed on the document and in its footer, in the
   * document's language */
  const char               *title_msgid;
  /* what people call it, in menus and at the start of a file name
   * ("Admission Protocol - …"), in the interface language */
  const char               *file_stem_msgid;
  KonkursDocumentBuildFunc  build;
  KonkursDocumentScope      scope;
  KonkursDocumentIdentity   identity;
} KonkursDocumentKind;

/* The document @id, or NULL when Konkurs has none of that name. */
const KonkursDocumentKind         *konkurs_document_kind_lookup (const char *id);
/* Every document, in the order a menu lists them, NULL-terminated. */
const KonkursDocumentKind * const *konkurs_document_kind_list   (void);

G_END_DECLS
