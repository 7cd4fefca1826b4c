/* konkurs-store-stages.c — the stages of a competition: made from its rule
 * set on first ask, their dates, their states and who entered each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-autocleanups.h"
#include "konkurs-property.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-commission-private.h"
#include "konkurs-text.h"

static const char * const state_codes[] = { "not-yet", "open", "closed" };

const char *
konkurs_stage_state_to_code (KonkursStageState state)
{
  return (guint) state < G_N_ELEMENTS (state_codes) ? state_codes[state] : NULL;
}

gboolean
konkurs_stage_state_from_code (const char        *code,
                               KonkursStageState *out)
{
  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (state_codes); i++)
    if (g_str_equal (code, state_codes[i]))
      {
        if (out != NULL)
          *out = i;
        return TRUE;
      }
  return FALSE;
}

/* KonkursStage */

G_DEFINE_BOXED_TYPE (KonkursStage, konkurs_stage, konkurs_stage_copy, konkurs_stage_free)

KonkursStage *
konkurs_stage_copy (const KonkursStage *stage)
{
  KonkursStage *copy;

  g_return_val_if_fail (stage != NULL, NULL);

  copy = g_memdup2 (stage, sizeof *stage);
  copy->closed_at = g_strdup (stage->closed_at);
  copy->closed_by = g_strdup (stage->closed_by);
  copy->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_stage_rule_free);
  for (guint i = 0; stage->rules != NULL && i < stage->rules->len; i++)
    g_ptr_array_add (copy->rules, konkurs_stage_rule_copy (g_ptr_array_index (stage->rules, i)));
  return copy;
}

void
konkurs_stage_free (KonkursStage *stage)
{
  if (stage == NULL)
    return;
  g_free (stage->closed_at);
  g_free (stage->closed_by);
  g_clear_pointer (&stage->rules, g_ptr_array_unref);
  g_free (stage);
}

const KonkursStageRule *
konkurs_stage_get_rule (const KonkursStage *stage,
                        KonkursTrack        track)
{
  g_return_val_if_fail (stage != NULL, NULL);

  for (guint i = 0; stage->rules != NULL && i < stage->rules->len; i++)
    if (((KonkursStageRule *) g_ptr_array_index (stage->rules, i))->track == track)
      return g_ptr_array_index (stage->rules, i);
  return NULL;
}

void
konkurs_stage_entrant_free (KonkursStageEntrant *entrant)
{
  if (entrant == NULL)
    return;
  g_free (entrant->personal_code);
  g_free (entrant->status);
  g_free (entrant->eligibility);
  g_free (entrant);
}

/* Reading */

/* published: the record holds the issue of the stage's publication list
 * (konkurs_store_publish_stage()); published_on alone is also the planned
 * date.  The record's index on (table_name, row_id) answers it. */
#define STAGE_SELECT \
  "SELECT id, competition_id, kind, ordinal, starts_on, ends_on, published_on, dates_provisional, state, " \
  "closed_at, closed_by, EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = 'competition_stage' " \
  "AND a.row_id = competition_stage.id AND a.action = 'publish') FROM competition_stage "

static gpointer
stage_from_row (sqlite3_stmt *stmt,
                gpointer      user_data)
{
  KonkursStage *stage = g_new0 (KonkursStage, 1);
  KonkursStageKind kind = 0;
  KonkursStageState state = KONKURS_STAGE_STATE_NOT_YET;

  konkurs_stage_kind_from_code ((const char *) sqlite3_column_text (stmt, 2), &kind);
  konkurs_stage_state_from_code ((const char *) sqlite3_column_text (stmt, 8), &state);
  stage->id = sqlite3_column_int64 (stmt, 0);
  stage->competition_id = sqlite3_column_int64 (stmt, 1);
  stage->kind = kind;
  stage->ordinal = sqlite3_column_int (stmt, 3);
  konkurs_store_column_date_into (stmt, 4, &stage->starts_on);
  konkurs_store_column_date_into (stmt, 5, &stage->ends_on);
  konkurs_store_column_date_into (stmt, 6, &stage->published_on);
  stage->dates_provisional = sqlite3_column_int (stmt, 7) != 0;
  stage->state = state;
  if (sqlite3_column_type (stmt, 9) != SQLITE_NULL)
    stage->closed_at = g_strdup (konkurs_store_column_text (stmt, 9));
  if (sqlite3_column_type (stmt, 10) != SQLITE_NULL)
    stage->closed_by = g_strdup (konkurs_store_column_text (stmt, 10));
  stage->published = sqlite3_column_int (stmt, 11) != 0;
  return stage;
}

static gboolean
load_rules (KonkursStore  *self,
            KonkursStage  *stage,
            GError       **error)
{
  stage->rules = konkurs_store_read_stage_rules (self, stage->id, error);
  return stage->rules != NULL;
}

GPtrArray *
konkurs_store_read_stages (KonkursStore  *self,
                           gint64         competition_id,
                           GError       **error)
{
  g_autoptr(GPtrArray) stages = NULL;

  stages = konkurs_store_read_all_id (self, STAGE_SELECT "WHERE competition_id = ?1 ORDER BY ordinal",
                                      competition_id, stage_from_row, NULL, (GDestroyNotify) konkurs_stage_free,
                                      error);
  if (stages == NULL)
    return NULL;
  for (guint i = 0; i < stages->len; i++)
    if (!load_rules (self, g_ptr_array_index (stages, i), error))
      return NULL;
  return g_steal_pointer (&stages);
}

/* Making the stages */

/* The tracks the competition's applications follow, as bits (1 << track). */
static gboolean
needed_tracks (KonkursStore        *self,
               KonkursCompetition  *competition,
               guint               *tracks,
               GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) kinds = NULL;

  *tracks = 0;
  if (konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_YOUTH_RESERVE)
    {
      *tracks = 1u << KONKURS_TRACK_YOUTH_RESERVE;
      return TRUE;
    }
  stmt = konkurs_store_prepare_id (self, "SELECT DISTINCT leadership FROM vacancy WHERE competition_id = ?1",
                                   konkurs_competition_get_id (competition), error);
  if (stmt == NULL || (kinds = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < kinds->len; i++)
    *tracks |= 1u << (g_array_index (kinds, gint64, i) ? KONKURS_TRACK_LEADERSHIP : KONKURS_TRACK_NON_LEADERSHIP);
  return TRUE;
}

static guint
stage_tracks (GPtrArray *stages)
{
  guint tracks = 0;

  for (guint i = 0; i < stages->len; i++)
    {
      KonkursStage *stage = g_ptr_array_index (stages, i);

      for (guint j = 0; j < stage->rules->len; j++)
        tracks |= 1u << ((KonkursStageRule *) g_ptr_array_index (stage->rules, j))->track;
    }
  return tracks;
}

/* The JSON array of the codes of the tracks among @tracks that have stage
 * @kind in @rule_set, and the longest duration among them. */
static char *
tracks_with_kind (KonkursRuleSet   *rule_set,
                  guint             tracks,
                  KonkursStageKind  kind,
                  int              *duration)
{
  g_autoptr(GString) json = g_string_new ("[");

  *duration = 0;
  for (KonkursTrack track = KONKURS_TRACK_LEADERSHIP; track <= KONKURS_TRACK_YOUTH_RESERVE; track++)
    {
      const KonkursStageRule *rule;

      if (!(tracks & (1u << track)) || (rule = konkurs_rule_set_find_stage_rule (rule_set, track, kind)) == NULL)
        continue;
      g_string_append_printf (json, "%s\"%s\"", json->len > 1 ? "," : "", konkurs_track_to_code (track));
      *duration = MAX (*duration, rule->duration_days);
    }
  if (json->len == 1)
    return NULL;
  g_string_append_c (json, ']');
  return g_string_free (g_steal_pointer (&json), FALSE);
}

/* The provisional calendar of a stage: it starts the working day after the
 * publication of the one before and takes @duration working days, its list
 * published the working day after.  Dates the calendar cannot count (a
 * year it does not know, an unknown duration) stay unknown, and so do
 * those after them. */
typedef struct {
  GDate    starts_on, ends_on, published_on;
  gboolean provisional;   /* a count crossed or landed on a provisional holiday */
} StageDates;

static void
count_dates (KonkursCalendar *calendar,
             const GDate     *after,
             int              duration,
             StageDates      *dates)
{
  gboolean p1 = FALSE, p2 = FALSE, p3 = FALSE;

  g_date_clear (&dates->starts_on, 1);
  g_date_clear (&dates->ends_on, 1);
  g_date_clear (&dates->published_on, 1);
  if (calendar == NULL || after == NULL || !g_date_valid (after) || duration <= 0)
    return;
  /* dates->provisional comes in set when the dates before were provisional:
   * a stage counted from a date that may move may move too */
  if (!konkurs_calendar_add_working_days_full (calendar, after, 1, &dates->starts_on, &p1, NULL) ||
      !konkurs_calendar_add_working_days_full (calendar, &dates->starts_on, duration - 1, &dates->ends_on,
                                               &p2, NULL) ||
      !konkurs_calendar_add_working_days_full (calendar, &dates->ends_on, 1, &dates->published_on, &p3, NULL))
    {
      g_date_clear (&dates->starts_on, 1);
      g_date_clear (&dates->ends_on, 1);
      g_date_clear (&dates->published_on, 1);
      return;
    }
  dates->provisional = dates->provisional || p1 || p2 || p3;
}

/* Inserts the stages of @tracks; *@n_made says how many. */
static gboolean
make_stages (KonkursStore        *self,
             KonkursCompetition  *competition,
             KonkursRuleSet      *rule_set,
             guint                tracks,
             guint               *n_made,
             GError             **error)
{
  KonkursCalendar *calendar = konkurs_store_get_calendar (self);
  const GDate *deadline = konkurs_competition_get_document_deadline (competition);
  GDate last;
  gboolean provisional = FALSE;
  int ordinal = 0;

  g_date_clear (&last, 1);
  for (KonkursStageKind kind = KONKURS_STAGE_DOCUMENTS; kind <= KONKURS_STAGE_KIND_LAST; kind++)
    {
      int duration;
      g_autofree char *codes = tracks_with_kind (rule_set, tracks, kind, &duration);
      StageDates dates;

      if (codes == NULL)
        continue;
      if (ordinal == 0)
        {
          /* the documents review: from the announcement to the deadline */
          konkurs_property_copy_date (&dates.starts_on, konkurs_competition_get_announcement_date (competition));
          konkurs_property_copy_date (&dates.ends_on, deadline);
          g_date_clear (&dates.published_on, 1);
          dates.provisional = FALSE;
          if (deadline != NULL && g_date_valid (deadline) && calendar != NULL)
            {
              konkurs_calendar_add_working_days_full (calendar, deadline, 1, &dates.published_on,
                                                      &dates.provisional, NULL);
              if (g_date_valid (&dates.starts_on)
                  && konkurs_calendar_find_provisional (calendar, &dates.starts_on, deadline, NULL, NULL, NULL))
                dates.provisional = TRUE;
            }
        }
      else
        {
          dates.provisional = provisional;
          count_dates (calendar, &last, duration, &dates);
        }
      last = dates.published_on;
      provisional = dates.provisional;
      ordinal++;
      if (konkurs_store_insert_stage (self, konkurs_competition_get_id (competition),
                                      konkurs_rule_set_get_id (rule_set), kind, ordinal, codes,
                                      &dates.starts_on, &dates.ends_on, &dates.published_on,
                                      dates.provisional, ordinal == 1 ? KONKURS_STAGE_STATE_OPEN : KONKURS_STAGE_STATE_NOT_YET,
                                      error) == 0)
        return FALSE;
      (*n_made)++;
    }
  return TRUE;
}

static gboolean
delete_stages (KonkursStore  *self,
               GPtrArray     *stages,
               GError       **error)
{
  for (guint i = 0; i < stages->len; i++)
    {
      KonkursStage *stage = g_ptr_array_index (stages, i);

      if (!konkurs_store_meetings_forget_stage (self, stage->id, error) ||
          !konkurs_store_record_row (self, "delete", KONKURS_STORE_TABLE_STAGE, stage->id, NULL, error) ||
          !konkurs_store_delete_id (self, "DELETE FROM competition_stage WHERE id = ?1", stage->id, NULL,
                                    _("The stage does not exist."), error))
        return FALSE;
    }
  if (stages->len > 0)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_STAGE);
  return TRUE;
}

gboolean
konkurs_store_forget_stages (KonkursStore  *self,
                             gint64         competition_id,
                             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;

  stmt = konkurs_store_prepare_id (self, "SELECT id FROM competition_stage WHERE competition_id = ?1 ORDER BY id",
                                   competition_id, error);
  if (stmt == NULL || (ids = konkurs_store_read_int64s (self, stmt, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (!konkurs_store_record_row (self, "delete", KONKURS_STORE_TABLE_STAGE, g_array_index (ids, gint64, i), NULL,
                                   error))
      return FALSE;
  if (ids->len > 0)
    konkurs_store_note_changed (self, KONKURS_STORE_TABLE_STAGE);
  return TRUE;
}

static gboolean
any_closed (GPtrArray *stages)
{
  for (guint i = 0; i < stages->len; i++)
    if (((KonkursStage *) g_ptr_array_index (stages, i))->state == KONKURS_STAGE_STATE_CLOSED)
      return TRUE;
  return FALSE;
}

/* Makes the stages of @competition_id when it has none, or makes them
 * again when the tracks of its vacancies changed before any stage closed
 * (no stage after the documents can hold a result yet).  *@made says
 * whether it wrote: a competition whose rule set gives no stage for its
 * vacancies (or that has none) writes nothing and announces nothing, so
 * that a view reloading on "changed::competition_stage" does not loop. */
static gboolean
ensure_stages (KonkursStore  *self,
               gint64         competition_id,
               GPtrArray     *stages,
               gboolean      *made,
               GError       **error)
{
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  guint tracks;
  guint mark;
  guint n_made = 0;
  gboolean ok;

  *made = FALSE;
  if (konkurs_store_is_read_only (self) || any_closed (stages))
    return TRUE;
  competition = konkurs_store_get_competition (self, competition_id, error);
  if (competition == NULL || !needed_tracks (self, competition, &tracks, error))
    return FALSE;
  if (tracks == stage_tracks (stages))
    return TRUE;
  /* a track the rule set gives no stage for has none to make */
  rule_set = konkurs_store_get_rule_set (self, konkurs_competition_get_rule_set_id (competition), error);
  if (rule_set == NULL)
    return FALSE;
  for (KonkursTrack track = KONKURS_TRACK_LEADERSHIP; track <= KONKURS_TRACK_YOUTH_RESERVE; track++)
    if (konkurs_rule_set_get_stage_rules (rule_set, track)->len == 0)
      tracks &= ~(1u << track);
  if (tracks == stage_tracks (stages))
    return TRUE;
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = delete_stages (self, stages, error) && make_stages (self, competition, rule_set, tracks, &n_made, error);
  *made = stages->len > 0 || n_made > 0;
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Sets the counts of each of @stages. */
static gboolean
fill_counts (KonkursStore  *self,
             GPtrArray     *stages,
             GError       **error)
{
  for (guint i = 0; i < stages->len; i++)
    if (!konkurs_store_stage_fill_counts (self, g_ptr_array_index (stages, i), error))
      return FALSE;
  return TRUE;
}

GPtrArray *
konkurs_store_list_stages (KonkursStore  *self,
                           gint64         competition_id,
                           GError       **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  gboolean made;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stages = konkurs_store_read_stages (self, competition_id, error);
  if (stages == NULL || !ensure_stages (self, competition_id, stages, &made, error))
    return NULL;
  if (made)
    {
      g_clear_pointer (&stages, g_ptr_array_unref);
      stages = konkurs_store_read_stages (self, competition_id, error);
    }
  if (stages == NULL || !fill_counts (self, stages, error))
    return NULL;
  return g_steal_pointer (&stages);
}

GPtrArray *
konkurs_store_peek_stages (KonkursStore  *self,
                           gint64         competition_id,
                           GError       **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  const KonkursStage *current;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stages = konkurs_store_read_stages (self, competition_id, error);
  if (stages == NULL)
    return NULL;
  /* Counting runs the cut-off over a stage's rows: a view that says where
   * a competition stands needs it for that stage alone. */
  current = konkurs_stages_find_current (stages);
  if (current != NULL && !konkurs_store_stage_fill_counts (self, (KonkursStage *) current, error))
    return NULL;
  return g_steal_pointer (&stages);
}

const KonkursStage *
konkurs_stages_find_current (GPtrArray *stages)
{
  g_return_val_if_fail (stages != NULL, NULL);

  for (guint i = 0; i < stages->len; i++)
    if (((KonkursStage *) g_ptr_array_index (stages, i))->state != KONKURS_STAGE_STATE_CLOSED)
      return g_ptr_array_index (stages, i);
  return stages->len > 0 ? g_ptr_array_index (stages, stages->len - 1) : NULL;
}

KonkursStage *
konkurs_store_read_stage (KonkursStore  *self,
                          gint64         stage_id,
                          GError       **error)
{
  g_autoptr(KonkursStage) stage = NULL;

  stage = konkurs_store_read_one_id (self, STAGE_SELECT "WHERE id = ?1", stage_id, stage_from_row, NULL,
                                     _("The stage does not exist: its competition may have been deleted."), error);
  if (stage == NULL || !load_rules (self, stage, error))
    return NULL;
  return g_steal_pointer (&stage);
}

KonkursStage *
konkurs_store_get_stage (KonkursStore  *self,
                         gint64         stage_id,
                         GError       **error)
{
  g_autoptr(KonkursStage) stage = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stage = konkurs_store_read_stage (self, stage_id, error);
  if (stage == NULL || !konkurs_store_stage_fill_counts (self, stage, error))
    return NULL;
  return g_steal_pointer (&stage);
}

KonkursStage *
konkurs_store_find_stage (KonkursStore      *self,
                          gint64             competition_id,
                          KonkursStageKind   kind,
                          GError           **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  g_autoptr(GString) kinds = g_string_new (NULL);

  g_return_val_if_fail (KONKURS_IS_STORE (self), NULL);

  stages = konkurs_store_list_stages (self, competition_id, error);
  if (stages == NULL)
    return NULL;
  for (guint i = 0; i < stages->len; i++)
    {
      KonkursStage *stage = g_ptr_array_index (stages, i);

      if (stage->kind == kind)
        return konkurs_stage_copy (stage);
      g_string_append_printf (kinds, "%s%s", kinds->len > 0 ? ", " : "", konkurs_stage_kind_to_code (stage->kind));
    }
  if (stages->len == 0)
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                 _("The competition has no stages yet: its rule set gives none for its vacancies."));
  else
    g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                 _("The competition has no stage “%s”; its stages are: %s."),
                 konkurs_stage_kind_to_code (kind) != NULL ? konkurs_stage_kind_to_code (kind) : "?", kinds->str);
  return NULL;
}

/* Dates and publication */

static gboolean
write_dates (KonkursStore  *self,
             gint64         stage_id,
             const GDate   *starts_on,
             const GDate   *ends_on,
             const GDate   *published_on,
             GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = konkurs_store_prepare (self,
                                "UPDATE competition_stage SET starts_on = ?1, ends_on = ?2, published_on = ?3, "
                                "dates_provisional = 0 WHERE id = ?4", error);
  if (stmt == NULL)
    return FALSE;
  konkurs_store_bind_date (stmt, 1, starts_on);
  konkurs_store_bind_date (stmt, 2, ends_on);
  konkurs_store_bind_date (stmt, 3, published_on);
  sqlite3_bind_int64 (stmt, 4, stage_id);
  if (!konkurs_store_step_changed (self, stmt, _("The stage does not exist: its competition may have been deleted."),
                                   error))
    return FALSE;
  konkurs_store_note_changed (self, KONKURS_STORE_TABLE_STAGE);
  return konkurs_store_record_row (self, "update", KONKURS_STORE_TABLE_STAGE, stage_id, NULL, error);
}

gboolean
konkurs_store_set_stage_dates (KonkursStore  *self,
                               gint64         stage_id,
                               const GDate   *starts_on,
                               const GDate   *ends_on,
                               const GDate   *published_on,
                               GError       **error)
{
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);

  if (starts_on != NULL && ends_on != NULL && g_date_valid (starts_on) && g_date_valid (ends_on) &&
      g_date_compare (ends_on, starts_on) < 0)
    return konkurs_store_invalid (error, _("The stage cannot end before it starts."));
  if (ends_on != NULL && published_on != NULL && g_date_valid (ends_on) && g_date_valid (published_on) &&
      g_date_compare (published_on, ends_on) < 0)
    return konkurs_store_invalid (error, _("The results of a stage cannot be published before it ends."));
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  ok = write_dates (self, stage_id, starts_on, ends_on, published_on, error);
  return konkurs_store_op_finish (self, mark, ok, error);
}

gboolean
konkurs_store_publish_stage (KonkursStore  *self,
                             gint64         stage_id,
                             const GDate   *date,
                             GError       **error)
{
  g_autoptr(KonkursStage) stage = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint mark;
  gboolean ok;

  g_return_val_if_fail (KONKURS_IS_STORE (self), FALSE);
  g_return_val_if_fail (date != NULL && g_date_valid (date), FALSE);

  stage = konkurs_store_read_stage (self, stage_id, error);
  if (stage == NULL)
    return FALSE;
  if (stage->state != KONKURS_STAGE_STATE_CLOSED)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_NOT_OPEN,
                   _("The list of the stage “%s” can be published once the stage is closed."),
                   _(konkurs_stage_kind_get_label (stage->kind)));
      return FALSE;
    }
  if (!konkurs_store_op_begin (self, &mark, error))
    return FALSE;
  stmt = konkurs_store_prepare_id (self, "UPDATE competition_stage SET published_on = ?2 WHERE id = ?1",
                                   stage_id, error);
  ok = stmt != NULL;
  if (ok)
    {
      konkurs_store_bind_date (stmt, 2, date);
      ok = konkurs_store_step_done (self, stmt, error) &&
           konkurs_store_record_row (self, "publish", KONKURS_STORE_TABLE_STAGE, stage_id, NULL, error);
      konkurs_store_note_changed (self, KONKURS_STORE_TABLE_STAGE);
    }
  return konkurs_store_op_finish (self, mark, ok, error);
}

/* Who entered a stage */

#define ENTRANT_SELECT \
  "SELECT a.id, a.personal_code, coalesce (a.vacancy_id, 0), coalesce (v.level, 0), v.leadership, " \
  "a.status, a.eligibility FROM application a LEFT JOIN vacancy v ON v.id = a.vacancy_id " \
  "WHERE a.competition_id = ?1 "

static gpointer
entrant_from_row (sqlite3_stmt *stmt,
                  gpointer      user_data)
{
  KonkursStageEntrant *entrant = g_new0 (KonkursStageEntrant, 1);

  entrant->application_id = sqlite3_column_int64 (stmt, 0);
  entrant->personal_code = g_strdup (konkurs_store_column_text (stmt, 1));
  entrant->vacancy_id = sqlite3_column_int64 (stmt, 2);
  entrant->level = sqlite3_column_int (stmt, 3);
  if (sqlite3_column_type (stmt, 4) == SQLITE_NULL)
    entrant->track = KONKURS_TRACK_YOUTH_RESERVE;
  else
    entrant->track = sqlite3_column_int (stmt, 4) ? KONKURS_TRACK_LEADERSHIP : KONKURS_TRACK_NON_LEADERSHIP;
  entrant->status = g_strdup (konkurs_store_column_text (stmt, 5));
  entrant->eligibility = g_strdup (konkurs_store_column_text (stmt, 6));
  return entrant;
}

/* The last stage before @stage (of @stages) that serves @track. */
static const KonkursStage *
previous_serving (GPtrArray          *stages,
                  const KonkursStage *stage,
                  KonkursTrack        track)
{
  const KonkursStage *found = NULL;

  for (guint i = 0; i < stages->len; i++)
    {
      const KonkursStage *other = g_ptr_array_index (stages, i);

      if (other->ordinal < stage->ordinal && konkurs_stage_get_rule (other, track) != NULL)
        found = other;
    }
  return found;
}

static char *
outcome_key (gint64 stage_id, gint64 application_id)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, stage_id, application_id);
}

static void
add_going_on (sqlite3_stmt *stmt,
              gpointer      set)
{
  g_hash_table_add (set, outcome_key (sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1)));
}

/* Keeps in @all those who went on from the stage before @stage that
 * serves their track. */
static gboolean
filter_entrants (KonkursStore        *self,
                 const KonkursStage  *stage,
                 GPtrArray           *all,
                 GError             **error)
{
  g_autoptr(GPtrArray) stages = konkurs_store_read_stages (self, stage->competition_id, error);
  g_autoptr(GHashTable) going_on = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (stages == NULL)
    return FALSE;
  stmt = konkurs_store_prepare_id (self,
                                   "SELECT o.stage_id, o.application_id FROM stage_outcome o "
                                   "JOIN competition_stage s ON s.id = o.stage_id "
                                   "WHERE s.competition_id = ?1 AND o.outcome = 'goes-on'",
                                   stage->competition_id, error);
  if (stmt == NULL || !konkurs_store_each_row (self, stmt, add_going_on, going_on, error))
    return FALSE;
  for (guint i = all->len; i-- > 0;)
    {
      KonkursStageEntrant *entrant = g_ptr_array_index (all, i);
      const KonkursStage *before = previous_serving (stages, stage, entrant->track);
      g_autofree char *key = before != NULL ? outcome_key (before->id, entrant->application_id) : NULL;

      if (konkurs_stage_get_rule (stage, entrant->track) == NULL || key == NULL ||
          !g_hash_table_contains (going_on, key))
        g_ptr_array_remove_index (all, i);
    }
  return TRUE;
}

GPtrArray *
konkurs_store_list_entrants (KonkursStore        *self,
                             const KonkursStage  *stage,
                             GError             **error)
{
  g_autoptr(GPtrArray) all = NULL;

  all = konkurs_store_read_all_id (self, ENTRANT_SELECT "ORDER BY a.personal_code", stage->competition_id,
                                   entrant_from_row, NULL, (GDestroyNotify) konkurs_stage_entrant_free, error);
  if (all == NULL)
    return NULL;
  if (stage->kind != KONKURS_STAGE_DOCUMENTS && !filter_entrants (self, stage, all, error))
    return NULL;
  return g_steal_pointer (&all);
}

/* Whether @entrant went on from the last stage before @stage that serves
 * its track: one query, for the writes of results one by one. */
static gboolean
went_on_before (KonkursStore               *self,
                const KonkursStage         *stage,
                const KonkursStageEntrant  *entrant,
                gboolean                   *went_on,
                GError                    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 found = 0;

  stmt = konkurs_store_prepare_id (self,
                                   "SELECT count(*) FROM stage_outcome o WHERE o.application_id = ?4 "
                                   "AND o.outcome = 'goes-on' AND o.stage_id = ("
                                   "  SELECT s.id FROM competition_stage s WHERE s.competition_id = ?1 "
                                   "  AND s.ordinal < ?2 AND EXISTS (SELECT 1 FROM json_each (s.rules) r "
                                   "                                 WHERE r.value->>'track' = ?3) "
                                   "  ORDER BY s.ordinal DESC LIMIT 1)",
                                   stage->competition_id, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 2, stage->ordinal);
  sqlite3_bind_text (stmt, 3, konkurs_track_to_code (entrant->track), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, entrant->application_id);
  if (!konkurs_store_read_int64 (self, stmt, NULL, &found, error))
    return FALSE;
  *went_on = found > 0;
  return TRUE;
}

static char *
not_entered_message (const KonkursStage *stage)
{
  return g_strdup_printf (_("The application did not enter the stage “%s”: it is not of this competition, "
                            "or it did not go on from the stage before."),
                          _(konkurs_stage_kind_get_label (stage->kind)));
}

KonkursStageEntrant *
konkurs_store_find_entrant (KonkursStore        *self,
                            const KonkursStage  *stage,
                            gint64               application_id,
                            GError             **error)
{
  g_autoptr(KonkursStageEntrant) entrant = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *not_entered = not_entered_message (stage);
  gboolean went_on = TRUE;

  stmt = konkurs_store_prepare_id (self, ENTRANT_SELECT "AND a.id = ?2", stage->competition_id, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 2, application_id);
  entrant = konkurs_store_read_one (self, stmt, entrant_from_row, NULL, not_entered, error);
  if (entrant == NULL)
    return NULL;
  if (stage->kind == KONKURS_STAGE_DOCUMENTS)
    return g_steal_pointer (&entrant);
  if (konkurs_stage_get_rule (stage, entrant->track) != NULL &&
      !went_on_before (self, stage, entrant, &went_on, error))
    return NULL;
  if (konkurs_stage_get_rule (stage, entrant->track) == NULL || !went_on)
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND, not_entered);
      return NULL;
    }
  return g_steal_pointer (&entrant);
}

gboolean
konkurs_store_entrant_not_found (const KonkursStage  *stage,
                                 GError             **error)
{
  g_autofree char *not_entered = not_entered_message (stage);

  g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND, not_entered);
  return FALSE;
}

/* The states */

gboolean
konkurs_store_stage_check_writable (KonkursStore        *self,
                                    const KonkursStage  *stage,
                                    const char          *reason,
                                    GError             **error)
{
  g_autoptr(GPtrArray) stages = NULL;
  const char *label = _(konkurs_stage_kind_get_label (stage->kind));

  if (stage->state == KONKURS_STAGE_STATE_OPEN)
    return TRUE;
  stages = konkurs_store_read_stages (self, stage->competition_id, error);
  if (stages == NULL)
    return FALSE;
  if (stage->state == KONKURS_STAGE_STATE_NOT_YET)
    {
      const KonkursStage *first_open = NULL;

      for (guint i = 0; i < stages->len && first_open == NULL; i++)
        if (((KonkursStage *) g_ptr_array_index (stages, i))->state != KONKURS_STAGE_STATE_CLOSED)
          first_open = g_ptr_array_index (stages, i);
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_NOT_OPEN,
                   _("The stage “%s” is not open yet: close the stage “%s” first."), label,
                   first_open != NULL ? _(konkurs_stage_kind_get_label (first_open->kind)) : "?");
      return FALSE;
    }
  for (guint i = 0; i < stages->len; i++)
    {
      const KonkursStage *next = g_ptr_array_index (stages, i);

      if (next->ordinal == stage->ordinal + 1 && next->state == KONKURS_STAGE_STATE_CLOSED)
        {
          g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED,
                       _("The stage “%s” can no longer be corrected: the stage after it, “%s”, is closed too."),
                       label, _(konkurs_stage_kind_get_label (next->kind)));
          return FALSE;
        }
    }
  if (konkurs_text_is_blank (reason))
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_STAGE_CLOSED,
                   _("The stage “%s” is closed: a change needs a written reason, which the record keeps."), label);
      return FALSE;
    }
  return TRUE;
}
