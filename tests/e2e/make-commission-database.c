/* make-commission-database.c — the database of the Commission area's
 * end-to-end test
 *
 * Not a test itself: tests/e2e/test-commission.py runs it.
 *
 *   make-commission-database DATABASE
 *     a civil-service competition whose interview stage is open with
 *     three candidates, its commission (chair, deputy chair, three
 *     members, secretary: five vote, four make the quorum) and a meeting
 *     of the interview with every member present; prints "competition
 *     ID", "meeting ID", "member NAME" per voting member in signing
 *     order, "secretary NAME" and "candidate CODE NAME" in the grid's
 *     order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "konkurs-test-commission.h"
#include "konkurs-test-util.h"

static void
make (KonkursStore *store)
{
  g_autoptr(KonkursTestInterview) interview = konkurs_test_interview_new (store, 3, 3);
  g_autoptr(KonkursCommissionRecord) commission = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  printf ("competition %" G_GINT64_FORMAT "\n", interview->competition->competition_id);
  printf ("meeting %" G_GINT64_FORMAT "\n", interview->meeting_id);
  commission = konkurs_store_get_commission (store, interview->commission_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < commission->members->len; i++)
    {
      const KonkursCommissionMember *member = commission->members->pdata[i];

      printf ("%s %s\n", konkurs_commission_role_votes (member->role) ? "member" : "secretary",
              konkurs_local_text_get_display (member->name));
    }
  rows = konkurs_store_list_meeting_rows (store, interview->meeting_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursMeetingRow *row = rows->pdata[i];

      printf ("candidate %s %s\n", row->personal_code, row->full_name);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DATABASE\n", argv[0]);
      return 2;
    }
  store = konkurs_store_open (argv[1], NULL, &error);
  g_assert_no_error (error);
  make (store);
  return 0;
}
