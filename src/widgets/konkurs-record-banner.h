/* konkurs-record-banner.h — a bar at the top of the window that says when
 * the record of the open database does not verify
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "konkurs-store.h"
#include "konkurs-store-verify.h"

G_BEGIN_DECLS

#define KONKURS_TYPE_RECORD_BANNER (konkurs_record_banner_get_type ())
G_DECLARE_FINAL_TYPE (KonkursRecordBanner, konkurs_record_banner, KONKURS, RECORD_BANNER, GtkWidget)

/* Checks the record of @store (konkurs_store_verify()) in a worker, the
 * window never waiting for it, and reveals the bar when it fails; a
 * check of the store before is cancelled.  NULL hides the bar. */
void                       konkurs_record_banner_set_store  (KonkursRecordBanner *self,
                                                             KonkursStore        *store);
/* The report of the last check; NULL while it runs or before any. */
const KonkursVerifyReport *konkurs_record_banner_get_report (KonkursRecordBanner *self);
/* TRUE while a check runs. */
gboolean                   konkurs_record_banner_is_checking (KonkursRecordBanner *self);

G_END_DECLS
