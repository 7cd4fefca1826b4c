/* konkurs-stage-page.c — one stage of a competition: its results table,
 * entry, import, closing and publication
 *
 * The table lists the applications that entered the stage by personal
 * code only (konkurs_store_list_stage_rows()): whoever looks over the
 * secretary's shoulder learns no name here; the names are printed only on
 * the stage protocol.  It is a GtkColumnView over a list model, so that a
 * Youth Reserve selection with thousands of rows scrolls as fast as one
 * with ten.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   table "Results" (columns "Code", "Vacancy", "Result", "Score",
 *   "Outcome", "Reason"), drop-down "Outcome filter", buttons "Enter
 *   Result…", "Import Results…", "Close Stage…", "Publication List…",
 *   "Stage Protocol…", "Take from Certificates".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-columns.h"
#include "konkurs-error-dialog.h"
#include "konkurs-list-page.h"
#include "konkurs-print.h"
#include "konkurs-stage-certificates.h"
#include "konkurs-stage-close.h"
#include "konkurs-stage-import.h"
#include "konkurs-stage-page.h"
#include "konkurs-stage-publish.h"
#include "konkurs-stage-result-dialog.h"
#include "konkurs-stage-texts.h"
#include "konkurs-ui-helpers.h"

struct _KonkursStagePage
{
  GtkWidget           parent_instance;

  KonkursStore       *store;
  KonkursStage       *stage;
  char               *blocker;
  gboolean            writable;
  KonkursStageFilter  filter;

  GListStore         *items;
  GtkFilter          *outcome_filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;

  GtkWidget          *box;
  GtkLabel           *title_label;
  GtkLabel           *rule_label;
  GtkLabel           *state_label;
  GtkDropDown        *filter_dropdown;
  GtkLabel           *totals_label;
  KonkursListPage    *results_page;
  GtkColumnView      *results_list;
  GtkWidget          *enter_button;
  GtkWidget          *import_button;
  GtkWidget          *certificates_button;
  GtkWidget          *close_button;
  GtkWidget          *publish_button;
  GtkWidget          *protocol_button;
};

G_DEFINE_FINAL_TYPE (KonkursStagePage, konkurs_stage_page, GTK_TYPE_WIDGET)

/* The columns */

enum {
  COLUMN_CODE,
  COLUMN_GROUP,
  COLUMN_RESULT,
  COLUMN_SCORE,
  COLUMN_OUTCOME,
  COLUMN_REASON,
};

static const KonkursColumn columns[] = {
  { COLUMN_CODE, "code", N_("Code"), 0, 0, TRUE, FALSE },
  { COLUMN_GROUP, "vacancy", N_("Vacancy"), 200, 12, FALSE, TRUE },
  { COLUMN_RESULT, "result", N_("Result"), 260, 16, FALSE, TRUE },
  { COLUMN_SCORE, "score", N_("Score"), 0, 0, TRUE, FALSE },
  { COLUMN_OUTCOME, "outcome", N_("Outcome"), 0, 0, FALSE, FALSE },
  { COLUMN_REASON, "reason", N_("Reason"), -1, 16, FALSE, TRUE },
};

static char *
column_text (gpointer item,
             int      id,
             gpointer user_data)
{
  KonkursStageItem *row = item;

  switch (id)
    {
    case COLUMN_CODE:
      return g_strdup (konkurs_stage_item_get_row (row)->personal_code);
    case COLUMN_GROUP:
      return g_strdup (konkurs_stage_item_get_group (row));
    case COLUMN_RESULT:
      return konkurs_stage_item_dup_result (row);
    case COLUMN_SCORE:
      return konkurs_stage_item_dup_score (row);
    case COLUMN_OUTCOME:
      return g_strdup (konkurs_stage_item_get_outcome_text (row));
    case COLUMN_REASON:
    default:
      return konkurs_stage_item_dup_reason (row);
    }
}

/* Scores sort as numbers, a row without one last; outcomes as the engine
 * orders them (goes on, stays out, pending). */
static int
column_compare (gpointer a,
                gpointer b,
                int      id)
{
  const KonkursStageRow *ra = konkurs_stage_item_get_row (a);
  const KonkursStageRow *rb = konkurs_stage_item_get_row (b);
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  if (id == COLUMN_SCORE)
    {
      if (ra->has_result != rb->has_result)
        return ra->has_result ? -1 : 1;
      return ra->score < rb->score ? -1 : ra->score > rb->score;
    }
  if (id == COLUMN_OUTCOME)
    {
      static const int order[] = { 3, 1, 2 };

      return order[konkurs_stage_item_get_outcome (a)] - order[konkurs_stage_item_get_outcome (b)];
    }
  ta = column_text (a, id, NULL);
  tb = column_text (b, id, NULL);
  return g_utf8_collate (ta, tb);
}

/* What the page says */

static KonkursArea *
get_area (KonkursStagePage *self)
{
  GtkWidget *area = gtk_widget_get_ancestor (GTK_WIDGET (self), KONKURS_TYPE_AREA);

  return area != NULL ? KONKURS_AREA (area) : NULL;
}

static KonkursStageItem *
get_selected (KonkursStagePage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

/* Entry by hand exists for the stages whose results Konkurs keeps; the
 * essay and the commission's stages have issues of their own. */
static gboolean
takes_entry (const KonkursStage *stage)
{
  return stage != NULL && (stage->kind == KONKURS_STAGE_TESTING || stage->kind == KONKURS_STAGE_PRACTICAL_TASK ||
                           stage->kind == KONKURS_STAGE_ASSESSMENT_CENTRE);
}

static gboolean
takes_import (const KonkursStage *stage)
{
  return stage != NULL && (stage->kind == KONKURS_STAGE_TESTING || stage->kind == KONKURS_STAGE_ASSESSMENT_CENTRE);
}

/* A civil-service testing stage: a test of one of its rules is one a
 * certificate stands for (the Youth Reserve's tests are not). */
static gboolean
takes_certificates (const KonkursStage *stage)
{
  for (guint i = 0; stage != NULL && stage->kind == KONKURS_STAGE_TESTING && i < stage->rules->len; i++)
    {
      const KonkursStageRule *rule = g_ptr_array_index (stage->rules, i);

      for (guint j = 0; rule->track != KONKURS_TRACK_YOUTH_RESERVE && j < rule->tests->len; j++)
        if (konkurs_certificate_kind_for_test (((KonkursTestRule *) g_ptr_array_index (rule->tests, j))->code, NULL))
          return TRUE;
    }
  return FALSE;
}

static void
count_outcomes (KonkursStagePage *self,
                guint            *goes_on,
                guint            *stays_out,
                guint            *no_result)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  *goes_on = *stays_out = *no_result = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KonkursStageItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);

      /* the three add up to the rows: a row is counted by its outcome
       * (a documents review has no scores, yet its decided rows are
       * decided) */
      switch (konkurs_stage_item_get_outcome (item))
        {
        case KONKURS_STAGE_OUTCOME_GOES_ON:   (*goes_on)++; break;
        case KONKURS_STAGE_OUTCOME_STAYS_OUT: (*stays_out)++; break;
        case KONKURS_STAGE_OUTCOME_PENDING:
        default:                              (*no_result)++; break;
        }
    }
}

char *
konkurs_stage_page_dup_totals (KonkursStagePage *self)
{
  guint goes_on, stays_out, no_result;

  g_return_val_if_fail (KONKURS_IS_STAGE_PAGE (self), NULL);

  count_outcomes (self, &goes_on, &stays_out, &no_result);
  /* Translators: the totals of a stage’s table */
  return g_strdup_printf (_("Goes on %u, stays out %u, without a result %u"), goes_on, stays_out, no_result);
}

static void
set_action (KonkursStagePage *self,
            const char       *action,
            GtkWidget        *button,
            const char       *why_not,
            const char       *tooltip)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), action, why_not == NULL);
  gtk_widget_set_tooltip_text (button, why_not != NULL ? why_not : tooltip);
}

static void
update_actions (KonkursStagePage *self)
{
  const KonkursStage *stage = self->stage;
  const char *locked = NULL;
  g_autofree char *first = NULL;
  gboolean open = stage != NULL && stage->state == KONKURS_STAGE_STATE_OPEN;

  if (stage == NULL)
    locked = _("Choose a stage first.");
  else if (!self->writable)
    locked = _("The database is open for reading only.");
  else if (stage->state == KONKURS_STAGE_STATE_NOT_YET)
    {
      /* Translators: %s is a stage, as “Documents” */
      first = g_strdup_printf (_("“%s” must close first."), self->blocker != NULL ? self->blocker : "");
      locked = first;
    }

  set_action (self, "stage.enter", self->enter_button,
              locked != NULL ? locked
              : !takes_entry (stage) ? _("The results of this stage are not entered here.")
              : get_selected (self) == NULL ? _("Select a row first.") : NULL,
              stage != NULL && stage->state == KONKURS_STAGE_STATE_CLOSED
              ? _("Correct the selected row’s result, with a written reason (Enter)")
              : _("Enter the selected row’s result (Enter)"));
  set_action (self, "stage.import", self->import_button,
              locked != NULL ? locked
              : !takes_import (stage) ? _("The results of this stage are not imported.")
              : !open ? _("A closed stage takes no file: correct a result in its row, with a written reason.") : NULL,
              _("Import results from the testing centre or the assessment centre (XML)"));
  set_action (self, "stage.take-certificates", self->certificates_button,
              locked != NULL ? locked
              : !takes_certificates (stage) ? _("Only the testing stage of a civil-service competition takes "
                                                "results from certificates.")
              : !open ? _("The stage is closed.") : NULL,
              _("Take the results of the tests from the candidates’ valid certificates"));
  set_action (self, "stage.close", self->close_button,
              locked != NULL ? locked : !open ? _("The stage is closed.") : NULL,
              _("See who goes on, then lock the stage and open the next"));
  set_action (self, "stage.publish", self->publish_button,
              stage == NULL ? _("Choose a stage first.") : konkurs_stage_publish_why_not (stage, "stage-publication"),
              _("The list by personal code, to publish"));
  set_action (self, "stage.protocol", self->protocol_button,
              stage == NULL ? _("Choose a stage first.") : konkurs_stage_publish_why_not (stage, "stage"),
              _("The commission’s protocol of the stage, with names"));
}

static void
describe_stage (KonkursStagePage *self)
{
  const KonkursStage *stage = self->stage;
  g_autoptr(GString) rules = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *totals = NULL;
  g_autofree char *state = NULL;

  if (stage == NULL)
    return;
  title = g_strdup_printf ("%d. %s", stage->ordinal, konkurs_stage_get_name (stage));
  gtk_label_set_text (self->title_label, title);
  for (guint i = 0; i < stage->rules->len; i++)
    {
      const KonkursStageRule *rule = stage->rules->pdata[i];
      g_autofree char *summary = konkurs_stage_rule_dup_summary (rule);

      if (stage->rules->len > 1)
        g_string_append_printf (rules, "%s%s: ", i > 0 ? "\n" : "",
                                konkurs_ui_translate_label (konkurs_track_get_label (rule->track)));
      g_string_append (rules, summary);
    }
  gtk_label_set_text (self->rule_label, rules->str);

  if (g_date_valid (&stage->published_on) && stage->published)
    {
      dates = konkurs_ui_format_date (&stage->published_on);
      /* Translators: %s is a date */
      state = g_strdup_printf (_("Closed; the list was published on %s. A correction needs a written reason."), dates);
    }
  else if (stage->state == KONKURS_STAGE_STATE_CLOSED)
    state = g_strdup (_("Closed. A correction needs a written reason, and is kept in the record."));
  else if (stage->state == KONKURS_STAGE_STATE_OPEN)
    state = g_strdup (_("Open: the outcomes shown are what closing the stage now would decide."));
  else
    /* Translators: %s is a stage, as “Documents” */
    state = g_strdup_printf (_("Not open yet: “%s” must close first."), self->blocker != NULL ? self->blocker : "");
  gtk_label_set_text (self->state_label, state);
  totals = konkurs_stage_page_dup_totals (self);
  gtk_label_set_text (self->totals_label, totals);
}

/* Loading */

struct _KonkursStagePageData
{
  GPtrArray  *rows;       /* of KonkursStageRow */
  GHashTable *groups;     /* vacancy id -> "V-01 Chief expert" */
  GHashTable *attempts;   /* application id -> its latest attempt */
};

void
konkurs_stage_page_data_free (KonkursStagePageData *data)
{
  if (data == NULL)
    return;
  g_clear_pointer (&data->rows, g_ptr_array_unref);
  g_clear_pointer (&data->groups, g_hash_table_unref);
  g_clear_pointer (&data->attempts, g_hash_table_unref);
  g_free (data);
}

/* "V-01 Chief expert" per vacancy of the competition. */
static GHashTable *
read_groups (KonkursStore       *store,
             const KonkursStage *stage)
{
  GHashTable *groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GPtrArray) vacancies = konkurs_store_list_vacancies (store, stage->competition_id, NULL);

  for (guint i = 0; vacancies != NULL && i < vacancies->len; i++)
    g_hash_table_insert (groups, g_memdup2 (&(gint64) { konkurs_vacancy_get_id (vacancies->pdata[i]) }, sizeof (gint64)),
                         g_strdup_printf ("%s %s", konkurs_vacancy_get_code (vacancies->pdata[i]),
                                          konkurs_vacancy_get_position_title (vacancies->pdata[i])));
  return groups;
}

/* The latest attempt of each application, for "attempt 2". */
static GHashTable *
read_attempts (KonkursStore       *store,
               const KonkursStage *stage)
{
  GHashTable *attempts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) results = NULL;

  if (stage->kind != KONKURS_STAGE_TESTING)
    return attempts;
  results = konkurs_store_list_test_results (store, stage->id, NULL);
  for (guint i = 0; results != NULL && i < results->len; i++)
    {
      const KonkursTestResult *result = results->pdata[i];
      int known = GPOINTER_TO_INT (g_hash_table_lookup (attempts, &result->application_id));

      if (result->attempt > known)
        g_hash_table_insert (attempts, g_memdup2 (&result->application_id, sizeof (gint64)),
                             GINT_TO_POINTER (result->attempt));
    }
  return attempts;
}

KonkursStagePageData *
konkurs_stage_page_data_read (KonkursStore        *store,
                              const KonkursStage  *stage,
                              GError             **error)
{
  KonkursStagePageData *data;
  GPtrArray *rows;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (stage != NULL, NULL);

  if ((rows = konkurs_store_list_stage_rows (store, stage->id, error)) == NULL)
    return NULL;
  data = g_new0 (KonkursStagePageData, 1);
  data->rows = rows;
  data->groups = read_groups (store, stage);
  data->attempts = read_attempts (store, stage);
  return data;
}

/* Shows @data's rows (taken; NULL: none), keeping the row selected. */
static void
show_data (KonkursStagePage     *self,
           KonkursStagePageData *data)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  KonkursStageItem *selected = get_selected (self);
  gint64 keep = selected != NULL ? konkurs_stage_item_get_id (selected) : 0;

  if (data != NULL)
    {
      /* The items take the rows. */
      g_ptr_array_set_free_func (data->rows, NULL);
      for (guint i = 0; i < data->rows->len; i++)
        {
          KonkursStageRow *row = data->rows->pdata[i];

          g_ptr_array_add (items, konkurs_stage_item_new (row, g_hash_table_lookup (data->groups, &row->vacancy_id),
                                                          GPOINTER_TO_INT (g_hash_table_lookup (data->attempts,
                                                                                                &row->application_id))));
        }
      konkurs_stage_page_data_free (data);
    }

  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
  konkurs_list_page_set_empty (self->results_page, items->len == 0);
  if (keep != 0)
    konkurs_stage_page_select (self, keep);
  describe_stage (self);
  update_actions (self);
}

static void
set_stage (KonkursStagePage   *self,
           KonkursStore       *store,
           const KonkursStage *stage,
           const char         *blocker,
           gboolean            writable)
{
  g_set_object (&self->store, store);
  g_clear_pointer (&self->stage, konkurs_stage_free);
  self->stage = stage != NULL ? konkurs_stage_copy (stage) : NULL;
  g_free (self->blocker);
  self->blocker = g_strdup (blocker);
  self->writable = writable;
}

void
konkurs_stage_page_set_stage_read (KonkursStagePage     *self,
                                   KonkursStore         *store,
                                   const KonkursStage   *stage,
                                   const char           *blocker,
                                   gboolean              writable,
                                   KonkursStagePageData *data,
                                   const GError         *error)
{
  g_return_if_fail (KONKURS_IS_STAGE_PAGE (self));
  g_return_if_fail (store == NULL || KONKURS_IS_STORE (store));

  set_stage (self, store, stage, blocker, writable);
  if (error != NULL)
    konkurs_print_show_error (GTK_WIDGET (self), _("Could Not Read the Stage’s Results"), error);
  show_data (self, data);
}

void
konkurs_stage_page_set_stage (KonkursStagePage   *self,
                              KonkursStore       *store,
                              const KonkursStage *stage,
                              const char         *blocker,
                              gboolean            writable)
{
  g_return_if_fail (KONKURS_IS_STAGE_PAGE (self));
  g_return_if_fail (store == NULL || KONKURS_IS_STORE (store));

  set_stage (self, store, stage, blocker, writable);
  show_data (self, NULL);
  /* not "no rows" while they are being read */
  konkurs_list_page_set_empty (self->results_page, stage == NULL);
}

void
konkurs_stage_page_set_writable (KonkursStagePage *self,
                                 gboolean          writable)
{
  g_return_if_fail (KONKURS_IS_STAGE_PAGE (self));

  self->writable = writable;
  update_actions (self);
}

const KonkursStage *
konkurs_stage_page_get_stage (KonkursStagePage *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGE_PAGE (self), NULL);
  return self->stage;
}

GListModel *
konkurs_stage_page_get_rows (KonkursStagePage *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGE_PAGE (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

void
konkurs_stage_page_set_filter (KonkursStagePage   *self,
                               KonkursStageFilter  filter)
{
  g_return_if_fail (KONKURS_IS_STAGE_PAGE (self));
  gtk_drop_down_set_selected (self->filter_dropdown, filter);
}

gboolean
konkurs_stage_page_select (KonkursStagePage *self,
                           gint64            application_id)
{
  GListModel *model = G_LIST_MODEL (self->sorted);
  guint n = g_list_model_get_n_items (model);

  g_return_val_if_fail (KONKURS_IS_STAGE_PAGE (self), FALSE);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KonkursStageItem) item = g_list_model_get_item (model, i);

      if (konkurs_stage_item_get_id (item) == application_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}

/* Actions */

static void
enter_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KonkursStagePage *self = KONKURS_STAGE_PAGE (widget);
  KonkursStageItem *item = get_selected (self);
  GtkWindow *dialog;

  if (item == NULL || self->stage == NULL)
    return;
  dialog = konkurs_stage_result_dialog_new (konkurs_ui_get_parent_window (widget), self->store, self->stage,
                                            konkurs_stage_item_get_row (item));
  if (dialog != NULL)
    gtk_window_present (dialog);
}

static void
on_row_activated (KonkursStagePage *self,
                  guint             position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "stage.enter", NULL);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KonkursStagePage *self = KONKURS_STAGE_PAGE (widget);
  KonkursArea *area = get_area (self);

  konkurs_stage_import_choose (widget, self->store, area != NULL ? konkurs_area_get_cancellable (area) : NULL);
}

static void
take_certificates_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  KonkursStagePage *self = KONKURS_STAGE_PAGE (widget);
  KonkursArea *area = get_area (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *taken_text = NULL;
  g_autofree char *news = NULL;
  guint taken = 0, missing = 0;

  if (self->stage == NULL)
    return;
  if (!konkurs_store_take_certificates (self->store, self->stage->id, &taken, &missing, &error))
    {
      konkurs_error_dialog_present (konkurs_ui_get_parent_window (widget), G_LOG_LEVEL_MESSAGE,
                                    _("Results Not Taken"), error,
                                    _("Nothing was taken; the database is as it was."));
      return;
    }
  taken_text = g_strdup_printf (ngettext ("Taken from certificates: %u result",
                                          "Taken from certificates: %u results", taken), taken);
  if (missing == 0)
    news = g_steal_pointer (&taken_text);
  else
    /* Translators: the first %s is “Taken from certificates: 3 results” */
    news = g_strdup_printf (ngettext ("%s; %u candidate has no usable certificate",
                                      "%s; %u candidates have no usable certificate", missing),
                            taken_text, missing);
  /* The table follows through the store's change, read by the area in a
   * worker. */
  if (area != NULL)
    konkurs_area_add_toast (area, adw_toast_new (news));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KonkursStagePage *self = KONKURS_STAGE_PAGE (widget);

  if (self->stage != NULL)
    konkurs_stage_close_present (widget, self->store, self->stage);
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  KonkursStagePage *self = KONKURS_STAGE_PAGE (widget);

  /* as the area's Print menu does, for the stage the area shows: this one */
  if (self->stage != NULL)
    gtk_widget_activate_action (widget, "area.save-pdf", "s",
                                g_str_equal (action_name, "stage.publish") ? "stage-publication" : "stage");
}

/* GObject */

static void
on_filter_chosen (KonkursStagePage *self)
{
  self->filter = gtk_drop_down_get_selected (self->filter_dropdown);
  gtk_filter_changed (self->outcome_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
row_shown (gpointer item,
           gpointer user_data)
{
  KonkursStagePage *self = user_data;

  return konkurs_stage_item_matches (item, self->filter);
}

static void
konkurs_stage_page_dispose (GObject *object)
{
  KonkursStagePage *self = KONKURS_STAGE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_STAGE_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->outcome_filter);
  g_clear_object (&self->items);
  g_clear_object (&self->store);
  g_clear_pointer (&self->stage, konkurs_stage_free);
  g_clear_pointer (&self->blocker, g_free);

  G_OBJECT_CLASS (konkurs_stage_page_parent_class)->dispose (object);
}

static void
konkurs_stage_page_class_init (KonkursStagePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_stage_page_dispose;

  g_type_ensure (KONKURS_TYPE_LIST_PAGE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/stages/konkurs-stage-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, box);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, rule_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, state_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, filter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, totals_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, results_page);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, results_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, enter_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, import_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, certificates_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, close_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, publish_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagePage, protocol_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated);

  gtk_widget_class_install_action (widget_class, "stage.enter", NULL, enter_action);
  gtk_widget_class_install_action (widget_class, "stage.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "stage.take-certificates", NULL, take_certificates_action);
  gtk_widget_class_install_action (widget_class, "stage.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "stage.publish", NULL, publish_action);
  gtk_widget_class_install_action (widget_class, "stage.protocol", NULL, publish_action);
}

static void
setup_filter (KonkursStagePage *self)
{
  static const char *choices[] = {
    N_("All"), N_("Goes on"), N_("Stays out"), N_("Without a result"), NULL,
  };
  const char *translated[G_N_ELEMENTS (choices)];

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    translated[i] = choices[i] != NULL ? _(choices[i]) : NULL;
  gtk_drop_down_set_model (self->filter_dropdown, G_LIST_MODEL (gtk_string_list_new (translated)));
  g_object_unref (gtk_drop_down_get_model (self->filter_dropdown));
  g_signal_connect_swapped (self->filter_dropdown, "notify::selected", G_CALLBACK (on_filter_chosen), self);
}

static void
konkurs_stage_page_init (KonkursStagePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  setup_filter (self);
  self->items = g_list_store_new (KONKURS_TYPE_STAGE_ITEM);
  self->outcome_filter = GTK_FILTER (gtk_custom_filter_new (row_shown, self, NULL));
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)),
                                              g_object_ref (self->outcome_filter));
  konkurs_columns_append (self->results_list, columns, G_N_ELEMENTS (columns), column_text, column_compare, self);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          g_object_ref (gtk_column_view_get_sorter (self->results_list)));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  g_signal_connect_swapped (self->selection, "notify::selected-item", G_CALLBACK (update_actions), self);
  konkurs_list_page_set_model (self->results_page, G_LIST_MODEL (self->filtered));
  gtk_column_view_set_model (self->results_list, GTK_SELECTION_MODEL (self->selection));
  update_actions (self);
}
