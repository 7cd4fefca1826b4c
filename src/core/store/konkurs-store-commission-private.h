/* konkurs-store-commission-private.h — what the files of the commission
 * share inside the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-results.h"
#include "konkurs-store-stages-private.h"

G_BEGIN_DECLS

/* konkurs-store-schema-commission.c: migration 14. */
extern const char konkurs_store_migration_commission[];

/* konkurs-store-organisation.c: a member from columns @first to @first +
 * 5: id, role, name_kk, name_ru, position_kk, position_ru; and the same
 * from column 0 as a KonkursStoreRowMap. */
KonkursCommissionMember *konkurs_store_commission_member_from_row_at (sqlite3_stmt *stmt, int first);
gpointer   konkurs_store_commission_member_from_row (sqlite3_stmt *stmt, gpointer user_data);

/* konkurs-store-commission.c: records "create" for row @row_id of @table
 * when @before is NULL, else "update" when its values now differ from
 * @before (a snapshot taken before the write); nothing when they do not. */
gboolean   konkurs_store_record_if_changed (KonkursStore *self, const char *table, gint64 row_id,
                                            const char *before, GError **error);
/* Records @action for every id the query @sql (?1 = @id) selects, as rows
 * of @table: the deletes a cascade is about to make. */
gboolean   konkurs_store_record_ids (KonkursStore *self, const char *action, const char *table,
                                     const char *sql, gint64 id, GError **error);

/* Inside the operation that saves the organisation's default commission
 * (@members, checked): the members of the commission made from it
 * (commission.follows_default) become the same, each keeping its id when
 * its name is unchanged.  Nothing without such a commission. */
gboolean   konkurs_store_commission_follow_default (KonkursStore *self, GPtrArray *members, GError **error);

/* konkurs-store-meetings.c: the meeting as the ballots see it (stage,
 * mode, scale, quorum), and whether it is closed. */
KonkursMeeting *konkurs_store_read_meeting (KonkursStore *self, gint64 meeting_id, GError **error);
/* REASON_NEEDED when @meeting is closed and @reason is blank. */
gboolean   konkurs_store_meeting_check_change (const KonkursMeeting *meeting, const char *reason,
                                               GError **error);
/* The members of @meeting (of KonkursAttendance), in the order they sign:
 * the current members of its commission and those who attended it. */
GPtrArray *konkurs_store_read_attendance (KonkursStore *self, const KonkursMeeting *meeting, GError **error);
/* Records the deletion of the meetings of @competition_id and of what
 * they hold, before the competition's delete cascades to them. */
gboolean   konkurs_store_forget_meetings (KonkursStore *self, gint64 competition_id, GError **error);
/* Records that the meetings of stage @stage_id lose it, before the stage
 * is deleted (made again from its rule set): the foreign key's SET NULL,
 * written through the record. */
gboolean   konkurs_store_meetings_forget_stage (KonkursStore *self, gint64 stage_id, GError **error);

/* konkurs-store-meeting-rows.c: the rows of a meeting being read. */
typedef struct {
  KonkursMeeting *meeting;
  GPtrArray      *attendance;  /* of KonkursAttendance */
  GPtrArray      *rows;        /* of KonkursMeetingRow, sorted */
  GHashTable     *by_id;       /* application id -> row */
  GHashTable     *keys;        /* row -> its sort key (the vacancy's code) */
  GHashTable     *recorded;    /* row -> the result JSON of its recorded decision */
  gboolean        any_recorded;  /* the meeting has a decision recorded, on these rows or others */
} KonkursMeetingRows;

void       konkurs_meeting_rows_clear (KonkursMeetingRows *rows);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (KonkursMeetingRows, konkurs_meeting_rows_clear)
/* Reads the rows of meeting @meeting_id into @rows (zeroed), each decided
 * by the rules now: a fixed number of queries whatever their number. */
gboolean   konkurs_store_read_meeting_rows (KonkursStore *self, gint64 meeting_id, KonkursMeetingRows *rows,
                                            GError **error);
/* The same with only the row of @application_id (none when it is not
 * before the meeting): for a change on one candidate, whose cost must not
 * grow with the meeting.  Inside an operation (cached statements). */
gboolean   konkurs_store_read_meeting_row (KonkursStore *self, gint64 meeting_id, gint64 application_id,
                                           KonkursMeetingRows *rows, GError **error);
/* @result as meeting_decision.result keeps it. */
char      *konkurs_vote_result_to_json (const KonkursVoteResult *result);

/* konkurs-store-ballots.c: re-decides the decisions already recorded in
 * closed meeting @meeting after a correction with @reason, recording
 * those that changed. */
gboolean   konkurs_store_meeting_redecide (KonkursStore *self, const KonkursMeeting *meeting,
                                           const char *reason, GError **error);

/* The rows of the national-commission and decision stages, from the final
 * ranking (konkurs-store-results-*.c of the results part): fills @rows
 * (of KonkursStageRow, those who entered @stage) with their results and
 * decisions.  *@handled FALSE leaves the rows as the stage rows' own
 * code makes them. */
gboolean   konkurs_store_results_stage_rows (KonkursStore *self, const KonkursStage *stage, GPtrArray *rows,
                                             gboolean *handled, GError **error);

G_END_DECLS
