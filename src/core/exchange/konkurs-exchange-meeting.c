/* konkurs-exchange-meeting.c — one meeting of a commission
 * (<konkurs-meeting>, data/konkurs-meeting.xsd), as typed on a laptop in
 * the meeting room, read and written
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read whole, then written inside the import's transaction through the
 * store's own operations (save the meeting, attendance, observers,
 * recusals, ballots, and with decided="true" the decisions), each of which
 * nests in that transaction: a refusal anywhere rolls everything back.
 * The rules of the window are applied before each write
 * (konkurs_ballot_check(), konkurs_vote_decide() through the meeting's
 * rows), so that the message names the line of the offending element
 * rather than what the store would say of it.  Members are named by their
 * place in the commission (the order they sign) and by name, which must
 * agree: a file typed for another commission is refused.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-commission.h"
#include "konkurs-exchange-private.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

/* ------------------------------------------------------------------------ */
/* The file as read                                                          */

typedef struct {
  xmlNode  *node;
  guint     ordinal;
  char     *name;
  gboolean  present;
} MemberLine;

typedef struct {
  xmlNode           *node;
  guint              member;    /* ordinal */
  KonkursBallotKind  kind;      /* NONE for a recusal */
  int                score;
  char              *text;      /* the dissent, or the recusal's reason */
} BallotLine;

typedef struct {
  xmlNode *node;
  GArray  *recusals;   /* of BallotLine */
  GArray  *ballots;    /* of BallotLine */
} CandidateLine;

typedef struct {
  xmlNode         *root;
  KonkursMeeting  *meeting;        /* date, time, place, agenda, recording */
  char            *stage;          /* the kind's code */
  gboolean         decided;
  GArray          *members;        /* of MemberLine */
  GPtrArray       *observers;      /* of KonkursObserver */
  GPtrArray       *observer_nodes; /* of xmlNode */
  GArray          *candidates;     /* of CandidateLine */
} MeetingPlan;

static void
clear_ballot_lines (GArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    g_free (g_array_index (lines, BallotLine, i).text);
  g_array_unref (lines);
}

static void
meeting_plan_free (gpointer data)
{
  MeetingPlan *plan = data;

  g_clear_pointer (&plan->meeting, konkurs_meeting_free);
  g_free (plan->stage);
  for (guint i = 0; plan->members != NULL && i < plan->members->len; i++)
    g_free (g_array_index (plan->members, MemberLine, i).name);
  g_clear_pointer (&plan->members, g_array_unref);
  g_clear_pointer (&plan->observers, g_ptr_array_unref);
  g_clear_pointer (&plan->observer_nodes, g_ptr_array_unref);
  for (guint i = 0; plan->candidates != NULL && i < plan->candidates->len; i++)
    {
      CandidateLine *line = &g_array_index (plan->candidates, CandidateLine, i);

      clear_ballot_lines (line->recusals);
      clear_ballot_lines (line->ballots);
    }
  g_clear_pointer (&plan->candidates, g_array_unref);
  g_free (plan);
}

static char *
element_text (xmlNode *node)
{
  xmlChar *content = xmlNodeGetContent (node);
  char *text = g_strstrip (g_strdup (content != NULL ? (const char *) content : ""));

  xmlFree (content);
  return text;
}

static const MemberLine *
find_member_line (MeetingPlan *plan,
                  guint        ordinal)
{
  for (guint i = 0; i < plan->members->len; i++)
    if (g_array_index (plan->members, MemberLine, i).ordinal == ordinal)
      return &g_array_index (plan->members, MemberLine, i);
  return NULL;
}

static gboolean
read_member (KonkursImportContext *ctx,
             xmlNode              *node,
             MeetingPlan          *plan,
             GError              **error)
{
  MemberLine line = { node, 0, NULL, FALSE };
  const MemberLine *first;
  gint64 ordinal = 0;

  if (!konkurs_exchange_read_int_attr (ctx, node, "ordinal", TRUE, 1, 1000, &ordinal, error)
      || !konkurs_exchange_read_bool_attr (ctx, node, "present", &line.present, error)
      || (line.name = konkurs_exchange_require_text_attr (ctx, node, "name", error)) == NULL)
    return FALSE;
  line.ordinal = ordinal;
  if ((first = find_member_line (plan, line.ordinal)) != NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("member/@ordinal: member number %u is given twice; the first is on line %ld"),
                                     line.ordinal, node_line (first->node));
      g_free (line.name);
      return FALSE;
    }
  g_array_append_val (plan->members, line);
  return TRUE;
}

static const KonkursExchangeEnum observer_enum =
  KONKURS_EXCHANGE_ENUM (konkurs_observer_kind, KONKURS_OBSERVER_PARLIAMENT, KONKURS_OBSERVER_PARTY);

static gboolean
read_observer (KonkursImportContext *ctx,
               xmlNode              *node,
               MeetingPlan          *plan,
               GError              **error)
{
  g_autofree char *full_name = NULL;
  g_autofree char *organisation = NULL;
  KonkursObserverKind kind = KONKURS_OBSERVER_MEDIA;
  KonkursObserver *observer;
  GDate registered_on;

  if (!konkurs_exchange_read_enum_attr (ctx, node, "kind", TRUE, &observer_enum, &kind, error)
      || !konkurs_exchange_read_date_attr (ctx, node, "registered-on", TRUE, &registered_on, error)
      || !konkurs_exchange_read_text_child (ctx, node, "full-name", TRUE, &full_name, error)
      || !konkurs_exchange_read_text_child (ctx, node, "organisation", FALSE, &organisation, error))
    return FALSE;
  observer = konkurs_observer_new (g_strstrip (full_name), kind, &registered_on);
  g_free (observer->organisation);
  observer->organisation = g_strstrip (g_strdup (organisation != NULL ? organisation : ""));
  g_ptr_array_add (plan->observers, observer);
  g_ptr_array_add (plan->observer_nodes, node);
  return TRUE;
}

/* A recusal or a ballot of a member the file lists, once per candidate. */
static gboolean
read_ballot (KonkursImportContext *ctx,
             xmlNode              *node,
             MeetingPlan          *plan,
             CandidateLine        *candidate,
             GArray               *into,
             GError              **error)
{
  BallotLine line = { node, 0, KONKURS_BALLOT_NONE, 0, NULL };
  gint64 ordinal = 0, score = -1;
  g_autofree char *vote = NULL;

  if (!konkurs_exchange_read_int_attr (ctx, node, "member", TRUE, 1, 1000, &ordinal, error))
    return FALSE;
  line.member = ordinal;
  if (find_member_line (plan, line.member) == NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("%s/@member: the file lists no member number %u among the <member> "
                                       "elements"), konkurs_exchange_node_name (node), line.member);
      return FALSE;
    }
  for (guint k = 0; k < 2; k++)
    {
      GArray *lines = k == 0 ? candidate->recusals : candidate->ballots;

      for (guint i = 0; i < lines->len; i++)
        if (g_array_index (lines, BallotLine, i).member == line.member && lines == into)
          {
            konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                           _("%s/@member: member number %u is given twice for this candidate; "
                                             "the first is on line %ld"),
                                           konkurs_exchange_node_name (node), line.member,
                                           node_line (g_array_index (lines, BallotLine, i).node));
            return FALSE;
          }
    }
  if (into == candidate->ballots)
    {
      vote = konkurs_exchange_read_attr (node, "vote");
      if (!konkurs_exchange_read_int_attr (ctx, node, "score", FALSE, 0, 1000000, &score, error))
        return FALSE;
      if ((vote != NULL) == (score >= 0))
        {
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                         _("ballot: give either a vote (vote=\"for\", \"against\" or \"abstain\") "
                                           "or a score (score=\"…\"), one of them"));
          return FALSE;
        }
      if (vote != NULL && (!konkurs_ballot_kind_from_code (vote, &line.kind) || line.kind == KONKURS_BALLOT_SCORE))
        {
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                         _("ballot/@vote: '%s' is not a vote; use for, against or abstain"), vote);
          return FALSE;
        }
      if (vote == NULL)
        line.kind = KONKURS_BALLOT_SCORE;
      line.score = MAX (score, 0);
    }
  line.text = element_text (node);
  g_array_append_val (into, line);
  return TRUE;
}

static gboolean
read_candidate (KonkursImportContext *ctx,
                xmlNode              *node,
                MeetingPlan          *plan,
                GError              **error)
{
  CandidateLine line = { node, g_array_new (FALSE, FALSE, sizeof (BallotLine)),
                         g_array_new (FALSE, FALSE, sizeof (BallotLine)) };
  g_autofree char *code = konkurs_exchange_require_attr (ctx, node, "code", error);

  g_array_append_val (plan->candidates, line);
  if (code == NULL)
    return FALSE;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if ((konkurs_exchange_is_element (child, KONKURS_EXCHANGE_MEETING_NS, "recusal")
         && !read_ballot (ctx, child, plan, &line, line.recusals, error))
        || (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_MEETING_NS, "ballot")
            && !read_ballot (ctx, child, plan, &line, line.ballots, error)))
      return FALSE;
  return TRUE;
}

static gboolean
read_meeting (KonkursImportContext *ctx,
              xmlNode              *root,
              MeetingPlan          *plan,
              GError              **error)
{
  KonkursMeeting *meeting = plan->meeting;
  g_autofree char *starts_at = konkurs_exchange_read_attr (root, "starts-at");
  g_autofree char *decided = konkurs_exchange_read_attr (root, "decided");

  if ((plan->stage = konkurs_exchange_require_attr (ctx, root, "stage", error)) == NULL
      || !konkurs_exchange_read_date_attr (ctx, root, "held-on", TRUE, &meeting->held_on, error)
      || (decided != NULL && !konkurs_exchange_read_bool_attr (ctx, root, "decided", &plan->decided, error)))
    return FALSE;
  g_free (meeting->starts_at);
  meeting->starts_at = g_strdup (starts_at != NULL ? starts_at : "");
  g_clear_pointer (&meeting->place, konkurs_local_text_free);
  g_clear_pointer (&meeting->agenda, konkurs_local_text_free);
  if (!konkurs_exchange_read_local_text (ctx, root, "place", FALSE, &meeting->place, error)
      || !konkurs_exchange_read_local_text (ctx, root, "agenda", FALSE, &meeting->agenda, error))
    return FALSE;
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    {
      gboolean ok = TRUE;

      if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_MEETING_NS, "recording"))
        {
          g_free (meeting->recording_name);
          meeting->recording_name = konkurs_exchange_read_text_attr (child, "name");
          meeting->recording_sha256 = konkurs_exchange_read_attr (child, "sha256");
          if (meeting->recording_name == NULL)
            meeting->recording_name = g_strdup ("");
        }
      else if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_MEETING_NS, "member"))
        ok = read_member (ctx, child, plan, error);
      else if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_MEETING_NS, "observer"))
        ok = read_observer (ctx, child, plan, error);
      else if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_MEETING_NS, "candidate"))
        ok = read_candidate (ctx, child, plan, error);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

static gpointer
meeting_convert (KonkursImportContext *ctx,
                 xmlNode              *root,
                 GError              **error)
{
  MeetingPlan *plan = g_new0 (MeetingPlan, 1);

  plan->root = root;
  plan->meeting = konkurs_meeting_new (0, 0, NULL);
  plan->members = g_array_new (FALSE, FALSE, sizeof (MemberLine));
  plan->observers = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_observer_free);
  plan->observer_nodes = g_ptr_array_new ();
  plan->candidates = g_array_new (FALSE, FALSE, sizeof (CandidateLine));
  if (!read_meeting (ctx, root, plan, error))
    {
      meeting_plan_free (plan);
      return NULL;
    }
  return plan;
}

/* ------------------------------------------------------------------------ */
/* Writing into the database                                                 */

/* What the import knows of the database while it writes. */
typedef struct {
  KonkursImportContext *ctx;
  MeetingPlan          *plan;
  KonkursExchangeStage *stage;
  KonkursMeeting       *meeting;      /* as stored, with its mode and scale */
  GPtrArray            *attendance;   /* of KonkursAttendance, in signing order: the ordinals */
  GHashTable           *rows;         /* application id → KonkursMeetingRow */
  GPtrArray            *row_list;     /* owns the rows */
} Writing;

static void
writing_clear (Writing *w)
{
  g_clear_pointer (&w->stage, konkurs_exchange_stage_free);
  g_clear_pointer (&w->meeting, konkurs_meeting_free);
  g_clear_pointer (&w->attendance, g_ptr_array_unref);
  g_clear_pointer (&w->rows, g_hash_table_unref);
  g_clear_pointer (&w->row_list, g_ptr_array_unref);
}

static gboolean
store_failed (Writing  *w,
              xmlNode  *node,
              GError   *local_error,
              GError  **error)
{
  konkurs_exchange_propagate_store_error (w->ctx, node, local_error, error);
  return FALSE;
}

static gboolean
load_rows (Writing  *w,
           GError  **error)
{
  GError *local_error = NULL;

  g_clear_pointer (&w->rows, g_hash_table_unref);
  g_clear_pointer (&w->row_list, g_ptr_array_unref);
  w->row_list = konkurs_store_list_meeting_rows (w->ctx->store, w->meeting->id, &local_error);
  if (w->row_list == NULL)
    return store_failed (w, w->plan->root, local_error, error);
  w->rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < w->row_list->len; i++)
    {
      KonkursMeetingRow *row = g_ptr_array_index (w->row_list, i);

      g_hash_table_insert (w->rows, &row->application_id, row);
    }
  return TRUE;
}

/* The meeting of the same stage, date and time when there is one (open:
 * it is replaced), else a new one. */
static gboolean
find_meeting (Writing  *w,
              gint64    commission_id,
              GError  **error)
{
  KonkursImportContext *ctx = w->ctx;
  KonkursMeeting *given = w->plan->meeting;
  GError *local_error = NULL;
  g_autoptr(GPtrArray) meetings = konkurs_store_list_meetings (ctx->store, w->stage->stage->competition_id,
                                                                &local_error);

  if (meetings == NULL)
    return store_failed (w, w->plan->root, local_error, error);
  for (guint i = 0; i < meetings->len; i++)
    {
      KonkursMeeting *meeting = g_ptr_array_index (meetings, i);
      char date[16];

      if (meeting->stage_id != w->stage->stage->id || g_date_compare (&meeting->held_on, &given->held_on) != 0
          || g_strcmp0 (meeting->starts_at, given->starts_at) != 0)
        continue;
      if (meeting->closed_at != NULL)
        {
          g_date_strftime (date, sizeof date, "%Y-%m-%d", &meeting->held_on);
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (w->plan->root),
                                         _("konkurs-meeting/@held-on: the meeting of %s %s is recorded already "
                                           "and its decisions are taken; a correction is made in the Commission "
                                           "area, with its reason"),
                                         date, meeting->starts_at);
          return FALSE;
        }
      given->id = meeting->id;
      break;
    }
  given->commission_id = commission_id;
  given->competition_id = w->stage->stage->competition_id;
  given->stage_id = w->stage->stage->id;
  if (!konkurs_store_save_meeting (ctx->store, given, NULL, &local_error)
      || (w->meeting = konkurs_store_get_meeting (ctx->store, given->id, &local_error)) == NULL
      || (w->attendance = konkurs_store_list_attendance (ctx->store, given->id, &local_error)) == NULL)
    return store_failed (w, w->plan->root, local_error, error);
  return TRUE;
}

/* An open meeting imported again is replaced: its observers, recusals
 * and ballots are those of the file. */
static gboolean
clear_meeting (Writing  *w,
               GError  **error)
{
  KonkursStore *store = w->ctx->store;
  GError *local_error = NULL;

  for (guint i = 0; i < w->meeting->observers->len; i++)
    if (!konkurs_store_remove_observer (store, ((KonkursObserver *) g_ptr_array_index (w->meeting->observers, i))->id,
                                        &local_error))
      return store_failed (w, w->plan->root, local_error, error);
  for (guint i = 0; i < w->row_list->len; i++)
    {
      KonkursMeetingRow *row = g_ptr_array_index (w->row_list, i);

      for (guint b = 0; b < row->ballots->len; b++)
        {
          KonkursMemberBallot *ballot = g_ptr_array_index (row->ballots, b);

          if ((ballot->ballot.recused
               && !konkurs_store_set_recusal (store, w->meeting->id, ballot->member_id, row->application_id, FALSE,
                                              NULL, &local_error))
              || (ballot->ballot.ballot != KONKURS_BALLOT_NONE
                  && !konkurs_store_cast_ballot (store, w->meeting->id, ballot->member_id, row->application_id,
                                                 KONKURS_BALLOT_NONE, 0, NULL, NULL, &local_error)))
            return store_failed (w, w->plan->root, local_error, error);
        }
    }
  return TRUE;
}

/* Every member of the commission, present as the file says (absent when
 * it does not list him); each listed member must be the commission's
 * member of that place. */
static gboolean
set_attendance (Writing  *w,
                GError  **error)
{
  KonkursImportContext *ctx = w->ctx;
  GError *local_error = NULL;

  for (guint i = 0; i < w->plan->members->len; i++)
    {
      const MemberLine *line = &g_array_index (w->plan->members, MemberLine, i);
      const KonkursAttendance *attendance;

      if (line->ordinal > w->attendance->len)
        {
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (line->node),
                                         _("member/@ordinal: the commission of this stage has %u members, "
                                           "not %u"), w->attendance->len, line->ordinal);
          return FALSE;
        }
      attendance = g_ptr_array_index (w->attendance, line->ordinal - 1);
      if (!konkurs_exchange_same_name (attendance->member->name, line->name))
        {
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (line->node),
                                         _("member/@name: member number %u of the commission of this stage is "
                                           "%s, not “%s”: is the file of another commission?"),
                                         line->ordinal, konkurs_local_text_get_display (attendance->member->name),
                                         line->name);
          return FALSE;
        }
    }
  for (guint i = 0; i < w->attendance->len; i++)
    {
      const KonkursAttendance *attendance = g_ptr_array_index (w->attendance, i);
      const MemberLine *line = find_member_line (w->plan, i + 1);
      gboolean present = line != NULL && line->present;

      if (present != attendance->present
          && !konkurs_store_set_attendance (ctx->store, w->meeting->id, attendance->member->id, present, NULL,
                                            &local_error))
        return store_failed (w, line != NULL ? line->node : w->plan->root, local_error, error);
    }
  return TRUE;
}

static gboolean
add_observers (Writing  *w,
               GError  **error)
{
  GError *local_error = NULL;

  for (guint i = 0; i < w->plan->observers->len; i++)
    if (!konkurs_store_add_observer (w->ctx->store, w->meeting->id, g_ptr_array_index (w->plan->observers, i),
                                     &local_error))
      return store_failed (w, g_ptr_array_index (w->plan->observer_nodes, i), local_error, error);
  return TRUE;
}

static const KonkursCommissionMember *
member_at (Writing *w,
           guint    ordinal)
{
  return ((KonkursAttendance *) g_ptr_array_index (w->attendance, ordinal - 1))->member;
}

/* The rules of konkurs_ballot_check() for @line, with the member as the
 * file has him: present or not, recused for this candidate or not. */
static gboolean
check_ballot (Writing             *w,
              const CandidateLine *candidate,
              const BallotLine    *line,
              GError             **error)
{
  KonkursImportContext *ctx = w->ctx;
  const KonkursCommissionMember *member = member_at (w, line->member);
  const MemberLine *listed = find_member_line (w->plan, line->member);
  KonkursBallot ballot = { member->id, member->role, listed != NULL && listed->present, FALSE, KONKURS_BALLOT_NONE,
                            0 };
  const char *reason;

  for (guint i = 0; i < candidate->recusals->len; i++)
    ballot.recused = ballot.recused || g_array_index (candidate->recusals, BallotLine, i).member == line->member;
  reason = konkurs_ballot_check (&ballot, w->meeting->mode, line->kind, line->score, w->meeting->max_score);
  if (reason == NULL)
    return TRUE;
  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (line->node),
                                 /* Translators: "ballot/@vote: Ким Виктор (member 3): a recused member takes no part in this vote" */
                                 _("ballot/@%s: %s (member %u): %s"),
                                 line->kind == KONKURS_BALLOT_SCORE ? "score" : "vote",
                                 konkurs_local_text_get_display (member->name), line->member,
                                 g_dgettext (GETTEXT_PACKAGE, reason));
  return FALSE;
}

static gboolean
write_candidate (Writing             *w,
                 const CandidateLine *candidate,
                 GError             **error)
{
  KonkursImportContext *ctx = w->ctx;
  const KonkursStageRow *row = konkurs_exchange_stage_row (ctx, w->stage, candidate->node, error);
  GError *local_error = NULL;

  if (row == NULL)
    return FALSE;
  if (!g_hash_table_contains (w->rows, &row->application_id))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (candidate->node),
                                     _("candidate/@code: the application %s is not one this meeting decides: "
                                       "it was withdrawn"), row->personal_code);
      return FALSE;
    }
  for (guint i = 0; i < candidate->recusals->len; i++)
    {
      const BallotLine *line = &g_array_index (candidate->recusals, BallotLine, i);
      const KonkursCommissionMember *member = member_at (w, line->member);

      if (!konkurs_commission_role_votes (member->role))
        {
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (line->node),
                                         _("recusal/@member: %s (member %u) is the secretary, who has no vote to "
                                           "withdraw from"),
                                         konkurs_local_text_get_display (member->name), line->member);
          return FALSE;
        }
      if (!konkurs_store_set_recusal (ctx->store, w->meeting->id, member_at (w, line->member)->id,
                                      row->application_id, TRUE, line->text, &local_error))
        return store_failed (w, line->node, local_error, error);
    }
  for (guint i = 0; i < candidate->ballots->len; i++)
    {
      const BallotLine *line = &g_array_index (candidate->ballots, BallotLine, i);

      if (!check_ballot (w, candidate, line, error))
        return FALSE;
      if (!konkurs_store_cast_ballot (ctx->store, w->meeting->id, member_at (w, line->member)->id,
                                      row->application_id, line->kind, line->score, line->text, NULL, &local_error))
        return store_failed (w, line->node, local_error, error);
      ctx->summary.ballots++;
    }
  return TRUE;
}

/* The element of the file about @row, or the root. */
static xmlNode *
candidate_node (Writing                 *w,
                const KonkursMeetingRow *row)
{
  for (guint i = 0; i < w->plan->candidates->len; i++)
    {
      xmlNode *node = g_array_index (w->plan->candidates, CandidateLine, i).node;
      g_autofree char *code = konkurs_exchange_read_attr (node, "code");
      const KonkursStageRow *stage_row = code != NULL ? g_hash_table_lookup (w->stage->by_code, code) : NULL;

      if (stage_row != NULL && stage_row->application_id == row->application_id)
        return node;
    }
  return w->plan->root;
}

/* decided="true": every candidate of the meeting decided by the rules,
 * with a quorum; the first that is not is refused at its line. */
static gboolean
record_decisions (Writing  *w,
                  GError  **error)
{
  KonkursImportContext *ctx = w->ctx;
  GError *local_error = NULL;
  guint n = 0;

  if (!load_rows (w, error))
    return FALSE;
  for (guint i = 0; i < w->row_list->len; i++)
    {
      const KonkursMeetingRow *row = g_ptr_array_index (w->row_list, i);
      xmlNode *node;

      if (row->result.outcome != KONKURS_VOTE_NO_QUORUM && row->result.outcome != KONKURS_VOTE_PENDING)
        continue;
      node = candidate_node (w, row);
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     /* Translators: "candidate PK-7QX-4M2-RTG: no quorum: …; the file says decided=\"true\"" */
                                     _("%s %s: %s; the file says decided=\"true\", and a decision needs a quorum "
                                       "and a ballot of every member present who may vote"),
                                     node == w->plan->root ? "konkurs-meeting" : "candidate", row->personal_code,
                                     row->explanation);
      return FALSE;
    }
  if (!konkurs_store_record_decisions (ctx->store, w->meeting->id, FALSE, &n, &local_error))
    return store_failed (w, w->plan->root, local_error, error);
  ctx->summary.decisions += n;
  return TRUE;
}

static gboolean
write_meeting (Writing  *w,
               GError  **error)
{
  KonkursImportContext *ctx = w->ctx;
  GError *local_error = NULL;
  gint64 commission_id;
  gboolean replacing;

  w->stage = konkurs_exchange_stage_open (ctx, w->plan->root, w->plan->stage, error);
  if (w->stage == NULL)
    return FALSE;
  commission_id = konkurs_store_get_stage_commission (ctx->store, w->stage->stage->id, &local_error);
  if (local_error != NULL)
    return store_failed (w, w->plan->root, local_error, error);
  if (commission_id == 0)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (w->plan->root),
                                     _("konkurs-meeting/@stage: the stage “%s” of competition %s has no commission; "
                                       "choose the commission of the competition first"),
                                     w->plan->stage, konkurs_competition_get_number (w->stage->competition));
      return FALSE;
    }
  if (!find_meeting (w, commission_id, error) || !load_rows (w, error))
    return FALSE;
  replacing = w->plan->meeting->id != 0;
  if ((replacing && !clear_meeting (w, error)) || !set_attendance (w, error) || !add_observers (w, error))
    return FALSE;
  for (guint i = 0; i < w->plan->candidates->len; i++)
    {
      if (!write_candidate (w, &g_array_index (w->plan->candidates, CandidateLine, i), error))
        return FALSE;
      konkurs_exchange_report_progress (ctx, 0.9 * (i + 1) / w->plan->candidates->len);
    }
  return !w->plan->decided || record_decisions (w, error);
}

static gboolean
meeting_insert (KonkursImportContext *ctx,
                gpointer              data,
                GError              **error)
{
  Writing w = { ctx, data };
  gboolean ok = write_meeting (&w, error);

  writing_clear (&w);
  return ok;
}

const KonkursExchangeFormat konkurs_exchange_meeting_format = {
  .root = "konkurs-meeting",
  .ns = KONKURS_EXCHANGE_MEETING_NS,
  .version = "1",
  .schema = "meeting",
  .attr_prefix = "@",
  .convert = meeting_convert,
  .insert = meeting_insert,
  .free_plan = meeting_plan_free,
};

/* ------------------------------------------------------------------------ */
/* Writing a file                                                            */

typedef struct {
  KonkursMeeting *meeting;
  char           *competition;   /* its number */
  GPtrArray      *attendance;
  GPtrArray      *rows;
} MeetingFile;

static guint
ordinal_of (MeetingFile *file,
            gint64       member_id)
{
  for (guint i = 0; i < file->attendance->len; i++)
    if (((KonkursAttendance *) g_ptr_array_index (file->attendance, i))->member->id == member_id)
      return i + 1;
  return 0;
}

static void
write_row (KonkursExchangeWriter   *writer,
           MeetingFile             *file,
           const KonkursMeetingRow *row)
{
  gboolean any = FALSE;

  for (guint i = 0; i < row->ballots->len; i++)
    {
      const KonkursMemberBallot *ballot = g_ptr_array_index (row->ballots, i);

      any = any || ballot->ballot.recused || ballot->ballot.ballot != KONKURS_BALLOT_NONE;
    }
  if (!any)
    return;
  konkurs_exchange_write_start (writer, "candidate");
  konkurs_exchange_write_attr (writer, "code", row->personal_code);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < row->ballots->len; i++)
      {
        const KonkursMemberBallot *ballot = g_ptr_array_index (row->ballots, i);

        if (pass == 0 ? !ballot->ballot.recused : ballot->ballot.ballot == KONKURS_BALLOT_NONE)
          continue;
        konkurs_exchange_write_start (writer, pass == 0 ? "recusal" : "ballot");
        konkurs_exchange_write_int_attr (writer, "member", ordinal_of (file, ballot->member_id));
        if (pass == 1 && ballot->ballot.ballot == KONKURS_BALLOT_SCORE)
          konkurs_exchange_write_int_attr (writer, "score", ballot->ballot.score);
        else if (pass == 1)
          konkurs_exchange_write_attr (writer, "vote", konkurs_ballot_kind_to_code (ballot->ballot.ballot));
        if (!writer->failed)
          {
            const char *text = pass == 0 ? ballot->recusal_reason : ballot->dissent;

            writer->failed = text != NULL && text[0] != '\0'
                             && xmlTextWriterWriteString (writer->writer, (const xmlChar *) text) < 0;
          }
        konkurs_exchange_write_end (writer);
      }
  konkurs_exchange_write_end (writer);
}

static gboolean
write_meeting_body (KonkursExchangeWriter *writer,
                    gpointer               user_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  MeetingFile *file = user_data;
  const KonkursMeeting *meeting = file->meeting;

  konkurs_exchange_write_attr (writer, "competition", file->competition);
  konkurs_exchange_write_attr (writer, "stage", konkurs_stage_kind_to_code (meeting->stage_kind));
  konkurs_exchange_write_date_attr (writer, "held-on", &meeting->held_on);
  konkurs_exchange_write_attr (writer, "starts-at", meeting->starts_at);
  if (meeting->closed_at != NULL)
    konkurs_exchange_write_bool_attr (writer, "decided", TRUE);
  konkurs_exchange_write_local_text (writer, "place", meeting->place);
  konkurs_exchange_write_local_text (writer, "agenda", meeting->agenda);
  if (meeting->recording_name != NULL && meeting->recording_name[0] != '\0')
    {
      konkurs_exchange_write_start (writer, "recording");
      konkurs_exchange_write_attr (writer, "name", meeting->recording_name);
      konkurs_exchange_write_attr (writer, "sha256", meeting->recording_sha256);
      konkurs_exchange_write_end (writer);
    }
  for (guint i = 0; i < file->attendance->len; i++)
    {
      const KonkursAttendance *attendance = g_ptr_array_index (file->attendance, i);

      konkurs_exchange_write_start (writer, "member");
      konkurs_exchange_write_int_attr (writer, "ordinal", i + 1);
      konkurs_exchange_write_attr (writer, "name", konkurs_local_text_pick (attendance->member->name,
                                                                            KONKURS_DOC_LANGUAGE_KK, NULL));
      konkurs_exchange_write_bool_attr (writer, "present", attendance->present);
      konkurs_exchange_write_end (writer);
    }
  for (guint i = 0; i < meeting->observers->len; i++)
    {
      const KonkursObserver *observer = g_ptr_array_index (meeting->observers, i);

      konkurs_exchange_write_start (writer, "observer");
      konkurs_exchange_write_enum_attr (writer, "kind", &observer_enum, observer->kind);
      konkurs_exchange_write_date_attr (writer, "registered-on", &observer->registered_on);
      konkurs_exchange_write_text_element (writer, "full-name", observer->full_name, TRUE);
      konkurs_exchange_write_text_element (writer, "organisation", observer->organisation, FALSE);
      konkurs_exchange_write_end (writer);
    }
  for (guint i = 0; i < file->rows->len; i++)
    write_row (writer, file, g_ptr_array_index (file->rows, i));
  return TRUE;
}

gboolean
konkurs_exchange_write_meeting (KonkursStore *store,
                                gint64        meeting_id,
                                const char   *path,
                                GError      **error)
{
  g_autoptr(KonkursMeeting) meeting = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  MeetingFile file;

  g_return_val_if_fail (KONKURS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if ((meeting = konkurs_store_get_meeting (store, meeting_id, error)) == NULL
      || (competition = konkurs_store_get_competition (store, meeting->competition_id, error)) == NULL
      || (attendance = konkurs_store_list_attendance (store, meeting_id, error)) == NULL
      || (rows = konkurs_store_list_meeting_rows (store, meeting_id, error)) == NULL)
    return FALSE;
  file = (MeetingFile) { meeting, (char *) konkurs_competition_get_number (competition), attendance, rows };
  return konkurs_exchange_write_file (&konkurs_exchange_meeting_format, path, write_meeting_body, &file, NULL,
                                      error);
}
