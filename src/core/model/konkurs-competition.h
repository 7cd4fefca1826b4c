/* konkurs-competition.h — a competition: one announcement of a state body
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-local-text.h"
#include "konkurs-rule-set.h"
#include "konkurs-types.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_COMPETITION (konkurs_competition_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCompetition, konkurs_competition, KONKURS, COMPETITION, GObject)

/* A plain value object.  Properties: "id" (gint64, 0 until saved),
 * "number" (string: the announcement's registration number, unique, by
 * which files name the competition in any database; the store gives one
 * when it is empty), "rule-set-id" (gint64), "procedure" (int,
 * KonkursProcedure), "state-body", "title" (KonkursLocalText: Kazakh and
 * Russian), "announcement-date" (GDate, boxed), "document-deadline" (GDate,
 * boxed; computed by the store from the rule set and the working-day
 * calendar, never entered), "scope" (int, KonkursRuleScope: a general or
 * an internal competition; a Youth Reserve selection's follows from its
 * procedure).  Setters notify only on a real change.
 *
 * The texts in both languages have three accessors: *_text gives both
 * (documents pick their language with konkurs_local_text_pick()); the
 * plain getter gives what the window shows, in the interface language or
 * else the other one (konkurs_local_text_get_display()) — never for a
 * document; the setter takes both values (NULL: none). */
KonkursCompetition *konkurs_competition_new (void);
KonkursCompetition *konkurs_competition_copy (KonkursCompetition *self);

gint64            konkurs_competition_get_id                (KonkursCompetition *self);
void              konkurs_competition_set_id                (KonkursCompetition *self, gint64 id);
gint64            konkurs_competition_get_rule_set_id       (KonkursCompetition *self);
void              konkurs_competition_set_rule_set_id       (KonkursCompetition *self, gint64 id);
KonkursProcedure  konkurs_competition_get_procedure         (KonkursCompetition *self);
void              konkurs_competition_set_procedure         (KonkursCompetition *self, KonkursProcedure procedure);
const char       *konkurs_competition_get_number            (KonkursCompetition *self);
void              konkurs_competition_set_number            (KonkursCompetition *self, const char *number);
const KonkursLocalText *konkurs_competition_get_state_body_text (KonkursCompetition *self);
void              konkurs_competition_set_state_body_text   (KonkursCompetition *self, const KonkursLocalText *state_body);
const char       *konkurs_competition_get_state_body        (KonkursCompetition *self);
void              konkurs_competition_set_state_body        (KonkursCompetition *self, const char *kk, const char *ru);
const KonkursLocalText *konkurs_competition_get_title_text  (KonkursCompetition *self);
void              konkurs_competition_set_title_text        (KonkursCompetition *self, const KonkursLocalText *title);
const char       *konkurs_competition_get_title             (KonkursCompetition *self);
void              konkurs_competition_set_title             (KonkursCompetition *self, const char *kk, const char *ru);
/* NULL while unset. */
const GDate      *konkurs_competition_get_announcement_date (KonkursCompetition *self);
void              konkurs_competition_set_announcement_date (KonkursCompetition *self, const GDate *date);
const GDate      *konkurs_competition_get_document_deadline (KonkursCompetition *self);
void              konkurs_competition_set_document_deadline (KonkursCompetition *self, const GDate *date);
/* General (the default) or internal competition; what the competition is
 * bound by is konkurs_competition_get_rule_scope(). */
KonkursRuleScope  konkurs_competition_get_scope             (KonkursCompetition *self);
void              konkurs_competition_set_scope             (KonkursCompetition *self, KonkursRuleScope scope);
/* The scope whose rule set binds the competition: youth-reserve for a
 * Youth Reserve selection, else its scope. */
KonkursRuleScope  konkurs_competition_get_rule_scope        (KonkursCompetition *self);

G_END_DECLS
