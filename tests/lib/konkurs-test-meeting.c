/* konkurs-test-meeting.c — meeting files of the interview of
 * konkurs_test_interview_new()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-test-meeting.h"
#include "konkurs-test-util.h"

char *
konkurs_test_member_name (KonkursStore               *store,
                          const KonkursTestInterview *interview,
                          guint                       ordinal)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCommissionRecord) commission = konkurs_store_get_commission (store, interview->commission_id,
                                                                                &error);
  const KonkursCommissionMember *member;

  g_assert_no_error (error);
  g_assert_cmpuint (ordinal, <=, commission->members->len);
  member = g_ptr_array_index (commission->members, ordinal - 1);
  return g_strdup (konkurs_local_text_get (member->name, KONKURS_DOC_LANGUAGE_KK));
}

char *
konkurs_test_write_meeting (KonkursStore               *store,
                            const char                 *dir,
                            const char                 *name,
                            const KonkursTestInterview *interview,
                            const char                 *attrs,
                            const char                 *absent,
                            const char                 *body)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_auto(GStrv) away = g_strsplit (absent != NULL ? absent : "", ",", -1);
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_string_append_printf (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<konkurs-meeting xmlns=\"urn:konkurs:meeting:1\" version=\"1\" competition=\"%s\"\n"
                          "                 stage=\"interview\" held-on=\"2025-06-02\" starts-at=\"10:00\" %s>\n",
                          interview->competition->number, attrs != NULL ? attrs : "");
  for (guint i = 0; i < interview->members->len; i++)
    {
      g_autofree char *ordinal = g_strdup_printf ("%u", i + 1);
      g_autofree char *member = konkurs_test_member_name (store, interview, i + 1);

      g_string_append_printf (text, "  <member ordinal=\"%u\" name=\"%s\" present=\"%s\"/>\n", i + 1, member,
                              g_strv_contains ((const char * const *) away, ordinal) ? "false" : "true");
    }
  g_string_append_printf (text, "%s</konkurs-meeting>\n", body);
  g_assert_true (g_file_set_contents (path, text->str, -1, &error));
  g_assert_no_error (error);
  return path;
}

char *
konkurs_test_describe_meeting (KonkursStore *store,
                               gint64        meeting_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = konkurs_store_list_meeting_rows (store, meeting_id, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (rows, i);

      g_string_append_printf (text, "%s:", row->personal_code);
      for (guint b = 0; b < row->ballots->len; b++)
        {
          const KonkursMemberBallot *ballot = g_ptr_array_index (row->ballots, b);

          if (ballot->ballot.recused)
            g_string_append_printf (text, " %u=R", b + 1);
          else if (ballot->ballot.ballot == KONKURS_BALLOT_SCORE)
            g_string_append_printf (text, " %u=%d", b + 1, ballot->ballot.score);
          else if (ballot->ballot.ballot != KONKURS_BALLOT_NONE)
            g_string_append_printf (text, " %u=%s", b + 1, konkurs_ballot_kind_to_code (ballot->ballot.ballot));
          if (ballot->dissent != NULL && ballot->dissent[0] != '\0')
            g_string_append_printf (text, "/%s", ballot->dissent);
        }
      g_string_append_printf (text, " → %s\n", row->decided ? konkurs_vote_outcome_to_code (row->recorded) : "open");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
