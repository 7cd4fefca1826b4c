/* konkurs-education-row.h — one diploma in the candidate dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-candidate.h"
#include "konkurs-edit-row.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_EDUCATION_ROW (konkurs_education_row_get_type ())
G_DECLARE_FINAL_TYPE (KonkursEducationRow, konkurs_education_row, KONKURS, EDUCATION_ROW, KonkursEditRow)

/* A row showing @entry (NULL: higher education, nothing typed yet): the
 * level, the field of study, the year and the institution.  Its remove
 * button emits KonkursEditRow's "remove"; konkurs_edit_row_check() wants
 * the year empty or a year of graduation. */
KonkursEducationRow   *konkurs_education_row_new       (const KonkursEducationEntry *entry);
/* The diploma as typed; free with konkurs_education_entry_free(). */
KonkursEducationEntry *konkurs_education_row_dup_entry (KonkursEducationRow *self);

G_END_DECLS
