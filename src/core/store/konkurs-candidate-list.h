/* konkurs-candidate-list.h — a lazy list model of the candidates in the
 * store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "konkurs-candidacy.h"
#include "konkurs-candidate.h"
#include "konkurs-store.h"
#include "konkurs-store-candidates.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_CANDIDATE_LIST (konkurs_candidate_list_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCandidateList, konkurs_candidate_list, KONKURS, CANDIDATE_LIST, GObject)

/* A GListModel of KonkursCandidate (without education, jobs and
 * certificates: fetch those with konkurs_store_get_candidate() for a
 * details pane), ordered by surname, name and id (or as konkurs_candidate_list_set_sort()
 * says), filtered as
 * KonkursCandidateFilter describes.
 *
 * Holds only the ids of the matching candidates; rows are read from the
 * store a page (100) at a time when asked for, and the last few pages are
 * kept.  Every change of a filter and every "changed::candidates" or
 * "changed::applications" of the store queries the ids again in a worker
 * thread; meanwhile the old rows stay and "loading" is TRUE.  A newer
 * query supersedes an older one, whose answer is dropped.  The answer is
 * applied in the main thread with a minimal items-changed: none when the
 * ids are the same, else one for the span between the common first and
 * last rows, or two when that span adds more than a page of rows (the
 * new rows inserted in front of the old ones, then the old ones removed:
 * konkurs_candidate_list_is_replacing() is TRUE during the first), plus,
 * after a store change, one per row already
 * read whose name or IIN changed.  Items may be new objects after a
 * reload.  Main thread only.
 *
 * Properties: "store" (construct-only), "query" (string), "competition-id",
 * "vacancy-id" (gint64, 0 = any), "eligibility" (int,
 * KonkursEligibilityState, ANY by default), "n-items" (guint, read-only),
 * "loading" (boolean, read-only: a query runs or waits; notified when the
 * last ends), "nothing-to-search" (boolean, read-only: the query holds
 * nothing to search for, konkurs_candidate_search_is_empty(), and the list
 * is empty for that reason; a view says so). */
KonkursCandidateList *konkurs_candidate_list_new (KonkursStore *store);

const char              *konkurs_candidate_list_get_query          (KonkursCandidateList *self);
void                     konkurs_candidate_list_set_query          (KonkursCandidateList *self, const char *query);
gboolean                 konkurs_candidate_list_get_nothing_to_search (KonkursCandidateList *self);
gint64                   konkurs_candidate_list_get_competition_id (KonkursCandidateList *self);
void                     konkurs_candidate_list_set_competition_id (KonkursCandidateList *self, gint64 id);
gint64                   konkurs_candidate_list_get_vacancy_id     (KonkursCandidateList *self);
void                     konkurs_candidate_list_set_vacancy_id     (KonkursCandidateList *self, gint64 id);
KonkursEligibilityState  konkurs_candidate_list_get_eligibility    (KonkursCandidateList *self);
void                     konkurs_candidate_list_set_eligibility    (KonkursCandidateList *self, KonkursEligibilityState state);

/* The order of the rows (KONKURS_CANDIDATE_SORT_NAME, ascending, by
 * default): a change queries again in a worker. */
void                     konkurs_candidate_list_set_sort           (KonkursCandidateList *self,
                                                                    KonkursCandidateSort  sort,
                                                                    gboolean              descending);
KonkursCandidateSort     konkurs_candidate_list_get_sort           (KonkursCandidateList *self,
                                                                    gboolean             *descending);
/* Where the applications of the candidate at @position stand, counting
 * those of the competition and vacancy filtered by (any, without). */
KonkursCandidateStatus   konkurs_candidate_list_get_status_at      (KonkursCandidateList *self,
                                                                    guint                 position);
/* The same for @candidate, an item the list gave lately (a row on
 * screen); NONE for an object it does not hold. */
KonkursCandidateStatus   konkurs_candidate_list_get_status         (KonkursCandidateList *self,
                                                                    KonkursCandidate     *candidate);

/* Reloads now, in the calling thread (e.g. after an error, or when the
 * store's signal is not trusted), superseding any query in a worker;
 * emits a minimal items-changed. */
void     konkurs_candidate_list_reload         (KonkursCandidateList *self);
/* TRUE during the first of the two items-changed of a large replacement:
 * the list holds the new rows and, after them, the old ones for a moment.
 * A view keeps the selected row's id until the second takes the old rows
 * away, and scrolls to the new ones meanwhile, so that GTK 4.8 binds the
 * old rows' widgets to them instead of building new ones. */
gboolean konkurs_candidate_list_is_replacing   (KonkursCandidateList *self);
/* TRUE while a query runs in a worker thread or waits to (an answer
 * dropped as superseded counts until it is back). */
gboolean konkurs_candidate_list_is_loading     (KonkursCandidateList *self);
/* The id at @position without reading the row; 0 when out of range. */
gint64   konkurs_candidate_list_get_id         (KonkursCandidateList *self, guint position);
/* The position of candidate @id, or G_MAXUINT when not in the list (to
 * select a candidate just saved). */
guint    konkurs_candidate_list_find_position  (KonkursCandidateList *self, gint64 id);

G_END_DECLS
