/* konkurs-ui-helpers.h — small pieces the views and dialogs share; dates
 * and form fields have headers of their own, included here
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-competition.h"
#include "konkurs-store.h"
#include "konkurs-ui-dates.h"
#include "konkurs-ui-fields.h"

G_BEGIN_DECLS

/* The window of @widget, for dialogs to stay over; NULL before it has one. */
GtkWindow  *konkurs_ui_get_parent_window  (GtkWidget  *widget);
/* "kk" or "ru": the language the interface speaks, for a document to be
 * in by default; Kazakh, the state language, for any other. */
const char *konkurs_ui_get_interface_language (void);
/* _(@msgid), or "" for a value that has no label. */
const char *konkurs_ui_translate_label    (const char *msgid);
/* The name a competition goes by: its title, or its state body when it has
 * none (most are known by their state body alone). */
const char *konkurs_ui_competition_name   (KonkursCompetition *competition);
/* Shows @error's message in @label, or hides @label when @error is NULL:
 * the line under a page's header that says what could not be read. */
void        konkurs_ui_show_error         (GtkLabel           *label,
                                           const GError       *error);
/* How many months a certificate of the candidate stays valid today, by
 * the rule set that judges it (konkurs_store_get_certificate_validity_months()),
 * for the details of the Candidates area and the candidate dialog to say
 * the same; a store that cannot tell is logged, and the usual term given. */
int         konkurs_ui_certificate_validity_months (KonkursStore *store,
                                                    gint64        candidate_id);
G_END_DECLS
