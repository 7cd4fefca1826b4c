/* konkurs-essay-rule.h — how an essay is graded and how its graders'
 * scores become its score
 *
 * A rule set holds, per track whose stages have an essay, a
 * KonkursEssayRule: who grades (sector experts for the Youth Reserve, the
 * competition commission's members for a civil-service leadership
 * position), how many graders per essay, the criteria with their points,
 * the spread above which an essay needs resolution, what a fourth grader
 * changes, and the years an expert's employer conflicts with a candidate's.
 * Nothing here reads a database: the store loads the rule and feeds the
 * scores in.
 *
 * Scores: each grader gives integer points per criterion; a grader's total
 * is their sum.  The essay's score is in centi-points (hundredths, as the
 * stages engine ranks, konkurs-stage-rule.h), rounded half up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-local-text.h"
#include "konkurs-stage-rule.h"

G_BEGIN_DECLS

/* Stored as codes; never renumber. */
typedef enum {
  KONKURS_ESSAY_GRADERS_EXPERTS    = 1,  /* "experts": sector experts of the pool, one per background */
  KONKURS_ESSAY_GRADERS_COMMISSION = 2,  /* "commission": every member of the competition commission */
} KonkursEssayGraders;

/* What a fourth grader's score does when the first three differ too much. */
typedef enum {
  KONKURS_ESSAY_FOURTH_DROP_FARTHEST = 1,  /* "drop-farthest": the score farthest from the median of
                                            * the four is dropped, the mean of the other three counts */
  KONKURS_ESSAY_FOURTH_MEAN_OF_ALL   = 2,  /* "mean-of-all": the mean of the four */
} KonkursEssayFourthRule;

const char *konkurs_essay_graders_to_code        (KonkursEssayGraders graders);
gboolean    konkurs_essay_graders_from_code      (const char *code, KonkursEssayGraders *out);
const char *konkurs_essay_graders_get_label      (KonkursEssayGraders graders);      /* N_() msgid */
const char *konkurs_essay_fourth_rule_to_code    (KonkursEssayFourthRule rule);
gboolean    konkurs_essay_fourth_rule_from_code  (const char *code, KonkursEssayFourthRule *out);
const char *konkurs_essay_fourth_rule_get_label  (KonkursEssayFourthRule rule);      /* N_() msgid */

/* One criterion of the rubric: "argument" (Аргументация / Аргументтер),
 * 0 to 2 points.  The 5-point scale of a leadership essay is one
 * criterion "score" from 1 to 5. */
typedef struct {
  char             *code;        /* stable: in packages, results files and the database */
  KonkursLocalText *name;        /* both languages */
  KonkursLocalText *description; /* what earns the points, both languages; may be empty, never NULL */
  int               min_points;
  int               max_points;
} KonkursEssayCriterion;

#define KONKURS_TYPE_ESSAY_CRITERION (konkurs_essay_criterion_get_type ())
GType                  konkurs_essay_criterion_get_type (void) G_GNUC_CONST;
KonkursEssayCriterion *konkurs_essay_criterion_new  (const char *code, const KonkursLocalText *name,
                                                     const KonkursLocalText *description,
                                                     int min_points, int max_points);
KonkursEssayCriterion *konkurs_essay_criterion_copy (const KonkursEssayCriterion *criterion);
void                   konkurs_essay_criterion_free (KonkursEssayCriterion *criterion);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEssayCriterion, konkurs_essay_criterion_free)

typedef struct {
  KonkursTrack           track;
  KonkursEssayGraders    graders;
  /* graders per essay (3) for experts; for the commission, the share of
   * its members that must grade each essay: at least
   * ceil(members * min_share_numerator / min_share_denominator) (2/3) */
  int                    graders_per_essay;
  int                    min_share_numerator;
  int                    min_share_denominator;
  /* the essay needs resolution when its graders' totals differ by MORE
   * than this many points (2 on a 5-point total: 5, 4, 3 is fine, 5, 4, 2
   * is not) */
  int                    spread_limit;
  KonkursEssayFourthRule fourth_rule;
  /* an expert is not given the essay of a candidate who worked at the
   * expert's employer within this many years before the stage starts */
  int                    conflict_years;
  /* the essay as written: at most this many words (0: no limit) in this
   * many minutes (0: no limit) — shown beside each essay, not enforced */
  int                    max_words;
  int                    max_minutes;
  /* of KonkursEssayCriterion, in order; never NULL, never empty once checked */
  GPtrArray             *criteria;
} KonkursEssayRule;

#define KONKURS_TYPE_ESSAY_RULE (konkurs_essay_rule_get_type ())
GType             konkurs_essay_rule_get_type (void) G_GNUC_CONST;
/* The defaults: experts, 3 per essay, share 2/3, spread 2, drop-farthest,
 * 3 years, no word or time limit, no criteria. */
KonkursEssayRule *konkurs_essay_rule_new  (KonkursTrack track);
KonkursEssayRule *konkurs_essay_rule_copy (const KonkursEssayRule *rule);
void              konkurs_essay_rule_free (KonkursEssayRule *rule);
void              konkurs_essay_rule_add_criterion (KonkursEssayRule *rule, const KonkursEssayCriterion *criterion);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEssayRule, konkurs_essay_rule_free)

/* The lowest and highest total a grader can give (sums of the criteria). */
int               konkurs_essay_rule_get_min_total (const KonkursEssayRule *rule);
int               konkurs_essay_rule_get_max_total (const KonkursEssayRule *rule);
const KonkursEssayCriterion *konkurs_essay_rule_find_criterion (const KonkursEssayRule *rule, const char *code);
/* NULL when the rule may be saved (criteria with unique codes and
 * min <= max, at least one criterion, 1 to 9 graders, a share between 0
 * and 1, spread and years >= 0), else the first thing wrong, naming the
 * field (free it). */
char             *konkurs_essay_rule_check (const KonkursEssayRule *rule);
/* How many graders must have graded an essay before it can be final:
 * graders_per_essay for experts; for the commission, the share of
 * @n_members (rounded up, at least 1). */
int               konkurs_essay_rule_required_graders (const KonkursEssayRule *rule, int n_members);
/* The rule in words, one line per number, in @catalog's language (NULL:
 * the interface's): for the Rule Sets window and the protocol. */
char             *konkurs_essay_rule_describe (const KonkursEssayRule *rule, KonkursCatalog *catalog);

/* Where an essay stands. Stored nowhere: derived from its assignments,
 * scores and resolution by konkurs_essay_rule_aggregate() and the store. */
typedef enum {
  KONKURS_ESSAY_STATUS_NOT_ASSIGNED     = 0,  /* "not-assigned" */
  KONKURS_ESSAY_STATUS_ASSIGNED         = 1,  /* "assigned": no score yet */
  KONKURS_ESSAY_STATUS_PARTLY_GRADED    = 2,  /* "partly-graded": "1 of 3", "2 of 3" */
  KONKURS_ESSAY_STATUS_NEEDS_RESOLUTION = 3,  /* "needs-resolution": the spread is over the limit */
  KONKURS_ESSAY_STATUS_GRADED           = 4,  /* "graded": every grader scored, not yet final (a
                                               * fourth grader assigned and pending) */
  KONKURS_ESSAY_STATUS_FINAL            = 5,  /* "final" */
} KonkursEssayStatus;

const char *konkurs_essay_status_to_code   (KonkursEssayStatus status);
gboolean    konkurs_essay_status_from_code (const char *code, KonkursEssayStatus *out);
const char *konkurs_essay_status_get_label (KonkursEssayStatus status);   /* N_() msgid */

/* How a final score was reached. */
typedef enum {
  KONKURS_ESSAY_RESOLVED_NONE   = 0,  /* "none": the graders agreed within the spread */
  KONKURS_ESSAY_RESOLVED_FOURTH = 1,  /* "fourth-grader": a fourth grader, by the fourth rule */
  KONKURS_ESSAY_RESOLVED_CHAIR  = 2,  /* "chair": the chair recorded the score with a reason */
} KonkursEssayResolution;

const char *konkurs_essay_resolution_to_code   (KonkursEssayResolution resolution);
gboolean    konkurs_essay_resolution_from_code (const char *code, KonkursEssayResolution *out);

/* The graders' totals of one essay, in the order they were assigned (the
 * fourth grader last), and what the rule makes of them. */
typedef struct {
  KonkursEssayStatus     status;
  gint64                 score;        /* centi-points; meaningful when status is FINAL */
  int                    spread;       /* max - min of the first graders' totals (0 with fewer than 2) */
  gboolean               spread_over;  /* spread > rule->spread_limit */
  KonkursEssayResolution resolution;
  int                    dropped;      /* index into the totals of the score dropped, -1: none */
} KonkursEssayAggregate;

/* Aggregates one essay.  @totals: the totals given so far, by assignment
 * order (n_totals of them); @n_assigned: how many graders are assigned
 * (the first round's and a fourth); @required: konkurs_essay_rule_
 * required_graders(); @chair_score: the chair's resolved score in
 * centi-points, or NULL.  The rules:
 *  - fewer totals than @required → ASSIGNED / PARTLY_GRADED (NOT_ASSIGNED
 *    without assignments);
 *  - the first @required totals within the spread → FINAL, the mean;
 *  - over the spread: the chair's score when given (FINAL, CHAIR);
 *    else with a fourth total, by the fourth rule (FINAL, FOURTH; the
 *    farthest from the median of the four dropped — of two as far, the
 *    higher); with a fourth assigned but not graded → GRADED; else
 *    NEEDS_RESOLUTION. */
void konkurs_essay_rule_aggregate (const KonkursEssayRule *rule, const int *totals, guint n_totals,
                                   guint n_assigned, guint required, const gint64 *chair_score,
                                   KonkursEssayAggregate *out);

G_END_DECLS
