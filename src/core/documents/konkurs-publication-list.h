/* konkurs-publication-list.h — the published result of a stage, by
 * personal code only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-catalog.h"
#include "konkurs-document-registry.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* The list published after the review of documents of competition
 * @competition_id (the stage whose results the store records so far): the
 * competition, the stage, then per vacancy (per sector in a Youth Reserve
 * selection) a table of personal codes with the result of each (admitted,
 * not admitted, or the application's later status).
 *
 * Anyone may read this list, evaluators included, so it identifies no one.
 * It is built only from konkurs_store_list_codes(), whose query never
 * touches the candidate table: no name, IIN, birth date or reason of a
 * refusal (a reason such as an age names a birth year) can reach it.
 * Rows are in the order of the personal code: codes are random, so that
 * order says nothing about a person, whereas the order of applications or
 * of surnames would let someone who knows when a person applied, or where
 * their name falls in the alphabet, tell which code is theirs. */
KonkursDocument *konkurs_publication_list_build (KonkursStore                 *store,
                                                 gint64                        competition_id,
                                                 KonkursCatalog               *catalog,
                                                 const KonkursDocumentOptions *options,
                                                 GError                      **error);
/* The applications of @competition_id still under review: a final list
 * is published only once there are none. */
gboolean         konkurs_publication_list_count_undecided (KonkursStore  *store,
                                                           gint64         competition_id,
                                                           guint         *count,
                                                           GError       **error);

/* Its entry in the list of documents (konkurs-document-registry.h):
 * "publication", anonymous. */
extern const KonkursDocumentKind konkurs_publication_list_kind;

G_END_DECLS
