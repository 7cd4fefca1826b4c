/* konkurs-store-schema-stages.c — the migration of the stages (issue 9):
 * the stage rules of the rule sets, a competition's stages, their results
 * and outcomes.  Apart from konkurs-store-schema.c so that each stays
 * under 1,000 lines; it follows that file's conventions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-store-chain-private.h"
#include "konkurs-store-stages-private.h"

/* Version 11 (issue 9): the path of a competition.
 *  - rule_set_stage, rule_set_test and rule_set_test_part hold, per rule
 *    set and track, the ordered stages with their numbers, the tests of a
 *    testing stage and their parts; seeded for every rule set there is.
 *  - competition_stage is rebuilt: 'decision' joins the kinds, a stage has
 *    a state, its closing, and a copy of the rules of each track it serves
 *    (rules, a JSON array, konkurs-store-stages.c), so that a later change
 *    of the rule set changes no running competition.  Its rows (nothing
 *    wrote them before) are kept, not yet open, with no rules; the store
 *    makes them again from the rule set while no stage is closed.
 *  - test_result is rebuilt without UNIQUE (application_id, kind): a retake
 *    is a new attempt, the earlier ones kept.  Results of before keep
 *    their ids (their parts hang from them) with no stage and attempt 1.
 *  - the members' scores of a practical task, the assessment centre's
 *    results with their competencies, and the outcome of each application
 *    in each closed stage.
 *  - the record follows the experts' essay scores (migration 2's
 *    essay_score), the results of the essay stage. */
#define STAGE_KINDS \
  "('documents', 'testing', 'essay', 'practical-task', 'assessment-centre', 'interview', " \
  "'expert-commission', 'national-commission', 'decision')"
#define TRACKS "('leadership', 'non-leadership', 'youth-reserve')"

const char konkurs_store_migration_stages[] =
  "CREATE TABLE rule_set_stage (\n"
  "  rule_set_id   INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,\n"
  "  track         TEXT NOT NULL CHECK (track IN " TRACKS "),\n"
  "  ordinal       INTEGER NOT NULL CHECK (ordinal >= 1),\n"
  "  kind          TEXT NOT NULL CHECK (kind IN " STAGE_KINDS "),\n"
  "  score         TEXT NOT NULL CHECK (score IN ('none', 'tests', 'members-mean', 'assessment-centre',\n"
  "                                               'experts-mean', 'votes')),\n"
  "  max_score     INTEGER NOT NULL DEFAULT 0 CHECK (max_score >= 0),\n"
  "  threshold     INTEGER NOT NULL DEFAULT 0 CHECK (threshold >= 0),\n"
  "  admit_top     INTEGER NOT NULL DEFAULT 0 CHECK (admit_top >= 0),\n"
  "  admit_share   INTEGER NOT NULL DEFAULT 0 CHECK (admit_share BETWEEN 0 AND 100),\n"
  "  ties_go_on    INTEGER NOT NULL DEFAULT 1 CHECK (ties_go_on IN (0, 1)),\n"
  "  sole_goes_on  INTEGER NOT NULL DEFAULT 1 CHECK (sole_goes_on IN (0, 1)),\n"
  "  duration_days INTEGER NOT NULL DEFAULT 0 CHECK (duration_days >= 0),\n"
  "  weight_a      INTEGER NOT NULL DEFAULT 0 CHECK (weight_a BETWEEN 0 AND 100),\n"
  "  weight_b      INTEGER NOT NULL DEFAULT 0 CHECK (weight_b BETWEEN 0 AND 100),\n"
  "  PRIMARY KEY (rule_set_id, track, kind),\n"
  "  UNIQUE (rule_set_id, track, ordinal)\n"
  ") WITHOUT ROWID;\n"
  /* Tests and parts hang from the rule set (a key of three or four text
   * columns would need an index per column); the store replaces a track's
   * stages with its tests and parts together. */
  "CREATE TABLE rule_set_test (\n"
  "  rule_set_id INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,\n"
  "  track       TEXT NOT NULL,\n"
  "  stage_kind  TEXT NOT NULL,\n"
  "  code        TEXT NOT NULL CHECK (length(code) > 0),\n"
  "  ordinal     INTEGER NOT NULL CHECK (ordinal >= 1),\n"
  "  max_score   INTEGER NOT NULL CHECK (max_score > 0),\n"
  "  pass_score  INTEGER NOT NULL DEFAULT 0 CHECK (pass_score BETWEEN 0 AND max_score),\n"
  "  ranks       INTEGER NOT NULL DEFAULT 0 CHECK (ranks IN (0, 1)),\n"
  "  PRIMARY KEY (rule_set_id, track, stage_kind, code)\n"
  ") WITHOUT ROWID;\n"
  "CREATE TABLE rule_set_test_part (\n"
  "  rule_set_id INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,\n"
  "  track       TEXT NOT NULL,\n"
  "  stage_kind  TEXT NOT NULL,\n"
  "  test_code   TEXT NOT NULL,\n"
  "  code        TEXT NOT NULL CHECK (length(code) > 0),\n"
  "  ordinal     INTEGER NOT NULL CHECK (ordinal >= 1),\n"
  "  max_score   INTEGER NOT NULL CHECK (max_score > 0),\n"
  "  min_score   INTEGER NOT NULL DEFAULT 0 CHECK (min_score BETWEEN 0 AND max_score),\n"
  "  PRIMARY KEY (rule_set_id, track, stage_kind, test_code, code)\n"
  ") WITHOUT ROWID;\n"
  /* The procedures of the rule sets there are (Order No. 40 and, when
   * migration 9 of the rule sets ran first, Order No. 196 alike).  The
   * durations are working days, for the provisional calendar of a new
   * competition; a secretary corrects them in a copy of the rule set. */
  "INSERT INTO rule_set_stage (rule_set_id, track, ordinal, kind, score, max_score, threshold, admit_top,\n"
  "                            admit_share, duration_days, weight_a, weight_b)\n"
  "  SELECT r.id, s.track, s.ordinal, s.kind, s.score,\n"
  "         coalesce ((SELECT v.value FROM rule_value v WHERE v.rule_set_id = r.id AND v.key = s.max_key),\n"
  "                   s.max_score),\n"
  "         s.threshold,\n"
  "         coalesce ((SELECT v.value FROM rule_value v WHERE v.rule_set_id = r.id AND v.key = s.top_key),\n"
  "                   s.admit_top),\n"
  "         s.admit_share, s.duration_days, s.weight_a, s.weight_b\n"
  "  FROM rule_set r, (\n"
  "    SELECT 'leadership' AS track, 1 AS ordinal, 'documents' AS kind, 'none' AS score, 0 AS max_score,\n"
  "           NULL AS max_key, 0 AS threshold, 0 AS admit_top, NULL AS top_key, 0 AS admit_share,\n"
  "           0 AS duration_days, 0 AS weight_a, 0 AS weight_b\n"
  "    UNION ALL SELECT 'leadership', 2, 'testing', 'tests', 0, NULL, 0, 5, 'essay-max-admitted', 0, 10, 0, 0\n"
  "    UNION ALL SELECT 'leadership', 3, 'essay', 'experts-mean', 5, 'essay-scale-max', 0, 3,\n"
  "           'interview-max-admitted', 0, 5, 0, 0\n"
  "    UNION ALL SELECT 'leadership', 4, 'interview', 'votes', 0, NULL, 0, 0, NULL, 0, 3, 0, 0\n"
  "    UNION ALL SELECT 'leadership', 5, 'decision', 'none', 0, NULL, 0, 0, NULL, 0, 1, 0, 0\n"
  "    UNION ALL SELECT 'non-leadership', 1, 'documents', 'none', 0, NULL, 0, 0, NULL, 0, 0, 0, 0\n"
  "    UNION ALL SELECT 'non-leadership', 2, 'testing', 'tests', 0, NULL, 0, 0, NULL, 0, 10, 0, 0\n"
  "    UNION ALL SELECT 'non-leadership', 3, 'practical-task', 'members-mean', 5, NULL, 0, 3,\n"
  "           'interview-max-admitted', 0, 3, 0, 0\n"
  "    UNION ALL SELECT 'non-leadership', 4, 'interview', 'votes', 0, NULL, 0, 0, NULL, 0, 3, 0, 0\n"
  "    UNION ALL SELECT 'non-leadership', 5, 'decision', 'none', 0, NULL, 0, 0, NULL, 0, 1, 0, 0\n"
  "    UNION ALL SELECT 'youth-reserve', 1, 'documents', 'none', 0, NULL, 0, 0, NULL, 0, 0, 0, 0\n"
  "    UNION ALL SELECT 'youth-reserve', 2, 'testing', 'tests', 0, NULL, 0, 0, NULL, 50, 10, 0, 0\n"
  "    UNION ALL SELECT 'youth-reserve', 3, 'essay', 'experts-mean', 5, 'essay-scale-max', 0, 0, NULL, 0, 10, 0, 0\n"
  "    UNION ALL SELECT 'youth-reserve', 4, 'assessment-centre', 'assessment-centre', 5, NULL, 0, 0, NULL,\n"
  "           50, 10, 70, 30\n"
  "    UNION ALL SELECT 'youth-reserve', 5, 'expert-commission', 'votes', 0, NULL, 0, 0, NULL, 0, 5, 0, 0\n"
  "    UNION ALL SELECT 'youth-reserve', 6, 'national-commission', 'votes', 0, NULL, 0, 50, 'reserve-top',\n"
  "           0, 10, 0, 0) s;\n"
  /* The testing stage: the legislation test (its pass marks from the rule
   * values), then the personal qualities, whose score ranks: its scale is
   * the testing centre's and belongs to the rule set; the state language
   * is passed or not (1 of 1).  The Youth Reserve's two tests both rank. */
  "INSERT INTO rule_set_test (rule_set_id, track, stage_kind, code, ordinal, max_score, pass_score, ranks)\n"
  "  SELECT r.id, t.track, 'testing', t.code, t.ordinal,\n"
  "         CASE t.code WHEN 'legislation' THEN coalesce ((SELECT value FROM rule_value\n"
  "                       WHERE key = 'legislation-questions' AND rule_set_id = r.id), 55) ELSE t.max_score END,\n"
  "         CASE t.code WHEN 'legislation' THEN coalesce ((SELECT value FROM rule_value\n"
  "                       WHERE key = 'legislation-pass' AND rule_set_id = r.id), 30) ELSE t.pass_score END,\n"
  "         t.ranks\n"
  "  FROM rule_set r, (\n"
  "    SELECT tr.track, x.* FROM (SELECT 'leadership' AS track UNION ALL SELECT 'non-leadership') tr, (\n"
  "      SELECT 'legislation' AS code, 1 AS ordinal, 55 AS max_score, 30 AS pass_score, 0 AS ranks\n"
  "      UNION ALL SELECT 'personal-qualities', 2, 100, 0, 1\n"
  "      UNION ALL SELECT 'state-language', 3, 1, 1, 0) x\n"
  "    UNION ALL SELECT 'youth-reserve', 'text', 1, 25, 0, 1\n"
  "    UNION ALL SELECT 'youth-reserve', 'numeric', 2, 25, 0, 1) t;\n"
  "INSERT INTO rule_set_test_part (rule_set_id, track, stage_kind, test_code, code, ordinal, max_score, min_score)\n"
  "  SELECT t.rule_set_id, t.track, 'testing', 'legislation', p.code, p.ordinal, p.max_score,\n"
  "         coalesce ((SELECT value FROM rule_value WHERE key = 'legislation-pass-per-act'\n"
  "                    AND rule_set_id = t.rule_set_id), 5)\n"
  "  FROM rule_set_test t, (\n"
  "    SELECT 'constitution' AS code, 1 AS ordinal, 15 AS max_score\n"
  "    UNION ALL SELECT 'civil-service-law', 2, 15\n"
  "    UNION ALL SELECT 'anti-corruption-law', 3, 15\n"
  "    UNION ALL SELECT 'ethics-code', 4, 10) p\n"
  "  WHERE t.code = 'legislation' AND t.max_score = 55;\n"
  "CREATE TABLE competition_stage_v9 (\n"
  "  id                INTEGER PRIMARY KEY,\n"
  "  competition_id    INTEGER NOT NULL REFERENCES competition (id) ON DELETE CASCADE,\n"
  "  kind              TEXT NOT NULL CHECK (kind IN " STAGE_KINDS "),\n"
  "  ordinal           INTEGER NOT NULL CHECK (ordinal >= 1),\n"
  "  starts_on         TEXT CHECK (starts_on IS NULL OR date(starts_on, '+0 days') IS starts_on),\n"
  "  ends_on           TEXT CHECK (ends_on IS NULL OR date(ends_on, '+0 days') IS ends_on),\n"
  "  published_on      TEXT CHECK (published_on IS NULL OR date(published_on, '+0 days') IS published_on),\n"
  "  dates_provisional INTEGER NOT NULL DEFAULT 0 CHECK (dates_provisional IN (0, 1)),\n"
  "  state             TEXT NOT NULL DEFAULT 'not-yet' CHECK (state IN ('not-yet', 'open', 'closed')),\n"
  "  closed_at         TEXT,\n"
  "  closed_by         TEXT,\n"
  "  rules             TEXT NOT NULL DEFAULT '[]' CHECK (json_valid (rules) AND json_type (rules) = 'array'),\n"
  "  CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on),\n"
  "  CHECK ((state = 'closed') = (closed_at IS NOT NULL)),\n"
  "  UNIQUE (competition_id, ordinal),\n"
  "  UNIQUE (competition_id, kind)\n"
  ");\n"
  "INSERT INTO competition_stage_v9 (id, competition_id, kind, ordinal, starts_on, ends_on, published_on)\n"
  "  SELECT id, competition_id, kind, ordinal, starts_on, ends_on, published_on FROM competition_stage\n"
  "  WHERE id IN (SELECT min (id) FROM competition_stage GROUP BY competition_id, kind);\n"
  "DROP TABLE competition_stage;\n"
  "ALTER TABLE competition_stage_v9 RENAME TO competition_stage;\n"
  "UPDATE meeting SET stage_id = NULL WHERE stage_id NOT IN (SELECT id FROM competition_stage);\n"
  "CREATE TABLE test_result_v9 (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  /* NULL: a result of before stages, or a certificate's */
  "  stage_id       INTEGER REFERENCES competition_stage (id) ON DELETE CASCADE,\n"
  "  test           TEXT NOT NULL CHECK (length(test) > 0),\n"
  "  attempt        INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1),\n"
  "  taken_on       TEXT CHECK (taken_on IS NULL OR date(taken_on, '+0 days') IS taken_on),\n"
  "  present        INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),\n"
  "  score          INTEGER NOT NULL DEFAULT 0 CHECK (score >= 0),\n"
  "  max_score      INTEGER CHECK (max_score IS NULL OR max_score >= score),\n"
  "  source         TEXT NOT NULL DEFAULT 'entry',\n"
  "  entered_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),\n"
  "  CHECK (present = 1 OR score = 0)\n"
  ");\n"
  "INSERT INTO test_result_v9 (id, application_id, test, attempt, taken_on, score, max_score, source)\n"
  "  SELECT id, application_id, kind, 1, taken_on, score, max_score, 'before stages' FROM test_result;\n"
  "DROP TABLE test_result;\n"
  "ALTER TABLE test_result_v9 RENAME TO test_result;\n"
  "CREATE INDEX test_result_application ON test_result (application_id);\n"
  "CREATE UNIQUE INDEX test_result_attempt ON test_result (stage_id, application_id, test, attempt);\n"
  "CREATE TABLE stage_member_score (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  stage_id       INTEGER NOT NULL REFERENCES competition_stage (id) ON DELETE CASCADE,\n"
  "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  /* default_commission_member may be replaced; the name scored stays */
  "  member_id      INTEGER NOT NULL,\n"
  "  member_name    TEXT NOT NULL DEFAULT '',\n"
  "  score          INTEGER NOT NULL CHECK (score >= 0),\n"
  "  scored_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),\n"
  "  UNIQUE (stage_id, application_id, member_id)\n"
  ");\n"
  "CREATE INDEX stage_member_score_application ON stage_member_score (application_id);\n"
  "CREATE TABLE assessment_result (\n"
  "  id               INTEGER PRIMARY KEY,\n"
  "  stage_id         INTEGER NOT NULL REFERENCES competition_stage (id) ON DELETE CASCADE,\n"
  "  application_id   INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  "  supervisor       TEXT NOT NULL CHECK (length(trim(supervisor)) > 0),\n"
  "  interview_rating INTEGER NOT NULL CHECK (interview_rating >= 0),\n"
  "  score            INTEGER NOT NULL CHECK (score >= 0),\n"
  "  entered_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),\n"
  "  UNIQUE (stage_id, application_id)\n"
  ");\n"
  "CREATE INDEX assessment_result_application ON assessment_result (application_id);\n"
  "CREATE TABLE assessment_competency (\n"
  "  assessment_id INTEGER NOT NULL REFERENCES assessment_result (id) ON DELETE CASCADE,\n"
  "  competency    TEXT NOT NULL CHECK (length(competency) > 0),\n"
  "  ordinal       INTEGER NOT NULL,\n"
  "  assessor      TEXT NOT NULL DEFAULT '',\n"
  "  score         INTEGER NOT NULL CHECK (score >= 0),\n"
  "  PRIMARY KEY (assessment_id, competency)\n"
  ") WITHOUT ROWID;\n"
  "CREATE TABLE stage_outcome (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  stage_id       INTEGER NOT NULL REFERENCES competition_stage (id) ON DELETE CASCADE,\n"
  "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  "  outcome        TEXT NOT NULL CHECK (outcome IN ('goes-on', 'stays-out')),\n"
  "  reason         TEXT NOT NULL,\n"
  "  score          INTEGER,\n"
  "  rank           INTEGER NOT NULL DEFAULT 0,\n"
  "  places         INTEGER NOT NULL DEFAULT 0,\n"
  "  n_ranked       INTEGER NOT NULL DEFAULT 0,\n"
  "  detail         TEXT,\n"
  "  detail_score   INTEGER NOT NULL DEFAULT 0,\n"
  "  detail_mark    INTEGER NOT NULL DEFAULT 0,\n"
  "  detail_max     INTEGER NOT NULL DEFAULT 0,\n"
  "  UNIQUE (stage_id, application_id)\n"
  ");\n"
  "CREATE INDEX stage_outcome_application ON stage_outcome (application_id);\n"
  APPEND_BASELINES ("competition_stage", KONKURS_CHAIN_SNAPSHOT_STAGE_V13)
  APPEND_BASELINES ("test_result", KONKURS_CHAIN_SNAPSHOT_TEST_RESULT)
  APPEND_BASELINES ("essay_score", KONKURS_CHAIN_SNAPSHOT_ESSAY_SCORE_V11);

/* Version 12 (issue 9, the Rule Sets window): the record follows the
 * stages of a rule set, with its values (konkurs-store-chain-private.h),
 * so that --verify names a threshold changed by hand: a baseline of every
 * rule set with its stages. */
const char konkurs_store_migration_stage_rules_record[] =
  APPEND_BASELINES ("rule_set", KONKURS_CHAIN_SNAPSHOT_RULE_SET_V12);
