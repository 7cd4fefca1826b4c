/* konkurs-store-commission-private.h — what the files of the commission
 * share inside the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-store-results.h"
#include "konkurs-store-stages-private.h"

G_BEGIN_DECLS

/* konkurs-store-schema-commission.c: migration 14. */
extern const char konkurs_store_migration_commission[];

G_END_DECLS
