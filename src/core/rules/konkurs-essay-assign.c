/* konkurs-essay-assign.c — who grades which essay: a fair, reproducible
 * random draw under the constraints
 *
 * THE DRAW, exactly, so that another tool holding the seed, the essays
 * and the experts (both in the order the store lists them) and the
 * conflicts can replay it:
 *
 *  1. The generator is SplitMix64 (Steele, Lea, Flood 2014) started at
 *     the seed: each value is
 *         state = state + 0x9E3779B97F4A7C15 (mod 2^64)
 *         z = state
 *         z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9 (mod 2^64)
 *         z = (z ^ (z >> 27)) * 0x94D049BB133111EB (mod 2^64)
 *         value = z ^ (z >> 31)
 *  2. Every expert's running load starts at its .load.
 *  3. For each essay in the order given, n_wanted times ("a pick"):
 *     a. the candidates are the experts, in the order given, that are
 *        available, are experts of the essay's sector (an expert without
 *        sectors, or an essay without a sector, matches any), are not
 *        already among the essay's graders (taken or picked before), and
 *        are not in conflict with the essay;
 *     b. if a background is missing among the essay's graders (taken and
 *        picked) and some candidate has a missing background, only the
 *        candidates of missing backgrounds stay;
 *     c. of these, those with the lowest running load stay (k of them,
 *        still in the experts' order);
 *     d. the next value v of the generator is drawn (one per pick, only
 *        when k > 1 — no value is drawn when k == 1) and the candidate
 *        number (v mod k), counting from 0, is picked; its load grows by 1.
 *  4. When a pick finds no candidate, the draw fails for that essay and
 *     nothing is assigned.
 *
 * Cost: O(essays × experts of the essay's sector), experts being indexed
 * by sector once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/random.h>

#include "konkurs-code-table-private.h"
#include "konkurs-essay-assign.h"

G_DEFINE_QUARK (konkurs-assign-error-quark, konkurs_assign_error)

static const KonkursCodeEntry backgrounds[] = {
  { KONKURS_EXPERT_BACKGROUND_ACADEMIA, "academia", N_("Academia") },
  { KONKURS_EXPERT_BACKGROUND_BUSINESS, "business", N_("Business") },
  { KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE, "civil-service", N_("Civil service") },
};

const char *
konkurs_expert_background_to_code (KonkursExpertBackground background)
{
  return KONKURS_CODE_TABLE_TO_CODE (backgrounds, background);
}

const char *
konkurs_expert_background_get_label (KonkursExpertBackground background)
{
  return KONKURS_CODE_TABLE_TO_LABEL (backgrounds, background);
}

gboolean
konkurs_expert_background_from_code (const char              *code,
                                     KonkursExpertBackground *out)
{
  int value = 0;

  if (!konkurs_code_table_find_code (backgrounds, G_N_ELEMENTS (backgrounds), code, &value))
    return FALSE;
  if (out != NULL)
    *out = (KonkursExpertBackground) value;
  return TRUE;
}

const char *
konkurs_assign_left_out_get_label (KonkursAssignLeftOut reason)
{
  switch (reason)
    {
    case KONKURS_ASSIGN_LEFT_OUT_SECTOR:
      return N_("Not an expert of the essay’s sector");
    case KONKURS_ASSIGN_LEFT_OUT_CONFLICT:
      return N_("Conflict of interest with the candidate");
    case KONKURS_ASSIGN_LEFT_OUT_UNAVAILABLE:
      return N_("Not available for this assignment");
    case KONKURS_ASSIGN_LEFT_OUT_LOAD:
      return N_("Other experts of the sector had fewer essays");
    case KONKURS_ASSIGN_LEFT_OUT_BACKGROUND:
      return N_("An expert of another background was still missing");
    default:
      return NULL;
    }
}

/* The seed */

guint64
konkurs_essay_draw_seed (void)
{
  guint64 seed = 0;
  guint8 *buffer = (guint8 *) &seed;
  gsize filled = 0;

  while (filled < sizeof seed)
    {
      ssize_t n = getrandom (buffer + filled, sizeof seed - filled, 0);

      if (n < 0 && errno == EINTR)
        continue;
      /* getrandom(2) cannot fail on the kernels Debian 12 runs but for
       * EINTR; should it, GLib's generator still gives a seed, and the
       * seed is recorded, so the draw stays replayable */
      if (n < 0)
        return ((guint64) g_random_int () << 32) | g_random_int ();
      filled += (gsize) n;
    }
  return seed;
}

char *
konkurs_essay_draw_seed_to_string (guint64 seed)
{
  return g_strdup_printf ("%016" G_GINT64_MODIFIER "x", seed);
}

gboolean
konkurs_essay_draw_seed_from_string (const char *text,
                                     guint64    *out)
{
  guint64 seed = 0;

  if (text == NULL || strlen (text) != 16)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      int digit = g_ascii_xdigit_value (*p);

      if (digit < 0)
        return FALSE;
      seed = (seed << 4) | (guint64) digit;
    }
  if (out != NULL)
    *out = seed;
  return TRUE;
}

static guint64
splitmix64_next (guint64 *state)
{
  guint64 z;

  *state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  z = *state;
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* Matching */

static gboolean
has_sector (const KonkursAssignExpert *expert,
            const char                *sector)
{
  if (sector == NULL || *sector == '\0' || expert->sectors == NULL || expert->sectors[0] == NULL)
    return TRUE;
  return g_strv_contains ((const char * const *) expert->sectors, sector);
}

static gboolean
is_taken (const KonkursAssignEssay *essay,
          gint64                    expert_id)
{
  for (guint i = 0; i < essay->n_taken; i++)
    if (essay->taken[i] == expert_id)
      return TRUE;
  return FALSE;
}

KonkursAssignLeftOut
konkurs_essay_assign_explain (const KonkursAssignEssay  *essay,
                              const KonkursAssignExpert *expert,
                              KonkursAssignConflict      conflict,
                              gpointer                   conflict_data)
{
  g_return_val_if_fail (essay != NULL && expert != NULL, 0);

  if (is_taken (essay, expert->id))
    return 0;
  if (!has_sector (expert, essay->sector))
    return KONKURS_ASSIGN_LEFT_OUT_SECTOR;
  if (conflict != NULL && conflict (essay->id, expert->id, conflict_data))
    return KONKURS_ASSIGN_LEFT_OUT_CONFLICT;
  if (!expert->available)
    return KONKURS_ASSIGN_LEFT_OUT_UNAVAILABLE;
  /* whether load or background kept it out depends on the whole draw,
   * which the caller compares (the loads it shows, the graders' backgrounds) */
  return 0;
}

/* The run */

typedef struct {
  const KonkursAssignExpert *experts;
  guint                      n_experts;
  guint                     *loads;       /* running load per expert */
  GHashTable                *by_sector;   /* sector code -> GArray of expert indices (with the any-sector ones) */
  GArray                    *everyone;    /* every expert index: an essay without a sector */
  GHashTable                *index_of_id; /* expert id -> index + 1 */
  GArray                    *candidates;  /* scratch: the current essay's candidates */
  guint64                    state;
} Draw;

static void
draw_clear (Draw *draw)
{
  g_free (draw->loads);
  g_hash_table_unref (draw->by_sector);
  g_array_unref (draw->everyone);
  g_hash_table_unref (draw->index_of_id);
  g_array_unref (draw->candidates);
}

static void
add_to_sector (GHashTable *by_sector, const char *sector, guint index)
{
  GArray *list = g_hash_table_lookup (by_sector, sector);

  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (by_sector, g_strdup (sector), list);
    }
  g_array_append_val (list, index);
}

/* Indexes the experts by sector, keeping their order in every list: an
 * expert of every sector is added to every sector some expert names or
 * some essay asks for, which the caller finds with sector_list(). */
static void
draw_init (Draw *draw, const KonkursAssignExpert *experts, guint n_experts, guint64 seed)
{
  draw->experts = experts;
  draw->n_experts = n_experts;
  draw->loads = g_new0 (guint, MAX (n_experts, 1));
  draw->by_sector = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  draw->everyone = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_experts);
  draw->index_of_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  draw->candidates = g_array_new (FALSE, FALSE, sizeof (guint));
  draw->state = seed;
  for (guint i = 0; i < n_experts; i++)
    {
      draw->loads[i] = experts[i].load;
      g_array_append_val (draw->everyone, i);
      g_hash_table_insert (draw->index_of_id, (gpointer) &experts[i].id, GUINT_TO_POINTER (i + 1));
    }
}

static GArray *
sector_list (Draw *draw, const char *sector)
{
  GArray *list;

  if (sector == NULL || *sector == '\0')
    return draw->everyone;
  list = g_hash_table_lookup (draw->by_sector, sector);
  if (list != NULL)
    return list;
  for (guint i = 0; i < draw->n_experts; i++)
    if (has_sector (&draw->experts[i], sector))
      add_to_sector (draw->by_sector, sector, i);
  list = g_hash_table_lookup (draw->by_sector, sector);
  if (list == NULL)
    {
      list = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (draw->by_sector, g_strdup (sector), list);
    }
  return list;
}

/* Bit (1 << background) set for every background among the essay's
 * graders so far. */
static guint
backgrounds_of_taken (Draw *draw, const KonkursAssignEssay *essay)
{
  guint present = 0;

  for (guint i = 0; i < essay->n_taken; i++)
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (draw->index_of_id, &essay->taken[i]));

      if (index > 0)
        present |= 1u << draw->experts[index - 1].background;
    }
  return present;
}

static guint
all_backgrounds (void)
{
  guint all = 0;

  for (guint b = KONKURS_EXPERT_BACKGROUND_ACADEMIA; b <= KONKURS_EXPERT_BACKGROUND_LAST; b++)
    all |= 1u << b;
  return all;
}

/* Step 3a: the essay's candidates into draw->candidates. */
static void
collect_candidates (Draw *draw, const KonkursAssignEssay *essay, KonkursAssignConflict conflict,
                    gpointer conflict_data)
{
  GArray *pool = sector_list (draw, essay->sector);

  g_array_set_size (draw->candidates, 0);
  for (guint i = 0; i < pool->len; i++)
    {
      guint index = g_array_index (pool, guint, i);
      const KonkursAssignExpert *expert = &draw->experts[index];

      if (expert->available && !is_taken (essay, expert->id)
          && (conflict == NULL || !conflict (essay->id, expert->id, conflict_data)))
        g_array_append_val (draw->candidates, index);
    }
}

/* Steps 3b–3d: one pick among the candidates (G_MAXUINT: none left);
 * the picked one is taken out of the candidates. */
static guint
pick_one (Draw *draw, guint present)
{
  guint missing = all_backgrounds () & ~present;
  gboolean prefer = FALSE;
  guint lowest = G_MAXUINT, k = 0, chosen = 0, position = 0;
  guint *candidates = (guint *) draw->candidates->data;

  for (guint i = 0; i < draw->candidates->len && !prefer; i++)
    prefer = (missing & (1u << draw->experts[candidates[i]].background)) != 0;
  for (guint i = 0; i < draw->candidates->len; i++)
    {
      guint load = draw->loads[candidates[i]];

      if (prefer && !(missing & (1u << draw->experts[candidates[i]].background)))
        continue;
      if (load < lowest)
        lowest = load, k = 0;
      if (load == lowest)
        k++;
    }
  if (k == 0)
    return G_MAXUINT;
  if (k > 1)
    chosen = (guint) (splitmix64_next (&draw->state) % k);
  for (guint i = 0; i < draw->candidates->len; i++)
    {
      guint index = candidates[i];

      if ((prefer && !(missing & (1u << draw->experts[index].background))) || draw->loads[index] != lowest)
        continue;
      if (position++ == chosen)
        {
          draw->loads[index]++;
          g_array_remove_index (draw->candidates, i);
          return index;
        }
    }
  g_return_val_if_reached (G_MAXUINT);
}

static void
set_too_few (GError **error, const KonkursAssignEssay *essay, guint available)
{
  guint needed = essay->n_wanted + essay->n_taken;
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, essay->id);

  /* "label: number" rather than a number in a sentence: one message
   * reads right whatever the number, in every language we ship */
  if (essay->sector == NULL || *essay->sector == '\0')
    g_set_error (error, KONKURS_ASSIGN_ERROR, KONKURS_ASSIGN_ERROR_TOO_FEW,
                 _("Nothing was assigned: not enough graders for an essay (no. %s). "
                   "Graders needed: %u; in the pool who may grade it (available, no conflict of interest): %u."),
                 number, needed, available + essay->n_taken);
  else
    g_set_error (error, KONKURS_ASSIGN_ERROR, KONKURS_ASSIGN_ERROR_TOO_FEW,
                 _("Nothing was assigned: not enough experts of sector “%s” for an essay (no. %s). "
                   "Graders needed: %u; experts of the sector who may grade it (available, no conflict of "
                   "interest): %u."),
                 essay->sector, number, needed, available + essay->n_taken);
}

GArray *
konkurs_essay_assign (const KonkursAssignEssay  *essays,
                      guint                      n_essays,
                      const KonkursAssignExpert *experts,
                      guint                      n_experts,
                      KonkursAssignConflict      conflict,
                      gpointer                   conflict_data,
                      guint64                    seed,
                      GError                   **error)
{
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (KonkursAssignPair));
  Draw draw;
  gboolean ok = TRUE;

  g_return_val_if_fail (n_essays == 0 || essays != NULL, NULL);
  g_return_val_if_fail (n_experts == 0 || experts != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  draw_init (&draw, experts, n_experts, seed);
  for (guint e = 0; e < n_essays && ok; e++)
    {
      const KonkursAssignEssay *essay = &essays[e];
      guint present;
      guint available;

      if (essay->n_wanted == 0)
        continue;
      collect_candidates (&draw, essay, conflict, conflict_data);
      available = draw.candidates->len;
      present = backgrounds_of_taken (&draw, essay);
      for (guint n = 0; n < essay->n_wanted && ok; n++)
        {
          guint index = pick_one (&draw, present);
          KonkursAssignPair pair;

          if (index == G_MAXUINT)
            {
              set_too_few (error, essay, available);
              ok = FALSE;
              break;
            }
          present |= 1u << experts[index].background;
          pair.essay_id = essay->id;
          pair.expert_id = experts[index].id;
          g_array_append_val (pairs, pair);
        }
    }
  draw_clear (&draw);
  return ok ? g_steal_pointer (&pairs) : NULL;
}
