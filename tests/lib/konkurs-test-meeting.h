/* konkurs-test-meeting.h — meeting files of the interview of
 * konkurs_test_interview_new(), for the tests of their import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-test-commission.h"

G_BEGIN_DECLS

/* The name (Kazakh) of member @ordinal (from 1, in signing order) of the
 * commission of @interview. */
char *konkurs_test_member_name (KonkursStore *store, const KonkursTestInterview *interview, guint ordinal);

/* A file @name in @dir: <konkurs-meeting competition=… stage="interview"
 * held-on="2025-06-02" starts-at="10:00" @attrs> (the meeting of
 * @interview, which the file replaces while it is open) with @body, after
 * a <member> element for every member of its commission, present unless
 * his ordinal is in @absent ("2,4"; NULL none): the <member> elements are
 * lines 4 to 3 + the number of members. */
char *konkurs_test_write_meeting (KonkursStore               *store,
                                  const char                 *dir,
                                  const char                 *name,
                                  const KonkursTestInterview *interview,
                                  const char                 *attrs,
                                  const char                 *absent,
                                  const char                 *body);

/* Each row of the meeting @meeting_id as "CODE: ORDINAL=BALLOT[/DISSENT]… →
 * OUTCOME" (R for a recused member), one line per candidate, for
 * comparing two databases. */
char *konkurs_test_describe_meeting (KonkursStore *store,
                                     gint64        meeting_id);

G_END_DECLS
