/* konkurs-store-rule-sets.h — rule sets in the store: which one is in
 * force for a scope on a date, copying one, and saving an unbound copy
 *
 * A rule set covers each scope (general and internal competitions, the
 * Youth Reserve) over dates of its own.  A competition is bound to the
 * rule set in force for its scope on its announcement date and keeps it;
 * a rule set any competition is bound to no longer changes: a secretary
 * copies it and edits the copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store.h"

G_BEGIN_DECLS

/* The detail of "changed" when a rule set is copied, saved or deleted. */
#define KONKURS_STORE_TABLE_RULE_SETS "rule-sets"

/* The rule set covering @scope on @date, or NOT_FOUND saying which scope
 * and date nothing covers. */
KonkursRuleSet *konkurs_store_get_rule_set_for (KonkursStore      *self,
                                                KonkursRuleScope   scope,
                                                const GDate       *date,
                                                GError           **error);

/* The rule set @competition would be bound to if saved now: a new one,
 * or one moved to another announcement date, scope or procedure before
 * anyone applied, gets the one in force for its scope on its date (or
 * NOT_FOUND saying none is); otherwise it keeps its own, and @kept (may be
 * NULL) says whether it was moved but keeps it because candidates have
 * applied.  For the competition dialog, which says so. */
KonkursRuleSet *konkurs_store_preview_rule_set (KonkursStore        *self,
                                                KonkursCompetition  *competition,
                                                gboolean            *kept,
                                                GError             **error);

/* How many competitions are bound to rule set @id. */
gboolean        konkurs_store_count_bound_competitions (KonkursStore  *self,
                                                        gint64         id,
                                                        guint         *count,
                                                        GError       **error);

/* A copy of rule set @id under @code (unique; letters, digits, '-', '.',
 * '_') and the name @name_kk / @name_ru (either may be NULL, not both):
 * its values, procedure names, sectors and stage rules, and no validity
 * (the secretary sets it when the copy is ready).  Returns the copy. */
KonkursRuleSet *konkurs_store_copy_rule_set (KonkursStore  *self,
                                             gint64         id,
                                             const char    *code,
                                             const char    *name_kk,
                                             const char    *name_ru,
                                             GError       **error);

/* Saves the name, source, values and validity of @rule_set (its stored
 * procedure names, sectors and stage rules stay).  INVALID when a
 * competition is bound to it, when a value is out of range
 * (konkurs_rule_set_check()), or when its validity for a scope overlaps
 * another rule set's, naming that one. */
gboolean        konkurs_store_save_rule_set (KonkursStore    *self,
                                             KonkursRuleSet  *rule_set,
                                             GError         **error);

/* Deletes rule set @id with its parts: INVALID when a competition is
 * bound to it (only a copy made by mistake goes). */
/* Replaces the stages that break a tie after the commission's result in
 * @track of rule set @rule_set_id with @kinds (@n_kinds, in order; none:
 * the commission's result alone), recorded: IN_USE when a competition was
 * announced under the rule set, INVALID naming a stage the track does
 * not have (or named twice). */
gboolean        konkurs_store_save_tie_breakers (KonkursStore            *self,
                                                 gint64                   rule_set_id,
                                                 KonkursTrack             track,
                                                 const KonkursStageKind  *kinds,
                                                 guint                    n_kinds,
                                                 GError                 **error);

gboolean        konkurs_store_delete_rule_set (KonkursStore  *self,
                                               gint64         id,
                                               GError       **error);

G_END_DECLS
