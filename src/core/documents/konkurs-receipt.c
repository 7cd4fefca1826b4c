/* konkurs-receipt.c — the receipt a candidate takes home: the documents
 * were received, and the personal code the results will name them by
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-protocol.h"
#include "konkurs-receipt.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-candidates.h"

static const KonkursProtocolSignature signatures[] = {
  { N_("Documents received by"), NULL },
};

/* What the candidate applied for: a vacancy's position, or a sector of
 * the Youth Reserve. */
static gboolean
add_choice (KonkursProtocol   *protocol,
            KonkursStore      *store,
            KonkursCandidacy  *candidacy,
            GError           **error)
{
  g_autoptr(KonkursVacancy) vacancy = NULL;
  gint64 vacancy_id = konkurs_candidacy_get_vacancy_id (candidacy);

  if (vacancy_id == 0)
    {
      konkurs_protocol_add_field (protocol, N_("Sector"),
                                  konkurs_protocol_pick_sector (protocol, konkurs_candidacy_get_sector (candidacy)));
      return TRUE;
    }
  vacancy = konkurs_store_get_vacancy (store, vacancy_id, error);
  if (vacancy == NULL)
    return FALSE;
  konkurs_protocol_add_field (protocol, N_("Position"), konkurs_protocol_pick_position_title (protocol, vacancy));
  return TRUE;
}

KonkursDocument *
konkurs_receipt_build (KonkursStore                 *store,
                       gint64                        candidacy_id,
                       KonkursCatalog               *catalog,
                       const KonkursDocumentOptions *options,
                       GError                      **error)
{
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(KonkursCandidate) candidate = NULL;
  g_autoptr(KonkursProtocol) protocol = NULL;
  g_autofree char *name = NULL;
  g_autofree char *received = NULL;

  candidacy = konkurs_store_get_candidacy (store, candidacy_id, error);
  if (candidacy == NULL)
    return NULL;
  candidate = konkurs_store_get_candidate (store, konkurs_candidacy_get_candidate_id (candidacy), error);
  if (candidate == NULL)
    return NULL;
  /* It decides nothing and the commission does not sign it: never a
   * draft, never numbered. */
  protocol = konkurs_protocol_new_for_competition (store, konkurs_candidacy_get_competition_id (candidacy), catalog,
                                                   &konkurs_receipt_kind, KONKURS_PROTOCOL_DATES_NONE, NULL, error);
  if (protocol == NULL)
    return NULL;

  konkurs_protocol_add_header (protocol);
  name = konkurs_candidate_dup_full_name (candidate);
  konkurs_protocol_add_field (protocol, N_("Candidate"), name);
  konkurs_protocol_add_field (protocol, N_("IIN"), konkurs_candidate_get_iin (candidate));
  if (!add_choice (protocol, store, candidacy, error))
    return NULL;
  received = konkurs_protocol_format_date (catalog, konkurs_candidacy_get_received_on (candidacy));
  konkurs_protocol_add_field (protocol, N_("Documents received on"), received);

  konkurs_protocol_add_heading (protocol, N_("Personal code"));
  konkurs_protocol_add_large_text (protocol, konkurs_candidacy_get_personal_code (candidacy));
  konkurs_protocol_add_paragraph (protocol, N_("The results of every stage are published by this personal code, "
                                               "never by name: keep it to find your results."));
  konkurs_protocol_add_signatures (protocol, signatures, G_N_ELEMENTS (signatures));

  return konkurs_protocol_finish (protocol);
}

/* It names the candidate it is given to. */
const KonkursDocumentKind konkurs_receipt_kind = {
  "receipt",
  N_("Receipt for application documents"),
  N_("Receipt"),
  konkurs_receipt_build,
  KONKURS_DOCUMENT_SCOPE_APPLICATION,
  KONKURS_DOCUMENT_NAMES_PEOPLE,
  NULL,
  FALSE,
};
