/* konkurs-store-chain.h — the record: the one way a change that matters
 * to a result is written down
 *
 * Every write that decides or may change a result (a decision, a score, a
 * vote, a test result, an essay assignment, a resolution, attendance, the
 * closing of a stage, the unsealing of identities…) calls
 * konkurs_store_record_row() — or konkurs_store_record() when it builds
 * the values itself — inside the same konkurs_store_op_begin() /
 * konkurs_store_op_finish() as the change, so that the change and its
 * entry are committed or rolled back together.  A table whose rows the
 * record must follow has a snapshot in konkurs-store-chain-private.h; then
 * konkurs_store_verify() checks each of its rows against the record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

/* Inside an operation (konkurs_store_op_begin()), appends an entry:
 * @action ("create", "update", "delete", "decide", "score"…) on row
 * @row_id of @table (0: the table as a whole), with the
 * row's values before and after the change as canonical JSON (NULL: none,
 * as before a creation or after a deletion) and @details, JSON saying
 * what the values do not (the engine's verdict of a decision), or NULL.
 * The actor is konkurs_store_dup_actor(); the time is now. */
gboolean konkurs_store_record     (KonkursStore  *self,
                                   const char    *action,
                                   const char    *table,
                                   gint64         row_id,
                                   const char    *before_json,
                                   const char    *after_json,
                                   const char    *details,
                                   GError       **error);

/* The same for a row of a tracked table, whose values the store reads
 * itself: before, the "after" of the row's latest entry; after, the row as
 * it is now.  Call it after an insert or an update, and before or after a
 * delete (@action "delete": before is the row's last values, after none). */
gboolean konkurs_store_record_row (KonkursStore  *self,
                                   const char    *action,
                                   const char    *table,
                                   gint64         row_id,
                                   const char    *details,
                                   GError       **error);

/* The values of row @row_id of @table as the record writes them, into
 * @values (NULL when the table is not tracked or has no such row): for a
 * caller that builds its entry with konkurs_store_record().  Like both,
 * only inside an operation (it uses the statements the store keeps). */
gboolean konkurs_store_snapshot   (KonkursStore  *self,
                                   const char    *table,
                                   gint64         row_id,
                                   char         **values,
                                   GError       **error);

/* The hash of the latest entry (64 hex digits; 64 zeros for an empty
 * record) and its sequence number in @seq. */
/* The entries of many rows of one operation, each what
 * konkurs_store_record_row() would append for it, all with the
 * operation's time: the head is read once, kept in memory and written by
 * konkurs_store_record_batch_finish(), so record nothing else in between.
 * For writes of thousands of rows (an essay draw's assignments). */
typedef struct _KonkursStoreRecordBatch KonkursStoreRecordBatch;

KonkursStoreRecordBatch *konkurs_store_record_batch_new    (KonkursStore             *self,
                                                            const char               *action,
                                                            const char               *table,
                                                            GError                  **error);
gboolean                 konkurs_store_record_batch_row    (KonkursStoreRecordBatch  *batch,
                                                            gint64                    row_id,
                                                            const char               *details,
                                                            GError                  **error);
/* konkurs_store_record_batch_row() under another @action than the
 * batch's (a results file's scores are each "score" or "update"). */
gboolean                 konkurs_store_record_batch_row_as (KonkursStoreRecordBatch  *batch,
                                                            const char               *action,
                                                            gint64                    row_id,
                                                            const char               *details,
                                                            GError                  **error);
gboolean                 konkurs_store_record_batch_finish (KonkursStoreRecordBatch  *batch,
                                                            GError                  **error);
void                     konkurs_store_record_batch_free   (KonkursStoreRecordBatch  *batch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStoreRecordBatch, konkurs_store_record_batch_free)

char    *konkurs_store_dup_record_head (KonkursStore  *self,
                                        gint64        *seq,
                                        GError       **error);

/* Adds @value to @checksum as the canonical form writes a field: its
 * length in bytes in decimal, ":" and its UTF-8 bytes; "-" for NULL. */
void     konkurs_chain_add_field (GChecksum *checksum, const char *value);

/* The first 16 hex digits of @hash in groups of four, to be read aloud:
 * "3f2a 9c01 77be 0d45". */
char    *konkurs_chain_format_head (const char *hash);

G_END_DECLS
