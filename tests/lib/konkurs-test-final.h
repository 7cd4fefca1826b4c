/* konkurs-test-final.h — a competition at its last commission stage (the
 * interview, or the Youth Reserve's National Commission), with a
 * commission of its own and a meeting, for the tests of the final results
 *
 * The stages before are walked through the store where their results
 * matter to the ranking (the documents, the practical task, whose mean
 * breaks ties) and closed by SQL where they do not (testing, the essay,
 * the assessment centre), everyone going on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-results.h"

G_BEGIN_DECLS

typedef struct {
  KonkursStore *store;           /* borrowed */
  gint64        competition;
  char         *number;
  gint64        vacancies[4];
  guint         n_vacancies;
  gint64        apps[64];        /* in the order made */
  char         *codes[64];       /* their personal codes */
  guint         n_apps;
  gint64        stage;           /* the commission stage, open */
  gint64        commission;
  /* chair, deputy chair, three members, secretary */
  gint64        members[6];
  gint64        meeting;
} KonkursTestFinal;

void konkurs_test_final_free (KonkursTestFinal *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursTestFinal, konkurs_test_final_free)

/* A civil-service competition with @n_vacancies non-leadership vacancies
 * of @per_vacancy applicants each (at most three: all go on to the
 * interview), the practical task's score of application i being
 * @practical[i] from each member (NULL: 4 for all). */
KonkursTestFinal *konkurs_test_final_civil (KonkursStore *store, guint n_vacancies, guint per_vacancy,
                                            const int *practical);
/* A Youth Reserve selection of one applicant per sector of @sectors
 * (NULL-terminated), whose top is @top places. */
KonkursTestFinal *konkurs_test_final_youth (KonkursStore *store, const char * const *sectors, int top);

/* The ballots on application @app of the five voting members (chair,
 * deputy, members), one letter each: F for, A against, B abstain, - none. */
void konkurs_test_final_vote   (KonkursTestFinal *self, gint64 app, const char *ballots);
/* Records the meeting's decisions, asserted. */
void konkurs_test_final_decide (KonkursTestFinal *self);
/* SQL on the store's database, asserted. */
void konkurs_test_final_exec   (KonkursTestFinal *self, const char *sql);

G_END_DECLS
