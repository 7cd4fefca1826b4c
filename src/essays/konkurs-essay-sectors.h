/* konkurs-essay-sectors.h — the names of the sectors the essays and the
 * experts name by code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

/* Code -> name in the interface's language, of the sectors of every rule
 * set (an expert serves selections under old and new rules alike); the
 * first rule set to name a code gives its name. */
GHashTable *konkurs_essay_sectors_read     (KonkursStore *store);
/* The name of @code ("" for none), the code itself when @names has none. */
const char *konkurs_essay_sectors_name     (GHashTable   *names,
                                            const char   *code);
/* "Digitalisation, Economy" for "digitalisation, economy" (codes joined
 * by ", ", as the store gives an expert's). */
char       *konkurs_essay_sectors_describe (GHashTable   *names,
                                            const char   *codes);

G_END_DECLS
