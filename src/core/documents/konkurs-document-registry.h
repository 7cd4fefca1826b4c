/* konkurs-document-registry.h — every document Konkurs prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-catalog.h"
#include "konkurs-document.h"
#include "konkurs-store.h"
#include "konkurs-store-register.h"

G_BEGIN_DECLS

/* How a document is to be built. */
typedef struct {
  /* a draft: "ЖОБА" / "ПРОЕКТ" across every page and in the title, and
   * nothing in it says the commission decided.  A document with rows not
   * decided yet can only be built as a draft. */
  gboolean            draft;
  /* the number, date, place and present commission of a final protocol
   * signed by the commission (KonkursDocumentKind.signed_by_commission);
   * NULL for a draft and for other documents */
  const KonkursIssue *issue;
} KonkursDocumentOptions;

/* Builds the document of the record @id of the kind's scope, in the
 * language of @catalog.  @options NULL is a final document without an
 * issue.  It only reads the store, so it may run in a worker thread.
 * A final document fails with KONKURS_DOCUMENT_ERROR_UNDECIDED when rows
 * are not decided yet, and a final protocol signed by the commission with
 * KONKURS_DOCUMENT_ERROR_NO_ISSUE without an issue or
 * KONKURS_DOCUMENT_ERROR_NO_QUORUM when those present make no quorum. */
typedef KonkursDocument *(*KonkursDocumentBuildFunc) (KonkursStore                 *store,
                                                      gint64                        id,
                                                      KonkursCatalog               *catalog,
                                                      const KonkursDocumentOptions *options,
                                                      GError                      **error);

/* Counts into *@count the rows of the document of @id that are not
 * decided yet (the applications still under review). */
typedef gboolean (*KonkursDocumentCountFunc) (KonkursStore  *store,
                                              gint64         id,
                                              guint         *count,
                                              GError       **error);

/* What the id given to the build function names. */
typedef enum {
  KONKURS_DOCUMENT_SCOPE_COMPETITION,
  /* one application (a candidacy) */
  KONKURS_DOCUMENT_SCOPE_APPLICATION,
  /* one stage of a competition (konkurs-store-stages.h): the id is the
   * stage's id */
  KONKURS_DOCUMENT_SCOPE_STAGE,
  /* one meeting of a commission (konkurs-store-commission.h): the id is
   * the meeting's id; a final copy is registered under the meeting
   * (issued_document.meeting_id), its commission and those present being
   * the meeting's (issue 11) */
  KONKURS_DOCUMENT_SCOPE_MEETING,
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
  /* NULL: the document records no decision (an announcement) */
  KonkursDocumentCountFunc  count_undecided;
  /* a protocol the commission signs: a final copy has a number, a date, a
   * place and the members present, who must make a quorum, and is kept in
   * the register of issued documents */
  gboolean                  signed_by_commission;
} KonkursDocumentKind;

/* The document @id, or NULL when Konkurs has none of that name. */
const KonkursDocumentKind         *konkurs_document_kind_lookup (const char *id);
/* Every document, in the order a menu lists them, NULL-terminated. */
const KonkursDocumentKind * const *konkurs_document_kind_list   (void);

/* The rows of the document of @id not decided yet: 0 for a kind that
 * decides nothing.  -1 with @error set when the store fails. */
gint64        konkurs_document_kind_count_undecided (const KonkursDocumentKind *kind,
                                                     KonkursStore              *store,
                                                     gint64                     id,
                                                     GError                   **error);

/* What a final protocol of @kind for the record @id of its scope (a
 * competition, or a stage) is issued with, as offered before printing: the
 * issue last registered, so that a reprint keeps its number, date and
 * place (with its commission and those present as they were); otherwise
 * the next number of this year, today, the organisation's place and its
 * whole default commission present.  The issue is of the competition (of
 * the stage); a stage's protocol is registered as "stage:KIND" ("stage:
 * testing"), so that each stage keeps its own number.  Not registered
 * (konkurs_store_register_issue()). */
KonkursIssue *konkurs_document_suggest_issue (const KonkursDocumentKind *kind,
                                              KonkursStore              *store,
                                              gint64                     id,
                                              KonkursDocLanguage         language,
                                              GError                   **error);

/* Copies into @issue what ties @document to the database (the head of the
 * record when it was built, the SHA-256 of its data rows), for the
 * register to keep. */
void          konkurs_issue_set_integrity    (KonkursIssue              *issue,
                                              KonkursDocument           *document);

/* The quorum of @issue by the rule set of its competition (the issue's
 * competition_id; @competition_id when that is 0) into @quorum (may be
 * NULL); FALSE with KONKURS_DOCUMENT_ERROR_NO_QUORUM (or the
 * store's error) when there is none, the message saying how many of whom
 * are needed. */
gboolean      konkurs_document_check_quorum  (KonkursStore              *store,
                                              gint64                     competition_id,
                                              const KonkursIssue        *issue,
                                              KonkursQuorum             *quorum,
                                              GError                   **error);

/* Builds the document of @kind, as @options say; when @options ask for a
 * final protocol signed by the commission without an issue, with the one
 * konkurs_document_suggest_issue() offers.  The command line and the tests
 * build through it. */
KonkursDocument *konkurs_document_kind_build (const KonkursDocumentKind    *kind,
                                              KonkursStore                 *store,
                                              gint64                        id,
                                              KonkursCatalog               *catalog,
                                              const KonkursDocumentOptions *options,
                                              GError                      **error);

G_END_DECLS
