/* test-essays-view.c — the Essays area over a real store in a real
 * window: the statuses shown, the filters, the grades with the experts
 * named, no writer's name anywhere in the area while sealed, why each
 * action is off, the draw from the window, a second results file that
 * needs a reason, and unsealing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-reason-dialog.h"
#include "konkurs-essays-actions.h"
#include "konkurs-essays-view.h"
#include "konkurs-exchange-essays.h"
#include "konkurs-expert-item.h"
#include "konkurs-test-essay-area.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-window.h"

#define N_CANDIDATES 5

/* codes[0] final, [1] needs resolution, [2] two of three, [3] rejected
 * by the proctor, [4] not assigned */
typedef struct {
  KonkursStore          *store;
  KonkursTestEssayArea *stage;
} Fixture;

static const char *
code (Fixture *fixture,
      guint    i)
{
  return fixture->stage->codes->pdata[i];
}

static gint64
expert (Fixture *fixture,
        guint    i)
{
  return g_array_index (fixture->stage->experts, gint64, i);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint assigned = 0;

  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->stage = konkurs_test_essay_area_new (fixture->store, N_CANDIDATES);
  for (guint i = 0; i < 4; i++)
    konkurs_test_essay_area_add (fixture->store, fixture->stage->stage_id, code (fixture, i), i == 3);
  g_assert_true (konkurs_store_assign_essays (fixture->store, fixture->stage->stage_id, &assigned, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (assigned, ==, 3);
  konkurs_test_essay_area_add (fixture->store, fixture->stage->stage_id, code (fixture, 4), FALSE);
  /* the civil servant is the only one of the background: a grader of
   * every essay; the academics share theirs */
  for (guint e = 0; e < fixture->stage->experts->len; e++)
    {
      g_autoptr(KonkursEssayResults) results =
        konkurs_test_essay_area_grade (fixture->store, fixture->stage->stage_id, expert (fixture, e),
                                  e == 2 ? code (fixture, 1) : NULL, e == 2 ? code (fixture, 2) : NULL, TRUE);
    }
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_pointer (&fixture->stage, konkurs_test_essay_area_free);
  g_clear_object (&fixture->store);
}

/* Helpers */

static KonkursWindow *
open_window (Fixture            *fixture,
             KonkursEssaysView **view)
{
  KonkursWindow *window = konkurs_window_new (NULL, fixture->store, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "essays"));
  *view = KONKURS_ESSAYS_VIEW (konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_ESSAYS_VIEW));
  g_assert_nonnull (*view);
  konkurs_test_drain_main_loop ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (*view)));
  g_assert_true (konkurs_essays_view_show_competition (*view, fixture->stage->competition->competition_id));
  konkurs_test_drain_main_loop ();
  g_assert_nonnull (konkurs_essays_view_get_stage (*view));
  g_assert_cmpint (konkurs_essays_view_get_stage (*view)->id, ==, fixture->stage->stage_id);
  return window;
}

static KonkursEssayItem *
find_item (KonkursEssaysView *view,
           const char        *code)
{
  GListModel *model = konkurs_essays_view_get_essays (view);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(KonkursEssayItem) item = g_list_model_get_item (model, i);

      if (g_str_equal (konkurs_essay_item_get_essay (item)->code, code))
        return item;
    }
  return NULL;
}

static char *
status_of (KonkursEssaysView *view,
           const char        *code)
{
  KonkursEssayItem *item = find_item (view, code);

  g_assert_nonnull (item);
  return konkurs_essay_item_dup_status (item);
}

static void
select_essay (KonkursEssaysView *view,
              const char        *code)
{
  KonkursEssayItem *item = find_item (view, code);

  g_assert_nonnull (item);
  g_assert_true (konkurs_essays_view_select_essay (view, konkurs_essay_item_get_id (item)));
  konkurs_test_drain_main_loop ();
  g_assert_cmpstr (konkurs_essay_page_get_essay (konkurs_essays_view_get_essay_page (view))->code, ==, code);
}

/* Every text a widget under @root shows: labels, rows' titles and
 * subtitles, editables, tooltips. */
static void
collect_texts (GtkWidget *root,
               GString   *texts)
{
  const char *tooltip = gtk_widget_get_tooltip_text (root);

  if (GTK_IS_LABEL (root))
    g_string_append_printf (texts, "%s\n", gtk_label_get_text (GTK_LABEL (root)));
  if (ADW_IS_PREFERENCES_ROW (root))
    g_string_append_printf (texts, "%s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)));
  if (ADW_IS_ACTION_ROW (root) && adw_action_row_get_subtitle (ADW_ACTION_ROW (root)) != NULL)
    g_string_append_printf (texts, "%s\n", adw_action_row_get_subtitle (ADW_ACTION_ROW (root)));
  if (GTK_IS_EDITABLE (root))
    g_string_append_printf (texts, "%s\n", gtk_editable_get_text (GTK_EDITABLE (root)));
  if (tooltip != NULL)
    g_string_append_printf (texts, "%s\n", tooltip);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static char *
dup_texts (GtkWidget *root)
{
  GString *texts = g_string_new (NULL);

  collect_texts (root, texts);
  return g_string_free (texts, FALSE);
}

static void
assert_no_writer (KonkursEssaysView *view)
{
  g_autofree char *texts = dup_texts (GTK_WIDGET (view));

  g_assert_null (strstr (texts, KONKURS_TEST_ESSAY_SURNAME));
  g_assert_null (strstr (texts, KONKURS_TEST_ESSAY_NAME));
}

static gboolean
essay_is_final (gpointer data)
{
  gpointer *args = data;
  KonkursEssayItem *item = find_item (args[0], args[1]);

  return item != NULL && konkurs_essay_item_get_filter (item) == KONKURS_ESSAY_FILTER_FINAL;
}

static void
wait_final (KonkursEssaysView *view,
            const char        *code)
{
  gpointer args[] = { view, (gpointer) code };

  g_assert_true (konkurs_test_wait_until (essay_is_final, args));
}

/* Tests */

static void
test_statuses (Fixture       *fixture,
               gconstpointer  data)
{
  KonkursEssaysView *view;
  KonkursWindow *window = open_window (fixture, &view);
  GListModel *shown = konkurs_essays_view_get_essays (view);
  g_autofree char *final = NULL;
  g_autofree char *resolution = NULL;
  g_autofree char *partly = NULL;
  g_autofree char *rejected = NULL;
  g_autofree char *unassigned = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_CANDIDATES);
  final = status_of (view, code (fixture, 0));
  g_assert_cmpstr (final, ==, "Final");
  resolution = status_of (view, code (fixture, 1));
  g_assert_cmpstr (resolution, ==, "Needs resolution");
  partly = status_of (view, code (fixture, 2));
  g_assert_cmpstr (partly, ==, "2 of 3");
  rejected = status_of (view, code (fixture, 3));
  g_assert_cmpstr (rejected, ==, "Rejected by the proctor");
  unassigned = status_of (view, code (fixture, 4));
  g_assert_cmpstr (unassigned, ==, "Not assigned");
  g_assert_true (konkurs_essays_view_get_sealed (view));
  /* Print (Ctrl+P): the documents of the essay stage */
  g_assert_cmpint (konkurs_area_get_document_record (KONKURS_AREA (view), KONKURS_DOCUMENT_SCOPE_STAGE), ==,
                   fixture->stage->stage_id);

  konkurs_test_destroy_and_wait (window);
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  KonkursEssaysView *view;
  KonkursWindow *window = open_window (fixture, &view);
  GListModel *shown = konkurs_essays_view_get_essays (view);
  g_autofree char *part = g_strndup (code (fixture, 1), strlen (code (fixture, 1)));
  g_autoptr(KonkursEssayItem) first = NULL;

  konkurs_essays_view_set_filter (view, KONKURS_ESSAY_FILTER_NEEDS_RESOLUTION);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  first = g_list_model_get_item (shown, 0);
  g_assert_cmpstr (konkurs_essay_item_get_essay (first)->code, ==, code (fixture, 1));
  konkurs_essays_view_set_filter (view, KONKURS_ESSAY_FILTER_REJECTED);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  konkurs_essays_view_set_filter (view, KONKURS_ESSAY_FILTER_ASSIGNED);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  konkurs_essays_view_set_filter (view, KONKURS_ESSAY_FILTER_ALL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_CANDIDATES);

  /* the sector of the selection, and no other */
  g_assert_true (konkurs_essays_view_set_sector (view, KONKURS_TEST_ESSAY_SECTOR));
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_CANDIDATES);
  g_assert_false (konkurs_essays_view_set_sector (view, "no-such-sector"));
  g_assert_true (konkurs_essays_view_set_sector (view, NULL));

  /* by code, in any case */
  konkurs_essays_view_set_search (view, part);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 1);
  konkurs_essays_view_set_search (view, "no such code");
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 0);
  konkurs_essays_view_set_search (view, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (shown), ==, N_CANDIDATES);

  konkurs_test_destroy_and_wait (window);
}

/* The experts are named; the writers never, wherever one looks. */
static void
test_sealed (Fixture       *fixture,
             gconstpointer  data)
{
  KonkursEssaysView *view;
  KonkursWindow *window = open_window (fixture, &view);
  KonkursEssayPage *page = konkurs_essays_view_get_essay_page (view);
  g_autofree char *texts = NULL;

  assert_no_writer (view);
  for (guint i = 0; i < N_CANDIDATES; i++)
    {
      select_essay (view, code (fixture, i));
      assert_no_writer (view);
    }
  select_essay (view, code (fixture, 1));
  g_assert_cmpuint (konkurs_essay_page_get_grades (page)->len, ==, 3);
  texts = dup_texts (GTK_WIDGET (page));
  /* the civil servant graded it low, and is named with the comment */
  g_assert_nonnull (strstr (texts, fixture->stage->names->pdata[2]));
  g_assert_nonnull (strstr (texts, "Дәлелдер жүйелі"));
  g_assert_nonnull (strstr (texts, "over the limit"));
  konkurs_essays_view_show_tab (view, "graders");
  konkurs_test_drain_main_loop ();
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_experts_pane_get_items (konkurs_essays_view_get_experts_pane (view))),
                    ==, fixture->stage->experts->len);
  assert_no_writer (view);
  g_assert_nonnull (strstr (konkurs_experts_pane_get_agreement (konkurs_essays_view_get_experts_pane (view)), "essay"));

  konkurs_test_destroy_and_wait (window);
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* Why each action is off says what to do, on the button too. */
static void
test_reasons (Fixture       *fixture,
              gconstpointer  data)
{
  KonkursEssaysView *view;
  KonkursWindow *window = open_window (fixture, &view);
  g_autoptr(GError) error = NULL;

  g_assert_null (konkurs_essays_view_why_not (view, "essays.assign"));
  g_assert_cmpstr (konkurs_essays_view_why_not (view, "essays.resolve"), ==, "Select an essay first.");
  g_assert_nonnull (strstr (konkurs_essays_view_why_not (view, "essays.unseal"), "3 are not yet"));
  g_assert_false (gtk_widget_get_sensitive (konkurs_test_find_widget (GTK_WIDGET (view), has_action, "essays.unseal")));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (konkurs_test_find_widget (GTK_WIDGET (view), has_action,
                                                                          "essays.unseal")),
                   ==, konkurs_essays_view_why_not (view, "essays.unseal"));
  g_assert_cmpstr (konkurs_essays_view_why_not (view, "essays.grade-here"), ==, "Select a grader in the table first.");

  select_essay (view, code (fixture, 0));
  g_assert_nonnull (strstr (konkurs_essays_view_why_not (view, "essays.resolve"), "needs resolution"));
  g_assert_cmpstr (konkurs_essays_view_why_not (view, "essays.reassign"), ==, "The essay is final.");
  select_essay (view, code (fixture, 1));
  g_assert_null (konkurs_essays_view_why_not (view, "essays.resolve"));
  select_essay (view, code (fixture, 4));
  g_assert_cmpstr (konkurs_essays_view_why_not (view, "essays.reassign"), ==,
                   "The essay has no graders yet: assign first.");

  /* the chair resolves: the store's change shows at once */
  g_assert_true (konkurs_store_resolve_essay (fixture->store, konkurs_test_essay_area_find (fixture->store,
                                                                                     fixture->stage->stage_id,
                                                                                     code (fixture, 1)),
                                              400, "Төраға шешімі: үшінші сарапшы критерийді қате түсінген",
                                              &error));
  g_assert_no_error (error);
  wait_final (view, code (fixture, 1));
  g_assert_nonnull (strstr (konkurs_essays_view_why_not (view, "essays.unseal"), "2 are not yet"));

  konkurs_test_destroy_and_wait (window);
}

static gboolean
all_assigned (gpointer data)
{
  KonkursEssayItem *item = find_item (((gpointer *) data)[0], ((gpointer *) data)[1]);

  return item != NULL && konkurs_essay_item_get_filter (item) == KONKURS_ESSAY_FILTER_ASSIGNED;
}

/* Assign from the window: the worker's draw, then the table follows. */
static void
test_assign (Fixture       *fixture,
             gconstpointer  data)
{
  KonkursEssaysView *view;
  KonkursWindow *window = open_window (fixture, &view);
  gpointer args[] = { NULL, (gpointer) code (fixture, 4) };
  AdwMessageDialog *dialog;

  args[0] = view;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "essays.assign", NULL));
  g_assert_true (konkurs_test_wait_until (all_assigned, args));
  konkurs_test_drain_main_loop ();
  /* the summary of the draw: the spread of the load, the seed kept */
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Graders Assigned");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Graders assigned to 1 essay"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "4 graders hold from"));
  konkurs_test_answer (dialog, "close");
  g_assert_cmpstr (konkurs_essays_view_why_not (view, "essays.assign"), ==, "Every essay has its graders.");
  g_assert_true (konkurs_store_replay_draw (fixture->store, fixture->stage->stage_id, NULL));

  konkurs_test_destroy_and_wait (window);
}

/* A second file of a package replaces the first only with a reason:
 * asked for, typed, recorded; then every essay is final and the names
 * can be unsealed. */
static void
test_replace_and_unseal (Fixture       *fixture,
                         gconstpointer  data)
{
  KonkursEssaysView *view;
  KonkursWindow *window = open_window (fixture, &view);
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-essays-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "results.xml", NULL);
  g_autoptr(KonkursEssayResults) results = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  /* the civil servant grades the essay left out, in full this time */
  results = konkurs_test_essay_area_grade (fixture->store, fixture->stage->stage_id, expert (fixture, 2),
                                      code (fixture, 1), NULL, FALSE);
  g_assert_true (konkurs_exchange_write_results (results, path, &error));
  g_assert_no_error (error);
  konkurs_essays_import_results_file (GTK_WIDGET (view), fixture->store, path);
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (konkurs_reason_dialog_get_entry (dialog), "Сарапшы екінші эссені кейін бағалады");
  konkurs_test_answer (dialog, "confirm");
  wait_final (view, code (fixture, 2));

  g_assert_true (konkurs_store_resolve_essay (fixture->store, konkurs_test_essay_area_find (fixture->store,
                                                                                     fixture->stage->stage_id,
                                                                                     code (fixture, 1)),
                                              300, "Төраға шешімі", &error));
  g_assert_no_error (error);
  wait_final (view, code (fixture, 1));
  /* the one not assigned is not final yet */
  g_assert_nonnull (strstr (konkurs_essays_view_why_not (view, "essays.unseal"), "1 is not yet"));
  assert_no_writer (view);

  konkurs_test_destroy_and_wait (window);
  konkurs_test_remove_tree (dir);
}

static gboolean
essay_waits_for_fourth (gpointer data)
{
  gpointer *args = data;
  KonkursEssayItem *item = find_item (args[0], args[1]);

  return item != NULL && konkurs_essay_item_get_filter (item) == KONKURS_ESSAY_FILTER_GRADED;
}

/* Resolve…: a fourth grader drawn for the essay that needs resolution. */
static void
test_resolve (Fixture       *fixture,
              gconstpointer  data)
{
  KonkursEssaysView *view;
  KonkursWindow *window = open_window (fixture, &view);
  gpointer args[] = { NULL, (gpointer) code (fixture, 1) };
  AdwMessageDialog *dialog;
  g_autofree char *status = NULL;

  args[0] = view;
  select_essay (view, code (fixture, 1));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "essays.resolve", NULL));
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), code (fixture, 1)));
  konkurs_test_answer (dialog, "fourth");
  g_assert_true (konkurs_test_wait_until (essay_waits_for_fourth, args));
  status = status_of (view, code (fixture, 1));
  g_assert_cmpstr (status, ==, "Waiting for the fourth grader");
  select_essay (view, code (fixture, 1));
  g_assert_cmpuint (konkurs_essay_page_get_grades (konkurs_essays_view_get_essay_page (view))->len, ==, 4);

  konkurs_test_destroy_and_wait (window);
}

static gboolean
is_unsealed (gpointer data)
{
  return !konkurs_essays_view_get_sealed (data);
}

/* Every essay final: Unseal, confirmed, names the writers beside their
 * codes. */
static void
test_unseal (Fixture       *fixture,
             gconstpointer  data)
{
  KonkursEssaysView *view;
  KonkursWindow *window;
  g_autoptr(GError) error = NULL;
  g_autofree char *code_text = NULL;
  AdwMessageDialog *dialog;
  g_autoptr(KonkursEssayResults) late = NULL;
  g_autoptr(GPtrArray) graders = NULL;

  /* the rest of the work: the essay the civil servant left out graded
   * (the same package again, with a reason), the spread resolved, the
   * last essay assigned and graded */
  late = konkurs_test_essay_area_grade (fixture->store, fixture->stage->stage_id, expert (fixture, 2),
                                        code (fixture, 1), NULL, FALSE);
  g_assert_true (konkurs_store_import_essay_results (fixture->store, late, "test", "graded later", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_resolve_essay (fixture->store, konkurs_test_essay_area_find (fixture->store,
                                                                                          fixture->stage->stage_id,
                                                                                          code (fixture, 1)),
                                              300, "Төраға шешімі", &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_assign_essays (fixture->store, fixture->stage->stage_id, NULL, &error));
  g_assert_no_error (error);
  graders = konkurs_store_list_essay_grades (fixture->store,
                                             konkurs_test_essay_area_find (fixture->store, fixture->stage->stage_id,
                                                                           code (fixture, 4)), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < graders->len; i++)
    {
      g_autoptr(KonkursEssayResults) results =
        konkurs_test_essay_area_grade (fixture->store, fixture->stage->stage_id,
                                       ((KonkursEssayGrade *) graders->pdata[i])->expert_id, NULL, NULL, TRUE);
    }

  window = open_window (fixture, &view);
  g_assert_null (konkurs_essays_view_why_not (view, "essays.unseal"));
  assert_no_writer (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "essays.unseal", NULL));
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  konkurs_test_answer (dialog, "unseal");
  g_assert_true (konkurs_test_wait_until (is_unsealed, view));
  code_text = konkurs_essay_item_dup_code (find_item (view, code (fixture, 0)));
  g_assert_nonnull (strstr (code_text, KONKURS_TEST_ESSAY_SURNAME));
  g_assert_nonnull (strstr (konkurs_essays_view_why_not (view, "essays.unseal"), "unsealed already"));

  konkurs_test_destroy_and_wait (window);
}

/* Grade Here needs the application's grading window: a window without
 * one says so, and issues no package. */
static void
test_grade_here (Fixture       *fixture,
                 gconstpointer  data)
{
  KonkursEssaysView *view;
  KonkursWindow *window = open_window (fixture, &view);
  KonkursExpertsPane *pane = konkurs_essays_view_get_experts_pane (view);
  AdwMessageDialog *dialog;
  g_autoptr(KonkursExpertItem) before = NULL;
  g_autoptr(KonkursExpertItem) after = NULL;

  konkurs_essays_view_show_tab (view, "graders");
  g_assert_true (konkurs_experts_pane_select (pane, expert (fixture, 2)));
  konkurs_test_drain_main_loop ();
  g_assert_null (konkurs_essays_view_why_not (view, "essays.grade-here"));
  g_assert_null (konkurs_essays_view_why_not (view, "essays.export-package"));
  before = g_list_model_get_item (konkurs_experts_pane_get_items (pane), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "essays.grade-here", NULL));
  dialog = konkurs_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "No Grading Window");
  konkurs_test_answer (dialog, "close");
  after = g_list_model_get_item (konkurs_experts_pane_get_items (pane), 0);
  g_assert_cmpuint (konkurs_expert_item_get_load (after)->packages, ==, konkurs_expert_item_get_load (before)->packages);

  konkurs_test_destroy_and_wait (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/essays-view/statuses", Fixture, NULL, fixture_set_up, test_statuses, fixture_tear_down);
  g_test_add ("/essays-view/filters", Fixture, NULL, fixture_set_up, test_filters, fixture_tear_down);
  g_test_add ("/essays-view/sealed", Fixture, NULL, fixture_set_up, test_sealed, fixture_tear_down);
  g_test_add ("/essays-view/reasons", Fixture, NULL, fixture_set_up, test_reasons, fixture_tear_down);
  g_test_add ("/essays-view/assign", Fixture, NULL, fixture_set_up, test_assign, fixture_tear_down);
  g_test_add ("/essays-view/replace-results", Fixture, NULL, fixture_set_up, test_replace_and_unseal,
              fixture_tear_down);
  g_test_add ("/essays-view/grade-here", Fixture, NULL, fixture_set_up, test_grade_here, fixture_tear_down);
  g_test_add ("/essays-view/resolve", Fixture, NULL, fixture_set_up, test_resolve, fixture_tear_down);
  g_test_add ("/essays-view/unseal", Fixture, NULL, fixture_set_up, test_unseal, fixture_tear_down);
  return g_test_run ();
}
