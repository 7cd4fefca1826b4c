/* konkurs-cli-meetings.c — which meeting of a commission the command
 * line prints
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>
#include <glib/gi18n.h>

#include "konkurs-cli-meetings.h"
#include "konkurs-store-commission.h"

/* "  12 — 2026-11-30 10:00, Interview", one meeting a line. */
static char *
list_meetings (GPtrArray *meetings)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < meetings->len; i++)
    {
      const KonkursMeeting *meeting = g_ptr_array_index (meetings, i);
      char date[16] = "—";

      if (g_date_valid (&meeting->held_on))
        g_date_strftime (date, sizeof date, "%Y-%m-%d", &meeting->held_on);
      g_string_append_printf (text, "  %" PRId64 " — %s%s%s, %s\n", meeting->id, date,
                              *meeting->starts_at != '\0' ? " " : "", meeting->starts_at,
                              _(konkurs_stage_kind_get_label (meeting->stage_kind)));
    }
  return g_string_free (text, FALSE);
}

gboolean
konkurs_cli_find_meeting (KonkursStore            *store,
                          const KonkursCliOptions *options,
                          gint64                  *meeting_id,
                          int                     *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) meetings = konkurs_store_list_meetings (store, options->competition_id, &error);
  g_autofree char *listed = NULL;

  *status = 2;
  if (meetings == NULL)
    {
      g_printerr ("%s\n", error->message);
      *status = 1;
      return FALSE;
    }
  if (meetings->len == 0)
    {
      g_printerr (_("Competition %" PRId64 " has no meeting of a commission yet.\n"), options->competition_id);
      return FALSE;
    }
  for (guint i = 0; i < meetings->len; i++)
    if (((KonkursMeeting *) g_ptr_array_index (meetings, i))->id == options->meeting_id
        || (options->meeting_id <= 0 && meetings->len == 1))
      {
        *meeting_id = ((KonkursMeeting *) g_ptr_array_index (meetings, i))->id;
        return TRUE;
      }
  listed = list_meetings (meetings);
  if (options->meeting_id > 0)
    /* Translators: the meeting given, the competition, then its meetings, one a line */
    g_printerr (_("Competition %" PRId64 " has no meeting %" PRId64 ". Its meetings:\n%s"),
                options->competition_id, options->meeting_id, listed);
  else
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "Competition %" PRId64 " has %u meeting: say which to print with --meeting ID.\n%s",
                             "Competition %" PRId64 " has %u meetings: say which to print with --meeting ID.\n%s",
                             meetings->len),
                options->competition_id, meetings->len, listed);
  return FALSE;
}

void
konkurs_cli_explain_meeting_undecided (const KonkursCliOptions *options,
                                       gint64                   meeting_id)
{
  /* Translators: the meeting, the competition; the protocol would say decided what is not */
  g_printerr (_("The meeting %" PRId64 " of competition %" PRId64 " has not recorded its decisions: the Commission "
                "Protocol would be final. Record the decisions in the Commission area, or print a draft with "
                "--draft.\n"), meeting_id, options->competition_id);
}
