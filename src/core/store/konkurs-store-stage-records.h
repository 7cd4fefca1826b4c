/* konkurs-store-stage-records.h — rows as the database holds them, with
 * the rows that hang from them, for the full export and for restoring it
 * into an empty database: the rule sets, the stages of the competitions
 * with their results and outcomes, the test results of no stage, the
 * experts with the essays and their scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

/* A row of one of the tables, with the rows that hang from it: a rule set
 * (by code) with its values, procedures, sectors, validity and stage
 * rules; a stage (by its competition's number and its kind) and in it the
 * test results (with their parts), the members' scores, the assessments
 * (with their competencies) and the outcomes; a test result of no stage;
 * an expert with its sectors and conflicts; a draw; an essay with its
 * graders and resolution; a package with its essays and results files; a
 * score with its points; an unsealing.  An
 * application is named by its personal code, a member of the default
 * commission by its place in it, an expert by its place in the list of
 * experts.  Values are the columns as stored, as text (NULL where the
 * column is NULL), named as the export's attributes name them:
 * @values[i] is the value of the kind's names[i]. */
typedef struct _KonkursStageRecordKind KonkursStageRecordKind;

struct _KonkursStageRecordKind {
  const char                          *element;    /* "stage", "test-result", "part"… */
  const char * const                  *names;      /* NULL-terminated */
  const KonkursStageRecordKind * const *children;  /* NULL-terminated, may be empty */
};

typedef struct {
  const KonkursStageRecordKind *kind;
  char                        **values;    /* one per name; NULL for NULL */
  GPtrArray                    *children;  /* of KonkursStageRecord, in the order of the kind's children */
  gpointer                      source;    /* the caller's, e.g. the element it was read from; not freed */
} KonkursStageRecord;

KonkursStageRecord *konkurs_stage_record_new  (const KonkursStageRecordKind *kind);
void                konkurs_stage_record_free (KonkursStageRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStageRecord, konkurs_stage_record_free)

/* The kinds of the top rows. */
const KonkursStageRecordKind *konkurs_stage_record_kind_stage       (void);   /* "stage" */
const KonkursStageRecordKind *konkurs_stage_record_kind_test_result (void);   /* "test-result", of no stage */
const KonkursStageRecordKind *konkurs_stage_record_kind_rule_set    (void);   /* "rule-set" */
const KonkursStageRecordKind *konkurs_stage_record_kind_expert      (void);   /* "expert" */
const KonkursStageRecordKind *konkurs_stage_record_kind_essay       (void);   /* "essay" */
const KonkursStageRecordKind *konkurs_stage_record_kind_draw        (void);   /* "draw" */
const KonkursStageRecordKind *konkurs_stage_record_kind_package     (void);   /* "package" */
const KonkursStageRecordKind *konkurs_stage_record_kind_essay_score (void);   /* "score" */
const KonkursStageRecordKind *konkurs_stage_record_kind_unsealing   (void);   /* "unsealing" */
/* konkurs-store-commission-records.c (schema version 14): a commission
 * (by its place in the list of them) with its members and the
 * competitions and stages it serves; a meeting (by place) with its
 * attendance, observers, recusals, ballots, decisions and tie choices, a
 * member named by his place in the meeting's commission; a vacancy's
 * outcome; an appointment or refusal; an entry of the reserve register
 * (the candidate by IIN). */
const KonkursStageRecordKind *konkurs_stage_record_kind_commission      (void);   /* "commission" */
const KonkursStageRecordKind *konkurs_stage_record_kind_meeting         (void);   /* "meeting" */
const KonkursStageRecordKind *konkurs_stage_record_kind_vacancy_outcome (void);   /* "vacancy-outcome" */
const KonkursStageRecordKind *konkurs_stage_record_kind_appointment     (void);   /* "appointment" */
const KonkursStageRecordKind *konkurs_stage_record_kind_reserve         (void);   /* "reserve" */
/* The value named @name, or NULL. */
const char *konkurs_stage_record_get (const KonkursStageRecord *record, const char *name);

/* Every row of top kind @kind with every row hanging from it, in a stable
 * order (competition number, personal code, test, attempt…), so that
 * export, restore and export give the same bytes. */
GPtrArray  *konkurs_store_list_records (KonkursStore *self, const KonkursStageRecordKind *kind, GError **error);

/* Writes @record (of a top kind) and the rows hanging from it as they
 * were, with an entry "restore" in the record for each row the record
 * follows.  NOT_FOUND naming the competition number, personal code,
 * member or expert the database does not have; the schema's checks apply
 * (INVALID).  On an error, @failed (may be NULL) is the row at fault. */
gboolean    konkurs_store_restore_record (KonkursStore *self, const KonkursStageRecord *record,
                                          const KonkursStageRecord **failed, GError **error);

/* Deletes every rule set of a database that holds no competition, before
 * the rule sets of a full export are restored into it (each deletion in
 * the record).  INVALID, deleting nothing, when a competition is bound to
 * one, or when one has a code neither in @codes (those of the file) nor
 * of a rule set Konkurs ships: a copy of the secretary's, which the
 * restore would lose. */
gboolean    konkurs_store_clear_rule_sets (KonkursStore *self, const char * const *codes, GError **error);

/* Gives rule set @code, restored from a file of before schema version 14
 * (which names no tie-breakers), the tie-breakers migration 14 gave every
 * rule set, recorded. */
gboolean    konkurs_store_seed_tie_breakers (KonkursStore *self, const char *code, GError **error);

G_END_DECLS
