/* konkurs-final-ranking.c — winners, reserve lists and the Youth
 * Reserve's top (the rules are in the header)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-code-table-private.h"
#include "konkurs-final-ranking.h"

static const KonkursCodeEntry places_table[] = {
  { KONKURS_PLACE_NONE,    "none",    NULL },
  { KONKURS_PLACE_WINNER,  "winner",  NULL },
  { KONKURS_PLACE_RESERVE, "reserve", NULL },
  { KONKURS_PLACE_TIED,    "tied",    NULL },
};

const char *
konkurs_place_to_code (KonkursPlace place)
{
  return KONKURS_CODE_TABLE_TO_CODE (places_table, place);
}

gboolean
konkurs_place_from_code (const char   *code,
                         KonkursPlace *out)
{
  int value;

  if (!konkurs_code_table_find_code (places_table, G_N_ELEMENTS (places_table), code, &value))
    return FALSE;
  if (out != NULL)
    *out = value;
  return TRUE;
}

/* Ordering */

/* Key @i of @e; a key the entry lacks ranks below every value. */
static gint64
key_at (const KonkursRankingEntry *e,
        guint                      i)
{
  return i < MIN (e->n_keys, KONKURS_RANKING_MAX_KEYS) ? e->keys[i] : G_MININT64;
}

/* The first key where @a and @b differ, or -1 when they are equal. */
static int
differing_key (const KonkursRankingEntry *a,
               const KonkursRankingEntry *b)
{
  for (guint i = 0; i < KONKURS_RANKING_MAX_KEYS; i++)
    if (key_at (a, i) != key_at (b, i))
      return (int) i;
  return -1;
}

/* Better keys first; the application id only makes the order total. */
static int
compare_keys (const KonkursRankingEntry *a,
              const KonkursRankingEntry *b)
{
  int i = differing_key (a, b);

  if (i >= 0)
    return key_at (a, i) > key_at (b, i) ? -1 : 1;
  return (a->application_id > b->application_id) - (a->application_id < b->application_id);
}

static int
compare_in_group (gconstpointer pa,
                  gconstpointer pb)
{
  const KonkursRankingEntry *a = *(const KonkursRankingEntry * const *) pa;
  const KonkursRankingEntry *b = *(const KonkursRankingEntry * const *) pb;

  if (a->group != b->group)
    return (a->group > b->group) - (a->group < b->group);
  return compare_keys (a, b);
}

static int
compare_overall (gconstpointer pa,
                 gconstpointer pb)
{
  return compare_keys (*(const KonkursRankingEntry * const *) pa, *(const KonkursRankingEntry * const *) pb);
}

/* The output's order: group, then rank (the not recommended last), then id. */
static int
compare_places (gconstpointer pa,
                gconstpointer pb)
{
  const KonkursRankingPlace *a = pa, *b = pb;
  guint ra = a->rank != 0 ? a->rank : G_MAXUINT, rb = b->rank != 0 ? b->rank : G_MAXUINT;

  if (a->group != b->group)
    return (a->group > b->group) - (a->group < b->group);
  if (ra != rb)
    return ra < rb ? -1 : 1;
  return (a->application_id > b->application_id) - (a->application_id < b->application_id);
}

/* One entry while it is placed. */
typedef struct {
  const KonkursRankingEntry *entry;
  KonkursRankingPlace        place;
  gboolean                   admitted;
  gboolean                   held;      /* tied at a sector quota's cut, places held for the tie */
} Item;

/* @entries in @compare's order, recommended ones only, with their ranks and
 * the keys that told them apart; ranks restart at each group when
 * @by_group. */
static GArray *
rank_items (const KonkursRankingEntry *entries,
            guint                      n_entries,
            gboolean                   by_group)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  GArray *items = g_array_new (FALSE, TRUE, sizeof (Item));

  for (guint i = 0; i < n_entries; i++)
    if (entries[i].recommended)
      g_ptr_array_add (sorted, (gpointer) &entries[i]);
  g_ptr_array_sort (sorted, by_group ? compare_in_group : compare_overall);

  for (guint i = 0, in_group = 0; i < sorted->len; i++)
    {
      const KonkursRankingEntry *e = g_ptr_array_index (sorted, i);
      const Item *above = items->len > 0 ? &g_array_index (items, Item, items->len - 1) : NULL;
      Item item = { .entry = e };

      if (above != NULL && by_group && above->entry->group != e->group)
        above = NULL, in_group = 0;
      in_group++;
      item.place = (KonkursRankingPlace) {
        .application_id = e->application_id, .group = e->group, .sector = e->sector, .place = KONKURS_PLACE_RESERVE,
        .decided_by_key = above != NULL ? differing_key (above->entry, e) : -1,
        .rank = above != NULL && differing_key (above->entry, e) < 0 ? above->place.rank : in_group,
      };
      g_array_append_val (items, item);
    }
  return items;
}

/* The places of @items, and a NONE place for every entry not recommended. */
static GArray *
collect_places (GArray                    *items,
                const KonkursRankingEntry *entries,
                guint                      n_entries)
{
  GArray *places = g_array_sized_new (FALSE, TRUE, sizeof (KonkursRankingPlace), n_entries);

  for (guint i = 0; i < items->len; i++)
    g_array_append_val (places, g_array_index (items, Item, i).place);
  for (guint i = 0; i < n_entries; i++)
    if (!entries[i].recommended)
      {
        KonkursRankingPlace none = { .application_id = entries[i].application_id, .group = entries[i].group,
                                     .sector = entries[i].sector, .place = KONKURS_PLACE_NONE,
                                     .decided_by_key = -1 };

        g_array_append_val (places, none);
      }
  g_array_sort (places, compare_places);
  return places;
}

/* Ties */

/* The position of @application_id in @decided, or -1. */
static int
decision_position (const KonkursTieDecision *decided,
                   gint64                    application_id)
{
  for (guint i = 0; decided != NULL && i < decided->n_application_ids; i++)
    if (decided->application_ids[i] == application_id)
      return (int) i;
  return -1;
}

/* @items (@n of them, pointers) are tied for @tied_places.  When
 * @decided names enough of them, the first it names take the places
 * (admitted) and the others do not (when @rank_below, ranked below them,
 * so that the list shows the commission's order); otherwise they are
 * TIED in a new cut.  Returns TRUE when the decision settled it. */
static gboolean
settle_tie (Item                     **items,
            guint                      n,
            guint                      tied_places,
            const KonkursTieDecision  *decided,
            gboolean                   rank_below,
            guint                     *cuts)
{
  guint named = 0, rank = items[0]->place.rank;

  for (guint i = 0; i < n; i++)
    named += decision_position (decided, items[i]->entry->application_id) >= 0;
  if (named < tied_places)
    {
      ++*cuts;
      for (guint i = 0; i < n; i++)
        {
          items[i]->place.place = KONKURS_PLACE_TIED;
          items[i]->place.tied_places = tied_places;
          items[i]->place.cut = *cuts;
        }
      return FALSE;
    }
  /* the first @tied_places named, in the decision's order */
  for (guint taken = 0, d = 0; taken < tied_places && d < decided->n_application_ids; d++)
    for (guint i = 0; i < n; i++)
      if (items[i]->entry->application_id == decided->application_ids[d] && !items[i]->admitted)
        {
          items[i]->admitted = TRUE;
          taken++;
          break;
        }
  for (guint i = 0; i < n; i++)
    {
      items[i]->held = FALSE;
      items[i]->place.place = items[i]->admitted ? KONKURS_PLACE_WINNER : KONKURS_PLACE_RESERVE;
      items[i]->place.cut = 0;
      items[i]->place.tied_places = 0;
      if (rank_below && !items[i]->admitted)
        items[i]->place.rank = rank + tied_places;
    }
  return TRUE;
}

/* Vacancies */

GArray *
konkurs_ranking_vacancies (const KonkursRankingEntry *entries,
                           guint                      n_entries,
                           const KonkursTieDecision  *decided)
{
  g_autoptr(GArray) items = NULL;
  guint cuts = 0;

  g_return_val_if_fail (entries != NULL || n_entries == 0, NULL);

  items = rank_items (entries, n_entries, TRUE);
  for (guint start = 0; start < items->len;)
    {
      Item *first = &g_array_index (items, Item, start);
      guint end = start + 1, best = 1;

      while (end < items->len && g_array_index (items, Item, end).entry->group == first->entry->group)
        {
          best += g_array_index (items, Item, end).place.rank == 1;
          end++;
        }
      if (best == 1)
        {
          first->admitted = TRUE;
          first->place.place = KONKURS_PLACE_WINNER;
        }
      else
        {
          g_autofree Item **tied = g_new (Item *, best);

          for (guint i = 0; i < best; i++)
            tied[i] = first + i;
          settle_tie (tied, best, 1, decided, TRUE, &cuts);
        }
      start = end;
    }
  return collect_places (items, entries, n_entries);
}

/* The Youth Reserve's top */

typedef struct {
  GArray                   *items;       /* of Item, overall order */
  const KonkursTieDecision *decided;
  guint                     cuts;
  guint                     admitted;    /* places given */
  guint                     held;        /* places held for undecided ties at quotas */
} Top;

/* The end of the run of equal keys (one rank) that starts at @start. */
static guint
run_end (Top   *top,
         guint  start)
{
  guint end = start + 1;

  while (end < top->items->len
         && g_array_index (top->items, Item, end).place.rank == g_array_index (top->items, Item, start).place.rank)
    end++;
  return end;
}

/* The items of @sector, not admitted, in order (pointers into the array). */
static GPtrArray *
sector_items (Top        *top,
              const char *sector)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < top->items->len; i++)
    {
      Item *item = &g_array_index (top->items, Item, i);

      if (!item->admitted && g_strcmp0 (item->entry->sector, sector) == 0)
        g_ptr_array_add (found, item);
    }
  return found;
}

static void
admit (Top  *top,
       Item *item)
{
  item->admitted = TRUE;
  item->held = FALSE;
  item->place.place = KONKURS_PLACE_WINNER;
  item->place.tied_places = 0;
  item->place.cut = 0;
  top->admitted++;
}

/* Gives @quota places to the best of @sector: a tie at the quota's edge
 * holds the places left for the commission, unless it decided. */
static void
fill_quota (Top        *top,
            const char *sector,
            guint       quota)
{
  g_autoptr(GPtrArray) own = sector_items (top, sector);
  g_autoptr(GPtrArray) tied = g_ptr_array_new ();
  guint better = 0, edge;

  if (own->len <= quota)
    {
      for (guint i = 0; i < own->len; i++)
        admit (top, g_ptr_array_index (own, i));
      return;  /* the places it cannot fill go to everyone */
    }
  edge = ((Item *) g_ptr_array_index (own, quota - 1))->place.rank;
  for (guint i = 0; i < own->len; i++)
    {
      Item *item = g_ptr_array_index (own, i);

      if (item->place.rank < edge)
        admit (top, item), better++;
      else if (item->place.rank == edge)
        g_ptr_array_add (tied, item);
    }
  if (better + tied->len == quota)
    {
      /* the quota ends between two ranks: no tie */
      for (guint i = 0; i < tied->len; i++)
        admit (top, g_ptr_array_index (tied, i));
      return;
    }
  /* equal keys straddle the quota */
  if (settle_tie ((Item **) tied->pdata, tied->len, quota - better, top->decided, FALSE, &top->cuts))
    top->admitted += quota - better;
  else
    {
      top->held += quota - better;
      for (guint i = 0; i < tied->len; i++)
        ((Item *) g_ptr_array_index (tied, i))->held = TRUE;
    }
}

/* How many places the run @start…@end - 1 asks for: one per candidate
 * not admitted, less the places already held for a quota's tie in it. */
static guint
run_demand (Top   *top,
            guint  start,
            guint  end,
            guint *held)
{
  guint demand = 0;

  *held = 0;
  for (guint i = start; i < end; i++)
    {
      Item *item = &g_array_index (top->items, Item, i);

      if (item->admitted)
        continue;
      demand++;
      if (item->held && item->place.cut != 0)
        {
          /* a cut's places counted once, at its first member */
          gboolean first = TRUE;

          for (guint j = start; j < i; j++)
            first &= !(g_array_index (top->items, Item, j).held
                       && g_array_index (top->items, Item, j).place.cut == item->place.cut);
          if (first)
            *held += item->place.tied_places;
        }
    }
  return demand - MIN (demand, *held);
}

/* The places the quotas left, to the best of everyone not admitted yet. */
static void
fill_rest (Top   *top,
           guint  places)
{
  guint left = places - MIN (places, top->admitted + top->held);

  for (guint start = 0; start < top->items->len;)
    {
      guint end = run_end (top, start), held, demand = run_demand (top, start, end, &held);

      if (demand <= left)
        {
          for (guint i = start; i < end; i++)
            if (!g_array_index (top->items, Item, i).admitted)
              admit (top, &g_array_index (top->items, Item, i));
          top->held -= held;
          left -= demand;
        }
      else if (left > 0)
        {
          /* equal keys straddle the last place: one tie, with the places
           * held for a quota's tie among them */
          g_autoptr(GPtrArray) run = g_ptr_array_new ();

          for (guint i = start; i < end; i++)
            if (!g_array_index (top->items, Item, i).admitted)
              g_ptr_array_add (run, &g_array_index (top->items, Item, i));
          settle_tie ((Item **) run->pdata, run->len, left + held, top->decided, FALSE, &top->cuts);
          left = 0;
        }
      start = end;
    }
}

GArray *
konkurs_ranking_top (const KonkursRankingEntry *entries,
                     guint                      n_entries,
                     guint                      places,
                     const KonkursSectorQuota  *quotas,
                     guint                      n_quotas,
                     const KonkursTieDecision  *decided)
{
  g_autoptr(GArray) items = NULL;
  GArray *ranking;
  Top top = { .decided = decided };

  g_return_val_if_fail (entries != NULL || n_entries == 0, NULL);
  g_return_val_if_fail (quotas != NULL || n_quotas == 0, NULL);

  items = rank_items (entries, n_entries, FALSE);
  top.items = items;
  for (guint q = 0; q < n_quotas; q++)
    {
      guint room = places - MIN (places, top.admitted + top.held);
      gboolean repeated = FALSE;

      for (guint p = 0; p < q; p++)
        repeated |= g_strcmp0 (quotas[p].sector, quotas[q].sector) == 0;
      /* quotas never give more than the places (the rule set's check
       * refuses such quotas; a file may still hold them) */
      if (!repeated && quotas[q].quota > 0 && quotas[q].sector != NULL && room > 0)
        fill_quota (&top, quotas[q].sector, MIN (quotas[q].quota, room));
    }
  fill_rest (&top, places);
  ranking = collect_places (items, entries, n_entries);
  for (guint i = 0; i < ranking->len; i++)
    g_array_index (ranking, KonkursRankingPlace, i).group = 0;
  g_array_sort (ranking, compare_places);
  return ranking;
}

/* Checking a decision */

const char *
konkurs_ranking_check_tie_decision (GArray                   *ranking,
                                    const KonkursTieDecision *decision)
{
  g_autoptr(GHashTable) named = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_return_val_if_fail (ranking != NULL, NULL);

  if (decision == NULL || decision->n_application_ids == 0)
    return N_("The decision names none of the tied candidates.");
  for (guint d = 0; d < decision->n_application_ids; d++)
    {
      const KonkursRankingPlace *found = NULL;

      if (!g_hash_table_add (named, (gpointer) &decision->application_ids[d]))
        return N_("The decision names a candidate twice.");
      for (guint i = 0; i < ranking->len && found == NULL; i++)
        if (g_array_index (ranking, KonkursRankingPlace, i).application_id == decision->application_ids[d])
          found = &g_array_index (ranking, KonkursRankingPlace, i);
      if (found == NULL || found->place != KONKURS_PLACE_TIED)
        return N_("The decision names a candidate who is not tied.");
    }
  for (guint i = 0; i < ranking->len; i++)
    {
      const KonkursRankingPlace *cut = &g_array_index (ranking, KonkursRankingPlace, i);
      guint chosen = 0;

      if (cut->place != KONKURS_PLACE_TIED || (i > 0 && g_array_index (ranking, KonkursRankingPlace, i - 1).cut
                                               == cut->cut && cut->cut != 0))
        continue;
      for (guint j = 0; j < ranking->len; j++)
        {
          const KonkursRankingPlace *other = &g_array_index (ranking, KonkursRankingPlace, j);

          if (other->place == KONKURS_PLACE_TIED && other->cut == cut->cut && other->group == cut->group
              && g_hash_table_contains (named, &other->application_id))
            chosen++;
        }
      if (chosen > cut->tied_places)
        return N_("The decision names more of the tied candidates than there are places left for them.");
      if (chosen > 0 && chosen < cut->tied_places)
        return N_("The decision names fewer of the tied candidates than there are places left for them.");
    }
  return NULL;
}
