/* konkurs-essay-package.c — what an expert takes away to grade, and what
 * comes back
 *
 * Plain boxed values: the exchange layer reads and writes them, the
 * grading window edits the results, the store checks them on import.
 * The results keep their scores in file order, because that order is
 * what the signature covers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-essay-package.h"
#include "konkurs-essay-signature.h"
#include "konkurs-text.h"

/* The package */

G_DEFINE_BOXED_TYPE (KonkursEssayPackage, konkurs_essay_package, konkurs_essay_package_copy,
                     konkurs_essay_package_free)

static void
package_essay_free (KonkursPackageEssay *essay)
{
  g_free (essay->code);
  g_free (essay->topic);
  g_free (essay->body);
  g_free (essay->language);
  g_free (essay);
}

/* A new package holds no id, secret or rule yet: the store gives them
 * when it issues the package, the exchange layer when it reads one. */
KonkursEssayPackage *
konkurs_essay_package_new (void)
{
  KonkursEssayPackage *package = g_new0 (KonkursEssayPackage, 1);

  package->competition = konkurs_local_text_new (NULL, NULL);
  package->essays = g_ptr_array_new_with_free_func ((GDestroyNotify) package_essay_free);
  return package;
}

KonkursEssayPackage *
konkurs_essay_package_copy (const KonkursEssayPackage *package)
{
  KonkursEssayPackage *copy;

  g_return_val_if_fail (package != NULL, NULL);

  copy = konkurs_essay_package_new ();
  copy->package_id = g_strdup (package->package_id);
  copy->secret = g_strdup (package->secret);
  copy->expert_id = package->expert_id;
  copy->expert_name = g_strdup (package->expert_name);
  g_clear_pointer (&copy->competition, konkurs_local_text_free);
  copy->competition = konkurs_local_text_copy (package->competition);
  copy->issued_at = g_strdup (package->issued_at);
  copy->rule = package->rule != NULL ? konkurs_essay_rule_copy (package->rule) : NULL;
  for (guint i = 0; i < package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = g_ptr_array_index (package->essays, i);

      konkurs_essay_package_add_essay (copy, essay->code, essay->topic, essay->body, essay->language,
                                       essay->word_count, essay->minutes);
    }
  return copy;
}

void
konkurs_essay_package_free (KonkursEssayPackage *package)
{
  if (package == NULL)
    return;
  g_free (package->package_id);
  if (package->secret != NULL)
    explicit_bzero (package->secret, strlen (package->secret));
  g_free (package->secret);
  g_free (package->expert_name);
  konkurs_local_text_free (package->competition);
  g_free (package->issued_at);
  konkurs_essay_rule_free (package->rule);
  g_ptr_array_unref (package->essays);
  g_free (package);
}

void
konkurs_essay_package_add_essay (KonkursEssayPackage *package,
                                 const char          *code,
                                 const char          *topic,
                                 const char          *body,
                                 const char          *language,
                                 int                  word_count,
                                 int                  minutes)
{
  KonkursPackageEssay *essay;

  g_return_if_fail (package != NULL && code != NULL);

  essay = g_new0 (KonkursPackageEssay, 1);
  essay->code = g_strdup (code);
  essay->topic = g_strdup (topic != NULL ? topic : "");
  essay->body = g_strdup (body != NULL ? body : "");
  essay->language = g_strdup (language != NULL ? language : "");
  essay->word_count = MAX (word_count, 0);
  essay->minutes = MAX (minutes, 0);
  g_ptr_array_add (package->essays, essay);
}

const KonkursPackageEssay *
konkurs_essay_package_find_essay (const KonkursEssayPackage *package,
                                  const char                *code)
{
  g_return_val_if_fail (package != NULL, NULL);

  for (guint i = 0; code != NULL && i < package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = g_ptr_array_index (package->essays, i);

      if (g_str_equal (essay->code, code))
        return essay;
    }
  return NULL;
}

/* The results */

G_DEFINE_BOXED_TYPE (KonkursEssayResults, konkurs_essay_results, konkurs_essay_results_copy,
                     konkurs_essay_results_free)

static void
score_free (KonkursPackageScore *score)
{
  g_free (score->code);
  g_free (score->criterion);
  g_free (score);
}

static void
comment_free (KonkursPackageComment *comment)
{
  g_free (comment->code);
  g_free (comment->comment);
  g_free (comment);
}

static KonkursEssayResults *
results_new_empty (void)
{
  KonkursEssayResults *results = g_new0 (KonkursEssayResults, 1);

  results->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) score_free);
  results->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  results->comments = g_ptr_array_new_with_free_func ((GDestroyNotify) comment_free);
  return results;
}

/* @package may be NULL: the exchange layer reading a results file fills
 * the fields itself. */
KonkursEssayResults *
konkurs_essay_results_new (const KonkursEssayPackage *package)
{
  KonkursEssayResults *results = results_new_empty ();

  if (package != NULL)
    {
      results->package_id = g_strdup (package->package_id);
      results->expert_id = package->expert_id;
      results->expert_name = g_strdup (package->expert_name);
    }
  return results;
}

KonkursEssayResults *
konkurs_essay_results_copy (const KonkursEssayResults *results)
{
  KonkursEssayResults *copy;

  g_return_val_if_fail (results != NULL, NULL);

  copy = results_new_empty ();
  copy->package_id = g_strdup (results->package_id);
  copy->expert_id = results->expert_id;
  copy->expert_name = g_strdup (results->expert_name);
  copy->saved_at = g_strdup (results->saved_at);
  copy->signature = g_strdup (results->signature);
  for (guint i = 0; i < results->scores->len; i++)
    {
      const KonkursPackageScore *score = g_ptr_array_index (results->scores, i);

      konkurs_essay_results_set_points (copy, score->code, score->criterion, score->points);
    }
  for (guint i = 0; i < results->comments->len; i++)
    {
      const KonkursPackageComment *comment = g_ptr_array_index (results->comments, i);

      konkurs_essay_results_set_comment (copy, comment->code, comment->comment);
    }
  return copy;
}

void
konkurs_essay_results_free (KonkursEssayResults *results)
{
  if (results == NULL)
    return;
  g_free (results->package_id);
  g_free (results->expert_name);
  g_free (results->saved_at);
  g_ptr_array_unref (results->scores);
  g_hash_table_unref (results->index);
  g_ptr_array_unref (results->comments);
  g_free (results->signature);
  g_free (results);
}

static char *
score_key (const char *code, const char *criterion)
{
  return g_strconcat (code, "\t", criterion, NULL);
}

/* The scores are looked up by key: a file of 200 essays holds 800 of
 * them, and searching the list for each one read was quadratic (a third
 * of importing a results file). */
static int
find_score (const KonkursEssayResults *results, const char *code, const char *criterion)
{
  g_autofree char *key = score_key (code, criterion);

  return GPOINTER_TO_INT (g_hash_table_lookup (results->index, key)) - 1;
}

static void
index_scores (KonkursEssayResults *results)
{
  g_hash_table_remove_all (results->index);
  for (guint i = 0; i < results->scores->len; i++)
    {
      const KonkursPackageScore *score = g_ptr_array_index (results->scores, i);

      g_hash_table_insert (results->index, score_key (score->code, score->criterion), GINT_TO_POINTER (i + 1));
    }
}

void
konkurs_essay_results_set_points (KonkursEssayResults *results,
                                  const char          *code,
                                  const char          *criterion,
                                  int                  points)
{
  int index;

  g_return_if_fail (results != NULL && code != NULL && criterion != NULL);

  index = find_score (results, code, criterion);
  if (points < 0)
    {
      if (index >= 0)
        {
          g_ptr_array_remove_index (results->scores, (guint) index);
          index_scores (results);
        }
    }
  else if (index >= 0)
    ((KonkursPackageScore *) g_ptr_array_index (results->scores, index))->points = points;
  else
    {
      KonkursPackageScore *score = g_new0 (KonkursPackageScore, 1);

      score->code = g_strdup (code);
      score->criterion = g_strdup (criterion);
      score->points = points;
      g_ptr_array_add (results->scores, score);
      g_hash_table_insert (results->index, score_key (code, criterion), GINT_TO_POINTER (results->scores->len));
    }
}

int
konkurs_essay_results_get_points (const KonkursEssayResults *results,
                                  const char                *code,
                                  const char                *criterion)
{
  int index;

  g_return_val_if_fail (results != NULL, -1);

  if (code == NULL || criterion == NULL)
    return -1;
  index = find_score (results, code, criterion);
  return index >= 0 ? ((KonkursPackageScore *) g_ptr_array_index (results->scores, index))->points : -1;
}

/* A blank comment is no comment: the file then has none for the essay. */
void
konkurs_essay_results_set_comment (KonkursEssayResults *results,
                                   const char          *code,
                                   const char          *comment)
{
  KonkursPackageComment *entry;

  g_return_if_fail (results != NULL && code != NULL);

  for (guint i = 0; i < results->comments->len; i++)
    {
      entry = g_ptr_array_index (results->comments, i);
      if (!g_str_equal (entry->code, code))
        continue;
      if (konkurs_text_is_blank (comment))
        g_ptr_array_remove_index (results->comments, i);
      else
        {
          g_free (entry->comment);
          entry->comment = g_strdup (comment);
        }
      return;
    }
  if (konkurs_text_is_blank (comment))
    return;
  entry = g_new0 (KonkursPackageComment, 1);
  entry->code = g_strdup (code);
  entry->comment = g_strdup (comment);
  g_ptr_array_add (results->comments, entry);
}

const char *
konkurs_essay_results_get_comment (const KonkursEssayResults *results,
                                   const char                *code)
{
  g_return_val_if_fail (results != NULL, NULL);

  for (guint i = 0; code != NULL && i < results->comments->len; i++)
    {
      const KonkursPackageComment *entry = g_ptr_array_index (results->comments, i);

      if (g_str_equal (entry->code, code))
        return entry->comment;
    }
  return NULL;
}

guint
konkurs_essay_results_count_graded (const KonkursEssayResults *results,
                                    const KonkursEssayPackage *package)
{
  guint graded = 0;

  g_return_val_if_fail (results != NULL && package != NULL, 0);

  if (package->rule == NULL || package->rule->criteria->len == 0)
    return 0;
  for (guint i = 0; i < package->essays->len; i++)
    {
      const KonkursPackageEssay *essay = g_ptr_array_index (package->essays, i);
      gboolean complete = TRUE;

      for (guint c = 0; c < package->rule->criteria->len && complete; c++)
        {
          const KonkursEssayCriterion *criterion = g_ptr_array_index (package->rule->criteria, c);

          complete = konkurs_essay_results_get_points (results, essay->code, criterion->code) >= 0;
        }
      graded += complete ? 1 : 0;
    }
  return graded;
}

/* The position a score takes when signed: its essay's place in the
 * package, then its criterion's in the rule; a score the package does not
 * know goes last, where the importer will refuse it by name. */
static guint
signed_rank (const KonkursPackageScore *score, const KonkursEssayPackage *package)
{
  guint n_criteria = package->rule != NULL ? package->rule->criteria->len : 0;
  guint essay = package->essays->len, criterion = n_criteria;

  for (guint i = 0; i < package->essays->len; i++)
    if (g_str_equal (((KonkursPackageEssay *) g_ptr_array_index (package->essays, i))->code, score->code))
      {
        essay = i;
        break;
      }
  for (guint c = 0; c < n_criteria; c++)
    if (g_str_equal (((KonkursEssayCriterion *) g_ptr_array_index (package->rule->criteria, c))->code,
                     score->criterion))
      {
        criterion = c;
        break;
      }
  return essay * (n_criteria + 1) + criterion;
}

typedef struct {
  guint                rank;
  guint                position;   /* in the file: keeps the sort stable */
  KonkursPackageScore *score;
} RankedScore;

static int
compare_ranked (gconstpointer a, gconstpointer b)
{
  const RankedScore *x = a, *y = b;

  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return x->position < y->position ? -1 : x->position > y->position;
}

static KonkursSignedScore *
signed_scores (const KonkursEssayResults *results)
{
  KonkursSignedScore *scores = g_new0 (KonkursSignedScore, MAX (results->scores->len, 1));

  for (guint i = 0; i < results->scores->len; i++)
    {
      const KonkursPackageScore *score = g_ptr_array_index (results->scores, i);

      scores[i].code = score->code;
      scores[i].criterion = score->criterion;
      scores[i].points = score->points;
    }
  return scores;
}

void
konkurs_essay_results_sign (KonkursEssayResults       *results,
                            const KonkursEssayPackage *package)
{
  guint n = results != NULL ? results->scores->len : 0;
  g_autofree RankedScore *ranked = g_new0 (RankedScore, MAX (n, 1));
  g_autofree KonkursSignedScore *scores = NULL;

  g_return_if_fail (results != NULL && package != NULL && package->secret != NULL);

  for (guint i = 0; i < n; i++)
    {
      ranked[i].score = g_ptr_array_index (results->scores, i);
      ranked[i].rank = signed_rank (ranked[i].score, package);
      ranked[i].position = i;
    }
  qsort (ranked, n, sizeof *ranked, compare_ranked);
  /* reorder in place: the array owns the scores, so take them out first */
  g_ptr_array_set_free_func (results->scores, NULL);
  g_ptr_array_set_size (results->scores, 0);
  g_ptr_array_set_free_func (results->scores, (GDestroyNotify) score_free);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (results->scores, ranked[i].score);
  index_scores (results);

  if (results->package_id == NULL)
    results->package_id = g_strdup (package->package_id != NULL ? package->package_id : "");
  scores = signed_scores (results);
  g_free (results->signature);
  results->signature = konkurs_essay_signature (package->secret, results->package_id, scores, n);
}

gboolean
konkurs_essay_results_verify (const KonkursEssayResults *results,
                              const char                *secret)
{
  g_autofree KonkursSignedScore *scores = NULL;

  g_return_val_if_fail (results != NULL, FALSE);

  if (secret == NULL || results->package_id == NULL || results->signature == NULL)
    return FALSE;
  scores = signed_scores (results);
  return konkurs_essay_signature_check (secret, results->package_id, scores, results->scores->len,
                                        results->signature);
}
