/* THROWAWAY STUB (i10-grading): stands in for EXCHANGE until i10-exchange lands. */
#include "konkurs-exchange-essays.h"
#include <stdlib.h>
KonkursEssayPackage *konkurs_exchange_read_package (const char *path, GError **error)
{ g_autoptr(GKeyFile) k = g_key_file_new (); g_autoptr(KonkursEssayPackage) p = konkurs_essay_package_new (); g_auto(GStrv) groups = NULL;
  p->rule = konkurs_essay_rule_new (KONKURS_TRACK_YOUTH_RESERVE);
  if (!g_key_file_load_from_file (k, path, 0, error)) { g_prefix_error (error, "%s:1: ", path); return NULL; }
  p->package_id = g_key_file_get_string (k, "package", "id", NULL); p->secret = g_key_file_get_string (k, "package", "secret", NULL);
  p->expert_name = g_key_file_get_string (k, "package", "expert", NULL); p->expert_id = g_key_file_get_int64 (k, "package", "expert-id", NULL);
  { g_autofree char *kk = g_key_file_get_string (k, "package", "kk", NULL), *ru = g_key_file_get_string (k, "package", "ru", NULL); konkurs_local_text_free (p->competition); p->competition = konkurs_local_text_new (kk, ru); }
  p->rule->max_words = g_key_file_get_integer (k, "package", "max-words", NULL); p->rule->max_minutes = g_key_file_get_integer (k, "package", "max-minutes", NULL);
  groups = g_key_file_get_groups (k, NULL);
  for (guint i = 0; groups[i]; i++) {
    if (g_str_has_prefix (groups[i], "criterion ")) { g_autofree char *kk = g_key_file_get_string (k, groups[i], "kk", NULL), *ru = g_key_file_get_string (k, groups[i], "ru", NULL),
        *dkk = g_key_file_get_string (k, groups[i], "dkk", NULL), *dru = g_key_file_get_string (k, groups[i], "dru", NULL);
      g_autoptr(KonkursLocalText) n = konkurs_local_text_new (kk, ru), d = konkurs_local_text_new (dkk, dru);
      g_autoptr(KonkursEssayCriterion) c = konkurs_essay_criterion_new (groups[i] + 10, n, d, g_key_file_get_integer (k, groups[i], "min", NULL), g_key_file_get_integer (k, groups[i], "max", NULL));
      konkurs_essay_rule_add_criterion (p->rule, c); }
    if (g_str_has_prefix (groups[i], "essay ")) { g_autofree char *t = g_key_file_get_string (k, groups[i], "topic", NULL), *b = g_key_file_get_string (k, groups[i], "body", NULL), *l = g_key_file_get_string (k, groups[i], "language", NULL);
      konkurs_essay_package_add_essay (p, groups[i] + 6, t, b, l, g_key_file_get_integer (k, groups[i], "words", NULL), g_key_file_get_integer (k, groups[i], "minutes", NULL)); } }
  if (p->package_id == NULL) { g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE, "%s:1: konkurs-essay-package/@id: missing", path); return NULL; }
  return g_steal_pointer (&p); }
gboolean konkurs_exchange_write_package (const KonkursEssayPackage *p, const char *path, GError **error)
{ g_autoptr(GKeyFile) k = g_key_file_new (); g_autofree char *data = NULL;
  g_key_file_set_string (k, "package", "id", p->package_id); g_key_file_set_string (k, "package", "secret", p->secret); g_key_file_set_string (k, "package", "expert", p->expert_name);
  g_key_file_set_int64 (k, "package", "expert-id", p->expert_id);
  if (konkurs_local_text_get (p->competition, KONKURS_DOC_LANGUAGE_KK)) g_key_file_set_string (k, "package", "kk", konkurs_local_text_get (p->competition, KONKURS_DOC_LANGUAGE_KK));
  if (konkurs_local_text_get (p->competition, KONKURS_DOC_LANGUAGE_RU)) g_key_file_set_string (k, "package", "ru", konkurs_local_text_get (p->competition, KONKURS_DOC_LANGUAGE_RU));
  g_key_file_set_integer (k, "package", "max-words", p->rule->max_words); g_key_file_set_integer (k, "package", "max-minutes", p->rule->max_minutes);
  for (guint i = 0; i < p->rule->criteria->len; i++) { KonkursEssayCriterion *c = p->rule->criteria->pdata[i]; g_autofree char *g = g_strconcat ("criterion ", c->code, NULL);
    g_key_file_set_string (k, g, "kk", konkurs_local_text_get (c->name, KONKURS_DOC_LANGUAGE_KK) ?: ""); g_key_file_set_string (k, g, "ru", konkurs_local_text_get (c->name, KONKURS_DOC_LANGUAGE_RU) ?: "");
    g_key_file_set_string (k, g, "dkk", konkurs_local_text_get (c->description, KONKURS_DOC_LANGUAGE_KK) ?: ""); g_key_file_set_string (k, g, "dru", konkurs_local_text_get (c->description, KONKURS_DOC_LANGUAGE_RU) ?: "");
    g_key_file_set_integer (k, g, "min", c->min_points); g_key_file_set_integer (k, g, "max", c->max_points); }
  for (guint i = 0; i < p->essays->len; i++) { KonkursPackageEssay *e = p->essays->pdata[i]; g_autofree char *g = g_strconcat ("essay ", e->code, NULL);
    g_key_file_set_string (k, g, "topic", e->topic); g_key_file_set_string (k, g, "body", e->body); g_key_file_set_string (k, g, "language", e->language);
    g_key_file_set_integer (k, g, "words", e->word_count); g_key_file_set_integer (k, g, "minutes", e->minutes); }
  data = g_key_file_to_data (k, NULL, NULL); return g_file_set_contents (path, data, -1, error); }
gboolean konkurs_exchange_write_results (const KonkursEssayResults *r, const char *path, GError **error)
{ g_autoptr(GKeyFile) k = g_key_file_new (); g_autofree char *data = NULL;
  g_key_file_set_string (k, "results", "id", r->package_id); if (r->signature) g_key_file_set_string (k, "results", "signature", r->signature);
  for (guint i = 0; i < r->scores->len; i++) { KonkursPackageScore *s = r->scores->pdata[i]; g_autofree char *key = g_strdup_printf ("%s|%s", s->code, s->criterion); g_key_file_set_integer (k, "scores", key, s->points); }
  for (guint i = 0; i < r->comments->len; i++) { KonkursPackageComment *c = r->comments->pdata[i]; g_key_file_set_string (k, "comments", c->code, c->comment); }
  data = g_key_file_to_data (k, NULL, NULL); return g_file_set_contents (path, data, -1, error); }
KonkursEssayResults *konkurs_exchange_read_results (const char *path, GError **error)
{ g_autoptr(GKeyFile) k = g_key_file_new (); g_autoptr(KonkursEssayResults) r = konkurs_essay_results_new (NULL); g_auto(GStrv) keys = NULL, ckeys = NULL;
  if (!g_key_file_load_from_file (k, path, 0, error)) return NULL;
  r->package_id = g_key_file_get_string (k, "results", "id", NULL); r->signature = g_key_file_get_string (k, "results", "signature", NULL);
  keys = g_key_file_get_keys (k, "scores", NULL, NULL);
  for (guint i = 0; keys && keys[i]; i++) { g_auto(GStrv) parts = g_strsplit (keys[i], "|", 2); konkurs_essay_results_set_points (r, parts[0], parts[1], g_key_file_get_integer (k, "scores", keys[i], NULL)); }
  ckeys = g_key_file_get_keys (k, "comments", NULL, NULL);
  for (guint i = 0; ckeys && ckeys[i]; i++) { g_autofree char *c = g_key_file_get_string (k, "comments", ckeys[i], NULL); konkurs_essay_results_set_comment (r, ckeys[i], c); }
  return g_steal_pointer (&r); }
