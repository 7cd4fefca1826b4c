/* konkurs-stage-protocol.c — the protocol of a stage for the commission
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-collation.h"
#include "konkurs-protocol-group.h"
#include "konkurs-protocol-people.h"
#include "konkurs-stage-document.h"
#include "konkurs-stage-protocol.h"
#include "konkurs-store-candidates.h"
#include "konkurs-text.h"

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

/* In points of the 496 of the page's width; the IIN and the personal code
 * share a column, one above the other, as in the admission protocol:
 * each needs its whole width unbroken. */
static const KonkursProtocolColumn columns[] = {
  { N_("No."), 22 },
  { N_("Surname, name, patronymic"), 100 },
  { N_("IIN"), 104, KONKURS_DOCUMENT_ALIGN_LEFT, N_("Personal code") },
  { N_("Result"), 104 },
  { N_("Score"), 36, KONKURS_DOCUMENT_ALIGN_RIGHT },
  { N_("Outcome"), 56 },
  { N_("Reason"), 74 },
};

static const KonkursProtocolTable table = {
  columns, G_N_ELEMENTS (columns),
  N_("Nobody entered this stage."),
  N_("Nobody entered this stage for this position."),
};

typedef struct {
  KonkursStore         *store;
  KonkursCatalog       *catalog;
  KonkursProtocol      *protocol;
  KonkursStageDocument *stage;
  GHashTable           *candidacies;   /* application id → KonkursCandidacy */
  GHashTable           *candidates;    /* candidate id → KonkursCandidate */
} StageProtocol;

static KonkursCandidate *
candidate_of (StageProtocol *self, const KonkursStageRow *row)
{
  KonkursCandidacy *candidacy = g_hash_table_lookup (self->candidacies, &row->application_id);

  return candidacy != NULL ? konkurs_protocol_candidate_of (self->candidates, candidacy) : NULL;
}

static char *
name_of (StageProtocol *self, const KonkursStageRow *row)
{
  KonkursCandidate *candidate = candidate_of (self, row);

  return candidate != NULL ? konkurs_candidate_dup_full_name (candidate) : g_strdup ("—");
}

/* Where a row stands: ranked (met every mark), with a result that failed
 * a mark, without a result. */
static int
standing (const KonkursStageRow *row)
{
  if (row->decision != NULL && row->decision->rank > 0)
    return 0;
  return row->has_result ? 1 : 2;
}

/* The ranked in the order of their rank, then those who failed a mark,
 * the best first, then those without a result, by name: the cut-off reads
 * down the table. */
static int
compare_rows (gconstpointer a, gconstpointer b, gpointer data)
{
  StageProtocol *self = data;
  const KonkursStageRow *first = *(KonkursStageRow **) a;
  const KonkursStageRow *second = *(KonkursStageRow **) b;
  g_autofree char *first_name = NULL;
  g_autofree char *second_name = NULL;

  if (standing (first) != standing (second))
    return standing (first) - standing (second);
  if (standing (first) == 0 && first->decision->rank != second->decision->rank)
    return first->decision->rank - second->decision->rank;
  if (first->score != second->score)
    return first->score > second->score ? -1 : 1;
  first_name = name_of (self, first);
  second_name = name_of (self, second);
  return konkurs_collation_compare (first_name, second_name);
}

static void
add_row (StageProtocol *self, const KonkursStageRow *row, guint number)
{
  KonkursCatalog *catalog = self->catalog;
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  KonkursCandidate *candidate = candidate_of (self, row);
  g_autofree char *name = name_of (self, row);
  g_autofree char *identity = g_strconcat (candidate != NULL ? konkurs_candidate_get_iin (candidate) : "—", "\n",
                                           row->personal_code, NULL);
  g_autofree char *result = konkurs_stage_document_result (self->stage, row, catalog);
  g_autofree char *score = row->has_result ? konkurs_stage_format_score (row->score, catalog) : g_strdup ("—");
  g_autofree char *reason = row->decision != NULL
                            ? konkurs_text_capitalise (konkurs_stage_decision_describe (row->decision, catalog))
                            : NULL;
  const char *cells[G_N_ELEMENTS (columns)] = {
    number_text,
    name,
    identity,
    result,
    score,
    konkurs_stage_document_outcome (catalog, row),
    reason,
  };

  konkurs_protocol_add_row (self->protocol, cells);
}

static void
add_group (StageProtocol *self, KonkursProtocolGroup *group)
{
  KonkursProtocolCount counts[KONKURS_STAGE_DOCUMENT_N_COUNTS];

  if (group->heading != NULL)
    konkurs_protocol_add_group (self->protocol, group->heading);
  g_ptr_array_sort_with_data (group->items, compare_rows, self);
  for (guint i = 0; i < group->items->len; i++)
    add_row (self, g_ptr_array_index (group->items, i), i + 1);
  if (group->heading != NULL)
    {
      konkurs_stage_document_counts (self->catalog, group->items, counts);
      konkurs_protocol_add_group_totals (self->protocol, counts + 1, G_N_ELEMENTS (counts) - 1);
    }
}

/* A final protocol records the commission's decision at its meeting; a
 * draft prepares it, and says that the outcomes are what closing the
 * stage now would decide. */
static gboolean
add_header (StageProtocol *self, GError **error)
{
  KonkursCatalog *catalog = self->catalog;

  konkurs_protocol_add_header (self->protocol);
  if (!konkurs_protocol_add_meeting (self->protocol, error))
    return FALSE;
  konkurs_stage_document_add_fields (self->protocol, self->stage);
  if (konkurs_protocol_is_draft (self->protocol))
    konkurs_protocol_add_text (self->protocol,
                               T (N_("This draft prepares the closing of the stage by the competition commission: "
                                     "the outcomes in it are what the rule gives for the results entered so far, "
                                     "proposals for the commission.")));
  else
    konkurs_protocol_add_paragraph (self->protocol,
                                    N_("The competition commission reviewed the results of the stage and, applying "
                                       "the rule above, decided who goes on to the next stage as follows."));
  return TRUE;
}

static gboolean
load_people (StageProtocol *self, GError **error)
{
  return konkurs_stage_document_load_people (self->store, self->stage, &self->candidacies, &self->candidates, error);
}

static gboolean
build_body (StageProtocol *self, GError **error)
{
  g_autoptr(GPtrArray) groups = NULL;
  KonkursProtocolCount counts[KONKURS_STAGE_DOCUMENT_N_COUNTS];

  if (!load_people (self, error))
    return FALSE;
  groups = konkurs_stage_document_groups (self->store, self->protocol, self->stage, error);
  if (groups == NULL || !add_header (self, error))
    return FALSE;
  konkurs_protocol_begin_table (self->protocol, &table);
  for (guint i = 0; i < groups->len; i++)
    add_group (self, g_ptr_array_index (groups, i));
  konkurs_protocol_end_table (self->protocol);

  konkurs_stage_document_counts (self->catalog, self->stage->rows, counts);
  konkurs_protocol_add_totals (self->protocol, N_("Totals"), counts, G_N_ELEMENTS (counts));
  return konkurs_protocol_add_commission_signatures (self->protocol, error);
}

KonkursDocument *
konkurs_stage_protocol_build (KonkursStore                 *store,
                              gint64                        stage_id,
                              KonkursCatalog               *catalog,
                              const KonkursDocumentOptions *options,
                              GError                      **error)
{
  g_autoptr(KonkursStageDocument) stage = konkurs_stage_document_load (store, stage_id, error);
  g_autoptr(KonkursProtocol) protocol = NULL;
  StageProtocol self = { store, catalog };
  gboolean ok;

  if (stage == NULL)
    return NULL;
  protocol = konkurs_stage_document_new_protocol (store, stage, catalog, &konkurs_stage_protocol_kind, options, error);
  if (protocol == NULL)
    return NULL;
  self.protocol = protocol;
  self.stage = stage;
  ok = build_body (&self, error);
  g_clear_pointer (&self.candidacies, g_hash_table_unref);
  g_clear_pointer (&self.candidates, g_hash_table_unref);
  return ok ? konkurs_protocol_finish (protocol) : NULL;
}

const KonkursDocumentKind konkurs_stage_protocol_kind = {
  "stage",
  N_("Protocol of the stage"),
  N_("Stage Protocol"),
  konkurs_stage_protocol_build,
  KONKURS_DOCUMENT_SCOPE_STAGE,
  KONKURS_DOCUMENT_NAMES_PEOPLE,
  konkurs_stage_document_count_undecided,
  TRUE,
};
