/* konkurs-candidate.h — a person in the registry of candidates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-eligibility.h"
#include "konkurs-iin.h"
#include "konkurs-types.h"

G_BEGIN_DECLS

/* One diploma.  @year is 0 when unknown. */
typedef struct {
  KonkursEducation  level;
  char             *field;         /* never NULL */
  char             *institution;   /* never NULL */
  int               year;
} KonkursEducationEntry;

/* One job.  A cleared (invalid) @end means the work goes on.
 * @civil_service: a post in the civil service; @in_field: in the field of
 * the positions the candidate applies for (experience alternatives). */
typedef struct {
  char    *employer;   /* required by the store */
  char    *position;   /* never NULL */
  GDate    start;
  GDate    end;
  gboolean civil_service;
  gboolean in_field;
} KonkursEmployment;

/* A certificate of a test the candidate passed (a failed test gives no
 * certificate, so every row counts as passed for the eligibility engine).
 * Validity is one rule-set period from @passed_on. */
typedef struct {
  KonkursCertificateKind  kind;
  GDate                   passed_on;
  char                   *result;   /* as written on it, e.g. "42/55"; never NULL */
  char                   *number;   /* never NULL */
  /* The numeric result, @score of @max_score; @max_score 0: not recorded
   * (certificates entered before issue 9 keep only @result). */
  int                     score;
  int                     max_score;
  /* State language: the CEFR level it certifies; NONE: not recorded. */
  KonkursLanguageLevel    level;
} KonkursCandidateCertificate;

#define KONKURS_TYPE_EDUCATION_ENTRY       (konkurs_education_entry_get_type ())
#define KONKURS_TYPE_EMPLOYMENT            (konkurs_employment_get_type ())
#define KONKURS_TYPE_CANDIDATE_CERTIFICATE (konkurs_candidate_certificate_get_type ())
GType konkurs_education_entry_get_type       (void) G_GNUC_CONST;
GType konkurs_employment_get_type            (void) G_GNUC_CONST;
GType konkurs_candidate_certificate_get_type (void) G_GNUC_CONST;

/* Strings may be NULL (stored as ""); dates may be NULL (cleared). */
KonkursEducationEntry       *konkurs_education_entry_new        (KonkursEducation level, const char *field,
                                                                 const char *institution, int year);
KonkursEducationEntry       *konkurs_education_entry_copy       (const KonkursEducationEntry *entry);
void                         konkurs_education_entry_free       (KonkursEducationEntry *entry);
KonkursEmployment           *konkurs_employment_new             (const char *employer, const char *position,
                                                                 const GDate *start, const GDate *end);
KonkursEmployment           *konkurs_employment_copy            (const KonkursEmployment *employment);
void                         konkurs_employment_free            (KonkursEmployment *employment);
KonkursCandidateCertificate *konkurs_candidate_certificate_new  (KonkursCertificateKind kind, const GDate *passed_on,
                                                                 const char *result, const char *number);
KonkursCandidateCertificate *konkurs_candidate_certificate_copy (const KonkursCandidateCertificate *certificate);
void                         konkurs_candidate_certificate_free (KonkursCandidateCertificate *certificate);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEducationEntry, konkurs_education_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursEmployment, konkurs_employment_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursCandidateCertificate, konkurs_candidate_certificate_free)

#define KONKURS_TYPE_CANDIDATE (konkurs_candidate_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCandidate, konkurs_candidate, KONKURS, CANDIDATE, GObject)

/* A plain value object; the store validates it on save.  Properties:
 * "id" (gint64, 0 until saved), "iin", "surname", "name", "patronymic",
 * "citizenship" (ISO 3166 alpha-2, default "KZ"), "phone", "email",
 * "address" (strings, never NULL), "birth-date" (GDate, boxed, read-write:
 * see below), "sex" (int, KonkursSex, read-only, 0 while the IIN is not
 * valid), "language-level" (int, KonkursLanguageLevel of the state
 * language; NONE = not known), "exclusions" (flags as int,
 * KonkursExclusion), "full-name" (read-only, "Surname Name Patronymic").
 * Setters notify only on a real change.  The three lists are changed only
 * through the functions below and are not properties. */
KonkursCandidate *konkurs_candidate_new  (void);
/* A deep copy, lists included. */
KonkursCandidate *konkurs_candidate_copy (KonkursCandidate *self);

gint64       konkurs_candidate_get_id          (KonkursCandidate *self);
void         konkurs_candidate_set_id          (KonkursCandidate *self, gint64 id);
/* Stored as given: normalise typed input with konkurs_iin_normalize() first. */
const char  *konkurs_candidate_get_iin         (KonkursCandidate *self);
void         konkurs_candidate_set_iin         (KonkursCandidate *self, const char *iin);
const char  *konkurs_candidate_get_surname     (KonkursCandidate *self);
void         konkurs_candidate_set_surname     (KonkursCandidate *self, const char *surname);
const char  *konkurs_candidate_get_name        (KonkursCandidate *self);
void         konkurs_candidate_set_name        (KonkursCandidate *self, const char *name);
const char  *konkurs_candidate_get_patronymic  (KonkursCandidate *self);
void         konkurs_candidate_set_patronymic  (KonkursCandidate *self, const char *patronymic);
/* "Surname Name Patronymic", without the patronymic when empty. */
char        *konkurs_candidate_dup_full_name   (KonkursCandidate *self);

/* The birth date comes from the IIN.  A form may also record the date a
 * person entered (set_birth_date); the store then refuses the candidate
 * when it disagrees with the IIN.  get_birth_date returns the entered date
 * when one was set, else the IIN's, else NULL.  Candidates read from the
 * store have no entered date. */
const GDate *konkurs_candidate_get_birth_date  (KonkursCandidate *self);
void         konkurs_candidate_set_birth_date  (KonkursCandidate *self, const GDate *date);
/* The IIN's birth date, or NULL while the IIN is not valid. */
const GDate *konkurs_candidate_get_iin_birth_date (KonkursCandidate *self);
/* From the IIN; 0 while the IIN is not valid. */
KonkursSex   konkurs_candidate_get_sex         (KonkursCandidate *self);

const char  *konkurs_candidate_get_citizenship (KonkursCandidate *self);
void         konkurs_candidate_set_citizenship (KonkursCandidate *self, const char *citizenship);
const char  *konkurs_candidate_get_phone       (KonkursCandidate *self);
void         konkurs_candidate_set_phone       (KonkursCandidate *self, const char *phone);
const char  *konkurs_candidate_get_email       (KonkursCandidate *self);
void         konkurs_candidate_set_email       (KonkursCandidate *self, const char *email);
const char  *konkurs_candidate_get_address     (KonkursCandidate *self);
void         konkurs_candidate_set_address     (KonkursCandidate *self, const char *address);

KonkursLanguageLevel konkurs_candidate_get_language_level (KonkursCandidate *self);
void                 konkurs_candidate_set_language_level (KonkursCandidate *self, KonkursLanguageLevel level);
KonkursExclusion     konkurs_candidate_get_exclusions     (KonkursCandidate *self);
void                 konkurs_candidate_set_exclusions     (KonkursCandidate *self, KonkursExclusion exclusions);

/* Dated exclusions (KonkursExclusionPeriod of konkurs-eligibility.h).
 * The flags of get_exclusions() are always the kinds of these periods:
 * set_exclusions() drops the periods of a cleared flag and adds an undated
 * period (since before, still holds) for a new one; adding a period sets its
 * flag, removing the last of a kind clears it.  get returns the candidate's
 * own array (do not modify). */
GArray  *konkurs_candidate_get_exclusion_periods   (KonkursCandidate *self);
void     konkurs_candidate_add_exclusion_period    (KonkursCandidate *self, const KonkursExclusionPeriod *period);
void     konkurs_candidate_remove_exclusion_period (KonkursCandidate *self, guint index);
void     konkurs_candidate_clear_exclusion_periods (KonkursCandidate *self);

/* Lists.  get_* return the candidate's own array (elements of the struct
 * types above; do not modify); add_* take a copy of @entry. */
GPtrArray *konkurs_candidate_get_education      (KonkursCandidate *self);
void       konkurs_candidate_add_education      (KonkursCandidate *self, const KonkursEducationEntry *entry);
void       konkurs_candidate_remove_education   (KonkursCandidate *self, guint index);
void       konkurs_candidate_clear_education    (KonkursCandidate *self);
GPtrArray *konkurs_candidate_get_employments    (KonkursCandidate *self);
void       konkurs_candidate_add_employment     (KonkursCandidate *self, const KonkursEmployment *employment);
void       konkurs_candidate_remove_employment  (KonkursCandidate *self, guint index);
void       konkurs_candidate_clear_employments  (KonkursCandidate *self);
GPtrArray *konkurs_candidate_get_certificates   (KonkursCandidate *self);
void       konkurs_candidate_add_certificate    (KonkursCandidate *self, const KonkursCandidateCertificate *certificate);
void       konkurs_candidate_remove_certificate (KonkursCandidate *self, guint index);
void       konkurs_candidate_clear_certificates (KonkursCandidate *self);

/* The rules of konkurs-validation.h applied to the whole candidate:
 * identity (IIN, an entered birth date against it, surname and name),
 * then each education entry, work period and certificate; the first
 * failure, a KONKURS_VALIDATION_ERROR whose code names the field.  For a
 * field of an entry of a list, @entry (may be NULL) gets the index of the
 * entry in that list.  The store refuses a candidate that fails; an
 * importer or a form may ask first. */
gboolean konkurs_candidate_validate (KonkursCandidate  *self,
                                     guint             *entry,
                                     GError           **error);

/* The highest education level among the entries (NONE without entries). */
KonkursEducation konkurs_candidate_get_highest_education (KonkursCandidate *self);

/* Total work experience on @on, overlapping jobs counted once (the
 * eligibility engine's konkurs_experience_compute()). */
void konkurs_candidate_compute_experience (KonkursCandidate  *self,
                                           const GDate       *on,
                                           KonkursExperience *experience);

/* Fills the candidate's part of @facts (birth date from the IIN,
 * citizenship, highest education, work periods, language level,
 * exclusions, certificates, all counted as passed) for
 * konkurs_eligibility_check().  received_on is left cleared.  The arrays in
 * @facts point into @storage, which the caller keeps until the check is
 * done and then frees with konkurs_candidate_facts_storage_free(). */
typedef struct _KonkursCandidateFactsStorage KonkursCandidateFactsStorage;
KonkursCandidateFactsStorage *konkurs_candidate_fill_facts (KonkursCandidate      *self,
                                                            KonkursApplicantFacts *facts);
void konkurs_candidate_facts_storage_free (KonkursCandidateFactsStorage *storage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursCandidateFactsStorage, konkurs_candidate_facts_storage_free)

G_END_DECLS
