/* konkurs-exclusion-row.h — one dated exclusion (a post or status that
 * bars from the Youth Reserve while it holds) in the candidate dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-edit-row.h"
#include "konkurs-eligibility.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_EXCLUSION_ROW (konkurs_exclusion_row_get_type ())
G_DECLARE_FINAL_TYPE (KonkursExclusionRow, konkurs_exclusion_row, KONKURS, EXCLUSION_ROW, KonkursEditRow)

/* A row showing @period (NULL: a new one, of the first kind, undated): the
 * kind, the first day (empty: since before) and the last (empty: still
 * holds).  konkurs_edit_row_check() wants readable dates, the last not
 * before the first. */
KonkursExclusionRow *konkurs_exclusion_row_new        (const KonkursExclusionPeriod *period);
/* The period as typed (a date that cannot be read is cleared). */
void                 konkurs_exclusion_row_get_period (KonkursExclusionRow    *self,
                                                       KonkursExclusionPeriod *period);

G_END_DECLS
