/* konkurs-test-exchange-essays.h — a Youth Reserve selection whose essay
 * stage is open, with a pool of experts, for the tests of the grading's
 * files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-essays.h"
#include "konkurs-test-stage-results.h"

G_BEGIN_DECLS

typedef struct {
  KonkursTestStageCompetition *competition;   /* its testing stage closed */
  gint64                       stage_id;      /* the essay stage, open */
  GPtrArray                   *codes;         /* personal codes of those who entered it, sorted */
  char                        *left_code;     /* of an application that did not enter it */
} KonkursTestEssayStage;

void konkurs_test_essay_stage_free (KonkursTestEssayStage *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursTestEssayStage, konkurs_test_essay_stage_free)

/* A selection of @n_admitted candidates in the sector "digitalisation",
 * the testing stage given results and closed: at least three entered the
 * essay stage, and one did not. */
KonkursTestEssayStage *konkurs_test_essay_stage_new (KonkursStore *store, guint n_admitted);

/* <konkurs-essays> of an essay of every code in @codes ("kk" and "ru" in
 * turn), as a file @name in @dir. */
char *konkurs_test_write_essays (const char *dir, const char *name, GPtrArray *codes);

/* @n experts of "digitalisation", their backgrounds in turn; saved. */
void  konkurs_test_add_experts (KonkursStore *store, guint n);

/* Every row of every table of the store, as text: what an import that is
 * refused must leave as it was. */
char *konkurs_test_dump_database (KonkursStore *store);

/* Writes @text as @name in @dir; the path. */
char *konkurs_test_write_text (const char *dir, const char *name, const char *text);

G_END_DECLS
