/* konkurs-publication-list.c — the published result of a stage, by
 * personal code only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-collation.h"
#include "konkurs-protocol-group.h"
#include "konkurs-protocol.h"
#include "konkurs-publication-list.h"
#include "konkurs-store-candidates.h"

/* Nothing in this file may call a function that returns a
 * KonkursCandidate or a KonkursCandidacy: everything about the
 * applications comes from konkurs_store_list_codes().
 *
 * A Youth Reserve selection publishes its applications by sector, and a
 * sector says something about a person: a heading is only ever the name
 * of a sector of the rule set (a free text the database may hold from
 * older versions is never printed), and a sector chosen by fewer than the
 * rule set's KONKURS_RULE_PUBLICATION_MIN_GROUP is merged into "Other
 * sectors", itself made up to that size with the smallest sectors, so
 * that no published group points at one or two people. */

/* When a rule set lacks the value (it has been in every one since
 * migration 7): the privacy that costs nothing. */
#define DEFAULT_MIN_GROUP 3

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

static const KonkursProtocolColumn columns[] = {
  { N_("No."), 0.5 },
  { N_("Personal code"), 2.0 },
  { N_("Result"), 2.5 },
};

/* A vacancy without applications has nothing to publish and is left
 * out. */
static const KonkursProtocolTable table = {
  columns, G_N_ELEMENTS (columns),
  N_("No applications were received."),
  NULL,
};

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

static void
entry_key (gconstpointer item, gint64 *vacancy_id, const char **sector)
{
  const KonkursCodeEntry *entry = item;

  *vacancy_id = entry->vacancy_id;
  *sector = entry->sector;
}

static void
add_group (KonkursProtocol *protocol, KonkursProtocolGroup *group)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);

  konkurs_protocol_add_group (protocol, group->heading);
  g_ptr_array_sort (group->items, compare_entries);
  for (guint i = 0; i < group->items->len; i++)
    {
      const KonkursCodeEntry *entry = g_ptr_array_index (group->items, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      const char *cells[G_N_ELEMENTS (columns)] = {
        number,
        entry->personal_code,
        result_label (catalog, entry),
      };

      konkurs_protocol_add_row (protocol, cells);
    }
}

static guint
count_received (GPtrArray *entries)
{
  guint n = 0;

  for (guint i = 0; i < entries->len; i++)
    n += ((KonkursCodeEntry *) g_ptr_array_index (entries, i))->status == KONKURS_CANDIDACY_RECEIVED;
  return n;
}

/* The sector of the rule set's list @code names, or NULL.  Migration 5
 * kept the free texts of older databases as sectors "other-N" named by
 * that text (which may be anything, a name and an IIN): those are not of
 * the list, and never a heading. */
static const KonkursSector *
listed_sector (KonkursRuleSet *rule_set,
               const char     *code)
{
  const KonkursSector *sector;

  if (rule_set == NULL || code == NULL || *code == '\0')
    return NULL;
  sector = konkurs_rule_set_find_sector (rule_set, code);
  if (sector == NULL || g_str_has_prefix (sector->code, "other-"))
    return NULL;
  return sector;
}

/* The group of @sector in @groups, added when new. */
static KonkursProtocolGroup *
sector_group (KonkursProtocol     *protocol,
              GPtrArray           *groups,
              GHashTable          *by_sector,
              const KonkursSector *sector)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
  KonkursProtocolGroup *group = g_hash_table_lookup (by_sector, sector);

  if (group != NULL)
    return group;
  group = g_new0 (KonkursProtocolGroup, 1);
  group->heading = g_strdup_printf ("%s: %s", T (N_("Sector")), konkurs_protocol_pick_sector (protocol, sector->code));
  group->items = g_ptr_array_new ();
  g_ptr_array_add (groups, group);
  g_hash_table_insert (by_sector, (gpointer) sector, group);
  return group;
}

static void
merge_into (KonkursProtocolGroup *other,
            GPtrArray            *groups,
            guint                 index)
{
  KonkursProtocolGroup *group = g_ptr_array_index (groups, index);

  g_ptr_array_extend (other->items, group->items, NULL, NULL);
  g_ptr_array_remove_index (groups, index);
}

static guint
smallest_group (GPtrArray *groups)
{
  guint smallest = 0;

  for (guint i = 1; i < groups->len; i++)
    if (((KonkursProtocolGroup *) g_ptr_array_index (groups, i))->items->len
        < ((KonkursProtocolGroup *) g_ptr_array_index (groups, smallest))->items->len)
      smallest = i;
  return smallest;
}

static int
compare_headings (gconstpointer a, gconstpointer b)
{
  return konkurs_collation_compare ((*(KonkursProtocolGroup **) a)->heading,
                                    (*(KonkursProtocolGroup **) b)->heading);
}

/* The entries of a Youth Reserve selection by sector, as the comment at
 * the top says: the named sectors by their headings, "Other sectors"
 * last; *@merged tells whether any sector went into it. */
static GPtrArray *
group_by_published_sector (KonkursProtocol *protocol,
                           GPtrArray       *entries,
                           gboolean        *merged)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
  KonkursRuleSet *rule_set = konkurs_protocol_get_rule_set (protocol);
  g_autoptr(GPtrArray) named = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_protocol_group_free);
  g_autoptr(GHashTable) by_sector = g_hash_table_new (NULL, NULL);
  KonkursProtocolGroup *other = g_new0 (KonkursProtocolGroup, 1);
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_protocol_group_free);
  int min_group = DEFAULT_MIN_GROUP;

  if (rule_set != NULL)
    konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_PUBLICATION_MIN_GROUP, &min_group);
  other->items = g_ptr_array_new ();
  for (guint i = 0; i < entries->len; i++)
    {
      KonkursCodeEntry *entry = g_ptr_array_index (entries, i);
      const KonkursSector *sector = listed_sector (rule_set, entry->sector);

      g_ptr_array_add (sector != NULL ? sector_group (protocol, named, by_sector, sector)->items : other->items, entry);
    }

  /* Each group by itself, then "other sectors" made up to size. */
  for (guint i = named->len; i-- > 0;)
    if (((KonkursProtocolGroup *) g_ptr_array_index (named, i))->items->len < (guint) min_group)
      merge_into (other, named, i);
  while (other->items->len > 0 && other->items->len < (guint) min_group && named->len > 0)
    merge_into (other, named, smallest_group (named));
  *merged = other->items->len > 0;

  g_ptr_array_sort (named, compare_headings);
  g_ptr_array_extend_and_steal (groups, g_steal_pointer (&named));
  if (other->items->len > 0)
    {
      other->heading = g_strdup_printf ("%s: %s", T (N_("Sector")), T (N_("other sectors")));
      g_ptr_array_add (groups, other);
    }
  else
    konkurs_protocol_group_free (other);
  return groups;
}

gboolean
konkurs_publication_list_count_undecided (KonkursStore  *store,
                                          gint64         competition_id,
                                          guint         *count,
                                          GError       **error)
{
  g_autoptr(GPtrArray) entries = konkurs_store_list_codes (store, competition_id, KONKURS_CANDIDACY_RECEIVED, error);

  if (entries == NULL)
    return FALSE;
  *count = entries->len;
  return TRUE;
}

KonkursDocument *
konkurs_publication_list_build (KonkursStore                 *store,
                                gint64                        competition_id,
                                KonkursCatalog               *catalog,
                                const KonkursDocumentOptions *options,
                                GError                      **error)
{
  g_autoptr(KonkursProtocol) protocol = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  gboolean merged = FALSE;

  protocol = konkurs_protocol_new_for_competition (store, competition_id, catalog,
                                                   &konkurs_publication_list_kind,
                                                   KONKURS_PROTOCOL_DATES_NONE, options, error);
  if (protocol == NULL)
    return NULL;
  entries = konkurs_store_list_codes (store, competition_id, -1, error);
  if (entries == NULL || !konkurs_protocol_require_decided (protocol, count_received (entries), error))
    return NULL;
  if (konkurs_competition_get_procedure (konkurs_protocol_get_competition (protocol)) == KONKURS_PROCEDURE_YOUTH_RESERVE)
    groups = group_by_published_sector (protocol, entries, &merged);
  else
    groups = konkurs_protocol_group_items (store, protocol, entries, entry_key, error);
  if (groups == NULL)
    return NULL;

  konkurs_protocol_add_header (protocol);
  konkurs_protocol_add_field (protocol, N_("Stage"), T (N_("Review of documents")));
  konkurs_protocol_add_paragraph (protocol, N_("Candidates are listed by their personal codes only, "
                                               "in the order of the codes."));
  if (merged)
    konkurs_protocol_add_paragraph (protocol, N_("Sectors chosen by too few candidates to be published on "
                                                 "their own are listed together under “other sectors”, "
                                                 "so that nobody can be recognised by the sector chosen."));
  konkurs_protocol_begin_table (protocol, &table);
  for (guint i = 0; i < groups->len; i++)
    add_group (protocol, g_ptr_array_index (groups, i));
  konkurs_protocol_end_table (protocol);

  return konkurs_protocol_finish (protocol);
}

const KonkursDocumentKind konkurs_publication_list_kind = {
  "publication",
  N_("List of results by personal code"),
  N_("Publication List"),
  konkurs_publication_list_build,
  KONKURS_DOCUMENT_SCOPE_COMPETITION,
  KONKURS_DOCUMENT_ANONYMOUS,
  konkurs_publication_list_count_undecided,
  FALSE,
};
