/* konkurs-store-backup.h — a consistent, checked copy of a database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

/* Called with the fraction copied so far (0…1), in the copying thread;
 * konkurs_job_report_fraction() fits. */
typedef void (*KonkursStoreProgressFunc) (double fraction, gpointer user_data);

typedef struct {
  gint64 bytes;     /* size of the copy */
  gint64 pages;     /* pages copied */
} KonkursStoreBackupInfo;

/* Copies the database @source_path to @copy_path with SQLite's online
 * backup, step by step, so that it may run while a window has the
 * database open and writing (a change made meanwhile starts the copy over
 * from that point; the copy is of one committed state).  The copy is
 * written to a temporary file beside @copy_path with mode 0600, checked
 * (PRAGMA integrity_check, and that it is a Konkurs database), synced,
 * and only then renamed over @copy_path: a failure or a cancellation
 * leaves @copy_path as it was and no temporary file.
 *
 * Refused: a @source_path that is not a Konkurs database (as
 * konkurs_store_open() says), a @copy_path that is the database itself,
 * or one another Konkurs has open (LOCKED).  A full disk is FULL, naming
 * the copy.  @info, when not NULL, says what was written. */
gboolean konkurs_store_backup (const char               *source_path,
                               const char               *copy_path,
                               KonkursStoreProgressFunc  progress,
                               gpointer                  progress_data,
                               GCancellable             *cancellable,
                               KonkursStoreBackupInfo   *info,
                               GError                  **error);

G_END_DECLS
