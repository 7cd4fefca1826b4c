/* konkurs-store-stage-records.c — the stages, results and outcomes as
 * stored, for the full export and its restoring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A restored database must be the database it was exported from: every
 * attempt of every test with when it was entered, every member's score,
 * every outcome with its rank and reason, each stage's state, dates and
 * the rules it copied.  Each table is described once below (what is
 * read, in which order, and how it is written back), so that reading and
 * writing cannot disagree about a column.  Rows name their competition by
 * number and their application by personal code, which hold in any
 * database; row ids never leave the database.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"
#include "konkurs-store-rows-private.h"
#include "konkurs-store-stage-records.h"
#include "konkurs-store-stages.h"

/* How one table is read and written back.  @select reads its columns in
 * the order of the kind's names, then the row's id (for the rows that
 * hang from it), for the parent whose id is ?1 (the stages: all).
 * @insert takes the names' values as ?1…?n and the parent's id as ?n+1. */
typedef struct {
  KonkursStageRecordKind kind;
  const char            *select;
  const char            *insert;
  const char            *table;      /* followed by the record: NULL when its parent's entry holds it */
} Table;

#define APPLICATION_OF(n) "(SELECT id FROM application WHERE personal_code = ?" #n ")"

static const char * const part_names[] = { "code", "score", NULL };
static const Table part_table = {
  { "part", part_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT part, score, NULL FROM test_result_part WHERE test_result_id = ?1 ORDER BY part",
  "INSERT INTO test_result_part (part, score, test_result_id) VALUES (?1, ?2, ?3)",
  NULL,
};

static const char * const test_result_names[] = {
  "code", "test", "attempt", "taken-on", "present", "score", "max-score", "source", "entered-at", NULL
};
static const Table test_result_table = {
  { "test-result", test_result_names, (const KonkursStageRecordKind * const[]) { &part_table.kind, NULL } },
  "SELECT a.personal_code, t.test, t.attempt, t.taken_on, t.present, t.score, t.max_score, t.source, "
  "t.entered_at, t.id FROM test_result t JOIN application a ON a.id = t.application_id "
  "WHERE t.stage_id = ?1 ORDER BY a.personal_code, t.test, t.attempt",
  "INSERT INTO test_result (application_id, test, attempt, taken_on, present, score, max_score, source, "
  "entered_at, stage_id) VALUES (" APPLICATION_OF (1) ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  KONKURS_STORE_TABLE_TEST_RESULT,
};

static const char * const member_score_names[] = { "code", "member-id", "member-name", "score", "scored-at", NULL };
static const Table member_score_table = {
  { "member-score", member_score_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT a.personal_code, m.member_id, m.member_name, m.score, m.scored_at, m.id FROM stage_member_score m "
  "JOIN application a ON a.id = m.application_id WHERE m.stage_id = ?1 ORDER BY a.personal_code, m.member_id",
  "INSERT INTO stage_member_score (application_id, member_id, member_name, score, scored_at, stage_id) "
  "VALUES (" APPLICATION_OF (1) ", ?2, ?3, ?4, ?5, ?6)",
  KONKURS_STORE_TABLE_MEMBER_SCORE,
};

static const char * const competency_names[] = { "code", "ordinal", "assessor", "score", NULL };
static const Table competency_table = {
  { "competency", competency_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT competency, ordinal, assessor, score, NULL FROM assessment_competency WHERE assessment_id = ?1 "
  "ORDER BY ordinal, competency",
  "INSERT INTO assessment_competency (competency, ordinal, assessor, score, assessment_id) "
  "VALUES (?1, ?2, ?3, ?4, ?5)",
  NULL,
};

static const char * const assessment_names[] = { "code", "supervisor", "interview-rating", "score", "entered-at", NULL };
static const Table assessment_table = {
  { "assessment", assessment_names, (const KonkursStageRecordKind * const[]) { &competency_table.kind, NULL } },
  "SELECT a.personal_code, r.supervisor, r.interview_rating, r.score, r.entered_at, r.id FROM assessment_result r "
  "JOIN application a ON a.id = r.application_id WHERE r.stage_id = ?1 ORDER BY a.personal_code",
  "INSERT INTO assessment_result (application_id, supervisor, interview_rating, score, entered_at, stage_id) "
  "VALUES (" APPLICATION_OF (1) ", ?2, ?3, ?4, ?5, ?6)",
  KONKURS_STORE_TABLE_ASSESSMENT,
};

static const char * const outcome_names[] = {
  "code", "outcome", "reason", "score", "rank", "places", "n-ranked", "detail", "detail-score", "detail-mark",
  "detail-max", NULL
};
static const Table outcome_table = {
  { "outcome", outcome_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT a.personal_code, o.outcome, o.reason, o.score, o.rank, o.places, o.n_ranked, o.detail, o.detail_score, "
  "o.detail_mark, o.detail_max, o.id FROM stage_outcome o JOIN application a ON a.id = o.application_id "
  "WHERE o.stage_id = ?1 ORDER BY a.personal_code",
  "INSERT INTO stage_outcome (application_id, outcome, reason, score, rank, places, n_ranked, detail, "
  "detail_score, detail_mark, detail_max, stage_id) "
  "VALUES (" APPLICATION_OF (1) ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
  KONKURS_STORE_TABLE_STAGE_OUTCOME,
};

static const char * const stage_names[] = {
  "competition", "kind", "ordinal", "starts-on", "ends-on", "published-on", "dates-provisional", "state",
  "closed-at", "closed-by", "rules", NULL
};
static const Table stage_table = {
  { "stage", stage_names, (const KonkursStageRecordKind * const[]) {
      &test_result_table.kind, &member_score_table.kind, &assessment_table.kind, &outcome_table.kind, NULL } },
  "SELECT c.number, s.kind, s.ordinal, s.starts_on, s.ends_on, s.published_on, s.dates_provisional, s.state, "
  "s.closed_at, s.closed_by, s.rules, s.id FROM competition_stage s JOIN competition c ON c.id = s.competition_id "
  "WHERE ?1 IS NULL ORDER BY c.number, s.ordinal",
  "INSERT INTO competition_stage (competition_id, kind, ordinal, starts_on, ends_on, published_on, "
  "dates_provisional, state, closed_at, closed_by, rules) "
  "VALUES ((SELECT id FROM competition WHERE number = ?1), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
  KONKURS_STORE_TABLE_STAGE,
};

/* Every table, the kind first, so that a kind finds its table. */
static const Table * const tables[] = {
  &stage_table, &test_result_table, &part_table, &member_score_table, &assessment_table, &competency_table,
  &outcome_table,
};

static const Table *
table_of (const KonkursStageRecordKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (&tables[i]->kind == kind)
      return tables[i];
  g_return_val_if_reached (NULL);
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_stage (void)
{
  return &stage_table.kind;
}

KonkursStageRecord *
konkurs_stage_record_new (const KonkursStageRecordKind *kind)
{
  KonkursStageRecord *record = g_new0 (KonkursStageRecord, 1);

  record->kind = kind;
  record->values = g_new0 (char *, g_strv_length ((char **) kind->names) + 1);
  record->children = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_record_free);
  return record;
}

void
konkurs_stage_record_free (KonkursStageRecord *record)
{
  if (record == NULL)
    return;
  for (guint i = 0; record->kind->names[i] != NULL; i++)
    g_free (record->values[i]);
  g_free (record->values);
  g_ptr_array_unref (record->children);
  g_free (record);
}

const char *
konkurs_stage_record_get (const KonkursStageRecord *record,
                          const char               *name)
{
  for (guint i = 0; record->kind->names[i] != NULL; i++)
    if (g_str_equal (record->kind->names[i], name))
      return record->values[i];
  return NULL;
}

/* ------------------------------------------------------------------------ */
/* Reading                                                                   */

static gboolean read_rows (KonkursStore *self, const Table *table, gint64 parent, GPtrArray *into, GError **error);

static gboolean
read_children (KonkursStore *self, KonkursStageRecord *record, gint64 id, GError **error)
{
  for (guint i = 0; record->kind->children[i] != NULL; i++)
    if (!read_rows (self, table_of (record->kind->children[i]), id, record->children, error))
      return FALSE;
  return TRUE;
}

/* The rows of @table for @parent (0: all), appended to @into. */
static gboolean
read_rows (KonkursStore *self, const Table *table, gint64 parent, GPtrArray *into, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (self, table->select, error);
  guint n = g_strv_length ((char **) table->kind.names);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint first = into->len;
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (parent != 0)
    sqlite3_bind_int64 (stmt, 1, parent);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      KonkursStageRecord *record = konkurs_stage_record_new (&table->kind);
      gint64 id = sqlite3_column_int64 (stmt, n);

      for (guint i = 0; i < n; i++)
        record->values[i] = g_strdup ((const char *) sqlite3_column_text (stmt, i));
      g_ptr_array_add (into, record);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, rc, error);
      return FALSE;
    }
  for (guint i = 0; i < ids->len; i++)
    if (!read_children (self, g_ptr_array_index (into, first + i), g_array_index (ids, gint64, i), error))
      return FALSE;
  return TRUE;
}

GPtrArray *
konkurs_store_list_stage_records (KonkursStore  *self,
                                  GError       **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_record_free);

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  if (!read_rows (self, &stage_table, 0, records, error))
    return NULL;
  return g_steal_pointer (&records);
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                   */

/* The application or competition a row names must be in the database:
 * said by name, rather than as a failed constraint. */
static gboolean
check_reference (KonkursStore *self, const KonkursStageRecord *record, GError **error)
{
  const char *competition = konkurs_stage_record_get (record, "competition");
  const char *code = konkurs_stage_record_get (record, "code");
  const char *sql = competition != NULL ? "SELECT count(*) FROM competition WHERE number = ?1"
                                        : "SELECT count(*) FROM application WHERE personal_code = ?1";
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 count = 0;

  if (competition == NULL && (code == NULL || record->kind == &part_table.kind
                              || record->kind == &competency_table.kind))
    return TRUE;
  stmt = konkurs_store_prepare (self, sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, competition != NULL ? competition : code, -1, SQLITE_TRANSIENT);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &count, error))
    return FALSE;
  if (count > 0)
    return TRUE;
  if (competition != NULL)
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                 _("no competition is numbered '%s'"), competition);
  else
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                 _("no application has the personal code '%s'"), code);
  return FALSE;
}

static gboolean
insert_record (KonkursStore *self, const KonkursStageRecord *record, gint64 parent, GError **error)
{
  const Table *table = table_of (record->kind);
  guint n = g_strv_length ((char **) record->kind->names);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  if (!check_reference (self, record, error)
      || (stmt = konkurs_store_prepare (self, table->insert, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (record->values[i] != NULL)
      sqlite3_bind_text (stmt, i + 1, record->values[i], -1, SQLITE_TRANSIENT);
  if (parent != 0)
    sqlite3_bind_int64 (stmt, n + 1, parent);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, sqlite3_errcode (konkurs_store_get_db (self)), error);
      return FALSE;
    }
  id = sqlite3_last_insert_rowid (konkurs_store_get_db (self));
  for (guint i = 0; i < record->children->len; i++)
    if (!insert_record (self, g_ptr_array_index (record->children, i), id, error))
      return FALSE;
  /* after its children: a test result's entry holds its parts */
  if (table->table != NULL && !konkurs_store_record_row (self, "restore", table->table, id, NULL, error))
    return FALSE;
  if (table->table != NULL)
    konkurs_store_note_changed (self, table->table);
  return TRUE;
}

gboolean
konkurs_store_restore_stage_record (KonkursStore              *self,
                                    const KonkursStageRecord  *record,
                                    GError                   **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL && record->kind == &stage_table.kind, FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = insert_record (self, record, 0, error);
  return konkurs_store_op_finish (self, mark, ok, ok ? error : NULL);
}
