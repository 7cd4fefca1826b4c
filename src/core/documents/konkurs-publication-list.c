/* konkurs-publication-list.c — the published result of a stage, by
 * personal code only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-protocol-group.h"
#include "konkurs-protocol.h"
#include "konkurs-publication-list.h"
#include "konkurs-store-candidates.h"

/* Nothing in this file may call a function that returns a
 * KonkursCandidate or a KonkursCandidacy: everything about the
 * applications comes from konkurs_store_list_codes(). */

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

  protocol = konkurs_protocol_new_for_competition (store, competition_id, catalog,
                                                   &konkurs_publication_list_kind,
                                                   KONKURS_PROTOCOL_DATES_NONE, options, error);
  if (protocol == NULL)
    return NULL;
  entries = konkurs_store_list_codes (store, competition_id, -1, error);
  if (entries == NULL || !konkurs_protocol_require_decided (protocol, count_received (entries), error))
    return NULL;
  groups = konkurs_protocol_group_items (store, protocol, entries, entry_key, error);
  if (groups == NULL)
    return NULL;

  konkurs_protocol_add_header (protocol);
  konkurs_protocol_add_field (protocol, N_("Stage"), T (N_("Review of documents")));
  konkurs_protocol_add_paragraph (protocol, N_("Candidates are listed by their personal codes only, "
                                               "in the order of the codes."));
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
