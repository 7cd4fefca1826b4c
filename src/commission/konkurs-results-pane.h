/* konkurs-results-pane.h — the final results of a competition after the
 * commission's decisions: winners, reserve lists and failed vacancies, or
 * the Youth Reserve's top with its ties; appointments and refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store-results.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_RESULTS_PANE (konkurs_results_pane_get_type ())
G_DECLARE_FINAL_TYPE (KonkursResultsPane, konkurs_results_pane, KONKURS, RESULTS_PANE, AdwBin)

/* Shows competition @competition_id (0: none) of @store; @youth_reserve:
 * the top of a selection, else the vacancies; @meeting_id: the meeting
 * where a tie is decided (0: none yet). */
void        konkurs_results_pane_set_competition (KonkursResultsPane *self,
                                                  KonkursStore       *store,
                                                  gint64              competition_id,
                                                  gboolean            youth_reserve,
                                                  gint64              meeting_id,
                                                  gboolean            writable);
/* Reads the results again. */
void        konkurs_results_pane_reload          (KonkursResultsPane *self);
/* The text of the results as shown, one line per row, for tests. */
char       *konkurs_results_pane_dup_text        (KonkursResultsPane *self);

G_END_DECLS
