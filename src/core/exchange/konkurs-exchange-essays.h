/* konkurs-exchange-essays.h — the files of the essay grading: experts,
 * essays as they arrive, an expert's package, and the signed results
 *
 * konkurs_exchange_import_file() reads three of them by their root:
 *  - <konkurs-experts> (data/konkurs-experts.xsd): the pool, with sectors,
 *    background, employer, contacts and declared conflicts;
 *  - <konkurs-essays> (data/konkurs-essays.xsd): essays by personal code
 *    with topic, text, language, word count, minutes, time submitted and
 *    the proctor's verdict, into the essay stage of each code's
 *    competition;
 *  - <konkurs-essay-results> (data/konkurs-essay-results.xsd): an expert's
 *    signed results, checked as konkurs_store_import_essay_results() says
 *    (a file that replaces an earlier one of the same package needs
 *    konkurs_exchange_import_essay_results() with a reason).
 * All or nothing, errors "FILE:LINE: element/attribute: reason", like
 * every import.  The whole database's export keeps the grading in its own
 * section, <konkurs-essay-grading> (data/konkurs-essay-grading.xsd).
 *
 * The package (data/konkurs-essay-package.xsd) is written by the
 * secretary's workstation and read by the grading window; the results are
 * written by the grading window.  Both are written to a temporary file
 * beside the target, synced and renamed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-essay-package.h"
#include "konkurs-exchange.h"

G_BEGIN_DECLS

/* Imports RESULTS.xml at @path with @reason for replacing an earlier file
 * of the same package (NULL or "": none). */
gboolean             konkurs_exchange_import_essay_results (KonkursStore *store, const char *path,
                                                            const char *reason,
                                                            KonkursImportSummary *summary, GError **error);

gboolean             konkurs_exchange_write_package (const KonkursEssayPackage *package, const char *path,
                                                     GError **error);
/* Reads and validates a package; errors as imports give them. */
KonkursEssayPackage *konkurs_exchange_read_package  (const char *path, GError **error);

gboolean             konkurs_exchange_write_results (const KonkursEssayResults *results, const char *path,
                                                     GError **error);
/* Reads and validates a results file (the signature is checked by the
 * store, which holds the secret, or with konkurs_essay_results_verify()). */
KonkursEssayResults *konkurs_exchange_read_results  (const char *path, GError **error);

/* Writes the package of every expert of @stage_id with essays into
 * @folder as "<expert's name> - <package id>.xml" (konkurs_store_issue_package()),
 * for Export Packages…; @n_written (may be NULL). */
gboolean             konkurs_exchange_export_packages (KonkursStore *store, gint64 stage_id, const char *folder,
                                                       guint *n_written, GCancellable *cancellable,
                                                       GError **error);

G_END_DECLS
