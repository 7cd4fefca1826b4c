/* konkurs-area.h — the base of each area of the window (Vacancies,
 * Candidates, and those to come)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-context.h"
#include "konkurs-document-registry.h"
#include "konkurs-print-preview.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_AREA (konkurs_area_get_type ())
G_DECLARE_DERIVABLE_TYPE (KonkursArea, konkurs_area, KONKURS, AREA, AdwBin)

struct _KonkursAreaClass
{
  AdwBinClass parent_class;

  /* The area was given another context, or none (then the store is NULL):
   * show what the store holds.  The handlers that
   * konkurs_area_connect_store() made on the old store are gone by then. */
  void (*context_changed) (KonkursArea *self);
  /* The class handler of "add-toast": hands the toast to the context. */
  void (*add_toast)       (KonkursArea *self,
                           AdwToast    *toast);
  /* The record the documents of @scope are printed for (the competition
   * the area shows, or filters by), 0 when there is none.  NULL: the area
   * prints nothing. */
  gint64 (*get_document_record) (KonkursArea          *self,
                                 KonkursDocumentScope  scope);
  /* area.print or area.save-pdf opened @preview of @request, not shown
   * yet: the area may follow what it issues (the Stages area records a
   * publication list).  NULL: nothing to follow. */
  void (*preview_opened) (KonkursArea               *self,
                          KonkursPrintPreview       *preview,
                          const KonkursPrintRequest *request);

  gpointer padding[6];
};

/* An area is a page of the window.  It gets everything it shares with the
 * other areas from its KonkursContext, and tells the window things only
 * through signals and actions.
 *
 * Properties: "context" (KonkursContext, may be NULL), "document-language"
 * ("kk" or "ru": the context's, "kk" while there is none).
 * Signals: "add-toast" (AdwToast *): the area has news for the window
 * (konkurs_print_save_pdf() emits it on the area by name); by default the
 * toast goes to the context.
 * Actions: area.document-language (s), for a "Document Language" menu;
 * area.print (s) and area.save-pdf (s), with the id of a document of the
 * registry (konkurs_document_kind_lookup()), which build it in the
 * document language for the area's record of the document's scope and
 * print it or save it as PDF.  They are on while the area has a record
 * (konkurs_area_documents_changed()).  area.documents opens the Print
 * menu (a KonkursDocumentsButton) the area shows, if any. */

KonkursContext *konkurs_area_get_context           (KonkursArea    *self);
void            konkurs_area_set_context           (KonkursArea    *self,
                                                    KonkursContext *context);
/* The context's store; NULL without a context. */
KonkursStore   *konkurs_area_get_store             (KonkursArea    *self);
/* Whether the area may change what the store holds: a store that is not
 * read-only.  The areas connect "notify::read-only" to follow it. */
gboolean        konkurs_area_is_writable           (KonkursArea    *self);
/* The context's settings; NULL without a context, or without settings
 * (tests). */
GSettings      *konkurs_area_get_settings          (KonkursArea    *self);
const char     *konkurs_area_get_document_language (KonkursArea    *self);
/* For work the area starts (printing, saving): cancelled when the area
 * is disposed. */
GCancellable   *konkurs_area_get_cancellable       (KonkursArea    *self);
/* Emits "add-toast" and drops the caller's reference to @toast. */
void            konkurs_area_add_toast             (KonkursArea    *self,
                                                    AdwToast       *toast);
/* A toast saying @text in the area that holds @inside, for work that
 * ends after its dialog has gone; nothing when @inside is in no area. */
void            konkurs_area_tell                  (GtkWidget      *inside,
                                                    const char     *text);
/* The record the documents of @scope are printed for now; 0 for none. */
gint64          konkurs_area_get_document_record   (KonkursArea          *self,
                                                    KonkursDocumentScope  scope);
/* What get_document_record() gives may have changed: the print actions
 * follow.  Call it when the area's selection or filter changes. */
void            konkurs_area_documents_changed     (KonkursArea    *self);
/* Connects @callback to @detailed_signal of the context's store, with the
 * area as its first argument (swapped), until the context changes or the
 * area is disposed.  Does nothing without a store. */
void            konkurs_area_connect_store         (KonkursArea    *self,
                                                    const char     *detailed_signal,
                                                    GCallback       callback);

G_END_DECLS
