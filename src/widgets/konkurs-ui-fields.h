/* konkurs-ui-fields.h — reading the fields of a form and marking the ones
 * at fault
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-ui-dates.h"

G_BEGIN_DECLS

/* AdwEntryRow 1.2 does not name its inner text for assistive technologies. */
void     konkurs_ui_label_entry_row    (AdwEntryRow *row);
/* GTK 4.8 does not name an icon-only GtkMenuButton after its tooltip. */
void     konkurs_ui_name_widget        (GtkWidget  *widget,
                                        const char *name);
/* Gives @widget a name for the messages that point at it ("Complete
 * “Reason” first") and for assistive technologies, where neither a row's
 * title nor a placeholder names it. */
void     konkurs_ui_set_field_name     (GtkWidget  *widget,
                                        const char *name);
/* The name of the field @widget, as the form shows it: a row's title, a
 * date field's label, an entry's placeholder, the name given with
 * konkurs_ui_set_field_name(), or the title of the row or group around
 * it; NULL when nothing names it. */
const char *konkurs_ui_get_field_name  (GtkWidget  *widget);
/* Marks @field with the "error" style class and shows @message in @label,
 * or (@message NULL) clears both. */
void     konkurs_ui_show_field_error   (GtkWidget  *field,
                                        GtkLabel   *label,
                                        const char *message);
/* Reads the date typed in @field into @date, marking the field when it is
 * no date; an empty field is fine (and @date cleared) when @optional. */
gboolean konkurs_ui_check_date_field   (GtkEditable *field,
                                        gboolean     optional,
                                        GDate       *date);
/* The stripped text of an editable; free with g_free(). */
char    *konkurs_ui_get_stripped_text  (GtkEditable *editable);
/* The stripped text of a text view; free with g_free(). */
char    *konkurs_ui_get_text_view_text (GtkTextView *view);

/* A new AdwPreferencesGroup titled @title (with @description, may be
 * NULL) at the end of @box: the sections of a details page. */
AdwPreferencesGroup *konkurs_ui_append_group (GtkBox     *box,
                                              const char *title,
                                              const char *description);

G_END_DECLS
