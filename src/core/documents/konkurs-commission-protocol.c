/* konkurs-commission-protocol.c — the protocol of a commission's meeting
 *
 * The commission's own record of what it saw and decided: who sat and
 * who chaired, whether it could decide, and per candidate (by name: the
 * commission knows whom it interviews) each member's vote or score and
 * what the rules make of them.  A final copy is the meeting's: its date,
 * place and those present come from the meeting, and it is registered
 * under the meeting so that each meeting keeps its own number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-commission-protocol.h"
#include "konkurs-protocol.h"
#include "konkurs-protocol-people.h"
#include "konkurs-stage-rule.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-commission.h"
#include "konkurs-store-results.h"
#include "konkurs-text.h"

#define T(msgid) konkurs_catalog_gettext (self->catalog, (msgid))

static const KonkursProtocolColumn columns[] = {
  { N_("No."), 22 },
  { N_("Candidate"), 120 },
  { N_("Votes of the members"), 190 },
  { N_("Decision"), 150 },
};

static const KonkursProtocolTable table = {
  columns, G_N_ELEMENTS (columns),
  N_("The meeting has no candidate to decide."),
  NULL,
};

typedef struct {
  KonkursStore     *store;
  KonkursCatalog   *catalog;
  KonkursProtocol  *protocol;
  KonkursMeeting   *meeting;
  GPtrArray        *attendance;   /* of KonkursAttendance */
  GPtrArray        *members;      /* of KonkursCommissionMember, the meeting's commission (borrowed) */
  GPtrArray        *present;      /* of KonkursCommissionMember, those present (borrowed) */
  GPtrArray        *rows;         /* of KonkursMeetingRow */
  GHashTable       *iins;         /* application id → the candidate's IIN, as every protocol names them */
  GPtrArray        *vacancies;    /* of KonkursVacancy: the competition's, for their titles in the document's language */
} MeetingProtocol;

static void
meeting_protocol_clear (MeetingProtocol *self)
{
  g_clear_pointer (&self->meeting, konkurs_meeting_free);
  g_clear_pointer (&self->attendance, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->present, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->iins, g_hash_table_unref);
  g_clear_pointer (&self->vacancies, g_ptr_array_unref);
}

/* The IINs of the competition's candidates, by application. */
static gboolean
load_iins (MeetingProtocol *self, GError **error)
{
  g_autoptr(GPtrArray) candidacies = konkurs_store_list_candidacies_of_competition (self->store,
                                                                                    self->meeting->competition_id,
                                                                                    error);
  g_autoptr(GHashTable) candidates = NULL;

  if (candidacies == NULL || (candidates = konkurs_protocol_load_candidates (self->store, candidacies, error)) == NULL)
    return FALSE;
  self->iins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < candidacies->len; i++)
    {
      KonkursCandidacy *candidacy = g_ptr_array_index (candidacies, i);
      KonkursCandidate *candidate = konkurs_protocol_candidate_of (candidates, candidacy);
      gint64 id = konkurs_candidacy_get_id (candidacy);

      if (candidate != NULL)
        g_hash_table_insert (self->iins, g_memdup2 (&id, sizeof id), g_strdup (konkurs_candidate_get_iin (candidate)));
    }
  return TRUE;
}

static gboolean
load (MeetingProtocol *self, gint64 meeting_id, GError **error)
{
  self->meeting = konkurs_store_get_meeting (self->store, meeting_id, error);
  if (self->meeting == NULL)
    return FALSE;
  self->attendance = konkurs_store_list_attendance (self->store, meeting_id, error);
  if (self->attendance == NULL)
    return FALSE;
  self->members = g_ptr_array_new ();
  self->present = g_ptr_array_new ();
  for (guint i = 0; i < self->attendance->len; i++)
    {
      KonkursAttendance *attendance = g_ptr_array_index (self->attendance, i);

      g_ptr_array_add (self->members, attendance->member);
      if (attendance->present)
        g_ptr_array_add (self->present, attendance->member);
    }
  self->rows = konkurs_store_list_meeting_rows (self->store, meeting_id, error);
  if (self->rows == NULL || !load_iins (self, error))
    return FALSE;
  self->vacancies = konkurs_store_list_vacancies (self->store, self->meeting->competition_id, error);
  return self->vacancies != NULL;
}

/* The member of the meeting's commission with @id, or NULL. */
static const KonkursCommissionMember *
find_member (MeetingProtocol *self, gint64 id)
{
  for (guint i = 0; i < self->members->len; i++)
    if (((KonkursCommissionMember *) g_ptr_array_index (self->members, i))->id == id)
      return g_ptr_array_index (self->members, i);
  return NULL;
}

static const char *
member_name (MeetingProtocol *self, const KonkursCommissionMember *member)
{
  KonkursDocLanguage language = konkurs_catalog_get_language (self->catalog);

  if (member == NULL)
    return "—";
  return konkurs_protocol_pick (self->protocol, member->name, KONKURS_DOCUMENT_FIELD_MEMBER_NAME,
                                konkurs_local_text_pick (member->name, language, NULL));
}

/* The parts before the table */

static void
add_meeting_fields (MeetingProtocol *self)
{
  g_autoptr(KonkursCommissionRecord) commission = NULL;
  g_autoptr(GError) error = NULL;

  commission = konkurs_store_get_commission (self->store, self->meeting->commission_id, &error);
  if (commission != NULL && !konkurs_local_text_is_blank (commission->name))
    konkurs_protocol_add_field (self->protocol, N_("Commission"),
                                konkurs_protocol_pick (self->protocol, commission->name,
                                                       KONKURS_DOCUMENT_FIELD_COMMISSION_NAME, NULL));
  konkurs_protocol_add_field (self->protocol, N_("Stage"),
                              konkurs_protocol_translate_label (self->catalog,
                                                                konkurs_stage_kind_get_label (self->meeting->stage_kind)));
  if (!konkurs_text_is_blank (self->meeting->starts_at))
    konkurs_protocol_add_field (self->protocol, N_("Time"), self->meeting->starts_at);
}

/* Who chairs: said when it is not the chair, so that the protocol shows
 * whose casting vote counted. */
static void
add_chairing (MeetingProtocol *self)
{
  const KonkursCommissionMember *chairing = konkurs_commission_find_chairing (self->members, self->present);
  g_autofree char *text = NULL;

  if (chairing != NULL && chairing->role == KONKURS_COMMISSION_CHAIR)
    return;
  if (chairing == NULL)
    {
      konkurs_protocol_add_field (self->protocol, N_("Chairing"),
                                  T (N_("neither the chair nor the deputy chair is present: a tie is not "
                                        "a majority")));
      return;
    }
  text = g_strdup_printf ("%s — %s (%s)", T (konkurs_commission_role_get_label (chairing->role)),
                          member_name (self, chairing), T (N_("the chair is absent")));
  konkurs_protocol_add_field (self->protocol, N_("Chairing"), text);
}

static void
add_observers (MeetingProtocol *self)
{
  GPtrArray *observers = self->meeting->observers;
  g_autoptr(GString) text = g_string_new (NULL);

  if (observers->len == 0)
    {
      konkurs_protocol_add_field (self->protocol, N_("Observers"), T (N_("none registered")));
      return;
    }
  for (guint i = 0; i < observers->len; i++)
    {
      const KonkursObserver *observer = g_ptr_array_index (observers, i);
      g_autofree char *registered = konkurs_protocol_format_date (self->catalog, &observer->registered_on);

      g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", observer->full_name);
      if (!konkurs_text_is_blank (observer->organisation))
        g_string_append_printf (text, ", %s", observer->organisation);
      g_string_append_printf (text, " (%s; %s %s)",
                              konkurs_protocol_translate_label (self->catalog,
                                                                konkurs_observer_kind_get_label (observer->kind)),
                              T (N_("registered on")), registered);
    }
  konkurs_protocol_add_field (self->protocol, N_("Observers"), text->str);
  konkurs_protocol_add_paragraph (self->protocol, N_("Observers attend the meeting without asking the candidates "
                                                     "questions and without a vote."));
}

static void
add_agenda (MeetingProtocol *self)
{
  g_autofree char *usual = NULL;

  if (!konkurs_local_text_is_blank (self->meeting->agenda))
    {
      konkurs_protocol_add_field (self->protocol, N_("Agenda"),
                                  konkurs_protocol_pick (self->protocol, self->meeting->agenda,
                                                         KONKURS_DOCUMENT_FIELD_MEETING_AGENDA, NULL));
      return;
    }
  usual = konkurs_text_expand_string (T (N_("Consideration of the candidates of the stage “%s” and the "
                                            "commission’s decision on each of them.")),
                                      konkurs_protocol_translate_label (self->catalog,
                                                                        konkurs_stage_kind_get_label (
                                                                          self->meeting->stage_kind)));
  konkurs_protocol_add_field (self->protocol, N_("Agenda"), usual);
}

/* The table */

/* One member's part: "Name — for", "Name — 4", "Name — recused: reason". */
static void
append_ballot (MeetingProtocol *self, GString *text, const KonkursMemberBallot *ballot)
{
  const KonkursBallot *b = &ballot->ballot;

  if (!konkurs_commission_role_votes (b->role))
    return;
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append_printf (text, "%s — ", member_name (self, find_member (self, ballot->member_id)));
  if (b->recused)
    {
      g_string_append (text, T (N_("recused (conflict of interest)")));
      if (!konkurs_text_is_blank (ballot->recusal_reason))
        g_string_append_printf (text, ": %s", ballot->recusal_reason);
    }
  else if (!b->present)
    g_string_append (text, T (N_("absent")));
  else if (b->ballot == KONKURS_BALLOT_SCORE)
    g_string_append_printf (text, "%d", b->score);
  else if (b->ballot != KONKURS_BALLOT_NONE)
    g_string_append (text, T (konkurs_ballot_kind_get_label (b->ballot)));
  else
    g_string_append (text, T (N_("no ballot")));
}

static char *
ballots_cell (MeetingProtocol *self, const KonkursMeetingRow *row)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < row->ballots->len; i++)
    append_ballot (self, text, g_ptr_array_index (row->ballots, i));
  return g_string_free (text, FALSE);
}

/* The decision and why; a draft only says how the votes stand. */
static char *
decision_cell (MeetingProtocol *self, const KonkursMeetingRow *row)
{
  g_autofree char *why = konkurs_vote_result_explain (&row->result, self->catalog);

  if (konkurs_protocol_is_draft (self->protocol) || !row->decided)
    return g_strdup_printf ("%s %s", T (N_("As the votes stand:")), why);
  return g_strdup_printf ("%s\n%s", konkurs_protocol_translate_label (self->catalog,
                                                                     konkurs_vote_outcome_get_label (row->recorded)),
                          why);
}

/* The heading a row's group has: the vacancy, or the sector in a Youth
 * Reserve selection. */
/* The title of vacancy @id in the document's language; @fallback when the
 * competition has no such vacancy. */
static const char *
vacancy_title (MeetingProtocol *self, gint64 id, const char *fallback)
{
  for (guint i = 0; i < self->vacancies->len; i++)
    if (konkurs_vacancy_get_id (g_ptr_array_index (self->vacancies, i)) == id)
      return konkurs_protocol_pick_position_title (self->protocol, g_ptr_array_index (self->vacancies, i));
  return fallback;
}

static const char *
group_of (MeetingProtocol *self, const KonkursMeetingRow *row)
{
  if (row->vacancy_id != 0)
    return vacancy_title (self, row->vacancy_id, row->vacancy_title);
  return !konkurs_text_is_blank (row->sector) ? konkurs_protocol_pick_sector (self->protocol, row->sector) : "";
}

/* The store's order (by vacancy, then personal code), the Youth Reserve's
 * candidates by sector first, so that each sector is one group. */
static int
compare_rows (gconstpointer a, gconstpointer b)
{
  const KonkursMeetingRow *x = *(KonkursMeetingRow * const *) a;
  const KonkursMeetingRow *y = *(KonkursMeetingRow * const *) b;

  if (x->vacancy_id != 0 || y->vacancy_id != 0)
    return 0;
  return g_strcmp0 (x->sector, y->sector) != 0 ? g_strcmp0 (x->sector, y->sector)
                                               : g_strcmp0 (x->personal_code, y->personal_code);
}

static void
add_rows (MeetingProtocol *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_sized_new (self->rows->len);   /* borrowed: no free function */
  const char *group = NULL;

  g_ptr_array_extend (rows, self->rows, NULL, NULL);
  g_ptr_array_sort (rows, compare_rows);
  konkurs_protocol_begin_table (self->protocol, &table);
  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (rows, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *iin = g_hash_table_lookup (self->iins, &row->application_id);
      g_autofree char *candidate = g_strdup_printf ("%s\n%s%s%s", row->full_name, iin != NULL ? iin : "",
                                                    iin != NULL ? "\n" : "", row->personal_code);
      g_autofree char *ballots = ballots_cell (self, row);
      g_autofree char *decision = decision_cell (self, row);
      const char *cells[G_N_ELEMENTS (columns)] = { number, candidate, ballots, decision };

      if (*group_of (self, row) != '\0' && g_strcmp0 (group, group_of (self, row)) != 0)
        konkurs_protocol_add_group (self->protocol, (group = group_of (self, row)));
      konkurs_protocol_add_row (self->protocol, cells);
    }
  konkurs_protocol_end_table (self->protocol);
}

/* The parts after the table */

static void
add_dissents (MeetingProtocol *self)
{
  guint n = 0;

  konkurs_protocol_add_heading (self->protocol, N_("Dissenting opinions"));
  for (guint i = 0; i < self->rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (self->rows, i);

      for (guint j = 0; j < row->ballots->len; j++)
        {
          const KonkursMemberBallot *ballot = g_ptr_array_index (row->ballots, j);
          g_autofree char *line = NULL;

          if (konkurs_text_is_blank (ballot->dissent))
            continue;
          /* "Name (on the candidate Name): text" */
          line = g_strdup_printf ("%s (%s %s): %s", member_name (self, find_member (self, ballot->member_id)),
                                  T (N_("on the candidate")), row->full_name, ballot->dissent);
          konkurs_protocol_add_text (self->protocol, line);
          n++;
        }
    }
  if (n == 0)
    konkurs_protocol_add_paragraph (self->protocol, N_("No member of the commission stated a dissenting opinion."));
}

static void
add_totals (MeetingProtocol *self)
{
  KonkursProtocolCount counts[4] = {
    { T (N_("Candidates considered")), self->rows->len },
    { T (N_("Recommended")), 0 },
    { T (N_("Not recommended")), 0 },
    { T (N_("Not decided")), 0 },
  };

  for (guint i = 0; i < self->rows->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (self->rows, i);
      KonkursVoteOutcome outcome = row->decided ? row->recorded : KONKURS_VOTE_PENDING;

      counts[1].count += outcome == KONKURS_VOTE_RECOMMENDED;
      counts[2].count += outcome == KONKURS_VOTE_NOT_RECOMMENDED;
      counts[3].count += outcome != KONKURS_VOTE_RECOMMENDED && outcome != KONKURS_VOTE_NOT_RECOMMENDED;
    }
  /* a draft claims no decision */
  konkurs_protocol_add_totals (self->protocol, N_("Totals"), counts, konkurs_protocol_is_draft (self->protocol)
                                                                     ? 1 : G_N_ELEMENTS (counts));
}

static void
add_recording (MeetingProtocol *self)
{
  g_autofree char *text = NULL;

  if (konkurs_text_is_blank (self->meeting->recording_name))
    {
      konkurs_protocol_add_field (self->protocol, N_("Recording"), T (N_("none linked to the meeting")));
      return;
    }
  text = g_strdup_printf ("%s\nSHA-256: %s", self->meeting->recording_name,
                          self->meeting->recording_sha256 != NULL ? self->meeting->recording_sha256 : "—");
  konkurs_protocol_add_field (self->protocol, N_("Recording"), text);
}

/* The results */

/* The names of @rows in @place, "1. A; 2. B" when @numbered (their votes
 * are in the table above). */
static char *
names_in_place (GPtrArray *rows, KonkursPlace place, gboolean numbered)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursFinalRow *row = g_ptr_array_index (rows, i);

      if (row->place.place != place)
        continue;
      if (n++ > 0)
        g_string_append (text, "; ");
      if (numbered)
        g_string_append_printf (text, "%u. ", n);
      g_string_append (text, row->full_name);
    }
  return n > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* Per vacancy: the winner and the reserve list, a tie the commission
 * decides, or the failed vacancy. */
static void
add_vacancy_result (MeetingProtocol *self, const KonkursVacancyResult *result)
{
  g_autofree char *winner = names_in_place (result->rows, KONKURS_PLACE_WINNER, FALSE);
  g_autofree char *tied = names_in_place (result->rows, KONKURS_PLACE_TIED, FALSE);
  g_autofree char *reserve = names_in_place (result->rows, KONKURS_PLACE_RESERVE, TRUE);

  konkurs_protocol_add_text (self->protocol, vacancy_title (self, result->vacancy_id, result->title));
  if (winner == NULL && tied == NULL)
    {
      konkurs_protocol_add_paragraph (self->protocol, N_("No candidate was recommended: the competition for this "
                                                         "position is declared not held."));
      return;
    }
  if (tied != NULL)
    konkurs_protocol_add_field (self->protocol, N_("Tied for the position, for the commission to decide"), tied);
  if (winner != NULL)
    konkurs_protocol_add_field (self->protocol, N_("Winner"), winner);
  if (reserve != NULL)
    konkurs_protocol_add_field (self->protocol, N_("Reserve list"), reserve);
}

static gboolean
add_vacancy_results (MeetingProtocol *self, GError **error)
{
  g_autoptr(GPtrArray) results = konkurs_store_list_vacancy_results (self->store, self->meeting->competition_id,
                                                                     error);

  if (results == NULL)
    return FALSE;
  konkurs_protocol_add_heading (self->protocol, N_("Winners and reserve lists"));
  for (guint i = 0; i < results->len; i++)
    add_vacancy_result (self, g_ptr_array_index (results, i));
  return TRUE;
}

/* The Youth Reserve's top: those admitted, and a tie at the last place. */
static gboolean
add_reserve_top (MeetingProtocol *self, GError **error)
{
  g_autoptr(GPtrArray) top = konkurs_store_list_reserve_top (self->store, self->meeting->competition_id, error);
  g_autofree char *admitted = NULL, *tied = NULL;

  if (top == NULL)
    return FALSE;
  admitted = names_in_place (top, KONKURS_PLACE_WINNER, TRUE);
  tied = names_in_place (top, KONKURS_PLACE_TIED, FALSE);
  konkurs_protocol_add_heading (self->protocol, N_("Admitted to the Youth Reserve"));
  konkurs_protocol_add_text (self->protocol, admitted != NULL ? admitted : T (N_("nobody")));
  if (tied != NULL)
    konkurs_protocol_add_field (self->protocol, N_("Tied at the last place, for the commission to decide"), tied);
  return TRUE;
}

/* Where the meeting decides the competition: its interview, or the
 * National Commission's meeting. */
static gboolean
add_results (MeetingProtocol *self, GError **error)
{
  switch (self->meeting->stage_kind)
    {
    case KONKURS_STAGE_INTERVIEW:
      return add_vacancy_results (self, error);
    case KONKURS_STAGE_NATIONAL_COMMISSION:
      return add_reserve_top (self, error);
    default:
      return TRUE;
    }
}

static gboolean
build_body (MeetingProtocol *self, GError **error)
{
  konkurs_protocol_add_header (self->protocol);
  add_meeting_fields (self);
  if (!konkurs_protocol_add_meeting (self->protocol, error))
    return FALSE;
  if (!konkurs_protocol_is_draft (self->protocol))
    add_chairing (self);
  add_observers (self);
  add_agenda (self);
  add_recording (self);
  add_rows (self);
  add_dissents (self);
  add_totals (self);
  if (!konkurs_protocol_is_draft (self->protocol) && !add_results (self, error))
    return FALSE;
  return konkurs_protocol_add_commission_signatures (self->protocol, error);
}

static guint
count_undecided (GPtrArray *rows)
{
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    n += !((KonkursMeetingRow *) g_ptr_array_index (rows, i))->decided;
  return n;
}

KonkursDocument *
konkurs_commission_protocol_build (KonkursStore                 *store,
                                   gint64                        meeting_id,
                                   KonkursCatalog               *catalog,
                                   const KonkursDocumentOptions *options,
                                   GError                      **error)
{
  g_autoptr(KonkursProtocol) protocol = NULL;
  MeetingProtocol self = { store, catalog };
  gboolean ok;

  if (!load (&self, meeting_id, error))
    {
      meeting_protocol_clear (&self);
      return NULL;
    }
  protocol = konkurs_protocol_new_for_competition (store, self.meeting->competition_id, catalog,
                                                   &konkurs_commission_protocol_kind, KONKURS_PROTOCOL_DATES_NONE,
                                                   options, error);
  ok = protocol != NULL;
  if (ok)
    {
      self.protocol = protocol;
      /* a draft names the meeting's commission, not the organisation's */
      konkurs_protocol_set_commission (protocol, self.members);
      ok = konkurs_protocol_require_decided (protocol, count_undecided (self.rows) + (self.meeting->closed_at == NULL),
                                             error)
           && build_body (&self, error);
    }
  meeting_protocol_clear (&self);
  return ok ? konkurs_protocol_finish (protocol) : NULL;
}

/* Undecided: the candidates without a recorded decision, and one more
 * while the meeting is open (its decisions are not recorded yet). */
static gboolean
count_meeting_undecided (KonkursStore  *store,
                         gint64         meeting_id,
                         guint         *count,
                         GError       **error)
{
  g_autoptr(KonkursMeeting) meeting = konkurs_store_get_meeting (store, meeting_id, error);
  g_autoptr(GPtrArray) rows = NULL;

  if (meeting == NULL || (rows = konkurs_store_list_meeting_rows (store, meeting_id, error)) == NULL)
    return FALSE;
  *count = count_undecided (rows) + (meeting->closed_at == NULL);
  return TRUE;
}

const KonkursDocumentKind konkurs_commission_protocol_kind = {
  "commission",
  N_("Protocol of the meeting of the commission"),
  N_("Commission Protocol"),
  konkurs_commission_protocol_build,
  KONKURS_DOCUMENT_SCOPE_MEETING,
  KONKURS_DOCUMENT_NAMES_PEOPLE,
  count_meeting_undecided,
  TRUE,
};
