/* konkurs-stage-publication.c — the published result of a stage, by
 * personal code only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-protocol-group.h"
#include "konkurs-stage-document.h"
#include "konkurs-stage-publication.h"

/* Nothing in this file may call a function that returns a
 * KonkursCandidate or a KonkursCandidacy, nor print a decision's reason
 * beyond what the rule says of every row alike: everything comes from
 * konkurs-stage-document.c, which reads the store's views by personal
 * code (see the header). */

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))
/* The short labels of the final results, apart from the same words
 * elsewhere (NC_() marks them for xgettext). */
#define FINAL_LABEL(marked) konkurs_catalog_pgettext (catalog, "final results", (marked))

static const KonkursProtocolColumn columns[] = {
  { N_("No."), 0.5 },
  { N_("Personal code"), 1.8 },
  { N_("Result"), 3.0 },
  { N_("Score"), 0.8, KONKURS_DOCUMENT_ALIGN_RIGHT },
  { N_("Outcome"), 1.4 },
};

/* A vacancy nobody went on to is left out. */
static const KonkursProtocolTable table = {
  columns, G_N_ELEMENTS (columns),
  N_("Nobody entered this stage."),
  NULL,
};

/* By code, whatever order the store gives: the order is part of the
 * anonymity (konkurs-publication-list.h says why). */
static int
compare_codes (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(KonkursStageRow **) a)->personal_code, (*(KonkursStageRow **) b)->personal_code);
}

/* The last stages publish the final outcome (konkurs-store-results.c
 * leaves it in the decision's detail): of the decision stage the winner,
 * the reserve list and those not recommended; of the National Commission
 * those admitted to the reserve.  Other stages: goes on or not. */
static const char *
outcome_of (KonkursCatalog *catalog, const KonkursStageDocument *stage, const KonkursStageRow *row)
{
  const KonkursStageDecision *d = row->decision;
  KonkursStageKind kind = stage->stage->kind;
  const char *label;

  if (d != NULL && d->outcome == KONKURS_STAGE_OUTCOME_PENDING && d->reason == KONKURS_STAGE_REASON_TIED_AT_CUTOFF)
    label = NC_ ("final results", "Tied: the commission decides");
  else if (d == NULL || d->outcome == KONKURS_STAGE_OUTCOME_PENDING || d->reason == KONKURS_STAGE_REASON_WITHDRAWN
           || (kind != KONKURS_STAGE_DECISION && kind != KONKURS_STAGE_NATIONAL_COMMISSION))
    return konkurs_stage_document_outcome (catalog, row);
  else if (kind == KONKURS_STAGE_DECISION && g_strcmp0 (d->detail, "holder") == 0)
    return T (N_("Winner"));
  else if (kind == KONKURS_STAGE_DECISION)
    label = g_strcmp0 (d->detail, "reserve") == 0 ? NC_ ("final results", "Reserve list")
            : g_strcmp0 (d->detail, "refused") == 0 ? NC_ ("final results", "Refused the position")
            : NC_ ("final results", "Not recommended");
  else
    label = d->outcome == KONKURS_STAGE_OUTCOME_GOES_ON ? NC_ ("final results", "Admitted to the reserve")
            : d->reason == KONKURS_STAGE_REASON_BEYOND_PLACES ? NC_ ("final results", "Not admitted: beyond the places")
            : NC_ ("final results", "Not recommended");
  return FINAL_LABEL (label);
}

/* The National Commission's list is by sector, in the rule set's order. */
static GPtrArray *
sector_groups (KonkursProtocol *protocol, KonkursStageDocument *stage)
{
  KonkursRuleSet *rule_set = konkurs_protocol_get_rule_set (protocol);
  GPtrArray *sectors = rule_set != NULL ? konkurs_rule_set_get_sectors (rule_set) : NULL;
  GPtrArray *groups = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_protocol_group_free);
  KonkursProtocolGroup *other = g_new0 (KonkursProtocolGroup, 1);

  other->items = g_ptr_array_new ();
  for (guint s = 0; sectors != NULL && s < sectors->len; s++)
    {
      const KonkursSector *sector = g_ptr_array_index (sectors, s);
      KonkursProtocolGroup *group = g_new0 (KonkursProtocolGroup, 1);

      group->heading = g_strdup_printf ("%s: %s", konkurs_catalog_gettext (konkurs_protocol_get_catalog (protocol),
                                                                           N_("Sector")),
                                        konkurs_protocol_pick_sector (protocol, sector->code));
      group->items = g_ptr_array_new ();
      for (guint i = 0; i < stage->rows->len; i++)
        {
          const KonkursStageRow *row = g_ptr_array_index (stage->rows, i);

          if (row->decision != NULL && g_strcmp0 (row->decision->detail, sector->code) == 0)
            g_ptr_array_add (group->items, (gpointer) row);
        }
      g_ptr_array_add (groups, group);
    }
  for (guint i = 0; i < stage->rows->len; i++)
    {
      const KonkursStageRow *row = g_ptr_array_index (stage->rows, i);
      gboolean placed = FALSE;

      for (guint g = 0; g < groups->len && !placed; g++)
        placed = g_ptr_array_find (((KonkursProtocolGroup *) g_ptr_array_index (groups, g))->items, row, NULL);
      if (!placed)
        g_ptr_array_add (other->items, (gpointer) row);
    }
  if (other->items->len > 0)
    g_ptr_array_add (groups, other);
  else
    konkurs_protocol_group_free (other);
  return groups;
}

static void
add_group (KonkursProtocol *protocol, KonkursStageDocument *stage, KonkursProtocolGroup *group)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);

  if (group->heading != NULL && group->items->len > 0)
    konkurs_protocol_add_group (protocol, group->heading);
  g_ptr_array_sort (group->items, compare_codes);
  for (guint i = 0; i < group->items->len; i++)
    {
      const KonkursStageRow *row = g_ptr_array_index (group->items, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *result = konkurs_stage_document_result (stage, row, catalog);
      g_autofree char *score = row->has_result ? konkurs_stage_format_score (row->score, catalog) : g_strdup ("—");
      const char *cells[G_N_ELEMENTS (columns)] = {
        number,
        row->personal_code,
        result,
        score,
        outcome_of (catalog, stage, row),
      };

      konkurs_protocol_add_row (protocol, cells);
    }
}

KonkursDocument *
konkurs_stage_publication_build (KonkursStore                 *store,
                                 gint64                        stage_id,
                                 KonkursCatalog               *catalog,
                                 const KonkursDocumentOptions *options,
                                 GError                      **error)
{
  g_autoptr(KonkursStageDocument) stage = konkurs_stage_document_load (store, stage_id, error);
  g_autoptr(KonkursProtocol) protocol = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  KonkursProtocolCount counts[KONKURS_STAGE_DOCUMENT_N_COUNTS];

  if (stage == NULL)
    return NULL;
  protocol = konkurs_stage_document_new_protocol (store, stage, catalog, &konkurs_stage_publication_kind, options,
                                                  error);
  if (protocol == NULL)
    return NULL;
  groups = stage->stage->kind == KONKURS_STAGE_NATIONAL_COMMISSION ? sector_groups (protocol, stage)
           : konkurs_stage_document_groups (store, protocol, stage, error);
  if (groups == NULL)
    return NULL;

  konkurs_protocol_add_header (protocol);
  konkurs_stage_document_add_fields (protocol, stage);
  konkurs_protocol_add_paragraph (protocol, N_("Candidates are listed by their personal codes only, "
                                               "in the order of the codes."));
  if (stage->stage->kind == KONKURS_STAGE_DECISION || stage->stage->kind == KONKURS_STAGE_NATIONAL_COMMISSION)
    konkurs_protocol_add_paragraph (protocol, N_("These are the final results of the competition."));
  if (konkurs_protocol_is_draft (protocol))
    konkurs_protocol_add_paragraph (protocol, N_("The stage is not closed yet: the outcomes are what the rule "
                                                 "gives for the results entered so far."));
  konkurs_protocol_begin_table (protocol, &table);
  for (guint i = 0; i < groups->len; i++)
    add_group (protocol, stage, g_ptr_array_index (groups, i));
  konkurs_protocol_end_table (protocol);
  konkurs_stage_document_counts (catalog, stage->rows, counts);
  konkurs_protocol_add_totals (protocol, N_("Totals"), counts, G_N_ELEMENTS (counts));

  return konkurs_protocol_finish (protocol);
}

const KonkursDocumentKind konkurs_stage_publication_kind = {
  "stage-publication",
  N_("List of the results of the stage by personal code"),
  N_("Stage Publication List"),
  konkurs_stage_publication_build,
  KONKURS_DOCUMENT_SCOPE_STAGE,
  KONKURS_DOCUMENT_ANONYMOUS,
  konkurs_stage_document_count_undecided,
  FALSE,
};
