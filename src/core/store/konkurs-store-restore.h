/* konkurs-store-restore.h — an application as the database holds it, with
 * its personal code and decision, for a full export and for restoring
 * that export into an empty database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

/* The columns of an application that a full export keeps, as stored
 * (codes and ISO dates as text; NULL where the column is NULL), with the
 * competition named by its number and the vacancy by its code. */
typedef struct {
  gint64  candidate_id;
  char   *competition_number;
  char   *vacancy_code;          /* NULL in a Youth Reserve selection */
  char   *sector;                /* a code of the rule set's list, or NULL */
  char   *personal_code;
  char   *received_on;           /* YYYY-MM-DD */
  char   *status;                /* "received", "admitted"… */
  char   *eligibility;           /* "pending", "eligible", "ineligible" */
  char   *decision_reason;       /* the secretary's words, "" when none */
  char   *decided_by;            /* NULL while pending */
  char   *decided_at;            /* as stored, e.g. 2025-03-10T09:15:00.000Z */
  char   *decision_failures;     /* the engine's failures, JSON as stored */
  char   *decision_checked_on;   /* YYYY-MM-DD */
} KonkursApplicationRecord;

void konkurs_application_record_free (KonkursApplicationRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursApplicationRecord, konkurs_application_record_free)

/* Every application, by candidate id, then by id (of
 * KonkursApplicationRecord). */
GPtrArray *konkurs_store_list_application_records (KonkursStore  *self,
                                                   GError       **error);

/* How many competitions and candidates the database holds: a full export
 * is restored only into an empty one. */
gboolean   konkurs_store_count_contents           (KonkursStore  *self,
                                                   gint64        *competitions,
                                                   gint64        *candidates,
                                                   GError       **error);

/* Writes application @record of candidate @candidate_id to the competition
 * and vacancy (0: none) of the ids given, as it was: its personal code,
 * status and decision, who took it and when, without asking the rules
 * again (they were asked when it was taken), with an audit entry
 * "restore".  The schema's checks still apply: a code used already, a
 * sector not of the rule set, a decision without its time fail with the
 * store's error.  The rules of a decision (a reason against the engine)
 * are not asked. */
gboolean   konkurs_store_restore_application      (KonkursStore                   *self,
                                                   gint64                          candidate_id,
                                                   gint64                          competition_id,
                                                   gint64                          vacancy_id,
                                                   const KonkursApplicationRecord *record,
                                                   GError                        **error);

G_END_DECLS
