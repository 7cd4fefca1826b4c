/* konkurs-essays-actions.c — what the Essays area's actions do
 *
 * The draw runs in a worker (a Youth Reserve selection assigns thousands
 * of essays), inside one transaction: the store's TOO_FEW leaves nothing
 * assigned and is said as the store says it.  A results file that
 * replaces an earlier one of its package is refused with REASON_NEEDED:
 * the area asks for the reason and imports again with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>

#include "konkurs-area.h"
#include "konkurs-error-dialog.h"
#include "konkurs-essay-entry-dialog.h"
#include "konkurs-reason-dialog.h"
#include "konkurs-essays-actions.h"
#include "konkurs-exchange-essays.h"
#include "konkurs-experts-window.h"
#include "konkurs-file-job.h"
#include "konkurs-stage-rule.h"
#include "konkurs-ui-helpers.h"

void
konkurs_essays_explain (GtkWidget  *source,
                        const char *heading,
                        const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (konkurs_ui_get_parent_window (source), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_refusal (GtkWidget    *source,
              const char   *heading,
              const GError *error)
{
  konkurs_error_dialog_present (konkurs_ui_get_parent_window (source), G_LOG_LEVEL_MESSAGE, heading, error,
                                _("Nothing was changed; the database is as it was."));
}

/* Jobs: the draw, the packages, the imports */

enum {
  WORK_ASSIGN,
  WORK_PACKAGES,
  WORK_IMPORT,
};

static gboolean
run_work (KonkursJob    *job,
          gpointer       data,
          GCancellable  *cancellable,
          GError       **error)
{
  KonkursFileWork *work = data;

  switch (work->kind)
    {
    case WORK_ASSIGN:
      return konkurs_store_assign_essays (work->store, work->id, &work->count, error);
    case WORK_PACKAGES:
      return konkurs_exchange_export_packages (work->store, work->id, work->path, &work->count,
                                               cancellable, error);
    case WORK_IMPORT:
    default:
      return konkurs_exchange_import_file (work->store, work->path, &work->summary, konkurs_job_report_fraction,
                                           job, cancellable, error);
    }
}

static char *
describe_done (KonkursFileWork *work)
{
  switch (work->kind)
    {
    case WORK_ASSIGN:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Graders assigned to %u essay; the draw is recorded",
                                           "Graders assigned to %u essays; the draw is recorded", work->count),
                              work->count);
    case WORK_PACKAGES:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u package", "Wrote %u packages", work->count),
                              work->count);
    case WORK_IMPORT:
    default:
      if (work->summary.experts > 0)
        return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u expert", "Imported %u experts",
                                             work->summary.experts), work->summary.experts);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u essay", "Imported %u essays",
                                           work->summary.essays), work->summary.essays);
    }
}

static const char *
refusal_heading (int kind)
{
  switch (kind)
    {
    case WORK_ASSIGN:   return _("Essays Not Assigned");
    case WORK_PACKAGES: return _("Packages Not Written");
    case WORK_IMPORT:
    default:            return _("Import Failed");
    }
}

/* After the draw: how the load came out, grader by grader, so that the
 * secretary sees the spread is even before sending the packages. */
static void
summarise_draw (KonkursFileWork *work,
                const char      *news)
{
  g_autoptr(GPtrArray) loads = konkurs_store_list_expert_loads (work->store, work->id, NULL);
  g_autoptr(GString) body = g_string_new (news);
  guint low = G_MAXUINT, high = 0;

  for (guint i = 0; loads != NULL && i < loads->len; i++)
    {
      const KonkursExpertLoad *load = loads->pdata[i];

      low = MIN (low, load->assigned);
      high = MAX (high, load->assigned);
    }
  if (loads != NULL && loads->len > 0)
    {
      g_string_append (body, ".\n\n");
      /* Translators: graders, and the fewest and most essays one of them holds */
      g_string_append_printf (body, g_dngettext (GETTEXT_PACKAGE, "%u grader holds from %u to %u essays.",
                                                 "%u graders hold from %u to %u essays each.", loads->len),
                              loads->len, low, high);
    }
  g_string_append_printf (body, "\n%s", _("The seed of the draw is kept in the record: the draw can be replayed to "
                                          "show that it was fair. The Graders tab shows each grader’s load; the "
                                          "essay’s page says why an expert was left out."));
  konkurs_essays_explain (work->source, _("Graders Assigned"), body->str);
}

static void
on_work_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  KonkursJob *job = KONKURS_JOB (object);
  KonkursFileWork *work = konkurs_job_get_data (job);
  g_autofree char *news = NULL;

  if (!konkurs_file_work_finish (job, result, _("Cancelled. Nothing was changed."), refusal_heading (work->kind),
                                 _("Nothing was changed; the database is as it was.")))
    return;
  news = describe_done (work);
  if (work->kind == WORK_ASSIGN)
    summarise_draw (work, news);
  else
    konkurs_area_tell (work->source, news);
}

static void
start_work (GtkWidget       *source,
            KonkursFileWork *work,
            const char      *heading,
            const char      *body,
            GCancellable    *cancellable)
{
  konkurs_file_work_start (source, work, run_work, heading, body, cancellable, on_work_done, NULL);
}

void
konkurs_essays_assign (GtkWidget    *source,
                       KonkursStore *store,
                       gint64        stage_id,
                       GCancellable *cancellable)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  start_work (source, konkurs_file_work_new (WORK_ASSIGN, store, stage_id, NULL), _("Assigning Graders"),
              _("Each essay gets its graders by a recorded random draw."), cancellable);
}

static void
on_folder_chosen (GtkWidget    *source,
                  KonkursStore *store,
                  GFile        *folder,
                  gpointer      data)
{
  g_autofree char *path = g_file_get_path (folder);
  GCancellable *cancellable = g_object_get_data (G_OBJECT (source), "konkurs-essays-cancellable");
  gint64 *stage_id = data;

  start_work (source, konkurs_file_work_new (WORK_PACKAGES, store, *stage_id, path), _("Writing Packages"), path, cancellable);
}

void
konkurs_essays_export_packages (GtkWidget    *source,
                                KonkursStore *store,
                                gint64        stage_id,
                                GCancellable *cancellable)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  g_object_set_data_full (G_OBJECT (source), "konkurs-essays-cancellable",
                          cancellable != NULL ? g_object_ref (cancellable) : NULL, g_object_unref);
  konkurs_file_job_choose (source, store, _("Export Packages Into"), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                           _("_Export"), FALSE, on_folder_chosen, g_memdup2 (&stage_id, sizeof stage_id), g_free);
}

static void
on_import_chosen (GtkWidget    *source,
                  KonkursStore *store,
                  GFile        *file,
                  gpointer      data)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *basename = g_file_get_basename (file);
  GCancellable *cancellable = g_object_get_data (G_OBJECT (source), "konkurs-essays-cancellable");

  start_work (source, konkurs_file_work_new (WORK_IMPORT, store, 0, path), _("Importing"), basename, cancellable);
}

void
konkurs_essays_import_file (GtkWidget    *source,
                            KonkursStore *store,
                            gboolean      experts,
                            GCancellable *cancellable)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  g_object_set_data_full (G_OBJECT (source), "konkurs-essays-cancellable",
                          cancellable != NULL ? g_object_ref (cancellable) : NULL, g_object_unref);
  konkurs_file_job_choose (source, store, experts ? _("Import Experts") : _("Import Essays"),
                           GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), TRUE, on_import_chosen, NULL, NULL);
}

/* Results: a second file of a package needs a reason */

typedef struct {
  KonkursStore *store;
  char         *path;
  GtkWidget    *source;   /* weak */
} Results;

static void
results_free (gpointer data)
{
  Results *results = data;

  g_clear_object (&results->store);
  g_clear_pointer (&results->path, g_free);
  g_clear_weak_pointer (&results->source);
  g_free (results);
}

static gboolean
import_results (Results     *results,
                const char  *reason,
                GError     **error)
{
  KonkursImportSummary summary = { 0 };
  g_autofree char *news = NULL;

  if (!konkurs_exchange_import_essay_results (results->store, results->path, reason, &summary, error))
    return FALSE;
  news = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported the grades of %u essay",
                                       "Imported the grades of %u essays", summary.essay_scores),
                          summary.essay_scores);
  if (results->source != NULL)
    konkurs_area_tell (results->source, news);
  return TRUE;
}

static gboolean
import_with_reason (const char  *reason,
                    gpointer     data,
                    GError     **error)
{
  return import_results (data, reason, error);
}

void
konkurs_essays_import_results_file (GtkWidget    *source,
                                    KonkursStore *store,
                                    const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *body = NULL;
  Results *results;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  results = g_new0 (Results, 1);
  results->store = g_object_ref (store);
  results->path = g_strdup (path);
  g_set_weak_pointer (&results->source, source);
  if (import_results (results, NULL, &error))
    {
      results_free (results);
      return;
    }
  if (!g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED))
    {
      show_refusal (source, _("Results Not Imported"), error);
      results_free (results);
      return;
    }
  basename = g_path_get_basename (path);
  /* Translators: the first %s is the store's message, the second a file name */
  body = g_strdup_printf (_("%s\n\nImporting “%s” replaces the grades of the earlier file; the reason is kept in "
                            "the record."), error->message, basename);
  konkurs_reason_dialog_ask (source, _("Replace the Earlier Results?"), body, NULL, _("_Replace"),
                            import_with_reason, results, results_free);
}

static void
on_results_chosen (GtkWidget    *source,
                   KonkursStore *store,
                   GFile        *file,
                   gpointer      data)
{
  g_autofree char *path = g_file_get_path (file);

  konkurs_essays_import_results_file (source, store, path);
}

void
konkurs_essays_import_results (GtkWidget    *source,
                               KonkursStore *store)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  konkurs_file_job_choose (source, store, _("Import Results"), GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), TRUE,
                           on_results_chosen, NULL, NULL);
}

/* Reassigning one grader */

typedef struct {
  KonkursStore *store;
  gint64        essay_id;
  GArray       *graders;    /* of gint64, as the drop-down lists them */
  GtkDropDown  *dropdown;
} Reassign;

static void
reassign_free (gpointer data)
{
  Reassign *reassign = data;

  g_clear_object (&reassign->store);
  g_clear_pointer (&reassign->graders, g_array_unref);
  g_free (reassign);
}

static gboolean
reassign_with_reason (const char  *reason,
                      gpointer     data,
                      GError     **error)
{
  Reassign *reassign = data;
  guint position = gtk_drop_down_get_selected (reassign->dropdown);

  if (position >= reassign->graders->len)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID, _("Choose the grader to replace."));
      return FALSE;
    }
  return konkurs_store_reassign_essay (reassign->store, reassign->essay_id,
                                       g_array_index (reassign->graders, gint64, position), reason, error);
}

void
konkurs_essays_reassign (GtkWidget          *source,
                         KonkursStore       *store,
                         const KonkursEssay *essay,
                         GPtrArray          *grades,
                         gint64              preselected)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *body = NULL;
  Reassign *reassign;
  guint selected = 0;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  reassign = g_new0 (Reassign, 1);
  reassign->store = g_object_ref (store);
  reassign->essay_id = essay->id;
  reassign->graders = g_array_new (FALSE, FALSE, sizeof (gint64));
  /* a grader who scored the essay keeps it: the store would refuse */
  for (guint i = 0; grades != NULL && i < grades->len; i++)
    {
      const KonkursEssayGrade *grade = grades->pdata[i];

      if (grade->has_score)
        continue;
      if (grade->expert_id == preselected)
        selected = reassign->graders->len;
      gtk_string_list_append (names, grade->expert_name);
      g_array_append_val (reassign->graders, grade->expert_id);
    }
  reassign->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_drop_down_set_selected (reassign->dropdown, selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (reassign->dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Grader to replace"), -1);
  /* Translators: %s is a personal code */
  body = g_strdup_printf (_("Essay %s gets another grader drawn under the same rule; every other assignment stays. "
                            "Only a grader who has not scored it can be replaced."), essay->code);
  konkurs_reason_dialog_ask (source, _("Reassign a Grader"), body, GTK_WIDGET (reassign->dropdown),
                            _("_Reassign"), reassign_with_reason, reassign, reassign_free);
}

/* Resolving: a fourth grader, or the chair's score with a reason */

typedef struct {
  KonkursStore  *store;
  gint64         essay_id;
  GtkSpinButton *score;
} Resolve;

static void
resolve_free (gpointer data)
{
  Resolve *resolve = data;

  g_clear_object (&resolve->store);
  g_free (resolve);
}

static gboolean
resolve_with_reason (const char  *reason,
                     gpointer     data,
                     GError     **error)
{
  Resolve *resolve = data;
  gint64 centi = (gint64) (gtk_spin_button_get_value (resolve->score) * 100 + 0.5);

  return konkurs_store_resolve_essay (resolve->store, resolve->essay_id, centi, reason, error);
}

static void
ask_chair_score (GtkWidget              *source,
                 KonkursStore           *store,
                 const KonkursEssay     *essay,
                 const KonkursEssayRule *rule)
{
  int low = rule != NULL ? konkurs_essay_rule_get_min_total (rule) : 0;
  int high = rule != NULL ? konkurs_essay_rule_get_max_total (rule) : 100;
  GtkWidget *score = gtk_spin_button_new_with_range (low, MAX (low, high), 0.01);
  g_autofree char *body = NULL;
  Resolve *resolve = g_new0 (Resolve, 1);

  resolve->store = g_object_ref (store);
  resolve->essay_id = essay->id;
  resolve->score = GTK_SPIN_BUTTON (score);
  gtk_spin_button_set_digits (resolve->score, 2);
  gtk_spin_button_set_value (resolve->score, low);
  gtk_accessible_update_property (GTK_ACCESSIBLE (score), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chair’s score"), -1);
  /* Translators: %s is a personal code; %d and %d the lowest and highest total */
  body = g_strdup_printf (_("The score of essay %s, from %d to %d points, becomes final as the chair records it. "
                            "The reason is kept in the record and printed on the protocol."), essay->code, low, high);
  konkurs_reason_dialog_ask (source, _("Record the Chair’s Score"), body, score, _("_Record Score"),
                            resolve_with_reason, resolve, resolve_free);
}

static void
on_resolve_response (AdwMessageDialog *dialog,
                     const char       *response,
                     GtkWidget        *source)
{
  KonkursStore *store = g_object_get_data (G_OBJECT (dialog), "store");
  const KonkursEssay *essay = g_object_get_data (G_OBJECT (dialog), "essay");
  const KonkursEssayRule *rule = g_object_get_data (G_OBJECT (dialog), "rule");
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "chair"))
    ask_chair_score (source, store, essay, rule);
  else if (g_str_equal (response, "fourth"))
    {
      if (!konkurs_store_assign_fourth_grader (store, essay->id, &error))
        show_refusal (source, _("No Fourth Grader Assigned"), error);
      else
        konkurs_area_tell (source, _("A fourth grader is assigned: export their package."));
    }
}

void
konkurs_essays_resolve (GtkWidget              *source,
                        KonkursStore           *store,
                        const KonkursEssay     *essay,
                        const KonkursEssayRule *rule)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  /* Translators: %s is a personal code, %d the spread and the limit */
  body = g_strdup_printf (_("The graders of essay %s differ by %d points, more than the %d the rule allows. A fourth "
                            "grader’s score combines with theirs as the rule says (%s); or the chair records the "
                            "score with a written reason."),
                          essay->code, essay->aggregate.spread, rule != NULL ? rule->spread_limit : 0,
                          rule != NULL ? konkurs_ui_translate_label (konkurs_essay_fourth_rule_get_label (
                                                                       rule->fourth_rule)) : "");
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (konkurs_ui_get_parent_window (source),
                                                       _("Resolve the Essay"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "chair", _("Chair’s _Score…"),
                                    "fourth", _("Assign a _Fourth Grader"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "fourth", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "fourth");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "essay", konkurs_essay_copy (essay), (GDestroyNotify) konkurs_essay_free);
  if (rule != NULL)
    g_object_set_data_full (G_OBJECT (dialog), "rule", konkurs_essay_rule_copy (rule),
                            (GDestroyNotify) konkurs_essay_rule_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_resolve_response), source, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Unsealing */

static void
on_unseal_response (AdwMessageDialog *dialog,
                    const char       *response,
                    GtkWidget        *source)
{
  KonkursStore *store = g_object_get_data (G_OBJECT (dialog), "store");
  gint64 *stage_id = g_object_get_data (G_OBJECT (dialog), "stage-id");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "unseal"))
    return;
  if (!konkurs_store_unseal_essays (store, *stage_id, &error))
    show_refusal (source, _("Names Stay Sealed"), error);
  else
    konkurs_area_tell (source, _("Unsealed: the writers’ names are shown beside their codes"));
}

void
konkurs_essays_unseal (GtkWidget    *source,
                       KonkursStore *store,
                       gint64        stage_id,
                       guint         n_essays)
{
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "The name of the writer of %u essay will be shown beside its code here and on "
                                       "the commission’s protocol. Unsealing is kept in the record and cannot be "
                                       "undone.",
                                       "The names of the writers of %u essays will be shown beside their codes here "
                                       "and on the commission’s protocol. Unsealing is kept in the record and cannot "
                                       "be undone.", n_essays), n_essays);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (konkurs_ui_get_parent_window (source),
                                                       _("Unseal the Writers’ Names?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "unseal", _("_Unseal"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "unseal", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "stage-id", g_memdup2 (&stage_id, sizeof stage_id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unseal_response), source, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* One package: into a file, or into the grading window here */

typedef struct {
  gint64 stage_id;
  gint64 expert_id;
} Grader;

/* Issues the package (recorded) and writes it to @path. */
static KonkursEssayPackage *
write_package (KonkursStore  *store,
               const Grader  *grader,
               const char    *path,
               GError       **error)
{
  g_autoptr(KonkursEssayPackage) package = konkurs_store_issue_package (store, grader->stage_id, grader->expert_id,
                                                                        error);

  if (package == NULL || !konkurs_exchange_write_package (package, path, error))
    return NULL;
  return g_steal_pointer (&package);
}

static void
on_package_chosen (GtkWidget    *source,
                   KonkursStore *store,
                   GFile        *file,
                   gpointer      data)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(KonkursEssayPackage) package = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *news = NULL;

  package = write_package (store, data, path, &error);
  if (package == NULL)
    {
      show_refusal (source, _("Package Not Written"), error);
      return;
    }
  news = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Wrote the package of %u essay",
                                       "Wrote the package of %u essays", package->essays->len),
                          package->essays->len);
  konkurs_area_tell (source, news);
}

void
konkurs_essays_export_package (GtkWidget    *source,
                               KonkursStore *store,
                               gint64        stage_id,
                               gint64        expert_id,
                               const char   *expert_name)
{
  Grader grader = { stage_id, expert_id };
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  chooser = konkurs_file_job_choose (source, store, _("Export Package"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                     TRUE, on_package_chosen, g_memdup2 (&grader, sizeof grader), g_free);
  /* Translators: the file name of an expert's package; %s is the expert */
  name = g_strdup_printf (_("%s - package.xml"), expert_name != NULL ? expert_name : "");
  gtk_file_chooser_set_current_name (chooser, name);
}

char *
konkurs_essays_dup_package_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "konkurs", "packages", NULL);
}

void
konkurs_essays_grade_here (GtkWidget    *source,
                           KonkursStore *store,
                           gint64        stage_id,
                           gint64        expert_id)
{
  g_autoptr(KonkursEssayPackage) package = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = konkurs_essays_dup_package_folder ();
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GtkWindow *window = konkurs_ui_get_parent_window (source);
  GtkApplication *application = window != NULL ? gtk_window_get_application (window) : NULL;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  if (application == NULL || !g_action_group_has_action (G_ACTION_GROUP (application), "grade"))
    {
      konkurs_essays_explain (source, _("No Grading Window"),
                              _("This copy of Konkurs cannot open the grading window. Export the package and open "
                                "it with “konkurs --grade”."));
      return;
    }
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", folder, g_strerror (saved));
      show_refusal (source, _("Package Not Written"), error);
      return;
    }
  /* the package id is unique: a new package never overwrites an earlier
   * one, whose work in progress is kept beside it */
  package = konkurs_store_issue_package (store, stage_id, expert_id, &error);
  if (package != NULL)
    {
      file = g_strdup_printf ("%s.xml", package->package_id);
      path = g_build_filename (folder, file, NULL);
    }
  if (package == NULL || !konkurs_exchange_write_package (package, path, &error))
    {
      show_refusal (source, _("Package Not Written"), error);
      return;
    }
  g_action_group_activate_action (G_ACTION_GROUP (application), "grade", g_variant_new_string (path));
}

/* The registry and essays typed in */

void
konkurs_essays_show_experts (GtkWidget    *source,
                             KonkursStore *store)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  gtk_window_present (GTK_WINDOW (konkurs_experts_window_new (konkurs_ui_get_parent_window (source), store)));
}

static void
on_essay_saved (GtkWidget  *source,
                const char *code)
{
  g_autofree char *news = NULL;

  /* Translators: %s is a personal code */
  news = g_strdup_printf (_("Essay %s saved"), code);
  konkurs_area_tell (source, news);
}

void
konkurs_essays_add_essays (GtkWidget          *source,
                           KonkursStore       *store,
                           const KonkursStage *stage)
{
  KonkursEssayEntryDialog *dialog;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_STORE (store));

  dialog = konkurs_essay_entry_dialog_new (konkurs_ui_get_parent_window (source), store, stage->id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_essay_saved), source, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}
