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
 * These snapshots are those of schema version 14 (competition's scope is
 * of version 9, the rule set's stages of version 12, the essays and the
 * rule set's essay rules of version 13, the commissions and meetings,
 * the commission of a competition or stage and the rule set's quotas
 * and tie-breakers of version 14).  A migration that adds a
 * column to a tracked table changes the snapshot: it must copy the old
 * text into its own migration and append a "baseline" entry for every row
 * (as migration 7 does), or every row would fail --verify.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-private.h"

G_BEGIN_DECLS

#define KONKURS_CHAIN_SNAPSHOT_COMPETITION_V13 \
  "json_object ('number', number, 'rule_set_id', rule_set_id, 'procedure', procedure, " \
  "'state_body_kk', state_body_kk, 'state_body_ru', state_body_ru, 'title_kk', title_kk, " \
  "'title_ru', title_ru, 'announced_on', announced_on, 'scope', scope)"

/* A rule set with everything it holds: its values, validity, procedure
 * names and sectors, as schema versions 9 to 11 wrote it (the baselines
 * of migrations 9 and 10 write this, always). */
#define KONKURS_CHAIN_SNAPSHOT_RULE_SET_V9 \
  "json_object ('code', code, 'name_kk', name_kk, 'name_ru', name_ru, " \
  "'source_kk', source_kk, 'source_ru', source_ru, " \
  "'values', json ((SELECT json_group_object (v.key, v.value) FROM " \
  "  (SELECT key, value FROM rule_value WHERE rule_set_id = rule_set.id ORDER BY key) v)), " \
  "'validity', json ((SELECT json_group_array (json_array (v.scope, v.valid_from, v.valid_until)) FROM " \
  "  (SELECT * FROM rule_set_validity WHERE rule_set_id = rule_set.id ORDER BY scope) v)), " \
  "'procedures', json ((SELECT json_group_array (json_array (p.procedure, p.name_kk, p.name_ru)) FROM " \
  "  (SELECT * FROM rule_set_procedure WHERE rule_set_id = rule_set.id ORDER BY procedure) p)), " \
  "'sectors', json ((SELECT json_group_array (json_array (s.code, s.ordinal, s.name_kk, s.name_ru)) FROM " \
  "  (SELECT * FROM rule_set_sector WHERE rule_set_id = rule_set.id ORDER BY ordinal, code) s)))"

/* The stage rules of the rule_set_stage rows @where selects (over `s`), as
 * a JSON array of objects by track and number, each with its tests and
 * their parts: what a competition's stage copies (competition_stage.rules)
 * and what the record keeps of a rule set's stages. */
#define KONKURS_CHAIN_STAGE_RULES_JSON(where) \
  "(SELECT json_group_array (json (r)) FROM (\n" \
  "  SELECT json_object ('track', s.track, 'ordinal', s.ordinal, 'kind', s.kind, 'score', s.score,\n" \
  "    'max_score', s.max_score, 'threshold', s.threshold, 'admit_top', s.admit_top,\n" \
  "    'admit_share', s.admit_share, 'ties_go_on', s.ties_go_on, 'sole_goes_on', s.sole_goes_on,\n" \
  "    'duration_days', s.duration_days, 'weight_a', s.weight_a, 'weight_b', s.weight_b,\n" \
  "    'tests', (SELECT json_group_array (json (tj)) FROM (\n" \
  "      SELECT json_object ('code', t.code, 'max_score', t.max_score, 'pass_score', t.pass_score,\n" \
  "        'ranks', t.ranks, 'parts', (SELECT json_group_array (json (pj)) FROM (\n" \
  "          SELECT json_object ('code', p.code, 'max_score', p.max_score, 'min_score', p.min_score) AS pj\n" \
  "          FROM rule_set_test_part p WHERE p.rule_set_id = t.rule_set_id AND p.track = t.track\n" \
  "          AND p.stage_kind = t.stage_kind AND p.test_code = t.code ORDER BY p.ordinal))) AS tj\n" \
  "      FROM rule_set_test t WHERE t.rule_set_id = s.rule_set_id AND t.track = s.track\n" \
  "      AND t.stage_kind = s.kind ORDER BY t.ordinal))) AS r\n" \
  "  FROM rule_set_stage s WHERE " where "\n" \
  "  ORDER BY s.track, s.ordinal))"

/* Schema version 12: the record follows a rule set's stages as well, under
 * the key 'stages' after those of version 9 (migration 12 writes a
 * baseline of every rule set in this form; a later change of it must
 * copy this text for that migration, as _V9 is copied above). */
#define KONKURS_CHAIN_SNAPSHOT_RULE_SET_V12 \
  "json_insert (" KONKURS_CHAIN_SNAPSHOT_RULE_SET_V9 ", '$.stages', " \
  "json (" KONKURS_CHAIN_STAGE_RULES_JSON ("s.rule_set_id = rule_set.id") "))"

/* The essay rules of a rule set (schema version 13), per track with their
 * criteria in order. */
#define KONKURS_CHAIN_ESSAY_RULES_JSON \
  "(SELECT json_group_array (json (r)) FROM (\n" \
  "  SELECT json_object ('track', e.track, 'graders', e.graders, 'graders_per_essay', e.graders_per_essay,\n" \
  "    'min_share', json_array (e.min_share_numerator, e.min_share_denominator),\n" \
  "    'spread_limit', e.spread_limit, 'fourth_rule', e.fourth_rule, 'conflict_years', e.conflict_years,\n" \
  "    'max_words', e.max_words, 'max_minutes', e.max_minutes,\n" \
  "    'criteria', (SELECT json_group_array (json_array (c.code, c.name_kk, c.name_ru, c.description_kk,\n" \
  "        c.description_ru, c.min_points, c.max_points)) FROM (SELECT * FROM rule_set_essay_criterion c\n" \
  "        WHERE c.rule_set_id = e.rule_set_id AND c.track = e.track ORDER BY c.ordinal) c)) AS r\n" \
  "  FROM rule_set_essay e WHERE e.rule_set_id = rule_set.id ORDER BY e.track))"

/* Schema version 13 (issue 10): and its essay rules, under 'essays'. */
#define KONKURS_CHAIN_SNAPSHOT_RULE_SET_V13 \
  "json_insert (" KONKURS_CHAIN_SNAPSHOT_RULE_SET_V12 ", '$.essays', json (" KONKURS_CHAIN_ESSAY_RULES_JSON "))"

/* Schema version 14 (issue 11): and the sectors' quotas of the Youth
 * Reserve's top (those above 0, by sector code) under 'quotas', and the
 * tie-breakers per track, in order, under 'tie_breakers' (migration 14
 * writes a baseline of every rule set). */
#define KONKURS_CHAIN_SNAPSHOT_RULE_SET \
  "json_insert (" KONKURS_CHAIN_SNAPSHOT_RULE_SET_V13 ", " \
  "'$.quotas', json ((SELECT json_group_object (q.code, q.quota) FROM " \
  "  (SELECT code, quota FROM rule_set_sector WHERE rule_set_id = rule_set.id AND quota > 0 ORDER BY code) q)), " \
  "'$.tie_breakers', json ((SELECT json_group_array (json_array (t.track, t.stage_kind)) FROM " \
  "  (SELECT track, stage_kind FROM rule_set_tie_breaker WHERE rule_set_id = rule_set.id " \
  "   ORDER BY track, ordinal) t)))"

/* Migration 9 (issue 9) added data to vacancies and candidates without
 * changing the snapshot of a row that has none of it: what version 8 could
 * hold is written as version 8 wrote it, so that the record needs no
 * baseline; a row with the new data (an experience alternative, a numeric
 * result or level of a certificate, a kind of work, a dated exclusion)
 * carries it as well. */
#define KONKURS_CHAIN_SNAPSHOT_VACANCY_V8 \
  "json_object ('competition_id', competition_id, 'code', code, " \
  "'position_title_kk', position_title_kk, 'position_title_ru', position_title_ru, " \
  "'corps', corps, 'category', category, 'leadership', leadership, 'level', level, " \
  "'sector_kk', sector_kk, 'sector_ru', sector_ru, 'seats', seats, 'education', education, " \
  "'experience_years', experience_years, 'requirements_kk', requirements_kk, " \
  "'requirements_ru', requirements_ru)"

#define KONKURS_CHAIN_SNAPSHOT_VACANCY \
  "(CASE WHEN experience_civil_service_years IS NULL AND experience_field_years IS NULL " \
  "THEN " KONKURS_CHAIN_SNAPSHOT_VACANCY_V8 " " \
  "ELSE json_patch (" KONKURS_CHAIN_SNAPSHOT_VACANCY_V8 ", json_object (" \
  "'experience_civil_service_years', experience_civil_service_years, " \
  "'experience_field_years', experience_field_years)) END)"

/* As versions 7 and 8 wrote it (migration 7's baseline). */
#define KONKURS_CHAIN_SNAPSHOT_CANDIDATE_V8 \
  "json_object ('sha256', konkurs_sha256 (json_array (iin, surname, name, patronymic, birth_date, sex, " \
  "citizenship, phone, email, address, state_language_level, presidential_appointee, political_servant, " \
  "corps_a_servant, in_reserve, " \
  "(SELECT json_group_array (json_array (e.level, e.field, e.institution, e.year)) " \
  "   FROM (SELECT * FROM candidate_education WHERE candidate_id = candidate.id ORDER BY id) e), " \
  "(SELECT json_group_array (json_array (w.employer, w.position, w.started_on, w.ended_on)) " \
  "   FROM (SELECT * FROM work_period WHERE candidate_id = candidate.id ORDER BY id) w), " \
  "(SELECT json_group_array (json_array (c.kind, c.passed_on, c.result, c.number)) " \
  "   FROM (SELECT * FROM certificate WHERE candidate_id = candidate.id ORDER BY id) c))))"

#define KONKURS_CHAIN_CANDIDATE_VALUES \
  "json_array (iin, surname, name, patronymic, birth_date, sex, " \
  "citizenship, phone, email, address, state_language_level, presidential_appointee, political_servant, " \
  "corps_a_servant, in_reserve, " \
  "(SELECT json_group_array (json_array (e.level, e.field, e.institution, e.year)) " \
  "   FROM (SELECT * FROM candidate_education WHERE candidate_id = candidate.id ORDER BY id) e), " \
  "(SELECT json_group_array (CASE WHEN w.civil_service = 0 AND w.in_field = 0 " \
  "   THEN json_array (w.employer, w.position, w.started_on, w.ended_on) " \
  "   ELSE json_array (w.employer, w.position, w.started_on, w.ended_on, w.civil_service, w.in_field) END) " \
  "   FROM (SELECT * FROM work_period WHERE candidate_id = candidate.id ORDER BY id) w), " \
  "(SELECT json_group_array (CASE WHEN c.score IS NULL AND c.max_score IS NULL AND c.level IS NULL " \
  "   THEN json_array (c.kind, c.passed_on, c.result, c.number) " \
  "   ELSE json_array (c.kind, c.passed_on, c.result, c.number, c.score, c.max_score, c.level) END) " \
  "   FROM (SELECT * FROM certificate WHERE candidate_id = candidate.id ORDER BY id) c))"

#define KONKURS_CHAIN_CANDIDATE_DATED_EXCLUSIONS \
  "EXISTS (SELECT 1 FROM candidate_exclusion WHERE candidate_id = candidate.id " \
  "        AND (from_on IS NOT NULL OR until_on IS NOT NULL))"

#define KONKURS_CHAIN_SNAPSHOT_CANDIDATE \
  "json_object ('sha256', konkurs_sha256 (CASE WHEN " KONKURS_CHAIN_CANDIDATE_DATED_EXCLUSIONS " " \
  "THEN json_insert (" KONKURS_CHAIN_CANDIDATE_VALUES ", '$[#]', " \
  "  (SELECT json_group_array (json_array (x.kind, x.from_on, x.until_on)) " \
  "   FROM (SELECT * FROM candidate_exclusion WHERE candidate_id = candidate.id ORDER BY id) x)) " \
  "ELSE " KONKURS_CHAIN_CANDIDATE_VALUES " END))"

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
#define KONKURS_CHAIN_SNAPSHOT_STAGE_V13 \
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

/* As schema versions 11 and 12 wrote it (migration 11's baseline). */
#define KONKURS_CHAIN_SNAPSHOT_ESSAY_SCORE_V11 \
  "json_object ('essay_id', essay_id, 'expert_id', expert_id, 'score', score, 'comment', comment, " \
  "'scored_at', scored_at)"

/* Schema version 13 (issue 10): the essays, their graders and how they
 * were drawn, the packages, the results files, the points per criterion,
 * the chair's resolutions and the unsealing.  An essay's text is kept as
 * its SHA-256 (the record tells that it changed, not what it says); a
 * package's secret likewise. */
#define KONKURS_CHAIN_SNAPSHOT_ESSAY_SCORE \
  "json_object ('essay_id', essay_id, 'expert_id', expert_id, 'score', score, 'comment', comment, " \
  "'scored_at', scored_at, 'package_id', package_id, 'points', " \
  "(SELECT json_group_array (json_array (p.criterion, p.points)) " \
  "   FROM (SELECT * FROM essay_score_point WHERE essay_score_id = essay_score.id ORDER BY criterion) p))"

#define KONKURS_CHAIN_SNAPSHOT_EXPERT \
  "json_object ('full_name', full_name, 'background', background, 'employer', employer, 'email', email, " \
  "'phone', phone, 'member_id', member_id, 'sectors', " \
  "(SELECT json_group_array (s.sector) FROM (SELECT * FROM expert_sector WHERE expert_id = expert.id " \
  "   ORDER BY sector) s), 'conflicts', " \
  "(SELECT json_group_array (json_array (c.kind, c.value, c.note, c.declared_on)) " \
  "   FROM (SELECT * FROM expert_conflict WHERE expert_id = expert.id ORDER BY id) c))"

#define KONKURS_CHAIN_SNAPSHOT_ESSAY \
  "json_object ('application_id', application_id, 'stage_id', stage_id, 'topic', topic, " \
  "'body_sha256', konkurs_sha256 (body), 'language', language, 'word_count', word_count, " \
  "'minutes', minutes, 'submitted_at', submitted_at, 'proctor', proctor, 'proctor_note', proctor_note, " \
  "'source', source)"

#define KONKURS_CHAIN_SNAPSHOT_ESSAY_DRAW \
  "json_object ('stage_id', stage_id, 'purpose', purpose, 'seed', seed, 'algorithm', algorithm, " \
  "'drawn_at', drawn_at, 'drawn_by', drawn_by, 'n_pairs', n_pairs, 'input_sha256', konkurs_sha256 (input))"

#define KONKURS_CHAIN_SNAPSHOT_ESSAY_ASSIGNMENT \
  "json_object ('essay_id', essay_id, 'expert_id', expert_id, 'round', round, 'draw_id', draw_id, " \
  "'assigned_at', assigned_at, 'replaced_at', replaced_at, 'replaced_reason', replaced_reason)"

#define KONKURS_CHAIN_SNAPSHOT_ESSAY_PACKAGE \
  "json_object ('uid', uid, 'stage_id', stage_id, 'expert_id', expert_id, " \
  "'secret_sha256', konkurs_sha256 (secret), 'issued_at', issued_at, 'issued_by', issued_by, 'essays', " \
  "(SELECT json_group_array (p.essay_id) FROM (SELECT * FROM essay_package_essay " \
  "   WHERE package_id = essay_package.id ORDER BY essay_id) p))"

#define KONKURS_CHAIN_SNAPSHOT_ESSAY_RESULTS_FILE \
  "json_object ('package_id', package_id, 'digest', digest, 'imported_at', imported_at, " \
  "'imported_by', imported_by, 'source', source, 'reason', reason)"

#define KONKURS_CHAIN_SNAPSHOT_ESSAY_RESOLUTION \
  "json_object ('essay_id', essay_id, 'method', method, 'score', score, 'reason', reason, " \
  "'resolved_at', resolved_at, 'resolved_by', resolved_by)"

#define KONKURS_CHAIN_SNAPSHOT_ESSAY_UNSEALING \
  "json_object ('stage_id', stage_id, 'unsealed_at', unsealed_at, 'unsealed_by', unsealed_by)"

/* Schema version 14 (issue 11): a competition or a stage bound to a
 * commission carries its id; one without is written as version 13 wrote
 * it (migration 14 writes a baseline of the competitions it binds). */
#define KONKURS_CHAIN_SNAPSHOT_COMPETITION \
  "(CASE WHEN commission_id IS NULL THEN " KONKURS_CHAIN_SNAPSHOT_COMPETITION_V13 " " \
  "ELSE json_insert (" KONKURS_CHAIN_SNAPSHOT_COMPETITION_V13 ", '$.commission_id', commission_id) END)"

#define KONKURS_CHAIN_SNAPSHOT_STAGE \
  "(CASE WHEN commission_id IS NULL THEN " KONKURS_CHAIN_SNAPSHOT_STAGE_V13 " " \
  "ELSE json_insert (" KONKURS_CHAIN_SNAPSHOT_STAGE_V13 ", '$.commission_id', commission_id) END)"

/* Schema version 14 (issue 11): the commissions, their members and
 * meetings, and everything a meeting records. */
#define KONKURS_CHAIN_SNAPSHOT_COMMISSION \
  "json_object ('kind', kind, 'name_kk', name_kk, 'name_ru', name_ru, 'serves_kk', serves_kk, " \
  "'serves_ru', serves_ru, 'order_number', order_number, 'order_date', order_date)"

#define KONKURS_CHAIN_SNAPSHOT_COMMISSION_MEMBER \
  "json_object ('commission_id', commission_id, 'ordinal', ordinal, 'role', role, 'name_kk', name_kk, " \
  "'name_ru', name_ru, 'position_kk', position_kk, 'position_ru', position_ru, 'left_on', left_on)"

#define KONKURS_CHAIN_SNAPSHOT_MEETING \
  "json_object ('commission_id', commission_id, 'competition_id', competition_id, 'stage_id', stage_id, " \
  "'held_on', held_on, 'starts_at', starts_at, 'place_kk', place_kk, 'place_ru', place_ru, " \
  "'agenda_kk', agenda_kk, 'agenda_ru', agenda_ru, 'recording_name', recording_name, " \
  "'recording_sha256', recording_sha256, 'closed_at', closed_at, 'closed_by', closed_by)"

#define KONKURS_CHAIN_SNAPSHOT_MEETING_ATTENDANCE \
  "json_object ('meeting_id', meeting_id, 'member_id', member_id, 'present', present)"

#define KONKURS_CHAIN_SNAPSHOT_MEETING_OBSERVER \
  "json_object ('meeting_id', meeting_id, 'full_name', full_name, 'organisation', organisation, " \
  "'kind', kind, 'registered_on', registered_on)"

#define KONKURS_CHAIN_SNAPSHOT_MEETING_RECUSAL \
  "json_object ('meeting_id', meeting_id, 'member_id', member_id, 'application_id', application_id, " \
  "'reason', reason, 'declared_at', declared_at)"

#define KONKURS_CHAIN_SNAPSHOT_VOTE \
  "json_object ('meeting_id', meeting_id, 'member_id', member_id, 'application_id', application_id, " \
  "'ballot', ballot, 'score', score, 'dissent', dissent, 'recorded_at', recorded_at)"

#define KONKURS_CHAIN_SNAPSHOT_MEETING_DECISION \
  "json_object ('meeting_id', meeting_id, 'application_id', application_id, 'outcome', outcome, " \
  "'score', score, 'result', json (result), 'reason', reason, 'decided_at', decided_at, " \
  "'decided_by', decided_by)"

/* The final results (issue 11): the commission's choices at ties, the
 * vacancies' outcomes, the appointments and refusals, the reserve
 * register. */
#define KONKURS_CHAIN_SNAPSHOT_TIE_CHOICE \
  "json_object ('meeting_id', meeting_id, 'application_id', application_id, 'ordinal', ordinal, " \
  "'reason', reason, 'decided_at', decided_at)"

#define KONKURS_CHAIN_SNAPSHOT_VACANCY_OUTCOME \
  "json_object ('vacancy_id', vacancy_id, 'meeting_id', meeting_id, 'outcome', outcome, " \
  "'winner_application_id', winner_application_id, 'decided_on', decided_on, 'note', note)"

#define KONKURS_CHAIN_SNAPSHOT_APPOINTMENT \
  "json_object ('application_id', application_id, 'outcome', outcome, 'order_number', order_number, " \
  "'order_date', order_date, 'reason', reason, 'recorded_at', recorded_at, 'recorded_by', recorded_by)"

#define KONKURS_CHAIN_SNAPSHOT_RESERVE_REGISTER \
  "json_object ('candidate_id', candidate_id, 'application_id', application_id, " \
  "'competition_id', competition_id, 'sector', sector, 'admitted_on', admitted_on, " \
  "'term_ends_on', term_ends_on, 'left_on', left_on, 'left_reason', left_reason)"

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

/* Chained baseline entries, continuing from the head, for the rows that
 * @rows (an SQL select of n, table_name, row_id, after, numbered from 1)
 * gives: a migration that changes what the record's snapshot of a row says
 * writes the row's new values down, so that --verify finds them. */
#define CHAIN_BASELINE(rows) \
  "WITH RECURSIVE\n" \
  "  pending (n, table_name, row_id, after) AS MATERIALIZED (\n" \
  rows \
  "  chain (n, seq, hash, at) AS (\n" \
  "    SELECT 0, seq, hash, strftime ('%Y-%m-%dT%H:%M:%fZ', 'now') FROM audit_head\n" \
  "    UNION ALL\n" \
  "    SELECT p.n, chain.seq + 1,\n" \
  "           konkurs_record_hash (chain.hash, chain.seq + 1, chain.at, 'Konkurs', 'baseline',\n" \
  "                                p.table_name, p.row_id, NULL, p.after, NULL),\n" \
  "           chain.at\n" \
  "    FROM chain JOIN pending p ON p.n = chain.n + 1)\n" \
  "INSERT INTO audit_log (id, at, actor, action, table_name, row_id, before, after, details, hash)\n" \
  "  SELECT c.seq, c.at, 'Konkurs', 'baseline', p.table_name, p.row_id, NULL, p.after, NULL, c.hash\n" \
  "  FROM chain c JOIN pending p ON p.n = c.n ORDER BY c.n;\n" \
  "UPDATE audit_head SET (seq, hash) = (SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1)\n" \
  "  WHERE EXISTS (SELECT 1 FROM audit_log);\n"


/* A "baseline" entry for every row of @table, appended to the chain after
 * its head (the log is append-only, so each entry is hashed as it is
 * inserted), then the head moved to the last. */
#define APPEND_BASELINES(table, snapshot) \
  "INSERT INTO audit_log (id, at, actor, action, table_name, row_id, after, hash)\n" \
  "  WITH RECURSIVE fresh (n, row_id, after) AS (\n" \
  "      SELECT row_number () OVER (ORDER BY id), id, " snapshot " FROM " table "),\n" \
  "    stamp (at) AS (SELECT strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')),\n" \
  "    chain (n, seq, hash) AS (\n" \
  "      SELECT 0, seq, hash FROM audit_head WHERE id = 1\n" \
  "      UNION ALL\n" \
  "      SELECT fresh.n, chain.seq + 1, konkurs_record_hash (chain.hash, chain.seq + 1, stamp.at, 'Konkurs',\n" \
  "             'baseline', '" table "', fresh.row_id, NULL, fresh.after, NULL)\n" \
  "      FROM chain JOIN fresh ON fresh.n = chain.n + 1, stamp)\n" \
  "  SELECT chain.seq, stamp.at, 'Konkurs', 'baseline', '" table "', fresh.row_id, fresh.after, chain.hash\n" \
  "  FROM chain JOIN fresh ON fresh.n = chain.n, stamp;\n" \
  "UPDATE audit_head SET (seq, hash) = (SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1)\n" \
  "  WHERE id = 1 AND EXISTS (SELECT 1 FROM audit_log);\n"

G_END_DECLS
