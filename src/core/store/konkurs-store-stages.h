/* konkurs-store-stages.h — the path of a competition: its stages, their
 * results, who goes on, and the closing that locks them
 *
 * A competition's stages are made from the rule set it was announced under
 * (konkurs_rule_set_get_stage_rules() for each track its vacancies need),
 * the rule of each stage copied into the stage when it is made, so that a
 * later change to the rule set never changes a running competition.  The
 * documents stage is the review of documents: it closes once every
 * application is decided, and the admitted go on.  A stage opens when the
 * one before it closes; results can be entered only into an open stage,
 * or, with a written reason, into a closed one (a correction).
 *
 * Every result, closing and correction is written through the record
 * (konkurs_store_record_row()) in the same transaction.
 *
 * Views meant for evaluators use personal codes only: KonkursStageRow has
 * no name and no IIN; the secretary's protocol reads identities through
 * konkurs_store_get_candidacy().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-essay-rule.h"
#include "konkurs-stage-rule.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* Table names, as the record and the "changed" signal give them. */
#define KONKURS_STORE_TABLE_STAGE           "competition_stage"
#define KONKURS_STORE_TABLE_TEST_RESULT     "test_result"
#define KONKURS_STORE_TABLE_MEMBER_SCORE    "stage_member_score"
#define KONKURS_STORE_TABLE_ASSESSMENT      "assessment_result"
#define KONKURS_STORE_TABLE_STAGE_OUTCOME   "stage_outcome"
#define KONKURS_STORE_TABLE_ESSAY_SCORE     "essay_score"

typedef enum {
  KONKURS_STAGE_STATE_NOT_YET = 0,   /* "not-yet": the stage before it is not closed */
  KONKURS_STAGE_STATE_OPEN    = 1,   /* "open" */
  KONKURS_STAGE_STATE_CLOSED  = 2,   /* "closed": locked; corrections need a reason */
} KonkursStageState;

const char *konkurs_stage_state_to_code   (KonkursStageState state);
gboolean    konkurs_stage_state_from_code (const char *code, KonkursStageState *out);

typedef struct {
  gint64             id;
  gint64             competition_id;
  KonkursStageKind   kind;
  int                ordinal;        /* 1-based in the competition */
  GDate              starts_on;      /* each cleared when unknown */
  GDate              ends_on;
  GDate              published_on;
  gboolean           dates_provisional;  /* a date rests on a provisional holiday (calendar.ini) */
  KonkursStageState  state;
  char              *closed_at;      /* ISO 8601 UTC, NULL unless closed */
  char              *closed_by;
  guint              n_entered;      /* applications that entered the stage */
  guint              n_going_on;     /* of them, going on (decided when closed, previewed while open) */
  guint              n_pending;      /* of them, without a result yet */
  /* the rules of the stage for each track it serves, as copied when made
   * (of KonkursStageRule, one per track; a leadership-only essay stage of
   * a mixed competition has one) */
  GPtrArray         *rules;
  /* its publication list was issued (konkurs_store_publish_stage(), in
   * the record): published_on is the planned date until then */
  gboolean           published;
} KonkursStage;

#define KONKURS_TYPE_STAGE (konkurs_stage_get_type ())
GType         konkurs_stage_get_type (void) G_GNUC_CONST;
KonkursStage *konkurs_stage_copy (const KonkursStage *stage);
void          konkurs_stage_free (KonkursStage *stage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStage, konkurs_stage_free)
/* The rule of @stage for @track, or NULL when the stage does not serve it. */
const KonkursStageRule *konkurs_stage_get_rule (const KonkursStage *stage, KonkursTrack track);

/* The stages of @competition_id in order, made from its rule set the
 * first time they are asked for (with dates counted in working days from
 * the document deadline, by each stage's duration_days).  Of KonkursStage. */
GPtrArray    *konkurs_store_list_stages (KonkursStore *self, gint64 competition_id, GError **error);
/* The stages @competition_id has now, without making them (empty when
 * they were never asked for) and without writing, the counts filled in
 * for the current one only (konkurs_stages_find_current()): for a view
 * that only says where a competition stands. */
GPtrArray    *konkurs_store_peek_stages (KonkursStore *self, gint64 competition_id, GError **error);
/* Where a competition stands: the first of @stages (in order) that is not
 * closed, the last when all are, NULL when there is none. */
const KonkursStage *konkurs_stages_find_current (GPtrArray *stages);
KonkursStage *konkurs_store_get_stage   (KonkursStore *self, gint64 stage_id, GError **error);
/* The stage of @kind of @competition_id; NOT_FOUND naming the kinds the
 * competition has, for the command line. */
KonkursStage *konkurs_store_find_stage  (KonkursStore *self, gint64 competition_id,
                                         KonkursStageKind kind, GError **error);
/* Sets the stage's dates (cleared: unknown); INVALID when the end is
 * before the start. */
gboolean      konkurs_store_set_stage_dates (KonkursStore *self, gint64 stage_id, const GDate *starts_on,
                                             const GDate *ends_on, const GDate *published_on, GError **error);

/* One test result (one attempt).  A retake is a new attempt: earlier ones
 * are kept and the latest counts. */
typedef struct {
  gint64      id;
  gint64      application_id;
  char       *test;          /* a test code of the stage's rule */
  int         attempt;       /* 1, 2… */
  GDate       taken_on;
  gboolean    present;       /* FALSE: absent */
  int         score;
  int         max_score;
  GPtrArray  *parts;         /* of KonkursTestPartResult; never NULL */
  char       *source;        /* "entry", "import: FILE", "certificate" */
} KonkursTestResult;

typedef struct {
  char *part;
  int   score;
} KonkursTestPartResult;

#define KONKURS_TYPE_TEST_RESULT (konkurs_test_result_get_type ())
GType              konkurs_test_result_get_type (void) G_GNUC_CONST;
KonkursTestResult *konkurs_test_result_new  (gint64 application_id, const char *test);
KonkursTestResult *konkurs_test_result_copy (const KonkursTestResult *result);
void               konkurs_test_result_free (KonkursTestResult *result);
void               konkurs_test_result_add_part (KonkursTestResult *result, const char *part, int score);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursTestResult, konkurs_test_result_free)

/* Adds @result as the application's next attempt at its test in testing
 * stage @stage_id, checked against the stage's rule (konkurs_stage_rule_
 * score_tests(): INVALID naming the test and part).  NOT_FOUND when the
 * application did not enter the stage; STAGE_NOT_OPEN when the stage is
 * not open yet; a closed stage takes it only with a non-blank @reason (a
 * correction, recorded with it; the outcomes are decided again and each
 * changed outcome recorded), otherwise STAGE_CLOSED; a correction is
 * refused (STAGE_CLOSED) once the next stage is closed too.
 * Sets result->id and ->attempt. */
gboolean   konkurs_store_add_test_result   (KonkursStore *self, gint64 stage_id, KonkursTestResult *result,
                                            const char *reason, GError **error);
/* The results of many applications of testing stage @stage_id, as an
 * import writes them: the stage and who entered it are read once, when
 * the batch is made (STAGE_NOT_OPEN / STAGE_CLOSED when the stage does not
 * take results), then each result added is checked and written as
 * konkurs_store_add_test_result() does without a reason, in an operation
 * of its own (run them in one konkurs_store_begin() to have all or none).
 * The stage must not change while the batch is in use. */
typedef struct _KonkursStageResults KonkursStageResults;
KonkursStageResults *konkurs_store_stage_results_new (KonkursStore *self, gint64 stage_id, GError **error);
/* @certified: taken from a certificate, which needs no parts */
gboolean             konkurs_stage_results_add_test  (KonkursStageResults *batch, KonkursTestResult *result,
                                                      gboolean certified, GError **error);
void                 konkurs_stage_results_free      (KonkursStageResults *batch);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStageResults, konkurs_stage_results_free)
/* konkurs-store-stage-certificates.c: for every application that entered
 * open testing stage @stage_id without a result yet for a test a
 * certificate stands for (konkurs_certificate_kind_test_code()), adds the
 * candidate's latest certificate of that kind valid on the stage's start
 * date (else on the competition date of the eligibility check) that
 * carries a result, as a test result of source "certificate: NUMBER"
 * taken on the day it was passed, checked as konkurs_store_add_test_result()
 * checks (a legislation certificate needs no parts), all in one
 * operation: INVALID naming the application's personal code and nothing
 * written when one is refused.  *@taken: the results added; *@missing:
 * the applications left with such a test without a result, for want of a
 * usable certificate.  INVALID for a stage that is not a testing stage,
 * STAGE_NOT_OPEN / STAGE_CLOSED for one that is not open. */
gboolean   konkurs_store_take_certificates (KonkursStore *self, gint64 stage_id, guint *taken, guint *missing,
                                            GError **error);
/* Every attempt of the stage, by application then test then attempt. */
GPtrArray *konkurs_store_list_test_results (KonkursStore *self, gint64 stage_id, GError **error);

/* The practical task: the score of one commission member (a member of the
 * default commission, konkurs_store_list_commission()) for one
 * application; a second score of the same member replaces the first (kept
 * in the record).  Same states and reasons as above.  The stage score is
 * the mean of the members' scores. */
gboolean   konkurs_store_set_member_score  (KonkursStore *self, gint64 stage_id, gint64 application_id,
                                            gint64 member_id, int score, const char *reason, GError **error);

typedef struct {
  gint64 application_id;
  gint64 member_id;
  char  *member_name;   /* as the member was named when scoring */
  int    score;
} KonkursMemberScore;

#define KONKURS_TYPE_MEMBER_SCORE (konkurs_member_score_get_type ())
GType               konkurs_member_score_get_type (void) G_GNUC_CONST;
KonkursMemberScore *konkurs_member_score_copy (const KonkursMemberScore *score);
void                konkurs_member_score_free (KonkursMemberScore *score);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursMemberScore, konkurs_member_score_free)
GPtrArray *konkurs_store_list_member_scores (KonkursStore *self, gint64 stage_id, GError **error);


/* The assessment centre of one application: a score per competency from
 * its assessor, the supervisor who checked them, and the competency
 * interview's rating. */
typedef struct {
  gint64     application_id;
  GPtrArray *competencies;   /* of KonkursCompetencyScore; never NULL */
  char      *supervisor;
  int        interview_rating;
} KonkursAssessment;

typedef struct {
  char *competency;   /* code, e.g. "leadership", "analysis" */
  char *assessor;
  int   score;
} KonkursCompetencyScore;

#define KONKURS_TYPE_ASSESSMENT (konkurs_assessment_get_type ())
GType              konkurs_assessment_get_type (void) G_GNUC_CONST;
KonkursAssessment *konkurs_assessment_new  (gint64 application_id);
KonkursAssessment *konkurs_assessment_copy (const KonkursAssessment *assessment);
void               konkurs_assessment_free (KonkursAssessment *assessment);
void               konkurs_assessment_add  (KonkursAssessment *assessment, const char *competency,
                                            const char *assessor, int score);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursAssessment, konkurs_assessment_free)

/* Replaces the application's assessment in stage @stage_id; same states
 * and reasons as konkurs_store_add_test_result(). */
gboolean   konkurs_store_save_assessment  (KonkursStore *self, gint64 stage_id,
                                           const KonkursAssessment *assessment,
                                           const char *reason, GError **error);
GPtrArray *konkurs_store_list_assessments (KonkursStore *self, gint64 stage_id, GError **error);

/* One application in a stage, as the results table and the documents show
 * it: by personal code, never a name. */
typedef struct {
  gint64                application_id;
  char                 *personal_code;
  gint64                vacancy_id;     /* 0 in a Youth Reserve selection */
  KonkursTrack          track;
  gboolean              has_result;
  gint64                score;          /* centi-points; 0 without a result */
  char                 *result_text;    /* "legislation 41/55, personal qualities 38/50" or "" */
  /* decided when the stage closed; while it is open, what closing it now
   * would decide (the preview) */
  KonkursStageDecision *decision;
  int                   level;          /* the vacancy's level (1–3) the practical task follows; 0 none */
} KonkursStageRow;

#define KONKURS_TYPE_STAGE_ROW (konkurs_stage_row_get_type ())
GType            konkurs_stage_row_get_type (void) G_GNUC_CONST;
KonkursStageRow *konkurs_stage_row_copy (const KonkursStageRow *row);
void             konkurs_stage_row_free (KonkursStageRow *row);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStageRow, konkurs_stage_row_free)

/* The applications that entered stage @stage_id (those who went on from
 * the stage before; every application for the documents stage), with
 * their result and decision, sorted by personal code.  Of KonkursStageRow. */
GPtrArray *konkurs_store_list_stage_rows (KonkursStore *self, gint64 stage_id, GError **error);

/* Closes open stage @stage_id: decides every row (the preview above),
 * writes the outcomes and the stage's closing through the record, locks
 * it and opens the next stage.  INVALID when a row has no result and
 * @absent_stay_out is FALSE (say how many); with it, they stay out as
 * "no-result".  STAGE_NOT_OPEN when the stage is not open yet, saying
 * which stage must close first; STAGE_CLOSED when it is closed already. */
gboolean   konkurs_store_close_stage (KonkursStore *self, gint64 stage_id, gboolean absent_stay_out,
                                      GError **error);
/* Replaces the stages of @track of rule set @rule_set_id with @rules (of
 * KonkursStageRule, each of @track), for the Rule Sets window: INVALID
 * naming the stage when konkurs_stage_rule_check() refuses one (or two
 * share a kind or a number); IN_USE when a competition is bound to the rule
 * set (copy it first).  Recorded with the rules before and after. */
gboolean   konkurs_store_save_stage_rules (KonkursStore *self, gint64 rule_set_id, KonkursTrack track,
                                           GPtrArray *rules, GError **error);
/* Replaces the essay rule of @rule->track of rule set @rule_set_id (its
 * criteria with it), for the Rule Sets window: INVALID with
 * konkurs_essay_rule_check()'s reason, or when no stage of the track is an
 * essay; IN_USE when a competition is bound to the rule set (copy it
 * first).  Recorded with the rule set's essay rules before and after. */
gboolean   konkurs_store_save_essay_rule  (KonkursStore *self, gint64 rule_set_id, const KonkursEssayRule *rule,
                                           GError **error);

/* Records that the publication list of @stage_id was issued on @date. */
gboolean   konkurs_store_publish_stage (KonkursStore *self, gint64 stage_id, const GDate *date, GError **error);

G_END_DECLS
