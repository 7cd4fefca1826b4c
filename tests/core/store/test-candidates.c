/* test-candidates.c — the registry of candidates: saving and reading people with
 * their papers, validation, duplicates, search and alphabetical order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-collation.h"
#include "konkurs-store-private.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

/* Helpers */

static GArray *
search (KonkursTestCandidates *fixture, const char *text)
{
  return konkurs_test_search_candidates (fixture->store, text);
}

static gboolean
ids_contain (GArray *ids, gint64 id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

/* Tests */

static void
test_save_get (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Әлиева", "Әлия", 1992, 4, 15, 1);
  g_autoptr(KonkursCandidate) fetched = NULL;
  g_autoptr(KonkursCandidate) again = NULL;
  g_autoptr(GDate) start = konkurs_test_date_new (2014, 9, 1);
  g_autoptr(GDate) end = konkurs_test_date_new (2018, 6, 30);
  g_autoptr(GDate) passed = konkurs_test_date_new (2024, 5, 17);
  g_autoptr(KonkursEducationEntry) bachelor =
    konkurs_education_entry_new (KONKURS_EDUCATION_HIGHER, "Экономика", "ЕҰУ", 2014);
  g_autoptr(KonkursEducationEntry) master =
    konkurs_education_entry_new (KONKURS_EDUCATION_POSTGRADUATE, "Қаржы", "Назарбаев Университеті", 2016);
  g_autoptr(KonkursEmployment) first_job = konkurs_employment_new ("ҚазМұнайГаз", "Экономист", start, end);
  g_autoptr(KonkursEmployment) second_job = konkurs_employment_new ("Қаржы министрлігі", "Бас маман", end, NULL);
  g_autoptr(KonkursCandidateCertificate) certificate =
    konkurs_candidate_certificate_new (KONKURS_CERTIFICATE_LEGISLATION, passed, "42/55", "ZT-0042");
  const KonkursEducationEntry *entry;
  const KonkursEmployment *job;
  const KonkursCandidateCertificate *held;
  GPtrArray *list;
  gint64 id;

  konkurs_candidate_set_patronymic (candidate, "Серікқызы");
  konkurs_candidate_set_phone (candidate, "+7 701 000 00 00");
  konkurs_candidate_set_email (candidate, "aliya@example.kz");
  konkurs_candidate_set_address (candidate, "Астана, Мәңгілік Ел 8");
  konkurs_candidate_set_citizenship (candidate, "KZ");
  konkurs_candidate_set_language_level (candidate, KONKURS_LANGUAGE_LEVEL_C2);
  konkurs_candidate_set_exclusions (candidate, KONKURS_EXCLUSION_POLITICAL_SERVANT | KONKURS_EXCLUSION_IN_RESERVE);
  konkurs_candidate_add_education (candidate, bachelor);
  konkurs_candidate_add_education (candidate, master);
  konkurs_candidate_add_employment (candidate, first_job);
  konkurs_candidate_add_employment (candidate, second_job);
  konkurs_candidate_add_certificate (candidate, certificate);

  id = konkurs_test_save_candidate (fixture->store, candidate);
  g_assert_cmpuint (fixture->n_candidates_changed, ==, 1);

  fetched = konkurs_store_get_candidate (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_candidate_get_id (fetched), ==, id);
  g_assert_cmpstr (konkurs_candidate_get_iin (fetched), ==, konkurs_candidate_get_iin (candidate));
  g_assert_cmpstr (konkurs_candidate_get_surname (fetched), ==, "Әлиева");
  g_assert_cmpstr (konkurs_candidate_get_name (fetched), ==, "Әлия");
  g_assert_cmpstr (konkurs_candidate_get_patronymic (fetched), ==, "Серікқызы");
  g_assert_cmpstr (konkurs_candidate_get_phone (fetched), ==, "+7 701 000 00 00");
  g_assert_cmpstr (konkurs_candidate_get_email (fetched), ==, "aliya@example.kz");
  g_assert_cmpstr (konkurs_candidate_get_address (fetched), ==, "Астана, Мәңгілік Ел 8");
  g_assert_cmpstr (konkurs_candidate_get_citizenship (fetched), ==, "KZ");
  g_assert_cmpint (konkurs_candidate_get_language_level (fetched), ==, KONKURS_LANGUAGE_LEVEL_C2);
  g_assert_cmpint (konkurs_candidate_get_exclusions (fetched), ==,
                   KONKURS_EXCLUSION_POLITICAL_SERVANT | KONKURS_EXCLUSION_IN_RESERVE);
  konkurs_test_assert_date (konkurs_candidate_get_birth_date (fetched), 1992, 4, 15);
  g_assert_cmpint (konkurs_candidate_get_sex (fetched), ==, KONKURS_SEX_FEMALE);
  g_assert_cmpint (konkurs_candidate_get_highest_education (fetched), ==, KONKURS_EDUCATION_POSTGRADUATE);
  {
    g_autofree char *full = konkurs_candidate_dup_full_name (fetched);
    g_assert_cmpstr (full, ==, "Әлиева Әлия Серікқызы");
  }

  list = konkurs_candidate_get_education (fetched);
  g_assert_cmpuint (list->len, ==, 2);
  entry = g_ptr_array_index (list, 1);
  g_assert_cmpint (entry->level, ==, KONKURS_EDUCATION_POSTGRADUATE);
  g_assert_cmpstr (entry->field, ==, "Қаржы");
  g_assert_cmpstr (entry->institution, ==, "Назарбаев Университеті");
  g_assert_cmpint (entry->year, ==, 2016);

  list = konkurs_candidate_get_employments (fetched);
  g_assert_cmpuint (list->len, ==, 2);
  job = g_ptr_array_index (list, 0);
  g_assert_cmpstr (job->employer, ==, "ҚазМұнайГаз");
  g_assert_cmpstr (job->position, ==, "Экономист");
  konkurs_test_assert_date (&job->start, 2014, 9, 1);
  konkurs_test_assert_date (&job->end, 2018, 6, 30);
  job = g_ptr_array_index (list, 1);
  g_assert_false (g_date_valid (&job->end));

  list = konkurs_candidate_get_certificates (fetched);
  g_assert_cmpuint (list->len, ==, 1);
  held = g_ptr_array_index (list, 0);
  g_assert_cmpint (held->kind, ==, KONKURS_CERTIFICATE_LEGISLATION);
  konkurs_test_assert_date (&held->passed_on, 2024, 5, 17);
  g_assert_cmpstr (held->result, ==, "42/55");
  g_assert_cmpstr (held->number, ==, "ZT-0042");

  /* An update replaces the lists. */
  konkurs_candidate_set_surname (fetched, "Әлиева-Серікова");
  konkurs_candidate_remove_employment (fetched, 0);
  konkurs_candidate_clear_certificates (fetched);
  g_assert_true (konkurs_store_save_candidate (fixture->store, fetched, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_candidate_get_id (fetched), ==, id);

  again = konkurs_store_get_candidate (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_candidate_get_surname (again), ==, "Әлиева-Серікова");
  g_assert_cmpuint (konkurs_candidate_get_employments (again)->len, ==, 1);
  g_assert_cmpuint (konkurs_candidate_get_education (again)->len, ==, 2);
  g_assert_cmpuint (konkurs_candidate_get_certificates (again)->len, ==, 0);
  g_assert_cmpint (konkurs_store_count_candidates (fixture->store, &error), ==, 1);

  g_assert_null (konkurs_store_get_candidate (fixture->store, id + 100, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
}

static void
test_experience (void)
{
  g_autoptr(KonkursCandidate) candidate = konkurs_candidate_new ();
  g_autoptr(GDate) a_start = konkurs_test_date_new (2019, 3, 1);
  g_autoptr(GDate) a_end = konkurs_test_date_new (2022, 2, 28);
  g_autoptr(GDate) b_start = konkurs_test_date_new (2021, 3, 1);
  g_autoptr(GDate) b_end = konkurs_test_date_new (2024, 2, 29);
  g_autoptr(GDate) on = konkurs_test_date_new (2025, 1, 1);
  g_autoptr(KonkursEmployment) a = konkurs_employment_new ("A", "", a_start, a_end);
  g_autoptr(KonkursEmployment) b = konkurs_employment_new ("B", "", b_start, b_end);
  KonkursExperience experience;

  /* Two overlapping jobs from 1 March 2019 to 29 February 2024: 5 years,
   * the overlap counted once. */
  konkurs_candidate_add_employment (candidate, a);
  konkurs_candidate_add_employment (candidate, b);
  konkurs_candidate_compute_experience (candidate, on, &experience);
  g_assert_cmpint (experience.years, ==, 5);
  g_assert_cmpint (experience.months, ==, 0);
  g_assert_cmpint (experience.days, ==, 0);
}

static void
test_invalid_iin (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) iin_error = NULL;
  g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Иванов", "Иван", 1990, 1, 1, 7);
  char iin[KONKURS_IIN_LENGTH + 1];

  /* A wrong check digit. */
  g_strlcpy (iin, konkurs_candidate_get_iin (candidate), sizeof iin);
  iin[11] = iin[11] == '9' ? '0' : iin[11] + 1;
  konkurs_candidate_set_iin (candidate, iin);
  g_assert_null (konkurs_candidate_get_iin_birth_date (candidate));
  g_assert_cmpint (konkurs_candidate_get_sex (candidate), ==, 0);

  g_assert_false (konkurs_iin_parse (iin, NULL, &iin_error));
  g_assert_false (konkurs_store_save_candidate (fixture->store, candidate, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, iin_error->message);
  g_assert_cmpint (konkurs_candidate_get_id (candidate), ==, 0);
  g_clear_error (&error);

  konkurs_candidate_set_iin (candidate, "90010");
  g_assert_false (konkurs_store_save_candidate (fixture->store, candidate, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (konkurs_store_count_candidates (fixture->store, &error), ==, 0);
  g_assert_cmpuint (fixture->n_candidates_changed, ==, 0);
}

static void
test_birth_date_mismatch (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Иванов", "Иван", 1990, 1, 2, 3);
  g_autoptr(GDate) wrong = konkurs_test_date_new (1990, 2, 1);
  g_autoptr(GDate) right = konkurs_test_date_new (1990, 1, 2);

  konkurs_candidate_set_birth_date (candidate, wrong);
  konkurs_test_assert_date (konkurs_candidate_get_birth_date (candidate), 1990, 2, 1);
  konkurs_test_assert_date (konkurs_candidate_get_iin_birth_date (candidate), 1990, 1, 2);

  g_assert_false (konkurs_store_save_candidate (fixture->store, candidate, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "01.02.1990"));
  g_assert_nonnull (strstr (error->message, "02.01.1990"));
  g_clear_error (&error);

  konkurs_candidate_set_birth_date (candidate, right);
  konkurs_test_save_candidate (fixture->store, candidate);
}

static void
test_required_fields (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("  ", "Иван", 1990, 1, 2, 3);
  g_autoptr(GDate) start = konkurs_test_date_new (2020, 1, 1);
  g_autoptr(GDate) before = konkurs_test_date_new (2019, 1, 1);
  g_autoptr(KonkursEmployment) backwards = konkurs_employment_new ("Әкімдік", "", start, before);
  g_autoptr(KonkursEmployment) nameless = konkurs_employment_new (" ", "", start, NULL);
  g_autoptr(KonkursEducationEntry) future = konkurs_education_entry_new (KONKURS_EDUCATION_HIGHER, "", "", 2101);
  g_autoptr(KonkursEducationEntry) last = konkurs_education_entry_new (KONKURS_EDUCATION_HIGHER, "", "", 2100);

  g_assert_false (konkurs_store_save_candidate (fixture->store, candidate, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  konkurs_candidate_set_surname (candidate, "Иванов");
  konkurs_candidate_set_name (candidate, "");
  g_assert_false (konkurs_store_save_candidate (fixture->store, candidate, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  konkurs_candidate_set_name (candidate, "Иван");
  konkurs_candidate_add_employment (candidate, backwards);
  g_assert_false (konkurs_store_save_candidate (fixture->store, candidate, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "01.01.2019"));
  g_clear_error (&error);

  konkurs_candidate_clear_employments (candidate);
  konkurs_candidate_add_employment (candidate, nameless);
  g_assert_false (konkurs_store_save_candidate (fixture->store, candidate, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The graduation year of the rules, not the schema's looser 2200. */
  konkurs_candidate_clear_employments (candidate);
  konkurs_candidate_add_education (candidate, future);
  g_assert_false (konkurs_store_save_candidate (fixture->store, candidate, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Education 1: the year of graduation 2101 is not possible.");
  g_clear_error (&error);

  g_assert_cmpint (konkurs_store_count_candidates (fixture->store, &error), ==, 0);

  konkurs_candidate_clear_education (candidate);
  konkurs_candidate_add_education (candidate, last);
  konkurs_test_save_candidate (fixture->store, candidate);
}

static void
test_duplicate_iin (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) first = konkurs_test_person_new ("Сейітова", "Гүлнар", 1988, 7, 30, 11);
  g_autoptr(KonkursCandidate) second = konkurs_test_person_new ("Петрова", "Анна", 1988, 7, 30, 11);
  g_autofree char *spaced = NULL;
  gint64 id;

  id = konkurs_test_save_candidate (fixture->store, first);
  g_assert_cmpstr (konkurs_candidate_get_iin (first), ==, konkurs_candidate_get_iin (second));

  g_assert_false (konkurs_store_save_candidate (fixture->store, second, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "Сейітова"));
  g_assert_nonnull (strstr (error->message, "Гүлнар"));
  g_assert_cmpint (konkurs_candidate_get_id (second), ==, 0);
  g_clear_error (&error);

  g_assert_cmpint (konkurs_store_find_candidate_by_iin (fixture->store, konkurs_candidate_get_iin (second), &error), ==, id);
  g_assert_no_error (error);
  spaced = g_strdup_printf ("%.6s %.6s", konkurs_candidate_get_iin (second), konkurs_candidate_get_iin (second) + 6);
  g_assert_cmpint (konkurs_store_find_candidate_by_iin (fixture->store, spaced, &error), ==, id);
  g_assert_cmpint (konkurs_store_find_candidate_by_iin (fixture->store, "000000000000", &error), ==, 0);
  g_assert_no_error (error);

  /* Saving the first again is an update, not a duplicate. */
  konkurs_candidate_set_phone (first, "+7 777 1");
  g_assert_true (konkurs_store_save_candidate (fixture->store, first, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_store_count_candidates (fixture->store, &error), ==, 1);
}

static void
test_search (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(KonkursCandidate) aliya = konkurs_test_person_new ("СЕРІКОВА", "ӘЛИЯ", 1995, 5, 5, 1);
  g_autoptr(KonkursCandidate) aliev = konkurs_test_person_new ("ӘЛИЕВ", "Серік", 1980, 1, 20, 2);
  g_autoptr(KonkursCandidate) ivanov = konkurs_test_person_new ("Иванов", "Пётр", 1975, 12, 1, 3);
  g_autoptr(KonkursCandidate) kasym = konkurs_test_person_new ("ҚАСЫМОВ", "Ерлан", 1999, 9, 9, 4);
  static const char * const hostile[] = {
    "\"", "\"\"", "*", "(", ")", "әли\"*(", "AND", "OR NOT", "NEAR(", "a:b", "^әли",
    "-", "+", "{iin}", "iin:9*", "'; DROP TABLE candidate; --", "\\", "   ", "ә*ли",
  };
  GArray *ids;

  konkurs_test_save_candidate (fixture->store, aliya);
  konkurs_test_save_candidate (fixture->store, aliev);
  konkurs_test_save_candidate (fixture->store, ivanov);
  konkurs_test_save_candidate (fixture->store, kasym);

  ids = search (fixture, "әлия");
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_true (ids_contain (ids, konkurs_candidate_get_id (aliya)));
  g_array_unref (ids);

  /* Prefix, as one types: both ӘЛИЯ and ӘЛИЕВ. */
  ids = search (fixture, "әли");
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_true (ids_contain (ids, konkurs_candidate_get_id (aliya)));
  g_assert_true (ids_contain (ids, konkurs_candidate_get_id (aliev)));
  /* In alphabetical order: Ә is the second letter, before С. */
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, konkurs_candidate_get_id (aliev));
  g_array_unref (ids);

  ids = search (fixture, "қасым");
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_true (ids_contain (ids, konkurs_candidate_get_id (kasym)));
  g_array_unref (ids);

  ids = search (fixture, "ИВАН");
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_true (ids_contain (ids, konkurs_candidate_get_id (ivanov)));
  g_array_unref (ids);

  /* Every word must match: surname and name together. */
  ids = search (fixture, "серік әли");
  g_assert_cmpuint (ids->len, ==, 2);
  g_array_unref (ids);
  ids = search (fixture, "сері ерл");
  g_assert_cmpuint (ids->len, ==, 0);
  g_array_unref (ids);

  /* IIN prefixes, typed plain or in groups. */
  {
    g_autofree char *prefix = g_strndup (konkurs_candidate_get_iin (kasym), 7);
    g_autofree char *grouped = g_strdup_printf ("%.6s %.3s", konkurs_candidate_get_iin (kasym),
                                                konkurs_candidate_get_iin (kasym) + 6);

    ids = search (fixture, prefix);
    g_assert_cmpuint (ids->len, ==, 1);
    g_assert_true (ids_contain (ids, konkurs_candidate_get_id (kasym)));
    g_array_unref (ids);
    ids = search (fixture, grouped);
    g_assert_cmpuint (ids->len, ==, 1);
    g_array_unref (ids);
    ids = search (fixture, konkurs_candidate_get_iin (kasym));
    g_assert_cmpuint (ids->len, ==, 1);
    g_array_unref (ids);
  }

  /* Anything typed is safe: no FTS5 syntax error, never all-or-crash. */
  for (guint i = 0; i < G_N_ELEMENTS (hostile); i++)
    {
      g_test_message ("searching for %s", hostile[i]);
      ids = search (fixture, hostile[i]);
      g_array_unref (ids);
    }
  ids = search (fixture, "әли\"*(");
  g_assert_cmpuint (ids->len, ==, 2);
  g_array_unref (ids);

  /* Nothing typed: everyone; nothing searchable typed: nobody (the list
   * says why, test-candidate-search). */
  ids = search (fixture, "");
  g_assert_cmpuint (ids->len, ==, 4);
  g_array_unref (ids);
  ids = search (fixture, "   ");
  g_assert_cmpuint (ids->len, ==, 4);
  g_array_unref (ids);
  ids = search (fixture, "((");
  g_assert_cmpuint (ids->len, ==, 0);
  g_array_unref (ids);
}

static void
test_filters (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) a = konkurs_test_person_new ("Ахметова", "Айгерім", 1994, 6, 1, 31);
  g_autoptr(KonkursCandidate) b = konkurs_test_person_new ("Бекова", "Бибігүл", 1994, 6, 2, 32);
  g_autoptr(KonkursCandidate) c = konkurs_test_person_new ("Серікова", "Сәуле", 1994, 6, 3, 33);
  g_autoptr(KonkursCandidacy) a_app = NULL;
  g_autoptr(KonkursCandidacy) b_app = NULL;
  g_autoptr(KonkursCandidacy) c_app = NULL;
  g_autoptr(GArray) ids = NULL;
  KonkursCandidateFilter filter;
  gint64 civil, reserve, v1, v2;

  konkurs_test_make_qualified (a);
  konkurs_test_save_candidate (fixture->store, a);
  konkurs_test_save_candidate (fixture->store, b);
  konkurs_test_save_candidate (fixture->store, c);
  civil = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  reserve = konkurs_test_add_march_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  v1 = konkurs_test_add_march_vacancy (fixture->store, civil, "Бас маман");
  v2 = konkurs_test_add_march_vacancy (fixture->store, civil, "Жетекші маман");
  a_app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (a), civil, v1, NULL);
  b_app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (b), civil, v2, NULL);
  c_app = konkurs_test_apply_in_march (fixture->store, konkurs_candidate_get_id (c), reserve, 0, "social-policy");
  g_assert_true (konkurs_store_decide_candidacy (fixture->store, konkurs_candidacy_get_id (a_app), TRUE, NULL, &error));
  g_assert_no_error (error);

  konkurs_candidate_filter_init (&filter);
  filter.competition_id = civil;
  ids = konkurs_store_query_candidate_ids (fixture->store, &filter, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, konkurs_candidate_get_id (a));
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, konkurs_candidate_get_id (b));
  g_clear_pointer (&ids, g_array_unref);

  filter.vacancy_id = v2;
  ids = konkurs_store_query_candidate_ids (fixture->store, &filter, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, konkurs_candidate_get_id (b));
  g_clear_pointer (&ids, g_array_unref);

  konkurs_candidate_filter_init (&filter);
  filter.eligibility = KONKURS_ELIGIBILITY_STATE_ELIGIBLE;
  ids = konkurs_store_query_candidate_ids (fixture->store, &filter, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, konkurs_candidate_get_id (a));
  g_clear_pointer (&ids, g_array_unref);

  filter.eligibility = KONKURS_ELIGIBILITY_STATE_PENDING;
  ids = konkurs_store_query_candidate_ids (fixture->store, &filter, &error);
  g_assert_cmpuint (ids->len, ==, 2);
  g_clear_pointer (&ids, g_array_unref);

  filter.competition_id = reserve;
  filter.text = "сәу";
  ids = konkurs_store_query_candidate_ids (fixture->store, &filter, &error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, konkurs_candidate_get_id (c));
  g_clear_pointer (&ids, g_array_unref);

  filter.text = "бек";
  ids = konkurs_store_query_candidate_ids (fixture->store, &filter, &error);
  g_assert_cmpuint (ids->len, ==, 0);
}

static void
test_transaction_signals (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  guint n = 2000;

  g_assert_true (konkurs_store_begin (fixture->store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Көпбаев", "Бір", 1970 + i % 30, 1 + i % 12,
                                                             1 + i % 28, i);

      konkurs_test_make_qualified (candidate);
      konkurs_test_save_candidate (fixture->store, candidate);
    }
  g_assert_cmpuint (fixture->n_candidates_changed, ==, 0);
  g_assert_true (konkurs_store_commit (fixture->store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_candidates_changed, ==, 1);
  g_test_message ("%u candidates with 5 nested rows each saved in %.1f ms", n,
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpint (konkurs_store_count_candidates (fixture->store, &error), ==, n);

  /* A failed save inside a transaction leaves the earlier ones alone. */
  g_assert_true (konkurs_store_begin (fixture->store, &error));
  {
    g_autoptr(KonkursCandidate) ok = konkurs_test_person_new ("Жаңа", "Адам", 2001, 1, 1, 9000);
    g_autoptr(KonkursCandidate) bad = konkurs_test_person_new ("Жаңа", "Адам", 2001, 1, 1, 9000);

    konkurs_test_save_candidate (fixture->store, ok);
    g_assert_false (konkurs_store_save_candidate (fixture->store, bad, &error));
    g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
    g_clear_error (&error);
  }
  konkurs_store_rollback (fixture->store);
  g_assert_cmpint (konkurs_store_count_candidates (fixture->store, &error), ==, n);
  g_assert_cmpuint (fixture->n_candidates_changed, ==, 1);
}

static void
test_save_batch (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  guint failed = G_MAXUINT;

  for (guint i = 0; i < 10; i++)
    g_ptr_array_add (batch, konkurs_test_person_new ("Топтама", "Бір", 1985, 1 + i, 10, 40 + i));
  /* The eighth repeats the IIN of the third. */
  konkurs_candidate_set_iin (g_ptr_array_index (batch, 7),
                             konkurs_candidate_get_iin (g_ptr_array_index (batch, 2)));

  g_assert_false (konkurs_store_save_candidates (fixture->store, (KonkursCandidate **) batch->pdata,
                                                 batch->len, &failed, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE);
  g_assert_cmpuint (failed, ==, 7);
  g_clear_error (&error);
  for (guint i = 0; i < batch->len; i++)
    g_assert_cmpint (konkurs_candidate_get_id (g_ptr_array_index (batch, i)), ==, 0);
  g_assert_cmpint (konkurs_store_count_candidates (fixture->store, &error), ==, 0);
  g_assert_cmpuint (fixture->n_candidates_changed, ==, 0);

  /* An invalid one is found before anything is written. */
  konkurs_candidate_set_iin (g_ptr_array_index (batch, 7), "123");
  g_assert_false (konkurs_store_save_candidates (fixture->store, (KonkursCandidate **) batch->pdata,
                                                 batch->len, &failed, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID);
  g_assert_cmpuint (failed, ==, 7);
  g_clear_error (&error);

  g_ptr_array_remove_index (batch, 7);
  g_assert_true (konkurs_store_save_candidates (fixture->store, (KonkursCandidate **) batch->pdata,
                                                batch->len, &failed, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < batch->len; i++)
    g_assert_cmpint (konkurs_candidate_get_id (g_ptr_array_index (batch, i)), >, 0);
  g_assert_cmpint (konkurs_store_count_candidates (fixture->store, &error), ==, 9);
  g_assert_cmpuint (fixture->n_candidates_changed, ==, 1);
}

/* Alphabetical order */

/* Names in the order the list must show them: the Kazakh alphabet, where
 * Russian names fall into place; case does not count; surname, then name,
 * then patronymic. */
static const struct {
  const char *surname, *name, *patronymic;
} alphabetical[] = {
  { "Smith", "John", "" },                /* Latin letters come first */
  { "Асан", "Айгүл", "" },
  { "Асан", "Інжу", "" },
  { "Асанов", "Арман", "" },             /* a shorter surname first */
  { "Ахметов", "Ямиль", "" },
  { "Ахметова", "Айгүл", "" },
  { "Әлиев", "Арман", "" },
  { "ӘЛИЕВ", "Серік", "" },              /* next to Әлиев */
  { "әлиева", "Дана", "" },
  { "Бекова", "Гүлнар", "" },
  { "Ғабитов", "Ерлан", "" },
  { "Дәулетов", "Нұрлан", "" },
  { "Ерболов", "Асқар", "" },
  { "Ёлкин", "Пётр", "" },
  { "Иванов", "Пётр", "" },
  { "Қасымов", "Ерлан", "" },
  { "Лебедев", "Олег", "" },
  { "Ңұрғалиев", "Бақыт", "" },
  { "Оспанов", "Сейіт", "" },
  { "Өтепов", "Арман", "" },
  { "Сейтов", "Нұрлан", "Әбілұлы" },
  { "Сейтов", "Нұрлан", "Бекұлы" },
  { "Сейтов", "Нұрлан", "қайратұлы" },
  { "Усенов", "Бауыржан", "" },
  { "Ұлықбеков", "Дархан", "" },
  { "Үмбетов", "Ғалым", "" },
  { "Хасенов", "Талғат", "" },
  { "Һакимов", "Руслан", "" },
  { "Цой", "Виктор", "" },
  { "Ыбыраев", "Ыбырай", "" },
  { "Ілиясов", "Мұрат", "" },
  { "Эмиров", "Азат", "" },
  { "Яковлев", "Иван", "" },
};

static KonkursCandidate *
make_alphabetical (guint i)
{
  KonkursCandidate *candidate = konkurs_test_person_new (alphabetical[i].surname, alphabetical[i].name,
                                                1980 + i % 20, 1 + i % 12, 1 + i % 28, 100 + i);

  konkurs_candidate_set_patronymic (candidate, alphabetical[i].patronymic);
  return candidate;
}

static void
assert_alphabetical (GArray *ids, gint64 *expected, guint n)
{
  g_assert_cmpuint (ids->len, ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_test_message ("place %u: %s %s %s", i, alphabetical[i].surname, alphabetical[i].name,
                      alphabetical[i].patronymic);
      g_assert_cmpint (g_array_index (ids, gint64, i), ==, expected[i]);
    }
}

static void
test_alphabetical_order (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(KonkursCandidate) renamed = NULL;
  guint n = G_N_ELEMENTS (alphabetical);
  gint64 expected[G_N_ELEMENTS (alphabetical)];
  guint failed;
  GArray *ids;

  /* Saved in an order that is neither the alphabet's nor the bytes': the
   * odd ones one by one in reverse, the even ones in a batch. */
  for (guint i = n; i-- > 0;)
    if (i % 2 == 1)
      {
        g_autoptr(KonkursCandidate) candidate = make_alphabetical (i);

        expected[i] = konkurs_test_save_candidate (fixture->store, candidate);
      }
  for (guint i = 0; i < n; i += 2)
    g_ptr_array_add (batch, make_alphabetical (i));
  g_assert_true (konkurs_store_save_candidates (fixture->store, (KonkursCandidate **) batch->pdata,
                                                batch->len, &failed, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < batch->len; i++)
    expected[2 * i] = konkurs_candidate_get_id (g_ptr_array_index (batch, i));

  ids = search (fixture, "");
  assert_alphabetical (ids, expected, n);
  g_array_unref (ids);

  /* A search keeps the order. */
  ids = search (fixture, "сейтов");
  g_assert_cmpuint (ids->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (g_array_index (ids, gint64, i), ==, expected[20 + i]);
  g_array_unref (ids);

  /* A new surname moves the candidate: Яковлев becomes Аббасов. */
  renamed = konkurs_store_get_candidate (fixture->store, expected[n - 1], &error);
  g_assert_no_error (error);
  konkurs_candidate_set_surname (renamed, "Аббасов");
  konkurs_test_save_candidate (fixture->store, renamed);
  ids = search (fixture, "");
  g_assert_cmpuint (ids->len, ==, n);
  g_assert_cmpint (g_array_index (ids, gint64, 1), ==, expected[n - 1]);
  g_assert_cmpint (g_array_index (ids, gint64, 2), ==, expected[1]);
  g_assert_cmpint (g_array_index (ids, gint64, n - 1), ==, expected[n - 2]);
  g_array_unref (ids);

  /* Every row has its key: none is left to sort last. */
  {
    g_autoptr(sqlite3_stmt) stmt = NULL;

    g_assert_cmpint (sqlite3_prepare_v2 (konkurs_store_get_db (fixture->store),
                                         "SELECT count(*) FROM candidate WHERE sort_key IS NULL",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 0);
  }
}

static void
test_collation (void)
{
  static const char * const ordered[] = {
    "", "123", "Zeta", "А", "Асан", "Асан Б", "Асанов", "Ә", "Ё", "Қасым", "Ұ", "Ү", "Һ", "Ы", "І", "Ь", "Я",
  };
  g_autofree char *upper = konkurs_collation_key ("ӘЛИЕВ");
  g_autofree char *lower = konkurs_collation_key ("әлиев");
  g_autofree char *other = konkurs_collation_key ("Әлиева");

  for (guint i = 0; i + 1 < G_N_ELEMENTS (ordered); i++)
    {
      g_test_message ("%s < %s", ordered[i], ordered[i + 1]);
      g_assert_cmpint (konkurs_collation_compare (ordered[i], ordered[i + 1]), <, 0);
      g_assert_cmpint (konkurs_collation_compare (ordered[i + 1], ordered[i]), >, 0);
    }
  g_assert_cmpint (konkurs_collation_compare ("Әлиев", "Әлиев"), ==, 0);
  g_assert_cmpint (konkurs_collation_compare (NULL, ""), ==, 0);

  /* Case only breaks ties: both come before Әлиева. */
  g_assert_cmpstr (upper, !=, lower);
  g_assert_cmpint (strcmp (upper, other), <, 0);
  g_assert_cmpint (strcmp (lower, other), <, 0);

  /* Fields before the next field: a surname that begins another sorts
   * first whatever the names. */
  {
    g_autofree char *short_surname = konkurs_collation_name_key ("Асан", "Ярослав", NULL);
    g_autofree char *long_surname = konkurs_collation_name_key ("Асанов", "Айбек", NULL);
    g_autofree char *no_patronymic = konkurs_collation_name_key ("Асан", "Айгүл", "");
    g_autofree char *patronymic = konkurs_collation_name_key ("Асан", "Айгүл", "Бекқызы");
    g_autofree char *next_name = konkurs_collation_name_key ("Асан", "Айгүлім", "");

    g_assert_cmpint (strcmp (short_surname, long_surname), <, 0);
    g_assert_cmpint (strcmp (no_patronymic, patronymic), <, 0);
    g_assert_cmpint (strcmp (patronymic, next_name), <, 0);
  }
  {
    g_autofree char *capitals = konkurs_collation_name_key ("ӘЛИЕВ", "СЕРІК", NULL);
    g_autofree char *typed = konkurs_collation_name_key ("әлиев", "Серік", "");

    g_assert_cmpstr (capitals, ==, typed);
  }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/candidates/" path, KonkursTestCandidates, NULL, konkurs_test_candidates_set_up, func, \
              konkurs_test_candidates_tear_down)
  ADD ("save-get", test_save_get);
  g_test_add_func ("/candidates/experience", test_experience);
  ADD ("invalid-iin", test_invalid_iin);
  ADD ("birth-date-mismatch", test_birth_date_mismatch);
  ADD ("required-fields", test_required_fields);
  ADD ("duplicate-iin", test_duplicate_iin);
  ADD ("search", test_search);
  ADD ("filters", test_filters);
  ADD ("transaction-signals", test_transaction_signals);
  ADD ("save-batch", test_save_batch);
  ADD ("alphabetical-order", test_alphabetical_order);
  g_test_add_func ("/candidates/collation", test_collation);
#undef ADD

  return g_test_run ();
}
