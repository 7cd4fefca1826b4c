/* konkurs-history-dialog.h — who changed what, and when: the audit log of
 * a competition or a candidate in words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store-audit.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_HISTORY_DIALOG (konkurs_history_dialog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursHistoryDialog, konkurs_history_dialog, KONKURS, HISTORY_DIALOG, AdwWindow)

/* A window "History" over @parent, subtitled @subject (the competition or
 * the person), with one row per entry of @entries (KonkursHistoryEntry,
 * oldest first, as the store lists them), or, when @entries is NULL, the
 * message of @error.  Escape closes it. */
KonkursHistoryDialog *konkurs_history_dialog_new (GtkWindow    *parent,
                                                  const char   *subject,
                                                  GPtrArray    *entries,
                                                  const GError *error);

/* What @entry did, in the interface language: "Changed the competition:
 * title, announcement date", "Decided on PK-…: admitted, against the
 * automatic check"… */
char *konkurs_history_describe (const KonkursHistoryEntry *entry);
/* When and who: "12.03.2026, 10:15 — A. Seitkali". */
char *konkurs_history_describe_when (const KonkursHistoryEntry *entry);

G_END_DECLS
