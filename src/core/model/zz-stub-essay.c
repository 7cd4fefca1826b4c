/* THROWAWAY STUB (i10-grading): stands in for RULES' model until i10-rules lands. */
#include "konkurs-essay-package.h"
#include <string.h>

G_DEFINE_BOXED_TYPE (KonkursEssayCriterion, konkurs_essay_criterion, konkurs_essay_criterion_copy, konkurs_essay_criterion_free)
G_DEFINE_BOXED_TYPE (KonkursEssayRule, konkurs_essay_rule, konkurs_essay_rule_copy, konkurs_essay_rule_free)
G_DEFINE_BOXED_TYPE (KonkursEssayPackage, konkurs_essay_package, konkurs_essay_package_copy, konkurs_essay_package_free)
G_DEFINE_BOXED_TYPE (KonkursEssayResults, konkurs_essay_results, konkurs_essay_results_copy, konkurs_essay_results_free)

KonkursEssayCriterion *konkurs_essay_criterion_new (const char *code, const KonkursLocalText *name, const KonkursLocalText *description, int min_points, int max_points)
{ KonkursEssayCriterion *c = g_new0 (KonkursEssayCriterion, 1); c->code = g_strdup (code); c->name = konkurs_local_text_copy (name);
  c->description = description ? konkurs_local_text_copy (description) : konkurs_local_text_new (NULL, NULL); c->min_points = min_points; c->max_points = max_points; return c; }
KonkursEssayCriterion *konkurs_essay_criterion_copy (const KonkursEssayCriterion *c) { return konkurs_essay_criterion_new (c->code, c->name, c->description, c->min_points, c->max_points); }
void konkurs_essay_criterion_free (KonkursEssayCriterion *c) { if (!c) return; g_free (c->code); konkurs_local_text_free (c->name); konkurs_local_text_free (c->description); g_free (c); }
KonkursEssayRule *konkurs_essay_rule_new (KonkursTrack track) { KonkursEssayRule *r = g_new0 (KonkursEssayRule, 1); r->track = track; r->graders_per_essay = 3; r->spread_limit = 2;
  r->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_essay_criterion_free); return r; }
KonkursEssayRule *konkurs_essay_rule_copy (const KonkursEssayRule *rule) { KonkursEssayRule *r = konkurs_essay_rule_new (rule->track); GPtrArray *c = r->criteria; *r = *rule; r->criteria = c;
  for (guint i = 0; i < rule->criteria->len; i++) { konkurs_essay_rule_add_criterion (r, rule->criteria->pdata[i]); }
  return r; }
void konkurs_essay_rule_free (KonkursEssayRule *r) { if (!r) return; g_ptr_array_unref (r->criteria); g_free (r); }
void konkurs_essay_rule_add_criterion (KonkursEssayRule *r, const KonkursEssayCriterion *c) { g_ptr_array_add (r->criteria, konkurs_essay_criterion_copy (c)); }
const KonkursEssayCriterion *konkurs_essay_rule_find_criterion (const KonkursEssayRule *r, const char *code)
{ for (guint i = 0; i < r->criteria->len; i++) { KonkursEssayCriterion *c = r->criteria->pdata[i]; if (g_str_equal (c->code, code)) return c; }
  return NULL; }
int konkurs_essay_rule_get_min_total (const KonkursEssayRule *r) { int t = 0; for (guint i = 0; i < r->criteria->len; i++) t += ((KonkursEssayCriterion *) r->criteria->pdata[i])->min_points;
  return t; }
int konkurs_essay_rule_get_max_total (const KonkursEssayRule *r) { int t = 0; for (guint i = 0; i < r->criteria->len; i++) t += ((KonkursEssayCriterion *) r->criteria->pdata[i])->max_points;
  return t; }

static void essay_free (KonkursPackageEssay *e) { g_free (e->code); g_free (e->topic); g_free (e->body); g_free (e->language); g_free (e); }
KonkursEssayPackage *konkurs_essay_package_new (void) { KonkursEssayPackage *p = g_new0 (KonkursEssayPackage, 1); p->essays = g_ptr_array_new_with_free_func ((GDestroyNotify) essay_free);
  p->competition = konkurs_local_text_new (NULL, NULL); p->rule = konkurs_essay_rule_new (KONKURS_TRACK_YOUTH_RESERVE); return p; }
KonkursEssayPackage *konkurs_essay_package_copy (const KonkursEssayPackage *s) { KonkursEssayPackage *p = konkurs_essay_package_new (); p->package_id = g_strdup (s->package_id); p->secret = g_strdup (s->secret);
  p->expert_id = s->expert_id; p->expert_name = g_strdup (s->expert_name); konkurs_local_text_free (p->competition); p->competition = konkurs_local_text_copy (s->competition);
  p->issued_at = g_strdup (s->issued_at); konkurs_essay_rule_free (p->rule); p->rule = konkurs_essay_rule_copy (s->rule);
  for (guint i = 0; i < s->essays->len; i++) { KonkursPackageEssay *e = s->essays->pdata[i]; konkurs_essay_package_add_essay (p, e->code, e->topic, e->body, e->language, e->word_count, e->minutes); }
  return p; }
void konkurs_essay_package_free (KonkursEssayPackage *p) { if (!p) return; g_free (p->package_id); g_free (p->secret); g_free (p->expert_name); konkurs_local_text_free (p->competition);
  g_free (p->issued_at); konkurs_essay_rule_free (p->rule); g_ptr_array_unref (p->essays); g_free (p); }
void konkurs_essay_package_add_essay (KonkursEssayPackage *p, const char *code, const char *topic, const char *body, const char *language, int w, int m)
{ KonkursPackageEssay *e = g_new0 (KonkursPackageEssay, 1); e->code = g_strdup (code); e->topic = g_strdup (topic); e->body = g_strdup (body); e->language = g_strdup (language); e->word_count = w; e->minutes = m; g_ptr_array_add (p->essays, e); }
const KonkursPackageEssay *konkurs_essay_package_find_essay (const KonkursEssayPackage *p, const char *code)
{ for (guint i = 0; i < p->essays->len; i++) { KonkursPackageEssay *e = p->essays->pdata[i]; if (g_str_equal (e->code, code)) return e; }
  return NULL; }

static void score_free (KonkursPackageScore *s) { g_free (s->code); g_free (s->criterion); g_free (s); }
static void comment_free (KonkursPackageComment *c) { g_free (c->code); g_free (c->comment); g_free (c); }
KonkursEssayResults *konkurs_essay_results_new (const KonkursEssayPackage *p) { KonkursEssayResults *r = g_new0 (KonkursEssayResults, 1);
  r->scores = g_ptr_array_new_with_free_func ((GDestroyNotify) score_free); r->comments = g_ptr_array_new_with_free_func ((GDestroyNotify) comment_free);
  if (p) { r->package_id = g_strdup (p->package_id); r->expert_id = p->expert_id; r->expert_name = g_strdup (p->expert_name); } return r; }
KonkursEssayResults *konkurs_essay_results_copy (const KonkursEssayResults *s) { KonkursEssayResults *r = konkurs_essay_results_new (NULL); r->package_id = g_strdup (s->package_id);
  r->expert_id = s->expert_id; r->expert_name = g_strdup (s->expert_name); r->saved_at = g_strdup (s->saved_at); r->signature = g_strdup (s->signature);
  for (guint i = 0; i < s->scores->len; i++) { KonkursPackageScore *x = s->scores->pdata[i]; konkurs_essay_results_set_points (r, x->code, x->criterion, x->points); }
  for (guint i = 0; i < s->comments->len; i++) { KonkursPackageComment *x = s->comments->pdata[i]; konkurs_essay_results_set_comment (r, x->code, x->comment); }
  return r; }
void konkurs_essay_results_free (KonkursEssayResults *r) { if (!r) return; g_free (r->package_id); g_free (r->expert_name); g_free (r->saved_at); g_free (r->signature);
  g_ptr_array_unref (r->scores); g_ptr_array_unref (r->comments); g_free (r); }
void konkurs_essay_results_set_points (KonkursEssayResults *r, const char *code, const char *criterion, int points)
{ for (guint i = 0; i < r->scores->len; i++) { KonkursPackageScore *s = r->scores->pdata[i]; if (g_str_equal (s->code, code) && g_str_equal (s->criterion, criterion)) {
      if (points < 0) g_ptr_array_remove_index (r->scores, i); else s->points = points; return; } }
  if (points >= 0) { KonkursPackageScore *s = g_new0 (KonkursPackageScore, 1); s->code = g_strdup (code); s->criterion = g_strdup (criterion); s->points = points; g_ptr_array_add (r->scores, s); } }
int konkurs_essay_results_get_points (const KonkursEssayResults *r, const char *code, const char *criterion)
{ for (guint i = 0; i < r->scores->len; i++) { KonkursPackageScore *s = r->scores->pdata[i]; if (g_str_equal (s->code, code) && g_str_equal (s->criterion, criterion)) return s->points; }
  return -1; }
void konkurs_essay_results_set_comment (KonkursEssayResults *r, const char *code, const char *comment)
{ for (guint i = 0; i < r->comments->len; i++) { KonkursPackageComment *c = r->comments->pdata[i]; if (g_str_equal (c->code, code)) { g_ptr_array_remove_index (r->comments, i); break; } }
  if (comment && *comment) { KonkursPackageComment *c = g_new0 (KonkursPackageComment, 1); c->code = g_strdup (code); c->comment = g_strdup (comment); g_ptr_array_add (r->comments, c); } }
const char *konkurs_essay_results_get_comment (const KonkursEssayResults *r, const char *code)
{ for (guint i = 0; i < r->comments->len; i++) { KonkursPackageComment *c = r->comments->pdata[i]; if (g_str_equal (c->code, code)) return c->comment; }
  return NULL; }
guint konkurs_essay_results_count_graded (const KonkursEssayResults *r, const KonkursEssayPackage *p)
{ guint n = 0; for (guint i = 0; i < p->essays->len; i++) { KonkursPackageEssay *e = p->essays->pdata[i]; gboolean all = TRUE;
    for (guint j = 0; j < p->rule->criteria->len; j++) if (konkurs_essay_results_get_points (r, e->code, ((KonkursEssayCriterion *) p->rule->criteria->pdata[j])->code) < 0) all = FALSE;
    n += all; }
  return n; }
void konkurs_essay_results_sign (KonkursEssayResults *r, const KonkursEssayPackage *p) { g_free (r->signature); r->signature = g_strdup (p->secret); }
gboolean konkurs_essay_results_verify (const KonkursEssayResults *r, const char *secret) { return g_strcmp0 (r->signature, secret) == 0; }
