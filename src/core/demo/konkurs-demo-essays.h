/* konkurs-demo-essays.h — the essays of the demonstration data: experts,
 * essays in Kazakh and Russian, assignment, packages graded and returned
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

typedef enum {
  /* every essay graded, those over the spread resolved (by a fourth
   * grader or the chair, in turn), the writers unsealed: the stage can
   * close */
  KONKURS_DEMO_ESSAYS_FINAL,
  /* work in progress: one expert's package not back yet, one essay
   * resolved by a fourth grader and one by the chair, the others over the
   * spread still waiting, an essay the proctor rejected */
  KONKURS_DEMO_ESSAYS_IN_PROGRESS,
} KonkursDemoEssays;

/* Essays for everyone in essay stage @stage_id (open), in Kazakh or
 * Russian, assigned by the store's draw (graded by experts: the pool is
 * added first when there is none, for each sector of the rule set experts
 * of the three backgrounds, some employed where candidates worked, one
 * with a declared conflict), each grader's package issued,
 * graded with realistic disagreement, signed and imported, then taken as
 * far as @how says.  Through the store's public functions, so the record
 * follows it all. */
gboolean konkurs_demo_fill_essays  (KonkursStore *store, GRand *rand, gint64 stage_id, KonkursDemoEssays how,
                                    GError **error);

G_END_DECLS
