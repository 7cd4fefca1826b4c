/* konkurs-commission-vote.c — when a commission's vote on one candidate
 * is valid, and what it decides (the rules are in the header)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-code-table-private.h"
#include "konkurs-commission-private.h"
#include "konkurs-commission-vote.h"
#include "konkurs-stage-rule.h"
#include "konkurs-text.h"

static const KonkursCodeEntry ballot_kinds[] = {
  { KONKURS_BALLOT_FOR,     "for",     N_("For") },
  { KONKURS_BALLOT_AGAINST, "against", N_("Against") },
  { KONKURS_BALLOT_ABSTAIN, "abstain", N_("Abstained") },
  { KONKURS_BALLOT_SCORE,   "score",   NULL },
};

static const KonkursCodeEntry vote_outcomes[] = {
  { KONKURS_VOTE_PENDING,         "pending",         N_("Votes missing") },
  { KONKURS_VOTE_NO_QUORUM,       "no-quorum",       N_("No quorum") },
  { KONKURS_VOTE_RECOMMENDED,     "recommended",     N_("Recommended") },
  { KONKURS_VOTE_NOT_RECOMMENDED, "not-recommended", N_("Not recommended") },
};

static const KonkursCodeEntry observer_kinds[] = {
  { KONKURS_OBSERVER_PARLIAMENT,    "parliament",    N_("Member of Parliament") },
  { KONKURS_OBSERVER_LOCAL_COUNCIL, "local-council", N_("Deputy of a local council (maslikhat)") },
  { KONKURS_OBSERVER_MEDIA,         "media",         N_("Accredited media") },
  { KONKURS_OBSERVER_NGO,           "ngo",           N_("Non-governmental organisation") },
  { KONKURS_OBSERVER_PARTY,         "party",         N_("Political party") },
};

const char *
konkurs_ballot_kind_to_code (KonkursBallotKind kind)
{
  return KONKURS_CODE_TABLE_TO_CODE (ballot_kinds, kind);
}

gboolean
konkurs_ballot_kind_from_code (const char        *code,
                               KonkursBallotKind *out)
{
  int value;

  if (!konkurs_code_table_find_code (ballot_kinds, G_N_ELEMENTS (ballot_kinds), code, &value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

const char *
konkurs_ballot_kind_get_label (KonkursBallotKind kind)
{
  return KONKURS_CODE_TABLE_TO_LABEL (ballot_kinds, kind);
}

const char *
konkurs_vote_outcome_to_code (KonkursVoteOutcome outcome)
{
  return KONKURS_CODE_TABLE_TO_CODE (vote_outcomes, outcome);
}

gboolean
konkurs_vote_outcome_from_code (const char         *code,
                                KonkursVoteOutcome *out)
{
  int value;

  if (!konkurs_code_table_find_code (vote_outcomes, G_N_ELEMENTS (vote_outcomes), code, &value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

const char *
konkurs_vote_outcome_get_label (KonkursVoteOutcome outcome)
{
  return KONKURS_CODE_TABLE_TO_LABEL (vote_outcomes, outcome);
}

const char *
konkurs_observer_kind_to_code (KonkursObserverKind kind)
{
  return KONKURS_CODE_TABLE_TO_CODE (observer_kinds, kind);
}

gboolean
konkurs_observer_kind_from_code (const char          *code,
                                 KonkursObserverKind *out)
{
  int value;

  if (!konkurs_code_table_find_code (observer_kinds, G_N_ELEMENTS (observer_kinds), code, &value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

const char *
konkurs_observer_kind_get_label (KonkursObserverKind kind)
{
  return KONKURS_CODE_TABLE_TO_LABEL (observer_kinds, kind);
}

/* Deciding */

/* The ballot of @b when it is of the kind the mode counts; NONE for a
 * missing one and for one of the wrong kind (the store and the import
 * refuse those with konkurs_ballot_check(), so it can only come from a
 * file edited by hand: not counting it keeps the vote pending). */
static KonkursBallotKind
counted_ballot (const KonkursBallot *b,
                KonkursVoteMode      mode)
{
  if (mode == KONKURS_VOTE_MODE_SCORES)
    return b->ballot == KONKURS_BALLOT_SCORE ? KONKURS_BALLOT_SCORE : KONKURS_BALLOT_NONE;
  if (b->ballot == KONKURS_BALLOT_FOR || b->ballot == KONKURS_BALLOT_AGAINST || b->ballot == KONKURS_BALLOT_ABSTAIN)
    return b->ballot;
  return KONKURS_BALLOT_NONE;
}

/* Who chairs the vote: the chair present and not recused, else such a
 * deputy chair; NULL for nobody. */
static const KonkursBallot *
find_chairing_ballot (const KonkursBallot *ballots,
                      guint                n_ballots)
{
  const KonkursBallot *deputy = NULL;

  for (guint i = 0; i < n_ballots; i++)
    {
      const KonkursBallot *b = &ballots[i];

      if (!b->present || b->recused)
        continue;
      if (b->role == KONKURS_COMMISSION_CHAIR)
        return b;
      if (b->role == KONKURS_COMMISSION_DEPUTY_CHAIR && deputy == NULL)
        deputy = b;
    }
  return deputy;
}

/* Counts the ballots of @ballots into @out. */
static void
count_ballots (const KonkursBallot *ballots,
               guint                n_ballots,
               KonkursVoteMode      mode,
               gint64              *score_sum,
               KonkursVoteResult   *out)
{
  for (guint i = 0; i < n_ballots; i++)
    {
      const KonkursBallot *b = &ballots[i];

      if (!konkurs_commission_role_votes (b->role))
        continue;
      if (b->recused)
        {
          out->n_recused++;
          continue;
        }
      out->quorum.voting++;
      if (!b->present)
        continue;
      out->quorum.present++;
      switch (counted_ballot (b, mode))
        {
        case KONKURS_BALLOT_FOR:     out->n_for++;     break;
        case KONKURS_BALLOT_AGAINST: out->n_against++; break;
        case KONKURS_BALLOT_ABSTAIN: out->n_abstain++; break;
        case KONKURS_BALLOT_SCORE:   out->n_scores++;  *score_sum += b->score; break;
        case KONKURS_BALLOT_NONE:
        default:                     out->n_missing++; break;
        }
    }
}

/* The votes' decision, every ballot in and the quorum there. */
static KonkursVoteOutcome
decide_votes (const KonkursBallot *chairing,
              KonkursVoteResult   *out)
{
  if (2 * out->n_for > out->quorum.present)
    return KONKURS_VOTE_RECOMMENDED;
  if (!out->tie || chairing == NULL)
    return KONKURS_VOTE_NOT_RECOMMENDED;
  /* the chairing member's vote decides a tie; an abstention decides nothing */
  if (chairing->ballot == KONKURS_BALLOT_FOR || chairing->ballot == KONKURS_BALLOT_AGAINST)
    out->casting = chairing->ballot;
  return out->casting == KONKURS_BALLOT_FOR ? KONKURS_VOTE_RECOMMENDED : KONKURS_VOTE_NOT_RECOMMENDED;
}

void
konkurs_vote_decide (const KonkursBallot *ballots,
                     guint                n_ballots,
                     KonkursVoteMode      mode,
                     int                  threshold,
                     int                  quorum_numerator,
                     int                  quorum_denominator,
                     KonkursVoteResult   *out)
{
  const KonkursBallot *chairing;
  gint64 score_sum = 0;

  g_return_if_fail (out != NULL);
  g_return_if_fail (ballots != NULL || n_ballots == 0);

  memset (out, 0, sizeof *out);
  out->mode = mode;
  out->threshold = threshold;
  count_ballots (ballots, n_ballots, mode, &score_sum, out);
  out->quorum.required = konkurs_quorum_required (out->quorum.voting, quorum_numerator, quorum_denominator);

  chairing = find_chairing_ballot (ballots, n_ballots);
  if (chairing != NULL)
    {
      out->chairing_member_id = chairing->member_id;
      out->chairing_role = chairing->role;
    }
  out->tie = mode == KONKURS_VOTE_MODE_VOTES && out->n_for > 0 && out->n_for == out->n_against;
  if (mode == KONKURS_VOTE_MODE_SCORES && out->n_missing == 0 && out->n_scores > 0)
    /* centi-points, rounded half up (scores are never negative) */
    out->mean = (score_sum * 200 + out->n_scores) / (2 * (gint64) out->n_scores);

  if (!konkurs_quorum_reached (&out->quorum))
    out->outcome = KONKURS_VOTE_NO_QUORUM;
  else if (out->n_missing > 0)
    out->outcome = KONKURS_VOTE_PENDING;
  else if (mode == KONKURS_VOTE_MODE_SCORES)
    out->outcome = out->mean >= (gint64) threshold * 100 ? KONKURS_VOTE_RECOMMENDED : KONKURS_VOTE_NOT_RECOMMENDED;
  else
    out->outcome = decide_votes (chairing, out);
}

const char *
konkurs_ballot_check (const KonkursBallot *member,
                      KonkursVoteMode      mode,
                      KonkursBallotKind    kind,
                      int                  score,
                      int                  max_score)
{
  g_return_val_if_fail (member != NULL, NULL);

  if (!konkurs_commission_role_votes (member->role))
    return N_("The secretary keeps the protocol and has no vote.");
  if (!member->present)
    return N_("A member who is not present at the meeting cannot vote.");
  if (member->recused)
    return N_("A member who declared a conflict of interest takes no part in this candidate’s vote.");
  if (kind == KONKURS_BALLOT_NONE)
    return NULL;  /* taking a ballot back before the decision is recorded */
  if (konkurs_ballot_kind_to_code (kind) == NULL)
    return N_("A ballot is for, against, abstain or a score.");
  if (mode == KONKURS_VOTE_MODE_SCORES && kind != KONKURS_BALLOT_SCORE)
    return N_("This stage is decided by scores: each member present gives a score, not a vote.");
  if (mode != KONKURS_VOTE_MODE_SCORES && kind == KONKURS_BALLOT_SCORE)
    return N_("This stage is decided by votes: for, against or abstain, not a score.");
  if (kind == KONKURS_BALLOT_SCORE && (score < 0 || (max_score > 0 && score > max_score)))
    return N_("The score is outside the stage’s scale: from 0 to its highest score.");
  return NULL;
}

/* Chairing and parity */

/* TRUE when @member is one of @members: the same record, or the same stored id. */
static gboolean
is_among (GPtrArray                     *members,
          const KonkursCommissionMember *member)
{
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const KonkursCommissionMember *other = g_ptr_array_index (members, i);

      if (other == member || (member->id != 0 && other->id == member->id))
        return TRUE;
    }
  return FALSE;
}

/* The first member of @members with @role who is among @present. */
static const KonkursCommissionMember *
find_present (GPtrArray             *members,
              GPtrArray             *present,
              KonkursCommissionRole  role)
{
  for (guint i = 0; members != NULL && i < members->len; i++)
    {
      const KonkursCommissionMember *member = g_ptr_array_index (members, i);

      if (member->role == role && is_among (present, member))
        return member;
    }
  return NULL;
}

const KonkursCommissionMember *
konkurs_commission_find_chairing (GPtrArray *members,
                                  GPtrArray *present)
{
  const KonkursCommissionMember *chairing = find_present (members, present, KONKURS_COMMISSION_CHAIR);

  return chairing != NULL ? chairing : find_present (members, present, KONKURS_COMMISSION_DEPUTY_CHAIR);
}

gboolean
konkurs_commission_is_even (GPtrArray *members)
{
  guint voting = 0;

  for (guint i = 0; members != NULL && i < members->len; i++)
    voting += konkurs_commission_role_votes (((KonkursCommissionMember *) g_ptr_array_index (members, i))->role);
  return voting > 0 && voting % 2 == 0;
}

/* Observers */

gboolean
konkurs_observer_registered_in_time (KonkursCalendar *calendar,
                                     const GDate     *registered_on,
                                     const GDate     *held_on,
                                     gboolean        *in_time,
                                     GError         **error)
{
  GDate eve, first_working;

  g_return_val_if_fail (KONKURS_IS_CALENDAR (calendar), FALSE);
  g_return_val_if_fail (registered_on != NULL && g_date_valid (registered_on), FALSE);
  g_return_val_if_fail (held_on != NULL && g_date_valid (held_on), FALSE);
  g_return_val_if_fail (in_time != NULL, FALSE);

  /* the first working day on or after the registration must come before
   * the meeting; add_working_days counts from the day after its start,
   * and refuses a year the calendar does not know */
  eve = *registered_on;
  g_date_subtract_days (&eve, 1);
  if (!konkurs_calendar_add_working_days (calendar, &eve, 1, &first_working, error))
    return FALSE;
  *in_time = g_date_compare (&first_working, held_on) < 0;
  return TRUE;
}

/* Explaining */

static const char *
tr (KonkursCatalog *catalog, const char *msgid)
{
  return catalog != NULL ? konkurs_catalog_gettext (catalog, msgid) : _(msgid);
}

/* The literals are written twice so that xgettext finds them through either
 * call (g_dngettext for the interface, the catalogue for a document). */
#define TR_N(catalog, singular, plural, n) \
  ((catalog) != NULL ? konkurs_catalog_ngettext ((catalog), singular, plural, (n)) \
                     : g_dngettext (GETTEXT_PACKAGE, singular, plural, (n)))

typedef enum { COUNT_FOR, COUNT_AGAINST, COUNT_ABSTAINED, COUNT_RECUSED } Count;

/* "4 for", "1 abstained"… */
static char *
count_text (KonkursCatalog *catalog, Count count, guint n)
{
  const char *format = NULL;

  switch (count)
    {
    case COUNT_FOR:
      /* TRANSLATORS: members who voted for: "4 for" */
      format = TR_N (catalog, "%d for", "%d for", n);
      break;
    case COUNT_AGAINST:
      /* TRANSLATORS: members who voted against: "2 against" */
      format = TR_N (catalog, "%d against", "%d against", n);
      break;
    case COUNT_ABSTAINED:
      format = TR_N (catalog, "%d abstained", "%d abstained", n);
      break;
    case COUNT_RECUSED:
      /* TRANSLATORS: members who declared a conflict of interest and took no part in the vote */
      format = TR_N (catalog, "%d recused", "%d recused", n);
      break;
    default:
      g_assert_not_reached ();
    }
  return konkurs_text_expand_count (format, (int) n);
}

/* Who decided the tie, and how. */
static const char *
casting_text (const KonkursVoteResult *result, KonkursCatalog *catalog)
{
  gboolean deputy = result->chairing_role == KONKURS_COMMISSION_DEPUTY_CHAIR;

  if (result->chairing_role == 0)
    return tr (catalog, N_("nobody chairs the vote"));
  if (result->casting == KONKURS_BALLOT_FOR)
    return tr (catalog, deputy ? N_("the deputy chair (chairing) voted for") : N_("the chair voted for"));
  if (result->casting == KONKURS_BALLOT_AGAINST)
    return tr (catalog, deputy ? N_("the deputy chair (chairing) voted against") : N_("the chair voted against"));
  return tr (catalog, deputy ? N_("the deputy chair (chairing) abstained") : N_("the chair abstained"));
}

/* The counts before the colon: "4 for, 2 against, 1 recused", "3–3, the chair voted for". */
static void
append_votes (GString *text, const KonkursVoteResult *result, KonkursCatalog *catalog)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (result->tie)
    g_ptr_array_add (parts, g_strdup_printf ("%u–%u", result->n_for, result->n_against));
  else
    {
      g_ptr_array_add (parts, count_text (catalog, COUNT_FOR, result->n_for));
      g_ptr_array_add (parts, count_text (catalog, COUNT_AGAINST, result->n_against));
    }
  if (result->n_abstain > 0)
    g_ptr_array_add (parts, count_text (catalog, COUNT_ABSTAINED, result->n_abstain));
  if (result->n_recused > 0)
    g_ptr_array_add (parts, count_text (catalog, COUNT_RECUSED, result->n_recused));
  if (result->tie)
    g_ptr_array_add (parts, g_strdup (casting_text (result, catalog)));
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (", ", (char **) parts->pdata);
  g_string_append (text, joined);
}

/* The formats are msgids of this file, translated through a catalogue;
 * msgfmt --check-format keeps the translations' arguments in line. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"

/* "mean 4,20 of threshold 4", "mean 4,20, 1 recused". */
static void
append_scores (GString *text, const KonkursVoteResult *result, KonkursCatalog *catalog)
{
  g_autofree char *mean = konkurs_stage_format_score (result->mean, catalog);

  if (result->threshold > 0)
    {
      g_autofree char *threshold = konkurs_stage_format_score ((gint64) result->threshold * 100, catalog);

      /* TRANSLATORS: "mean 4.20 of threshold 4": the mean of the members' scores, then the stage's threshold */
      g_string_append_printf (text, tr (catalog, N_("mean %s of threshold %s")), mean, threshold);
    }
  else
    /* TRANSLATORS: "mean 4.20": the mean of the members' scores */
    g_string_append_printf (text, tr (catalog, N_("mean %s")), mean);
  if (result->n_recused > 0)
    {
      g_autofree char *recused = count_text (catalog, COUNT_RECUSED, result->n_recused);

      g_string_append_printf (text, ", %s", recused);
    }
}

char *
konkurs_vote_result_explain (const KonkursVoteResult *result,
                             KonkursCatalog          *catalog)
{
  GString *text;

  g_return_val_if_fail (result != NULL, NULL);

  if (result->outcome == KONKURS_VOTE_NO_QUORUM)
    /* TRANSLATORS: "no quorum: 3 of the 5 members who may vote are present, 4 needed" */
    return g_strdup_printf (TR_N (catalog, "no quorum: %u of the %u member who may vote are present, %u needed",
                                  "no quorum: %u of the %u members who may vote are present, %u needed",
                                  result->quorum.voting),
                            result->quorum.present, result->quorum.voting, result->quorum.required);
  if (result->outcome == KONKURS_VOTE_PENDING)
    return konkurs_text_expand_count (result->mode == KONKURS_VOTE_MODE_SCORES
                                      ? TR_N (catalog, "%d score missing", "%d scores missing", result->n_missing)
                                      : TR_N (catalog, "%d vote missing", "%d votes missing", result->n_missing),
                                      (int) result->n_missing);
  text = g_string_new (NULL);
  if (result->mode == KONKURS_VOTE_MODE_SCORES)
    append_scores (text, result, catalog);
  else
    append_votes (text, result, catalog);
  g_string_append_printf (text, ": %s", tr (catalog, result->outcome == KONKURS_VOTE_RECOMMENDED
                                                       ? N_("recommended") : N_("not recommended")));
  return g_string_free (text, FALSE);
}
#pragma GCC diagnostic pop
