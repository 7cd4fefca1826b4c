/* test-candidates-view.c — the Candidates area in a real window under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <sqlite3.h>

#include "konkurs-apply-dialog.h"
#include "konkurs-candidate-details.h"
#include "konkurs-candidate-dialog.h"
#include "konkurs-candidate-list.h"
#include "konkurs-candidates-view.h"
#include "konkurs-decision-dialog.h"
#include "konkurs-personal-code.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-decisions.h"
#include "konkurs-test-candidates.h"
#include "konkurs-store-private.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-ui-dates.h"
#include "konkurs-validation.h"
#include "konkurs-window.h"

typedef struct {
  KonkursStore *store;
  gint64        competition_id;
  gint64        aliya_id;
  char          aliya_iin[KONKURS_IIN_LENGTH + 1];
} Fixture;

/* Helpers */

/* The text of a label, or of a table cell that ellipsizes (an inscription). */
static const char *
text_of (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget)) ?: "";
  return NULL;
}

static gboolean
is_label_containing (GtkWidget *widget, gconstpointer data)
{
  return text_of (widget) != NULL && gtk_widget_get_visible (widget) &&
         strstr (text_of (widget), data) != NULL;
}

static gboolean
is_label_containing_cb (gpointer table)
{
  return konkurs_test_find_widget (table, is_label_containing, "Сарапшы") != NULL;
}

static gboolean
is_dropdown_named (GtkWidget *widget, gconstpointer data)
{
  g_autofree char *tooltip = NULL;

  if (!GTK_IS_DROP_DOWN (widget))
    return FALSE;
  /* The accessible name is not readable back in GTK 4.8; the tooltip
   * says which filter it is. */
  tooltip = g_utf8_strdown (gtk_widget_get_tooltip_text (widget) ?: "", -1);
  return strstr (tooltip, g_str_equal (data, "Competition") ? "competition" : "decision") != NULL;
}

/* The dialog a view action opened. */
static gpointer
find_toplevel (GType type)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

/* Fixture */

static gint64
add_candidate (KonkursStore *store,
               const char   *iin,
               const char   *surname,
               const char   *name)
{
  g_autoptr(KonkursCandidate) candidate = konkurs_test_candidate_new (iin, surname, name);

  return konkurs_test_save_candidate (store, candidate);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  char iin[KONKURS_IIN_LENGTH + 1];

  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->competition_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE,
                                                          "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ӘДІЛЕТ МИНИСТРЛІГІ", "",
                                                          2026, G_DATE_MARCH, 2);
  konkurs_test_add_vacancy (fixture->store, fixture->competition_id, "Бас сарапшы", "", 1, 0);

  konkurs_test_make_iin (1994, 7, 12, KONKURS_SEX_FEMALE, 100, fixture->aliya_iin);
  fixture->aliya_id = add_candidate (fixture->store, fixture->aliya_iin, "ӘЛИЕВА", "ӘЛИЯ");
  konkurs_test_make_iin (1988, 1, 30, KONKURS_SEX_MALE, 100, iin);
  add_candidate (fixture->store, iin, "Иванов", "Иван");
  konkurs_test_make_iin (2001, 11, 5, KONKURS_SEX_MALE, 100, iin);
  add_candidate (fixture->store, iin, "Сейтқали", "Нұрбол");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
}

static KonkursWindow *
open_window (KonkursStore           *store,
             KonkursCandidatesView **view)
{
  KonkursWindow *window = konkurs_window_new (NULL, store, NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  *view = KONKURS_CANDIDATES_VIEW (konkurs_test_find_of_type (GTK_WIDGET (window), KONKURS_TYPE_CANDIDATES_VIEW));
  g_assert_nonnull (*view);
  return window;
}

static gboolean
says_nothing_to_search (gpointer data)
{
  return konkurs_test_find_widget (data, is_label_containing, "Nothing to search for in “((”") != NULL;
}

/* Tests */

static void
test_list_and_search (Fixture       *fixture,
                      gconstpointer  data)
{
  KonkursCandidatesView *view;
  KonkursWindow *window = open_window (fixture->store, &view);
  GListModel *model = konkurs_candidates_view_get_model (view);
  GtkColumnView *table;
  GtkWidget *entry;
  g_autoptr(KonkursCandidate) found = NULL;

  g_assert_nonnull (model);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  table = GTK_COLUMN_VIEW (konkurs_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW));
  g_assert_nonnull (table);
  /* Straight over the store's lazy model: no sorting or filtering model
   * that would read every row. */
  g_assert_true (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (gtk_column_view_get_model (table))) == model);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_columns (table))), ==, 6);

  /* Lower-case Kazakh finds the upper-case name, as the person types. */
  entry = konkurs_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "әлия");
  konkurs_test_wait_for_count (model, 1);
  found = g_list_model_get_item (model, 0);
  g_assert_cmpstr (konkurs_candidate_get_name (found), ==, "ӘЛИЯ");
  /* The one person found is shown at once. */
  g_assert_cmpint (konkurs_candidates_view_get_selected_candidate_id (view), ==, fixture->aliya_id);
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, fixture->aliya_iin));

  gtk_editable_set_text (GTK_EDITABLE (entry), "жоқадам");
  konkurs_test_wait_for_count (model, 0);
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, "No Results Found"));

  /* Punctuation alone finds nobody, and the list says why. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "((");
  g_assert_true (konkurs_test_wait_until (says_nothing_to_search, view));
  konkurs_test_wait_for_count (model, 0);
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, "Nothing to Search For"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  konkurs_test_wait_for_count (model, 3);
  g_assert_null (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, "Nothing to Search For"));

  konkurs_test_destroy_and_wait (window);
}

static void
test_dialog_iin (Fixture       *fixture,
                 gconstpointer  data)
{
  KonkursCandidatesView *view;
  KonkursWindow *window = open_window (fixture->store, &view);
  KonkursCandidateDialog *dialog;
  GtkWidget *iin_row, *save, *error_label;
  g_autoptr(GError) expected = NULL;
  g_autoptr(GDate) birth = g_date_new_dmy (14, G_DATE_MAY, 1995);
  g_autofree char *born = konkurs_ui_format_date (birth);
  char iin[KONKURS_IIN_LENGTH + 1], wrong[KONKURS_IIN_LENGTH + 1];

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "candidates.register", NULL));
  dialog = find_toplevel (KONKURS_TYPE_CANDIDATE_DIALOG);
  g_assert_nonnull (dialog);
  iin_row = konkurs_test_find_entry_row (GTK_WIDGET (dialog), "IIN");
  save = konkurs_test_find_button (GTK_WIDGET (dialog), "Register");
  g_assert_nonnull (iin_row);
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_get_sensitive (save));

  /* A wrong check digit is refused at the field, with the reason. */
  konkurs_test_make_iin (1995, 5, 14, KONKURS_SEX_FEMALE, 100, iin);
  memcpy (wrong, iin, sizeof wrong);
  wrong[11] = '0' + (iin[11] - '0' + 1) % 10;
  g_assert_false (konkurs_iin_parse (wrong, NULL, &expected));
  g_assert_error (expected, KONKURS_IIN_ERROR, KONKURS_IIN_ERROR_CHECKSUM);
  gtk_editable_set_text (GTK_EDITABLE (iin_row), wrong);
  error_label = konkurs_test_find_error_label (GTK_WIDGET (dialog));
  g_assert_nonnull (error_label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==, expected->message);
  g_assert_true (gtk_widget_has_css_class (iin_row, "error"));
  g_assert_false (gtk_widget_get_sensitive (save));

  /* A valid one gives the birth date and the sex, and clears the error. */
  gtk_editable_set_text (GTK_EDITABLE (iin_row), iin);
  g_assert_false (gtk_widget_has_css_class (iin_row, "error"));
  g_assert_null (konkurs_test_find_error_label (GTK_WIDGET (dialog)));
  /* In full, as the window writes every date. */
  g_assert_cmpstr (born, ==, "14 May 1995");
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (dialog), is_label_containing, born));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (dialog), is_label_containing, "Female"));

  /* A birth date that is not the IIN's: the rules' sentence, with the
   * dates as the form shows them. */
  {
    GtkWidget *birth_row = konkurs_test_find_date_entry (GTK_WIDGET (dialog), "Birth date in the documents (optional)");
    g_autoptr(GDate) typed = g_date_new_dmy (15, G_DATE_MAY, 1995);
    g_autofree char *shown = konkurs_ui_format_date (typed);
    g_autofree char *mismatch = NULL;

    mismatch = konkurs_validation_birth_date_mismatch (shown, born);
    gtk_editable_set_text (GTK_EDITABLE (birth_row), "15.05.1995");
    g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (dialog), is_label_containing, mismatch));
    g_assert_true (gtk_widget_has_css_class (birth_row, "error"));
    gtk_editable_set_text (GTK_EDITABLE (birth_row), "14.05.1995");
    g_assert_null (konkurs_test_find_widget (GTK_WIDGET (dialog), is_label_containing, mismatch));
    g_assert_false (gtk_widget_has_css_class (birth_row, "error"));
  }

  /* Still no name: Register stays off; with one, the candidate is saved. */
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (GTK_WIDGET (dialog), "Surname")), "Серікова");
  /* The name missing is told in the words the store would use. */
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (dialog), is_label_containing, "The name is required."));
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (GTK_WIDGET (dialog), "Name")), "Дана");
  g_assert_null (konkurs_test_find_widget (GTK_WIDGET (dialog), is_label_containing, "The name is required."));
  g_assert_true (gtk_widget_get_sensitive (save));

  /* A right-to-left override in the patronymic is refused at its field,
   * with the reason the importer and the store give. */
  {
    GtkWidget *patronymic = konkurs_test_find_entry_row (GTK_WIDGET (dialog), "Patronymic");

    gtk_editable_set_text (GTK_EDITABLE (patronymic), "Ерлан\xe2\x80\xae" "қызы");
    g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (dialog), is_label_containing,
                                                "Patronymic: the character U+202E at position 6"));
    g_assert_true (gtk_widget_has_css_class (patronymic, "error"));
    g_assert_false (gtk_widget_get_sensitive (save));
    gtk_editable_set_text (GTK_EDITABLE (patronymic), "Ерланқызы");
    g_assert_false (gtk_widget_has_css_class (patronymic, "error"));
  }
  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  konkurs_test_wait_for_count (konkurs_candidates_view_get_model (view), 4);
  g_assert_cmpint (konkurs_candidates_view_get_selected_candidate_id (view), ==,
                   konkurs_store_find_candidate_by_iin (fixture->store, iin, NULL));

  konkurs_test_destroy_and_wait (window);
}

static void
on_open_existing (KonkursCandidateDialog *dialog,
                  gint64                  id,
                  gint64                 *out)
{
  *out = id;
}

static void
test_dialog_duplicate (Fixture       *fixture,
                       gconstpointer  data)
{
  KonkursCandidatesView *view;
  KonkursWindow *window = open_window (fixture->store, &view);
  KonkursCandidateDialog *dialog;
  GtkWidget *open_existing;
  gpointer weak;
  gint64 opened = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "candidates.register", NULL));
  dialog = find_toplevel (KONKURS_TYPE_CANDIDATE_DIALOG);
  g_assert_nonnull (dialog);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  g_signal_connect (dialog, "open-existing", G_CALLBACK (on_open_existing), &opened);
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (GTK_WIDGET (dialog), "IIN")),
                         fixture->aliya_iin);
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (GTK_WIDGET (dialog), "Surname")), "Әлиева");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (GTK_WIDGET (dialog), "Name")), "Әлия");
  g_signal_emit_by_name (konkurs_test_find_button (GTK_WIDGET (dialog), "Register"), "clicked");

  /* The store's refusal names the person, and offers the record. */
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (dialog), is_label_containing, fixture->aliya_iin));
  open_existing = konkurs_test_find_button (GTK_WIDGET (dialog), "Open Existing");
  g_assert_nonnull (open_existing);
  g_assert_true (gtk_widget_get_visible (open_existing));
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_candidates_view_get_model (view)), ==, 3);

  g_signal_emit_by_name (open_existing, "clicked");
  g_assert_cmpint (opened, ==, fixture->aliya_id);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &weak));
  g_assert_cmpint (konkurs_candidates_view_get_selected_candidate_id (view), ==, fixture->aliya_id);

  konkurs_test_destroy_and_wait (window);
}

static void
test_apply_and_decide (Fixture       *fixture,
                       gconstpointer  data)
{
  KonkursCandidatesView *view;
  KonkursWindow *window = open_window (fixture->store, &view);
  g_autoptr(KonkursCandidate) candidate = konkurs_store_get_candidate (fixture->store, fixture->aliya_id, NULL);
  g_autoptr(GPtrArray) candidacies = NULL;
  KonkursApplyDialog *apply;
  KonkursDecisionDialog *decision;
  GtkWidget *button, *code, *error_label, *dropdowns[2];
  GtkTextView *reason;

  g_assert_true (konkurs_candidates_view_select_candidate (view, fixture->aliya_id));

  /* One competition with one vacancy: nothing to choose but the date. */
  apply = konkurs_apply_dialog_new (GTK_WINDOW (window), fixture->store, candidate, 0);
  gtk_window_present (GTK_WINDOW (apply));
  button = konkurs_test_find_button (GTK_WIDGET (apply), "Apply");
  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  candidacies = konkurs_store_list_candidacies_of_candidate (fixture->store, fixture->aliya_id, NULL);
  g_assert_cmpuint (candidacies->len, ==, 1);
  g_assert_true (konkurs_personal_code_is_valid (konkurs_candidacy_get_personal_code (candidacies->pdata[0])));
  code = konkurs_test_find_widget (GTK_WIDGET (apply), is_label_containing,
                                   konkurs_candidacy_get_personal_code (candidacies->pdata[0]));
  g_assert_nonnull (code);
  g_assert_true (gtk_label_get_selectable (GTK_LABEL (code)));
  g_signal_emit_by_name (konkurs_test_find_button (GTK_WIDGET (apply), "Close"), "clicked");
  konkurs_test_drain_main_loop ();

  /* The details show the code and the reasons of the verdict (no
   * certificates were recorded). */
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing,
                                 konkurs_candidacy_get_personal_code (candidacies->pdata[0])));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, "legislation test"));

  /* Admitting against the verdict needs a reason: the store's refusal is
   * shown at the field, and the decision goes through with one. */
  decision = konkurs_decision_dialog_new (GTK_WINDOW (window), fixture->store, candidacies->pdata[0], TRUE, "Әлиева Әлия");
  gtk_window_present (GTK_WINDOW (decision));
  g_signal_emit_by_name (konkurs_test_find_button (GTK_WIDGET (decision), "Admit"), "clicked");
  error_label = konkurs_test_find_error_label (GTK_WIDGET (decision));
  g_assert_nonnull (error_label);
  reason = GTK_TEXT_VIEW (konkurs_test_find_of_type (GTK_WIDGET (decision), GTK_TYPE_TEXT_VIEW));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (reason), "Сертификаттар келесі аптада.", -1);
  g_assert_false (gtk_widget_get_visible (error_label));
  g_signal_emit_by_name (konkurs_test_find_button (GTK_WIDGET (decision), "Admit"), "clicked");
  konkurs_test_drain_main_loop ();
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, "Admitted by"));

  /* The filters are store queries: the competition's applicants, then
   * those admitted, then those still pending. */
  dropdowns[0] = konkurs_test_find_widget (GTK_WIDGET (view), is_dropdown_named, "Competition");
  dropdowns[1] = konkurs_test_find_widget (GTK_WIDGET (view), is_dropdown_named, "Status");
  g_assert_nonnull (dropdowns[0]);
  g_assert_nonnull (dropdowns[1]);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdowns[0]), 1);
  konkurs_test_wait_for_count (konkurs_candidates_view_get_model (view), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdowns[1]), 2);   /* admitted */
  konkurs_test_wait_for_count (konkurs_candidates_view_get_model (view), 1);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdowns[1]), 1);   /* awaiting decision */
  konkurs_test_wait_for_count (konkurs_candidates_view_get_model (view), 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdowns[1]), 0);
  konkurs_test_wait_for_count (konkurs_candidates_view_get_model (view), 1);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdowns[0]), 0);
  konkurs_test_wait_for_count (konkurs_candidates_view_get_model (view), 3);

  konkurs_test_destroy_and_wait (window);
}

static void
count_signal (gpointer  instance,
              guint     position,
              guint     removed,
              guint     added,
              guint    *calls)
{
  (*calls)++;
}

static gboolean
list_is_idle (gpointer data)
{
  return !konkurs_candidate_list_is_loading (data);
}

static gboolean
is_scrolled (gpointer adjustment)
{
  return gtk_adjustment_get_value (adjustment) > 0;
}

/* The window opens on Vacancies: bring the Candidates page up. */
static void
show_page (KonkursCandidatesView *view)
{
  GtkWidget *stack = gtk_widget_get_ancestor (GTK_WIDGET (view), ADW_TYPE_VIEW_STACK);
  GtkWidget *page = GTK_WIDGET (view);

  g_assert_nonnull (stack);
  while (gtk_widget_get_parent (page) != stack)
    page = gtk_widget_get_parent (page);
  adw_view_stack_set_visible_child (ADW_VIEW_STACK (stack), page);
}

/* A decision reloads the list in a worker; the rows are the same, so the
 * table hears only of the row whose status changed, and keeps its
 * selection and its scroll position. */
/* @n candidates more, Сарапшы000 on, in one transaction; the id of the
 * one numbered @target. */
static gint64
add_many (KonkursStore *store,
          int           n,
          int           target)
{
  g_autoptr(GError) error = NULL;
  gint64 target_id = 0;

  g_assert_true (konkurs_store_begin (store, &error));
  for (int i = 0; i < n; i++)
    {
      char iin[KONKURS_IIN_LENGTH + 1];
      g_autofree char *surname = g_strdup_printf ("Сарапшы%03d", i);
      gint64 id;

      konkurs_test_make_iin (1990, 1 + i % 12, 1 + i % 28, KONKURS_SEX_MALE, 200 + i, iin);
      id = add_candidate (store, iin, surname, "Арман");
      if (i == target)
        target_id = id;
    }
  g_assert_true (konkurs_store_commit (store, &error));
  g_assert_no_error (error);
  return target_id;
}

/* The window on the Candidates area, its list of @n rows in sight. */
static KonkursWindow *
open_on_list (KonkursStore           *store,
              KonkursCandidatesView **view,
              guint                   n)
{
  KonkursWindow *window = open_window (store, view);

  konkurs_test_wait_for_count (konkurs_candidates_view_get_model (*view), n);
  show_page (*view);
  g_assert_true (konkurs_test_wait_until ((KonkursCondition) gtk_widget_get_mapped, *view));
  return window;
}

static void
test_decision_keeps_place (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GDate) received = g_date_new_dmy (3, G_DATE_MARCH, 2026);
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(GError) error = NULL;
  KonkursCandidatesView *view;
  KonkursWindow *window;
  GListModel *model;
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  gint64 target = 0;
  guint calls = 0;
  double scrolled;

  target = add_many (fixture->store, 150, 120);
  window = open_on_list (fixture->store, &view, 153);
  model = konkurs_candidates_view_get_model (view);
  konkurs_test_drain_main_loop ();
  g_assert_true (konkurs_candidates_view_select_candidate (view, target));
  konkurs_test_drain_main_loop ();
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (konkurs_test_find_of_type (GTK_WIDGET (view),
                                                                                    GTK_TYPE_COLUMN_VIEW),
                                                           GTK_TYPE_SCROLLED_WINDOW));
  g_assert_nonnull (scroller);
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  g_assert_true (konkurs_test_wait_until (is_scrolled, adjustment));
  scrolled = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (scrolled, >, 0);   /* row 120 is far down */

  g_signal_connect (model, "items-changed", G_CALLBACK (count_signal), &calls);
  vacancies = konkurs_store_list_vacancies (fixture->store, fixture->competition_id, &error);
  g_assert_no_error (error);
  candidacy = konkurs_store_apply (fixture->store, target, fixture->competition_id,
                                   konkurs_vacancy_get_id (vacancies->pdata[0]), NULL, received, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (candidacy), FALSE,
                                                 "Құжаттар толық емес.", &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_test_wait_until (list_is_idle, model));
  konkurs_test_drain_main_loop ();

  g_assert_cmpuint (calls, ==, 1);
  g_assert_cmpint (konkurs_candidates_view_get_selected_candidate_id (view), ==, target);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, scrolled);
  g_signal_handlers_disconnect_by_data (model, &calls);

  konkurs_test_destroy_and_wait (window);
}

/* Clearing a search on more than a page of candidates brings them back in
 * two signals, the old rows still after the new ones in between: the
 * person chosen stays chosen, and in sight, far down the list. */
static void
test_search_cleared_keeps_selection (Fixture       *fixture,
                                     gconstpointer  data)
{
  KonkursCandidatesView *view;
  KonkursWindow *window;
  GListModel *model;
  GtkWidget *entry, *table;
  GtkSingleSelection *selection;
  GtkAdjustment *adjustment;
  gint64 target = 0;
  guint calls = 0;

  target = add_many (fixture->store, 250, 220);
  window = open_on_list (fixture->store, &view, 253);
  model = konkurs_candidates_view_get_model (view);
  table = konkurs_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);
  selection = GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (table)));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (table,
                                                                                              GTK_TYPE_SCROLLED_WINDOW)));
  entry = konkurs_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);

  /* The one person found is chosen. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "сарапшы220");
  konkurs_test_wait_for_count (model, 1);
  konkurs_test_drain_main_loop ();
  g_assert_cmpint (konkurs_candidates_view_get_selected_candidate_id (view), ==, target);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);

  g_signal_connect (model, "items-changed", G_CALLBACK (count_signal), &calls);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  konkurs_test_wait_for_count (model, 253);
  g_assert_true (konkurs_test_wait_until (list_is_idle, model));
  konkurs_test_drain_main_loop ();
  g_assert_cmpuint (calls, ==, 2);
  g_signal_handlers_disconnect_by_data (model, &calls);

  g_assert_cmpint (konkurs_candidates_view_get_selected_candidate_id (view), ==, target);
  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==,
                    konkurs_candidate_list_find_position (KONKURS_CANDIDATE_LIST (model), target));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, "Сарапшы220"));
  g_assert_true (konkurs_test_wait_until (is_scrolled, adjustment));

  konkurs_test_destroy_and_wait (window);
}

/* The cells of the table's rows (not of its headers), referenced. */
static void
collect_cell_labels (GtkWidget *widget,
                     GPtrArray *labels)
{
  if (text_of (widget) != NULL)
    g_ptr_array_add (labels, g_object_ref (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_cell_labels (child, labels);
}

static GPtrArray *
get_cell_labels (GtkWidget *table)
{
  GtkWidget *rows = konkurs_test_find_of_type (table, GTK_TYPE_LIST_VIEW);
  GPtrArray *labels = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_nonnull (rows);
  collect_cell_labels (rows, labels);
  return labels;
}

/* A search that replaces the rows of the table binds the widgets of the
 * old rows to the new ones instead of building new widgets (GTK 4.8 keeps
 * 200 rows of widgets, and building them again was most of a reload);
 * the rows then show the new people, none of the old ones. */
static void
test_reload_keeps_row_widgets (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  KonkursCandidatesView *view;
  KonkursWindow *window;
  GListModel *model;
  GtkWidget *entry, *table;
  guint kept = 0, people = 0;

  add_many (fixture->store, 1200, 0);
  window = open_on_list (fixture->store, &view, 1203);
  model = konkurs_candidates_view_get_model (view);
  table = konkurs_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW);
  entry = konkurs_test_find_of_type (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY);
  konkurs_test_drain_main_loop ();
  g_assert_true (konkurs_test_wait_until (is_label_containing_cb, table));
  before = get_cell_labels (table);
  g_assert_cmpuint (before->len, >, 0);

  /* Сарапшы100 to 199 and 1000 to 1199: 300 rows, the first of them
   * not the first before. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "сарапшы1");
  konkurs_test_wait_for_count (model, 300);
  g_assert_true (konkurs_test_wait_until (list_is_idle, model));
  konkurs_test_drain_main_loop ();

  for (guint i = 0; i < before->len; i++)
    kept += gtk_widget_is_ancestor (before->pdata[i], table);
  g_assert_cmpuint (kept, ==, before->len);
  after = get_cell_labels (table);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    {
      const char *text = text_of (after->pdata[i]);

      if (!g_str_has_prefix (text, "Сарапшы"))
        continue;
      people++;
      g_assert_true (g_str_has_prefix (text, "Сарапшы1"));
    }
  g_assert_cmpuint (people, >=, 100);

  konkurs_test_destroy_and_wait (window);
}

/* Escape in a half-typed candidate dialog asks first. */
static void
test_dialog_asks_before_discarding (Fixture       *fixture,
                                    gconstpointer  data)
{
  KonkursCandidatesView *view;
  KonkursWindow *window = open_window (fixture->store, &view);
  KonkursCandidateDialog *dialog;
  gpointer alive;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "candidates.register", NULL));
  dialog = find_toplevel (KONKURS_TYPE_CANDIDATE_DIALOG);
  g_assert_nonnull (dialog);
  alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (GTK_WIDGET (dialog), "Surname")), "Серікова");
  gtk_window_close (GTK_WINDOW (dialog));
  konkurs_test_drain_main_loop ();
  g_assert_nonnull (alive);
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  adw_message_dialog_response (find_toplevel (ADW_TYPE_MESSAGE_DIALOG), "discard");
  gtk_window_destroy (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
  g_assert_cmpuint (g_list_model_get_n_items (konkurs_candidates_view_get_model (view)), ==, 3);

  konkurs_test_destroy_and_wait (window);
}

/* A rule set of the test's own, older than the seeded one (so not the one
 * in force today): the store has no call that adds rule sets, since they
 * come with the program. */
static gint64
add_rule_set (KonkursStore *store,
              int           validity_months)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO rule_set (id, code, name_kk, valid_from) "
                                          "VALUES (77, 'test-long', 'Long validity', '1990-01-01');"
                                          "INSERT INTO rule_value VALUES (77, 'document-review-days', 3);"
                                          "INSERT INTO rule_value VALUES (77, 'certificate-validity-months', %d);",
                                          validity_months);
  char *message = NULL;

  if (sqlite3_exec (konkurs_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  return 77;
}

/* "@prefix 31 December 2027": the last day a certificate passed on @passed is
 * valid, as the details say it. */
static char *
validity_text (const char  *prefix,
               const GDate *passed,
               int          months)
{
  g_autoptr(GDate) last = g_date_copy (passed);
  g_autofree char *date = NULL;

  g_date_add_months (last, months);
  date = konkurs_ui_format_date (last);
  return g_strconcat (prefix, date, NULL);
}

/* The candidate dialog says of each certificate what the details say:
 * the certificate row's caption holds @text. */
static void
assert_dialog_says (KonkursCandidatesView *view,
                    const char            *text)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "candidates.edit", NULL));
  dialog = find_toplevel (KONKURS_TYPE_CANDIDATE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_label_containing, text));
  gtk_window_destroy (GTK_WINDOW (dialog));
  konkurs_test_drain_main_loop ();
  g_assert_null (find_toplevel (KONKURS_TYPE_CANDIDATE_DIALOG));
}

/* The details and the candidate dialog judge a certificate by the rule
 * set of the competition the person applied to, not by the usual twelve
 * months. */
static void
test_certificates_by_rule_set (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();
  g_autoptr(KonkursCandidate) candidate = konkurs_store_get_candidate (fixture->store, fixture->aliya_id, NULL);
  g_autoptr(KonkursCandidateCertificate) certificate = NULL;
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GDate) announced = g_date_new_dmy (9, G_DATE_MARCH, 2026);
  g_autofree char *expired = NULL;
  g_autofree char *expired_in_dialog = NULL;
  g_autofree char *valid = NULL;
  g_autoptr(GDate) passed = NULL;
  KonkursCandidatesView *view;
  KonkursWindow *window;
  GDate today;
  gint64 vacancy_id;

  /* Passed a year and a half ago: expired after 12 months, valid for 24. */
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  passed = g_date_copy (&today);
  g_date_subtract_months (passed, 18);
  certificate = konkurs_candidate_certificate_new (KONKURS_CERTIFICATE_LEGISLATION, passed, "42", NULL);
  konkurs_candidate_add_certificate (candidate, certificate);
  konkurs_test_save_candidate (fixture->store, candidate);

  konkurs_competition_set_procedure (competition, KONKURS_PROCEDURE_CIVIL_SERVICE);
  konkurs_competition_set_state_body (competition, "Қаржы министрлігі", NULL);
  konkurs_competition_set_announcement_date (competition, announced);
  konkurs_competition_set_rule_set_id (competition, add_rule_set (fixture->store, 24));
  konkurs_test_save_competition (fixture->store, competition);
  vacancy_id = konkurs_test_add_vacancy (fixture->store, konkurs_competition_get_id (competition),
                                         "Бас маман", "", 1, 0);

  window = open_window (fixture->store, &view);
  expired = validity_text ("Expired after ", passed, 12);
  expired_in_dialog = validity_text ("Expired: it was valid until ", passed, 12);
  valid = validity_text ("Valid until ", passed, 24);

  /* No application yet: the rule set in force today (12 months). */
  g_assert_true (konkurs_candidates_view_select_candidate (view, fixture->aliya_id));
  konkurs_test_drain_main_loop ();
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, expired));
  g_assert_null (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, valid));
  assert_dialog_says (view, expired_in_dialog);

  /* Applied to the competition whose rules give 24 months. */
  candidacy = konkurs_test_apply (fixture->store, fixture->aliya_id, konkurs_competition_get_id (competition),
                                  vacancy_id, NULL, announced);
  konkurs_test_drain_main_loop ();
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, valid));
  g_assert_null (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, expired));
  assert_dialog_says (view, valid);

  konkurs_test_destroy_and_wait (window);
}

static gboolean
is_label_reading (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

/* A refusal shows the reasons it was decided on, read from the decision,
 * even once the papers have changed and the engine finds otherwise. */
static void
test_decision_as_decided (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(KonkursCandidate) aliya = NULL;
  g_autoptr(KonkursDecision) decision = NULL;
  g_autoptr(GPtrArray) now = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *decided = NULL;
  KonkursCandidatesView *view;
  KonkursWindow *window;
  gint64 march;

  march = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  candidacy = konkurs_test_apply_in_march (fixture->store, fixture->aliya_id, march,
                                           konkurs_test_add_march_vacancy (fixture->store, march, "Бас маман"), NULL);
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (candidacy), FALSE,
                                                 NULL, &error));
  g_assert_no_error (error);
  decision = konkurs_store_get_decision (fixture->store, konkurs_candidacy_get_id (candidacy), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (decision->failures->len, >, 0);
  decided = konkurs_decision_describe (decision, NULL);
  g_assert_nonnull (strstr (decided, "legislation test"));

  window = open_window (fixture->store, &view);
  g_assert_true (konkurs_candidates_view_select_candidate (view, fixture->aliya_id));
  konkurs_test_drain_main_loop ();
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_reading, "Refused admission"));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing, "Decided by"));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_reading, decided));

  /* Every paper brought afterwards: the engine's verdict changes, the
   * reasons of the refusal do not. */
  aliya = konkurs_store_get_candidate (fixture->store, fixture->aliya_id, &error);
  g_assert_no_error (error);
  konkurs_test_make_qualified (aliya);
  konkurs_test_save_candidate (fixture->store, aliya);
  konkurs_test_drain_main_loop ();
  now = konkurs_store_check_candidacy (fixture->store, konkurs_candidacy_get_id (candidacy), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (now->len, ==, 0);
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_containing,
                                              "finds the candidate eligible"));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (view), is_label_reading, decided));

  konkurs_test_destroy_and_wait (window);
}

static gboolean
is_button_for (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

/* The pane on its own: it reads what it shows from its store, and its
 * buttons name the area's actions. */
static void
test_details_alone (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KonkursCandidate) candidate = konkurs_store_get_candidate (fixture->store, fixture->aliya_id, NULL);
  KonkursCandidateDetails *details = KONKURS_CANDIDATE_DETAILS (konkurs_candidate_details_new ());
  GtkWidget *window = gtk_window_new ();
  gpointer alive = details;

  g_object_add_weak_pointer (G_OBJECT (details), &alive);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (details));
  gtk_window_present (GTK_WINDOW (window));
  konkurs_candidate_details_set_store (details, fixture->store);
  g_assert_true (konkurs_candidate_details_get_store (details) == fixture->store);

  konkurs_candidate_details_show (details, candidate);
  g_assert_true (konkurs_candidate_details_get_candidate (details) == candidate);
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (details), is_label_containing, "ӘЛИЕВА ӘЛИЯ"));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (details), is_label_containing, fixture->aliya_iin));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (details), is_button_for, "candidates.apply"));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (details), is_button_for, "candidates.edit"));
  g_assert_nonnull (konkurs_test_find_widget (GTK_WIDGET (details), is_label_containing, "None yet."));

  /* Nobody: nothing left of the person. */
  konkurs_candidate_details_show (details, NULL);
  g_assert_null (konkurs_candidate_details_get_candidate (details));
  g_assert_null (konkurs_test_find_widget (GTK_WIDGET (details), is_label_containing, fixture->aliya_iin));

  /* Another store: the pane forgets the person of the old one. */
  konkurs_candidate_details_show (details, candidate);
  konkurs_candidate_details_set_store (details, NULL);
  g_assert_null (konkurs_candidate_details_get_candidate (details));

  konkurs_test_destroy_and_wait (window);
  g_assert_null (alive);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/candidates/list-and-search", Fixture, NULL, fixture_set_up, test_list_and_search, fixture_tear_down);
  g_test_add ("/candidates/dialog/iin", Fixture, NULL, fixture_set_up, test_dialog_iin, fixture_tear_down);
  g_test_add ("/candidates/dialog/duplicate", Fixture, NULL, fixture_set_up, test_dialog_duplicate, fixture_tear_down);
  g_test_add ("/candidates/apply-and-decide", Fixture, NULL, fixture_set_up, test_apply_and_decide, fixture_tear_down);

  g_test_add ("/candidates/decision-keeps-place", Fixture, NULL, fixture_set_up, test_decision_keeps_place,
              fixture_tear_down);
  g_test_add ("/candidates/search-cleared-keeps-selection", Fixture, NULL, fixture_set_up,
              test_search_cleared_keeps_selection, fixture_tear_down);
  g_test_add ("/candidates/reload-keeps-row-widgets", Fixture, NULL, fixture_set_up,
              test_reload_keeps_row_widgets, fixture_tear_down);
  g_test_add ("/candidates/dialog/asks-before-discarding", Fixture, NULL, fixture_set_up,
              test_dialog_asks_before_discarding, fixture_tear_down);
  g_test_add ("/candidates/details/certificates-by-rule-set", Fixture, NULL, fixture_set_up,
              test_certificates_by_rule_set, fixture_tear_down);
  g_test_add ("/candidates/details/decision-as-decided", Fixture, NULL, fixture_set_up, test_decision_as_decided,
              fixture_tear_down);
  g_test_add ("/candidates/details/alone", Fixture, NULL, fixture_set_up, test_details_alone, fixture_tear_down);

  return g_test_run ();
}
