/* konkurs-commission-actions.c — the work behind the Commission area's
 * actions that need a dialog of their own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-commission-actions.h"
#include "konkurs-delete-dialog.h"
#include "konkurs-error-dialog.h"
#include "konkurs-ui-helpers.h"

char *
konkurs_commission_describe_meeting (const KonkursMeeting *meeting)
{
  g_autofree char *date = NULL;
  const char *stage;

  g_return_val_if_fail (meeting != NULL, NULL);

  date = konkurs_ui_format_date (&meeting->held_on);
  stage = konkurs_ui_translate_label (konkurs_stage_kind_get_label (meeting->stage_kind));
  if (meeting->starts_at != NULL && meeting->starts_at[0] != '\0')
    /* Translators: a meeting in a list: date, time · stage */
    return g_strdup_printf (_("%s %s · %s"), date, meeting->starts_at, stage);
  /* Translators: a meeting in a list: date · stage */
  return g_strdup_printf (_("%s · %s"), date, stage);
}

/* Copy from an earlier competition */

typedef struct {
  KonkursStore *store;
  gint64        competition_id;
  GArray       *from;    /* of gint64: the competitions offered */
  GtkDropDown  *dropdown;
} Copying;

static void
copying_free (gpointer data)
{
  Copying *copying = data;

  g_clear_object (&copying->store);
  g_clear_pointer (&copying->from, g_array_unref);
  g_free (copying);
}

static void
on_copy_response (AdwMessageDialog *dialog,
                  const char       *response,
                  GtkWidget        *source)
{
  Copying *copying = g_object_get_data (G_OBJECT (dialog), "copying");
  guint position = gtk_drop_down_get_selected (copying->dropdown);
  g_autoptr(GError) error = NULL;
  gint64 commission_id = 0;

  if (!g_str_equal (response, "copy") || position >= copying->from->len)
    return;
  if (!konkurs_store_copy_commission (copying->store, g_array_index (copying->from, gint64, position),
                                      copying->competition_id, &commission_id, &error))
    konkurs_error_dialog_present (konkurs_ui_get_parent_window (source), G_LOG_LEVEL_MESSAGE,
                                  _("Commission Not Copied"), error, NULL);
  else
    konkurs_area_tell (source, _("The commission is copied and serves this competition; edit it if its members "
                                 "changed"));
}

static GtkDropDown *
earlier_competitions (Copying  *copying,
                      GError  **error)
{
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (copying->store, error);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  if (competitions == NULL)
    return NULL;
  for (guint i = 0; i < competitions->len; i++)
    {
      KonkursCompetition *competition = competitions->pdata[i];
      gint64 id = konkurs_competition_get_id (competition);
      g_autofree char *name = NULL;

      if (id == copying->competition_id ||
          konkurs_store_get_competition_commission (copying->store, id, NULL) == 0)
        continue;
      /* Translators: a competition in a list: its number · its name */
      name = g_strdup_printf (_("%s · %s"), konkurs_competition_get_number (competition),
                              konkurs_ui_competition_name (competition));
      gtk_string_list_append (names, name);
      g_array_append_val (copying->from, id);
    }
  return GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
}

void
konkurs_commission_copy_from_earlier (GtkWidget    *source,
                                      KonkursStore *store,
                                      gint64        competition_id)
{
  Copying *copying = g_new0 (Copying, 1);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  copying->store = g_object_ref (store);
  copying->competition_id = competition_id;
  copying->from = g_array_new (FALSE, FALSE, sizeof (gint64));
  copying->dropdown = earlier_competitions (copying, &error);
  if (copying->dropdown == NULL)
    {
      konkurs_error_dialog_present (konkurs_ui_get_parent_window (source), G_LOG_LEVEL_WARNING,
                                    _("Competitions Not Read"), error, NULL);
      copying_free (copying);
      return;
    }
  if (copying->from->len == 0)
    {
      g_object_ref_sink (copying->dropdown);
      g_object_unref (copying->dropdown);
      copying_free (copying);
      konkurs_delete_dialog_explain (source, _("Nothing to Copy"),
                                     _("No other competition has a commission yet. Create one with New "
                                       "Commission… or import it from a file."), _("_Close"), NULL, NULL);
      return;
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (copying->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Earlier competition"), -1);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (konkurs_ui_get_parent_window (source),
                                                       _("Copy a Commission"),
                                                       _("A new commission with the members of the earlier "
                                                         "competition’s commission will serve this competition. The "
                                                         "earlier commission stays as it is.")));
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (copying->dropdown));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "copy", _("_Copy Commission"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "copy", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "copy");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "copying", copying, copying_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_copy_response), source, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Deleting a meeting */

typedef struct {
  KonkursStore *store;
  gint64        meeting_id;
  GtkWidget    *source;   /* weak */
} Deleting;

static void
deleting_free (gpointer data)
{
  Deleting *deleting = data;

  g_clear_object (&deleting->store);
  g_clear_weak_pointer (&deleting->source);
  g_free (deleting);
}

static void
delete_now (gpointer data)
{
  Deleting *deleting = data;
  g_autoptr(GError) error = NULL;

  if (!konkurs_store_delete_meeting (deleting->store, deleting->meeting_id, &error))
    konkurs_error_dialog_present (deleting->source != NULL ? konkurs_ui_get_parent_window (deleting->source) : NULL,
                                  G_LOG_LEVEL_MESSAGE, _("Meeting Not Deleted"), error, NULL);
}

void
konkurs_commission_delete_meeting (GtkWidget            *source,
                                   KonkursStore         *store,
                                   const KonkursMeeting *meeting)
{
  Deleting *deleting;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;

  g_return_if_fail (meeting != NULL);

  if (meeting->closed_at != NULL)
    {
      konkurs_delete_dialog_explain (source, _("The Meeting Has Decisions"),
                                     _("The decisions of this meeting are recorded and its protocol may be signed: "
                                       "it cannot be deleted. Correct a vote instead; the correction is recorded "
                                       "with its reason."), _("_Keep Meeting"), NULL, NULL);
      return;
    }
  deleting = g_new0 (Deleting, 1);
  deleting->store = g_object_ref (store);
  deleting->meeting_id = meeting->id;
  g_set_weak_pointer (&deleting->source, source);
  name = konkurs_commission_describe_meeting (meeting);
  /* Translators: %s names the meeting */
  body = g_strdup_printf (_("The meeting of %s goes with its attendance, observers, recusals and ballots. The "
                            "record keeps what was deleted."), name);
  konkurs_delete_dialog_confirm (source, _("Delete Meeting?"), body, _("_Delete Meeting"), delete_now, deleting,
                                 deleting_free);
}

/* Recording the decisions */

typedef struct {
  KonkursStore *store;
  gint64        meeting_id;
  GtkWidget    *source;   /* weak */
} Recording;

static void
recording_free (gpointer data)
{
  Recording *recording = data;

  g_clear_object (&recording->store);
  g_clear_weak_pointer (&recording->source);
  g_free (recording);
}

static void
tell_recorded (GtkWidget *source,
               guint      n,
               gboolean   partial)
{
  g_autofree char *news = NULL;

  if (partial)
    news = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "Recorded %u decision; the others are left for a later meeting",
                                         "Recorded %u decisions; the others are left for a later meeting", n), n);
  else
    news = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Recorded %u decision; the meeting is closed",
                                         "Recorded %u decisions; the meeting is closed", n), n);
  konkurs_area_tell (source, news);
}

static void
on_partial_response (AdwMessageDialog *dialog,
                     const char       *response,
                     Recording        *recording)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  if (!g_str_equal (response, "partial") || recording->source == NULL)
    return;
  if (!konkurs_store_record_decisions (recording->store, recording->meeting_id, TRUE, &n, &error))
    konkurs_error_dialog_present (konkurs_ui_get_parent_window (recording->source), G_LOG_LEVEL_MESSAGE,
                                  _("Decisions Not Recorded"), error, NULL);
  else
    tell_recorded (recording->source, n, TRUE);
}

static void
offer_partial (GtkWidget    *source,
               Recording    *recording,
               const GError *error,
               guint         n_undecided)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%s\n\n%u candidate is not decided. Record the decisions taken and leave "
                                       "this candidate for a later meeting?",
                                       "%s\n\n%u candidates are not decided. Record the decisions taken and leave "
                                       "them for a later meeting?", n_undecided),
                          error->message, n_undecided);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (konkurs_ui_get_parent_window (source),
                                                       _("Not Every Candidate Is Decided"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Go Back to the Votes"), "partial",
                                    _("_Record the Decided Ones"), NULL);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "recording", recording, recording_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_partial_response), recording);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
konkurs_commission_record_decisions (GtkWidget            *source,
                                     KonkursStore         *store,
                                     const KonkursMeeting *meeting,
                                     guint                 n_undecided)
{
  g_autoptr(GError) error = NULL;
  Recording *recording;
  guint n = 0;

  g_return_if_fail (meeting != NULL);

  if (konkurs_store_record_decisions (store, meeting->id, FALSE, &n, &error))
    {
      tell_recorded (source, n, FALSE);
      return;
    }
  if (!g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID) || n_undecided == 0)
    {
      konkurs_error_dialog_present (konkurs_ui_get_parent_window (source), G_LOG_LEVEL_MESSAGE,
                                    _("Decisions Not Recorded"), error, _("Nothing was recorded."));
      return;
    }
  recording = g_new0 (Recording, 1);
  recording->store = g_object_ref (store);
  recording->meeting_id = meeting->id;
  g_set_weak_pointer (&recording->source, source);
  offer_partial (source, recording, error, n_undecided);
}
