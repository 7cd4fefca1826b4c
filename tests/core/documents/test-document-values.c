/* test-document-values.c — a document prints the texts of the records in
 * its language, the other one where its own is missing, and says which
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-announcement.h"
#include "konkurs-document-values.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

typedef struct {
  KonkursStore *store;
  gint64        kazakh_id;    /* a competition and its vacancy in Kazakh only */
  gint64        russian_id;   /* a competition in Russian only */
  char         *dir;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursVacancy) vacancy = konkurs_vacancy_new ();
  g_autoptr(KonkursCompetition) russian = konkurs_competition_new ();
  g_autoptr(GDate) date = konkurs_test_date_new (2026, 11, 16);

  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->kazakh_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE,
                                                     "Әділет министрлігі", "Жалпы конкурс", 2026, 11, 16);
  konkurs_vacancy_set_competition_id (vacancy, fixture->kazakh_id);
  konkurs_vacancy_set_position_title (vacancy, "Бас маман", NULL);
  konkurs_vacancy_set_sector (vacancy, "Құқық", NULL);
  konkurs_vacancy_set_requirements (vacancy, "Заңнаманы білу", NULL);
  konkurs_test_save_vacancy (fixture->store, vacancy);

  konkurs_competition_set_state_body (russian, NULL, "Министерство юстиции");
  konkurs_competition_set_announcement_date (russian, date);
  konkurs_test_save_competition (fixture->store, russian);
  fixture->russian_id = konkurs_competition_get_id (russian);

  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-values-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_remove_pdf_dir (fixture->dir);
  g_free (fixture->dir);
  g_assert_finalize_object (fixture->store);
}

static KonkursDocument *
announce (Fixture *fixture, gint64 id, KonkursDocLanguage language, char **text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_catalog_new (language, &error);
  g_autofree char *path = g_strdup_printf ("%s/announcement-%" G_GINT64_FORMAT "-%s.pdf", fixture->dir, id,
                                           konkurs_doc_language_to_code (language));
  KonkursDocument *document;
  g_auto(GStrv) pages = NULL;

  g_assert_no_error (error);
  document = konkurs_announcement_build (fixture->store, id, catalog, NULL, &error);
  g_assert_no_error (error);
  pages = konkurs_test_document_pages (document, path);
  *text = g_strjoinv ("\f", pages);
  return document;
}

static void
assert_strv (const char * const *strv, const char * const *expected)
{
  guint i = 0;

  for (; expected[i] != NULL; i++)
    g_assert_cmpstr (strv[i], ==, expected[i]);
  g_assert_null (strv[i]);
}

/* The Russian announcement of Kazakh records prints them, and says so,
 * each text once, in the order printed. */
static void
test_fallbacks (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursDocument) russian = NULL;
  g_autoptr(KonkursDocument) kazakh = NULL;
  g_autoptr(KonkursDocument) from_russian = NULL;
  g_autofree char *text = NULL;
  g_autofree char *kazakh_text = NULL;
  g_autofree char *other_text = NULL;
  static const char * const expected[] = {
    "Russian name of the state body",
    "Russian title of the competition",
    "Russian title of the position “Бас маман”",
    "Russian sector of the position “Бас маман”",
    "Russian further requirements of the position “Бас маман”",
    NULL
  };
  static const char * const expected_kazakh[] = { "Kazakh name of the state body", NULL };

  russian = announce (fixture, fixture->kazakh_id, KONKURS_DOC_LANGUAGE_RU, &text);
  assert_strv (konkurs_document_get_fallbacks (russian), expected);
  g_assert_nonnull (strstr (text, "Әділет министрлігі"));
  g_assert_nonnull (strstr (text, "Заңнаманы білу"));

  /* in its own language nothing fell back */
  kazakh = announce (fixture, fixture->kazakh_id, KONKURS_DOC_LANGUAGE_KK, &kazakh_text);
  g_assert_null (konkurs_document_get_fallbacks (kazakh)[0]);

  /* and the other way round; no title is no fallback */
  from_russian = announce (fixture, fixture->russian_id, KONKURS_DOC_LANGUAGE_KK, &other_text);
  assert_strv (konkurs_document_get_fallbacks (from_russian), expected_kazakh);
  g_assert_nonnull (strstr (other_text, "Министерство юстиции"));
}

/* What the window says before anything is printed. */
static void
test_list_missing (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_store_get_competition (fixture->store, fixture->kazakh_id, &error);
  g_autoptr(GPtrArray) vacancies = konkurs_store_list_vacancies (fixture->store, fixture->kazakh_id, &error);
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GPtrArray) none = NULL;

  g_assert_no_error (error);
  missing = konkurs_document_list_missing (competition, vacancies);
  g_assert_cmpuint (missing->len, ==, 5);
  g_assert_cmpstr (missing->pdata[0], ==, "Russian title of the competition");
  g_assert_cmpstr (missing->pdata[2], ==, "Russian title of the position “Бас маман”");

  konkurs_competition_set_state_body (competition, "Әділет министрлігі", "Министерство юстиции");
  konkurs_competition_set_title (competition, "Жалпы конкурс", "Общий конкурс");
  none = konkurs_document_list_missing (competition, NULL);
  g_assert_cmpuint (none->len, ==, 0);
}

/* The descriptions are for the interface, in its language. */
static void
test_describe (void)
{
  g_autofree char *english = konkurs_document_describe_fallback (KONKURS_DOCUMENT_FIELD_SECTOR,
                                                                 KONKURS_DOC_LANGUAGE_KK, "Цифровизация");
  g_autofree char *russian = NULL;

  g_assert_cmpstr (english, ==, "Kazakh name of the sector “Цифровизация”");

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("KONKURS_LOCALE_DIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  if (setlocale (LC_ALL, "ru_RU.UTF-8") == NULL)
    {
      g_test_skip ("no ru_RU.UTF-8 locale");
      return;
    }
  russian = konkurs_document_describe_fallback (KONKURS_DOCUMENT_FIELD_POSITION_TITLE, KONKURS_DOC_LANGUAGE_RU,
                                                "Бас маман");
  setlocale (LC_ALL, "C.UTF-8");
  g_assert_cmpstr (russian, ==, "Наименование должности «Бас маман» на русском языке");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/document-values/fallbacks", Fixture, NULL, fixture_set_up, test_fallbacks, fixture_tear_down);
  g_test_add ("/document-values/list-missing", Fixture, NULL, fixture_set_up, test_list_missing, fixture_tear_down);
  g_test_add_func ("/document-values/describe", test_describe);

  return g_test_run ();
}
