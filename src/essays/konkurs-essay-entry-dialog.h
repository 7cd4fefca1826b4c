/* konkurs-essay-entry-dialog.h — an essay typed or pasted in: personal
 * code, topic, language, time taken, the proctor's verdict and the text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-edit-dialog.h"
#include "konkurs-store-essays.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_ESSAY_ENTRY_DIALOG (konkurs_essay_entry_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursEssayEntryDialog, konkurs_essay_entry_dialog, KONKURS, ESSAY_ENTRY_DIALOG,
                      KonkursEditDialog)

/* For essay stage @stage_id; emits "saved" (the personal code) once the
 * store took the essay. */
KonkursEssayEntryDialog *konkurs_essay_entry_dialog_new (GtkWindow    *parent,
                                                         KonkursStore *store,
                                                         gint64        stage_id);

/* Words in @text as the dialog counts them: runs of letters or digits. */
int                      konkurs_essay_count_words      (const char *text);

G_END_DECLS
