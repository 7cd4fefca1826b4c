/* test-history.c — the audit log read back as the history of a
 * competition and of a candidate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "konkurs-store-audit.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

/* "action table subject [changed] [decision]" per entry, one a line. */
static char *
describe (GPtrArray *entries)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < entries->len; i++)
    {
      KonkursHistoryEntry *entry = entries->pdata[i];

      g_assert_nonnull (entry->at);
      g_assert_cmpstr (entry->actor, ==, g_get_user_name ());
      if (i > 0)
        g_assert_cmpint (entry->id, >, ((KonkursHistoryEntry *) entries->pdata[i - 1])->id);
      g_string_append_printf (out, "%s %s %s", entry->action, entry->table, entry->subject);
      if (entry->changed[0] != '\0')
        g_string_append_printf (out, " [%s]", entry->changed);
      if (entry->decision[0] != '\0')
        g_string_append_printf (out, " <%s%s: %s>", entry->decision, entry->against_engine ? ", against" : "",
                                entry->reason);
      g_string_append_c (out, '\n');
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_competition_history (KonkursTestCandidates *fixture,
                          gconstpointer          data)
{
  KonkursStore *store = fixture->store;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(KonkursVacancy) vacancy = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gint64 id, kept, gone, elsewhere;

  id = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Әділет министрлігі", NULL,
                                     2026, G_DATE_MARCH, 2);
  competition = konkurs_store_get_competition (store, id, &error);
  g_assert_no_error (error);
  konkurs_competition_set_title (competition, "Бос лауазымдарға конкурс", NULL);
  konkurs_test_save_competition (store, competition);

  kept = konkurs_test_add_vacancy (store, id, "Бас сарапшы", "C-O-5", 1, 2);
  vacancy = konkurs_store_get_vacancy (store, kept, &error);
  g_assert_no_error (error);
  konkurs_vacancy_set_seats (vacancy, 3);
  konkurs_test_save_vacancy (store, vacancy);
  gone = konkurs_test_add_vacancy (store, id, "Жетекші сарапшы", "C-O-6", 1, 2);
  g_assert_true (konkurs_store_delete_vacancy (store, gone, &error));
  g_assert_no_error (error);

  /* Another competition's rows stay out of it, even a vacancy that
   * SQLite gives the id of the one deleted. */
  elsewhere = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Қаржы министрлігі", NULL,
                                            2026, G_DATE_MARCH, 9);
  g_assert_cmpint (konkurs_test_add_vacancy (store, elsewhere, "Маман", "C-O-7", 1, 0), ==, gone);

  entries = konkurs_store_list_competition_history (store, id, &error);
  g_assert_no_error (error);
  text = describe (entries);
  g_assert_cmpstr (text, ==,
                   "create competition Әділет министрлігі\n"
                   "update competition Бос лауазымдарға конкурс [title_kk]\n"
                   "create vacancy Бас сарапшы\n"
                   "update vacancy Бас сарапшы [seats]\n"
                   "create vacancy Жетекші сарапшы\n"
                   "delete vacancy Жетекші сарапшы\n");

  other = konkurs_store_list_competition_history (store, elsewhere, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = describe (other);
  g_assert_cmpstr (text, ==, "create competition Қаржы министрлігі\ncreate vacancy Маман\n");
  g_clear_pointer (&other, g_ptr_array_unref);
  other = konkurs_store_list_history (store, "vacancy", gone, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = describe (other);
  g_assert_cmpstr (text, ==, "create vacancy Маман\n");
  g_clear_pointer (&other, g_ptr_array_unref);
  other = konkurs_store_list_history (store, "competition", 999, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (other->len, ==, 0);
}

static void
test_candidate_history (KonkursTestCandidates *fixture,
                        gconstpointer          data)
{
  KonkursStore *store = fixture->store;
  g_autoptr(KonkursCandidate) person = konkurs_test_person_new ("Сейтқали", "Айгүл", 1994, 6, 1, 31);
  g_autoptr(KonkursCandidate) other = konkurs_test_person_new ("Басқа", "Адам", 1990, 1, 1, 32);
  g_autoptr(KonkursCandidacy) first = NULL;
  g_autoptr(KonkursCandidacy) second = NULL;
  g_autoptr(KonkursCandidacy) others = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;
  gint64 civil, vacancy, youth;

  konkurs_test_save_candidate (store, person);
  konkurs_candidate_set_phone (person, "+7 701 000 00 00");
  konkurs_test_save_candidate (store, person);
  konkurs_test_save_candidate (store, other);
  civil = konkurs_test_add_march_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  vacancy = konkurs_test_add_march_vacancy (store, civil, "Бас маман");
  youth = konkurs_test_add_march_competition (store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  first = konkurs_test_apply_in_march (store, konkurs_candidate_get_id (person), civil, vacancy, NULL);
  second = konkurs_test_apply_in_march (store, konkurs_candidate_get_id (person), youth, 0, "digitalisation");
  others = konkurs_test_apply_in_march (store, konkurs_candidate_get_id (other), civil, vacancy, NULL);

  /* Not qualified: admitting is against the automatic check. */
  g_assert_true (konkurs_store_decide_candidacy (store, konkurs_candidacy_get_id (first), TRUE,
                                                 "Сертификаттар кейін ұсынылады", &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_decide_candidacy (store, konkurs_candidacy_get_id (others), FALSE, "", &error));
  g_assert_no_error (error);
  /* A withdrawn application stays in the history. */
  g_assert_true (konkurs_store_delete_candidacy (store, konkurs_candidacy_get_id (second), &error));
  g_assert_no_error (error);

  entries = konkurs_store_list_candidate_history (store, konkurs_candidate_get_id (person), &error);
  g_assert_no_error (error);
  text = describe (entries);
  expected = g_strdup_printf ("create candidate \n"
                              "update candidate \n"
                              "apply application %s\n"
                              "apply application %s\n"
                              "decide application %s <admitted, against: Сертификаттар кейін ұсынылады>\n"
                              "delete application %s\n",
                              konkurs_candidacy_get_personal_code (first),
                              konkurs_candidacy_get_personal_code (second),
                              konkurs_candidacy_get_personal_code (first),
                              konkurs_candidacy_get_personal_code (second));
  g_assert_cmpstr (text, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/history/competition", KonkursTestCandidates, NULL, konkurs_test_candidates_set_up,
              test_competition_history, konkurs_test_candidates_tear_down);
  g_test_add ("/history/candidate", KonkursTestCandidates, NULL, konkurs_test_candidates_set_up,
              test_candidate_history, konkurs_test_candidates_tear_down);

  return g_test_run ();
}
