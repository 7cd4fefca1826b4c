/* konkurs-stage-publication.h — the published result of a stage, by
 * personal code only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-document-registry.h"

G_BEGIN_DECLS

/* The list published after stage @stage_id (KONKURS_DOCUMENT_SCOPE_STAGE):
 * the competition, the stage and the rule applied, then per vacancy (one
 * table in a Youth Reserve selection) each personal code with its result
 * and "goes on" / "does not go on", in the order of the codes, and the
 * totals.  Anyone may read it: it is built from the store's views by
 * personal code only (konkurs_store_list_stage_rows()), and prints no
 * name, IIN, birth date, nor a reason beyond the rule's own words (a rank
 * and a mark identify nobody; an age would).  Final once the stage is
 * closed, a draft before.
 *
 * A separate document from the list of the review of documents
 * (konkurs-publication-list.c), whose rows are the admission decisions of
 * applications and whose groups are the sectors chosen: a stage's rows are
 * the applications that entered it, with results and a cut-off. */
KonkursDocument *konkurs_stage_publication_build (KonkursStore                 *store,
                                                  gint64                        stage_id,
                                                  KonkursCatalog               *catalog,
                                                  const KonkursDocumentOptions *options,
                                                  GError                      **error);

/* "stage-publication", anonymous. */
extern const KonkursDocumentKind konkurs_stage_publication_kind;

G_END_DECLS
