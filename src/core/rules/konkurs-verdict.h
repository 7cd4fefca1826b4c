/* konkurs-verdict.h — the rules around the eligibility engine's verdict:
 * the date it is judged on, and when a decision against it needs a
 * written reason
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The date a verdict on eligibility refers to (age, experience and
 * certificates are judged on it): @asked when valid (the caller names a
 * day), else the start of the first stage after the documents stage, else
 * the document deadline, else the announcement date; each may be NULL or
 * cleared when unknown.  KONKURS_VALIDATION_ERROR_COMPETITION_DATE, with
 * @date cleared, when none is known. */
gboolean konkurs_verdict_pick_date (const GDate  *asked,
                                    const GDate  *first_stage_start,
                                    const GDate  *document_deadline,
                                    const GDate  *announced_on,
                                    GDate        *date,
                                    GError      **error);

/* TRUE when the decision goes against the engine (admitting someone it
 * found not eligible, or refusing someone it found eligible): such a
 * decision needs the secretary's reason in writing.  A form asks for it. */
gboolean konkurs_verdict_needs_reason (gboolean      admitted,
                                       gboolean      engine_eligible);

/* KONKURS_VALIDATION_ERROR_REASON, with a sentence that says what to do,
 * when the decision needs a reason (konkurs_verdict_needs_reason()) and
 * @reason is blank. */
gboolean konkurs_verdict_check_reason (gboolean      admitted,
                                       gboolean      engine_eligible,
                                       const char   *reason,
                                       GError      **error);

G_END_DECLS
