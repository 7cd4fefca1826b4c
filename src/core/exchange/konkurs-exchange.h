/* konkurs-exchange.h — XML import and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

#define KONKURS_EXCHANGE_ERROR (konkurs_exchange_error_quark ())
typedef enum {
  KONKURS_EXCHANGE_ERROR_READ,      /* the file cannot be read */
  KONKURS_EXCHANGE_ERROR_MALFORMED, /* not well-formed XML, or hostile (entities, depth, size) */
  KONKURS_EXCHANGE_ERROR_INVALID,   /* does not follow the schema, or breaks a rule of the domain */
  KONKURS_EXCHANGE_ERROR_UNKNOWN_KIND, /* the root element is not one Konkurs reads */
  KONKURS_EXCHANGE_ERROR_WRITE,
  /* a text whose language the file does not declare (xml:lang), imported
   * without saying which it is: ask, and import again with the language */
  KONKURS_EXCHANGE_ERROR_LANGUAGE_UNDECLARED,
} KonkursExchangeError;
/* A cancelled import or export fails with G_IO_ERROR_CANCELLED. */
GQuark konkurs_exchange_error_quark (void);

/* What an import added, for the user. */
typedef struct {
  guint competitions;
  guint vacancies;
  guint candidates;
  guint applications;
  guint results;       /* test or assessment-centre results (issue 9) */
  /* a file of results: the candidates the new results are of, and the
   * results equal to those recorded already, left as they were */
  guint result_candidates;
  guint unchanged;
  /* issue 10: experts added or updated, essays saved, essays whose
   * experts' scores a results file brought */
  guint experts;
  guint essays;
  guint essay_scores;
  /* issue 11: commissions added or updated (<konkurs-commission>), and of
   * a meeting file (<konkurs-meeting>) the ballots and decisions written */
  guint commissions;
  guint ballots;
  guint decisions;
} KonkursImportSummary;

/* Called now and then from the importing thread with the fraction done. */
typedef void (*KonkursProgressFunc) (double fraction, gpointer user_data);

/* Imports @path into @store, all or nothing: on any error the database is
 * as it was.  The root element says what the file holds: competitions with
 * their vacancies (<konkurs-competitions>), or candidates with their
 * applications (<konkurs-candidates>; applications name competitions by
 * their numbers and vacancies by their codes, which hold in any database —
 * files of version 1 name them by their ids in @store — and each gets a
 * new personal code), or a whole database (<konkurs-database>, see
 * konkurs_exchange_export_database(), only into an empty database).
 * Texts are in the language their xml:lang declares
 * (on the element or one around it, such as the root); a text in a file
 * that declares none fails with KONKURS_EXCHANGE_ERROR_LANGUAGE_UNDECLARED:
 * ask, and import with konkurs_exchange_import_file_in().
 * A file of candidates is read one candidate at a time, so that 100,000 of
 * them need little memory; a candidate whose IIN is in the database
 * already, or earlier in the file, is refused naming both.  Error messages
 * begin with "FILE:LINE: " (FILE is the base name; "FILE: " alone when the
 * fault is the file as a whole: missing, empty, too large) and name the
 * element or attribute at fault, e.g. "vacancy/seats: '0' is not a positive
 * number".  A rule the store enforces is reported as INVALID at the line of
 * the element; other store failures keep the KONKURS_STORE_ERROR domain.
 * The parser never loads external entities or DTDs, never touches the
 * network, and refuses any DOCTYPE, nesting deeper than 64 elements and
 * files over 256 MiB.  @summary (may be NULL) is zero unless it succeeds.
 * @progress is called at most about a hundred times, ending with 1.0. */
gboolean konkurs_exchange_import_file (KonkursStore         *store,
                                       const char           *path,
                                       KonkursImportSummary *summary,
                                       KonkursProgressFunc   progress,
                                       gpointer              progress_data,
                                       GCancellable         *cancellable,
                                       GError              **error);

/* The same, with the texts whose language the file does not declare taken
 * as @language (files of version 1 of competitions have no xml:lang). */
gboolean konkurs_exchange_import_file_in (KonkursStore         *store,
                                          const char           *path,
                                          KonkursDocLanguage    language,
                                          KonkursImportSummary *summary,
                                          KonkursProgressFunc   progress,
                                          gpointer              progress_data,
                                          GCancellable         *cancellable,
                                          GError              **error);

/* Exports every competition with its vacancies, by id, without ids (a
 * competition is named by its number, a vacancy by its code), every text
 * in both languages with its xml:lang, so that export, import into an
 * empty database and export again give the same bytes.  Written to "@path.XXXXXX" beside it, synced and renamed: a
 * failure leaves any existing @path untouched and no temporary file. */
gboolean konkurs_exchange_export_file (KonkursStore  *store,
                                       const char    *path,
                                       GCancellable  *cancellable,
                                       GError       **error);

/* Exports everything the database holds that can be imported, as one file
 * <konkurs-database> (data/konkurs-database.xsd): the organisation's
 * details and default commission, every rule set (the secretary's copies
 * and edits too), every competition with its vacancies (as
 * konkurs_exchange_export_file() writes them), every candidate with
 * education, work, certificates and applications, each application with
 * its personal code, status and decision (the engine's failures, the
 * secretary's words, who and when), the stages with every result and
 * outcome, the test results of no stage, the experts and essays with
 * their scores.  What it leaves out, and why, is listed by
 * tests/core/exchange/test-exchange-database.c.  Read in one transaction, so that the
 * file is the database at one moment.  Importing the file into an empty
 * database restores it (all or nothing; a database that holds anything is
 * refused; its rule sets are replaced by the file's), and exporting that
 * gives the same bytes.  Written as
 * konkurs_exchange_export_file() writes. */
gboolean konkurs_exchange_export_database (KonkursStore  *store,
                                           const char    *path,
                                           GCancellable  *cancellable,
                                           GError       **error);

/* Path of the XSD of a kind of file ("competitions", "candidates", "database") shipped
 * with Konkurs. */
char *konkurs_exchange_get_schema_path (const char *kind);

G_END_DECLS
