/* konkurs-cli.c — the jobs that need no window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>
#include <unistd.h>
#include <gio/gio.h>
#include <glib/gi18n.h>

#include "konkurs-cli.h"
#include "konkurs-cli-essays.h"
#include "konkurs-demo.h"
#include "konkurs-document-registry.h"
#include "konkurs-exchange.h"
#include "konkurs-exchange-commission.h"
#include "konkurs-store.h"
#include "konkurs-store-backup.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-register.h"
#include "konkurs-store-stages.h"
#include "konkurs-store-verify.h"
#include "konkurs-window-backup.h"

gboolean
konkurs_cli_wants_job (const KonkursCliOptions *options)
{
  return options->import_path != NULL
      || options->export_path != NULL
      || options->backup_path != NULL
      || options->print_kind != NULL
      || options->generate_demo
      || options->verify
      || options->head != NULL
      || options->expert_package
      || options->export_meeting_id != 0;
}

static int
fail (GError *error)
{
  g_printerr ("%s\n", error->message);
  return 1;
}

/* The language --language names into @language; FALSE, having said so,
 * for one Konkurs does not know. */
static gboolean
parse_language (const KonkursCliOptions *options,
                KonkursDocLanguage      *language)
{
  if (options->language == NULL || konkurs_doc_language_from_code (options->language, language))
    return TRUE;
  g_printerr (_("Unknown document language “%s”. Use kk or ru.\n"), options->language);
  return FALSE;
}

/* --language gives the language of the texts of a file that does not say
 * (xml:lang); without it such a file is refused, saying how to give it. */
static int
run_import (KonkursStore *store, const KonkursCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 0 };
  KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK;
  const char *path = options->import_path;
  gboolean ok;

  if (!parse_language (options, &language))
    return 2;
  if (options->reason != NULL)
    ok = konkurs_cli_import_essay_results (store, options, &summary, &error);
  else if (options->language != NULL)
    ok = konkurs_exchange_import_file_in (store, path, language, &summary, NULL, NULL, NULL, &error);
  else
    ok = konkurs_exchange_import_file (store, path, &summary, NULL, NULL, NULL, &error);
  if (!ok && g_error_matches (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_LANGUAGE_UNDECLARED))
    {
      g_printerr ("%s\n", error->message);
      g_printerr (_("Give the language of its texts: --language kk or --language ru.\n"));
      return 1;
    }
  if (!ok)
    {
      g_printerr ("%s\n", error->message);
      konkurs_cli_explain_reason_needed (error);
      return 1;
    }

  if (summary.ballots > 0 || summary.decisions > 0)
    /* Translators: the summary of an import of a meeting of the commission on the command line */
    g_print (_("Imported from %s: a meeting with %u ballots and %u decisions.\n"),
             path, summary.ballots, summary.decisions);
  else if (summary.commissions > 0)
    /* Translators: the summary of an import of commissions on the command line */
    g_print (g_dngettext (GETTEXT_PACKAGE, "Imported from %s: %u commission with its members.\n",
                          "Imported from %s: %u commissions with their members.\n", summary.commissions),
             path, summary.commissions);
  else if (summary.essay_scores > 0)
    /* Translators: the summary of an import of an expert's results on the command line */
    g_print (g_dngettext (GETTEXT_PACKAGE, "Imported from %s: the scores of %u essay.\n",
                          "Imported from %s: the scores of %u essays.\n", summary.essay_scores),
             path, summary.essay_scores);
  else if (summary.experts > 0 || summary.essays > 0)
    /* Translators: the summary of an import of experts or of essays on the command line */
    g_print (_("Imported from %s: %u experts, %u essays.\n"), path, summary.experts, summary.essays);
  else if (summary.results > 0 || summary.unchanged > 0)
    /* Translators: the summary of an import of a stage's results on the command line: the file, then
       how many results were added, for how many candidates, and how many were equal to those recorded */
    g_print (_("Imported from %s: %u results for %u candidates; %u unchanged.\n"),
             path, summary.results, summary.result_candidates, summary.unchanged);
  else if ((summary.candidates > 0 || summary.applications > 0) && summary.competitions > 0)
    /* Translators: the summary of an import of a whole database on the command line */
    g_print (_("Imported from %s: %u competitions, %u vacancies, %u candidates, %u applications.\n"),
             path, summary.competitions, summary.vacancies, summary.candidates, summary.applications);
  else if (summary.candidates > 0 || summary.applications > 0)
    /* Translators: the summary of an import of candidates on the command line */
    g_print (_("Imported from %s: %u candidates, %u applications.\n"),
             path, summary.candidates, summary.applications);
  else
    /* Translators: the summary of an import on the command line */
    g_print (_("Imported from %s: %u competitions, %u vacancies.\n"),
             path, summary.competitions, summary.vacancies);
  return 0;
}

/* The number of applications of every competition: the store counts
 * candidates but not applications. */
static gint64
count_applications (KonkursStore *store, GError **error)
{
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (store, error);
  gint64 count = 0;

  if (competitions == NULL)
    return -1;
  for (guint i = 0; i < competitions->len; i++)
    {
      gint64 id = konkurs_competition_get_id (g_ptr_array_index (competitions, i));
      g_autoptr(GPtrArray) list = konkurs_store_list_candidacies_of_competition (store, id, error);

      if (list == NULL)
        return -1;
      count += list->len;
    }
  return count;
}

static int
run_generate_demo (KonkursStore *store, gint64 n_candidates)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions_before = NULL;
  g_autoptr(GPtrArray) competitions = NULL;
  gint64 candidates_before, applications_before, candidates, applications;
  gint64 started = g_get_monotonic_time ();

  if (n_candidates < 0 || n_candidates > 10000000)
    {
      g_printerr (_("--generate-demo needs a number of candidates from 0 to 10,000,000.\n"));
      return 2;
    }

  if ((competitions_before = konkurs_store_list_competitions (store, &error)) == NULL
      || (candidates_before = konkurs_store_count_candidates (store, &error)) < 0
      || (applications_before = count_applications (store, &error)) < 0
      || !konkurs_demo_generate (store, (guint) n_candidates, 1, NULL, NULL, NULL, &error)
      || (competitions = konkurs_store_list_competitions (store, &error)) == NULL
      || (candidates = konkurs_store_count_candidates (store, &error)) < 0
      || (applications = count_applications (store, &error)) < 0)
    return fail (error);

  /* Translators: what --generate-demo made, and in how many seconds */
  g_print (_("Generated demonstration data in %.1f s: %u competitions, %" PRId64
             " candidates, %" PRId64 " applications.\n"),
           (g_get_monotonic_time () - started) / 1e6,
           competitions->len - competitions_before->len,
           candidates - candidates_before, applications - applications_before);
  return 0;
}

static int
run_export (KonkursStore *store, const char *path)
{
  g_autoptr(GError) error = NULL;

  if (!konkurs_exchange_export_database (store, path, NULL, &error))
    return fail (error);

  g_print (_("Exported to %s.\n"), path);
  return 0;
}

static int
run_export_meeting (KonkursStore *store, const KonkursCliOptions *options)
{
  g_autoptr(GError) error = NULL;

  if (options->output_path == NULL)
    {
      g_printerr (_("Say where to write the meeting with --output MEETING.xml.\n"));
      return 2;
    }
  if (!konkurs_exchange_write_meeting (store, options->export_meeting_id, options->output_path, &error))
    return fail (error);
  /* Translators: after --export-meeting; %s is the file written */
  g_print (_("Wrote the meeting to %s: record the attendance and the ballots in it and import it back with "
             "--import.\n"), options->output_path);
  return 0;
}

/* "announcement, admission, publication": what --print knows. */
static char *
printable_ids (void)
{
  const KonkursDocumentKind * const *kinds = konkurs_document_kind_list ();
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; kinds[i] != NULL; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? ", " : "", kinds[i]->id);

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

char *
konkurs_cli_describe_print (void)
{
  const KonkursDocumentKind * const *kinds = konkurs_document_kind_list ();
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      if (kinds[i]->identity == KONKURS_DOCUMENT_NAMES_PEOPLE)
        /* Translators: a document --print makes: the word to give it, then its name, as “admission” (Admission Protocol, with names) */
        g_string_append_printf (list, _("“%s” (%s, with names)"), kinds[i]->id, _(kinds[i]->file_stem_msgid));
      else
        /* Translators: a document --print makes: the word to give it, then its name, as “announcement” (Announcement) */
        g_string_append_printf (list, _("“%s” (%s)"), kinds[i]->id, _(kinds[i]->file_stem_msgid));
    }

  /* Translators: %s lists the documents, as “announcement” (Announcement), “admission” (…) */
  return g_strdup_printf (_("Print a document to PDF and exit; KIND is one of %s"), list->str);
}

/* What a document is printed for: the competition, an application (a
 * receipt), or a stage of the competition (--stage). */
typedef struct {
  const KonkursDocumentKind *kind;
  gint64                     id;       /* of the kind's scope */
  KonkursStage              *stage;    /* of a document of a stage */
} PrintTarget;

static void
print_target_clear (PrintTarget *target)
{
  g_clear_pointer (&target->stage, konkurs_stage_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PrintTarget, print_target_clear)

static gint64
record_of (const KonkursDocumentKind *kind, const KonkursCliOptions *options)
{
  return kind->scope == KONKURS_DOCUMENT_SCOPE_APPLICATION ? options->application_id : options->competition_id;
}

/* A final document with applications still under review is refused with
 * their number: it would print as decided what is not. */
static gboolean
check_decided (const PrintTarget *target, KonkursStore *store, const KonkursCliOptions *options, int *status)
{
  g_autoptr(GError) error = NULL;
  const KonkursDocumentKind *kind = target->kind;
  gint64 undecided = konkurs_document_kind_count_undecided (kind, store, target->id, &error);

  if (undecided < 0)
    {
      *status = fail (error);
      return FALSE;
    }
  if (undecided == 0 || options->draft)
    return TRUE;

  if (target->stage != NULL)
    {
      /* Translators: the stage's code as --stage gives it, the competition's id, then the document's name */
      g_printerr (_("The stage “%s” of competition %" PRId64 " is not closed yet: the %s would be final. "
                    "Close the stage, or print a draft with --draft.\n"),
                  konkurs_stage_kind_to_code (target->stage->kind), options->competition_id, _(kind->file_stem_msgid));
      *status = 3;
      return FALSE;
    }

  g_printerr (g_dngettext (GETTEXT_PACKAGE,
                           "%" PRId64 " application of competition %" PRId64
                           " is not decided yet: the %s would be final. Decide it, or print a draft with --draft.\n",
                           "%" PRId64 " applications of competition %" PRId64
                           " are not decided yet: the %s would be final. Decide them, or print a draft with --draft.\n",
                           undecided),
              undecided, options->competition_id, _(kind->file_stem_msgid));
  *status = 3;
  return FALSE;
}

/* The number, date and commission of a final protocol: those registered
 * for it (a reprint keeps them), else new ones with the whole commission
 * present, which must make a quorum. */
static KonkursIssue *
prepare_issue (const PrintTarget *target, KonkursStore *store, const KonkursCliOptions *options,
               KonkursDocLanguage language, GError **error)
{
  g_autoptr(KonkursIssue) issue = konkurs_document_suggest_issue (target->kind, store, target->id, language, error);

  if (issue == NULL || !konkurs_document_check_quorum (store, options->competition_id, issue, NULL, error))
    return NULL;
  return g_steal_pointer (&issue);
}

/* A final publication list of a stage is its publication: the store
 * keeps the day. */
static gboolean
note_publication (const PrintTarget *target, const KonkursCliOptions *options, KonkursStore *store, GError **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  if (target->stage == NULL || target->kind->identity != KONKURS_DOCUMENT_ANONYMOUS || options->draft)
    return TRUE;
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
  return konkurs_store_publish_stage (store, target->stage->id, &today, error);
}

static int
write_document (const PrintTarget *target, KonkursStore *store, const KonkursCliOptions *options,
                KonkursCatalog *catalog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(KonkursIssue) issue = NULL;
  const KonkursDocumentKind *kind = target->kind;
  KonkursDocumentOptions build = { options->draft, NULL };

  if (kind->signed_by_commission && !options->draft)
    {
      issue = prepare_issue (target, store, options, konkurs_catalog_get_language (catalog), &error);
      if (issue == NULL)
        return fail (error);
      build.issue = issue;
    }

  document = kind->build (store, target->id, catalog, &build, &error);
  if (document == NULL || !konkurs_document_write_pdf (document, options->output_path, NULL, &error)
      || !note_publication (target, options, store, &error))
    return fail (error);
  /* kept once written: a reprint then has the same number and date */
  if (issue != NULL)
    konkurs_issue_set_integrity (issue, document);
  if (issue != NULL && !konkurs_store_register_issue (store, issue, &error))
    return fail (error);

  guint n_pages = konkurs_document_get_n_pages (document);

  g_print (g_dngettext (GETTEXT_PACKAGE, "Wrote %s (%u page).\n", "Wrote %s (%u pages).\n", n_pages),
           options->output_path, n_pages);
  if (issue != NULL)
    {
      g_autofree char *date = g_date_valid (&issue->date)
                            ? g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&issue->date),
                                               g_date_get_month (&issue->date), g_date_get_day (&issue->date))
                            : g_strdup ("");

      /* Translators: after printing a final protocol; its number, then its date as YYYY-MM-DD */
      g_print (_("Protocol No. %s of %s, kept in the register of issued documents.\n"), issue->number, date);
    }
  return 0;
}

/* The stage --stage names, of the competition --competition names; FALSE,
 * having said which stages it has, when it has none of that kind. */
static gboolean
find_stage (KonkursStore *store, const KonkursCliOptions *options, const char *code, PrintTarget *target,
            int *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stages = konkurs_store_list_stages (store, options->competition_id, &error);
  g_autoptr(GString) kinds = g_string_new (NULL);
  KonkursStageKind kind;

  if (stages == NULL)
    {
      *status = fail (error);
      return FALSE;
    }
  for (guint i = 0; i < stages->len; i++)
    {
      KonkursStage *stage = g_ptr_array_index (stages, i);

      /* "final": the last stage, whose publication is the final results */
      if ((konkurs_stage_kind_from_code (code, &kind) && stage->kind == kind)
          || (g_str_equal (code, "final") && i == stages->len - 1))
        {
          target->stage = konkurs_stage_copy (stage);
          target->id = stage->id;
          return TRUE;
        }
      g_string_append_printf (kinds, "%s%s", i > 0 ? ", " : "", konkurs_stage_kind_to_code (stage->kind));
    }
  /* Translators: the competition's id, the stage given, then the codes of its stages, as "documents, testing, decision" */
  g_printerr (_("Competition %" PRId64 " has no stage “%s”. Its stages: %s.\n"),
              options->competition_id, code, kinds->str);
  *status = 2;
  return FALSE;
}

/* The document and the record to print: --stage turns the publication
 * list into that stage's list. */
static gboolean
find_target (KonkursStore *store, const KonkursCliOptions *options, PrintTarget *target, int *status)
{
  const KonkursDocumentKind *kind = target->kind;

  if (options->stage != NULL && kind == konkurs_document_kind_lookup ("publication"))
    kind = target->kind = konkurs_document_kind_lookup ("stage-publication");
  if (options->stage != NULL && kind->scope != KONKURS_DOCUMENT_SCOPE_STAGE)
    {
      g_printerr (_("--stage goes with --print stage and --print publication; the %s is not of one stage.\n"),
                  _(kind->file_stem_msgid));
      *status = 2;
      return FALSE;
    }
  /* the essays' protocol is of the essay stage, which it names itself */
  if (g_str_equal (kind->id, "essays"))
    return find_stage (store, options, options->stage != NULL ? options->stage : "essay", target, status);
  if (kind->scope == KONKURS_DOCUMENT_SCOPE_STAGE && options->stage == NULL)
    {
      g_printerr (_("Say which stage to print with --stage KIND, as testing or interview.\n"));
      *status = 2;
      return FALSE;
    }
  if (kind->scope != KONKURS_DOCUMENT_SCOPE_STAGE)
    {
      target->id = record_of (kind, options);
      return TRUE;
    }
  return find_stage (store, options, options->stage, target, status);
}

static int
run_print (KonkursStore *store, const KonkursCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = NULL;
  g_auto(PrintTarget) target = { konkurs_document_kind_lookup (options->print_kind), 0, NULL };
  KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK;
  const KonkursDocumentKind *kind = target.kind;
  int status = 0;

  if (kind == NULL)
    {
      g_autofree char *ids = printable_ids ();

      /* Translators: the second %s lists the documents, as "announcement, admission, publication" */
      g_printerr (_("Unknown document “%s”. Konkurs can print: %s.\n"), options->print_kind, ids);
      return 2;
    }
  if (kind->scope != KONKURS_DOCUMENT_SCOPE_APPLICATION && options->competition_id <= 0)
    {
      g_printerr (_("Say which competition to print with --competition ID.\n"));
      return 2;
    }
  if (kind->scope == KONKURS_DOCUMENT_SCOPE_APPLICATION && options->application_id <= 0)
    {
      g_printerr (_("Say which application to print with --application ID.\n"));
      return 2;
    }
  if (options->output_path == NULL)
    {
      g_printerr (_("Say where to write the PDF with --output FILE.\n"));
      return 2;
    }
  if (!parse_language (options, &language))
    return 2;

  if (!find_target (store, options, &target, &status))
    return status;

  catalog = konkurs_catalog_new (language, &error);
  if (catalog == NULL)
    return fail (error);
  if (!check_decided (&target, store, options, &status))
    return status;
  return write_document (&target, store, options, catalog);
}

/* --head: the entry a printed footer's head is, said after the check of
 * the whole record, since a head in a chain that fails proves little. */
static int
report_head (KonkursStore *store, const char *digits)
{
  g_autoptr(GError) error = NULL;
  gint64 seq = 0;

  if (!konkurs_store_find_head (store, digits, &seq, &error))
    return fail (error);
  if (seq == 0)
    {
      /* Translators: %s is the head as printed in a footer, "3f2a 9c01 77be 0d45" */
      g_print (_("The head %s is not an entry of the record: the page was not printed from this database, "
                 "or the record was changed since.\n"), digits);
      return 1;
    }
  /* Translators: %s is the head as printed in a footer, %lld the number of the entry */
  g_print (_("The head %s is entry %lld of the record.\n"), digits, (long long) seq);
  return 0;
}

static int
run_verify (KonkursStore *store, const KonkursCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursVerifyReport) report = konkurs_store_verify (store, NULL, &error);

  if (report == NULL)
    return fail (error);
  if (report->problem != KONKURS_VERIFY_OK)
    {
      /* Translators: %s says what does not match, as "entry 42 (decide application 17): the hash does not match" */
      g_print (_("The record does not match: %s.\n"), report->message);
      return 1;
    }
  g_print ("%s\n", report->message);
  return options->head != NULL ? report_head (store, options->head) : 0;
}

/* The settings of Konkurs, NULL where its schema is not installed. */
static GSettings *
cli_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source != NULL ? g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)
                                                     : NULL;

  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

/* "Copying… 42 %" on a terminal, overwritten in place. */
static void
show_progress (double fraction, gpointer data)
{
  g_printerr ("\r");
  /* Translators: --backup's progress on a terminal; %.0f is the percentage */
  g_printerr (_("Copying… %.0f %%"), fraction * 100);
}

/* Runs without opening the database as a store: the window may have it
 * open, and the copy must not wait for it to close. */
static int
run_backup (const char *database, const char *copy)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *size = NULL;
  KonkursStoreBackupInfo info = { 0, 0 };
  gboolean terminal = isatty (STDERR_FILENO);
  gboolean ok = konkurs_store_backup (database, copy, terminal ? show_progress : NULL, NULL, NULL, &info, &error);

  if (terminal)
    g_printerr ("\n");
  if (!ok)
    return fail (error);

  if ((settings = cli_settings ()) != NULL)
    {
      konkurs_backup_note (settings, database, g_get_real_time () / G_USEC_PER_SEC);
      g_settings_sync ();
    }
  size = g_format_size (info.bytes);
  /* Translators: after --backup: the database, the copy, its size */
  g_print (_("Backed up %s to %s (%s); the copy was checked and is sound.\n"), database, copy, size);
  /* Translators: after --backup: how to restore; %s is the copy */
  g_print (_("To restore it, open the copy: konkurs --database %s\n"), copy);
  return 0;
}

char *
konkurs_cli_settings_actor (void)
{
  g_autoptr(GSettings) settings = cli_settings ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autofree char *actor = NULL;

  if (settings == NULL)
    return NULL;
  g_object_get (settings, "settings-schema", &schema, NULL);
  if (!g_settings_schema_has_key (schema, "actor-name"))
    return NULL;
  actor = g_strstrip (g_settings_get_string (settings, "actor-name"));
  return *actor != '\0' ? g_steal_pointer (&actor) : NULL;
}

int
konkurs_cli_run (const KonkursCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autofree char *default_path = NULL;
  const char *path = options->database;
  int jobs = (options->import_path != NULL) + (options->export_path != NULL)
           + (options->print_kind != NULL) + (options->generate_demo != FALSE)
           + (options->backup_path != NULL) + (options->verify || options->head != NULL)
           + (options->expert_package != FALSE) + (options->export_meeting_id != 0);

  if (jobs > 1)
    {
      g_printerr (_("Give one of --import, --export, --export-meeting, --backup, --print, --expert-package, "
                    "--generate-demo and --verify at a time.\n"));
      return 2;
    }
  if (options->reason != NULL && options->import_path == NULL)
    {
      g_printerr (_("--reason goes with --import of an expert’s results that replace a file imported before.\n"));
      return 2;
    }

  if (path == NULL)
    path = default_path = konkurs_store_get_default_path ();
  if (options->backup_path != NULL)
    return run_backup (path, options->backup_path);

  /* --verify only reads, so an auditor may check a database while the
   * secretary's window has it open */
  store = konkurs_store_open_full (path, NULL, options->verify || options->head != NULL
                                               ? KONKURS_STORE_OPEN_READ_ONLY : KONKURS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    return fail (error);
  /* who decides and prints, for the audit record and the register */
  if (options->actor != NULL)
    konkurs_store_set_actor (store, options->actor);
  else
    {
      g_autofree char *actor = konkurs_cli_settings_actor ();

      konkurs_store_set_actor (store, actor);
    }

  if (options->import_path != NULL)
    return run_import (store, options);
  if (options->export_path != NULL)
    return run_export (store, options->export_path);
  if (options->generate_demo)
    return run_generate_demo (store, options->demo_candidates);
  if (options->verify || options->head != NULL)
    return run_verify (store, options);
  if (options->expert_package)
    return konkurs_cli_run_expert_package (store, options);
  if (options->export_meeting_id != 0)
    return run_export_meeting (store, options);
  return run_print (store, options);
}
