/* konkurs-exchange-test-results.c — the results of a stage's tests, as
 * the testing centre sends them (<konkurs-test-results>)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Read whole: the file is checked against the rule of the stage before
 * anything is written (a code not of the stage, a test the rule set lacks,
 * more correct answers than questions, parts that do not add up), then
 * every result is written in the import's transaction.  A result equal
 * to the application's latest attempt at that test is left alone, so that
 * importing the same file twice adds nothing; a different one is a
 * retake, a new attempt (the store keeps the earlier ones).
 */
#include "config.h"

#include <inttypes.h>

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

typedef struct {
  xmlNode           *node;
  KonkursTestResult *result;
} ResultItem;

typedef struct {
  xmlNode              *root;
  KonkursExchangeStage *stage;
  GArray               *items;   /* of ResultItem, in the file's order */
} ResultsPlan;

static void
results_plan_free (gpointer data)
{
  ResultsPlan *plan = data;

  for (guint i = 0; plan->items != NULL && i < plan->items->len; i++)
    konkurs_test_result_free (g_array_index (plan->items, ResultItem, i).result);
  g_clear_pointer (&plan->items, g_array_unref);
  g_clear_pointer (&plan->stage, konkurs_exchange_stage_free);
  g_free (plan);
}

/* "legislation, personal-qualities" */
static char *
describe_tests (const KonkursStageRule *rule)
{
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; i < rule->tests->len; i++)
    g_string_append_printf (codes, "%s%s", i > 0 ? ", " : "",
                            ((KonkursTestRule *) g_ptr_array_index (rule->tests, i))->code);
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

static char *
describe_parts (const KonkursTestRule *test)
{
  g_autoptr(GString) codes = g_string_new (NULL);

  for (guint i = 0; i < test->parts->len; i++)
    g_string_append_printf (codes, "%s%s", i > 0 ? ", " : "",
                            ((KonkursTestPartRule *) g_ptr_array_index (test->parts, i))->code);
  return g_string_free (g_steal_pointer (&codes), FALSE);
}

/* The correct answers of @node, which must be of @max questions. */
static gboolean
read_answers (KonkursImportContext *ctx,
              xmlNode              *node,
              const char           *what,
              int                   max,
              int                  *correct,
              GError              **error)
{
  gint64 value = 0, of = 0;

  if (!konkurs_exchange_read_int_attr (ctx, node, "correct", TRUE, 0, G_MAXINT, &value, error)
      || !konkurs_exchange_read_int_attr (ctx, node, "of", TRUE, 1, G_MAXINT, &of, error))
    return FALSE;
  if (of != max)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     /* Translators: "test/@of: “legislation” has 55 questions in the rule set, the file says 50" */
                                     _("%s/@of: “%s” has %d questions in the rule set, the file says %" PRId64),
                                     konkurs_exchange_node_name (node), what, max, of);
      return FALSE;
    }
  if (value > of)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("%s/@correct: %" PRId64 " correct answers of %" PRId64
                                       " in “%s”: more than it has questions"),
                                     konkurs_exchange_node_name (node), value, of, what);
      return FALSE;
    }
  *correct = (int) value;
  return TRUE;
}

static gboolean
read_part (KonkursImportContext  *ctx,
           xmlNode               *node,
           const KonkursTestRule *test,
           KonkursTestResult     *result,
           GError               **error)
{
  g_autofree char *code = konkurs_exchange_require_attr (ctx, node, "code", error);
  const KonkursTestPartRule *part = NULL;
  g_autofree char *parts = NULL;
  int correct = 0;

  if (code == NULL)
    return FALSE;
  for (guint i = 0; i < test->parts->len && part == NULL; i++)
    if (g_strcmp0 (((KonkursTestPartRule *) g_ptr_array_index (test->parts, i))->code, code) == 0)
      part = g_ptr_array_index (test->parts, i);
  for (guint i = 0; part != NULL && i < result->parts->len; i++)
    if (g_strcmp0 (((KonkursTestPartResult *) g_ptr_array_index (result->parts, i))->part, code) == 0)
      {
        konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                       _("part/@code: the part “%s” of “%s” is given twice"), code, test->code);
        return FALSE;
      }
  if (part == NULL)
    {
      parts = describe_parts (test);
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("part/@code: “%s” has no part “%s” in the rule set; its parts: %s"),
                                     test->code, code, parts);
      return FALSE;
    }
  if (!read_answers (ctx, node, part->code, part->max_score, &correct, error))
    return FALSE;
  konkurs_test_result_add_part (result, code, correct);
  return TRUE;
}

/* Parts the rule set gives the test: each given once, adding up to the
 * test's answers. */
static gboolean
read_parts (KonkursImportContext  *ctx,
            xmlNode               *node,
            const KonkursTestRule *test,
            KonkursTestResult     *result,
            GError               **error)
{
  g_autofree char *parts = NULL;
  int sum = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (!konkurs_exchange_is_element (child, KONKURS_EXCHANGE_TEST_RESULTS_NS, "part"))
        continue;
      if (test->parts->len == 0 || !result->present)
        {
          konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (child),
                                         result->present ? _("part: “%s” has no parts in the rule set")
                                                         : _("part: an absent candidate has no result in the parts "
                                                             "of “%s”"),
                                         test->code);
          return FALSE;
        }
      if (!read_part (ctx, child, test, result, error))
        return FALSE;
      sum += ((KonkursTestPartResult *) g_ptr_array_index (result->parts, result->parts->len - 1))->score;
    }
  if (!result->present || test->parts->len == 0)
    return TRUE;

  parts = describe_parts (test);
  if (result->parts->len < test->parts->len)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("test: “%s” has the parts %s in the rule set; give the correct answers of "
                                       "each, as <part> elements"),
                                     test->code, parts);
      return FALSE;
    }
  if (sum != result->score)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("test: the parts of “%s” add up to %d correct answers, the test says %d"),
                                     test->code, sum, result->score);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_absent (KonkursImportContext *ctx,
              xmlNode              *node,
              GError              **error)
{
  const char *const attributes[] = { "correct", "of" };

  for (guint i = 0; i < G_N_ELEMENTS (attributes); i++)
    if (xmlHasProp (node, (const xmlChar *) attributes[i]) != NULL)
      {
        konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                       _("test/@%s: the candidate was absent (present=\"false\"), so the test "
                                         "has no answers; leave the attribute out"),
                                       attributes[i]);
        return FALSE;
      }
  return TRUE;
}

static KonkursTestResult *
read_test (KonkursImportContext   *ctx,
           xmlNode                *node,
           const KonkursStageRow  *row,
           const KonkursStageRule *rule,
           GError                **error)
{
  g_autofree char *code = konkurs_exchange_require_attr (ctx, node, "code", error);
  g_autoptr(KonkursTestResult) result = NULL;
  const KonkursTestRule *test;
  g_autofree char *tests = NULL;

  if (code == NULL)
    return NULL;
  test = konkurs_stage_rule_find_test (rule, code);
  if (test == NULL)
    {
      tests = describe_tests (rule);
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("test/@code: the rule set has no test “%s” in the stage “%s”; its tests: %s"),
                                     code, konkurs_stage_kind_to_code (rule->kind), tests);
      return NULL;
    }
  result = konkurs_test_result_new (row->application_id, code);
  result->max_score = test->max_score;
  g_free (result->source);
  result->source = g_strdup_printf ("import: %s", ctx->display_name);
  if (!konkurs_exchange_read_date_attr (ctx, node, "taken-on", TRUE, &result->taken_on, error)
      || !konkurs_exchange_read_bool_attr (ctx, node, "present", &result->present, error))
    return NULL;
  if (result->present ? !read_answers (ctx, node, test->code, test->max_score, &result->score, error)
                      : !check_absent (ctx, node, error))
    return NULL;
  if (!read_parts (ctx, node, test, result, error))
    return NULL;
  return g_steal_pointer (&result);
}

static gboolean
read_candidate (KonkursImportContext *ctx,
                xmlNode              *node,
                ResultsPlan          *plan,
                GError              **error)
{
  const KonkursStageRow *row = konkurs_exchange_stage_row (ctx, plan->stage, node, error);
  const KonkursStageRule *rule = row != NULL ? konkurs_exchange_stage_rule (ctx, plan->stage, row, node, error) : NULL;
  guint first = plan->items->len;

  if (rule == NULL)
    return FALSE;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      ResultItem item = { child, NULL };

      if (!konkurs_exchange_is_element (child, KONKURS_EXCHANGE_TEST_RESULTS_NS, "test"))
        continue;
      item.result = read_test (ctx, child, row, rule, error);
      if (item.result == NULL)
        return FALSE;
      for (guint i = first; i < plan->items->len; i++)
        if (g_str_equal (g_array_index (plan->items, ResultItem, i).result->test, item.result->test))
          {
            konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (child),
                                           _("test/@code: a second result of “%s” for %s; the first is on line %ld"),
                                           item.result->test, row->personal_code,
                                           node_line (g_array_index (plan->items, ResultItem, i).node));
            konkurs_test_result_free (item.result);
            return FALSE;
          }
      g_array_append_val (plan->items, item);
    }
  return TRUE;
}

static gpointer
results_convert (KonkursImportContext *ctx,
                 xmlNode              *root,
                 GError              **error)
{
  ResultsPlan *plan = g_new0 (ResultsPlan, 1);
  g_autofree char *kind = konkurs_exchange_require_attr (ctx, root, "stage", error);
  gboolean ok;

  plan->root = root;
  plan->items = g_array_new (FALSE, FALSE, sizeof (ResultItem));
  ok = kind != NULL && (plan->stage = konkurs_exchange_stage_open (ctx, root, kind, error)) != NULL;
  if (ok && plan->stage->stage->kind != KONKURS_STAGE_TESTING)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (root),
                                     _("%s/@stage: the stage “%s” has no tests; test results go into the stage "
                                       "“testing”"),
                                     konkurs_exchange_node_name (root), kind);
      ok = FALSE;
    }
  for (xmlNode *child = root->children; ok && child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, KONKURS_EXCHANGE_TEST_RESULTS_NS, "candidate"))
      ok = read_candidate (ctx, child, plan, error);

  if (!ok)
    {
      results_plan_free (plan);
      return NULL;
    }
  return plan;
}

/* ------------------------------------------------------------------------ */
/* Writing                                                                   */

static gboolean
same_parts (const KonkursTestResult *a,
            const KonkursTestResult *b)
{
  if (a->parts->len != b->parts->len)
    return FALSE;
  for (guint i = 0; i < a->parts->len; i++)
    {
      const KonkursTestPartResult *pa = g_ptr_array_index (a->parts, i);
      gboolean found = FALSE;

      for (guint j = 0; j < b->parts->len && !found; j++)
        {
          const KonkursTestPartResult *pb = g_ptr_array_index (b->parts, j);

          found = g_strcmp0 (pa->part, pb->part) == 0 && pa->score == pb->score;
        }
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* The same day, the same presence, the same answers: not a retake. */
static gboolean
same_result (const KonkursTestResult *a,
             const KonkursTestResult *b)
{
  return a->present == b->present
         && (!a->present || a->score == b->score)
         && g_date_valid (&a->taken_on) == g_date_valid (&b->taken_on)
         && (!g_date_valid (&a->taken_on) || g_date_compare (&a->taken_on, &b->taken_on) == 0)
         && same_parts (a, b);
}

/* (application, test) → its latest attempt, borrowed from @results. */
static GHashTable *
index_latest (GPtrArray *results)
{
  GHashTable *latest = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < results->len; i++)
    {
      KonkursTestResult *result = g_ptr_array_index (results, i);
      char *key = g_strdup_printf ("%" PRId64 "/%s", result->application_id, result->test);
      KonkursTestResult *seen = g_hash_table_lookup (latest, key);

      if (seen == NULL || seen->attempt < result->attempt)
        g_hash_table_insert (latest, key, result);
      else
        g_free (key);
    }
  return latest;
}

static gboolean
results_insert (KonkursImportContext *ctx,
                gpointer              data,
                GError              **error)
{
  ResultsPlan *plan = data;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) recorded = konkurs_store_list_test_results (ctx->store, plan->stage->stage->id, &local_error);
  g_autoptr(GHashTable) latest = NULL;
  g_autoptr(GHashTable) candidates = g_hash_table_new (NULL, NULL);
  g_autoptr(KonkursStageResults) batch = NULL;

  if (recorded != NULL)
    batch = konkurs_store_stage_results_new (ctx->store, plan->stage->stage->id, &local_error);
  if (batch == NULL)
    {
      konkurs_exchange_propagate_store_error (ctx, plan->root, g_steal_pointer (&local_error), error);
      return FALSE;
    }
  latest = index_latest (recorded);
  for (guint i = 0; i < plan->items->len; i++)
    {
      ResultItem *item = &g_array_index (plan->items, ResultItem, i);
      g_autofree char *key = g_strdup_printf ("%" PRId64 "/%s", item->result->application_id,
                                              item->result->test);
      KonkursTestResult *before = g_hash_table_lookup (latest, key);

      if (before != NULL && same_result (before, item->result))
        {
          ctx->summary.unchanged++;
          continue;
        }
      if (!konkurs_stage_results_add_test (batch, item->result, FALSE, &local_error))
        {
          konkurs_exchange_propagate_store_error (ctx, item->node, g_steal_pointer (&local_error), error);
          return FALSE;
        }
      ctx->summary.results++;
      g_hash_table_add (candidates, GSIZE_TO_POINTER ((gsize) item->result->application_id));
      konkurs_exchange_report_progress (ctx, (double) (i + 1) / plan->items->len);
    }
  ctx->summary.result_candidates = g_hash_table_size (candidates);
  return TRUE;
}

const KonkursExchangeFormat konkurs_exchange_test_results_format = {
  .root = "konkurs-test-results",
  .ns = KONKURS_EXCHANGE_TEST_RESULTS_NS,
  .version = "1",
  .schema = "test-results",
  .attr_prefix = "@",
  .convert = results_convert,
  .insert = results_insert,
  .free_plan = results_plan_free,
};
