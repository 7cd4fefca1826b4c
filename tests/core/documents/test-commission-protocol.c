/* test-commission-protocol.c — the protocol of a commission's meeting: a
 * draft while the votes come in, refused as final; the final copy in
 * Kazakh and Russian once the decisions are recorded, with the members
 * present and absent, the deputy chairing, the observers, each member's
 * vote, a recusal, the tie the chairing member decided, the dissenting
 * opinions and the signatures of those present kept on one page; its
 * issue registered under the meeting, a reprint keeping its number; no
 * final copy without a quorum
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-commission-protocol.h"
#include "konkurs-document-registry.h"
#include "konkurs-test-commission.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

typedef struct {
  KonkursStore         *store;
  char                 *dir;
  KonkursTestInterview *interview;
} Fixture;

/* Three candidates before a commission of a chair, a deputy chair, three
 * members and a secretary. */
static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-commission-protocol-XXXXXX");
  fixture->interview = konkurs_test_interview_new (fixture->store, GPOINTER_TO_UINT (data) > 0
                                                                   ? GPOINTER_TO_UINT (data) : 3, 3);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_interview_free (fixture->interview);
  g_object_unref (fixture->store);
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
cast (Fixture *fixture, guint member, guint application, KonkursBallotKind kind, const char *dissent)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_store_cast_ballot (fixture->store, fixture->interview->meeting_id,
                                            konkurs_test_member (fixture->interview, member),
                                            konkurs_test_application (fixture->interview, application), kind, 0,
                                            dissent, NULL, &error));
  g_assert_no_error (error);
}

static void
set_present (Fixture *fixture, guint member, gboolean present)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_store_set_attendance (fixture->store, fixture->interview->meeting_id,
                                               konkurs_test_member (fixture->interview, member), present, NULL,
                                               &error));
  g_assert_no_error (error);
}

static void
record (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_store_record_decisions (fixture->store, fixture->interview->meeting_id, FALSE, NULL,
                                                 &error));
  g_assert_no_error (error);
}

/* Members (konkurs-test-commission.c): 0 chair Әбенов, 1 deputy Қасымова,
 * 2–4 members Нұрланов, Жұмабаева, Омаров, 5 secretary Сейітова.  Absent:
 * Омаров, or with @chair_absent the chair; four of the five voting
 * members present make the quorum (two thirds of 5 is 4).
 * Candidate 0: the four present for.
 * Candidate 1: 0, 2, 4 for and 1, 3 against: 2–2 either way; the chair
 * (for) makes it recommended, the deputy chairing (against) not.
 * Candidate 2: Нұрланов recused; 0 and 4 for (with a dissenting opinion),
 * 1 and 3 against: 1 for, 2 against, 1 recused: not recommended (4 may
 * vote, 3 present: the quorum of 3 is there). */
static void
hold_meeting (Fixture *fixture, gboolean chair_absent)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursObserver) observer = NULL;
  guint absent = chair_absent ? 0 : 4;
  GDate registered;

  set_present (fixture, absent, FALSE);
  g_date_clear (&registered, 1);
  g_date_set_dmy (&registered, 29, G_DATE_MAY, 2025);   /* a Thursday, for Monday 2 June */
  observer = konkurs_observer_new ("Серікова Гүлнар", KONKURS_OBSERVER_MEDIA, &registered);
  g_free (observer->organisation);
  observer->organisation = g_strdup ("«Egemen Qazaqstan» газеті");
  g_assert_true (konkurs_store_add_observer (fixture->store, fixture->interview->meeting_id, observer, &error));
  g_assert_no_error (error);
  g_assert_true (konkurs_store_set_recusal (fixture->store, fixture->interview->meeting_id,
                                            konkurs_test_member (fixture->interview, 2),
                                            konkurs_test_application (fixture->interview, 2), TRUE,
                                            "Кандидат — жұбайының туысы", &error));
  g_assert_no_error (error);

  for (guint m = 0; m < 5; m++)
    {
      KonkursBallotKind split = m % 2 == 0 ? KONKURS_BALLOT_FOR : KONKURS_BALLOT_AGAINST;

      if (m == absent)
        continue;
      cast (fixture, m, 0, KONKURS_BALLOT_FOR, NULL);
      cast (fixture, m, 1, split, NULL);
      if (m != 2)
        cast (fixture, m, 2, split, split == KONKURS_BALLOT_FOR
                                    ? "Кандидаттың практикалық тапсырмасы лауазым талаптарына сай." : NULL);
    }
}

static KonkursDocument *
build (Fixture *fixture, KonkursDocLanguage language, gboolean draft, KonkursIssue **issue_out, GError **error)
{
  const KonkursDocumentKind *kind = konkurs_document_kind_lookup ("commission");
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (language);
  g_autoptr(KonkursIssue) issue = NULL;
  KonkursDocumentOptions options = { draft, NULL };
  KonkursDocument *document;

  g_assert_nonnull (kind);
  g_assert_cmpint (kind->scope, ==, KONKURS_DOCUMENT_SCOPE_MEETING);
  if (!draft)
    {
      issue = konkurs_document_suggest_issue (kind, fixture->store, fixture->interview->meeting_id, language, error);
      if (issue == NULL)
        return NULL;
      options.issue = issue;
    }
  document = kind->build (fixture->store, fixture->interview->meeting_id, catalog, &options, error);
  if (issue_out != NULL)
    *issue_out = g_steal_pointer (&issue);
  return document;
}

/* While the votes come in: undecided, a final copy refused, a draft
 * saying how the votes stand and claiming no decision. */
static void
test_draft (Fixture *fixture, gconstpointer data)
{
  const KonkursDocumentKind *kind = konkurs_document_kind_lookup ("commission");
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) final = NULL;
  g_autoptr(KonkursDocument) draft = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "draft.pdf", NULL);
  g_autofree char *text = NULL;

  cast (fixture, 0, 0, KONKURS_BALLOT_FOR, NULL);
  g_assert_cmpint (konkurs_document_kind_count_undecided (kind, fixture->store, fixture->interview->meeting_id,
                                                          &error), ==, 4);   /* 3 candidates, the meeting open */
  g_assert_no_error (error);
  final = build (fixture, KONKURS_DOC_LANGUAGE_RU, FALSE, NULL, &error);
  g_assert_null (final);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_UNDECIDED);
  g_clear_error (&error);

  draft = build (fixture, KONKURS_DOC_LANGUAGE_RU, TRUE, NULL, &error);
  g_assert_no_error (error);
  konkurs_test_assert_draft (draft, path, "ПРОЕКТ");
  konkurs_test_keep_artifact (path);
  text = konkurs_document_dup_text (draft);
  g_assert_nonnull (strstr (text, "Протокол заседания комиссии"));
  g_assert_nonnull (strstr (text, "Конкурсная комиссия"));
  /* the meeting's commission, not the organisation's default one */
  g_assert_nonnull (strstr (text, "Сейітова А. Б."));
  g_assert_nonnull (strstr (text, "По голосам на данный момент: не хватает 4 голосов"));
  g_assert_null (strstr (text, "Рекомендован\n"));
  g_assert_null (strstr (text, "Кворум имеется"));
}

/* The recorded meeting in Russian: every part the issue lists. */
static void
test_final_ru (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(KonkursIssue) issue = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "final-ru.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;

  hold_meeting (fixture, FALSE);
  record (fixture);
  document = build (fixture, KONKURS_DOC_LANGUAGE_RU, FALSE, &issue, &error);
  g_assert_no_error (error);
  g_assert_cmpint (issue->meeting_id, ==, fixture->interview->meeting_id);
  g_assert_cmpint (g_date_get_day (&issue->date), ==, 2);   /* the meeting's day, not today */
  g_assert_cmpuint (issue->present->len, ==, 5);
  g_assert_cmpuint (issue->commission->len, ==, 6);
  text = konkurs_document_dup_text (document);
  g_assert_nonnull (strstr (text, "Протокол заседания комиссии № 1"));
  g_assert_nonnull (strstr (text, "Время\n10:00"));
  g_assert_nonnull (strstr (text, "Отсутствовали"));
  g_assert_nonnull (strstr (text, "Омаров А. Б."));
  g_assert_nonnull (strstr (text, "Кворум имеется"));
  g_assert_null (strstr (text, "Председательствующий"));   /* the chair chaired */
  g_assert_nonnull (strstr (text, "Серікова Гүлнар, «Egemen Qazaqstan» газеті"));
  g_assert_nonnull (strstr (text, "Аккредитованные средства массовой информации"));
  g_assert_nonnull (strstr (text, "Рассмотрение кандидатов этапа"));
  g_assert_nonnull (strstr (text, "4 за, 0 против: рекомендован"));
  g_assert_nonnull (strstr (text, "2–2, председатель проголосовал за: рекомендован"));
  g_assert_nonnull (strstr (text, "1 за, 2 против, 1 заявил самоотвод: не рекомендован"));
  g_assert_nonnull (strstr (text, "заявил самоотвод (конфликт интересов): Кандидат — жұбайының туысы"));
  g_assert_nonnull (strstr (text, "Особые мнения"));
  g_assert_nonnull (strstr (text, "Әбенов А. Б. (по кандидату"));
  g_assert_nonnull (strstr (text, "лауазым талаптарына сай."));
  g_assert_nonnull (strstr (text, "Рекомендован\n2"));
  g_assert_nonnull (strstr (text, "Не рекомендован\n1"));
  g_assert_nonnull (strstr (text, "к заседанию не приложена"));

  /* the signatures of the five present, the secretary last, on one page */
  pages = konkurs_test_document_pages (document, path);
  konkurs_test_assert_words_whole (document, path);
  konkurs_test_keep_artifact (path);
  {
    guint last = g_strv_length (pages) - 1;

    g_assert_nonnull (strstr (pages[last], "Дата подписания"));
    for (guint m = 0; m < 6; m++)
      if (m != 4)
        {
          static const char * const names[] = { "Әбенов", "Қасымова", "Нұрланов", "Жұмабаева", "Омаров", "Сейітова" };

          g_assert_nonnull (strstr (strstr (pages[last], "Дата подписания"), names[m]));
        }
    g_assert_null (strstr (strstr (pages[last], "Дата подписания"), "Омаров"));
  }
}

/* The same meeting in Kazakh, registered as the command line does: the
 * register keeps it under the meeting with the rows' digest, and a
 * reprint keeps its number. */
static void
test_final_kk_registered (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(KonkursDocument) again = NULL;
  g_autoptr(KonkursIssue) issue = NULL;
  g_autoptr(KonkursIssue) reprint = NULL;
  g_autoptr(KonkursIssue) found = NULL;
  g_autofree char *text = NULL;

  hold_meeting (fixture, FALSE);
  record (fixture);
  document = build (fixture, KONKURS_DOC_LANGUAGE_KK, FALSE, &issue, &error);
  g_assert_no_error (error);
  text = konkurs_document_dup_text (document);
  g_assert_nonnull (strstr (text, "Комиссия отырысының хаттамасы № 1"));
  g_assert_nonnull (strstr (text, "2–2, төраға жақтап дауыс берді: ұсынылды"));
  g_assert_nonnull (strstr (text, "Ерекше пікірлер"));
  g_assert_nonnull (strstr (text, "Байқаушылар"));

  konkurs_issue_set_integrity (issue, document);
  g_assert_nonnull (issue->rows_sha256);
  g_assert_true (konkurs_store_register_issue (fixture->store, issue, &error));
  g_assert_no_error (error);
  found = konkurs_store_find_meeting_issue (fixture->store, "commission", fixture->interview->meeting_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpstr (found->rows_sha256, ==, konkurs_document_get_rows_sha256 (document));
  g_assert_cmpint (found->meeting_id, ==, fixture->interview->meeting_id);
  g_assert_cmpint (found->competition_id, ==, fixture->interview->competition->competition_id);

  again = build (fixture, KONKURS_DOC_LANGUAGE_KK, FALSE, &reprint, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (reprint->number, ==, issue->number);
  g_assert_cmpuint (reprint->present->len, ==, 5);
  /* the same decisions, the same rows: the same digest */
  g_assert_cmpstr (konkurs_document_get_rows_sha256 (again), ==, konkurs_document_get_rows_sha256 (document));
}

/* The chair absent: the deputy chairs and the protocol says so; the tie
 * is the deputy's to decide (Қасымова voted against: not recommended). */
static void
test_deputy_chairing (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  g_autofree char *text = NULL;

  hold_meeting (fixture, TRUE);
  record (fixture);
  document = build (fixture, KONKURS_DOC_LANGUAGE_RU, FALSE, NULL, &error);
  g_assert_no_error (error);
  text = konkurs_document_dup_text (document);
  g_assert_nonnull (strstr (text, "Председательствующий\nЗаместитель председателя комиссии — Қасымова А. Б. "
                                  "(председатель отсутствует)"));
  g_assert_nonnull (strstr (text, "2–2, заместитель председателя (председательствующий) проголосовал против: "
                                  "не рекомендован"));
  g_assert_nonnull (strstr (text, "Омаров А. Б. (по кандидату"));
  g_assert_nonnull (strstr (strstr (text, "Отсутствовали"), "Әбенов А. Б."));
}

/* An issue whose members present make no quorum is refused. */
static void
test_no_quorum (Fixture *fixture, gconstpointer data)
{
  const KonkursDocumentKind *kind = konkurs_document_kind_lookup ("commission");
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_RU);
  g_autoptr(KonkursIssue) issue = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  KonkursDocumentOptions options = { FALSE, NULL };

  hold_meeting (fixture, FALSE);
  record (fixture);
  issue = konkurs_document_suggest_issue (kind, fixture->store, fixture->interview->meeting_id,
                                          KONKURS_DOC_LANGUAGE_RU, &error);
  g_assert_no_error (error);
  /* three of the five voting members: two thirds of 5 is 4 */
  g_ptr_array_set_size (issue->present, 3);
  options.issue = issue;
  document = kind->build (fixture->store, fixture->interview->meeting_id, catalog, &options, &error);
  g_assert_null (document);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_NO_QUORUM);
}

/* Thirty candidates: the protocol runs over pages, and the signatures
 * still stand together with their date on the last one. */
static void
test_long_signatures_together (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "long.pdf", NULL);
  g_auto(GStrv) pages = NULL;
  const char *block;

  for (guint a = 0; a < fixture->interview->applications->len; a++)
    konkurs_test_vote_all (fixture->store, fixture->interview, a, a % 3);
  record (fixture);
  document = build (fixture, KONKURS_DOC_LANGUAGE_KK, FALSE, NULL, &error);
  g_assert_no_error (error);
  pages = konkurs_test_document_pages (document, path);
  konkurs_test_keep_artifact (path);
  g_assert_cmpuint (g_strv_length (pages), >, 1);
  block = strstr (pages[g_strv_length (pages) - 1], "Қол қойылған күні");
  g_assert_nonnull (block);
  g_assert_nonnull (strstr (block, "Әбенов"));
  g_assert_nonnull (strstr (block, "Комиссия хатшысы"));
  g_assert_nonnull (strstr (block, "Сейітова"));
  for (guint p = 0; p + 1 < g_strv_length (pages); p++)
    g_assert_null (strstr (pages[p], "Қол қойылған күні"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/commission-protocol/draft", Fixture, NULL, fixture_set_up, test_draft, fixture_tear_down);
  g_test_add ("/commission-protocol/final-ru", Fixture, NULL, fixture_set_up, test_final_ru, fixture_tear_down);
  g_test_add ("/commission-protocol/final-kk-registered", Fixture, NULL, fixture_set_up, test_final_kk_registered,
              fixture_tear_down);
  g_test_add ("/commission-protocol/deputy-chairing", Fixture, NULL, fixture_set_up, test_deputy_chairing,
              fixture_tear_down);
  g_test_add ("/commission-protocol/no-quorum", Fixture, NULL, fixture_set_up, test_no_quorum, fixture_tear_down);
  g_test_add ("/commission-protocol/long", Fixture, GUINT_TO_POINTER (30), fixture_set_up,
              test_long_signatures_together, fixture_tear_down);
  return g_test_run ();
}
