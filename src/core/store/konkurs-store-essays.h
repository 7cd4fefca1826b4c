/* konkurs-store-essays.h — the experts, the essays of an essay stage,
 * who grades which, the packages and their results, resolution and the
 * seal on identities
 *
 * Anonymity: everything here that an evaluator sees (KonkursEssay,
 * KonkursEssayGrade, KonkursEssayPackage) is built from queries that never
 * read the candidate table; the writers of the essays are named only by
 * konkurs_store_list_essay_writers(), and only once the stage is unsealed.
 * tests/core/store/test-anonymous.c proves it with SQLite's authorizer.
 *
 * Every change (experts, essays, assignments with their draw, packages,
 * scores, resolutions, the unsealing) is written through the record
 * (konkurs_store_record_row()) in the transaction that makes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-agreement.h"
#include "konkurs-essay-assign.h"
#include "konkurs-essay-package.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* Table names, as the record and the "changed" signal give them. */
#define KONKURS_STORE_TABLE_EXPERT           "expert"
#define KONKURS_STORE_TABLE_ESSAY            "essay"
#define KONKURS_STORE_TABLE_ESSAY_ASSIGNMENT "essay_assignment"
#define KONKURS_STORE_TABLE_ESSAY_PACKAGE    "essay_package"
#define KONKURS_STORE_TABLE_ESSAY_RESOLUTION "essay_resolution"
#define KONKURS_STORE_TABLE_ESSAY_SEAL       "essay_unsealing"

/* ---- Experts ---------------------------------------------------------- */

typedef enum {
  KONKURS_EXPERT_CONFLICT_ORGANISATION = 1,  /* "organisation": the expert worked there or is tied to it */
  KONKURS_EXPERT_CONFLICT_CODE         = 2,  /* "code": a candidate the expert recognised, by personal code */
} KonkursExpertConflictKind;

const char *konkurs_expert_conflict_kind_to_code   (KonkursExpertConflictKind kind);
gboolean    konkurs_expert_conflict_kind_from_code (const char *code, KonkursExpertConflictKind *out);

typedef struct {
  KonkursExpertConflictKind kind;
  char                     *value;        /* the organisation's name, or the personal code */
  char                     *note;         /* "" when none */
  GDate                     declared_on;  /* cleared when unknown */
} KonkursExpertConflict;

typedef struct {
  gint64                   id;            /* 0 for a new expert */
  char                    *full_name;
  KonkursExpertBackground  background;
  char                   **sectors;       /* sector codes of the rule sets; NULL-terminated, never NULL */
  char                    *employer;      /* "" when none */
  char                    *email;
  char                    *phone;
  /* the default commission's member this grader is (a commission-graded
   * essay stage makes its graders from the members); 0: a pool expert */
  gint64                   member_id;
  GPtrArray               *conflicts;     /* of KonkursExpertConflict; never NULL */
} KonkursExpert;

#define KONKURS_TYPE_EXPERT (konkurs_expert_get_type ())
GType          konkurs_expert_get_type (void) G_GNUC_CONST;
KonkursExpert *konkurs_expert_new  (void);
KonkursExpert *konkurs_expert_copy (const KonkursExpert *expert);
void           konkurs_expert_free (KonkursExpert *expert);
void           konkurs_expert_add_conflict (KonkursExpert *expert, KonkursExpertConflictKind kind,
                                            const char *value, const char *note, const GDate *declared_on);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursExpert, konkurs_expert_free)

/* Every expert of the pool (not the commission's graders), by name. */
GPtrArray     *konkurs_store_list_experts  (KonkursStore *self, GError **error);
KonkursExpert *konkurs_store_get_expert    (KonkursStore *self, gint64 expert_id, GError **error);
/* Adds (id 0) or updates each of @experts (of KonkursExpert) with its
 * sectors and conflicts, all or nothing; sets the ids of the new ones.
 * INVALID naming the expert and the field (a name, a background, a sector
 * unknown to every rule set); DUPLICATE when an expert of the same name
 * and e-mail exists (or appears twice in @experts). */
gboolean       konkurs_store_save_experts  (KonkursStore *self, GPtrArray *experts, GError **error);
/* IN_USE when the expert holds assignments. */
gboolean       konkurs_store_delete_expert (KonkursStore *self, gint64 expert_id, GError **error);

/* ---- Essays ----------------------------------------------------------- */

typedef enum {
  KONKURS_PROCTOR_UNKNOWN  = 0,  /* no verdict came with the essay */
  KONKURS_PROCTOR_ACCEPTED = 1,  /* "accepted" */
  KONKURS_PROCTOR_REJECTED = 2,  /* "rejected": a breach of the rules; the essay is not graded */
} KonkursProctorVerdict;

const char *konkurs_proctor_verdict_to_code   (KonkursProctorVerdict verdict);
gboolean    konkurs_proctor_verdict_from_code (const char *code, KonkursProctorVerdict *out);

/* An essay as it arrives, by personal code, for konkurs_store_save_essays(). */
typedef struct {
  char                  *code;
  char                  *topic;
  char                  *body;
  char                  *language;      /* "kk", "ru" */
  int                    word_count;    /* 0: counted from the body */
  int                    minutes;       /* 0: unknown */
  char                  *submitted_at;  /* ISO 8601 UTC; NULL: now */
  KonkursProctorVerdict  proctor;
  char                  *proctor_note;
} KonkursEssayInput;

KonkursEssayInput *konkurs_essay_input_new  (const char *code);
void               konkurs_essay_input_free (KonkursEssayInput *input);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEssayInput, konkurs_essay_input_free)

/* An essay of the stage, as the Essays area lists it: by code only. */
typedef struct {
  gint64                 id;
  gint64                 stage_id;
  char                  *code;
  char                  *sector;        /* "" for a civil-service competition */
  char                  *topic;
  char                  *language;
  int                    word_count;
  int                    minutes;
  char                  *submitted_at;
  KonkursProctorVerdict  proctor;
  char                  *proctor_note;
  guint                  n_assigned;    /* graders assigned (a fourth included) */
  guint                  n_graded;      /* of them, with a score */
  guint                  n_required;    /* konkurs_essay_rule_required_graders() */
  KonkursEssayAggregate  aggregate;     /* status, score, spread, resolution */
} KonkursEssay;

#define KONKURS_TYPE_ESSAY (konkurs_essay_get_type ())
GType         konkurs_essay_get_type (void) G_GNUC_CONST;
KonkursEssay *konkurs_essay_copy (const KonkursEssay *essay);
void          konkurs_essay_free (KonkursEssay *essay);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEssay, konkurs_essay_free)

/* The essay rule of @stage_id's competition for the track of its essays
 * (the Youth Reserve's, or leadership's). */
KonkursEssayRule *konkurs_store_get_essay_rule (KonkursStore *self, gint64 stage_id, GError **error);
/* Saves @inputs (of KonkursEssayInput) into essay stage @stage_id, all or
 * nothing: INVALID naming the code when it is unknown, did not enter the
 * stage, or its essay holds scores already (a new text would void them);
 * an essay without scores is replaced.  @source ("entry", "import: FILE")
 * goes into the record. */
gboolean      konkurs_store_save_essays (KonkursStore *self, gint64 stage_id, GPtrArray *inputs,
                                         const char *source, GError **error);
/* The essays of @stage_id by code (of KonkursEssay), each with its status. */
GPtrArray    *konkurs_store_list_essays (KonkursStore *self, gint64 stage_id, GError **error);
KonkursEssay *konkurs_store_get_essay   (KonkursStore *self, gint64 essay_id, GError **error);
/* The text of the essay (free it). */
char         *konkurs_store_get_essay_body (KonkursStore *self, gint64 essay_id, GError **error);

/* ---- Assignment ------------------------------------------------------- */

/* Gives every essay of @stage_id without its graders the rule's graders
 * (konkurs_essay_assign(); for commission graders, every voting member of
 * the default commission, made graders on first use), drawing a seed and
 * recording it with the pairs so the draw can be replayed
 * (konkurs_store_replay_draw()).  Rejected essays are left out.  All or
 * nothing: the engine's TOO_FEW becomes INVALID with its message.
 * @n_assigned (may be NULL): essays that got graders. */
gboolean  konkurs_store_assign_essays (KonkursStore *self, gint64 stage_id, guint *n_assigned,
                                       GError **error);
/* Replaces grader @expert_id of essay @essay_id (ill, withdrawn) by one
 * drawn from the rest, keeping every other assignment; INVALID when the
 * expert has scored it already or no one else may take it.  @reason is
 * recorded (required: INVALID when empty). */
gboolean  konkurs_store_reassign_essay (KonkursStore *self, gint64 essay_id, gint64 expert_id,
                                        const char *reason, GError **error);
/* TRUE when every draw of @stage_id, replayed from its recorded seed,
 * gives the pairs recorded: the proof that the assignment was fair. */
gboolean  konkurs_store_replay_draw (KonkursStore *self, gint64 stage_id, GError **error);

/* Why expert @expert_id is not a grader of essay @essay_id, for the
 * assignment screen (konkurs_essay_assign_explain()); 0: they could be. */
KonkursAssignLeftOut konkurs_store_explain_left_out (KonkursStore *self, gint64 essay_id,
                                                     gint64 expert_id, GError **error);

/* One grader of an essay, as the secretary sees it: the expert named, the
 * writer never. */
typedef struct {
  gint64     expert_id;
  char      *expert_name;
  int        round;         /* 1: the first graders; 2: the fourth */
  gboolean   has_score;
  int        total;         /* the sum of the points; meaningful with has_score */
  GPtrArray *points;        /* of KonkursPackageScore (code, criterion, points); never NULL */
  char      *comment;
  char      *scored_at;
  char      *package_id;    /* the package the score came back in, NULL: none yet */
} KonkursEssayGrade;

#define KONKURS_TYPE_ESSAY_GRADE (konkurs_essay_grade_get_type ())
GType              konkurs_essay_grade_get_type (void) G_GNUC_CONST;
KonkursEssayGrade *konkurs_essay_grade_copy (const KonkursEssayGrade *grade);
void               konkurs_essay_grade_free (KonkursEssayGrade *grade);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEssayGrade, konkurs_essay_grade_free)

/* The graders of @essay_id in assignment order. */
GPtrArray *konkurs_store_list_essay_grades (KonkursStore *self, gint64 essay_id, GError **error);

/* An expert's share of a stage, for the experts pane. */
typedef struct {
  gint64                   expert_id;
  char                    *full_name;
  KonkursExpertBackground  background;
  char                    *sectors;      /* sector codes joined by ", " */
  guint                    assigned;
  guint                    graded;
  guint                    packages;     /* packages issued to the expert for the stage */
  double                   mean_total;   /* mean of the totals given; meaningful when graded > 0 */
} KonkursExpertLoad;

#define KONKURS_TYPE_EXPERT_LOAD (konkurs_expert_load_get_type ())
GType              konkurs_expert_load_get_type (void) G_GNUC_CONST;
KonkursExpertLoad *konkurs_expert_load_copy (const KonkursExpertLoad *load);
void               konkurs_expert_load_free (KonkursExpertLoad *load);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursExpertLoad, konkurs_expert_load_free)

/* The graders of @stage_id with their load, by name. */
GPtrArray *konkurs_store_list_expert_loads (KonkursStore *self, gint64 stage_id, GError **error);

/* ---- Packages and results -------------------------------------------- */

/* The package of expert @expert_id for @stage_id: the essays assigned to
 * them, each in one package only.  Issues a new package (new id, new
 * secret, recorded) holding the assigned essays no earlier package of the
 * expert holds; when there are none, the latest package again.
 * NOT_FOUND when the expert has no essay in the stage. */
KonkursEssayPackage *konkurs_store_issue_package (KonkursStore *self, gint64 stage_id, gint64 expert_id,
                                                  GError **error);
/* Imports an expert's results, all or nothing, each refusal saying why:
 *  - NOT_FOUND: the package was not issued by this database (foreign);
 *  - SIGNATURE: the signature does not match the package's secret (a
 *    changed point or code, or no signature);
 *  - INVALID: issued to another expert; a code not assigned to the expert
 *    in this package; an unknown criterion; points outside the criterion's
 *    range (naming code, criterion and points);
 *  - DUPLICATE: this very file was imported already (replayed), naming when;
 *  - REASON_NEEDED: another file of the same package was imported already
 *    and @reason is empty: with a reason, this one replaces it, recorded;
 *  - STAGE_CLOSED as konkurs_store_add_test_result().
 * An essay the results leave without points keeps what it had.
 * @source ("import: RESULTS.xml") goes into the record; @n_scored (may be
 * NULL): essays whose scores were written. */
gboolean  konkurs_store_import_essay_results (KonkursStore *self, const KonkursEssayResults *results,
                                              const char *source, const char *reason, guint *n_scored,
                                              GError **error);

/* ---- Resolution, agreement, seal -------------------------------------- */

/* Assigns a fourth grader to essay @essay_id, which needs resolution
 * (INVALID otherwise), drawn as konkurs_store_assign_essays() draws. */
gboolean  konkurs_store_assign_fourth_grader (KonkursStore *self, gint64 essay_id, GError **error);
/* The chair's resolved score of essay @essay_id, in centi-points within
 * the scale, with a written reason (INVALID when empty); the essay
 * becomes final. */
gboolean  konkurs_store_resolve_essay (KonkursStore *self, gint64 essay_id, gint64 score,
                                       const char *reason, GError **error);

/* konkurs-store-essay-reasons.c: the chair's written reason for essay
 * @essay_id's resolved score, "" when the chair did not resolve it (free
 * it); for the essay protocol. */
char     *konkurs_store_get_essay_resolution_reason (KonkursStore *self, gint64 essay_id, GError **error);

/* Agreement between the first-round graders of @stage_id's essays, for
 * every essay (@sector NULL) or one sector's. */
gboolean  konkurs_store_get_essay_agreement (KonkursStore *self, gint64 stage_id, const char *sector,
                                             KonkursAgreement *out, GError **error);

/* TRUE while the writers' identities are sealed (until unsealed). */
gboolean  konkurs_store_get_essays_sealed (KonkursStore *self, gint64 stage_id, GError **error);
/* Unseals @stage_id, once, recorded: INVALID saying how many essays are
 * not final yet when any is not. */
gboolean  konkurs_store_unseal_essays (KonkursStore *self, gint64 stage_id, GError **error);
/* Personal code -> the writer's full name, for the secretary's views and
 * the commission's protocol; SEALED while sealed. */
GHashTable *konkurs_store_list_essay_writers (KonkursStore *self, gint64 stage_id, GError **error);

G_END_DECLS
