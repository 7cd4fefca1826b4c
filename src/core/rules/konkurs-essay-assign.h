/* konkurs-essay-assign.h — who grades which essay: a fair, reproducible
 * random draw under the constraints
 *
 * For each essay: the rule's number of graders, from the essay's sector,
 * one of each background while the pool allows, never an expert in
 * conflict with the essay, and the load spread evenly (within a sector no
 * expert ends with more than one essay above another who could have taken
 * it).  The draw is random but reproducible: a 64-bit seed drawn from the
 * system's random source (konkurs_essay_draw_seed()) drives a documented
 * generator (SplitMix64), so anyone holding the seed, the essays and the
 * experts in the order the store lists them can replay the draw and see
 * that the recorded assignment is the one it gives.
 *
 * Pure: the store reads the pool, the essays and the conflicts, calls
 * konkurs_essay_assign(), and writes the result through the record with
 * the seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "konkurs-essay-rule.h"

G_BEGIN_DECLS

/* Stored as codes; never renumber. */
typedef enum {
  KONKURS_EXPERT_BACKGROUND_ACADEMIA      = 1,  /* "academia" */
  KONKURS_EXPERT_BACKGROUND_BUSINESS      = 2,  /* "business" */
  KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE = 3,  /* "civil-service" */
} KonkursExpertBackground;

#define KONKURS_EXPERT_BACKGROUND_LAST KONKURS_EXPERT_BACKGROUND_CIVIL_SERVICE

const char *konkurs_expert_background_to_code   (KonkursExpertBackground background);
gboolean    konkurs_expert_background_from_code (const char *code, KonkursExpertBackground *out);
const char *konkurs_expert_background_get_label (KonkursExpertBackground background);  /* N_() msgid */

/* One grader of the pool, as the engine sees it. */
typedef struct {
  gint64                   id;          /* the store's expert id */
  KonkursExpertBackground  background;
  const char * const      *sectors;     /* NULL-terminated sector codes; NULL or empty: every sector
                                         * (commission members) */
  guint                    load;        /* essays of this stage it holds already (kept assignments) */
  gboolean                 available;   /* FALSE: out of this draw (ill, withdrawn) */
} KonkursAssignExpert;

/* One essay to give graders to. */
typedef struct {
  gint64         id;           /* the store's essay id */
  const char    *sector;       /* "" or NULL: no sector (civil service) */
  guint          n_wanted;     /* graders still to give it (3 for a new essay, 1 to replace one) */
  const gint64  *taken;        /* experts it has already (kept): never drawn again; n_taken of them */
  guint          n_taken;
} KonkursAssignEssay;

/* Whether expert @expert_id may not grade essay @essay_id: the store
 * answers from the declared conflicts and the employers (a hash set of
 * pairs, so the engine stays fast). */
typedef gboolean (*KonkursAssignConflict) (gint64 essay_id, gint64 expert_id, gpointer data);

/* Why an expert was left out of an essay, for the assignment screen. */
typedef enum {
  KONKURS_ASSIGN_LEFT_OUT_SECTOR     = 1,  /* "sector": not an expert of the essay's sector */
  KONKURS_ASSIGN_LEFT_OUT_CONFLICT   = 2,  /* "conflict" */
  KONKURS_ASSIGN_LEFT_OUT_UNAVAILABLE = 3, /* "unavailable" */
  KONKURS_ASSIGN_LEFT_OUT_LOAD       = 4,  /* "load": others of the sector had fewer essays */
  KONKURS_ASSIGN_LEFT_OUT_BACKGROUND = 5,  /* "background": another background was still missing */
} KonkursAssignLeftOut;

const char *konkurs_assign_left_out_get_label (KonkursAssignLeftOut reason);  /* N_() msgid */

typedef struct {
  gint64 essay_id;
  gint64 expert_id;
} KonkursAssignPair;

/* A 64-bit seed from getrandom(2). */
guint64   konkurs_essay_draw_seed (void);
/* The seed as 16 lowercase hexadecimal digits, and back. */
char     *konkurs_essay_draw_seed_to_string   (guint64 seed);
gboolean  konkurs_essay_draw_seed_from_string (const char *text, guint64 *out);

/* Assigns graders to @essays (in the order given: the store lists them by
 * personal code) from @experts (by id).  Returns the new pairs (of
 * KonkursAssignPair, by essay then draw order), or NULL with a GError
 * (KONKURS_ASSIGN_ERROR_TOO_FEW naming the sector, how many graders an
 * essay needs and how many the pool has that may grade it, and the first
 * such essay's id in the message's data) when an essay cannot get its
 * graders: then nothing is assigned at all.  The same seed, essays,
 * experts and conflicts give the same pairs.  20,000 essays and 300
 * experts take well under 2 s (tests/benchmark-assign). */
GArray   *konkurs_essay_assign (const KonkursAssignEssay *essays, guint n_essays,
                                const KonkursAssignExpert *experts, guint n_experts,
                                KonkursAssignConflict conflict, gpointer conflict_data,
                                guint64 seed, GError **error);

/* Why @expert was not drawn for @essay (for an essay with its graders
 * assigned): the first reason that applies, or 0 when it could have been
 * (the draw chose others). */
KonkursAssignLeftOut konkurs_essay_assign_explain (const KonkursAssignEssay *essay,
                                                   const KonkursAssignExpert *expert,
                                                   KonkursAssignConflict conflict, gpointer conflict_data);

#define KONKURS_ASSIGN_ERROR (konkurs_assign_error_quark ())
GQuark konkurs_assign_error_quark (void);
typedef enum {
  KONKURS_ASSIGN_ERROR_TOO_FEW = 1,
} KonkursAssignError;

G_END_DECLS
