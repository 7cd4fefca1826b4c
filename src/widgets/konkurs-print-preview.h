/* konkurs-print-preview.h — the pages of a document as they will print,
 * before printing or saving them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-print.h"

G_BEGIN_DECLS

/* What the secretary asked for: its button is the preview's default. */
typedef enum {
  KONKURS_PRINT_PREVIEW_PRINT,
  KONKURS_PRINT_PREVIEW_SAVE_PDF,
} KonkursPrintPreviewAction;

#define KONKURS_TYPE_PRINT_PREVIEW (konkurs_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (KonkursPrintPreview, konkurs_print_preview, KONKURS, PRINT_PREVIEW, AdwWindow)

/* A window over @source's that builds the document of @request in a
 * worker and shows its pages exactly as they will print (the same
 * KonkursDocument draws both), one at a time, with page navigation and
 * zoom.  At its side: the document language, switchable; whether it is
 * final or a draft, and how many applications are not decided yet (which
 * makes it a draft); for a protocol the commission signs, its number, date
 * and place and the members present, with the quorum they make (a final
 * protocol without one is refused); and the fields printed in the other
 * language.  Print… and Save as PDF… print what is shown; a final
 * protocol so issued is kept in the register of issued documents, and the
 * preview closes.  Toasts and print settings go to @source.
 *
 * Properties: "document" (KonkursDocument, read-only: the one shown, NULL
 * until the first is built), "building" (gboolean, read-only: what is
 * shown is out of date, from an edit until the document is built again;
 * Print… and Save as PDF… wait meanwhile),
 * "language" ("kk" or "ru").
 * Signal "issued" (gboolean draft): the document shown was printed or
 * saved (after a final protocol was kept in the register). */
KonkursPrintPreview *konkurs_print_preview_new           (GtkWidget                 *source,
                                                          const KonkursPrintRequest *request,
                                                          KonkursPrintPreviewAction  action,
                                                          GCancellable              *cancellable);
/* konkurs_print_preview_new(), then shown. */
void                 konkurs_print_preview_present       (GtkWidget                 *source,
                                                          const KonkursPrintRequest *request,
                                                          KonkursPrintPreviewAction  action,
                                                          GCancellable              *cancellable);

KonkursDocument     *konkurs_print_preview_get_document  (KonkursPrintPreview       *self);
gboolean             konkurs_print_preview_is_building   (KonkursPrintPreview       *self);
const char          *konkurs_print_preview_get_language  (KonkursPrintPreview       *self);
/* Rebuilds the document in @code ("kk", "ru"), as the language buttons do. */
void                 konkurs_print_preview_set_language  (KonkursPrintPreview       *self,
                                                          const char                *code);
/* The page shown, 0-based. */
guint                konkurs_print_preview_get_page      (KonkursPrintPreview       *self);

G_END_DECLS
