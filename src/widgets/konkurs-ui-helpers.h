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

/* Unsaved input in a dialog.  konkurs_ui_watch_changes() connects to every
 * input inside @window (editables, switches, check buttons, drop-downs,
 * combo rows, spin buttons, text views, list boxes) so that the first change
 * marks it dirty; call it once the fields are filled.  Inputs added later
 * call konkurs_ui_mark_dirty() themselves. */
void     konkurs_ui_watch_changes      (GtkWindow  *window);
void     konkurs_ui_mark_dirty         (GtkWindow  *window);
void     konkurs_ui_clear_dirty        (GtkWindow  *window);
gboolean konkurs_ui_is_dirty           (GtkWindow  *window);
/* For a dialog's close-request (Escape, the close button, Cancel): when it
 * is dirty, asks "Discard Changes?" ("Keep Editing" / "Discard", which
 * destroys @window) and returns TRUE to stop this close; FALSE otherwise. */
gboolean konkurs_ui_confirm_discard    (GtkWindow  *window);

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

/* The store refused to save: logs "@what: message" (at debug level when the
 * secretary can fix it, else as a warning) and, unless @label is NULL,
 * shows the message in @label. */
void        konkurs_ui_report_refusal     (const char   *what,
                                           const GError *error,
                                           GtkLabel     *label);

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
