/* konkurs-cli-essays.h — the command line's jobs of the essay grading
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-cli.h"
#include "konkurs-exchange.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* --expert-package --expert ID --competition ID --output PACKAGE.xml:
 * issues the expert's package of the competition's essay stage
 * (konkurs_store_issue_package()) and writes it; the exit status. */
int      konkurs_cli_run_expert_package    (KonkursStore *store, const KonkursCliOptions *options);
/* --import RESULTS.xml --reason TEXT: an expert's results replacing an
 * earlier file of the same package. */
gboolean konkurs_cli_import_essay_results  (KonkursStore *store, const KonkursCliOptions *options,
                                            KonkursImportSummary *summary, GError **error);
/* After a refused import: how to give the reason it needs, when that is
 * why it was refused. */
void     konkurs_cli_explain_reason_needed (const GError *error);

G_END_DECLS
