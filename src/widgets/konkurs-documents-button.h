/* konkurs-documents-button.h — the Print menu of an area: every document
 * of the registry for the area's record, each ready or saying why not
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-document-registry.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_DOCUMENTS_BUTTON (konkurs_documents_button_get_type ())
G_DECLARE_FINAL_TYPE (KonkursDocumentsButton, konkurs_documents_button, KONKURS, DOCUMENTS_BUTTON, GtkWidget)

/* A "Print" menu button, to be placed inside a KonkursArea.  Its popover
 * lists every document of the registry (konkurs_document_kind_list()) of
 * the scope of competitions: for each its name, "Print…" (area.print) and
 * "Save as PDF…" (area.save-pdf), and, when it cannot be printed, why
 * (no record chosen: "missing-record"; no applications yet…); then the
 * language of the documents (area.document-language).  What is ready is
 * looked at each time the popover opens, for the record the area gives
 * (konkurs_area_get_document_record()).
 *
 * Properties: "missing-record" (string: what to do when the area has no
 * record, e.g. "Choose a competition in the filter first."); "scope" (a
 * KonkursDocumentScope: the documents of a competition by default, or
 * those of a stage, not ready while the stage has not opened). */
GtkWidget *konkurs_documents_button_new                (void);

const char *konkurs_documents_button_get_missing_record (KonkursDocumentsButton *self);
void        konkurs_documents_button_set_missing_record (KonkursDocumentsButton *self,
                                                         const char             *text);
KonkursDocumentScope konkurs_documents_button_get_scope (KonkursDocumentsButton *self);
void        konkurs_documents_button_set_scope          (KonkursDocumentsButton *self,
                                                         KonkursDocumentScope    scope);
/* Opens the popover (Ctrl+P). */
void        konkurs_documents_button_popup              (KonkursDocumentsButton *self);
/* Why document @id cannot be printed now, as the popover says it; NULL
 * when it can.  For tests, and for whoever asks before printing. */
char       *konkurs_documents_button_dup_reason         (KonkursDocumentsButton *self,
                                                         const char             *id);

G_END_DECLS
