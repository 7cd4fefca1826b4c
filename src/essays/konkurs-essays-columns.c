/* konkurs-essays-columns.c — the columns of the Essays area's table
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-columns.h"
#include "konkurs-essay-item.h"
#include "konkurs-essay-sectors.h"
#include "konkurs-essays-columns.h"

enum {
  COLUMN_CODE,
  COLUMN_STATUS,
  COLUMN_SECTOR,
  COLUMN_LANGUAGE,
  COLUMN_WORDS,
  COLUMN_SCORE,
};

static const KonkursColumn columns[] = {
  { COLUMN_CODE, "code", N_("Code"), 0, 0, TRUE, TRUE },
  { COLUMN_STATUS, "status", N_("Status"), 0, 0, FALSE, FALSE },
  /* sector names are long ("Agro-industrial complex and ecology"): they
   * ellipsize so that language, words and score stay in sight */
  { COLUMN_SECTOR, "sector", N_("Sector"), -1, 12, FALSE, TRUE },
  { COLUMN_LANGUAGE, "language", N_("Language"), 0, 0, FALSE, FALSE },
  { COLUMN_WORDS, "words", N_("Words"), 0, 0, TRUE, FALSE },
  { COLUMN_SCORE, "score", N_("Score"), 0, 0, TRUE, FALSE },
};

static char *
column_text (gpointer item,
             int      id,
             gpointer user_data)
{
  const KonkursEssay *essay = konkurs_essay_item_get_essay (item);

  switch (id)
    {
    case COLUMN_CODE:
      return konkurs_essay_item_dup_code (item);
    case COLUMN_STATUS:
      return konkurs_essay_item_dup_status (item);
    case COLUMN_SECTOR:
      return g_strdup (konkurs_essay_sectors_name (user_data != NULL ? *(GHashTable **) user_data : NULL,
                                                   essay->sector));
    case COLUMN_LANGUAGE:
      return g_strdup (g_strcmp0 (essay->language, "kk") == 0 ? _("Kazakh")
                       : g_strcmp0 (essay->language, "ru") == 0 ? _("Russian") : "");
    case COLUMN_WORDS:
      return essay->word_count > 0 ? g_strdup_printf ("%d", essay->word_count) : g_strdup ("—");
    case COLUMN_SCORE:
    default:
      return konkurs_essay_item_dup_score (item);
    }
}

static int
compare_numbers (gint64 a,
                 gint64 b)
{
  return a < b ? -1 : a > b;
}

/* Statuses in the order of the work (not assigned first, final last);
 * scores and counts as numbers, an essay without a score last. */
static int
column_compare (gpointer a,
                gpointer b,
                int      id)
{
  const KonkursEssay *ea = konkurs_essay_item_get_essay (a);
  const KonkursEssay *eb = konkurs_essay_item_get_essay (b);
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  switch (id)
    {
    case COLUMN_STATUS:
      return compare_numbers (konkurs_essay_item_get_filter (a), konkurs_essay_item_get_filter (b));
    case COLUMN_WORDS:
      return compare_numbers (ea->word_count, eb->word_count);
    case COLUMN_SCORE:
      return compare_numbers (ea->aggregate.status == KONKURS_ESSAY_STATUS_FINAL ? ea->aggregate.score : -1,
                              eb->aggregate.status == KONKURS_ESSAY_STATUS_FINAL ? eb->aggregate.score : -1);
    default:
      break;
    }
  ta = column_text (a, id, NULL);
  tb = column_text (b, id, NULL);
  return g_utf8_collate (ta, tb);
}

void
konkurs_essays_columns_append (GtkColumnView *view,
                               GHashTable   **sector_names)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (view));
  konkurs_columns_append (view, columns, G_N_ELEMENTS (columns), column_text, column_compare, sector_names);
}
