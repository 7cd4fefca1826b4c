/* konkurs-window-exchange.c — import and export from the window
 *
 * The window's part of XML exchange, kept apart from konkurs-window.c: the
 * file choosers, the jobs and the messages that tell the result.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-error-dialog.h"
#include "konkurs-exchange.h"
#include "konkurs-job-dialog.h"
#include "konkurs-window-exchange.h"

typedef struct _ExchangeKind ExchangeKind;

/* What a job reads and writes; freed with the job. */
typedef struct {
  const ExchangeKind   *kind;
  KonkursStore         *store;
  char                 *path;
  int                   language;  /* of the texts a file does not declare; -1: none */
  KonkursImportSummary  summary;
} Exchange;

/* What differs between an import and an export; the rest is one path.
 * Strings are msgids. */
struct _ExchangeKind {
  const char      *heading;       /* of the progress dialog */
  KonkursJobFunc   work;
  const char      *cancelled;     /* toast */
  const char      *failed;        /* heading of the error dialog */
  const char      *consequence;   /* what a failure left behind */
  char          *(*describe)      (const Exchange *exchange);   /* toast on success */
};

static void
exchange_free (gpointer data)
{
  Exchange *exchange = data;

  g_clear_object (&exchange->store);
  g_clear_pointer (&exchange->path, g_free);
  g_free (exchange);
}

static GtkFileFilter *
xml_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("XML files"));
  gtk_file_filter_add_mime_type (filter, "application/xml");
  gtk_file_filter_add_mime_type (filter, "text/xml");
  gtk_file_filter_add_suffix (filter, "xml");
  return filter;
}

/* In the worker */

static gboolean
import_work (KonkursJob    *job,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  Exchange *exchange = data;

  if (exchange->language >= 0)
    return konkurs_exchange_import_file_in (exchange->store, exchange->path, exchange->language,
                                            &exchange->summary, konkurs_job_report_fraction, job,
                                            cancellable, error);
  return konkurs_exchange_import_file (exchange->store, exchange->path, &exchange->summary,
                                       konkurs_job_report_fraction, job, cancellable, error);
}

static gboolean
export_work (KonkursJob    *job,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  Exchange *exchange = data;

  return konkurs_exchange_export_database (exchange->store, exchange->path, cancellable, error);
}

/* Telling the result */

/* A file holds competitions, candidates, commissions or a meeting: say
 * what it added. */
static char *
describe_import (const Exchange *exchange)
{
  const KonkursImportSummary *summary = &exchange->summary;

  if (summary->ballots > 0 || summary->decisions > 0)
    {
      g_autofree char *ballots = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u ballot", "%u ballots",
                                                               summary->ballots),
                                                  summary->ballots);
      g_autofree char *decisions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u decision", "%u decisions",
                                                                 summary->decisions),
                                                    summary->decisions);

      /* Translators: the first %s is "N ballots", the second "N decisions" */
      return g_strdup_printf (_("Imported a meeting of the commission with %s and %s"), ballots, decisions);
    }
  if (summary->commissions > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Imported %u commission with its members",
                                         "Imported %u commissions with their members", summary->commissions),
                            summary->commissions);
  if (summary->candidates > 0)
    {
      g_autofree char *applications =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u application", "%u applications",
                                      summary->applications),
                         summary->applications);

      /* Translators: the %s is "N applications" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Imported %u candidate with %s",
                                           "Imported %u candidates with %s",
                                           summary->candidates),
                              summary->candidates, applications);
    }
  else
    {
      g_autofree char *vacancies =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u vacancy", "%u vacancies",
                                      summary->vacancies),
                         summary->vacancies);

      /* Translators: the %s is "N vacancies" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Imported %u competition with %s",
                                           "Imported %u competitions with %s",
                                           summary->competitions),
                              summary->competitions, vacancies);
    }
}

static char *
describe_export (const Exchange *exchange)
{
  g_autofree char *basename = g_path_get_basename (exchange->path);

  return g_strdup_printf (_("Exported to %s"), basename);
}

static const ExchangeKind import_kind = {
  N_("Importing"), import_work,
  N_("Import cancelled. Nothing was imported."),
  N_("Import Failed"), N_("Nothing was imported; the database is as it was."),
  describe_import,
};

static const ExchangeKind export_kind = {
  N_("Exporting"), export_work,
  N_("Export cancelled."),
  N_("Export Failed"), N_("No file was written; an existing file of that name is unchanged."),
  describe_export,
};

static void start_exchange (KonkursWindow *self, KonkursStore *store, const ExchangeKind *kind,
                            GFile *file, int language);

static void
on_language_chosen (AdwMessageDialog *dialog,
                    const char       *response,
                    KonkursWindow    *self)
{
  KonkursDocLanguage language;

  if (konkurs_doc_language_from_code (response, &language))
    start_exchange (self, g_object_get_data (G_OBJECT (dialog), "store"), &import_kind,
                    g_object_get_data (G_OBJECT (dialog), "file"), language);
}

/* A file of an older Konkurs, or written by hand, may not say which
 * language its texts are in (xml:lang): ask, and import it again in the
 * language chosen.  Nothing was imported meanwhile. */
static void
ask_language (KonkursWindow  *self,
              const Exchange *exchange)
{
  g_autofree char *basename = g_path_get_basename (exchange->path);
  const char *first = konkurs_doc_language_to_code (konkurs_interface_language ());
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("In Which Language Is the File?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("%s does not say in which language its texts are written. The state "
                                    "bodies, titles and positions it holds will be kept as the texts of the "
                                    "language you choose; the other language can be added later."),
                                  basename);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "kk", _("_Kazakh"), "ru", _("_Russian"), NULL);
  adw_message_dialog_set_response_appearance (dialog, first, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, first);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "store", g_object_ref (exchange->store), g_object_unref);
  g_object_set_data_full (G_OBJECT (dialog), "file", g_file_new_for_path (exchange->path), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_language_chosen), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The progress dialog is gone by now (it closes when the job stops). */
static void
on_exchange_done (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(KonkursWindow) self = user_data;
  KonkursJob *job = KONKURS_JOB (object);
  Exchange *exchange = konkurs_job_get_data (job);
  const ExchangeKind *kind = exchange->kind;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!konkurs_job_run_finish (job, result, &error))
    {
      if (g_error_matches (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_LANGUAGE_UNDECLARED))
        ask_language (self, exchange);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        konkurs_window_add_toast (self, adw_toast_new (_(kind->cancelled)));
      else
        /* A bad file is the user's to fix, not a fault of the program: a
         * message, not a warning. */
        konkurs_error_dialog_present (GTK_WINDOW (self), G_LOG_LEVEL_MESSAGE, _(kind->failed), error,
                                      _(kind->consequence));
      return;
    }

  message = kind->describe (exchange);
  konkurs_window_add_toast (self, adw_toast_new (message));
}

static void
start_exchange (KonkursWindow      *self,
                KonkursStore       *store,
                const ExchangeKind *kind,
                GFile              *file,
                int                 language)
{
  Exchange *exchange = g_new0 (Exchange, 1);
  g_autoptr(KonkursJob) job = konkurs_job_new (kind->work, exchange, exchange_free);
  g_autofree char *basename = g_file_get_basename (file);
  KonkursJobDialog *dialog;

  exchange->kind = kind;
  exchange->store = g_object_ref (store);
  exchange->path = g_file_get_path (file);
  exchange->language = language;

  dialog = konkurs_job_dialog_new (GTK_WINDOW (self), _(kind->heading), basename, job);
  gtk_window_present (GTK_WINDOW (dialog));
  konkurs_job_run_async (job, NULL, on_exchange_done, g_object_ref (self));
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    start_exchange (KONKURS_WINDOW (user_data),
                    g_object_get_data (G_OBJECT (chooser), "store"),
                    g_object_get_data (G_OBJECT (chooser), "kind"),
                    file, -1);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_file (KonkursWindow      *self,
             KonkursStore       *store,
             const ExchangeKind *kind,
             const char         *title,
             GtkFileChooserAction action,
             const char         *accept_label)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = xml_filter ();

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept_label, NULL);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("konkurs-database.xml"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "store", g_object_ref (store), g_object_unref);
  g_object_set_data (G_OBJECT (chooser), "kind", (gpointer) kind);
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chosen), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
konkurs_window_import (KonkursWindow *self,
                       KonkursStore  *store)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (KONKURS_IS_STORE (store));

  choose_file (self, store, &import_kind, _("Import Competitions, Candidates or a Whole Database"),
               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"));
}

void
konkurs_window_export (KonkursWindow *self,
                       KonkursStore  *store)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (KONKURS_IS_STORE (store));

  choose_file (self, store, &export_kind, _("Export the Whole Database"),
               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"));
}

void
konkurs_window_import_file (KonkursWindow *self,
                            KonkursStore  *store,
                            GFile         *file)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (KONKURS_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  start_exchange (self, store, &import_kind, file, -1);
}

void
konkurs_window_export_file (KonkursWindow *self,
                            KonkursStore  *store,
                            GFile         *file)
{
  g_return_if_fail (KONKURS_IS_WINDOW (self));
  g_return_if_fail (KONKURS_IS_STORE (store));
  g_return_if_fail (G_IS_FILE (file));

  start_exchange (self, store, &export_kind, file, -1);
}
