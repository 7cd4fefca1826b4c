/* konkurs-essays-view.c — the Essays area
 *
 * Per competition, the essays of its essay stage by personal code: a
 * virtualised table (a Youth Reserve selection has thousands) filtered by
 * status, sector and code, the selected essay's graders beside it, and a
 * second tab with the graders' load and the agreement.  No candidate's
 * name appears here until the stage is unsealed: the rows come from
 * konkurs_store_list_essays(), which never reads the candidate table, and
 * the writers' names only from konkurs_store_list_essay_writers(), which
 * the store refuses while sealed.
 *
 * The actions' work is in konkurs-essays-actions.c; here the layout, the
 * reading and why each action is off.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   list "Competitions", table "Essays" (columns "Code", "Status",
 *   "Sector", "Language", "Words", "Score"), drop-downs "Status
 *   filter" and "Sector filter", entry "Search by code", tabs "Essays" and
 *   "Graders", buttons "Assign", "Reassign…", "Resolve…", "Export
 *   Packages…", "Import Results…", "Unseal…", "Export Package…", "Grade
 *   Here", the menu "Experts and essays".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-columns.h"
#include "konkurs-competition-rows.h"
#include "konkurs-documents-button.h"
#include "konkurs-essay-sectors.h"
#include "konkurs-essays-actions.h"
#include "konkurs-essays-columns.h"
#include "konkurs-essays-reasons.h"
#include "konkurs-essays-view.h"
#include "konkurs-list-model.h"
#include "konkurs-list-page.h"
#include "konkurs-master-detail.h"
#include "konkurs-ui-helpers.h"

struct _KonkursEssaysView
{
  KonkursArea          parent_instance;

  KonkursCompetitionRows *competitions;
  KonkursStage        *stage;
  KonkursEssayRule    *rule;
  GPtrArray           *experts;      /* the pool, of KonkursExpert */
  GHashTable          *writers;      /* code -> name once unsealed, else NULL */
  GStrv                sectors;      /* of the essays, sorted */
  GHashTable          *sector_names; /* code -> name */
  gboolean             sealed;
  gboolean             reloading;
  gboolean             stale;        /* not read while hidden: read when shown */
  GHashTable          *why_not;      /* action -> reason it is off */

  GListStore          *items;
  GtkFilter           *filter;
  GtkFilterListModel  *filtered;
  GtkSortListModel    *sorted;
  GtkSingleSelection  *selection;
  KonkursEssayFilter   status;
  char                *sector;
  char                *search;

  KonkursMasterDetail *master_detail;
  GtkListView         *competitions_list;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkLabel            *error_label;
  KonkursDocumentsButton *print_button;
  GtkStack            *content_stack;
  GtkStack            *tabs;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *sector_dropdown;
  GtkLabel            *totals_label;
  KonkursListPage     *essays_page;
  GtkColumnView       *essays_list;
  KonkursEssayPage    *essay_page;
  KonkursExpertsPane  *experts_pane;
  GtkWidget           *assign_button;
  GtkWidget           *reassign_button;
  GtkWidget           *resolve_button;
  GtkWidget           *export_packages_button;
  GtkWidget           *import_results_button;
  GtkWidget           *unseal_button;
  GtkWidget           *export_package_button;
  GtkWidget           *grade_here_button;
};

G_DEFINE_FINAL_TYPE (KonkursEssaysView, konkurs_essays_view, KONKURS_TYPE_AREA)

static KonkursStore *
get_store (KonkursEssaysView *self)
{
  return konkurs_area_get_store (KONKURS_AREA (self));
}

static KonkursCompetition *
get_competition (KonkursEssaysView *self)
{
  return konkurs_competition_rows_get_selected (self->competitions);
}

KonkursEssayItem *
konkurs_essays_view_get_selected (KonkursEssaysView *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

/* Why the actions are off (konkurs-essays-reasons.c) */

static void
read_state (KonkursEssaysView  *self,
            KonkursEssaysState *state)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  KonkursEssayItem *selected = konkurs_essays_view_get_selected (self);

  *state = (KonkursEssaysState) { 0 };
  state->has_competition = get_store (self) != NULL && get_competition (self) != NULL;
  state->stage = self->stage;
  state->writable = konkurs_area_is_writable (KONKURS_AREA (self));
  state->sealed = self->sealed;
  state->selected = selected != NULL ? konkurs_essay_item_get_essay (selected) : NULL;
  state->grader = konkurs_experts_pane_get_selected (self->experts_pane);
  state->n_essays = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KonkursEssayItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
      KonkursEssayFilter filter = konkurs_essay_item_get_filter (item);

      state->n_final += filter == KONKURS_ESSAY_FILTER_FINAL;
      state->n_rejected += filter == KONKURS_ESSAY_FILTER_REJECTED;
      state->n_not_assigned += filter == KONKURS_ESSAY_FILTER_NOT_ASSIGNED;
      state->n_needing_resolution += filter == KONKURS_ESSAY_FILTER_NEEDS_RESOLUTION;
      state->n_with_graders += konkurs_essay_item_get_essay (item)->n_assigned > 0;
    }
}

static const char *
note_why_not (KonkursEssaysView        *self,
              const KonkursEssaysState *state,
              const char               *action)
{
  char *reason = konkurs_essays_why_not (state, action);

  if (reason == NULL)
    {
      g_hash_table_remove (self->why_not, action);
      return NULL;
    }
  g_hash_table_replace (self->why_not, g_strdup (action), reason);
  return reason;
}

static void
set_action (KonkursEssaysView        *self,
            const KonkursEssaysState *state,
            const char               *action,
            GtkWidget                *button,
            const char               *tooltip)
{
  const char *reason = note_why_not (self, state, action);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, reason == NULL);
  gtk_widget_set_tooltip_text (button, reason != NULL ? reason : tooltip);
}

static void
update_actions (KonkursEssaysView *self)
{
  KonkursEssaysState state;

  read_state (self, &state);
  set_action (self, &state, "essays.assign", self->assign_button,
              _("Give every essay without graders its graders, drawn at random under the rule (the draw is "
                "recorded)"));
  set_action (self, &state, "essays.reassign", self->reassign_button,
              _("Replace a grader of the selected essay (ill, withdrawn), with a written reason"));
  set_action (self, &state, "essays.resolve", self->resolve_button,
              _("Assign a fourth grader, or record the chair’s score with a written reason"));
  set_action (self, &state, "essays.export-packages", self->export_packages_button,
              _("Write each grader’s package into a folder, to be graded offline"));
  set_action (self, &state, "essays.import-results", self->import_results_button,
              _("Import a grader’s signed results file"));
  set_action (self, &state, "essays.unseal", self->unseal_button,
              _("Show the writers’ names beside the codes, once every essay is final (recorded)"));
  set_action (self, &state, "essays.export-package", self->export_package_button,
              _("Write the selected grader’s package into a file"));
  set_action (self, &state, "essays.grade-here", self->grade_here_button,
              _("Open the selected grader’s package in the grading window on this computer"));
}

const char *
konkurs_essays_view_why_not (KonkursEssaysView *self,
                             const char        *action)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), NULL);
  return g_hash_table_lookup (self->why_not, action);
}

/* The filters */

static gboolean
row_shown (gpointer item,
           gpointer user_data)
{
  KonkursEssaysView *self = user_data;

  return konkurs_essay_item_matches (item, self->status, self->sector, self->search);
}

static void
describe_totals (KonkursEssaysView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  KonkursEssaysState state;
  g_autofree char *text = NULL;

  read_state (self, &state);

  /* Translators: the totals of the Essays table */
  text = g_strdup_printf (_("Shown %u of %u · final %u · needs resolution %u"), shown, n, state.n_final,
                          state.n_needing_resolution);
  gtk_label_set_text (self->totals_label, text);
}

static void
refilter (KonkursEssaysView *self)
{
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  describe_totals (self);
}

static void
on_status_chosen (KonkursEssaysView *self)
{
  self->status = gtk_drop_down_get_selected (self->status_dropdown);
  refilter (self);
}

static void
on_sector_chosen (KonkursEssaysView *self)
{
  guint position = gtk_drop_down_get_selected (self->sector_dropdown);

  g_clear_pointer (&self->sector, g_free);
  /* the first choice is every sector */
  if (self->sectors != NULL && position >= 1 && position <= g_strv_length (self->sectors))
    self->sector = g_strdup (self->sectors[position - 1]);
  if (!self->reloading)
    refilter (self);
}

static void
on_search_changed (KonkursEssaysView *self)
{
  g_free (self->search);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  refilter (self);
}

static void
fill_status_filter (KonkursEssaysView *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  for (KonkursEssayFilter filter = KONKURS_ESSAY_FILTER_ALL; filter <= KONKURS_ESSAY_FILTER_LAST; filter++)
    gtk_string_list_append (choices, konkurs_essay_filter_get_label (filter));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (choices));
}

static int
compare_codes (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* The sectors the essays have, keeping the one chosen when still there. */
static void
fill_sector_filter (KonkursEssaysView *self,
                    GPtrArray         *essays)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  g_autofree char *keep = g_strdup (self->sector);
  guint position = 0;

  for (guint i = 0; essays != NULL && i < essays->len; i++)
    {
      const KonkursEssay *essay = essays->pdata[i];

      if (essay->sector != NULL && essay->sector[0] != '\0')
        g_hash_table_add (seen, essay->sector);
    }
  g_clear_pointer (&self->sectors, g_strfreev);
  self->sectors = (GStrv) g_hash_table_get_keys_as_array (seen, NULL);
  for (guint i = 0; self->sectors[i] != NULL; i++)
    self->sectors[i] = g_strdup (self->sectors[i]);
  g_qsort_with_data (self->sectors, g_strv_length (self->sectors), sizeof (char *),
                     compare_codes, NULL);
  gtk_string_list_append (choices, _("All sectors"));
  for (guint i = 0; self->sectors[i] != NULL; i++)
    {
      gtk_string_list_append (choices, konkurs_essay_sectors_name (self->sector_names, self->sectors[i]));
      if (g_strcmp0 (keep, self->sectors[i]) == 0)
        position = i + 1;
    }
  gtk_drop_down_set_model (self->sector_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->sector_dropdown, position);
  gtk_widget_set_visible (GTK_WIDGET (self->sector_dropdown), self->sectors[0] != NULL);
  on_sector_chosen (self);
}

/* Reading */

static void
show_selected_essay (KonkursEssaysView *self)
{
  KonkursEssayItem *item = konkurs_essays_view_get_selected (self);

  konkurs_essay_page_set_essay (self->essay_page, get_store (self), self->rule,
                                item != NULL ? konkurs_essay_item_get_essay (item) : NULL,
                                item != NULL ? konkurs_essay_item_get_writer (item) : NULL, self->experts);
  update_actions (self);
}

static void
describe_stage (KonkursEssaysView *self)
{
  g_autoptr(GString) subtitle = konkurs_competition_rows_describe (self->competitions, self->title_label);

  if (subtitle == NULL)
    return;
  if (self->stage == NULL)
    g_string_append (subtitle, _("no essay stage"));
  else
    {
      /* Translators: %d is the stage's number in the competition’s path */
      g_string_append_printf (subtitle, _("stage %d, essay"), self->stage->ordinal);
      g_string_append_printf (subtitle, " · %s",
                              self->stage->state == KONKURS_STAGE_STATE_CLOSED ? _("closed")
                              : self->stage->state == KONKURS_STAGE_STATE_OPEN ? _("open") : _("not open yet"));
      g_string_append_printf (subtitle, " · %s",
                              self->sealed ? _("writers sealed: codes only")
                                           : _("unsealed: writers named beside their codes"));
      if (self->rule != NULL)
        g_string_append_printf (subtitle, " · %s",
                                konkurs_ui_translate_label (konkurs_essay_graders_get_label (self->rule->graders)));
    }
  gtk_label_set_text (self->subtitle_label, subtitle->str);
}

/* The essay stage of the competition selected, NULL when it has none. */
static KonkursStage *
read_stage (KonkursEssaysView  *self,
            GError            **error)
{
  KonkursCompetition *competition = get_competition (self);
  g_autoptr(GPtrArray) stages = NULL;

  if (competition == NULL || get_store (self) == NULL)
    return NULL;
  /* listing makes the stages the first time, as the Stages area does */
  stages = konkurs_store_list_stages (get_store (self), konkurs_competition_get_id (competition), error);
  for (guint i = 0; stages != NULL && i < stages->len; i++)
    if (((KonkursStage *) stages->pdata[i])->kind == KONKURS_STAGE_ESSAY)
      return konkurs_stage_copy (stages->pdata[i]);
  return NULL;
}

static GPtrArray *
read_essays (KonkursEssaysView  *self,
             GError            **error)
{
  KonkursStore *store = get_store (self);

  self->rule = konkurs_store_get_essay_rule (store, self->stage->id, error);
  if (self->rule == NULL)
    return NULL;
  self->sealed = konkurs_store_get_essays_sealed (store, self->stage->id, error);
  if (!self->sealed)
    {
      if (error != NULL && *error != NULL)
        return NULL;
      self->writers = konkurs_store_list_essay_writers (store, self->stage->id, error);
      if (self->writers == NULL)
        return NULL;
    }
  self->experts = konkurs_store_list_experts (store, error);
  if (self->experts == NULL)
    return NULL;
  return konkurs_store_list_essays (store, self->stage->id, error);
}

static void
fill_items (KonkursEssaysView *self,
            GPtrArray         *essays)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; essays != NULL && i < essays->len; i++)
    {
      KonkursEssay *essay = essays->pdata[i];

      g_ptr_array_add (items, konkurs_essay_item_new (konkurs_essay_copy (essay),
                                                      self->writers != NULL
                                                      ? g_hash_table_lookup (self->writers, essay->code) : NULL));
    }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  konkurs_list_page_set_empty (self->essays_page, items->len == 0);
}

static void
clear_stage (KonkursEssaysView *self)
{
  g_clear_pointer (&self->stage, konkurs_stage_free);
  g_clear_pointer (&self->rule, konkurs_essay_rule_free);
  g_clear_pointer (&self->experts, g_ptr_array_unref);
  g_clear_pointer (&self->writers, g_hash_table_unref);
  self->sealed = TRUE;
}

static void
load_stage_now (KonkursEssaysView *self)
{
  g_autoptr(GPtrArray) essays = NULL;
  g_autoptr(GError) error = NULL;
  KonkursEssayItem *selected = konkurs_essays_view_get_selected (self);
  gint64 keep = selected != NULL ? konkurs_essay_item_get_id (selected) : 0;

  clear_stage (self);
  g_clear_pointer (&self->sector_names, g_hash_table_unref);
  self->sector_names = konkurs_essay_sectors_read (get_store (self));
  self->stage = read_stage (self, &error);
  if (self->stage != NULL)
    essays = read_essays (self, &error);

  self->reloading = TRUE;
  fill_sector_filter (self, essays);
  fill_items (self, essays);
  self->reloading = FALSE;
  refilter (self);
  if (keep != 0)
    konkurs_essays_view_select_essay (self, keep);

  konkurs_ui_show_error (self->error_label, error);
  gtk_stack_set_visible_child_name (self->content_stack, self->stage != NULL ? "stage" : "no-stage");
  konkurs_experts_pane_set_stage (self->experts_pane, get_store (self), self->stage != NULL ? self->stage->id : 0,
                                  (const char * const *) self->sectors);
  describe_stage (self);
  show_selected_essay (self);
  konkurs_area_documents_changed (KONKURS_AREA (self));
  konkurs_master_detail_set_show_details (self->master_detail, get_competition (self) != NULL);
}

/* Reading the stages makes them, through the record: not for a
 * competition only selected by default while the area is hidden. */
static void
load_stage (KonkursEssaysView *self)
{
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!self->stale)
    load_stage_now (self);
}

void
konkurs_essays_view_reload (KonkursEssaysView *self)
{
  g_return_if_fail (KONKURS_IS_ESSAYS_VIEW (self));
  load_stage (self);
}

static void
on_competition_selected (KonkursEssaysView *self)
{
  if (self->reloading)
    return;
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  load_stage (self);
}

static void
reload (KonkursEssaysView *self)
{
  self->reloading = TRUE;
  konkurs_competition_rows_reload (self->competitions, get_store (self), GTK_WIDGET (self));
  self->reloading = FALSE;
  load_stage (self);
}

static void
on_essays_changed (KonkursEssaysView *self)
{
  if (!self->reloading)
    load_stage (self);
}

/* Actions: the work is in konkurs-essays-actions.c */

static void
essay_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KonkursEssaysView *self = KONKURS_ESSAYS_VIEW (widget);
  KonkursStore *store = get_store (self);
  GCancellable *cancellable = konkurs_area_get_cancellable (KONKURS_AREA (self));
  KonkursEssayItem *item = konkurs_essays_view_get_selected (self);
  const KonkursEssay *essay = item != NULL ? konkurs_essay_item_get_essay (item) : NULL;
  gint64 stage_id = self->stage != NULL ? self->stage->id : 0;
  gint64 expert_id = konkurs_experts_pane_get_selected (self->experts_pane);

  if (store == NULL || stage_id == 0)
    return;
  if (g_str_equal (action_name, "essays.assign"))
    konkurs_essays_assign (widget, store, stage_id, cancellable);
  else if (g_str_equal (action_name, "essays.reassign") && essay != NULL)
    konkurs_essays_reassign (widget, store, essay, konkurs_essay_page_get_grades (self->essay_page),
                             konkurs_essay_page_get_selected_grader (self->essay_page));
  else if (g_str_equal (action_name, "essays.resolve") && essay != NULL)
    konkurs_essays_resolve (widget, store, essay, self->rule);
  else if (g_str_equal (action_name, "essays.export-packages"))
    konkurs_essays_export_packages (widget, store, stage_id, cancellable);
  else if (g_str_equal (action_name, "essays.import-results"))
    konkurs_essays_import_results (widget, store);
  else if (g_str_equal (action_name, "essays.unseal"))
    konkurs_essays_unseal (widget, store, stage_id, g_list_model_get_n_items (G_LIST_MODEL (self->items)));
  else if (g_str_equal (action_name, "essays.export-package") && expert_id != 0)
    konkurs_essays_export_package (widget, store, stage_id, expert_id,
                                   konkurs_experts_pane_get_selected_name (self->experts_pane));
  else if (g_str_equal (action_name, "essays.grade-here") && expert_id != 0)
    konkurs_essays_grade_here (widget, store, stage_id, expert_id);
}

/* The registry and the arriving essays: always in the menu, which cannot
 * say why an item is off, so each says it when chosen. */
static void
registry_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  KonkursEssaysView *self = KONKURS_ESSAYS_VIEW (widget);
  KonkursStore *store = get_store (self);
  g_autofree char *reason = NULL;

  if (store == NULL)
    return;
  if (g_str_equal (action_name, "essays.experts"))
    {
      konkurs_essays_show_experts (widget, store);
      return;
    }
  if (g_str_equal (action_name, "essays.import-experts"))
    reason = konkurs_area_is_writable (KONKURS_AREA (self)) ? NULL
             : g_strdup (_("The database is open for reading only."));
  else
    {
      KonkursEssaysState state;

      read_state (self, &state);
      reason = konkurs_essays_why_not (&state, "essays.add");
    }
  if (reason != NULL)
    {
      konkurs_essays_explain (widget, _("Not Now"), reason);
      return;
    }
  if (g_str_equal (action_name, "essays.add"))
    konkurs_essays_add_essays (widget, store, self->stage);
  else
    konkurs_essays_import_file (widget, store, g_str_equal (action_name, "essays.import-experts"),
                                konkurs_area_get_cancellable (KONKURS_AREA (self)));
}

static void
on_grader_selected (KonkursEssaysView *self)
{
  update_actions (self);
}

static void
on_essay_activated (KonkursEssaysView *self,
                    guint              position)
{
  gtk_single_selection_set_selected (self->selection, position);
}

/* Printing: the documents of the competition shown (Ctrl+P, the Print
 * menu); the essay protocol is the registry's "essays". */

static gint64
konkurs_essays_view_get_document_record (KonkursArea          *area,
                                         KonkursDocumentScope  scope)
{
  KonkursEssaysView *self = KONKURS_ESSAYS_VIEW (area);

  if (scope == KONKURS_DOCUMENT_SCOPE_STAGE)
    return self->stage != NULL ? self->stage->id : 0;
  if (scope == KONKURS_DOCUMENT_SCOPE_COMPETITION)
    return konkurs_essays_view_get_competition_id (self);
  return 0;
}

/* The area */

static void
konkurs_essays_view_context_changed (KonkursArea *area)
{
  KonkursEssaysView *self = KONKURS_ESSAYS_VIEW (area);
  static const char *tables[] = {
    "changed::" KONKURS_STORE_TABLE_STAGE, "changed::" KONKURS_STORE_TABLE_EXPERT,
    "changed::" KONKURS_STORE_TABLE_ESSAY, "changed::" KONKURS_STORE_TABLE_ESSAY_ASSIGNMENT,
    "changed::" KONKURS_STORE_TABLE_ESSAY_SCORE, "changed::" KONKURS_STORE_TABLE_ESSAY_PACKAGE,
    "changed::" KONKURS_STORE_TABLE_ESSAY_RESOLUTION, "changed::" KONKURS_STORE_TABLE_ESSAY_SEAL,
  };

  konkurs_area_connect_store (area, "changed::" KONKURS_STORE_TABLE_COMPETITIONS, G_CALLBACK (reload));
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    konkurs_area_connect_store (area, tables[i], G_CALLBACK (on_essays_changed));
  konkurs_area_connect_store (area, "notify::read-only", G_CALLBACK (update_actions));
  if (get_store (self) != NULL)
    konkurs_columns_bind_settings (self->essays_list, konkurs_area_get_settings (area), "essays");
  reload (self);
}

static void
konkurs_essays_view_map (GtkWidget *widget)
{
  KonkursEssaysView *self = KONKURS_ESSAYS_VIEW (widget);

  GTK_WIDGET_CLASS (konkurs_essays_view_parent_class)->map (widget);
  if (self->stale)
    load_stage (self);
}

static void
konkurs_essays_view_dispose (GObject *object)
{
  KonkursEssaysView *self = KONKURS_ESSAYS_VIEW (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_ESSAYS_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->items);
  g_clear_object (&self->competitions);
  clear_stage (self);
  g_clear_pointer (&self->sectors, g_strfreev);
  g_clear_pointer (&self->sector_names, g_hash_table_unref);
  g_clear_pointer (&self->sector, g_free);
  g_clear_pointer (&self->search, g_free);
  g_clear_pointer (&self->why_not, g_hash_table_unref);

  G_OBJECT_CLASS (konkurs_essays_view_parent_class)->dispose (object);
}

static void
konkurs_essays_view_class_init (KonkursEssaysViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursAreaClass *area_class = KONKURS_AREA_CLASS (klass);
  static const char *essay_actions[] = {
    "essays.assign", "essays.reassign", "essays.resolve", "essays.export-packages", "essays.import-results",
    "essays.unseal", "essays.export-package", "essays.grade-here",
  };
  static const char *registry_actions[] = {
    "essays.experts", "essays.import-experts", "essays.add", "essays.import-essays",
  };

  object_class->dispose = konkurs_essays_view_dispose;
  widget_class->map = konkurs_essays_view_map;
  area_class->context_changed = konkurs_essays_view_context_changed;
  area_class->get_document_record = konkurs_essays_view_get_document_record;

  g_type_ensure (KONKURS_TYPE_MASTER_DETAIL);
  g_type_ensure (KONKURS_TYPE_LIST_PAGE);
  g_type_ensure (KONKURS_TYPE_DOCUMENTS_BUTTON);
  g_type_ensure (KONKURS_TYPE_ESSAY_PAGE);
  g_type_ensure (KONKURS_TYPE_EXPERTS_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/essays/konkurs-essays-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, master_detail);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, competitions_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, title_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, error_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, print_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, tabs);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, sector_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, totals_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, essays_page);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, essays_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, essay_page);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, experts_pane);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, assign_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, reassign_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, resolve_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, export_packages_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, import_results_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, unseal_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, export_package_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursEssaysView, grade_here_button);
  gtk_widget_class_bind_template_callback (widget_class, on_grader_selected);

  for (guint i = 0; i < G_N_ELEMENTS (essay_actions); i++)
    gtk_widget_class_install_action (widget_class, essay_actions[i], NULL, essay_action);
  for (guint i = 0; i < G_N_ELEMENTS (registry_actions); i++)
    gtk_widget_class_install_action (widget_class, registry_actions[i], NULL, registry_action);
  /* Ctrl+Shift+E is the window's Export */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_x, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "essays.experts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "essays.assign", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "essays.import-results", NULL);
}

static void
setup_essays (KonkursEssaysView *self)
{
  self->items = g_list_store_new (KONKURS_TYPE_ESSAY_ITEM);
  self->filter = GTK_FILTER (gtk_custom_filter_new (row_shown, self, NULL));
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)), g_object_ref (self->filter));
  konkurs_essays_columns_append (self->essays_list, &self->sector_names);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->essays_list)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (show_selected_essay), self);
  g_signal_connect_swapped (self->essays_list, "activate", G_CALLBACK (on_essay_activated), self);
  konkurs_list_page_set_model (self->essays_page, G_LIST_MODEL (self->filtered));
  gtk_column_view_set_model (self->essays_list, GTK_SELECTION_MODEL (self->selection));
  fill_status_filter (self);
  g_signal_connect_swapped (self->status_dropdown, "notify::selected", G_CALLBACK (on_status_chosen), self);
  g_signal_connect_swapped (self->sector_dropdown, "notify::selected", G_CALLBACK (on_sector_chosen), self);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
}

static void
konkurs_essays_view_init (KonkursEssaysView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* the essay protocol and the stage's publication list are documents of the stage */
  konkurs_documents_button_set_scope (self->print_button, KONKURS_DOCUMENT_SCOPE_STAGE);

  self->sealed = TRUE;
  self->why_not = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->competitions = konkurs_competition_rows_new (self->competitions_list, self->master_detail);
  g_signal_connect_swapped (self->competitions, "selected", G_CALLBACK (on_competition_selected), self);
  setup_essays (self);
  reload (self);
}

/* Public */

gboolean
konkurs_essays_view_show_competition (KonkursEssaysView *self,
                                      gint64             competition_id)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), FALSE);
  return konkurs_competition_rows_select (self->competitions, competition_id);
}

gint64
konkurs_essays_view_get_competition_id (KonkursEssaysView *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), 0);
  return konkurs_competition_rows_get_selected_id (self->competitions);
}

const KonkursStage *
konkurs_essays_view_get_stage (KonkursEssaysView *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), NULL);
  return self->stage;
}

const KonkursEssayRule *
konkurs_essays_view_get_rule (KonkursEssaysView *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), NULL);
  return self->rule;
}

gboolean
konkurs_essays_view_get_sealed (KonkursEssaysView *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), TRUE);
  return self->sealed;
}

GListModel *
konkurs_essays_view_get_essays (KonkursEssaysView *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

void
konkurs_essays_view_set_filter (KonkursEssaysView  *self,
                                KonkursEssayFilter  filter)
{
  g_return_if_fail (KONKURS_IS_ESSAYS_VIEW (self));
  gtk_drop_down_set_selected (self->status_dropdown, filter);
}

gboolean
konkurs_essays_view_set_sector (KonkursEssaysView *self,
                                const char        *sector)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), FALSE);

  if (sector == NULL || sector[0] == '\0')
    {
      gtk_drop_down_set_selected (self->sector_dropdown, 0);
      return TRUE;
    }
  for (guint i = 0; self->sectors != NULL && self->sectors[i] != NULL; i++)
    if (g_str_equal (self->sectors[i], sector))
      {
        gtk_drop_down_set_selected (self->sector_dropdown, i + 1);
        return TRUE;
      }
  return FALSE;
}

void
konkurs_essays_view_set_search (KonkursEssaysView *self,
                                const char        *text)
{
  g_return_if_fail (KONKURS_IS_ESSAYS_VIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  /* at once, not after the entry's delay */
  on_search_changed (self);
}

gboolean
konkurs_essays_view_select_essay (KonkursEssaysView *self,
                                  gint64             essay_id)
{
  guint position;

  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), FALSE);

  position = konkurs_list_model_find_id (G_LIST_MODEL (self->sorted), essay_id);
  if (position == G_MAXUINT)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

KonkursEssayPage *
konkurs_essays_view_get_essay_page (KonkursEssaysView *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), NULL);
  return self->essay_page;
}

KonkursExpertsPane *
konkurs_essays_view_get_experts_pane (KonkursEssaysView *self)
{
  g_return_val_if_fail (KONKURS_IS_ESSAYS_VIEW (self), NULL);
  return self->experts_pane;
}

void
konkurs_essays_view_show_tab (KonkursEssaysView *self,
                              const char        *name)
{
  g_return_if_fail (KONKURS_IS_ESSAYS_VIEW (self));
  gtk_stack_set_visible_child_name (self->tabs, name);
}
