/* konkurs-stages-view.c — the Stages area: the path of each competition
 *
 * The path has an area of its own, beside Vacancies and Candidates: from
 * the announcement on, what a secretary does every day is enter results
 * and close stages, competition after competition, and the row of steps
 * with the stage's table needs the window's whole width.  The Vacancies
 * area shows where a competition stands and leads here ("Stages") with
 * win.show-stages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   list "Competitions" (a row per competition, by its name), the group
 *   "Stages" of toggle buttons named "Testing, open, 12 candidates", the
 *   Print menu of the stage shown (Ctrl+P: "Print “Stage Protocol”…"…),
 *   and the stage page (konkurs-stage-page.c).
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-competition-rows.h"
#include "konkurs-documents-button.h"
#include "konkurs-master-detail.h"
#include "konkurs-print.h"
#include "konkurs-stage-publish.h"
#include "konkurs-stage-texts.h"
#include "konkurs-stages-view.h"
#include "konkurs-ui-helpers.h"

struct _KonkursStagesView
{
  KonkursArea          parent_instance;

  KonkursCompetitionRows *competitions;
  GPtrArray           *stages;    /* of KonkursStage, of the competition shown */
  gboolean             reloading;
  gboolean             stale;       /* not read while hidden: read when shown */
  GCancellable        *load;        /* the read in a worker under way, if any */
  gboolean             load_all;    /* it reads the stages, not only a stage's rows */
  gboolean             load_again;  /* the store changed while it ran */

  KonkursMasterDetail *master_detail;
  GtkListView         *competitions_list;
  GtkLabel            *title_label;
  GtkLabel            *subtitle_label;
  GtkSpinner          *spinner;
  KonkursStageSteps   *steps;
  GtkLabel            *error_label;
  KonkursStagePage    *page;
  KonkursDocumentsButton *print_button;
};

G_DEFINE_FINAL_TYPE (KonkursStagesView, konkurs_stages_view, KONKURS_TYPE_AREA)

static KonkursStore *
get_store (KonkursStagesView *self)
{
  return konkurs_area_get_store (KONKURS_AREA (self));
}

static KonkursCompetition *
get_competition (KonkursStagesView *self)
{
  return konkurs_competition_rows_get_selected (self->competitions);
}

/* The stage shown */

static const KonkursStage *
find_in (GPtrArray *stages,
         gint64     stage_id)
{
  for (guint i = 0; i < stages->len; i++)
    if (((KonkursStage *) stages->pdata[i])->id == stage_id)
      return stages->pdata[i];
  return NULL;
}

static const KonkursStage *
find_stage (KonkursStagesView *self,
            gint64             stage_id)
{
  return find_in (self->stages, stage_id);
}

/* The first stage before @stage that is not closed: it must close first. */
static const char *
find_blocker (KonkursStagesView  *self,
              const KonkursStage *stage)
{
  for (guint i = 0; i < self->stages->len; i++)
    {
      const KonkursStage *before = self->stages->pdata[i];

      if (before == stage)
        break;
      if (before->state != KONKURS_STAGE_STATE_CLOSED)
        return konkurs_stage_get_name (before);
    }
  return NULL;
}

/* Shows @stage at once, its rows once they are read (load_page()). */
static void
show_stage (KonkursStagesView  *self,
            const KonkursStage *stage)
{
  konkurs_stage_page_set_stage (self->page, get_store (self), stage,
                                stage != NULL ? find_blocker (self, stage) : NULL,
                                konkurs_area_is_writable (KONKURS_AREA (self)));
  konkurs_area_documents_changed (KONKURS_AREA (self));
}

/* Printing: the documents of the stage shown (Ctrl+P, the Print menu and
 * the page's buttons) */

static gint64
konkurs_stages_view_get_document_record (KonkursArea          *area,
                                         KonkursDocumentScope  scope)
{
  KonkursStagesView *self = KONKURS_STAGES_VIEW (area);
  const KonkursStage *stage = konkurs_stage_page_get_stage (self->page);

  return scope == KONKURS_DOCUMENT_SCOPE_STAGE && stage != NULL ? stage->id : 0;
}

static void
konkurs_stages_view_preview_opened (KonkursArea               *area,
                                    KonkursPrintPreview       *preview,
                                    const KonkursPrintRequest *request)
{
  konkurs_stage_publish_follow (preview, GTK_WIDGET (area), request->store, request->id, request->kind->id);
}

/* The open stage of @stages, else the last closed one, else the first. */
static gint64
current_stage_id (GPtrArray *stages)
{
  const KonkursStage *last_closed = NULL;

  for (guint i = 0; i < stages->len; i++)
    {
      const KonkursStage *stage = stages->pdata[i];

      if (stage->state == KONKURS_STAGE_STATE_OPEN)
        return stage->id;
      if (stage->state == KONKURS_STAGE_STATE_CLOSED)
        last_closed = stage;
    }
  if (last_closed != NULL)
    return last_closed->id;
  return stages->len > 0 ? ((KonkursStage *) stages->pdata[0])->id : 0;
}

/* Loading: the stages of the competition selected and the rows of the
 * stage shown are read in a worker thread (at 20,000 applications they
 * take a quarter of a second), the spinner turning meanwhile.  Another
 * competition selected cancels the read under way, and so does another
 * stage chosen, whose rows alone are read then; a change of the store
 * while a read runs reads everything again once it is done. */

typedef struct {
  KonkursStore         *store;
  KonkursStage         *stage;      /* only this stage's rows to read, if set */
  gint64                competition_id;
  gint64                keep;       /* the stage shown, kept if it is still there */
  GPtrArray            *stages;     /* read: of KonkursStage */
  gint64                shown;      /* read: the stage to show */
  KonkursStagePageData *page;       /* read: its rows */
  GError               *page_error;
} Load;

static void
load_free (Load *load)
{
  g_clear_object (&load->store);
  g_clear_pointer (&load->stage, konkurs_stage_free);
  g_clear_pointer (&load->stages, g_ptr_array_unref);
  g_clear_pointer (&load->page, konkurs_stage_page_data_free);
  g_clear_error (&load->page_error);
  g_free (load);
}

static void
read_in_worker (GTask        *task,
                gpointer      source,
                gpointer      data,
                GCancellable *cancellable)
{
  Load *load = data;
  const KonkursStage *shown;
  GError *error = NULL;

  if (load->stage != NULL)
    {
      load->shown = load->stage->id;
      load->page = konkurs_stage_page_data_read (load->store, load->stage, &load->page_error);
      g_task_return_boolean (task, TRUE);
      return;
    }
  /* Reading the stages the first time makes them, through the record. */
  load->stages = konkurs_store_list_stages (load->store, load->competition_id, &error);
  if (load->stages == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  load->shown = find_in (load->stages, load->keep) != NULL ? load->keep : current_stage_id (load->stages);
  shown = find_in (load->stages, load->shown);
  if (shown != NULL && !g_cancellable_is_cancelled (cancellable))
    load->page = konkurs_stage_page_data_read (load->store, shown, &load->page_error);
  g_task_return_boolean (task, TRUE);
}

static void load_stages (KonkursStagesView *self);

/* No stage shown: no competition, or its read failed with @error. */
static void
clear_stages (KonkursStagesView *self,
              const GError      *error)
{
  konkurs_ui_show_error (self->error_label, error);
  g_ptr_array_set_size (self->stages, 0);
  konkurs_stage_steps_set_stages (self->steps, self->stages);
  show_stage (self, NULL);
}

static void
stop_spinner (KonkursStagesView *self)
{
  gtk_spinner_stop (self->spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  KonkursStagesView *self = KONKURS_STAGES_VIEW (source);
  GTask *task = G_TASK (result);
  Load *load = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  /* replaced by the read of another competition, or the view gone */
  if (g_task_get_cancellable (task) != self->load)
    return;
  g_clear_object (&self->load);
  stop_spinner (self);
  if (!g_task_propagate_boolean (task, &error))
    clear_stages (self, error);
  else if (load->stage != NULL)
    {
      const KonkursStage *shown = find_stage (self, load->shown);

      /* the page shows the stage already (show_stage()) */
      if (shown != NULL)
        konkurs_stage_page_set_stage_read (self->page, get_store (self), shown, find_blocker (self, shown),
                                           konkurs_area_is_writable (KONKURS_AREA (self)),
                                           g_steal_pointer (&load->page), load->page_error);
    }
  else
    {
      const KonkursStage *shown;

      konkurs_ui_show_error (self->error_label, NULL);
      g_ptr_array_unref (self->stages);
      self->stages = g_steal_pointer (&load->stages);
      konkurs_stage_steps_set_stages (self->steps, self->stages);
      konkurs_stage_steps_set_selected (self->steps, load->shown);
      shown = find_stage (self, load->shown);
      konkurs_stage_page_set_stage_read (self->page, get_store (self), shown,
                                         shown != NULL ? find_blocker (self, shown) : NULL,
                                         konkurs_area_is_writable (KONKURS_AREA (self)),
                                         g_steal_pointer (&load->page), load->page_error);
      konkurs_area_documents_changed (KONKURS_AREA (self));
    }
  if (self->load_again)
    load_stages (self);
}

static void
cancel_load (KonkursStagesView *self)
{
  if (self->load == NULL)
    return;
  g_cancellable_cancel (self->load);
  g_clear_object (&self->load);
  self->load_again = FALSE;
  stop_spinner (self);
}

static void
start_load (KonkursStagesView *self,
            Load              *load)
{
  g_autoptr(GTask) task = NULL;

  load->store = g_object_ref (get_store (self));
  self->load = g_cancellable_new ();
  self->load_all = load->stage == NULL;
  task = g_task_new (self, self->load, on_loaded, NULL);
  g_task_set_source_tag (task, start_load);
  g_task_set_task_data (task, load, (GDestroyNotify) load_free);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), TRUE);
  gtk_spinner_start (self->spinner);
  g_task_run_in_thread (task, read_in_worker);
}

/* Reads the stages of the competition selected; keeps the stage shown
 * when it is still there (a reload), else shows the current one. */
static void
load_stages (KonkursStagesView *self)
{
  KonkursCompetition *competition = get_competition (self);
  g_autofree char *subtitle = NULL;
  Load *load;

  /* Reading the stages makes them, through the record: not before the
   * secretary opens the area, not for a competition only selected by
   * default when the window opens. */
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (self->stale)
    return;
  /* The first read of a competition's stages makes them, which the store
   * announces as a change: read again after this read, not during it. */
  if (self->load != NULL)
    {
      self->load_again = TRUE;
      return;
    }
  self->load_again = FALSE;
  konkurs_master_detail_set_show_details (self->master_detail, competition != NULL);
  if (competition == NULL || get_store (self) == NULL)
    {
      clear_stages (self, NULL);
      return;
    }
  gtk_label_set_text (self->title_label, konkurs_ui_competition_name (competition));
  subtitle = g_strdup_printf ("%s · %s", konkurs_competition_get_number (competition) != NULL
                                         ? konkurs_competition_get_number (competition) : "",
                              konkurs_ui_translate_label (konkurs_procedure_get_label (
                                konkurs_competition_get_procedure (competition))));
  gtk_label_set_text (self->subtitle_label, subtitle);

  load = g_new0 (Load, 1);
  load->competition_id = konkurs_competition_get_id (competition);
  load->keep = konkurs_stage_steps_get_selected (self->steps);
  start_load (self, load);
}

/* Another stage chosen: shown at once without rows (never the rows of the
 * stage before), which are read in the worker; a read under way is
 * dropped. */
static void
load_page (KonkursStagesView  *self,
           const KonkursStage *stage)
{
  gboolean all = self->load != NULL && (self->load_all || self->load_again);
  Load *load;

  /* A read of the stages under way, or one due (a store change), is read
   * again whole, for the stage chosen now. */
  cancel_load (self);
  show_stage (self, stage);
  if (all)
    {
      load_stages (self);
      return;
    }
  if (stage == NULL || get_store (self) == NULL)
    return;
  load = g_new0 (Load, 1);
  load->stage = konkurs_stage_copy (stage);
  start_load (self, load);
}

static void
on_stage_activated (KonkursStagesView *self,
                    gint64             stage_id)
{
  load_page (self, find_stage (self, stage_id));
}

static void
on_competition_selected (KonkursStagesView *self)
{
  if (self->reloading)
    return;
  /* Another competition: its own current stage, and not the other's
   * stages meanwhile. */
  cancel_load (self);
  g_ptr_array_set_size (self->stages, 0);
  konkurs_stage_steps_set_stages (self->steps, self->stages);
  konkurs_stage_steps_set_selected (self->steps, 0);
  konkurs_stage_page_set_stage (self->page, NULL, NULL, NULL, FALSE);
  load_stages (self);
}

/* The competitions */

static void
reload (KonkursStagesView *self)
{
  self->reloading = TRUE;
  konkurs_competition_rows_reload (self->competitions, get_store (self), GTK_WIDGET (self));
  self->reloading = FALSE;
  load_stages (self);
}

static void
on_results_changed (KonkursStagesView *self)
{
  if (!self->reloading)
    load_stages (self);
}

/* The area */

static void
update_writable (KonkursStagesView *self)
{
  konkurs_stage_page_set_writable (self->page, konkurs_area_is_writable (KONKURS_AREA (self)));
}

static void
konkurs_stages_view_context_changed (KonkursArea *area)
{
  KonkursStagesView *self = KONKURS_STAGES_VIEW (area);
  static const char *results[] = {
    "changed::" KONKURS_STORE_TABLE_STAGE, "changed::" KONKURS_STORE_TABLE_TEST_RESULT,
    "changed::" KONKURS_STORE_TABLE_MEMBER_SCORE, "changed::" KONKURS_STORE_TABLE_ASSESSMENT,
    "changed::" KONKURS_STORE_TABLE_STAGE_OUTCOME, "changed::applications", "changed::vacancies",
  };

  konkurs_area_connect_store (area, "changed::" KONKURS_STORE_TABLE_COMPETITIONS, G_CALLBACK (reload));
  for (guint i = 0; i < G_N_ELEMENTS (results); i++)
    konkurs_area_connect_store (area, results[i], G_CALLBACK (on_results_changed));
  konkurs_area_connect_store (area, "notify::read-only", G_CALLBACK (update_writable));
  reload (self);
}

static void
konkurs_stages_view_map (GtkWidget *widget)
{
  KonkursStagesView *self = KONKURS_STAGES_VIEW (widget);

  GTK_WIDGET_CLASS (konkurs_stages_view_parent_class)->map (widget);
  if (self->stale)
    load_stages (self);
}

static void
konkurs_stages_view_dispose (GObject *object)
{
  KonkursStagesView *self = KONKURS_STAGES_VIEW (object);

  /* The layout is the bin's own child: let the bin drop it, or its
   * pointer would outlive what dispose_template() unparents. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  cancel_load (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_STAGES_VIEW);
  g_clear_object (&self->competitions);
  g_clear_pointer (&self->stages, g_ptr_array_unref);

  G_OBJECT_CLASS (konkurs_stages_view_parent_class)->dispose (object);
}

static void
konkurs_stages_view_class_init (KonkursStagesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursAreaClass *area_class = KONKURS_AREA_CLASS (klass);

  object_class->dispose = konkurs_stages_view_dispose;
  widget_class->map = konkurs_stages_view_map;
  area_class->context_changed = konkurs_stages_view_context_changed;
  area_class->get_document_record = konkurs_stages_view_get_document_record;
  area_class->preview_opened = konkurs_stages_view_preview_opened;

  g_type_ensure (KONKURS_TYPE_MASTER_DETAIL);
  g_type_ensure (KONKURS_TYPE_STAGE_STEPS);
  g_type_ensure (KONKURS_TYPE_STAGE_PAGE);
  g_type_ensure (KONKURS_TYPE_DOCUMENTS_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/stages/konkurs-stages-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursStagesView, master_detail);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagesView, competitions_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagesView, title_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagesView, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagesView, spinner);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagesView, steps);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagesView, error_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagesView, page);
  gtk_widget_class_bind_template_child (widget_class, KonkursStagesView, print_button);
  gtk_widget_class_bind_template_callback (widget_class, on_stage_activated);
}

static void
konkurs_stages_view_init (KonkursStagesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  konkurs_documents_button_set_scope (self->print_button, KONKURS_DOCUMENT_SCOPE_STAGE);

  self->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_free);
  self->competitions = konkurs_competition_rows_new (self->competitions_list, self->master_detail);
  g_signal_connect_swapped (self->competitions, "selected", G_CALLBACK (on_competition_selected), self);
  reload (self);
}

gboolean
konkurs_stages_view_show_competition (KonkursStagesView *self,
                                      gint64             competition_id)
{
  g_return_val_if_fail (KONKURS_IS_STAGES_VIEW (self), FALSE);
  return konkurs_competition_rows_select (self->competitions, competition_id);
}

gint64
konkurs_stages_view_get_competition_id (KonkursStagesView *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGES_VIEW (self), 0);
  return konkurs_competition_rows_get_selected_id (self->competitions);
}

gboolean
konkurs_stages_view_show_stage (KonkursStagesView *self,
                                gint64             stage_id)
{
  g_return_val_if_fail (KONKURS_IS_STAGES_VIEW (self), FALSE);

  if (find_stage (self, stage_id) == NULL)
    return FALSE;
  konkurs_stage_steps_set_selected (self->steps, stage_id);
  load_page (self, find_stage (self, stage_id));
  return TRUE;
}

gboolean
konkurs_stages_view_is_loading (KonkursStagesView *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGES_VIEW (self), FALSE);
  return self->load != NULL;
}

KonkursStageSteps *
konkurs_stages_view_get_steps (KonkursStagesView *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGES_VIEW (self), NULL);
  return self->steps;
}

KonkursStagePage *
konkurs_stages_view_get_page (KonkursStagesView *self)
{
  g_return_val_if_fail (KONKURS_IS_STAGES_VIEW (self), NULL);
  return self->page;
}
