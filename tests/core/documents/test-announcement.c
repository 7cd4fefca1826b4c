/* test-announcement.c — the announcement list of a competition as a PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "konkurs-announcement.h"
#include "konkurs-test-util.h"

#define STATE_BODY   "Қазақстан Республикасы Әділет министрлігі"
#define POSITION     "Бөлім басшысы"
#define KAZAKH_UPPER "ҒҚҢӨҰҮҺІ"
#define KAZAKH_LOWER "ғқңөұүһі"
#define N_VACANCIES  60

typedef struct {
  KonkursStore *store;
  gint64        competition_id;
  gint64        empty_id;
  char         *dir;
} Fixture;

static void
save_vacancy (KonkursStore *store, gint64 competition_id, guint i)
{
  g_autoptr(KonkursVacancy) vacancy = konkurs_vacancy_new ();
  g_autofree char *title = g_strdup_printf (POSITION " (P%02u)", i);

  konkurs_vacancy_set_competition_id (vacancy, competition_id);
  konkurs_vacancy_set_position_title (vacancy, title, NULL);
  konkurs_vacancy_set_corps (vacancy, KONKURS_CORPS_B);
  konkurs_vacancy_set_category (vacancy, i % 2 ? "C-O-4" : "D-3");
  konkurs_vacancy_set_leadership (vacancy, i % 2);
  konkurs_vacancy_set_level (vacancy, i % 3 ? KONKURS_LEVEL_CENTRAL : KONKURS_LEVEL_REGIONAL);
  konkurs_vacancy_set_sector (vacancy, "Цифрландыру", NULL);
  konkurs_vacancy_set_seats (vacancy, 1 + i % 3);
  konkurs_vacancy_set_education (vacancy, KONKURS_EDUCATION_HIGHER);
  konkurs_vacancy_set_experience_years (vacancy, i % 5);
  konkurs_vacancy_set_requirements (vacancy, "Мемлекеттік тілді білу " KAZAKH_UPPER " " KAZAKH_LOWER, NULL);
  konkurs_test_save_vacancy (store, vacancy);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->competition_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE, STATE_BODY,
                                                          "Әкімшілік лауазымға конкурс", 2026, G_DATE_NOVEMBER, 16);
  for (guint i = 1; i <= N_VACANCIES; i++)
    save_vacancy (fixture->store, fixture->competition_id, i);
  fixture->empty_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE, STATE_BODY,
                                                    "Бос конкурс", 2026, G_DATE_NOVEMBER, 17);

  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-announcement-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_remove_pdf_dir (fixture->dir);
  g_free (fixture->dir);
  g_assert_finalize_object (fixture->store);
}

/* The deadline as the working-day calendar gives it, independently of the
 * store's own computation. */
static char *
expected_deadline (KonkursStore *store, KonkursCatalog *catalog, int days)
{
  g_autoptr(GDate) announced = g_date_new_dmy (16, G_DATE_NOVEMBER, 2026);
  g_autoptr(GError) error = NULL;
  GDate deadline;

  g_date_clear (&deadline, 1);
  g_assert_true (konkurs_calendar_add_working_days (konkurs_store_get_calendar (store),
                                                    announced, days, &deadline, &error));
  g_assert_no_error (error);

  return konkurs_catalog_format_date (catalog, &deadline);
}

static void
check_announcement (Fixture *fixture, KonkursDocLanguage language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_catalog_new (language, &error);
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  g_autoptr(GDate) announced = g_date_new_dmy (16, G_DATE_NOVEMBER, 2026);
  g_autofree char *name = g_strdup_printf ("announcement-%s.pdf", konkurs_doc_language_to_code (language));
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autofree char *text = NULL;
  g_autofree char *deadline = NULL;
  g_autofree char *announced_text = NULL;
  g_autofree char *period = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_auto(GStrv) pages = NULL;
  const char *position_header;
  const char *requirements_header;
  const char *page_format;
  guint n_pages;
  int days = 0;

  g_assert_no_error (error);
  document = konkurs_announcement_build (fixture->store, fixture->competition_id, catalog, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_no_error (error);
  konkurs_test_keep_artifact (path);

  n_pages = konkurs_document_get_n_pages (document);
  g_assert_cmpuint (n_pages, >, 1);
  text = konkurs_test_pdf_text (path, FALSE);
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);

  /* the table's header row and the page number on every page */
  position_header = konkurs_catalog_gettext (catalog, "Position");
  requirements_header = konkurs_catalog_gettext (catalog, "Requirements");
  page_format = konkurs_catalog_gettext (catalog, "Page %u of %u");
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *footer = konkurs_test_expand (page_format, i + 1, n_pages);

      g_assert_nonnull (strstr (pages[i], position_header));
      g_assert_nonnull (strstr (pages[i], requirements_header));
      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], footer), ==, 1);
    }
  first = konkurs_test_expand (page_format, 1, n_pages);
  last = konkurs_test_expand (page_format, n_pages, n_pages);
  g_assert_nonnull (strstr (pages[0], first));
  g_assert_nonnull (strstr (pages[n_pages - 1], last));

  /* the data, in Kazakh whatever the document language */
  g_assert_nonnull (strstr (pages[0], konkurs_catalog_gettext (catalog, "Announcement of the competition")));
  g_assert_nonnull (strstr (pages[0], STATE_BODY));
  /* the procedure in the official wording of the rule set, in the
   * document's language */
  g_assert_nonnull (strstr (pages[0], language == KONKURS_DOC_LANGUAGE_RU ? "общий конкурс на занятие"
                                                                         : "«Б» корпусының бос"));
  /* a long title wraps in its cell, so look for its first word */
  g_assert_cmpuint (konkurs_test_count_occurrences (text, "Бөлім"), ==, N_VACANCIES);
  for (guint i = 1; i <= N_VACANCIES; i++)
    {
      g_autofree char *code = g_strdup_printf ("(P%02u)", i);

      g_assert_cmpuint (konkurs_test_count_occurrences (text, code), ==, 1);
    }
  g_assert_cmpuint (konkurs_test_count_occurrences (text, KAZAKH_UPPER), ==, N_VACANCIES);
  g_assert_cmpuint (konkurs_test_count_occurrences (text, KAZAKH_LOWER), ==, N_VACANCIES);
  g_assert_cmpuint (konkurs_test_count_occurrences (text, "C-O-4"), ==, N_VACANCIES / 2);

  /* dates as the document language writes them, and the rule set's period */
  rule_set = konkurs_store_get_rule_set (fixture->store, 1, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_rule_set_lookup_int (rule_set, KONKURS_RULE_DOCUMENT_REVIEW_DAYS, &days));
  announced_text = konkurs_catalog_format_date (catalog, announced);
  deadline = expected_deadline (fixture->store, catalog, days);
  g_assert_cmpstr (announced_text, !=, deadline);
  g_assert_nonnull (strstr (pages[0], announced_text));
  g_assert_nonnull (strstr (pages[0], deadline));
  period = konkurs_test_expand (konkurs_catalog_ngettext (catalog, "%d working day", "%d working days", days),
                                days, 0);
  g_assert_nonnull (strstr (pages[0], period));
}

static void
test_kazakh (Fixture *fixture, gconstpointer data)
{
  check_announcement (fixture, KONKURS_DOC_LANGUAGE_KK);
}

static void
test_russian (Fixture *fixture, gconstpointer data)
{
  check_announcement (fixture, KONKURS_DOC_LANGUAGE_RU);
}

static void
test_no_vacancies (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_catalog_new (KONKURS_DOC_LANGUAGE_KK, &error);
  g_autoptr(KonkursDocument) document = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "empty.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  document = konkurs_announcement_build (fixture->store, fixture->empty_id, catalog, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (konkurs_document_get_n_pages (document), ==, 1);

  text = konkurs_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, STATE_BODY));
  g_assert_nonnull (strstr (text, "Бос конкурс"));
  g_assert_nonnull (strstr (text, konkurs_catalog_gettext (catalog, "The competition has no vacant positions.")));
  g_assert_null (strstr (text, "Бөлім"));
}

static void
test_missing_competition (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_catalog_new (KONKURS_DOC_LANGUAGE_RU, &error);
  g_autoptr(KonkursDocument) document = NULL;

  g_assert_no_error (error);
  document = konkurs_announcement_build (fixture->store, 999999, catalog, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (error->message);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/announcement/kazakh", Fixture, NULL, fixture_set_up, test_kazakh, fixture_tear_down);
  g_test_add ("/announcement/russian", Fixture, NULL, fixture_set_up, test_russian, fixture_tear_down);
  g_test_add ("/announcement/no-vacancies", Fixture, NULL, fixture_set_up, test_no_vacancies, fixture_tear_down);
  g_test_add ("/announcement/missing-competition", Fixture, NULL, fixture_set_up,
              test_missing_competition, fixture_tear_down);

  return g_test_run ();
}
