/* test-document-registry.c — every registered document, built for every
 * competition of a demo database in Kazakh and in Russian: it has pages,
 * it is in its language — the labels and the records' texts, of which the
 * demo has both values — and one registered as anonymous names nobody
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-demo.h"
#include "konkurs-document-values.h"
#include "konkurs-document-registry.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-commission.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-stages.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

#define N_CANDIDATES 300

/* The letters of Kazakh that Russian does not have, folded. */
static const char kazakh_only[] = "әғқңөұүһі";

typedef struct {
  KonkursStore *store;
  char         *dir;
  guint         n_drafts;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = konkurs_test_store_open (NULL, NULL);
  g_assert_true (konkurs_demo_generate (fixture->store, N_CANDIDATES, 1, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  konkurs_test_add_organisation (fixture->store);
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-registry-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_remove_pdf_dir (fixture->dir);
  g_free (fixture->dir);
  g_assert_finalize_object (fixture->store);
}

/* Ids are unique and found again; the titles and names of every document
 * are translated, differently in each language. */
static void
test_list (void)
{
  const KonkursDocumentKind * const *kinds = konkurs_document_kind_list ();
  g_autoptr(KonkursCatalog) kazakh = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr(KonkursCatalog) russian = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_RU);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = 0;

  for (; kinds[n] != NULL; n++)
    {
      const KonkursDocumentKind *kind = kinds[n];
      const char * const msgids[] = { kind->title_msgid, kind->file_stem_msgid };

      g_assert_true (g_hash_table_add (ids, (gpointer) kind->id));
      g_assert_true (konkurs_document_kind_lookup (kind->id) == kind);
      g_assert_nonnull (kind->build);
      for (guint i = 0; i < G_N_ELEMENTS (msgids); i++)
        {
          const char *kk = konkurs_catalog_gettext (kazakh, msgids[i]);
          const char *ru = konkurs_catalog_gettext (russian, msgids[i]);

          g_assert_cmpstr (kk, !=, msgids[i]);
          g_assert_cmpstr (ru, !=, msgids[i]);
          g_assert_cmpstr (kk, !=, ru);
        }
    }
  /* the three of the review of documents, in the order of the command
   * line's list */
  g_assert_cmpuint (n, >=, 3);
  g_assert_cmpstr (kinds[0]->id, ==, "announcement");
  g_assert_cmpstr (kinds[1]->id, ==, "admission");
  g_assert_cmpstr (kinds[2]->id, ==, "publication");
  g_assert_cmpint (konkurs_document_kind_lookup ("publication")->identity, ==, KONKURS_DOCUMENT_ANONYMOUS);
  g_assert_cmpint (konkurs_document_kind_lookup ("admission")->identity, ==, KONKURS_DOCUMENT_NAMES_PEOPLE);
  g_assert_null (konkurs_document_kind_lookup ("protocol"));
  g_assert_null (konkurs_document_kind_lookup (""));
  g_assert_null (konkurs_document_kind_lookup (NULL));
}

/* The ids of the records of @kind's scope in the store: every
 * competition, the first two applications of each, every stage of each
 * that has begun (of the essays' protocol, every essay stage), or every
 * meeting of a commission. */
static GArray *
scope_ids (Fixture *fixture, const KonkursDocumentKind *kind)
{
  KonkursDocumentScope scope = kind->scope;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (fixture->store, &error);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_no_error (error);
  for (guint i = 0; i < competitions->len; i++)
    {
      gint64 id = konkurs_competition_get_id (g_ptr_array_index (competitions, i));
      g_autoptr(GPtrArray) candidacies = NULL;

      if (scope == KONKURS_DOCUMENT_SCOPE_COMPETITION)
        {
          g_array_append_val (ids, id);
          continue;
        }
      if (scope == KONKURS_DOCUMENT_SCOPE_STAGE)
        {
          g_autoptr(GPtrArray) stages = konkurs_store_list_stages (fixture->store, id, &error);

          g_assert_no_error (error);
          for (guint j = 0; j < stages->len; j++)
            if (((KonkursStage *) g_ptr_array_index (stages, j))->state != KONKURS_STAGE_STATE_NOT_YET
                && (!g_str_equal (kind->id, "essays")
                    || ((KonkursStage *) g_ptr_array_index (stages, j))->kind == KONKURS_STAGE_ESSAY))
              g_array_append_val (ids, ((KonkursStage *) g_ptr_array_index (stages, j))->id);
          continue;
        }
      if (scope == KONKURS_DOCUMENT_SCOPE_MEETING)
        {
          g_autoptr(GPtrArray) meetings = konkurs_store_list_meetings (fixture->store, id, &error);

          g_assert_no_error (error);
          for (guint j = 0; j < meetings->len; j++)
            g_array_append_val (ids, ((KonkursMeeting *) g_ptr_array_index (meetings, j))->id);
          continue;
        }
      g_assert_cmpint (scope, ==, KONKURS_DOCUMENT_SCOPE_APPLICATION);
      candidacies = konkurs_store_list_candidacies_of_competition (fixture->store, id, &error);
      g_assert_no_error (error);
      for (guint j = 0; j < MIN (candidacies->len, 2); j++)
        {
          gint64 candidacy_id = konkurs_candidacy_get_id (g_ptr_array_index (candidacies, j));

          g_array_append_val (ids, candidacy_id);
        }
    }

  return ids;
}

/* Every candidate of the store. */
static GPtrArray *
all_candidates (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  GPtrArray *candidates;
  KonkursCandidateFilter filter;

  konkurs_candidate_filter_init (&filter);
  ids = konkurs_store_query_candidate_ids (fixture->store, &filter, &error);
  g_assert_no_error (error);
  candidates = konkurs_store_get_candidates (fixture->store, (const gint64 *) ids->data, ids->len, FALSE, &error);
  g_assert_no_error (error);
  return candidates;
}

/* Whether @text shows the IIN of a candidate of the store: the control
 * that the anonymity check would see a name. */
static gboolean
names_somebody (Fixture *fixture, const char *text)
{
  g_autoptr(GPtrArray) candidates = all_candidates (fixture);

  for (guint i = 0; i < candidates->len; i++)
    if (strstr (text, konkurs_candidate_get_iin (g_ptr_array_index (candidates, i))) != NULL)
      return TRUE;

  return FALSE;
}

/* The document of @kind for @id: final when every row is decided (a
 * protocol with the number and commission offered), else a draft, after
 * the final one is refused with the count; the draft is checked at @path. */
static KonkursDocument *
build (Fixture *fixture, const KonkursDocumentKind *kind, gint64 id, KonkursCatalog *catalog, const char *path)
{
  g_autoptr(GError) error = NULL;
  gint64 undecided = konkurs_document_kind_count_undecided (kind, fixture->store, id, &error);
  KonkursDocumentOptions draft = { TRUE, NULL };
  KonkursDocument *document;

  g_assert_no_error (error);
  g_assert_cmpint (undecided, >=, 0);
  document = konkurs_document_kind_build (kind, fixture->store, id, catalog, NULL, &error);
  if (undecided == 0)
    {
      g_assert_no_error (error);
      g_assert_nonnull (document);
      g_assert_null (konkurs_document_get_watermark (document));
      return document;
    }

  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_UNDECIDED);
  g_assert_null (document);
  g_clear_error (&error);
  fixture->n_drafts++;
  document = konkurs_document_kind_build (kind, fixture->store, id, catalog, &draft, &error);
  g_assert_no_error (error);
  konkurs_test_assert_draft (document, path, konkurs_catalog_gettext (catalog, "DRAFT"));
  return document;
}

/* The folded words of the names of every candidate and every expert:
 * names are not translated, and a Russian document names Нұрлан as he is. */
static GHashTable *
name_words (Fixture *fixture)
{
  g_autoptr(GPtrArray) candidates = all_candidates (fixture);
  g_autoptr(GPtrArray) experts = konkurs_store_list_experts (fixture->store, NULL);
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < experts->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (((KonkursExpert *) g_ptr_array_index (experts, i))->full_name, " ", -1);

      for (guint p = 0; parts[p] != NULL; p++)
        g_hash_table_add (words, g_utf8_casefold (parts[p], -1));
    }

  for (guint i = 0; i < candidates->len; i++)
    {
      KonkursCandidate *candidate = g_ptr_array_index (candidates, i);
      const char *parts[] = {
        konkurs_candidate_get_surname (candidate), konkurs_candidate_get_name (candidate),
        konkurs_candidate_get_patronymic (candidate),
      };

      for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
        g_hash_table_add (words, g_utf8_casefold (parts[p], -1));
    }
  return words;
}

/* No word of @text but a name has a letter of Kazakh alone. */
static void
assert_no_kazakh (Fixture *fixture, const char *text, const char *what)
{
  g_autoptr(GHashTable) words = konkurs_test_words_of (text);
  g_autoptr(GHashTable) names = name_words (fixture);
  GHashTableIter iter;
  const char *word;

  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, (gpointer *) &word, NULL))
    {
      if (g_hash_table_contains (names, word))
        continue;
      for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
        if (g_utf8_strchr (kazakh_only, -1, g_utf8_get_char (p)) != NULL)
          g_error ("%s: the Russian document has the Kazakh word “%s”", what, word);
    }
}

/* @text with every run of white space as one space: a text the layout
 * wrapped reads as one line. */
static char *
squeeze (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\f", -1);
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_strv_builder_add (kept, words[i]);
  joined = g_strv_builder_end (kept);
  return g_strjoinv (" ", joined);
}

/* The competition a document of @kind for record @id is about. */
static gint64
competition_of (Fixture *fixture, const KonkursDocumentKind *kind, gint64 id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidacy) candidacy = NULL;

  if (kind->scope == KONKURS_DOCUMENT_SCOPE_COMPETITION)
    return id;
  if (kind->scope == KONKURS_DOCUMENT_SCOPE_STAGE)
    {
      g_autoptr(KonkursStage) stage = konkurs_store_get_stage (fixture->store, id, &error);

      g_assert_no_error (error);
      return stage->competition_id;
    }
  if (kind->scope == KONKURS_DOCUMENT_SCOPE_MEETING)
    {
      g_autoptr(KonkursMeeting) meeting = konkurs_store_get_meeting (fixture->store, id, &error);

      g_assert_no_error (error);
      return meeting->competition_id;
    }
  g_assert_cmpint (kind->scope, ==, KONKURS_DOCUMENT_SCOPE_APPLICATION);
  candidacy = konkurs_store_get_candidacy (fixture->store, id, &error);
  g_assert_no_error (error);
  return konkurs_candidacy_get_competition_id (candidacy);
}

/* The competition's state body and title, in the document's language. */
static void
assert_own_values (Fixture *fixture, gint64 id, KonkursDocLanguage language, const char *text, const char *what)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_store_get_competition (fixture->store, id, &error);
  g_autofree char *flat = squeeze (text);
  const char *state_body;
  const char *title;

  g_assert_no_error (error);
  state_body = konkurs_local_text_get (konkurs_competition_get_state_body_text (competition), language);
  title = konkurs_local_text_get (konkurs_competition_get_title_text (competition), language);
  g_assert_cmpstr (state_body, !=, "");
  g_assert_cmpstr (title, !=, "");
  if (strstr (flat, state_body) == NULL || strstr (flat, title) == NULL)
    g_error ("%s lacks “%s” or “%s”", what, state_body, title);
}

/* Builds @kind for the record @id in the language of @catalog and checks
 * it; TRUE when it names somebody. */
static gboolean
check_document (Fixture *fixture, const KonkursDocumentKind *kind, gint64 id,
                KonkursCatalog *catalog, KonkursCatalog *other)
{
  const char *code = konkurs_doc_language_to_code (konkurs_catalog_get_language (catalog));
  g_autofree char *name = g_strdup_printf ("%s-%" G_GINT64_FORMAT "-%s.pdf", kind->id, id, code);
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *first = NULL;
  g_autofree char *other_first = NULL;
  guint n_pages;

  document = build (fixture, kind, id, catalog, path);
  pages = konkurs_test_document_pages (document, path);
  n_pages = g_strv_length (pages);
  /* columns as wide as their longest words: none is broken */
  konkurs_test_assert_words_whole (document, path);
  g_assert_cmpuint (n_pages, >, 0);
  if (id == 1)
    konkurs_test_keep_artifact (path);

  /* its title and page numbers in its language, not in the other one */
  text = g_strjoinv ("\f", pages);
  first = konkurs_test_expand (konkurs_catalog_gettext (catalog, "Page %u of %u"), 1, n_pages);
  other_first = konkurs_test_expand (konkurs_catalog_gettext (other, "Page %u of %u"), 1, n_pages);
  g_assert_nonnull (strstr (pages[0], konkurs_catalog_gettext (catalog, kind->title_msgid)));
  g_assert_nonnull (strstr (pages[0], first));
  g_assert_null (strstr (text, konkurs_catalog_gettext (other, kind->title_msgid)));
  g_assert_null (strstr (text, other_first));

  /* the records' texts in its language too: every one had a value in it */
  g_assert_null (konkurs_document_get_fallbacks (document)[0]);
  assert_own_values (fixture, competition_of (fixture, kind, id), konkurs_catalog_get_language (catalog), text, name);
  if (konkurs_catalog_get_language (catalog) == KONKURS_DOC_LANGUAGE_RU)
    assert_no_kazakh (fixture, text, name);

  if (kind->identity != KONKURS_DOCUMENT_ANONYMOUS)
    return names_somebody (fixture, text);

  raw = konkurs_test_pdf_text (path, TRUE);
  g_assert_cmpuint (konkurs_test_assert_anonymous (fixture->store, catalog, text), >=, N_CANDIDATES);
  konkurs_test_assert_anonymous (fixture->store, catalog, raw);
  return FALSE;
}

static void
test_every_document (Fixture *fixture, gconstpointer data)
{
  KonkursDocLanguage language = GPOINTER_TO_INT (data);
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (language);
  g_autoptr(KonkursCatalog) other =
    konkurs_test_catalog_new (language == KONKURS_DOC_LANGUAGE_KK ? KONKURS_DOC_LANGUAGE_RU : KONKURS_DOC_LANGUAGE_KK);
  const KonkursDocumentKind * const *kinds = konkurs_document_kind_list ();

  for (guint k = 0; kinds[k] != NULL; k++)
    {
      g_autoptr(GArray) ids = scope_ids (fixture, kinds[k]);
      gboolean named = FALSE;

      /* the demo has civil-service competitions and Youth Reserve
       * selections */
      g_assert_cmpuint (ids->len, >, 2);
      for (guint i = 0; i < ids->len; i++)
        named |= check_document (fixture, kinds[k], g_array_index (ids, gint64, i), catalog, other);
      /* a document that names people does, somewhere */
      g_assert_true (named == (kinds[k]->identity == KONKURS_DOCUMENT_NAMES_PEOPLE));
    }
  /* the demo has applications under review: drafts were checked */
  g_assert_cmpuint (fixture->n_drafts, >, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document-registry/list", test_list);
  g_test_add ("/document-registry/every-document/kk", Fixture, GINT_TO_POINTER (KONKURS_DOC_LANGUAGE_KK),
              fixture_set_up, test_every_document, fixture_tear_down);
  g_test_add ("/document-registry/every-document/ru", Fixture, GINT_TO_POINTER (KONKURS_DOC_LANGUAGE_RU),
              fixture_set_up, test_every_document, fixture_tear_down);

  return g_test_run ();
}
