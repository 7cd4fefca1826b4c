/* test-essay-protocol.c — the protocol of the essays on a generated
 * database: a selection whose essays are final and unsealed prints every
 * grader's total with the grader named, the score, the spread and how an
 * essay over it was resolved, the agreement, the outcome and the writers'
 * names beside their codes; a selection still grading prints only a
 * draft, which names no candidate; a stage that is not the essay stage is
 * refused; the essay stage's publication list shows the final scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-demo.h"
#include "konkurs-document-registry.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-stages.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

typedef struct {
  KonkursStore *store;
  char         *dir;
  gint64        final_stage;     /* the June selection's essays: final, unsealed, closed */
  gint64        open_stage;      /* the September selection's: grading in progress */
  gint64        other_stage;     /* a testing stage */
} Fixture;

static void
find_stages (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (fixture->store, &error);

  g_assert_no_error (error);
  for (guint c = 0; c < competitions->len; c++)
    {
      KonkursCompetition *competition = g_ptr_array_index (competitions, c);
      g_autoptr(GPtrArray) stages = konkurs_store_list_stages (fixture->store, konkurs_competition_get_id (competition),
                                                               &error);

      g_assert_no_error (error);
      for (guint s = 0; s < stages->len; s++)
        {
          KonkursStage *stage = g_ptr_array_index (stages, s);

          if (stage->kind == KONKURS_STAGE_TESTING && fixture->other_stage == 0)
            fixture->other_stage = stage->id;
          if (stage->kind != KONKURS_STAGE_ESSAY
              || konkurs_competition_get_procedure (competition) != KONKURS_PROCEDURE_YOUTH_RESERVE)
            continue;
          if (stage->state == KONKURS_STAGE_STATE_CLOSED)
            fixture->final_stage = stage->id;
          else if (stage->state == KONKURS_STAGE_STATE_OPEN)
            fixture->open_stage = stage->id;
        }
    }
  g_assert_cmpint (fixture->final_stage, >, 0);
  g_assert_cmpint (fixture->open_stage, >, 0);
  g_assert_cmpint (fixture->other_stage, >, 0);
}

/* 1,000 candidates: enough for some 16 essays in each selection, so that
 * every state of an essay shows. */
static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-essay-protocol-XXXXXX");
  g_assert_true (konkurs_demo_generate (fixture->store, 1000, 3, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  find_stages (fixture);
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

/* pdftotext breaks a cell's lines where it likes: look words up, not lines. */
static gboolean
shows (const char *text, const char *what)
{
  g_autofree char *flat = g_strdup (text);
  g_autofree char *wanted = g_strdup (what);

  return strstr (g_strdelimit (flat, "\n\f", ' '), g_strdelimit (wanted, "\n\f", ' ')) != NULL;
}

/* The first word of @name (a surname): a cell breaks a name where it likes. */
static gboolean
shows_surname (const char *text, const char *name)
{
  g_autofree char *surname = g_strndup (name, strcspn (name, " "));

  return shows (text, surname);
}

static void
test_final (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) kk = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr(KonkursCatalog) ru = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_RU);
  g_autoptr(GPtrArray) essays = konkurs_store_list_essays (fixture->store, fixture->final_stage, &error);
  g_autoptr(GPtrArray) loads = konkurs_store_list_expert_loads (fixture->store, fixture->final_stage, &error);
  g_autoptr(GHashTable) writers = konkurs_store_list_essay_writers (fixture->store, fixture->final_stage, &error);
  g_autofree char *kazakh = print (fixture, "essays", fixture->final_stage, KONKURS_DOC_LANGUAGE_KK, FALSE,
                                   "essays-kk.pdf");
  g_autofree char *russian = print (fixture, "essays", fixture->final_stage, KONKURS_DOC_LANGUAGE_RU, FALSE,
                                    "essays-ru.pdf");
  gboolean fourth = FALSE, chair = FALSE;

  g_assert_no_error (error);
  g_test_message ("%s", russian);
  /* every essay by its code, with its writer's name now that it is unsealed */
  for (guint i = 0; i < essays->len; i++)
    {
      const KonkursEssay *essay = g_ptr_array_index (essays, i);
      const char *writer = g_hash_table_lookup (writers, essay->code);

      g_assert_cmpint (essay->aggregate.status, ==, KONKURS_ESSAY_STATUS_FINAL);
      g_assert_true (shows (kazakh, essay->code));
      g_assert_nonnull (writer);
      g_assert_true (shows_surname (russian, writer));
      fourth |= essay->aggregate.resolution == KONKURS_ESSAY_RESOLVED_FOURTH;
      chair |= essay->aggregate.resolution == KONKURS_ESSAY_RESOLVED_CHAIR;
    }
  g_assert_true (fourth && chair);
  /* the graders named */
  for (guint i = 0; i < loads->len; i++)
    if (((KonkursExpertLoad *) g_ptr_array_index (loads, i))->graded > 0)
      g_assert_true (shows_surname (russian, ((KonkursExpertLoad *) g_ptr_array_index (loads, i))->full_name));
  g_assert_true (shows (russian, konkurs_catalog_gettext (ru, "by a fourth grader")));
  g_assert_true (shows (russian, konkurs_catalog_gettext (ru, "by the chair")));
  g_assert_true (shows (kazakh, konkurs_catalog_gettext (kk, "by the chair")));
  g_assert_true (shows (russian, "α = "));
  g_assert_true (shows (russian, konkurs_catalog_gettext (ru, "Agreement between the graders")));
  g_assert_true (shows (russian, konkurs_catalog_gettext (ru, "Goes on")));
  g_assert_true (shows (russian, konkurs_catalog_gettext (ru, "Secretary of the commission")));
  g_assert_true (shows (kazakh, konkurs_catalog_gettext (kk, "Experts who graded")));
  g_assert_false (shows (russian, konkurs_catalog_gettext (ru, "DRAFT")));
  g_assert_false (shows (russian, "graders"));
}

/* Fails when @text shows the IIN or the surname and name of a candidate
 * of the competition of @stage_id.  (Not konkurs_test_assert_anonymous():
 * the protocol names the graders, whose names share words with
 * candidates'.) */
static guint
assert_no_writer (Fixture *fixture, gint64 stage_id, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) stage = konkurs_store_get_stage (fixture->store, stage_id, &error);
  g_autoptr(GPtrArray) candidacies = NULL;

  g_assert_no_error (error);
  candidacies = konkurs_store_list_candidacies_of_competition (fixture->store, stage->competition_id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < candidacies->len; i++)
    {
      gint64 id = konkurs_candidacy_get_candidate_id (g_ptr_array_index (candidacies, i));
      g_autoptr(KonkursCandidate) candidate = konkurs_store_get_candidate (fixture->store, id, &error);
      g_autofree char *name = NULL;

      g_assert_no_error (error);
      name = g_strdup_printf ("%s %s", konkurs_candidate_get_surname (candidate), konkurs_candidate_get_name (candidate));
      g_assert_false (shows (text, konkurs_candidate_get_iin (candidate)));
      g_assert_false (shows (text, name));
    }
  return candidacies->len;
}

/* While the essays are graded, only a draft, and it names nobody: the
 * writers are still sealed. */
static void
test_in_progress (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr(KonkursDocument) refused = konkurs_document_kind_build (konkurs_document_kind_lookup ("essays"),
                                                                    fixture->store, fixture->open_stage, catalog,
                                                                    NULL, &error);
  g_autofree char *draft = NULL;
  g_autofree char *awaiting = NULL, *zero = NULL, *fourth = NULL, *chair = NULL;

  g_assert_null (refused);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_UNDECIDED);
  g_clear_error (&error);
  draft = print (fixture, "essays", fixture->open_stage, KONKURS_DOC_LANGUAGE_KK, TRUE, "essays-draft-kk.pdf");
  g_assert_true (shows (draft, konkurs_catalog_gettext (catalog, "DRAFT")));
  /* the totals, on lines of their own: essays resolved each way and some
   * still waiting (a table's cell breaks its words where it likes) */
  g_assert_true (shows (draft, awaiting = g_strdup_printf ("%s: ", konkurs_catalog_gettext (catalog, "Awaiting resolution"))));
  g_assert_false (shows (draft, zero = g_strconcat (awaiting, "0\n", NULL)));
  g_assert_true (shows (draft, fourth = g_strdup_printf ("%s: 1", konkurs_catalog_gettext (catalog, "Resolved by a fourth grader"))));
  g_assert_true (shows (draft, chair = g_strdup_printf ("%s: 1", konkurs_catalog_gettext (catalog, "Resolved by the chair"))));
  g_assert_true (shows (draft, "проктор"));
  g_assert_cmpuint (assert_no_writer (fixture, fixture->open_stage, draft), >, 10);
  g_assert_true (konkurs_store_get_essays_sealed (fixture->store, fixture->open_stage, &error));
  g_assert_no_error (error);
}

static void
test_not_essay_stage (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_RU);
  KonkursDocumentOptions draft = { TRUE, NULL };
  g_autoptr(KonkursDocument) refused = konkurs_document_kind_build (konkurs_document_kind_lookup ("essays"),
                                                                    fixture->store, fixture->other_stage, catalog,
                                                                    &draft, &error);

  g_assert_null (refused);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "essay stage"));
}

/* The essay stage's publication list gives each code its final score. */
static void
test_publication (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_RU);
  g_autoptr(GPtrArray) rows = konkurs_store_list_stage_rows (fixture->store, fixture->final_stage, &error);
  g_autoptr(GPtrArray) essays = konkurs_store_list_essays (fixture->store, fixture->final_stage, &error);
  g_autofree char *list = print (fixture, "stage-publication", fixture->final_stage, KONKURS_DOC_LANGUAGE_RU, FALSE,
                                 "essays-publication-ru.pdf");
  guint checked = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < essays->len; i++)
    {
      const KonkursEssay *essay = g_ptr_array_index (essays, i);

      for (guint r = 0; r < rows->len; r++)
        {
          const KonkursStageRow *row = g_ptr_array_index (rows, r);
          g_autofree char *score = konkurs_stage_format_score (essay->aggregate.score, catalog);
          g_autofree char *line = g_strdup_printf ("%s", essay->code);

          if (!g_str_equal (row->personal_code, essay->code))
            continue;
          g_assert_true (row->has_result);
          g_assert_cmpint (row->score, ==, essay->aggregate.score);
          g_assert_true (shows (list, line));
          g_assert_true (shows (list, score));
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 5);
  konkurs_test_assert_anonymous (fixture->store, catalog, list);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/essay-protocol/final", Fixture, NULL, fixture_set_up, test_final, fixture_tear_down);
  g_test_add ("/essay-protocol/in-progress", Fixture, NULL, fixture_set_up, test_in_progress, fixture_tear_down);
  g_test_add ("/essay-protocol/not-essay-stage", Fixture, NULL, fixture_set_up, test_not_essay_stage,
              fixture_tear_down);
  g_test_add ("/essay-protocol/publication", Fixture, NULL, fixture_set_up, test_publication, fixture_tear_down);
  return g_test_run ();
}
