-- konkurs-v1.sql — a Konkurs database at schema version 1, with data
--
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Written from migration 1 of src/core/konkurs-store-schema.c (schema, the
-- seeded rule set kz-2023) plus a competition in Kazakh with two vacancies
-- and one audit-log row, as a user of version 1 would have it.
-- tests/test-migrations.c loads it with sqlite3_exec() into a temporary file
-- and checks that Konkurs upgrades it.  Never edit it to follow a newer
-- schema: it stands for files already on users' disks.
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE rule_set (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE CHECK (length(code) > 0),
  name       TEXT NOT NULL,
  valid_from TEXT NOT NULL CHECK (date(valid_from, '+0 days') IS valid_from)
);
INSERT INTO rule_set VALUES(1,'kz-2023','Rules of 2023','2000-01-01');
CREATE TABLE rule_value (
  rule_set_id INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,
  key         TEXT NOT NULL CHECK (length(key) > 0),
  value       INTEGER NOT NULL,
  PRIMARY KEY (rule_set_id, key)
) WITHOUT ROWID;
INSERT INTO rule_value VALUES(1,'certificate-validity-months',12);
INSERT INTO rule_value VALUES(1,'document-review-days',3);
INSERT INTO rule_value VALUES(1,'essay-max-admitted',5);
INSERT INTO rule_value VALUES(1,'essay-scale-max',5);
INSERT INTO rule_value VALUES(1,'interview-max-admitted',3);
INSERT INTO rule_value VALUES(1,'legislation-minutes',55);
INSERT INTO rule_value VALUES(1,'legislation-pass',30);
INSERT INTO rule_value VALUES(1,'legislation-pass-per-act',5);
INSERT INTO rule_value VALUES(1,'legislation-questions',55);
INSERT INTO rule_value VALUES(1,'quorum-denominator',3);
INSERT INTO rule_value VALUES(1,'quorum-numerator',2);
INSERT INTO rule_value VALUES(1,'reserve-term-years',3);
INSERT INTO rule_value VALUES(1,'reserve-top',50);
INSERT INTO rule_value VALUES(1,'youth-max-age',35);
INSERT INTO rule_value VALUES(1,'youth-min-experience-years',5);
CREATE TABLE competition (
  id           INTEGER PRIMARY KEY,
  rule_set_id  INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE RESTRICT,
  procedure    INTEGER NOT NULL CHECK (procedure IN (1, 2)),
  state_body   TEXT NOT NULL CHECK (length(trim(state_body)) > 0),
  title        TEXT NOT NULL DEFAULT '',
  announced_on TEXT NOT NULL CHECK (date(announced_on, '+0 days') IS announced_on)
);
INSERT INTO competition VALUES(1,1,1,'Қазақстан Республикасы Қаржы министрлігі','Бос әкімшілік мемлекеттік лауазымға орналасуға арналған жалпы конкурс','2024-03-01');
CREATE TABLE vacancy (
  id               INTEGER PRIMARY KEY,
  competition_id   INTEGER NOT NULL REFERENCES competition (id) ON DELETE CASCADE,
  position_title   TEXT NOT NULL CHECK (length(trim(position_title)) > 0),
  corps            INTEGER NOT NULL CHECK (corps IN (1, 2)),
  category         TEXT NOT NULL DEFAULT '',
  leadership       INTEGER NOT NULL DEFAULT 0 CHECK (leadership IN (0, 1)),
  level            INTEGER NOT NULL CHECK (level IN (1, 2, 3)),
  sector           TEXT NOT NULL DEFAULT '',
  seats            INTEGER NOT NULL DEFAULT 1 CHECK (seats >= 1),
  education        INTEGER NOT NULL DEFAULT 0 CHECK (education BETWEEN 0 AND 4),
  experience_years INTEGER NOT NULL DEFAULT 0 CHECK (experience_years >= 0),
  requirements     TEXT NOT NULL DEFAULT ''
);
INSERT INTO vacancy VALUES(1,1,'Бюджет саясаты департаментінің басшысы',2,'C-1',1,1,'economy',1,3,4,'Экономика немесе қаржы саласындағы жоғары білім');
INSERT INTO vacancy VALUES(2,1,'Бас сарапшы',2,'C-4',0,1,'economy',2,3,2,'');
CREATE TABLE audit_log (
  id         INTEGER PRIMARY KEY,
  at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor      TEXT NOT NULL,
  action     TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id     INTEGER,
  details    TEXT
);
INSERT INTO audit_log VALUES(1,'2024-03-01T09:15:00.000Z','secretary','create','competition',1,NULL);
CREATE INDEX competition_rule_set ON competition (rule_set_id);
CREATE INDEX competition_announced_on ON competition (announced_on);
CREATE INDEX vacancy_competition ON vacancy (competition_id);
CREATE INDEX audit_log_row ON audit_log (table_name, row_id);
PRAGMA application_id = 1263422291; -- "KNKS"
PRAGMA user_version = 1;
COMMIT;
