/* konkurs-decision.c — the secretary's decision on an application's
 * eligibility, as it was taken
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-decision.h"
#include "konkurs-text.h"

G_DEFINE_BOXED_TYPE (KonkursDecision, konkurs_decision, konkurs_decision_copy, konkurs_decision_free)

KonkursDecision *
konkurs_decision_new (void)
{
  KonkursDecision *decision = g_new0 (KonkursDecision, 1);

  g_date_clear (&decision->checked_on, 1);
  decision->reason = g_strdup ("");
  return decision;
}

static gpointer
copy_failure (gconstpointer failure,
              gpointer      user_data)
{
  return konkurs_eligibility_failure_copy (failure);
}

KonkursDecision *
konkurs_decision_copy (const KonkursDecision *decision)
{
  KonkursDecision *copy;

  g_return_val_if_fail (decision != NULL, NULL);

  copy = g_memdup2 (decision, sizeof *decision);
  copy->reason = g_strdup (decision->reason);
  copy->decided_by = g_strdup (decision->decided_by);
  if (decision->decided_at != NULL)
    copy->decided_at = g_date_time_ref (decision->decided_at);
  if (decision->failures != NULL)
    copy->failures = g_ptr_array_copy (decision->failures, copy_failure, NULL);
  return copy;
}

void
konkurs_decision_free (KonkursDecision *decision)
{
  if (decision == NULL)
    return;
  g_clear_pointer (&decision->failures, g_ptr_array_unref);
  g_clear_pointer (&decision->decided_at, g_date_time_unref);
  g_free (decision->reason);
  g_free (decision->decided_by);
  g_free (decision);
}

char *
konkurs_decision_describe (const KonkursDecision *decision,
                           KonkursCatalog        *catalog)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (decision != NULL, NULL);

  if (decision->failures != NULL)
    {
      g_autofree char *failures = konkurs_eligibility_describe_failures (decision->failures, catalog);

      g_string_append (text, failures);
    }
  if (!konkurs_text_is_blank (decision->reason))
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, decision->reason);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

const char *
konkurs_decision_get_label (const KonkursDecision *decision)
{
  g_return_val_if_fail (decision != NULL, NULL);

  if (decision->admitted)
    return decision->against_engine ? N_("Admitted by decision of the secretary, against the automatic check")
                                    : N_("Admitted");
  return decision->against_engine ? N_("Refused admission by decision of the secretary, against the automatic check")
                                  : N_("Refused admission");
}
