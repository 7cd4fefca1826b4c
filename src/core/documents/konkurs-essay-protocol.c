/* konkurs-essay-protocol.c — the protocol of the essays for the commission
 *
 * The graders are named: they are experts or members of the commission,
 * never the candidates.  The writers stay codes until the stage is
 * unsealed; then, and only in this protocol, their names stand under the
 * codes.  What an expert takes away (the package) never names anyone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-collation.h"
#include "konkurs-essay-protocol.h"
#include "konkurs-protocol-people.h"
#include "konkurs-stage-document.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-organisation.h"
#include "konkurs-text.h"

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

static const KonkursProtocolColumn columns[] = {
  { N_("No."), 22 },
  { N_("Personal code"), 92 },
  { N_("Graders’ totals"), 150 },
  { N_("Score"), 38, KONKURS_DOCUMENT_ALIGN_RIGHT },
  { N_("Spread"), 40, KONKURS_DOCUMENT_ALIGN_RIGHT },
  { N_("Resolution"), 84 },
  { N_("Outcome"), 70 },
};

static const KonkursProtocolTable table = {
  columns, G_N_ELEMENTS (columns),
  N_("Nobody entered this stage."),
  NULL,
};

typedef struct {
  KonkursStore         *store;
  KonkursCatalog       *catalog;
  KonkursProtocol      *protocol;
  KonkursStageDocument *stage;
  KonkursEssayRule     *rule;
  GHashTable           *essays;    /* personal code → KonkursEssay */
  GHashTable           *grades;    /* essay id → GPtrArray of KonkursEssayGrade */
  GHashTable           *writers;   /* personal code → full name; NULL while sealed */
  GHashTable           *candidacies; /* once unsealed: application id → KonkursCandidacy */
  GHashTable           *candidates;  /* once unsealed: candidate id → KonkursCandidate */
  GPtrArray            *graders;   /* names of those who graded, for the signatures */
} EssayProtocol;

static void
essay_protocol_clear (EssayProtocol *self)
{
  g_clear_pointer (&self->rule, konkurs_essay_rule_free);
  g_clear_pointer (&self->essays, g_hash_table_unref);
  g_clear_pointer (&self->grades, g_hash_table_unref);
  g_clear_pointer (&self->writers, g_hash_table_unref);
  g_clear_pointer (&self->candidacies, g_hash_table_unref);
  g_clear_pointer (&self->candidates, g_hash_table_unref);
  g_clear_pointer (&self->graders, g_ptr_array_unref);
}

/* Reading */

static gboolean
load_grades (EssayProtocol *self, KonkursEssay *essay, GError **error)
{
  GPtrArray *grades = konkurs_store_list_essay_grades (self->store, essay->id, error);

  if (grades == NULL)
    return FALSE;
  g_hash_table_insert (self->grades, g_memdup2 (&essay->id, sizeof essay->id), grades);
  for (guint i = 0; i < grades->len; i++)
    {
      const KonkursEssayGrade *grade = g_ptr_array_index (grades, i);
      guint index;

      if (grade->has_score
          && !g_ptr_array_find_with_equal_func (self->graders, grade->expert_name, g_str_equal, &index))
        g_ptr_array_add (self->graders, g_strdup (grade->expert_name));
    }
  return TRUE;
}

/* The candidates of the competition, read only once the writers are
 * unsealed: their names and IINs under the codes, as the stage protocol
 * names them. */
static gboolean
load_people (EssayProtocol *self, GError **error)
{
  return konkurs_stage_document_load_people (self->store, self->stage, &self->candidacies, &self->candidates, error);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return konkurs_collation_compare (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
load_essays (EssayProtocol *self, GError **error)
{
  gint64 stage_id = self->stage->stage->id;
  g_autoptr(GPtrArray) essays = konkurs_store_list_essays (self->store, stage_id, error);
  g_autoptr(GError) local_error = NULL;
  gboolean sealed;

  if (essays == NULL)
    return FALSE;
  self->essays = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) konkurs_essay_free);
  self->grades = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  self->graders = g_ptr_array_new_with_free_func (g_free);
  while (essays->len > 0)
    {
      KonkursEssay *essay = g_ptr_array_steal_index (essays, essays->len - 1);

      g_hash_table_insert (self->essays, essay->code, essay);
      if (!load_grades (self, essay, error))
        return FALSE;
    }
  g_ptr_array_sort (self->graders, compare_names);

  sealed = konkurs_store_get_essays_sealed (self->store, stage_id, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (sealed)
    return TRUE;
  self->writers = konkurs_store_list_essay_writers (self->store, stage_id, error);
  return self->writers != NULL && load_people (self, error);
}

/* The rows */

/* The code, and once unsealed the writer's name and IIN under it. */
static char *
code_cell (EssayProtocol *self, const KonkursStageRow *row)
{
  KonkursCandidacy *candidacy = self->candidacies != NULL
                                ? g_hash_table_lookup (self->candidacies, &row->application_id) : NULL;
  KonkursCandidate *candidate = candidacy != NULL ? konkurs_protocol_candidate_of (self->candidates, candidacy)
                                                  : NULL;
  g_autofree char *name = NULL;

  if (candidate == NULL)
    return g_strdup (row->personal_code);
  name = konkurs_candidate_dup_full_name (candidate);
  return g_strconcat (row->personal_code, "\n", name, "\n", konkurs_candidate_get_iin (candidate), NULL);
}

/* One line per grader in the order they were assigned: "Name: 4", the
 * fourth grader marked, the score the fourth rule dropped marked. */
static char *
graders_cell (EssayProtocol *self, const KonkursEssay *essay)
{
  KonkursCatalog *catalog = self->catalog;
  GPtrArray *grades = g_hash_table_lookup (self->grades, &essay->id);
  GString *text = g_string_new (NULL);
  int scored = 0;

  for (guint i = 0; grades != NULL && i < grades->len; i++)
    {
      const KonkursEssayGrade *grade = g_ptr_array_index (grades, i);

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, grade->expert_name);
      if (grade->round > 1)
        g_string_append_printf (text, " (%s)", T (N_("fourth grader")));
      if (!grade->has_score)
        {
          g_string_append_printf (text, ": %s", T (N_("not graded yet")));
          continue;
        }
      g_string_append_printf (text, ": %d", grade->total);
      if (essay->aggregate.dropped == scored++)
        g_string_append_printf (text, " (%s)", T (N_("dropped")));
    }
  if (text->len == 0)
    g_string_append (text, T (N_("no graders assigned")));
  return g_string_free (text, FALSE);
}

/* @reason: the chair's, when the chair resolved it. */
static char *
resolution_cell (EssayProtocol *self, const KonkursEssay *essay, const char *reason)
{
  KonkursCatalog *catalog = self->catalog;
  const KonkursEssayAggregate *aggregate = &essay->aggregate;

  if (essay->proctor == KONKURS_PROCTOR_REJECTED)
    return konkurs_text_is_blank (essay->proctor_note)
           ? g_strdup (T (N_("rejected by the proctor")))
           : g_strdup_printf ("%s: %s", T (N_("rejected by the proctor")), essay->proctor_note);
  if (aggregate->status != KONKURS_ESSAY_STATUS_FINAL)
    return g_strdup (konkurs_protocol_translate_label (catalog, konkurs_essay_status_get_label (aggregate->status)));
  switch (aggregate->resolution)
    {
    case KONKURS_ESSAY_RESOLVED_FOURTH:
      return g_strdup (T (N_("by a fourth grader")));
    case KONKURS_ESSAY_RESOLVED_CHAIR:
      return konkurs_text_is_blank (reason) ? g_strdup (T (N_("by the chair")))
                                            : g_strdup_printf ("%s: %s", T (N_("by the chair")), reason);
    case KONKURS_ESSAY_RESOLVED_NONE:
    default:
      return g_strdup ("—");
    }
}

static char *
spread_cell (EssayProtocol *self, const KonkursEssay *essay)
{
  if (essay->aggregate.status == KONKURS_ESSAY_STATUS_NOT_ASSIGNED || essay->n_graded < 2)
    return g_strdup ("—");
  /* "3 > 2": over the rule's limit */
  return essay->aggregate.spread_over ? g_strdup_printf ("%d > %d", essay->aggregate.spread, self->rule->spread_limit)
                                      : g_strdup_printf ("%d", essay->aggregate.spread);
}

static gboolean
add_row (EssayProtocol *self, const KonkursStageRow *row, guint number, GError **error)
{
  KonkursCatalog *catalog = self->catalog;
  const KonkursEssay *essay = g_hash_table_lookup (self->essays, row->personal_code);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *code = code_cell (self, row);
  g_autofree char *graders = essay != NULL ? graders_cell (self, essay) : g_strdup (T (N_("no essay submitted")));
  g_autofree char *score = essay != NULL && essay->aggregate.status == KONKURS_ESSAY_STATUS_FINAL
                           ? konkurs_stage_format_score (essay->aggregate.score, catalog) : g_strdup ("—");
  g_autofree char *spread = essay != NULL ? spread_cell (self, essay) : g_strdup ("—");
  g_autofree char *reason = NULL;
  g_autofree char *resolution = NULL;
  const char *cells[G_N_ELEMENTS (columns)] = {
    number_text, code, graders, score, spread, NULL, konkurs_stage_document_outcome (catalog, row),
  };

  if (essay != NULL && essay->aggregate.resolution == KONKURS_ESSAY_RESOLVED_CHAIR
      && (reason = konkurs_store_get_essay_resolution_reason (self->store, essay->id, error)) == NULL)
    return FALSE;
  resolution = essay != NULL ? resolution_cell (self, essay, reason) : g_strdup ("—");
  cells[5] = resolution;
  konkurs_protocol_add_row (self->protocol, cells);
  return TRUE;
}

/* The parts around the table */

static void
add_rule (EssayProtocol *self)
{
  g_autofree char *words = konkurs_essay_rule_describe (self->rule, self->catalog);
  g_auto(GStrv) lines = g_strsplit (words, "\n", -1);

  konkurs_protocol_add_heading (self->protocol, N_("How the essays are graded"));
  for (guint i = 0; lines[i] != NULL; i++)
    konkurs_protocol_add_text (self->protocol, lines[i]);
}

static void
add_header (EssayProtocol *self)
{
  KonkursCatalog *catalog = self->catalog;

  konkurs_protocol_add_header (self->protocol);
  konkurs_stage_document_add_fields (self->protocol, self->stage);
  add_rule (self);
  if (konkurs_protocol_is_draft (self->protocol))
    konkurs_protocol_add_text (self->protocol,
                               T (N_("This draft shows the essays’ grading so far: the scores of essays not final "
                                     "yet are missing, and the outcomes are what the rule gives for the scores "
                                     "so far, proposals for the commission.")));
  else
    konkurs_protocol_add_paragraph (self->protocol,
                                    N_("The essays were graded by their personal codes, without the graders "
                                       "knowing who wrote them; the scores below decided who goes on to the "
                                       "next stage, by the rule above."));
  if (self->writers == NULL)
    konkurs_protocol_add_text (self->protocol,
                               T (N_("The identities of the writers are sealed: the essays are named by their "
                                     "personal codes only.")));
}

/* Sectors of the essays, each once, in the order of their codes. */
static GPtrArray *
essay_sectors (EssayProtocol *self)
{
  GPtrArray *sectors = g_ptr_array_new ();
  GHashTableIter iter;
  KonkursEssay *essay;

  g_hash_table_iter_init (&iter, self->essays);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &essay))
    if (!konkurs_text_is_blank (essay->sector)
        && !g_ptr_array_find_with_equal_func (sectors, essay->sector, g_str_equal, NULL))
      g_ptr_array_add (sectors, essay->sector);
  g_ptr_array_sort (sectors, compare_names);
  return sectors;
}

static gboolean
add_agreement (EssayProtocol *self, GError **error)
{
  KonkursCatalog *catalog = self->catalog;
  gint64 stage_id = self->stage->stage->id;
  g_autoptr(GPtrArray) sectors = essay_sectors (self);
  KonkursAgreement agreement;
  g_autofree char *overall = NULL;

  if (!konkurs_store_get_essay_agreement (self->store, stage_id, NULL, &agreement, error))
    return FALSE;
  overall = konkurs_agreement_format (&agreement, catalog);
  konkurs_protocol_add_heading (self->protocol, N_("Agreement between the graders"));
  konkurs_protocol_add_text (self->protocol,
                             T (N_("Krippendorff’s alpha (interval) over the first graders’ totals: 1 is full "
                                   "agreement, 0 what chance would give; below 0.67 the scores are usually not "
                                   "taken as reliable.")));
  konkurs_protocol_add_field (self->protocol, N_("All essays"), overall);
  for (guint i = 0; i < sectors->len; i++)
    {
      const char *sector = g_ptr_array_index (sectors, i);
      g_autofree char *figure = NULL;
      g_autofree char *line = NULL;

      if (!konkurs_store_get_essay_agreement (self->store, stage_id, sector, &agreement, error))
        return FALSE;
      figure = konkurs_agreement_format (&agreement, catalog);
      line = g_strdup_printf ("%s: %s", konkurs_protocol_pick_sector (self->protocol, sector), figure);
      konkurs_protocol_add_text (self->protocol, line);
    }
  return TRUE;
}

/* The stage's counts, then the essays': final, resolved by a fourth
 * grader, by the chair, still needing resolution. */
static void
add_totals (EssayProtocol *self)
{
  KonkursCatalog *catalog = self->catalog;
  KonkursProtocolCount counts[KONKURS_STAGE_DOCUMENT_N_COUNTS + 4];
  guint n = KONKURS_STAGE_DOCUMENT_N_COUNTS;
  guint final = 0, fourth = 0, chair = 0, pending = 0;
  GHashTableIter iter;
  KonkursEssay *essay;

  g_hash_table_iter_init (&iter, self->essays);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &essay))
    {
      final += essay->aggregate.status == KONKURS_ESSAY_STATUS_FINAL;
      fourth += essay->aggregate.resolution == KONKURS_ESSAY_RESOLVED_FOURTH;
      chair += essay->aggregate.resolution == KONKURS_ESSAY_RESOLVED_CHAIR;
      pending += essay->aggregate.status == KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION
                 || essay->aggregate.status == KONKURS_ESSAY_STATUS_GRADED;
    }
  konkurs_stage_document_counts (catalog, self->stage->rows, counts);
  counts[n++] = (KonkursProtocolCount) { T (N_("Essays with a final score")), final };
  counts[n++] = (KonkursProtocolCount) { T (N_("Resolved by a fourth grader")), fourth };
  counts[n++] = (KonkursProtocolCount) { T (N_("Resolved by the chair")), chair };
  counts[n++] = (KonkursProtocolCount) { T (N_("Awaiting resolution")), pending };
  konkurs_protocol_add_totals (self->protocol, N_("Totals"), counts, n);
}

/* Every grader who gave a score, then the secretary of the commission. */
static gboolean
add_signatures (EssayProtocol *self, GError **error)
{
  g_autoptr(GPtrArray) members = konkurs_store_list_commission (self->store, error);
  KonkursDocLanguage language = konkurs_catalog_get_language (self->catalog);
  g_autofree KonkursProtocolSignature *lines = NULL;
  const char *secretary = NULL;
  guint n = 0;

  if (members == NULL)
    return FALSE;
  for (guint i = 0; i < members->len; i++)
    {
      const KonkursCommissionMember *member = g_ptr_array_index (members, i);

      if (member->role == KONKURS_COMMISSION_SECRETARY)
        secretary = konkurs_local_text_pick (member->name, language, NULL);
    }
  lines = g_new0 (KonkursProtocolSignature, self->graders->len + 1);
  for (guint i = 0; i < self->graders->len; i++, n++)
    lines[n] = (KonkursProtocolSignature) {
      i > 0 ? NULL : self->rule->graders == KONKURS_ESSAY_GRADERS_COMMISSION
                     ? N_("Members of the commission who graded") : N_("Experts who graded"),
      g_ptr_array_index (self->graders, i) };
  lines[n++] = (KonkursProtocolSignature) { N_("Secretary of the commission"),
                                            secretary != NULL && *secretary != '\0' ? secretary : NULL };
  konkurs_protocol_add_signatures (self->protocol, lines, n);
  return TRUE;
}

static gboolean
build_body (EssayProtocol *self, GError **error)
{
  self->rule = konkurs_store_get_essay_rule (self->store, self->stage->stage->id, error);
  if (self->rule == NULL || !load_essays (self, error))
    return FALSE;
  add_header (self);
  konkurs_protocol_begin_table (self->protocol, &table);
  for (guint i = 0; i < self->stage->rows->len; i++)
    if (!add_row (self, g_ptr_array_index (self->stage->rows, i), i + 1, error))
      return FALSE;
  konkurs_protocol_end_table (self->protocol);
  if (!add_agreement (self, error))
    return FALSE;
  add_totals (self);
  return add_signatures (self, error);
}

KonkursDocument *
konkurs_essay_protocol_build (KonkursStore                 *store,
                              gint64                        stage_id,
                              KonkursCatalog               *catalog,
                              const KonkursDocumentOptions *options,
                              GError                      **error)
{
  g_autoptr(KonkursStageDocument) stage = konkurs_stage_document_load (store, stage_id, error);
  g_autoptr(KonkursProtocol) protocol = NULL;
  EssayProtocol self = { store, catalog };
  gboolean ok;

  if (stage == NULL)
    return NULL;
  if (stage->stage->kind != KONKURS_STAGE_ESSAY)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID,
                   _("The protocol of the essays is printed for the essay stage; this is the stage “%s”."),
                   _(konkurs_stage_kind_get_label (stage->stage->kind)));
      return NULL;
    }
  protocol = konkurs_stage_document_new_protocol (store, stage, catalog, &konkurs_essay_protocol_kind, options,
                                                  error);
  if (protocol == NULL)
    return NULL;
  self.protocol = protocol;
  self.stage = stage;
  ok = build_body (&self, error);
  essay_protocol_clear (&self);
  return ok ? konkurs_protocol_finish (protocol) : NULL;
}

const KonkursDocumentKind konkurs_essay_protocol_kind = {
  "essays",
  N_("Protocol of the essays"),
  N_("Essay Protocol"),
  konkurs_essay_protocol_build,
  KONKURS_DOCUMENT_SCOPE_STAGE,
  KONKURS_DOCUMENT_NAMES_PEOPLE,
  konkurs_stage_document_count_undecided,
  FALSE,
};
