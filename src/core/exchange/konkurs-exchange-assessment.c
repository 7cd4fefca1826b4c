/* konkurs-exchange-assessment.c — the results of a Youth Reserve
 * selection's assessment centre (<konkurs-assessment-centre>)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read whole, checked against the stage before anything is written: per
 * personal code the competencies with their scores and assessors, the
 * supervisor who checked them and the competency interview's rating.  An
 * assessment equal to the one recorded is left alone (importing the same
 * file twice changes nothing); a different one replaces it while the
 * stage is open, the record keeping the earlier one.
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

typedef struct {
  xmlNode           *node;
  KonkursAssessment *assessment;
} AssessmentItem;

typedef struct {
  xmlNode              *root;
  KonkursExchangeStage *stage;
  GArray               *items;   /* of AssessmentItem */
} AssessmentPlan;

static void
assessment_plan_free (gpointer data)
{
  AssessmentPlan *plan = data;

  for (guint i = 0; plan->items != NULL && i < plan->items->len; i++)
    konkurs_assessment_free (g_array_index (plan->items, AssessmentItem, i).assessment);
  g_clear_pointer (&plan->items, g_array_unref);
  g_clear_pointer (&plan->stage, konkurs_exchange_stage_free);
  g_free (plan);
}

/* A score of the stage's scale: at most its maximum when it has one. */
static gboolean
read_score (KonkursImportContext   *ctx,
            xmlNode                *node,
            const char             *name,
            const KonkursStageRule *rule,
            int                    *out,
            GError                **error)
{
  gint64 value = 0;

  if (!konkurs_exchange_read_int_attr (ctx, node, name, TRUE, 0, G_MAXINT, &value, error))
    return FALSE;
  if (rule->max_score > 0 && value > rule->max_score)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("%s/@%s: %" PRId64 " is above the highest score of the stage, %d"),
                                     konkurs_exchange_node_name (node), name, value, rule->max_score);
      return FALSE;
    }
  *out = (int) value;
  return TRUE;
}

static gboolean
read_competency (KonkursImportContext   *ctx,
                 xmlNode                *node,
                 const KonkursStageRule *rule,
                 KonkursAssessment      *assessment,
                 GError                **error)
{
  g_autofree char *code = konkurs_exchange_require_attr (ctx, node, "code", error);
  g_autofree char *assessor = NULL;
  int score = 0;

  if (code == NULL)
    return FALSE;
  for (guint i = 0; i < assessment->competencies->len; i++)
    if (g_str_equal (((KonkursCompetencyScore *) g_ptr_array_index (assessment->competencies, i))->competency, code))
      {
        konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                       _("competency/@code: the competency “%s” is scored twice"), code);
        return FALSE;
      }
  assessor = konkurs_exchange_require_text_attr (ctx, node, "assessor", error);
  if (assessor == NULL || !read_score (ctx, node, "score", rule, &score, error))
    return FALSE;
  g_strstrip (assessor);
  if (*assessor == '\0')
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("competency/@assessor: blank; name the assessor who gave the score"));
      return FALSE;
    }
  konkurs_assessment_add (assessment, code, assessor, score);
  return TRUE;
}

static KonkursAssessment *
read_candidate (KonkursImportContext *ctx,
                xmlNode              *node,
                AssessmentPlan       *plan,
                GError              **error)
{
  const KonkursStageRow *row = konkurs_exchange_stage_row (ctx, plan->stage, node, error);
  const KonkursStageRule *rule = row != NULL ? konkurs_exchange_stage_rule (ctx, plan->stage, row, node, error) : NULL;
  g_autoptr(KonkursAssessment) assessment = NULL;
  g_autofree char *supervisor = NULL;

  if (rule == NULL)
    return NULL;
  assessment = konkurs_assessment_new (row->application_id);
  supervisor = konkurs_exchange_require_text_attr (ctx, node, "supervisor", error);
  if (supervisor == NULL || !read_score (ctx, node, "interview-rating", rule, &assessment->interview_rating, error))
    return NULL;
  g_strstrip (supervisor);
  if (*supervisor == '\0')
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("candidate/@supervisor: blank; name the supervisor who checked the scores"));
      return NULL;
    }
  g_free (assessment->supervisor);
  assessment->supervisor = g_steal_pointer (&supervisor);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_ASSESSMENT_NS, "competency")
        && !read_competency (ctx, child, rule, assessment, error))
      return NULL;
  return g_steal_pointer (&assessment);
}

static gpointer
assessment_convert (KonkursImportContext *ctx,
                    xmlNode              *root,
                    GError              **error)
{
  AssessmentPlan *plan = g_new0 (AssessmentPlan, 1);
  gboolean ok;

  plan->root = root;
  plan->items = g_array_new (FALSE, FALSE, sizeof (AssessmentItem));
  ok = (plan->stage = konkurs_exchange_stage_open (ctx, root, konkurs_stage_kind_to_code (KONKURS_STAGE_ASSESSMENT_CENTRE),
                                                   error)) != NULL;
  for (xmlNode *child = root->children; ok && child != NULL; child = child->next)
    {
      AssessmentItem item = { child, NULL };

      if (!konkurs_exchange_is_element (child, KONKURS_EXCHANGE_ASSESSMENT_NS, "candidate"))
        continue;
      item.assessment = read_candidate (ctx, child, plan, error);
      ok = item.assessment != NULL;
      if (ok)
        g_array_append_val (plan->items, item);
    }

  if (!ok)
    {
      assessment_plan_free (plan);
      return NULL;
    }
  return plan;
}

static const KonkursCompetencyScore *
find_competency (const KonkursAssessment *assessment,
                 const char              *code)
{
  for (guint i = 0; i < assessment->competencies->len; i++)
    {
      const KonkursCompetencyScore *score = g_ptr_array_index (assessment->competencies, i);

      if (g_strcmp0 (score->competency, code) == 0)
        return score;
    }
  return NULL;
}

static gboolean
same_assessment (const KonkursAssessment *a,
                 const KonkursAssessment *b)
{
  if (a->interview_rating != b->interview_rating || g_strcmp0 (a->supervisor, b->supervisor) != 0
      || a->competencies->len != b->competencies->len)
    return FALSE;
  for (guint i = 0; i < a->competencies->len; i++)
    {
      const KonkursCompetencyScore *score = g_ptr_array_index (a->competencies, i);
      const KonkursCompetencyScore *other = find_competency (b, score->competency);

      if (other == NULL || other->score != score->score || g_strcmp0 (other->assessor, score->assessor) != 0)
        return FALSE;
    }
  return TRUE;
}

static const KonkursAssessment *
find_assessment (GPtrArray *recorded,
                 gint64     application_id)
{
  for (guint i = 0; i < recorded->len; i++)
    if (((KonkursAssessment *) g_ptr_array_index (recorded, i))->application_id == application_id)
      return g_ptr_array_index (recorded, i);
  return NULL;
}

static gboolean
assessment_insert (KonkursImportContext *ctx,
                   gpointer              data,
                   GError              **error)
{
  AssessmentPlan *plan = data;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) recorded = konkurs_store_list_assessments (ctx->store, plan->stage->stage->id, &local_error);

  if (recorded == NULL)
    {
      konkurs_exchange_propagate_store_error (ctx, plan->root, g_steal_pointer (&local_error), error);
      return FALSE;
    }
  for (guint i = 0; i < plan->items->len; i++)
    {
      AssessmentItem *item = &g_array_index (plan->items, AssessmentItem, i);
      const KonkursAssessment *before = find_assessment (recorded, item->assessment->application_id);

      if (before != NULL && same_assessment (before, item->assessment))
        {
          ctx->summary.unchanged++;
          continue;
        }
      if (!konkurs_store_save_assessment (ctx->store, plan->stage->stage->id, item->assessment, NULL, &local_error))
        {
          konkurs_exchange_propagate_store_error (ctx, item->node, g_steal_pointer (&local_error), error);
          return FALSE;
        }
      ctx->summary.results++;
      ctx->summary.result_candidates++;
      konkurs_exchange_report_progress (ctx, (double) (i + 1) / plan->items->len);
    }
  return TRUE;
}

const KonkursExchangeFormat konkurs_exchange_assessment_format = {
  .root = "konkurs-assessment-centre",
  .ns = KONKURS_EXCHANGE_ASSESSMENT_NS,
  .version = "1",
  .schema = "assessment-centre",
  .attr_prefix = "@",
  .convert = assessment_convert,
  .insert = assessment_insert,
  .free_plan = assessment_plan_free,
};
