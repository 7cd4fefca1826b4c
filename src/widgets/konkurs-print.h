/* konkurs-print.h — printing a document and saving it as PDF, from any view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-catalog.h"
#include "konkurs-document-registry.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* Called once the secretary has confirmed: the print dialog sent the job,
 * or the save dialog chose a file (the PDF is then written in a worker).
 * Its user data is a GObject held weakly: gone, it is not called. */
typedef void (*KonkursPrintConfirmed) (gpointer user_data);

/* Shows the print dialog for @document (A4; the document draws its own
 * margins) over @parent, or the window of @source when NULL.  The print
 * settings chosen are kept on @source for the next time.  A failure is
 * shown in an AdwMessageDialog headed @error_heading.  @confirmed (may be
 * NULL) is called when the job was sent. */
void  konkurs_print_run            (GtkWidget             *source,
                                    GtkWindow             *parent,
                                    KonkursDocument       *document,
                                    const char            *job_name,
                                    const char            *error_heading,
                                    KonkursPrintConfirmed  confirmed,
                                    gpointer               user_data);
/* konkurs_print_run() over the window of @source, without a callback. */
void  konkurs_print_document       (GtkWidget       *source,
                                    KonkursDocument *document,
                                    const char      *job_name,
                                    const char      *error_heading);

/* The print operation konkurs_print_run() runs for @document: A4, the
 * document drawing its own margins, paginated for the paper chosen.
 * Tests export through it. */
GtkPrintOperation *konkurs_print_operation_new (KonkursDocument *document,
                                                const char      *job_name);

/* Asks where to save @document (over @parent, or the window of @source
 * when NULL), suggesting @suggested_name, then writes the PDF in a worker
 * thread.  When it is written, @source emits its "add-toast" signal
 * (AdwToast *) with a toast that opens the file.  @cancellable (may be
 * NULL) stops the writing; @confirmed (may be NULL) is called once a file
 * is chosen. */
void  konkurs_print_save_pdf_run   (GtkWidget             *source,
                                    GtkWindow             *parent,
                                    KonkursDocument       *document,
                                    const char            *title,
                                    const char            *suggested_name,
                                    const char            *error_heading,
                                    GCancellable          *cancellable,
                                    KonkursPrintConfirmed  confirmed,
                                    gpointer               user_data);
/* konkurs_print_save_pdf_run() over the window of @source, without a
 * callback. */
void  konkurs_print_save_pdf       (GtkWidget       *source,
                                    KonkursDocument *document,
                                    const char      *title,
                                    const char      *suggested_name,
                                    const char      *error_heading,
                                    GCancellable    *cancellable);

/* A document of the registry (konkurs-document-registry.h) to build from
 * the store, in a worker thread, for the record @id of the kind's scope.
 * What the window says of it (the job, the save dialog, the headings of
 * failures, the file name offered) it says with the kind's name, its
 * file_stem_msgid; the file name goes on with @record_name (may be NULL),
 * the state body of a competition. */
typedef struct {
  KonkursStore              *store;
  const KonkursDocumentKind *kind;
  gint64                     id;
  const char                *record_name;
  const char                *language_code;  /* of the document; see konkurs_print_new_catalog() */
} KonkursPrintRequest;

/* Every print and save goes through the print preview
 * (KonkursPrintPreview): the pages as they will print, in the document
 * language (switchable there), draft or final, with the protocol's number,
 * date, place and members present, and its Print… and Save as PDF…
 * buttons.  konkurs_print_request_print() opens it with Print… as the
 * default button, konkurs_print_request_save_pdf() with Save as PDF….
 * The request is copied.  @cancellable (may be NULL) is the view's,
 * cancelled when it goes. */
void  konkurs_print_request_print    (GtkWidget                 *source,
                                      const KonkursPrintRequest *request,
                                      GCancellable              *cancellable);
void  konkurs_print_request_save_pdf (GtkWidget                 *source,
                                      const KonkursPrintRequest *request,
                                      GCancellable              *cancellable);

/* What the window calls the document of @request, as menus name it. */
const char *konkurs_print_request_name (const KonkursPrintRequest *request);
/* The title of the save dialog and the file name it offers for @request. */
char *konkurs_print_request_save_title (const KonkursPrintRequest *request);
char *konkurs_print_request_file_name  (const KonkursPrintRequest *request);

/* "@base.pdf" with the characters that file systems refuse replaced. */
char *konkurs_print_file_name      (const char      *base);

/* The catalog for documents in the language of @language_code; in Kazakh,
 * the state language, when the code is unknown. */
KonkursCatalog *konkurs_print_new_catalog (const char  *language_code,
                                           GError     **error);

/* Closes a file chooser @source still shows; call from dispose. */
void  konkurs_print_forget         (GtkWidget       *source);

/* Logs and shows @error in an AdwMessageDialog over @source's window. */
void  konkurs_print_show_error     (GtkWidget       *source,
                                    const char      *heading,
                                    const GError    *error);

G_END_DECLS
