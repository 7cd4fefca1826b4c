/* konkurs-publication-list.c — the published result of a stage, by
 * personal code only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-protocol-private.h"
#include "konkurs-publication-list.h"
#include "konkurs-store-candidates.h"

/* Nothing in this file may call a function that returns a
 * KonkursCandidate or a KonkursCandidacy: everything about the
 * applications comes from konkurs_store_list_codes(). */

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

#define N_PUBLICATION_COLUMNS 3

typedef KonkursProtocolGroup Group;   /* of KonkursCodeEntry */

static const char *
result_label (KonkursCatalog *catalog, const KonkursCodeEntry *entry)
{
  switch (entry->status)
    {
    case KONKURS_CANDIDACY_ADMITTED:
      return T (N_("Admitted"));
    case KONKURS_CANDIDACY_REJECTED:
      return T (N_("Not admitted"));
    case KONKURS_CANDIDACY_RECEIVED:
      return T (N_("Not decided yet"));
    case KONKURS_CANDIDACY_WITHDRAWN:
    case KONKURS_CANDIDACY_ELIMINATED:
    case KONKURS_CANDIDACY_PASSED:
    case KONKURS_CANDIDACY_WINNER:
    case KONKURS_CANDIDACY_RESERVE:
    default:
      return konkurs_protocol_translate_label (catalog, konkurs_candidacy_status_get_label (entry->status));
    }
}

/* By code, whatever order the store returns: the order is part of the
 * anonymity (see the header), so it does not rest on a query's ORDER BY. */
static int
compare_entries (gconstpointer a, gconstpointer b)
{
  const KonkursCodeEntry *first = *(KonkursCodeEntry **) a;
  const KonkursCodeEntry *second = *(KonkursCodeEntry **) b;

  return strcmp (first->personal_code, second->personal_code);
}

/* One group per vacancy in the order of the announcement; a vacancy
 * without applications has nothing to publish and is left out. */
static GPtrArray *
group_by_vacancy (KonkursStore *store, gint64 competition_id, GPtrArray *entries,
                  KonkursCatalog *catalog, GError **error)
{
  g_autoptr(GPtrArray) vacancies = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_protocol_group_free);

  vacancies = konkurs_store_list_vacancies (store, competition_id, error);
  if (vacancies == NULL)
    return NULL;
  all = konkurs_protocol_vacancy_groups (catalog, vacancies);

  for (guint i = 0; i < entries->len; i++)
    {
      KonkursCodeEntry *entry = g_ptr_array_index (entries, i);

      g_ptr_array_add (konkurs_protocol_vacancy_group (catalog, all, vacancies, entry->vacancy_id)->items,
                       entry);
    }

  for (guint i = 0; i < all->len; i++)
    {
      Group *group = g_ptr_array_index (all, i);

      if (group->items->len > 0)
        g_ptr_array_add (groups, g_ptr_array_steal_index (all, i--));
    }

  return g_steal_pointer (&groups);
}

static GPtrArray *
group_by_sector (GPtrArray *entries, KonkursCatalog *catalog)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_protocol_group_free);
  g_autoptr(GHashTable) by_sector = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < entries->len; i++)
    {
      KonkursCodeEntry *entry = g_ptr_array_index (entries, i);

      g_ptr_array_add (konkurs_protocol_sector_group (catalog, groups, by_sector, entry->sector)->items, entry);
    }
  konkurs_protocol_sort_groups (groups);

  return g_steal_pointer (&groups);
}

static void
add_group (KonkursDocument *document, Group *group, KonkursCatalog *catalog)
{
  static const double widths[N_PUBLICATION_COLUMNS] = { 0.5, 2.0, 2.5 };
  const char *headers[N_PUBLICATION_COLUMNS] = {
    T (N_("No.")),
    T (N_("Personal code")),
    T (N_("Result")),
  };

  konkurs_document_add_heading (document, group->heading);
  g_ptr_array_sort (group->items, compare_entries);

  konkurs_document_begin_table (document, N_PUBLICATION_COLUMNS, headers, widths);
  for (guint i = 0; i < group->items->len; i++)
    {
      const KonkursCodeEntry *entry = g_ptr_array_index (group->items, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *cells[N_PUBLICATION_COLUMNS] = {
        number,
        entry->personal_code,
        result_label (catalog, entry),
      };

      konkurs_document_add_row (document, cells);
    }
  konkurs_document_end_table (document);
}

static void
add_header (KonkursDocument *document, KonkursCompetition *competition, KonkursCatalog *catalog)
{
  konkurs_protocol_add_header (document, catalog, N_("List of results by personal code"), competition, FALSE);
  konkurs_document_add_field (document, T (N_("Stage")), T (N_("Review of documents")));
  konkurs_document_add_paragraph (document,
                                  T (N_("Candidates are listed by their personal codes only, "
                                        "in the order of the codes.")));
}

KonkursDocument *
konkurs_publication_list_build (KonkursStore   *store,
                                gint64          competition_id,
                                KonkursCatalog *catalog,
                                GError        **error)
{
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) groups = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  competition = konkurs_store_get_competition (store, competition_id, error);
  if (competition == NULL)
    return NULL;
  entries = konkurs_store_list_codes (store, competition_id, -1, error);
  if (entries == NULL)
    return NULL;

  if (konkurs_competition_get_procedure (competition) == KONKURS_PROCEDURE_YOUTH_RESERVE)
    groups = group_by_sector (entries, catalog);
  else
    groups = group_by_vacancy (store, competition_id, entries, catalog, error);
  if (groups == NULL)
    return NULL;

  document = konkurs_protocol_new_document (catalog, N_("List of results by personal code"), competition);

  add_header (document, competition, catalog);
  if (groups->len == 0)
    konkurs_document_add_paragraph (document, T (N_("No applications were received.")));
  for (guint i = 0; i < groups->len; i++)
    add_group (document, g_ptr_array_index (groups, i), catalog);

  return g_steal_pointer (&document);
}
