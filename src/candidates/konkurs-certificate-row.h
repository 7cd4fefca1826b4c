/* konkurs-certificate-row.h — one test certificate in the candidate dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-candidate.h"
#include "konkurs-edit-row.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_CERTIFICATE_ROW (konkurs_certificate_row_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCertificateRow, konkurs_certificate_row, KONKURS, CERTIFICATE_ROW, KonkursEditRow)

/* A row showing @certificate (NULL: a legislation test, nothing typed
 * yet): the kind, the day the test was passed and the result, with the
 * day the certificate runs out under them, @validity_months after the
 * test (konkurs_store_get_certificate_validity_months()).  Its number,
 * which the dialog does not show, is kept.  Its remove button emits
 * KonkursEditRow's "remove"; konkurs_edit_row_check() wants the date of
 * the test, and tells until when the certificate is valid. */
KonkursCertificateRow       *konkurs_certificate_row_new             (const KonkursCandidateCertificate *certificate,
                                                                      int                                validity_months);
/* The certificate as typed; free with konkurs_candidate_certificate_free(). */
KonkursCandidateCertificate *konkurs_certificate_row_dup_certificate (KonkursCertificateRow *self);

G_END_DECLS
