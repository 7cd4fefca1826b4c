/* konkurs-candidates-view.c — the registry of candidates (left) and the
 * selected candidate with applications and eligibility verdicts (right)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The table is a GtkColumnView straight over KonkursCandidateList, a lazy
 * model that holds only ids: searching and filtering are store queries,
 * never a GtkFilterListModel or GtkSortListModel, which would read all
 * 100,000 rows.
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   view:     table "Candidates" (columns "Surname", "Name", "Patronymic",
 *             "IIN", "Birth Date", "Status": each header sorts, and its
 *             menu shows or hides them, as does the menu button
 *             "Columns"), search entry "Search by name or IIN",
 *             drop-downs "Competition", "Vacancy", "Status", menu button
 *             "Print" (beside "Competition": the documents of the
 *             competition chosen)
 *   buttons:  "Register Candidate" (action bar, Ctrl+N; on the empty state
 *             "No Candidates Yet" beside "Import…"); in the details: "Edit
 *             Candidate" (shown as "Edit"), "History", "Apply…", and per
 *             application "Withdraw the Application" (shown as
 *             "Withdraw…"), "Admit" and "Refuse"; in a narrow window
 *             "Candidates" (back to the list)
 *   details:  labels "Candidate" (the full name), "Verdict" (the automatic
 *             check, then one label per reason), "Personal code" (of each
 *             application, selectable)
 *   candidate dialog: title "Register Candidate" / "Edit Candidate";
 *             buttons "Cancel", "Register" / "Save", "Open Existing" (after
 *             a duplicate IIN), "Add Education", "Add Work Period", "Add
 *             Certificate", "Remove “Education 1”"…; text fields "IIN",
 *             "Birth date in the documents (optional)", "Surname", "Name",
 *             "Patronymic", "Phone", "Email", "Address", and in rows
 *             "Field of study", "Year", "Institution", "Employer",
 *             "Position", "Start date", "End date, empty while working
 *             there", "Date the test was passed", "Result"; drop-down
 *             "Citizenship"; labels "Birth date and sex", "IIN check"
 *   apply dialog: title "New Application"; buttons "Cancel", "Apply" (then
 *             "Close", "Copy the Personal Code", "Print Receipt…", "Save
 *             Receipt as PDF…"); lists "Competition" and "Vacancy" (or
 *             "Sector") whose rows are named after each choice; text field
 *             "Received on"; after applying, label "Personal code"
 *   decision dialog: title "Admit Candidate" / "Refuse Candidate"; buttons
 *             "Cancel", "Admit" / "Refuse Admission"; text "Reason"
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-apply-dialog.h"
#include "konkurs-candidate-columns.h"
#include "konkurs-candidate-details.h"
#include "konkurs-candidate-dialog.h"
#include "konkurs-candidate-list.h"
#include "konkurs-candidates-view.h"
#include "konkurs-catalog.h"
#include "konkurs-columns.h"
#include "konkurs-decision-dialog.h"
#include "konkurs-delete-dialog.h"
#include "konkurs-documents-button.h"
#include "konkurs-history-dialog.h"
#include "konkurs-filter-choice.h"
#include "konkurs-list-page.h"
#include "konkurs-master-detail.h"
#include "konkurs-print.h"
#include "konkurs-search-controller.h"
#include "konkurs-store-candidates.h"
#include "konkurs-ui-helpers.h"

struct _KonkursCandidatesView
{
  KonkursArea            parent_instance;

  KonkursCandidateList  *list;
  GtkSingleSelection    *selection;
  gint64                 selected_id;
  gint64                 total;
  gboolean               reloading;
  gint64                 pending_id;     /* to select once the list has answered */
  gboolean               filling_filters;

  KonkursMasterDetail   *master_detail;
  GtkSearchEntry        *search_entry;
  KonkursSearchController *search;
  GtkDropDown           *competition_dropdown;
  GtkDropDown           *vacancy_dropdown;
  GtkDropDown           *eligibility_dropdown;
  KonkursListPage       *candidates_page;
  GtkColumnView         *candidates_list;
  GtkLabel              *count_label;
  GtkSpinner            *loading_spinner;
  GtkMenuButton         *columns_button;
  KonkursCandidateDetails *details;
};

G_DEFINE_FINAL_TYPE (KonkursCandidatesView, konkurs_candidates_view, KONKURS_TYPE_AREA)

static const KonkursEligibilityState eligibility_states[] = {
  KONKURS_ELIGIBILITY_STATE_ANY, KONKURS_ELIGIBILITY_STATE_PENDING,
  KONKURS_ELIGIBILITY_STATE_ELIGIBLE, KONKURS_ELIGIBILITY_STATE_INELIGIBLE,
};

static void update_details (KonkursCandidatesView *self);
static void scroll_to (KonkursCandidatesView *self, guint position);

static KonkursStore *
get_store (KonkursCandidatesView *self)
{
  return konkurs_area_get_store (KONKURS_AREA (self));
}

/* The person the details show, with education, jobs and certificates. */
static KonkursCandidate *
get_candidate (KonkursCandidatesView *self)
{
  return self->details != NULL ? konkurs_candidate_details_get_candidate (self->details) : NULL;
}

/* The competition chosen in the filter; NULL for all. */
static KonkursCompetition *
get_filter_competition (KonkursCandidatesView *self)
{
  /* Widgets may ask while the template is being disposed. */
  if (self->competition_dropdown == NULL)
    return NULL;
  return konkurs_filter_choice_get_selected (self->competition_dropdown);
}

static gint64
get_filter_competition_id (KonkursCandidatesView *self)
{
  KonkursCompetition *competition = get_filter_competition (self);

  return competition != NULL ? konkurs_competition_get_id (competition) : 0;
}

static void
update_actions (KonkursCandidatesView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean writable = konkurs_area_is_writable (KONKURS_AREA (self));
  gboolean has_candidate = get_store (self) != NULL && get_candidate (self) != NULL;

  gtk_widget_action_set_enabled (widget, "candidates.register", writable);
  gtk_widget_action_set_enabled (widget, "candidates.edit", writable && has_candidate);
  gtk_widget_action_set_enabled (widget, "candidates.apply", writable && has_candidate);
  gtk_widget_action_set_enabled (widget, "candidates.admit", writable && has_candidate);
  gtk_widget_action_set_enabled (widget, "candidates.refuse", writable && has_candidate);
  gtk_widget_action_set_enabled (widget, "candidates.withdraw", writable && has_candidate);
  gtk_widget_action_set_enabled (widget, "candidates.history", has_candidate);
  konkurs_area_documents_changed (KONKURS_AREA (self));
}

/* Table */

/* Filters */

static void
fill_vacancy_filter (KonkursCandidatesView *self)
{
  KonkursCompetition *competition = get_filter_competition (self);
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(GError) error = NULL;

  /* A Youth Reserve selection has sectors, not vacancies. */
  if (competition != NULL &&
      konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_CIVIL_SERVICE)
    {
      vacancies = konkurs_store_list_vacancies (get_store (self), konkurs_competition_get_id (competition), &error);
      if (vacancies == NULL)
        g_warning ("Could not list the vacancies: %s", error->message);
    }

  self->filling_filters = TRUE;
  konkurs_filter_choice_fill (self->vacancy_dropdown, _("All vacancies"), vacancies,
                              konkurs_filter_choice_describe_vacancy, 0);
  self->filling_filters = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->vacancy_dropdown),
                            konkurs_filter_choice_get_n_records (self->vacancy_dropdown) > 0);
}

static void
fill_competition_filter (KonkursCandidatesView *self)
{
  g_autoptr(GPtrArray) competitions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 keep = get_filter_competition_id (self);

  if (get_store (self) != NULL)
    competitions = konkurs_store_list_competitions (get_store (self), &error);
  if (competitions == NULL && error != NULL)
    g_warning ("Could not list the competitions: %s", error->message);

  self->filling_filters = TRUE;
  konkurs_filter_choice_fill (self->competition_dropdown, _("All competitions"), competitions,
                              konkurs_filter_choice_describe_competition,
                              keep);
  self->filling_filters = FALSE;
  fill_vacancy_filter (self);
}

static void
on_competition_filter_changed (KonkursCandidatesView *self)
{
  if (self->filling_filters || self->list == NULL)
    return;
  fill_vacancy_filter (self);
  konkurs_candidate_list_set_vacancy_id (self->list, 0);
  konkurs_candidate_list_set_competition_id (self->list, get_filter_competition_id (self));
  update_actions (self);
}

static void
on_vacancy_filter_changed (KonkursCandidatesView *self)
{
  /* The template notifies before the children are bound. */
  if (self->filling_filters || self->list == NULL)
    return;
  konkurs_candidate_list_set_vacancy_id (self->list, konkurs_filter_choice_get_selected_id (self->vacancy_dropdown));
}

static void
on_eligibility_filter_changed (KonkursCandidatesView *self)
{
  guint selected;

  if (self->list == NULL)
    return;
  selected = gtk_drop_down_get_selected (self->eligibility_dropdown);
  if (selected >= G_N_ELEMENTS (eligibility_states))
    return;
  konkurs_candidate_list_set_eligibility (self->list, eligibility_states[selected]);
}

/* A header was clicked: the store sorts, in a worker. */
static void
on_sort_changed (KonkursCandidatesView *self)
{
  gboolean descending = FALSE;

  if (self->list == NULL)
    return;
  konkurs_candidate_list_set_sort (self->list, konkurs_candidate_columns_get_sort (self->candidates_list, &descending),
                                   descending);
}

/* The list queries the store in a worker as the person types. */
static void
on_search_changed (KonkursCandidatesView *self)
{
  if (self->list == NULL)
    return;
  konkurs_candidate_list_set_query (self->list, konkurs_search_controller_get_text (self->search));
}

static gboolean
filters_are_set (KonkursCandidatesView *self)
{
  const char *query = konkurs_candidate_list_get_query (self->list);

  return (query != NULL && query[0] != '\0') ||
         konkurs_candidate_list_get_competition_id (self->list) != 0 ||
         konkurs_candidate_list_get_vacancy_id (self->list) != 0 ||
         konkurs_candidate_list_get_eligibility (self->list) != KONKURS_ELIGIBILITY_STATE_ANY;
}

static void
clear_filters (KonkursCandidatesView *self)
{
  konkurs_search_controller_clear (self->search);
  gtk_drop_down_set_selected (self->eligibility_dropdown, 0);
  gtk_drop_down_set_selected (self->competition_dropdown, 0);
  /* Whatever the entry showed, the list starts unfiltered. */
  konkurs_candidate_list_set_query (self->list, "");
}

/* Reloads of the list */

static void
update_pages (KonkursCandidatesView *self)
{
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  g_autofree char *count = NULL;

  /* Unfiltered, the list counts everyone; otherwise ask the store only
   * while it seemed empty. */
  if (self->list != NULL && !filters_are_set (self))
    self->total = n;
  else if (get_store (self) != NULL && self->total == 0)
    self->total = MAX (konkurs_store_count_candidates (get_store (self), NULL), 0);

  konkurs_master_detail_set_empty (self->master_detail, self->total == 0);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u candidate", "%'u candidates", n), n);
  gtk_label_set_text (self->count_label, count);
}

static void
on_list_changing (KonkursCandidatesView *self)
{
  self->reloading = TRUE;
}

static void
on_list_changed (GListModel            *list,
                 guint                  changed,
                 guint                  removed,
                 guint                  added,
                 KonkursCandidatesView *self)
{
  guint position = GTK_INVALID_LIST_POSITION;
  gint64 shown = get_candidate (self) != NULL ? konkurs_candidate_get_id (get_candidate (self)) : 0;
  gboolean moved;

  /* The new rows came in front of the old ones, which go next: in sight
   * now, the new rows take over the old rows' widgets instead of GTK
   * building new ones (see the list's apply_ids()).  In sight is where
   * the selected person is, or else the first of them. */
  if (konkurs_candidate_list_is_replacing (self->list))
    {
      position = self->selected_id != 0
                 ? konkurs_candidate_list_find_position (self->list, self->selected_id) : G_MAXUINT;
      scroll_to (self, position < changed + added ? position : changed);
      return;
    }
  if (self->selected_id != 0)
    position = konkurs_candidate_list_find_position (self->list, self->selected_id);
  if (position == G_MAXUINT)
    position = GTK_INVALID_LIST_POSITION;
  /* A search that finds one person (an IIN typed in full) shows that
   * person at once. */
  if (position == GTK_INVALID_LIST_POSITION && g_list_model_get_n_items (G_LIST_MODEL (self->list)) == 1)
    {
      position = 0;
      self->selected_id = konkurs_candidate_list_get_id (self->list, 0);
    }

  moved = gtk_single_selection_get_selected (self->selection) != position;
  gtk_single_selection_set_selected (self->selection, position);
  self->reloading = FALSE;
  if (position == GTK_INVALID_LIST_POSITION)
    self->selected_id = 0;
  /* A search cleared brings everyone back around the person chosen, not
   * at the top, where a large reload leaves the view. */
  else if (moved)
    scroll_to (self, position);
  update_pages (self);
  /* Typing in the search reloads the list at every key: read the person
   * again only when someone else is selected (the store's changes are
   * shown by on_store_rows_changed()). */
  if (shown != self->selected_id)
    update_details (self);
}

/* The query runs in a worker; the old rows stay meanwhile, and the
 * spinner says a new answer is coming. */
static void
on_list_loading (KonkursCandidatesView *self)
{
  gboolean loading = konkurs_candidate_list_is_loading (self->list);

  gtk_widget_set_visible (GTK_WIDGET (self->loading_spinner), loading);
  gtk_spinner_set_spinning (self->loading_spinner, loading);
  if (!loading && self->pending_id != 0)
    {
      gint64 id = self->pending_id;

      self->pending_id = 0;
      konkurs_candidates_view_select_candidate (self, id);
    }
}

/* A search of punctuation alone finds nobody: say why, rather than
 * "no results" as if nobody had that name. */
static void
on_nothing_to_search (KonkursCandidatesView *self)
{
  g_autofree char *description = NULL;

  if (!konkurs_candidate_list_get_nothing_to_search (self->list))
    {
      g_object_set (self->candidates_page,
                    "no-results-title", _("No Results Found"),
                    "no-results-description", _("No candidate matches the search and the filters."),
                    NULL);
      return;
    }
  description = g_strdup_printf (_("Nothing to search for in “%s”: type a part of a name or of an IIN."),
                                 konkurs_candidate_list_get_query (self->list));
  g_object_set (self->candidates_page,
                "no-results-title", _("Nothing to Search For"),
                "no-results-description", description,
                NULL);
}

static void
on_store_rows_changed (KonkursCandidatesView *self)
{
  /* The list answers later, and not at all when its rows stay the same
   * (a decision): show the person as the store has them now. */
  if (get_candidate (self) != NULL)
    update_details (self);
}

static void
on_selection_changed (KonkursCandidatesView *self)
{
  guint position;

  /* While the list reloads, the selection empties for a moment; the
   * reload puts it back. */
  if (self->reloading)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  self->selected_id = position != GTK_INVALID_LIST_POSITION
                      ? konkurs_candidate_list_get_id (self->list, position) : 0;
  update_details (self);
}

static void
on_competitions_changed (KonkursCandidatesView *self)
{
  fill_competition_filter (self);
  update_actions (self);
}

/* Details */

static void
update_details (KonkursCandidatesView *self)
{
  g_autoptr(KonkursCandidate) candidate = NULL;
  g_autoptr(GError) error = NULL;

  if (get_store (self) != NULL && self->selected_id != 0)
    {
      candidate = konkurs_store_get_candidate (get_store (self), self->selected_id, &error);
      /* Deleted: the list drops the row when its query answers. */
      if (g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
        g_debug ("Candidate %" G_GINT64_FORMAT " is gone", self->selected_id);
      else if (candidate == NULL)
        g_warning ("Could not read candidate %" G_GINT64_FORMAT ": %s", self->selected_id, error->message);
    }

  konkurs_candidate_details_show (self->details, candidate);
  konkurs_master_detail_set_show_details (self->master_detail, candidate != NULL);
  update_actions (self);
}

/* Actions: register, edit, apply, decide */

static void
on_candidate_saved (KonkursCandidatesView *self,
                    KonkursCandidate      *candidate,
                    KonkursCandidateDialog *dialog)
{
  g_autofree char *name = konkurs_candidate_dup_full_name (candidate);
  g_autofree char *title = NULL;

  konkurs_candidates_view_select_candidate (self, konkurs_candidate_get_id (candidate));
  /* Toast titles are markup in libadwaita 1.2. */
  title = g_markup_printf_escaped (_("Saved “%s”"), name);
  konkurs_area_add_toast (KONKURS_AREA (self), adw_toast_new (title));
}

static void
on_open_existing (KonkursCandidatesView *self,
                  gint64                 id)
{
  konkurs_candidates_view_select_candidate (self, id);
}

static void
open_candidate_dialog (KonkursCandidatesView *self,
                       KonkursCandidate      *candidate)
{
  GtkWindow *parent = konkurs_ui_get_parent_window (GTK_WIDGET (self));
  KonkursCandidateDialog *dialog = konkurs_candidate_dialog_new (parent, get_store (self), candidate);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_candidate_saved), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "open-existing", G_CALLBACK (on_open_existing), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
register_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KonkursCandidatesView *self = KONKURS_CANDIDATES_VIEW (widget);

  if (get_store (self) != NULL)
    open_candidate_dialog (self, NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KonkursCandidatesView *self = KONKURS_CANDIDATES_VIEW (widget);

  if (get_candidate (self) != NULL)
    open_candidate_dialog (self, get_candidate (self));
}

static void
on_applied (KonkursCandidatesView *self,
            KonkursCandidacy      *candidacy)
{
  g_autofree char *title = g_markup_printf_escaped (_("Application recorded with the personal code %s"),
                                                    konkurs_candidacy_get_personal_code (candidacy));

  konkurs_area_add_toast (KONKURS_AREA (self), adw_toast_new (title));
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KonkursCandidatesView *self = KONKURS_CANDIDATES_VIEW (widget);
  KonkursApplyDialog *dialog;

  if (get_candidate (self) == NULL)
    return;

  dialog = konkurs_apply_dialog_new (konkurs_ui_get_parent_window (GTK_WIDGET (self)), get_store (self),
                                     get_candidate (self), get_filter_competition_id (self));
  g_signal_connect_object (dialog, "applied", G_CALLBACK (on_applied), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_decision_dialog (KonkursCandidatesView *self,
                      GVariant              *parameter,
                      gboolean               admitted)
{
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  KonkursDecisionDialog *dialog;

  if (get_candidate (self) == NULL)
    return;

  candidacy = konkurs_store_get_candidacy (get_store (self), g_variant_get_int64 (parameter), &error);
  if (candidacy == NULL)
    {
      konkurs_print_show_error (GTK_WIDGET (self), _("Could Not Read the Application"), error);
      return;
    }

  name = konkurs_candidate_dup_full_name (get_candidate (self));
  dialog = konkurs_decision_dialog_new (konkurs_ui_get_parent_window (GTK_WIDGET (self)), get_store (self), candidacy,
                                        admitted, name);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
admit_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  open_decision_dialog (KONKURS_CANDIDATES_VIEW (widget), parameter, TRUE);
}

static void
refuse_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_decision_dialog (KONKURS_CANDIDATES_VIEW (widget), parameter, FALSE);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KonkursCandidatesView *self = KONKURS_CANDIDATES_VIEW (widget);
  KonkursCandidate *candidate = get_candidate (self);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  KonkursHistoryDialog *dialog;

  if (candidate == NULL)
    return;

  entries = konkurs_store_list_candidate_history (get_store (self), konkurs_candidate_get_id (candidate), &error);
  if (entries == NULL)
    g_warning ("Could not read the history of candidate %" G_GINT64_FORMAT ": %s",
               konkurs_candidate_get_id (candidate), error->message);
  name = konkurs_candidate_dup_full_name (candidate);
  dialog = konkurs_history_dialog_new (konkurs_ui_get_parent_window (widget), name, entries, error);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What a confirmation keeps until it is answered. */
typedef struct {
  GWeakRef view;
  gint64   candidacy_id;
} Withdrawal;

static void
withdrawal_free (gpointer data)
{
  Withdrawal *withdrawal = data;

  g_weak_ref_clear (&withdrawal->view);
  g_free (withdrawal);
}

static void
withdraw (gpointer data)
{
  Withdrawal *withdrawal = data;
  g_autoptr(KonkursCandidatesView) self = g_weak_ref_get (&withdrawal->view);
  g_autoptr(GError) error = NULL;

  if (self == NULL || get_store (self) == NULL)
    return;
  if (!konkurs_store_delete_candidacy (get_store (self), withdrawal->candidacy_id, &error))
    {
      konkurs_print_show_error (GTK_WIDGET (self), _("Could Not Withdraw the Application"), error);
      return;
    }
  konkurs_area_add_toast (KONKURS_AREA (self), adw_toast_new (_("Application withdrawn")));
}

/* The candidate took the documents back: the application goes (its
 * history stays in the log), once confirmed. */
static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KonkursCandidatesView *self = KONKURS_CANDIDATES_VIEW (widget);
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  Withdrawal *withdrawal;

  if (get_candidate (self) == NULL)
    return;
  candidacy = konkurs_store_get_candidacy (get_store (self), g_variant_get_int64 (parameter), &error);
  if (candidacy == NULL)
    {
      konkurs_print_show_error (widget, _("Could Not Read the Application"), error);
      return;
    }

  name = konkurs_candidate_dup_full_name (get_candidate (self));
  /* Translators: a personal code, then the candidate's name */
  body = g_strdup_printf (_("The application %s of %s will be deleted. The history keeps a record of it."),
                          konkurs_candidacy_get_personal_code (candidacy), name);
  withdrawal = g_new0 (Withdrawal, 1);
  g_weak_ref_init (&withdrawal->view, self);
  withdrawal->candidacy_id = konkurs_candidacy_get_id (candidacy);
  konkurs_delete_dialog_confirm (widget, _("Withdraw the Application?"), body, _("_Withdraw"),
                                 withdraw, withdrawal, withdrawal_free);
}

/* Printing: the protocols of the competition chosen in the filter */

static gint64
konkurs_candidates_view_get_document_record (KonkursArea          *area,
                                             KonkursDocumentScope  scope)
{
  return scope == KONKURS_DOCUMENT_SCOPE_COMPETITION ? get_filter_competition_id (KONKURS_CANDIDATES_VIEW (area)) : 0;
}

static void
release_store (KonkursCandidatesView *self)
{
  if (self->list != NULL)
    g_signal_handlers_disconnect_by_data (self->list, self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_column_view_set_model (self->candidates_list, NULL);
  konkurs_list_page_set_model (self->candidates_page, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->list);
}

static void
konkurs_candidates_view_dispose (GObject *object)
{
  KonkursCandidatesView *self = KONKURS_CANDIDATES_VIEW (object);

  if (self->candidates_list != NULL)
    release_store (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_CANDIDATES_VIEW);

  G_OBJECT_CLASS (konkurs_candidates_view_parent_class)->dispose (object);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "candidates.register", NULL, register_action);
  gtk_widget_class_install_action (widget_class, "candidates.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "candidates.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "candidates.admit", "x", admit_action);
  gtk_widget_class_install_action (widget_class, "candidates.refuse", "x", refuse_action);
  gtk_widget_class_install_action (widget_class, "candidates.withdraw", "x", withdraw_action);
  gtk_widget_class_install_action (widget_class, "candidates.history", NULL, history_action);

}

/* The window gave the area its context: list the store's candidates. */
static void
konkurs_candidates_view_context_changed (KonkursArea *area)
{
  KonkursCandidatesView *self = KONKURS_CANDIDATES_VIEW (area);
  KonkursStore *store = get_store (self);

  release_store (self);
  konkurs_candidate_details_set_store (self->details, store);
  self->selected_id = 0;
  self->pending_id = 0;
  self->total = 0;
  if (store != NULL)
    {
      /* Before the list's own handlers, which reload it at once. */
      konkurs_area_connect_store (area, "changed::candidates", G_CALLBACK (on_store_rows_changed));
      konkurs_area_connect_store (area, "changed::applications", G_CALLBACK (on_store_rows_changed));
      konkurs_area_connect_store (area, "notify::read-only", G_CALLBACK (update_actions));
      self->list = konkurs_candidate_list_new (store);
      /* Before and after the selection model sees a reload: see
       * on_selection_changed(). */
      g_signal_connect_swapped (self->list, "items-changed", G_CALLBACK (on_list_changing), self);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->list)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_data (self->list, "items-changed", G_CALLBACK (on_list_changed), self, NULL,
                             G_CONNECT_AFTER);
      g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);
      g_signal_connect_swapped (self->list, "notify::loading", G_CALLBACK (on_list_loading), self);
      g_signal_connect_swapped (self->list, "notify::nothing-to-search", G_CALLBACK (on_nothing_to_search), self);
      konkurs_area_connect_store (area, "changed::competitions", G_CALLBACK (on_competitions_changed));
      konkurs_area_connect_store (area, "changed::vacancies", G_CALLBACK (on_competitions_changed));
      gtk_column_view_set_model (self->candidates_list, GTK_SELECTION_MODEL (self->selection));
      konkurs_list_page_set_model (self->candidates_page, G_LIST_MODEL (self->list));
      /* The list starts unfiltered; match what the filters show. */
      clear_filters (self);
      on_sort_changed (self);
    }
  konkurs_columns_bind_settings (self->candidates_list, konkurs_area_get_settings (area), "candidates");

  fill_competition_filter (self);
  update_pages (self);
  update_details (self);
}

static void
konkurs_candidates_view_class_init (KonkursCandidatesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_candidates_view_dispose;
  KONKURS_AREA_CLASS (klass)->context_changed = konkurs_candidates_view_context_changed;
  KONKURS_AREA_CLASS (klass)->get_document_record = konkurs_candidates_view_get_document_record;

  g_type_ensure (KONKURS_TYPE_SEARCH_CONTROLLER);
  g_type_ensure (KONKURS_TYPE_CANDIDATE_DETAILS);
  g_type_ensure (KONKURS_TYPE_MASTER_DETAIL);
  g_type_ensure (KONKURS_TYPE_LIST_PAGE);
  g_type_ensure (KONKURS_TYPE_DOCUMENTS_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/candidates/konkurs-candidates-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, master_detail);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, search);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, competition_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, vacancy_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, eligibility_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, candidates_page);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, candidates_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, count_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, loading_spinner);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, columns_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursCandidatesView, details);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_competition_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_vacancy_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_eligibility_filter_changed);

  install_actions (widget_class);
}

static void
konkurs_candidates_view_init (KonkursCandidatesView *self)
{
  self->filling_filters = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling_filters = FALSE;

  konkurs_candidate_columns_append (self->candidates_list, self);
  konkurs_columns_bind_menu_button (self->candidates_list, self->columns_button);
  konkurs_ui_name_widget (GTK_WIDGET (self->columns_button), _("Columns"));
  g_signal_connect_swapped (gtk_column_view_get_sorter (self->candidates_list), "changed",
                            G_CALLBACK (on_sort_changed), self);

  konkurs_filter_choice_setup (self->competition_dropdown);
  konkurs_filter_choice_setup (self->vacancy_dropdown);

  fill_competition_filter (self);
  update_pages (self);
  update_details (self);
}

GListModel *
konkurs_candidates_view_get_model (KonkursCandidatesView *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATES_VIEW (self), NULL);

  return self->list != NULL ? G_LIST_MODEL (self->list) : NULL;
}

/* GTK 4.8 has no gtk_column_view_scroll_to(); the list view inside the
 * column view has an action for it. */
static void
scroll_to (KonkursCandidatesView *self,
           guint                  position)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->candidates_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

gboolean
konkurs_candidates_view_select_candidate (KonkursCandidatesView *self,
                                          gint64                 id)
{
  guint position;

  g_return_val_if_fail (KONKURS_IS_CANDIDATES_VIEW (self), FALSE);

  if (self->list == NULL || id <= 0)
    return FALSE;

  /* A person just saved is in the answer the list is waiting for. */
  if (konkurs_candidate_list_is_loading (self->list))
    {
      self->pending_id = id;
      return TRUE;
    }
  position = konkurs_candidate_list_find_position (self->list, id);
  if (position == G_MAXUINT && filters_are_set (self))
    {
      /* The search hides the person the secretary asked to see. */
      clear_filters (self);
      if (konkurs_candidate_list_is_loading (self->list))
        {
          self->pending_id = id;
          return TRUE;
        }
      position = konkurs_candidate_list_find_position (self->list, id);
    }
  if (position == G_MAXUINT)
    return FALSE;

  self->selected_id = id;
  if (gtk_single_selection_get_selected (self->selection) != position)
    gtk_single_selection_set_selected (self->selection, position);
  else
    update_details (self);
  scroll_to (self, position);
  return TRUE;
}

gint64
konkurs_candidates_view_get_selected_candidate_id (KonkursCandidatesView *self)
{
  g_return_val_if_fail (KONKURS_IS_CANDIDATES_VIEW (self), 0);

  return self->selected_id;
}

void
konkurs_candidates_view_focus_search (KonkursCandidatesView *self)
{
  g_return_if_fail (KONKURS_IS_CANDIDATES_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
konkurs_candidates_view_show_applications (KonkursCandidatesView *self,
                                           gint64                 competition_id,
                                           gint64                 vacancy_id)
{
  g_return_if_fail (KONKURS_IS_CANDIDATES_VIEW (self));

  if (self->list == NULL)
    return;
  /* Everyone who applied there, whatever the search or the state. */
  konkurs_search_controller_clear (self->search);
  konkurs_candidate_list_set_query (self->list, "");
  gtk_drop_down_set_selected (self->eligibility_dropdown, 0);
  konkurs_filter_choice_select_id (self->competition_dropdown, competition_id);
  if (vacancy_id != 0)
    konkurs_filter_choice_select_id (self->vacancy_dropdown, vacancy_id);
  konkurs_master_detail_present_list (self->master_detail);
}
