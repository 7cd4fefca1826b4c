/* konkurs-commission-view.c — the Commission area
 *
 * Per competition (the sidebar, as in the Essays area): the commission
 * that serves it, chosen among the commission records or made here; its
 * meetings, each of one stage the commission decides; for the meeting
 * shown, three tabs: Attendance (switches and the live quorum, the
 * observers, the recording), Interview (the candidates × voting members
 * grid and Record Decisions) and Results (the final ranking).  Printing
 * goes through the registry: the meeting's protocol ("commission") from
 * the header, the final results ("final") from the Results tab.
 *
 * The store tells every change ("changed::vote"…): the area reads again
 * what it shows, so a meeting imported from the laptop, or a correction
 * made elsewhere, shows at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   list "Competitions", drop-downs "Commission" and "Meeting", buttons
 *   "New Meeting…", "Edit Meeting…", "Delete Meeting", "Record
 *   Decisions", the menu "Commission and meeting files", tabs
 *   "Attendance", "Interview", "Results", label "Commission members".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-commission-actions.h"
#include "konkurs-commission-dialog.h"
#include "konkurs-commission-view.h"
#include "konkurs-competition-rows.h"
#include "konkurs-documents-button.h"
#include "konkurs-master-detail.h"
#include "konkurs-meeting-dialog.h"
#include "konkurs-recording.h"
#include "konkurs-ui-helpers.h"

struct _KonkursCommissionView
{
  KonkursArea             parent_instance;

  KonkursCompetitionRows *competitions;
  GPtrArray              *commissions;   /* of KonkursCommissionRecord, as the drop-down lists them */
  KonkursCommissionRecord *commission;   /* of the competition; NULL none */
  GPtrArray              *stages;        /* of KonkursStage: those the commission decides */
  GPtrArray              *meetings;      /* of KonkursMeeting */
  KonkursMeeting         *meeting;       /* shown; NULL none */
  GPtrArray              *attendance;    /* of KonkursAttendance */
  GHashTable             *why_not;       /* action -> reason it is off */
  char                   *commission_text;
  gboolean                reloading;
  gboolean                stale;
  guint                   reload_source;  /* a reload after the store's news, coalesced */

  KonkursMasterDetail    *master_detail;
  GtkListView            *competitions_list;
  GtkLabel               *title_label;
  GtkLabel               *subtitle_label;
  KonkursDocumentsButton *print_button;
  GtkDropDown            *commission_dropdown;
  GtkDropDown            *meeting_dropdown;
  GtkWidget              *new_meeting_button;
  GtkWidget              *edit_meeting_button;
  GtkWidget              *delete_meeting_button;
  GtkLabel               *commission_label;
  GtkLabel               *warning_label;
  GtkLabel               *error_label;
  GtkStack               *content_stack;
  GtkStack               *tabs;
  GtkLabel               *keys_label;
  KonkursMeetingPane     *meeting_pane;
  KonkursInterviewGrid   *grid;
  GtkWidget              *record_button;
  KonkursResultsPane     *results_pane;
};

G_DEFINE_FINAL_TYPE (KonkursCommissionView, konkurs_commission_view, KONKURS_TYPE_AREA)

static KonkursStore *
get_store (KonkursCommissionView *self)
{
  return konkurs_area_get_store (KONKURS_AREA (self));
}

static KonkursCompetition *
get_competition (KonkursCommissionView *self)
{
  return konkurs_competition_rows_get_selected (self->competitions);
}

static gboolean
is_writable (KonkursCommissionView *self)
{
  return konkurs_area_is_writable (KONKURS_AREA (self));
}

/* Why the actions are off */

static guint
count_undecided (KonkursCommissionView *self)
{
  guint n = konkurs_interview_grid_get_n_rows (self->grid), undecided = 0;

  for (guint i = 0; i < n; i++)
    {
      const KonkursMeetingRow *row = konkurs_interview_grid_get_row (self->grid, i);
      KonkursVoteOutcome outcome = row->result.outcome;

      undecided += outcome != KONKURS_VOTE_RECOMMENDED && outcome != KONKURS_VOTE_NOT_RECOMMENDED;
    }
  return undecided;
}

static const char *
why_not (KonkursCommissionView *self,
         const char            *action)
{
  gboolean meeting_action = g_str_has_suffix (action, "-meeting") && !g_str_equal (action, "commission.new-meeting") &&
                            !g_str_equal (action, "commission.import-meeting");

  if (get_store (self) == NULL || get_competition (self) == NULL)
    return _("Choose a competition first.");
  if (!is_writable (self) && !g_str_equal (action, "commission.export-meeting"))
    return _("The database is open for reading only.");
  if (g_str_equal (action, "commission.edit") && self->commission == NULL)
    return _("The competition has no commission yet: choose one or create one.");
  if (g_str_equal (action, "commission.new-meeting"))
    {
      if (self->commission == NULL)
        return _("Choose the commission of the competition first.");
      if (self->stages == NULL || self->stages->len == 0)
        return _("The competition’s rule set has no stage a commission decides.");
      return NULL;
    }
  if (meeting_action && self->meeting == NULL)
    return _("Choose a meeting first.");
  if (g_str_equal (action, "commission.record-decisions"))
    {
      if (self->meeting == NULL)
        return _("Choose a meeting first.");
      if (self->meeting->closed_at != NULL)
        return _("The decisions of this meeting are recorded. A change to a vote is recorded as a correction, with "
                 "its reason.");
      if (konkurs_interview_grid_get_n_rows (self->grid) == 0)
        return _("No candidate is before this meeting: none entered its stage.");
    }
  return NULL;
}

static void
set_action (KonkursCommissionView *self,
            const char            *action,
            GtkWidget             *button,
            const char            *tooltip)
{
  const char *reason = why_not (self, action);

  if (reason == NULL)
    g_hash_table_remove (self->why_not, action);
  else
    g_hash_table_replace (self->why_not, g_strdup (action), g_strdup (reason));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, reason == NULL);
  if (button != NULL)
    gtk_widget_set_tooltip_text (button, reason != NULL ? reason : tooltip);
}

static void
update_actions (KonkursCommissionView *self)
{
  set_action (self, "commission.new", NULL, NULL);
  set_action (self, "commission.edit", NULL, NULL);
  set_action (self, "commission.copy", NULL, NULL);
  set_action (self, "commission.import", NULL, NULL);
  set_action (self, "commission.import-meeting", NULL, NULL);
  set_action (self, "commission.export-meeting", NULL, NULL);
  set_action (self, "commission.new-meeting", self->new_meeting_button,
              _("A meeting of the commission for a stage it decides"));
  set_action (self, "commission.edit-meeting", self->edit_meeting_button,
              _("The meeting’s stage, date, time, place and agenda"));
  set_action (self, "commission.delete-meeting", self->delete_meeting_button,
              _("Delete the meeting with its attendance and ballots, while it has no decisions"));
  set_action (self, "commission.record-decisions", self->record_button,
              _("Record the decision of every candidate the votes decide, and close the meeting"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->commission_dropdown), is_writable (self));
}

const char *
konkurs_commission_view_why_not (KonkursCommissionView *self,
                                 const char            *action)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_VIEW (self), NULL);
  return g_hash_table_lookup (self->why_not, action);
}

/* The commission line */

static void
describe_commission (KonkursCommissionView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint voting = 0;

  if (self->commission == NULL)
    g_string_assign (text, _("No commission serves this competition yet."));
  else
    {
      for (guint i = 0; i < self->commission->members->len; i++)
        {
          const KonkursCommissionMember *member = self->commission->members->pdata[i];

          voting += konkurs_commission_role_votes (member->role);
          g_string_append (text, i == 0 ? "" : "; ");
          /* Translators: a member of the commission: name (role) */
          g_string_append_printf (text, _("%s (%s)"), konkurs_local_text_get_display (member->name),
                                  konkurs_ui_translate_label (konkurs_commission_role_get_label (member->role)));
        }
      if (self->commission->members->len == 0)
        g_string_assign (text, _("The commission has no members yet: add them with Edit Commission…."));
    }
  g_free (self->commission_text);
  self->commission_text = g_strdup (text->str);
  gtk_label_set_text (self->commission_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label),
                          self->commission != NULL && konkurs_commission_is_even (self->commission->members));
  if (self->commission != NULL && konkurs_commission_is_even (self->commission->members))
    {
      g_autofree char *warning = g_strdup_printf (_("The commission has an even number of voting members (%u): a tie "
                                                    "is possible, and then the chair’s vote decides."), voting);

      gtk_label_set_text (self->warning_label, warning);
    }
}

static void
describe_competition (KonkursCommissionView *self)
{
  g_autoptr(GString) subtitle = konkurs_competition_rows_describe (self->competitions, self->title_label);

  if (subtitle == NULL)
    return;
  if (self->commission != NULL)
    g_string_append (subtitle, konkurs_local_text_get_display (self->commission->name));
  else
    g_string_append (subtitle, _("no commission yet"));
  if (self->meeting != NULL)
    g_string_append_printf (subtitle, " · %s",
                            self->meeting->closed_at != NULL ? _("decisions recorded") : _("meeting open"));
  gtk_label_set_text (self->subtitle_label, subtitle->str);
}

/* Reading */

static void
fill_commissions (KonkursCommissionView *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (names, _("No commission"));
  for (guint i = 0; self->commissions != NULL && i < self->commissions->len; i++)
    {
      const KonkursCommissionRecord *record = self->commissions->pdata[i];

      gtk_string_list_append (names, konkurs_local_text_get_display (record->name));
      if (self->commission != NULL && record->id == self->commission->id)
        selected = i + 1;
    }
  gtk_drop_down_set_model (self->commission_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->commission_dropdown, selected);
}

static void
fill_meetings (KonkursCommissionView *self,
               gint64                 keep)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; self->meetings != NULL && i < self->meetings->len; i++)
    {
      const KonkursMeeting *meeting = self->meetings->pdata[i];
      g_autofree char *name = konkurs_commission_describe_meeting (meeting);

      gtk_string_list_append (names, name);
      if (meeting->id == keep || (keep == 0 && i + 1 == self->meetings->len))
        selected = i;
    }
  if (selected == GTK_INVALID_LIST_POSITION && self->meetings != NULL && self->meetings->len > 0)
    selected = self->meetings->len - 1;
  gtk_drop_down_set_model (self->meeting_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->meeting_dropdown, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->meeting_dropdown), self->meetings != NULL && self->meetings->len > 0);
  g_clear_pointer (&self->meeting, konkurs_meeting_free);
  if (selected != GTK_INVALID_LIST_POSITION)
    self->meeting = konkurs_meeting_copy (self->meetings->pdata[selected]);
}

static gboolean
read_stages (KonkursCommissionView  *self,
             gint64                  competition_id,
             GError                **error)
{
  g_autoptr(GPtrArray) stages = konkurs_store_list_stages (get_store (self), competition_id, error);

  if (stages == NULL)
    return FALSE;
  self->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_free);
  for (guint i = 0; i < stages->len; i++)
    if (konkurs_meeting_stage_is_commissions (stages->pdata[i]))
      g_ptr_array_add (self->stages, konkurs_stage_copy (stages->pdata[i]));
  return TRUE;
}

static gboolean
read_competition (KonkursCommissionView  *self,
                  GError                **error)
{
  KonkursStore *store = get_store (self);
  gint64 competition_id = konkurs_competition_rows_get_selected_id (self->competitions);
  gint64 commission_id;

  self->commissions = konkurs_store_list_commissions (store, error);
  if (self->commissions == NULL || !read_stages (self, competition_id, error))
    return FALSE;
  commission_id = konkurs_store_get_competition_commission (store, competition_id, error);
  if (error != NULL && *error != NULL)
    return FALSE;
  for (guint i = 0; commission_id != 0 && i < self->commissions->len; i++)
    if (((KonkursCommissionRecord *) self->commissions->pdata[i])->id == commission_id)
      self->commission = konkurs_commission_record_copy (self->commissions->pdata[i]);
  self->meetings = konkurs_store_list_meetings (store, competition_id, error);
  return self->meetings != NULL;
}

static void
clear_competition (KonkursCommissionView *self)
{
  g_clear_pointer (&self->commissions, g_ptr_array_unref);
  g_clear_pointer (&self->commission, konkurs_commission_record_free);
  g_clear_pointer (&self->stages, g_ptr_array_unref);
  g_clear_pointer (&self->meetings, g_ptr_array_unref);
  g_clear_pointer (&self->meeting, konkurs_meeting_free);
  g_clear_pointer (&self->attendance, g_ptr_array_unref);
}

static gboolean
is_youth_reserve (KonkursCommissionView *self)
{
  KonkursCompetition *competition = get_competition (self);

  return competition != NULL && konkurs_competition_get_rule_scope (competition) == KONKURS_RULE_SCOPE_YOUTH_RESERVE;
}

static void
describe_keys (KonkursCommissionView *self)
{
  gboolean scores = self->meeting != NULL && self->meeting->mode == KONKURS_VOTE_MODE_SCORES;
  g_autofree char *text = NULL;

  if (scores)
    /* Translators: the keys of the interview grid of a stage that scores; %d is the top of the scale */
    text = g_strdup_printf (_("Arrows move between cells · digits: a score from 0 to %d · Delete clears · R conflict "
                              "of interest · D dissenting opinion"), self->meeting->max_score);
  else
    text = g_strdup (_("Arrows move between cells · F for · A against · N abstains · Delete clears · R conflict of "
                       "interest · D dissenting opinion"));
  gtk_label_set_text (self->keys_label, text);
}

/* The meeting shown: its attendance, its grid, the results. */
static void
show_meeting (KonkursCommissionView *self)
{
  KonkursStore *store = get_store (self);
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->attendance, g_ptr_array_unref);
  if (self->meeting != NULL && store != NULL)
    {
      self->attendance = konkurs_store_list_attendance (store, self->meeting->id, &error);
      if (self->attendance == NULL)
        konkurs_ui_show_error (self->error_label, error);
    }
  konkurs_meeting_pane_set_meeting (self->meeting_pane, store, self->meeting, self->attendance, is_writable (self));
  konkurs_interview_grid_set_meeting (self->grid, store, self->meeting, self->attendance);
  konkurs_results_pane_set_competition (self->results_pane, store, konkurs_competition_rows_get_selected_id (
                                          self->competitions), is_youth_reserve (self),
                                        self->meeting != NULL ? self->meeting->id : 0, is_writable (self));
  describe_keys (self);
  describe_competition (self);
  update_actions (self);
  konkurs_area_documents_changed (KONKURS_AREA (self));
}

static void
load_competition_now (KonkursCommissionView *self)
{
  g_autoptr(GError) error = NULL;
  gint64 keep = self->meeting != NULL ? self->meeting->id : 0;
  const char *page;

  clear_competition (self);
  if (get_store (self) != NULL && get_competition (self) != NULL)
    read_competition (self, &error);
  self->reloading = TRUE;
  fill_commissions (self);
  fill_meetings (self, keep);
  self->reloading = FALSE;
  konkurs_ui_show_error (self->error_label, error);
  describe_commission (self);
  page = self->commission == NULL && (self->meetings == NULL || self->meetings->len == 0) ? "no-commission"
         : self->meeting == NULL ? "no-meeting" : "meeting";
  gtk_stack_set_visible_child_name (self->content_stack, page);
  show_meeting (self);
  konkurs_master_detail_set_show_details (self->master_detail, get_competition (self) != NULL);
}

/* Reading the stages makes them, through the record: not for a
 * competition only selected by default while the area is hidden. */
static void
load_competition (KonkursCommissionView *self)
{
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->stale)
    load_competition_now (self);
}

static void
on_competition_selected (KonkursCommissionView *self)
{
  if (self->reloading)
    return;
  g_clear_pointer (&self->meeting, konkurs_meeting_free);
  load_competition (self);
}

static void
reload (KonkursCommissionView *self)
{
  self->reloading = TRUE;
  konkurs_competition_rows_reload (self->competitions, get_store (self), GTK_WIDGET (self));
  self->reloading = FALSE;
  load_competition (self);
}

static gboolean
reload_later (gpointer data)
{
  KonkursCommissionView *self = data;

  self->reload_source = 0;
  load_competition (self);
  return G_SOURCE_REMOVE;
}

/* One operation tells several tables, and a switch that changed the
 * attendance is still in its own signal: the area reads again once,
 * after it. */
static void
on_store_changed (KonkursCommissionView *self)
{
  if (!self->reloading && self->reload_source == 0)
    self->reload_source = g_idle_add (reload_later, self);
}

/* The grid follows the votes itself; the decision column may change
 * what Record Decisions says. */
static void
on_votes_changed (KonkursCommissionView *self)
{
  update_actions (self);
  konkurs_results_pane_reload (self->results_pane);
}

static void
on_commission_chosen (KonkursCommissionView *self)
{
  guint position = gtk_drop_down_get_selected (self->commission_dropdown);
  gint64 commission_id = 0;
  g_autoptr(GError) error = NULL;

  if (self->reloading || get_store (self) == NULL || get_competition (self) == NULL)
    return;
  if (position >= 1 && self->commissions != NULL && position <= self->commissions->len)
    commission_id = ((KonkursCommissionRecord *) self->commissions->pdata[position - 1])->id;
  if (commission_id == (self->commission != NULL ? self->commission->id : 0))
    return;
  if (!konkurs_store_set_competition_commission (get_store (self), konkurs_competition_rows_get_selected_id (
                                                   self->competitions), commission_id, &error))
    {
      konkurs_area_tell (GTK_WIDGET (self), error->message);
      load_competition (self);
    }
}

static void
on_meeting_chosen (KonkursCommissionView *self)
{
  guint position = gtk_drop_down_get_selected (self->meeting_dropdown);

  if (self->reloading || self->meetings == NULL || position >= self->meetings->len)
    return;
  g_clear_pointer (&self->meeting, konkurs_meeting_free);
  self->meeting = konkurs_meeting_copy (self->meetings->pdata[position]);
  show_meeting (self);
}

/* Actions */

static void
on_meeting_saved (KonkursCommissionView *self,
                  gint64                 meeting_id)
{
  konkurs_commission_view_show_meeting (self, meeting_id);
}

static void
new_meeting (KonkursCommissionView *self,
             gboolean               edit)
{
  g_autoptr(KonkursMeeting) meeting = NULL;
  KonkursMeetingDialog *dialog;
  GDate today;

  if (edit && self->meeting != NULL)
    meeting = konkurs_meeting_copy (self->meeting);
  else
    {
      const KonkursStage *stage = self->stages->pdata[self->stages->len - 1];

      konkurs_ui_get_today (&today);
      meeting = konkurs_meeting_new (self->commission->id, stage->id, &today);
      meeting->competition_id = konkurs_competition_rows_get_selected_id (self->competitions);
    }
  dialog = konkurs_meeting_dialog_new (konkurs_ui_get_parent_window (GTK_WIDGET (self)), get_store (self), meeting,
                                       self->stages);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_meeting_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_commission_saved (KonkursCommissionView *self,
                     gint64                 commission_id)
{
  g_autoptr(GError) error = NULL;

  if (self->commission == NULL &&
      !konkurs_store_set_competition_commission (get_store (self), konkurs_competition_rows_get_selected_id (
                                                   self->competitions), commission_id, &error))
    konkurs_area_tell (GTK_WIDGET (self), error->message);
}

static void
edit_commission (KonkursCommissionView *self,
                 gboolean               edit)
{
  g_autoptr(KonkursCommissionRecord) record = NULL;
  KonkursCommissionDialog *dialog;

  if (edit && self->commission != NULL)
    record = konkurs_commission_record_copy (self->commission);
  else
    record = konkurs_commission_record_new (is_youth_reserve (self) ? KONKURS_COMMISSION_KIND_NATIONAL
                                                                    : KONKURS_COMMISSION_KIND_COMPETITION);
  dialog = konkurs_commission_dialog_new (konkurs_ui_get_parent_window (GTK_WIDGET (self)), get_store (self), record);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_commission_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
commission_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KonkursCommissionView *self = KONKURS_COMMISSION_VIEW (widget);
  KonkursStore *store = get_store (self);
  const char *reason = why_not (self, action_name);
  g_autofree char *file_name = NULL;

  if (store == NULL)
    return;
  /* the menu cannot say why an item is off: it says it when chosen */
  if (reason != NULL)
    {
      konkurs_area_tell (widget, reason);
      return;
    }
  if (g_str_equal (action_name, "commission.new") || g_str_equal (action_name, "commission.edit"))
    edit_commission (self, g_str_equal (action_name, "commission.edit"));
  else if (g_str_equal (action_name, "commission.copy"))
    konkurs_commission_copy_from_earlier (widget, store, konkurs_competition_rows_get_selected_id (self->competitions));
  else if (g_str_equal (action_name, "commission.import") || g_str_equal (action_name, "commission.import-meeting"))
    konkurs_recording_import (widget, store, g_str_equal (action_name, "commission.import-meeting"));
  else if (g_str_equal (action_name, "commission.new-meeting") || g_str_equal (action_name, "commission.edit-meeting"))
    new_meeting (self, g_str_equal (action_name, "commission.edit-meeting"));
  else if (g_str_equal (action_name, "commission.delete-meeting"))
    konkurs_commission_delete_meeting (widget, store, self->meeting);
  else if (g_str_equal (action_name, "commission.export-meeting"))
    {
      char date[16];

      g_date_strftime (date, sizeof date, "%Y-%m-%d", &self->meeting->held_on);
      file_name = g_strdup_printf ("meeting-%s.xml", date);
      konkurs_recording_export_meeting (widget, store, self->meeting->id, file_name);
    }
  else if (g_str_equal (action_name, "commission.record-decisions"))
    konkurs_commission_record_decisions (widget, store, self->meeting, count_undecided (self));
}

/* Printing: the protocol of the meeting shown, the final results of the
 * competition. */
static gint64
konkurs_commission_view_get_document_record (KonkursArea          *area,
                                             KonkursDocumentScope  scope)
{
  KonkursCommissionView *self = KONKURS_COMMISSION_VIEW (area);

  if (scope == KONKURS_DOCUMENT_SCOPE_MEETING)
    return self->meeting != NULL ? self->meeting->id : 0;
  if (scope == KONKURS_DOCUMENT_SCOPE_COMPETITION)
    return konkurs_competition_rows_get_selected_id (self->competitions);
  return 0;
}

/* The area */

static void
konkurs_commission_view_context_changed (KonkursArea *area)
{
  KonkursCommissionView *self = KONKURS_COMMISSION_VIEW (area);
  static const char *tables[] = {
    "changed::" KONKURS_STORE_TABLE_STAGE, "changed::" KONKURS_STORE_TABLE_COMMISSION,
    "changed::" KONKURS_STORE_TABLE_COMMISSION_MEMBER, "changed::" KONKURS_STORE_TABLE_MEETING,
    "changed::" KONKURS_STORE_TABLE_ATTENDANCE, "changed::" KONKURS_STORE_TABLE_OBSERVER,
    "changed::" KONKURS_STORE_TABLE_MEETING_DECISION,
  };
  static const char *votes[] = {
    "changed::" KONKURS_STORE_TABLE_VOTE, "changed::" KONKURS_STORE_TABLE_RECUSAL,
    "changed::" KONKURS_STORE_TABLE_TIE_CHOICE, "changed::" KONKURS_STORE_TABLE_VACANCY_OUTCOME,
    "changed::" KONKURS_STORE_TABLE_APPOINTMENT, "changed::" KONKURS_STORE_TABLE_RESERVE_REGISTER,
  };

  konkurs_area_connect_store (area, "changed::" KONKURS_STORE_TABLE_COMPETITIONS, G_CALLBACK (reload));
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    konkurs_area_connect_store (area, tables[i], G_CALLBACK (on_store_changed));
  for (guint i = 0; i < G_N_ELEMENTS (votes); i++)
    konkurs_area_connect_store (area, votes[i], G_CALLBACK (on_votes_changed));
  konkurs_area_connect_store (area, "notify::read-only", G_CALLBACK (on_store_changed));
  reload (self);
}

static void
konkurs_commission_view_map (GtkWidget *widget)
{
  KonkursCommissionView *self = KONKURS_COMMISSION_VIEW (widget);

  GTK_WIDGET_CLASS (konkurs_commission_view_parent_class)->map (widget);
  if (self->stale)
    load_competition (self);
}

static void
konkurs_commission_view_dispose (GObject *object)
{
  KonkursCommissionView *self = KONKURS_COMMISSION_VIEW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_COMMISSION_VIEW);
  g_clear_object (&self->competitions);
  clear_competition (self);
  g_clear_pointer (&self->why_not, g_hash_table_unref);
  g_clear_pointer (&self->commission_text, g_free);

  G_OBJECT_CLASS (konkurs_commission_view_parent_class)->dispose (object);
}

static void
konkurs_commission_view_class_init (KonkursCommissionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursAreaClass *area_class = KONKURS_AREA_CLASS (klass);
  static const char *actions[] = {
    "commission.new", "commission.edit", "commission.copy", "commission.import", "commission.new-meeting",
    "commission.edit-meeting", "commission.delete-meeting", "commission.export-meeting",
    "commission.import-meeting", "commission.record-decisions",
  };

  object_class->dispose = konkurs_commission_view_dispose;
  widget_class->map = konkurs_commission_view_map;
  area_class->context_changed = konkurs_commission_view_context_changed;
  area_class->get_document_record = konkurs_commission_view_get_document_record;

  g_type_ensure (KONKURS_TYPE_MASTER_DETAIL);
  g_type_ensure (KONKURS_TYPE_DOCUMENTS_BUTTON);
  g_type_ensure (KONKURS_TYPE_MEETING_PANE);
  g_type_ensure (KONKURS_TYPE_INTERVIEW_GRID);
  g_type_ensure (KONKURS_TYPE_RESULTS_PANE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/commission/konkurs-commission-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, master_detail);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, competitions_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, title_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, print_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, commission_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, new_meeting_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, edit_meeting_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, delete_meeting_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, commission_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, warning_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, error_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, tabs);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, keys_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, meeting_pane);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, grid);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, record_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionView, results_pane);

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i], NULL, commission_action);
  /* Ctrl+Shift+E is the window's Export */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "commission.new-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "commission.record-decisions", NULL);
}

/* The keyboard alone: the grid takes the focus when its tab shows. */
static void
on_tab_shown (KonkursCommissionView *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->tabs);

  if (g_strcmp0 (name, "interview") == 0 && gtk_widget_get_mapped (GTK_WIDGET (self->grid)))
    gtk_widget_grab_focus (konkurs_interview_grid_get_focus_widget (self->grid));
}

static void
konkurs_commission_view_init (KonkursCommissionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* the protocol is a document of the meeting */
  konkurs_documents_button_set_scope (self->print_button, KONKURS_DOCUMENT_SCOPE_MEETING);

  self->why_not = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->competitions = konkurs_competition_rows_new (self->competitions_list, self->master_detail);
  g_signal_connect_swapped (self->competitions, "selected", G_CALLBACK (on_competition_selected), self);
  g_signal_connect_swapped (self->commission_dropdown, "notify::selected", G_CALLBACK (on_commission_chosen), self);
  g_signal_connect_swapped (self->meeting_dropdown, "notify::selected", G_CALLBACK (on_meeting_chosen), self);
  gtk_stack_set_visible_child_name (self->tabs, "interview");
  g_signal_connect_object (self->tabs, "notify::visible-child", G_CALLBACK (on_tab_shown), self, G_CONNECT_SWAPPED);
  reload (self);
}

/* Public */

gboolean
konkurs_commission_view_show_competition (KonkursCommissionView *self,
                                          gint64                 competition_id)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_VIEW (self), FALSE);
  return konkurs_competition_rows_select (self->competitions, competition_id);
}

gint64
konkurs_commission_view_get_competition_id (KonkursCommissionView *self)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_VIEW (self), 0);
  return konkurs_competition_rows_get_selected_id (self->competitions);
}

gint64
konkurs_commission_view_get_commission_id (KonkursCommissionView *self)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_VIEW (self), 0);
  return self->commission != NULL ? self->commission->id : 0;
}

static gboolean
select_meeting (KonkursCommissionView *self,
                gint64                 meeting_id)
{
  for (guint i = 0; self->meetings != NULL && i < self->meetings->len; i++)
    if (((KonkursMeeting *) self->meetings->pdata[i])->id == meeting_id)
      {
        gtk_drop_down_set_selected (self->meeting_dropdown, i);
        on_meeting_chosen (self);
        gtk_stack_set_visible_child_name (self->content_stack, "meeting");
        return TRUE;
      }
  return FALSE;
}

gboolean
konkurs_commission_view_show_meeting (KonkursCommissionView *self,
                                      gint64                 meeting_id)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_VIEW (self), FALSE);

  if (!self->stale && select_meeting (self, meeting_id))
    return TRUE;
  /* a meeting just made: read what the store holds now */
  g_clear_handle_id (&self->reload_source, g_source_remove);
  load_competition_now (self);
  return select_meeting (self, meeting_id);
}

const KonkursMeeting *
konkurs_commission_view_get_meeting (KonkursCommissionView *self)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_VIEW (self), NULL);
  return self->meeting;
}

void
konkurs_commission_view_show_tab (KonkursCommissionView *self,
                                  const char            *name)
{
  g_return_if_fail (KONKURS_IS_COMMISSION_VIEW (self));
  gtk_stack_set_visible_child_name (self->tabs, name);
}

KonkursMeetingPane *
konkurs_commission_view_get_meeting_pane (KonkursCommissionView *self)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_VIEW (self), NULL);
  return self->meeting_pane;
}

KonkursInterviewGrid *
konkurs_commission_view_get_grid (KonkursCommissionView *self)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_VIEW (self), NULL);
  return self->grid;
}

KonkursResultsPane *
konkurs_commission_view_get_results_pane (KonkursCommissionView *self)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_VIEW (self), NULL);
  return self->results_pane;
}

const char *
konkurs_commission_view_get_commission_text (KonkursCommissionView *self)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_VIEW (self), NULL);
  return self->commission_text != NULL ? self->commission_text : "";
}
