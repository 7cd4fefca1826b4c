/* konkurs-exchange-package.c — the files an expert grades with: the
 * package (<konkurs-essay-package>, data/konkurs-essay-package.xsd) and
 * the signed results (<konkurs-essay-results>,
 * data/konkurs-essay-results.xsd)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both are read as imports read (the hardened parser, then the friendly
 * conversion, then the schema), without a database: the grading window
 * opens a package on a laptop that has none.  The results are also a kind
 * of file konkurs_exchange_import_file() imports; the checks that need
 * the issuing database (the signature with the package's secret, the
 * expert, the codes, the scale) are the store's
 * (konkurs_store_import_essay_results()), and its refusals are put at the
 * line of the element they concern.  Both are written whole or not at all,
 * through a temporary file beside the target.
 */
#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-essays.h"
#include "konkurs-exchange-private.h"
#include "konkurs-store-essays.h"

#define node_line(node) konkurs_exchange_node_line (ctx, (node))

static const KonkursExchangeEnum track_enum =
  KONKURS_EXCHANGE_ENUM (konkurs_track, KONKURS_TRACK_LEADERSHIP, KONKURS_TRACK_YOUTH_RESERVE);
static const KonkursExchangeEnum graders_enum =
  KONKURS_EXCHANGE_ENUM (konkurs_essay_graders, KONKURS_ESSAY_GRADERS_EXPERTS, KONKURS_ESSAY_GRADERS_COMMISSION);
static const KonkursExchangeEnum fourth_enum =
  KONKURS_EXCHANGE_ENUM (konkurs_essay_fourth_rule, KONKURS_ESSAY_FOURTH_DROP_FARTHEST,
                         KONKURS_ESSAY_FOURTH_MEAN_OF_ALL);

/* The first child element @name of @parent in @ns, or an error at @parent. */
static xmlNode *
require_child (KonkursImportContext *ctx,
               xmlNode              *parent,
               const char           *name,
               GError              **error)
{
  for (xmlNode *child = parent->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, ctx->format->ns, name))
      return child;
  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (parent),
                                 _("%s: the element <%s> is missing"), konkurs_exchange_node_name (parent), name);
  return NULL;
}

/* <expert id="…" name="…"/> of a package or a results file. */
static gboolean
read_expert (KonkursImportContext *ctx,
             xmlNode              *root,
             gint64               *id,
             char                **name,
             GError              **error)
{
  xmlNode *expert = require_child (ctx, root, "expert", error);

  return expert != NULL
         && konkurs_exchange_read_int_attr (ctx, expert, "id", TRUE, 1, G_MAXINT64, id, error)
         && (*name = konkurs_exchange_require_text_attr (ctx, expert, "name", error)) != NULL;
}

static gboolean
read_int (KonkursImportContext *ctx,
          xmlNode              *node,
          const char           *name,
          gboolean              required,
          gint64                min,
          int                  *out,
          GError              **error)
{
  gint64 value = *out;

  if (!konkurs_exchange_read_int_attr (ctx, node, name, required, min, G_MAXINT, &value, error))
    return FALSE;
  *out = (int) value;
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* The package                                                               */

static gboolean
read_criterion (KonkursImportContext *ctx,
                xmlNode              *node,
                KonkursEssayRule     *rule,
                GError              **error)
{
  g_autofree char *code = konkurs_exchange_require_attr (ctx, node, "code", error);
  g_autoptr(KonkursLocalText) name = NULL;
  g_autoptr(KonkursLocalText) description = NULL;
  g_autoptr(KonkursEssayCriterion) criterion = NULL;
  int min = 0, max = 0;

  if (code == NULL
      || !read_int (ctx, node, "min", TRUE, G_MININT, &min, error)
      || !read_int (ctx, node, "max", TRUE, G_MININT, &max, error)
      || !konkurs_exchange_read_local_text (ctx, node, "name", TRUE, &name, error)
      || !konkurs_exchange_read_local_text (ctx, node, "description", FALSE, &description, error))
    return FALSE;
  if (konkurs_essay_rule_find_criterion (rule, code) != NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("criterion/@code: the criterion “%s” is given twice"), code);
      return FALSE;
    }
  if (min > max)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("criterion/@max: %d points at most is less than the %d at least of “%s”"),
                                     max, min, code);
      return FALSE;
    }
  criterion = konkurs_essay_criterion_new (code, name, description, min, max);
  konkurs_essay_rule_add_criterion (rule, criterion);
  return TRUE;
}

/* "2/3" */
static gboolean
read_share (KonkursImportContext *ctx,
            xmlNode              *node,
            KonkursEssayRule     *rule,
            GError              **error)
{
  g_autofree char *share = konkurs_exchange_require_attr (ctx, node, "min-share", error);
  guint64 numerator = 0, denominator = 0;
  g_auto(GStrv) parts = share != NULL ? g_strsplit (share, "/", -1) : NULL;

  if (share == NULL)
    return FALSE;
  if (g_strv_length (parts) != 2
      || !g_ascii_string_to_unsigned (parts[0], 10, 0, G_MAXINT, &numerator, NULL)
      || !g_ascii_string_to_unsigned (parts[1], 10, 1, G_MAXINT, &denominator, NULL))
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("rubric/@min-share: “%s” is not a share such as 2/3"), share);
      return FALSE;
    }
  rule->min_share_numerator = (int) numerator;
  rule->min_share_denominator = (int) denominator;
  return TRUE;
}

static KonkursEssayRule *
read_rubric (KonkursImportContext *ctx,
             xmlNode              *root,
             GError              **error)
{
  xmlNode *node = require_child (ctx, root, "rubric", error);
  g_autoptr(KonkursEssayRule) rule = NULL;
  g_autofree char *wrong = NULL;
  KonkursTrack track = KONKURS_TRACK_YOUTH_RESERVE;

  if (node == NULL || !konkurs_exchange_read_enum_attr (ctx, node, "track", TRUE, &track_enum, &track, error))
    return NULL;
  rule = konkurs_essay_rule_new (track);
  if (!konkurs_exchange_read_enum_attr (ctx, node, "graders", TRUE, &graders_enum, &rule->graders, error)
      || !read_int (ctx, node, "graders-per-essay", TRUE, 1, &rule->graders_per_essay, error)
      || !read_share (ctx, node, rule, error)
      || !read_int (ctx, node, "spread-limit", TRUE, 0, &rule->spread_limit, error)
      || !konkurs_exchange_read_enum_attr (ctx, node, "fourth-rule", TRUE, &fourth_enum, &rule->fourth_rule, error)
      || !read_int (ctx, node, "conflict-years", TRUE, 0, &rule->conflict_years, error)
      || !read_int (ctx, node, "max-words", TRUE, 0, &rule->max_words, error)
      || !read_int (ctx, node, "max-minutes", TRUE, 0, &rule->max_minutes, error))
    return NULL;
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, ctx->format->ns, "criterion") && !read_criterion (ctx, child, rule, error))
      return NULL;
  wrong = konkurs_essay_rule_check (rule);
  if (wrong != NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     "rubric: %s", wrong);
      return NULL;
    }
  return g_steal_pointer (&rule);
}

static gboolean
read_package_essay (KonkursImportContext *ctx,
                    xmlNode              *node,
                    KonkursEssayPackage  *package,
                    GError              **error)
{
  g_autofree char *code = konkurs_exchange_require_attr (ctx, node, "code", error);
  g_autofree char *language = code != NULL ? konkurs_exchange_require_attr (ctx, node, "language", error) : NULL;
  g_autofree char *topic = NULL;
  xmlChar *content;
  int words = 0, minutes = 0;

  if (language == NULL
      || !read_int (ctx, node, "words", FALSE, 0, &words, error)
      || !read_int (ctx, node, "minutes", FALSE, 0, &minutes, error)
      || !konkurs_exchange_read_text_child (ctx, node, "topic", FALSE, &topic, error)
      || require_child (ctx, node, "text", error) == NULL)
    return FALSE;
  if (konkurs_essay_package_find_essay (package, code) != NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("essay/@code: the essay “%s” is given twice"), code);
      return FALSE;
    }
  content = xmlNodeGetContent (require_child (ctx, node, "text", NULL));
  konkurs_essay_package_add_essay (package, code, topic != NULL ? topic : "",
                                   content != NULL ? (const char *) content : "", language, words, minutes);
  xmlFree (content);
  return TRUE;
}

static gpointer
package_convert (KonkursImportContext *ctx,
                 xmlNode              *root,
                 GError              **error)
{
  g_autoptr(KonkursEssayPackage) package = konkurs_essay_package_new ();
  KonkursEssayRule *rule;

  g_clear_pointer (&package->competition, konkurs_local_text_free);
  if ((package->package_id = konkurs_exchange_require_attr (ctx, root, "id", error)) == NULL
      || (package->issued_at = konkurs_exchange_require_attr (ctx, root, "issued-at", error)) == NULL
      || !read_expert (ctx, root, &package->expert_id, &package->expert_name, error)
      || !konkurs_exchange_read_local_text (ctx, root, "competition", FALSE, &package->competition, error)
      || (rule = read_rubric (ctx, root, error)) == NULL)
    return NULL;
  g_clear_pointer (&package->rule, konkurs_essay_rule_free);
  package->rule = rule;
  if (!konkurs_exchange_read_text_child (ctx, root, "secret", TRUE, &package->secret, error))
    return NULL;
  for (xmlNode *child = root->children; child != NULL; child = child->next)
    if (konkurs_exchange_is_element (child, ctx->format->ns, "essay")
        && !read_package_essay (ctx, child, package, error))
      return NULL;
  return g_steal_pointer (&package);
}

KonkursEssayPackage *
konkurs_exchange_read_package (const char  *path,
                               GError     **error)
{
  return konkurs_exchange_read_whole (&konkurs_exchange_essay_package_format, path, error);
}

/* Text a user typed or a file brought may hold what XML cannot. */
static gboolean
is_bad_text (const char *text)
{
  return text != NULL && !konkurs_exchange_is_xml_text (text);
}

static void
write_rubric (KonkursExchangeWriter  *writer,
              const KonkursEssayRule *rule)
{
  g_autofree char *share = g_strdup_printf ("%d/%d", rule->min_share_numerator, rule->min_share_denominator);

  konkurs_exchange_write_start (writer, "rubric");
  konkurs_exchange_write_enum_attr (writer, "track", &track_enum, rule->track);
  konkurs_exchange_write_enum_attr (writer, "graders", &graders_enum, rule->graders);
  konkurs_exchange_write_int_attr (writer, "graders-per-essay", rule->graders_per_essay);
  konkurs_exchange_write_attr (writer, "min-share", share);
  konkurs_exchange_write_int_attr (writer, "spread-limit", rule->spread_limit);
  konkurs_exchange_write_enum_attr (writer, "fourth-rule", &fourth_enum, rule->fourth_rule);
  konkurs_exchange_write_int_attr (writer, "conflict-years", rule->conflict_years);
  konkurs_exchange_write_int_attr (writer, "max-words", rule->max_words);
  konkurs_exchange_write_int_attr (writer, "max-minutes", rule->max_minutes);
  for (guint i = 0; i < rule->criteria->len; i++)
    {
      const KonkursEssayCriterion *criterion = g_ptr_array_index (rule->criteria, i);

      konkurs_exchange_write_start (writer, "criterion");
      konkurs_exchange_write_attr (writer, "code", criterion->code);
      konkurs_exchange_write_int_attr (writer, "min", criterion->min_points);
      konkurs_exchange_write_int_attr (writer, "max", criterion->max_points);
      konkurs_exchange_write_local_text (writer, "name", criterion->name);
      konkurs_exchange_write_local_text (writer, "description", criterion->description);
      konkurs_exchange_write_end (writer);
    }
  konkurs_exchange_write_end (writer);
}

static void
write_expert (KonkursExchangeWriter *writer,
              gint64                 id,
              const char            *name)
{
  konkurs_exchange_write_start (writer, "expert");
  konkurs_exchange_write_int_attr (writer, "id", id);
  /* required, even empty */
  if (!writer->failed)
    writer->failed = xmlTextWriterWriteAttribute (writer->writer, (const xmlChar *) "name",
                                                  (const xmlChar *) (name != NULL ? name : "")) < 0;
  konkurs_exchange_write_end (writer);
}

static gboolean
write_package_body (KonkursExchangeWriter *writer,
                    gpointer               user_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  const KonkursEssayPackage *package = user_data;

  if (is_bad_text (package->expert_name))
    {
      g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                   _("The expert's name holds a character an XML file cannot hold (a control character or broken "
                     "text); correct it in the registry of experts and export again"));
      return FALSE;
    }
  for (guint i = 0; i < package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = g_ptr_array_index (package->essays, i);

      if (is_bad_text (essay->topic) || is_bad_text (essay->body))
        {
          g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                       _("The topic or text of essay %s holds a character an XML file cannot hold (a control "
                         "character or broken text); correct the essay and export again"),
                       essay->code);
          return FALSE;
        }
    }

  konkurs_exchange_write_attr (writer, "id", package->package_id);
  konkurs_exchange_write_attr (writer, "issued-at", package->issued_at);
  write_expert (writer, package->expert_id, package->expert_name);
  konkurs_exchange_write_local_text (writer, "competition", package->competition);
  write_rubric (writer, package->rule);
  konkurs_exchange_write_text_element (writer, "secret", package->secret, TRUE);
  for (guint i = 0; i < package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = g_ptr_array_index (package->essays, i);

      konkurs_exchange_write_start (writer, "essay");
      konkurs_exchange_write_attr (writer, "code", essay->code);
      konkurs_exchange_write_attr (writer, "language", essay->language);
      if (essay->word_count > 0)
        konkurs_exchange_write_int_attr (writer, "words", essay->word_count);
      if (essay->minutes > 0)
        konkurs_exchange_write_int_attr (writer, "minutes", essay->minutes);
      konkurs_exchange_write_text_element (writer, "topic", essay->topic, FALSE);
      konkurs_exchange_write_text_element (writer, "text", essay->body != NULL ? essay->body : "", TRUE);
      konkurs_exchange_write_end (writer);
    }
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

gboolean
konkurs_exchange_write_package (const KonkursEssayPackage  *package,
                                const char                 *path,
                                GError                    **error)
{
  g_return_val_if_fail (package != NULL && package->rule != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return konkurs_exchange_write_file (&konkurs_exchange_essay_package_format, path, write_package_body,
                                      (gpointer) package, NULL, error);
}

const KonkursExchangeFormat konkurs_exchange_essay_package_format = {
  .root = "konkurs-essay-package",
  .ns = KONKURS_EXCHANGE_ESSAY_PACKAGE_NS,
  .version = "1",
  .schema = "essay-package",
  .attr_prefix = "@",
  .convert = package_convert,
  .free_plan = (GDestroyNotify) konkurs_essay_package_free,
};

/* ------------------------------------------------------------------------ */
/* The results                                                               */

typedef struct {
  xmlNode             *root;
  KonkursEssayResults *results;
  GPtrArray           *scores;     /* the <score> elements, in the order of results->scores */
  GPtrArray           *comments;   /* the <comment> elements */
} ResultsPlan;

static void
results_plan_free (gpointer data)
{
  ResultsPlan *plan = data;

  g_clear_pointer (&plan->results, konkurs_essay_results_free);
  g_clear_pointer (&plan->scores, g_ptr_array_unref);
  g_clear_pointer (&plan->comments, g_ptr_array_unref);
  g_free (plan);
}

static xmlNode *
find_score (ResultsPlan *plan,
            const char  *code,
            const char  *criterion)
{
  for (guint i = 0; i < plan->results->scores->len; i++)
    {
      const KonkursPackageScore *score = g_ptr_array_index (plan->results->scores, i);

      if (g_str_equal (score->code, code) && (criterion == NULL || g_str_equal (score->criterion, criterion)))
        return g_ptr_array_index (plan->scores, i);
    }
  return NULL;
}

static gboolean
read_score (KonkursImportContext *ctx,
            xmlNode              *node,
            ResultsPlan          *plan,
            GError              **error)
{
  g_autofree char *code = konkurs_exchange_require_attr (ctx, node, "code", error);
  g_autofree char *criterion = code != NULL ? konkurs_exchange_require_attr (ctx, node, "criterion", error) : NULL;
  xmlNode *first;
  gint64 points = 0;

  if (criterion == NULL || !konkurs_exchange_read_int_attr (ctx, node, "points", TRUE, G_MININT, G_MAXINT, &points,
                                                            error))
    return FALSE;
  /* the results' own index finds a second score; the list only then */
  if (konkurs_essay_results_get_points (plan->results, code, criterion) >= 0)
    {
      first = find_score (plan, code, criterion);
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("score: a second score of “%s” for %s; the first is on line %ld"),
                                     criterion, code, node_line (first));
      return FALSE;
    }
  if (points < 0)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("score/@points: %" PRId64 " points of “%s” for %s: points are never "
                                       "negative"),
                                     points, criterion, code);
      return FALSE;
    }
  konkurs_essay_results_set_points (plan->results, code, criterion, (int) points);
  g_ptr_array_add (plan->scores, node);
  return TRUE;
}

static gboolean
read_comment (KonkursImportContext *ctx,
              xmlNode              *node,
              ResultsPlan          *plan,
              GError              **error)
{
  g_autofree char *code = konkurs_exchange_require_attr (ctx, node, "code", error);
  xmlChar *content;

  if (code == NULL)
    return FALSE;
  if (konkurs_essay_results_get_comment (plan->results, code) != NULL)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_INVALID, node_line (node),
                                     _("comment/@code: a second comment on %s"), code);
      return FALSE;
    }
  content = xmlNodeGetContent (node);
  konkurs_essay_results_set_comment (plan->results, code, content != NULL ? (const char *) content : "");
  xmlFree (content);
  g_ptr_array_add (plan->comments, node);
  return TRUE;
}

static gpointer
results_convert (KonkursImportContext *ctx,
                 xmlNode              *root,
                 GError              **error)
{
  ResultsPlan *plan = g_new0 (ResultsPlan, 1);
  g_autoptr(KonkursEssayPackage) package = konkurs_essay_package_new ();
  KonkursEssayResults *results;
  gboolean ok;

  plan->root = root;
  plan->scores = g_ptr_array_new ();
  plan->comments = g_ptr_array_new ();
  ok = (package->package_id = konkurs_exchange_require_attr (ctx, root, "package", error)) != NULL
       && read_expert (ctx, root, &package->expert_id, &package->expert_name, error);
  if (ok)
    {
      plan->results = results = konkurs_essay_results_new (package);
      g_free (results->saved_at);
      ok = (results->saved_at = konkurs_exchange_require_attr (ctx, root, "saved-at", error)) != NULL;
    }
  for (xmlNode *child = root->children; ok && child != NULL; child = child->next)
    {
      if (konkurs_exchange_is_element (child, ctx->format->ns, "score"))
        ok = read_score (ctx, child, plan, error);
      else if (konkurs_exchange_is_element (child, ctx->format->ns, "comment"))
        ok = read_comment (ctx, child, plan, error);
    }
  if (ok)
    {
      g_clear_pointer (&plan->results->signature, g_free);
      ok = konkurs_exchange_read_text_child (ctx, root, "signature", FALSE, &plan->results->signature, error);
    }
  if (!ok)
    {
      results_plan_free (plan);
      return NULL;
    }
  return plan;
}

KonkursEssayResults *
konkurs_exchange_read_results (const char  *path,
                               GError     **error)
{
  ResultsPlan *plan = konkurs_exchange_read_whole (&konkurs_exchange_essay_results_format, path, error);
  KonkursEssayResults *results;

  if (plan == NULL)
    return NULL;
  results = g_steal_pointer (&plan->results);
  results_plan_free (plan);
  return results;
}

/* The element a refusal of the store concerns: the score it names by code
 * and criterion (points out of the scale, an unknown criterion), else the
 * first score or comment of the code it names (a code not of the
 * package), else the root (the signature, the package, the expert). */
static xmlNode *
refused_node (ResultsPlan  *plan,
              const GError *error)
{
  if (g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID))
    {
      for (guint i = 0; i < plan->results->scores->len; i++)
        {
          const KonkursPackageScore *score = g_ptr_array_index (plan->results->scores, i);

          if (strstr (error->message, score->code) != NULL && strstr (error->message, score->criterion) != NULL)
            return g_ptr_array_index (plan->scores, i);
        }
      for (guint i = 0; i < plan->results->scores->len; i++)
        if (strstr (error->message, ((KonkursPackageScore *) g_ptr_array_index (plan->results->scores, i))->code))
          return g_ptr_array_index (plan->scores, i);
      for (guint i = 0; i < plan->results->comments->len; i++)
        if (strstr (error->message,
                    ((KonkursPackageComment *) g_ptr_array_index (plan->results->comments, i))->code) != NULL)
          return g_ptr_array_index (plan->comments, i);
    }
  return plan->root;
}

static gboolean
results_insert (KonkursImportContext *ctx,
                gpointer              data,
                GError              **error)
{
  ResultsPlan *plan = data;
  g_autofree char *source = g_strdup_printf ("import: %s", ctx->display_name);
  GError *local_error = NULL;
  guint scored = 0;

  if (!konkurs_store_import_essay_results (ctx->store, plan->results, source, ctx->reason, &scored, &local_error))
    {
      konkurs_exchange_propagate_store_error (ctx, refused_node (plan, local_error), local_error, error);
      return FALSE;
    }
  ctx->summary.essay_scores += scored;
  konkurs_exchange_report_progress (ctx, 1.0);
  return TRUE;
}

static gboolean
write_results_body (KonkursExchangeWriter *writer,
                    gpointer               user_data,
                    GCancellable          *cancellable,
                    GError               **error)
{
  const KonkursEssayResults *results = user_data;

  for (guint i = 0; i < results->comments->len; i++)
    {
      const KonkursPackageComment *comment = g_ptr_array_index (results->comments, i);

      if (is_bad_text (comment->comment))
        {
          g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                       _("The comment on essay %s holds a character an XML file cannot hold (a control character "
                         "or broken text); remove it and save again"),
                       comment->code);
          return FALSE;
        }
    }
  konkurs_exchange_write_attr (writer, "package", results->package_id);
  if (results->saved_at != NULL)
    konkurs_exchange_write_attr (writer, "saved-at", results->saved_at);
  else
    {
      /* results never saved before are saved now */
      g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
      g_autofree char *saved_at = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");

      konkurs_exchange_write_attr (writer, "saved-at", saved_at);
    }
  write_expert (writer, results->expert_id, results->expert_name);
  for (guint i = 0; i < results->scores->len; i++)
    {
      const KonkursPackageScore *score = g_ptr_array_index (results->scores, i);

      konkurs_exchange_write_start (writer, "score");
      konkurs_exchange_write_attr (writer, "code", score->code);
      konkurs_exchange_write_attr (writer, "criterion", score->criterion);
      konkurs_exchange_write_int_attr (writer, "points", score->points);
      konkurs_exchange_write_end (writer);
    }
  for (guint i = 0; i < results->comments->len; i++)
    {
      const KonkursPackageComment *comment = g_ptr_array_index (results->comments, i);

      konkurs_exchange_write_start (writer, "comment");
      konkurs_exchange_write_attr (writer, "code", comment->code);
      if (!writer->failed)
        writer->failed = xmlTextWriterWriteString (writer->writer,
                                                   (const xmlChar *) (comment->comment != NULL ? comment->comment : ""))
                         < 0;
      konkurs_exchange_write_end (writer);
    }
  konkurs_exchange_write_text_element (writer, "signature", results->signature, FALSE);
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

gboolean
konkurs_exchange_write_results (const KonkursEssayResults  *results,
                                const char                 *path,
                                GError                    **error)
{
  g_return_val_if_fail (results != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return konkurs_exchange_write_file (&konkurs_exchange_essay_results_format, path, write_results_body,
                                      (gpointer) results, NULL, error);
}

const KonkursExchangeFormat konkurs_exchange_essay_results_format = {
  .root = "konkurs-essay-results",
  .ns = KONKURS_EXCHANGE_ESSAY_RESULTS_NS,
  .version = "1",
  .schema = "essay-results",
  .attr_prefix = "@",
  .convert = results_convert,
  .insert = results_insert,
  .free_plan = results_plan_free,
};
