/* konkurs-ui-helpers.h — small pieces the candidate views and dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The date in the locale's short form (%x), or "Not set". */
char    *konkurs_ui_format_date        (const GDate *date);
/* The date as a person types it here: "31.12.2025". "" for an unset date. */
char    *konkurs_ui_format_date_input  (const GDate *date);
/* What a person typed: "31.12.2025", "2025-12-31", or the locale's form.
 * FALSE (and @date cleared) when it is no date. */
gboolean konkurs_ui_parse_date         (const char *text,
                                        GDate      *date);
void     konkurs_ui_get_today          (GDate      *date);

/* AdwEntryRow 1.2 does not name its inner text for assistive technologies. */
void     konkurs_ui_label_entry_row    (AdwEntryRow *row);
/* Marks @field with the "error" style class and shows @message in @label,
 * or (@message NULL) clears both. */
void     konkurs_ui_show_field_error   (GtkWidget  *field,
                                        GtkLabel   *label,
                                        const char *message);
/* The stripped text of an editable; free with g_free(). */
char    *konkurs_ui_get_stripped_text  (GtkEditable *editable);

/* GTK 4.8 does not name an icon-only GtkMenuButton after its tooltip. */
void     konkurs_ui_name_widget        (GtkWidget  *widget,
                                        const char *name);

G_END_DECLS
