/* konkurs-stage-protocol.h — the protocol of a stage for the commission
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-document-registry.h"

G_BEGIN_DECLS

/* The protocol of stage @stage_id (KONKURS_DOCUMENT_SCOPE_STAGE): the
 * meeting, the stage and its dates, the rule applied in words, then per
 * vacancy (one table in a Youth Reserve selection) each application with
 * its candidate's name and personal code, result, score, outcome and
 * reason ("rank 7 of 5 places"), the totals (entered, go on, do not go
 * on, absent or without a result) and the commission's signatures.  Final
 * only once the stage is closed; while it is open, a draft of what closing
 * it now would decide. */
KonkursDocument *konkurs_stage_protocol_build (KonkursStore                 *store,
                                               gint64                        stage_id,
                                               KonkursCatalog               *catalog,
                                               const KonkursDocumentOptions *options,
                                               GError                      **error);

/* "stage", names people, signed by the commission. */
extern const KonkursDocumentKind konkurs_stage_protocol_kind;

G_END_DECLS
