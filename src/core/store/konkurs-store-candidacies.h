/* konkurs-store-candidacies.h — applications in the store: applying,
 * reading and deleting
 *
 * The functions emit "changed::applications" after a committed change, at
 * commit time inside konkurs_store_begin()/commit().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidacy.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_STORE_TABLE_APPLICATIONS "applications"

/* Records that the candidate applied, on @received_on, to @vacancy_id of
 * civil-service competition @competition_id, or (vacancy_id 0) to Youth
 * Reserve selection @competition_id in @sector (required then): one of the
 * sectors of the selection's rule set (konkurs_store_list_sectors()), by
 * its code or its name in either language; the code is stored.  The
 * application gets a new random personal code (a collision with an
 * existing code is retried).  INVALID when the candidate, competition or
 * vacancy is missing or does not fit the procedure, the sector is none of
 * the rule set's, or the date is unset;
 * DUPLICATE when the candidate applied to that vacancy (or selection)
 * already.  Writes an audit_log row.  Returns the new application. */
KonkursCandidacy *konkurs_store_apply (KonkursStore  *self,
                                       gint64         candidate_id,
                                       gint64         competition_id,
                                       gint64         vacancy_id,
                                       const char    *sector,
                                       const GDate   *received_on,
                                       GError       **error);
/* The same, for an import of thousands: returns only the new id (0 with
 * @error), the application is not read back. */
gint64            konkurs_store_add_application (KonkursStore  *self,
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
/* How many months a certificate of candidate @candidate_id stays valid,
 * as the rule set that judges it says: that of the competition of the
 * candidate's latest application (the last of
 * konkurs_store_list_candidacies_of_candidate()), whose rules decide
 * next; without an application, the rule set in force on @today, to which
 * a competition announced then would be bound.  A candidate not saved yet
 * (id 0) has no application.  KONKURS_DEFAULT_CERTIFICATE_VALIDITY_MONTHS
 * when that rule set does not say or none is in force; the same, with
 * @error set, when the store cannot be read, so that a view can go on. */
int               konkurs_store_get_certificate_validity_months (KonkursStore  *self,
                                                                 gint64         candidate_id,
                                                                 const GDate   *today,
                                                                 GError       **error);
/* Removes an application entered by mistake (IN_USE once it has results);
 * logged. */
gboolean          konkurs_store_delete_candidacy       (KonkursStore *self, gint64 id, GError **error);
/* How many applications vacancy @vacancy_id has, or, when it is 0, how
 * many competition @competition_id has (what a deletion or a protocol
 * would concern); -1 with @error on failure. */
gint64            konkurs_store_count_candidacies      (KonkursStore *self, gint64 competition_id,
                                                        gint64 vacancy_id, GError **error);

G_END_DECLS
