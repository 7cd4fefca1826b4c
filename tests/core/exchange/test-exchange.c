/* test-exchange.c — XML import and export of competitions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "konkurs-exchange.h"
#include "konkurs-test-util.h"

#define KAZAKH_LETTERS "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"

typedef struct {
  char         *tmpdir;
  KonkursStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->tmpdir = konkurs_test_make_tmp_dir ("test-exchange-XXXXXX");
  fixture->store = konkurs_test_store_open (NULL, NULL);
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

static char *
tmp_path (Fixture    *fixture,
          const char *name)
{
  return g_build_filename (fixture->tmpdir, name, NULL);
}

static const char *
nz (const char *text)
{
  return text != NULL ? text : "";
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b)
{
  gint64 id_a = konkurs_competition_get_id (*(KonkursCompetition **) a);
  gint64 id_b = konkurs_competition_get_id (*(KonkursCompetition **) b);

  return (id_a > id_b) - (id_a < id_b);
}

static GPtrArray *
list_competitions_by_id (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = konkurs_store_list_competitions (store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  g_ptr_array_sort (list, compare_by_id);
  return list;
}

static guint
count_competitions (KonkursStore *store)
{
  g_autoptr(GPtrArray) list = list_competitions_by_id (store);
  return list->len;
}

static guint
count_vacancies (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = konkurs_store_list_vacancies (store, 0, &error);

  g_assert_no_error (error);
  return list->len;
}

static void
import_ok (KonkursStore         *store,
           const char           *path,
           KonkursImportSummary *summary)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = konkurs_exchange_import_file_in (store, path, KONKURS_DOC_LANGUAGE_KK, summary, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
export_ok (KonkursStore *store,
           const char   *path)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = konkurs_exchange_export_file (store, path, NULL, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static guint
count_dir_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* ------------------------------------------------------------------------ */

static void
test_schema_path (void)
{
  g_autofree char *path = konkurs_exchange_get_schema_path ("competitions");
  g_autofree char *expected = g_build_filename (g_getenv ("KONKURS_DATA_DIR"),
                                                "konkurs-competitions.xsd", NULL);

  g_assert_cmpstr (path, ==, expected);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_import_valid (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = konkurs_test_data_path ("exchange-valid.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) competitions = NULL;
  g_autoptr(GPtrArray) first_vacancies = NULL;
  g_autoptr(GPtrArray) second_vacancies = NULL;
  g_autoptr(KonkursRuleSet) rule_set = NULL;
  KonkursImportSummary summary = { 99, 99 };
  KonkursCompetition *c;
  KonkursVacancy *v;

  import_ok (fixture->store, path, &summary);
  g_assert_cmpuint (summary.competitions, ==, 2);
  g_assert_cmpuint (summary.vacancies, ==, 3);

  competitions = list_competitions_by_id (fixture->store);
  g_assert_cmpuint (competitions->len, ==, 2);
  rule_set = konkurs_store_find_rule_set_by_code (fixture->store, "kz-2023", &error);
  g_assert_no_error (error);

  c = g_ptr_array_index (competitions, 0);
  g_assert_cmpint (konkurs_competition_get_procedure (c), ==, KONKURS_PROCEDURE_CIVIL_SERVICE);
  g_assert_cmpint (konkurs_competition_get_rule_set_id (c), ==, konkurs_rule_set_get_id (rule_set));
  g_assert_cmpstr (konkurs_competition_get_state_body (c), ==, "Қазақстан Республикасы Қаржы министрлігі");
  g_assert_cmpstr (konkurs_competition_get_title (c), ==, KAZAKH_LETTERS ": бос лауазымға конкурс");
  konkurs_test_assert_date (konkurs_competition_get_announcement_date (c), 2025, 3, 3);
  /* The file's deadline (1999-01-01) is ignored: 3 working days after Monday. */
  konkurs_test_assert_date (konkurs_competition_get_document_deadline (c), 2025, 3, 6);

  first_vacancies = konkurs_store_list_vacancies (fixture->store, konkurs_competition_get_id (c), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (first_vacancies->len, ==, 2);
  v = g_ptr_array_index (first_vacancies, 0);
  g_assert_cmpstr (konkurs_vacancy_get_position_title (v), ==, "Бас сарапшы");
  g_assert_cmpint (konkurs_vacancy_get_corps (v), ==, KONKURS_CORPS_B);
  g_assert_cmpstr (konkurs_vacancy_get_category (v), ==, "C-O-4");
  g_assert_false (konkurs_vacancy_get_leadership (v));
  g_assert_cmpint (konkurs_vacancy_get_level (v), ==, KONKURS_LEVEL_CENTRAL);
  g_assert_cmpint (konkurs_vacancy_get_seats (v), ==, 2);
  g_assert_cmpint (konkurs_vacancy_get_education (v), ==, KONKURS_EDUCATION_HIGHER);
  g_assert_cmpint (konkurs_vacancy_get_experience_years (v), ==, 1);
  g_assert_cmpstr (konkurs_vacancy_get_sector (v), ==, "Цифрландыру");
  g_assert_cmpstr (konkurs_vacancy_get_requirements (v), ==, "Заңнаманы білу & «Excel»\nекінші жол");
  v = g_ptr_array_index (first_vacancies, 1);
  g_assert_cmpstr (konkurs_vacancy_get_position_title (v), ==, "Басқарма басшысы");
  g_assert_true (konkurs_vacancy_get_leadership (v));
  g_assert_cmpint (konkurs_vacancy_get_level (v), ==, KONKURS_LEVEL_REGIONAL);
  g_assert_cmpint (konkurs_vacancy_get_education (v), ==, KONKURS_EDUCATION_POSTGRADUATE);
  g_assert_cmpint (konkurs_vacancy_get_experience_years (v), ==, 5);
  g_assert_cmpstr (nz (konkurs_vacancy_get_sector (v)), ==, "");
  g_assert_cmpstr (nz (konkurs_vacancy_get_category (v)), ==, "");

  c = g_ptr_array_index (competitions, 1);
  g_assert_cmpint (konkurs_competition_get_procedure (c), ==, KONKURS_PROCEDURE_YOUTH_RESERVE);
  g_assert_cmpstr (nz (konkurs_competition_get_title (c)), ==, "");
  second_vacancies = konkurs_store_list_vacancies (fixture->store, konkurs_competition_get_id (c), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (second_vacancies->len, ==, 1);
  v = g_ptr_array_index (second_vacancies, 0);
  g_assert_cmpint (konkurs_vacancy_get_corps (v), ==, KONKURS_CORPS_A);
  g_assert_false (konkurs_vacancy_get_leadership (v));
  g_assert_cmpint (konkurs_vacancy_get_level (v), ==, KONKURS_LEVEL_DISTRICT);
  g_assert_cmpint (konkurs_vacancy_get_seats (v), ==, 50);
  g_assert_cmpint (konkurs_vacancy_get_education (v), ==, KONKURS_EDUCATION_VOCATIONAL);
  g_assert_cmpint (konkurs_vacancy_get_experience_years (v), ==, 0);
  g_assert_cmpstr (konkurs_vacancy_get_sector (v), ==, "Әлеуметтік саясат");
}

static void
test_import_progress (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = konkurs_test_data_path ("exchange-valid.xml");
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_exchange_import_file_in (fixture->store, path, KONKURS_DOC_LANGUAGE_KK, NULL, konkurs_test_collect_fraction,
                                               fractions, NULL, &error));
  g_assert_no_error (error);
  /* One report per competition for a small file. */
  g_assert_cmpuint (fractions->len, ==, 2);
  g_assert_cmpfloat (g_array_index (fractions, double, 0), ==, 0.5);
  g_assert_cmpfloat (g_array_index (fractions, double, 1), ==, 1.0);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *source = konkurs_test_data_path ("exchange-valid.xml");
  g_autofree char *first = tmp_path (fixture, "first.xml");
  g_autofree char *second = tmp_path (fixture, "second.xml");
  g_autoptr(KonkursStore) other = konkurs_test_store_open (NULL, NULL);
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  const char *civil, *youth;

  import_ok (fixture->store, source, NULL);
  export_ok (fixture->store, first);
  import_ok (other, first, NULL);
  export_ok (other, second);

  first_text = read_file (first);
  second_text = read_file (second);
  g_assert_cmpstr (first_text, ==, second_text);

  /* Kazakh letters are written as they are, not as character references. */
  g_assert_nonnull (strstr (first_text, KAZAKH_LETTERS));
  g_assert_true (g_str_has_prefix (first_text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                               "<konkurs-competitions xmlns=\"urn:konkurs:competitions:1\" version=\"3\">\n"
                                               "  <competition "));
  g_assert_nonnull (strstr (first_text, "document-deadline=\"2025-03-06\""));
  g_assert_null (strstr (first_text, "1999-01-01"));
  g_assert_nonnull (strstr (first_text, "Заңнаманы білу &amp; «Excel»\nекінші жол"));
  /* Competitions by id, i.e. in the order of the file. */
  civil = strstr (first_text, "procedure=\"civil-service\"");
  youth = strstr (first_text, "procedure=\"youth-reserve\"");
  g_assert_nonnull (civil);
  g_assert_nonnull (youth);
  g_assert_true (civil < youth);
  /* Nothing but the file itself is left in the folder. */
  g_assert_cmpuint (count_dir_entries (fixture->tmpdir), ==, 2);
}

/* Every code of every enumeration, and text that needs escaping, survives a
 * round trip: catches a schema that disagrees with konkurs-types.c. */
static void
test_round_trip_every_code (Fixture       *fixture,
                            gconstpointer  data)
{
  const KonkursCorps corps[] = { KONKURS_CORPS_A, KONKURS_CORPS_B };
  const KonkursLevel levels[] = { KONKURS_LEVEL_CENTRAL, KONKURS_LEVEL_REGIONAL, KONKURS_LEVEL_DISTRICT };
  const KonkursEducation educations[] = {
    KONKURS_EDUCATION_NONE, KONKURS_EDUCATION_SECONDARY, KONKURS_EDUCATION_VOCATIONAL,
    KONKURS_EDUCATION_HIGHER, KONKURS_EDUCATION_POSTGRADUATE,
  };
  const KonkursProcedure procedures[] = { KONKURS_PROCEDURE_CIVIL_SERVICE, KONKURS_PROCEDURE_YOUTH_RESERVE };
  g_autofree char *first = tmp_path (fixture, "first.xml");
  g_autofree char *second = tmp_path (fixture, "second.xml");
  g_autoptr(KonkursStore) other = konkurs_test_store_open (NULL, NULL);
  g_autoptr(GPtrArray) original = NULL;
  g_autoptr(GPtrArray) copied = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (2, G_DATE_JUNE, 2025);
  int n = 0;

  for (guint p = 0; p < G_N_ELEMENTS (procedures); p++)
    {
      g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();

      konkurs_competition_set_procedure (competition, procedures[p]);
      konkurs_competition_set_state_body (competition, p == 0 ? "Body <&> \"quoted\" 'x'" : KAZAKH_LETTERS,
                                          p == 0 ? "Орган «<&>»" : NULL);
      konkurs_competition_set_title (competition, p == 0 ? "" : "  spaces kept  ", p == 0 ? " по-русски " : "");
      konkurs_competition_set_announcement_date (competition, date);
      konkurs_competition_set_scope (competition, p == 0 ? KONKURS_RULE_SCOPE_INTERNAL : KONKURS_RULE_SCOPE_GENERAL);
      konkurs_test_save_competition (fixture->store, competition);

      for (guint c = 0; c < G_N_ELEMENTS (corps); c++)
        for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
          for (guint e = 0; e < G_N_ELEMENTS (educations); e++)
            {
              g_autoptr(KonkursVacancy) vacancy = konkurs_vacancy_new ();
              g_autofree char *title = g_strdup_printf ("Маман %d", ++n);

              konkurs_vacancy_set_competition_id (vacancy, konkurs_competition_get_id (competition));
              konkurs_vacancy_set_position_title (vacancy, n % 6 == 0 ? "" : title, n % 2 == 0 ? "Специалист" : NULL);
              konkurs_vacancy_set_corps (vacancy, corps[c]);
              konkurs_vacancy_set_level (vacancy, levels[l]);
              konkurs_vacancy_set_education (vacancy, educations[e]);
              konkurs_vacancy_set_leadership (vacancy, n % 2 == 0);
              konkurs_vacancy_set_seats (vacancy, n);
              konkurs_vacancy_set_experience_years (vacancy, n % 7);
              konkurs_vacancy_set_category (vacancy, n % 3 == 0 ? "" : "C-<O>-\"4\"\t&\n");
              konkurs_vacancy_set_sector (vacancy, n % 4 == 0 ? "" : "Сектор & <бөлім>", n % 3 == 0 ? "Сфера" : NULL);
              konkurs_vacancy_set_requirements (vacancy, n % 5 == 0 ? "" : "line 1\r\nline 2\n\tindented]]>",
                                                n % 7 == 0 ? "строка\r\n«2»" : NULL);
              konkurs_test_save_vacancy (fixture->store, vacancy);
            }
    }

  export_ok (fixture->store, first);
  import_ok (other, first, NULL);
  export_ok (other, second);
  first_text = read_file (first);
  second_text = read_file (second);
  g_assert_cmpstr (first_text, ==, second_text);

  original = konkurs_store_list_vacancies (fixture->store, 0, &error);
  g_assert_no_error (error);
  copied = konkurs_store_list_vacancies (other, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (original->len, ==, 60);
  g_assert_cmpuint (copied->len, ==, original->len);
  for (guint i = 0; i < original->len; i++)
    {
      KonkursVacancy *a = g_ptr_array_index (original, i);
      KonkursVacancy *b = g_ptr_array_index (copied, i);

      g_assert_true (konkurs_local_text_equal (konkurs_vacancy_get_position_title_text (a),
                                               konkurs_vacancy_get_position_title_text (b)));
      g_assert_cmpstr (konkurs_vacancy_get_code (a), ==, konkurs_vacancy_get_code (b));
      g_assert_cmpint (konkurs_vacancy_get_corps (a), ==, konkurs_vacancy_get_corps (b));
      g_assert_cmpint (konkurs_vacancy_get_level (a), ==, konkurs_vacancy_get_level (b));
      g_assert_cmpint (konkurs_vacancy_get_education (a), ==, konkurs_vacancy_get_education (b));
      g_assert_cmpint (konkurs_vacancy_get_leadership (a), ==, konkurs_vacancy_get_leadership (b));
      g_assert_cmpint (konkurs_vacancy_get_seats (a), ==, konkurs_vacancy_get_seats (b));
      g_assert_cmpint (konkurs_vacancy_get_experience_years (a), ==, konkurs_vacancy_get_experience_years (b));
      g_assert_cmpstr (nz (konkurs_vacancy_get_category (a)), ==, nz (konkurs_vacancy_get_category (b)));
      g_assert_true (konkurs_local_text_equal (konkurs_vacancy_get_sector_text (a), konkurs_vacancy_get_sector_text (b)));
      g_assert_true (konkurs_local_text_equal (konkurs_vacancy_get_requirements_text (a),
                                               konkurs_vacancy_get_requirements_text (b)));
    }

  {
    g_autoptr(GPtrArray) competitions = list_competitions_by_id (other);
    KonkursCompetition *c0 = g_ptr_array_index (competitions, 0);
    KonkursCompetition *c1 = g_ptr_array_index (competitions, 1);

    g_assert_cmpstr (konkurs_competition_get_state_body (c0), ==, "Body <&> \"quoted\" 'x'");
    g_assert_cmpstr (konkurs_local_text_get (konkurs_competition_get_state_body_text (c0), KONKURS_DOC_LANGUAGE_RU), ==,
                     "Орган «<&>»");
    g_assert_cmpstr (konkurs_local_text_get (konkurs_competition_get_title_text (c0), KONKURS_DOC_LANGUAGE_RU), ==,
                     " по-русски ");
    g_assert_cmpstr (konkurs_competition_get_state_body (c1), ==, KAZAKH_LETTERS);
    g_assert_cmpstr (konkurs_competition_get_title (c1), ==, "  spaces kept  ");
    /* the scope, written only when not the default */
    g_assert_cmpint (konkurs_competition_get_scope (c0), ==, KONKURS_RULE_SCOPE_INTERNAL);
    g_assert_cmpint (konkurs_competition_get_scope (c1), ==, KONKURS_RULE_SCOPE_GENERAL);
    g_assert_nonnull (strstr (first_text, "scope=\"internal\""));
    g_assert_null (strstr (first_text, "scope=\"general\""));
  }
}

/* ------------------------------------------------------------------------ */
/* Files that must be refused */

typedef struct {
  const char *file;
  int         code;
  int         line;       /* 0: the message has no line */
  const char *fragment;   /* the element or attribute at fault */
} BadFile;

static const BadFile bad_files[] = {
  { "exchange-missing-element.xml",    KONKURS_EXCHANGE_ERROR_INVALID,      11, "vacancy/position-title" },
  { "exchange-bad-date.xml",           KONKURS_EXCHANGE_ERROR_INVALID,      3,  "competition/announcement-date: '2025-02-30'" },
  { "exchange-zero-seats.xml",         KONKURS_EXCHANGE_ERROR_INVALID,      14, "vacancy/seats: '0' is not a positive number" },
  { "exchange-unknown-procedure.xml",  KONKURS_EXCHANGE_ERROR_INVALID,      3,  "competition/procedure: 'olympiad'" },
  { "exchange-unknown-scope.xml",      KONKURS_EXCHANGE_ERROR_INVALID,      3,  "attribute 'scope'" },
  { "exchange-unknown-rule-set.xml",   KONKURS_EXCHANGE_ERROR_INVALID,      15, "competition/rule-set: 'kz-1999'" },
  /* Found by the store, after two competitions were inserted. */
  { "exchange-no-rule-set-in-force.xml", KONKURS_EXCHANGE_ERROR_INVALID,  15, "competition: No rule set is in force" },
  /* The kinds Konkurs reads are those of its table of formats. */
  { "exchange-wrong-root.xml",         KONKURS_EXCHANGE_ERROR_UNKNOWN_KIND, 3,
    "<konkurs-scores> is not a kind of file Konkurs reads; the files it reads begin with "
    "<konkurs-competitions>, <konkurs-candidates>, <konkurs-database>, <konkurs-test-results>, "
    "<konkurs-assessment-centre>, <konkurs-experts>, <konkurs-essays>, <konkurs-essay-results>, "
    "<konkurs-commission> or <konkurs-meeting>" },
  { "exchange-unclosed.xml",           KONKURS_EXCHANGE_ERROR_MALFORMED,    6,  "<state-body> opened on line 4" },
  { "exchange-truncated.xml",          KONKURS_EXCHANGE_ERROR_MALFORMED,    12, "truncated" },
  { "exchange-unexpected-element.xml", KONKURS_EXCHANGE_ERROR_INVALID,      11, "competition/salary" },
  { "exchange-billion-laughs.xml",     KONKURS_EXCHANGE_ERROR_MALFORMED,    2,  "DOCTYPE" },
  { "exchange-external-entity.xml",    KONKURS_EXCHANGE_ERROR_MALFORMED,    2,  "DOCTYPE" },
  { "exchange-external-dtd.xml",       KONKURS_EXCHANGE_ERROR_MALFORMED,    2,  "DOCTYPE" },
};

static void
assert_refused (KonkursStore *store,
                const char   *path,
                int           code,
                int           line,
                const char   *fragment)
{
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 7, 7 };

  g_assert_false (konkurs_exchange_import_file_in (store, path, KONKURS_DOC_LANGUAGE_KK, &summary, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, code);
  konkurs_test_assert_file_message (error->message, path, line, fragment, NULL);
  g_assert_cmpuint (summary.competitions, ==, 0);
  g_assert_cmpuint (summary.vacancies, ==, 0);
}

static void
test_bad_file (gconstpointer data)
{
  const BadFile *bad = data;
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autofree char *path = konkurs_test_data_path (bad->file);

  assert_refused (store, path, bad->code, bad->line, bad->fragment);
  g_assert_cmpuint (count_competitions (store), ==, 0);
  g_assert_cmpuint (count_vacancies (store), ==, 0);
}

static void
test_missing_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = tmp_path (fixture, "no-such-file.xml");
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_exchange_import_file_in (fixture->store, path, KONKURS_DOC_LANGUAGE_KK, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "no-such-file.xml: "));

  g_clear_error (&error);
  g_assert_false (konkurs_exchange_import_file_in (fixture->store, fixture->tmpdir, KONKURS_DOC_LANGUAGE_KK, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_READ);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
test_empty_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = tmp_path (fixture, "empty.xml");

  write_file (path, "", 0);
  assert_refused (fixture->store, path, KONKURS_EXCHANGE_ERROR_MALFORMED, 0, "empty");
}

static void
test_wrong_namespace (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = tmp_path (fixture, "future.xml");

  write_file (path,
              "<?xml version=\"1.0\"?>\n"
              "<konkurs-competitions xmlns=\"urn:konkurs:competitions:2\" version=\"2\"/>\n", -1);
  assert_refused (fixture->store, path, KONKURS_EXCHANGE_ERROR_UNKNOWN_KIND, 2,
                  "urn:konkurs:competitions:2");
}

static void
count_change (KonkursStore *store,
              gpointer      user_data)
{
  guint *changes = user_data;

  (*changes)++;
}

/* The third competition names a rule set the database does not know: the
 * first two were already inserted when that is found, and must go. */
static void
test_all_or_nothing (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *bad = konkurs_test_data_path ("exchange-unknown-rule-set.xml");
  g_autofree char *store_refuses = konkurs_test_data_path ("exchange-no-rule-set-in-force.xml");
  g_autofree char *good = konkurs_test_data_path ("exchange-valid.xml");
  g_autofree char *before = tmp_path (fixture, "before.xml");
  g_autofree char *after = tmp_path (fixture, "after.xml");
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  guint changes = 0;

  g_signal_connect (fixture->store, "changed", G_CALLBACK (count_change), &changes);

  assert_refused (fixture->store, bad, KONKURS_EXCHANGE_ERROR_INVALID, 15, "kz-1999");
  g_assert_cmpuint (count_competitions (fixture->store), ==, 0);
  g_assert_cmpuint (count_vacancies (fixture->store), ==, 0);
  /* A rolled-back import tells nobody that anything changed. */
  g_assert_cmpuint (changes, ==, 0);

  /* A database with data keeps exactly it. */
  import_ok (fixture->store, good, NULL);
  g_assert_cmpuint (changes, >, 0);
  export_ok (fixture->store, before);
  assert_refused (fixture->store, bad, KONKURS_EXCHANGE_ERROR_INVALID, 15, "kz-1999");
  g_assert_cmpuint (count_competitions (fixture->store), ==, 2);
  g_assert_cmpuint (count_vacancies (fixture->store), ==, 3);
  /* The same when the store itself refuses the third competition. */
  assert_refused (fixture->store, store_refuses, KONKURS_EXCHANGE_ERROR_INVALID, 15, "competition: ");
  g_assert_cmpuint (count_competitions (fixture->store), ==, 2);
  g_assert_cmpuint (count_vacancies (fixture->store), ==, 3);
  export_ok (fixture->store, after);
  before_text = read_file (before);
  after_text = read_file (after);
  g_assert_cmpstr (before_text, ==, after_text);

  /* And the store is usable afterwards: the transaction was closed. */
  import_ok (fixture->store, good, NULL);
  g_assert_cmpuint (count_competitions (fixture->store), ==, 4);
}

/* ------------------------------------------------------------------------ */
/* Hostile files */

static void
test_billion_laughs (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = konkurs_test_data_path ("exchange-billion-laughs.xml");
  gint64 start = g_get_monotonic_time ();

  assert_refused (fixture->store, path, KONKURS_EXCHANGE_ERROR_MALFORMED, 2, "DOCTYPE");
  /* Refused at the declaration, before a single expansion: a generous bound. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  g_assert_cmpuint (count_competitions (fixture->store), ==, 0);
}

/* The file is refused as malformed and nothing of what it would have
 * loaded from outside shows in the message. */
static void
assert_nothing_loaded (Fixture            *fixture,
                       const char         *name,
                       const char * const *leaks)
{
  g_autofree char *path = konkurs_test_data_path (name);
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_exchange_import_file_in (fixture->store, path, KONKURS_DOC_LANGUAGE_KK, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_MALFORMED);
  for (; *leaks != NULL; leaks++)
    g_assert_null (strstr (error->message, *leaks));
  g_assert_cmpuint (count_competitions (fixture->store), ==, 0);
}

static void
test_external_entity (Fixture       *fixture,
                      gconstpointer  data)
{
  const char * const leaks[] = { "root:", "/bin/", NULL };

  assert_nothing_loaded (fixture, "exchange-external-entity.xml", leaks);
}

static void
test_external_dtd (Fixture       *fixture,
                   gconstpointer  data)
{
  const char * const leaks[] = { "LOADED-FROM-EXTERNAL-DTD", NULL };

  assert_nothing_loaded (fixture, "exchange-external-dtd.xml", leaks);
}

static void
test_deep_nesting (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = tmp_path (fixture, "deep.xml");
  g_autoptr(GString) text = g_string_new ("<konkurs-competitions xmlns=\"urn:konkurs:competitions:1\" version=\"1\">\n");

  for (int i = 0; i < 10000; i++)
    g_string_append (text, "<competition>\n");
  for (int i = 0; i < 10000; i++)
    g_string_append (text, "</competition>");
  g_string_append (text, "</konkurs-competitions>\n");
  write_file (path, text->str, text->len);

  /* The root is on line 1, the 64th level on line 64: the 65th is refused. */
  assert_refused (fixture->store, path, KONKURS_EXCHANGE_ERROR_MALFORMED, 65, "64 levels");
}

/* A file is read in chunks whatever its size (it was refused over
 * 256 MiB): a sparse one of 300 MiB, which takes no room on the disk, is
 * refused for what it holds, at its line. */
static void
test_over_256_mib (Fixture       *fixture,
                gconstpointer  data)
{
  static const char head[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<konkurs-candidates xmlns=\"urn:konkurs:candidates:1\" version=\"1\">\n";
  g_autofree char *path = tmp_path (fixture, "huge.xml");
  int fd;

  fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, head, strlen (head)), ==, (int) strlen (head));
  g_assert_cmpint (ftruncate (fd, (off_t) 300 * 1024 * 1024), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);

  assert_refused (fixture->store, path, KONKURS_EXCHANGE_ERROR_MALFORMED, 3, "not well-formed");
}

static void
append_competition (GString *text,
                    int      i,
                    int      seats)
{
  g_string_append_printf (text,
                          "  <competition procedure=\"%s\" rule-set=\"kz-2023\" announcement-date=\"2025-%02d-%02d\">\n"
                          "    <state-body>Әкімдік №%d</state-body>\n"
                          "    <title>Конкурс %d</title>\n"
                          "    <vacancy corps=\"B\" leadership=\"false\" level=\"district\" seats=\"1\" education=\"higher\" experience-years=\"1\">\n"
                          "      <position-title>Бас маман %d</position-title>\n"
                          "    </vacancy>\n"
                          "    <vacancy corps=\"B\" leadership=\"true\" level=\"regional\" seats=\"%d\" education=\"secondary\" experience-years=\"3\">\n"
                          "      <position-title>Бөлім басшысы %d</position-title>\n"
                          "      <requirements>Қазақ тілін білу</requirements>\n"
                          "    </vacancy>\n"
                          "  </competition>\n",
                          i % 2 ? "civil-service" : "youth-reserve",
                          1 + i % 12, 1 + i % 28, i, i, i, seats, i);
}

static char *
generate_file (Fixture    *fixture,
               const char *name,
               int         competitions,
               gboolean    last_is_bad)
{
  char *path = tmp_path (fixture, name);
  g_autoptr(GString) text = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<konkurs-competitions xmlns=\"urn:konkurs:competitions:1\" version=\"1\">\n");

  for (int i = 1; i <= competitions; i++)
    append_competition (text, i, last_is_bad && i == competitions ? 0 : 2);
  g_string_append (text, "</konkurs-competitions>\n");
  write_file (path, text->str, text->len);

  return path;
}

static void
test_large_file (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = generate_file (fixture, "large.xml", 5000, FALSE);
  g_autofree char *bad = generate_file (fixture, "large-bad.xml", 9000, TRUE);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 0 };

  g_assert_true (konkurs_exchange_import_file_in (fixture->store, path, KONKURS_DOC_LANGUAGE_KK, &summary, konkurs_test_collect_fraction,
                                               fractions, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (summary.competitions, ==, 5000);
  g_assert_cmpuint (summary.vacancies, ==, 10000);
  g_assert_cmpuint (count_competitions (fixture->store), ==, 5000);
  g_assert_cmpuint (count_vacancies (fixture->store), ==, 10000);

  konkurs_test_assert_progress (fractions);

  /* Lines past 65535 are still reported right: 2 + 11 per competition. */
  assert_refused (fixture->store, bad, KONKURS_EXCHANGE_ERROR_INVALID, 2 + 11 * 8999 + 7, "vacancy/seats");
  g_assert_cmpuint (count_competitions (fixture->store), ==, 5000);
}

/* ------------------------------------------------------------------------ */
/* Export */

static void
test_export_missing_folder (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *folder = tmp_path (fixture, "no-such-folder");
  g_autofree char *path = g_build_filename (folder, "out.xml", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_exchange_export_file (fixture->store, path, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "out.xml"));
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_dir_entries (fixture->tmpdir), ==, 0);
}

static void
test_export_replaces (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *source = konkurs_test_data_path ("exchange-valid.xml");
  g_autofree char *path = tmp_path (fixture, "out.xml");
  g_autofree char *text = NULL;

  write_file (path, "old contents", -1);
  import_ok (fixture->store, source, NULL);
  export_ok (fixture->store, path);
  text = read_file (path);
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_cmpuint (count_dir_entries (fixture->tmpdir), ==, 1);
}

/* A failure after the temporary file was created leaves the old file as it
 * was and removes the temporary one. */
static void
test_export_failure_keeps_old_file (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();
  g_autoptr(GDate) date = g_date_new_dmy (2, G_DATE_JUNE, 2025);
  g_autofree char *path = tmp_path (fixture, "out.xml");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  konkurs_competition_set_procedure (competition, KONKURS_PROCEDURE_CIVIL_SERVICE);
  konkurs_competition_set_state_body (competition, "Bell \a in the name", NULL);
  konkurs_competition_set_announcement_date (competition, date);
  konkurs_test_save_competition (fixture->store, competition);

  write_file (path, "old contents", -1);
  g_assert_false (konkurs_exchange_export_file (fixture->store, path, NULL, &error));
  g_assert_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "Bell"));
  text = read_file (path);
  g_assert_cmpstr (text, ==, "old contents");
  g_assert_cmpuint (count_dir_entries (fixture->tmpdir), ==, 1);
}

/* ------------------------------------------------------------------------ */
/* Cancellation */

static void
test_cancel_before (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *source = konkurs_test_data_path ("exchange-valid.xml");
  g_autofree char *path = tmp_path (fixture, "out.xml");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  g_assert_false (konkurs_exchange_import_file_in (fixture->store, source, KONKURS_DOC_LANGUAGE_KK, NULL, NULL, NULL,
                                                cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_competitions (fixture->store), ==, 0);

  g_clear_error (&error);
  import_ok (fixture->store, source, NULL);
  g_assert_false (konkurs_exchange_export_file (fixture->store, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (count_dir_entries (fixture->tmpdir), ==, 0);
}

static void
cancel_on_progress (double   fraction,
                    gpointer user_data)
{
  g_cancellable_cancel (user_data);
}

/* Cancelled after the first competition was inserted: it goes again. */
static void
test_cancel_midway (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *source = konkurs_test_data_path ("exchange-valid.xml");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  KonkursImportSummary summary = { 0 };

  g_assert_false (konkurs_exchange_import_file_in (fixture->store, source, KONKURS_DOC_LANGUAGE_KK, &summary, cancel_on_progress,
                                                cancellable, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (summary.competitions, ==, 0);
  g_assert_cmpuint (count_competitions (fixture->store), ==, 0);
  g_assert_cmpuint (count_vacancies (fixture->store), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exchange/schema-path", test_schema_path);
  FIXTURE_TEST ("/exchange/import/valid", test_import_valid);
  FIXTURE_TEST ("/exchange/import/progress", test_import_progress);
  FIXTURE_TEST ("/exchange/round-trip/file", test_round_trip);
  FIXTURE_TEST ("/exchange/round-trip/every-code", test_round_trip_every_code);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *name = g_strndup (bad_files[i].file, strlen (bad_files[i].file) - 4);
      g_autofree char *test_path = g_strdup_printf ("/exchange/refused/%s", name);

      g_test_add_data_func (test_path, &bad_files[i], test_bad_file);
    }
  FIXTURE_TEST ("/exchange/refused/missing-file", test_missing_file);
  FIXTURE_TEST ("/exchange/refused/empty-file", test_empty_file);
  FIXTURE_TEST ("/exchange/refused/wrong-namespace", test_wrong_namespace);
  FIXTURE_TEST ("/exchange/all-or-nothing", test_all_or_nothing);

  FIXTURE_TEST ("/exchange/hostile/billion-laughs", test_billion_laughs);
  FIXTURE_TEST ("/exchange/hostile/external-entity", test_external_entity);
  FIXTURE_TEST ("/exchange/hostile/external-dtd", test_external_dtd);
  FIXTURE_TEST ("/exchange/hostile/deep-nesting", test_deep_nesting);
  FIXTURE_TEST ("/exchange/hostile/over-256-mib", test_over_256_mib);
  FIXTURE_TEST ("/exchange/large-file", test_large_file);

  FIXTURE_TEST ("/exchange/export/missing-folder", test_export_missing_folder);
  FIXTURE_TEST ("/exchange/export/replaces", test_export_replaces);
  FIXTURE_TEST ("/exchange/export/failure-keeps-old-file", test_export_failure_keeps_old_file);

  FIXTURE_TEST ("/exchange/cancel/before", test_cancel_before);
  FIXTURE_TEST ("/exchange/cancel/midway", test_cancel_midway);

  return g_test_run ();
}
