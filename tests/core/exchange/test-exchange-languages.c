/* test-exchange-languages.c — the texts of exchange files in Kazakh and in
 * Russian: xml:lang on each text or around it, files of version 1 in the
 * language the file or the caller declares, and what is refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-exchange.h"
#include "konkurs-test-util.h"

typedef struct {
  char         *tmpdir;
  KonkursStore *store;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->tmpdir = konkurs_test_make_tmp_dir ("test-exchange-languages-XXXXXX");
  fixture->store = konkurs_test_store_open (NULL, NULL);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_clear_object (&fixture->store);
  konkurs_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

static void
assert_text (const KonkursLocalText *text, const char *kk, const char *ru)
{
  g_assert_cmpstr (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_KK), ==, kk);
  g_assert_cmpstr (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_RU), ==, ru);
}

static guint
count_competitions (KonkursStore *store)
{
  g_autoptr(GPtrArray) list = konkurs_store_list_competitions (store, NULL);

  return list->len;
}

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

/* Each text in its xml:lang, or in that of an element around it; regions
 * of a language ("kk-KZ", "ru-RU") are the language. */
static void
test_import_bilingual (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = konkurs_test_data_path ("exchange-bilingual.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) civil = NULL;
  g_autoptr(KonkursCompetition) youth = NULL;
  g_autoptr(GPtrArray) vacancies = NULL;

  g_assert_true (konkurs_exchange_import_file (fixture->store, path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  civil = konkurs_store_find_competition_by_number (fixture->store, "ҚР-2025/14", &error);
  g_assert_no_error (error);
  assert_text (konkurs_competition_get_state_body_text (civil), "Қазақстан Республикасы Қаржы министрлігі",
               "Министерство финансов Республики Казахстан");
  assert_text (konkurs_competition_get_title_text (civil), "Бос лауазымға жалпы конкурс", "");
  vacancies = konkurs_store_list_vacancies (fixture->store, konkurs_competition_get_id (civil), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (vacancies->len, ==, 2);
  g_assert_cmpstr (konkurs_vacancy_get_code (vacancies->pdata[0]), ==, "7");
  assert_text (konkurs_vacancy_get_position_title_text (vacancies->pdata[0]), "Бас сарапшы", "Главный эксперт");
  assert_text (konkurs_vacancy_get_sector_text (vacancies->pdata[0]), "", "Бюджетное планирование");
  assert_text (konkurs_vacancy_get_requirements_text (vacancies->pdata[0]), "Заңнаманы білу", "");
  g_assert_cmpstr (konkurs_vacancy_get_code (vacancies->pdata[1]), ==, "8");
  assert_text (konkurs_vacancy_get_position_title_text (vacancies->pdata[1]), "", "Руководитель управления");

  /* the competition's xml:lang is nearer than the root's */
  youth = konkurs_store_find_competition_by_number (fixture->store, "2025-020", &error);
  g_assert_no_error (error);
  assert_text (konkurs_competition_get_state_body_text (youth), "Мемлекеттік қызмет істері агенттігі",
               "Агентство по делам государственной службы");
}

/* A file in today's single-language form, all Russian as its root says,
 * or in the language the person importing it says. */
static void
test_single_language (Fixture *fixture, gconstpointer data)
{
  g_autofree char *russian = konkurs_test_data_path ("exchange-russian.xml");
  g_autofree char *undeclared = konkurs_test_data_path ("exchange-valid.xml");
  g_autoptr(KonkursStore) other = konkurs_test_store_open (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions = NULL;
  g_autoptr(GPtrArray) vacancies = NULL;

  /* the caller's language does not override the file's */
  g_assert_true (konkurs_exchange_import_file_in (fixture->store, russian, KONKURS_DOC_LANGUAGE_KK,
                                                  NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  competitions = konkurs_store_list_competitions (fixture->store, &error);
  assert_text (konkurs_competition_get_state_body_text (competitions->pdata[0]), "",
               "Министерство юстиции Республики Казахстан");
  assert_text (konkurs_competition_get_title_text (competitions->pdata[0]), "", "Общий конкурс");
  g_assert_cmpstr (konkurs_competition_get_number (competitions->pdata[0]), ==, "2025-001");
  vacancies = konkurs_store_list_vacancies (fixture->store, 0, &error);
  assert_text (konkurs_vacancy_get_position_title_text (vacancies->pdata[0]), "", "Главный специалист");
  g_assert_cmpstr (konkurs_vacancy_get_code (vacancies->pdata[0]), ==, "1");
  g_clear_pointer (&competitions, g_ptr_array_unref);

  /* a file that says nothing: refused at its first text, nothing in */
  g_assert_false (konkurs_exchange_import_file (other, undeclared, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_LANGUAGE_UNDECLARED);
  g_assert_true (g_str_has_prefix (error->message, "exchange-valid.xml:6: competition/state-body: "));
  g_clear_error (&error);
  g_assert_cmpuint (count_competitions (other), ==, 0);

  /* imported again in Russian, as the secretary says */
  g_assert_true (konkurs_exchange_import_file_in (other, undeclared, KONKURS_DOC_LANGUAGE_RU,
                                                  NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  competitions = konkurs_store_list_competitions (other, &error);
  g_assert_cmpuint (competitions->len, ==, 2);
  assert_text (konkurs_competition_get_state_body_text (competitions->pdata[1]), "",
               "Қазақстан Республикасы Қаржы министрлігі");
}

static void
assert_refused (Fixture *fixture, const char *file, const char *message)
{
  g_autofree char *path = konkurs_test_data_path (file);
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_exchange_import_file_in (fixture->store, path, KONKURS_DOC_LANGUAGE_KK,
                                                   NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpuint (count_competitions (fixture->store), ==, 0);
}

static void
test_refused (Fixture *fixture, gconstpointer data)
{
  assert_refused (fixture, "exchange-unknown-language.xml",
                  "exchange-unknown-language.xml:5: competition/state-body: 'en' is not a language Konkurs "
                  "keeps records in; use xml:lang=\"kk\" or xml:lang=\"ru\"");
  assert_refused (fixture, "exchange-language-twice.xml",
                  "exchange-language-twice.xml:6: competition/title: a second text in the language “ru”; "
                  "give each language once");
}

/* Both values go out with their xml:lang and come back the same: export,
 * import into an empty database and export again give the same bytes. */
static void
test_round_trip (Fixture *fixture, gconstpointer data)
{
  g_autofree char *source = konkurs_test_data_path ("exchange-bilingual.xml");
  g_autofree char *first = g_build_filename (fixture->tmpdir, "first.xml", NULL);
  g_autofree char *second = g_build_filename (fixture->tmpdir, "second.xml", NULL);
  g_autoptr(KonkursStore) other = konkurs_test_store_open (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;

  g_assert_true (konkurs_exchange_import_file (fixture->store, source, NULL, NULL, NULL, NULL, &error));
  g_assert_true (konkurs_exchange_export_file (fixture->store, first, NULL, &error));
  g_assert_true (konkurs_exchange_import_file (other, first, NULL, NULL, NULL, NULL, &error));
  g_assert_true (konkurs_exchange_export_file (other, second, NULL, &error));
  g_assert_no_error (error);

  first_text = read_file (first);
  second_text = read_file (second);
  g_assert_cmpstr (first_text, ==, second_text);
  g_assert_nonnull (strstr (first_text,
                            "  <competition number=\"ҚР-2025/14\" procedure=\"civil-service\" rule-set=\"kz-2023\""));
  g_assert_nonnull (strstr (first_text,
                            "    <state-body xml:lang=\"kk\">Қазақстан Республикасы Қаржы министрлігі</state-body>\n"
                            "    <state-body xml:lang=\"ru\">Министерство финансов Республики Казахстан</state-body>\n"
                            "    <title xml:lang=\"kk\">Бос лауазымға жалпы конкурс</title>\n"
                            "    <vacancy code=\"7\" corps=\"B\""));
  g_assert_nonnull (strstr (first_text,
                            "      <position-title xml:lang=\"kk\">Бас сарапшы</position-title>\n"
                            "      <position-title xml:lang=\"ru\">Главный эксперт</position-title>\n"
                            "      <sector xml:lang=\"ru\">Бюджетное планирование</sector>\n"));
  /* a language without a value writes no element */
  g_assert_null (strstr (first_text, "<title xml:lang=\"ru\">"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/exchange-languages/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("import-bilingual", test_import_bilingual);
  ADD ("single-language", test_single_language);
  ADD ("refused", test_refused);
  ADD ("round-trip", test_round_trip);
#undef ADD

  return g_test_run ();
}
