/* bench-assign.c — how long the essay assignment draw takes
 *
 * Not a test: tests/benchmark.py runs it and prints its figures.  It
 * draws graders for ESSAYS essays (20,000) over EXPERTS experts (300) in
 * 10 sectors with the three backgrounds, about 1 % of the essay–expert
 * pairs in conflict, answered from a hash set as the store answers, and
 * prints the median and the slowest of five runs, and the spread of the
 * load within each sector and background.
 *
 *   bench-assign [ESSAYS [EXPERTS]]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "konkurs-essay-assign.h"

#define N_SECTORS 10
#define RUNS 5

static const char * const sector_codes[N_SECTORS + 1] = {
  "economy", "law", "health", "education", "it", "agriculture", "energy", "transport", "culture", "finance", NULL
};

static gboolean
in_conflict (gint64 essay, gint64 expert, gpointer data)
{
  gint64 key = (essay << 16) | expert;

  return g_hash_table_contains (data, &key);
}

static int
compare_doubles (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The largest difference of load between two experts of one sector and
 * background (what "balanced" bounds; conflicts may widen it by one). */
static guint
load_spread (GArray *pairs, const KonkursAssignExpert *experts, guint n_experts)
{
  g_autofree guint *loads = g_new0 (guint, n_experts);
  guint spread = 0;

  for (guint p = 0; p < pairs->len; p++)
    loads[g_array_index (pairs, KonkursAssignPair, p).expert_id]++;
  for (guint i = 0; i < n_experts; i++)
    for (guint j = 0; j < n_experts; j++)
      if (experts[i].background == experts[j].background && experts[i].sectors == experts[j].sectors
          && loads[i] > loads[j])
        spread = MAX (spread, loads[i] - loads[j]);
  return spread;
}

int
main (int argc, char *argv[])
{
  guint n_essays = argc > 1 ? (guint) atoi (argv[1]) : 20000;
  guint n_experts = argc > 2 ? (guint) atoi (argv[2]) : 300;
  g_autoptr (GRand) rand = g_rand_new_with_seed (2026);
  g_autofree KonkursAssignExpert *experts = g_new0 (KonkursAssignExpert, n_experts);
  g_autofree KonkursAssignEssay *essays = g_new0 (KonkursAssignEssay, n_essays);
  const char *sector_lists[N_SECTORS][2];
  g_autoptr (GHashTable) conflicts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr (GArray) pairs = NULL;
  double times[RUNS];

  for (guint s = 0; s < N_SECTORS; s++)
    {
      sector_lists[s][0] = sector_codes[s];
      sector_lists[s][1] = NULL;
    }
  for (guint i = 0; i < n_experts; i++)
    experts[i] = (KonkursAssignExpert) { .id = i, .background = i % 3 + 1, .available = TRUE,
                                         .sectors = sector_lists[(i / 3) % N_SECTORS] };
  for (guint e = 0; e < n_essays; e++)
    {
      essays[e] = (KonkursAssignEssay) { .id = e, .sector = sector_codes[g_rand_int_range (rand, 0, N_SECTORS)],
                                         .n_wanted = 3 };
      for (guint k = 0; k < 3; k++)   /* 3 of 300 experts: 1 % of the pairs */
        {
          gint64 *key = g_new (gint64, 1);

          *key = ((gint64) e << 16) | g_rand_int_range (rand, 0, (gint32) n_experts);
          g_hash_table_add (conflicts, key);
        }
    }

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr (GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      g_clear_pointer (&pairs, g_array_unref);
      pairs = konkurs_essay_assign (essays, n_essays, experts, n_experts, in_conflict, conflicts,
                                    G_GUINT64_CONSTANT (0x5eed) + run, &error);
      times[run] = (g_get_monotonic_time () - start) / 1000.0;
      if (pairs == NULL)
        {
          fprintf (stderr, "bench-assign: %s\n", error->message);
          return 1;
        }
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  printf ("essays: %u\nexperts: %u\nsectors: %d\nconflicts: %u\npairs: %u\n", n_essays, n_experts, N_SECTORS,
          g_hash_table_size (conflicts), pairs->len);
  printf ("median-ms: %.1f\nmax-ms: %.1f\nload-spread: %u\n", times[RUNS / 2], times[RUNS - 1],
          load_spread (pairs, experts, n_experts));
  return 0;
}
