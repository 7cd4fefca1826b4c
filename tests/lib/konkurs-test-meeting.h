/* konkurs-test-meeting.h — a competition whose interview is open, with a
 * commission of its own, for the tests of meetings and their files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-commission.h"
#include "konkurs-test-stage-results.h"

G_BEGIN_DECLS

typedef struct {
  KonkursTestStageCompetition *competition;    /* its codes: those in the interview, sorted */
  gint64                       interview_id;   /* open */
  gint64                       commission_id;  /* the competition's */
  GPtrArray                   *members;        /* of KonkursCommissionMember with ids, in signing order */
} KonkursTestMeetingStage;

void konkurs_test_meeting_stage_free (KonkursTestMeetingStage *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursTestMeetingStage, konkurs_test_meeting_stage_free)

/* The names of the commission's members, in the order they sign: chair,
 * deputy chair, two members, secretary. */
extern const char * const konkurs_test_meeting_members[];

/* A civil-service competition with one non-leadership vacancy and
 * @n_admitted candidates, through testing and the practical task (each
 * with full marks), its interview open; the commission "Тест комиссиясы"
 * of five members (konkurs_test_meeting_members) bound to it.  The
 * practical task is scored by the default commission, which is made of
 * the same members when the database has none. */
KonkursTestMeetingStage *konkurs_test_meeting_stage_new (KonkursStore *store,
                                                         guint         n_admitted);

/* A file @name in @dir: <konkurs-meeting competition=… stage="interview"
 * held-on="2025-04-21" starts-at="10:00" @attrs> with @body, after the
 * <member> elements of every member, present unless his ordinal is in
 * @absent ("2,4"; NULL none). */
char *konkurs_test_write_meeting (const char                    *dir,
                                  const char                    *name,
                                  const KonkursTestMeetingStage *stage,
                                  const char                    *attrs,
                                  const char                    *absent,
                                  const char                    *body);

/* Each row of the meeting @meeting_id as "CODE: ORDINAL=BALLOT[/DISSENT]… →
 * OUTCOME" (R for a recused member), one line per candidate, for
 * comparing two databases. */
char *konkurs_test_describe_meeting (KonkursStore *store,
                                     gint64        meeting_id);

G_END_DECLS
