/* konkurs-protocol-group.h — the rows of a document grouped by vacancy or
 * by sector
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-protocol.h"

G_BEGIN_DECLS

/* The items of one table of a document: the applications to one vacancy,
 * or to one sector of a Youth Reserve selection. */
typedef struct {
  char      *heading;   /* "Position: …", "Sector: …" */
  GPtrArray *items;     /* borrowed from the caller's array */
} KonkursProtocolGroup;

void konkurs_protocol_group_free (KonkursProtocolGroup *group);

/* Where @item belongs: its vacancy, and the sector it chose. */
typedef void (*KonkursProtocolGroupKeyFunc) (gconstpointer   item,
                                             gint64         *vacancy_id,
                                             const char    **sector);

/* @items (of any type, as @key reads them) in groups, as the procedure of
 * the competition of @protocol has them, with headings in the language of
 * the document: for a Youth Reserve selection one group per sector chosen
 * (@key gives its code), in the order of their headings by
 * konkurs_collation_compare();
 * otherwise one group per vacancy of the competition, in the order of the
 * announcement, the empty ones included, and one of "other" vacancies at
 * the end for an item of none of them (the schema ties an application to a
 * vacancy of its own competition; should that ever fail, the item is still
 * printed).  Items keep their order within a group.  A GPtrArray of
 * KonkursProtocolGroup that frees them. */
GPtrArray *konkurs_protocol_group_items (KonkursStore                 *store,
                                         KonkursProtocol              *protocol,
                                         GPtrArray                    *items,
                                         KonkursProtocolGroupKeyFunc   key,
                                         GError                      **error);

G_END_DECLS
