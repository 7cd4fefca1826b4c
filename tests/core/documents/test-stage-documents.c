/* test-stage-documents.c — the documents of a stage: the protocol names
 * people, says the rule in words and the totals, is final only once the
 * stage is closed; the publication list of every stage of every
 * competition of a generated database, in both languages, names nobody
 * and lists its rows in the order of the codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-demo.h"
#include "konkurs-document-registry.h"
#include "konkurs-exchange.h"
#include "konkurs-personal-code.h"
#include "konkurs-store-stages.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-stage-results.h"
#include "konkurs-test-util.h"

typedef struct {
  KonkursStore *store;
  char         *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->store = konkurs_test_store_open (NULL, NULL);
  konkurs_test_add_organisation (fixture->store);
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-stage-documents-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_remove_pdf_dir (fixture->dir);
  g_free (fixture->dir);
  g_assert_finalize_object (fixture->store);
}

static char *
print (Fixture *fixture, const char *kind_id, gint64 stage_id, KonkursDocLanguage language, gboolean draft,
       const char *name)
{
  return konkurs_test_print_kind (fixture->store, fixture->dir, kind_id, stage_id, language, draft, name);
}

/* The rows of @text in the order it shows them, as "NUMBER CODE": the
 * number of a row, which starts again at 1 in each group (vacancy). */
static GPtrArray *
rows_in (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*(\\d+)\\s+(PK-[2-9A-Y]{3}-[2-9A-Y]{3}-[2-9A-Y]{3})",
                                         G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);
      g_autofree char *code = g_match_info_fetch (match, 2);

      g_ptr_array_add (rows, g_strdup_printf ("%s %s", number, code));
      g_match_info_next (match, NULL);
    }
  return rows;
}

/* Within each group, the codes in their order; returns the rows. */
static guint
assert_sorted (const char *text, const char *what)
{
  g_autoptr(GPtrArray) rows = rows_in (text);

  for (guint i = 1; i < rows->len; i++)
    {
      const char *before = strchr (g_ptr_array_index (rows, i - 1), ' ') + 1;
      const char *row = g_ptr_array_index (rows, i);

      if (!g_str_has_prefix (row, "1 ") && strcmp (before, strchr (row, ' ') + 1) >= 0)
        g_error ("%s: %s before %s", what, before, strchr (row, ' ') + 1);
    }
  return rows->len;
}

/* A testing stage with results: the draft protocol names the candidates,
 * gives the rule in words and what closing would decide; a final one is
 * refused until the stage is closed, then printed with the totals. */
static void
test_protocol (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursTestStageCompetition) competition =
    konkurs_test_stage_competition_new (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE, 7);
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr(KonkursDocument) refused = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *final = NULL;
  g_autofree char *russian = NULL;
  g_autofree char *list = NULL;

  konkurs_test_stage_add_results (fixture->store, competition->stage_id, 1);

  draft = print (fixture, "stage", competition->stage_id, KONKURS_DOC_LANGUAGE_KK, TRUE, "stage-draft-kk.pdf");
  g_test_message ("%s", draft);
  g_assert_nonnull (strstr (draft, "Сейтқалиева Дана"));
  g_assert_nonnull (strstr (draft, konkurs_catalog_gettext (catalog, "Rule applied")));
  g_assert_nonnull (strstr (draft, "30"));
  g_assert_nonnull (strstr (draft, konkurs_catalog_gettext (catalog, "DRAFT")));

  refused = konkurs_document_kind_build (konkurs_document_kind_lookup ("stage"), fixture->store,
                                         competition->stage_id, catalog, NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_UNDECIDED);
  g_clear_error (&error);

  g_assert_true (konkurs_store_close_stage (fixture->store, competition->stage_id, TRUE, &error));
  g_assert_no_error (error);
  final = print (fixture, "stage", competition->stage_id, KONKURS_DOC_LANGUAGE_KK, FALSE, "stage-kk.pdf");
  russian = print (fixture, "stage", competition->stage_id, KONKURS_DOC_LANGUAGE_RU, FALSE, "stage-ru.pdf");
  g_assert_null (strstr (final, konkurs_catalog_gettext (catalog, "DRAFT")));
  g_assert_nonnull (strstr (final, konkurs_catalog_gettext (catalog, "Entered the stage")));
  /* the cut-off decided both ways, each with its reason */
  g_assert_nonnull (strstr (final, konkurs_catalog_gettext (catalog, "Goes on")));
  g_assert_nonnull (strstr (final, konkurs_catalog_gettext (catalog, "Does not go on")));
  g_assert_nonnull (strstr (russian, "Сейтқалиева Дана"));
  for (guint i = 0; i < competition->codes->len; i++)
    g_assert_nonnull (strstr (final, g_ptr_array_index (competition->codes, i)));

  list = print (fixture, "stage-publication", competition->stage_id, KONKURS_DOC_LANGUAGE_RU, FALSE,
                "stage-publication-ru.pdf");
  g_assert_null (strstr (list, "Сейтқалиева"));
  assert_sorted (list, "stage-publication-ru.pdf");
  g_assert_cmpuint (konkurs_test_assert_anonymous (fixture->store, catalog, list), >, 0);
}

/* Every anonymous document of every stage that has begun, of every
 * competition of a generated database, in both languages. */
static void
test_anonymous (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions = NULL;
  const KonkursDocumentKind * const *kinds = konkurs_document_kind_list ();
  KonkursDocLanguage languages[] = { KONKURS_DOC_LANGUAGE_KK, KONKURS_DOC_LANGUAGE_RU };
  guint n_documents = 0, n_rows = 0;

  g_assert_true (konkurs_demo_generate (fixture->store, 200, 3, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  competitions = konkurs_store_list_competitions (fixture->store, &error);
  g_assert_no_error (error);
  for (guint c = 0; c < competitions->len; c++)
    {
      gint64 competition_id = konkurs_competition_get_id (g_ptr_array_index (competitions, c));
      g_autoptr(GPtrArray) stages = konkurs_store_list_stages (fixture->store, competition_id, &error);

      g_assert_no_error (error);
      for (guint s = 0; s < stages->len; s++)
        for (guint k = 0; kinds[k] != NULL; k++)
          for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
            {
              const KonkursStage *stage = g_ptr_array_index (stages, s);
              g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (languages[l]);
              g_autofree char *name = NULL;
              g_autofree char *text = NULL;

              if (kinds[k]->scope != KONKURS_DOCUMENT_SCOPE_STAGE || kinds[k]->identity != KONKURS_DOCUMENT_ANONYMOUS)
                continue;
              name = g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%s.pdf", kinds[k]->id, stage->id,
                                      konkurs_doc_language_to_code (languages[l]));
              text = print (fixture, kinds[k]->id, stage->id, languages[l],
                            stage->state != KONKURS_STAGE_STATE_CLOSED, name);
              konkurs_test_assert_anonymous (fixture->store, catalog, text);
              n_rows += assert_sorted (text, name);
              n_documents++;
            }
    }
  /* the demo fills stages: lists with rows were looked at */
  g_test_message ("%u documents, %u rows", n_documents, n_rows);
  g_assert_cmpuint (n_documents, >, 4);
  g_assert_cmpuint (n_rows, >, 20);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/stage-documents/protocol", Fixture, NULL, fixture_set_up, test_protocol, fixture_tear_down);
  g_test_add ("/stage-documents/anonymous", Fixture, NULL, fixture_set_up, test_anonymous, fixture_tear_down);
  return g_test_run ();
}
