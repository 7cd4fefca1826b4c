/* test-essay-assign.c — the assignment draw: sector, one grader per
 * background, conflicts, the load spread evenly, impossible pools refused
 * with nothing assigned, the same seed giving the same draw, and the
 * generator as the engine's comment documents it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "konkurs-essay-assign.h"

static const char * const sector_names[] = { "economy", "law", "health", "education", "it" };

typedef struct {
  GArray     *experts;     /* of KonkursAssignExpert */
  GArray     *essays;      /* of KonkursAssignEssay */
  GHashTable *conflicts;   /* "essay:expert" */
  GPtrArray  *strings;     /* what the experts' sectors point into */
} Pool;

static void
pool_free (Pool *pool)
{
  g_array_unref (pool->experts);
  g_array_unref (pool->essays);
  g_hash_table_unref (pool->conflicts);
  g_ptr_array_unref (pool->strings);
  g_free (pool);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (Pool, pool_free)

static char *
conflict_key (gint64 essay, gint64 expert)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, essay, expert);
}

static gboolean
in_conflict (gint64 essay, gint64 expert, gpointer data)
{
  g_autofree char *key = conflict_key (essay, expert);

  return g_hash_table_contains (data, key);
}

static Pool *
pool_new (void)
{
  Pool *pool = g_new0 (Pool, 1);

  pool->experts = g_array_new (FALSE, TRUE, sizeof (KonkursAssignExpert));
  pool->essays = g_array_new (FALSE, TRUE, sizeof (KonkursAssignEssay));
  pool->conflicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  pool->strings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return pool;
}

/* @sector NULL: an expert of every sector. */
static void
add_expert (Pool *pool, gint64 id, KonkursExpertBackground background, const char *sector)
{
  KonkursAssignExpert expert = { .id = id, .background = background, .available = TRUE };
  char **sectors = NULL;

  if (sector != NULL)
    {
      sectors = g_new0 (char *, 2);
      sectors[0] = g_strdup (sector);
      g_ptr_array_add (pool->strings, sectors);
    }
  expert.sectors = (const char * const *) sectors;
  g_array_append_val (pool->experts, expert);
}

static void
add_essay (Pool *pool, gint64 id, const char *sector, guint wanted)
{
  KonkursAssignEssay essay = { .id = id, .sector = sector, .n_wanted = wanted };

  g_array_append_val (pool->essays, essay);
}

static void
add_conflict (Pool *pool, gint64 essay, gint64 expert)
{
  g_hash_table_add (pool->conflicts, conflict_key (essay, expert));
}

static GArray *
run (Pool *pool, guint64 seed, GError **error)
{
  return konkurs_essay_assign ((KonkursAssignEssay *) pool->essays->data, pool->essays->len,
                               (KonkursAssignExpert *) pool->experts->data, pool->experts->len,
                               in_conflict, pool->conflicts, seed, error);
}

/* A pool of @n_experts over @n_sectors sectors, random backgrounds, a
 * few experts of every sector, @conflict_share of the pairs in conflict. */
static Pool *
random_pool (GRand *rand, guint n_experts, guint n_sectors, guint n_essays, double conflict_share)
{
  Pool *pool = pool_new ();

  for (guint i = 0; i < n_experts; i++)
    add_expert (pool, 1000 + i, g_rand_int_range (rand, 1, KONKURS_EXPERT_BACKGROUND_LAST + 1),
                g_rand_int_range (rand, 0, 20) == 0 ? NULL : sector_names[g_rand_int_range (rand, 0, n_sectors)]);
  for (guint e = 0; e < n_essays; e++)
    {
      add_essay (pool, e + 1, sector_names[g_rand_int_range (rand, 0, n_sectors)], 3);
      for (guint i = 0; i < n_experts; i++)
        if (g_rand_double (rand) < conflict_share)
          add_conflict (pool, e + 1, 1000 + i);
    }
  return pool;
}

static const KonkursAssignExpert *
expert_by_id (Pool *pool, gint64 id)
{
  for (guint i = 0; i < pool->experts->len; i++)
    if (g_array_index (pool->experts, KonkursAssignExpert, i).id == id)
      return &g_array_index (pool->experts, KonkursAssignExpert, i);
  g_assert_not_reached ();
}

static gboolean
has_conflicts (Pool *pool, gint64 expert)
{
  for (guint e = 0; e < pool->essays->len; e++)
    if (in_conflict (g_array_index (pool->essays, KonkursAssignEssay, e).id, expert, pool->conflicts))
      return TRUE;
  return FALSE;
}

/* Every constraint of the draw, on its result. */
static void
check_constraints (Pool *pool, GArray *pairs)
{
  g_autofree guint *loads = g_new0 (guint, pool->experts->len);
  guint p = 0;

  for (guint e = 0; e < pool->essays->len; e++)
    {
      const KonkursAssignEssay *essay = &g_array_index (pool->essays, KonkursAssignEssay, e);
      guint backgrounds = 0, graders = 0, eligible_backgrounds = 0;

      for (; p < pairs->len && g_array_index (pairs, KonkursAssignPair, p).essay_id == essay->id; p++)
        {
          const KonkursAssignPair *pair = &g_array_index (pairs, KonkursAssignPair, p);
          const KonkursAssignExpert *expert = expert_by_id (pool, pair->expert_id);

          g_assert_cmpint (konkurs_essay_assign_explain (essay, expert, in_conflict, pool->conflicts), ==, 0);
          g_assert_true (expert->available);
          g_assert_false (in_conflict (essay->id, expert->id, pool->conflicts));
          g_assert_true (expert->sectors == NULL || g_strv_contains (expert->sectors, essay->sector));
          backgrounds |= 1u << expert->background;
          loads[expert - (KonkursAssignExpert *) pool->experts->data]++;
          graders++;
        }
      g_assert_cmpuint (graders, ==, essay->n_wanted);
      /* one of each background the essay's eligible experts have */
      for (guint i = 0; i < pool->experts->len; i++)
        {
          const KonkursAssignExpert *expert = &g_array_index (pool->experts, KonkursAssignExpert, i);

          if (konkurs_essay_assign_explain (essay, expert, in_conflict, pool->conflicts) == 0)
            eligible_backgrounds |= 1u << expert->background;
        }
      g_assert_cmpuint ((guint) __builtin_popcount (backgrounds), ==,
                        MIN (essay->n_wanted, (guint) __builtin_popcount (eligible_backgrounds)));
    }
  g_assert_cmpuint (p, ==, pairs->len);

  /* balanced: two experts of the same sector and background, both able to
   * take every essay of it, end at most one essay apart */
  for (guint i = 0; i < pool->experts->len; i++)
    for (guint j = 0; j < pool->experts->len; j++)
      {
        const KonkursAssignExpert *a = &g_array_index (pool->experts, KonkursAssignExpert, i);
        const KonkursAssignExpert *b = &g_array_index (pool->experts, KonkursAssignExpert, j);

        if (a->sectors == NULL || b->sectors == NULL || a->background != b->background
            || !g_str_equal (a->sectors[0], b->sectors[0]) || has_conflicts (pool, a->id) || has_conflicts (pool, b->id))
          continue;
        g_assert_cmpuint (loads[i], <=, loads[j] + 1);
      }
}

static void
test_generated_pools (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20261203);

  for (guint round = 0; round < 40; round++)
    {
      g_autoptr (Pool) pool = random_pool (rand, g_rand_int_range (rand, 40, 90), g_rand_int_range (rand, 1, 5),
                                           g_rand_int_range (rand, 20, 200), round % 2 == 0 ? 0.0 : 0.02);
      g_autoptr (GError) error = NULL;
      g_autoptr (GArray) pairs = run (pool, g_rand_int (rand), &error);

      g_test_message ("round %u: %u experts, %u essays", round, pool->experts->len, pool->essays->len);
      if (pairs == NULL)
        {
          /* a small pool may lack three eligible experts for an essay: it
           * must say so, never assign half */
          g_assert_error (error, KONKURS_ASSIGN_ERROR, KONKURS_ASSIGN_ERROR_TOO_FEW);
          continue;
        }
      g_assert_no_error (error);
      check_constraints (pool, pairs);
    }
}

static void
test_balanced_exactly (void)
{
  g_autoptr (Pool) pool = pool_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) pairs = NULL;
  guint loads[9] = { 0 };

  /* three of each background in one sector, 10 essays: 30 gradings over
   * 9 experts, 3 or 4 each, every essay with all three backgrounds */
  for (guint i = 0; i < 9; i++)
    add_expert (pool, i, i % 3 + 1, "law");
  for (guint e = 0; e < 10; e++)
    add_essay (pool, 100 + e, "law", 3);
  pairs = run (pool, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 30);
  for (guint p = 0; p < pairs->len; p++)
    loads[g_array_index (pairs, KonkursAssignPair, p).expert_id]++;
  for (guint i = 0; i < 9; i++)
    {
      g_assert_cmpuint (loads[i], >=, 3);
      g_assert_cmpuint (loads[i], <=, 4);
    }
  check_constraints (pool, pairs);
}

static void
test_background_rule (void)
{
  g_autoptr (Pool) pool = pool_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) pairs = NULL;

  /* five academics and one of each other background: the two others are
   * on every essay, however loaded, while they are the only ones of their
   * background */
  for (guint i = 0; i < 5; i++)
    add_expert (pool, i, KONKURS_EXPERT_BACKGROUND_ACADEMIA, "it");
  add_expert (pool, 10, KONKURS_EXPERT_BACKGROUND_BUSINESS, "it");
  add_expert (pool, 20, KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE, NULL);
  for (guint e = 0; e < 6; e++)
    add_essay (pool, 100 + e, "it", 3);
  pairs = run (pool, 99, &error);
  g_assert_no_error (error);
  for (guint e = 0; e < 6; e++)
    {
      gboolean business = FALSE, civil = FALSE;

      for (guint p = 0; p < 3; p++)
        {
          gint64 expert = g_array_index (pairs, KonkursAssignPair, e * 3 + p).expert_id;

          g_assert_cmpint (g_array_index (pairs, KonkursAssignPair, e * 3 + p).essay_id, ==, 100 + e);
          business |= expert == 10;
          civil |= expert == 20;
        }
      g_assert_true (business && civil);
    }

  /* with only academics left for an essay, three academics grade it */
  add_conflict (pool, 100, 10);
  add_conflict (pool, 100, 20);
  g_clear_pointer (&pairs, g_array_unref);
  pairs = run (pool, 99, &error);
  g_assert_no_error (error);
  for (guint p = 0; p < 3; p++)
    g_assert_cmpint (g_array_index (pairs, KonkursAssignPair, p).expert_id, <, 5);
}

static void
test_too_few (void)
{
  g_autoptr (Pool) pool = pool_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) pairs = NULL;

  add_expert (pool, 1, KONKURS_EXPERT_BACKGROUND_ACADEMIA, "law");
  add_expert (pool, 2, KONKURS_EXPERT_BACKGROUND_BUSINESS, "law");
  add_expert (pool, 3, KONKURS_EXPERT_BACKGROUND_ACADEMIA, "health");
  add_expert (pool, 4, KONKURS_EXPERT_BACKGROUND_BUSINESS, "health");
  add_expert (pool, 5, KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE, "health");
  add_essay (pool, 10, "health", 3);
  add_essay (pool, 11, "law", 3);
  add_essay (pool, 12, "health", 3);
  pairs = run (pool, 1, &error);
  g_assert_null (pairs);
  g_assert_error (error, KONKURS_ASSIGN_ERROR, KONKURS_ASSIGN_ERROR_TOO_FEW);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "“law”"));
  g_assert_nonnull (strstr (error->message, "no. 11"));
  g_assert_nonnull (strstr (error->message, "needed: 3"));
  g_assert_nonnull (strstr (error->message, "interest): 2."));
  g_clear_error (&error);

  /* a third expert of the sector, unavailable, changes nothing */
  add_expert (pool, 6, KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE, "law");
  g_array_index (pool->experts, KonkursAssignExpert, 5).available = FALSE;
  g_assert_null (run (pool, 1, &error));
  g_assert_error (error, KONKURS_ASSIGN_ERROR, KONKURS_ASSIGN_ERROR_TOO_FEW);
  g_clear_error (&error);
  g_array_index (pool->experts, KonkursAssignExpert, 5).available = TRUE;
  pairs = run (pool, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 9);
  g_clear_pointer (&pairs, g_array_unref);

  /* everyone in conflict with one essay */
  for (gint64 expert = 3; expert <= 5; expert++)
    add_conflict (pool, 12, expert);
  g_assert_null (run (pool, 1, &error));
  g_assert_error (error, KONKURS_ASSIGN_ERROR, KONKURS_ASSIGN_ERROR_TOO_FEW);
  g_assert_nonnull (strstr (error->message, "“health”"));
  g_assert_nonnull (strstr (error->message, "interest): 0."));
  g_clear_error (&error);

  /* no experts at all, and an essay without a sector */
  {
    g_autoptr (Pool) empty = pool_new ();

    add_essay (empty, 1, NULL, 3);
    g_assert_null (run (empty, 1, &error));
    g_assert_error (error, KONKURS_ASSIGN_ERROR, KONKURS_ASSIGN_ERROR_TOO_FEW);
    g_assert_null (strstr (error->message, "sector"));
  }
}

static GArray *
draw_of (guint64 seed)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (5);
  g_autoptr (Pool) pool = random_pool (rand, 60, 3, 150, 0.01);
  g_autoptr (GError) error = NULL;
  GArray *pairs = run (pool, seed, &error);

  g_assert_no_error (error);
  return pairs;
}

static void
test_reproducible (void)
{
  g_autoptr (GArray) first = draw_of (G_GUINT64_CONSTANT (0x0123456789abcdef));
  g_autoptr (GArray) again = draw_of (G_GUINT64_CONSTANT (0x0123456789abcdef));
  g_autoptr (GArray) other = draw_of (G_GUINT64_CONSTANT (0x0123456789abcdee));

  g_assert_cmpuint (first->len, ==, again->len);
  g_assert_cmpmem (first->data, first->len * sizeof (KonkursAssignPair),
                   again->data, again->len * sizeof (KonkursAssignPair));
  g_assert_cmpuint (first->len, ==, other->len);
  g_assert_true (memcmp (first->data, other->data, first->len * sizeof (KonkursAssignPair)) != 0);
}

/* The generator and the tie-break exactly as documented, so that another
 * tool can replay a draw: SplitMix64 from seed 0 gives 0xe220a8397b1dcdaf
 * (odd), then 0x6e789e6aa1b965f4 (even) — the published first outputs. */
static void
test_documented_draw (void)
{
  g_autoptr (Pool) pool = pool_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) pairs = NULL;

  add_expert (pool, 1, KONKURS_EXPERT_BACKGROUND_ACADEMIA, "law");
  add_expert (pool, 2, KONKURS_EXPERT_BACKGROUND_ACADEMIA, "law");
  for (guint e = 0; e < 3; e++)
    add_essay (pool, 10 + e, "law", 1);
  pairs = run (pool, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 3);
  /* two tied: v1 mod 2 = 1, the second; then one least loaded, no draw;
   * then two tied again: v2 mod 2 = 0, the first */
  g_assert_cmpint (g_array_index (pairs, KonkursAssignPair, 0).expert_id, ==, 2);
  g_assert_cmpint (g_array_index (pairs, KonkursAssignPair, 1).expert_id, ==, 1);
  g_assert_cmpint (g_array_index (pairs, KonkursAssignPair, 2).expert_id, ==, 1);
}

static void
test_loads_and_reassign (void)
{
  g_autoptr (Pool) pool = pool_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GArray) pairs = NULL;
  const gint64 kept[] = { 1, 2 };
  KonkursAssignEssay *essay;

  add_expert (pool, 1, KONKURS_EXPERT_BACKGROUND_ACADEMIA, "law");
  add_expert (pool, 2, KONKURS_EXPERT_BACKGROUND_BUSINESS, "law");
  add_expert (pool, 3, KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE, "law");
  add_expert (pool, 4, KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE, "law");
  add_expert (pool, 5, KONKURS_EXPERT_BACKGROUND_ACADEMIA, "law");
  /* expert 3 already holds many essays of the stage: 4 is drawn */
  g_array_index (pool->experts, KonkursAssignExpert, 2).load = 12;
  g_array_index (pool->experts, KonkursAssignExpert, 3).load = 11;
  /* one grader to replace on an essay that keeps experts 1 and 2: the
   * missing background, civil service, and never 1 or 2 again */
  add_essay (pool, 50, "law", 1);
  essay = &g_array_index (pool->essays, KonkursAssignEssay, 0);
  essay->taken = kept;
  essay->n_taken = 2;
  pairs = run (pool, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 1);
  g_assert_cmpint (g_array_index (pairs, KonkursAssignPair, 0).expert_id, ==, 4);

  /* an essay wanting nothing is skipped */
  essay->n_wanted = 0;
  g_clear_pointer (&pairs, g_array_unref);
  pairs = run (pool, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pairs->len, ==, 0);
}

static void
test_explain (void)
{
  g_autoptr (Pool) pool = pool_new ();
  const gint64 kept[] = { 2 };
  KonkursAssignEssay essay = { .id = 7, .sector = "law", .n_wanted = 2, .taken = kept, .n_taken = 1 };
  const KonkursAssignExpert *e;

  add_expert (pool, 1, KONKURS_EXPERT_BACKGROUND_ACADEMIA, "health");
  add_expert (pool, 2, KONKURS_EXPERT_BACKGROUND_ACADEMIA, "law");
  add_expert (pool, 3, KONKURS_EXPERT_BACKGROUND_ACADEMIA, "law");
  add_expert (pool, 4, KONKURS_EXPERT_BACKGROUND_ACADEMIA, NULL);
  add_conflict (pool, 7, 3);
  e = (KonkursAssignExpert *) pool->experts->data;
  g_assert_cmpint (konkurs_essay_assign_explain (&essay, &e[0], in_conflict, pool->conflicts), ==,
                   KONKURS_ASSIGN_LEFT_OUT_SECTOR);
  g_assert_cmpint (konkurs_essay_assign_explain (&essay, &e[1], in_conflict, pool->conflicts), ==, 0);
  g_assert_cmpint (konkurs_essay_assign_explain (&essay, &e[2], in_conflict, pool->conflicts), ==,
                   KONKURS_ASSIGN_LEFT_OUT_CONFLICT);
  g_assert_cmpint (konkurs_essay_assign_explain (&essay, &e[2], NULL, NULL), ==, 0);
  g_assert_cmpint (konkurs_essay_assign_explain (&essay, &e[3], in_conflict, pool->conflicts), ==, 0);
  g_array_index (pool->experts, KonkursAssignExpert, 3).available = FALSE;
  g_assert_cmpint (konkurs_essay_assign_explain (&essay, &e[3], in_conflict, pool->conflicts), ==,
                   KONKURS_ASSIGN_LEFT_OUT_UNAVAILABLE);
  for (KonkursAssignLeftOut r = KONKURS_ASSIGN_LEFT_OUT_SECTOR; r <= KONKURS_ASSIGN_LEFT_OUT_BACKGROUND; r++)
    g_assert_nonnull (konkurs_assign_left_out_get_label (r));
  g_assert_null (konkurs_assign_left_out_get_label (0));
}

static void
test_codes_and_seed (void)
{
  KonkursExpertBackground background = 0;
  guint64 seed = 0;
  g_autofree char *text = konkurs_essay_draw_seed_to_string (G_GUINT64_CONSTANT (0x00ff00ff12345678));

  for (KonkursExpertBackground b = KONKURS_EXPERT_BACKGROUND_ACADEMIA; b <= KONKURS_EXPERT_BACKGROUND_LAST; b++)
    {
      g_assert_true (konkurs_expert_background_from_code (konkurs_expert_background_to_code (b), &background));
      g_assert_cmpint (background, ==, b);
      g_assert_nonnull (konkurs_expert_background_get_label (b));
    }
  g_assert_cmpstr (konkurs_expert_background_to_code (KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE), ==, "civil-service");
  g_assert_false (konkurs_expert_background_from_code ("industry", &background));

  g_assert_cmpstr (text, ==, "00ff00ff12345678");
  g_assert_true (konkurs_essay_draw_seed_from_string (text, &seed));
  g_assert_cmpuint (seed, ==, G_GUINT64_CONSTANT (0x00ff00ff12345678));
  g_assert_false (konkurs_essay_draw_seed_from_string ("00ff00ff1234567", &seed));
  g_assert_false (konkurs_essay_draw_seed_from_string ("00ff00ff1234567g", &seed));
  g_assert_false (konkurs_essay_draw_seed_from_string (NULL, &seed));
  /* two draws of the system's source differ (a 2^-64 chance they do not) */
  g_assert_cmpuint (konkurs_essay_draw_seed (), !=, konkurs_essay_draw_seed ());
}

int
main (int argc, char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/essay-assign/generated-pools", test_generated_pools);
  g_test_add_func ("/essay-assign/balanced", test_balanced_exactly);
  g_test_add_func ("/essay-assign/backgrounds", test_background_rule);
  g_test_add_func ("/essay-assign/too-few", test_too_few);
  g_test_add_func ("/essay-assign/reproducible", test_reproducible);
  g_test_add_func ("/essay-assign/documented-draw", test_documented_draw);
  g_test_add_func ("/essay-assign/loads-and-reassign", test_loads_and_reassign);
  g_test_add_func ("/essay-assign/explain", test_explain);
  g_test_add_func ("/essay-assign/codes-and-seed", test_codes_and_seed);
  return g_test_run ();
}
