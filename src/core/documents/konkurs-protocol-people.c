/* konkurs-protocol-people.c — the candidates a protocol names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-collation.h"
#include "konkurs-protocol-people.h"
#include "konkurs-store-candidates.h"

GHashTable *
konkurs_protocol_load_candidates (KonkursStore  *store,
                                  GPtrArray     *candidacies,
                                  GError       **error)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), candidacies->len);
  g_autoptr(GPtrArray) candidates = NULL;
  GHashTable *by_id;

  for (guint i = 0; i < candidacies->len; i++)
    {
      gint64 id = konkurs_candidacy_get_candidate_id (g_ptr_array_index (candidacies, i));

      g_array_append_val (ids, id);
    }

  candidates = konkurs_store_get_candidates (store, (const gint64 *) ids->data, ids->len, FALSE, error);
  if (candidates == NULL)
    return NULL;

  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < candidates->len; i++)
    {
      KonkursCandidate *candidate = g_ptr_array_index (candidates, i);
      gint64 id = konkurs_candidate_get_id (candidate);

      if (!g_hash_table_contains (by_id, &id))
        g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), g_object_ref (candidate));
    }

  return by_id;
}

KonkursCandidate *
konkurs_protocol_candidate_of (GHashTable       *candidates,
                               KonkursCandidacy *candidacy)
{
  gint64 id = konkurs_candidacy_get_candidate_id (candidacy);

  return g_hash_table_lookup (candidates, &id);
}

static int
compare_rows (gconstpointer a, gconstpointer b, gpointer user_data)
{
  GHashTable *keys = user_data;
  KonkursCandidacy *first = *(KonkursCandidacy **) a;
  KonkursCandidacy *second = *(KonkursCandidacy **) b;
  int order = g_strcmp0 (g_hash_table_lookup (keys, first), g_hash_table_lookup (keys, second));

  if (order != 0)
    return order;
  return (konkurs_candidacy_get_id (first) > konkurs_candidacy_get_id (second))
       - (konkurs_candidacy_get_id (first) < konkurs_candidacy_get_id (second));
}

void
konkurs_protocol_sort_by_name (GPtrArray  *candidacies,
                               GHashTable *candidates)
{
  g_autoptr(GHashTable) keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint i = 0; i < candidacies->len; i++)
    {
      KonkursCandidacy *candidacy = g_ptr_array_index (candidacies, i);
      KonkursCandidate *candidate = konkurs_protocol_candidate_of (candidates, candidacy);
      g_autofree char *name = candidate ? konkurs_candidate_dup_full_name (candidate) : g_strdup ("");
      g_autofree char *text = g_strconcat (name, "\x02", candidate ? konkurs_candidate_get_iin (candidate) : "", NULL);

      g_hash_table_insert (keys, candidacy, konkurs_collation_key (text));
    }

  g_ptr_array_sort_with_data (candidacies, compare_rows, keys);
}
