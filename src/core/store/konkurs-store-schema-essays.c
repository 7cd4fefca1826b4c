/* konkurs-store-schema-essays.c — the migration of the essays (issue 10):
 * the essay rules of the rule sets, the experts' sectors and conflicts,
 * the essays as they arrive, the recorded draws, the packages and the
 * results files, the points per criterion, the chair's resolutions and
 * the unsealing of identities.  Apart from konkurs-store-schema.c so that
 * each stays under 1,000 lines; it follows that file's conventions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-store-chain-private.h"
#include "konkurs-store-essays-private.h"

#define TRACKS "('leadership', 'non-leadership', 'youth-reserve')"
#define NOW "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
#define ISO_DATE(column) "CHECK (" column " IS NULL OR date(" column ", '+0 days') IS " column ")"

/* Version 13 (issue 10): grading the essays.
 *  - rule_set_essay and rule_set_essay_criterion: per rule set and track
 *    whose stages have an essay, who grades and how the scores combine,
 *    and the rubric; seeded for every rule set there is.
 *  - expert gains its employer and the member of the default commission
 *    it is (commission graders); its sectors move to expert_sector (the
 *    column `sector` stays, as the first of them, for older readers), and
 *    declared conflicts to expert_conflict.
 *  - essay is rebuilt with its stage, language, words, minutes and the
 *    proctor's verdict; its rows are kept, in the essay stage of their
 *    competition.
 *  - essay_assignment is rebuilt with an id (the record names rows by id),
 *    the round (2: a fourth grader), the draw it came from and, when a
 *    grader was replaced, when and why (the row stays: the history).
 *  - essay_draw keeps each draw's seed and its input, so that it can be
 *    replayed; essay_package, essay_package_essay and essay_results_file
 *    what went out and what came back; essay_score_point the points per
 *    criterion (the interim scores of schema 11 become one criterion,
 *    "score"); essay_resolution the chair's; essay_unsealing the one
 *    action that shows the writers' names.
 *  - the record follows every one of them, and the rule sets' essay rules
 *    (konkurs-store-chain-private.h): a baseline of every row. */
const char konkurs_store_migration_essays[] =
  "CREATE TABLE rule_set_essay (\n"
  "  rule_set_id           INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,\n"
  "  track                 TEXT NOT NULL CHECK (track IN " TRACKS "),\n"
  "  graders               TEXT NOT NULL CHECK (graders IN ('experts', 'commission')),\n"
  "  graders_per_essay     INTEGER NOT NULL DEFAULT 3 CHECK (graders_per_essay BETWEEN 1 AND 9),\n"
  "  min_share_numerator   INTEGER NOT NULL DEFAULT 2 CHECK (min_share_numerator >= 0),\n"
  "  min_share_denominator INTEGER NOT NULL DEFAULT 3 CHECK (min_share_denominator > 0),\n"
  "  spread_limit          INTEGER NOT NULL DEFAULT 2 CHECK (spread_limit >= 0),\n"
  "  fourth_rule           TEXT NOT NULL DEFAULT 'drop-farthest'\n"
  "                        CHECK (fourth_rule IN ('drop-farthest', 'mean-of-all')),\n"
  "  conflict_years        INTEGER NOT NULL DEFAULT 3 CHECK (conflict_years >= 0),\n"
  "  max_words             INTEGER NOT NULL DEFAULT 0 CHECK (max_words >= 0),\n"
  "  max_minutes           INTEGER NOT NULL DEFAULT 0 CHECK (max_minutes >= 0),\n"
  "  CHECK (min_share_numerator <= min_share_denominator),\n"
  "  PRIMARY KEY (rule_set_id, track)\n"
  ") WITHOUT ROWID;\n"
  "CREATE TABLE rule_set_essay_criterion (\n"
  "  rule_set_id    INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,\n"
  "  track          TEXT NOT NULL,\n"
  "  code           TEXT NOT NULL CHECK (length(code) > 0),\n"
  "  ordinal        INTEGER NOT NULL CHECK (ordinal >= 1),\n"
  "  name_kk        TEXT NOT NULL DEFAULT '',\n"
  "  name_ru        TEXT NOT NULL DEFAULT '',\n"
  "  description_kk TEXT NOT NULL DEFAULT '',\n"
  "  description_ru TEXT NOT NULL DEFAULT '',\n"
  "  min_points     INTEGER NOT NULL DEFAULT 0 CHECK (min_points >= 0),\n"
  "  max_points     INTEGER NOT NULL CHECK (max_points >= min_points),\n"
  "  CHECK (length(trim(name_kk)) > 0 OR length(trim(name_ru)) > 0),\n"
  "  PRIMARY KEY (rule_set_id, track, code),\n"
  "  UNIQUE (rule_set_id, track, ordinal)\n"
  ") WITHOUT ROWID;\n"
  /* The Youth Reserve's essay is graded by three sector experts; the
   * leadership essay (at most 250 words in 45 minutes) by the commission,
   * two thirds of its members at least, on a 5-point scale.  The rubric of
   * the Youth Reserve (three criteria, 5 points in all, the stage's
   * maximum) is Konkurs's example: it belongs to the rule set, and a
   * secretary replaces it in a copy of the rule set. */
  "INSERT INTO rule_set_essay (rule_set_id, track, graders, graders_per_essay, min_share_numerator,\n"
  "                            min_share_denominator, spread_limit, fourth_rule, conflict_years,\n"
  "                            max_words, max_minutes)\n"
  "  SELECT s.rule_set_id, s.track,\n"
  "         CASE s.track WHEN 'youth-reserve' THEN 'experts' ELSE 'commission' END,\n"
  "         3, 2, 3, 2, 'drop-farthest', 3,\n"
  "         CASE s.track WHEN 'leadership' THEN 250 ELSE 0 END,\n"
  "         CASE s.track WHEN 'leadership' THEN 45 ELSE 0 END\n"
  "  FROM rule_set_stage s WHERE s.kind = 'essay';\n"
  "INSERT INTO rule_set_essay_criterion (rule_set_id, track, code, ordinal, name_kk, name_ru,\n"
  "                                      description_kk, description_ru, min_points, max_points)\n"
  "  SELECT e.rule_set_id, e.track, c.code, c.ordinal, c.name_kk, c.name_ru, c.description_kk,\n"
  "         c.description_ru, c.min_points, c.max_points\n"
  "  FROM rule_set_essay e JOIN (\n"
  "    SELECT 'youth-reserve' AS track, 'topic' AS code, 1 AS ordinal,\n"
  "           'Тақырыптың ашылуы' AS name_kk, 'Раскрытие темы' AS name_ru,\n"
  "           'Тақырып толық әрі дәйекті ашылған' AS description_kk,\n"
  "           'Тема раскрыта полно и последовательно' AS description_ru, 0 AS min_points, 2 AS max_points\n"
  "    UNION ALL SELECT 'youth-reserve', 'argument', 2, 'Аргументтер', 'Аргументация',\n"
  "           'Ұстаным нақты мысалдармен және деректермен негізделген',\n"
  "           'Позиция обоснована примерами и фактами', 0, 2\n"
  "    UNION ALL SELECT 'youth-reserve', 'language', 3, 'Сауаттылық және стиль', 'Грамотность и стиль',\n"
  "           'Мәтін сауатты жазылған, ой анық жеткізілген', 'Текст грамотен, мысль изложена ясно', 0, 1\n"
  "    UNION ALL SELECT 'leadership', 'score', 1, 'Эссе бағасы', 'Оценка эссе',\n"
  "           'Бес балдық шкала бойынша жалпы баға', 'Общая оценка по пятибалльной шкале', 1, 5) c\n"
  "    ON c.track = e.track;\n"
  "ALTER TABLE expert ADD COLUMN employer TEXT NOT NULL DEFAULT '';\n"
  /* Not a foreign key: saving the commission replaces its rows (and may
   * give a new member an old id), so a grader is the member of this id
   * and name (konkurs-store-essays-assign.c), and a grader of a member who
   * left keeps their grades, as stage_member_score keeps member_name. */
  "ALTER TABLE expert ADD COLUMN member_id INTEGER;\n"
  "CREATE INDEX expert_member ON expert (member_id) WHERE member_id IS NOT NULL;\n"
  /* the index of the old column had the new table's name */
  "DROP INDEX expert_sector;\n"
  "CREATE TABLE expert_sector (\n"
  "  expert_id INTEGER NOT NULL REFERENCES expert (id) ON DELETE CASCADE,\n"
  "  sector    TEXT NOT NULL CHECK (length(sector) > 0),\n"
  "  PRIMARY KEY (expert_id, sector)\n"
  ") WITHOUT ROWID;\n"
  "CREATE INDEX expert_sector_sector ON expert_sector (sector);\n"
  "INSERT INTO expert_sector (expert_id, sector) SELECT id, sector FROM expert WHERE sector <> '';\n"
  "CREATE TABLE expert_conflict (\n"
  "  id          INTEGER PRIMARY KEY,\n"
  "  expert_id   INTEGER NOT NULL REFERENCES expert (id) ON DELETE CASCADE,\n"
  "  kind        TEXT NOT NULL CHECK (kind IN ('organisation', 'code')),\n"
  "  value       TEXT NOT NULL CHECK (length(trim(value)) > 0),\n"
  "  note        TEXT NOT NULL DEFAULT '',\n"
  "  declared_on TEXT " ISO_DATE ("declared_on") "\n"
  ");\n"
  "CREATE INDEX expert_conflict_expert ON expert_conflict (expert_id);\n"
  "CREATE TABLE essay_v13 (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  application_id INTEGER NOT NULL UNIQUE REFERENCES application (id) ON DELETE CASCADE,\n"
  /* NULL: an essay of a competition without an essay stage (before stages) */
  "  stage_id       INTEGER REFERENCES competition_stage (id) ON DELETE CASCADE,\n"
  "  topic          TEXT NOT NULL DEFAULT '',\n"
  "  body           TEXT NOT NULL DEFAULT '',\n"
  "  language       TEXT NOT NULL DEFAULT '' CHECK (language IN ('', 'kk', 'ru')),\n"
  "  word_count     INTEGER NOT NULL DEFAULT 0 CHECK (word_count >= 0),\n"
  "  minutes        INTEGER NOT NULL DEFAULT 0 CHECK (minutes >= 0),\n"
  "  submitted_at   TEXT,\n"
  "  proctor        TEXT NOT NULL DEFAULT 'unknown' CHECK (proctor IN ('unknown', 'accepted', 'rejected')),\n"
  "  proctor_note   TEXT NOT NULL DEFAULT '',\n"
  "  source         TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "INSERT INTO essay_v13 (id, application_id, stage_id, topic, body, submitted_at)\n"
  "  SELECT e.id, e.application_id,\n"
  "         (SELECT s.id FROM competition_stage s JOIN application a ON a.competition_id = s.competition_id\n"
  "          WHERE a.id = e.application_id AND s.kind = 'essay'),\n"
  "         e.topic, e.body, e.submitted_at FROM essay e;\n"
  "DROP TABLE essay;\n"
  "ALTER TABLE essay_v13 RENAME TO essay;\n"
  "CREATE INDEX essay_stage ON essay (stage_id);\n"
  "CREATE TABLE essay_draw (\n"
  "  id        INTEGER PRIMARY KEY,\n"
  "  stage_id  INTEGER NOT NULL REFERENCES competition_stage (id) ON DELETE CASCADE,\n"
  "  purpose   TEXT NOT NULL CHECK (purpose IN ('assign', 'reassign', 'fourth')),\n"
  "  seed      TEXT NOT NULL CHECK (length(seed) = 16),\n"
  "  algorithm TEXT NOT NULL DEFAULT 'splitmix64' CHECK (algorithm IN ('splitmix64')),\n"
  "  drawn_at  TEXT NOT NULL DEFAULT " NOW ",\n"
  "  drawn_by  TEXT NOT NULL DEFAULT '',\n"
  "  n_pairs   INTEGER NOT NULL CHECK (n_pairs >= 0),\n"
  /* what the engine was given (essays, experts with their loads, the
   * conflicting pairs), as JSON: konkurs-store-essays-assign.c */
  "  input     TEXT NOT NULL CHECK (json_valid (input))\n"
  ");\n"
  "CREATE INDEX essay_draw_stage ON essay_draw (stage_id);\n"
  "CREATE TABLE essay_assignment_v13 (\n"
  "  id              INTEGER PRIMARY KEY,\n"
  "  essay_id        INTEGER NOT NULL REFERENCES essay (id) ON DELETE CASCADE,\n"
  "  expert_id       INTEGER NOT NULL REFERENCES expert (id) ON DELETE RESTRICT,\n"
  "  round           INTEGER NOT NULL DEFAULT 1 CHECK (round IN (1, 2)),\n"
  "  draw_id         INTEGER REFERENCES essay_draw (id) ON DELETE SET NULL,\n"
  "  assigned_at     TEXT NOT NULL DEFAULT " NOW ",\n"
  "  replaced_at     TEXT,\n"
  "  replaced_reason TEXT,\n"
  "  CHECK ((replaced_at IS NULL) = (replaced_reason IS NULL)),\n"
  "  UNIQUE (essay_id, expert_id)\n"
  ");\n"
  "INSERT INTO essay_assignment_v13 (essay_id, expert_id, assigned_at)\n"
  "  SELECT essay_id, expert_id, assigned_at FROM essay_assignment ORDER BY essay_id, assigned_at, expert_id;\n"
  "DROP TABLE essay_assignment;\n"
  "ALTER TABLE essay_assignment_v13 RENAME TO essay_assignment;\n"
  "CREATE INDEX essay_assignment_expert ON essay_assignment (expert_id);\n"
  "CREATE INDEX essay_assignment_draw ON essay_assignment (draw_id);\n"
  "CREATE TABLE essay_package (\n"
  "  id        INTEGER PRIMARY KEY,\n"
  "  uid       TEXT NOT NULL UNIQUE CHECK (length(uid) > 0),\n"
  "  stage_id  INTEGER NOT NULL REFERENCES competition_stage (id) ON DELETE CASCADE,\n"
  "  expert_id INTEGER NOT NULL REFERENCES expert (id) ON DELETE RESTRICT,\n"
  "  secret    TEXT NOT NULL CHECK (length(secret) = 64),\n"
  "  issued_at TEXT NOT NULL DEFAULT " NOW ",\n"
  "  issued_by TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE INDEX essay_package_stage ON essay_package (stage_id, expert_id);\n"
  "CREATE INDEX essay_package_expert ON essay_package (expert_id);\n"
  "CREATE TABLE essay_package_essay (\n"
  "  package_id INTEGER NOT NULL REFERENCES essay_package (id) ON DELETE CASCADE,\n"
  "  essay_id   INTEGER NOT NULL REFERENCES essay (id) ON DELETE CASCADE,\n"
  "  PRIMARY KEY (package_id, essay_id)\n"
  ") WITHOUT ROWID;\n"
  "CREATE INDEX essay_package_essay_essay ON essay_package_essay (essay_id);\n"
  "CREATE TABLE essay_results_file (\n"
  "  id          INTEGER PRIMARY KEY,\n"
  "  package_id  INTEGER NOT NULL REFERENCES essay_package (id) ON DELETE CASCADE,\n"
  /* SHA-256 of the signed text and the signature: the same file again is a replay */
  "  digest      TEXT NOT NULL CHECK (length(digest) = 64),\n"
  "  imported_at TEXT NOT NULL DEFAULT " NOW ",\n"
  "  imported_by TEXT NOT NULL DEFAULT '',\n"
  "  source      TEXT NOT NULL DEFAULT '',\n"
  /* why it replaced the file before it; '' for the first */
  "  reason      TEXT NOT NULL DEFAULT '',\n"
  "  UNIQUE (package_id, digest)\n"
  ");\n"
  "ALTER TABLE essay_score ADD COLUMN package_id INTEGER REFERENCES essay_package (id) ON DELETE SET NULL;\n"
  "CREATE INDEX essay_score_package ON essay_score (package_id);\n"
  "CREATE TABLE essay_score_point (\n"
  "  essay_score_id INTEGER NOT NULL REFERENCES essay_score (id) ON DELETE CASCADE,\n"
  "  criterion      TEXT NOT NULL CHECK (length(criterion) > 0),\n"
  "  points         INTEGER NOT NULL CHECK (points >= 0),\n"
  "  PRIMARY KEY (essay_score_id, criterion)\n"
  ") WITHOUT ROWID;\n"
  "INSERT INTO essay_score_point (essay_score_id, criterion, points) SELECT id, 'score', score FROM essay_score;\n"
  /* The record names rows by id: the essay and the stage are unique. */
  "CREATE TABLE essay_resolution (\n"
  "  id          INTEGER PRIMARY KEY,\n"
  "  essay_id    INTEGER NOT NULL UNIQUE REFERENCES essay (id) ON DELETE CASCADE,\n"
  "  method      TEXT NOT NULL CHECK (method IN ('fourth-grader', 'chair')),\n"
  "  score       INTEGER CHECK (score IS NULL OR score >= 0),\n"
  "  reason      TEXT NOT NULL DEFAULT '',\n"
  "  resolved_at TEXT NOT NULL DEFAULT " NOW ",\n"
  "  resolved_by TEXT NOT NULL DEFAULT '',\n"
  "  CHECK (method <> 'chair' OR (score IS NOT NULL AND length(trim(reason)) > 0))\n"
  ");\n"
  "CREATE TABLE essay_unsealing (\n"
  "  id          INTEGER PRIMARY KEY,\n"
  "  stage_id    INTEGER NOT NULL UNIQUE REFERENCES competition_stage (id) ON DELETE CASCADE,\n"
  "  unsealed_at TEXT NOT NULL DEFAULT " NOW ",\n"
  "  unsealed_by TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  APPEND_BASELINES ("rule_set", KONKURS_CHAIN_SNAPSHOT_RULE_SET_V13)
  APPEND_BASELINES ("expert", KONKURS_CHAIN_SNAPSHOT_EXPERT)
  APPEND_BASELINES ("essay", KONKURS_CHAIN_SNAPSHOT_ESSAY)
  APPEND_BASELINES ("essay_assignment", KONKURS_CHAIN_SNAPSHOT_ESSAY_ASSIGNMENT)
  APPEND_BASELINES ("essay_score", KONKURS_CHAIN_SNAPSHOT_ESSAY_SCORE);
