/* konkurs-admission-decision.c — the decision on an application and its
 * reasons, as the admission protocol prints them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-admission-decision.h"
#include "konkurs-protocol.h"
#include "konkurs-store-candidates.h"
#include "konkurs-text.h"

KonkursAdmissionDecision
konkurs_admission_decision_of (KonkursCandidacy *candidacy)
{
  switch (konkurs_candidacy_get_eligibility (candidacy))
    {
    case KONKURS_ELIGIBILITY_STATE_ELIGIBLE:
      return KONKURS_ADMISSION_ADMITTED;
    case KONKURS_ELIGIBILITY_STATE_INELIGIBLE:
      return KONKURS_ADMISSION_REFUSED;
    case KONKURS_ELIGIBILITY_STATE_PENDING:
    case KONKURS_ELIGIBILITY_STATE_ANY:
    default:
      break;
    }

  if (konkurs_candidacy_get_status (candidacy) == KONKURS_CANDIDACY_WITHDRAWN)
    return KONKURS_ADMISSION_WITHDRAWN;
  return KONKURS_ADMISSION_PENDING;
}

const char *
konkurs_admission_decision_label (KonkursCatalog           *catalog,
                                  KonkursAdmissionDecision  decision)
{
  switch (decision)
    {
    case KONKURS_ADMISSION_ADMITTED:
      return konkurs_protocol_translate_label (catalog, konkurs_candidacy_status_get_label (KONKURS_CANDIDACY_ADMITTED));
    case KONKURS_ADMISSION_REFUSED:
      return konkurs_protocol_translate_label (catalog, konkurs_candidacy_status_get_label (KONKURS_CANDIDACY_REJECTED));
    case KONKURS_ADMISSION_WITHDRAWN:
      return konkurs_protocol_translate_label (catalog, konkurs_candidacy_status_get_label (KONKURS_CANDIDACY_WITHDRAWN));
    case KONKURS_ADMISSION_PENDING:
    case KONKURS_ADMISSION_N_DECISIONS:
    default:
      return konkurs_catalog_gettext (catalog, N_("Not decided yet"));
    }
}

/* "Admitted by decision of the secretary, against the automatic check
 * (Нұрланова Д.)": a decision the engine would not have taken is read as
 * such, with the person who took it. */
static char *
against_engine (KonkursCatalog *catalog, const KonkursDecision *taken)
{
  const char *sentence = konkurs_catalog_gettext (catalog, konkurs_decision_get_label (taken));

  if (konkurs_text_is_blank (taken->decided_by))
    return g_strconcat (sentence, ".", NULL);
  return g_strconcat (sentence, " (", taken->decided_by, ").", NULL);
}

/* A decided row gives what was decided, whatever the candidate's papers
 * say now: a decision against the engine said as such, the engine's
 * failures as recorded then, in the document's language, and the
 * secretary's words.  A row not decided yet has no reasons but words the
 * store may hold. */
char *
konkurs_admission_reasons_of (KonkursCatalog           *catalog,
                              KonkursCandidacy         *candidacy,
                              KonkursAdmissionDecision  decision,
                              const KonkursDecision    *taken)
{
  const char *reason = konkurs_candidacy_get_decision_reason (candidacy);
  g_autofree char *text = NULL;
  g_autofree char *against = NULL;

  if (decision != KONKURS_ADMISSION_ADMITTED && decision != KONKURS_ADMISSION_REFUSED)
    return g_strdup (konkurs_text_is_blank (reason) ? "—" : reason);

  g_return_val_if_fail (taken != NULL, NULL);
  text = konkurs_decision_describe (taken, catalog);
  if (taken->against_engine)
    against = against_engine (catalog, taken);
  if (against != NULL)
    return *text != '\0' ? g_strjoin ("\n", against, text, NULL) : g_steal_pointer (&against);
  return *text != '\0' ? g_steal_pointer (&text) : g_strdup ("—");
}
