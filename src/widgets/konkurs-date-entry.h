/* konkurs-date-entry.h — the one field every dialog takes a date with: an
 * entry with a calendar button beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KONKURS_TYPE_DATE_ENTRY (konkurs_date_entry_get_type ())
G_DECLARE_FINAL_TYPE (KonkursDateEntry, konkurs_date_entry, KONKURS, DATE_ENTRY, GtkWidget)

/* An entry and a calendar button, linked.  The entry shows the date in
 * full, in the interface language (konkurs_ui_format_date()); the
 * secretary may type it so, or as 14.05.1995 or 1995-05-14, and a date
 * typed in another form is written in full once the field loses the focus.
 * The calendar, in a popover, opens on the date of the field (today when it
 * has none) and writes the day picked into the entry.
 *
 * It is a GtkEditable: its text is the entry's, and "changed" tells every
 * change, typed or picked, so an edit dialog watches it like any entry.
 * Whether the text is a date is for the form to check
 * (konkurs_ui_check_date_field()); the "error" and "warning" style classes
 * given to the widget show on its entry.
 *
 * Properties: "date" (GDate, NULL while the text is no date; setting it
 * writes the text), "label" (the name assistive technologies give the
 * field), "activates-default" (TRUE: Enter in the entry activates the
 * window's default button), and those of GtkEditable ("text",
 * "placeholder-text" is the entry's own).  Signals: "activate" (no
 * arguments) on Enter in the entry. */
GtkWidget *konkurs_date_entry_new               (void);

/* TRUE, with the date in @date, when the text is one; FALSE with @date
 * cleared otherwise (an empty field too). */
gboolean   konkurs_date_entry_get_date          (KonkursDateEntry *self,
                                                 GDate            *date);
/* Writes @date in full; NULL or an invalid date empties the field. */
void       konkurs_date_entry_set_date          (KonkursDateEntry *self,
                                                 const GDate      *date);

const char *konkurs_date_entry_get_label        (KonkursDateEntry *self);
void        konkurs_date_entry_set_label        (KonkursDateEntry *self,
                                                 const char       *label);
void        konkurs_date_entry_set_placeholder_text (KonkursDateEntry *self,
                                                     const char       *text);

/* Opens the calendar, as its button does. */
void        konkurs_date_entry_popup_calendar   (KonkursDateEntry *self);
/* The calendar of the popover, for a test to pick a day with. */
GtkCalendar *konkurs_date_entry_get_calendar    (KonkursDateEntry *self);

G_END_DECLS
