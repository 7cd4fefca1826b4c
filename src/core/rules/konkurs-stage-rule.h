/* konkurs-stage-rule.h — the stages of a procedure and the rule that says
 * who goes on from each
 *
 * A rule set (konkurs-rule-set.h) holds, per track, the ordered list of
 * stages with their numbers: pass thresholds, how many go on (top N, top
 * share), the tie rule, maximum scores, the tests of a testing stage and
 * their parts.  Nothing here is hard-coded per procedure: the engine only
 * applies what a KonkursStageRule says.
 *
 * Scores are integers in hundredths of a point ("centi-points") so that a
 * mean of the members' scores ranks and ties exactly as it is printed,
 * with two decimals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-catalog.h"
#include "konkurs-types.h"

G_BEGIN_DECLS

/* Values are stored (as codes) and ordered: a competition's stages follow
 * this order when its tracks are merged.  Never renumber. */
typedef enum {
  KONKURS_STAGE_DOCUMENTS           = 1,  /* "documents" */
  KONKURS_STAGE_TESTING             = 2,  /* "testing": certificates or the testing centre */
  KONKURS_STAGE_ESSAY               = 3,  /* "essay": three experts (issue of its own) */
  KONKURS_STAGE_PRACTICAL_TASK      = 4,  /* "practical-task": the members' scores, their mean */
  KONKURS_STAGE_ASSESSMENT_CENTRE   = 5,  /* "assessment-centre": competencies and an interview rating */
  KONKURS_STAGE_INTERVIEW           = 6,  /* "interview": with the competition commission */
  KONKURS_STAGE_EXPERT_COMMISSION   = 7,  /* "expert-commission" */
  KONKURS_STAGE_NATIONAL_COMMISSION = 8,  /* "national-commission": the top 50 */
  KONKURS_STAGE_DECISION            = 9,  /* "decision": the commission's (issue of its own) */
} KonkursStageKind;

#define KONKURS_STAGE_KIND_LAST KONKURS_STAGE_DECISION

/* Which path an application follows: a civil-service competition may hold
 * leadership and non-leadership vacancies, each with its own stages. */
typedef enum {
  KONKURS_TRACK_LEADERSHIP     = 1,  /* "leadership" */
  KONKURS_TRACK_NON_LEADERSHIP = 2,  /* "non-leadership" */
  KONKURS_TRACK_YOUTH_RESERVE  = 3,  /* "youth-reserve" */
} KonkursTrack;

/* How the stage score of an application is made. */
typedef enum {
  KONKURS_STAGE_SCORE_NONE              = 0,  /* "none": no score (documents, decision) */
  KONKURS_STAGE_SCORE_TESTS             = 1,  /* "tests": the sum of the ranking tests */
  KONKURS_STAGE_SCORE_MEMBERS_MEAN      = 2,  /* "members-mean": the mean of the present members' scores */
  KONKURS_STAGE_SCORE_ASSESSMENT_CENTRE = 3,  /* "assessment-centre": weighted competencies and interview */
  KONKURS_STAGE_SCORE_EXPERTS_MEAN      = 4,  /* "experts-mean": the essay (issue of its own) */
  KONKURS_STAGE_SCORE_VOTES             = 5,  /* "votes": the commission (issue of its own) */
} KonkursStageScore;

/* Stable codes for files and the database; from_code returns FALSE for an
 * unknown code.  Labels are msgids marked with N_() (translate them with
 * _() in the window, konkurs_catalog_gettext() in a document); NULL for an
 * unknown value. */
const char *konkurs_stage_kind_to_code    (KonkursStageKind  kind);
gboolean    konkurs_stage_kind_from_code  (const char       *code, KonkursStageKind *out);
const char *konkurs_stage_kind_get_label  (KonkursStageKind  kind);
const char *konkurs_track_to_code         (KonkursTrack      track);
gboolean    konkurs_track_from_code       (const char       *code, KonkursTrack *out);
const char *konkurs_track_get_label       (KonkursTrack      track);
const char *konkurs_stage_score_to_code   (KonkursStageScore score);
gboolean    konkurs_stage_score_from_code (const char       *code, KonkursStageScore *out);

/* One part of a test with a minimum of its own: an act of the legislation
 * test ("constitution" 15 questions, at least 5). */
typedef struct {
  char *code;
  int   max_score;
  int   min_score;   /* 0: none */
} KonkursTestPartRule;

/* One test of a testing stage: "legislation" (55, pass 30, parts),
 * "personal-qualities" (ranks), "state-language", "text", "numeric". */
typedef struct {
  char      *code;
  int        max_score;   /* questions */
  int        pass_score;  /* 0: no pass mark */
  gboolean   ranks;       /* its score counts in the stage score */
  GPtrArray *parts;       /* of KonkursTestPartRule, in order; never NULL */
} KonkursTestRule;

typedef struct {
  KonkursStageKind  kind;
  KonkursTrack      track;
  int               ordinal;       /* 1-based, in its track */
  KonkursStageScore score;
  int               max_score;     /* points; 0: not bounded */
  int               threshold;     /* points the stage score must reach; 0: none */
  int               admit_top;     /* at most this many go on per group; 0: no limit */
  int               admit_share;   /* at most this percentage (rounded up) goes on per group; 0: no limit */
  gboolean          ties_go_on;    /* everyone tied at the cut-off goes on (the default) */
  gboolean          sole_goes_on;  /* a sole applicant who passes goes on whatever its rank */
  int               duration_days; /* working days the stage takes, for the provisional calendar; 0: unknown */
  int               weight_a;      /* assessment centre: percent of the competencies' mean */
  int               weight_b;      /* assessment centre: percent of the interview rating */
  GPtrArray        *tests;         /* of KonkursTestRule (testing stage); never NULL */
} KonkursStageRule;

#define KONKURS_TYPE_STAGE_RULE (konkurs_stage_rule_get_type ())
GType                konkurs_stage_rule_get_type (void) G_GNUC_CONST;
/* Ties go on, a sole applicant goes on, no tests, everything else 0. */
KonkursStageRule    *konkurs_stage_rule_new      (KonkursStageKind kind, KonkursTrack track, int ordinal);
KonkursStageRule    *konkurs_stage_rule_copy     (const KonkursStageRule *rule);
void                 konkurs_stage_rule_free     (KonkursStageRule *rule);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStageRule, konkurs_stage_rule_free)

/* Adds a test (copied) / a part to the test @test_code; returns the test. */
KonkursTestRule     *konkurs_stage_rule_add_test (KonkursStageRule *rule, const char *code, int max_score,
                                                  int pass_score, gboolean ranks);
void                 konkurs_test_rule_add_part  (KonkursTestRule *test, const char *code, int max_score,
                                                  int min_score);
const KonkursTestRule *konkurs_stage_rule_find_test (const KonkursStageRule *rule, const char *code);

/* NULL when @rule can be kept in a rule set; otherwise why not, as an
 * untranslated msgid (a threshold above the maximum, a share above 100,
 * parts whose maxima do not add up to the test's…). */
const char          *konkurs_stage_rule_check    (const KonkursStageRule *rule);

/* The name of a test, part or competency code of the seeded rule sets
 * ("legislation", "constitution", "leadership"…) as a capitalised N_()
 * msgid ("Knowledge of legislation"), NULL for another code (print the
 * code itself).  The one list of these names: the window and the
 * documents translate it. */
const char          *konkurs_stage_test_get_label (const char *code);
/* The competency codes an assessment centre scores, NULL-terminated. */
const char * const  *konkurs_stage_get_competencies (void);

/* konkurs-stage-rule-words.c: "threshold 30 of 55 and at least 5 in each
 * part; at most 5 go on; ties at the cut-off go on", in @catalog's
 * language (NULL: the interface language), for the stage protocol and the
 * Rule Sets window alike. */
char                *konkurs_stage_rule_describe_in_words (const KonkursStageRule *rule,
                                                           KonkursCatalog         *catalog);
/* The name of test or part @code ("legislation", "constitution") in
 * @catalog's language (NULL: the interface's), the code itself for one
 * Konkurs does not know. */
const char          *konkurs_stage_test_label (KonkursCatalog *catalog, const char *code);

/* The result of one test of one application, as entered or imported. */
typedef struct {
  const char *test;        /* a test code of the rule */
  gboolean    present;     /* FALSE: the candidate did not sit it */
  int         score;       /* correct answers */
  const char *const *part_codes;  /* n_parts codes, NULL when none */
  const int  *part_scores;
  guint       n_parts;
  /* Taken from a certificate (konkurs-stage-certificates.h).  The testing
   * centre issues a legislation certificate only to those who met every
   * act's minimum, so a certified result without parts meets the parts'
   * minimums; any other result must give every part. */
  gboolean    certified;
} KonkursTestScore;

/* How an application stands after a stage. */
typedef enum {
  KONKURS_STAGE_OUTCOME_PENDING   = 0,  /* no result yet */
  KONKURS_STAGE_OUTCOME_GOES_ON   = 1,
  KONKURS_STAGE_OUTCOME_STAYS_OUT = 2,
} KonkursStageOutcome;

/* Why; stored as codes, never renumber. */
typedef enum {
  KONKURS_STAGE_REASON_NONE            = 0,
  KONKURS_STAGE_REASON_NO_RESULT       = 1,  /* "no-result": absent or not entered */
  KONKURS_STAGE_REASON_TEST_FAILED     = 2,  /* "test-failed": below a test's pass mark, "legislation 29/55" */
  KONKURS_STAGE_REASON_PART_FAILED     = 3,  /* "part-failed": below a part's minimum, "constitution 4/15" */
  KONKURS_STAGE_REASON_BELOW_THRESHOLD = 4,  /* "below-threshold": "below threshold 29/30" */
  KONKURS_STAGE_REASON_WITHIN_PLACES   = 5,  /* "within-places": "rank 2 of 5 places" */
  KONKURS_STAGE_REASON_BEYOND_PLACES   = 6,  /* "beyond-places": "rank 7 of 5 places" */
  KONKURS_STAGE_REASON_TIED_AT_CUTOFF  = 7,  /* "tied-at-cutoff": "tied at the cut-off: goes on" */
  KONKURS_STAGE_REASON_SOLE_APPLICANT  = 8,  /* "sole-applicant" */
  KONKURS_STAGE_REASON_PASSED          = 9,  /* "passed": met every mark, no limit of places */
  KONKURS_STAGE_REASON_TIED_OUT        = 10, /* "tied-out": tied at the cut-off, the rule admits none of them */
  /* the documents stage, from the admission decision (konkurs-store-decisions.c) */
  KONKURS_STAGE_REASON_ADMITTED        = 11, /* "admitted" */
  KONKURS_STAGE_REASON_NOT_ADMITTED    = 12, /* "not-admitted" */
  KONKURS_STAGE_REASON_WITHDRAWN       = 13, /* "withdrawn": the application was withdrawn */
  /* a stage the commission decides (interview, expert commission), from
   * the decision recorded in its latest meeting */
  KONKURS_STAGE_REASON_RECOMMENDED     = 14, /* "recommended" */
  KONKURS_STAGE_REASON_NOT_RECOMMENDED = 15, /* "not-recommended" */
} KonkursStageReason;

const char *konkurs_stage_reason_to_code   (KonkursStageReason reason);
gboolean    konkurs_stage_reason_from_code (const char *code, KonkursStageReason *out);

/* What the engine is given per application of the stage. */
typedef struct {
  gint64   application_id;
  gint64   group;       /* applications compete within a group: the vacancy (civil service), 0 (Youth Reserve) */
  gboolean has_result;  /* FALSE: no result entered, or absent */
  gint64   score;       /* the stage score in centi-points */
  /* when a test or a part failed (konkurs_stage_rule_score_tests()) */
  KonkursStageReason failure;   /* NONE, TEST_FAILED or PART_FAILED */
  const char *failed_code;      /* the test or part code */
  int      failed_score;
  int      failed_mark;         /* the pass mark or minimum it fell below */
  int      failed_max;
} KonkursStageEntry;

/* What the engine decides for one application. */
typedef struct {
  gint64              application_id;
  KonkursStageOutcome outcome;
  KonkursStageReason  reason;
  gint64              score;      /* centi-points; as given */
  int                 rank;       /* 1-based among those of its group who met every mark; 0 none */
  int                 places;     /* places of its group (admit_top / admit_share); 0: no limit */
  int                 n_ranked;   /* how many of its group met every mark */
  char               *detail;     /* the failed test or part code, else NULL */
  int                 detail_score, detail_mark, detail_max;
} KonkursStageDecision;

#define KONKURS_TYPE_STAGE_DECISION (konkurs_stage_decision_get_type ())
GType                 konkurs_stage_decision_get_type (void) G_GNUC_CONST;
KonkursStageDecision *konkurs_stage_decision_copy (const KonkursStageDecision *decision);
void                  konkurs_stage_decision_free (KonkursStageDecision *decision);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStageDecision, konkurs_stage_decision_free)

/* Scores a testing stage for one application: @scores of the rule's
 * tests.  Fills @entry's has_result (every test of the rule present),
 * score (the sum of the ranking tests, in centi-points) and the first
 * failure (a test below its pass mark, else a part below its minimum, in
 * the rule's order).  FALSE with KONKURS_VALIDATION_ERROR_* when a score
 * is out of range (above the test's or part's maximum, negative), a part
 * unknown, or parts that do not add up to the test's score: say which
 * test and part. */
gboolean konkurs_stage_rule_score_tests (const KonkursStageRule  *rule,
                                         const KonkursTestScore  *scores,
                                         guint                    n_scores,
                                         KonkursStageEntry       *entry,
                                         GError                 **error);

/* The mean of @n scores (points) in centi-points, rounded half up. */
gint64   konkurs_stage_mean_centi (const int *scores, guint n);

/* The assessment-centre score: weight_a % of the mean of the competency
 * scores plus weight_b % of the interview rating, in centi-points. */
gint64   konkurs_stage_rule_assessment_score (const KonkursStageRule *rule,
                                              const int              *competency_scores,
                                              guint                   n_competencies,
                                              int                     interview_rating);

/* The cut-off: decides every entry (in the order given; of
 * KonkursStageDecision).  Per group: an entry without a result is pending
 * (NO_RESULT); a failed test or part stays out; a score below the
 * threshold stays out; the others are ranked by score (highest first,
 * equal scores share a rank) and the first `places` go on, where places is
 * the smaller of admit_top and ceil(admit_share % of those ranked), none
 * meaning no limit.  Those tied with the last place go on when ties_go_on
 * (TIED_AT_CUTOFF), else all of them stay out (TIED_OUT).  A group of one
 * who met every mark goes on when sole_goes_on (SOLE_APPLICANT). */
GPtrArray *konkurs_stage_rule_decide (const KonkursStageRule  *rule,
                                      const KonkursStageEntry *entries,
                                      guint                    n_entries);

/* The reason as a line of a list or protocol, in @catalog's language
 * (NULL: the interface language): "below threshold 29/30", "rank 7 of 5
 * places", "tied at the cut-off: goes on", "legislation: 29 of 55, pass
 * mark 30", "constitution: 4 of 15, minimum 5". */
char      *konkurs_stage_decision_describe (const KonkursStageDecision *decision,
                                            KonkursCatalog             *catalog);

/* A score in centi-points as printed: "29", "4.33" (two decimals only when
 * it has a fraction), with the decimal separator of @catalog's language
 * (NULL: the locale's). */
char      *konkurs_stage_format_score (gint64 centi, KonkursCatalog *catalog);

G_END_DECLS
