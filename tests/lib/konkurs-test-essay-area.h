/* konkurs-test-essay-area.h — what the Essays area shows: a Youth Reserve
 * selection whose essay stage is open with every candidate in it, four
 * named experts, essays and grades, made through the store's API (the
 * widget tests of the Essays area and tests/e2e/make-essay-database)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-essays.h"
#include "konkurs-test-stage-results.h"

G_BEGIN_DECLS

/* The writers' surname and name: no label of the area may show them
 * while the stage is sealed. */
#define KONKURS_TEST_ESSAY_SURNAME "Сейтқалиева"
#define KONKURS_TEST_ESSAY_NAME    "Дана"
#define KONKURS_TEST_ESSAY_SECTOR  "digitalisation"

typedef struct {
  KonkursTestStageCompetition *competition;
  gint64     stage_id;     /* the essay stage, open */
  GPtrArray *codes;        /* personal codes that entered it, sorted */
  GArray    *experts;      /* of gint64: academia, business, civil service, then a second academic */
  GPtrArray *names;        /* the experts' names, in the same order */
} KonkursTestEssayArea;

void konkurs_test_essay_area_free (KonkursTestEssayArea *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursTestEssayArea, konkurs_test_essay_area_free)

/* @n_candidates admitted, all through the tests into the essay stage;
 * four experts of the sector (one of each background and a second
 * academic), none with essays yet. */
KonkursTestEssayArea *konkurs_test_essay_area_new (KonkursStore *store,
                                                     guint         n_candidates);
/* Saves an essay for @code ("entry"), rejected by the proctor when @rejected. */
void    konkurs_test_essay_area_add      (KonkursStore *store,
                                     gint64        stage_id,
                                     const char   *code,
                                     gboolean      rejected);
gint64  konkurs_test_essay_area_find       (KonkursStore *store,
                                     gint64        stage_id,
                                     const char   *code);
/* Issues @expert_id's package and imports its results through the
 * store: every criterion at its maximum, except the essay of @low_code
 * (may be NULL), at each criterion's minimum; the essay of @skip_code
 * (may be NULL) left without points.  Returns the results as signed (free
 * them), so a test can write them to a file. */
KonkursEssayResults *konkurs_test_essay_area_grade (KonkursStore *store,
                                               gint64        stage_id,
                                               gint64        expert_id,
                                               const char   *low_code,
                                               const char   *skip_code,
                                               gboolean      import);

G_END_DECLS
