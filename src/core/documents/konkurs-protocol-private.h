/* konkurs-protocol-private.h — what the protocols share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "konkurs-catalog.h"
#include "konkurs-collation.h"
#include "konkurs-document.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* konkurs-protocol.c: the parts every printed document of a competition
 * has, so that they read the same in each. */

/* The label of an enumeration value in the document's language; a value
 * the program does not know (a newer database) prints as a dash. */
const char *konkurs_protocol_translate_label (KonkursCatalog *catalog, const char *label);

/* @date in the document's language, a dash when unset. */
char *konkurs_protocol_format_date (KonkursCatalog *catalog, const GDate *date);

/* The document deadline as the store computes it: lists carry it, a single
 * competition may not.  Replaces *@competition with a copy that has it. */
gboolean konkurs_protocol_ensure_deadline (KonkursStore        *store,
                                           KonkursCompetition **competition,
                                           GError             **error);

/* A new document whose footer is "@title_msgid — state body" and the page
 * number. */
KonkursDocument *konkurs_protocol_new_document (KonkursCatalog     *catalog,
                                                const char         *title_msgid,
                                                KonkursCompetition *competition);

/* The title @title_msgid, the competition's own title, its state body and
 * procedure, and with @dates its announcement date and document
 * deadline. */
void konkurs_protocol_add_header (KonkursDocument    *document,
                                  KonkursCatalog     *catalog,
                                  const char         *title_msgid,
                                  KonkursCompetition *competition,
                                  gboolean            dates);

/* The items of a table of a document: the applications to one vacancy, or
 * to one sector of a Youth Reserve selection. */
typedef struct {
  char      *heading;
  GPtrArray *items;     /* borrowed */
} KonkursProtocolGroup;

KonkursProtocolGroup *konkurs_protocol_group_new  (char *heading);
void                  konkurs_protocol_group_free (KonkursProtocolGroup *group);

/* One group per vacancy of @vacancies, in their order. */
GPtrArray *konkurs_protocol_vacancy_groups (KonkursCatalog *catalog, GPtrArray *vacancies);

/* The group of vacancy @vacancy_id among the groups of
 * konkurs_protocol_vacancy_groups(): one of "other" vacancies, added once,
 * when the vacancy is not among them (the schema ties an application to a
 * vacancy of its own competition; should that ever fail, the application is
 * still printed). */
KonkursProtocolGroup *konkurs_protocol_vacancy_group (KonkursCatalog *catalog,
                                                      GPtrArray      *groups,
                                                      GPtrArray      *vacancies,
                                                      gint64          vacancy_id);

/* The group of @sector (a dash when empty) among @groups, indexed by
 * @by_sector, added when new.  Sort with konkurs_protocol_sort_groups(). */
KonkursProtocolGroup *konkurs_protocol_sector_group (KonkursCatalog *catalog,
                                                     GPtrArray      *groups,
                                                     GHashTable     *by_sector,
                                                     const char     *sector);

/* In the order of their headings, by konkurs_collation_compare(). */
void konkurs_protocol_sort_groups (GPtrArray *groups);

G_END_DECLS
