/* konkurs-employment-row.h — one period of work in the candidate dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-candidate.h"
#include "konkurs-removable-row.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_EMPLOYMENT_ROW (konkurs_employment_row_get_type ())
G_DECLARE_FINAL_TYPE (KonkursEmploymentRow, konkurs_employment_row, KONKURS, EMPLOYMENT_ROW, KonkursRemovableRow)

/* A row showing @employment (NULL: nothing typed yet): the employer, the
 * position, and the first and last day (empty while the work goes on).
 * Its remove button emits KonkursRemovableRow's "remove". */
KonkursEmploymentRow *konkurs_employment_row_new            (const KonkursEmployment *employment);
/* The job as typed; free with konkurs_employment_free(). */
KonkursEmployment    *konkurs_employment_row_dup_employment (KonkursEmploymentRow *self);
/* The period typed, for counting the experience; FALSE when a date
 * cannot be read. */
gboolean              konkurs_employment_row_get_period     (KonkursEmploymentRow *self,
                                                             KonkursWorkPeriod    *period);
/* Marks the fields at fault; FALSE, with what is wrong in @message (a
 * sentence naming the row by its place in the list), when the row cannot
 * be saved. */
gboolean              konkurs_employment_row_check          (KonkursEmploymentRow  *self,
                                                             char                 **message);

G_END_DECLS
