/* konkurs-test-exchange-essays.h — for the tests of the grading's files,
 * beside konkurs-test-essays.h (the essay stage and the experts): the
 * files of arriving essays, and the database as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-test-essays.h"

G_BEGIN_DECLS

/* The personal code of an application admitted to @stage's competition
 * that did not enter the essay stage (free it). */
char *konkurs_test_essay_stage_left_code (const KonkursTestEssayStage *stage);

/* <konkurs-essays> of an essay of every code in @codes ("kk" and "ru" in
 * turn, 180 words and 40 minutes for the first, one more each after), as
 * a file @name in @dir; the path. */
char *konkurs_test_write_essays (const char *dir, const char *name, GPtrArray *codes);

/* Every row of every table of the store, as text: what an import that is
 * refused must leave as it was. */
char *konkurs_test_dump_database (KonkursStore *store);

/* Writes @text as @name in @dir; the path. */
char *konkurs_test_write_text (const char *dir, const char *name, const char *text);

G_END_DECLS
