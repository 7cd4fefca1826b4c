/* konkurs-announcement.h — the announcement list of a competition
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-catalog.h"
#include "konkurs-document-registry.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* The announcement of competition @competition_id: its state body, procedure,
 * announcement date and document deadline, then a table of its vacancies
 * (position, corps and category, leadership, level, sector, seats,
 * requirements), in the language of @catalog.  A Youth Reserve selection
 * without vacancies lists who may apply (by the numbers of its rule set)
 * and the priority sectors to choose from. */
KonkursDocument *konkurs_announcement_build (KonkursStore                 *store,
                                             gint64                        competition_id,
                                             KonkursCatalog               *catalog,
                                             const KonkursDocumentOptions *options,
                                             GError                      **error);

/* Its entry in the list of documents (konkurs-document-registry.h):
 * "announcement", naming nobody. */
extern const KonkursDocumentKind konkurs_announcement_kind;

G_END_DECLS
