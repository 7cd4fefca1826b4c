/* konkurs-receipt.h — the receipt a candidate takes home: the documents
 * were received, and the personal code the results will name them by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-catalog.h"
#include "konkurs-document-registry.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* The receipt of application @candidacy_id, in the language of @catalog
 * (@options are ignored: a receipt is never a draft nor numbered):
 * the competition (title, state body, procedure), the candidate's name and
 * IIN, the position applied for (the sector, in a Youth Reserve selection), the
 * date the documents were received, the personal code in large type with a
 * line saying that results are published by it, and a signature line for
 * whoever received the documents. */
KonkursDocument *konkurs_receipt_build (KonkursStore                 *store,
                                        gint64                        candidacy_id,
                                        KonkursCatalog               *catalog,
                                        const KonkursDocumentOptions *options,
                                        GError                      **error);

/* Its entry in the list of documents (konkurs-document-registry.h):
 * "receipt", of one application, naming the candidate. */
extern const KonkursDocumentKind konkurs_receipt_kind;

G_END_DECLS
