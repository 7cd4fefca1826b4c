/* konkurs-store-schema.c — the schema of the Konkurs database and its
 * migrations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-collation.h"
#include "konkurs-store-chain-private.h"
#include "konkurs-store-commission-private.h"
#include "konkurs-store-essays-private.h"
#include "konkurs-store-private.h"
#include "konkurs-store-stages-private.h"

/* Conventions of the schema:
 *  - dates are ISO 'YYYY-MM-DD' TEXT.  date(x) alone accepts '2021-02-30';
 *    a modifier makes SQLite normalise the day, so
 *    CHECK (date(x, '+0 days') IS x) refuses every date that does not exist;
 *  - enumerations of konkurs-types.h are stored as their integer values,
 *    other enumerations as stable text codes, each with a CHECK;
 *  - every foreign key has an index, so deleting a parent does not scan;
 *  - a migration is never edited once released: add a new one. */

/* A CHECK cannot look at another table: an application's vacancy must
 * be of its competition.  Created by migration 2, and again by migration 5
 * after it rebuilt vacancy (the same text, so both schemas agree). */
#define APPLICATION_VACANCY_TRIGGERS \
  "CREATE TRIGGER application_vacancy_insert BEFORE INSERT ON application\n" \
  "  WHEN NEW.vacancy_id IS NOT NULL AND\n" \
  "       (SELECT competition_id FROM vacancy WHERE id = NEW.vacancy_id) IS NOT NEW.competition_id\n" \
  "BEGIN SELECT RAISE (ABORT, 'application.vacancy_id: vacancy of another competition'); END;\n" \
  "CREATE TRIGGER application_vacancy_update BEFORE UPDATE OF vacancy_id, competition_id ON application\n" \
  "  WHEN NEW.vacancy_id IS NOT NULL AND\n" \
  "       (SELECT competition_id FROM vacancy WHERE id = NEW.vacancy_id) IS NOT NEW.competition_id\n" \
  "BEGIN SELECT RAISE (ABORT, 'application.vacancy_id: vacancy of another competition'); END;\n"

/* Version 1: rule sets, competitions, vacancies and the audit log. */
static const char migration_1[] =
  "CREATE TABLE rule_set (\n"
  "  id         INTEGER PRIMARY KEY,\n"
  "  code       TEXT NOT NULL UNIQUE CHECK (length(code) > 0),\n"
  "  name       TEXT NOT NULL,\n"
  "  valid_from TEXT NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from)\n"
  ");\n"
  "CREATE TABLE rule_value (\n"
  "  rule_set_id INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,\n"
  "  key         TEXT NOT NULL CHECK (length(key) > 0),\n"
  "  value       INTEGER NOT NULL,\n"
  "  PRIMARY KEY (rule_set_id, key)\n"
  ") WITHOUT ROWID;\n"
  "CREATE TABLE competition (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  rule_set_id  INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE RESTRICT,\n"
  "  procedure    INTEGER NOT NULL CHECK (procedure IN (1, 2)),\n"
  "  state_body   TEXT NOT NULL CHECK (length(trim(state_body)) > 0),\n"
  "  title        TEXT NOT NULL DEFAULT '',\n"
  "  announced_on TEXT NOT NULL CHECK (date(announced_on, '+0 days') IS announced_on)\n"
  ");\n"
  "CREATE INDEX competition_rule_set ON competition (rule_set_id);\n"
  "CREATE INDEX competition_announced_on ON competition (announced_on);\n"
  "CREATE TABLE vacancy (\n"
  "  id               INTEGER PRIMARY KEY,\n"
  "  competition_id   INTEGER NOT NULL REFERENCES competition (id) ON DELETE CASCADE,\n"
  "  position_title   TEXT NOT NULL CHECK (length(trim(position_title)) > 0),\n"
  "  corps            INTEGER NOT NULL CHECK (corps IN (1, 2)),\n"
  "  category         TEXT NOT NULL DEFAULT '',\n"
  "  leadership       INTEGER NOT NULL DEFAULT 0 CHECK (leadership IN (0, 1)),\n"
  "  level            INTEGER NOT NULL CHECK (level IN (1, 2, 3)),\n"
  "  sector           TEXT NOT NULL DEFAULT '',\n"
  "  seats            INTEGER NOT NULL DEFAULT 1 CHECK (seats >= 1),\n"
  "  education        INTEGER NOT NULL DEFAULT 0 CHECK (education BETWEEN 0 AND 4),\n"
  "  experience_years INTEGER NOT NULL DEFAULT 0 CHECK (experience_years >= 0),\n"
  "  requirements     TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE INDEX vacancy_competition ON vacancy (competition_id);\n"
  /* No foreign key on row_id: the log outlives the rows it speaks of. */
  "CREATE TABLE audit_log (\n"
  "  id         INTEGER PRIMARY KEY,\n"
  "  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),\n"
  "  actor      TEXT NOT NULL,\n"
  "  action     TEXT NOT NULL,\n"
  "  table_name TEXT NOT NULL,\n"
  "  row_id     INTEGER,\n"
  "  details    TEXT\n"
  ");\n"
  "CREATE INDEX audit_log_row ON audit_log (table_name, row_id);\n"
  "INSERT INTO rule_set (id, code, name, valid_from)\n"
  "  VALUES (1, 'kz-2023', 'Rules of 2023', '2000-01-01');\n"
  "INSERT INTO rule_value (rule_set_id, key, value) VALUES\n"
  "  (1, 'document-review-days', 3),\n"
  "  (1, 'certificate-validity-months', 12),\n"
  "  (1, 'youth-max-age', 35),\n"
  "  (1, 'youth-min-experience-years', 5),\n"
  "  (1, 'legislation-questions', 55),\n"
  "  (1, 'legislation-minutes', 55),\n"
  "  (1, 'legislation-pass', 30),\n"
  "  (1, 'legislation-pass-per-act', 5),\n"
  "  (1, 'essay-scale-max', 5),\n"
  "  (1, 'essay-max-admitted', 5),\n"
  "  (1, 'interview-max-admitted', 3),\n"
  "  (1, 'quorum-numerator', 2),\n"
  "  (1, 'quorum-denominator', 3),\n"
  "  (1, 'reserve-top', 50),\n"
  "  (1, 'reserve-term-years', 3);\n";

/* Version 2: the rest of the domain — candidates and their papers,
 * applications, stages, tests, essays and their experts, the commission,
 * its meetings and votes — so that later features only add behaviour. */
static const char migration_2[] =
  "CREATE TABLE candidate (\n"
  "  id          INTEGER PRIMARY KEY,\n"
  "  iin         TEXT NOT NULL UNIQUE\n"
  "              CHECK (length(iin) = 12 AND iin NOT GLOB '*[^0-9]*'),\n"
  "  surname     TEXT NOT NULL CHECK (length(trim(surname)) > 0),\n"
  "  name        TEXT NOT NULL CHECK (length(trim(name)) > 0),\n"
  "  patronymic  TEXT NOT NULL DEFAULT '',\n"
  "  birth_date  TEXT NOT NULL CHECK (date(birth_date, '+0 days') IS birth_date),\n"
  "  sex         TEXT NOT NULL CHECK (sex IN ('M', 'F')),\n"
  "  citizenship TEXT NOT NULL DEFAULT 'KZ',\n"
  "  phone       TEXT NOT NULL DEFAULT '',\n"
  "  email       TEXT NOT NULL DEFAULT '',\n"
  "  address     TEXT NOT NULL DEFAULT '',\n"
  /* NULL: not known yet. */
  "  state_language_level TEXT\n"
  "              CHECK (state_language_level IN ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),\n"
  "  presidential_appointee INTEGER NOT NULL DEFAULT 0 CHECK (presidential_appointee IN (0, 1)),\n"
  "  political_servant      INTEGER NOT NULL DEFAULT 0 CHECK (political_servant IN (0, 1)),\n"
  "  corps_a_servant        INTEGER NOT NULL DEFAULT 0 CHECK (corps_a_servant IN (0, 1)),\n"
  "  in_reserve             INTEGER NOT NULL DEFAULT 0 CHECK (in_reserve IN (0, 1))\n"
  ");\n"
  "CREATE INDEX candidate_surname ON candidate (surname, name);\n"
  "CREATE TABLE candidate_education (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  candidate_id INTEGER NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,\n"
  "  level        INTEGER NOT NULL CHECK (level BETWEEN 0 AND 4),\n"
  "  field        TEXT NOT NULL DEFAULT '',\n"
  "  institution  TEXT NOT NULL DEFAULT '',\n"
  "  year         INTEGER CHECK (year BETWEEN 1900 AND 2200)\n"
  ");\n"
  "CREATE INDEX candidate_education_candidate ON candidate_education (candidate_id);\n"
  "CREATE TABLE work_period (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  candidate_id INTEGER NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,\n"
  "  employer     TEXT NOT NULL CHECK (length(trim(employer)) > 0),\n"
  "  position     TEXT NOT NULL DEFAULT '',\n"
  "  started_on   TEXT NOT NULL CHECK (date(started_on, '+0 days') IS started_on),\n"
  /* NULL: until now. */
  "  ended_on     TEXT CHECK (ended_on IS NULL OR\n"
  "                           (date(ended_on, '+0 days') IS ended_on AND ended_on >= started_on))\n"
  ");\n"
  "CREATE INDEX work_period_candidate ON work_period (candidate_id);\n"
  "CREATE TABLE certificate (\n"
  "  id           INTEGER PRIMARY KEY,\n"
  "  candidate_id INTEGER NOT NULL REFERENCES candidate (id) ON DELETE CASCADE,\n"
  "  kind         TEXT NOT NULL\n"
  "               CHECK (kind IN ('legislation', 'state-language', 'personal-qualities')),\n"
  "  passed_on    TEXT NOT NULL CHECK (date(passed_on, '+0 days') IS passed_on),\n"
  "  result       TEXT NOT NULL DEFAULT '',\n"
  "  number       TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE INDEX certificate_candidate ON certificate (candidate_id, kind);\n"
  "CREATE TABLE application (\n"
  "  id              INTEGER PRIMARY KEY,\n"
  "  candidate_id    INTEGER NOT NULL REFERENCES candidate (id) ON DELETE RESTRICT,\n"
  /* RESTRICT: a competition somebody applied to cannot be deleted. */
  "  competition_id  INTEGER NOT NULL REFERENCES competition (id) ON DELETE RESTRICT,\n"
  /* NULL in a youth-reserve selection, which has sectors, not vacancies. */
  "  vacancy_id      INTEGER REFERENCES vacancy (id) ON DELETE RESTRICT,\n"
  "  sector          TEXT,\n"
  /* What evaluators see instead of the name. */
  "  personal_code   TEXT NOT NULL UNIQUE CHECK (length(trim(personal_code)) > 0),\n"
  "  received_on     TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on),\n"
  "  status          TEXT NOT NULL DEFAULT 'received'\n"
  "                  CHECK (status IN ('received', 'admitted', 'rejected', 'withdrawn',\n"
  "                                    'eliminated', 'passed', 'winner', 'reserve')),\n"
  "  eligibility     TEXT NOT NULL DEFAULT 'pending'\n"
  "                  CHECK (eligibility IN ('pending', 'eligible', 'ineligible')),\n"
  "  decision_reason TEXT NOT NULL DEFAULT '',\n"
  "  decided_by      TEXT,\n"
  "  decided_at      TEXT,\n"
  "  CHECK ((eligibility = 'pending') = (decided_at IS NULL))\n"
  ");\n"
  "CREATE INDEX application_candidate ON application (candidate_id);\n"
  "CREATE INDEX application_competition ON application (competition_id);\n"
  "CREATE INDEX application_vacancy ON application (vacancy_id);\n"
  "CREATE UNIQUE INDEX application_once_per_vacancy\n"
  "  ON application (candidate_id, vacancy_id) WHERE vacancy_id IS NOT NULL;\n"
  "CREATE UNIQUE INDEX application_once_per_selection\n"
  "  ON application (candidate_id, competition_id) WHERE vacancy_id IS NULL;\n"
  APPLICATION_VACANCY_TRIGGERS
  "CREATE TABLE competition_stage (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  competition_id INTEGER NOT NULL REFERENCES competition (id) ON DELETE CASCADE,\n"
  "  kind           TEXT NOT NULL\n"
  "                 CHECK (kind IN ('documents', 'testing', 'essay', 'practical-task',\n"
  "                                 'assessment-centre', 'interview', 'expert-commission',\n"
  "                                 'national-commission')),\n"
  "  ordinal        INTEGER NOT NULL CHECK (ordinal >= 1),\n"
  "  starts_on      TEXT CHECK (starts_on IS NULL OR date(starts_on, '+0 days') IS starts_on),\n"
  "  ends_on        TEXT CHECK (ends_on IS NULL OR date(ends_on, '+0 days') IS ends_on),\n"
  "  published_on   TEXT CHECK (published_on IS NULL OR date(published_on, '+0 days') IS published_on),\n"
  "  CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on),\n"
  "  UNIQUE (competition_id, ordinal)\n"
  ");\n"
  "CREATE TABLE test_result (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  "  kind           TEXT NOT NULL\n"
  "                 CHECK (kind IN ('legislation', 'text', 'numeric', 'practical-task',\n"
  "                                 'personal-qualities', 'assessment-centre')),\n"
  "  taken_on       TEXT NOT NULL CHECK (date(taken_on, '+0 days') IS taken_on),\n"
  "  score          INTEGER NOT NULL CHECK (score >= 0),\n"
  "  max_score      INTEGER CHECK (max_score IS NULL OR max_score >= score),\n"
  "  passed         INTEGER CHECK (passed IN (0, 1)),\n"
  "  details        TEXT NOT NULL DEFAULT '',\n"
  "  UNIQUE (application_id, kind)\n"
  ");\n"
  /* The legislation test passes only with enough correct answers per act. */
  "CREATE TABLE test_result_part (\n"
  "  test_result_id INTEGER NOT NULL REFERENCES test_result (id) ON DELETE CASCADE,\n"
  "  part           TEXT NOT NULL CHECK (length(part) > 0),\n"
  "  score          INTEGER NOT NULL CHECK (score >= 0),\n"
  "  PRIMARY KEY (test_result_id, part)\n"
  ") WITHOUT ROWID;\n"
  "CREATE TABLE expert (\n"
  "  id         INTEGER PRIMARY KEY,\n"
  "  full_name  TEXT NOT NULL CHECK (length(trim(full_name)) > 0),\n"
  /* The priority sector the expert grades essays of. */
  "  sector     TEXT NOT NULL DEFAULT '',\n"
  "  background TEXT CHECK (background IN ('academia', 'business', 'civil-service')),\n"
  "  email      TEXT NOT NULL DEFAULT '',\n"
  "  phone      TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE INDEX expert_sector ON expert (sector);\n"
  "CREATE TABLE essay (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  application_id INTEGER NOT NULL UNIQUE REFERENCES application (id) ON DELETE CASCADE,\n"
  "  topic          TEXT NOT NULL DEFAULT '',\n"
  "  body           TEXT NOT NULL DEFAULT '',\n"
  "  submitted_at   TEXT\n"
  ");\n"
  "CREATE TABLE essay_assignment (\n"
  "  essay_id    INTEGER NOT NULL REFERENCES essay (id) ON DELETE CASCADE,\n"
  "  expert_id   INTEGER NOT NULL REFERENCES expert (id) ON DELETE RESTRICT,\n"
  "  assigned_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),\n"
  "  PRIMARY KEY (essay_id, expert_id)\n"
  ") WITHOUT ROWID;\n"
  "CREATE INDEX essay_assignment_expert ON essay_assignment (expert_id);\n"
  "CREATE TABLE essay_score (\n"
  "  id        INTEGER PRIMARY KEY,\n"
  "  essay_id  INTEGER NOT NULL REFERENCES essay (id) ON DELETE CASCADE,\n"
  "  expert_id INTEGER NOT NULL REFERENCES expert (id) ON DELETE RESTRICT,\n"
  "  score     INTEGER NOT NULL CHECK (score >= 0),\n"
  "  comment   TEXT NOT NULL DEFAULT '',\n"
  "  scored_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),\n"
  "  UNIQUE (essay_id, expert_id)\n"
  ");\n"
  "CREATE INDEX essay_score_expert ON essay_score (expert_id);\n"
  "CREATE TABLE commission_member (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  competition_id INTEGER NOT NULL REFERENCES competition (id) ON DELETE CASCADE,\n"
  "  full_name      TEXT NOT NULL CHECK (length(trim(full_name)) > 0),\n"
  "  position       TEXT NOT NULL DEFAULT '',\n"
  /* The secretary keeps the protocol and has no vote. */
  "  role           TEXT NOT NULL CHECK (role IN ('chair', 'member', 'secretary'))\n"
  ");\n"
  "CREATE INDEX commission_member_competition ON commission_member (competition_id);\n"
  "CREATE UNIQUE INDEX commission_one_chair\n"
  "  ON commission_member (competition_id) WHERE role = 'chair';\n"
  "CREATE UNIQUE INDEX commission_one_secretary\n"
  "  ON commission_member (competition_id) WHERE role = 'secretary';\n"
  "CREATE TABLE meeting (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  competition_id INTEGER NOT NULL REFERENCES competition (id) ON DELETE CASCADE,\n"
  "  stage_id       INTEGER REFERENCES competition_stage (id) ON DELETE SET NULL,\n"
  "  held_on        TEXT NOT NULL CHECK (date(held_on, '+0 days') IS held_on),\n"
  "  place          TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "CREATE INDEX meeting_competition ON meeting (competition_id);\n"
  "CREATE INDEX meeting_stage ON meeting (stage_id);\n"
  "CREATE TABLE meeting_attendance (\n"
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,\n"
  "  member_id  INTEGER NOT NULL REFERENCES commission_member (id) ON DELETE CASCADE,\n"
  "  present    INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),\n"
  "  PRIMARY KEY (meeting_id, member_id)\n"
  ") WITHOUT ROWID;\n"
  "CREATE INDEX meeting_attendance_member ON meeting_attendance (member_id);\n"
  /* Open vote (for/against) or a score, one per member and candidate. */
  "CREATE TABLE vote (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,\n"
  "  member_id      INTEGER NOT NULL REFERENCES commission_member (id) ON DELETE CASCADE,\n"
  "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  "  vote           TEXT CHECK (vote IN ('for', 'against')),\n"
  "  score          INTEGER CHECK (score >= 0),\n"
  "  CHECK ((vote IS NULL) <> (score IS NULL)),\n"
  "  UNIQUE (meeting_id, member_id, application_id)\n"
  ");\n"
  "CREATE INDEX vote_member ON vote (member_id);\n"
  "CREATE INDEX vote_application ON vote (application_id);\n"
  /* LIKE folds ASCII only; unicode61 folds Cyrillic including the Kazakh
   * letters (Ә/ә, Қ/қ, Ө/ө…).  remove_diacritics 0 keeps Й apart from И. */
  "CREATE VIRTUAL TABLE candidate_fts USING fts5 (\n"
  "  iin, surname, name, patronymic,\n"
  "  content = 'candidate', content_rowid = 'id',\n"
  "  tokenize = 'unicode61 remove_diacritics 0',\n"
  "  prefix = '2 3'\n"
  ");\n"
  "CREATE TRIGGER candidate_fts_insert AFTER INSERT ON candidate BEGIN\n"
  "  INSERT INTO candidate_fts (rowid, iin, surname, name, patronymic)\n"
  "    VALUES (NEW.id, NEW.iin, NEW.surname, NEW.name, NEW.patronymic);\n"
  "END;\n"
  "CREATE TRIGGER candidate_fts_delete AFTER DELETE ON candidate BEGIN\n"
  "  INSERT INTO candidate_fts (candidate_fts, rowid, iin, surname, name, patronymic)\n"
  "    VALUES ('delete', OLD.id, OLD.iin, OLD.surname, OLD.name, OLD.patronymic);\n"
  "END;\n"
  "CREATE TRIGGER candidate_fts_update AFTER UPDATE OF iin, surname, name, patronymic\n"
  "  ON candidate BEGIN\n"
  "  INSERT INTO candidate_fts (candidate_fts, rowid, iin, surname, name, patronymic)\n"
  "    VALUES ('delete', OLD.id, OLD.iin, OLD.surname, OLD.name, OLD.patronymic);\n"
  "  INSERT INTO candidate_fts (rowid, iin, surname, name, patronymic)\n"
  "    VALUES (NEW.id, NEW.iin, NEW.surname, NEW.name, NEW.patronymic);\n"
  "END;\n";

/* Version 3: the candidates list in alphabetical order.  SQLite orders
 * text by bytes (Ә, Қ, І after Я) and a collation function in ORDER BY
 * would compare 100,000 rows per keystroke of a search, so each candidate
 * carries konkurs_collation_name_key() and an index keeps the list in that
 * order.  ALTER TABLE cannot add a NOT NULL column without a default; the
 * store always fills it.  konkurs_sort_key() is registered on the
 * connection by konkurs_store_register_functions(). */
static const char migration_3[] =
  "ALTER TABLE candidate ADD COLUMN sort_key BLOB;\n"
  "UPDATE candidate SET sort_key = konkurs_sort_key (surname, name, patronymic);\n"
  "DROP INDEX candidate_surname;\n"
  "CREATE INDEX candidate_sort_key ON candidate (sort_key, id);\n";

/* Version 4: a decision keeps what the engine found, not sentences.
 * decision_failures is a JSON array of the engine's failures with their
 * parameters (konkurs-store-decisions.c writes and reads it), the verdict
 * when the decision was taken, so that a reprint of a protocol says what
 * was decided, in the document's language; decision_checked_on is the date
 * that verdict referred to.  decision_reason is the secretary's own words.
 * Decisions taken before keep their decision_reason as it was, and NULL
 * here: not recorded.
 *
 * candidate_education.year keeps migration 2's CHECK (1900 to 2200): a
 * backstop looser than the rule the store applies
 * (KONKURS_GRADUATION_YEAR_MAX), not worth rebuilding the table for. */
static const char migration_4[] =
  "ALTER TABLE application ADD COLUMN decision_failures TEXT\n"
  "  CHECK (decision_failures IS NULL OR json_valid (decision_failures));\n"
  "ALTER TABLE application ADD COLUMN decision_checked_on TEXT\n"
  "  CHECK (decision_checked_on IS NULL OR date(decision_checked_on, '+0 days') IS decision_checked_on);\n";

/* Version 5: records in Kazakh and in Russian, and names that hold in any
 * database.
 *
 * Every text a document prints gets a value per language: the values of
 * version 4 were entered in Kazakh, so they become the Kazakh ones and
 * the Russian ones start empty.  A required text (a state body, a
 * position title) is satisfied by either language, which changes a CHECK:
 * rule_set, competition and vacancy are rebuilt (create the new table,
 * copy, drop the old one, rename), with their indexes, and the triggers of
 * application that read vacancy are recreated around it (SQLite refuses to
 * rename a table while a trigger names a missing one).  The migration runs
 * with foreign keys off and checks them before COMMIT, so no child row is
 * touched and none is left without its parent.
 *
 * A competition gets a number (the announcement's registration number,
 * year-sequence for the existing ones) and a vacancy a code (its number in
 * the announcement), by which exchange files name them in any database.
 *
 * The official wording of each procedure and the priority sectors of the
 * Youth Reserve come with each rule set; they were the program's own
 * before, the same for every rule set, so every existing rule set gets
 * them.  An application's sector becomes the code of a sector of its
 * rule set: the names it was stored under are found again, and a name
 * that is none of them is kept as a sector of its own (other-N), so no
 * application loses what was recorded. */
static const char migration_5[] =
  "CREATE TABLE rule_set_v5 (\n"
  "  id         INTEGER PRIMARY KEY,\n"
  "  code       TEXT NOT NULL UNIQUE CHECK (length(code) > 0),\n"
  "  name_kk    TEXT NOT NULL DEFAULT '',\n"
  "  name_ru    TEXT NOT NULL DEFAULT '',\n"
  "  valid_from TEXT NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from)\n"
  ");\n"
  "INSERT INTO rule_set_v5 (id, code, name_kk, name_ru, valid_from)\n"
  "  SELECT id, code, name, '', valid_from FROM rule_set;\n"
  "UPDATE rule_set_v5\n"
  "  SET name_kk = 'Конкурс өткізу қағидалары (2023 жылғы редакция)',\n"
  "      name_ru = 'Правила проведения конкурса (редакция 2023 года)'\n"
  "  WHERE code = 'kz-2023' AND name_kk = 'Rules of 2023';\n"
  "DROP TABLE rule_set;\n"
  "ALTER TABLE rule_set_v5 RENAME TO rule_set;\n"
  "CREATE TABLE rule_set_procedure (\n"
  "  rule_set_id INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,\n"
  "  procedure   INTEGER NOT NULL CHECK (procedure IN (1, 2)),\n"
  "  name_kk     TEXT NOT NULL DEFAULT '',\n"
  "  name_ru     TEXT NOT NULL DEFAULT '',\n"
  "  PRIMARY KEY (rule_set_id, procedure)\n"
  ") WITHOUT ROWID;\n"
  "INSERT INTO rule_set_procedure (rule_set_id, procedure, name_kk, name_ru)\n"
  "  SELECT r.id, p.procedure, p.name_kk, p.name_ru FROM rule_set r, (\n"
  "    SELECT 1 AS procedure,\n"
  "           '«Б» корпусының бос әкімшілік мемлекеттік лауазымына орналасуға арналған жалпы конкурс' AS name_kk,\n"
  "           'общий конкурс на занятие вакантной административной государственной должности корпуса «Б»' AS name_ru\n"
  "    UNION ALL SELECT 2,\n"
  "           'Президенттік жастар кадрлық резервіне іріктеу',\n"
  "           'отбор в Президентский молодежный кадровый резерв') p;\n"
  "CREATE TABLE rule_set_sector (\n"
  "  rule_set_id INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,\n"
  "  code        TEXT NOT NULL CHECK (length(code) > 0),\n"
  "  ordinal     INTEGER NOT NULL,\n"
  "  name_kk     TEXT NOT NULL DEFAULT '',\n"
  "  name_ru     TEXT NOT NULL DEFAULT '',\n"
  "  CHECK (length(trim(name_kk)) > 0 OR length(trim(name_ru)) > 0),\n"
  "  PRIMARY KEY (rule_set_id, code)\n"
  ") WITHOUT ROWID;\n"
  "INSERT INTO rule_set_sector (rule_set_id, code, ordinal, name_kk, name_ru)\n"
  "  SELECT r.id, s.code, s.ordinal, s.name_kk, s.name_ru FROM rule_set r, (\n"
  "    SELECT 'infrastructure' AS code, 1 AS ordinal,\n"
  "           'Инфрақұрылым, өнеркәсіп және сауда саясаты' AS name_kk,\n"
  "           'Инфраструктура, промышленная и торговая политика' AS name_ru\n"
  "    UNION ALL SELECT 'agro-industrial', 2, 'Агроөнеркәсіптік кешен және экология',\n"
  "           'Агропромышленный комплекс и экология'\n"
  "    UNION ALL SELECT 'foreign-policy', 3, 'Сыртқы саясат және инвестициялар',\n"
  "           'Внешняя политика и инвестиции'\n"
  "    UNION ALL SELECT 'economy', 4, 'Экономикалық және қаржылық саясат',\n"
  "           'Экономическая и финансовая политика'\n"
  "    UNION ALL SELECT 'digitalisation', 5, 'Цифрландыру', 'Цифровизация'\n"
  "    UNION ALL SELECT 'social-policy', 6, 'Әлеуметтік саясат және азаматтық қоғам',\n"
  "           'Социальная политика и гражданское общество') s;\n"
  "CREATE TABLE competition_v5 (\n"
  "  id            INTEGER PRIMARY KEY,\n"
  "  number        TEXT NOT NULL UNIQUE CHECK (length(trim(number)) > 0),\n"
  "  rule_set_id   INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE RESTRICT,\n"
  "  procedure     INTEGER NOT NULL CHECK (procedure IN (1, 2)),\n"
  "  state_body_kk TEXT NOT NULL DEFAULT '',\n"
  "  state_body_ru TEXT NOT NULL DEFAULT '',\n"
  "  title_kk      TEXT NOT NULL DEFAULT '',\n"
  "  title_ru      TEXT NOT NULL DEFAULT '',\n"
  "  announced_on  TEXT NOT NULL CHECK (date(announced_on, '+0 days') IS announced_on),\n"
  "  CHECK (length(trim(state_body_kk)) > 0 OR length(trim(state_body_ru)) > 0)\n"
  ");\n"
  "INSERT INTO competition_v5 (id, number, rule_set_id, procedure, state_body_kk, title_kk, announced_on)\n"
  "  SELECT id, strftime('%Y', announced_on) || '-' ||\n"
  "             printf('%03d', row_number () OVER (PARTITION BY strftime('%Y', announced_on)\n"
  "                                                ORDER BY announced_on, id)),\n"
  "         rule_set_id, procedure, state_body, title, announced_on\n"
  "  FROM competition;\n"
  "DROP TABLE competition;\n"
  "ALTER TABLE competition_v5 RENAME TO competition;\n"
  "CREATE INDEX competition_rule_set ON competition (rule_set_id);\n"
  "CREATE INDEX competition_announced_on ON competition (announced_on);\n"
  "DROP TRIGGER application_vacancy_insert;\n"
  "DROP TRIGGER application_vacancy_update;\n"
  /* The unique index on (competition_id, code) starts with the foreign key,
   * as every foreign key's index must: vacancy_competition is no longer
   * needed. */
  "CREATE TABLE vacancy_v5 (\n"
  "  id                INTEGER PRIMARY KEY,\n"
  "  competition_id    INTEGER NOT NULL REFERENCES competition (id) ON DELETE CASCADE,\n"
  "  code              TEXT NOT NULL CHECK (length(trim(code)) > 0),\n"
  "  position_title_kk TEXT NOT NULL DEFAULT '',\n"
  "  position_title_ru TEXT NOT NULL DEFAULT '',\n"
  "  corps             INTEGER NOT NULL CHECK (corps IN (1, 2)),\n"
  "  category          TEXT NOT NULL DEFAULT '',\n"
  "  leadership        INTEGER NOT NULL DEFAULT 0 CHECK (leadership IN (0, 1)),\n"
  "  level             INTEGER NOT NULL CHECK (level IN (1, 2, 3)),\n"
  "  sector_kk         TEXT NOT NULL DEFAULT '',\n"
  "  sector_ru         TEXT NOT NULL DEFAULT '',\n"
  "  seats             INTEGER NOT NULL DEFAULT 1 CHECK (seats >= 1),\n"
  "  education         INTEGER NOT NULL DEFAULT 0 CHECK (education BETWEEN 0 AND 4),\n"
  "  experience_years  INTEGER NOT NULL DEFAULT 0 CHECK (experience_years >= 0),\n"
  "  requirements_kk   TEXT NOT NULL DEFAULT '',\n"
  "  requirements_ru   TEXT NOT NULL DEFAULT '',\n"
  "  CHECK (length(trim(position_title_kk)) > 0 OR length(trim(position_title_ru)) > 0),\n"
  "  UNIQUE (competition_id, code)\n"
  ");\n"
  "INSERT INTO vacancy_v5 (id, competition_id, code, position_title_kk, corps, category, leadership,\n"
  "                        level, sector_kk, seats, education, experience_years, requirements_kk)\n"
  "  SELECT id, competition_id, row_number () OVER (PARTITION BY competition_id ORDER BY id),\n"
  "         position_title, corps, category, leadership, level, sector, seats, education,\n"
  "         experience_years, requirements\n"
  "  FROM vacancy;\n"
  "DROP TABLE vacancy;\n"
  "ALTER TABLE vacancy_v5 RENAME TO vacancy;\n"
  APPLICATION_VACANCY_TRIGGERS
  "UPDATE application SET sector = NULL WHERE trim(sector) = '';\n"
  "INSERT INTO rule_set_sector (rule_set_id, code, ordinal, name_kk)\n"
  "  SELECT rule_set_id, 'other-' || n, 100 + n, sector FROM (\n"
  "    SELECT rule_set_id, sector, row_number () OVER (PARTITION BY rule_set_id ORDER BY sector) AS n\n"
  "    FROM (SELECT DISTINCT c.rule_set_id, trim(a.sector) AS sector\n"
  "          FROM application a JOIN competition c ON c.id = a.competition_id\n"
  "          WHERE a.sector IS NOT NULL AND NOT EXISTS (\n"
  "            SELECT 1 FROM rule_set_sector s WHERE s.rule_set_id = c.rule_set_id\n"
  "            AND trim(a.sector) IN (s.code, s.name_kk, s.name_ru))));\n"
  "UPDATE application SET sector = (\n"
  "    SELECT s.code FROM competition c JOIN rule_set_sector s ON s.rule_set_id = c.rule_set_id\n"
  "    WHERE c.id = application.competition_id AND trim(application.sector) IN (s.code, s.name_kk, s.name_ru)\n"
  "    ORDER BY s.ordinal LIMIT 1)\n"
  "  WHERE sector IS NOT NULL;\n"
  /* A CHECK cannot look at another table. */
  "CREATE TRIGGER application_sector_insert BEFORE INSERT ON application\n"
  "  WHEN NEW.sector IS NOT NULL AND NOT EXISTS (\n"
  "    SELECT 1 FROM competition c JOIN rule_set_sector s ON s.rule_set_id = c.rule_set_id\n"
  "    WHERE c.id = NEW.competition_id AND s.code = NEW.sector)\n"
  "BEGIN SELECT RAISE (ABORT, 'application.sector: not a sector of the rule set'); END;\n"
  "CREATE TRIGGER application_sector_update BEFORE UPDATE OF sector, competition_id ON application\n"
  "  WHEN NEW.sector IS NOT NULL AND NOT EXISTS (\n"
  "    SELECT 1 FROM competition c JOIN rule_set_sector s ON s.rule_set_id = c.rule_set_id\n"
  "    WHERE c.id = NEW.competition_id AND s.code = NEW.sector)\n"
  "BEGIN SELECT RAISE (ABORT, 'application.sector: not a sector of the rule set'); END;\n"
  "CREATE TRIGGER competition_rule_set_update BEFORE UPDATE OF rule_set_id ON competition\n"
  "  WHEN EXISTS (SELECT 1 FROM application a WHERE a.competition_id = NEW.id AND a.sector IS NOT NULL\n"
  "               AND NOT EXISTS (SELECT 1 FROM rule_set_sector s\n"
  "                               WHERE s.rule_set_id = NEW.rule_set_id AND s.code = a.sector))\n"
  "BEGIN SELECT RAISE (ABORT, 'competition.rule_set_id: an application names a sector the rule set lacks'); END;\n";

/* Version 6: the organisation's details, set once in Preferences and
 * printed by every document, and the register of issued documents.
 *  - organisation has one row: the state body, its address and the place
 *    where its commission meets, each in Kazakh and in Russian ('' when
 *    not given);
 *  - default_commission_member is the commission that signs a protocol
 *    until competitions have commissions of their own (migration 2's
 *    commission_member), in the order they sign, names and positions as
 *    each language writes them;
 *  - issued_document keeps what a final protocol was issued with (number,
 *    date, place, the commission and who of it was present, as they were
 *    then, as JSON arrays of members), so that a reprint has
 *    the same number and date.  Like audit_log it outlives the rows it
 *    speaks of: no foreign key. */
static const char migration_6[] =
  "CREATE TABLE organisation (\n"
  "  id            INTEGER PRIMARY KEY CHECK (id = 1),\n"
  "  state_body_kk TEXT NOT NULL DEFAULT '',\n"
  "  state_body_ru TEXT NOT NULL DEFAULT '',\n"
  "  address_kk    TEXT NOT NULL DEFAULT '',\n"
  "  address_ru    TEXT NOT NULL DEFAULT '',\n"
  "  place_kk      TEXT NOT NULL DEFAULT '',\n"
  "  place_ru      TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "INSERT INTO organisation (id) VALUES (1);\n"
  "CREATE TABLE default_commission_member (\n"
  "  id          INTEGER PRIMARY KEY,\n"
  "  ordinal     INTEGER NOT NULL CHECK (ordinal >= 1) UNIQUE,\n"
  "  role        TEXT NOT NULL CHECK (role IN ('chair', 'deputy-chair', 'member', 'secretary')),\n"
  "  name_kk     TEXT NOT NULL DEFAULT '',\n"
  "  name_ru     TEXT NOT NULL DEFAULT '',\n"
  "  position_kk TEXT NOT NULL DEFAULT '',\n"
  "  position_ru TEXT NOT NULL DEFAULT '',\n"
  "  CHECK (length(trim(name_kk)) > 0 OR length(trim(name_ru)) > 0)\n"
  ");\n"
  "CREATE TABLE issued_document (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  kind           TEXT NOT NULL CHECK (length(kind) > 0),\n"
  "  competition_id INTEGER NOT NULL,\n"
  "  number         TEXT NOT NULL CHECK (length(trim(number)) > 0),\n"
  "  issued_on      TEXT NOT NULL CHECK (date(issued_on, '+0 days') IS issued_on),\n"
  "  place_kk       TEXT NOT NULL DEFAULT '',\n"
  "  place_ru       TEXT NOT NULL DEFAULT '',\n"
  "  commission     TEXT NOT NULL CHECK (json_valid (commission) AND json_type (commission) = 'array'),\n"
  "  present        TEXT NOT NULL CHECK (json_valid (present) AND json_type (present) = 'array'),\n"
  "  language       TEXT NOT NULL CHECK (language IN ('kk', 'ru')),\n"
  "  issued_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),\n"
  "  issued_by      TEXT NOT NULL\n"
  ");\n"
  "CREATE INDEX issued_document_competition ON issued_document (competition_id, kind);\n";

/* Version 7: the audit log becomes the record, a chain of entries each
 * holding SHA-256 (the hash of the entry before ‖ its canonical bytes)
 * (konkurs-store-chain.c, README.md "The record").
 *  - Entries are renumbered 1, 2, 3… in their order, so that a missing
 *    one shows; those of before are hashed as they are, the genesis part
 *    of the chain, with no values before or after.
 *  - Then a "baseline" entry for every row the record follows gives its
 *    values at the upgrade, which --verify compares the rows with.
 *  - audit_head keeps the last entry's number and hash, so that cutting
 *    the end of the chain shows; triggers keep the log append-only.
 *  - issued_document keeps the head of the record when it was printed and
 *    the SHA-256 of its data rows, as its footer says. */
#define BASELINE(table, snapshot) \
  "INSERT INTO audit_log (at, actor, action, table_name, row_id, after) " \
  "  SELECT strftime ('%Y-%m-%dT%H:%M:%fZ', 'now'), 'Konkurs', 'baseline', '" table "', id, " \
  snapshot " FROM " table " ORDER BY id;\n"

/* The snapshot of a competition as version 7 wrote it (version 9 adds its
 * scope): migration 7 must write what it always wrote. */
#define SNAPSHOT_COMPETITION_V7 \
  "json_object ('number', number, 'rule_set_id', rule_set_id, 'procedure', procedure, " \
  "'state_body_kk', state_body_kk, 'state_body_ru', state_body_ru, 'title_kk', title_kk, " \
  "'title_ru', title_ru, 'announced_on', announced_on)"

static const char migration_7[] =
  "ALTER TABLE issued_document ADD COLUMN chain_head TEXT;\n"
  "ALTER TABLE issued_document ADD COLUMN rows_sha256 TEXT;\n"
  "CREATE TABLE audit_log_v7 (\n"
  "  id         INTEGER PRIMARY KEY,\n"
  "  at         TEXT NOT NULL,\n"
  "  actor      TEXT NOT NULL,\n"
  "  action     TEXT NOT NULL,\n"
  "  table_name TEXT NOT NULL,\n"
  "  row_id     INTEGER,\n"
  "  before     TEXT,\n"
  "  after      TEXT,\n"
  "  details    TEXT,\n"
  "  hash       TEXT NOT NULL DEFAULT ''\n"
  ");\n"
  "INSERT INTO audit_log_v7 (id, at, actor, action, table_name, row_id, details)\n"
  "  SELECT row_number () OVER (ORDER BY id), at, actor, action, table_name, row_id, details\n"
  "  FROM audit_log ORDER BY id;\n"
  "DROP TABLE audit_log;\n"
  "ALTER TABLE audit_log_v7 RENAME TO audit_log;\n"
  "CREATE INDEX audit_log_row ON audit_log (table_name, row_id);\n"
  BASELINE ("competition", SNAPSHOT_COMPETITION_V7)
  BASELINE ("vacancy", KONKURS_CHAIN_SNAPSHOT_VACANCY_V8)
  BASELINE ("candidate", KONKURS_CHAIN_SNAPSHOT_CANDIDATE_V8)
  BASELINE ("application", KONKURS_CHAIN_SNAPSHOT_APPLICATION)
  BASELINE ("issued_document", KONKURS_CHAIN_SNAPSHOT_ISSUED_DOCUMENT)
  "WITH RECURSIVE chain (id, hash) AS (\n"
  "  SELECT 0, '" KONKURS_CHAIN_GENESIS "'\n"
  "  UNION ALL\n"
  "  SELECT l.id, konkurs_record_hash (chain.hash, l.id, l.at, l.actor, l.action, l.table_name,\n"
  "                                    l.row_id, l.before, l.after, l.details)\n"
  "  FROM chain JOIN audit_log l ON l.id = chain.id + 1)\n"
  "UPDATE audit_log SET hash = chain.hash FROM chain WHERE audit_log.id = chain.id;\n"
  "CREATE TABLE audit_head (\n"
  "  id   INTEGER PRIMARY KEY CHECK (id = 1),\n"
  "  seq  INTEGER NOT NULL,\n"
  "  hash TEXT NOT NULL\n"
  ");\n"
  "INSERT INTO audit_head (id, seq, hash)\n"
  "  SELECT 1, coalesce (max (id), 0),\n"
  "         coalesce ((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '" KONKURS_CHAIN_GENESIS "')\n"
  "  FROM audit_log;\n"
  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\n"
  "BEGIN SELECT RAISE (ABORT, 'audit_log: the record is append-only'); END;\n"
  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
  "BEGIN SELECT RAISE (ABORT, 'audit_log: the record is append-only'); END;\n";

/* Version 8: the smallest group of applications a published list shows
 * under one sector (KONKURS_RULE_PUBLICATION_MIN_GROUP), for every rule
 * set there is; a smaller one is merged into "other sectors". */
static const char migration_8[] =
  "INSERT OR IGNORE INTO rule_value (rule_set_id, key, value)\n"
  "  SELECT id, 'publication-min-group', 3 FROM rule_set;\n";

/* Version 15: the search index may wait for the end of a bulk import.
 * Fed row by row by the trigger, candidate_fts cost an import of
 * candidates half its time: FTS5 flushes its pending terms whenever a
 * statement's own transaction ends, and the trigger gives every INSERT
 * one.  While candidate_fts_deferred holds a row, the candidates above its
 * after_id are kept out of the index, and the import adds them in one
 * INSERT … SELECT before its commit and deletes the row
 * (konkurs_store_defer_candidate_index()), so the row is never seen
 * outside that transaction.  The conditions are plain SQL: the sqlite3
 * shell still writes the table with its index kept. */
static const char migration_15[] =
  "CREATE TABLE candidate_fts_deferred (after_id INTEGER NOT NULL);\n"
  "DROP TRIGGER candidate_fts_insert;\n"
  "DROP TRIGGER candidate_fts_delete;\n"
  "DROP TRIGGER candidate_fts_update;\n"
  "CREATE TRIGGER candidate_fts_insert AFTER INSERT ON candidate\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM candidate_fts_deferred WHERE NEW.id > after_id) BEGIN\n"
  "  INSERT INTO candidate_fts (rowid, iin, surname, name, patronymic)\n"
  "    VALUES (NEW.id, NEW.iin, NEW.surname, NEW.name, NEW.patronymic);\n"
  "END;\n"
  "CREATE TRIGGER candidate_fts_delete AFTER DELETE ON candidate\n"
  "  WHEN NOT EXISTS (SELECT 1 FROM candidate_fts_deferred WHERE OLD.id > after_id) BEGIN\n"
  "  INSERT INTO candidate_fts (candidate_fts, rowid, iin, surname, name, patronymic)\n"
  "    VALUES ('delete', OLD.id, OLD.iin, OLD.surname, OLD.name, OLD.patronymic);\n"
  "END;\n"
  "CREATE TRIGGER candidate_fts_update AFTER UPDATE OF iin, surname, name, patronymic\n"
  "  ON candidate BEGIN\n"
  "  INSERT INTO candidate_fts (candidate_fts, rowid, iin, surname, name, patronymic)\n"
  "    SELECT 'delete', OLD.id, OLD.iin, OLD.surname, OLD.name, OLD.patronymic\n"
  "    WHERE NOT EXISTS (SELECT 1 FROM candidate_fts_deferred WHERE OLD.id > after_id);\n"
  "  INSERT INTO candidate_fts (rowid, iin, surname, name, patronymic)\n"
  "    SELECT NEW.id, NEW.iin, NEW.surname, NEW.name, NEW.patronymic\n"
  "    WHERE NOT EXISTS (SELECT 1 FROM candidate_fts_deferred WHERE NEW.id > after_id);\n"
  "END;\n";

static const char * const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
  migration_6,
  migration_7,
  migration_8,
  konkurs_store_migration_rule_set_validity,   /* 9, konkurs-store-schema-rules.c */
  konkurs_store_migration_eligibility,         /* 10 */
  konkurs_store_migration_stages,              /* 11, konkurs-store-schema-stages.c */
  konkurs_store_migration_stage_rules_record,  /* 12 */
  konkurs_store_migration_essays,              /* 13, konkurs-store-schema-essays.c */
  konkurs_store_migration_commission,          /* 14, konkurs-store-schema-commission.c */
  migration_15,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == KONKURS_STORE_SCHEMA_VERSION);

const char *
konkurs_store_get_migration_sql (int version)
{
  if (version < 1 || version > (int) G_N_ELEMENTS (migrations))
    return NULL;
  return migrations[version - 1];
}

static void
sort_key_function (sqlite3_context  *context,
                   int               n_args,
                   sqlite3_value   **args)
{
  g_autofree char *key = NULL;

  g_assert (n_args == 3);
  key = konkurs_collation_name_key ((const char *) sqlite3_value_text (args[0]),
                                    (const char *) sqlite3_value_text (args[1]),
                                    (const char *) sqlite3_value_text (args[2]));
  sqlite3_result_blob (context, key, (int) strlen (key), SQLITE_TRANSIENT);
}

int
konkurs_store_register_functions (sqlite3 *db)
{
  /* Deterministic and innocuous: SQLite may use it in indexes, triggers and
   * views should a later schema want to. */
  int rc = sqlite3_create_function (db, "konkurs_sort_key", 3,
                                    SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                    NULL, sort_key_function, NULL, NULL);

  if (rc != SQLITE_OK)
    return rc;
  /* Migration 7 hashes the record; the snapshot of a candidate is a digest. */
  return konkurs_chain_register_functions (db);
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      char       **message)
{
  char *errmsg = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &errmsg) == SQLITE_OK)
    return TRUE;

  *message = g_strdup (errmsg != NULL ? errmsg : sqlite3_errmsg (db));
  sqlite3_free (errmsg);
  return FALSE;
}

/* A migration that rebuilds a table (see migration 5) drops a parent
 * while its children still point at it; with foreign keys on, the drop
 * would delete or refuse them.  So they are off while the migrations run
 * (the pragma does nothing inside a transaction), and the whole database
 * is checked before the COMMIT instead: a child row left without its
 * parent fails the upgrade. */
static gboolean
check_foreign_keys (sqlite3  *db,
                    char    **message)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "PRAGMA foreign_key_check", -1, &stmt, NULL) != SQLITE_OK)
    {
      *message = g_strdup (sqlite3_errmsg (db));
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *message = g_strdup_printf ("FOREIGN KEY constraint failed: %s row %lld refers to a missing row of %s",
                                  sqlite3_column_text (stmt, 0), sqlite3_column_int64 (stmt, 1),
                                  sqlite3_column_text (stmt, 2));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      *message = g_strdup (sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

static gboolean
apply_pending (sqlite3     *db,
               int          version,
               int         *failed_version,
               char       **message)
{
  g_autofree char *pragmas = NULL;

  for (int v = version + 1; v <= KONKURS_STORE_SCHEMA_VERSION; v++)
    {
      *failed_version = v;
      if (!exec (db, migrations[v - 1], message))
        return FALSE;
    }
  if (!check_foreign_keys (db, message))
    return FALSE;

  /* Both live in the header page, so they are part of the transaction. */
  pragmas = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                             KONKURS_STORE_SCHEMA_VERSION,
                             (int) KONKURS_STORE_APPLICATION_ID);
  return exec (db, pragmas, message);
}

/* Runs the pending migrations in one transaction; FALSE with @message,
 * the transaction rolled back, on failure. */
static gboolean
run_migrations (sqlite3     *db,
                int          version,
                int         *failed_version,
                char       **message)
{
  if (!exec (db, "BEGIN IMMEDIATE", message))
    {
      *failed_version = 0;
      return FALSE;
    }
  if (apply_pending (db, version, failed_version, message) && exec (db, "COMMIT", message))
    return TRUE;

  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

gboolean
konkurs_store_migrate (sqlite3     *db,
                       const char  *path,
                       int          version,
                       GError     **error)
{
  g_autofree char *message = NULL;
  g_autofree char *display = g_filename_display_name (path);
  int failed_version = version + 1;
  gboolean ok;

  if (version >= KONKURS_STORE_SCHEMA_VERSION)
    return TRUE;

  sqlite3_exec (db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
  ok = run_migrations (db, version, &failed_version, &message);
  sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);

  if (ok)
    {
      g_debug ("Upgraded %s from schema version %d to %d",
               path, version, KONKURS_STORE_SCHEMA_VERSION);
      return TRUE;
    }

  if (failed_version == 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_MIGRATION,
                   _("Konkurs could not upgrade the database %s: %s. The file was left as it was."),
                   display, message);
      return FALSE;
    }

  /* Not a warning: the caller shows the error, and tests provoke it. */
  g_debug ("Migration of %s to schema version %d failed: %s", path, failed_version, message);
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_MIGRATION,
               _("Konkurs could not upgrade the database %s to version %d: %s. "
                 "The file was left as it was."),
               display, failed_version, message);
  return FALSE;
}
