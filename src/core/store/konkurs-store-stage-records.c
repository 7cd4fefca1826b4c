/* konkurs-store-stage-records.c — rule sets, stages, results, outcomes,
 * experts and essays as stored, for the full export and its restoring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A restored database must be the database it was exported from: every
 * rule set with its values and stage rules, every attempt of every test
 * with when it was entered, every member's and expert's score, every
 * outcome with its rank and reason, each stage's state, dates and the
 * rules it copied, and the grading of the essays (issue 10: experts,
 * draws, essays, packages, results files, points, resolutions,
 * unsealings).  Each table is described once below (what is read, in
 * which order, and how it is written back), so that reading and writing
 * cannot disagree about a column.  Rows name their competition by number,
 * their application by personal code, a rule set by its code, a member of
 * the default commission and an expert by their place in the list of
 * them, which hold in any database; row ids never leave the database.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-private.h"
#include "konkurs-store-rows-private.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-store-records-private.h"
#include "konkurs-store-stages.h"

static const char * const part_names[] = { "code", "score", NULL };
static const Table part_table = {
  { "part", part_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT part, score, NULL FROM test_result_part WHERE test_result_id = ?1 ORDER BY part",
  "INSERT INTO test_result_part (part, score, test_result_id) VALUES (?1, ?2, ?3)",
  NULL, REFERS_TO_NOTHING,
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
  KONKURS_STORE_TABLE_TEST_RESULT, REFERS_TO_APPLICATION,
};

/* A member is named by the place in the default commission (the order it
 * signs in, as the export's <organisation> lists it), which the restore
 * finds again whatever ids the commission gets; one no longer in it keeps
 * the id it had ("member-id"), which no member of a restored commission
 * has unless the same id came back by chance. */
#define MEMBER_PLACE \
  "(SELECT count(*) FROM default_commission_member d WHERE d.ordinal <= " \
  "(SELECT ordinal FROM default_commission_member WHERE id = m.member_id))"
#define IS_MEMBER "m.member_id IN (SELECT id FROM default_commission_member)"

static const char * const member_score_names[] = {
  "code", "member", "member-id", "member-name", "score", "scored-at", NULL
};
static const Table member_score_table = {
  { "member-score", member_score_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT a.personal_code, CASE WHEN " IS_MEMBER " THEN " MEMBER_PLACE " END, "
  "CASE WHEN " IS_MEMBER " THEN NULL ELSE m.member_id END, m.member_name, m.score, m.scored_at, m.id "
  "FROM stage_member_score m JOIN application a ON a.id = m.application_id WHERE m.stage_id = ?1 "
  "ORDER BY a.personal_code, m.member_id",
  "INSERT INTO stage_member_score (application_id, member_id, member_name, score, scored_at, stage_id) "
  "VALUES (" APPLICATION_OF (1) ", CASE WHEN ?2 IS NULL THEN ?3 ELSE "
  "(SELECT id FROM default_commission_member ORDER BY ordinal LIMIT 1 OFFSET ?2 - 1) END, ?4, ?5, ?6, ?7)",
  KONKURS_STORE_TABLE_MEMBER_SCORE, REFERS_TO_MEMBER,
};

static const char * const competency_names[] = { "code", "ordinal", "assessor", "score", NULL };
static const Table competency_table = {
  { "competency", competency_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT competency, ordinal, assessor, score, NULL FROM assessment_competency WHERE assessment_id = ?1 "
  "ORDER BY ordinal, competency",
  "INSERT INTO assessment_competency (competency, ordinal, assessor, score, assessment_id) "
  "VALUES (?1, ?2, ?3, ?4, ?5)",
  NULL, REFERS_TO_NOTHING,
};

static const char * const assessment_names[] = { "code", "supervisor", "interview-rating", "score", "entered-at", NULL };
static const Table assessment_table = {
  { "assessment", assessment_names, (const KonkursStageRecordKind * const[]) { &competency_table.kind, NULL } },
  "SELECT a.personal_code, r.supervisor, r.interview_rating, r.score, r.entered_at, r.id FROM assessment_result r "
  "JOIN application a ON a.id = r.application_id WHERE r.stage_id = ?1 ORDER BY a.personal_code",
  "INSERT INTO assessment_result (application_id, supervisor, interview_rating, score, entered_at, stage_id) "
  "VALUES (" APPLICATION_OF (1) ", ?2, ?3, ?4, ?5, ?6)",
  KONKURS_STORE_TABLE_ASSESSMENT, REFERS_TO_APPLICATION,
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
  KONKURS_STORE_TABLE_STAGE_OUTCOME, REFERS_TO_APPLICATION,
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
  KONKURS_STORE_TABLE_STAGE, REFERS_TO_COMPETITION,
};

/* A test result of no stage: of before the stages, or a certificate's. */
static const Table free_test_result_table = {
  { "test-result", test_result_names, (const KonkursStageRecordKind * const[]) { &part_table.kind, NULL } },
  "SELECT a.personal_code, t.test, t.attempt, t.taken_on, t.present, t.score, t.max_score, t.source, "
  "t.entered_at, t.id FROM test_result t JOIN application a ON a.id = t.application_id "
  "WHERE t.stage_id IS NULL AND ?1 IS NULL ORDER BY a.personal_code, t.test, t.attempt, t.entered_at, t.id",
  "INSERT INTO test_result (application_id, test, attempt, taken_on, present, score, max_score, source, "
  "entered_at, stage_id) VALUES (" APPLICATION_OF (1) ", ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  KONKURS_STORE_TABLE_TEST_RESULT, REFERS_TO_APPLICATION,
};

/* A rule set and its parts, each as the Rule Sets window keeps them. */
#define RULE_SET_PART(element, names, columns, table, order, n) \
  { { element, names, (const KonkursStageRecordKind * const[]) { NULL } }, \
    "SELECT " columns ", NULL FROM " table " WHERE rule_set_id = ?1 ORDER BY " order, \
    "INSERT INTO " table " (" columns ", rule_set_id) VALUES (" n ")", NULL, REFERS_TO_NOTHING }

static const char * const rule_value_names[] = { "key", "value", NULL };
static const Table rule_value_table =
  RULE_SET_PART ("value", rule_value_names, "key, value", "rule_value", "key", "?1, ?2, ?3");

static const char * const procedure_names[] = { "procedure", "name-kk", "name-ru", NULL };
static const Table procedure_table =
  RULE_SET_PART ("procedure", procedure_names, "procedure, name_kk, name_ru", "rule_set_procedure", "procedure",
                 "?1, ?2, ?3, ?4");

/* quota: of schema version 14; a file of before has none */
static const char * const sector_names[] = { "code", "ordinal", "name-kk", "name-ru", "quota", NULL };
static const Table sector_table =
  RULE_SET_PART ("sector", sector_names, "code, ordinal, name_kk, name_ru, quota", "rule_set_sector",
                 "ordinal, code", "?1, ?2, ?3, ?4, ifnull (?5, 0), ?6");

static const char * const validity_names[] = { "scope", "valid-from", "valid-until", NULL };
static const Table validity_table =
  RULE_SET_PART ("validity", validity_names, "scope, valid_from, valid_until", "rule_set_validity", "scope",
                 "?1, ?2, ?3, ?4");

static const char * const stage_rule_names[] = {
  "track", "ordinal", "kind", "score", "max-score", "threshold", "admit-top", "admit-share", "ties-go-on",
  "sole-goes-on", "duration-days", "weight-a", "weight-b", NULL
};
static const Table stage_rule_table =
  RULE_SET_PART ("stage-rule", stage_rule_names, "track, ordinal, kind, score, max_score, threshold, admit_top, "
                 "admit_share, ties_go_on, sole_goes_on, duration_days, weight_a, weight_b", "rule_set_stage",
                 "track, ordinal", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14");

static const char * const rule_test_names[] = {
  "track", "stage-kind", "code", "ordinal", "max-score", "pass-score", "ranks", NULL
};
static const Table rule_test_table =
  RULE_SET_PART ("test", rule_test_names, "track, stage_kind, code, ordinal, max_score, pass_score, ranks",
                 "rule_set_test", "track, stage_kind, ordinal, code", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8");

static const char * const rule_part_names[] = {
  "track", "stage-kind", "test", "code", "ordinal", "max-score", "min-score", NULL
};
static const Table rule_part_table =
  RULE_SET_PART ("test-part", rule_part_names, "track, stage_kind, test_code, code, ordinal, max_score, min_score",
                 "rule_set_test_part", "track, stage_kind, test_code, ordinal, code",
                 "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8");

static const char * const rule_essay_names[] = {
  "track", "graders", "graders-per-essay", "min-share-numerator", "min-share-denominator", "spread-limit",
  "fourth-rule", "conflict-years", "max-words", "max-minutes", NULL
};
static const Table rule_essay_table =
  RULE_SET_PART ("essay-rule", rule_essay_names, "track, graders, graders_per_essay, min_share_numerator, "
                 "min_share_denominator, spread_limit, fourth_rule, conflict_years, max_words, max_minutes",
                 "rule_set_essay", "track", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11");

static const char * const rule_criterion_names[] = {
  "track", "code", "ordinal", "name-kk", "name-ru", "description-kk", "description-ru", "min-points",
  "max-points", NULL
};
static const Table rule_criterion_table =
  RULE_SET_PART ("essay-criterion", rule_criterion_names, "track, code, ordinal, name_kk, name_ru, description_kk, "
                 "description_ru, min_points, max_points", "rule_set_essay_criterion", "track, ordinal, code",
                 "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10");

/* Schema version 14: the stages that break a tie after the commission's
 * result. */
static const char * const tie_breaker_names[] = { "track", "ordinal", "stage-kind", NULL };
static const Table tie_breaker_table =
  RULE_SET_PART ("tie-breaker", tie_breaker_names, "track, ordinal, stage_kind", "rule_set_tie_breaker",
                 "track, ordinal", "?1, ?2, ?3, ?4");

static const char * const rule_set_names[] = {
  "code", "name-kk", "name-ru", "source-kk", "source-ru", "valid-from", NULL
};
static const Table rule_set_table = {
  { "rule-set", rule_set_names, (const KonkursStageRecordKind * const[]) {
      &rule_value_table.kind, &procedure_table.kind, &sector_table.kind, &validity_table.kind,
      &stage_rule_table.kind, &rule_test_table.kind, &rule_part_table.kind, &rule_essay_table.kind,
      &rule_criterion_table.kind, &tie_breaker_table.kind, NULL } },
  "SELECT code, name_kk, name_ru, source_kk, source_ru, valid_from, id FROM rule_set WHERE ?1 IS NULL ORDER BY code",
  "INSERT INTO rule_set (code, name_kk, name_ru, source_kk, source_ru, valid_from) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  "rule_set", REFERS_TO_NOTHING,
};

/* The grading of the essays (konkurs-essay-grading.xsd), in the order it
 * is restored: the experts (each expert's entry in the record after its
 * sectors and conflicts), the draws, the essays with their graders and
 * resolution, the packages with the essays they held (the package's entry
 * after them) and the results files, the scores (after the packages they
 * came back in) with their points, the unsealings.  A stage is named by
 * its competition's number and its kind, an expert and a draw by their
 * place, a package by its uid. */
/* A commission grader is named by the place of its member in the default
 * commission, as a member's score is (IS_MEMBER, MEMBER_PLACE); one of a
 * member no longer in it keeps the id it had ("member-id"). */
#define IS_GRADER_MEMBER "e.member_id IN (SELECT id FROM default_commission_member)"
#define GRADER_MEMBER_PLACE \
  "(SELECT count(*) FROM default_commission_member d WHERE d.ordinal <= " \
  "(SELECT ordinal FROM default_commission_member WHERE id = e.member_id))"

static const char * const expert_sector_names[] = { "code", NULL };
static const Table expert_sector_table = {
  { "sector", expert_sector_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT sector, NULL FROM expert_sector WHERE expert_id = ?1 ORDER BY sector",
  "INSERT INTO expert_sector (sector, expert_id) VALUES (?1, ?2)",
  NULL, REFERS_TO_NOTHING,
};

static const char * const expert_conflict_names[] = { "kind", "value", "note", "declared-on", NULL };
static const Table expert_conflict_table = {
  { "conflict", expert_conflict_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT kind, value, note, declared_on, NULL FROM expert_conflict WHERE expert_id = ?1 ORDER BY id",
  "INSERT INTO expert_conflict (kind, value, note, declared_on, expert_id) VALUES (?1, ?2, ?3, ?4, ?5)",
  NULL, REFERS_TO_NOTHING,
};

static const char * const expert_names[] = {
  "full-name", "sector", "background", "email", "phone", "employer", "member", "member-id", NULL
};
static const Table expert_table = {
  { "expert", expert_names, (const KonkursStageRecordKind * const[]) {
      &expert_sector_table.kind, &expert_conflict_table.kind, NULL } },
  "SELECT e.full_name, e.sector, e.background, e.email, e.phone, e.employer, "
  "CASE WHEN " IS_GRADER_MEMBER " THEN " GRADER_MEMBER_PLACE " END, "
  "CASE WHEN NOT " IS_GRADER_MEMBER " THEN e.member_id END, e.id FROM expert e WHERE ?1 IS NULL ORDER BY e.id",
  "INSERT INTO expert (full_name, sector, background, email, phone, employer, member_id) "
  "VALUES (?1, ifnull (?2, ''), ?3, ifnull (?4, ''), ifnull (?5, ''), ifnull (?6, ''), CASE WHEN ?7 IS NOT NULL "
  "THEN (SELECT id FROM default_commission_member ORDER BY ordinal LIMIT 1 OFFSET ?7 - 1) ELSE ?8 END)",
  KONKURS_STORE_TABLE_EXPERT, REFERS_TO_NOTHING,
};

static const char * const draw_names[] = {
  "competition", "stage", "purpose", "seed", "algorithm", "drawn-at", "drawn-by", "n-pairs", "input", NULL
};
static const Table draw_table = {
  { "draw", draw_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT " STAGE_COLUMNS ("d.stage_id") ", d.purpose, d.seed, d.algorithm, d.drawn_at, d.drawn_by, d.n_pairs, "
  "d.input, d.id FROM essay_draw d WHERE ?1 IS NULL ORDER BY d.id",
  "INSERT INTO essay_draw (stage_id, purpose, seed, algorithm, drawn_at, drawn_by, n_pairs, input) "
  "VALUES (" STAGE_OF (1, 2) ", ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
  "essay_draw", REFERS_TO_COMPETITION,
};

static const char * const assignment_names[] = {
  "expert", "round", "draw", "assigned-at", "replaced-at", "replaced-reason", NULL
};
static const Table assignment_table = {
  { "assignment", assignment_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT " PLACE_OF ("expert", "s.expert_id") ", s.round, "
  "CASE WHEN s.draw_id IS NOT NULL THEN " PLACE_OF ("essay_draw", "s.draw_id") " END, s.assigned_at, "
  "s.replaced_at, s.replaced_reason, s.id FROM essay_assignment s WHERE s.essay_id = ?1 ORDER BY s.id",
  "INSERT INTO essay_assignment (expert_id, round, draw_id, assigned_at, replaced_at, replaced_reason, essay_id) "
  "VALUES (" AT_PLACE ("expert", 1) ", ifnull (?2, 1), CASE WHEN ?3 IS NOT NULL THEN " AT_PLACE ("essay_draw", 3) " END, "
  "?4, ?5, ?6, ?7)",
  KONKURS_STORE_TABLE_ESSAY_ASSIGNMENT, REFERS_TO_EXPERT,
};

static const char * const resolution_names[] = { "method", "score", "reason", "resolved-at", "resolved-by", NULL };
static const Table resolution_table = {
  { "resolution", resolution_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT method, score, reason, resolved_at, resolved_by, id FROM essay_resolution WHERE essay_id = ?1",
  "INSERT INTO essay_resolution (method, score, reason, resolved_at, resolved_by, essay_id) "
  "VALUES (?1, ?2, ifnull (?3, ''), ?4, ifnull (?5, ''), ?6)",
  KONKURS_STORE_TABLE_ESSAY_RESOLUTION, REFERS_TO_NOTHING,
};

static const char * const essay_names[] = {
  "code", "stage", "topic", "body", "language", "word-count", "minutes", "submitted-at", "proctor",
  "proctor-note", "source", NULL
};
static const Table essay_table = {
  { "essay", essay_names, (const KonkursStageRecordKind * const[]) {
      &assignment_table.kind, &resolution_table.kind, NULL } },
  "SELECT a.personal_code, (SELECT kind FROM competition_stage WHERE id = e.stage_id), e.topic, e.body, "
  "e.language, e.word_count, e.minutes, e.submitted_at, e.proctor, e.proctor_note, e.source, e.id FROM essay e "
  "JOIN application a ON a.id = e.application_id WHERE ?1 IS NULL ORDER BY a.personal_code",
  "INSERT INTO essay (application_id, stage_id, topic, body, language, word_count, minutes, submitted_at, proctor, "
  "proctor_note, source) VALUES (" APPLICATION_OF (1) ", "
  "(SELECT s.id FROM competition_stage s JOIN application a ON a.competition_id = s.competition_id "
  "WHERE a.personal_code = ?1 AND s.kind = ?2), ?3, ?4, ifnull (?5, ''), ifnull (?6, 0), ifnull (?7, 0), ?8, "
  "ifnull (?9, 'unknown'), ifnull (?10, ''), ifnull (?11, ''))",
  KONKURS_STORE_TABLE_ESSAY, REFERS_TO_APPLICATION,
};

static const char * const package_essay_names[] = { "code", NULL };
static const Table package_essay_table = {
  { "package-essay", package_essay_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT a.personal_code, NULL FROM essay_package_essay p JOIN essay e ON e.id = p.essay_id "
  "JOIN application a ON a.id = e.application_id WHERE p.package_id = ?1 ORDER BY a.personal_code",
  "INSERT INTO essay_package_essay (essay_id, package_id) VALUES ((SELECT e.id FROM essay e "
  "JOIN application a ON a.id = e.application_id WHERE a.personal_code = ?1), ?2)",
  NULL, REFERS_TO_APPLICATION,
};

static const char * const results_file_names[] = {
  "digest", "imported-at", "imported-by", "source", "reason", NULL
};
static const Table results_file_table = {
  { "results-file", results_file_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT digest, imported_at, imported_by, source, reason, id FROM essay_results_file WHERE package_id = ?1 "
  "ORDER BY id",
  "INSERT INTO essay_results_file (digest, imported_at, imported_by, source, reason, package_id) "
  "VALUES (?1, ?2, ifnull (?3, ''), ifnull (?4, ''), ifnull (?5, ''), ?6)",
  "essay_results_file", REFERS_TO_NOTHING,
};

static const char * const package_names[] = {
  "uid", "competition", "stage", "expert", "secret", "issued-at", "issued-by", NULL
};
static const Table package_table = {
  { "package", package_names, (const KonkursStageRecordKind * const[]) {
      &package_essay_table.kind, &results_file_table.kind, NULL } },
  "SELECT p.uid, " STAGE_COLUMNS ("p.stage_id") ", " PLACE_OF ("expert", "p.expert_id") ", p.secret, p.issued_at, "
  "p.issued_by, p.id FROM essay_package p WHERE ?1 IS NULL ORDER BY p.id",
  "INSERT INTO essay_package (uid, stage_id, expert_id, secret, issued_at, issued_by) "
  "VALUES (?1, " STAGE_OF (2, 3) ", " AT_PLACE ("expert", 4) ", ?5, ?6, ifnull (?7, ''))",
  KONKURS_STORE_TABLE_ESSAY_PACKAGE, REFERS_TO_COMPETITION,
};

static const char * const point_names[] = { "criterion", "points", NULL };
static const Table point_table = {
  { "point", point_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT criterion, points, NULL FROM essay_score_point WHERE essay_score_id = ?1 ORDER BY criterion",
  "INSERT INTO essay_score_point (criterion, points, essay_score_id) VALUES (?1, ?2, ?3)",
  NULL, REFERS_TO_NOTHING,
};

static const char * const essay_score_names[] = { "code", "expert", "score", "comment", "scored-at", "package", NULL };
static const Table essay_score_table = {
  { "score", essay_score_names, (const KonkursStageRecordKind * const[]) { &point_table.kind, NULL } },
  "SELECT a.personal_code, " PLACE_OF ("expert", "s.expert_id") ", s.score, s.comment, s.scored_at, "
  "(SELECT uid FROM essay_package WHERE id = s.package_id), s.id FROM essay_score s "
  "JOIN essay e ON e.id = s.essay_id JOIN application a ON a.id = e.application_id "
  "WHERE ?1 IS NULL ORDER BY a.personal_code, s.id",
  "INSERT INTO essay_score (essay_id, expert_id, score, comment, scored_at, package_id) "
  "VALUES ((SELECT e.id FROM essay e JOIN application a ON a.id = e.application_id WHERE a.personal_code = ?1), "
  AT_PLACE ("expert", 2) ", ?3, ?4, ?5, (SELECT id FROM essay_package WHERE uid = ?6))",
  KONKURS_STORE_TABLE_ESSAY_SCORE, REFERS_TO_EXPERT,
};

static const char * const unsealing_names[] = { "competition", "stage", "unsealed-at", "unsealed-by", NULL };
static const Table unsealing_table = {
  { "unsealing", unsealing_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT " STAGE_COLUMNS ("u.stage_id") ", u.unsealed_at, u.unsealed_by, u.id FROM essay_unsealing u "
  "WHERE ?1 IS NULL ORDER BY u.id",
  "INSERT INTO essay_unsealing (stage_id, unsealed_at, unsealed_by) VALUES (" STAGE_OF (1, 2) ", ?3, ifnull (?4, ''))",
  KONKURS_STORE_TABLE_ESSAY_SEAL, REFERS_TO_COMPETITION,
};

static const Table *
table_of (const KonkursStageRecordKind *kind)
{
  return (const Table *) kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_stage (void)
{
  return &stage_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_test_result (void)
{
  return &free_test_result_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_rule_set (void)
{
  return &rule_set_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_expert (void)
{
  return &expert_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_essay (void)
{
  return &essay_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_draw (void)
{
  return &draw_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_package (void)
{
  return &package_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_essay_score (void)
{
  return &essay_score_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_unsealing (void)
{
  return &unsealing_table.kind;
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
konkurs_store_list_records (KonkursStore                  *self,
                            const KonkursStageRecordKind  *kind,
                            GError                       **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_record_free);

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  if (!read_rows (self, table_of (kind), 0, records, error))
    return NULL;
  return g_steal_pointer (&records);
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                   */

/* What a row names must be in the database: said by name, rather than as
 * a failed constraint.  @sql counts the rows that @attribute's value names. */
static const struct {
  const char *attribute;
  const char *sql;
} references[] = {
  [REFERS_TO_COMPETITION] = { "competition", "SELECT count(*) FROM competition WHERE number = ?1" },
  [REFERS_TO_APPLICATION] = { "code", "SELECT count(*) FROM application WHERE personal_code = ?1" },
  [REFERS_TO_MEMBER] = { "member", "SELECT CAST (?1 AS INTEGER) BETWEEN 1 AND count(*) FROM default_commission_member" },
  [REFERS_TO_EXPERT] = { "expert", "SELECT CAST (?1 AS INTEGER) BETWEEN 1 AND count(*) FROM expert" },
};

static char *
describe_missing (Reference reference, const char *value)
{
  switch (reference)
    {
    case REFERS_TO_COMPETITION:
      return g_strdup_printf (_("no competition is numbered '%s'"), value);
    case REFERS_TO_APPLICATION:
      return g_strdup_printf (_("no application has the personal code '%s'"), value);
    case REFERS_TO_MEMBER:
      return g_strdup_printf (_("the commission of the file has no member number %s"), value);
    case REFERS_TO_EXPERT:
    case REFERS_TO_NOTHING:
    default:
      return g_strdup_printf (_("the file lists no expert number %s"), value);
    }
}

static gboolean
check_one_reference (KonkursStore *self, const KonkursStageRecord *record, Reference reference, GError **error)
{
  const char *value = konkurs_stage_record_get (record, references[reference].attribute);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 count = 0;
  g_autofree char *message = NULL;

  if (value == NULL)
    return TRUE;
  stmt = konkurs_store_prepare (self, references[reference].sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, value, -1, SQLITE_TRANSIENT);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &count, error))
    return FALSE;
  if (count > 0)
    return TRUE;
  message = describe_missing (reference, value);
  g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND, message);
  return FALSE;
}

static gboolean
check_reference (KonkursStore *self, const KonkursStageRecord *record, GError **error)
{
  Reference reference = table_of (record->kind)->reference;

  switch (reference)
    {
    case REFERS_TO_NOTHING:
      return TRUE;
    case REFERS_TO_MEMBER:
      /* a member's score names its application too */
      return check_one_reference (self, record, REFERS_TO_APPLICATION, error)
             && check_one_reference (self, record, REFERS_TO_MEMBER, error);
    case REFERS_TO_COMPETITION:
    case REFERS_TO_APPLICATION:
    case REFERS_TO_EXPERT:
    default:
      return check_one_reference (self, record, reference, error);
    }
}

/* The id of the row @stmt wrote: the last inserted, or what an UPDATE …
 * RETURNING id gives (a binding of a row restored before, such as the
 * commission of a competition), which must have found its row. */
static gboolean
step_insert (KonkursStore *self, sqlite3_stmt *stmt, gint64 *id, GError **error)
{
  int rc = sqlite3_step (stmt);
  gboolean returning = sqlite3_column_count (stmt) > 0;

  if (rc == SQLITE_ROW && returning)
    {
      *id = sqlite3_column_int64 (stmt, 0);
      rc = sqlite3_step (stmt);
    }
  else if (rc == SQLITE_DONE && returning)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                           _("the competition or stage the commission serves is not in the file"));
      return FALSE;
    }
  else
    *id = sqlite3_last_insert_rowid (konkurs_store_get_db (self));
  if (rc != SQLITE_DONE)
    {
      konkurs_store_set_sqlite_error (self, sqlite3_errcode (konkurs_store_get_db (self)), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
insert_record (KonkursStore *self, const KonkursStageRecord *record, gint64 parent,
               const KonkursStageRecord **failed, GError **error)
{
  const Table *table = table_of (record->kind);
  guint n = g_strv_length ((char **) record->kind->names);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  *failed = record;
  if (!check_reference (self, record, error)
      || (stmt = konkurs_store_prepare (self, table->insert, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (record->values[i] != NULL)
      sqlite3_bind_text (stmt, i + 1, record->values[i], -1, SQLITE_TRANSIENT);
  if (parent != 0)
    sqlite3_bind_int64 (stmt, n + 1, parent);
  if (!step_insert (self, stmt, &id, error))
    return FALSE;
  for (guint i = 0; i < record->children->len; i++)
    if (!insert_record (self, g_ptr_array_index (record->children, i), id, failed, error))
      return FALSE;
  /* after its children: a test result's entry holds its parts */
  *failed = record;
  if (table->table != NULL && !konkurs_store_record_row (self, "restore", table->table, id, NULL, error))
    return FALSE;
  if (table->table != NULL)
    konkurs_store_note_changed (self, table->table);
  *failed = NULL;
  return TRUE;
}

gboolean
konkurs_store_restore_record (KonkursStore              *self,
                              const KonkursStageRecord  *record,
                              const KonkursStageRecord **failed,
                              GError                   **error)
{
  const KonkursStageRecord *at = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = insert_record (self, record, 0, &at, error);
  if (failed != NULL)
    *failed = ok ? NULL : at;
  if (ok && record->kind == &rule_set_table.kind)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_RULE_SETS);
  return konkurs_store_op_finish (self, mark, ok, ok ? error : NULL);
}

/* The rule sets the migrations seed, which a restore may replace. */
static const char * const shipped_rule_sets[] = { "kz-2023", "order-196", NULL };

gboolean
konkurs_store_clear_rule_sets (KonkursStore       *self,
                               const char * const *codes,
                               GError            **error)
{
  g_autoptr(GPtrArray) rule_sets = NULL;
  guint mark;
  gboolean ok = TRUE;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  rule_sets = konkurs_store_list_rule_sets (self, error);
  if (rule_sets == NULL)
    return FALSE;
  for (guint i = 0; i < rule_sets->len; i++)
    {
      const char *code = konkurs_rule_set_get_code (g_ptr_array_index (rule_sets, i));

      if (!g_strv_contains (codes, code) && !g_strv_contains (shipped_rule_sets, code))
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                       _("this database holds the rule set '%s', which the file does not: restoring would lose it; "
                         "restore into a new database"), code);
          return FALSE;
        }
    }
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  for (guint i = 0; ok && i < rule_sets->len; i++)
    ok = konkurs_store_delete_rule_set (self, konkurs_rule_set_get_id (g_ptr_array_index (rule_sets, i)), error);
  return konkurs_store_op_finish (self, mark, ok, ok ? error : NULL);
}

gboolean
konkurs_store_seed_tie_breakers (KonkursStore  *self,
                                 const char    *code,
                                 GError       **error)
{
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  rule_set = konkurs_store_find_rule_set_by_code (self, code, error);
  if (rule_set == NULL)
    return FALSE;
  id = konkurs_rule_set_get_id (rule_set);
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = (stmt = konkurs_store_prepare (self, konkurs_store_default_tie_breakers, error)) != NULL;
  if (ok)
    sqlite3_bind_int64 (stmt, 1, id);
  ok = ok && konkurs_store_step_done (self, stmt, error)
       && konkurs_store_record_row (self, "restore", "rule_set", id, NULL, error);
  if (ok)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_RULE_SETS);
  return konkurs_store_op_finish (self, mark, ok, ok ? error : NULL);
}
