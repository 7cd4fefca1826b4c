/* konkurs-test-essays.h — a Youth Reserve selection whose essay stage is
 * open, a pool of experts, and results signed as the grading window signs
 * them, for the tests of the essays' store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-essays.h"
#include "konkurs-test-stage-results.h"

G_BEGIN_DECLS

typedef struct {
  KonkursTestStageCompetition *competition;
  gint64                       stage_id;   /* the essay stage, open */
  GPtrArray                   *codes;      /* the personal codes that entered it, sorted */
} KonkursTestEssayStage;

void konkurs_test_essay_stage_free (KonkursTestEssayStage *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursTestEssayStage, konkurs_test_essay_stage_free)

/* A Youth Reserve selection of @n_admitted ("digitalisation"), the tests
 * taken and closed: the essay stage open with the better half in it. */
KonkursTestEssayStage *konkurs_test_essay_stage_new (KonkursStore *store, guint n_admitted);
/* An essay for every code of @stage (kk, a short text), saved. */
void   konkurs_test_save_essays   (KonkursStore *store, const KonkursTestEssayStage *stage);
/* The same for @codes (personal codes) in essay stage @stage_id. */
void   konkurs_test_save_essays_of (KonkursStore *store, gint64 stage_id, GPtrArray *codes);
/* Essays of @codes saved, three experts (one per background) drawn for
 * each, every criterion given @points (konkurs_test_grade_package()),
 * the results imported. */
void   konkurs_test_grade_essays  (KonkursStore *store, gint64 stage_id, GPtrArray *codes, int points);
/* @per_background experts of each background for "digitalisation", saved;
 * their ids (of gint64). */
GArray *konkurs_test_add_experts  (KonkursStore *store, guint per_background, const char *employer);
/* The results of @package: every criterion of every essay @points (the
 * criterion's maximum when above it), signed. */
KonkursEssayResults *konkurs_test_grade_package (const KonkursEssayPackage *package, int points);
/* The essay of @code in @stage_id. */
KonkursEssay *konkurs_test_find_essay (KonkursStore *store, gint64 stage_id, const char *code);

G_END_DECLS
