/* konkurs-essay-item.h — one essay of the Essays area's table, as a
 * GObject for the list models of GTK
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-store-essays.h"

G_BEGIN_DECLS

/* What the table filters by: every status of konkurs-essay-rule.h, and
 * the essays the proctor rejected (which have no status of their own:
 * they are never graded). */
typedef enum {
  KONKURS_ESSAY_FILTER_ALL,
  KONKURS_ESSAY_FILTER_NOT_ASSIGNED,
  KONKURS_ESSAY_FILTER_ASSIGNED,
  KONKURS_ESSAY_FILTER_PARTLY_GRADED,
  KONKURS_ESSAY_FILTER_GRADED,
  KONKURS_ESSAY_FILTER_NEEDS_RESOLUTION,
  KONKURS_ESSAY_FILTER_FINAL,
  KONKURS_ESSAY_FILTER_REJECTED,
} KonkursEssayFilter;

#define KONKURS_ESSAY_FILTER_LAST KONKURS_ESSAY_FILTER_REJECTED

/* The filter's name as the drop-down shows it (translated). */
const char *konkurs_essay_filter_get_label (KonkursEssayFilter filter);

#define KONKURS_TYPE_ESSAY_ITEM (konkurs_essay_item_get_type ())
G_DECLARE_FINAL_TYPE (KonkursEssayItem, konkurs_essay_item, KONKURS, ESSAY_ITEM, GObject)

/* Takes @essay.  @writer: the writer's name once the stage is unsealed,
 * NULL while sealed. */
KonkursEssayItem   *konkurs_essay_item_new        (KonkursEssay *essay,
                                                   const char   *writer);
const KonkursEssay *konkurs_essay_item_get_essay  (KonkursEssayItem *self);
gint64              konkurs_essay_item_get_id     (KonkursEssayItem *self);
const char         *konkurs_essay_item_get_writer (KonkursEssayItem *self);
gboolean            konkurs_essay_item_is_rejected (KonkursEssayItem *self);
KonkursEssayFilter  konkurs_essay_item_get_filter (KonkursEssayItem *self);
/* @sector: NULL or "" for any; @search: a part of the code (case folded),
 * NULL or "" for any. */
gboolean            konkurs_essay_item_matches    (KonkursEssayItem   *self,
                                                   KonkursEssayFilter  filter,
                                                   const char         *sector,
                                                   const char         *search);

/* The texts of the table, in the interface language: the status ("2 of
 * 3", "Needs resolution", "Rejected by the proctor"), the score ("—"
 * until final) and the code with the writer's name after unsealing. */
char               *konkurs_essay_item_dup_status (KonkursEssayItem *self);
char               *konkurs_essay_item_dup_score  (KonkursEssayItem *self);
char               *konkurs_essay_item_dup_code   (KonkursEssayItem *self);

/* The status of @essay in words, as the item says it. */
char               *konkurs_essay_describe_status (const KonkursEssay *essay);

G_END_DECLS
