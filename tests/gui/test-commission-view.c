/* test-commission-view.c — the Commission area over a real store in a
 * real window: the commission and its members, the quorum said at its
 * boundary as the attendance switches change, the interview grid driven
 * by its keys (votes, a refused ballot, clearing, a recusal), the
 * decision column filled live, why the actions are off, recording the
 * decisions (all, or the decided ones), a correction that asks for a
 * reason, and the even-commission warning of the commission dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "konkurs-commission-dialog.h"
#include "konkurs-commission-view.h"
#include "konkurs-meeting-row-item.h"
#include "konkurs-reason-dialog.h"
#include "konkurs-test-commission.h"
#include "konkurs-test-final.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-window.h"

/* 3 candidates; chair, deputy chair, 3 members (5 voting) and the
 * secretary: the quorum of two thirds needs 4 */
#define N_CANDIDATES 3
#define N_MEMBERS    3
#define N_VOTING     5

typedef struct {
  KonkursStore         *store;
  KonkursTestInterview *interview;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->interview = konkurs_test_interview_new (fixture->store, N_CANDIDATES, N_MEMBERS);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->interview, konkurs_test_interview_free);
  g_clear_object (&fixture->store);
}

static KonkursWindow *
open_window (Fixture                *fixture,
             KonkursCommissionView **view)
{
  KonkursWindow *window = konkurs_window_new (NULL, fixture->store, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "commission"));
  *view = KONKURS_COMMISSION_VIEW (konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_COMMISSION_VIEW));
  g_assert_nonnull (*view);
  konkurs_test_drain_main_loop ();
  g_assert_true (konkurs_commission_view_show_competition (*view, fixture->interview->competition->competition_id));
  konkurs_test_drain_main_loop ();
  g_assert_true (konkurs_commission_view_show_meeting (*view, fixture->interview->meeting_id));
  konkurs_test_drain_main_loop ();
  return window;
}

/* As a key press reaches the grid: through its key controllers. */
static void
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  konkurs_test_drain_main_loop ();
}

static const KonkursMemberBallot *
ballot_of (KonkursInterviewGrid *grid,
           guint                 row,
           gint64                member_id)
{
  const KonkursMeetingRow *meeting_row = konkurs_interview_grid_get_row (grid, row);

  g_assert_nonnull (meeting_row);
  return konkurs_meeting_row_find_ballot (meeting_row, member_id);
}

static void
set_present (KonkursCommissionView *view,
             guint                  index,
             gboolean               present)
{
  GtkSwitch *toggle = konkurs_meeting_pane_get_switch (konkurs_commission_view_get_meeting_pane (view), index);

  g_assert_nonnull (toggle);
  gtk_switch_set_active (toggle, present);
  konkurs_test_drain_main_loop ();
}

/* The commission line names every member with the role, and the quorum
 * is said live: met with every voting member, met exactly with one
 * short of all, and missing (with how many more must come) below. */
static void
test_quorum_boundary (Fixture       *fixture,
                      gconstpointer  data)
{
  KonkursCommissionView *view = NULL;
  KonkursWindow *window = open_window (fixture, &view);
  KonkursMeetingPane *pane = konkurs_commission_view_get_meeting_pane (view);

  g_assert_cmpint (konkurs_commission_view_get_commission_id (view), ==, fixture->interview->commission_id);
  g_assert_nonnull (strstr (konkurs_commission_view_get_commission_text (view), "Әбенов А. Б. (Chair of the commission)"));
  g_assert_cmpstr (konkurs_meeting_pane_get_quorum_text (pane), ==, "Quorum: 5 of 5 present, 4 needed");
  set_present (view, 4, FALSE);
  pane = konkurs_commission_view_get_meeting_pane (view);
  g_assert_cmpstr (konkurs_meeting_pane_get_quorum_text (pane), ==, "Quorum: 4 of 5 present, 4 needed");
  set_present (view, 3, FALSE);
  g_assert_cmpstr (konkurs_meeting_pane_get_quorum_text (pane), ==,
                   "No quorum: 3 of 5 present, 4 needed — 1 more voting member must be present");
  /* the secretary has no vote: the quorum does not move */
  set_present (view, N_VOTING, FALSE);
  g_assert_cmpstr (konkurs_meeting_pane_get_quorum_text (pane), ==,
                   "No quorum: 3 of 5 present, 4 needed — 1 more voting member must be present");
  set_present (view, 3, TRUE);
  g_assert_cmpstr (konkurs_meeting_pane_get_quorum_text (pane), ==, "Quorum: 4 of 5 present, 4 needed");

  konkurs_test_destroy_and_wait (window);
}

/* The grid takes the keyboard: F, A, N cast, a digit in a voting stage
 * is refused with the reason and changes nothing, Delete clears, the
 * arrows move between members, an absent member's ballot is refused, and
 * the decision column follows every ballot. */
static void
test_grid_keys (Fixture       *fixture,
                gconstpointer  data)
{
  KonkursCommissionView *view = NULL;
  KonkursWindow *window = open_window (fixture, &view);
  KonkursInterviewGrid *grid = konkurs_commission_view_get_grid (view);
  GtkWidget *keys = konkurs_interview_grid_get_focus_widget (grid);
  gint64 chair = konkurs_test_member (fixture->interview, 0);
  gint64 deputy = konkurs_test_member (fixture->interview, 1);
  const KonkursMeetingRow *row;
  guint cursor_row, cursor_member;
  g_autofree char *decision = NULL;

  konkurs_commission_view_show_tab (view, "interview");
  konkurs_test_drain_main_loop ();
  /* a column per voting member: the secretary has none */
  g_assert_cmpuint (konkurs_interview_grid_get_n_members (grid), ==, N_VOTING);
  g_assert_cmpuint (konkurs_interview_grid_get_n_rows (grid), ==, N_CANDIDATES);

  konkurs_interview_grid_set_cursor (grid, 0, 0);
  press_key (keys, GDK_KEY_f);
  g_assert_cmpint (ballot_of (grid, 0, chair)->ballot.ballot, ==, KONKURS_BALLOT_FOR);
  press_key (keys, GDK_KEY_Right);
  konkurs_interview_grid_get_cursor (grid, &cursor_row, &cursor_member);
  g_assert_cmpuint (cursor_member, ==, 1);
  press_key (keys, GDK_KEY_a);
  g_assert_cmpint (ballot_of (grid, 0, deputy)->ballot.ballot, ==, KONKURS_BALLOT_AGAINST);
  row = konkurs_interview_grid_get_row (grid, 0);
  g_assert_cmpint (row->result.outcome, ==, KONKURS_VOTE_PENDING);
  decision = konkurs_meeting_row_dup_decision (row);
  g_assert_cmpstr (decision, ==, row->explanation);
  g_assert_nonnull (strstr (decision, "3 votes missing"));

  /* a score where the stage votes: refused, said, nothing changed */
  press_key (keys, GDK_KEY_7);
  g_assert_nonnull (konkurs_interview_grid_get_message (grid));
  g_assert_cmpint (ballot_of (grid, 0, deputy)->ballot.ballot, ==, KONKURS_BALLOT_AGAINST);
  press_key (keys, GDK_KEY_Delete);
  g_assert_cmpint (ballot_of (grid, 0, deputy)->ballot.ballot, ==, KONKURS_BALLOT_NONE);
  press_key (keys, GDK_KEY_Left);
  press_key (keys, GDK_KEY_Left);
  konkurs_interview_grid_get_cursor (grid, &cursor_row, &cursor_member);
  g_assert_cmpuint (cursor_member, ==, 0);

  /* candidate 2: every voting member for, by the keys alone */
  konkurs_interview_grid_set_cursor (grid, 1, 0);
  for (guint i = 0; i < N_VOTING; i++)
    {
      press_key (keys, GDK_KEY_f);
      press_key (keys, GDK_KEY_Right);
    }
  row = konkurs_interview_grid_get_row (grid, 1);
  g_assert_cmpint (row->result.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  g_clear_pointer (&decision, g_free);
  decision = konkurs_meeting_row_dup_decision (row);
  g_assert_cmpstr (decision, ==, "5 for, 0 against: recommended");

  /* an absent member cannot vote */
  set_present (view, 4, FALSE);
  grid = konkurs_commission_view_get_grid (view);
  keys = konkurs_interview_grid_get_focus_widget (grid);
  konkurs_interview_grid_set_cursor (grid, 2, 4);
  press_key (keys, GDK_KEY_f);
  g_assert_nonnull (konkurs_interview_grid_get_message (grid));
  g_assert_cmpint (ballot_of (grid, 2, konkurs_test_member (fixture->interview, 4))->ballot.ballot, ==,
                   KONKURS_BALLOT_NONE);

  konkurs_test_destroy_and_wait (window);
}

/* R asks the reason of a conflict of interest, and the member is then
 * recused for that candidate: the cell says so, and a vote is refused. */
static void
test_grid_recusal (Fixture       *fixture,
                   gconstpointer  data)
{
  KonkursCommissionView *view = NULL;
  KonkursWindow *window = open_window (fixture, &view);
  KonkursInterviewGrid *grid = konkurs_commission_view_get_grid (view);
  GtkWidget *keys = konkurs_interview_grid_get_focus_widget (grid);
  gint64 member = konkurs_test_member (fixture->interview, 2);
  AdwMessageDialog *dialog;
  g_autofree char *cell = NULL;

  konkurs_commission_view_show_tab (view, "interview");
  konkurs_interview_grid_set_cursor (grid, 0, 2);
  press_key (keys, GDK_KEY_r);
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (konkurs_reason_dialog_get_entry (dialog), "Кандидаттың туысы");
  konkurs_test_answer (dialog, "confirm");
  konkurs_test_drain_main_loop ();
  g_assert_true (ballot_of (grid, 0, member)->ballot.recused);
  cell = konkurs_meeting_row_dup_cell (konkurs_interview_grid_get_row (grid, 0), member);
  g_assert_cmpstr (cell, ==, "Recused");
  press_key (keys, GDK_KEY_f);
  g_assert_nonnull (konkurs_interview_grid_get_message (grid));
  g_assert_cmpint (ballot_of (grid, 0, member)->ballot.ballot, ==, KONKURS_BALLOT_NONE);

  konkurs_test_destroy_and_wait (window);
}

/* Record Decisions: with a candidate undecided, the refusal names it and
 * offers the decided ones; once all are decided the meeting closes, the
 * action says why it is off, and a changed vote asks for a reason. */
static void
test_record_decisions (Fixture       *fixture,
                       gconstpointer  data)
{
  KonkursCommissionView *view = NULL;
  KonkursWindow *window = open_window (fixture, &view);
  KonkursInterviewGrid *grid = konkurs_commission_view_get_grid (view);
  AdwMessageDialog *dialog;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (konkurs_commission_view_why_not (view, "commission.record-decisions"));
  konkurs_test_vote_all (fixture->store, fixture->interview, 0, 0);
  konkurs_test_vote_all (fixture->store, fixture->interview, 1, 3);
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "commission.record-decisions", NULL));
  konkurs_test_drain_main_loop ();
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  /* the store's refusal names the candidate, then what is offered */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "1 candidate is not decided"));
  konkurs_test_answer (dialog, "partial");
  konkurs_test_drain_main_loop ();
  decisions = konkurs_store_list_stage_decisions (fixture->store, fixture->interview->stage_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 2);
  /* the meeting stays open for the one left */
  g_assert_null (konkurs_commission_view_get_meeting (view)->closed_at);

  konkurs_test_vote_all (fixture->store, fixture->interview, 2, 0);
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "commission.record-decisions", NULL));
  konkurs_test_drain_main_loop ();
  g_assert_nonnull (konkurs_commission_view_get_meeting (view)->closed_at);
  g_assert_nonnull (strstr (konkurs_commission_view_why_not (view, "commission.record-decisions"), "recorded"));

  /* a change now is a correction: the reason is asked first */
  grid = konkurs_commission_view_get_grid (view);
  konkurs_commission_view_show_tab (view, "interview");
  konkurs_interview_grid_set_cursor (grid, 0, 0);
  press_key (konkurs_interview_grid_get_focus_widget (grid), GDK_KEY_a);
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Correct a Recorded Decision?");
  g_assert_cmpint (ballot_of (grid, 0, konkurs_test_member (fixture->interview, 0))->ballot.ballot, ==,
                   KONKURS_BALLOT_FOR);
  konkurs_test_answer (dialog, "cancel");
  konkurs_test_drain_main_loop ();

  konkurs_test_destroy_and_wait (window);
}

/* A competition without a commission: the meeting actions say why they
 * are off. */
static void
test_why_not (Fixture       *fixture,
              gconstpointer  data)
{
  KonkursCommissionView *view = NULL;
  KonkursWindow *window = open_window (fixture, &view);
  g_autoptr(GError) error = NULL;

  g_assert_null (konkurs_commission_view_why_not (view, "commission.new-meeting"));
  g_assert_null (konkurs_commission_view_why_not (view, "commission.edit"));
  g_assert_true (konkurs_store_set_competition_commission (fixture->store,
                                                           fixture->interview->competition->competition_id, 0,
                                                           &error));
  g_assert_no_error (error);
  konkurs_test_drain_main_loop ();
  g_assert_cmpint (konkurs_commission_view_get_commission_id (view), ==, 0);
  g_assert_cmpstr (konkurs_commission_view_why_not (view, "commission.new-meeting"), ==,
                   "Choose the commission of the competition first.");
  g_assert_cmpstr (konkurs_commission_view_why_not (view, "commission.edit"), ==,
                   "The competition has no commission yet: choose one or create one.");

  konkurs_test_destroy_and_wait (window);
}

/* The commission dialog warns about an even number of voting members
 * as they are typed. */
static void
test_commission_dialog_even (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCommissionRecord) record = konkurs_store_get_commission (fixture->store,
                                                                           fixture->interview->commission_id, &error);
  g_autoptr(KonkursCommissionMember) member = konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER, "Жаңа Ж.",
                                                                            "Жана Ж.", "Маман", "Специалист");
  KonkursCommissionDialog *dialog;

  g_assert_no_error (error);
  dialog = konkurs_commission_dialog_new (NULL, fixture->store, record);
  gtk_window_present (GTK_WINDOW (dialog));
  konkurs_test_drain_main_loop ();
  /* five voting members: no warning */
  g_assert_cmpstr (konkurs_commission_dialog_get_warning (dialog), ==, "");
  konkurs_commission_dialog_add_member (dialog, member);
  konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog));
  g_assert_nonnull (strstr (konkurs_commission_dialog_get_warning (dialog), "even number"));
  g_assert_null (konkurs_edit_dialog_get_reason (KONKURS_EDIT_DIALOG (dialog)));
  konkurs_test_destroy_and_wait (dialog);
}

/* The Results tab after the decisions: per vacancy the winner, the
 * reserve and who was not recommended, or the vacancy failed; Record
 * Outcomes; the holder's Appointment… records the order. */
static void
test_results (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_civil (store, 2, 3, NULL);
  KonkursWindow *window = konkurs_window_new (NULL, store, NULL);
  KonkursCommissionView *view;
  KonkursResultsPane *pane;
  AdwMessageDialog *dialog;
  GtkWidget *button;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) results = NULL;

  /* vacancy 1: the first two recommended, the third not; vacancy 2: nobody */
  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  konkurs_test_final_vote (final, final->apps[1], "FFFFA");
  konkurs_test_final_vote (final, final->apps[2], "AAAAF");
  for (guint i = 3; i < 6; i++)
    konkurs_test_final_vote (final, final->apps[i], "AAAAA");
  konkurs_test_final_decide (final);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "commission"));
  view = KONKURS_COMMISSION_VIEW (konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_COMMISSION_VIEW));
  konkurs_test_drain_main_loop ();
  g_assert_true (konkurs_commission_view_show_competition (view, final->competition));
  konkurs_test_drain_main_loop ();
  konkurs_commission_view_show_tab (view, "results");
  konkurs_test_drain_main_loop ();
  pane = konkurs_commission_view_get_results_pane (view);
  text = konkurs_results_pane_dup_text (pane);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "· winner"));
  g_assert_nonnull (strstr (text, "· reserve"));
  g_assert_nonnull (strstr (text, "· not recommended"));
  g_assert_nonnull (strstr (text, "Nobody recommended"));

  button = konkurs_test_find_button (GTK_WIDGET (pane), "Record _Outcomes");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  konkurs_test_drain_main_loop ();
  g_clear_pointer (&text, g_free);
  text = konkurs_results_pane_dup_text (pane);
  g_assert_nonnull (strstr (text, ": filled"));
  g_assert_nonnull (strstr (text, "failed: competition declared not held"));

  /* the winner's appointment, by its order */
  button = konkurs_test_find_button (GTK_WIDGET (pane), "_Appointment…");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  konkurs_test_drain_main_loop ();
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  /* the order's number is the dialog's first entry; the date is today's */
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY)), "145-ж");
  konkurs_test_answer (dialog, "confirm");
  konkurs_test_drain_main_loop ();
  results = konkurs_store_list_vacancy_results (store, final->competition, &error);
  g_assert_no_error (error);
  g_assert_cmpint (((KonkursFinalRow *) ((KonkursVacancyResult *) results->pdata[0])->rows->pdata[0])->appointment, ==,
                   KONKURS_APPOINTMENT_APPOINTED);

  konkurs_test_destroy_and_wait (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/commission-view/quorum-boundary", Fixture, NULL, fixture_set_up, test_quorum_boundary,
              fixture_tear_down);
  g_test_add ("/commission-view/grid-keys", Fixture, NULL, fixture_set_up, test_grid_keys, fixture_tear_down);
  g_test_add ("/commission-view/grid-recusal", Fixture, NULL, fixture_set_up, test_grid_recusal, fixture_tear_down);
  g_test_add ("/commission-view/record-decisions", Fixture, NULL, fixture_set_up, test_record_decisions,
              fixture_tear_down);
  g_test_add ("/commission-view/why-not", Fixture, NULL, fixture_set_up, test_why_not, fixture_tear_down);
  g_test_add ("/commission-view/results", Fixture, NULL, fixture_set_up, test_results, fixture_tear_down);
  g_test_add ("/commission-view/dialog-even", Fixture, NULL, fixture_set_up, test_commission_dialog_even,
              fixture_tear_down);
  return g_test_run ();
}
