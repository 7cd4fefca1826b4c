/* konkurs-test-stage-results.h — a competition whose testing stage is
 * open, for the tests of results, their import and the stage documents
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-stages.h"

G_BEGIN_DECLS

typedef struct {
  gint64     competition_id;
  char      *number;        /* the competition's number, as files name it */
  gint64     vacancy_id;    /* 0 in a Youth Reserve selection */
  gint64     stage_id;      /* the testing stage, open */
  GPtrArray *codes;         /* personal codes of the admitted, who entered it, sorted */
  char      *refused_code;  /* of an application refused at the documents stage */
} KonkursTestStageCompetition;

void konkurs_test_stage_competition_free (KonkursTestStageCompetition *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursTestStageCompetition, konkurs_test_stage_competition_free)

/* A competition of @procedure announced in March 2025 (with one vacancy
 * for the civil service), @n_admitted qualified candidates admitted and
 * one more refused, its documents stage closed: the testing stage is open
 * with the admitted in it. */
KonkursTestStageCompetition *konkurs_test_stage_competition_new (KonkursStore     *store,
                                                                 KonkursProcedure  procedure,
                                                                 guint             n_admitted);

/* A result of every test of its rule for every application of testing
 * stage @stage_id, the scores spread by @seed (some below the marks); the
 * legislation test with its parts. */
void konkurs_test_stage_add_results (KonkursStore *store, gint64 stage_id, guint seed);

/* A file @name in @dir with @body between the root's start and end:
 * <konkurs-test-results competition=… stage="testing">. */
char *konkurs_test_write_results (const char                        *dir,
                                  const char                        *name,
                                  const KonkursTestStageCompetition *competition,
                                  const char                        *body);

/* The latest attempt of each application and test of @stage_id as
 * "CODE TEST ATTEMPT SCORE|…", for comparing before and after. */
/* Full marks in every test for every row of @stage_id: all go on. */
void konkurs_test_stage_pass_all (KonkursStore *store, gint64 stage_id);
char *konkurs_test_describe_results (KonkursStore *store, gint64 stage_id);

G_END_DECLS
