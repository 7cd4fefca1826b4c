/* konkurs-test-candidates.c — a store for the tests of candidates and
 * their applications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

const char konkurs_test_in_memory[] = "in-memory";

void
konkurs_test_candidates_set_up (KonkursTestCandidates *fixture,
                                gconstpointer          data)
{
  if (data != KONKURS_TEST_IN_MEMORY)
    fixture->dir = konkurs_test_make_tmp_dir ("konkurs-candidates-XXXXXX");
  fixture->calendar = konkurs_test_calendar_new ();
  fixture->store = konkurs_test_store_open (fixture->dir, fixture->calendar);

  g_signal_connect (fixture->store, "changed::candidates", G_CALLBACK (konkurs_test_count_changes),
                    &fixture->n_candidates_changed);
  g_signal_connect (fixture->store, "changed::applications", G_CALLBACK (konkurs_test_count_changes),
                    &fixture->n_applications_changed);
}

void
konkurs_test_candidates_tear_down (KonkursTestCandidates *fixture,
                                   gconstpointer          data)
{
  g_assert_finalize_object (fixture->store);
  g_assert_finalize_object (fixture->calendar);
  if (fixture->dir != NULL)
    konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

KonkursCandidate *
konkurs_test_person_new (const char *surname,
                         const char *name,
                         int         year,
                         int         month,
                         int         day,
                         guint       serial)
{
  char iin[KONKURS_IIN_LENGTH + 1];

  konkurs_test_make_iin (year, month, day, KONKURS_SEX_FEMALE, serial, iin);
  return konkurs_test_candidate_new (iin, surname, name);
}

void
konkurs_test_make_qualified (KonkursCandidate *candidate)
{
  g_autoptr(GDate) job_start = konkurs_test_date_new (2015, 9, 1);
  g_autoptr(GDate) passed = konkurs_test_date_new (2024, 11, 20);
  g_autoptr(KonkursEducationEntry) diploma =
    konkurs_education_entry_new (KONKURS_EDUCATION_HIGHER, "Құқықтану", "ҚазҰУ", 2015);
  g_autoptr(KonkursEmployment) job = konkurs_employment_new ("Әкімдік", "Маман", job_start, NULL);

  konkurs_candidate_add_education (candidate, diploma);
  konkurs_candidate_add_employment (candidate, job);
  for (KonkursCertificateKind kind = KONKURS_CERTIFICATE_LEGISLATION;
       kind <= KONKURS_CERTIFICATE_PERSONAL_QUALITIES; kind++)
    {
      g_autoptr(KonkursCandidateCertificate) certificate =
        konkurs_candidate_certificate_new (kind, passed, "OK", "123");

      if (kind == KONKURS_CERTIFICATE_STATE_LANGUAGE)
        certificate->level = KONKURS_LANGUAGE_LEVEL_C1;
      konkurs_candidate_add_certificate (candidate, certificate);
    }
  konkurs_candidate_set_language_level (candidate, KONKURS_LANGUAGE_LEVEL_C1);
}

gint64
konkurs_test_add_march_competition (KonkursStore     *store,
                                    KonkursProcedure  procedure)
{
  return konkurs_test_add_competition (store, procedure, "Қаржы министрлігі", "", 2025, 3, 3);
}

gint64
konkurs_test_add_march_vacancy (KonkursStore *store,
                                gint64        competition_id,
                                const char   *title)
{
  return konkurs_test_add_vacancy (store, competition_id, title, "", 1, 3);
}

KonkursCandidacy *
konkurs_test_apply_in_march (KonkursStore *store,
                             gint64        candidate_id,
                             gint64        competition_id,
                             gint64        vacancy_id,
                             const char   *sector)
{
  g_autoptr(GDate) received = konkurs_test_date_new (2025, 3, 4);

  return konkurs_test_apply (store, candidate_id, competition_id, vacancy_id, sector, received);
}

GArray *
konkurs_test_search_candidates (KonkursStore *store,
                                const char   *text)
{
  g_autoptr(GError) error = NULL;
  KonkursCandidateFilter filter;
  GArray *ids;

  konkurs_candidate_filter_init (&filter);
  filter.text = text;
  ids = konkurs_store_query_candidate_ids (store, &filter, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ids);
  return ids;
}
