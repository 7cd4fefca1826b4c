/* konkurs-store-audit.h — reading the audit log back: the history of a
 * competition or of a candidate, as the details panes show it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

/* One entry of the audit log, with what the window needs to say it in
 * words.  The values of a snapshot are the row's after the change (its
 * last values, for a deletion). */
typedef struct {
  gint64     id;               /* of the entry: the log's order */
  GDateTime *at;               /* UTC */
  char      *actor;            /* who did it, as recorded */
  char      *action;           /* "create", "update", "delete", "restore", "apply", "decide"… */
  char      *table;            /* "competition", "vacancy", "application", "candidate" */
  gint64     row_id;
  char      *subject;          /* what the row is called: a title, a position, a personal code; "" */
  char      *changed;          /* for "update" and "restore": the keys of the snapshot whose value
                                * differs from the entry before, comma-separated; "" */
  char      *decision;         /* for "decide": "admitted" or "refused"; "" */
  gboolean   against_engine;   /* for "decide": against the automatic check */
  char      *reason;           /* for "decide": the reason written; "" */
} KonkursHistoryEntry;

void konkurs_history_entry_free (KonkursHistoryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursHistoryEntry, konkurs_history_entry_free)

/* The entries of row @row_id of @table ("competition", "vacancy",
 * "application", "candidate"), oldest first; NULL with @error on failure. */
GPtrArray *konkurs_store_list_history             (KonkursStore  *self,
                                                   const char    *table,
                                                   gint64         row_id,
                                                   GError       **error);
/* A competition's entries and those of its vacancies, deleted ones
 * included, oldest first. */
GPtrArray *konkurs_store_list_competition_history (KonkursStore  *self,
                                                   gint64         competition_id,
                                                   GError       **error);
/* A candidate's entries and those of their applications, deleted ones
 * included, oldest first. */
GPtrArray *konkurs_store_list_candidate_history   (KonkursStore  *self,
                                                   gint64         candidate_id,
                                                   GError       **error);

G_END_DECLS
