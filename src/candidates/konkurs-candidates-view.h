/* konkurs-candidates-view.h — the registry of candidates, their
 * applications and the eligibility verdicts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-area.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_CANDIDATES_VIEW (konkurs_candidates_view_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCandidatesView, konkurs_candidates_view, KONKURS, CANDIDATES_VIEW, KonkursArea)

/* An area (KonkursArea): it lists the candidates of its context's store.
 * Actions (group "candidates"): register, edit, apply, admit (x: the
 * application id), refuse (x); and the area's area.document-language (s),
 * area.print (s) and area.save-pdf (s), for the documents of the
 * competition chosen in the filter ("admission", "publication" in its
 * menu). */

/* The KonkursCandidateList the table shows (NULL without a store). */
GListModel   *konkurs_candidates_view_get_model    (KonkursCandidatesView *self);
/* Selects candidate @id, clearing the search and filters when they hide
 * it; FALSE when there is no such candidate. */
gboolean      konkurs_candidates_view_select_candidate      (KonkursCandidatesView *self, gint64 id);
/* 0 when nothing is selected. */
gint64        konkurs_candidates_view_get_selected_candidate_id (KonkursCandidatesView *self);
/* Moves the keyboard focus to the search field. */
void          konkurs_candidates_view_focus_search (KonkursCandidatesView *self);
/* Filters the list to the applicants of a competition, or of its vacancy
 * @vacancy_id (0 for all of them), the search and state filter cleared. */
void          konkurs_candidates_view_show_applications (KonkursCandidatesView *self,
                                                         gint64                 competition_id,
                                                         gint64                 vacancy_id);

G_END_DECLS
