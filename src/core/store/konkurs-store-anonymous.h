/* konkurs-store-anonymous.h — what evaluators may see: applications by
 * personal code, never by person
 *
 * Publication lists and expert packages are built from these reads only.
 * Their SQL touches the application table and nothing that identifies a
 * person, and tests/core/store/test-anonymous.c fails the build's tests
 * when konkurs-store-anonymous.c names the registry of people or one of
 * its identity columns, or when its statements read them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-candidacy.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* One application as an evaluator-facing list shows it. */
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
