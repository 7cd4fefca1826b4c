/* konkurs-store-meetings.c — a commission's meetings: date, time, place,
 * agenda, the recording, observers, who is present, and the quorum
 *
 * A meeting belongs to one stage that a commission decides (interview,
 * expert-commission, national-commission, or a stage scored by the
 * members' mean); what it decides by (votes or the mean of scores, the
 * scale, the threshold) comes from that stage's rule, its quorum from the
 * competition's rule set, so that the window, the protocol and the
 * decisions read them from one place.  Every write is recorded; a closed
 * meeting (its decisions recorded) takes a change only with a reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-commission-private.h"

/* Values */

G_DEFINE_BOXED_TYPE (KonkursObserver, konkurs_observer, konkurs_observer_copy, konkurs_observer_free)

KonkursObserver *
konkurs_observer_new (const char          *full_name,
                      KonkursObserverKind  kind,
                      const GDate         *registered_on)
{
  KonkursObserver *observer = g_new0 (KonkursObserver, 1);

  observer->full_name = g_strdup (full_name != NULL ? full_name : "");
  observer->organisation = g_strdup ("");
  observer->kind = kind;
  if (registered_on != NULL && g_date_valid (registered_on))
    observer->registered_on = *registered_on;
  else
    g_date_clear (&observer->registered_on, 1);
  return observer;
}

KonkursObserver *
konkurs_observer_copy (const KonkursObserver *observer)
{
  KonkursObserver *copy;

  g_return_val_if_fail (observer != NULL, NULL);

  copy = konkurs_observer_new (observer->full_name, observer->kind, &observer->registered_on);
  copy->id = observer->id;
  g_free (copy->organisation);
  copy->organisation = g_strdup (observer->organisation);
  return copy;
}

void
konkurs_observer_free (KonkursObserver *observer)
{
  if (observer == NULL)
    return;
  g_free (observer->full_name);
  g_free (observer->organisation);
  g_free (observer);
}

G_DEFINE_BOXED_TYPE (KonkursMeeting, konkurs_meeting, konkurs_meeting_copy, konkurs_meeting_free)

KonkursMeeting *
konkurs_meeting_new (gint64       commission_id,
                     gint64       stage_id,
                     const GDate *held_on)
{
  KonkursMeeting *meeting = g_new0 (KonkursMeeting, 1);

  meeting->commission_id = commission_id;
  meeting->stage_id = stage_id;
  if (held_on != NULL && g_date_valid (held_on))
    meeting->held_on = *held_on;
  else
    g_date_clear (&meeting->held_on, 1);
  meeting->starts_at = g_strdup ("");
  meeting->place = konkurs_local_text_new (NULL, NULL);
  meeting->agenda = konkurs_local_text_new (NULL, NULL);
  meeting->recording_name = g_strdup ("");
  meeting->mode = KONKURS_VOTE_MODE_VOTES;
  meeting->quorum_numerator = KONKURS_QUORUM_DEFAULT_NUMERATOR;
  meeting->quorum_denominator = KONKURS_QUORUM_DEFAULT_DENOMINATOR;
  meeting->observers = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_observer_free);
  return meeting;
}

KonkursMeeting *
konkurs_meeting_copy (const KonkursMeeting *meeting)
{
  KonkursMeeting *copy;

  g_return_val_if_fail (meeting != NULL, NULL);

  copy = g_memdup2 (meeting, sizeof *meeting);
  copy->starts_at = g_strdup (meeting->starts_at);
  copy->place = konkurs_local_text_copy (meeting->place);
  copy->agenda = konkurs_local_text_copy (meeting->agenda);
  copy->recording_name = g_strdup (meeting->recording_name);
  copy->recording_sha256 = g_strdup (meeting->recording_sha256);
  copy->closed_at = g_strdup (meeting->closed_at);
  copy->closed_by = g_strdup (meeting->closed_by);
  copy->observers = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_observer_free);
  for (guint i = 0; i < meeting->observers->len; i++)
    g_ptr_array_add (copy->observers, konkurs_observer_copy (g_ptr_array_index (meeting->observers, i)));
  return copy;
}

void
konkurs_meeting_free (KonkursMeeting *meeting)
{
  if (meeting == NULL)
    return;
  g_free (meeting->starts_at);
  konkurs_local_text_free (meeting->place);
  konkurs_local_text_free (meeting->agenda);
  g_free (meeting->recording_name);
  g_free (meeting->recording_sha256);
  g_free (meeting->closed_at);
  g_free (meeting->closed_by);
  g_ptr_array_unref (meeting->observers);
  g_free (meeting);
}

G_DEFINE_BOXED_TYPE (KonkursAttendance, konkurs_attendance, konkurs_attendance_copy, konkurs_attendance_free)

KonkursAttendance *
konkurs_attendance_copy (const KonkursAttendance *attendance)
{
  KonkursAttendance *copy;

  g_return_val_if_fail (attendance != NULL, NULL);

  copy = g_new0 (KonkursAttendance, 1);
  copy->member = konkurs_commission_member_copy (attendance->member);
  copy->present = attendance->present;
  return copy;
}

void
konkurs_attendance_free (KonkursAttendance *attendance)
{
  if (attendance == NULL)
    return;
  konkurs_commission_member_free (attendance->member);
  g_free (attendance);
}

/* Reading */

/* The field @field of the stage's first rule that a commission decides
 * by (the members' mean or votes). */
#define RULE_FIELD(field) \
  "(SELECT r.value->>'" field "' FROM json_each (s.rules) r " \
  " WHERE r.value->>'score' IN ('members-mean', 'votes') ORDER BY r.key LIMIT 1)"

#define RULE_VALUE(key, fallback) \
  "coalesce ((SELECT v.value FROM rule_value v WHERE v.rule_set_id = c.rule_set_id AND v.key = '" key "'), " \
  fallback ")"

#define MEETING_SELECT \
  "SELECT m.id, m.commission_id, m.competition_id, coalesce (m.stage_id, 0), m.held_on, m.starts_at, " \
  "m.place_kk, m.place_ru, m.agenda_kk, m.agenda_ru, m.recording_name, m.recording_sha256, m.closed_at, " \
  "m.closed_by, s.kind, " RULE_FIELD ("score") ", coalesce (" RULE_FIELD ("max_score") ", 0), " \
  "coalesce (" RULE_FIELD ("threshold") ", 0), " \
  RULE_VALUE ("quorum-numerator", G_STRINGIFY (KONKURS_QUORUM_DEFAULT_NUMERATOR)) ", " \
  RULE_VALUE ("quorum-denominator", G_STRINGIFY (KONKURS_QUORUM_DEFAULT_DENOMINATOR)) " " \
  "FROM meeting m JOIN competition c ON c.id = m.competition_id " \
  "LEFT JOIN competition_stage s ON s.id = m.stage_id "

static char *
dup_or_null (sqlite3_stmt *stmt,
             int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL
         ? NULL : g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static gpointer
meeting_from_row (sqlite3_stmt *stmt,
                  gpointer      by_id)
{
  KonkursMeeting *meeting = konkurs_meeting_new (sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 3),
                                                 NULL);
  KonkursStageScore score = KONKURS_STAGE_SCORE_NONE;

  meeting->id = sqlite3_column_int64 (stmt, 0);
  meeting->competition_id = sqlite3_column_int64 (stmt, 2);
  konkurs_store_column_date_into (stmt, 4, &meeting->held_on);
  g_free (meeting->starts_at);
  meeting->starts_at = g_strdup (konkurs_store_column_text (stmt, 5));
  konkurs_local_text_free (meeting->place);
  meeting->place = konkurs_store_column_local_text (stmt, 6);
  konkurs_local_text_free (meeting->agenda);
  meeting->agenda = konkurs_store_column_local_text (stmt, 8);
  g_free (meeting->recording_name);
  meeting->recording_name = g_strdup (konkurs_store_column_text (stmt, 10));
  meeting->recording_sha256 = dup_or_null (stmt, 11);
  meeting->closed_at = dup_or_null (stmt, 12);
  meeting->closed_by = dup_or_null (stmt, 13);
  konkurs_stage_kind_from_code (konkurs_store_column_text (stmt, 14), &meeting->stage_kind);
  konkurs_stage_score_from_code (konkurs_store_column_text (stmt, 15), &score);
  meeting->mode = score == KONKURS_STAGE_SCORE_MEMBERS_MEAN ? KONKURS_VOTE_MODE_SCORES : KONKURS_VOTE_MODE_VOTES;
  meeting->max_score = sqlite3_column_int (stmt, 16);
  meeting->threshold = sqlite3_column_int (stmt, 17);
  meeting->quorum_numerator = sqlite3_column_int (stmt, 18);
  meeting->quorum_denominator = sqlite3_column_int (stmt, 19);
  if (by_id != NULL)
    g_hash_table_insert (by_id, &meeting->id, meeting);
  return meeting;
}

static void
observer_into_meeting (sqlite3_stmt *stmt,
                       gpointer      by_id)
{
  gint64 meeting_id = sqlite3_column_int64 (stmt, 0);
  KonkursMeeting *meeting = g_hash_table_lookup (by_id, &meeting_id);
  KonkursObserverKind kind = KONKURS_OBSERVER_NGO;
  g_autoptr(GDate) registered_on = konkurs_store_column_date (stmt, 5);
  KonkursObserver *observer;

  if (meeting == NULL)
    return;
  konkurs_observer_kind_from_code (konkurs_store_column_text (stmt, 4), &kind);
  observer = konkurs_observer_new (konkurs_store_column_text (stmt, 2), kind, registered_on);
  observer->id = sqlite3_column_int64 (stmt, 1);
  g_free (observer->organisation);
  observer->organisation = g_strdup (konkurs_store_column_text (stmt, 3));
  g_ptr_array_add (meeting->observers, observer);
}

/* The meetings @where selects (?1 = @id), with their observers. */
static GPtrArray *
read_meetings (KonkursStore  *self,
               const char    *where,
               gint64         id,
               GError       **error)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree char *sql = g_strconcat (MEETING_SELECT, where, NULL);
  g_autofree char *observers_sql = g_strconcat ("SELECT o.meeting_id, o.id, o.full_name, o.organisation, o.kind, "
                                                "o.registered_on FROM meeting_observer o WHERE o.meeting_id IN "
                                                "(SELECT m.id FROM meeting m ", where, ") "
                                                "ORDER BY o.meeting_id, o.id", NULL);
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  meetings = konkurs_store_read_all_id (self, sql, id, meeting_from_row, by_id,
                                        (GDestroyNotify) konkurs_meeting_free, error);
  if (meetings == NULL)
    return NULL;
  stmt = konkurs_store_prepare_id (self, observers_sql, id, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, observer_into_meeting, by_id, error))
    return NULL;
  return g_steal_pointer (&meetings);
}

GPtrArray *
konkurs_store_list_meetings (KonkursStore  *self,
                             gint64         competition_id,
                             GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return read_meetings (self, "WHERE m.competition_id = ?1 ORDER BY m.held_on, m.starts_at, m.id",
                        competition_id, error);
}

KonkursMeeting *
konkurs_store_read_meeting (KonkursStore  *self,
                            gint64         meeting_id,
                            GError       **error)
{
  g_autoptr(GPtrArray) meetings = read_meetings (self, "WHERE m.id = ?1", meeting_id, error);

  if (meetings == NULL)
    return NULL;
  if (meetings->len == 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                   _("The meeting does not exist any more: it may have been deleted."));
      return NULL;
    }
  return g_ptr_array_steal_index (meetings, 0);
}

KonkursMeeting *
konkurs_store_get_meeting (KonkursStore  *self,
                           gint64         meeting_id,
                           GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  return konkurs_store_read_meeting (self, meeting_id, error);
}

gboolean
konkurs_store_meeting_check_change (const KonkursMeeting  *meeting,
                                    const char            *reason,
                                    GError               **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (reason != NULL ? reason : ""));
  char date[16] = "";

  if (meeting->closed_at == NULL || *stripped != '\0')
    return TRUE;
  if (g_date_valid (&meeting->held_on))
    g_date_strftime (date, sizeof date, "%d.%m.%Y", &meeting->held_on);
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED,
               _("The decisions of the meeting of %s are recorded: a correction needs a written reason."), date);
  return FALSE;
}

/* The details of a change to @meeting: its reason when the meeting is
 * closed (a correction), else none. */
static gboolean
change_details (KonkursStore          *self,
                const KonkursMeeting  *meeting,
                const char            *reason,
                char                 **details,
                GError               **error)
{
  *details = NULL;
  if (meeting->closed_at == NULL)
    return TRUE;
  *details = konkurs_store_stage_details (self, reason, error);
  return *details != NULL;
}

/* Saving a meeting */

/* The practical task's members score it apart (stage_member_score):
 * meetings are the interview's and the Youth Reserve's commissions'. */
static gboolean
is_commission_stage (const KonkursStage *stage)
{
  return stage->kind == KONKURS_STAGE_INTERVIEW || stage->kind == KONKURS_STAGE_EXPERT_COMMISSION ||
         stage->kind == KONKURS_STAGE_NATIONAL_COMMISSION;
}

static gboolean
valid_time (const char *time)
{
  return time[0] == '\0' ||
         (strlen (time) == 5 && g_ascii_isdigit (time[0]) && g_ascii_isdigit (time[1]) && time[2] == ':' &&
          g_ascii_isdigit (time[3]) && g_ascii_isdigit (time[4]) &&
          (time[0] - '0') * 10 + (time[1] - '0') < 24 && time[3] < '6');
}

/* The checks of a new meeting: its stage is one a commission decides,
 * of its competition, and it has a commission. */
static gboolean
check_new_meeting (KonkursStore    *self,
                   KonkursMeeting  *meeting,
                   GError         **error)
{
  g_autoptr(KonkursStage) stage = konkurs_store_read_stage (self, meeting->stage_id, error);
  g_autoptr(KonkursCommissionRecord) commission = NULL;

  if (stage == NULL)
    return FALSE;
  if (!is_commission_stage (stage))
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("The stage “%s” is not decided by a commission: a meeting belongs to the interview, the "
                     "expert commission or the National Commission."),
                   _(konkurs_stage_kind_get_label (stage->kind)));
      return FALSE;
    }
  if (meeting->competition_id != 0 && meeting->competition_id != stage->competition_id)
    return konkurs_store_invalid (error, _("The stage of the meeting belongs to another competition."));
  meeting->competition_id = stage->competition_id;
  if (meeting->commission_id == 0)
    meeting->commission_id = konkurs_store_get_stage_commission (self, stage->id, error);
  if (meeting->commission_id == 0)
    return (error != NULL && *error != NULL) ||
           konkurs_store_invalid (error, _("The competition has no commission yet: choose its commission before "
                                           "planning a meeting."));
  commission = konkurs_store_get_commission (self, meeting->commission_id, error);
  return commission != NULL;
}

static gboolean
check_meeting (KonkursMeeting  *meeting,
               GError         **error)
{
  g_strstrip (meeting->starts_at);
  if (!g_date_valid (&meeting->held_on))
    return konkurs_store_invalid (error, _("Date of the meeting: the meeting needs a date."));
  if (!valid_time (meeting->starts_at))
    return konkurs_store_invalid (error, _("Time of the meeting: write the time as HH:MM, e.g. 10:00."));
  if (meeting->recording_sha256 != NULL && strlen (meeting->recording_sha256) != 64)
    return konkurs_store_invalid (error, _("Recording: the SHA-256 of the recording must be 64 hexadecimal digits."));
  return TRUE;
}

/* Every current member of the meeting's commission attends, as present. */
static gboolean
insert_attendance (KonkursStore          *self,
                   const KonkursMeeting  *meeting,
                   GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare_id (self,
                                   "INSERT INTO meeting_attendance (meeting_id, member_id, present) "
                                   "SELECT ?1, id, 1 FROM commission_member WHERE commission_id = ?2 "
                                   "AND left_on IS NULL ORDER BY ordinal, id",
                                   meeting->id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 2, meeting->commission_id);
  return konkurs_store_step_done (self, stmt, error) &&
         konkurs_store_record_ids (self, "create", KONKURS_STORE_TABLE_ATTENDANCE,
                                   "SELECT id FROM meeting_attendance WHERE meeting_id = ?1 ORDER BY id",
                                   meeting->id, error);
}

static gboolean
write_meeting (KonkursStore    *self,
               KonkursMeeting  *meeting,
               const char      *details,
               GError         **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *before = NULL;
  gboolean create = meeting->id == 0;

  if (!create && !konkurs_store_snapshot (self, KONKURS_STORE_TABLE_MEETING, meeting->id, &before, error))
    return FALSE;
  stmt = konkurs_store_prepare (self,
                                create
                                ? "INSERT INTO meeting (held_on, starts_at, place_kk, place_ru, agenda_kk, agenda_ru, "
                                  "recording_name, recording_sha256, commission_id, competition_id, stage_id) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"
                                : "UPDATE meeting SET held_on = ?1, starts_at = ?2, place_kk = ?3, place_ru = ?4, "
                                  "agenda_kk = ?5, agenda_ru = ?6, recording_name = ?7, recording_sha256 = ?8 "
                                  "WHERE id = ?12",
                                error);
  if (stmt == NULL)
    return FALSE;
  konkurs_store_bind_date (stmt, 1, &meeting->held_on);
  sqlite3_bind_text (stmt, 2, meeting->starts_at, -1, SQLITE_STATIC);
  konkurs_store_bind_local_text (stmt, 3, meeting->place);
  konkurs_store_bind_local_text (stmt, 5, meeting->agenda);
  sqlite3_bind_text (stmt, 7, meeting->recording_name != NULL ? meeting->recording_name : "", -1, SQLITE_STATIC);
  if (meeting->recording_sha256 != NULL)
    sqlite3_bind_text (stmt, 8, meeting->recording_sha256, -1, SQLITE_STATIC);
  if (create)
    {
      sqlite3_bind_int64 (stmt, 9, meeting->commission_id);
      sqlite3_bind_int64 (stmt, 10, meeting->competition_id);
      sqlite3_bind_int64 (stmt, 11, meeting->stage_id);
      if ((meeting->id = konkurs_store_step_insert (self, stmt, error)) == 0 ||
          !konkurs_store_record_row (self, "create", KONKURS_STORE_TABLE_MEETING, meeting->id, NULL, error))
        return FALSE;
      return insert_attendance (self, meeting, error);
    }
  sqlite3_bind_int64 (stmt, 12, meeting->id);
  if (!konkurs_store_step_changed (self, stmt, _("The meeting does not exist any more: it may have been deleted."),
                                   error))
    return FALSE;
  if (details == NULL)
    return konkurs_store_record_if_changed (self, KONKURS_STORE_TABLE_MEETING, meeting->id, before, error);
  return konkurs_store_record_row (self, "correct", KONKURS_STORE_TABLE_MEETING, meeting->id, details, error);
}

static gboolean
save_meeting (KonkursStore    *self,
              KonkursMeeting  *meeting,
              const char      *reason,
              GError         **error)
{
  g_autoptr(KonkursMeeting) stored = NULL;
  g_autofree char *details = NULL;

  if (meeting->id == 0)
    {
      if (!check_new_meeting (self, meeting, error))
        return FALSE;
    }
  else if ((stored = konkurs_store_read_meeting (self, meeting->id, error)) == NULL ||
           !konkurs_store_meeting_check_change (stored, reason, error) ||
           !change_details (self, stored, reason, &details, error))
    return FALSE;
  if (!write_meeting (self, meeting, details, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_MEETING);
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ATTENDANCE);
  return TRUE;
}

gboolean
konkurs_store_save_meeting (KonkursStore    *self,
                            KonkursMeeting  *meeting,
                            const char      *reason,
                            GError         **error)
{
  g_autoptr(KonkursMeeting) work = NULL;
  g_autoptr(KonkursMeeting) saved = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (meeting != NULL, FALSE);

  work = konkurs_meeting_copy (meeting);
  if (!check_meeting (work, error) || !konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = save_meeting (self, work, reason, error);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return FALSE;
  /* the caller's copy gets the ids and what the store derives */
  if ((saved = konkurs_store_read_meeting (self, work->id, NULL)) != NULL)
    {
      KonkursMeeting tmp = *meeting;

      *meeting = *saved;
      *saved = tmp;
    }
  else
    meeting->id = work->id;
  return TRUE;
}

/* Deleting */

static gboolean
delete_meeting (KonkursStore  *self,
                gint64         meeting_id,
                GError       **error)
{
  g_autoptr(sqlite3_stmt) used = NULL;
  gint64 n = 0;

  used = konkurs_store_prepare_id (self, "SELECT count(*) FROM meeting_decision WHERE meeting_id = ?1",
                                   meeting_id, error);
  if (used == NULL || !konkurs_store_read_int64 (self, used, NULL, &n, error))
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_IN_USE,
                   g_dngettext (GETTEXT_PACKAGE, "The meeting cannot be deleted: it recorded %d decision.",
                                "The meeting cannot be deleted: it recorded %d decisions.", n),
                   (int) n);
      return FALSE;
    }
  return konkurs_store_record_ids (self, "delete", KONKURS_STORE_TABLE_VOTE,
                                   "SELECT id FROM vote WHERE meeting_id = ?1 ORDER BY id", meeting_id, error) &&
         konkurs_store_record_ids (self, "delete", KONKURS_STORE_TABLE_RECUSAL,
                                   "SELECT id FROM meeting_recusal WHERE meeting_id = ?1 ORDER BY id", meeting_id,
                                   error) &&
         konkurs_store_record_ids (self, "delete", KONKURS_STORE_TABLE_OBSERVER,
                                   "SELECT id FROM meeting_observer WHERE meeting_id = ?1 ORDER BY id", meeting_id,
                                   error) &&
         konkurs_store_record_ids (self, "delete", KONKURS_STORE_TABLE_ATTENDANCE,
                                   "SELECT id FROM meeting_attendance WHERE meeting_id = ?1 ORDER BY id", meeting_id,
                                   error) &&
         konkurs_store_record_row (self, "delete", KONKURS_STORE_TABLE_MEETING, meeting_id, NULL, error) &&
         konkurs_store_delete_id (self, "DELETE FROM meeting WHERE id = ?1", meeting_id, NULL,
                                  _("The meeting does not exist any more: it may have been deleted."), error);
}

gboolean
konkurs_store_delete_meeting (KonkursStore  *self,
                              gint64         meeting_id,
                              GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_run_on_id (self, delete_meeting, meeting_id, error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_MEETING);
  return TRUE;
}

gboolean
konkurs_store_forget_meetings (KonkursStore  *self,
                               gint64         competition_id,
                               GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;

  stmt = konkurs_store_prepare_id (self, "SELECT id FROM meeting WHERE competition_id = ?1 ORDER BY id",
                                   competition_id, error);
  if (stmt == NULL || (ids = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (!delete_meeting (self, g_array_index (ids, gint64, i), error))
      return FALSE;
  if (ids->len > 0)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_MEETING);
  return TRUE;
}

gboolean
konkurs_store_meetings_forget_stage (KonkursStore  *self,
                                     gint64         stage_id,
                                     GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;

  stmt = konkurs_store_prepare_id (self, "SELECT id FROM meeting WHERE stage_id = ?1 ORDER BY id", stage_id, error);
  if (stmt == NULL || (ids = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(sqlite3_stmt) update = konkurs_store_prepare_id (self, "UPDATE meeting SET stage_id = NULL "
                                                                       "WHERE id = ?1", id, error);

      if (update == NULL || !konkurs_store_step_done (self, update, error) ||
          !konkurs_store_record_row (self, "update", KONKURS_STORE_TABLE_MEETING, id, NULL, error))
        return FALSE;
      konkurs_store_note_changed (self, KONKURS_STORE_TABLE_MEETING);
    }
  return TRUE;
}

/* The recording */

/* The SHA-256 of the file at @path, read in full. */
static char *
file_sha256 (const char    *path,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) stream = g_file_read (file, cancellable, error);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (1 << 16);
  gssize n;

  if (stream == NULL)
    return NULL;
  while ((n = g_input_stream_read (G_INPUT_STREAM (stream), buffer, 1 << 16, cancellable, error)) > 0)
    g_checksum_update (checksum, buffer, n);
  if (n < 0)
    return NULL;
  return g_strdup (g_checksum_get_string (checksum));
}

gboolean
konkurs_store_link_recording (KonkursStore  *self,
                              gint64         meeting_id,
                              const char    *path,
                              GCancellable  *cancellable,
                              GError       **error)
{
  g_autofree char *sha256 = NULL;
  g_autofree char *name = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((sha256 = file_sha256 (path, cancellable, error)) == NULL)
    return FALSE;
  name = g_path_get_basename (path);
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  stmt = konkurs_store_prepare_id (self, "UPDATE meeting SET recording_name = ?2, recording_sha256 = ?3 "
                                         "WHERE id = ?1", meeting_id, error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 2, name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, sha256, -1, SQLITE_STATIC);
    }
  ok = stmt != NULL &&
       konkurs_store_step_changed (self, stmt, _("The meeting does not exist any more: it may have been deleted."),
                                   error) &&
       konkurs_store_record_row (self, "update", KONKURS_STORE_TABLE_MEETING, meeting_id, NULL, error);
  if (ok)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_MEETING);
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Observers */

static gboolean
check_observer (KonkursStore           *self,
                const KonkursMeeting   *meeting,
                KonkursObserver        *observer,
                GError                **error)
{
  gboolean in_time = FALSE;
  char date[16] = "";

  g_strstrip (observer->full_name);
  g_strstrip (observer->organisation);
  if (observer->full_name[0] == '\0')
    return konkurs_store_invalid (error, _("Observer: the observer needs a full name."));
  if (konkurs_observer_kind_to_code (observer->kind) == NULL)
    return konkurs_store_invalid (error, _("Observer: choose whom the observer represents."));
  if (!g_date_valid (&observer->registered_on))
    return konkurs_store_invalid (error, _("Observer: the date of registration is missing."));
  if (!konkurs_observer_registered_in_time (konkurs_store_get_calendar (self), &observer->registered_on,
                                            &meeting->held_on, &in_time, error))
    return FALSE;
  if (in_time)
    return TRUE;
  g_date_strftime (date, sizeof date, "%d.%m.%Y", &observer->registered_on);
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
               _("Observer “%s” registered on %s: an observer registers at least one working day before the "
                 "meeting."), observer->full_name, date);
  return FALSE;
}

static gboolean
add_observer (KonkursStore     *self,
              gint64            meeting_id,
              KonkursObserver  *observer,
              GError          **error)
{
  g_autoptr(KonkursMeeting) meeting = konkurs_store_read_meeting (self, meeting_id, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (meeting == NULL || !check_observer (self, meeting, observer, error))
    return FALSE;
  stmt = konkurs_store_prepare_id (self, "INSERT INTO meeting_observer (meeting_id, full_name, organisation, kind, "
                                         "registered_on) VALUES (?1, ?2, ?3, ?4, ?5)", meeting_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 2, observer->full_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, observer->organisation, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, konkurs_observer_kind_to_code (observer->kind), -1, SQLITE_STATIC);
  konkurs_store_bind_date (stmt, 5, &observer->registered_on);
  if ((observer->id = konkurs_store_step_insert (self, stmt, error)) == 0)
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_OBSERVER);
  return konkurs_store_record_row (self, "create", KONKURS_STORE_TABLE_OBSERVER, observer->id, NULL, error);
}

gboolean
konkurs_store_add_observer (KonkursStore     *self,
                            gint64            meeting_id,
                            KonkursObserver  *observer,
                            GError          **error)
{
  g_autoptr(KonkursObserver) work = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (observer != NULL, FALSE);

  work = konkurs_observer_copy (observer);
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = add_observer (self, meeting_id, work, error);
  if (!konkurs_store_op_finish (self, mark, ok, error))
    return FALSE;
  observer->id = work->id;
  return TRUE;
}

static gboolean
remove_observer (KonkursStore  *self,
                 gint64         observer_id,
                 GError       **error)
{
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_OBSERVER);
  return konkurs_store_record_row (self, "delete", KONKURS_STORE_TABLE_OBSERVER, observer_id, NULL, error) &&
         konkurs_store_delete_id (self, "DELETE FROM meeting_observer WHERE id = ?1", observer_id, NULL,
                                  _("The observer is not registered any more."), error);
}

gboolean
konkurs_store_remove_observer (KonkursStore  *self,
                               gint64         observer_id,
                               GError       **error)
{
  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  return konkurs_store_run_on_id (self, remove_observer, observer_id, error);
}

/* Attendance and quorum */

static gpointer
attendance_from_row (sqlite3_stmt *stmt,
                     gpointer      user_data)
{
  KonkursAttendance *attendance = g_new0 (KonkursAttendance, 1);

  attendance->present = sqlite3_column_int (stmt, 0) != 0;
  attendance->member = konkurs_store_commission_member_from_row_at (stmt, 1);
  return attendance;
}

GPtrArray *
konkurs_store_read_attendance (KonkursStore          *self,
                               const KonkursMeeting  *meeting,
                               GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  /* a member who joined after the meeting was planned is absent until
   * marked; one who left since keeps the attendance of its meetings */
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT coalesce (a.present, 0), m.id, m.role, m.name_kk, m.name_ru, "
                                   "m.position_kk, m.position_ru FROM commission_member m "
                                   "LEFT JOIN meeting_attendance a ON a.member_id = m.id AND a.meeting_id = ?1 "
                                   "WHERE m.commission_id = ?2 AND (a.id IS NOT NULL OR m.left_on IS NULL) "
                                   "ORDER BY m.ordinal, m.id",
                                   meeting->id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, meeting->commission_id);
  return konkurs_store_read_all (self, stmt, attendance_from_row, NULL, (GDestroyNotify) konkurs_attendance_free,
                                 error);
}

GPtrArray *
konkurs_store_list_attendance (KonkursStore  *self,
                               gint64         meeting_id,
                               GError       **error)
{
  g_autoptr(KonkursMeeting) meeting = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  meeting = konkurs_store_read_meeting (self, meeting_id, error);
  return meeting != NULL ? konkurs_store_read_attendance (self, meeting, error) : NULL;
}

static const KonkursAttendance *
find_attendance (GPtrArray *attendance,
                 gint64     member_id)
{
  for (guint i = 0; i < attendance->len; i++)
    {
      const KonkursAttendance *a = g_ptr_array_index (attendance, i);

      if (a->member->id == member_id)
        return a;
    }
  return NULL;
}

static gboolean
write_attendance (KonkursStore          *self,
                  const KonkursMeeting  *meeting,
                  gint64                 member_id,
                  gboolean               present,
                  const char            *details,
                  GError               **error)
{
  g_autoptr(sqlite3_stmt) find = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *before = NULL;
  gboolean found = FALSE;
  gint64 id = 0;

  find = konkurs_store_prepare_id (self, "SELECT id FROM meeting_attendance WHERE meeting_id = ?1 AND member_id = ?2",
                                   meeting->id, error);
  if (find == NULL)
    return FALSE;
  sqlite3_bind_int64 (find, 2, member_id);
  if (!konkurs_store_read_int64 (self, find, &found, &id, error) ||
      (found && !konkurs_store_snapshot (self, KONKURS_STORE_TABLE_ATTENDANCE, id, &before, error)))
    return FALSE;
  stmt = konkurs_store_prepare_id (self, found ? "UPDATE meeting_attendance SET present = ?3 WHERE id = ?4"
                                               : "INSERT INTO meeting_attendance (meeting_id, member_id, present) "
                                                 "VALUES (?1, ?2, ?3)", meeting->id, error);
  if (stmt == NULL)
    return FALSE;
  if (!found)
    sqlite3_bind_int64 (stmt, 2, member_id);
  sqlite3_bind_int (stmt, 3, present ? 1 : 0);
  sqlite3_bind_int64 (stmt, 4, id);
  if (found ? !konkurs_store_step_done (self, stmt, error) : (id = konkurs_store_step_insert (self, stmt, error)) == 0)
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_ATTENDANCE);
  if (details != NULL && before != NULL)
    return konkurs_store_record_row (self, "correct", KONKURS_STORE_TABLE_ATTENDANCE, id, details, error);
  return konkurs_store_record_if_changed (self, KONKURS_STORE_TABLE_ATTENDANCE, id, before, error);
}

static gboolean
set_attendance (KonkursStore  *self,
                gint64         meeting_id,
                gint64         member_id,
                gboolean       present,
                const char    *reason,
                GError       **error)
{
  g_autoptr(KonkursMeeting) meeting = konkurs_store_read_meeting (self, meeting_id, error);
  g_autoptr(GPtrArray) attendance = NULL;
  g_autofree char *details = NULL;

  if (meeting == NULL || !konkurs_store_meeting_check_change (meeting, reason, error) ||
      (attendance = konkurs_store_read_attendance (self, meeting, error)) == NULL)
    return FALSE;
  if (find_attendance (attendance, member_id) == NULL)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                   _("This person is not a member of the meeting’s commission."));
      return FALSE;
    }
  /* decisions recorded already (a closed meeting, or some of an open
   * one) are counted again with the new attendance */
  return change_details (self, meeting, reason, &details, error) &&
         write_attendance (self, meeting, member_id, present, details, error) &&
         konkurs_store_meeting_redecide (self, meeting, reason, error);
}

gboolean
konkurs_store_set_attendance (KonkursStore  *self,
                              gint64         meeting_id,
                              gint64         member_id,
                              gboolean       present,
                              const char    *reason,
                              GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = set_attendance (self, meeting_id, member_id, present, reason, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

gboolean
konkurs_store_get_meeting_quorum (KonkursStore   *self,
                                  gint64          meeting_id,
                                  KonkursQuorum  *quorum,
                                  GError        **error)
{
  g_autoptr(KonkursMeeting) meeting = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autoptr(GPtrArray) present = g_ptr_array_new ();

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (quorum != NULL, FALSE);

  meeting = konkurs_store_read_meeting (self, meeting_id, error);
  if (meeting == NULL || (attendance = konkurs_store_read_attendance (self, meeting, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < attendance->len; i++)
    {
      KonkursAttendance *a = g_ptr_array_index (attendance, i);

      g_ptr_array_add (members, a->member);
      if (a->present)
        g_ptr_array_add (present, a->member);
    }
  konkurs_quorum_compute (members, present, meeting->quorum_numerator, meeting->quorum_denominator, quorum);
  return TRUE;
}
