/* test-protocols.c — the documents-review protocol (with names) and the
 * publication list (by personal code only) as PDFs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "konkurs-admission-protocol.h"
#include "konkurs-publication-list.h"
#include "konkurs-store-candidates.h"
#include "konkurs-store-private.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

#define STATE_BODY   "Қазақстан Республикасы Қаржы министрлігі"
#define TITLE        "Әкімшілік мемлекеттік лауазымдарға конкурс"
#define YOUTH_BODY   "Мемлекеттік қызмет істері агенттігі"
#define YOUTH_TITLE  "Президенттік жастар кадрлық резерві"
#define N_FILLER     300

/* Reasons the secretary writes, in either language */
#define REASON_REFUSE_ELIGIBLE "Дипломның нотариалды куәландырылған көшірмесі ұсынылмаған"
#define REASON_ADMIT_ANYWAY    "Сертификат представлен на заседании комиссии"
#define REASON_LATE            "Почтовое отправление поступило после срока"

typedef enum {
  CASE_ELIGIBLE,        /* admitted, as the engine says */
  CASE_NO_HIGHER,       /* refused by the engine: education */
  CASE_EXPIRED,         /* refused by the engine: legislation certificate expired */
  CASE_REFUSED_ANYWAY,  /* eligible, refused by the secretary with a reason */
  CASE_ADMITTED_ANYWAY, /* no state-language certificate, admitted with a reason */
  CASE_LATE,            /* late; refused with the secretary's own reason */
  CASE_PENDING,         /* not decided */
  CASE_NO_QUALITIES,    /* refused by the engine: personal-qualities missing */
} Case;

typedef struct {
  const char *surname;
  const char *name;
  const char *patronymic;
  Case        scenario;
} Person;

/* The named cases of vacancy 1, in Kazakh and Russian */
static const Person people[] = {
  { "Сәрсенбаева", "Әлия",      "Нұрланқызы",    CASE_ELIGIBLE },
  { "Иванов",      "Пётр",      "Сергеевич",     CASE_ELIGIBLE },
  { "Қасымов",     "Ерлан",     "Болатұлы",      CASE_NO_HIGHER },
  { "Петрова",     "Анна",      "Викторовна",    CASE_EXPIRED },
  { "Жұмабеков",   "Данияр",    "",              CASE_REFUSED_ANYWAY },
  { "Смирнова",    "Ольга",     "Игоревна",      CASE_ADMITTED_ANYWAY },
  { "Өтегенов",    "Мұрат",     "Серікұлы",      CASE_LATE },
  { "Ким",         "Виктория",  "Андреевна",     CASE_PENDING },
};

static const char * const filler_surnames[] = {
  "Әбдірахманов", "Байжанов", "Ғабитов", "Дүйсенов", "Ермеков", "Жақыпов",
  "Кузнецов", "Лебедев", "Мұқанов", "Нұрпейісов", "Оспанов", "Попов",
  "Рахымжанов", "Соколов", "Тоқтаров", "Үсенов", "Федоров", "Хасенов",
  "Шәріпов", "Ыбыраев", "Іскаков", "Яковлев", "Морозов", "Қуанышев",
};
static const char * const filler_names[] = {
  "Арман", "Бауыржан", "Гүлнар", "Дина", "Еркебұлан", "Жанар", "Зарина",
  "Игорь", "Күлпаш", "Мәдина", "Нұрсұлтан", "Олжас", "Сергей", "Татьяна",
  "Ұлжан", "Фариза", "Һидаят", "Шолпан", "Әсел", "Іңкәр",
};
static const char * const filler_patronymics[] = {
  "Асқарұлы", "Бекболатқызы", "Владимирович", "Ғалымжанұлы", "Дмитриевна",
  "Ержанұлы", "Жомартқызы", "Николаевич", "Өмірзаққызы", "Павловна",
};

typedef struct {
  KonkursStore *store;
  char         *dir;
  gint64        competition_id;
  gint64        youth_id;
  gint64        vacancy_ids[3];
  GPtrArray    *named;          /* of KonkursCandidacy, parallel to people[] */
} Fixture;

static void
add_certificate (KonkursCandidate *candidate, KonkursCertificateKind kind, int day, int month, int year)
{
  g_autoptr(GDate) date = g_date_new_dmy (day, month, year);
  g_autoptr(KonkursCandidateCertificate) certificate =
    konkurs_candidate_certificate_new (kind, date, "42/55", "№ 0001");

  /* The Youth Reserve reads the level from the state-language certificate. */
  if (kind == KONKURS_CERTIFICATE_STATE_LANGUAGE)
    certificate->level = KONKURS_LANGUAGE_LEVEL_B2;
  konkurs_candidate_add_certificate (candidate, certificate);
}

/* A candidate born in the 1980s or 1990s with a valid IIN, a degree unless
 * the case says otherwise, ten years of work and the certificates the case
 * calls for. */
static gint64
save_candidate (KonkursStore *store, const char *surname, const char *name, const char *patronymic,
                Case scenario, guint serial)
{
  g_autoptr(KonkursCandidate) candidate = konkurs_candidate_new ();
  g_autoptr(GDate) birth = g_date_new_dmy (1 + serial % 28, 1 + serial % 12, 1980 + serial % 16);
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_SEPTEMBER, 2012);
  g_autoptr(KonkursEducationEntry) education = NULL;
  g_autoptr(KonkursEmployment) job = NULL;
  char iin[KONKURS_IIN_LENGTH + 1];

  while (!konkurs_iin_build (birth, serial % 2 ? KONKURS_SEX_MALE : KONKURS_SEX_FEMALE, serial, iin))
    serial += 5000;
  konkurs_candidate_set_iin (candidate, iin);
  konkurs_candidate_set_surname (candidate, surname);
  konkurs_candidate_set_name (candidate, name);
  konkurs_candidate_set_patronymic (candidate, patronymic);
  konkurs_candidate_set_language_level (candidate, KONKURS_LANGUAGE_LEVEL_B2);

  education = konkurs_education_entry_new (scenario == CASE_NO_HIGHER ? KONKURS_EDUCATION_SECONDARY
                                                                      : KONKURS_EDUCATION_HIGHER,
                                           "Құқықтану", "Әл-Фараби атындағы ҚазҰУ", 2010);
  konkurs_candidate_add_education (candidate, education);
  job = konkurs_employment_new ("«Бәйтерек» АҚ", "Маман", start, NULL);
  konkurs_candidate_add_employment (candidate, job);

  if (scenario == CASE_EXPIRED)
    add_certificate (candidate, KONKURS_CERTIFICATE_LEGISLATION, 1, G_DATE_MAY, 2025);
  else
    add_certificate (candidate, KONKURS_CERTIFICATE_LEGISLATION, 1, G_DATE_JUNE, 2026);
  if (scenario != CASE_NO_QUALITIES)
    add_certificate (candidate, KONKURS_CERTIFICATE_PERSONAL_QUALITIES, 2, G_DATE_JUNE, 2026);
  if (scenario != CASE_ADMITTED_ANYWAY)
    add_certificate (candidate, KONKURS_CERTIFICATE_STATE_LANGUAGE, 3, G_DATE_JUNE, 2026);

  return konkurs_test_save_candidate (store, candidate);
}

static KonkursCandidacy *
apply (KonkursStore *store, gint64 candidate_id, gint64 competition_id, gint64 vacancy_id,
       const char *sector, gboolean late)
{
  g_autoptr(GDate) received = late ? g_date_new_dmy (15, G_DATE_DECEMBER, 2026)
                                   : g_date_new_dmy (17, G_DATE_NOVEMBER, 2026);

  return konkurs_test_apply (store, candidate_id, competition_id, vacancy_id, sector, received);
}

static void
decide (KonkursStore *store, KonkursCandidacy *candidacy, Case scenario)
{
  g_autoptr(GError) error = NULL;
  gint64 id = konkurs_candidacy_get_id (candidacy);
  gboolean ok = TRUE;

  switch (scenario)
    {
    case CASE_ELIGIBLE:
      ok = konkurs_store_decide_candidacy (store, id, TRUE, NULL, &error);
      break;
    case CASE_NO_HIGHER:
    case CASE_EXPIRED:
    case CASE_NO_QUALITIES:
      ok = konkurs_store_decide_candidacy (store, id, FALSE, NULL, &error);
      break;
    case CASE_REFUSED_ANYWAY:
      ok = konkurs_store_decide_candidacy (store, id, FALSE, REASON_REFUSE_ELIGIBLE, &error);
      break;
    case CASE_ADMITTED_ANYWAY:
      ok = konkurs_store_decide_candidacy (store, id, TRUE, REASON_ADMIT_ANYWAY, &error);
      break;
    case CASE_LATE:
      ok = konkurs_store_decide_candidacy (store, id, FALSE, REASON_LATE, &error);
      break;
    case CASE_PENDING:
    default:
      break;
    }
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
fill_civil_service (Fixture *fixture)
{
  KonkursStore *store = fixture->store;

  fixture->competition_id = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, STATE_BODY, TITLE,
                                                          2026, G_DATE_NOVEMBER, 16);
  /* one seat each; three years of experience, which every candidate has */
  fixture->vacancy_ids[0] = konkurs_test_add_vacancy (store, fixture->competition_id, "Басқарма басшысы", "C-1", 1, 3);
  fixture->vacancy_ids[1] = konkurs_test_add_vacancy (store, fixture->competition_id, "Бас сарапшы", "C-4", 1, 3);
  fixture->vacancy_ids[2] = konkurs_test_add_vacancy (store, fixture->competition_id, "Жетекші сарапшы", "C-5", 1, 3);

  fixture->named = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      const Person *person = &people[i];
      gint64 id = save_candidate (store, person->surname, person->name, person->patronymic,
                                  person->scenario, 100 + i);
      KonkursCandidacy *candidacy = apply (store, id, fixture->competition_id, fixture->vacancy_ids[0],
                                           NULL, person->scenario == CASE_LATE);

      decide (store, candidacy, person->scenario);
      g_ptr_array_add (fixture->named, candidacy);
    }

  for (guint i = 0; i < N_FILLER; i++)
    {
      Case scenario = i % 7 == 3 ? CASE_NO_QUALITIES : i % 11 == 5 ? CASE_PENDING : CASE_ELIGIBLE;
      gint64 id = save_candidate (store,
                                  filler_surnames[i % G_N_ELEMENTS (filler_surnames)],
                                  filler_names[(i / 3) % G_N_ELEMENTS (filler_names)],
                                  filler_patronymics[(i / 7) % G_N_ELEMENTS (filler_patronymics)],
                                  scenario, 1000 + i);
      g_autoptr(KonkursCandidacy) candidacy = apply (store, id, fixture->competition_id,
                                                     fixture->vacancy_ids[1 + i % 2], NULL, FALSE);

      decide (store, candidacy, scenario);
    }
}

/* A Youth Reserve selection in two sectors.  Eligibility there needs no
 * certificates; serials 12 modulo 16 give birth years of 1992, young
 * enough. */
static void
fill_youth_reserve (Fixture *fixture)
{
  /* named as a file of version 1 names them: by their Kazakh names */
  static const char * const sectors[] = { "Цифрландыру", "Әлеуметтік саясат және азаматтық қоғам" };

  fixture->youth_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE, YOUTH_BODY,
                                                    YOUTH_TITLE, 2026, G_DATE_NOVEMBER, 16);
  for (guint i = 0; i < 6; i++)
    {
      gint64 id = save_candidate (fixture->store, "Байтұрсынова", filler_names[i], "Ахметқызы",
                                  CASE_ELIGIBLE, 3004 + 16 * i);
      g_autoptr(KonkursCandidacy) candidacy = apply (fixture->store, id, fixture->youth_id, 0,
                                                     sectors[i % 2], FALSE);

      if (i != 5)
        decide (fixture->store, candidacy, CASE_ELIGIBLE);
    }
}

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  fixture->store = konkurs_test_store_open (NULL, NULL);
  g_assert_true (konkurs_store_begin (fixture->store, &error));
  g_assert_no_error (error);
  fill_civil_service (fixture);
  fill_youth_reserve (fixture);
  g_assert_true (konkurs_store_commit (fixture->store, &error));
  g_assert_no_error (error);

  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-protocols-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_remove_pdf_dir (fixture->dir);
  g_free (fixture->dir);
  g_ptr_array_unref (fixture->named);
  g_assert_finalize_object (fixture->store);
}

/* Runs of white space (line breaks within a cell included) as one space. */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Personal codes in @text: "PK-" at the start of a word (a code may hold
 * "PK-" inside, as in PK-NPK-…). */
static guint
count_codes (const char *text)
{
  guint count = 0;

  for (const char *p = strstr (text, "PK-"); p != NULL; p = strstr (p + 1, "PK-"))
    if (p == text || (!g_ascii_isalnum (p[-1]) && p[-1] != '-'))
      count++;

  return count;
}

static char *
write_pdf (Fixture *fixture, KonkursDocument *document, const char *kind, KonkursCatalog *catalog, guint *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%s-%s.pdf", kind,
                                           konkurs_doc_language_to_code (konkurs_catalog_get_language (catalog)));
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_true (konkurs_document_write_pdf (document, path, NULL, &error));
  g_assert_no_error (error);
  konkurs_test_keep_artifact (path);
  *n_pages = konkurs_document_get_n_pages (document);

  return path;
}

/* Every page that shows rows of the table shows its header row too, and
 * every page has its own "page N of M". */
static void
check_pages (const char *layout_text, guint n_pages, KonkursCatalog *catalog,
             const char * const *headers)
{
  g_auto(GStrv) pages = g_strsplit (layout_text, "\f", -1);
  const char *page_format = konkurs_catalog_gettext (catalog, "Page %u of %u");
  guint pages_with_rows = 0;

  g_assert_cmpuint (g_strv_length (pages), ==, n_pages + 1);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *footer = konkurs_test_expand (page_format, i + 1, n_pages);

      g_assert_cmpuint (konkurs_test_count_occurrences (pages[i], footer), ==, 1);
      if (strstr (pages[i], "PK-") == NULL)
        continue;
      pages_with_rows++;
      for (guint h = 0; headers[h] != NULL; h++)
        g_assert_nonnull (strstr (pages[i], konkurs_catalog_gettext (catalog, headers[h])));
    }
  g_assert_cmpuint (pages_with_rows, >, 2);
}

static KonkursCatalog *
new_catalog (gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  KonkursCatalog *catalog = konkurs_catalog_new (GPOINTER_TO_INT (data), &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);

  return catalog;
}

static char *
describe_engine (Fixture *fixture, KonkursCandidacy *candidacy, KonkursCatalog *catalog, guint *n_failures)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) failures = konkurs_store_check_candidacy (fixture->store,
                                                                 konkurs_candidacy_get_id (candidacy),
                                                                 NULL, &error);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_no_error (error);
  *n_failures = failures->len;
  for (guint i = 0; i < failures->len; i++)
    {
      g_autofree char *line = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, i), catalog);

      g_string_append_printf (text, "%s%s", i > 0 ? " " : "", line);
    }

  return squeeze (text->str);
}

/* By surname in the order of the Kazakh alphabet, whatever the locale:
 * Ж И К Қ Ө П С(Ә) С(М). */
static void
check_alphabetical (const char *layout)
{
  static const char * const order[] = { "Жұмабеков", "Иванов", "Ким", "Қасымов",
                                        "Өтегенов", "Петрова", "Сәрсенбаева", "Смирнова" };
  const char *previous = layout;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *at = strstr (layout, order[i]);

      g_assert_nonnull (at);
      g_assert_true (at > previous);
      previous = at;
    }
}

/* The anonymity check of the publication list, turned round: on the
 * protocol, which names people, it finds every one of them, so its
 * silence on the list means something. */
static void
check_words_control (Fixture *fixture, const char *layout)
{
  g_autoptr(GHashTable) words = konkurs_test_words_of (layout);

  for (guint i = 0; i < fixture->named->len; i++)
    {
      KonkursCandidacy *candidacy = g_ptr_array_index (fixture->named, i);
      g_autoptr(KonkursCandidate) candidate = konkurs_store_get_candidate (fixture->store,
                                                                          konkurs_candidacy_get_candidate_id (candidacy),
                                                                          NULL);

      g_assert_true (konkurs_test_has_word (words, konkurs_candidate_get_surname (candidate)));
      g_assert_true (konkurs_test_has_word (words, konkurs_candidate_get_name (candidate)));
      g_assert_true (konkurs_test_has_word (words, konkurs_candidate_get_iin (candidate)));
    }
}

static void
check_named_rows (Fixture *fixture, KonkursCatalog *catalog, const char *layout, const char *raw)
{
  const char *admitted = konkurs_catalog_gettext (catalog, "Admitted");
  const char *refused = konkurs_catalog_gettext (catalog, "Refused");

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      KonkursCandidacy *candidacy = g_ptr_array_index (fixture->named, i);
      g_autoptr(KonkursCandidate) candidate = konkurs_store_get_candidate (fixture->store,
                                                                          konkurs_candidacy_get_candidate_id (candidacy),
                                                                          NULL);
      g_autofree char *engine = NULL;
      guint n_failures = 0;

      g_assert_nonnull (candidate);
      /* a name wraps in its cell, so word by word; IIN and code never wrap */
      g_assert_nonnull (strstr (layout, people[i].surname));
      g_assert_nonnull (strstr (layout, people[i].name));
      g_assert_nonnull (strstr (layout, people[i].patronymic));
      g_assert_cmpuint (konkurs_test_count_occurrences (layout, konkurs_candidate_get_iin (candidate)), ==, 1);
      g_assert_cmpuint (konkurs_test_count_occurrences (layout, konkurs_candidacy_get_personal_code (candidacy)),
                        ==, 1);

      engine = describe_engine (fixture, candidacy, catalog, &n_failures);
      switch (people[i].scenario)
        {
        case CASE_NO_HIGHER:
        case CASE_EXPIRED:
          /* the engine's reason in the document's language, once: the
           * copy the store kept is not printed beside it */
          g_assert_cmpuint (n_failures, ==, 1);
          g_assert_cmpuint (konkurs_test_count_occurrences (raw, engine), ==, 1);
          break;
        case CASE_LATE:
          g_assert_cmpuint (n_failures, ==, 1);
          g_assert_cmpuint (konkurs_test_count_occurrences (raw, engine), ==, 1);
          g_assert_nonnull (strstr (raw, REASON_LATE));
          break;
        case CASE_ADMITTED_ANYWAY:
          g_assert_cmpuint (n_failures, ==, 1);
          g_assert_nonnull (strstr (raw, REASON_ADMIT_ANYWAY));
          break;
        case CASE_REFUSED_ANYWAY:
          g_assert_cmpuint (n_failures, ==, 0);
          g_assert_nonnull (strstr (raw, REASON_REFUSE_ELIGIBLE));
          break;
        case CASE_ELIGIBLE:
        case CASE_PENDING:
        case CASE_NO_QUALITIES:
        default:
          break;
        }
    }

  check_alphabetical (layout);
  check_words_control (fixture, layout);
  g_assert_nonnull (strstr (layout, admitted));
  g_assert_nonnull (strstr (layout, refused));
  g_assert_nonnull (strstr (layout, konkurs_catalog_gettext (catalog, "Not decided yet")));
}

/* The first vacancy has the named cases: admitted A, B and F; refused C,
 * D, E and G; H pending. */
static void
check_counts (KonkursCatalog *catalog, const char *raw)
{
  g_autofree char *first = g_strdup_printf ("%s: 3; %s: 4; %s: 1",
                                            konkurs_catalog_gettext (catalog, "Admitted"),
                                            konkurs_catalog_gettext (catalog, "Refused"),
                                            konkurs_catalog_gettext (catalog, "Not decided yet"));

  g_assert_nonnull (strstr (raw, first));
}

static void
test_admission (Fixture *fixture, gconstpointer data)
{
  /* the name header wraps in its narrow column */
  static const char * const headers[] = { "No.", "IIN", "Personal code", "Decision", "Reasons", NULL };
  g_autoptr(KonkursCatalog) catalog = new_catalog (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) today = g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                                           g_date_time_get_year (now));
  g_autofree char *path = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *raw_text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *decided = NULL;
  g_autofree char *draft_path = NULL;
  KonkursDocumentOptions draft = { TRUE, NULL };
  guint n_pages = 0, undecided = 0;

  /* applications are not decided yet: a final protocol is refused with
   * their number, a draft printed */
  document = konkurs_admission_protocol_build (fixture->store, fixture->competition_id, catalog, NULL, &error);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_UNDECIDED);
  g_assert_true (konkurs_admission_protocol_count_undecided (fixture->store, fixture->competition_id, &undecided, NULL));
  /* one named case and every eleventh of the filler that lacks nothing */
  g_assert_cmpuint (undecided, ==, 24);
  g_assert_nonnull (strstr (error->message, "24 applications are not decided yet"));
  g_assert_null (document);
  g_clear_error (&error);
  document = konkurs_admission_protocol_build (fixture->store, fixture->competition_id, catalog, &draft, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  path = write_pdf (fixture, document, "admission", catalog, &n_pages);
  g_assert_cmpuint (n_pages, >, 3);
  layout = konkurs_test_pdf_text (path, FALSE);
  raw_text = konkurs_test_pdf_text (path, TRUE);
  raw = squeeze (raw_text);

  g_assert_nonnull (strstr (layout, konkurs_catalog_gettext (catalog, "Protocol of the review of documents")));
  g_assert_nonnull (strstr (layout, STATE_BODY));
  g_assert_nonnull (strstr (layout, TITLE));
  g_assert_nonnull (strstr (layout, "Басқарма басшысы"));
  g_assert_nonnull (strstr (layout, "Жетекші сарапшы"));
  /* a draft is dated the day it was prepared, and never says the
   * commission decided */
  decided = konkurs_catalog_format_date (catalog, today);
  g_assert_nonnull (strstr (raw, decided));
  g_assert_null (strstr (raw, konkurs_catalog_gettext (catalog, "The competition commission reviewed the documents "
                                                       "of the candidates against the requirements and decided as "
                                                       "follows.")));
  g_assert_nonnull (strstr (raw, konkurs_catalog_gettext (catalog, "This draft prepares the meeting of the "
                                                          "competition commission: the decisions in it are "
                                                          "proposals for the commission.")));
  /* no commission set: lines to sign by hand */
  g_assert_nonnull (strstr (layout, konkurs_catalog_gettext (catalog, "Chair of the commission")));
  g_assert_nonnull (strstr (layout, konkurs_catalog_gettext (catalog, "Members of the commission")));
  g_assert_nonnull (strstr (layout, konkurs_catalog_gettext (catalog, "Secretary of the commission")));
  draft_path = g_build_filename (fixture->dir, "admission-draft.pdf", NULL);
  konkurs_test_assert_draft (document, draft_path, konkurs_catalog_gettext (catalog, "DRAFT"));

  check_named_rows (fixture, catalog, layout, raw);
  check_counts (catalog, raw);
  check_pages (layout, n_pages, catalog, headers);
  /* every application of the competition has its row */
  g_assert_cmpuint (count_codes (layout), ==, G_N_ELEMENTS (people) + N_FILLER);
}

static void
test_admission_youth (Fixture *fixture, gconstpointer data)
{
  KonkursDocumentOptions draft = { TRUE, NULL };
  g_autoptr(KonkursCatalog) catalog = new_catalog (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *layout = NULL;
  const char *sector;
  const char *digital;
  const char *social;
  gboolean russian;
  guint n_pages = 0;

  document = konkurs_admission_protocol_build (fixture->store, fixture->youth_id, catalog, &draft, &error);
  g_assert_no_error (error);
  path = write_pdf (fixture, document, "youth-admission", catalog, &n_pages);
  layout = konkurs_test_pdf_text (path, FALSE);

  /* one table per sector, named in the document's language,
   * alphabetically: Ә before Ц, С before Ц */
  sector = konkurs_catalog_gettext (catalog, "Sector");
  g_assert_cmpuint (konkurs_test_count_occurrences (layout, sector), ==, 2);
  russian = konkurs_catalog_get_language (catalog) == KONKURS_DOC_LANGUAGE_RU;
  social = strstr (layout, russian ? "Социальная политика" : "Әлеуметтік саясат");
  digital = strstr (layout, russian ? "Цифровизация" : "Цифрландыру");
  g_assert_nonnull (social);
  g_assert_nonnull (digital);
  g_assert_true (social < digital);
  g_assert_cmpuint (konkurs_test_count_occurrences (layout, "Байтұрсынова"), ==, 6);

  codes = konkurs_store_list_codes (fixture->store, fixture->youth_id, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (codes->len, ==, 6);
  for (guint i = 0; i < codes->len; i++)
    {
      const KonkursCodeEntry *entry = g_ptr_array_index (codes, i);
      const char *at = strstr (layout, entry->personal_code);

      g_assert_nonnull (at);
      /* in the table of its own sector */
      if (g_str_equal (entry->sector, "digitalisation"))
        g_assert_true (at > digital);
      else
        g_assert_true (at > social && at < digital);
    }
}

/* The anonymity test: no surname, name, patronymic, IIN or birth date of
 * any candidate in the database appears in the list. */
static void
check_anonymous (Fixture *fixture, KonkursCatalog *catalog, const char *text)
{
  g_assert_cmpuint (konkurs_test_assert_anonymous (fixture->store, catalog, text), ==,
                    G_N_ELEMENTS (people) + N_FILLER + 6);
}

/* The codes of each vacancy (or sector) appear in ascending order, each
 * once. */
static void
check_codes_in_order (Fixture *fixture, const char *text, gint64 competition_id, guint expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) codes = konkurs_store_list_codes (fixture->store, competition_id, -1, &error);
  g_autoptr(GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (codes->len, ==, expected);
  g_assert_cmpuint (count_codes (text), ==, expected);

  for (guint i = 0; i < codes->len; i++)
    {
      const KonkursCodeEntry *entry = g_ptr_array_index (codes, i);
      g_autofree char *group = g_strdup_printf ("%" G_GINT64_FORMAT "/%s", entry->vacancy_id, entry->sector);
      const char *at = strstr (text, entry->personal_code);
      const char *before = g_hash_table_lookup (last, group);

      g_assert_nonnull (at);
      g_assert_cmpuint (konkurs_test_count_occurrences (text, entry->personal_code), ==, 1);
      /* list_codes is by code; within a group the text must follow */
      if (i > 0)
        g_assert_cmpstr (((KonkursCodeEntry *) g_ptr_array_index (codes, i - 1))->personal_code, <, entry->personal_code);
      if (before != NULL)
        g_assert_true (before < at);
      g_hash_table_insert (last, g_steal_pointer (&group), (gpointer) at);
    }
}

static void
test_publication (Fixture *fixture, gconstpointer data)
{
  KonkursDocumentOptions draft = { TRUE, NULL };
  static const char * const headers[] = { "No.", "Personal code", "Result", NULL };
  g_autoptr(KonkursCatalog) catalog = new_catalog (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *layout = NULL;
  g_autofree char *raw = NULL;
  guint n_pages = 0;

  document = konkurs_publication_list_build (fixture->store, fixture->competition_id, catalog, NULL, &error);
  g_assert_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_UNDECIDED);
  g_clear_error (&error);
  document = konkurs_publication_list_build (fixture->store, fixture->competition_id, catalog, &draft, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  path = write_pdf (fixture, document, "publication", catalog, &n_pages);
  layout = konkurs_test_pdf_text (path, FALSE);
  raw = konkurs_test_pdf_text (path, TRUE);

  g_assert_nonnull (strstr (layout, konkurs_catalog_gettext (catalog, "List of results by personal code")));
  g_assert_nonnull (strstr (layout, TITLE));
  g_assert_nonnull (strstr (layout, konkurs_catalog_gettext (catalog, "Review of documents")));
  g_assert_nonnull (strstr (layout, konkurs_catalog_gettext (catalog, "Not admitted")));
  check_pages (layout, n_pages, catalog, headers);
  check_codes_in_order (fixture, raw, fixture->competition_id, G_N_ELEMENTS (people) + N_FILLER);
  check_anonymous (fixture, catalog, layout);
  check_anonymous (fixture, catalog, raw);
  /* nor the reasons of a refusal, which could name an age or a diploma */
  g_assert_null (strstr (layout, REASON_REFUSE_ELIGIBLE));
  g_assert_null (strstr (layout, REASON_LATE));
}

/* The raw text of the draft publication list of @competition_id, kept
 * as @kind; the tests of what it publishes read nothing else of it. */
static char *
draft_publication_text (Fixture *fixture, gint64 competition_id, KonkursCatalog *catalog, const char *kind,
                        guint *n_pages)
{
  KonkursDocumentOptions draft = { TRUE, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = NULL;
  g_autofree char *path = NULL;

  document = konkurs_publication_list_build (fixture->store, competition_id, catalog, &draft, &error);
  g_assert_no_error (error);
  path = write_pdf (fixture, document, kind, catalog, n_pages);
  return konkurs_test_pdf_text (path, TRUE);
}

static void
test_publication_youth (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCatalog) catalog = new_catalog (data);
  g_autofree char *raw = NULL;
  guint n_pages = 0;

  raw = draft_publication_text (fixture, fixture->youth_id, catalog, "youth-publication", &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);

  /* the sectors in the document's language */
  if (konkurs_catalog_get_language (catalog) == KONKURS_DOC_LANGUAGE_RU)
    {
      g_assert_nonnull (strstr (raw, "Цифровизация"));
      g_assert_nonnull (strstr (raw, "Социальная политика"));
      g_assert_null (strstr (raw, "Цифрландыру"));
    }
  else
    {
      g_assert_nonnull (strstr (raw, "Цифрландыру"));
      g_assert_nonnull (strstr (raw, "Әлеуметтік саясат"));
    }
  g_assert_nonnull (strstr (raw, konkurs_catalog_gettext (catalog, "Not decided yet")));
  check_codes_in_order (fixture, raw, fixture->youth_id, 6);
  check_anonymous (fixture, catalog, raw);
}

/* A sector is published only under a name of the rule set's list, and
 * only for as many as the rule set's minimum: two applications in a
 * "sector" that migration 5 made from free text (a name and an IIN, as
 * typed) and one alone in a sector of the list are published together
 * under "other sectors", and neither sector is named. */
static void
test_publication_sector_privacy (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCatalog) catalog = new_catalog (data);
  g_autofree char *sql = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *other = NULL;
  g_autofree char *heading = NULL;
  const char *sectors[] = { "other-1", "other-1", "economy" };
  guint n_pages = 0;

  sql = g_strdup_printf ("INSERT INTO rule_set_sector (rule_set_id, code, ordinal, name_kk) "
                         "SELECT rule_set_id, 'other-1', 101, 'Ахметов Ерлан, ИИН 900315300172' "
                         "FROM competition WHERE id = %" G_GINT64_FORMAT, fixture->youth_id);
  konkurs_test_exec (konkurs_store_get_db (fixture->store), sql);
  for (guint i = 0; i < G_N_ELEMENTS (sectors); i++)
    {
      gint64 id = save_candidate (fixture->store, "Сейітова", filler_names[i], "Ахметқызы",
                                  CASE_ELIGIBLE, 3004 + 16 * (6 + i));
      g_autoptr(KonkursCandidacy) candidacy = apply (fixture->store, id, fixture->youth_id, 0, sectors[i], FALSE);

      decide (fixture->store, candidacy, CASE_ELIGIBLE);
    }

  raw = draft_publication_text (fixture, fixture->youth_id, catalog, "publication-sector-privacy", &n_pages);

  g_assert_null (strstr (raw, "Ахметов"));
  g_assert_null (strstr (raw, "900315300172"));
  g_assert_null (strstr (raw, "Экономикалық"));
  g_assert_null (strstr (raw, "Экономическая"));
  other = g_strdup_printf ("%s: %s", konkurs_catalog_gettext (catalog, "Sector"),
                           konkurs_catalog_gettext (catalog, "other sectors"));
  g_assert_nonnull (strstr (raw, other));
  heading = g_strdup_printf ("%s: ", konkurs_catalog_gettext (catalog, "Sector"));
  /* the sectors of three are named */
  g_assert_nonnull (strstr (raw, konkurs_catalog_get_language (catalog) == KONKURS_DOC_LANGUAGE_RU
                                 ? "Цифровизация" : "Цифрландыру"));
  g_assert_cmpuint (konkurs_test_count_occurrences (raw, heading), ==, 3);

  /* A stricter rule set merges the small named sectors too, and the
   * smallest until "other sectors" has as many. */
  konkurs_test_exec (konkurs_store_get_db (fixture->store),
                     "UPDATE rule_value SET value = 4 WHERE key = 'publication-min-group'");
  g_clear_pointer (&raw, g_free);
  raw = draft_publication_text (fixture, fixture->youth_id, catalog, "publication-sector-min-4", &n_pages);
  g_assert_cmpuint (konkurs_test_count_occurrences (raw, heading), ==, 1);
  g_assert_nonnull (strstr (raw, other));
}

static void
test_missing_competition (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCatalog) catalog = new_catalog (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) admission = NULL;
  g_autoptr(KonkursDocument) publication = NULL;

  admission = konkurs_admission_protocol_build (fixture->store, 9999, catalog, NULL, &error);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_null (admission);
  g_clear_error (&error);

  publication = konkurs_publication_list_build (fixture->store, 9999, catalog, NULL, &error);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
  g_assert_null (publication);
}

static void
add_test (const char *path, KonkursDocLanguage language,
          void (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, GINT_TO_POINTER (language), fixture_set_up, func, fixture_tear_down);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  add_test ("/protocols/admission/kk", KONKURS_DOC_LANGUAGE_KK, test_admission);
  add_test ("/protocols/admission/ru", KONKURS_DOC_LANGUAGE_RU, test_admission);
  add_test ("/protocols/admission/youth-reserve/kk", KONKURS_DOC_LANGUAGE_KK, test_admission_youth);
  add_test ("/protocols/admission/youth-reserve/ru", KONKURS_DOC_LANGUAGE_RU, test_admission_youth);
  add_test ("/protocols/publication/kk", KONKURS_DOC_LANGUAGE_KK, test_publication);
  add_test ("/protocols/publication/ru", KONKURS_DOC_LANGUAGE_RU, test_publication);
  add_test ("/protocols/publication/youth-reserve/kk", KONKURS_DOC_LANGUAGE_KK, test_publication_youth);
  add_test ("/protocols/publication/youth-reserve/ru", KONKURS_DOC_LANGUAGE_RU, test_publication_youth);
  add_test ("/protocols/publication/sector-privacy/kk", KONKURS_DOC_LANGUAGE_KK, test_publication_sector_privacy);
  add_test ("/protocols/publication/sector-privacy/ru", KONKURS_DOC_LANGUAGE_RU, test_publication_sector_privacy);
  add_test ("/protocols/missing-competition", KONKURS_DOC_LANGUAGE_RU, test_missing_competition);

  return g_test_run ();
}
