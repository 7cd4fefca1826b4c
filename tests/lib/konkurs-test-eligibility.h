/* konkurs-test-eligibility.h — the fixture of the tests of the
 * eligibility engine: a candidate who meets every rule on the competition
 * date, and checks of what the engine finds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-eligibility.h"

G_BEGIN_DECLS

/* Ends the list of codes of konkurs_test_assert_codes(). */
#define KONKURS_TEST_END_OF_CODES 0

GDate konkurs_test_dmy       (int day, int month, int year);
GDate konkurs_test_no_date   (void);
GDate konkurs_test_shifted   (GDate date, int days);
void  konkurs_test_assert_same_date (const GDate *a, const GDate *b);

/* The competition date of every test. */
#define KONKURS_TEST_D konkurs_test_dmy (10, 3, 2026)

/* A candidate who meets every Youth Reserve rule on the competition date,
 * with certificates that also meet the civil-service rules; the procedure
 * is the test's data. */
typedef struct {
  KonkursApplicantFacts   applicant;
  KonkursCompetitionFacts competition;
  KonkursWorkPeriod       periods[4];
  KonkursCertificate      certificates[6];
  KonkursRuleSet         *rule_set;
} KonkursTestEligibility;

void       konkurs_test_eligibility_set_up    (KonkursTestEligibility *f, gconstpointer data);
void       konkurs_test_eligibility_tear_down (KonkursTestEligibility *f, gconstpointer data);
/* Adds a test at @path over the fixture, for @procedure. */
#define KONKURS_TEST_ELIGIBILITY_ADD(path, procedure, func) \
  g_test_add (path, KonkursTestEligibility, GINT_TO_POINTER (procedure), \
              konkurs_test_eligibility_set_up, func, konkurs_test_eligibility_tear_down)
/* The candidate's work periods: @n pairs of GDate (start, end; an end
 * cleared for a period not over). */
void       konkurs_test_eligibility_set_periods (KonkursTestEligibility *f, guint n, ...);
/* What the engine finds, each reason logged. */
GPtrArray *konkurs_test_eligibility_check     (KonkursTestEligibility *f);
/* The failures are exactly the codes given, in this order, up to
 * KONKURS_TEST_END_OF_CODES. */
void       konkurs_test_assert_codes          (GPtrArray *failures, ...);
void       konkurs_test_assert_eligible       (KonkursTestEligibility *f);
/* The one failure, of @code. */
KonkursEligibilityFailure *konkurs_test_only_failure (GPtrArray *failures, KonkursEligibilityCode code);
/* @date as the interface writes it (%x). */
char      *konkurs_test_interface_date        (GDate date);

G_END_DECLS
