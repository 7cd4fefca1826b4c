/* konkurs-store-candidates.h — the registry of candidates in the store,
 * and finding them
 *
 * All functions take the store of konkurs-store.h; they emit
 * "changed::candidates" (candidate, education, work, certificates) after a
 * committed change, at commit time inside konkurs_store_begin()/commit().
 * Applications, decisions and the evaluator-facing lists have headers of
 * their own, included here for the callers that want all of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidacy.h"
#include "konkurs-candidate.h"
#include "konkurs-eligibility.h"
#include "konkurs-store.h"
#include "konkurs-store-anonymous.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-decisions.h"

G_BEGIN_DECLS

#define KONKURS_STORE_TABLE_CANDIDATES   "candidates"

/* Candidates */

/* Validates and writes @candidate with its education, jobs and
 * certificates (which replace the stored ones), in one operation: inserts
 * when its id is 0 and sets the new id, updates otherwise.
 *
 * INVALID, with the sentence of konkurs_candidate_validate() (the rules
 * of konkurs-validation.h): an IIN that konkurs_iin_parse() refuses (its
 * message is kept), a birth date entered that is not the IIN's (both dates
 * named), a blank surname or name, a level or graduation year of education
 * that is not possible, a job without employer or start, or ending before
 * it starts, a certificate without a date.  DUPLICATE when another candidate has the IIN: the
 * message names that person; konkurs_store_find_candidate_by_iin() gives
 * their id.  NOT_FOUND when updating a candidate deleted meanwhile.
 *
 * Statements are prepared once per store and reused, so a bulk import calls
 * this for each candidate between konkurs_store_begin() and
 * konkurs_store_commit() at full speed.  No audit log row is written for
 * each candidate (imports write thousands): the caller of a bulk path logs
 * one row for the whole import. */
gboolean          konkurs_store_save_candidate       (KonkursStore *self, KonkursCandidate *candidate, GError **error);
/* The bulk path of imports and the demo generator: saves @n_candidates
 * as konkurs_store_save_candidate() does, all or none, in one savepoint.
 * Inside konkurs_store_begin()/commit(), batches of a few hundred are
 * about twice as fast as saving one by one (each save is a savepoint, and
 * SQLite journals pages and flushes the full-text index at each one).  On
 * failure, *@failed (may be NULL) is the index of the candidate at fault
 * and no id is set. */
gboolean          konkurs_store_save_candidates      (KonkursStore *self, KonkursCandidate **candidates,
                                                      guint n_candidates, guint *failed, GError **error);
/* For a bulk import, inside konkurs_store_begin()/commit(): the
 * candidates written from now on stay out of the search index until
 * konkurs_store_index_deferred_candidates() adds them all in one
 * statement, which must come before the commit (row by row the index
 * costs half the time of an import).  Deferring twice is deferring once. */
gboolean          konkurs_store_defer_candidate_index     (KonkursStore *self, GError **error);
gboolean          konkurs_store_index_deferred_candidates (KonkursStore *self, GError **error);
/* With education, jobs and certificates.  NOT_FOUND when missing. */
KonkursCandidate *konkurs_store_get_candidate        (KonkursStore *self, gint64 id, GError **error);
/* IN_USE when the candidate has applications (delete those first). */
gboolean          konkurs_store_delete_candidate     (KonkursStore *self, gint64 id, GError **error);
/* The id of the candidate with @iin (normalised or not), or 0 when there is
 * none (no error) or on error (@error set). */
gint64            konkurs_store_find_candidate_by_iin (KonkursStore *self, const char *iin, GError **error);
/* All candidates; -1 on error. */
gint64            konkurs_store_count_candidates     (KonkursStore *self, GError **error);

/* What the list of candidates shows.  Unset fields (NULL, 0, ANY) do not
 * filter.
 *  text:           words typed in the search field; each word matches the
 *                  start of the IIN, surname, name or patronymic, case
 *                  folded in Kazakh and Russian ("әли" finds "ӘЛИЯ", "9001"
 *                  or "９００１" an IIN starting so).  Every word must match;
 *                  only the first KONKURS_CANDIDATE_SEARCH_MAX_WORDS count.
 *                  A text with nothing to search for matches nobody
 *                  (konkurs_candidate_search_is_empty()).  Any text is
 *                  safe: quotes, stars and brackets are not search syntax.
 *  competition_id: candidates with an application to that competition;
 *  vacancy_id:     ... to that vacancy;
 *  eligibility:    ... with an application in that state (combined with the
 *                  above, the same application must satisfy all three). */
/* The orders of a list of candidates; names in the Kazakh alphabet. */
typedef enum {
  KONKURS_CANDIDATE_SORT_NAME,         /* surname, name, patronymic: the default */
  KONKURS_CANDIDATE_SORT_GIVEN_NAME,   /* name, surname, patronymic */
  KONKURS_CANDIDATE_SORT_PATRONYMIC,   /* patronymic, surname, name */
  KONKURS_CANDIDATE_SORT_IIN,
  KONKURS_CANDIDATE_SORT_BIRTH_DATE,
  KONKURS_CANDIDATE_SORT_STATUS,       /* by KonkursCandidateStatus, then by name */
} KonkursCandidateSort;

/* Where a candidate's applications stand, of those a filter counts (a
 * competition's, a vacancy's, or all): something to decide comes first. */
typedef enum {
  KONKURS_CANDIDATE_STATUS_PENDING,    /* an application awaits the decision on admission */
  KONKURS_CANDIDATE_STATUS_ADMITTED,   /* all decided, at least one admitted */
  KONKURS_CANDIDATE_STATUS_REFUSED,    /* all refused */
  KONKURS_CANDIDATE_STATUS_NONE,       /* no application */
} KonkursCandidateStatus;

typedef struct {
  const char              *text;
  gint64                   competition_id;
  gint64                   vacancy_id;
  KonkursEligibilityState  eligibility;
  KonkursCandidateSort     sort;
  gboolean                 descending;
} KonkursCandidateFilter;

/* A search uses the first KONKURS_CANDIDATE_SEARCH_MAX_WORDS words of its
 * text: no name has more, and a pasted page of text must not cost seconds
 * at each key press. */
#define KONKURS_CANDIDATE_SEARCH_MAX_WORDS 8

/* TRUE when @text is not blank but holds nothing a search can use (only
 * punctuation and symbols, or not UTF-8): nobody matches it, and the list
 * should say so rather than show nobody without a word.  Digits of any
 * script count as digits (they match an IIN as ASCII ones). */
gboolean konkurs_candidate_search_is_empty (const char *text);

/* Initialises @filter to "everything" (eligibility ANY). */
void    konkurs_candidate_filter_init (KonkursCandidateFilter *filter);

/* The ids of the matching candidates, ordered by surname, name and id
 * (GArray of gint64).  Fast enough at 100,000 candidates to call on every
 * key press (a covering index scan, or the FTS index). */
GArray *konkurs_store_query_candidate_ids (KonkursStore                 *self,
                                           const KonkursCandidateFilter *filter,
                                           GError                      **error);

/* The candidates with the given ids, in that order (ids that no longer
 * exist are skipped).  Without @with_details, education, jobs and
 * certificates are left empty (enough for a list row, and faster). */
/* The status of each candidate of @ids, in that order (of
 * KonkursCandidateStatus), counting the applications to @competition_id
 * and @vacancy_id (0 for any); NULL with @error on failure. */
GArray    *konkurs_store_get_candidate_statuses (KonkursStore  *self,
                                                 const gint64  *ids,
                                                 guint          n_ids,
                                                 gint64         competition_id,
                                                 gint64         vacancy_id,
                                                 GError       **error);

GPtrArray *konkurs_store_get_candidates (KonkursStore  *self,
                                         const gint64  *ids,
                                         guint          n_ids,
                                         gboolean       with_details,
                                         GError       **error);

G_END_DECLS
