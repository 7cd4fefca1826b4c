/* konkurs-context.h — what every area of a window shares: the store, the
 * settings, the language of printed documents and a way to show toasts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_CONTEXT (konkurs_context_get_type ())
G_DECLARE_FINAL_TYPE (KonkursContext, konkurs_context, KONKURS, CONTEXT, GObject)

/* One per window, made by the window and given to each area (KonkursArea).
 *
 * Properties: "store" (KonkursStore, construct-only), "settings"
 * (GSettings, construct-only, may be NULL), "document-language" ("kk" or
 * "ru": the language documents are printed in; bound to the GSettings key
 * of that name when there are settings, else kept while the context lives).
 * Signals: "add-toast" (AdwToast *): an area has news; the window shows it. */
KonkursContext *konkurs_context_new                   (KonkursStore   *store,
                                                       GSettings      *settings);

KonkursStore   *konkurs_context_get_store             (KonkursContext *self);
/* NULL when the window was made without settings (tests). */
GSettings      *konkurs_context_get_settings          (KonkursContext *self);
const char     *konkurs_context_get_document_language (KonkursContext *self);
/* A code other than "kk" or "ru" is refused with a warning. */
void            konkurs_context_set_document_language (KonkursContext *self,
                                                       const char     *code);
/* The "document-language" property and the "add-toast" signal (one
 * AdwToast argument), which the context and each area have: @class_offset
 * of the class handler, or 0. */
GParamSpec     *konkurs_document_language_pspec       (void);
guint           konkurs_add_toast_signal_new          (GType           type,
                                                       guint           class_offset);
/* Stores a copy of @code in *@slot when it is a known document language
 * ("kk", "ru"); an unknown one is refused with a warning.  TRUE when *@slot
 * changed. */
gboolean        konkurs_document_language_replace     (char          **slot,
                                                       const char     *code);
/* Takes ownership of @toast, as adw_toast_overlay_add_toast() does. */
void            konkurs_context_add_toast             (KonkursContext *self,
                                                       AdwToast       *toast);

G_END_DECLS
