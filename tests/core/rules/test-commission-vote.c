/* test-commission-vote.c — the rules of a valid decision at every
 * boundary the issue lists: the quorum met exactly and one short, ties
 * with the chair voting each way and abstaining, recusals recounting the
 * quorum and the majority, the secretary's ballot refused, the deputy
 * chairing, the mean score at the threshold and a centi-point below,
 * missing ballots; the one-line explanation in English, Kazakh and
 * Russian; observers' registration a working day before
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "konkurs-commission-vote.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

/* The commission as one line: a token per member, its role (C chair,
 * D deputy chair, M member, S secretary) then its state: "+" for, "-"
 * against, "0" abstained, "?" present without a ballot, "a" absent, "r"
 * recused, "=N" a score of N points. */
static GArray *
ballots (const char *line)
{
  g_auto(GStrv) tokens = g_strsplit (line, " ", -1);
  GArray *out = g_array_new (FALSE, TRUE, sizeof (KonkursBallot));

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *t = tokens[i];
      KonkursBallot b = { .member_id = i + 1, .present = TRUE };

      switch (t[0])
        {
        case 'C': b.role = KONKURS_COMMISSION_CHAIR; break;
        case 'D': b.role = KONKURS_COMMISSION_DEPUTY_CHAIR; break;
        case 'M': b.role = KONKURS_COMMISSION_MEMBER; break;
        case 'S': b.role = KONKURS_COMMISSION_SECRETARY; break;
        default: g_assert_not_reached ();
        }
      switch (t[1])
        {
        case '+': b.ballot = KONKURS_BALLOT_FOR; break;
        case '-': b.ballot = KONKURS_BALLOT_AGAINST; break;
        case '0': b.ballot = KONKURS_BALLOT_ABSTAIN; break;
        case 'a': b.present = FALSE; break;
        case 'r': b.recused = TRUE; break;
        case '=': b.ballot = KONKURS_BALLOT_SCORE; b.score = atoi (t + 2); break;
        case '?': case '\0': break;
        default: g_assert_not_reached ();
        }
      g_array_append_val (out, b);
    }
  return out;
}

static KonkursVoteResult
decide_full (const char *line, KonkursVoteMode mode, int threshold, int numerator, int denominator)
{
  g_autoptr(GArray) b = ballots (line);
  KonkursVoteResult result;

  konkurs_vote_decide ((KonkursBallot *) b->data, b->len, mode, threshold, numerator, denominator, &result);
  return result;
}

static KonkursVoteResult
decide (const char *line)
{
  return decide_full (line, KONKURS_VOTE_MODE_VOTES, 0, 2, 3);
}

static char *
explain (const char *line)
{
  KonkursVoteResult result = decide (line);

  return konkurs_vote_result_explain (&result, NULL);
}

/* 7 voting members at two thirds: 14/3 = 4.67, rounded up 5 present
 * decide; 4 do not. */
static void
test_quorum_two_thirds (void)
{
  KonkursVoteResult five = decide ("C+ M+ M+ M+ M- Ma Ma S");
  KonkursVoteResult four = decide ("C+ M+ M+ M+ Ma Ma Ma S");
  g_autofree char *why = NULL;

  g_assert_cmpuint (five.quorum.voting, ==, 7);
  g_assert_cmpuint (five.quorum.present, ==, 5);
  g_assert_cmpuint (five.quorum.required, ==, 5);
  g_assert_cmpint (five.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpuint (four.quorum.present, ==, 4);
  g_assert_cmpint (four.outcome, ==, KONKURS_VOTE_NO_QUORUM);
  why = konkurs_vote_result_explain (&four, NULL);
  g_assert_cmpstr (why, ==, "no quorum: 4 of the 7 members who may vote are present, 5 needed");
}

/* Other fractions: 1/2 of 6 is 3 exactly (3 present decide, 2 do not);
 * 3/4 of 6 is 4.5, rounded up 5 (5 decide, 4 do not); a fraction above
 * one is taken as two thirds (of 6: 4). */
static void
test_quorum_fractions (void)
{
  g_assert_cmpint (decide_full ("C+ M+ M- Ma Ma Ma", KONKURS_VOTE_MODE_VOTES, 0, 1, 2).outcome,
                   ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpint (decide_full ("C+ M+ Ma Ma Ma Ma", KONKURS_VOTE_MODE_VOTES, 0, 1, 2).outcome,
                   ==, KONKURS_VOTE_NO_QUORUM);
  g_assert_cmpuint (decide_full ("C+ M+ M+ M+ M- Ma", KONKURS_VOTE_MODE_VOTES, 0, 3, 4).quorum.required, ==, 5);
  g_assert_cmpint (decide_full ("C+ M+ M+ M+ M- Ma", KONKURS_VOTE_MODE_VOTES, 0, 3, 4).outcome,
                   ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpint (decide_full ("C+ M+ M+ M+ Ma Ma", KONKURS_VOTE_MODE_VOTES, 0, 3, 4).outcome,
                   ==, KONKURS_VOTE_NO_QUORUM);
  g_assert_cmpuint (decide_full ("C+ M+ M+ M+ Ma Ma", KONKURS_VOTE_MODE_VOTES, 0, 5, 4).quorum.required, ==, 4);
  /* nobody who may vote: never a quorum */
  g_assert_cmpint (decide ("S").outcome, ==, KONKURS_VOTE_NO_QUORUM);
}

/* 6 present, 3-3: the chair's vote decides either way; abstaining, it
 * decides nothing and the tie is not a majority. */
static void
test_tie_chair (void)
{
  KonkursVoteResult for_ = decide ("C+ M+ M+ M- M- M- S");
  KonkursVoteResult against = decide ("C- M+ M+ M+ M- M- S");
  KonkursVoteResult abstained = decide ("C0 M+ M+ M- M- M0 S");
  g_autofree char *why_for = konkurs_vote_result_explain (&for_, NULL);
  g_autofree char *why_against = konkurs_vote_result_explain (&against, NULL);
  g_autofree char *why_abstained = konkurs_vote_result_explain (&abstained, NULL);

  g_assert_true (for_.tie);
  g_assert_cmpint (for_.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpint (for_.casting, ==, KONKURS_BALLOT_FOR);
  g_assert_cmpint (for_.chairing_role, ==, KONKURS_COMMISSION_CHAIR);
  g_assert_cmpint (for_.chairing_member_id, ==, 1);
  g_assert_cmpstr (why_for, ==, "3–3, the chair voted for: recommended");
  g_assert_cmpint (against.outcome, ==, KONKURS_VOTE_NOT_RECOMMENDED);
  g_assert_cmpint (against.casting, ==, KONKURS_BALLOT_AGAINST);
  g_assert_cmpstr (why_against, ==, "3–3, the chair voted against: not recommended");
  g_assert_true (abstained.tie);
  g_assert_cmpint (abstained.outcome, ==, KONKURS_VOTE_NOT_RECOMMENDED);
  g_assert_cmpint (abstained.casting, ==, KONKURS_BALLOT_NONE);
  g_assert_cmpstr (why_abstained, ==, "2–2, 2 abstained, the chair abstained: not recommended");
}

/* Majority and abstentions: more than half of those present voting for.
 * 4 of 7 for is a majority; 3 for, 2 against, 2 abstaining is not (3 is
 * not more than 7/2), nor a tie; everyone abstaining is no tie either. */
static void
test_majority_abstentions (void)
{
  g_autofree char *four = explain ("C+ M+ M+ M+ M- M- M0 S");
  KonkursVoteResult three = decide ("C+ M+ M+ M- M- M0 M0 S");
  KonkursVoteResult none = decide ("C0 M0 M0 M0 S");

  g_assert_cmpstr (four, ==, "4 for, 2 against, 1 abstained: recommended");
  g_assert_false (three.tie);
  g_assert_cmpuint (three.n_abstain, ==, 2);
  g_assert_cmpint (three.outcome, ==, KONKURS_VOTE_NOT_RECOMMENDED);
  g_assert_false (none.tie);
  g_assert_cmpint (none.outcome, ==, KONKURS_VOTE_NOT_RECOMMENDED);
}

/* A recused member leaves the quorum and the majority of that vote: 7
 * voting members, one recused: 6 may vote, two thirds of 6 is 4; 4
 * present decide (4 of 7 would not have).  With 3 for and 1 against of 4
 * present, 3 > 2: recommended; the header's example line. */
static void
test_recused (void)
{
  KonkursVoteResult four = decide ("C+ M+ M+ M- Mr Ma Ma S");
  KonkursVoteResult three = decide ("C+ M+ M- Mr Ma Ma Ma S");
  g_autofree char *why = explain ("C+ M+ M+ M+ M- M- Mr S");

  g_assert_cmpuint (four.quorum.voting, ==, 6);
  g_assert_cmpuint (four.quorum.required, ==, 4);
  g_assert_cmpuint (four.n_recused, ==, 1);
  g_assert_cmpint (four.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpint (three.outcome, ==, KONKURS_VOTE_NO_QUORUM);
  g_assert_cmpstr (why, ==, "4 for, 2 against, 1 recused: recommended");
  /* 2 for, 2 against among the 4 who may vote: a tie, not 2 of 5 */
  g_assert_true (decide ("C+ M+ M- M- Mr S").tie);
}

/* The deputy chairs when the chair is absent or recused, and casts the
 * deciding vote; with neither, a tie is not a majority. */
static void
test_deputy_chairing (void)
{
  KonkursVoteResult absent = decide ("Ca D- M+ M+ M- M+ M- S");
  KonkursVoteResult recused = decide ("Cr D+ M+ M- M- S");
  KonkursVoteResult nobody = decide ("Ca Da M+ M+ M- M- S");
  g_autofree char *why_absent = konkurs_vote_result_explain (&absent, NULL);
  g_autofree char *why_recused = konkurs_vote_result_explain (&recused, NULL);
  g_autofree char *why_nobody = konkurs_vote_result_explain (&nobody, NULL);

  g_assert_cmpint (absent.chairing_role, ==, KONKURS_COMMISSION_DEPUTY_CHAIR);
  g_assert_cmpint (absent.chairing_member_id, ==, 2);
  g_assert_cmpint (absent.outcome, ==, KONKURS_VOTE_NOT_RECOMMENDED);
  g_assert_cmpstr (why_absent, ==, "3–3, the deputy chair (chairing) voted against: not recommended");
  g_assert_cmpint (recused.chairing_role, ==, KONKURS_COMMISSION_DEPUTY_CHAIR);
  g_assert_cmpint (recused.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpstr (why_recused, ==, "2–2, 1 recused, the deputy chair (chairing) voted for: recommended");
  g_assert_cmpint (nobody.chairing_role, ==, 0);
  g_assert_cmpint (nobody.outcome, ==, KONKURS_VOTE_NOT_RECOMMENDED);
  g_assert_cmpstr (why_nobody, ==, "2–2, nobody chairs the vote: not recommended");
  /* the chair present chairs, though a deputy is there */
  g_assert_cmpint (decide ("C+ D- M+ M-").chairing_role, ==, KONKURS_COMMISSION_CHAIR);
}

/* Ballots missing: pending, naming how many; the secretary's missing
 * ballot is not one of them. */
static void
test_pending (void)
{
  KonkursVoteResult two = decide ("C+ M? M+ M? M- S");
  g_autofree char *why = konkurs_vote_result_explain (&two, NULL);
  KonkursVoteResult one = decide_full ("C=4 M? M=5", KONKURS_VOTE_MODE_SCORES, 4, 2, 3);
  g_autofree char *why_one = konkurs_vote_result_explain (&one, NULL);

  g_assert_cmpint (two.outcome, ==, KONKURS_VOTE_PENDING);
  g_assert_cmpuint (two.n_missing, ==, 2);
  g_assert_cmpstr (why, ==, "2 votes missing");
  g_assert_cmpint (one.outcome, ==, KONKURS_VOTE_PENDING);
  g_assert_cmpint (one.mean, ==, 0);
  g_assert_cmpstr (why_one, ==, "1 score missing");
  /* a score given on a voting stage is not a vote: still missing */
  g_assert_cmpint (decide ("C+ M=5 M+").outcome, ==, KONKURS_VOTE_PENDING);
}

/* A commission of @n members scoring: @sum spread over them as evenly as
 * the points allow. */
static char *
scores_line (guint n, guint sum)
{
  GString *line = g_string_new ("C=");

  for (guint i = 0; i < n; i++)
    {
      guint score = sum / n + (i < sum % n);

      if (i > 0)
        g_string_append (line, " M=");
      g_string_append_printf (line, "%u", score);
    }
  return g_string_free (line, FALSE);
}

/* The mean in centi-points, rounded half up, against the threshold: 3
 * members scoring 3, 4, 5 make 4.00 at threshold 4, recommended; a mean of
 * 3.99 is not.  Points are whole, so a mean one centi-point below needs a
 * large commission: 267 of 67 members is 3.98507…, 399 centi-points;
 * 799 of 200 is 3.995 exactly, rounded half up to 4.00. */
static void
test_scores_threshold (void)
{
  KonkursVoteResult exact = decide_full ("C=3 M=4 M=5 S", KONKURS_VOTE_MODE_SCORES, 4, 2, 3);
  g_autofree char *line_below = scores_line (67, 267);
  g_autofree char *line_half = scores_line (200, 799);
  KonkursVoteResult below = decide_full (line_below, KONKURS_VOTE_MODE_SCORES, 4, 2, 3);
  KonkursVoteResult half = decide_full (line_half, KONKURS_VOTE_MODE_SCORES, 4, 2, 3);
  KonkursVoteResult recused = decide_full ("C=5 M=4 Mr M=4", KONKURS_VOTE_MODE_SCORES, 4, 2, 3);
  g_autofree char *why_exact = NULL, *why_below = NULL, *why_recused = NULL;

  setlocale (LC_NUMERIC, "C");
  why_exact = konkurs_vote_result_explain (&exact, NULL);
  why_below = konkurs_vote_result_explain (&below, NULL);
  why_recused = konkurs_vote_result_explain (&recused, NULL);
  g_assert_cmpint (exact.mean, ==, 400);
  g_assert_cmpint (exact.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  g_assert_cmpstr (why_exact, ==, "mean 4 of threshold 4: recommended");
  g_assert_cmpint (below.mean, ==, 399);
  g_assert_cmpint (below.outcome, ==, KONKURS_VOTE_NOT_RECOMMENDED);
  g_assert_cmpstr (why_below, ==, "mean 3.99 of threshold 4: not recommended");
  g_assert_cmpint (half.mean, ==, 400);
  g_assert_cmpint (half.outcome, ==, KONKURS_VOTE_RECOMMENDED);
  /* 13/3 = 4.333…: 433; the recused member's score is not asked for */
  g_assert_cmpint (recused.mean, ==, 433);
  g_assert_cmpstr (why_recused, ==, "mean 4.33 of threshold 4, 1 recused: recommended");
  /* no casting vote on scores: a chair alone does not decide anything */
  g_assert_false (exact.tie);
  g_assert_cmpint (exact.casting, ==, KONKURS_BALLOT_NONE);
  /* threshold 0: every complete set recommends */
  g_assert_cmpint (decide_full ("C=0 M=0 M=0", KONKURS_VOTE_MODE_SCORES, 0, 2, 3).outcome,
                   ==, KONKURS_VOTE_RECOMMENDED);
}

/* Who may cast what. */
static void
test_ballot_check (void)
{
  g_autoptr(GArray) b = ballots ("C? S? Ma Mr M?");
  const KonkursBallot *chair = &g_array_index (b, KonkursBallot, 0);
  const KonkursBallot *secretary = &g_array_index (b, KonkursBallot, 1);
  const KonkursBallot *absent = &g_array_index (b, KonkursBallot, 2);
  const KonkursBallot *recused = &g_array_index (b, KonkursBallot, 3);
  const KonkursBallot *member = &g_array_index (b, KonkursBallot, 4);

  g_assert_null (konkurs_ballot_check (chair, KONKURS_VOTE_MODE_VOTES, KONKURS_BALLOT_FOR, 0, 0));
  g_assert_null (konkurs_ballot_check (member, KONKURS_VOTE_MODE_VOTES, KONKURS_BALLOT_ABSTAIN, 0, 0));
  g_assert_null (konkurs_ballot_check (member, KONKURS_VOTE_MODE_SCORES, KONKURS_BALLOT_SCORE, 5, 5));
  g_assert_null (konkurs_ballot_check (member, KONKURS_VOTE_MODE_SCORES, KONKURS_BALLOT_SCORE, 0, 5));
  g_assert_null (konkurs_ballot_check (member, KONKURS_VOTE_MODE_SCORES, KONKURS_BALLOT_SCORE, 70, 0));
  g_assert_nonnull (strstr (konkurs_ballot_check (secretary, KONKURS_VOTE_MODE_VOTES, KONKURS_BALLOT_FOR, 0, 0),
                            "secretary"));
  g_assert_nonnull (strstr (konkurs_ballot_check (absent, KONKURS_VOTE_MODE_VOTES, KONKURS_BALLOT_FOR, 0, 0),
                            "not present"));
  g_assert_nonnull (strstr (konkurs_ballot_check (recused, KONKURS_VOTE_MODE_VOTES, KONKURS_BALLOT_AGAINST, 0, 0),
                            "conflict of interest"));
  g_assert_nonnull (strstr (konkurs_ballot_check (member, KONKURS_VOTE_MODE_SCORES, KONKURS_BALLOT_FOR, 0, 5),
                            "decided by scores"));
  g_assert_nonnull (strstr (konkurs_ballot_check (member, KONKURS_VOTE_MODE_VOTES, KONKURS_BALLOT_SCORE, 3, 5),
                            "decided by votes"));
  g_assert_nonnull (strstr (konkurs_ballot_check (member, KONKURS_VOTE_MODE_SCORES, KONKURS_BALLOT_SCORE, 6, 5),
                            "scale"));
  g_assert_nonnull (strstr (konkurs_ballot_check (member, KONKURS_VOTE_MODE_SCORES, KONKURS_BALLOT_SCORE, -1, 5),
                            "scale"));
  g_assert_nonnull (konkurs_ballot_check (member, KONKURS_VOTE_MODE_VOTES, 9, 0, 0));
}

/* Codes round-trip; unknown ones are refused. */
static void
test_codes (void)
{
  KonkursBallotKind kind;
  KonkursVoteOutcome outcome;
  KonkursObserverKind observer;

  for (KonkursBallotKind k = KONKURS_BALLOT_FOR; k <= KONKURS_BALLOT_SCORE; k++)
    {
      g_assert_true (konkurs_ballot_kind_from_code (konkurs_ballot_kind_to_code (k), &kind));
      g_assert_cmpint (kind, ==, k);
    }
  g_assert_cmpstr (konkurs_ballot_kind_to_code (KONKURS_BALLOT_ABSTAIN), ==, "abstain");
  g_assert_null (konkurs_ballot_kind_get_label (KONKURS_BALLOT_SCORE));
  g_assert_false (konkurs_ballot_kind_from_code ("maybe", &kind));
  for (KonkursVoteOutcome o = KONKURS_VOTE_PENDING; o <= KONKURS_VOTE_NOT_RECOMMENDED; o++)
    {
      g_assert_true (konkurs_vote_outcome_from_code (konkurs_vote_outcome_to_code (o), &outcome));
      g_assert_cmpint (outcome, ==, o);
      g_assert_nonnull (konkurs_vote_outcome_get_label (o));
    }
  g_assert_cmpstr (konkurs_vote_outcome_to_code (KONKURS_VOTE_NOT_RECOMMENDED), ==, "not-recommended");
  g_assert_false (konkurs_vote_outcome_from_code (NULL, &outcome));
  for (KonkursObserverKind o = KONKURS_OBSERVER_PARLIAMENT; o <= KONKURS_OBSERVER_PARTY; o++)
    {
      g_assert_true (konkurs_observer_kind_from_code (konkurs_observer_kind_to_code (o), &observer));
      g_assert_cmpint (observer, ==, o);
      g_assert_nonnull (konkurs_observer_kind_get_label (o));
    }
  g_assert_cmpstr (konkurs_observer_kind_to_code (KONKURS_OBSERVER_LOCAL_COUNCIL), ==, "local-council");
  g_assert_false (konkurs_observer_kind_from_code ("press", &observer));
}

static GPtrArray *
members (const char *roles)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);

  for (const char *r = roles; *r != '\0'; r++)
    {
      KonkursCommissionMember *m = konkurs_commission_member_new (*r == 'C' ? KONKURS_COMMISSION_CHAIR
                                                                  : *r == 'D' ? KONKURS_COMMISSION_DEPUTY_CHAIR
                                                                  : *r == 'S' ? KONKURS_COMMISSION_SECRETARY
                                                                  : KONKURS_COMMISSION_MEMBER,
                                                                  "Атауы", "Имя", "", "");

      m->id = out->len + 10;
      g_ptr_array_add (out, m);
    }
  return out;
}

/* Chairing over members, present ones given as copies (matched by id),
 * and the warning of an even commission. */
static void
test_chairing_and_parity (void)
{
  g_autoptr(GPtrArray) all = members ("CDMMMS");
  g_autoptr(GPtrArray) present = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  g_autoptr(GPtrArray) odd = members ("CMMS");

  for (guint i = 1; i < all->len; i++)
    g_ptr_array_add (present, konkurs_commission_member_copy (g_ptr_array_index (all, i)));
  g_assert_true (konkurs_commission_find_chairing (all, present) == g_ptr_array_index (all, 1));
  g_ptr_array_add (present, konkurs_commission_member_copy (g_ptr_array_index (all, 0)));
  g_assert_true (konkurs_commission_find_chairing (all, present) == g_ptr_array_index (all, 0));
  g_ptr_array_set_size (present, 0);
  g_ptr_array_add (present, konkurs_commission_member_copy (g_ptr_array_index (all, 2)));
  g_assert_null (konkurs_commission_find_chairing (all, present));
  /* CDMMM: five voting members, the secretary aside: odd */
  g_assert_false (konkurs_commission_is_even (all));
  g_assert_false (konkurs_commission_is_even (odd));   /* C M M: three */
  g_ptr_array_remove_index (all, 4);
  g_assert_true (konkurs_commission_is_even (all));    /* C D M M: four */
}

static gboolean
in_time (KonkursCalendar *calendar, const char *registered, const char *held)
{
  GDate r, h;
  gboolean ok = FALSE;
  g_autoptr(GError) error = NULL;

  g_date_set_parse (&r, registered);
  g_date_set_parse (&h, held);
  g_assert_true (g_date_valid (&r) && g_date_valid (&h));
  g_assert_true (konkurs_observer_registered_in_time (calendar, &r, &h, &ok, &error));
  g_assert_no_error (error);
  return ok;
}

/* At least one working day before, by the shipped data/calendar.ini:
 * Friday 27 November 2026 for Monday 30 November is in time, Sunday 29 is
 * not; Wednesday 6 May for Friday 8 May is, but Thursday 7 May (Defender
 * of the Fatherland Day) is not, nor Wednesday 16 December (Independence
 * Day) for Thursday 17; the same day never is; a year the calendar does
 * not know is an error. */
static void
test_observers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCalendar) calendar = konkurs_calendar_new_default (&error);
  GDate r, h;
  gboolean ok = TRUE;

  g_assert_no_error (error);
  g_assert_true (in_time (calendar, "2026-11-27", "2026-11-30"));
  g_assert_false (in_time (calendar, "2026-11-29", "2026-11-30"));
  g_assert_false (in_time (calendar, "2026-11-28", "2026-11-30"));
  g_assert_true (in_time (calendar, "2026-11-26", "2026-11-27"));
  g_assert_false (in_time (calendar, "2026-11-27", "2026-11-27"));
  g_assert_false (in_time (calendar, "2026-12-01", "2026-11-30"));
  g_assert_true (in_time (calendar, "2026-05-06", "2026-05-08"));
  g_assert_false (in_time (calendar, "2026-05-07", "2026-05-08"));
  g_assert_true (in_time (calendar, "2026-12-15", "2026-12-17"));
  g_assert_false (in_time (calendar, "2026-12-16", "2026-12-17"));

  g_date_clear (&r, 1);
  g_date_clear (&h, 1);
  g_date_set_dmy (&r, 2, G_DATE_JUNE, 2090);
  g_date_set_dmy (&h, 5, G_DATE_JUNE, 2090);
  g_assert_false (konkurs_observer_registered_in_time (calendar, &r, &h, &ok, &error));
  g_assert_error (error, KONKURS_CALENDAR_ERROR, KONKURS_CALENDAR_ERROR_NO_DATA);
}

/* The line in the documents' languages, with their plural forms. */
static void
test_explain_languages (void)
{
  g_autoptr(KonkursCatalog) kk = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr(KonkursCatalog) ru = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_RU);
  KonkursVoteResult majority = decide ("C+ M+ M+ M+ M- M- Mr S");
  KonkursVoteResult tie = decide ("C+ M+ M+ M- M- M- S");
  KonkursVoteResult deputy = decide ("Ca D- M+ M+ M- M+ M- S");
  KonkursVoteResult quorum = decide ("C+ M+ M+ Ma Ma S");
  KonkursVoteResult scores = decide_full ("C=5 M=4 M=4", KONKURS_VOTE_MODE_SCORES, 4, 2, 3);
  KonkursVoteResult pending = decide ("C? M? M? M? M? M+");
  struct { KonkursVoteResult *result; KonkursCatalog *catalog; const char *expected; } cases[] = {
    { &majority, ru, "4 за, 2 против, 1 заявил самоотвод: рекомендован" },
    { &majority, kk, "жақтап – 4, қарсы – 2, өздігінен бас тартты – 1: ұсынылды" },
    { &tie, ru, "3–3, председатель проголосовал за: рекомендован" },
    { &tie, kk, "3–3, төраға жақтап дауыс берді: ұсынылды" },
    { &deputy, ru, "3–3, заместитель председателя (председательствующий) проголосовал против: не рекомендован" },
    { &deputy, kk, "3–3, төрағаның орынбасары (төрағалық етуші) қарсы дауыс берді: ұсынылмады" },
    { &quorum, ru, "нет кворума: присутствуют 3 из 5 членов комиссии с правом голоса, требуется 4" },
    { &quorum, kk, "кворум жоқ: дауыс беруге құқылы 5 мүшеден 3 қатысуда, 4 қажет" },
    { &scores, ru, "средний балл 4,33 при пороге 4: рекомендован" },
    { &scores, kk, "орташа балл 4,33, шекті балл 4: ұсынылды" },
    { &pending, ru, "не хватает 5 голосов" },
    { &pending, kk, "5 дауыс жетіспейді" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *line = konkurs_vote_result_explain (cases[i].result, cases[i].catalog);

      g_assert_cmpstr (line, ==, cases[i].expected);
    }
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/commission-vote/quorum/two-thirds", test_quorum_two_thirds);
  g_test_add_func ("/commission-vote/quorum/fractions", test_quorum_fractions);
  g_test_add_func ("/commission-vote/tie/chair", test_tie_chair);
  g_test_add_func ("/commission-vote/majority/abstentions", test_majority_abstentions);
  g_test_add_func ("/commission-vote/recused", test_recused);
  g_test_add_func ("/commission-vote/deputy-chairing", test_deputy_chairing);
  g_test_add_func ("/commission-vote/pending", test_pending);
  g_test_add_func ("/commission-vote/scores/threshold", test_scores_threshold);
  g_test_add_func ("/commission-vote/ballot-check", test_ballot_check);
  g_test_add_func ("/commission-vote/codes", test_codes);
  g_test_add_func ("/commission-vote/chairing-and-parity", test_chairing_and_parity);
  g_test_add_func ("/commission-vote/observers", test_observers);
  g_test_add_func ("/commission-vote/explain/languages", test_explain_languages);
  return g_test_run ();
}
