/* konkurs-store-candidates.h — candidates and their applications in the
 * store
 *
 * All functions take the store of konkurs-store.h; they emit
 * "changed::candidates" (candidate, education, work, certificates) and
 * "changed::applications" (the application table) after a committed change,
 * at commit time inside konkurs_store_begin()/commit().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidacy.h"
#include "konkurs-candidate.h"
#include "konkurs-eligibility.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_STORE_TABLE_CANDIDATES   "candidates"
#define KONKURS_STORE_TABLE_APPLICATIONS "applications"

/* Candidates */

/* Validates and writes @candidate with its education, jobs and
 * certificates (which replace the stored ones), in one operation: inserts
 * when its id is 0 and sets the new id, updates otherwise.
 *
 * INVALID, with a sentence naming the field: an IIN that
 * konkurs_iin_parse() refuses (its message is kept), a birth date entered
 * that is not the IIN's (both dates named), a blank surname or name, a job
 * without employer or start, or ending before it starts, a certificate
 * without a date.  DUPLICATE when another candidate has the IIN: the
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
 *                  an IIN starting so).  Every word must match.  Any text is
 *                  safe: quotes, stars and brackets are not search syntax.
 *  competition_id: candidates with an application to that competition;
 *  vacancy_id:     ... to that vacancy;
 *  eligibility:    ... with an application in that state (combined with the
 *                  above, the same application must satisfy all three). */
typedef struct {
  const char              *text;
  gint64                   competition_id;
  gint64                   vacancy_id;
  KonkursEligibilityState  eligibility;
} KonkursCandidateFilter;

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
GPtrArray *konkurs_store_get_candidates (KonkursStore  *self,
                                         const gint64  *ids,
                                         guint          n_ids,
                                         gboolean       with_details,
                                         GError       **error);

/* Applications */

/* Records that the candidate applied, on @received_on, to @vacancy_id of
 * civil-service competition @competition_id, or (vacancy_id 0) to Youth
 * Reserve selection @competition_id in @sector (required then).  The
 * application gets a new random personal code (a collision with an
 * existing code is retried).  INVALID when the candidate, competition or
 * vacancy is missing or does not fit the procedure, or the date is unset;
 * DUPLICATE when the candidate applied to that vacancy (or selection)
 * already.  Writes an audit_log row.  Returns the new application. */
KonkursCandidacy *konkurs_store_apply (KonkursStore  *self,
                                       gint64         candidate_id,
                                       gint64         competition_id,
                                       gint64         vacancy_id,
                                       const char    *sector,
                                       const GDate   *received_on,
                                       GError       **error);
KonkursCandidacy *konkurs_store_get_candidacy          (KonkursStore *self, gint64 id, GError **error);
/* By the personal code (normalised with konkurs_personal_code_normalize()
 * first); NOT_FOUND when no application has it. */
KonkursCandidacy *konkurs_store_find_candidacy_by_code (KonkursStore *self, const char *code, GError **error);
/* Of KonkursCandidacy, by received_on then id. */
GPtrArray        *konkurs_store_list_candidacies_of_candidate   (KonkursStore *self, gint64 candidate_id, GError **error);
GPtrArray        *konkurs_store_list_candidacies_of_competition (KonkursStore *self, gint64 competition_id, GError **error);
/* Removes an application entered by mistake (IN_USE once it has results);
 * logged. */
gboolean          konkurs_store_delete_candidacy       (KonkursStore *self, gint64 id, GError **error);

/* Runs the eligibility engine on the application against its competition's
 * rule set, on @on, or (NULL) on the competition date: the start of the
 * first stage after the documents stage when the competition has stages
 * with dates, else the document deadline, else the announcement date.
 * Returns the failures (KonkursEligibilityFailure, empty when eligible). */
GPtrArray *konkurs_store_check_candidacy (KonkursStore  *self,
                                          gint64         candidacy_id,
                                          const GDate   *on,
                                          GError       **error);

/* The secretary's decision on eligibility: admitted sets eligibility
 * "eligible" and status "admitted", refused "ineligible" and "rejected";
 * decided_by is the user name, decided_at now.  The engine's verdict
 * (konkurs_store_check_candidacy() on the competition date) is computed
 * here, and a decision against it requires a non-blank @reason (INVALID
 * otherwise; the rule lives here so that no caller can skip it).  A
 * refusal that agrees with the engine may leave @reason blank: the engine's
 * reasons are then stored, in the interface language.  The audit log keeps
 * who, when, the engine's verdict with its failure codes, the decision and
 * the reason. */
gboolean konkurs_store_decide_candidacy (KonkursStore  *self,
                                         gint64         candidacy_id,
                                         gboolean       admitted,
                                         const char    *reason,
                                         GError       **error);

/* Evaluator-facing outputs (publication lists, expert packages): only the
 * personal code and results, read with SQL that never touches the
 * candidate table, so no identity can leak through them. */
typedef struct {
  char                    *personal_code;
  gint64                   vacancy_id;    /* 0 in a Youth Reserve selection */
  char                    *sector;        /* "" unless Youth Reserve */
  KonkursCandidacyStatus   status;
  KonkursEligibilityState  eligibility;
} KonkursCodeEntry;

#define KONKURS_TYPE_CODE_ENTRY (konkurs_code_entry_get_type ())
GType             konkurs_code_entry_get_type (void) G_GNUC_CONST;
KonkursCodeEntry *konkurs_code_entry_copy     (const KonkursCodeEntry *entry);
void              konkurs_code_entry_free     (KonkursCodeEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursCodeEntry, konkurs_code_entry_free)

/* The applications of @competition_id with @status (-1: any), of
 * KonkursCodeEntry ordered by personal code. */
GPtrArray *konkurs_store_list_codes (KonkursStore  *self,
                                     gint64         competition_id,
                                     int            status,
                                     GError       **error);

G_END_DECLS
