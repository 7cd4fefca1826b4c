/* konkurs-store-essays-private.h — what the files of the essays share:
 * the essay stage with its rule, the tally of each essay's grades, and
 * the recorded draw
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-essays.h"
#include "konkurs-store-stages-private.h"

G_BEGIN_DECLS

/* konkurs-store-schema-essays.c: migration 13. */
extern const char konkurs_store_migration_essays[];

/* konkurs-store-stage-rules.c: the essay rules of rule set @rule_set_id
 * (of KonkursEssayRule, by track), only @track's unless 0. */
GPtrArray *konkurs_store_read_essay_rules (KonkursStore *self, gint64 rule_set_id, KonkursTrack track,
                                           GError **error);

/* An essay stage as the grading needs it. */
typedef struct {
  KonkursStage     *stage;
  KonkursEssayRule *rule;
  guint             required;    /* konkurs_essay_rule_required_graders() */
  guint             n_members;   /* voting members of the default commission */
} KonkursEssayStage;

void konkurs_essay_stage_free (KonkursEssayStage *stage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEssayStage, konkurs_essay_stage_free)

/* Stage @stage_id with its essay rule: INVALID when it is not an essay
 * stage or its rule set has no essay rule for its track. */
KonkursEssayStage *konkurs_store_read_essay_stage (KonkursStore *self, gint64 stage_id, GError **error);
/* The essay stage of essay @essay_id (*@essay_stage_id may be NULL). */
KonkursEssayStage *konkurs_store_read_essay_stage_of (KonkursStore *self, gint64 essay_id, GError **error);

/* Where one essay stands, from its graders (replaced ones left out), their
 * totals in assignment order (the fourth last) and the chair's score. */
typedef struct {
  gint64                essay_id;
  gint64                application_id;
  gboolean              rejected;      /* the proctor rejected it: not graded */
  guint                 n_assigned;
  guint                 n_graded;
  guint                 n_fourth;      /* graders of round 2 */
  GArray               *totals;        /* of int */
  gboolean              has_chair;
  gint64                chair_score;
  KonkursEssayAggregate aggregate;
} KonkursEssayTally;

void konkurs_essay_tally_free (KonkursEssayTally *tally);

/* The tallies of the essays of @stage (essay id -> KonkursEssayTally),
 * each aggregated by the stage's rule; only @essay_id's unless 0. */
GHashTable *konkurs_store_tally_essays (KonkursStore *self, const KonkursEssayStage *stage, gint64 essay_id,
                                        GError **error);

/* The record's details {"@key": @value}; "" when @value is blank, NULL
 * with @error. */
char *konkurs_store_essay_details (KonkursStore *self, const char *key, const char *value, GError **error);

/* konkurs-store-essays-assign.c: the experts' ids that may not grade each
 * essay of @stage_id (of KonkursEssayConflicts, essay id -> GHashTable of
 * expert ids), computed in one query. */
GHashTable *konkurs_store_essay_conflicts (KonkursStore *self, const KonkursEssayStage *stage, gint64 essay_id,
                                           GError **error);
/* A KonkursAssignConflict over such a table. */
gboolean    konkurs_store_essay_conflict_lookup (gint64 essay_id, gint64 expert_id, gpointer conflicts);

G_END_DECLS
