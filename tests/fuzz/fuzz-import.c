/* fuzz-import.c — a fuzz target for Konkurs's XML importers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer calls LLVMFuzzerTestOneInput() with bytes it invents; they are
 * written to a file and imported, exactly as `konkurs --import` would, into
 * an in-memory store opened once and put back as the setup left it before
 * each input.  Any import may fail (that is what the
 * bytes are for); what must never happen is a crash, a sanitizer report, a
 * critical warning, or an import that leaves the database different from
 * what it reports.
 *
 * The same file is built twice: with clang's -fsanitize=fuzzer as
 * fuzz-TARGET (meson -Dfuzzing=true), and as an ordinary program,
 * replay-TARGET (fuzz-replay-main.c), that the suite runs over the seed
 * corpus and every crash found so far.  TARGET (the meson table in
 * tests/fuzz/meson.build) only says what the store holds before each
 * input: a file of candidates needs the competitions it applies to, a
 * file of results a database whose stages are open (a whole database,
 * restored once into a template that each input starts from).
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <stdint.h>
#include <stdlib.h>

#include "konkurs-exchange-essays.h"
#include "konkurs-exchange.h"
#include "konkurs-store-private.h"
#include "konkurs-store.h"

#include "fuzz-import.h"

static KonkursStore *template;  /* the setup, as every input finds it */
static KonkursStore *store;     /* where each input is imported */
static char *input_path;

static void
silence_libxml (void *ctx, const char *msg, ...)
{
}

static void
silence_structured (void *ctx, xmlError *error)
{
}

static void
remove_input (void)
{
  g_autofree char *dir = g_path_get_dirname (input_path);

  g_unlink (input_path);
  g_rmdir (dir);
}

static void G_GNUC_NORETURN
die (const char *what, const GError *error)
{
  g_printerr ("fuzz-import: %s: %s\n", what, error != NULL ? error->message : "(no message)");
  abort ();
}

/* Puts the store back as the setup left it: the template's pages copied
 * over it, so that every input meets the same database, whatever the one
 * before it imported (a crash found is then a crash of that input alone,
 * and replays).  Deleting what an import added through the store's API
 * would leave the record, the stages and their results behind. */
static void
restore_template (void)
{
  sqlite3_backup *backup = sqlite3_backup_init (konkurs_store_get_db (store), "main",
                                                konkurs_store_get_db (template), "main");
  int rc;

  if (backup == NULL)
    die ("copying the template", NULL);
  rc = sqlite3_backup_step (backup, -1);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    die ("copying the template", NULL);
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;

  /* The calendar and the schemas of an uninstalled build. */
  g_setenv ("KONKURS_DATA_DIR", KONKURS_FUZZ_SOURCE_ROOT "/data", FALSE);
  /* A g_critical() is a bug found: make it a crash libFuzzer keeps. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  xmlInitParser ();
  xmlSetGenericErrorFunc (NULL, silence_libxml);
  xmlSetStructuredErrorFunc (NULL, silence_structured);

  dir = g_dir_make_tmp ("konkurs-fuzz-XXXXXX", &error);
  if (dir == NULL)
    die ("making a temporary folder", error);
  input_path = g_build_filename (dir, "input.xml", NULL);
  atexit (remove_input);

  template = konkurs_store_open (":memory:", NULL, &error);
  store = template == NULL ? NULL : konkurs_store_open (":memory:", NULL, &error);
  if (store == NULL)
    die ("opening an in-memory store", error);

  if (KONKURS_FUZZ_SETUP[0] != '\0'
      && !konkurs_exchange_import_file_in (template, KONKURS_FUZZ_SOURCE_ROOT "/" KONKURS_FUZZ_SETUP,
                                           KONKURS_DOC_LANGUAGE_KK, NULL, NULL, NULL, NULL, &error))
    die ("importing the setup " KONKURS_FUZZ_SETUP, error);

  return 0;
}

#ifdef KONKURS_FUZZ_PACKAGE
/* The expert's package is read, not imported (KONKURS_FUZZ_PACKAGE): what
 * reads must write, and read back to the same bytes. */
static void
read_package (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursEssayPackage) package = konkurs_exchange_read_package (input_path, &error);
  g_autoptr(KonkursEssayPackage) again = NULL;
  g_autofree char *first = g_strconcat (input_path, ".1", NULL);
  g_autofree char *second = g_strconcat (input_path, ".2", NULL);
  g_autofree char *first_bytes = NULL;
  g_autofree char *second_bytes = NULL;

  if (package == NULL)
    {
      if (error == NULL || !g_str_has_prefix (error->message, "input.xml:"))
        die ("a refusal that does not name the file", error);
      return;
    }
  if (!konkurs_exchange_write_package (package, first, &error)
      || (again = konkurs_exchange_read_package (first, &error)) == NULL
      || !konkurs_exchange_write_package (again, second, &error)
      || !g_file_get_contents (first, &first_bytes, NULL, &error)
      || !g_file_get_contents (second, &second_bytes, NULL, &error))
    die ("writing back a package that was read", error);
  g_unlink (first);
  g_unlink (second);
  if (!g_str_equal (first_bytes, second_bytes))
    die ("a package written back differs when written again", NULL);
}
#endif

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary;
  gboolean ok;

  if (!g_file_set_contents (input_path, (const char *) data, (gssize) size, &error))
    die ("writing the input", error);
  restore_template ();

#ifdef KONKURS_FUZZ_PACKAGE
  read_package ();
  return 0;
#endif
  ok = konkurs_exchange_import_file (store, input_path, &summary, NULL, NULL, NULL, &error);
  /* What the window does then: ask, and import again in that language. */
  if (!ok && g_error_matches (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_LANGUAGE_UNDECLARED))
    {
      g_clear_error (&error);
      ok = konkurs_exchange_import_file_in (store, input_path, KONKURS_DOC_LANGUAGE_RU, &summary,
                                            NULL, NULL, NULL, &error);
    }

  if (ok)
    {
      g_debug ("imported %u competitions, %u vacancies, %u candidates, %u applications",
               summary.competitions, summary.vacancies, summary.candidates, summary.applications);
      return 0;
    }

  /* Every refusal says why and names the file ("FILE:LINE: " or "FILE: "). */
  if (error == NULL || !g_str_has_prefix (error->message, "input.xml:"))
    die ("a refusal that does not name the file", error);
  g_debug ("refused: %s", error->message);

  return 0;
}
