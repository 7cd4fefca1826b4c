/* fuzz-import.c — a fuzz target for Konkurs's XML importers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libFuzzer calls LLVMFuzzerTestOneInput() with bytes it invents; they are
 * written to a file and imported, exactly as `konkurs --import` would, into
 * an in-memory store opened once.  Any import may fail (that is what the
 * bytes are for); what must never happen is a crash, a sanitizer report, a
 * critical warning, or an import that leaves the database different from
 * what it reports.
 *
 * The same file is built twice: with clang's -fsanitize=fuzzer as
 * fuzz-TARGET (meson -Dfuzzing=true), and as an ordinary program,
 * replay-TARGET (fuzz-replay-main.c), that the suite runs over the seed
 * corpus and every crash found so far.  TARGET (the meson table in
 * tests/fuzz/meson.build) only says what the store holds before each
 * input: a file of candidates needs the competitions it applies to.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <stdint.h>
#include <stdlib.h>

#include "konkurs-exchange.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store.h"

#include "fuzz-import.h"

static KonkursStore *store;
static char *input_path;
static gint64 setup_competitions; /* the highest competition id of the setup */

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

static gint64
highest_competition (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, &error);
  gint64 highest = 0;

  if (competitions == NULL)
    die ("listing competitions", error);
  for (guint i = 0; i < competitions->len; i++)
    highest = MAX (highest, konkurs_competition_get_id (competitions->pdata[i]));
  return highest;
}

/* Puts the store back as the setup left it, through the public API, so
 * that every input meets the same database (a crash found is then a crash
 * of that input alone, and replays). */
static void
undo_import (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, &error);

  if (competitions == NULL)
    die ("listing competitions", error);

  for (guint i = 0; i < competitions->len; i++)
    {
      gint64 id = konkurs_competition_get_id (competitions->pdata[i]);
      g_autoptr(GPtrArray) candidacies = konkurs_store_list_candidacies_of_competition (store, id, &error);

      if (candidacies == NULL)
        die ("listing applications", error);
      for (guint j = 0; j < candidacies->len; j++)
        {
          KonkursCandidacy *candidacy = candidacies->pdata[j];

          if (!konkurs_store_delete_candidacy (store, konkurs_candidacy_get_id (candidacy), &error))
            die ("deleting an imported application", error);
        }
    }

  for (;;)
    {
      KonkursCandidateFilter filter;
      g_autoptr(GArray) ids = NULL;

      konkurs_candidate_filter_init (&filter);
      ids = konkurs_store_query_candidate_ids (store, &filter, &error);
      if (ids == NULL)
        die ("listing candidates", error);
      if (ids->len == 0)
        break;
      for (guint i = 0; i < ids->len; i++)
        if (!konkurs_store_delete_candidate (store, g_array_index (ids, gint64, i), &error))
          die ("deleting an imported candidate", error);
    }

  for (guint i = 0; i < competitions->len; i++)
    {
      gint64 id = konkurs_competition_get_id (competitions->pdata[i]);

      if (id > setup_competitions && !konkurs_store_delete_competition (store, id, &error))
        die ("deleting an imported competition", error);
    }
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

  store = konkurs_store_open (":memory:", NULL, &error);
  if (store == NULL)
    die ("opening an in-memory store", error);

  if (KONKURS_FUZZ_SETUP[0] != '\0'
      && !konkurs_exchange_import_file_in (store, KONKURS_FUZZ_SOURCE_ROOT "/" KONKURS_FUZZ_SETUP,
                                           KONKURS_DOC_LANGUAGE_KK, NULL, NULL, NULL, NULL, &error))
    die ("importing the setup " KONKURS_FUZZ_SETUP, error);
  setup_competitions = highest_competition ();

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary;
  gboolean ok;

  if (!g_file_set_contents (input_path, (const char *) data, (gssize) size, &error))
    die ("writing the input", error);

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
      undo_import ();
      return 0;
    }

  /* Every refusal says why and names the file ("FILE:LINE: " or "FILE: "). */
  if (error == NULL || !g_str_has_prefix (error->message, "input.xml:"))
    die ("a refusal that does not name the file", error);
  g_debug ("refused: %s", error->message);

  return 0;
}
