/* konkurs-stage-document.h — what the documents of a stage share: the
 * stage with its rows, the rule applied in words, each row's result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-protocol.h"
#include "konkurs-store-stages.h"

G_BEGIN_DECLS

/* A stage as its documents print it. */
typedef struct {
  KonkursStage *stage;
  GPtrArray    *rows;      /* of KonkursStageRow, by personal code */
  GHashTable   *latest;    /* application id → GPtrArray of the latest KonkursTestResult of each test */
  GPtrArray    *results;   /* every attempt (a testing stage), owning what @latest points at */
  GPtrArray    *members;   /* of KonkursMemberScore (a practical task), else NULL */
  GPtrArray    *assessments; /* of KonkursAssessment (an assessment centre), else NULL */
} KonkursStageDocument;

void                  konkurs_stage_document_free (KonkursStageDocument *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStageDocument, konkurs_stage_document_free)

/* Reads stage @stage_id with its rows (and, of a testing stage, the
 * latest attempt at each test).  Only the store's views by personal code
 * are read: nothing here names a person. */
KonkursStageDocument *konkurs_stage_document_load (KonkursStore  *store,
                                                   gint64         stage_id,
                                                   GError       **error);

/* The protocol of @kind of the stage's competition.  A stage not closed
 * yet decides nothing for good: a final document is refused with
 * KONKURS_DOCUMENT_ERROR_UNDECIDED, a draft says what closing it now would
 * decide. */
KonkursProtocol      *konkurs_stage_document_new_protocol (KonkursStore                 *store,
                                                           KonkursStageDocument         *self,
                                                           KonkursCatalog               *catalog,
                                                           const KonkursDocumentKind    *kind,
                                                           const KonkursDocumentOptions *options,
                                                           GError                      **error);

/* Rows not decided for good: all of them while the stage is open (one at
 * least, so that a final copy of an empty open stage is refused too). */
gboolean              konkurs_stage_document_count_undecided (KonkursStore  *store,
                                                              gint64         stage_id,
                                                              guint         *count,
                                                              GError       **error);

/* The fields after the header: the stage, its dates, and for each track
 * it serves the rule applied in words. */
void                  konkurs_stage_document_add_fields  (KonkursProtocol      *protocol,
                                                          KonkursStageDocument *self);

/* The result of @row as the documents print it: each test's answers of a
 * testing stage ("Legislation 41/55; Personal qualities 38/50", "absent"),
 * the members' scores of a practical task ("5; 4; 4"), the competencies'
 * mean and the interview's rating of an assessment centre, else the stage
 * score; a dash without a result. */
char                 *konkurs_stage_document_result (KonkursStageDocument  *self,
                                                     const KonkursStageRow *row,
                                                     KonkursCatalog        *catalog);
/* "Goes on", "Does not go on", or "No result yet". */
const char           *konkurs_stage_document_outcome (KonkursCatalog        *catalog,
                                                      const KonkursStageRow *row);

/* How many entered, go on, stay out and have no result, as counts of a
 * protocol's totals (labels in @catalog's language). */
#define KONKURS_STAGE_DOCUMENT_N_COUNTS 4
void                  konkurs_stage_document_counts (KonkursCatalog       *catalog,
                                                     GPtrArray            *rows,
                                                     KonkursProtocolCount *counts);

/* The rows of @self in groups as the protocols group them: per vacancy of
 * a civil-service competition (konkurs_protocol_group_items()), one group
 * without a heading in a Youth Reserve selection, where all compete
 * together. */
GPtrArray            *konkurs_stage_document_groups (KonkursStore         *store,
                                                     KonkursProtocol      *protocol,
                                                     KonkursStageDocument *self,
                                                     GError              **error);

/* For a protocol that names people: the candidacies of the stage's
 * competition by application id (of KonkursCandidacy) into *@candidacies
 * and their candidates (konkurs_protocol_load_candidates()) into
 * *@candidates, both new tables; FALSE as the store fails. */
gboolean              konkurs_stage_document_load_people (KonkursStore          *store,
                                                          KonkursStageDocument  *self,
                                                          GHashTable           **candidacies,
                                                          GHashTable           **candidates,
                                                          GError               **error);

G_END_DECLS
