/* konkurs-store-stage-records.h — a competition's stages with their
 * results and outcomes as the database holds them, for the full export
 * and for restoring it into an empty database
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

/* A row of one of the tables of the stages, with the rows that hang from
 * it: a stage (by its competition's number and its kind), and in it the
 * test results (with their parts), the members' scores, the assessments
 * (with their competencies) and the outcomes, each application named by
 * its personal code.  Values are the columns as stored, as text (NULL
 * where the column is NULL), named as the export's attributes name them:
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
} KonkursStageRecord;

KonkursStageRecord *konkurs_stage_record_new  (const KonkursStageRecordKind *kind);
void                konkurs_stage_record_free (KonkursStageRecord *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStageRecord, konkurs_stage_record_free)

/* The kind of the top rows, "stage". */
const KonkursStageRecordKind *konkurs_stage_record_kind_stage (void);
/* The value named @name, or NULL. */
const char *konkurs_stage_record_get (const KonkursStageRecord *record, const char *name);

/* Every stage of every competition, by competition number and ordinal,
 * with every row hanging from it in a stable order (personal code, test,
 * attempt…), so that export, restore and export give the same bytes. */
GPtrArray  *konkurs_store_list_stage_records (KonkursStore *self, GError **error);

/* Writes @record (a stage) and the rows hanging from it as they were, with
 * an entry "restore" in the record for each row the record follows.
 * NOT_FOUND naming the competition number or personal code the database
 * does not have; the schema's checks apply (INVALID). */
gboolean    konkurs_store_restore_stage_record (KonkursStore *self, const KonkursStageRecord *record,
                                                GError **error);

G_END_DECLS
