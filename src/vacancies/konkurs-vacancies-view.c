/* konkurs-vacancies-view.c — competitions (left) and the vacancies of the
 * selected competition (right)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   view:     list "Competitions", table "Vacancies",
 *             search entry "Search competitions and vacancies" (revealed by
 *             the window's "Search" toggle button or Ctrl+F)
 *   buttons:  "New Competition" (sidebar; also on the empty state "No
 *             Competitions Yet"), "Edit Competition" (shown as "Edit"),
 *             "History", "Stages" (to the Stages area), "Print" (a menu: per document "Print “…”…" and
 *             "Save “…” as PDF…", then "Kazakh", "Russian"), "Delete
 *             Competition…", "Add Vacancy", "Edit Vacancy", "Delete
 *             Vacancy…"; in a narrow window "Competitions" (back to the list)
 *   confirmations (AdwMessageDialog): "Delete Competition?" / "Delete
 *             Vacancy?" with "Cancel" and "Delete Competition" / "Delete
 *             Vacancy", then a toast "Competition deleted" / "Vacancy
 *             deleted"; with applications, "The Competition Has
 *             Applications" / "The Vacancy Has Applications" with "Keep the
 *             Competition" / "Keep the Vacancy" and "Show Applications"
 *   competition dialog: title "New Competition" / "Edit Competition";
 *             buttons "Cancel", "Create" / "Save"; text fields "State body",
 *             "Title"; combo rows "Procedure", "Kind of competition"; row "Rule set"; button
 *             "Announcement date"; label "Document deadline"
 *   vacancy dialog: title "New Vacancy" / "Edit Vacancy"; buttons "Cancel",
 *             "Add" / "Save"; text fields "Position title", "Category",
 *             "Sector", "Further requirements"; combo rows "Corps", "Level",
 *             "Minimum education"; switch "Leadership position"; spin
 *             buttons "Seats", "Minimum experience"
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-catalog.h"
#include "konkurs-columns.h"
#include "konkurs-competition-dialog.h"
#include "konkurs-competition-sidebar.h"
#include "konkurs-document-values.h"
#include "konkurs-delete-dialog.h"
#include "konkurs-documents-button.h"
#include "konkurs-history-dialog.h"
#include "konkurs-list-model.h"
#include "konkurs-list-page.h"
#include "konkurs-master-detail.h"
#include "konkurs-print.h"
#include "konkurs-search-controller.h"
#include "konkurs-store-candidates.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-ui-deadline.h"
#include "konkurs-ui-stages.h"
#include "konkurs-vacancies-view.h"
#include "konkurs-vacancy-columns.h"
#include "konkurs-vacancy-dialog.h"
#include "konkurs-vacancy-search.h"

struct _KonkursVacanciesView
{
  KonkursArea           parent_instance;

  gboolean              search_mode_enabled;
  KonkursVacancySearch *found;
  gboolean              reloading;

  GtkFilter            *competition_filter;
  GListStore           *vacancies;
  GtkFilter            *vacancy_filter;
  GtkFilterListModel   *vacancies_filtered;
  GtkSortListModel     *vacancies_sorted;
  GtkSingleSelection   *vacancies_selection;

  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  KonkursSearchController *search;
  KonkursMasterDetail  *master_detail;
  KonkursCompetitionSidebar *sidebar;
  GtkLabel             *state_body_label;
  GtkLabel             *title_label;
  GtkLabel             *procedure_label;
  GtkLabel             *announcement_label;
  GtkLabel             *deadline_label;
  GtkLabel             *rule_set_label;
  GtkLabel             *stage_label;
  GtkLabel             *missing_label;
  KonkursListPage      *vacancies_page;
  GtkStack             *vacancies_empty_stack;
  GtkColumnView        *vacancies_list;
};

G_DEFINE_FINAL_TYPE (KonkursVacanciesView, konkurs_vacancies_view, KONKURS_TYPE_AREA)

enum {
  PROP_0,
  PROP_SEARCH_MODE_ENABLED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void konkurs_vacancies_view_reload (KonkursVacanciesView *self);
static void konkurs_vacancies_view_update_detail (KonkursVacanciesView *self);

static KonkursStore *
get_store (KonkursVacanciesView *self)
{
  return konkurs_area_get_store (KONKURS_AREA (self));
}

static KonkursCompetition *
get_selected_competition (KonkursVacanciesView *self)
{
  return konkurs_competition_sidebar_get_selected (self->sidebar);
}

static KonkursVacancy *
get_selected_vacancy (KonkursVacanciesView *self)
{
  return gtk_single_selection_get_selected_item (self->vacancies_selection);
}

static gboolean
is_youth_reserve (KonkursCompetition *competition)
{
  return competition != NULL &&
         konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_YOUTH_RESERVE;
}

static void
update_actions (KonkursVacanciesView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean writable = konkurs_area_is_writable (KONKURS_AREA (self));
  gboolean has_competition = get_store (self) != NULL && get_selected_competition (self) != NULL;
  gboolean has_vacancy = has_competition && get_selected_vacancy (self) != NULL;

  gtk_widget_action_set_enabled (widget, "vacancies.new-competition", writable);
  gtk_widget_action_set_enabled (widget, "vacancies.edit-competition", writable && has_competition);
  gtk_widget_action_set_enabled (widget, "vacancies.delete-competition", writable && has_competition);
  gtk_widget_action_set_enabled (widget, "vacancies.history", has_competition);
  gtk_widget_action_set_enabled (widget, "vacancies.show-stages", has_competition);
  konkurs_area_documents_changed (KONKURS_AREA (self));
  /* A Youth Reserve selection has sectors, which candidates choose when
   * they apply, not vacancies. */
  gtk_widget_action_set_enabled (widget, "vacancies.add-vacancy",
                                 writable && has_competition && !is_youth_reserve (get_selected_competition (self)));
  gtk_widget_action_set_enabled (widget, "vacancies.edit-vacancy", writable && has_vacancy);
  gtk_widget_action_set_enabled (widget, "vacancies.delete-vacancy", writable && has_vacancy);
}

/* Searching */

static gboolean
competition_matches (gpointer item,
                     gpointer user_data)
{
  KonkursVacanciesView *self = user_data;

  return konkurs_vacancy_search_shows_competition (self->found, konkurs_competition_get_id (item));
}

static gboolean
vacancy_matches (gpointer item,
                 gpointer user_data)
{
  KonkursVacanciesView *self = user_data;

  return konkurs_vacancy_search_shows_vacancy (self->found, konkurs_vacancy_get_competition_id (item),
                                               konkurs_vacancy_get_id (item));
}

/* The controller's answer, matched in a worker. */
static void
on_search_matched (KonkursVacanciesView *self)
{
  konkurs_vacancy_search_set_matches (self->found, konkurs_search_controller_get_matches (self->search));
  gtk_filter_changed (self->competition_filter, GTK_FILTER_CHANGE_DIFFERENT);
  konkurs_vacancies_view_update_detail (self);
}

/* Loading */

/* The table shows itself, or "No Matching Vacancies" when the search hides
 * every row; with no vacancies at all, it says why. */
static void
update_vacancies_page (KonkursVacanciesView *self)
{
  gtk_stack_set_visible_child_name (self->vacancies_empty_stack,
                                    is_youth_reserve (get_selected_competition (self)) ? "youth-reserve" : "empty");
  konkurs_list_page_set_empty (self->vacancies_page, g_list_model_get_n_items (G_LIST_MODEL (self->vacancies)) == 0);
}

/* Under the details: the texts of the competition and its vacancies
 * that documents in the other language will print as they are. */
static void
show_missing_languages (KonkursVacanciesView *self,
                        GPtrArray            *vacancies)
{
  KonkursCompetition *competition = get_selected_competition (self);
  g_autoptr(GPtrArray) missing = NULL;
  g_autofree char *list = NULL;
  g_autofree char *text = NULL;

  if (competition != NULL)
    missing = konkurs_document_list_missing (competition, vacancies);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), missing != NULL && missing->len > 0);
  if (missing == NULL || missing->len == 0)
    return;
  g_ptr_array_add (missing, NULL);
  list = g_strjoinv ("; ", (char **) missing->pdata);
  /* Translators: %s lists texts, as “Russian title of the competition; Kazakh title of the position “…”” */
  text = g_strdup_printf (_("Given in one language only: %s. Documents in the other language print them as they are."),
                          list);
  gtk_label_set_text (self->missing_label, text);
}

static void
load_vacancies (KonkursVacanciesView *self,
                gint64                competition_id)
{
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(GError) error = NULL;
  gint64 keep = konkurs_vacancies_view_get_selected_vacancy_id (self);

  if (competition_id == 0)
    vacancies = g_ptr_array_new ();
  else
    vacancies = konkurs_store_list_vacancies (get_store (self), competition_id, &error);
  if (vacancies == NULL)
    {
      konkurs_print_show_error (GTK_WIDGET (self), _("Could Not Read the Vacancies"), error);
      vacancies = g_ptr_array_new ();
    }

  g_list_store_splice (self->vacancies, 0, g_list_model_get_n_items (G_LIST_MODEL (self->vacancies)),
                       vacancies->pdata, vacancies->len);
  show_missing_languages (self, vacancies);
  if (keep != 0)
    konkurs_vacancies_view_select_vacancy (self, keep);

  update_vacancies_page (self);
  update_actions (self);
}

/* Where the competition stands, read without making its stages: the
 * Stages button makes them. */
static void
show_stage (KonkursVacanciesView *self)
{
  KonkursCompetition *competition = get_selected_competition (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (competition == NULL)
    return;
  text = konkurs_ui_describe_competition_stage (get_store (self), konkurs_competition_get_id (competition), &error);
  gtk_label_set_text (self->stage_label, text != NULL ? text : "—");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->stage_label), error != NULL ? error->message : NULL);
}

static void
konkurs_vacancies_view_update_detail (KonkursVacanciesView *self)
{
  KonkursCompetition *competition = get_selected_competition (self);
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autofree char *announced = NULL;
  g_autofree char *deadline = NULL;
  const char *title;

  if (self->reloading)
    return;

  if (competition == NULL)
    {
      konkurs_master_detail_set_show_details (self->master_detail, FALSE);
      load_vacancies (self, 0);
      return;
    }

  title = konkurs_ui_competition_name (competition);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->state_body_label, konkurs_competition_get_state_body (competition));
  gtk_widget_set_visible (GTK_WIDGET (self->state_body_label),
                          title != konkurs_competition_get_state_body (competition));
  gtk_label_set_text (self->procedure_label,
                      konkurs_ui_translate_label (konkurs_procedure_get_label (
                        konkurs_competition_get_procedure (competition))));
  announced = konkurs_ui_format_date (konkurs_competition_get_announcement_date (competition));
  gtk_label_set_text (self->announcement_label, announced);
  konkurs_ui_show_deadline (self->deadline_label, konkurs_store_get_calendar (get_store (self)),
                            konkurs_competition_get_announcement_date (competition),
                            konkurs_competition_get_document_deadline (competition));
  rule_set = konkurs_store_get_rule_set (get_store (self), konkurs_competition_get_rule_set_id (competition), NULL);
  gtk_label_set_text (self->rule_set_label, rule_set != NULL ? konkurs_rule_set_get_name (rule_set) : "—");
  show_stage (self);
  konkurs_master_detail_set_show_details (self->master_detail, TRUE);

  gtk_filter_changed (self->vacancy_filter, GTK_FILTER_CHANGE_DIFFERENT);

  load_vacancies (self, konkurs_competition_get_id (competition));
}

/* The texts the search matches, matched at once: "matched" refilters the
 * lists, which must not show the new rows unfiltered. */
static void
index_for_search (KonkursVacanciesView *self,
                  GPtrArray            *competitions,
                  GPtrArray            *vacancies)
{
  g_autoptr(GPtrArray) texts = konkurs_vacancy_search_index (self->found, competitions, vacancies);

  konkurs_search_controller_set_texts (self->search, texts);
}

static void
konkurs_vacancies_view_reload (KonkursVacanciesView *self)
{
  g_autoptr(GPtrArray) competitions = NULL;
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(GError) error = NULL;
  gint64 keep = konkurs_vacancies_view_get_selected_competition_id (self);

  if (get_store (self) != NULL)
    {
      competitions = konkurs_store_list_competitions (get_store (self), &error);
      if (competitions != NULL)
        vacancies = konkurs_store_list_vacancies (get_store (self), 0, &error);
      if (vacancies == NULL)
        {
          konkurs_print_show_error (GTK_WIDGET (self), _("Could Not Read the Competitions"), error);
          g_clear_pointer (&competitions, g_ptr_array_unref);
        }
    }
  if (competitions == NULL)
    {
      competitions = g_ptr_array_new ();
      vacancies = g_ptr_array_new ();
    }

  self->reloading = TRUE;
  index_for_search (self, competitions, vacancies);
  konkurs_competition_sidebar_set_competitions (self->sidebar, competitions);
  if (keep != 0)
    konkurs_competition_sidebar_select (self->sidebar, keep);
  self->reloading = FALSE;

  konkurs_master_detail_set_empty (self->master_detail, competitions->len == 0);
  konkurs_vacancies_view_update_detail (self);
}

static void
on_store_changed (KonkursVacanciesView *self)
{
  konkurs_vacancies_view_reload (self);
}

static void
on_competition_selected (KonkursVacanciesView *self)
{
  konkurs_vacancies_view_update_detail (self);
}

static void
on_vacancy_selected (KonkursVacanciesView *self)
{
  update_actions (self);
}

/* Competitions: new, edit, history, delete */

static void
on_competition_saved (KonkursVacanciesView *self,
                      KonkursCompetition   *competition)
{
  konkurs_vacancies_view_select_competition (self, konkurs_competition_get_id (competition));
  /* In a narrow window, what was just created rather than the list. */
  konkurs_master_detail_present_details (self->master_detail);
}

static void
open_competition_dialog (KonkursVacanciesView *self,
                         KonkursCompetition   *competition)
{
  KonkursCompetitionDialog *dialog;

  dialog = konkurs_competition_dialog_new (konkurs_ui_get_parent_window (GTK_WIDGET (self)), get_store (self),
                                           competition);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_competition_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_competition_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  open_competition_dialog (KONKURS_VACANCIES_VIEW (widget), NULL);
}

static void
edit_competition_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  KonkursVacanciesView *self = KONKURS_VACANCIES_VIEW (widget);
  KonkursCompetition *competition = get_selected_competition (self);

  if (competition != NULL)
    open_competition_dialog (self, competition);
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KonkursVacanciesView *self = KONKURS_VACANCIES_VIEW (widget);
  KonkursCompetition *competition = get_selected_competition (self);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  KonkursHistoryDialog *dialog;

  if (competition == NULL)
    return;

  entries = konkurs_store_list_competition_history (get_store (self), konkurs_competition_get_id (competition),
                                                    &error);
  if (entries == NULL)
    g_warning ("Could not read the history of competition %" G_GINT64_FORMAT ": %s",
               konkurs_competition_get_id (competition), error->message);
  dialog = konkurs_history_dialog_new (konkurs_ui_get_parent_window (widget),
                                       konkurs_ui_competition_name (competition), entries, error);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* How many applications the competition (vacancy 0) or the vacancy has;
 * -1 after saying why it could not tell. */
static gint64
count_applications (KonkursVacanciesView *self,
                    gint64                competition_id,
                    gint64                vacancy_id)
{
  g_autoptr(GError) error = NULL;
  gint64 count = konkurs_store_count_candidacies (get_store (self), competition_id, vacancy_id, &error);

  if (count < 0)
    konkurs_print_show_error (GTK_WIDGET (self), _("Could Not Read the Applications"), error);
  return count;
}

/* What a confirmation keeps until it is answered: the record, and the
 * view, which may be gone by then. */
typedef struct {
  GWeakRef  view;
  GObject  *record;
} Pending;

static Pending *
pending_new (KonkursVacanciesView *self,
             gpointer              record)
{
  Pending *pending = g_new0 (Pending, 1);

  g_weak_ref_init (&pending->view, self);
  pending->record = g_object_ref (record);
  return pending;
}

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_weak_ref_clear (&pending->view);
  g_object_unref (pending->record);
  g_free (pending);
}

static void
delete_competition (gpointer data)
{
  Pending *pending = data;
  g_autoptr(KonkursVacanciesView) self = g_weak_ref_get (&pending->view);
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  if (!konkurs_store_delete_competition (get_store (self), konkurs_competition_get_id (KONKURS_COMPETITION (pending->record)),
                                         &error))
    {
      konkurs_print_show_error (GTK_WIDGET (self), _("Could Not Delete the Competition"), error);
      return;
    }
  konkurs_area_add_toast (KONKURS_AREA (self), adw_toast_new (_("Competition deleted")));
}

/* A competition with applications cannot go: say so before asking. */
static void
delete_competition_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  KonkursVacanciesView *self = KONKURS_VACANCIES_VIEW (widget);
  KonkursCompetition *competition = get_selected_competition (self);
  guint n_vacancies = g_list_model_get_n_items (G_LIST_MODEL (self->vacancies));
  g_autofree char *body = NULL;
  gint64 id, count;

  if (competition == NULL)
    return;
  id = konkurs_competition_get_id (competition);
  count = count_applications (self, id, 0);
  if (count < 0)
    return;

  if (count > 0)
    {
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "“%s” has %'d application. A competition with applications "
                                           "cannot be deleted: withdraw them first, or keep the competition.",
                                           "“%s” has %'d applications. A competition with applications "
                                           "cannot be deleted: withdraw them first, or keep the competition.",
                                           count),
                              konkurs_ui_competition_name (competition), (int) count);
      konkurs_delete_dialog_explain (widget, _("The Competition Has Applications"), body,
                                     _("_Keep the Competition"), "win.show-applications",
                                     g_variant_new ("(xx)", id, (gint64) 0));
      return;
    }

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "“%s” and its %u vacancy will be deleted. This cannot be undone.",
                                       "“%s” and its %u vacancies will be deleted. This cannot be undone.",
                                       n_vacancies),
                          konkurs_ui_competition_name (competition), n_vacancies);
  konkurs_delete_dialog_confirm (widget, _("Delete Competition?"), body, _("_Delete Competition"),
                                 delete_competition, pending_new (self, competition), pending_free);
}

/* Vacancies: add, edit, delete */

static void
on_vacancy_saved (KonkursVacanciesView *self,
                  KonkursVacancy       *vacancy)
{
  konkurs_vacancies_view_select_competition (self, konkurs_vacancy_get_competition_id (vacancy));
  konkurs_vacancies_view_select_vacancy (self, konkurs_vacancy_get_id (vacancy));
}

static void
open_vacancy_dialog (KonkursVacanciesView *self,
                     KonkursVacancy       *vacancy)
{
  KonkursCompetition *competition = get_selected_competition (self);
  KonkursVacancyDialog *dialog;

  if (competition == NULL)
    return;

  dialog = konkurs_vacancy_dialog_new (konkurs_ui_get_parent_window (GTK_WIDGET (self)), get_store (self),
                                       konkurs_competition_get_id (competition), vacancy);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_vacancy_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_vacancy_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_vacancy_dialog (KONKURS_VACANCIES_VIEW (widget), NULL);
}

static void
edit_vacancy_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  KonkursVacanciesView *self = KONKURS_VACANCIES_VIEW (widget);
  KonkursVacancy *vacancy = get_selected_vacancy (self);

  if (vacancy != NULL)
    open_vacancy_dialog (self, vacancy);
}

static void
on_vacancy_activated (KonkursVacanciesView *self,
                      guint                 position)
{
  gtk_single_selection_set_selected (self->vacancies_selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "vacancies.edit-vacancy", NULL);
}

static void
delete_vacancy (gpointer data)
{
  Pending *pending = data;
  g_autoptr(KonkursVacanciesView) self = g_weak_ref_get (&pending->view);
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;
  if (!konkurs_store_delete_vacancy (get_store (self), konkurs_vacancy_get_id (KONKURS_VACANCY (pending->record)), &error))
    {
      konkurs_print_show_error (GTK_WIDGET (self), _("Could Not Delete the Vacancy"), error);
      return;
    }
  konkurs_area_add_toast (KONKURS_AREA (self), adw_toast_new (_("Vacancy deleted")));
}

static void
delete_vacancy_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  KonkursVacanciesView *self = KONKURS_VACANCIES_VIEW (widget);
  KonkursVacancy *vacancy = get_selected_vacancy (self);
  g_autofree char *body = NULL;
  gint64 count;

  if (vacancy == NULL)
    return;
  count = count_applications (self, konkurs_vacancy_get_competition_id (vacancy), konkurs_vacancy_get_id (vacancy));
  if (count < 0)
    return;

  if (count > 0)
    {
      body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "“%s” has %'d application. Withdraw it first, or keep the vacancy.",
                                           "“%s” has %'d applications. Withdraw them first, or keep the vacancy.",
                                           count),
                              konkurs_vacancy_get_position_title (vacancy), (int) count);
      konkurs_delete_dialog_explain (widget, _("The Vacancy Has Applications"), body, _("_Keep the Vacancy"),
                                     "win.show-applications",
                                     g_variant_new ("(xx)", konkurs_vacancy_get_competition_id (vacancy),
                                                    konkurs_vacancy_get_id (vacancy)));
      return;
    }

  body = g_strdup_printf (_("“%s” will be deleted from the competition. This cannot be undone."),
                          konkurs_vacancy_get_position_title (vacancy));
  konkurs_delete_dialog_confirm (widget, _("Delete Vacancy?"), body, _("_Delete Vacancy"),
                                 delete_vacancy, pending_new (self, vacancy), pending_free);
}

/* The competition's path, in the Stages area */
static void
show_stages_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gint64 id = konkurs_vacancies_view_get_selected_competition_id (KONKURS_VACANCIES_VIEW (widget));

  if (id != 0)
    gtk_widget_activate_action (widget, "win.show-stages", "x", id);
}

/* Printing: the documents of the competition shown */

static gint64
konkurs_vacancies_view_get_document_record (KonkursArea          *area,
                                            KonkursDocumentScope  scope)
{
  KonkursCompetition *competition = get_selected_competition (KONKURS_VACANCIES_VIEW (area));

  return scope == KONKURS_DOCUMENT_SCOPE_COMPETITION && competition != NULL
         ? konkurs_competition_get_id (competition) : 0;
}

/* Properties */

static void
konkurs_vacancies_view_set_search_mode_enabled (KonkursVacanciesView *self,
                                                gboolean              enabled)
{
  enabled = !!enabled;
  if (self->search_mode_enabled == enabled)
    return;

  self->search_mode_enabled = enabled;
  if (!enabled)
    konkurs_search_controller_clear (self->search);
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE_ENABLED]);
}

static void
konkurs_vacancies_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  KonkursVacanciesView *self = KONKURS_VACANCIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE_ENABLED:
      g_value_set_boolean (value, self->search_mode_enabled);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_vacancies_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  KonkursVacanciesView *self = KONKURS_VACANCIES_VIEW (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE_ENABLED:
      konkurs_vacancies_view_set_search_mode_enabled (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_vacancies_view_dispose (GObject *object)
{
  KonkursVacanciesView *self = KONKURS_VACANCIES_VIEW (object);

  /* A match still running in a worker answers no one now. */
  if (self->search != NULL)
    konkurs_search_controller_set_texts (self->search, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_VACANCIES_VIEW);

  g_clear_object (&self->vacancies_selection);
  g_clear_object (&self->vacancies_sorted);
  g_clear_object (&self->vacancies_filtered);
  g_clear_object (&self->vacancy_filter);
  g_clear_object (&self->vacancies);
  g_clear_object (&self->competition_filter);

  G_OBJECT_CLASS (konkurs_vacancies_view_parent_class)->dispose (object);
}

static void
konkurs_vacancies_view_finalize (GObject *object)
{
  KonkursVacanciesView *self = KONKURS_VACANCIES_VIEW (object);

  g_clear_object (&self->found);

  G_OBJECT_CLASS (konkurs_vacancies_view_parent_class)->finalize (object);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "vacancies.new-competition", NULL, new_competition_action);
  gtk_widget_class_install_action (widget_class, "vacancies.edit-competition", NULL, edit_competition_action);
  gtk_widget_class_install_action (widget_class, "vacancies.delete-competition", NULL, delete_competition_action);
  gtk_widget_class_install_action (widget_class, "vacancies.history", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "vacancies.show-stages", NULL, show_stages_action);
  gtk_widget_class_install_action (widget_class, "vacancies.add-vacancy", NULL, add_vacancy_action);
  gtk_widget_class_install_action (widget_class, "vacancies.edit-vacancy", NULL, edit_vacancy_action);
  gtk_widget_class_install_action (widget_class, "vacancies.delete-vacancy", NULL, delete_vacancy_action);
}

/* The window gave the area its context: show the store's competitions. */
static void
konkurs_vacancies_view_context_changed (KonkursArea *area)
{
  KonkursVacanciesView *self = KONKURS_VACANCIES_VIEW (area);

  konkurs_area_connect_store (area, "changed::competitions", G_CALLBACK (on_store_changed));
  konkurs_area_connect_store (area, "changed::vacancies", G_CALLBACK (on_store_changed));
  konkurs_area_connect_store (area, "changed::" KONKURS_STORE_TABLE_STAGE, G_CALLBACK (show_stage));
  konkurs_area_connect_store (area, "changed::" KONKURS_STORE_TABLE_STAGE_OUTCOME, G_CALLBACK (show_stage));
  konkurs_area_connect_store (area, "notify::read-only", G_CALLBACK (update_actions));
  konkurs_columns_bind_settings (self->vacancies_list, konkurs_area_get_settings (area), "vacancies");
  konkurs_vacancies_view_reload (self);
  update_actions (self);
}

static void
konkurs_vacancies_view_class_init (KonkursVacanciesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursAreaClass *area_class = KONKURS_AREA_CLASS (klass);

  object_class->dispose = konkurs_vacancies_view_dispose;
  object_class->finalize = konkurs_vacancies_view_finalize;
  object_class->get_property = konkurs_vacancies_view_get_property;
  object_class->set_property = konkurs_vacancies_view_set_property;
  area_class->context_changed = konkurs_vacancies_view_context_changed;
  area_class->get_document_record = konkurs_vacancies_view_get_document_record;

  properties[PROP_SEARCH_MODE_ENABLED] =
    g_param_spec_boolean ("search-mode-enabled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KONKURS_TYPE_SEARCH_CONTROLLER);
  g_type_ensure (KONKURS_TYPE_MASTER_DETAIL);
  g_type_ensure (KONKURS_TYPE_LIST_PAGE);
  g_type_ensure (KONKURS_TYPE_COMPETITION_SIDEBAR);
  g_type_ensure (KONKURS_TYPE_DOCUMENTS_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/vacancies/konkurs-vacancies-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, master_detail);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, state_body_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, title_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, procedure_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, announcement_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, deadline_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, rule_set_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, stage_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, missing_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, vacancies_page);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, vacancies_empty_stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, vacancies_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursVacanciesView, search);
  gtk_widget_class_bind_template_callback (widget_class, on_search_matched);
  gtk_widget_class_bind_template_callback (widget_class, on_vacancy_activated);

  install_actions (widget_class);
}

static void
setup_competitions_model (KonkursVacanciesView *self)
{
  self->competition_filter = GTK_FILTER (gtk_custom_filter_new (competition_matches, self, NULL));
  konkurs_competition_sidebar_set_filter (self->sidebar, self->competition_filter);
  g_signal_connect_swapped (self->sidebar, "notify::selected", G_CALLBACK (on_competition_selected), self);
}

static void
setup_vacancies_model (KonkursVacanciesView *self)
{
  self->vacancies = g_list_store_new (KONKURS_TYPE_VACANCY);
  self->vacancy_filter = GTK_FILTER (gtk_custom_filter_new (vacancy_matches, self, NULL));
  self->vacancies_filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->vacancies)),
                                                        g_object_ref (self->vacancy_filter));
  konkurs_vacancy_columns_append (self->vacancies_list);
  self->vacancies_sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->vacancies_filtered)),
                                                    g_object_ref (gtk_column_view_get_sorter (self->vacancies_list)));
  self->vacancies_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->vacancies_sorted)));
  g_signal_connect_swapped (self->vacancies_selection, "notify::selected-item",
                            G_CALLBACK (on_vacancy_selected), self);
  konkurs_list_page_set_model (self->vacancies_page, G_LIST_MODEL (self->vacancies_filtered));
  gtk_column_view_set_model (self->vacancies_list, GTK_SELECTION_MODEL (self->vacancies_selection));
}

static void
konkurs_vacancies_view_init (KonkursVacanciesView *self)
{
  self->found = konkurs_vacancy_search_new ();
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_competitions_model (self);
  setup_vacancies_model (self);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));

  konkurs_vacancies_view_reload (self);
  update_actions (self);
}

gboolean
konkurs_vacancies_view_select_competition (KonkursVacanciesView *self,
                                           gint64                id)
{
  g_return_val_if_fail (KONKURS_IS_VACANCIES_VIEW (self), FALSE);

  if (konkurs_competition_sidebar_select (self->sidebar, id))
    return TRUE;
  if (konkurs_search_controller_get_key (self->search) == NULL)
    return FALSE;

  /* The search hides it; the user asked to see it.  An emptied search
   * shows everything at once. */
  konkurs_search_controller_clear (self->search);
  return konkurs_competition_sidebar_select (self->sidebar, id);
}

gint64
konkurs_vacancies_view_get_selected_competition_id (KonkursVacanciesView *self)
{
  KonkursCompetition *competition;

  g_return_val_if_fail (KONKURS_IS_VACANCIES_VIEW (self), 0);

  competition = get_selected_competition (self);
  return competition != NULL ? konkurs_competition_get_id (competition) : 0;
}

gboolean
konkurs_vacancies_view_select_vacancy (KonkursVacanciesView *self,
                                       gint64                id)
{
  guint position;

  g_return_val_if_fail (KONKURS_IS_VACANCIES_VIEW (self), FALSE);

  position = konkurs_list_model_find_id (G_LIST_MODEL (self->vacancies_sorted), id);
  if (position == G_MAXUINT)
    return FALSE;

  gtk_single_selection_set_selected (self->vacancies_selection, position);
  return TRUE;
}

gint64
konkurs_vacancies_view_get_selected_vacancy_id (KonkursVacanciesView *self)
{
  KonkursVacancy *vacancy;

  g_return_val_if_fail (KONKURS_IS_VACANCIES_VIEW (self), 0);

  vacancy = get_selected_vacancy (self);
  return vacancy != NULL ? konkurs_vacancy_get_id (vacancy) : 0;
}
