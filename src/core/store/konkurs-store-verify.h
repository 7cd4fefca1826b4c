/* konkurs-store-verify.h — checking the record: its chain of hashes, and
 * every row it follows against the values it last recorded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

typedef enum {
  KONKURS_VERIFY_OK,
  KONKURS_VERIFY_HASH,        /* an entry's hash is not that of its bytes and the one before */
  KONKURS_VERIFY_MISSING,     /* a number of the sequence is missing */
  KONKURS_VERIFY_ORDER,       /* two entries stand in each other's place */
  KONKURS_VERIFY_TRUNCATED,   /* the head names an entry past the last one */
  KONKURS_VERIFY_HEAD,        /* the head does not match the last entry */
  KONKURS_VERIFY_ROW,         /* a row differs from its latest entry's values */
  KONKURS_VERIFY_UNRECORDED,  /* a row the record never saw */
  KONKURS_VERIFY_GONE,        /* a row gone without an entry deleting it */
  KONKURS_VERIFY_ISSUE,       /* an issued document names a head the record does not have */
} KonkursVerifyProblem;

/* What konkurs_store_verify() found: the first problem, or none. */
typedef struct {
  KonkursVerifyProblem  problem;
  gint64                n_entries;
  char                 *head;       /* the hash of the last entry (64 zeros when none) */
  gint64                entry;      /* the entry at fault; 0 */
  char                 *table;      /* the row at fault: its table, NULL */
  gint64                row_id;
  char                 *message;    /* one sentence, "OK: 12 entries, head …" or what does not match */
} KonkursVerifyReport;

void konkurs_verify_report_free (KonkursVerifyReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursVerifyReport, konkurs_verify_report_free)

/* Recomputes the chain of the record and compares every row of the
 * tracked tables with the "after" of its latest entry, in one read
 * transaction (safe from a worker thread while the window writes).  A
 * mismatch is a report whose problem is not KONKURS_VERIFY_OK; NULL with
 * @error only when the database cannot be read (or @cancellable fired). */
KonkursVerifyReport *konkurs_store_verify (KonkursStore  *self,
                                           GCancellable  *cancellable,
                                           GError       **error);

/* The entry whose hash begins with @digits (hex, at least 8; spaces and
 * case ignored), as a printed footer gives the head: its number in
 * @seq, or 0 when the record has none.  Fails only when the database
 * cannot be read, or @digits are not hex digits (INVALID). */
gboolean konkurs_store_find_head (KonkursStore  *self,
                                  const char    *digits,
                                  gint64        *seq,
                                  GError       **error);

G_END_DECLS
