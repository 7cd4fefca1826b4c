/* konkurs-ui-helpers.h — small pieces the views and dialogs share; dates
 * and form fields have headers of their own, included here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-competition.h"
#include "konkurs-ui-dates.h"
#include "konkurs-ui-fields.h"

G_BEGIN_DECLS

/* The window of @widget, for dialogs to stay over; NULL before it has one. */
GtkWindow  *konkurs_ui_get_parent_window  (GtkWidget  *widget);
/* _(@msgid), or "" for a value that has no label. */
const char *konkurs_ui_translate_label    (const char *msgid);
/* The name a competition goes by: its title, or its state body when it has
 * none (most are known by their state body alone). */
const char *konkurs_ui_competition_name   (KonkursCompetition *competition);
/* A left-aligned label that ellipsizes, as table cells and list rows use. */
GtkWidget  *konkurs_ui_new_cell_label     (void);
/* Appends a resizable column to @view whose cells @setup and @bind make,
 * both handlers given @column as user data.  @width: fixed, in pixels, or -1
 * to share what is left.  Returns the column, owned by @view. */
GtkColumnViewColumn *konkurs_ui_append_column (GtkColumnView *view,
                                               const char    *title,
                                               GCallback      setup,
                                               GCallback      bind,
                                               int            column,
                                               int            width);

/* The views' shared "document-language" property and "add-toast" signal:
 * konkurs_print_save_pdf() emits "add-toast" on the view by name. */
GParamSpec *konkurs_ui_document_language_pspec (void);
guint       konkurs_ui_add_toast_signal_new    (GType        type);
/* Stores @code in *@field when it is a known document language.  TRUE when
 * the value changed and the caller should notify. */
gboolean    konkurs_ui_set_document_language   (char       **field,
                                                const char  *code);
/* Replaces the binding of @object's "document-language" to *@field with one
 * to @settings (may be NULL). */
void        konkurs_ui_bind_document_language  (GObject     *object,
                                                GSettings  **field,
                                                GSettings   *settings);

G_END_DECLS
