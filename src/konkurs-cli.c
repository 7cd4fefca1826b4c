/* konkurs-cli.c — the jobs that need no window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-announcement.h"
#include "konkurs-cli.h"
#include "konkurs-exchange.h"
#include "konkurs-store.h"

gboolean
konkurs_cli_wants_job (const KonkursCliOptions *options)
{
  return options->import_path != NULL
      || options->export_path != NULL
      || options->print_kind != NULL;
}

static int
fail (GError *error)
{
  g_printerr ("%s\n", error->message);
  return 1;
}

static int
run_import (KonkursStore *store, const char *path)
{
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 0 };

  if (!konkurs_exchange_import_file (store, path, &summary, NULL, NULL, NULL, &error))
    return fail (error);

  /* Translators: the summary of an import on the command line */
  g_print (_("Imported from %s: %u competitions, %u vacancies.\n"),
           path, summary.competitions, summary.vacancies);
  return 0;
}

static int
run_export (KonkursStore *store, const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!konkurs_exchange_export_file (store, path, NULL, &error))
    return fail (error);

  g_print (_("Exported to %s.\n"), path);
  return 0;
}

static int
run_print (KonkursStore *store, const KonkursCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK;

  if (g_strcmp0 (options->print_kind, "announcement") != 0)
    {
      g_printerr (_("Unknown document “%s”. Konkurs can print: announcement.\n"),
                  options->print_kind);
      return 2;
    }
  if (options->competition_id <= 0)
    {
      g_printerr (_("Say which competition to print with --competition ID.\n"));
      return 2;
    }
  if (options->output_path == NULL)
    {
      g_printerr (_("Say where to write the PDF with --output FILE.\n"));
      return 2;
    }
  if (options->language != NULL
      && !konkurs_doc_language_from_code (options->language, &language))
    {
      g_printerr (_("Unknown document language “%s”. Use kk or ru.\n"), options->language);
      return 2;
    }

  catalog = konkurs_catalog_new (language, &error);
  if (catalog == NULL)
    return fail (error);

  document = konkurs_announcement_build (store, options->competition_id, catalog, &error);
  if (document == NULL)
    return fail (error);

  if (!konkurs_document_write_pdf (document, options->output_path, NULL, &error))
    return fail (error);

  g_print (_("Wrote %s (%u pages).\n"), options->output_path,
           konkurs_document_get_n_pages (document));
  return 0;
}

int
konkurs_cli_run (const KonkursCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autofree char *default_path = NULL;
  const char *path = options->database;
  int jobs = (options->import_path != NULL) + (options->export_path != NULL)
           + (options->print_kind != NULL);

  if (jobs > 1)
    {
      g_printerr (_("Give one of --import, --export and --print at a time.\n"));
      return 2;
    }

  if (path == NULL)
    path = default_path = konkurs_store_get_default_path ();

  store = konkurs_store_open (path, NULL, &error);
  if (store == NULL)
    return fail (error);

  if (options->import_path != NULL)
    return run_import (store, options->import_path);
  if (options->export_path != NULL)
    return run_export (store, options->export_path);
  return run_print (store, options);
}
