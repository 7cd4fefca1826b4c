/* konkurs-essays-reasons.h — why an action of the Essays area is off,
 * said so that the secretary knows what to do first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-essays.h"
#include "konkurs-store-stages.h"

G_BEGIN_DECLS

/* What the area shows, as the reasons need it. */
typedef struct {
  gboolean            has_competition;  /* a database and a competition chosen */
  const KonkursStage *stage;            /* its essay stage, NULL: none */
  gboolean            writable;
  gboolean            sealed;
  guint               n_essays;
  guint               n_final;
  guint               n_rejected;       /* by the proctor: never graded, never in the way */
  guint               n_not_assigned;
  guint               n_needing_resolution;
  guint               n_with_graders;
  const KonkursEssay *selected;         /* the essay selected, NULL: none */
  gint64              grader;           /* the grader selected in the graders' table, 0: none */
} KonkursEssaysState;

/* Why @action ("essays.assign", "essays.reassign", "essays.resolve",
 * "essays.export-packages", "essays.import-results", "essays.unseal",
 * "essays.export-package", "essays.grade-here", "essays.add") cannot be
 * done in @state, NULL when it can (free it). */
char *konkurs_essays_why_not (const KonkursEssaysState *state,
                              const char               *action);

G_END_DECLS
