/* konkurs-code-table-private.h — the tables that give the enums of the
 * rules their stored codes and their labels
 *
 * Private to the rules: every enum kept in the database or a file is
 * written as a code (never its number) and shown by a label (an N_()
 * msgid, NULL for an enum never shown alone).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  int         value;
  const char *code;
  const char *label;
} KonkursCodeEntry;

const KonkursCodeEntry *konkurs_code_table_find_value (const KonkursCodeEntry *entries, guint n, int value);
/* TRUE, and the value in @out (may be NULL), when @code (may be NULL) is in the table. */
gboolean                konkurs_code_table_find_code  (const KonkursCodeEntry *entries, guint n,
                                                       const char *code, int *out);

#define KONKURS_CODE_TABLE_TO_CODE(table, value) \
  ({ const KonkursCodeEntry *e_ = konkurs_code_table_find_value (table, G_N_ELEMENTS (table), (int) (value)); \
     e_ ? e_->code : NULL; })
#define KONKURS_CODE_TABLE_TO_LABEL(table, value) \
  ({ const KonkursCodeEntry *e_ = konkurs_code_table_find_value (table, G_N_ELEMENTS (table), (int) (value)); \
     e_ ? e_->label : NULL; })

G_END_DECLS
