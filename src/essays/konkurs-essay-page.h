/* konkurs-essay-page.h — one essay of the Essays area: its graders'
 * grades, how it was resolved, why an expert was left out, its text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "konkurs-store-essays.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_ESSAY_PAGE (konkurs_essay_page_get_type ())
G_DECLARE_FINAL_TYPE (KonkursEssayPage, konkurs_essay_page, KONKURS, ESSAY_PAGE, GtkWidget)

/* Shows @essay (NULL: none) of a stage graded by @rule, read from @store;
 * @writer is its writer's name once unsealed (NULL while sealed);
 * @experts (of KonkursExpert, may be NULL) the pool the "why not" choice
 * lists. */
void                      konkurs_essay_page_set_essay   (KonkursEssayPage       *self,
                                                          KonkursStore           *store,
                                                          const KonkursEssayRule *rule,
                                                          const KonkursEssay     *essay,
                                                          const char             *writer,
                                                          GPtrArray              *experts);
const KonkursEssay       *konkurs_essay_page_get_essay   (KonkursEssayPage *self);
/* The graders shown (of KonkursEssayGrade), in assignment order. */
GPtrArray                *konkurs_essay_page_get_grades  (KonkursEssayPage *self);
/* The grader whose row is selected, else 0. */
gint64                    konkurs_essay_page_get_selected_grader (KonkursEssayPage *self);

G_END_DECLS
