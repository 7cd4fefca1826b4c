/* konkurs-employment-row.h — one period of work in the candidate dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-candidate.h"
#include "konkurs-edit-row.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_EMPLOYMENT_ROW (konkurs_employment_row_get_type ())
G_DECLARE_FINAL_TYPE (KonkursEmploymentRow, konkurs_employment_row, KONKURS, EMPLOYMENT_ROW, KonkursEditRow)

/* A row showing @employment (NULL: nothing typed yet): the employer, the
 * position, and the first and last day (empty while the work goes on).
 * Its remove button emits KonkursEditRow's "remove"; konkurs_edit_row_check()
 * wants a start date and no end before it. */
KonkursEmploymentRow *konkurs_employment_row_new            (const KonkursEmployment *employment);
/* The job as typed; free with konkurs_employment_free(). */
KonkursEmployment    *konkurs_employment_row_dup_employment (KonkursEmploymentRow *self);
/* The period typed, for counting the experience; FALSE when a date
 * cannot be read. */
gboolean              konkurs_employment_row_get_period     (KonkursEmploymentRow *self,
                                                             KonkursWorkPeriod    *period);

G_END_DECLS
