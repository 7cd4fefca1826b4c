/* konkurs-store-chain-private.h — the record: what each tracked table's
 * values are in it, and how an entry is hashed
 *
 * The values of a row, before and after a change, are a JSON object built
 * by SQLite from the row (so that every value is escaped the same way
 * wherever it is built: when recording, when verifying, in migration 7).
 * Keys are in the order written here; SQLite writes JSON compactly, with
 * integers in decimal and text as UTF-8 with its escapes.  A candidate is
 * kept as the SHA-256 of their values and papers, not as a copy of their
 * personal details: the record can tell that they changed, and a copy of
 * the file elsewhere can tell nothing else.
 *
 * These snapshots are those of schema version 7.  A migration that adds a
 * column to a tracked table changes the snapshot: it must copy the old
 * text into its own migration and append a "baseline" entry for every row
 * (as migration 7 does), or every row would fail --verify.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-private.h"

G_BEGIN_DECLS

#define KONKURS_CHAIN_SNAPSHOT_COMPETITION \
  "json_object ('number', number, 'rule_set_id', rule_set_id, 'procedure', procedure, " \
  "'state_body_kk', state_body_kk, 'state_body_ru', state_body_ru, 'title_kk', title_kk, " \
  "'title_ru', title_ru, 'announced_on', announced_on)"

#define KONKURS_CHAIN_SNAPSHOT_VACANCY \
  "json_object ('competition_id', competition_id, 'code', code, " \
  "'position_title_kk', position_title_kk, 'position_title_ru', position_title_ru, " \
  "'corps', corps, 'category', category, 'leadership', leadership, 'level', level, " \
  "'sector_kk', sector_kk, 'sector_ru', sector_ru, 'seats', seats, 'education', education, " \
  "'experience_years', experience_years, 'requirements_kk', requirements_kk, " \
  "'requirements_ru', requirements_ru)"

#define KONKURS_CHAIN_SNAPSHOT_CANDIDATE \
  "json_object ('sha256', konkurs_sha256 (json_array (iin, surname, name, patronymic, birth_date, sex, " \
  "citizenship, phone, email, address, state_language_level, presidential_appointee, political_servant, " \
  "corps_a_servant, in_reserve, " \
  "(SELECT json_group_array (json_array (e.level, e.field, e.institution, e.year)) " \
  "   FROM (SELECT * FROM candidate_education WHERE candidate_id = candidate.id ORDER BY id) e), " \
  "(SELECT json_group_array (json_array (w.employer, w.position, w.started_on, w.ended_on)) " \
  "   FROM (SELECT * FROM work_period WHERE candidate_id = candidate.id ORDER BY id) w), " \
  "(SELECT json_group_array (json_array (c.kind, c.passed_on, c.result, c.number)) " \
  "   FROM (SELECT * FROM certificate WHERE candidate_id = candidate.id ORDER BY id) c))))"

#define KONKURS_CHAIN_SNAPSHOT_APPLICATION \
  "json_object ('candidate_id', candidate_id, 'competition_id', competition_id, " \
  "'vacancy_id', vacancy_id, 'sector', sector, 'personal_code', personal_code, " \
  "'received_on', received_on, 'status', status, 'eligibility', eligibility, " \
  "'decision_reason', decision_reason, 'decided_by', decided_by, 'decided_at', decided_at, " \
  "'decision_failures', json (decision_failures), 'decision_checked_on', decision_checked_on)"

#define KONKURS_CHAIN_SNAPSHOT_ISSUED_DOCUMENT \
  "json_object ('kind', kind, 'competition_id', competition_id, 'number', number, " \
  "'issued_on', issued_on, 'place_kk', place_kk, 'place_ru', place_ru, " \
  "'commission', json (commission), 'present', json (present), 'language', language, " \
  "'issued_at', issued_at, 'issued_by', issued_by, 'chain_head', chain_head, " \
  "'rows_sha256', rows_sha256)"

/* Schema version 9 (issue 9): the stages and their results. */
#define KONKURS_CHAIN_SNAPSHOT_STAGE \
  "json_object ('competition_id', competition_id, 'kind', kind, 'ordinal', ordinal, " \
  "'starts_on', starts_on, 'ends_on', ends_on, 'published_on', published_on, " \
  "'dates_provisional', dates_provisional, 'state', state, 'closed_at', closed_at, " \
  "'closed_by', closed_by, 'rules', json (rules))"

#define KONKURS_CHAIN_SNAPSHOT_TEST_RESULT \
  "json_object ('application_id', application_id, 'stage_id', stage_id, 'test', test, " \
  "'attempt', attempt, 'taken_on', taken_on, 'present', present, 'score', score, " \
  "'max_score', max_score, 'source', source, 'entered_at', entered_at, 'parts', " \
  "(SELECT json_group_array (json_array (p.part, p.score)) " \
  "   FROM (SELECT * FROM test_result_part WHERE test_result_id = test_result.id ORDER BY part) p))"

#define KONKURS_CHAIN_SNAPSHOT_MEMBER_SCORE \
  "json_object ('stage_id', stage_id, 'application_id', application_id, 'member_id', member_id, " \
  "'member_name', member_name, 'score', score, 'scored_at', scored_at)"

#define KONKURS_CHAIN_SNAPSHOT_ASSESSMENT \
  "json_object ('stage_id', stage_id, 'application_id', application_id, 'supervisor', supervisor, " \
  "'interview_rating', interview_rating, 'score', score, 'entered_at', entered_at, 'competencies', " \
  "(SELECT json_group_array (json_array (c.competency, c.assessor, c.score)) " \
  "   FROM (SELECT * FROM assessment_competency WHERE assessment_id = assessment_result.id " \
  "         ORDER BY ordinal) c))"

#define KONKURS_CHAIN_SNAPSHOT_STAGE_OUTCOME \
  "json_object ('stage_id', stage_id, 'application_id', application_id, 'outcome', outcome, " \
  "'reason', reason, 'score', score, 'rank', rank, 'places', places, 'n_ranked', n_ranked, " \
  "'detail', detail, 'detail_score', detail_score, 'detail_mark', detail_mark, " \
  "'detail_max', detail_max)"

#define KONKURS_CHAIN_SNAPSHOT_ESSAY_SCORE \
  "json_object ('essay_id', essay_id, 'expert_id', expert_id, 'score', score, 'comment', comment, " \
  "'scored_at', scored_at)"

/* The tables whose every row the record follows: each current row's
 * values equal the "after" of its latest entry. */
typedef struct {
  const char *table;
  const char *snapshot;   /* an expression over the table's row */
} KonkursChainTable;

extern const KonkursChainTable konkurs_chain_tables[];
extern const guint             konkurs_chain_n_tables;

/* The snapshot of @table, NULL when the record does not follow it. */
const char *konkurs_chain_snapshot_sql (const char *table);

/* The hash of the entry before the first: 64 zeros. */
#define KONKURS_CHAIN_GENESIS "0000000000000000000000000000000000000000000000000000000000000000"

/* The fields of an entry, in the order the canonical form writes them. */
typedef struct {
  gint64      seq;
  const char *at;
  const char *actor;
  const char *action;
  const char *table;
  gboolean    has_row_id;
  gint64      row_id;
  const char *before;   /* NULL: none */
  const char *after;
  const char *details;
} KonkursChainEntry;

/* SHA-256, in lowercase hex, of @previous (64 hex digits) followed by the
 * canonical bytes of @entry: README.md, "The record", says what they are. */
char *konkurs_chain_hash (const char *previous, const KonkursChainEntry *entry);

/* Registers konkurs_sha256 (text) and konkurs_record_hash (previous, seq,
 * at, actor, action, table, row_id, before, after, details) on @db. */
int   konkurs_chain_register_functions (sqlite3 *db);

G_END_DECLS
