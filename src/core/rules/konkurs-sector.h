/* konkurs-sector.h — the priority sectors of the Presidential Youth
 * Personnel Reserve
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A sector as applications store it (in Kazakh, as the published lists
 * name it) and its name as an untranslated msgid marked with N_(), which
 * the interface and each document translate. */
typedef struct {
  const char *value;
  const char *label;
} KonkursSector;

/* The priority sectors, in the order the rules list them; @n_sectors
 * (may be NULL) receives their number. */
const KonkursSector *konkurs_sector_list      (guint      *n_sectors);
/* The msgid naming the stored @value, or NULL for a sector that is not a
 * priority sector (printed as it was written). */
const char          *konkurs_sector_get_label (const char *value);

G_END_DECLS
