/* konkurs-protocol-people.h — the candidates a protocol names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidacy.h"
#include "konkurs-candidate.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* The candidates of @candidacies (of KonkursCandidacy), read in one query
 * rather than one per row: a table of candidate id → KonkursCandidate for
 * konkurs_protocol_candidate_of().  Only a protocol that names people may
 * call this. */
GHashTable       *konkurs_protocol_load_candidates (KonkursStore     *store,
                                                    GPtrArray        *candidacies,
                                                    GError          **error);
/* The candidate of @candidacy in @candidates, or NULL. */
KonkursCandidate *konkurs_protocol_candidate_of    (GHashTable       *candidates,
                                                    KonkursCandidacy *candidacy);
/* Sorts @candidacies alphabetically by full name (in the order of the
 * Kazakh alphabet, see konkurs_collation_key()), then by IIN, then by
 * application: the commission looks a person up by name. */
void              konkurs_protocol_sort_by_name    (GPtrArray        *candidacies,
                                                    GHashTable       *candidates);

G_END_DECLS
