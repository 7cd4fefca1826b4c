/* test-admission-reprint.c — the protocol of the review of documents prints
 * what was decided: printed again after the candidates' papers change, in
 * Kazakh and in Russian, its rows are the same
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-admission-protocol.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-documents.h"
#include "konkurs-store-chain.h"
#include "konkurs-test-util.h"

#define WORDS_REFUSED  "Дипломның нотариалды куәландырылған көшірмесі ұсынылмаған"
#define WORDS_ADMITTED "Сертификат представлен на заседании комиссии"
#define WORDS_LATE     "Почтовое отправление поступило после срока"
#define ACTOR          "Омарова Дина Ержанқызы"

typedef enum {
  ADMITTED,          /* with the engine */
  SHORT_EXPERIENCE,  /* refused with the engine, no words */
  EXPIRED,           /* refused with the engine, and words */
  REFUSED_ANYWAY,    /* eligible, refused with words */
  ADMITTED_ANYWAY,   /* no state-language test, admitted with words */
  PENDING,           /* not decided */
  N_CASES
} Case;

typedef struct {
  KonkursTestCandidates  base;
  char                  *dir;
  gint64                 competition_id;
  gint64                 candidate_ids[N_CASES];
  gint64                 candidacy_ids[N_CASES];
} Fixture;

static const char * const surnames[N_CASES] = {
  "Сәрсенбаева", "Қасымов", "Петрова", "Жұмабеков", "Смирнова", "Ким",
};

/* The papers of someone qualified (konkurs_test_make_qualified()), less
 * what the case lacks: work only since September 2024, a legislation test
 * of 2023, or no state-language test. */
static void
give_papers (KonkursCandidate *candidate, Case scenario)
{
  g_autoptr(GDate) since = konkurs_test_date_new (2024, 9, 1);
  g_autoptr(GDate) old = konkurs_test_date_new (2023, 1, 10);
  g_autoptr(KonkursEmployment) short_job = konkurs_employment_new ("Әкімдік", "Маман", since, NULL);
  g_autoptr(KonkursCandidateCertificate) old_test =
    konkurs_candidate_certificate_new (KONKURS_CERTIFICATE_LEGISLATION, old, "OK", "1");

  konkurs_test_make_qualified (candidate);
  /* the certificates come in the order of their kinds */
  switch (scenario)
    {
    case SHORT_EXPERIENCE:
      konkurs_candidate_clear_employments (candidate);
      konkurs_candidate_add_employment (candidate, short_job);
      break;
    case EXPIRED:
      konkurs_candidate_remove_certificate (candidate, 0);
      konkurs_candidate_add_certificate (candidate, old_test);
      break;
    case ADMITTED_ANYWAY:
      konkurs_candidate_remove_certificate (candidate, KONKURS_CERTIFICATE_STATE_LANGUAGE - 1);
      break;
    case ADMITTED:
    case REFUSED_ANYWAY:
    case PENDING:
    case N_CASES:
    default:
      break;
    }
}

static void
decide (Fixture *fixture, Case scenario)
{
  static const struct { gboolean admitted; const char *words; } decisions[N_CASES] = {
    [ADMITTED] = { TRUE, NULL },
    [SHORT_EXPERIENCE] = { FALSE, NULL },
    [EXPIRED] = { FALSE, WORDS_LATE },
    [REFUSED_ANYWAY] = { FALSE, WORDS_REFUSED },
    [ADMITTED_ANYWAY] = { TRUE, WORDS_ADMITTED },
  };
  g_autoptr(GError) error = NULL;

  if (scenario == PENDING)
    return;
  g_assert_true (konkurs_store_decide_candidacy (fixture->base.store, fixture->candidacy_ids[scenario],
                                                 decisions[scenario].admitted, decisions[scenario].words,
                                                 &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  KonkursStore *store;
  gint64 vacancy;

  konkurs_test_candidates_set_up (&fixture->base, KONKURS_TEST_IN_MEMORY);
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-reprint-XXXXXX");
  store = fixture->base.store;
  /* the person deciding, whom a decision against the engine names */
  konkurs_store_set_actor (store, ACTOR);
  fixture->competition_id = konkurs_test_add_march_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  vacancy = konkurs_test_add_march_vacancy (store, fixture->competition_id, "Бас маман");

  for (Case scenario = 0; scenario < N_CASES; scenario++)
    {
      g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new (surnames[scenario], "Әлия", 1990, 1 + scenario,
                                                                       10, 300 + scenario);
      g_autoptr(KonkursCandidacy) candidacy = NULL;

      give_papers (candidate, scenario);
      fixture->candidate_ids[scenario] = konkurs_test_save_candidate (store, candidate);
      candidacy = konkurs_test_apply_in_march (store, fixture->candidate_ids[scenario], fixture->competition_id,
                                               vacancy, NULL);
      fixture->candidacy_ids[scenario] = konkurs_candidacy_get_id (candidacy);
      decide (fixture, scenario);
    }
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_remove_pdf_dir (fixture->dir);
  g_free (fixture->dir);
  konkurs_test_candidates_tear_down (&fixture->base, NULL);
}

/* The text of the protocol in @language, as pdftotext reads its PDF, but
 * for the head of the record and the time of printing in its footer,
 * which a reprint changes (HEAD, TIME); the SHA-256 of the data rows
 * stays. */
static char *
print (Fixture *fixture, KonkursDocLanguage language, const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_catalog_new (language, &error);
  g_autoptr(KonkursDocument) document = NULL;
  g_autofree char *file = g_strdup_printf ("%s-%s.pdf", name, konkurs_doc_language_to_code (language));
  g_autofree char *path = g_build_filename (fixture->dir, file, NULL);
  KonkursDocumentOptions draft = { TRUE, NULL };
  g_autoptr(GRegex) time = g_regex_new ("[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} [+-][0-9]{2}:[0-9]{2}", 0, 0, NULL);
  g_autoptr(GRegex) spaces = g_regex_new (" +", 0, 0, NULL);
  g_autofree char *text = NULL, *head = NULL, *timeless = NULL;
  g_auto(GStrv) parts = NULL;

  g_assert_no_error (error);
  /* one application is still open: a draft */
  document = konkurs_admission_protocol_build (fixture->base.store, fixture->competition_id, catalog, &draft, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_no_error (error);
  konkurs_test_keep_artifact (path);
  text = konkurs_test_pdf_text (path, FALSE);
  head = konkurs_chain_format_head (konkurs_document_get_record_head (document));
  g_assert_nonnull (strstr (text, head));
  g_assert_nonnull (strstr (text, konkurs_document_get_rows_sha256 (document)));
  parts = g_strsplit (text, head, -1);
  g_free (text);
  text = g_strjoinv ("HEAD", parts);
  timeless = g_regex_replace (time, text, -1, 0, "TIME", 0, NULL);
  /* pdftotext lays the columns out by the widths on the page, which the
   * footer's digits move: the words are compared, not the spaces. */
  return g_regex_replace (spaces, timeless, -1, 0, " ", 0, NULL);
}

static guint
count_failures (Fixture *fixture, Case scenario)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) failures = konkurs_store_check_candidacy (fixture->base.store, fixture->candidacy_ids[scenario],
                                                                 NULL, &error);

  g_assert_no_error (error);
  return failures->len;
}

/* The engine's reason of @scenario as it was when deciding, in the
 * protocol's language, in its text (squeezed: a cell wraps). */
static void
assert_engine_reason (Fixture *fixture, Case scenario, KonkursDocLanguage language, const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_catalog_new (language, &error);
  g_autoptr(KonkursDecision) decision = konkurs_store_get_decision (fixture->base.store,
                                                                    fixture->candidacy_ids[scenario], &error);
  g_autofree char *reason = NULL;
  g_auto(GStrv) words = NULL;
  const char *at = text;

  g_assert_no_error (error);
  g_assert_cmpuint (decision->failures->len, ==, 1);
  reason = konkurs_eligibility_failure_describe (g_ptr_array_index (decision->failures, 0), catalog);
  /* word by word, in order: the reason wraps within its cell */
  words = g_strsplit (reason, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      at = strstr (at, words[i]);
      g_assert_nonnull (at);
    }
}

static void
test_reprint (Fixture *fixture, gconstpointer data)
{
  static const KonkursDocLanguage languages[] = { KONKURS_DOC_LANGUAGE_KK, KONKURS_DOC_LANGUAGE_RU };
  g_autoptr(GError) error = NULL;
  char *before[G_N_ELEMENTS (languages)];

  g_assert_cmpuint (count_failures (fixture, ADMITTED), ==, 0);
  g_assert_cmpuint (count_failures (fixture, SHORT_EXPERIENCE), ==, 1);
  g_assert_cmpuint (count_failures (fixture, EXPIRED), ==, 1);
  g_assert_cmpuint (count_failures (fixture, ADMITTED_ANYWAY), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      before[i] = print (fixture, languages[i], "before");
      assert_engine_reason (fixture, SHORT_EXPERIENCE, languages[i], before[i]);
      assert_engine_reason (fixture, EXPIRED, languages[i], before[i]);
      g_assert_nonnull (strstr (before[i], "Почтовое"));
      g_assert_nonnull (strstr (before[i], "Дипломның"));
    }

  /* Everyone brings what was missing, and the refused one loses the
   * degree: the engine would now decide every row otherwise. */
  for (Case scenario = 0; scenario < N_CASES; scenario++)
    {
      g_autoptr(KonkursCandidate) candidate = konkurs_store_get_candidate (fixture->base.store,
                                                                          fixture->candidate_ids[scenario], &error);

      g_assert_no_error (error);
      konkurs_candidate_clear_education (candidate);
      konkurs_candidate_clear_employments (candidate);
      konkurs_candidate_clear_certificates (candidate);
      give_papers (candidate, ADMITTED);
      if (scenario == REFUSED_ANYWAY || scenario == ADMITTED)
        konkurs_candidate_clear_education (candidate);
      konkurs_test_save_candidate (fixture->base.store, candidate);
    }
  g_assert_cmpuint (count_failures (fixture, ADMITTED), ==, 1);
  g_assert_cmpuint (count_failures (fixture, SHORT_EXPERIENCE), ==, 0);
  g_assert_cmpuint (count_failures (fixture, EXPIRED), ==, 0);
  g_assert_cmpuint (count_failures (fixture, REFUSED_ANYWAY), ==, 1);
  g_assert_cmpuint (count_failures (fixture, ADMITTED_ANYWAY), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *after = print (fixture, languages[i], "after");

      g_test_message ("%s", after);
      g_assert_cmpstr (after, ==, before[i]);
      g_free (before[i]);
    }
}

/* The final protocol: refused while a row is open; once all are decided,
 * refused without a commission and without a quorum; with one, it has its
 * number, place and date, those present, the quorum, says the commission
 * decided, names who decided against the engine, keeps the signatures
 * with the totals, and a reprint takes the same number. */
static void
test_final (Fixture *fixture, gconstpointer data)
{
  KonkursStore *store = fixture->base.store;
  const KonkursDocumentKind *kind = &konkurs_admission_protocol_kind;
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_catalog_new (KONKURS_DOC_LANGUAGE_RU, &error);
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(KonkursIssue) issue = NULL;
  g_autoptr(KonkursIssue) again = NULL;
  g_autoptr(KonkursIssue) other = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "final-ru.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  KonkursDocumentOptions final = { FALSE, NULL };
  int signed_on;

  document = konkurs_document_kind_build (kind, store, fixture->competition_id, catalog, NULL, &error);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_UNDECIDED);
  g_assert_cmpstr (error->message, ==, "1 application is not decided yet: the document can only be printed as a draft.");
  g_clear_error (&error);
  g_assert_true (konkurs_store_decide_candidacy (store, fixture->candidacy_ids[PENDING], TRUE, NULL, &error));

  /* nobody to sign */
  document = konkurs_document_kind_build (kind, store, fixture->competition_id, catalog, NULL, &error);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_NO_QUORUM);
  g_clear_error (&error);
  /* nor without an issue */
  document = kind->build (store, fixture->competition_id, catalog, NULL, &error);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_NO_ISSUE);
  g_clear_error (&error);

  /* four voting members: the chair alone present is no quorum */
  konkurs_test_add_organisation (store);
  issue = konkurs_document_suggest_issue (kind, store, fixture->competition_id, KONKURS_DOC_LANGUAGE_RU, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (issue->number, ==, "1");
  g_assert_cmpuint (issue->present->len, ==, 5);
  g_ptr_array_remove_range (issue->present, 1, 3);
  final.issue = issue;
  document = kind->build (store, fixture->competition_id, catalog, &final, &error);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_NO_QUORUM);
  g_assert_cmpstr (error->message, ==, "No quorum: 1 of 4 voting members are present; at least 3 are needed.");
  g_clear_error (&error);

  /* the chair, one member and the deputy: three of four */
  g_ptr_array_insert (issue->present, 1, konkurs_commission_member_copy (g_ptr_array_index (issue->commission, 1)));
  g_ptr_array_insert (issue->present, 2, konkurs_commission_member_copy (g_ptr_array_index (issue->commission, 2)));
  document = kind->build (store, fixture->competition_id, catalog, &final, &error);
  g_assert_no_error (error);
  g_assert_null (konkurs_document_get_watermark (document));
  pages = konkurs_test_document_pages (document, path);
  konkurs_test_keep_artifact (path);
  /* lines joined: a cell wraps */
  text = g_strdelimit (konkurs_test_pdf_text (path, TRUE), "\n", ' ');
  g_assert_nonnull (strstr (text, "Протокол рассмотрения документов № 1"));
  g_assert_nonnull (strstr (text, "г. Астана"));
  g_assert_nonnull (strstr (text, "Председатель комиссии — Касымов Ерлан Болатович"));
  g_assert_nonnull (strstr (text, "Отсутствовали"));
  g_assert_nonnull (strstr (text, "Нурпеисова Гульнар Аскаровна"));
  g_assert_nonnull (strstr (text, "Кворум имеется"));
  g_assert_nonnull (strstr (text, "решение."));
  g_assert_null (strstr (text, "ПРОЕКТ"));
  /* the decisions against the engine, and who took them */
  g_assert_nonnull (strstr (text, "Допущен по решению секретаря вопреки результату автоматической"));
  g_assert_nonnull (strstr (text, "Отказано в допуске по решению секретаря вопреки результату автоматической"));
  g_assert_nonnull (strstr (text, "(" ACTOR ")"));
  /* the date and the signatures with the last totals, never alone */
  signed_on = konkurs_test_page_of ((const char * const *) pages, "Дата подписания");
  g_assert_cmpint (signed_on, >=, 0);
  g_assert_nonnull (strstr (pages[signed_on], "Отказано в допуске:"));
  g_assert_nonnull (strstr (pages[signed_on], "Секретарь комиссии"));

  /* kept, then offered again as it was, in the other language too */
  g_assert_true (konkurs_store_register_issue (store, issue, &error));
  g_assert_no_error (error);
  again = konkurs_document_suggest_issue (kind, store, fixture->competition_id, KONKURS_DOC_LANGUAGE_KK, &error);
  g_assert_cmpstr (again->number, ==, "1");
  g_assert_cmpint (g_date_compare (&again->date, &issue->date), ==, 0);
  g_assert_cmpuint (again->present->len, ==, 4);
  g_assert_cmpint (again->id, ==, 0);
  /* another competition's protocol takes the next number */
  other = konkurs_document_suggest_issue (kind, store, fixture->competition_id + 100, KONKURS_DOC_LANGUAGE_KK, &error);
  g_assert_cmpstr (other->number, ==, "2");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/admission/reprint", Fixture, NULL, fixture_set_up, test_reprint, fixture_tear_down);
  g_test_add ("/admission/final", Fixture, NULL, fixture_set_up, test_final, fixture_tear_down);

  return g_test_run ();
}
