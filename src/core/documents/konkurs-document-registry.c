/* konkurs-document-registry.c — every document Konkurs prints
 *
 * A new document is a file that defines its KonkursDocumentKind beside
 * its build function, and one line here.  The command line, the window's
 * print menus and the tests read this list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-admission-protocol.h"
#include "konkurs-announcement.h"
#include "konkurs-document-registry.h"
#include "konkurs-publication-list.h"
#include "konkurs-receipt.h"

static const KonkursDocumentKind * const kinds[] = {
  &konkurs_announcement_kind,
  &konkurs_admission_protocol_kind,
  &konkurs_publication_list_kind,
  &konkurs_receipt_kind,
  NULL
};

const KonkursDocumentKind *
konkurs_document_kind_lookup (const char *id)
{
  for (guint i = 0; kinds[i] != NULL; i++)
    if (g_strcmp0 (kinds[i]->id, id) == 0)
      return kinds[i];

  return NULL;
}

const KonkursDocumentKind * const *
konkurs_document_kind_list (void)
{
  return kinds;
}
