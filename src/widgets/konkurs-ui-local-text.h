/* konkurs-ui-local-text.h — a text in Kazakh and in Russian, entered side
 * by side in a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-local-text.h"

G_BEGIN_DECLS

/* Two fields of a form for the two values of a KonkursLocalText: two
 * AdwEntryRows (any GtkEditable) or two GtkTextViews.  The form lays out a
 * first and a second field; the first takes the interface language, which
 * the secretary types first, the second the other one. */
typedef struct {
  GtkWidget *fields[2];   /* by KonkursDocLanguage */
} KonkursUiLocalFields;

/* Gives @first and @second their languages and their titles, @kk_title
 * or @ru_title: as the title of an AdwPreferencesRow, else in the label
 * given for it (@first_label, @second_label; may be NULL) and as the
 * accessible name of the field. */
void              konkurs_ui_local_fields_init   (KonkursUiLocalFields   *self,
                                                  GtkWidget              *first,
                                                  GtkLabel               *first_label,
                                                  GtkWidget              *second,
                                                  GtkLabel               *second_label,
                                                  const char             *kk_title,
                                                  const char             *ru_title);
void              konkurs_ui_local_fields_set    (KonkursUiLocalFields   *self,
                                                  const KonkursLocalText *text);
/* What is typed, without the white space around each value. */
KonkursLocalText *konkurs_ui_local_fields_get    (KonkursUiLocalFields   *self);
/* The field typed first: the one to mark when neither value is given. */
GtkWidget        *konkurs_ui_local_fields_first  (KonkursUiLocalFields   *self);
/* A sentence for a form to show under its fields when some of @texts
 * (NULL-terminated) is given in one language only, saying what documents
 * in the other language will print; NULL when every text given has both
 * values. */
char             *konkurs_ui_describe_missing    (const KonkursLocalText * const *texts);

G_END_DECLS
