/* konkurs-cli-essays.c — the command line's jobs of the essay grading:
 * an expert's package (--expert-package), and the import of a results
 * file that replaces an earlier one of the same package (--reason)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>
#include <glib/gi18n.h>

#include "konkurs-cli-essays.h"
#include "konkurs-exchange-essays.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-stages.h"

/* The essay stage of competition @competition_id into @stage_id; FALSE,
 * having said why, when the competition is unknown or has none. */
static gboolean
find_essay_stage (KonkursStore *store, gint64 competition_id, gint64 *stage_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stages = konkurs_store_list_stages (store, competition_id, &error);

  if (stages == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }
  for (guint i = 0; i < stages->len; i++)
    {
      KonkursStage *stage = g_ptr_array_index (stages, i);

      if (stage->kind == KONKURS_STAGE_ESSAY)
        {
          *stage_id = stage->id;
          return TRUE;
        }
    }
  if (stages->len == 0)
    g_printerr (_("Competition %" PRId64 " has no stages yet, so no essays: its stages are made when "
                  "applications are reviewed.\n"), competition_id);
  else
    /* Translators: a civil-service competition for non-leadership positions has a practical task instead */
    g_printerr (_("Competition %" PRId64 " has no essay stage: its rule set gives its positions no essay.\n"),
                competition_id);
  return FALSE;
}

/* The expert --expert names; NULL, having said so, when there is none. */
static KonkursExpert *
find_expert (KonkursStore *store, gint64 expert_id)
{
  g_autoptr(GError) error = NULL;
  KonkursExpert *expert = konkurs_store_get_expert (store, expert_id, &error);

  if (expert == NULL && g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
    g_printerr (_("There is no expert %" PRId64 " in the database. The experts are listed in the Essays area "
                  "(Experts…), or imported from a <konkurs-experts> file.\n"), expert_id);
  else if (expert == NULL)
    g_printerr ("%s\n", error->message);
  return expert;
}

static gboolean
check_package_options (const KonkursCliOptions *options)
{
  if (options->expert_id <= 0)
    g_printerr (_("Say whose package to write with --expert ID.\n"));
  else if (options->competition_id <= 0)
    g_printerr (_("Say which competition’s essays to package with --competition ID.\n"));
  else if (options->output_path == NULL)
    g_printerr (_("Say where to write the package with --output PACKAGE.xml.\n"));
  else
    return TRUE;
  return FALSE;
}

int
konkurs_cli_run_expert_package (KonkursStore            *store,
                                const KonkursCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursExpert) expert = NULL;
  g_autoptr(KonkursEssayPackage) package = NULL;
  gint64 stage_id = 0;

  if (!check_package_options (options))
    return 2;
  if ((expert = find_expert (store, options->expert_id)) == NULL)
    return 1;
  if (!find_essay_stage (store, options->competition_id, &stage_id))
    return 1;
  package = konkurs_store_issue_package (store, stage_id, options->expert_id, &error);
  if (package == NULL && g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND))
    {
      /* Translators: the expert's name, then the competition's id */
      g_printerr (_("%s has no essays of competition %" PRId64 " to grade: assign the essays first "
                    "(Assign in the Essays area).\n"), expert->full_name, options->competition_id);
      return 1;
    }
  if (package == NULL || !konkurs_exchange_write_package (package, options->output_path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* Translators: after --expert-package: the file, the expert's name, the number of essays, the package's id */
  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %s for %s: %u essay, package %s.\n",
                        "Wrote %s for %s: %u essays, package %s.\n", package->essays->len),
           options->output_path, expert->full_name, package->essays->len, package->package_id);
  return 0;
}

gboolean
konkurs_cli_import_essay_results (KonkursStore            *store,
                                  const KonkursCliOptions *options,
                                  KonkursImportSummary    *summary,
                                  GError                 **error)
{
  return konkurs_exchange_import_essay_results (store, options->import_path, options->reason, summary, error);
}

void
konkurs_cli_explain_reason_needed (const GError *error)
{
  if (g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_REASON_NEEDED))
    g_printerr (_("To replace the results imported before, import the file again with the reason: "
                  "--reason \"TEXT\".\n"));
}
