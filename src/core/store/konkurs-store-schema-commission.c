/* konkurs-store-schema-commission.c — the migration of the commission
 * (issue 11): commissions as records of their own, their members,
 * meetings with attendance, observers, recusals, votes and decisions,
 * the final results (ties decided, vacancies' outcomes, appointments and
 * refusals) and the reserve register.  Apart from konkurs-store-schema.c
 * so that each stays under 1,000 lines; it follows that file's
 * conventions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-store-chain-private.h"
#include "konkurs-store-commission-private.h"

#define TRACKS "('leadership', 'non-leadership', 'youth-reserve')"
#define NOW "(strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
#define ISO_DATE(column) "CHECK (" column " IS NULL OR date(" column ", '+0 days') IS " column ")"
#define SHA256(column) "CHECK (" column " IS NULL OR (length(" column ") = 64 AND " column " NOT GLOB '*[^0-9a-f]*'))"
#define ROLES "('chair', 'deputy-chair', 'member', 'secretary')"

/* After the commission's result, the stage nearest the interview breaks
 * a tie first: the essay or the practical task, then the tests; the
 * Youth Reserve's assessment centre, then the essay, then the tests.
 * Only stages the rule set's track has.  @where: of the rule sets
 * (rule_set_stage s) that get them. */
#define DEFAULT_TIE_BREAKERS(where) \
  "INSERT INTO rule_set_tie_breaker (rule_set_id, track, ordinal, stage_kind)\n" \
  "  SELECT s.rule_set_id, s.track,\n" \
  "         row_number () OVER (PARTITION BY s.rule_set_id, s.track ORDER BY t.ordinal), s.kind\n" \
  "  FROM rule_set_stage s JOIN (\n" \
  "    SELECT 'leadership' AS track, 'essay' AS kind, 1 AS ordinal\n" \
  "    UNION ALL SELECT 'leadership', 'testing', 2\n" \
  "    UNION ALL SELECT 'non-leadership', 'practical-task', 1\n" \
  "    UNION ALL SELECT 'non-leadership', 'testing', 2\n" \
  "    UNION ALL SELECT 'youth-reserve', 'expert-commission', 1\n" \
  "    UNION ALL SELECT 'youth-reserve', 'assessment-centre', 2\n" \
  "    UNION ALL SELECT 'youth-reserve', 'essay', 3\n" \
  "    UNION ALL SELECT 'youth-reserve', 'testing', 4) t\n" \
  "    ON t.track = s.track AND t.kind = s.kind" where ";\n"

/* Version 14 (issue 11): the commission.
 *  - commission: one commission serves many competitions (a ministry with
 *    its departments, a region's local bodies; the Youth Reserve's expert
 *    commission and the National Commission), with the order that formed
 *    it; commission_member its members in the order they sign, a member
 *    who left keeping the row (left_on) for the meetings he attended.
 *    Migration 2's commission_member, meeting, meeting_attendance and vote
 *    were never written: they are replaced.
 *  - competition.commission_id: the commission of a competition;
 *    competition_stage.commission_id: of one stage where it differs (the
 *    Youth Reserve's National Commission).
 *  - The organisation's default commission becomes the first commission,
 *    and every competition there is its competition.
 *  - meeting (date, time, place, agenda, the recording's name and SHA-256,
 *    closed when its decisions are recorded), meeting_attendance,
 *    meeting_observer, meeting_recusal, vote (for, against, abstain or a
 *    score, with a dissenting opinion), meeting_decision (one per
 *    application and meeting, with the rules' result as JSON).
 *  - tie_choice: what the commission decided at a tie the ranking could
 *    not break; vacancy_outcome; appointment (order number and date, or a
 *    refusal); reserve_register (the Youth Reserve: admitted on, term ends
 *    on), which eligibility's "already in the reserve" reads.
 *  - rule_set_sector.quota and rule_set_tie_breaker: the rule set's sector
 *    quotas of the top 50 and the stages that break ties after the
 *    commission's result, seeded for every rule set there is.
 *  - issued_document.meeting_id: the meeting a protocol was issued for. */
const char konkurs_store_migration_commission[] =
  "CREATE TABLE commission (\n"
  "  id              INTEGER PRIMARY KEY,\n"
  "  kind            TEXT NOT NULL DEFAULT 'competition'\n"
  "                  CHECK (kind IN ('competition', 'expert', 'national')),\n"
  "  name_kk         TEXT NOT NULL DEFAULT '',\n"
  "  name_ru         TEXT NOT NULL DEFAULT '',\n"
  /* whom it serves, as the order forming it says ("the Ministry and its
   * territorial bodies") */
  "  serves_kk       TEXT NOT NULL DEFAULT '',\n"
  "  serves_ru       TEXT NOT NULL DEFAULT '',\n"
  "  order_number    TEXT NOT NULL DEFAULT '',\n"
  "  order_date      TEXT " ISO_DATE ("order_date") ",\n"
  /* the commission made from the organisation's default commission,
   * whose members follow that one's (Preferences) until it is edited on
   * its own: konkurs_store_commission_follow_default() */
  "  follows_default INTEGER NOT NULL DEFAULT 0 CHECK (follows_default IN (0, 1)),\n"
  "  CHECK (length(trim(name_kk)) > 0 OR length(trim(name_ru)) > 0)\n"
  ");\n"
  "CREATE TABLE commission_member_v14 (\n"
  "  id            INTEGER PRIMARY KEY,\n"
  "  commission_id INTEGER NOT NULL REFERENCES commission (id) ON DELETE CASCADE,\n"
  "  ordinal       INTEGER NOT NULL CHECK (ordinal >= 1),\n"
  "  role          TEXT NOT NULL CHECK (role IN " ROLES "),\n"
  "  name_kk       TEXT NOT NULL DEFAULT '',\n"
  "  name_ru       TEXT NOT NULL DEFAULT '',\n"
  "  position_kk   TEXT NOT NULL DEFAULT '',\n"
  "  position_ru   TEXT NOT NULL DEFAULT '',\n"
  "  left_on       TEXT " ISO_DATE ("left_on") ",\n"
  "  CHECK (length(trim(name_kk)) > 0 OR length(trim(name_ru)) > 0)\n"
  ");\n"
  "ALTER TABLE competition ADD COLUMN commission_id INTEGER REFERENCES commission (id) ON DELETE SET NULL;\n"
  "CREATE INDEX competition_commission ON competition (commission_id) WHERE commission_id IS NOT NULL;\n"
  "ALTER TABLE competition_stage ADD COLUMN commission_id INTEGER REFERENCES commission (id) ON DELETE SET NULL;\n"
  "CREATE INDEX competition_stage_commission ON competition_stage (commission_id) WHERE commission_id IS NOT NULL;\n"
  /* the default commission, when the organisation has one, becomes
   * commission 1, of every competition without members of its own */
  "INSERT INTO commission (id, kind, name_kk, name_ru, follows_default)\n"
  "  SELECT 1, 'competition', 'Конкурстық комиссия', 'Конкурсная комиссия', 1\n"
  "  WHERE EXISTS (SELECT 1 FROM default_commission_member);\n"
  /* the members (and meetings) a competition had of its own (schema 2,
   * which no version of Konkurs wrote, but a file may hold): a
   * commission of that competition, numbered after it */
  "INSERT INTO commission (id, kind, name_kk, name_ru)\n"
  "  SELECT c.id + 1, 'competition', 'Конкурстық комиссия № ' || c.number, 'Конкурсная комиссия № ' || c.number\n"
  "  FROM competition c WHERE c.id IN (SELECT competition_id FROM commission_member\n"
  "                                    UNION SELECT competition_id FROM meeting);\n"
  "INSERT INTO commission_member_v14 (id, commission_id, ordinal, role, name_kk, name_ru, position_kk, position_ru)\n"
  "  SELECT id, competition_id + 1, row_number () OVER (PARTITION BY competition_id ORDER BY id), role,\n"
  "         full_name, full_name, position, position\n"
  "  FROM commission_member;\n"
  "INSERT INTO commission_member_v14 (commission_id, ordinal, role, name_kk, name_ru, position_kk, position_ru)\n"
  "  SELECT 1, ordinal, role, name_kk, name_ru, position_kk, position_ru\n"
  "  FROM default_commission_member WHERE EXISTS (SELECT 1 FROM commission WHERE id = 1) ORDER BY ordinal;\n"
  "UPDATE competition SET commission_id = CASE WHEN EXISTS (SELECT 1 FROM commission k WHERE k.id = competition.id + 1\n"
  "                                                         AND competition.id IN (SELECT competition_id FROM commission_member\n"
  "                                                                                UNION SELECT competition_id FROM meeting))\n"
  "                                            THEN id + 1 ELSE (SELECT id FROM commission WHERE id = 1) END;\n"
  "CREATE TABLE meeting_v14 (\n"
  "  id               INTEGER PRIMARY KEY,\n"
  "  commission_id    INTEGER NOT NULL REFERENCES commission (id) ON DELETE RESTRICT,\n"
  "  competition_id   INTEGER NOT NULL REFERENCES competition (id) ON DELETE CASCADE,\n"
  "  stage_id         INTEGER REFERENCES competition_stage (id) ON DELETE SET NULL,\n"
  "  held_on          TEXT NOT NULL CHECK (date(held_on, '+0 days') IS held_on),\n"
  "  starts_at        TEXT NOT NULL DEFAULT ''\n"
  "                   CHECK (starts_at = '' OR starts_at GLOB '[0-2][0-9]:[0-5][0-9]'),\n"
  "  place_kk         TEXT NOT NULL DEFAULT '',\n"
  "  place_ru         TEXT NOT NULL DEFAULT '',\n"
  "  agenda_kk        TEXT NOT NULL DEFAULT '',\n"
  "  agenda_ru        TEXT NOT NULL DEFAULT '',\n"
  /* the interview's audio or video: its name and digest; the file stays
   * where it is */
  "  recording_name   TEXT NOT NULL DEFAULT '',\n"
  "  recording_sha256 TEXT " SHA256 ("recording_sha256") ",\n"
  "  closed_at        TEXT,\n"
  "  closed_by        TEXT,\n"
  "  CHECK ((closed_at IS NULL) = (closed_by IS NULL))\n"
  ");\n"
  "CREATE TABLE meeting_attendance_v14 (\n"
  "  id         INTEGER PRIMARY KEY,\n"
  "  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,\n"
  "  member_id  INTEGER NOT NULL REFERENCES commission_member (id) ON DELETE RESTRICT,\n"
  "  present    INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),\n"
  "  UNIQUE (meeting_id, member_id)\n"
  ");\n"
  "CREATE TABLE meeting_observer (\n"
  "  id            INTEGER PRIMARY KEY,\n"
  "  meeting_id    INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,\n"
  "  full_name     TEXT NOT NULL CHECK (length(trim(full_name)) > 0),\n"
  "  organisation  TEXT NOT NULL DEFAULT '',\n"
  "  kind          TEXT NOT NULL CHECK (kind IN ('parliament', 'local-council', 'media', 'ngo', 'party')),\n"
  "  registered_on TEXT NOT NULL CHECK (date(registered_on, '+0 days') IS registered_on)\n"
  ");\n"
  "CREATE INDEX meeting_observer_meeting ON meeting_observer (meeting_id);\n"
  "CREATE TABLE meeting_recusal (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,\n"
  "  member_id      INTEGER NOT NULL REFERENCES commission_member (id) ON DELETE RESTRICT,\n"
  "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  "  reason         TEXT NOT NULL DEFAULT '',\n"
  "  declared_at    TEXT NOT NULL DEFAULT " NOW ",\n"
  "  UNIQUE (meeting_id, member_id, application_id)\n"
  ");\n"
  "CREATE INDEX meeting_recusal_application ON meeting_recusal (application_id);\n"
  "CREATE INDEX meeting_recusal_member ON meeting_recusal (member_id);\n"
  "CREATE TABLE vote_v14 (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,\n"
  "  member_id      INTEGER NOT NULL REFERENCES commission_member (id) ON DELETE RESTRICT,\n"
  "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  "  ballot         TEXT NOT NULL CHECK (ballot IN ('for', 'against', 'abstain', 'score')),\n"
  "  score          INTEGER CHECK (score >= 0),\n"
  "  dissent        TEXT NOT NULL DEFAULT '',\n"
  "  recorded_at    TEXT NOT NULL DEFAULT " NOW ",\n"
  "  CHECK ((ballot = 'score') = (score IS NOT NULL)),\n"
  "  UNIQUE (meeting_id, application_id, member_id)\n"
  ");\n"
  "INSERT INTO meeting_v14 (id, commission_id, competition_id, stage_id, held_on, place_kk, place_ru)\n"
  "  SELECT id, competition_id + 1, competition_id, stage_id, held_on, place, place FROM meeting;\n"
  "INSERT INTO meeting_attendance_v14 (meeting_id, member_id, present)\n"
  "  SELECT meeting_id, member_id, present FROM meeting_attendance;\n"
  "INSERT INTO vote_v14 (meeting_id, member_id, application_id, ballot, score)\n"
  "  SELECT meeting_id, member_id, application_id, coalesce (vote, 'score'), score FROM vote;\n"
  "DROP TABLE vote;\n"
  "DROP TABLE meeting_attendance;\n"
  "DROP TABLE meeting;\n"
  "DROP TABLE commission_member;\n"
  "ALTER TABLE commission_member_v14 RENAME TO commission_member;\n"
  "ALTER TABLE meeting_v14 RENAME TO meeting;\n"
  "ALTER TABLE meeting_attendance_v14 RENAME TO meeting_attendance;\n"
  "ALTER TABLE vote_v14 RENAME TO vote;\n"
  "CREATE INDEX commission_member_commission ON commission_member (commission_id, ordinal);\n"
  "CREATE UNIQUE INDEX commission_one_chair\n"
  "  ON commission_member (commission_id) WHERE role = 'chair' AND left_on IS NULL;\n"
  "CREATE UNIQUE INDEX commission_one_deputy\n"
  "  ON commission_member (commission_id) WHERE role = 'deputy-chair' AND left_on IS NULL;\n"
  "CREATE UNIQUE INDEX commission_one_secretary\n"
  "  ON commission_member (commission_id) WHERE role = 'secretary' AND left_on IS NULL;\n"
  "CREATE INDEX meeting_competition ON meeting (competition_id, held_on);\n"
  "CREATE INDEX meeting_stage ON meeting (stage_id);\n"
  "CREATE INDEX meeting_commission ON meeting (commission_id);\n"
  "CREATE INDEX meeting_attendance_member ON meeting_attendance (member_id);\n"
  "CREATE INDEX vote_member ON vote (member_id);\n"
  "CREATE INDEX vote_application ON vote (application_id);\n"
  "CREATE TABLE meeting_decision (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,\n"
  "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  "  outcome        TEXT NOT NULL CHECK (outcome IN ('recommended', 'not-recommended')),\n"
  /* centi-points: the mean of the members' scores; NULL for a vote */
  "  score          INTEGER,\n"
  /* konkurs_vote_decide()'s result, so that a reprint explains the
   * decision as it was taken */
  "  result         TEXT NOT NULL CHECK (json_valid (result) AND json_type (result) = 'object'),\n"
  "  reason         TEXT NOT NULL DEFAULT '',\n"
  "  decided_at     TEXT NOT NULL DEFAULT " NOW ",\n"
  "  decided_by     TEXT NOT NULL,\n"
  "  UNIQUE (meeting_id, application_id)\n"
  ");\n"
  "CREATE INDEX meeting_decision_application ON meeting_decision (application_id);\n"
  "CREATE TABLE tie_choice (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,\n"
  "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  "  ordinal        INTEGER NOT NULL CHECK (ordinal >= 1),\n"
  "  reason         TEXT NOT NULL DEFAULT '',\n"
  "  decided_at     TEXT NOT NULL DEFAULT " NOW ",\n"
  "  UNIQUE (meeting_id, application_id)\n"
  ");\n"
  "CREATE INDEX tie_choice_application ON tie_choice (application_id);\n"
  "CREATE TABLE vacancy_outcome (\n"
  "  id                    INTEGER PRIMARY KEY,\n"
  "  vacancy_id            INTEGER NOT NULL UNIQUE REFERENCES vacancy (id) ON DELETE CASCADE,\n"
  "  meeting_id            INTEGER REFERENCES meeting (id) ON DELETE SET NULL,\n"
  /* filled by the winner; filled from the reserve list after a refusal;
   * failed: no recommended candidate ("признан несостоявшимся") */
  "  outcome               TEXT NOT NULL CHECK (outcome IN ('filled', 'reserve', 'failed')),\n"
  "  winner_application_id INTEGER REFERENCES application (id) ON DELETE SET NULL,\n"
  "  decided_on            TEXT NOT NULL CHECK (date(decided_on, '+0 days') IS decided_on),\n"
  "  note                  TEXT NOT NULL DEFAULT '',\n"
  "  CHECK ((outcome = 'failed') = (winner_application_id IS NULL))\n"
  ");\n"
  "CREATE INDEX vacancy_outcome_meeting ON vacancy_outcome (meeting_id);\n"
  "CREATE INDEX vacancy_outcome_winner ON vacancy_outcome (winner_application_id);\n"
  "CREATE TABLE appointment (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  application_id INTEGER NOT NULL REFERENCES application (id) ON DELETE CASCADE,\n"
  "  outcome        TEXT NOT NULL CHECK (outcome IN ('appointed', 'refused')),\n"
  "  order_number   TEXT NOT NULL DEFAULT '',\n"
  "  order_date     TEXT " ISO_DATE ("order_date") ",\n"
  "  reason         TEXT NOT NULL DEFAULT '',\n"
  "  recorded_at    TEXT NOT NULL DEFAULT " NOW ",\n"
  "  recorded_by    TEXT NOT NULL,\n"
  "  CHECK (outcome = 'refused' OR (length(trim(order_number)) > 0 AND order_date IS NOT NULL))\n"
  ");\n"
  "CREATE UNIQUE INDEX appointment_application ON appointment (application_id);\n"
  "CREATE TABLE reserve_register (\n"
  "  id             INTEGER PRIMARY KEY,\n"
  "  candidate_id   INTEGER NOT NULL REFERENCES candidate (id) ON DELETE RESTRICT,\n"
  "  application_id INTEGER UNIQUE REFERENCES application (id) ON DELETE SET NULL,\n"
  "  competition_id INTEGER REFERENCES competition (id) ON DELETE SET NULL,\n"
  "  sector         TEXT NOT NULL DEFAULT '',\n"
  "  admitted_on    TEXT NOT NULL CHECK (date(admitted_on, '+0 days') IS admitted_on),\n"
  "  term_ends_on   TEXT NOT NULL CHECK (date(term_ends_on, '+0 days') IS term_ends_on),\n"
  "  left_on        TEXT " ISO_DATE ("left_on") ",\n"
  "  left_reason    TEXT NOT NULL DEFAULT '',\n"
  "  CHECK (term_ends_on > admitted_on)\n"
  ");\n"
  "CREATE INDEX reserve_register_candidate ON reserve_register (candidate_id);\n"
  "CREATE INDEX reserve_register_competition ON reserve_register (competition_id);\n"
  "ALTER TABLE rule_set_sector ADD COLUMN quota INTEGER NOT NULL DEFAULT 0 CHECK (quota >= 0);\n"
  "CREATE TABLE rule_set_tie_breaker (\n"
  "  rule_set_id INTEGER NOT NULL REFERENCES rule_set (id) ON DELETE CASCADE,\n"
  "  track       TEXT NOT NULL CHECK (track IN " TRACKS "),\n"
  "  ordinal     INTEGER NOT NULL CHECK (ordinal >= 1),\n"
  "  stage_kind  TEXT NOT NULL,\n"
  "  PRIMARY KEY (rule_set_id, track, ordinal),\n"
  "  UNIQUE (rule_set_id, track, stage_kind)\n"
  ") WITHOUT ROWID;\n"
  DEFAULT_TIE_BREAKERS ("")
  "ALTER TABLE issued_document ADD COLUMN meeting_id INTEGER;\n"
  /* The record follows the commissions, their members, meetings and
   * ballots, the commission of a competition, and a rule set's quotas and
   * tie-breakers: a baseline of what this migration carried over or bound,
   * so that --verify finds every row in it. */
  APPEND_BASELINES ("competition", KONKURS_CHAIN_SNAPSHOT_COMPETITION)
  APPEND_BASELINES ("rule_set", KONKURS_CHAIN_SNAPSHOT_RULE_SET)
  APPEND_BASELINES ("commission", KONKURS_CHAIN_SNAPSHOT_COMMISSION)
  APPEND_BASELINES ("commission_member", KONKURS_CHAIN_SNAPSHOT_COMMISSION_MEMBER)
  APPEND_BASELINES ("meeting", KONKURS_CHAIN_SNAPSHOT_MEETING)
  APPEND_BASELINES ("meeting_attendance", KONKURS_CHAIN_SNAPSHOT_MEETING_ATTENDANCE)
  APPEND_BASELINES ("vote", KONKURS_CHAIN_SNAPSHOT_VOTE);

/* The tie-breakers of a rule set restored from a full export of before
 * version 4, which has none: those this migration gives every rule set
 * (?1 its id). */
const char konkurs_store_default_tie_breakers[] =
  DEFAULT_TIE_BREAKERS ("\n  WHERE s.rule_set_id = ?1");
