/* test-bilingual.c — records in Kazakh and in Russian, the numbers by which
 * files name competitions and vacancies, and the sectors of a rule set
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-store-candidacies.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

static KonkursCompetition *
competition_new (const char *kk, const char *ru, int year)
{
  KonkursCompetition *competition = konkurs_competition_new ();
  g_autoptr(GDate) date = konkurs_test_date_new (year, 3, 3);

  konkurs_competition_set_procedure (competition, KONKURS_PROCEDURE_CIVIL_SERVICE);
  konkurs_competition_set_state_body (competition, kk, ru);
  konkurs_competition_set_announcement_date (competition, date);
  return competition;
}

static void
assert_text (const KonkursLocalText *text, const char *kk, const char *ru)
{
  g_assert_cmpstr (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_KK), ==, kk);
  g_assert_cmpstr (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_RU), ==, ru);
}

/* Both values are kept, and either satisfies a required text. */
static void
test_both_languages (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) russian = competition_new (NULL, "Министерство финансов", 2025);
  g_autoptr(KonkursCompetition) neither = competition_new (" ", "\t", 2025);
  g_autoptr(KonkursCompetition) read = NULL;
  g_autoptr(KonkursVacancy) vacancy = konkurs_vacancy_new ();
  g_autoptr(KonkursVacancy) untitled = konkurs_vacancy_new ();
  g_autoptr(KonkursVacancy) read_vacancy = NULL;

  konkurs_competition_set_title (russian, "Жалпы конкурс", "Общий конкурс");
  konkurs_test_save_competition (fixture->store, russian);
  read = konkurs_store_get_competition (fixture->store, konkurs_competition_get_id (russian), &error);
  g_assert_no_error (error);
  assert_text (konkurs_competition_get_state_body_text (read), "", "Министерство финансов");
  assert_text (konkurs_competition_get_title_text (read), "Жалпы конкурс", "Общий конкурс");

  g_assert_false (konkurs_store_save_competition (fixture->store, neither, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The state body is required.");
  g_clear_error (&error);

  konkurs_vacancy_set_competition_id (vacancy, konkurs_competition_get_id (russian));
  konkurs_vacancy_set_position_title (vacancy, NULL, "Главный специалист");
  konkurs_vacancy_set_sector (vacancy, "Цифрландыру", "Цифровизация");
  konkurs_vacancy_set_requirements (vacancy, "Заңнаманы білу", NULL);
  konkurs_test_save_vacancy (fixture->store, vacancy);
  read_vacancy = konkurs_store_get_vacancy (fixture->store, konkurs_vacancy_get_id (vacancy), &error);
  g_assert_no_error (error);
  assert_text (konkurs_vacancy_get_position_title_text (read_vacancy), "", "Главный специалист");
  assert_text (konkurs_vacancy_get_sector_text (read_vacancy), "Цифрландыру", "Цифровизация");
  assert_text (konkurs_vacancy_get_requirements_text (read_vacancy), "Заңнаманы білу", "");

  konkurs_vacancy_set_competition_id (untitled, konkurs_competition_get_id (russian));
  g_assert_false (konkurs_store_save_vacancy (fixture->store, untitled, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
}

/* A competition without a number gets the next of its announcement's
 * year; a number is the competition's alone. */
static void
test_numbers (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) first = competition_new ("А", NULL, 2025);
  g_autoptr(KonkursCompetition) given = competition_new ("Б", NULL, 2025);
  g_autoptr(KonkursCompetition) second = competition_new ("В", NULL, 2025);
  g_autoptr(KonkursCompetition) other_year = competition_new ("Г", NULL, 2026);
  g_autoptr(KonkursCompetition) twice = competition_new ("Д", NULL, 2025);
  g_autoptr(KonkursCompetition) found = NULL;

  konkurs_test_save_competition (fixture->store, first);
  g_assert_cmpstr (konkurs_competition_get_number (first), ==, "2025-001");
  konkurs_competition_set_number (given, "  ҚР-17/2025 ");
  konkurs_test_save_competition (fixture->store, given);
  g_assert_cmpstr (konkurs_competition_get_number (given), ==, "ҚР-17/2025");
  konkurs_test_save_competition (fixture->store, second);
  g_assert_cmpstr (konkurs_competition_get_number (second), ==, "2025-002");
  konkurs_test_save_competition (fixture->store, other_year);
  g_assert_cmpstr (konkurs_competition_get_number (other_year), ==, "2026-001");

  /* saved again, it keeps its number */
  konkurs_competition_set_title (first, "Конкурс", NULL);
  konkurs_test_save_competition (fixture->store, first);
  g_assert_cmpstr (konkurs_competition_get_number (first), ==, "2025-001");

  konkurs_competition_set_number (twice, "ҚР-17/2025");
  g_assert_false (konkurs_store_save_competition (fixture->store, twice, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "ҚР-17/2025"));
  g_assert_cmpint (konkurs_competition_get_id (twice), ==, 0);
  g_clear_error (&error);

  found = konkurs_store_find_competition_by_number (fixture->store, "ҚР-17/2025", &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_competition_get_id (found), ==, konkurs_competition_get_id (given));
  g_assert_null (konkurs_store_find_competition_by_number (fixture->store, "1999-001", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
}

/* A vacancy's code is its number in the announcement, unique in its
 * competition. */
static void
test_codes (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 finance = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  gint64 justice = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  g_autoptr(KonkursVacancy) first = NULL;
  g_autoptr(KonkursVacancy) other = NULL;
  g_autoptr(KonkursVacancy) clash = konkurs_vacancy_new ();
  gint64 a, b, c;

  a = konkurs_test_add_march_vacancy (fixture->store, finance, "Бас маман");
  b = konkurs_test_add_march_vacancy (fixture->store, finance, "Сарапшы");
  c = konkurs_test_add_march_vacancy (fixture->store, justice, "Сарапшы");
  first = konkurs_store_find_vacancy_by_code (fixture->store, finance, "1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_vacancy_get_id (first), ==, a);
  g_clear_object (&first);
  first = konkurs_store_find_vacancy_by_code (fixture->store, finance, "2", &error);
  g_assert_cmpint (konkurs_vacancy_get_id (first), ==, b);
  /* codes count within a competition */
  other = konkurs_store_find_vacancy_by_code (fixture->store, justice, "1", &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_vacancy_get_id (other), ==, c);

  konkurs_vacancy_set_competition_id (clash, finance);
  konkurs_vacancy_set_position_title (clash, "Маман", NULL);
  konkurs_vacancy_set_code (clash, "2");
  g_assert_false (konkurs_store_save_vacancy (fixture->store, clash, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_clear_error (&error);
  konkurs_vacancy_set_code (clash, "");
  konkurs_test_save_vacancy (fixture->store, clash);
  g_assert_cmpstr (konkurs_vacancy_get_code (clash), ==, "3");
  g_assert_null (konkurs_store_find_vacancy_by_code (fixture->store, justice, "3", &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
}

/* The six priority sectors of DESIGN.md come with the rule set, with the
 * official wording of each procedure; an application names one of them. */
static void
test_sectors (KonkursTestCandidates *fixture, gconstpointer data)
{
  static const char * const codes[] = {
    "infrastructure", "agro-industrial", "foreign-policy", "economy", "digitalisation", "social-policy",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sectors = konkurs_store_list_sectors (fixture->store, 1, &error);  /* then a list of applications */
  g_autoptr(KonkursRuleSet) rule_set = konkurs_store_get_rule_set (fixture->store, 1, &error);
  g_autoptr(KonkursCandidate) person = konkurs_test_person_new ("Әлиева", "Дана", 1995, 5, 6, 3);
  g_autoptr(KonkursCandidate) other = konkurs_test_person_new ("Серікова", "Айжан", 1996, 5, 6, 4);
  g_autoptr(KonkursCandidate) third = konkurs_test_person_new ("Оспанова", "Жанар", 1997, 5, 6, 5);
  g_autoptr(KonkursCandidacy) by_code = NULL;
  g_autoptr(KonkursCandidacy) by_russian = NULL;
  g_autoptr(GDate) received = konkurs_test_date_new (2025, 3, 4);
  gint64 reserve = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  const KonkursLocalText *official;
  gint64 id;

  g_assert_no_error (error);
  g_assert_cmpuint (sectors->len, ==, G_N_ELEMENTS (codes));
  for (guint i = 0; i < sectors->len; i++)
    {
      KonkursSector *sector = g_ptr_array_index (sectors, i);

      g_assert_cmpstr (sector->code, ==, codes[i]);
      g_assert_true (konkurs_local_text_has (sector->name, KONKURS_DOC_LANGUAGE_KK));
      g_assert_true (konkurs_local_text_has (sector->name, KONKURS_DOC_LANGUAGE_RU));
    }
  assert_text (((KonkursSector *) sectors->pdata[4])->name, "Цифрландыру", "Цифровизация");
  g_assert_cmpuint (konkurs_rule_set_get_sectors (rule_set)->len, ==, G_N_ELEMENTS (codes));
  g_assert_true (konkurs_rule_set_find_sector (rule_set, " Цифровизация ") == konkurs_rule_set_find_sector (rule_set, "digitalisation"));
  g_assert_null (konkurs_rule_set_find_sector (rule_set, "цифровизация"));
  official = konkurs_rule_set_get_procedure_name (rule_set, KONKURS_PROCEDURE_YOUTH_RESERVE);
  assert_text (official, "Президенттік жастар кадрлық резервіне іріктеу", "отбор в Президентский молодежный кадровый резерв");

  /* by code, or by a name in either language, stored by code */
  id = konkurs_test_save_candidate (fixture->store, person);
  by_code = konkurs_test_apply (fixture->store, id, reserve, 0, "economy", received);
  g_assert_cmpstr (konkurs_candidacy_get_sector (by_code), ==, "economy");
  by_russian = konkurs_test_apply (fixture->store, konkurs_test_save_candidate (fixture->store, other), reserve, 0,
                                   "Внешняя политика и инвестиции", received);
  g_assert_cmpstr (konkurs_candidacy_get_sector (by_russian), ==, "foreign-policy");

  /* a sector the rules do not have is refused, naming those they do */
  id = konkurs_test_save_candidate (fixture->store, third);
  g_assert_null (konkurs_store_apply (fixture->store, id, reserve, 0, "Ғарыш", received, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Ғарыш"));
  g_assert_nonnull (strstr (error->message, "Цифрландыру"));
  g_clear_error (&error);
  g_clear_pointer (&sectors, g_ptr_array_unref);
  sectors = konkurs_store_list_candidacies_of_candidate (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sectors->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/bilingual/" path, KonkursTestCandidates, KONKURS_TEST_IN_MEMORY, konkurs_test_candidates_set_up, \
              func, konkurs_test_candidates_tear_down)
  ADD ("both-languages", test_both_languages);
  ADD ("numbers", test_numbers);
  ADD ("codes", test_codes);
  ADD ("sectors", test_sectors);
#undef ADD

  return g_test_run ();
}
