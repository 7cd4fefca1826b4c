/* test-final-ranking.c — winners, reserve lists and failed vacancies; the
 * Youth Reserve's top with sector quotas; ties at the winner's place, at
 * the last place and at a quota's edge, and the commission's decision of
 * them; a randomised check of the quota logic against a plain sort
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "konkurs-final-ranking.h"

/* One entry: application @id of vacancy @group (or @sector), recommended
 * unless @key is negative, with the main key and one tie-breaker. */
static KonkursRankingEntry
entry (gint64 id, gint64 group, const char *sector, gint64 key, gint64 breaker)
{
  KonkursRankingEntry e = { .application_id = id, .group = group, .sector = sector, .recommended = key >= 0,
                            .keys = { key, breaker }, .n_keys = 2 };

  return e;
}

static const KonkursRankingPlace *
find (GArray *ranking, gint64 id)
{
  for (guint i = 0; i < ranking->len; i++)
    if (g_array_index (ranking, KonkursRankingPlace, i).application_id == id)
      return &g_array_index (ranking, KonkursRankingPlace, i);
  g_assert_not_reached ();
}

/* "W" winner/admitted, "R" reserve, "T" tied, "-" none: the places of
 * @ranking in its own order, as "id:place" words. */
static char *
places (GArray *ranking)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < ranking->len; i++)
    {
      const KonkursRankingPlace *p = &g_array_index (ranking, KonkursRankingPlace, i);

      g_string_append_printf (text, "%s%" G_GINT64_FORMAT ":%c", i > 0 ? " " : "", p->application_id,
                              "-WRT"[p->place]);
    }
  return g_string_free (text, FALSE);
}

/* Vacancy 1: 11 (90), 12 (85), 13 (80) recommended, 14 not: 11 wins, 12
 * and 13 are its reserve list in that order, 14 last without a rank.
 * Vacancy 2: nobody recommended: failed (no winner).  Vacancy 3: 31 and 32
 * both 80; the tie-breaker (an earlier stage) 7 against 9 puts 32 first,
 * decided by key 1.  Vacancy 4: 41 and 42 equal in every key: TIED for
 * one place; 43 (70) third. */
static void
test_vacancies (void)
{
  KonkursRankingEntry e[] = {
    entry (13, 1, NULL, 80, 0), entry (11, 1, NULL, 90, 0), entry (14, 1, NULL, -1, 0), entry (12, 1, NULL, 85, 9),
    entry (21, 2, NULL, -1, 0), entry (22, 2, NULL, -1, 0),
    entry (31, 3, NULL, 80, 7), entry (32, 3, NULL, 80, 9),
    entry (42, 4, NULL, 80, 5), entry (41, 4, NULL, 80, 5), entry (43, 4, NULL, 70, 5),
  };
  g_autoptr(GArray) r = konkurs_ranking_vacancies (e, G_N_ELEMENTS (e), NULL);
  g_autofree char *text = places (r);

  g_assert_cmpstr (text, ==, "11:W 12:R 13:R 14:- 21:- 22:- 32:W 31:R 41:T 42:T 43:R");
  g_assert_cmpuint (find (r, 11)->rank, ==, 1);
  g_assert_cmpuint (find (r, 13)->rank, ==, 3);
  g_assert_cmpuint (find (r, 14)->rank, ==, 0);
  g_assert_cmpint (find (r, 11)->decided_by_key, ==, -1);
  g_assert_cmpint (find (r, 12)->decided_by_key, ==, 0);
  g_assert_cmpint (find (r, 31)->decided_by_key, ==, 1);
  g_assert_cmpuint (find (r, 41)->rank, ==, 1);
  g_assert_cmpuint (find (r, 42)->rank, ==, 1);
  g_assert_cmpint (find (r, 42)->decided_by_key, ==, -1);
  g_assert_cmpuint (find (r, 41)->tied_places, ==, 1);
  g_assert_cmpuint (find (r, 41)->cut, ==, find (r, 42)->cut);
  g_assert_cmpuint (find (r, 41)->cut, >, 0);
  g_assert_cmpuint (find (r, 43)->rank, ==, 3);
  g_assert_cmpint (find (r, 43)->group, ==, 4);
}

/* The commission chooses 42 at vacancy 4's tie: 42 wins, 41 is first of
 * the reserve (ranked 2, below the winner), 43 stays third. */
static void
test_vacancy_decision (void)
{
  KonkursRankingEntry e[] = {
    entry (42, 4, NULL, 80, 5), entry (41, 4, NULL, 80, 5), entry (43, 4, NULL, 70, 5), entry (11, 1, NULL, 90, 0),
  };
  const gint64 chosen[] = { 42 };
  KonkursTieDecision decision = { chosen, 1 };
  g_autoptr(GArray) undecided = konkurs_ranking_vacancies (e, G_N_ELEMENTS (e), NULL);
  g_autoptr(GArray) r = konkurs_ranking_vacancies (e, G_N_ELEMENTS (e), &decision);
  g_autofree char *text = places (r);

  g_assert_null (konkurs_ranking_check_tie_decision (undecided, &decision));
  g_assert_cmpstr (text, ==, "11:W 42:W 41:R 43:R");
  g_assert_cmpuint (find (r, 42)->rank, ==, 1);
  g_assert_cmpuint (find (r, 41)->rank, ==, 2);
  g_assert_cmpuint (find (r, 41)->cut, ==, 0);
  g_assert_cmpuint (find (r, 43)->rank, ==, 3);
}

/* What a decision may not do. */
static void
test_check_decision (void)
{
  KonkursRankingEntry e[] = {
    entry (41, 4, NULL, 80, 5), entry (42, 4, NULL, 80, 5), entry (43, 4, NULL, 70, 5),
    entry (51, 5, NULL, 60, 0), entry (52, 5, NULL, 60, 0),
  };
  g_autoptr(GArray) r = konkurs_ranking_vacancies (e, G_N_ELEMENTS (e), NULL);
  const gint64 both[] = { 41, 42 }, twice[] = { 41, 41 }, untied[] = { 43 }, unknown[] = { 99 };
  const gint64 one_each[] = { 41, 52 };
  KonkursTieDecision d;

  g_assert_nonnull (strstr (konkurs_ranking_check_tie_decision (r, NULL), "none"));
  d = (KonkursTieDecision) { both, 2 };
  g_assert_nonnull (strstr (konkurs_ranking_check_tie_decision (r, &d), "more"));
  d = (KonkursTieDecision) { twice, 2 };
  g_assert_nonnull (strstr (konkurs_ranking_check_tie_decision (r, &d), "twice"));
  d = (KonkursTieDecision) { untied, 1 };
  g_assert_nonnull (strstr (konkurs_ranking_check_tie_decision (r, &d), "not tied"));
  d = (KonkursTieDecision) { unknown, 1 };
  g_assert_nonnull (strstr (konkurs_ranking_check_tie_decision (r, &d), "not tied"));
  /* one place in each of two vacancies: both ties settled at once */
  d = (KonkursTieDecision) { one_each, 2 };
  g_assert_null (konkurs_ranking_check_tie_decision (r, &d));
}

/* Five places, quotas a: 2 and b: 1.  The quotas first: a takes a1 (100)
 * and a2 (60), b takes b1 (40).  The 2 places left go to the best of the
 * rest: c1 (95), c2 (90); c3 (80), c4 (70) and a3 (50), though better
 * than b1, are not admitted. */
static void
test_top_quotas (void)
{
  KonkursRankingEntry e[] = {
    entry (1, 0, "a", 100, 0), entry (2, 0, "a", 60, 0), entry (3, 0, "a", 50, 0), entry (4, 0, "b", 40, 0),
    entry (5, 0, "c", 95, 0), entry (6, 0, "c", 90, 0), entry (7, 0, "c", 80, 0), entry (8, 0, "c", 70, 0),
    entry (9, 0, "c", -1, 0),
  };
  KonkursSectorQuota q[] = { { "a", 2 }, { "b", 1 } };
  g_autoptr(GArray) r = konkurs_ranking_top (e, G_N_ELEMENTS (e), 5, q, G_N_ELEMENTS (q), NULL);
  g_autofree char *text = places (r);

  /* by rank: 100, 95, 90, 80, 70, 60, 50, 40, then the not recommended */
  g_assert_cmpstr (text, ==, "1:W 5:W 6:W 7:R 8:R 2:W 3:R 4:W 9:-");
  g_assert_cmpuint (find (r, 4)->rank, ==, 8);
  g_assert_cmpint (find (r, 4)->group, ==, 0);
  g_assert_cmpstr (find (r, 4)->sector, ==, "b");
}

/* A quota its sector cannot fill gives its places to everyone: quota d:
 * 2 with nobody of d, three places: the three best. */
static void
test_top_unfilled_quota (void)
{
  KonkursRankingEntry e[] = {
    entry (1, 0, "a", 50, 0), entry (2, 0, "c", 90, 0), entry (3, 0, "c", 80, 0), entry (4, 0, "c", 70, 0),
  };
  KonkursSectorQuota q[] = { { "d", 2 }, { "a", 1 } };
  g_autoptr(GArray) r = konkurs_ranking_top (e, G_N_ELEMENTS (e), 3, q, G_N_ELEMENTS (q), NULL);
  g_autofree char *text = places (r);

  /* a's quota takes a1; d's 2 places and the one left go to 2 and 3 */
  g_assert_cmpstr (text, ==, "2:W 3:W 4:R 1:W");
}

/* Three places: 90 and 80 are in; 70 and 70 straddle the third place:
 * TIED for 1 place; 60 is out.  The commission chooses 4. */
static void
test_top_tie_last_place (void)
{
  KonkursRankingEntry e[] = {
    entry (1, 0, "x", 90, 0), entry (2, 0, "y", 80, 0), entry (3, 0, "x", 70, 0), entry (4, 0, "y", 70, 0),
    entry (5, 0, "x", 60, 0),
  };
  const gint64 chosen[] = { 4 };
  KonkursTieDecision decision = { chosen, 1 };
  g_autoptr(GArray) r = konkurs_ranking_top (e, G_N_ELEMENTS (e), 3, NULL, 0, NULL);
  g_autoptr(GArray) decided = konkurs_ranking_top (e, G_N_ELEMENTS (e), 3, NULL, 0, &decision);
  g_autofree char *text = places (r);
  g_autofree char *text_decided = places (decided);

  g_assert_cmpstr (text, ==, "1:W 2:W 3:T 4:T 5:R");
  g_assert_cmpuint (find (r, 3)->tied_places, ==, 1);
  g_assert_cmpuint (find (r, 3)->rank, ==, 3);
  g_assert_null (konkurs_ranking_check_tie_decision (r, &decision));
  g_assert_cmpstr (text_decided, ==, "1:W 2:W 3:R 4:W 5:R");
}

/* Four places, quota a: 1.  a1 and a2 (80 both) straddle a's quota: the
 * place is held for the tie.  The other 3 places: c1 (100), c2 (90), c3
 * (85); c4 (70) is out.  Chosen a2: a2 is admitted by the quota, a1 goes
 * with everyone else, where the places are taken. */
static void
test_top_tie_quota_edge (void)
{
  KonkursRankingEntry e[] = {
    entry (1, 0, "a", 80, 0), entry (2, 0, "a", 80, 0), entry (3, 0, "c", 100, 0), entry (4, 0, "c", 90, 0),
    entry (5, 0, "c", 85, 0), entry (6, 0, "c", 70, 0),
  };
  KonkursSectorQuota q[] = { { "a", 1 } };
  const gint64 chosen[] = { 2 };
  KonkursTieDecision decision = { chosen, 1 };
  g_autoptr(GArray) r = konkurs_ranking_top (e, G_N_ELEMENTS (e), 4, q, 1, NULL);
  g_autoptr(GArray) decided = konkurs_ranking_top (e, G_N_ELEMENTS (e), 4, q, 1, &decision);
  g_autoptr(GArray) roomy = konkurs_ranking_top (e, G_N_ELEMENTS (e), 5, q, 1, NULL);
  g_autofree char *text = places (r);
  g_autofree char *text_decided = places (decided);
  g_autofree char *text_roomy = places (roomy);

  g_assert_cmpstr (text, ==, "3:W 4:W 5:W 1:T 2:T 6:R");
  g_assert_cmpuint (find (r, 1)->tied_places, ==, 1);
  g_assert_null (konkurs_ranking_check_tie_decision (r, &decision));
  g_assert_cmpstr (text_decided, ==, "3:W 4:W 5:W 1:R 2:W 6:R");
  /* with five places the tie does not matter: both are in */
  g_assert_cmpstr (text_roomy, ==, "3:W 4:W 5:W 1:W 2:W 6:R");
}

/* Three places, quota a: 1.  a1, a2 and c1 all 80, c2 90.  a's place is
 * held for a1/a2; c2 takes one of the other two; the last straddles the
 * same 80s: one tie of the three for the 2 places left. */
static void
test_top_tie_merged (void)
{
  KonkursRankingEntry e[] = {
    entry (1, 0, "a", 80, 0), entry (2, 0, "a", 80, 0), entry (3, 0, "c", 80, 0), entry (4, 0, "c", 90, 0),
  };
  KonkursSectorQuota q[] = { { "a", 1 } };
  g_autoptr(GArray) r = konkurs_ranking_top (e, G_N_ELEMENTS (e), 3, q, 1, NULL);
  g_autofree char *text = places (r);

  g_assert_cmpstr (text, ==, "4:W 1:T 2:T 3:T");
  g_assert_cmpuint (find (r, 1)->tied_places, ==, 2);
  g_assert_cmpuint (find (r, 3)->cut, ==, find (r, 1)->cut);
}

/* Randomised: 5,000 entries, keys in a narrow range so that ties are
 * common, random sectors and quotas summing to at most the places. */

static const char * const sectors[] = { "s0", "s1", "s2", "s3", "s4", "s5" };

/* TRUE when @a has strictly better keys than @b. */
static gboolean
better (const KonkursRankingEntry *a, const KonkursRankingEntry *b)
{
  for (guint i = 0; i < 2; i++)
    if (a->keys[i] != b->keys[i])
      return a->keys[i] > b->keys[i];
  return FALSE;
}

static int
compare_entries (gconstpointer pa, gconstpointer pb)
{
  const KonkursRankingEntry *a = pa, *b = pb;

  return better (a, b) ? -1 : better (b, a) ? 1 : 0;
}

/* The places of @r by application id (1…@n). */
static const KonkursRankingPlace **
by_id (GArray *r, guint n)
{
  const KonkursRankingPlace **out = g_new0 (const KonkursRankingPlace *, n + 1);

  for (guint i = 0; i < r->len; i++)
    out[g_array_index (r, KonkursRankingPlace, i).application_id] = &g_array_index (r, KonkursRankingPlace, i);
  for (guint i = 1; i <= n; i++)
    g_assert_nonnull (out[i]);
  return out;
}

/* The reference without quotas: sorted, the first @places in; a group of
 * equal keys across the cut tied. */
static void
check_plain (const KonkursRankingEntry *e, guint n, guint n_places, GArray *r)
{
  g_autofree KonkursRankingEntry *sorted = g_memdup2 (e, n * sizeof *e);
  g_autofree const KonkursRankingPlace **place = by_id (r, n);
  guint taken = 0;

  qsort (sorted, n, sizeof *sorted, compare_entries);
  for (guint i = 0; i < n;)
    {
      guint j = i;
      guint recommended = 0;

      while (j < n && compare_entries (&sorted[i], &sorted[j]) == 0)
        recommended += sorted[j++].recommended;
      for (guint k = i; k < j; k++)
        {
          const KonkursRankingPlace *p = place[sorted[k].application_id];

          if (!sorted[k].recommended)
            g_assert_cmpint (p->place, ==, KONKURS_PLACE_NONE);
          else if (taken + recommended <= n_places)
            g_assert_cmpint (p->place, ==, KONKURS_PLACE_WINNER);
          else if (taken < n_places)
            {
              g_assert_cmpint (p->place, ==, KONKURS_PLACE_TIED);
              g_assert_cmpuint (p->tied_places, ==, n_places - taken);
            }
          else
            g_assert_cmpint (p->place, ==, KONKURS_PLACE_RESERVE);
        }
      taken += recommended;
      i = j;
    }
}

/* The properties with quotas: no more than the places (admitted plus the
 * places of the open ties), all of them used when there are enough
 * candidates, and within a sector nobody better left behind someone
 * admitted or tied. */
static guint n_tied_seen, n_rounds_seen;

static void
check_quotas (const KonkursRankingEntry *e, guint n, guint n_places, GArray *r)
{
  g_autoptr(GHashTable) cuts = g_hash_table_new (NULL, NULL);
  g_autofree const KonkursRankingPlace **place = by_id (r, n);
  guint admitted = 0, held = 0, recommended = 0;

  for (guint i = 0; i < n; i++)
    recommended += e[i].recommended;
  for (guint i = 0; i < r->len; i++)
    {
      const KonkursRankingPlace *p = &g_array_index (r, KonkursRankingPlace, i);

      admitted += p->place == KONKURS_PLACE_WINNER;
      n_tied_seen += p->place == KONKURS_PLACE_TIED;
      if (p->place == KONKURS_PLACE_TIED && g_hash_table_add (cuts, GUINT_TO_POINTER (p->cut)))
        held += p->tied_places;
    }
  g_assert_cmpuint (admitted + held, <=, n_places);
  g_assert_cmpuint (admitted + held, ==, MIN (n_places, recommended));
  for (guint i = 0; i < n; i++)
    {
      KonkursPlace pi = place[e[i].application_id]->place;

      if (pi != KONKURS_PLACE_WINNER && pi != KONKURS_PLACE_TIED)
        continue;
      for (guint j = 0; j < n; j++)
        if (e[j].recommended && g_strcmp0 (e[j].sector, e[i].sector) == 0 && better (&e[j], &e[i]))
          g_assert_cmpint (place[e[j].application_id]->place, ==, KONKURS_PLACE_WINNER);
    }
}

/* Settles every open tie by choosing the first of each cut, until none is
 * left: then exactly the places are filled. */
static void
check_settled (const KonkursRankingEntry *e, guint n, guint n_places, const KonkursSectorQuota *q, guint n_q,
               GArray *first)
{
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) r = g_array_ref (first);

  for (guint round = 0; round < 8; round++)
    {
      g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
      KonkursTieDecision d;
      guint open = 0, admitted = 0;

      for (guint i = 0; i < r->len; i++)
        {
          const KonkursRankingPlace *p = &g_array_index (r, KonkursRankingPlace, i);
          guint so_far = GPOINTER_TO_UINT (g_hash_table_lookup (taken, GUINT_TO_POINTER (p->cut)));

          admitted += p->place == KONKURS_PLACE_WINNER;
          if (p->place != KONKURS_PLACE_TIED)
            continue;
          open++;
          if (so_far < p->tied_places)
            {
              g_array_append_val (chosen, p->application_id);
              g_hash_table_insert (taken, GUINT_TO_POINTER (p->cut), GUINT_TO_POINTER (so_far + 1));
            }
        }
      if (open == 0)
        {
          guint recommended = 0;

          for (guint i = 0; i < n; i++)
            recommended += e[i].recommended;
          g_assert_cmpuint (admitted, ==, MIN (n_places, recommended));
          return;
        }
      n_rounds_seen++;
      d = (KonkursTieDecision) { (gint64 *) chosen->data, chosen->len };
      g_clear_pointer (&r, g_array_unref);
      r = konkurs_ranking_top (e, n, n_places, q, n_q, &d);
    }
  g_assert_not_reached ();
}

static void
test_top_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261203);

  for (guint trial = 0; trial < 12; trial++)
    {
      guint n = 5000, n_places = trial == 0 ? 50 : (guint) g_rand_int_range (rand, 1, 400);
      g_autofree KonkursRankingEntry *e = g_new0 (KonkursRankingEntry, n);
      KonkursSectorQuota q[G_N_ELEMENTS (sectors)];
      guint n_q = 0, left = n_places;
      g_autoptr(GArray) plain = NULL, quoted = NULL;

      for (guint i = 0; i < n; i++)
        e[i] = entry (i + 1, 0, sectors[g_rand_int_range (rand, 0, G_N_ELEMENTS (sectors))],
                      g_rand_boolean (rand) || g_rand_boolean (rand) ? g_rand_int_range (rand, 0, 60) : -1,
                      g_rand_int_range (rand, 0, 4));
      /* sector s5 is rare: its quota may be more than it can fill */
      for (guint i = 0; i < n; i++)
        if (g_strcmp0 (e[i].sector, "s5") == 0 && g_rand_int_range (rand, 0, 100) > 0)
          e[i].sector = "s4";
      for (guint s = 0; s < G_N_ELEMENTS (sectors) && left > 0; s++)
        if (g_rand_boolean (rand))
          {
            q[n_q] = (KonkursSectorQuota) { sectors[s], (guint) g_rand_int_range (rand, 0, left + 1) };
            left -= q[n_q++].quota;
          }

      plain = konkurs_ranking_top (e, n, n_places, NULL, 0, NULL);
      check_plain (e, n, n_places, plain);
      quoted = konkurs_ranking_top (e, n, n_places, q, n_q, NULL);
      check_quotas (e, n, n_places, quoted);
      check_settled (e, n, n_places, q, n_q, quoted);
    }
  /* the check is not vacuous: ties were met and settled */
  g_test_message ("%u tied, %u rounds of decisions", n_tied_seen, n_rounds_seen);
  g_assert_cmpuint (n_tied_seen, >, 0);
  g_assert_cmpuint (n_rounds_seen, >=, 12);
}

/* Codes round-trip. */
static void
test_codes (void)
{
  KonkursPlace place;

  for (KonkursPlace p = KONKURS_PLACE_NONE; p <= KONKURS_PLACE_TIED; p++)
    {
      g_assert_true (konkurs_place_from_code (konkurs_place_to_code (p), &place));
      g_assert_cmpint (place, ==, p);
    }
  g_assert_cmpstr (konkurs_place_to_code (KONKURS_PLACE_TIED), ==, "tied");
  g_assert_false (konkurs_place_from_code ("first", &place));
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/final-ranking/vacancies", test_vacancies);
  g_test_add_func ("/final-ranking/vacancies/decision", test_vacancy_decision);
  g_test_add_func ("/final-ranking/check-decision", test_check_decision);
  g_test_add_func ("/final-ranking/top/quotas", test_top_quotas);
  g_test_add_func ("/final-ranking/top/unfilled-quota", test_top_unfilled_quota);
  g_test_add_func ("/final-ranking/top/tie-last-place", test_top_tie_last_place);
  g_test_add_func ("/final-ranking/top/tie-quota-edge", test_top_tie_quota_edge);
  g_test_add_func ("/final-ranking/top/tie-merged", test_top_tie_merged);
  g_test_add_func ("/final-ranking/top/random", test_top_random);
  g_test_add_func ("/final-ranking/codes", test_codes);
  return g_test_run ();
}
