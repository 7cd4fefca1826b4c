/* konkurs-print-preview-build.c — the print preview's document, built in
 * a worker from what its sidebar says, and the sidebar: draft or final,
 * the protocol's number, date, place and members present, the quorum, and
 * the fields printed in the other language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-job.h"
#include "konkurs-print-preview-private.h"
#include "konkurs-ui-helpers.h"

/* Typing a number does not rebuild the pages at each key. */
#define REBUILD_DELAY_MS 300

#define A4_WIDTH  595.276
#define A4_HEIGHT 841.89

/* One build: what it was asked, and what it found. */
typedef struct {
  KonkursStore              *store;
  const KonkursDocumentKind *kind;
  gint64                     id;
  KonkursDocLanguage         language;
  gboolean                   want_draft;
  gboolean                   suggest;
  KonkursIssue              *issue;       /* given, or suggested */

  guint                      n_undecided;
  gboolean                   draft;
  gboolean                   quorum_known;
  KonkursQuorum              quorum;
  KonkursDocument           *document;
  GError                    *failure;     /* why there is no document */
} Build;

static void
build_free (Build *build)
{
  g_clear_object (&build->store);
  g_clear_pointer (&build->issue, konkurs_issue_free);
  g_clear_object (&build->document);
  g_clear_error (&build->failure);
  g_free (build);
}

/* In a worker.  Fails only when cancelled: a document that cannot be
 * built is a failure the preview shows, beside what was found. */
static gboolean
build_run (KonkursJob    *job,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  Build *build = data;
  g_autoptr(KonkursCatalog) catalog = konkurs_catalog_new (build->language, &build->failure);
  KonkursDocumentOptions options = { FALSE, NULL };
  gint64 undecided;

  if (catalog == NULL)
    return TRUE;
  undecided = konkurs_document_kind_count_undecided (build->kind, build->store, build->id, &build->failure);
  if (undecided < 0)
    return TRUE;
  build->n_undecided = undecided;
  build->draft = options.draft = build->want_draft || undecided > 0;

  if (build->kind->signed_by_commission && build->suggest)
    {
      g_clear_pointer (&build->issue, konkurs_issue_free);
      build->issue = konkurs_document_suggest_issue (build->kind, build->store, build->id, build->language,
                                                     &build->failure);
      if (build->issue == NULL)
        return TRUE;
    }
  if (build->kind->signed_by_commission && !build->draft)
    {
      options.issue = build->issue;
      build->quorum_known = TRUE;
      if (!konkurs_document_check_quorum (build->store, build->id, build->issue, &build->quorum, &build->failure))
        return TRUE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  build->document = build->kind->build (build->store, build->id, catalog, &options, &build->failure);
  if (build->document != NULL)
    konkurs_document_paginate (build->document, A4_WIDTH, A4_HEIGHT);
  return TRUE;
}

/* The sidebar */

/* The language of the document shown. */
static KonkursDocLanguage
shown_language (KonkursPrintPreview *self)
{
  KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK;

  konkurs_doc_language_from_code (self->language, &language);
  return language;
}

static void
fill_state (KonkursPrintPreview *self)
{
  g_autofree char *subtitle = NULL;

  if (self->n_undecided > 0)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u application is not decided yet: it can only be printed as a "
                                             "draft, marked as such on every page.",
                                             "%u applications are not decided yet: it can only be printed as a "
                                             "draft, marked as such on every page.",
                                             self->n_undecided),
                                self->n_undecided);
  else if (self->draft)
    subtitle = g_strdup (_("Marked as a draft on every page."));
  else if (self->request.kind->signed_by_commission)
    subtitle = g_strdup (_("Every application is decided. Printed or saved, the protocol is kept in the register "
                           "of issued documents."));
  else if (self->request.kind->count_undecided != NULL)
    subtitle = g_strdup (_("Every application is decided."));
  else
    subtitle = g_strdup (_("Ready to print."));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->state_row), self->draft ? _("Draft") : _("Final"));
  adw_action_row_set_subtitle (self->state_row, subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->draft_row), self->request.kind->count_undecided != NULL);
  /* with rows open, a draft is all there is */
  gtk_widget_set_sensitive (GTK_WIDGET (self->draft_row), self->n_undecided == 0);
  self->filling = TRUE;
  gtk_switch_set_active (self->draft_switch, self->draft);
  self->filling = FALSE;
}

static void
fill_quorum (KonkursPrintPreview *self, const Build *build)
{
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->quorum_row), build->quorum_known);
  if (!build->quorum_known)
    return;
  self->quorum_reached = konkurs_quorum_reached (&build->quorum);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u voting member present; at least %u needed. The secretary does not vote.",
                                       "%u of %u voting members present; at least %u needed. The secretary does not vote.",
                                       build->quorum.voting),
                          build->quorum.present, build->quorum.voting, build->quorum.required);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->quorum_row),
                                 self->quorum_reached ? _("There is a quorum") : _("No quorum"));
  adw_action_row_set_subtitle (self->quorum_row, text);
  if (self->quorum_reached)
    gtk_widget_remove_css_class (GTK_WIDGET (self->quorum_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->quorum_row), "error");
}

static gboolean
is_present (const KonkursIssue *issue, gint64 member_id)
{
  for (guint i = 0; i < issue->present->len; i++)
    if (((KonkursCommissionMember *) g_ptr_array_index (issue->present, i))->id == member_id)
      return TRUE;
  return FALSE;
}

static void
on_present_toggled (GtkCheckButton      *check,
                    KonkursPrintPreview *self)
{
  if (self->filling || self->issue == NULL)
    return;
  g_ptr_array_set_size (self->issue->present, 0);
  for (guint i = 0; i < self->present_rows->len; i++)
    {
      GtkCheckButton *member_check = g_object_get_data (g_ptr_array_index (self->present_rows, i), "check");

      if (gtk_check_button_get_active (member_check))
        g_ptr_array_add (self->issue->present,
                         konkurs_commission_member_copy (g_ptr_array_index (self->issue->commission, i)));
    }
  konkurs_print_preview_rebuild (self, FALSE);
}

static void
clear_rows (AdwPreferencesGroup *group, GPtrArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

/* One row per member of the commission, ticked when present. */
static void
fill_present (KonkursPrintPreview *self)
{
  KonkursDocLanguage language = shown_language (self);

  clear_rows (self->present_group, self->present_rows);
  gtk_widget_set_visible (GTK_WIDGET (self->no_commission_row),
                          self->issue != NULL && self->issue->commission->len == 0);
  for (guint i = 0; self->issue != NULL && i < self->issue->commission->len; i++)
    {
      const KonkursCommissionMember *member = g_ptr_array_index (self->issue->commission, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), konkurs_local_text_pick (member->name, language, NULL));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(konkurs_commission_role_get_label (member->role)));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_present (self->issue, member->id));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (row), "check", check);
      g_signal_connect (check, "toggled", G_CALLBACK (on_present_toggled), self);
      adw_preferences_group_add (self->present_group, row);
      g_ptr_array_add (self->present_rows, row);
    }
}

void
konkurs_print_preview_fill_place (KonkursPrintPreview *self)
{
  KonkursDocLanguage language = shown_language (self);

  if (self->issue == NULL)
    return;
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->place_row), konkurs_local_text_get (self->issue->place, language));
  self->filling = FALSE;
}

static void
fill_issue (KonkursPrintPreview *self)
{
  if (self->issue == NULL)
    return;
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), self->issue->number);
  konkurs_date_entry_set_date (self->date_entry, &self->issue->date);
  self->filling = FALSE;
  konkurs_print_preview_fill_place (self);
  fill_present (self);
}

static void
fill_fallbacks (KonkursPrintPreview *self, KonkursDocument *document)
{
  const char * const *fields = document != NULL ? konkurs_document_get_fallbacks (document) : NULL;

  clear_rows (self->fallbacks_group, self->fallback_rows);
  for (guint i = 0; fields != NULL && fields[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), fields[i]);
      adw_preferences_group_add (self->fallbacks_group, row);
      g_ptr_array_add (self->fallback_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->fallbacks_group), self->fallback_rows->len > 0);
}

/* Edits of the issue */

static void
on_number_changed (KonkursPrintPreview *self)
{
  if (self->filling || self->issue == NULL)
    return;
  g_free (self->issue->number);
  self->issue->number = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->number_row));
  konkurs_print_preview_rebuild (self, FALSE);
}

static void
on_date_changed (KonkursPrintPreview *self)
{
  GDate date;

  if (self->filling || self->issue == NULL)
    return;
  if (!konkurs_date_entry_get_date (self->date_entry, &date))
    {
      /* said at the field; the pages keep the last date that was one */
      gtk_widget_add_css_class (GTK_WIDGET (self->date_entry), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_entry), "error");
  self->issue->date = date;
  konkurs_print_preview_rebuild (self, FALSE);
}

static void
on_place_changed (KonkursPrintPreview *self)
{
  KonkursDocLanguage language = shown_language (self);
  g_autofree char *place = NULL;

  if (self->filling || self->issue == NULL)
    return;
  place = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->place_row));
  konkurs_local_text_set (self->issue->place, language, place);
  konkurs_print_preview_rebuild (self, FALSE);
}

/* Only the secretary's own choice: with rows open the switch shows a
 * draft without it being asked for. */
static void
on_draft_toggled (KonkursPrintPreview *self)
{
  if (self->filling)
    return;
  self->want_draft = gtk_switch_get_active (self->draft_switch);
  konkurs_print_preview_rebuild (self, FALSE);
}

void
konkurs_print_preview_init_sidebar (KonkursPrintPreview *self)
{
  g_signal_connect_swapped (self->number_row, "changed", G_CALLBACK (on_number_changed), self);
  g_signal_connect_swapped (self->date_entry, "changed", G_CALLBACK (on_date_changed), self);
  g_signal_connect_swapped (self->place_row, "changed", G_CALLBACK (on_place_changed), self);
  g_signal_connect_swapped (self->draft_switch, "notify::active", G_CALLBACK (on_draft_toggled), self);
  gtk_widget_set_visible (GTK_WIDGET (self->fallbacks_group), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->no_commission_row), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->quorum_row), FALSE);
}

/* Building */

static void
on_built (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(KonkursPrintPreview) self = user_data;
  KonkursJob *job = KONKURS_JOB (object);
  Build *build = konkurs_job_get_data (job);
  g_autoptr(GError) error = NULL;

  /* a later build replaced this one, or the preview went */
  if (!konkurs_job_run_finish (job, result, &error) || job != self->job)
    return;
  g_clear_object (&self->job);

  self->n_undecided = build->n_undecided;
  self->draft = build->draft;
  if (build->suggest && build->issue != NULL)
    {
      g_clear_pointer (&self->issue, konkurs_issue_free);
      self->issue = g_steal_pointer (&build->issue);
      fill_issue (self);
    }
  fill_state (self);
  fill_quorum (self, build);
  gtk_widget_set_sensitive (GTK_WIDGET (self->protocol_group), !self->draft);
  gtk_widget_set_sensitive (GTK_WIDGET (self->present_group), !self->draft);
  fill_fallbacks (self, build->document);

  /* an edit made meanwhile is still to be built */
  konkurs_print_preview_set_building (self, self->rebuild_source != 0);
  if (build->document != NULL)
    konkurs_print_preview_show_document (self, build->document);
  else
    {
      g_autofree char *heading = NULL;

      if (g_error_matches (build->failure, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_NO_QUORUM))
        heading = g_strdup (_("No Quorum"));
      else
        /* Translators: heading of an error; %s is the name of a document, as “Announcement” */
        heading = g_strdup_printf (_("Could Not Prepare the %s"), konkurs_print_request_name (&self->request));
      /* a protocol the commission cannot sign yet is the secretary's to
       * complete, not a fault; anything else is logged as the error
       * dialogs log it (g_log, which tests can expect) */
      g_log (G_LOG_DOMAIN,
             build->failure->domain == KONKURS_DOCUMENT_ERROR ? G_LOG_LEVEL_DEBUG : G_LOG_LEVEL_WARNING,
             "%s: %s", heading, build->failure->message);
      konkurs_print_preview_show_failure (self, heading, build->failure);
    }
}

static gboolean
start_build (gpointer user_data)
{
  KonkursPrintPreview *self = user_data;
  Build *build = g_new0 (Build, 1);

  self->rebuild_source = 0;
  build->store = g_object_ref (self->store);
  build->kind = self->request.kind;
  build->id = self->request.id;
  konkurs_doc_language_from_code (self->language, &build->language);
  build->want_draft = self->want_draft;
  build->suggest = self->suggest_issue || self->issue == NULL;
  build->issue = self->issue != NULL ? konkurs_issue_copy (self->issue) : NULL;
  self->suggest_issue = FALSE;

  konkurs_print_preview_cancel_build (self);
  self->job = konkurs_job_new (build_run, build, (GDestroyNotify) build_free);
  konkurs_print_preview_set_building (self, TRUE);
  konkurs_job_run_async (self->job, self->cancellable, on_built, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

void
konkurs_print_preview_rebuild (KonkursPrintPreview *self,
                               gboolean             suggest_issue)
{
  self->suggest_issue |= suggest_issue;
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  /* what is shown is out of date from now on */
  konkurs_print_preview_set_building (self, TRUE);
  /* the first build at once; edits once typing pauses */
  if (self->document == NULL && self->job == NULL)
    start_build (self);
  else
    self->rebuild_source = g_timeout_add (REBUILD_DELAY_MS, start_build, self);
}

void
konkurs_print_preview_cancel_build (KonkursPrintPreview *self)
{
  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  if (self->job != NULL)
    konkurs_job_cancel (self->job);
  g_clear_object (&self->job);
}

gboolean
konkurs_print_preview_register_issue (KonkursPrintPreview  *self,
                                      GError              **error)
{
  g_autoptr(KonkursIssue) issue = NULL;

  if (!self->request.kind->signed_by_commission || self->draft || self->issue == NULL)
    return TRUE;
  issue = konkurs_issue_copy (self->issue);
  issue->id = 0;
  konkurs_doc_language_from_code (self->language, &issue->language);
  if (self->document != NULL)
    konkurs_issue_set_integrity (issue, self->document);
  return konkurs_store_register_issue (self->store, issue, error);
}
