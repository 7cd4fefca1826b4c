/* konkurs-demo-office.h — what the office adds to the demonstration data:
 * its details, its commission and the decisions on admission
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidacy.h"
#include "konkurs-store-decisions.h"

G_BEGIN_DECLS

/* The organisation's details and its default commission, when Preferences
 * hold none yet (a second run keeps what is there). */
gboolean konkurs_demo_fill_office (KonkursStore  *store,
                                   GError       **error);

/* Decides on @candidacy as a secretary would, or leaves it open: most
 * are decided as the eligibility engine says, a few against it with the
 * secretary's reason, some stay to decide.  @rand is the demo's own for
 * decisions, so that adding them changed none of the people; @cache
 * keeps the competitions read while the candidates are added. */
gboolean konkurs_demo_decide      (KonkursStore            *store,
                                   KonkursEligibilityCache *cache,
                                   GRand                   *rand,
                                   KonkursCandidacy        *candidacy,
                                   GError                 **error);

G_END_DECLS
