/* konkurs-essay-package.h — what an expert takes away to grade, and what
 * comes back
 *
 * A package is one expert's essays of one essay stage, by personal code
 * only, with the rubric of the stage's rule and a secret of its own.  It
 * travels as an XML file (konkurs-essay-package.xsd, written and read by
 * the exchange layer) to the expert's laptop, where `konkurs --grade`
 * opens it without any database.  The expert's grades come back as
 * KonkursEssayResults (konkurs-essay-results.xsd), signed with the
 * package's secret (konkurs-essay-signature.h).
 *
 * Nothing in either may identify a candidate: no name, IIN, birth date,
 * employer, vacancy or application id.  The store builds packages from
 * queries that never read the candidate table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-essay-rule.h"
#include "konkurs-local-text.h"

G_BEGIN_DECLS

/* One essay as the expert sees it. */
typedef struct {
  char *code;          /* personal code */
  char *topic;
  char *body;
  char *language;      /* "kk" or "ru" */
  int   word_count;    /* as the essay arrived; 0 unknown */
  int   minutes;       /* time taken; 0 unknown */
} KonkursPackageEssay;

typedef struct {
  char             *package_id;   /* a UUID, unique across databases */
  char             *secret;       /* 64 hex digits (konkurs_essay_secret_new()) */
  gint64            expert_id;    /* the issuing database's expert id */
  char             *expert_name;
  /* what the expert grades for, as a heading: the competition's name in
   * both languages and the stage ("Essay") — never a vacancy or a person */
  KonkursLocalText *competition;
  char             *issued_at;    /* ISO 8601 UTC */
  KonkursEssayRule *rule;         /* criteria with points, the scale */
  GPtrArray        *essays;       /* of KonkursPackageEssay, by code */
} KonkursEssayPackage;

#define KONKURS_TYPE_ESSAY_PACKAGE (konkurs_essay_package_get_type ())
GType                konkurs_essay_package_get_type (void) G_GNUC_CONST;
KonkursEssayPackage *konkurs_essay_package_new  (void);
KonkursEssayPackage *konkurs_essay_package_copy (const KonkursEssayPackage *package);
void                 konkurs_essay_package_free (KonkursEssayPackage *package);
void                 konkurs_essay_package_add_essay (KonkursEssayPackage *package, const char *code,
                                                      const char *topic, const char *body,
                                                      const char *language, int word_count, int minutes);
const KonkursPackageEssay *konkurs_essay_package_find_essay (const KonkursEssayPackage *package,
                                                             const char *code);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEssayPackage, konkurs_essay_package_free)

/* One criterion's points for one essay. */
typedef struct {
  char *code;
  char *criterion;
  int   points;
} KonkursPackageScore;

typedef struct {
  char *code;
  char *comment;
} KonkursPackageComment;

typedef struct {
  char      *package_id;
  gint64     expert_id;
  char      *expert_name;
  char      *saved_at;      /* ISO 8601 UTC */
  GPtrArray *scores;        /* of KonkursPackageScore, in file order (the signed order) */
  GPtrArray *comments;      /* of KonkursPackageComment; an essay without a comment has none */
  char      *signature;     /* 64 hex digits; NULL until signed */
  /* < private > */
  GHashTable *index;        /* "code\tcriterion" -> position in scores + 1 */
} KonkursEssayResults;

#define KONKURS_TYPE_ESSAY_RESULTS (konkurs_essay_results_get_type ())
GType                konkurs_essay_results_get_type (void) G_GNUC_CONST;
KonkursEssayResults *konkurs_essay_results_new  (const KonkursEssayPackage *package);
KonkursEssayResults *konkurs_essay_results_copy (const KonkursEssayResults *results);
void                 konkurs_essay_results_free (KonkursEssayResults *results);
/* Sets @code's points for @criterion (a second call replaces the first,
 * keeping its place in the order); -1 removes them. */
void                 konkurs_essay_results_set_points  (KonkursEssayResults *results, const char *code,
                                                        const char *criterion, int points);
/* -1 when not given. */
int                  konkurs_essay_results_get_points  (const KonkursEssayResults *results, const char *code,
                                                        const char *criterion);
void                 konkurs_essay_results_set_comment (KonkursEssayResults *results, const char *code,
                                                        const char *comment);
const char          *konkurs_essay_results_get_comment (const KonkursEssayResults *results, const char *code);
/* How many of @package's essays have points for every criterion. */
guint                konkurs_essay_results_count_graded (const KonkursEssayResults *results,
                                                         const KonkursEssayPackage *package);
/* Orders the scores as the package orders essays and the rule criteria,
 * and signs them with @package's secret (konkurs-essay-signature.h). */
void                 konkurs_essay_results_sign   (KonkursEssayResults *results,
                                                   const KonkursEssayPackage *package);
/* TRUE when the signature matches @secret over the scores as they are. */
gboolean             konkurs_essay_results_verify (const KonkursEssayResults *results, const char *secret);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEssayResults, konkurs_essay_results_free)

G_END_DECLS
