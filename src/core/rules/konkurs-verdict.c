/* konkurs-verdict.c — the date a verdict is judged on, and the reason a
 * decision against it needs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-text.h"
#include "konkurs-validation.h"
#include "konkurs-verdict.h"

gboolean
konkurs_verdict_pick_date (const GDate  *asked,
                           const GDate  *first_stage_start,
                           const GDate  *document_deadline,
                           const GDate  *announced_on,
                           GDate        *date,
                           GError      **error)
{
  const GDate *candidates[] = { asked, first_stage_start, document_deadline, announced_on };

  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    if (candidates[i] != NULL && g_date_valid (candidates[i]))
      {
        *date = *candidates[i];
        return TRUE;
      }

  g_date_clear (date, 1);
  g_set_error_literal (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_COMPETITION_DATE,
                       _("The competition has no date to check eligibility on: set its announcement date."));
  return FALSE;
}

gboolean
konkurs_verdict_needs_reason (gboolean admitted,
                              gboolean engine_eligible)
{
  return admitted != engine_eligible;
}

gboolean
konkurs_verdict_check_reason (gboolean     admitted,
                              gboolean     engine_eligible,
                              const char  *reason,
                              GError     **error)
{
  if (!konkurs_verdict_needs_reason (admitted, engine_eligible) || !konkurs_text_is_blank (reason))
    return TRUE;

  g_set_error_literal (error, KONKURS_VALIDATION_ERROR, KONKURS_VALIDATION_ERROR_REASON,
                       admitted
                       ? _("The automatic check found the candidate not eligible. To admit the candidate anyway, write the reason.")
                       : _("The automatic check found the candidate eligible. To refuse the candidate, write the reason."));
  return FALSE;
}
