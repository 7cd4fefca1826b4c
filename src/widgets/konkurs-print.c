/* konkurs-print.c — printing a document and saving it as PDF, from any view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-error-dialog.h"
#include "konkurs-job.h"
#include "konkurs-print.h"
#include "konkurs-print-preview.h"
#include "konkurs-ui-helpers.h"

#define PRINT_SETTINGS "konkurs-print-settings"
#define PDF_CHOOSER    "konkurs-pdf-chooser"

void
konkurs_print_show_error (GtkWidget    *source,
                          const char   *heading,
                          const GError *error)
{
  konkurs_error_dialog_present (konkurs_ui_get_parent_window (source), G_LOG_LEVEL_WARNING,
                                heading, error, NULL);
}

/* A callback for when the secretary confirms, to an object held weakly. */
typedef struct {
  KonkursPrintConfirmed  func;
  GWeakRef               target;
} Confirmation;

static Confirmation *
confirmation_new (KonkursPrintConfirmed func, gpointer target)
{
  Confirmation *confirmation;

  if (func == NULL)
    return NULL;
  confirmation = g_new0 (Confirmation, 1);
  confirmation->func = func;
  g_weak_ref_init (&confirmation->target, target);
  return confirmation;
}

static void
confirmation_free (Confirmation *confirmation)
{
  if (confirmation == NULL)
    return;
  g_weak_ref_clear (&confirmation->target);
  g_free (confirmation);
}

static void
confirmation_run (Confirmation *confirmation)
{
  g_autoptr(GObject) target = NULL;

  if (confirmation == NULL || (target = g_weak_ref_get (&confirmation->target)) == NULL)
    return;
  confirmation->func (target);
}

/* Printing */

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                KonkursDocument   *document)
{
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);
  guint n_pages;

  n_pages = konkurs_document_paginate (document,
                                       gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS),
                                       gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS));
  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              KonkursDocument   *document)
{
  if ((guint) page < konkurs_document_get_n_pages (document))
    konkurs_document_render_page (document, gtk_print_context_get_cairo_context (context), page);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               GtkWidget               *source)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_object_set_data_full (G_OBJECT (source), PRINT_SETTINGS,
                              g_object_ref (gtk_print_operation_get_print_settings (operation)),
                              g_object_unref);
      confirmation_run (g_object_get_data (G_OBJECT (operation), "confirmation"));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        konkurs_print_show_error (source, g_object_get_data (G_OBJECT (operation), "error-heading"), error);
    }
}

GtkPrintOperation *
konkurs_print_operation_new (KonkursDocument *document,
                             const char      *job_name)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (KONKURS_IS_DOCUMENT (document), NULL);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_default_page_setup (operation, setup);
  /* The document draws its own margins, in points from the paper's corner. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print),
                         g_object_ref (document), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page), document);
  return operation;
}

void
konkurs_print_run (GtkWidget             *source,
                   GtkWindow             *parent,
                   KonkursDocument       *document,
                   const char            *job_name,
                   const char            *error_heading,
                   KonkursPrintConfirmed  confirmed,
                   gpointer               user_data)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintSettings *settings;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_DOCUMENT (document));

  operation = konkurs_print_operation_new (document, job_name);
  g_object_set_data_full (G_OBJECT (operation), "error-heading", g_strdup (error_heading), g_free);
  g_object_set_data_full (G_OBJECT (operation), "confirmation", confirmation_new (confirmed, user_data),
                          (GDestroyNotify) confirmation_free);
  settings = g_object_get_data (G_OBJECT (source), PRINT_SETTINGS);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), source, 0);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               parent != NULL ? parent : konkurs_ui_get_parent_window (source),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    konkurs_print_show_error (source, error_heading, error);
}

void
konkurs_print_document (GtkWidget       *source,
                        KonkursDocument *document,
                        const char      *job_name,
                        const char      *error_heading)
{
  konkurs_print_run (source, NULL, document, job_name, error_heading, NULL, NULL);
}

/* PDF */

/* A document to write as PDF in a worker. */
typedef struct {
  KonkursDocument *document;
  char            *path;
  char            *error_heading;
  Confirmation    *confirmation;
} PdfWork;

static void
pdf_work_free (PdfWork *work)
{
  g_clear_object (&work->document);
  g_free (work->path);
  g_free (work->error_heading);
  confirmation_free (work->confirmation);
  g_free (work);
}

const char *
konkurs_print_request_name (const KonkursPrintRequest *request)
{
  g_return_val_if_fail (request != NULL && request->kind != NULL, NULL);

  return _(request->kind->file_stem_msgid);
}

char *
konkurs_print_request_save_title (const KonkursPrintRequest *request)
{
  /* Translators: title of the dialog that saves a PDF; %s is the name of a document, as “Announcement” */
  return g_strdup_printf (_("Save %s as PDF"), konkurs_print_request_name (request));
}

char *
konkurs_print_request_file_name (const KonkursPrintRequest *request)
{
  const char *name = konkurs_print_request_name (request);
  g_autofree char *base = request->record_name != NULL ? g_strdup_printf ("%s - %s", name, request->record_name)
                                                       : g_strdup (name);

  return konkurs_print_file_name (base);
}

static void
on_launched (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GtkWidget) source = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    konkurs_print_show_error (source, _("Could Not Open the PDF"), error);
}

static void
on_open_pdf (AdwToast  *toast,
             GtkWidget *source)
{
  const char *uri = g_object_get_data (G_OBJECT (toast), "uri");

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, on_launched, g_object_ref (source));
}

/* In a worker: a protocol of a big competition takes a while to draw. */
static gboolean
pdf_work_run (KonkursJob    *job,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  PdfWork *work = data;

  return konkurs_document_write_pdf (work->document, work->path, cancellable, error);
}

static void
announce_pdf (GtkWidget  *source,
              const char *path)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *title = NULL;
  AdwToast *toast;

  /* Toast titles are markup in libadwaita 1.2. */
  title = g_markup_printf_escaped (_("Saved “%s”"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Open"));
  g_object_set_data_full (G_OBJECT (toast), "uri", g_filename_to_uri (path, NULL, NULL), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_open_pdf), source, 0);
  g_signal_emit_by_name (source, "add-toast", toast);
  g_object_unref (toast);
}

static void
on_pdf_work_done (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GtkWidget) source = user_data;
  KonkursJob *job = KONKURS_JOB (object);
  PdfWork *work = konkurs_job_get_data (job);
  g_autoptr(GError) error = NULL;

  if (!konkurs_job_run_finish (job, result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        konkurs_print_show_error (source, work->error_heading, error);
      return;
    }
  /* The view went away while the job ran: nobody to tell. */
  if (g_cancellable_is_cancelled (konkurs_job_get_cancellable (job)))
    return;

  announce_pdf (source, work->path);
}

/* Takes @work.  @cancellable (may be NULL) is the view's, cancelled when
 * it goes. */
static void
run_pdf_work (GtkWidget    *source,
              PdfWork      *work,
              GCancellable *cancellable)
{
  g_autoptr(KonkursJob) job = konkurs_job_new (pdf_work_run, work, (GDestroyNotify) pdf_work_free);

  konkurs_job_run_async (job, cancellable, on_pdf_work_done, g_object_ref (source));
}

static void
destroy_chooser (gpointer data)
{
  gtk_native_dialog_destroy (data);
  g_object_unref (data);
}

/* The chooser is let go of as soon as it answers: a GtkFileChooserNative
 * keeps its GtkFileChooserDialog as a hidden toplevel, with no place on
 * the accessibility bus, and GTK 4.8 hands exactly that window to an
 * assistive tool asking for a child of the application just as a window
 * closes (index past the shown ones): the reply is built from a NULL object
 * path and the application dies in g_variant_new(). */
static void
on_pdf_chooser_response (GtkNativeDialog *chooser,
                         int              response,
                         GtkWidget       *source)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GCancellable) cancellable = NULL;
  PdfWork *work;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  work = g_object_steal_data (G_OBJECT (chooser), "work");
  g_set_object (&cancellable, g_object_get_data (G_OBJECT (chooser), "cancellable"));
  /* the last use of @chooser */
  if (g_object_get_data (G_OBJECT (source), PDF_CHOOSER) == chooser)
    konkurs_print_forget (source);

  if (work == NULL)
    return;
  if (file == NULL || g_file_peek_path (file) == NULL)
    {
      pdf_work_free (work);
      return;
    }
  work->path = g_file_get_path (file);
  confirmation_run (work->confirmation);
  run_pdf_work (source, work, cancellable);
}

KonkursCatalog *
konkurs_print_new_catalog (const char  *language_code,
                           GError     **error)
{
  KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK;

  if (!konkurs_doc_language_from_code (language_code, &language))
    language = KONKURS_DOC_LANGUAGE_KK;
  return konkurs_catalog_new (language, error);
}

void
konkurs_print_forget (GtkWidget *source)
{
  g_object_set_data (G_OBJECT (source), PDF_CHOOSER, NULL);
}

char *
konkurs_print_file_name (const char *base)
{
  g_autofree char *name = g_strdup (base != NULL ? base : "");

  g_strdelimit (g_strstrip (name), "/\\:*?\"<>|", '-');
  return g_strconcat (name, ".pdf", NULL);
}

static void
show_pdf_chooser (GtkWidget    *source,
                  GtkWindow    *parent,
                  PdfWork      *work,
                  const char   *title,
                  const char   *suggested_name,
                  GCancellable *cancellable)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, parent != NULL ? parent : konkurs_ui_get_parent_window (source),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* One chooser per view: a new one replaces (and closes) the last. */
  g_object_set_data_full (G_OBJECT (source), PDF_CHOOSER, chooser, destroy_chooser);

  g_object_set_data_full (G_OBJECT (chooser), "work", work, (GDestroyNotify) pdf_work_free);
  if (cancellable != NULL)
    g_object_set_data_full (G_OBJECT (chooser), "cancellable", g_object_ref (cancellable), g_object_unref);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_pdf_chooser_response), source, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
konkurs_print_save_pdf_run (GtkWidget             *source,
                            GtkWindow             *parent,
                            KonkursDocument       *document,
                            const char            *title,
                            const char            *suggested_name,
                            const char            *error_heading,
                            GCancellable          *cancellable,
                            KonkursPrintConfirmed  confirmed,
                            gpointer               user_data)
{
  PdfWork *work;

  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (KONKURS_IS_DOCUMENT (document));

  work = g_new0 (PdfWork, 1);
  work->document = g_object_ref (document);
  work->error_heading = g_strdup (error_heading);
  work->confirmation = confirmation_new (confirmed, user_data);
  show_pdf_chooser (source, parent, work, title, suggested_name, cancellable);
}

void
konkurs_print_save_pdf (GtkWidget       *source,
                        KonkursDocument *document,
                        const char      *title,
                        const char      *suggested_name,
                        const char      *error_heading,
                        GCancellable    *cancellable)
{
  konkurs_print_save_pdf_run (source, NULL, document, title, suggested_name, error_heading, cancellable,
                              NULL, NULL);
}

void
konkurs_print_request_save_pdf (GtkWidget                 *source,
                                const KonkursPrintRequest *request,
                                GCancellable              *cancellable)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (request != NULL && KONKURS_IS_STORE (request->store) && request->kind != NULL);

  konkurs_print_preview_present (source, request, KONKURS_PRINT_PREVIEW_SAVE_PDF, cancellable);
}

void
konkurs_print_request_print (GtkWidget                 *source,
                             const KonkursPrintRequest *request,
                             GCancellable              *cancellable)
{
  g_return_if_fail (GTK_IS_WIDGET (source));
  g_return_if_fail (request != NULL && KONKURS_IS_STORE (request->store) && request->kind != NULL);

  konkurs_print_preview_present (source, request, KONKURS_PRINT_PREVIEW_PRINT, cancellable);
}
