/* bench-search.c — latency of the search of the candidates list
 *
 * Not a test: run by tests/benchmark.py, or by hand as
 *   bench-search DATABASE N
 * It types N random prefixes (the start of a surname, a name or an IIN,
 * as a secretary does) and prints the median and 95th percentile of
 * konkurs_store_query_candidate_ids() in milliseconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "konkurs-store-candidates.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The first @n characters of @text (UTF-8). */
static char *
prefix (const char *text,
        int         n)
{
  const char *end = text;

  for (int i = 0; i < n && *end != '\0'; i++)
    end = g_utf8_next_char (end);
  return g_strndup (text, end - text);
}

static char *
random_query (GRand            *rand,
              KonkursCandidate *candidate)
{
  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      return prefix (konkurs_candidate_get_iin (candidate), g_rand_int_range (rand, 4, 9));
    case 1:
      return prefix (konkurs_candidate_get_name (candidate), g_rand_int_range (rand, 2, 5));
    case 2:
      /* Lower case, as people type. */
      {
        g_autofree char *start = prefix (konkurs_candidate_get_surname (candidate), g_rand_int_range (rand, 2, 6));
        return g_utf8_strdown (start, -1);
      }
    default:
      {
        g_autofree char *surname = prefix (konkurs_candidate_get_surname (candidate), 3);
        g_autofree char *name = prefix (konkurs_candidate_get_name (candidate), 2);
        return g_strdup_printf ("%s %s", surname, name);
      }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  KonkursCandidateFilter filter;
  guint64 n, total_hits = 0;

  if (argc != 3 || !g_ascii_string_to_unsigned (argv[2], 10, 1, 1000000, &n, NULL))
    {
      g_printerr ("Usage: %s DATABASE N\n", argv[0]);
      return 2;
    }

  store = konkurs_store_open (argv[1], NULL, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  konkurs_candidate_filter_init (&filter);
  all = konkurs_store_query_candidate_ids (store, &filter, &error);
  if (all == NULL || all->len == 0)
    {
      g_printerr ("%s\n", all == NULL ? error->message : "The database has no candidates.");
      return 1;
    }

  for (guint64 i = 0; i < n; i++)
    {
      gint64 id = g_array_index (all, gint64, g_rand_int_range (rand, 0, all->len));
      g_autoptr(GPtrArray) one = konkurs_store_get_candidates (store, &id, 1, FALSE, NULL);
      g_autofree char *query = random_query (rand, g_ptr_array_index (one, 0));
      g_autoptr(GArray) ids = NULL;
      gint64 start;
      double ms;

      filter.text = query;
      start = g_get_monotonic_time ();
      ids = konkurs_store_query_candidate_ids (store, &filter, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (ids == NULL)
        {
          g_printerr ("“%s”: %s\n", query, error->message);
          return 1;
        }
      if (ids->len == 0)
        {
          g_printerr ("“%s” found nobody, but it was taken from a candidate.\n", query);
          return 1;
        }
      total_hits += ids->len;
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  g_print ("candidates: %u\nqueries: %" G_GUINT64_FORMAT "\n", all->len, n);
  g_print ("median-ms: %.3f\np95-ms: %.3f\nmax-ms: %.3f\nmean-hits: %.1f\n",
           g_array_index (times, double, times->len / 2),
           g_array_index (times, double, (guint) (times->len * 0.95)),
           g_array_index (times, double, times->len - 1),
           (double) total_hits / n);
  return 0;
}
