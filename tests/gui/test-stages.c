/* test-stages.c — the Stages area over a real store in a real window: the
 * row of steps, the stage page's table and filter, the entry dialog with
 * its checks at the field and a retake, Close Stage and its preview, a
 * correction with a reason, Take from Certificates, and a read-only
 * database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-documents-button.h"
#include "konkurs-stage-result-dialog.h"
#include "konkurs-stage-texts.h"
#include "konkurs-stages-view.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-decisions.h"
#include "konkurs-store-private.h"
#include "konkurs-store-stages.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-dialogs.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-ui-fields.h"
#include "konkurs-vacancies-view.h"
#include "konkurs-window.h"

#define N_APPLICANTS 3

typedef struct {
  KonkursStore *store;
  gint64        competition_id;
  gint64        applications[N_APPLICANTS];
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  static const char *surnames[] = { "ӘЛИЕВА", "ҚАСЫМОВА", "НҰРЛАНОВА" };
  g_autoptr(GError) error = NULL;
  gint64 vacancy;

  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->competition_id = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  vacancy = konkurs_test_add_march_vacancy (fixture->store, fixture->competition_id, "Бас маман");
  for (guint i = 0; i < N_APPLICANTS; i++)
    {
      g_autoptr(KonkursCandidate) person = konkurs_test_person_new (surnames[i], "Әлия", 1990 + i, 3, 10, 100 + i);
      g_autoptr(KonkursCandidacy) candidacy = NULL;

      konkurs_test_make_qualified (person);
      candidacy = konkurs_test_apply_in_march (fixture->store, konkurs_test_save_candidate (fixture->store, person),
                                               fixture->competition_id, vacancy, NULL);
      fixture->applications[i] = konkurs_candidacy_get_id (candidacy);
      g_assert_true (konkurs_store_decide_candidacy (fixture->store, fixture->applications[i], TRUE, NULL, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
}

/* Helpers */

static KonkursStage *
find_stage (KonkursStore     *store,
            gint64            competition_id,
            KonkursStageKind  kind)
{
  g_autoptr(GError) error = NULL;
  KonkursStage *stage = konkurs_store_find_stage (store, competition_id, kind, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stage);
  return stage;
}

/* Closes the documents stage (every application admitted): the testing
 * stage opens. */
static KonkursStage *
open_testing (Fixture *fixture)
{
  g_autoptr(KonkursStage) documents = find_stage (fixture->store, fixture->competition_id, KONKURS_STAGE_DOCUMENTS);
  g_autoptr(GError) error = NULL;
  KonkursStage *testing;

  g_assert_true (konkurs_store_close_stage (fixture->store, documents->id, FALSE, &error));
  g_assert_no_error (error);
  testing = find_stage (fixture->store, fixture->competition_id, KONKURS_STAGE_TESTING);
  g_assert_cmpint (testing->state, ==, KONKURS_STAGE_STATE_OPEN);
  g_assert_cmpuint (testing->n_entered, ==, N_APPLICANTS);
  return testing;
}

/* Every test of the rule: full marks, or one below the pass mark. */
static void
add_results (Fixture            *fixture,
             const KonkursStage *stage,
             gint64              application_id,
             gboolean            pass)
{
  const KonkursStageRule *rule = konkurs_stage_get_rule (stage, KONKURS_TRACK_NON_LEADERSHIP);

  g_assert_nonnull (rule);
  g_assert_cmpuint (rule->tests->len, >, 0);
  for (guint i = 0; i < rule->tests->len; i++)
    {
      const KonkursTestRule *test = rule->tests->pdata[i];
      g_autoptr(KonkursTestResult) result = konkurs_test_result_new (application_id, test->code);
      g_autoptr(GError) error = NULL;
      int left;

      result->present = TRUE;
      result->max_score = test->max_score;
      result->score = pass || test->pass_score == 0 ? test->max_score : test->pass_score - 1;
      g_date_set_dmy (&result->taken_on, 12, G_DATE_MAY, 2025);
      left = result->score;
      for (guint j = 0; j < test->parts->len; j++)
        {
          const KonkursTestPartRule *part = test->parts->pdata[j];
          int score = MIN (left, part->max_score);

          konkurs_test_result_add_part (result, part->code, score);
          left -= score;
        }
      g_assert_true (konkurs_store_add_test_result (fixture->store, stage->id, result, NULL, &error));
      g_assert_no_error (error);
    }
}

/* The view of the test's window, whose reads run in a worker. */
static KonkursStagesView *shown_view;

static gboolean
is_loaded (gpointer view)
{
  return !konkurs_stages_view_is_loading (view);
}

/* Runs what is pending and waits for the view's reads it started,
 * until nothing is left. */
static void
settle (void)
{
  konkurs_test_drain_main_loop ();
  while (shown_view != NULL && konkurs_stages_view_is_loading (shown_view))
    {
      g_assert_true (konkurs_test_wait_until (is_loaded, shown_view));
      konkurs_test_drain_main_loop ();
    }
}

static KonkursWindow *
open_window (Fixture            *fixture,
             KonkursStagesView **view)
{
  KonkursWindow *window = konkurs_window_new (NULL, fixture->store, NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  /* As "Stages" of the competition in Vacancies does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-stages", "x", fixture->competition_id));
  *view = KONKURS_STAGES_VIEW (konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_STAGES_VIEW));
  g_assert_nonnull (*view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (*view)));
  g_assert_cmpint (konkurs_stages_view_get_competition_id (*view), ==, fixture->competition_id);
  shown_view = *view;
  g_object_add_weak_pointer (G_OBJECT (shown_view), (gpointer *) &shown_view);
  settle ();
  return window;
}

static KonkursStageItem *
find_row (KonkursStagePage *page,
          gint64            application_id)
{
  GListModel *rows = konkurs_stage_page_get_rows (page);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(KonkursStageItem) item = g_list_model_get_item (rows, i);

      if (konkurs_stage_item_get_id (item) == application_id)
        return item;
    }
  return NULL;
}

static gboolean
is_label_containing (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

static gboolean
is_spin_named (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_SPIN_BUTTON (widget) && g_strcmp0 (konkurs_ui_get_field_name (widget), data) == 0;
}

static gboolean
is_button_for (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

/* The step's accessible name: "Testing, open, 3 candidates". */
static void
assert_step (KonkursStagesView  *view,
             const KonkursStage *stage,
             const char         *rest)
{
  GtkWidget *button = konkurs_stage_steps_get_button (konkurs_stages_view_get_steps (view), stage->id);
  g_autofree char *name = g_strdup_printf ("%s, %s", konkurs_stage_kind_get_label (stage->kind), rest);

  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_focusable (button) || gtk_widget_get_can_focus (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, name);
}

static GtkWindow *
open_entry (KonkursStagesView *view,
            gint64             application_id)
{
  KonkursStagePage *page = konkurs_stages_view_get_page (view);

  g_assert_true (konkurs_stage_page_select (page, application_id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "stage.enter", NULL));
  return konkurs_test_find_toplevel (KONKURS_TYPE_STAGE_RESULT_DIALOG);
}

/* Tests */

static void
test_steps_and_page (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KonkursStage) testing = open_testing (fixture);
  g_autoptr(KonkursStage) documents = find_stage (fixture->store, fixture->competition_id, KONKURS_STAGE_DOCUMENTS);
  g_autofree char *totals = NULL;
  KonkursStagesView *view;
  KonkursWindow *window = open_window (fixture, &view);
  KonkursStagePage *page = konkurs_stages_view_get_page (view);
  KonkursStageItem *row;

  /* The steps: the documents done with every applicant going on, the
   * testing stage open and shown. */
  assert_step (view, documents, "done, 3 candidates");
  assert_step (view, testing, "open, 3 candidates");
  g_assert_cmpint (konkurs_stage_steps_get_selected (konkurs_stages_view_get_steps (view)), ==, testing->id);
  g_assert_cmpint (konkurs_stage_page_get_stage (page)->id, ==, testing->id);

  /* By personal code: no name in the page. */
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, N_APPLICANTS);
  g_assert_null (konkurs_test_find_widget (GTK_WIDGET (page), is_label_containing, "ӘЛИЕВА"));
  row = find_row (page, fixture->applications[0]);
  g_assert_cmpstr (konkurs_stage_item_get_outcome_text (row), ==, "No result yet");

  /* Results come in: the preview follows at once. */
  add_results (fixture, testing, fixture->applications[0], TRUE);
  add_results (fixture, testing, fixture->applications[1], TRUE);
  add_results (fixture, testing, fixture->applications[2], FALSE);
  settle ();
  row = find_row (page, fixture->applications[0]);
  g_assert_cmpstr (konkurs_stage_item_get_outcome_text (row), ==, "Goes on");
  row = find_row (page, fixture->applications[2]);
  g_assert_cmpstr (konkurs_stage_item_get_outcome_text (row), ==, "Stays out");
  {
    g_autofree char *reason = konkurs_stage_item_dup_reason (row);

    g_assert_nonnull (strstr (reason, "pass mark"));
  }
  /* The window's sentences begin with a capital; one question is one */
  {
    g_autofree char *summary = konkurs_stage_rule_dup_summary (konkurs_stage_get_rule (testing,
                                                                                       KONKURS_TRACK_NON_LEADERSHIP));
    g_autoptr(KonkursStage) practical = find_stage (fixture->store, fixture->competition_id,
                                                    KONKURS_STAGE_PRACTICAL_TASK);
    g_autofree char *cut_off = konkurs_stage_rule_dup_summary (konkurs_stage_get_rule (practical,
                                                                                       KONKURS_TRACK_NON_LEADERSHIP));
    g_autofree char *passed = konkurs_stage_item_dup_reason (find_row (page, fixture->applications[0]));

    g_assert_nonnull (strstr (summary, "State language: 1 question, pass mark 1"));
    g_assert_true (g_str_has_prefix (cut_off, "At most 3 go on per vacancy"));
    g_assert_cmpstr (passed, ==, "Passed");
  }
  totals = konkurs_stage_page_dup_totals (page);
  g_assert_cmpstr (totals, ==, "Goes on 2, stays out 1, without a result 0");

  /* The filter */
  konkurs_stage_page_set_filter (page, KONKURS_STAGE_FILTER_STAYS_OUT);
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, 1);
  konkurs_stage_page_set_filter (page, KONKURS_STAGE_FILTER_NO_RESULT);
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, 0);
  konkurs_stage_page_set_filter (page, KONKURS_STAGE_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, N_APPLICANTS);

  konkurs_test_destroy_and_wait (window);
}

/* A retake by hand: the parts must add up, said under the field; saved,
 * the row shows the second attempt and its new outcome. */
static void
test_entry_and_retake (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KonkursStage) testing = open_testing (fixture);
  const KonkursStageRule *rule = konkurs_stage_get_rule (testing, KONKURS_TRACK_NON_LEADERSHIP);
  const KonkursTestRule *first = rule->tests->pdata[0];
  KonkursStagesView *view;
  KonkursWindow *window;
  GtkWindow *dialog;
  GtkWidget *score, *save;
  g_autofree char *result = NULL;

  for (guint i = 0; i < N_APPLICANTS; i++)
    add_results (fixture, testing, fixture->applications[i], i != 2);
  window = open_window (fixture, &view);

  dialog = open_entry (view, fixture->applications[2]);
  g_assert_nonnull (dialog);
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (dialog), is_label_containing, "attempt 1"));
  score = konkurs_test_find_widget (GTK_WIDGET (dialog), is_spin_named, "Correct answers");
  g_assert_nonnull (score);
  save = GTK_WIDGET (konkurs_edit_dialog_get_save_button (KONKURS_EDIT_DIALOG (dialog)));
  g_assert_false (gtk_widget_get_sensitive (save));   /* nothing changed yet */

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (score), first->max_score);
  if (first->parts->len > 0)
    {
      /* The parts still add up to the old score: said under the field. */
      g_assert_false (gtk_widget_get_sensitive (save));
      g_assert_true (gtk_widget_has_css_class (score, "error"));
      for (guint i = 0; i < first->parts->len; i++)
        {
          const KonkursTestPartRule *part = first->parts->pdata[i];
          GtkWidget *spin = konkurs_test_find_widget (GTK_WIDGET (dialog), is_spin_named,
                                                      konkurs_stage_code_get_label (part->code));

          g_assert_nonnull (spin);
          gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), part->max_score);
        }
    }
  settle ();
  if (!gtk_widget_get_sensitive (save))
    g_test_message ("Save is off: %s", konkurs_edit_dialog_get_reason (KONKURS_EDIT_DIALOG (dialog)));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_has_css_class (score, "error"));
  konkurs_edit_dialog_activate_default (KONKURS_EDIT_DIALOG (dialog));
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_STAGE_RESULT_DIALOG);
  settle ();

  result = konkurs_stage_item_dup_result (find_row (konkurs_stages_view_get_page (view), fixture->applications[2]));
  g_assert_nonnull (strstr (result, "(attempt 2)"));

  konkurs_test_destroy_and_wait (window);
}

/* Close Stage: the preview, the switch for those without a result, the
 * steps after it, a correction that needs a reason, and the stage after
 * the next one off until its turn. */
static void
test_close_stage (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(KonkursStage) testing = open_testing (fixture);
  g_autoptr(KonkursStage) closed = NULL;
  g_autoptr(GPtrArray) stages = NULL;
  KonkursStagesView *view;
  KonkursWindow *window;
  KonkursStagePage *page;
  AdwMessageDialog *preview;
  GtkWidget *toggle, *button, *save;
  GtkTextView *reason;
  GtkWindow *dialog;
  g_autofree char *name = NULL;

  add_results (fixture, testing, fixture->applications[0], TRUE);
  add_results (fixture, testing, fixture->applications[1], FALSE);
  window = open_window (fixture, &view);
  page = konkurs_stages_view_get_page (view);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "stage.close", NULL));
  preview = konkurs_test_find_message_dialog ();
  g_assert_nonnull (preview);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (preview), "Goes on 1, stays out 1, without a result 1"));
  /* One row without a result: closing needs the switch. */
  g_assert_false (adw_message_dialog_get_response_enabled (preview, "close"));
  toggle = konkurs_test_find_of_type (GTK_WIDGET (preview), GTK_TYPE_SWITCH);
  g_assert_nonnull (toggle);
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  g_assert_true (adw_message_dialog_get_response_enabled (preview, "close"));
  konkurs_test_answer (preview, "close");
  settle ();

  closed = konkurs_store_get_stage (fixture->store, testing->id, NULL);
  g_assert_cmpint (closed->state, ==, KONKURS_STAGE_STATE_CLOSED);
  g_assert_cmpuint (closed->n_going_on, ==, 1);
  assert_step (view, closed, "done, 1 candidate");
  g_assert_cmpstr (konkurs_stage_item_get_outcome_text (find_row (page, fixture->applications[2])), ==,
                   "Stays out");

  /* The next stage opened; the one after it waits for it. */
  stages = konkurs_store_list_stages (fixture->store, fixture->competition_id, NULL);
  for (guint i = 0; i < stages->len; i++)
    if (((KonkursStage *) stages->pdata[i])->id == testing->id && i + 2 < stages->len)
      {
        KonkursStage *next = stages->pdata[i + 1], *after = stages->pdata[i + 2];

        g_assert_cmpint (next->state, ==, KONKURS_STAGE_STATE_OPEN);
        g_assert_true (konkurs_stages_view_show_stage (view, after->id));
        button = konkurs_test_find_widget (GTK_WIDGET (page), is_button_for, "stage.close");
        g_assert_false (gtk_widget_get_sensitive (button));
        name = g_strdup_printf ("“%s” must close first.", konkurs_stage_kind_get_label (next->kind));
        g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, name);
      }

  /* A correction in the closed stage needs a written reason. */
  g_assert_true (konkurs_stages_view_show_stage (view, testing->id));
  settle ();
  dialog = open_entry (view, fixture->applications[1]);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Correct Result");
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (dialog), is_label_containing, "Reason for the Correction"));
  /* Marked absent from the first test: a valid change, but no reason yet. */
  gtk_switch_set_active (GTK_SWITCH (konkurs_test_find_of_type (GTK_WIDGET (dialog), GTK_TYPE_SWITCH)), FALSE);
  settle ();
  save = GTK_WIDGET (konkurs_edit_dialog_get_save_button (KONKURS_EDIT_DIALOG (dialog)));
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_nonnull (strstr (konkurs_edit_dialog_get_reason (KONKURS_EDIT_DIALOG (dialog)), "Reason for the correction"));
  reason = GTK_TEXT_VIEW (konkurs_test_find_of_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (reason), "The testing centre corrected its sheet.", -1);
  settle ();
  g_assert_true (gtk_widget_get_sensitive (save));
  konkurs_edit_dialog_activate_default (KONKURS_EDIT_DIALOG (dialog));
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_STAGE_RESULT_DIALOG);
  settle ();
  {
    g_autofree char *result = konkurs_stage_item_dup_result (find_row (page, fixture->applications[1]));

    g_assert_nonnull (strstr (result, "(attempt 2)"));
  }

  konkurs_test_destroy_and_wait (window);
}

static gint64
count_stage_rows (KonkursStore *store)
{
  return konkurs_test_query_int64 (konkurs_store_get_db (store), "SELECT count(*) FROM competition_stage");
}

/* The competition's details in Vacancies say where it stands without
 * making its stages (only the Stages button does), and follow a closing. */
static void
test_vacancies_peek (Fixture       *fixture,
                     gconstpointer  data)
{
  KonkursWindow *window = konkurs_window_new (NULL, fixture->store, NULL);
  KonkursVacanciesView *vacancies;
  g_autoptr(KonkursStage) testing = NULL;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  vacancies = KONKURS_VACANCIES_VIEW (konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_VACANCIES_VIEW));
  g_assert_true (konkurs_vacancies_view_select_competition (vacancies, fixture->competition_id));
  settle ();
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (vacancies), is_label_containing, "Not started"));
  g_assert_cmpint (count_stage_rows (fixture->store), ==, 0);

  /* made (as the Stages button does) and the documents closed: the
   * details follow */
  testing = open_testing (fixture);
  settle ();
  g_assert_null (konkurs_test_find_widget (GTK_WIDGET (vacancies), is_label_containing, "Not started"));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (vacancies), is_label_containing,
                                              "Testing, open, 3 candidates"));
  konkurs_test_destroy_and_wait (window);
}

static gboolean
is_tooltip (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

/* Ctrl+P in the Stages area: the Print menu of the stage shown, with its
 * protocol and its publication list, each ready or saying why not; the
 * page's buttons print them the same way. */
static void
test_documents (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KonkursStage) testing = open_testing (fixture);
  g_autoptr(KonkursStage) practical = find_stage (fixture->store, fixture->competition_id,
                                                  KONKURS_STAGE_PRACTICAL_TASK);
  KonkursStagesView *view;
  KonkursWindow *window = open_window (fixture, &view);
  KonkursDocumentsButton *button;
  GtkWidget *popover, *preview;
  g_autofree char *reason = NULL;
  g_autofree char *title = NULL;

  button = KONKURS_DOCUMENTS_BUTTON (konkurs_test_find_of_type (GTK_WIDGET (view), KONKURS_TYPE_DOCUMENTS_BUTTON));
  g_assert_nonnull (button);
  g_assert_cmpint (konkurs_documents_button_get_scope (button), ==, KONKURS_DOCUMENT_SCOPE_STAGE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  popover = konkurs_test_find_of_type (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, popover));
  g_assert_nonnull (konkurs_test_find_widget (popover, is_tooltip, "Print “Stage Protocol”…"));
  g_assert_nonnull (konkurs_test_find_widget (popover, is_tooltip, "Save “Stage Publication List” as PDF…"));
  g_assert_null (konkurs_test_find_widget (popover, is_tooltip, "Print “Admission Protocol”…"));
  g_assert_null (reason = konkurs_documents_button_dup_reason (button, "stage"));
  gtk_popover_popdown (GTK_POPOVER (popover));

  /* a stage not open yet has nothing to print */
  g_assert_true (konkurs_stages_view_show_stage (view, practical->id));
  reason = konkurs_documents_button_dup_reason (button, "stage-publication");
  g_assert_cmpstr (reason, ==, "The stage has not opened yet.");

  /* the page's Stage Protocol… opens the preview of the stage shown */
  g_assert_true (konkurs_stages_view_show_stage (view, testing->id));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (konkurs_stages_view_get_page (view)), "stage.protocol",
                                             NULL));
  preview = konkurs_test_wait_for_preview ();
  title = g_strdup (gtk_window_get_title (GTK_WINDOW (preview)));
  g_assert_nonnull (strstr (title, "Stage Protocol"));
  gtk_window_destroy (GTK_WINDOW (preview));
  settle ();

  konkurs_test_destroy_and_wait (window);
}

static void
keep_toast (gpointer   instance,
            AdwToast  *toast,
            gpointer   user_data)
{
  g_set_object ((AdwToast **) user_data, toast);
}

/* Gives the candidate of @application_id a certificate of @kind passed
 * in December 2024 with @score of @max_score. */
static void
give_certificate (Fixture                *fixture,
                  gint64                  application_id,
                  KonkursCertificateKind  kind,
                  int                     score,
                  int                     max_score)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidacy) candidacy = konkurs_store_get_candidacy (fixture->store, application_id, &error);
  g_autoptr(KonkursCandidate) person = NULL;
  g_autoptr(GDate) passed = g_date_new_dmy (2, G_DATE_DECEMBER, 2024);
  g_autoptr(KonkursCandidateCertificate) certificate = konkurs_candidate_certificate_new (kind, passed, "", "C-7");

  g_assert_no_error (error);
  person = konkurs_store_get_candidate (fixture->store, konkurs_candidacy_get_candidate_id (candidacy), &error);
  g_assert_no_error (error);
  certificate->score = score;
  certificate->max_score = max_score;
  konkurs_candidate_add_certificate (person, certificate);
  g_assert_true (konkurs_store_save_candidate (fixture->store, person, &error));
  g_assert_no_error (error);
}

/* Take from Certificates: only for the open testing stage; the toast says
 * how many results were taken and who has no usable certificate, and the
 * table shows them. */
static void
test_take_certificates (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(KonkursStage) testing = NULL;
  g_autoptr(KonkursStage) documents = NULL;
  g_autoptr(AdwToast) toast = NULL;
  KonkursStagesView *view;
  KonkursWindow *window;
  KonkursStagePage *page;
  GtkWidget *button;

  /* each candidate holds a state-language certificate without a score */
  give_certificate (fixture, fixture->applications[0], KONKURS_CERTIFICATE_LEGISLATION, 45, 55);
  give_certificate (fixture, fixture->applications[0], KONKURS_CERTIFICATE_PERSONAL_QUALITIES, 80, 100);
  testing = open_testing (fixture);
  documents = find_stage (fixture->store, fixture->competition_id, KONKURS_STAGE_DOCUMENTS);
  window = open_window (fixture, &view);
  page = konkurs_stages_view_get_page (view);
  g_signal_connect (view, "add-toast", G_CALLBACK (keep_toast), &toast);
  button = konkurs_test_find_widget (GTK_WIDGET (page), is_button_for, "stage.take-certificates");
  g_assert_nonnull (button);

  g_assert_true (konkurs_stages_view_show_stage (view, documents->id));
  settle ();
  g_assert_false (gtk_widget_get_sensitive (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                   "Only the testing stage of a civil-service competition takes results from certificates.");

  g_assert_true (konkurs_stages_view_show_stage (view, testing->id));
  settle ();
  g_assert_true (gtk_widget_get_sensitive (button));
  g_assert_false (konkurs_stage_item_get_row (find_row (page, fixture->applications[0]))->has_result);
  g_signal_emit_by_name (button, "clicked");
  settle ();
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==,
                   "Taken from certificates: 5 results; 2 candidates have no usable certificate");
  g_assert_true (konkurs_stage_item_get_row (find_row (page, fixture->applications[0]))->has_result);
  g_assert_cmpint (konkurs_stage_item_get_outcome (find_row (page, fixture->applications[0])), ==,
                   KONKURS_STAGE_OUTCOME_GOES_ON);
  g_assert_false (konkurs_stage_item_get_row (find_row (page, fixture->applications[1]))->has_result);
  konkurs_test_save_picture (GTK_WIDGET (window), "stages-take-certificates");

  konkurs_test_destroy_and_wait (window);
}

/* Another competition chosen while the stages of the one before are
 * still being read: that read is dropped, and the steps and the page
 * show the stages of the competition chosen last. */
static void
test_switch_while_loading (Fixture       *fixture,
                           gconstpointer  data)
{
  gint64 other = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  g_autoptr(KonkursStage) documents = NULL;
  g_autoptr(KonkursStage) other_documents = NULL;
  KonkursStagesView *view;
  KonkursWindow *window = open_window (fixture, &view);
  KonkursStageSteps *steps = konkurs_stages_view_get_steps (view);
  KonkursStagePage *page = konkurs_stages_view_get_page (view);

  g_assert_true (konkurs_stages_view_show_competition (view, other));
  g_assert_true (konkurs_stages_view_is_loading (view));
  /* not the stages of the competition before meanwhile */
  g_assert_null (konkurs_stage_page_get_stage (page));
  g_assert_true (konkurs_stages_view_show_competition (view, fixture->competition_id));
  g_assert_true (konkurs_stages_view_is_loading (view));
  settle ();
  documents = find_stage (fixture->store, fixture->competition_id, KONKURS_STAGE_DOCUMENTS);
  other_documents = find_stage (fixture->store, other, KONKURS_STAGE_DOCUMENTS);
  g_assert_cmpint (konkurs_stages_view_get_competition_id (view), ==, fixture->competition_id);
  g_assert_nonnull (konkurs_stage_page_get_stage (page));
  g_assert_cmpint (konkurs_stage_page_get_stage (page)->competition_id, ==, fixture->competition_id);
  g_assert_nonnull (konkurs_stage_steps_get_button (steps, documents->id));
  g_assert_null (konkurs_stage_steps_get_button (steps, other_documents->id));
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, N_APPLICANTS);

  /* and the other once it is chosen and read */
  g_assert_true (konkurs_stages_view_show_competition (view, other));
  settle ();
  g_assert_cmpint (konkurs_stage_page_get_stage (page)->competition_id, ==, other);
  g_assert_nonnull (konkurs_stage_steps_get_button (steps, other_documents->id));
  g_assert_null (konkurs_stage_steps_get_button (steps, documents->id));
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, 0);

  konkurs_test_destroy_and_wait (window);
}

/* Steps clicked quickly in a row: each one's stage is shown at once
 * without rows (never those of the stage before) and only the last
 * one's rows are shown once read.  A result entered then: the rows shown
 * stay until the new ones are read, with the same row selected. */
static void
test_steps_quickly (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KonkursStage) testing = open_testing (fixture);
  g_autoptr(KonkursStage) documents = find_stage (fixture->store, fixture->competition_id, KONKURS_STAGE_DOCUMENTS);
  g_autoptr(KonkursStage) practical = find_stage (fixture->store, fixture->competition_id,
                                                  KONKURS_STAGE_PRACTICAL_TASK);
  const KonkursStage *clicks[] = { documents, practical, testing, documents, testing };
  KonkursStagesView *view;
  KonkursWindow *window;
  KonkursStageSteps *steps;
  KonkursStagePage *page;
  KonkursStageItem *selected;

  add_results (fixture, testing, fixture->applications[0], TRUE);
  window = open_window (fixture, &view);
  steps = konkurs_stages_view_get_steps (view);
  page = konkurs_stages_view_get_page (view);
  g_assert_cmpint (konkurs_stage_page_get_stage (page)->id, ==, testing->id);

  for (guint i = 0; i < G_N_ELEMENTS (clicks); i++)
    {
      g_signal_emit_by_name (konkurs_stage_steps_get_button (steps, clicks[i]->id), "clicked");
      g_assert_true (konkurs_stages_view_is_loading (view));
      g_assert_cmpint (konkurs_stage_page_get_stage (page)->id, ==, clicks[i]->id);
      g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, 0);
    }
  settle ();
  g_assert_cmpint (konkurs_stage_steps_get_selected (steps), ==, testing->id);
  g_assert_cmpint (konkurs_stage_page_get_stage (page)->id, ==, testing->id);
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, N_APPLICANTS);
  /* the testing stage's rows, not the documents review's (all decided) */
  g_assert_true (konkurs_stage_item_get_row (find_row (page, fixture->applications[0]))->has_result);
  g_assert_cmpstr (konkurs_stage_item_get_outcome_text (find_row (page, fixture->applications[1])), ==,
                   "No result yet");

  /* the last click on another stage wins, too */
  g_signal_emit_by_name (konkurs_stage_steps_get_button (steps, documents->id), "clicked");
  g_signal_emit_by_name (konkurs_stage_steps_get_button (steps, practical->id), "clicked");
  settle ();
  g_assert_cmpint (konkurs_stage_page_get_stage (page)->id, ==, practical->id);
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, 0);
  g_signal_emit_by_name (konkurs_stage_steps_get_button (steps, testing->id), "clicked");
  settle ();

  /* a result entered */
  g_assert_true (konkurs_stage_page_select (page, fixture->applications[1]));
  add_results (fixture, testing, fixture->applications[1], FALSE);
  g_assert_true (konkurs_stages_view_is_loading (view));
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, N_APPLICANTS);
  g_assert_false (konkurs_stage_item_get_row (find_row (page, fixture->applications[1]))->has_result);
  settle ();
  g_assert_true (konkurs_stage_item_get_row (find_row (page, fixture->applications[1]))->has_result);
  g_assert_cmpstr (konkurs_stage_item_get_outcome_text (find_row (page, fixture->applications[1])), ==,
                   "Stays out");
  selected = gtk_single_selection_get_selected_item (
    GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (
      konkurs_test_find_of_type (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW)))));
  g_assert_nonnull (selected);
  g_assert_cmpint (konkurs_stage_item_get_id (selected), ==, fixture->applications[1]);

  konkurs_test_destroy_and_wait (window);
}

/* A read-only database: nothing can be entered, imported or closed. */
static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KonkursStage) testing = open_testing (fixture);
  KonkursStagesView *view;
  KonkursWindow *window = open_window (fixture, &view);
  KonkursStagePage *page = konkurs_stages_view_get_page (view);
  static const char *actions[] = { "stage.enter", "stage.import", "stage.take-certificates", "stage.close" };

  g_assert_true (konkurs_stage_page_select (page, fixture->applications[0]));
  g_assert_true (gtk_widget_get_sensitive (konkurs_test_find_widget (GTK_WIDGET (page), is_button_for,
                                                                     "stage.close")));
  konkurs_store_set_read_only (fixture->store, g_strdup ("test"));
  settle ();
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      GtkWidget *button = konkurs_test_find_widget (GTK_WIDGET (page), is_button_for, actions[i]);

      g_assert_false (gtk_widget_get_sensitive (button));
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "The database is open for reading only.");
    }

  konkurs_test_destroy_and_wait (window);
}

/* The documents review has no scores: its totals count the rows by their
 * decision, and "without a result" are those not decided yet. */
static void
test_documents_totals (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KonkursCandidate) person = konkurs_test_person_new ("ОРАЗОВА", "Дана", 1993, 4, 2, 200);
  g_autoptr(KonkursCandidacy) undecided = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *totals = NULL;
  g_autoptr(GPtrArray) vacancies = konkurs_store_list_vacancies (fixture->store, fixture->competition_id, NULL);
  KonkursStagesView *view;
  KonkursWindow *window;
  KonkursStagePage *page;

  konkurs_test_make_qualified (person);
  undecided = konkurs_test_apply_in_march (fixture->store, konkurs_test_save_candidate (fixture->store, person),
                                           fixture->competition_id,
                                           konkurs_vacancy_get_id (g_ptr_array_index (vacancies, 0)), NULL);
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, fixture->applications[2], FALSE, "Құжаттар толық емес",
                                                 &error));
  g_assert_no_error (error);
  window = open_window (fixture, &view);
  page = konkurs_stages_view_get_page (view);
  g_assert_cmpint (konkurs_stage_page_get_stage (page)->kind, ==, KONKURS_STAGE_DOCUMENTS);
  totals = konkurs_stage_page_dup_totals (page);
  g_assert_cmpstr (totals, ==, "Goes on 2, stays out 1, without a result 1");
  konkurs_stage_page_set_filter (page, KONKURS_STAGE_FILTER_NO_RESULT);
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_stage_page_get_rows (page)), ==, 1);
  g_assert_nonnull (find_row (page, konkurs_candidacy_get_id (undecided)));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/stages/steps-and-page", Fixture, NULL, fixture_set_up, test_steps_and_page, fixture_tear_down);
  g_test_add ("/stages/entry-and-retake", Fixture, NULL, fixture_set_up, test_entry_and_retake, fixture_tear_down);
  g_test_add ("/stages/close", Fixture, NULL, fixture_set_up, test_close_stage, fixture_tear_down);
  g_test_add ("/stages/vacancies-peek", Fixture, NULL, fixture_set_up, test_vacancies_peek, fixture_tear_down);
  g_test_add ("/stages/documents", Fixture, NULL, fixture_set_up, test_documents, fixture_tear_down);
  g_test_add ("/stages/documents-totals", Fixture, NULL, fixture_set_up, test_documents_totals, fixture_tear_down);
  g_test_add ("/stages/take-certificates", Fixture, NULL, fixture_set_up, test_take_certificates,
              fixture_tear_down);
  g_test_add ("/stages/switch-while-loading", Fixture, NULL, fixture_set_up, test_switch_while_loading,
              fixture_tear_down);
  g_test_add ("/stages/steps-quickly", Fixture, NULL, fixture_set_up, test_steps_quickly, fixture_tear_down);
  g_test_add ("/stages/read-only", Fixture, NULL, fixture_set_up, test_read_only, fixture_tear_down);

  return g_test_run ();
}
