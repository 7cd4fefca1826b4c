/* konkurs-store-commission-records.c — the commissions, their meetings
 * and what they decided, as stored, for the full export and its restoring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tables of schema version 14 (issue 11), described as those of
 * konkurs-store-stage-records.c are, which reads and writes them: the
 * commissions with their members (those who left too) and the
 * competitions and stages each serves; the meetings with attendance,
 * observers, recusals, ballots, decisions and tie choices; the vacancies'
 * outcomes, the appointments and refusals, the reserve register.  Nothing
 * is named by a row id: a commission and a meeting by their place in the
 * list of them, a member by his place in his commission (by ordinal, then
 * as added), an application by its personal code, a vacancy by its
 * competition's number and its code, a candidate by IIN.
 */
#include "config.h"

#include "konkurs-store-commission.h"
#include "konkurs-store-records-private.h"
#include "konkurs-store-results.h"

/* A member's place in his commission, and back: the member of place ?n
 * of the commission of the meeting whose id is ?m. */
#define MEMBER_PLACE(member) \
  "(SELECT count(*) FROM commission_member x JOIN commission_member y ON y.commission_id = x.commission_id " \
  "WHERE y.id = " member " AND (x.ordinal < y.ordinal OR (x.ordinal = y.ordinal AND x.id <= y.id)))"
#define MEMBER_AT(n, meeting) \
  "(SELECT id FROM commission_member WHERE commission_id = (SELECT commission_id FROM meeting WHERE id = ?" #meeting ") " \
  "ORDER BY ordinal, id LIMIT 1 OFFSET ?" #n " - 1)"
#define OPTIONAL_PLACE(table, id) "CASE WHEN " id " IS NOT NULL THEN " PLACE_OF (table, id) " END"
#define OPTIONAL_AT(table, n) "CASE WHEN ?" #n " IS NOT NULL THEN " AT_PLACE (table, n) " END"

static const char * const member_names[] = {
  "ordinal", "role", "name-kk", "name-ru", "position-kk", "position-ru", "left-on", NULL
};
static const Table member_table = {
  { "member", member_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT ordinal, role, name_kk, name_ru, position_kk, position_ru, left_on, id FROM commission_member "
  "WHERE commission_id = ?1 ORDER BY ordinal, id",
  "INSERT INTO commission_member (ordinal, role, name_kk, name_ru, position_kk, position_ru, left_on, commission_id) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
  KONKURS_STORE_TABLE_COMMISSION_MEMBER, REFERS_TO_NOTHING,
};

/* The competitions a commission serves, and the stages it serves where
 * they have a commission of their own: bindings of rows restored before,
 * each of which the record then holds with its commission. */
static const char * const serves_names[] = { "competition", NULL };
static const Table serves_table = {
  { "serves", serves_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT number, NULL FROM competition WHERE commission_id = ?1 ORDER BY number",
  "UPDATE competition SET commission_id = ?2 WHERE number = ?1 RETURNING id",
  "competition", REFERS_TO_COMPETITION,
};

static const char * const serves_stage_names[] = { "competition", "stage", NULL };
static const Table serves_stage_table = {
  { "serves-stage", serves_stage_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT c.number, s.kind, NULL FROM competition_stage s JOIN competition c ON c.id = s.competition_id "
  "WHERE s.commission_id = ?1 ORDER BY c.number, s.ordinal",
  "UPDATE competition_stage SET commission_id = ?3 WHERE id = " STAGE_OF (1, 2) " RETURNING id",
  "competition_stage", REFERS_TO_COMPETITION,
};

static const char * const commission_names[] = {
  "kind", "name-kk", "name-ru", "serves-kk", "serves-ru", "order-number", "order-date", NULL
};
static const Table commission_table = {
  { "commission", commission_names, (const KonkursStageRecordKind * const[]) {
      &member_table.kind, &serves_table.kind, &serves_stage_table.kind, NULL } },
  "SELECT kind, name_kk, name_ru, serves_kk, serves_ru, order_number, order_date, id FROM commission "
  "WHERE ?1 IS NULL ORDER BY id",
  "INSERT INTO commission (kind, name_kk, name_ru, serves_kk, serves_ru, order_number, order_date) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
  KONKURS_STORE_TABLE_COMMISSION, REFERS_TO_NOTHING,
};

static const char * const attendance_names[] = { "member", "present", NULL };
static const Table attendance_table = {
  { "attendance", attendance_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT " MEMBER_PLACE ("a.member_id") ", a.present, NULL FROM meeting_attendance a WHERE a.meeting_id = ?1 "
  "ORDER BY a.id",
  "INSERT INTO meeting_attendance (member_id, present, meeting_id) VALUES (" MEMBER_AT (1, 3) ", ?2, ?3)",
  KONKURS_STORE_TABLE_ATTENDANCE, REFERS_TO_NOTHING,
};

static const char * const observer_names[] = { "full-name", "organisation", "kind", "registered-on", NULL };
static const Table observer_table = {
  { "observer", observer_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT full_name, organisation, kind, registered_on, NULL FROM meeting_observer WHERE meeting_id = ?1 "
  "ORDER BY id",
  "INSERT INTO meeting_observer (full_name, organisation, kind, registered_on, meeting_id) "
  "VALUES (?1, ifnull (?2, ''), ?3, ?4, ?5)",
  KONKURS_STORE_TABLE_OBSERVER, REFERS_TO_NOTHING,
};

static const char * const recusal_names[] = { "member", "code", "reason", "declared-at", NULL };
static const Table recusal_table = {
  { "recusal", recusal_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT " MEMBER_PLACE ("r.member_id") ", a.personal_code, r.reason, r.declared_at, NULL FROM meeting_recusal r "
  "JOIN application a ON a.id = r.application_id WHERE r.meeting_id = ?1 ORDER BY r.id",
  "INSERT INTO meeting_recusal (member_id, application_id, reason, declared_at, meeting_id) "
  "VALUES (" MEMBER_AT (1, 5) ", " APPLICATION_OF (2) ", ifnull (?3, ''), ?4, ?5)",
  KONKURS_STORE_TABLE_RECUSAL, REFERS_TO_APPLICATION,
};

static const char * const vote_names[] = { "member", "code", "ballot", "score", "dissent", "recorded-at", NULL };
static const Table vote_table = {
  { "vote", vote_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT " MEMBER_PLACE ("v.member_id") ", a.personal_code, v.ballot, v.score, v.dissent, v.recorded_at, NULL "
  "FROM vote v JOIN application a ON a.id = v.application_id WHERE v.meeting_id = ?1 ORDER BY v.id",
  "INSERT INTO vote (member_id, application_id, ballot, score, dissent, recorded_at, meeting_id) "
  "VALUES (" MEMBER_AT (1, 7) ", " APPLICATION_OF (2) ", ?3, ?4, ifnull (?5, ''), ?6, ?7)",
  KONKURS_STORE_TABLE_VOTE, REFERS_TO_APPLICATION,
};

static const char * const decision_names[] = {
  "code", "outcome", "score", "result", "reason", "decided-at", "decided-by", NULL
};
static const Table decision_table = {
  { "decision", decision_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT a.personal_code, d.outcome, d.score, d.result, d.reason, d.decided_at, d.decided_by, NULL "
  "FROM meeting_decision d JOIN application a ON a.id = d.application_id WHERE d.meeting_id = ?1 ORDER BY d.id",
  "INSERT INTO meeting_decision (application_id, outcome, score, result, reason, decided_at, decided_by, meeting_id) "
  "VALUES (" APPLICATION_OF (1) ", ?2, ?3, ?4, ifnull (?5, ''), ?6, ?7, ?8)",
  KONKURS_STORE_TABLE_MEETING_DECISION, REFERS_TO_APPLICATION,
};

static const char * const tie_choice_names[] = { "code", "ordinal", "reason", "decided-at", NULL };
static const Table tie_choice_table = {
  { "tie-choice", tie_choice_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT a.personal_code, t.ordinal, t.reason, t.decided_at, NULL FROM tie_choice t "
  "JOIN application a ON a.id = t.application_id WHERE t.meeting_id = ?1 ORDER BY t.id",
  "INSERT INTO tie_choice (application_id, ordinal, reason, decided_at, meeting_id) "
  "VALUES (" APPLICATION_OF (1) ", ?2, ifnull (?3, ''), ?4, ?5)",
  KONKURS_STORE_TABLE_TIE_CHOICE, REFERS_TO_APPLICATION,
};

static const char * const meeting_names[] = {
  "commission", "competition", "stage", "held-on", "starts-at", "place-kk", "place-ru", "agenda-kk", "agenda-ru",
  "recording-name", "recording-sha256", "closed-at", "closed-by", NULL
};
static const Table meeting_table = {
  { "meeting", meeting_names, (const KonkursStageRecordKind * const[]) {
      &attendance_table.kind, &observer_table.kind, &recusal_table.kind, &vote_table.kind, &decision_table.kind,
      &tie_choice_table.kind, NULL } },
  "SELECT " PLACE_OF ("commission", "m.commission_id") ", c.number, s.kind, m.held_on, m.starts_at, m.place_kk, "
  "m.place_ru, m.agenda_kk, m.agenda_ru, m.recording_name, m.recording_sha256, m.closed_at, m.closed_by, m.id "
  "FROM meeting m JOIN competition c ON c.id = m.competition_id LEFT JOIN competition_stage s ON s.id = m.stage_id "
  "WHERE ?1 IS NULL ORDER BY m.id",
  "INSERT INTO meeting (commission_id, competition_id, stage_id, held_on, starts_at, place_kk, place_ru, agenda_kk, "
  "agenda_ru, recording_name, recording_sha256, closed_at, closed_by) "
  "VALUES (" AT_PLACE ("commission", 1) ", (SELECT id FROM competition WHERE number = ?2), " STAGE_OF (2, 3) ", "
  "?4, ifnull (?5, ''), ifnull (?6, ''), ifnull (?7, ''), ifnull (?8, ''), ifnull (?9, ''), ifnull (?10, ''), "
  "?11, ?12, ?13)",
  KONKURS_STORE_TABLE_MEETING, REFERS_TO_COMPETITION,
};

static const char * const vacancy_outcome_names[] = {
  "competition", "vacancy", "meeting", "outcome", "winner", "decided-on", "note", NULL
};
static const Table vacancy_outcome_table = {
  { "vacancy-outcome", vacancy_outcome_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT c.number, v.code, " OPTIONAL_PLACE ("meeting", "o.meeting_id") ", o.outcome, "
  "(SELECT personal_code FROM application WHERE id = o.winner_application_id), o.decided_on, o.note, o.id "
  "FROM vacancy_outcome o JOIN vacancy v ON v.id = o.vacancy_id JOIN competition c ON c.id = v.competition_id "
  "WHERE ?1 IS NULL ORDER BY c.number, v.code",
  "INSERT INTO vacancy_outcome (vacancy_id, meeting_id, outcome, winner_application_id, decided_on, note) "
  "VALUES ((SELECT v.id FROM vacancy v JOIN competition c ON c.id = v.competition_id "
  "WHERE c.number = ?1 AND v.code = ?2), " OPTIONAL_AT ("meeting", 3) ", ?4, " APPLICATION_OF (5) ", ?6, "
  "ifnull (?7, ''))",
  KONKURS_STORE_TABLE_VACANCY_OUTCOME, REFERS_TO_COMPETITION,
};

static const char * const appointment_names[] = {
  "code", "outcome", "order-number", "order-date", "reason", "recorded-at", "recorded-by", NULL
};
static const Table appointment_table = {
  { "appointment", appointment_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT a.personal_code, p.outcome, p.order_number, p.order_date, p.reason, p.recorded_at, p.recorded_by, p.id "
  "FROM appointment p JOIN application a ON a.id = p.application_id WHERE ?1 IS NULL ORDER BY a.personal_code",
  "INSERT INTO appointment (application_id, outcome, order_number, order_date, reason, recorded_at, recorded_by) "
  "VALUES (" APPLICATION_OF (1) ", ?2, ifnull (?3, ''), ?4, ifnull (?5, ''), ?6, ?7)",
  KONKURS_STORE_TABLE_APPOINTMENT, REFERS_TO_APPLICATION,
};

static const char * const reserve_names[] = {
  "iin", "code", "competition", "sector", "admitted-on", "term-ends-on", "left-on", "left-reason", NULL
};
static const Table reserve_table = {
  { "reserve", reserve_names, (const KonkursStageRecordKind * const[]) { NULL } },
  "SELECT k.iin, a.personal_code, c.number, r.sector, r.admitted_on, r.term_ends_on, r.left_on, r.left_reason, r.id "
  "FROM reserve_register r JOIN candidate k ON k.id = r.candidate_id "
  "LEFT JOIN application a ON a.id = r.application_id LEFT JOIN competition c ON c.id = r.competition_id "
  "WHERE ?1 IS NULL ORDER BY r.id",
  "INSERT INTO reserve_register (candidate_id, application_id, competition_id, sector, admitted_on, term_ends_on, "
  "left_on, left_reason) VALUES ((SELECT id FROM candidate WHERE iin = ?1), " APPLICATION_OF (2) ", "
  "(SELECT id FROM competition WHERE number = ?3), ifnull (?4, ''), ?5, ?6, ?7, ifnull (?8, ''))",
  KONKURS_STORE_TABLE_RESERVE_REGISTER, REFERS_TO_APPLICATION,
};

const KonkursStageRecordKind *
konkurs_stage_record_kind_commission (void)
{
  return &commission_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_meeting (void)
{
  return &meeting_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_vacancy_outcome (void)
{
  return &vacancy_outcome_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_appointment (void)
{
  return &appointment_table.kind;
}

const KonkursStageRecordKind *
konkurs_stage_record_kind_reserve (void)
{
  return &reserve_table.kind;
}
