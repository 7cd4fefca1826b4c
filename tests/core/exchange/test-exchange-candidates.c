/* test-exchange-candidates.c — XML import of candidates and applications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "konkurs-exchange.h"
#include "konkurs-personal-code.h"
#include "konkurs-store-candidates.h"
#include "konkurs-test-util.h"

typedef struct {
  char         *tmpdir;
  KonkursStore *store;
} Fixture;

/* A database with the competitions of exchange-valid.xml: competition 1
 * (civil service, vacancies 1 and 2) and Youth Reserve selection 2. */
static KonkursStore *
open_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *competitions = konkurs_test_data_path ("exchange-valid.xml");
  KonkursStore *store = konkurs_test_store_open (NULL, NULL);

  /* a file of version 1, all in Kazakh */
  g_assert_true (konkurs_exchange_import_file_in (store, competitions, KONKURS_DOC_LANGUAGE_KK, NULL, NULL, NULL, NULL,
                                                  &error));
  g_assert_no_error (error);
  return store;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->tmpdir = konkurs_test_make_tmp_dir ("test-exchange-candidates-XXXXXX");
  fixture->store = open_store ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  konkurs_test_remove_tree (fixture->tmpdir);
  g_free (fixture->tmpdir);
}

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

static gint64
count_candidates (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  gint64 count = konkurs_store_count_candidates (store, &error);

  g_assert_no_error (error);
  return count;
}

static guint
count_applications (KonkursStore *store)
{
  guint count = 0;

  for (gint64 id = 1; id <= 2; id++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) list = konkurs_store_list_candidacies_of_competition (store, id, &error);

      g_assert_no_error (error);
      count += list->len;
    }
  return count;
}

static KonkursCandidate *
get_by_iin (KonkursStore *store,
            const char   *iin)
{
  g_autoptr(GError) error = NULL;
  gint64 id = konkurs_store_find_candidate_by_iin (store, iin, &error);
  KonkursCandidate *candidate;

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  candidate = konkurs_store_get_candidate (store, id, &error);
  g_assert_no_error (error);
  return candidate;
}

static void
test_schema_path (void)
{
  g_autofree char *path = konkurs_exchange_get_schema_path ("candidates");

  g_assert_true (g_str_has_suffix (path, "konkurs-candidates.xsd"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
assert_first_candidate (KonkursStore *store)
{
  g_autoptr(KonkursCandidate) erlan = get_by_iin (store, "900315300172");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) applications = NULL;
  KonkursEmployment *job;
  KonkursEducationEntry *master;

  g_assert_cmpstr (konkurs_candidate_get_surname (erlan), ==, "Ахметов");
  g_assert_cmpstr (konkurs_candidate_get_name (erlan), ==, "Ерлан");
  g_assert_cmpstr (konkurs_candidate_get_patronymic (erlan), ==, "Серікұлы");
  g_assert_cmpstr (konkurs_candidate_get_address (erlan), ==, "Астана, Мәңгілік Ел даңғылы, 8 & 9");
  g_assert_cmpstr (konkurs_candidate_get_email (erlan), ==, "erlan@example.kz");
  g_assert_cmpint (konkurs_candidate_get_language_level (erlan), ==, KONKURS_LANGUAGE_LEVEL_C1);
  g_assert_cmpint (konkurs_candidate_get_sex (erlan), ==, KONKURS_SEX_MALE);
  g_assert_cmpint (konkurs_candidate_get_exclusions (erlan), ==, KONKURS_EXCLUSION_NONE);

  g_assert_cmpuint (konkurs_candidate_get_education (erlan)->len, ==, 2);
  master = g_ptr_array_index (konkurs_candidate_get_education (erlan), 1);
  g_assert_cmpint (master->level, ==, KONKURS_EDUCATION_POSTGRADUATE);
  g_assert_cmpint (master->year, ==, 2013);
  g_assert_cmpstr (master->institution, ==, "Назарбаев Университеті");

  g_assert_cmpuint (konkurs_candidate_get_employments (erlan)->len, ==, 2);
  job = g_ptr_array_index (konkurs_candidate_get_employments (erlan), 1);
  g_assert_cmpstr (job->employer, ==, "Астана қаласының әкімдігі");
  g_assert_false (g_date_valid (&job->end));
  g_assert_cmpuint (konkurs_candidate_get_certificates (erlan)->len, ==, 2);

  applications = konkurs_store_list_candidacies_of_candidate (store, konkurs_candidate_get_id (erlan), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (applications->len, ==, 2);
  for (guint i = 0; i < applications->len; i++)
    g_assert_true (konkurs_personal_code_is_valid (
      konkurs_candidacy_get_personal_code (g_ptr_array_index (applications, i))));
  g_assert_cmpint (konkurs_candidacy_get_vacancy_id (g_ptr_array_index (applications, 0)), ==, 1);
  /* named by its Kazakh name in a file of version 1, stored by its code */
  g_assert_cmpstr (konkurs_candidacy_get_sector (g_ptr_array_index (applications, 1)), ==, "digitalisation");
}

static void
test_import_valid (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = konkurs_test_data_path ("candidates-valid.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) anna = NULL;
  g_autoptr(KonkursCandidate) third = NULL;
  KonkursImportSummary summary = { 9, 9, 9, 9 };
  guint changes = 0;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (konkurs_test_count_changes), &changes);
  g_assert_true (konkurs_exchange_import_file (fixture->store, path, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.competitions, ==, 0);
  g_assert_cmpuint (summary.vacancies, ==, 0);
  g_assert_cmpuint (summary.candidates, ==, 3);
  g_assert_cmpuint (summary.applications, ==, 3);
  g_assert_cmpint (count_candidates (fixture->store), ==, 3);
  g_assert_cmpuint (count_applications (fixture->store), ==, 3);
  /* Told at the commit, once per table. */
  g_assert_cmpuint (changes, >=, 1);
  g_assert_cmpuint (changes, <=, 2);

  assert_first_candidate (fixture->store);

  anna = get_by_iin (fixture->store, "950720401234");
  g_assert_cmpint (konkurs_candidate_get_sex (anna), ==, KONKURS_SEX_FEMALE);
  g_assert_cmpint (konkurs_candidate_get_exclusions (anna), ==,
                   KONKURS_EXCLUSION_POLITICAL_SERVANT | KONKURS_EXCLUSION_IN_RESERVE);
  g_assert_cmpstr (konkurs_candidate_get_citizenship (anna), ==, "KZ");

  third = get_by_iin (fixture->store, "880101305557");
  g_assert_cmpstr (konkurs_candidate_get_citizenship (third), ==, "RU");
  g_assert_cmpint (konkurs_candidate_get_language_level (third), ==, KONKURS_LANGUAGE_LEVEL_NONE);
  g_assert_cmpuint (konkurs_candidate_get_education (third)->len, ==, 0);
}

/* Version 4: every new attribute comes in, a retake is a second
 * certificate, and the export writes them back. */
static void
test_import_eligibility (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = konkurs_test_data_path ("candidates-eligibility.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCandidate) erlan = NULL;
  KonkursImportSummary summary = { 0 };
  GPtrArray *certificates, *work;
  GArray *periods;
  const KonkursCandidateCertificate *retake;

  g_assert_true (konkurs_exchange_import_file (fixture->store, path, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  erlan = get_by_iin (fixture->store, "900315300172");

  periods = konkurs_candidate_get_exclusion_periods (erlan);
  g_assert_cmpuint (periods->len, ==, 2);
  konkurs_test_assert_date (&g_array_index (periods, KonkursExclusionPeriod, 0).until, 2023, 4, 30);
  g_assert_false (g_date_valid (&g_array_index (periods, KonkursExclusionPeriod, 1).from));

  work = konkurs_candidate_get_employments (erlan);
  g_assert_true (((KonkursEmployment *) g_ptr_array_index (work, 0))->civil_service);
  g_assert_false (((KonkursEmployment *) g_ptr_array_index (work, 0))->in_field);
  g_assert_true (((KonkursEmployment *) g_ptr_array_index (work, 1))->in_field);

  certificates = konkurs_candidate_get_certificates (erlan);
  g_assert_cmpuint (certificates->len, ==, 3);
  retake = g_ptr_array_index (certificates, 2);   /* by date: 20 January, 3 February, 20 March */
  g_assert_cmpint (retake->score, ==, 42);
  g_assert_cmpint (retake->max_score, ==, 55);
  g_assert_cmpint (((KonkursCandidateCertificate *) g_ptr_array_index (certificates, 0))->score, ==, 28);
  g_assert_cmpint (((KonkursCandidateCertificate *) g_ptr_array_index (certificates, 1))->level,
                   ==, KONKURS_LANGUAGE_LEVEL_B1);

  {
    g_autofree char *out = g_build_filename (g_get_tmp_dir (), "konkurs-eligibility-export.xml", NULL);
    g_autofree char *text = NULL;

    g_assert_true (konkurs_exchange_export_database (fixture->store, out, NULL, &error));
    g_assert_no_error (error);
    g_assert_true (g_file_get_contents (out, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "version=\"4\""));
    g_assert_nonnull (strstr (text, "<exclusion status=\"political-servant\" from=\"2019-05-01\" until=\"2023-04-30\"/>"));
    g_assert_nonnull (strstr (text, "civil-service=\"true\""));
    g_assert_nonnull (strstr (text, "score=\"42\" max-score=\"55\""));
    g_assert_nonnull (strstr (text, "level=\"B1\""));
    g_unlink (out);
  }
}

/* ------------------------------------------------------------------------ */
/* Files that must be refused, leaving the database as it was */

typedef struct {
  const char *file;
  int         code;
  int         line;       /* 0: the message has no line */
  const char *fragment;
  const char *fragment2;  /* NULL or a second thing the message must say */
} BadFile;

static const BadFile bad_files[] = {
  { "candidates-bad-iin.xml",             KONKURS_EXCHANGE_ERROR_INVALID, 8,  "candidate/@iin: ", "check digit" },
  { "candidates-duplicate-iin.xml",       KONKURS_EXCHANGE_ERROR_INVALID, 12, "candidate/@iin: ", "line 4" },
  { "candidates-unknown-competition.xml", KONKURS_EXCHANGE_ERROR_INVALID, 7,  "application/@competition", "99" },
  { "candidates-unknown-vacancy.xml",     KONKURS_EXCHANGE_ERROR_INVALID, 7,  "application/@vacancy", "42" },
  { "candidates-bad-date.xml",            KONKURS_EXCHANGE_ERROR_INVALID, 7,  "work/@start: '2020-02-30'", NULL },
  { "candidates-truncated.xml",           KONKURS_EXCHANGE_ERROR_MALFORMED, 7, "<candidate> opened on line 5", "truncated" },
  /* The fields the rules check, in the rules' words (konkurs-validation.h),
   * at the element and attribute that hold them. */
  { "candidates-work-order.xml",          KONKURS_EXCHANGE_ERROR_INVALID, 8,  "work/@end: ",
    "work/@end: Work period 2 ends on 01.01.2019, before it starts on 01.01.2020." },
  { "candidates-birth-date.xml",          KONKURS_EXCHANGE_ERROR_INVALID, 4,  "candidate/@birth-date: ",
    "candidate/@birth-date: The birth date 16.03.1990 does not match the IIN, which gives 15.03.1990." },
  { "candidates-missing-surname.xml",     KONKURS_EXCHANGE_ERROR_INVALID, 4,  "candidate/surname", NULL },
  { "candidates-unexpected-element.xml",  KONKURS_EXCHANGE_ERROR_INVALID, 7,  "candidate/salary", NULL },
  { "candidates-unknown-level.xml",       KONKURS_EXCHANGE_ERROR_INVALID, 4,  "candidate/@language-level: 'D1'", NULL },
  { "candidates-text-between.xml",        KONKURS_EXCHANGE_ERROR_INVALID, 8,  "text is not allowed", NULL },
  { "candidates-wrong-version.xml",       KONKURS_EXCHANGE_ERROR_INVALID, 2,  "konkurs-candidates/@version: '5' is not a version this Konkurs reads (it reads 1 to 4)", NULL },
  { "candidates-score-alone.xml",         KONKURS_EXCHANGE_ERROR_INVALID, 6,  "certificate/@max-score: ", "both" },
  { "candidates-level-kind.xml",          KONKURS_EXCHANGE_ERROR_INVALID, 7,  "certificate/@level: ", "Certificate 2" },
  { "candidates-exclusion-order.xml",     KONKURS_EXCHANGE_ERROR_INVALID, 6,  "exclusion/@until: ", "Exclusion 1" },
  { "candidates-billion-laughs.xml",      KONKURS_EXCHANGE_ERROR_MALFORMED, 2, "DOCTYPE", NULL },
};

static void
assert_refused (KonkursStore *store,
                const char   *path,
                int           code,
                int           line,
                const char   *fragment,
                const char   *fragment2)
{
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 7, 7, 7, 7 };

  g_assert_false (konkurs_exchange_import_file (store, path, &summary, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, code);
  konkurs_test_assert_file_message (error->message, path, line, fragment, fragment2);
  g_assert_cmpuint (summary.candidates, ==, 0);
  g_assert_cmpuint (summary.applications, ==, 0);
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autoptr(KonkursStore) store = open_store ();
  g_autofree char *path = konkurs_test_data_path (bad->file);

  assert_refused (store, path, bad->code, bad->line, bad->fragment, bad->fragment2);
  g_assert_cmpint (count_candidates (store), ==, 0);
  g_assert_cmpuint (count_applications (store), ==, 0);
}

/* The second import brings one new person and one the database has: the
 * message names the person in the database, and the new one is not kept. */
/* A file of version 2 names competitions by number and vacancies by code:
 * it imports into any database with the same competitions, whatever their
 * ids there. */
static void
test_by_number (void)
{
  g_autofree char *competitions = konkurs_test_data_path ("exchange-bilingual.xml");
  g_autofree char *candidates = konkurs_test_data_path ("candidates-by-number.xml");

  for (guint extra = 0; extra < 3; extra += 2)
    {
      g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(KonkursCandidate) aigul = NULL;
      g_autoptr(GPtrArray) applications = NULL;
      g_autoptr(KonkursCompetition) civil = NULL;
      g_autoptr(KonkursVacancy) head = NULL;
      KonkursImportSummary summary = { 0 };

      /* other competitions first: other ids for the same ones */
      for (guint i = 0; i < extra; i++)
        konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Басқа", "", 2024, 5, 6);
      g_assert_true (konkurs_exchange_import_file (store, competitions, NULL, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (konkurs_exchange_import_file (store, candidates, &summary, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (summary.candidates, ==, 2);
      g_assert_cmpuint (summary.applications, ==, 3);

      civil = konkurs_store_find_competition_by_number (store, "ҚР-2025/14", &error);
      g_assert_no_error (error);
      g_assert_cmpint (konkurs_competition_get_id (civil), ==, extra + 1);
      head = konkurs_store_find_vacancy_by_code (store, konkurs_competition_get_id (civil), "8", &error);
      g_assert_no_error (error);
      aigul = get_by_iin (store, "950514400127");
      applications = konkurs_store_list_candidacies_of_candidate (store, konkurs_candidate_get_id (aigul), &error);
      g_assert_no_error (error);
      g_assert_cmpuint (applications->len, ==, 2);
      g_assert_cmpint (konkurs_candidacy_get_vacancy_id (applications->pdata[0]), ==, konkurs_vacancy_get_id (head));
      g_assert_cmpstr (konkurs_candidacy_get_sector (applications->pdata[1]), ==, "digitalisation");
    }
}

/* A number or a code the database does not have is named, at its line. */
static void
test_unknown_number (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "unknown.xml", NULL);
  g_autoptr(GError) error = NULL;
  static const char * const files[][2] = {
    { "<application competition=\"2030-001\" received-on=\"2025-03-04\"/>",
      "unknown.xml:4: application/@competition: this database has no competition numbered '2030-001'" },
    { "<application competition=\"2025-001\" vacancy=\"9\" received-on=\"2025-03-04\"/>",
      "unknown.xml:4: application/@vacancy: the competition '2025-001' has no vacancy numbered '9'" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *text = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                               "<konkurs-candidates xmlns=\"urn:konkurs:candidates:1\" version=\"2\">\n"
                                               "  <candidate iin=\"900315300172\"><surname>А</surname><name>Б</name>\n"
                                               "    %s\n"
                                               "  </candidate>\n"
                                               "</konkurs-candidates>\n", files[i][0]);

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      g_assert_false (konkurs_exchange_import_file (fixture->store, path, NULL, NULL, NULL, NULL, &error));
      g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, files[i][1]));
      g_clear_error (&error);
      g_assert_cmpint (count_candidates (fixture->store), ==, 0);
    }
}

static void
test_duplicate_in_database (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *valid = konkurs_test_data_path ("candidates-valid.xml");
  g_autofree char *again = konkurs_test_data_path ("candidates-bad-iin.xml");
  g_autofree char *twice = g_build_filename (fixture->tmpdir, "twice.xml", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_exchange_import_file (fixture->store, valid, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_file_set_contents (twice,
                       "<?xml version=\"1.0\"?>\n"
                       "<konkurs-candidates xmlns=\"urn:konkurs:candidates:1\" version=\"1\">\n"
                       "  <candidate iin=\"920229400421\"><surname>Жаңа</surname><name>Адам</name></candidate>\n"
                       "  <candidate iin=\"950720401234\"><surname>Иванова</surname><name>Анна</name></candidate>\n"
                       "</konkurs-candidates>\n", -1, &error);
  g_assert_no_error (error);

  assert_refused (fixture->store, twice, KONKURS_EXCHANGE_ERROR_INVALID, 4,
                  "candidate/@iin: ", "Иванова Анна Сергеевна");
  g_assert_cmpint (count_candidates (fixture->store), ==, 3);
  g_assert_cmpint (konkurs_store_find_candidate_by_iin (fixture->store, "920229400421", NULL), ==, 0);

  /* And the file that is wrong in itself still says so. */
  assert_refused (fixture->store, again, KONKURS_EXCHANGE_ERROR_INVALID, 4, "candidate/@iin: ", "Ахметов");
}

/* ------------------------------------------------------------------------ */
/* Large files */

/* @n candidates of 8 lines each after 2 lines of header; the last one has
 * a wrong check digit when @bad. */
static char *
generate_file (Fixture    *fixture,
               const char *name,
               guint       n,
               gboolean    bad)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<konkurs-candidates xmlns=\"urn:konkurs:candidates:1\" version=\"1\">\n");
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (fixture->tmpdir, name, NULL);
  GDate birth;
  guint made = 0;

  g_date_set_dmy (&birth, 1, G_DATE_JANUARY, 1975);
  for (guint serial = 0; made < n; serial++)
    {
      char iin[KONKURS_IIN_LENGTH + 1];

      if (serial == 10000)
        {
          serial = 0;
          g_date_add_days (&birth, 1);
        }
      if (!konkurs_iin_build (&birth, made % 2 ? KONKURS_SEX_FEMALE : KONKURS_SEX_MALE, serial, iin))
        continue;
      made++;
      if (bad && made == n)
        iin[11] = iin[11] == '9' ? '0' : iin[11] + 1;

      g_string_append_printf (xml,
                              "  <candidate iin=\"%s\" language-level=\"B2\">\n"
                              "    <surname>Сейтқали %u</surname>\n"
                              "    <name>Әлия</name>\n"
                              "    <education level=\"higher\" year=\"2000\"/>\n"
                              "    <work employer=\"Әкімдік\" start=\"2001-01-01\"/>\n"
                              "    <certificate kind=\"legislation\" passed-on=\"2025-01-01\"/>\n"
                              "    <application competition=\"1\" vacancy=\"%u\" received-on=\"2025-03-04\"/>\n"
                              "  </candidate>\n", iin, made, 1 + made % 2);
    }
  g_string_append (xml, "</konkurs-candidates>\n");

  g_file_set_contents (path, xml->str, xml->len, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_large_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = generate_file (fixture, "large.xml", 4000, FALSE);
  g_autofree char *bad = generate_file (fixture, "large-bad.xml", 9000, TRUE);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 0 };

  /* Lines past 65535 are reported right: 2 + 8 per candidate.  Its 8999
   * predecessors were written and are rolled back. */
  assert_refused (fixture->store, bad, KONKURS_EXCHANGE_ERROR_INVALID, 2 + 8 * 8999 + 1,
                  "candidate/@iin: ", "check digit");
  g_assert_cmpint (count_candidates (fixture->store), ==, 0);
  g_assert_cmpuint (count_applications (fixture->store), ==, 0);

  /* The same people, with the last one right this time. */
  g_assert_true (konkurs_exchange_import_file (fixture->store, path, &summary, konkurs_test_collect_fraction,
                                               fractions, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.candidates, ==, 4000);
  g_assert_cmpuint (summary.applications, ==, 4000);
  g_assert_cmpint (count_candidates (fixture->store), ==, 4000);

  konkurs_test_assert_progress (fractions);

}

static guint
search (KonkursStore *store,
        const char   *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  KonkursCandidateFilter filter;

  konkurs_candidate_filter_init (&filter);
  filter.text = text;
  ids = konkurs_store_query_candidate_ids (store, &filter, &error);
  g_assert_no_error (error);
  return ids->len;
}

/* The import fills the search index at its end, not row by row: the names
 * it wrote are found as soon as it returns, into an empty database and
 * into one with candidates, and after a refused import; what is written
 * afterwards is indexed row by row again. */
static void
test_search_after_import (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *valid = konkurs_test_data_path ("candidates-valid.xml");
  g_autofree char *path = generate_file (fixture, "searched.xml", 50, FALSE);
  g_autofree char *bad = generate_file (fixture, "searched-bad.xml", 60, TRUE);
  g_autoptr(KonkursCandidate) last = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_exchange_import_file (fixture->store, valid, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (search (fixture->store, "Ахметов"), ==, 1);
  g_assert_cmpuint (search (fixture->store, "950720401234"), ==, 1);

  assert_refused (fixture->store, bad, KONKURS_EXCHANGE_ERROR_INVALID, 2 + 8 * 59 + 1,
                  "candidate/@iin: ", "check digit");
  g_assert_cmpuint (search (fixture->store, "Сейтқали"), ==, 0);

  g_assert_true (konkurs_exchange_import_file (fixture->store, path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (search (fixture->store, "Сейтқали"), ==, 50);
  g_assert_cmpuint (search (fixture->store, "сейт 50"), ==, 1);
  g_assert_cmpuint (search (fixture->store, "Ахметов"), ==, 1);

  /* Renamed after the import: found by the new name only. */
  last = konkurs_store_get_candidate (fixture->store, count_candidates (fixture->store), &error);
  g_assert_no_error (error);
  konkurs_candidate_set_surname (last, "Жаңабаев");
  g_assert_true (konkurs_store_save_candidate (fixture->store, last, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (search (fixture->store, "Жаңабаев"), ==, 1);
  g_assert_cmpuint (search (fixture->store, "Сейтқали"), ==, 49);
}

/* Deferring the index outside a transaction would leave it behind for
 * good: refused. */
static void
test_defer_needs_transaction (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_store_defer_candidate_index (fixture->store, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FAILED);
}

static void
cancel_on_progress (double   fraction,
                    gpointer user_data)
{
  if (fraction > 0.3)
    g_cancellable_cancel (user_data);
}

static void
test_cancel_midway (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = generate_file (fixture, "cancel.xml", 2000, FALSE);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 0 };

  g_assert_false (konkurs_exchange_import_file (fixture->store, path, &summary, cancel_on_progress,
                                                cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (summary.candidates, ==, 0);
  g_assert_cmpint (count_candidates (fixture->store), ==, 0);
  g_assert_cmpuint (count_applications (fixture->store), ==, 0);
}

/* An empty file of candidates is a valid file that adds nothing. */
static void
test_empty_list (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->tmpdir, "none.xml", NULL);
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 5, 5, 5, 5 };

  g_file_set_contents (path, "<konkurs-candidates xmlns=\"urn:konkurs:candidates:1\" version=\"1\"/>", -1, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_exchange_import_file (fixture->store, path, &summary, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.candidates, ==, 0);
  g_assert_cmpuint (summary.competitions, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange-candidates/schema-path", test_schema_path);
  FIXTURE_TEST ("/exchange-candidates/import-valid", test_import_valid);
  FIXTURE_TEST ("/exchange-candidates/import-eligibility", test_import_eligibility);
  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *test_path = g_strdup_printf ("/exchange-candidates/refused/%s", bad_files[i].file);
      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }
  FIXTURE_TEST ("/exchange-candidates/duplicate-in-database", test_duplicate_in_database);
  g_test_add_func ("/exchange-candidates/by-number", test_by_number);
  FIXTURE_TEST ("/exchange-candidates/unknown-number", test_unknown_number);
  FIXTURE_TEST ("/exchange-candidates/large-file", test_large_file);
  FIXTURE_TEST ("/exchange-candidates/cancel-midway", test_cancel_midway);
  FIXTURE_TEST ("/exchange-candidates/search-after-import", test_search_after_import);
  FIXTURE_TEST ("/exchange-candidates/defer-needs-transaction", test_defer_needs_transaction);
  FIXTURE_TEST ("/exchange-candidates/empty-list", test_empty_list);

  return g_test_run ();
}
