/* konkurs-rule-set.h — the numbers a competition is bound to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-local-text.h"
#include "konkurs-essay-rule.h"
#include "konkurs-stage-rule.h"

G_BEGIN_DECLS

/* Keys of the integer parameters of a rule set.  Thresholds, cut-offs,
 * quorum, scales and deadlines live here and in the database, never in code
 * that applies them. */
#define KONKURS_RULE_DOCUMENT_REVIEW_DAYS        "document-review-days"        /* working days after the announcement */
#define KONKURS_RULE_CERTIFICATE_VALIDITY_MONTHS "certificate-validity-months"
#define KONKURS_RULE_YOUTH_MAX_AGE               "youth-max-age"
#define KONKURS_RULE_YOUTH_MIN_EXPERIENCE_YEARS  "youth-min-experience-years"
#define KONKURS_RULE_LEGISLATION_QUESTIONS       "legislation-questions"
#define KONKURS_RULE_LEGISLATION_MINUTES         "legislation-minutes"
#define KONKURS_RULE_LEGISLATION_PASS            "legislation-pass"
#define KONKURS_RULE_LEGISLATION_PASS_PER_ACT    "legislation-pass-per-act"
#define KONKURS_RULE_ESSAY_SCALE_MAX             "essay-scale-max"
#define KONKURS_RULE_ESSAY_MAX_ADMITTED          "essay-max-admitted"
#define KONKURS_RULE_INTERVIEW_MAX_ADMITTED      "interview-max-admitted"
#define KONKURS_RULE_QUORUM_NUMERATOR            "quorum-numerator"
#define KONKURS_RULE_QUORUM_DENOMINATOR          "quorum-denominator"
#define KONKURS_RULE_RESERVE_TOP                 "reserve-top"
#define KONKURS_RULE_RESERVE_TERM_YEARS          "reserve-term-years"
/* The fewest applications a published list shows under one sector: a
 * smaller group would point at the few people who chose it. */
#define KONKURS_RULE_PUBLICATION_MIN_GROUP       "publication-min-group"

#define KONKURS_TYPE_RULE_SET (konkurs_rule_set_get_type ())
G_DECLARE_FINAL_TYPE (KonkursRuleSet, konkurs_rule_set, KONKURS, RULE_SET, GObject)

/* A priority sector of a selection, e.g. "digitalisation", "Цифрландыру",
 * "Цифровизация": an application to a Youth Reserve selection names one of
 * the sectors of its rule set by the code. */
typedef struct {
  char             *code;   /* stable, used in the database and in files */
  KonkursLocalText *name;
  /* places of the Youth Reserve's top (KONKURS_RULE_RESERVE_TOP) kept for
   * this sector (konkurs-final-ranking.h); 0: no quota (issue 11) */
  int               quota;
} KonkursSector;

#define KONKURS_TYPE_SECTOR (konkurs_sector_get_type ())
GType          konkurs_sector_get_type (void) G_GNUC_CONST;
KonkursSector *konkurs_sector_new  (const char *code, const char *kk, const char *ru);
KonkursSector *konkurs_sector_copy (const KonkursSector *self);
void           konkurs_sector_free (KonkursSector *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursSector, konkurs_sector_free)

/* @name: in both languages (NULL: none). */
KonkursRuleSet *konkurs_rule_set_new (gint64 id, const char *code, const KonkursLocalText *name,
                                      const GDate *valid_from);

gint64       konkurs_rule_set_get_id         (KonkursRuleSet *self);
/* Stable identifier used in XML files, e.g. "kz-2023". */
const char  *konkurs_rule_set_get_code       (KonkursRuleSet *self);
/* The name in both languages, and as the window shows it
 * (konkurs_local_text_get_display()). */
const KonkursLocalText *konkurs_rule_set_get_name_text (KonkursRuleSet *self);
const char  *konkurs_rule_set_get_name       (KonkursRuleSet *self);
const GDate *konkurs_rule_set_get_valid_from (KonkursRuleSet *self);

/* The official wording of @procedure under these rules, as documents
 * print it ("общий конкурс на занятие вакантной административной
 * государственной должности корпуса «Б»"), not the short label of the
 * interface; NULL when the rule set does not give it. */
void                    konkurs_rule_set_set_procedure_name (KonkursRuleSet *self, KonkursProcedure procedure,
                                                             const KonkursLocalText *name);
const KonkursLocalText *konkurs_rule_set_get_procedure_name (KonkursRuleSet *self, KonkursProcedure procedure);

/* The priority sectors a candidate of a Youth Reserve selection bound to
 * these rules chooses from, in their order.  A copy of @sector is kept; a
 * second sector of the same code replaces the first. */
void                 konkurs_rule_set_add_sector  (KonkursRuleSet *self, const KonkursSector *sector);
/* Of KonkursSector, owned by the rule set. */
GPtrArray           *konkurs_rule_set_get_sectors (KonkursRuleSet *self);
/* The sector whose code or name in either language is @text (without the
 * white space around it), or NULL: files of older versions name sectors
 * by their Kazakh name. */
const KonkursSector *konkurs_rule_set_find_sector (KonkursRuleSet *self, const char *text);
void         konkurs_rule_set_set_int        (KonkursRuleSet *self, const char *key, int value);
/* Returns FALSE, leaving @value alone, when the rule set lacks @key. */
gboolean     konkurs_rule_set_lookup_int     (KonkursRuleSet *self, const char *key, int *value);
/* Every key, sorted; free with g_strfreev(). */
char       **konkurs_rule_set_list_keys      (KonkursRuleSet *self);

/* Validity (issue 9).  A rule set applies to the competitions of a scope
 * announced from @valid_from to @valid_until (both included; an invalid
 * GDate: no end).  Order No. 196 of 8 December 2025 replaces Order No. 40
 * from 1 January 2026 for internal competitions and from 1 April 2026 for
 * general ones and testing: one rule set, two scopes with their dates. */
typedef enum {
  KONKURS_RULE_SCOPE_GENERAL       = 1,  /* "general": general competition, civil service */
  KONKURS_RULE_SCOPE_INTERNAL      = 2,  /* "internal": internal competition, civil service */
  KONKURS_RULE_SCOPE_YOUTH_RESERVE = 3,  /* "youth-reserve" */
} KonkursRuleScope;

const char *konkurs_rule_scope_to_code   (KonkursRuleScope scope);
gboolean    konkurs_rule_scope_from_code (const char *code, KonkursRuleScope *out);
const char *konkurs_rule_scope_get_label (KonkursRuleScope scope);   /* N_() msgid */

/* The dates @scope is covered by these rules (an invalid @valid_until: no
 * end); a second call for the same scope replaces the first. */
void         konkurs_rule_set_set_validity (KonkursRuleSet *self, KonkursRuleScope scope,
                                            const GDate *valid_from, const GDate *valid_until);
/* FALSE when the rule set does not cover @scope; either out may be NULL. */
gboolean     konkurs_rule_set_get_validity (KonkursRuleSet *self, KonkursRuleScope scope,
                                            GDate *valid_from, GDate *valid_until);
/* TRUE when the rule set covers @scope on @date. */
gboolean     konkurs_rule_set_applies      (KonkursRuleSet *self, KonkursRuleScope scope, const GDate *date);
/* The name of the order the rules come from, both languages ("Order No.
 * 196 of 8 December 2025"); NULL when not given. */
void                    konkurs_rule_set_set_source (KonkursRuleSet *self, const KonkursLocalText *source);
const KonkursLocalText *konkurs_rule_set_get_source (KonkursRuleSet *self);

/* Editing a copy (issue 9): the name in both languages. */
void         konkurs_rule_set_set_name     (KonkursRuleSet *self, const KonkursLocalText *name);
/* NULL when @code may name a rule set (letters, digits, '-', '_', '.'),
 * else what is wrong with it (free it). */
char        *konkurs_rule_set_check_code   (const char *code);
/* What a value of the rule set is, as the window labels it (an N_()
 * msgid: "Document review, working days"), or NULL for a key Konkurs does
 * not know. */
const char  *konkurs_rule_key_get_label    (const char *key);
/* NULL when @value may be the value of @key, else what is wrong with it,
 * naming the value (free it); unknown keys take any value. */
char        *konkurs_rule_value_check      (const char *key, int value);
/* NULL when the rule set may be saved: a name in either language, every
 * value in its range, the pass marks within the questions, the quorum a
 * fraction, each scope's validity ending on or after it starts; else the
 * first thing wrong (free it). */
char        *konkurs_rule_set_check        (KonkursRuleSet *self);

/* Stages (issue 9): the ordered stages of each track, from the rule set.
 * A copy of @rule is kept (konkurs-stage-rule.h); a second rule for the
 * same track and kind replaces the first. */
void         konkurs_rule_set_add_stage_rule   (KonkursRuleSet *self, const KonkursStageRule *rule);
/* Of KonkursStageRule, owned by the rule set, by ordinal; empty (never
 * NULL) when the rule set has none for @track. */
GPtrArray   *konkurs_rule_set_get_stage_rules  (KonkursRuleSet *self, KonkursTrack track);
/* The rule of stage @kind in @track, or NULL. */
const KonkursStageRule *konkurs_rule_set_find_stage_rule (KonkursRuleSet *self, KonkursTrack track,
                                                         KonkursStageKind kind);
/* The store reads a rule set for every application it checks, and the
 * stages only when asked for: @loader adds them (with
 * konkurs_rule_set_add_stage_rule()) the first time they are asked for,
 * once, whichever thread asks. */
typedef void (*KonkursRuleSetStageLoader) (KonkursRuleSet *rule_set, gpointer data);
void         konkurs_rule_set_set_stage_loader (KonkursRuleSet *self, KonkursRuleSetStageLoader loader,
                                                gpointer data, GDestroyNotify destroy);

/* Essays (issue 10): how the essay of @track is graded (konkurs-essay-
 * rule.h).  A copy is kept; a second rule of the same track replaces the
 * first.  The stage loader adds them with the stages. */
void                    konkurs_rule_set_add_essay_rule (KonkursRuleSet *self, const KonkursEssayRule *rule);
/* NULL when the track has no essay. */
const KonkursEssayRule *konkurs_rule_set_get_essay_rule (KonkursRuleSet *self, KonkursTrack track);

/* The final order (issue 11): after the commission's result, the stages
 * whose results break a tie between recommended candidates of @track, in
 * order (konkurs-final-ranking.h).  A copy of @kinds is kept; the stage
 * loader sets them with the stages.  Empty (never NULL) when the rule set
 * names none: then the commission's result alone orders them. */
void         konkurs_rule_set_set_tie_breakers (KonkursRuleSet *self, KonkursTrack track,
                                                const KonkursStageKind *kinds, guint n_kinds);
/* Of KonkursStageKind as GUINT_TO_POINTER, owned by the rule set. */
GPtrArray   *konkurs_rule_set_get_tie_breakers (KonkursRuleSet *self, KonkursTrack track);

G_END_DECLS
