/* test-final-results.c — the final results of a competition in Kazakh and
 * Russian: per vacancy the winner, the reserve list, the failed vacancy
 * and the appointments; the Youth Reserve's top by sector with the tie the
 * National Commission decided; and the final publication lists by
 * personal code, which name nobody
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-final-results.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-final.h"
#include "konkurs-test-util.h"

typedef struct {
  KonkursTestCandidates base;
  char                 *dir;
} Fixture;

static void
set_up (Fixture *fixture, gconstpointer data)
{
  konkurs_test_candidates_set_up (&fixture->base, data);
  konkurs_test_add_organisation (fixture->base.store);
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-final-results-XXXXXX");
}

static void
tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_remove_pdf_dir (fixture->dir);
  g_free (fixture->dir);
  konkurs_test_candidates_tear_down (&fixture->base, data);
}

/* pdftotext breaks a cell's lines where it likes: look words up, not lines. */
static gboolean
shows (const char *text, const char *what)
{
  g_autofree char *flat = g_strdup (text);

  g_strdelimit (flat, "\n\f", ' ');
  while (strstr (flat, "  ") != NULL)
    memmove (strstr (flat, "  "), strstr (flat, "  ") + 1, strlen (strstr (flat, "  ")));
  return strstr (flat, what) != NULL;
}

static char *
print (Fixture *fixture, const char *kind, gint64 id, KonkursDocLanguage language, gboolean draft, const char *name)
{
  return konkurs_test_print_kind (fixture->base.store, fixture->dir, kind, id, language, draft, name);
}

/* Two vacancies: the first with a winner who refuses, the next of the
 * reserve list appointed, one not recommended; nobody recommended for the
 * second. */
static KonkursTestFinal *
civil_decided (Fixture *fixture)
{
  KonkursTestFinal *final = konkurs_test_final_civil (fixture->base.store, 2, 3, NULL);

  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  konkurs_test_final_vote (final, final->apps[1], "FFFFA");
  konkurs_test_final_vote (final, final->apps[2], "AAAAA");
  for (guint i = 3; i < 6; i++)
    konkurs_test_final_vote (final, final->apps[i], "FAAAA");
  konkurs_test_final_decide (final);
  return final;
}

static void
record_outcomes (KonkursTestFinal *final)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) on = konkurs_test_date_new (2025, 5, 13);
  g_autoptr(GDate) order_date = konkurs_test_date_new (2025, 5, 20);

  g_assert_true (konkurs_store_record_outcomes (final->store, final->competition, on, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_record_appointment (final->store, final->apps[0], KONKURS_APPOINTMENT_REFUSED, NULL,
                                                   NULL, "Басқа жұмысқа орналасты", &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_record_appointment (final->store, final->apps[1], KONKURS_APPOINTMENT_APPOINTED,
                                                   "45-ж", order_date, NULL, &error));
  g_assert_no_error (error);
}

/* Before the outcomes only a draft; then the final results in both
 * languages. */
static void
test_vacancies (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursTestFinal) final = civil_decided (fixture);
  g_autoptr(KonkursCatalog) kk = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) refused = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *kazakh = NULL;
  g_autofree char *russian = NULL;
  KonkursDocumentOptions options = { FALSE, NULL };

  refused = konkurs_document_kind_build (&konkurs_final_results_kind, fixture->base.store, final->competition, kk,
                                         &options, &error);
  g_assert_null (refused);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_UNDECIDED);
  draft = print (fixture, "final", final->competition, KONKURS_DOC_LANGUAGE_KK, TRUE, "final-draft-kk.pdf");
  g_assert_true (shows (draft, "ЖОБА"));
  g_assert_true (shows (draft, "Қорытынды: әлі жазылмаған."));

  record_outcomes (final);
  kazakh = print (fixture, "final", final->competition, KONKURS_DOC_LANGUAGE_KK, FALSE, "final-kk.pdf");
  russian = print (fixture, "final", final->competition, KONKURS_DOC_LANGUAGE_RU, FALSE, "final-ru.pdf");

  g_assert_true (shows (kazakh, "Конкурстың қорытынды нәтижелері"));
  g_assert_true (shows (kazakh, "осы лауазымға конкурс өтпеді деп танылды"));
  g_assert_true (shows (kazakh, "бас тартты"));
  g_assert_true (shows (kazakh, "жеңімпаз"));
  g_assert_true (shows (kazakh, "45-ж"));
  g_assert_true (shows (kazakh, "резерв тізімінен"));
  g_assert_true (shows (russian, "Итоговые результаты конкурса"));
  g_assert_true (shows (russian, "конкурс на данную должность признан несостоявшимся"));
  g_assert_true (shows (russian, "назначен приказом"));
  g_assert_true (shows (russian, "победитель"));
  g_assert_true (shows (russian, "отказался"));
  g_assert_true (shows (russian, "рекомендован"));
  g_assert_true (shows (russian, "Бас маман 2"));
  for (guint i = 0; i < final->n_apps; i++)
    {
      g_assert_true (shows (kazakh, final->codes[i]));
      g_assert_true (shows (russian, final->codes[i]));
    }
  g_assert_true (shows (russian, "Қорытындыев-0"));
}

/* The Youth Reserve's top by sector, with the tie the commission decided
 * and its reason. */
static void
test_youth_reserve (Fixture *fixture, gconstpointer data)
{
  static const char * const five[] = { "economy", "economy", "digitalisation", "digitalisation", "social-policy",
                                       NULL };
  g_autoptr(KonkursTestFinal) final = konkurs_test_final_youth (fixture->base.store, five, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) admitted = konkurs_test_date_new (2025, 6, 2);
  g_autofree char *kazakh = NULL;
  g_autofree char *russian = NULL;

  konkurs_test_final_vote (final, final->apps[0], "FFFFF");
  konkurs_test_final_vote (final, final->apps[1], "FFFFA");
  konkurs_test_final_vote (final, final->apps[2], "FFFFA");
  konkurs_test_final_vote (final, final->apps[3], "FFFAA");
  konkurs_test_final_vote (final, final->apps[4], "FFFFF");
  konkurs_test_final_decide (final);
  g_assert_true (konkurs_store_decide_tie (final->store, final->meeting, &final->apps[2], 1,
                                           "Цифрландыру саласына басымдық", &error));
  g_assert_no_error (error);

  g_assert_true (konkurs_store_enter_reserve (final->store, final->competition, admitted, NULL, &error));
  g_assert_no_error (error);
  kazakh = print (fixture, "final", final->competition, KONKURS_DOC_LANGUAGE_KK, FALSE, "final-reserve-kk.pdf");
  russian = print (fixture, "final", final->competition, KONKURS_DOC_LANGUAGE_RU, FALSE, "final-reserve-ru.pdf");
  g_assert_true (shows (kazakh, "Экономикалық және қаржылық саясат"));
  g_assert_true (shows (kazakh, "қабылданды"));
  g_assert_true (shows (kazakh, "Комиссия шешкен тең нәтижелер"));
  g_assert_true (shows (russian, "Экономическая и финансовая политика"));
  g_assert_true (shows (russian, "Цифровизация"));
  g_assert_true (shows (russian, "зачислен"));
  g_assert_true (shows (russian, "пределами"));
  g_assert_true (shows (russian, "Равенство результатов, решённое комиссией"));
  g_assert_true (shows (russian, "Цифрландыру саласына басымдық"));
  g_assert_true (shows (russian, "Молодёжный кадровый резерв"));
  /* the term of those entered in the register */
  g_assert_true (shows (russian, "1 июня 2028"));
  g_assert_true (shows (kazakh, "2028"));
}

/* The last stage's publication list: the final outcome by personal code,
 * never a name. */
static void
test_publications (Fixture *fixture, gconstpointer data)
{
  static const char * const three[] = { "economy", "economy", "digitalisation", NULL };
  g_autoptr(KonkursTestFinal) civil = civil_decided (fixture);
  g_autoptr(KonkursTestFinal) youth = konkurs_test_final_youth (fixture->base.store, three, 1);
  g_autoptr(KonkursCatalog) ru = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_RU);
  g_autoptr(KonkursCatalog) kk = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStage) decision = NULL;
  g_autoptr(KonkursStage) national = NULL;
  g_autofree char *list = NULL;
  g_autofree char *reserve = NULL;
  g_autofree char *kazakh = NULL;

  g_assert_true (konkurs_store_close_stage (civil->store, civil->stage, FALSE, &error));
  g_assert_no_error (error);
  record_outcomes (civil);
  decision = konkurs_store_find_stage (civil->store, civil->competition, KONKURS_STAGE_DECISION, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_close_stage (civil->store, decision->id, FALSE, &error));
  g_assert_no_error (error);
  list = print (fixture, "stage-publication", decision->id, KONKURS_DOC_LANGUAGE_RU, FALSE, "final-list-ru.pdf");
  g_assert_true (shows (list, "Это итоговые результаты конкурса."));
  g_assert_true (shows (list, "Победитель"));
  g_assert_true (shows (list, "Отказался от должности"));
  g_assert_true (shows (list, civil->codes[1]));
  konkurs_test_assert_anonymous (fixture->base.store, ru, list);

  konkurs_test_final_vote (youth, youth->apps[0], "FFFFF");
  konkurs_test_final_vote (youth, youth->apps[1], "FFFAA");
  konkurs_test_final_vote (youth, youth->apps[2], "AAAAA");
  konkurs_test_final_decide (youth);
  national = konkurs_store_find_stage (youth->store, youth->competition, KONKURS_STAGE_NATIONAL_COMMISSION, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_close_stage (youth->store, national->id, FALSE, &error));
  g_assert_no_error (error);
  reserve = print (fixture, "stage-publication", national->id, KONKURS_DOC_LANGUAGE_RU, FALSE,
                   "final-reserve-list-ru.pdf");
  kazakh = print (fixture, "stage-publication", national->id, KONKURS_DOC_LANGUAGE_KK, FALSE,
                  "final-reserve-list-kk.pdf");
  g_assert_true (shows (reserve, "Экономическая и финансовая политика"));
  g_assert_true (shows (reserve, "Зачислен в резерв"));
  g_assert_true (shows (reserve, "Не зачислен: за пределами мест"));
  g_assert_true (shows (reserve, "Не рекомендован"));
  g_assert_true (shows (kazakh, "Резервке қабылданды"));
  konkurs_test_assert_anonymous (fixture->base.store, ru, reserve);
  konkurs_test_assert_anonymous (fixture->base.store, kk, kazakh);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/final-results/vacancies", Fixture, NULL, set_up, test_vacancies, tear_down);
  g_test_add ("/final-results/youth-reserve", Fixture, NULL, set_up, test_youth_reserve, tear_down);
  g_test_add ("/final-results/publications", Fixture, NULL, set_up, test_publications, tear_down);
  return g_test_run ();
}
