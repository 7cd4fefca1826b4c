/* konkurs-stage-document.c — what the documents of a stage share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The protocol (names) and the publication list (personal codes) of a
 * stage print the same results, outcomes and rule; they read them here,
 * from the store's views by personal code only (konkurs-store-stages.h),
 * so that the anonymous list cannot pick up a name by sharing code with
 * the protocol: the protocol adds the names itself.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-protocol-group.h"
#include "konkurs-protocol-people.h"
#include "konkurs-stage-document.h"
#include "konkurs-store-candidates.h"
#include "konkurs-text.h"

#define T(msgid) konkurs_catalog_gettext (catalog, (msgid))

void
konkurs_stage_document_free (KonkursStageDocument *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->stage, konkurs_stage_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->latest, g_hash_table_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->assessments, g_ptr_array_unref);
  g_free (self);
}

/* The latest attempt of each test, per application. */
static void
index_latest (KonkursStageDocument *self)
{
  self->latest = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < self->results->len; i++)
    {
      KonkursTestResult *result = g_ptr_array_index (self->results, i);
      GPtrArray *tests = g_hash_table_lookup (self->latest, &result->application_id);
      gboolean replaced = FALSE;

      if (tests == NULL)
        {
          tests = g_ptr_array_new ();
          g_hash_table_insert (self->latest, &result->application_id, tests);
        }
      for (guint j = 0; j < tests->len && !replaced; j++)
        {
          KonkursTestResult *seen = g_ptr_array_index (tests, j);

          if (g_str_equal (seen->test, result->test))
            {
              if (result->attempt > seen->attempt)
                tests->pdata[j] = result;
              replaced = TRUE;
            }
        }
      if (!replaced)
        g_ptr_array_add (tests, result);
    }
}

KonkursStageDocument *
konkurs_stage_document_load (KonkursStore  *store,
                             gint64         stage_id,
                             GError       **error)
{
  g_autoptr(KonkursStageDocument) self = g_new0 (KonkursStageDocument, 1);

  self->stage = konkurs_store_get_stage (store, stage_id, error);
  if (self->stage == NULL)
    return NULL;
  self->rows = konkurs_store_list_stage_rows (store, stage_id, error);
  if (self->rows == NULL)
    return NULL;
  if (self->stage->kind == KONKURS_STAGE_TESTING)
    {
      self->results = konkurs_store_list_test_results (store, stage_id, error);
      if (self->results == NULL)
        return NULL;
      index_latest (self);
    }
  if (self->stage->kind == KONKURS_STAGE_PRACTICAL_TASK
      && (self->members = konkurs_store_list_member_scores (store, stage_id, error)) == NULL)
    return NULL;
  if (self->stage->kind == KONKURS_STAGE_ASSESSMENT_CENTRE
      && (self->assessments = konkurs_store_list_assessments (store, stage_id, error)) == NULL)
    return NULL;
  return g_steal_pointer (&self);
}

gboolean
konkurs_stage_document_count_undecided (KonkursStore  *store,
                                        gint64         stage_id,
                                        guint         *count,
                                        GError       **error)
{
  g_autoptr(KonkursStage) stage = konkurs_store_get_stage (store, stage_id, error);

  if (stage == NULL)
    return FALSE;
  *count = stage->state == KONKURS_STAGE_STATE_CLOSED ? 0 : MAX (stage->n_entered, 1);
  return TRUE;
}

KonkursProtocol *
konkurs_stage_document_new_protocol (KonkursStore                 *store,
                                     KonkursStageDocument         *self,
                                     KonkursCatalog               *catalog,
                                     const KonkursDocumentKind    *kind,
                                     const KonkursDocumentOptions *options,
                                     GError                      **error)
{
  g_autoptr(KonkursProtocol) protocol = NULL;

  protocol = konkurs_protocol_new_for_competition (store, self->stage->competition_id, catalog, kind,
                                                   KONKURS_PROTOCOL_DATES_NONE, options, error);
  if (protocol == NULL)
    return NULL;
  if (self->stage->state != KONKURS_STAGE_STATE_CLOSED && !konkurs_protocol_is_draft (protocol))
    {
      g_set_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_UNDECIDED,
                   _("The stage “%s” is not closed yet: who goes on is not decided, so the document can only be "
                     "printed as a draft."),
                   _(konkurs_stage_kind_get_label (self->stage->kind)));
      return NULL;
    }
  return g_steal_pointer (&protocol);
}

void
konkurs_stage_document_add_fields (KonkursProtocol      *protocol,
                                   KonkursStageDocument *self)
{
  KonkursCatalog *catalog = konkurs_protocol_get_catalog (protocol);
  const KonkursStage *stage = self->stage;
  g_autofree char *starts = konkurs_protocol_format_date (catalog, &stage->starts_on);
  g_autofree char *ends = konkurs_protocol_format_date (catalog, &stage->ends_on);
  g_autofree char *dates = g_strdup_printf ("%s – %s", starts, ends);

  konkurs_protocol_add_field (protocol, N_("Stage"),
                              konkurs_protocol_translate_label (catalog, konkurs_stage_kind_get_label (stage->kind)));
  if (g_date_valid (&stage->starts_on) || g_date_valid (&stage->ends_on))
    konkurs_protocol_add_field (protocol, N_("Dates of the stage"), dates);
  for (guint i = 0; i < stage->rules->len; i++)
    {
      const KonkursStageRule *rule = g_ptr_array_index (stage->rules, i);
      g_autofree char *words = konkurs_stage_rule_describe_in_words (rule, catalog);
      g_autofree char *track = NULL;

      if (stage->rules->len == 1)
        {
          konkurs_protocol_add_field (protocol, N_("Rule applied"), words);
          continue;
        }
      track = g_strdup_printf ("%s: %s",
                               konkurs_protocol_translate_label (catalog, konkurs_track_get_label (rule->track)), words);
      konkurs_protocol_add_field (protocol, N_("Rule applied"), track);
    }
}

/* ------------------------------------------------------------------------ */
/* Rows                                                                      */

static char *
describe_test (const KonkursTestResult *result, KonkursCatalog *catalog)
{
  const char *label = konkurs_stage_test_label (catalog, result->test);

  if (!result->present)
    return g_strdup_printf ("%s: %s", label, T (N_("absent")));
  return g_strdup_printf ("%s %d/%d", label, result->score, result->max_score);
}

/* "5; 4; 4": the scores of the members, in the order they are listed. */
static char *
describe_members (KonkursStageDocument *self, gint64 application_id)
{
  g_autoptr(GString) text = NULL;

  for (guint i = 0; self->members != NULL && i < self->members->len; i++)
    {
      const KonkursMemberScore *score = g_ptr_array_index (self->members, i);

      if (score->application_id != application_id)
        continue;
      if (text == NULL)
        text = g_string_new (NULL);
      else
        g_string_append (text, "; ");
      g_string_append_printf (text, "%d", score->score);
    }
  return text != NULL ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/* "competencies 4.33; interview 4" */
static char *
describe_assessment (KonkursStageDocument *self, gint64 application_id, KonkursCatalog *catalog)
{
  for (guint i = 0; self->assessments != NULL && i < self->assessments->len; i++)
    {
      const KonkursAssessment *assessment = g_ptr_array_index (self->assessments, i);
      g_autoptr(GArray) scores = NULL;
      g_autofree char *mean = NULL;

      if (assessment->application_id != application_id)
        continue;
      scores = g_array_new (FALSE, FALSE, sizeof (int));
      for (guint c = 0; c < assessment->competencies->len; c++)
        g_array_append_val (scores, ((KonkursCompetencyScore *) g_ptr_array_index (assessment->competencies, c))->score);
      mean = konkurs_stage_format_score (konkurs_stage_mean_centi ((const int *) scores->data, scores->len), catalog);
      return g_strdup_printf ("%s %s; %s %d", T (N_("competencies")), mean, T (N_("interview")),
                              assessment->interview_rating);
    }
  return NULL;
}

char *
konkurs_stage_document_result (KonkursStageDocument  *self,
                               const KonkursStageRow *row,
                               KonkursCatalog        *catalog)
{
  char *described = self->members != NULL ? describe_members (self, row->application_id)
                                          : describe_assessment (self, row->application_id, catalog);

  if (described != NULL)
    return described;

  GPtrArray *tests = self->latest != NULL ? g_hash_table_lookup (self->latest, &row->application_id) : NULL;
  g_autoptr(GString) text = NULL;

  if (tests != NULL && tests->len > 0)
    {
      text = g_string_new (NULL);
      for (guint i = 0; i < tests->len; i++)
        {
          g_autofree char *test = describe_test (g_ptr_array_index (tests, i), catalog);

          g_string_append_printf (text, "%s%s", i > 0 ? "; " : "", test);
        }
      return g_string_free (g_steal_pointer (&text), FALSE);
    }
  if (!row->has_result)
    return g_strdup ("—");
  return konkurs_stage_format_score (row->score, catalog);
}

const char *
konkurs_stage_document_outcome (KonkursCatalog        *catalog,
                                const KonkursStageRow *row)
{
  switch (row->decision != NULL ? row->decision->outcome : KONKURS_STAGE_OUTCOME_PENDING)
    {
    case KONKURS_STAGE_OUTCOME_GOES_ON:
      return T (N_("Goes on"));
    case KONKURS_STAGE_OUTCOME_STAYS_OUT:
      return T (N_("Does not go on"));
    case KONKURS_STAGE_OUTCOME_PENDING:
    default:
      return T (N_("No result yet"));
    }
}

void
konkurs_stage_document_counts (KonkursCatalog       *catalog,
                               GPtrArray            *rows,
                               KonkursProtocolCount *counts)
{
  guint going = 0, out = 0, absent = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      const KonkursStageRow *row = g_ptr_array_index (rows, i);
      KonkursStageOutcome outcome = row->decision != NULL ? row->decision->outcome : KONKURS_STAGE_OUTCOME_PENDING;

      going += outcome == KONKURS_STAGE_OUTCOME_GOES_ON;
      out += outcome == KONKURS_STAGE_OUTCOME_STAYS_OUT;
      /* as decided: a closed stage's outcome stands for its result */
      absent += row->decision != NULL ? row->decision->reason == KONKURS_STAGE_REASON_NO_RESULT : !row->has_result;
    }
  counts[0] = (KonkursProtocolCount) { T (N_("Entered the stage")), rows->len };
  counts[1] = (KonkursProtocolCount) { T (N_("Go on")), going };
  counts[2] = (KonkursProtocolCount) { T (N_("Do not go on")), out };
  counts[3] = (KonkursProtocolCount) { T (N_("Absent or without a result")), absent };
}

static void
row_key (gconstpointer item, gint64 *vacancy_id, const char **sector)
{
  *vacancy_id = ((const KonkursStageRow *) item)->vacancy_id;
  *sector = NULL;
}

GPtrArray *
konkurs_stage_document_groups (KonkursStore         *store,
                               KonkursProtocol      *protocol,
                               KonkursStageDocument *self,
                               GError              **error)
{
  KonkursCompetition *competition = konkurs_protocol_get_competition (protocol);
  GPtrArray *groups;
  KonkursProtocolGroup *all;

  if (konkurs_competition_get_procedure (competition) != KONKURS_PROCEDURE_YOUTH_RESERVE)
    return konkurs_protocol_group_items (store, protocol, self->rows, row_key, error);

  groups = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_protocol_group_free);
  all = g_new0 (KonkursProtocolGroup, 1);
  all->items = g_ptr_array_new ();
  g_ptr_array_extend (all->items, self->rows, NULL, NULL);
  g_ptr_array_add (groups, all);
  return groups;
}

gboolean
konkurs_stage_document_load_people (KonkursStore          *store,
                                    KonkursStageDocument  *self,
                                    GHashTable           **candidacies,
                                    GHashTable           **candidates,
                                    GError               **error)
{
  g_autoptr(GPtrArray) list = konkurs_store_list_candidacies_of_competition (store, self->stage->competition_id,
                                                                             error);

  if (list == NULL || (*candidates = konkurs_protocol_load_candidates (store, list, error)) == NULL)
    return FALSE;
  *candidacies = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  for (guint i = 0; i < list->len; i++)
    {
      KonkursCandidacy *candidacy = g_ptr_array_index (list, i);
      gint64 id = konkurs_candidacy_get_id (candidacy);

      g_hash_table_insert (*candidacies, g_memdup2 (&id, sizeof id), g_object_ref (candidacy));
    }
  return TRUE;
}
