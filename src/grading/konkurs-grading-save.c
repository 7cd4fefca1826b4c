/* konkurs-grading-save.c — Save Results…: the signed file the expert sends
 * back, after a word about essays not graded yet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-error-dialog.h"
#include "konkurs-exchange-essays.h"
#include "konkurs-grading-save.h"
#include "konkurs-text.h"

/* How much of the package id names the file: enough to tell two packages
 * of the same expert apart. */
#define ID_PREFIX_LENGTH 8

typedef struct {
  GtkWindow              *parent;
  AdwToastOverlay        *toasts;
  KonkursGradingProgress *progress;
} SaveRequest;

static void
save_request_free (SaveRequest *request)
{
  g_clear_object (&request->parent);
  g_clear_object (&request->toasts);
  g_clear_object (&request->progress);
  g_free (request);
}

char *
konkurs_grading_suggest_results_name (const KonkursEssayPackage *package)
{
  g_autofree char *expert = g_strdup (package->expert_name != NULL ? package->expert_name : "");
  g_autofree char *id = g_strndup (package->package_id != NULL ? package->package_id : "", ID_PREFIX_LENGTH);

  /* A name any file system and any mail program takes: no separators,
   * no spaces; the letters of the name, Kazakh ones too, stay. */
  for (char *p = expert; *p != '\0'; p = g_utf8_next_char (p))
    if (strchr ("/\\:*?\"<>| \t\n\r", *p) != NULL)
      *p = '-';
  return g_strdup_printf ("RESULTS-%s-%s.xml", g_strstrip (expert), id);
}

static void
write_results (SaveRequest *request,
               GFile       *file)
{
  const KonkursEssayPackage *package = konkurs_grading_progress_get_package (request->progress);
  g_autoptr(KonkursEssayResults) results = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *package_path = g_file_get_path (konkurs_grading_progress_get_package_file (request->progress));
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *said = NULL;
  guint n_essays;

  if (path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                 _("%s is not in a folder of this computer: choose a local folder."), name);
  else if (g_strcmp0 (path, package_path) == 0
           || g_strcmp0 (path, konkurs_grading_progress_get_progress_path (request->progress)) == 0)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                 _("%s is the package or its work in progress, which the results must not replace: "
                   "choose another name."), name);
  else
    {
      results = konkurs_grading_progress_build_results (request->progress, &n_essays);
      konkurs_exchange_write_results (results, path, &error);
    }
  if (error != NULL)
    {
      konkurs_error_dialog_present (request->parent, G_LOG_LEVEL_MESSAGE, _("The Results Were Not Saved"), error,
                                    _("Nothing is lost: your grades stay in this window and in the work in "
                                      "progress beside the package. Choose another folder, or make room, and "
                                      "save again."));
      return;
    }
  g_message ("Results of package %s written to %s", package->package_id, path);
  said = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Results of %u essay saved in %s",
                                      "Results of %u essays saved in %s", n_essays),
                          n_essays, name);
  adw_toast_overlay_add_toast (request->toasts, adw_toast_new (said));
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  SaveRequest *request = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      write_results (request, file);
    }
  save_request_free (request);
  g_object_unref (chooser);
}

static void
choose_file (SaveRequest *request)
{
  const KonkursEssayPackage *package = konkurs_grading_progress_get_package (request->progress);
  g_autoptr(GFile) folder = g_file_get_parent (konkurs_grading_progress_get_package_file (request->progress));
  g_autofree char *name = konkurs_grading_suggest_results_name (package);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save Results"), request->parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), NULL);
  gtk_file_filter_set_name (filter, _("Results files (XML)"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), request);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_partial_response (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  SaveRequest *request = user_data;

  if (g_str_equal (response, "save"))
    choose_file (request);
  else
    save_request_free (request);
}

/* A file of some essays only is allowed, but not by accident: the
 * commission replaces it with a later one only with a written reason. */
static void
confirm_partial (SaveRequest *request,
                 guint        missing,
                 guint        n)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = konkurs_text_expand_pair (
    g_dngettext (GETTEXT_PACKAGE,
                 "%u essay of %u is not graded in full yet. The results file will hold only the essays with "
                 "points for every criterion. A complete file sent later replaces it only with a reason the "
                 "commission writes down.",
                 "%u essays of %u are not graded in full yet. The results file will hold only the essays with "
                 "points for every criterion. A complete file sent later replaces it only with a reason the "
                 "commission writes down.", missing),
    missing, n);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (request->parent, _("Save Partial Results?"), body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Keep Grading"),
                                    "save", _("Save _Partial Results…"),
                                    NULL);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_partial_response), request);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
konkurs_grading_save_results (GtkWindow              *parent,
                              AdwToastOverlay        *toasts,
                              KonkursGradingProgress *progress)
{
  SaveRequest *request = g_new0 (SaveRequest, 1);
  guint n = konkurs_grading_progress_count_essays (progress);
  guint graded = konkurs_grading_progress_count_graded (progress);

  request->parent = g_object_ref (parent);
  request->toasts = g_object_ref (toasts);
  request->progress = g_object_ref (progress);
  if (graded == 0)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                                                     _("No essay has points for every criterion yet."));
      konkurs_error_dialog_present (parent, G_LOG_LEVEL_MESSAGE, _("Nothing to Save Yet"), error,
                                    _("Grade at least one essay in full, then save the results."));
      save_request_free (request);
      return;
    }
  if (graded < n)
    confirm_partial (request, n - graded, n);
  else
    choose_file (request);
}
