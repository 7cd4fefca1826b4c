/* konkurs-store-stages-private.h — what the files of a competition's
 * stages share: the stage with its rules, who entered it, and the checks
 * and re-decisions every write of a result goes through
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-private.h"
#include "konkurs-store-stages.h"

G_BEGIN_DECLS

/* konkurs-store-schema-stages.c: the SQL of the migration of the stages
 * (in migrations[] of konkurs-store-schema.c). */
extern const char konkurs_store_migration_stages[];
extern const char konkurs_store_migration_stage_rules_record[];

/* konkurs-store-stage-rules.c: the stage rules of @rule_set from its
 * tables, added to it the first time they are asked for
 * (konkurs-store-rule-sets.c calls it on every rule set it reads). */
gboolean   konkurs_store_defer_stage_rules (KonkursStore *self, KonkursRuleSet *rule_set, GError **error);
/* The rules of stage @stage_id as copied into it (of KonkursStageRule). */
GPtrArray *konkurs_store_read_stage_rules  (KonkursStore *self, gint64 stage_id, GError **error);
/* Inserts stage @kind, number @ordinal, of @competition_id with a copy of
 * the rules of @rule_set_id for @kind in @tracks (a JSON array of track
 * codes), recorded; @dates_provisional when a date rests on a provisional
 * holiday.  The new id, or 0 with @error. */
gint64     konkurs_store_insert_stage      (KonkursStore *self, gint64 competition_id, gint64 rule_set_id,
                                            KonkursStageKind kind, int ordinal, const char *tracks,
                                            const GDate *starts_on, const GDate *ends_on,
                                            const GDate *published_on, gboolean dates_provisional,
                                            KonkursStageState state, GError **error);

/* One application that entered a stage. */
typedef struct {
  gint64        application_id;
  char         *personal_code;
  gint64        vacancy_id;    /* 0 in a Youth Reserve selection */
  int           level;         /* the vacancy's level, 0 without a vacancy */
  KonkursTrack  track;
  char         *status;        /* application.status */
  char         *eligibility;   /* application.eligibility */
} KonkursStageEntrant;

void       konkurs_stage_entrant_free      (KonkursStageEntrant *entrant);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStageEntrant, konkurs_stage_entrant_free)

/* konkurs-store-stages.c: stage @stage_id with its rules, without its
 * counts. */
KonkursStage *konkurs_store_read_stage     (KonkursStore *self, gint64 stage_id, GError **error);
/* The stages of @stage's competition (of
 * KonkursStage, with their rules), without making them. */
GPtrArray *konkurs_store_read_stages       (KonkursStore *self, gint64 competition_id, GError **error);
/* Records the deletion of the stages of @competition_id, which deleting
 * the competition takes along (ON DELETE CASCADE). */
gboolean   konkurs_store_forget_stages     (KonkursStore *self, gint64 competition_id, GError **error);
/* The applications that entered @stage, by personal code (of
 * KonkursStageEntrant): every application for the documents stage; for a
 * later one, those of a track it serves who went on from the last stage
 * before it that serves their track. */
GPtrArray *konkurs_store_list_entrants     (KonkursStore *self, const KonkursStage *stage, GError **error);
/* The entrant @application_id of @stage, or NULL with NOT_FOUND. */
KonkursStageEntrant *konkurs_store_find_entrant (KonkursStore *self, const KonkursStage *stage,
                                                 gint64 application_id, GError **error);
/* FALSE with NOT_FOUND: the application did not enter @stage. */
gboolean   konkurs_store_entrant_not_found (const KonkursStage *stage, GError **error);

/* Whether @stage takes a change: OPEN does; NOT_YET is STAGE_NOT_OPEN
 * naming the stage to close first; CLOSED takes a correction with a
 * non-blank @reason while the stage after it is not closed, else
 * STAGE_CLOSED. */
gboolean   konkurs_store_stage_check_writable (KonkursStore *self, const KonkursStage *stage,
                                               const char *reason, GError **error);

/* konkurs-store-stage-rows.c: sets the counts of @stage from its rows. */
gboolean   konkurs_store_stage_fill_counts (KonkursStore *self, KonkursStage *stage, GError **error);
/* After a correction of closed @stage, decides
 * it again and writes each changed outcome through the record with
 * @reason; nothing for an open stage.  Inside an operation. */
gboolean   konkurs_store_stage_redecide    (KonkursStore *self, const KonkursStage *stage, const char *reason,
                                            GError **error);
/* A decision on admission (konkurs-store-decisions.c) once the documents
 * review of @competition_id closed is a correction of that stage: check
 * it before writing (a reason, the testing not closed), and decide the
 * stage again after (only when *@closed says the review is closed).
 * Both do nothing while the review is open.  Inside an operation. */
gboolean   konkurs_store_documents_check_change (KonkursStore *self, gint64 competition_id, const char *reason,
                                                 gboolean *closed, GError **error);
gboolean   konkurs_store_documents_redecide     (KonkursStore *self, gint64 competition_id, const char *reason,
                                                 GError **error);
/* The record's details of a correction: {"reason": @reason}; NULL for none. */
char      *konkurs_store_stage_details     (KonkursStore *self, const char *reason, GError **error);

G_END_DECLS
