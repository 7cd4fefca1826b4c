/* konkurs-stage-certificates.h — which test of a testing stage a
 * certificate stands for, and what a certificate counts as in that test
 *
 * For the civil service the testing stage is the candidate's certificates
 * (legislation, personal qualities, state language): the one mapping of a
 * certificate kind to a test code, for the store's "take from
 * certificates" and whatever else needs it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-eligibility.h"
#include "konkurs-stage-rule.h"

G_BEGIN_DECLS

/* The source of a test result taken from certificate @number is
 * "certificate: NUMBER"; is_certificate tells such a source. */
#define KONKURS_TEST_SOURCE_CERTIFICATE "certificate"
char       *konkurs_test_source_certificate    (const char *number);
gboolean    konkurs_test_source_is_certificate (const char *source);

/* The test code a certificate of @kind stands for ("legislation" ↔
 * "legislation"…), NULL for an unknown kind; and back: FALSE for a test
 * no certificate stands for ("text", "numeric"). */
const char *konkurs_certificate_kind_test_code (KonkursCertificateKind kind);
gboolean    konkurs_certificate_kind_for_test  (const char *test_code, KonkursCertificateKind *out);

/* The score a certificate gives in @test: @score when it keeps a numeric
 * result (@max_score above 0; the caller checks that it is the test's
 * maximum); a state-language certificate without a score
 * passes a test of one point (1 of 1) when @level is at least @required
 * (NONE: any valid certificate).  FALSE: the certificate is no result
 * for the test. */
gboolean    konkurs_certificate_test_score     (const KonkursTestRule *test,
                                                KonkursCertificateKind kind,
                                                int                    score,
                                                int                    max_score,
                                                KonkursLanguageLevel   level,
                                                KonkursLanguageLevel   required,
                                                int                   *out);

G_END_DECLS
