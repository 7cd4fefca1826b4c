/* test-eligibility-describe.c — the reasons of the eligibility engine
 * in words, in the language of a catalogue, and the codes they are kept
 * under
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "konkurs-eligibility.h"
#include "konkurs-test-eligibility.h"
#include "konkurs-test-util.h"

typedef KonkursTestEligibility Fixture;

/* The competition date of every test. */
#define D KONKURS_TEST_D

/* Translation ------------------------------------------------------------- */

/* A Russian catalogue of a few reasons, compiled with the real msgfmt; one
 * translation puts its arguments in another order. */
static const char ru_po[] =
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Project-Id-Version: konkurs-test\\n\"\n"
  "\"Language: ru\\n\"\n"
  "\"MIME-Version: 1.0\\n\"\n"
  "\"Content-Transfer-Encoding: 8bit\\n\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"The candidate’s work experience on %1$s is %2$s; at least %3$s is required.\"\n"
  "msgstr \"Стаж кандидата на %1$s — %2$s; требуется не менее %3$s.\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"On %1$s the candidate is aged %2$s (born on %3$s), above the age limit of %4$s.\"\n"
  "msgstr \"Предельный возраст — %4$s; кандидату (дата рождения %3$s) на %1$s исполнилось %2$s.\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"There is no passed legislation test valid on %1$s.\"\n"
  "msgstr \"Нет сданного тестирования на знание законодательства, действительного на %1$s.\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"%d year\"\n"
  "msgid_plural \"%d years\"\n"
  "msgstr[0] \"%d год\"\n"
  "msgstr[1] \"%d года\"\n"
  "msgstr[2] \"%d лет\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"%d month\"\n"
  "msgid_plural \"%d months\"\n"
  "msgstr[0] \"%d месяц\"\n"
  "msgstr[1] \"%d месяца\"\n"
  "msgstr[2] \"%d месяцев\"\n"
  "\n"
  "#, c-format\n"
  "msgid \"%d day\"\n"
  "msgid_plural \"%d days\"\n"
  "msgstr[0] \"%d день\"\n"
  "msgstr[1] \"%d дня\"\n"
  "msgstr[2] \"%d дней\"\n";

static KonkursCatalog *
make_russian_catalog (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *po = g_build_filename (dir, "ru.po", NULL);
  g_autofree char *mo = g_build_filename (dir, "ru.mo", NULL);
  const char * const argv[] = { "msgfmt", "--check-format", "-o", mo, po, NULL };
  KonkursCatalog *catalog;

  g_assert_true (g_file_set_contents (po, ru_po, -1, &error));
  g_assert_no_error (error);
  g_free (konkurs_test_run_tool (argv));

  catalog = konkurs_catalog_new_from_file (KONKURS_DOC_LANGUAGE_RU, mo, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  return catalog;
}

static void
test_describe_catalog (Fixture *f, gconstpointer data)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-eligibility-XXXXXX");
  g_autoptr(KonkursCatalog) catalog = NULL;
  g_autofree char *on = NULL;
  GDate on_date = D;

  catalog = make_russian_catalog (dir);
  on = konkurs_catalog_format_date (catalog, &on_date);

  /* plural forms of Russian inside a translated reason */
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (1, 3, 2019), konkurs_test_dmy (28, 2, 2024));
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_EXPERIENCE), catalog);
    g_autofree char *expected = g_strdup_printf ("Стаж кандидата на %s — 4 года 11 месяцев 28 дней; требуется не менее 5 лет.", on);

    g_assert_cmpstr (reason, ==, expected);
  }
  {
    KonkursExperience experience = { .years = 21, .months = 2, .days = 11 };
    g_autofree char *text = konkurs_experience_describe (&experience, catalog);

    g_assert_cmpstr (text, ==, "21 год 2 месяца 11 дней");
  }

  /* arguments in the translation's own order; dates in the document's
   * language */
  konkurs_test_eligibility_set_periods (f, 1, konkurs_test_dmy (1, 3, 2019), konkurs_test_no_date ());
  f->applicant.birth_date = konkurs_test_dmy (9, 3, 1990);
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_AGE), catalog);
    g_autofree char *born = konkurs_catalog_format_date (catalog, &f->applicant.birth_date);
    g_autofree char *expected = g_strdup_printf ("Предельный возраст — 35; кандидату (дата рождения %s) на %s исполнилось 36.", born, on);

    g_assert_cmpstr (reason, ==, expected);
  }

  /* a sentence ending with a Russian date ("… 2026 г.") takes no second
   * full stop; certificates are a requirement of the civil service */
  f->competition.procedure = KONKURS_PROCEDURE_CIVIL_SERVICE;
  f->applicant.n_certificates = 0;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    g_autofree char *reason = NULL;
    g_autofree char *expected = g_strdup_printf ("Нет сданного тестирования на знание законодательства, действительного на %s", on);

    for (guint i = 0; i < failures->len && reason == NULL; i++)
      {
        KonkursEligibilityFailure *failure = g_ptr_array_index (failures, i);

        if (failure->code == KONKURS_ELIGIBILITY_CERTIFICATE_MISSING &&
            failure->certificate_kind == KONKURS_CERTIFICATE_LEGISLATION)
          reason = konkurs_eligibility_failure_describe (failure, catalog);
      }
    g_assert_true (g_str_has_suffix (on, "г."));
    g_assert_cmpstr (reason, ==, expected);
  }
  f->competition.procedure = KONKURS_PROCEDURE_YOUTH_RESERVE;
  f->applicant.n_certificates = 3;

  /* a reason the catalogue lacks falls back to English, still filled in */
  f->applicant.birth_date = konkurs_test_dmy (5, 5, 1995);
  f->certificates[1].level = KONKURS_LANGUAGE_LEVEL_A2;
  {
    g_autoptr(GPtrArray) failures = konkurs_test_eligibility_check (f);
    g_autofree char *reason = konkurs_eligibility_failure_describe (konkurs_test_only_failure (failures, KONKURS_ELIGIBILITY_LANGUAGE_CERTIFICATE_LEVEL), catalog);

    g_assert_true (g_str_has_prefix (reason, "The state-language certificate of "));
    g_assert_true (g_str_has_suffix (reason, " shows level A2; B1 or above is required."));
  }

  g_clear_object (&catalog);
  konkurs_test_remove_tree (dir);
}

static void
test_codes (void)
{
  for (int code = KONKURS_ELIGIBILITY_LATE_APPLICATION; code <= KONKURS_ELIGIBILITY_CERTIFICATE_EXPIRED; code++)
    {
      const char *name = konkurs_eligibility_code_to_string (code);
      KonkursEligibilityCode back = 0;

      g_assert_nonnull (name);
      g_assert_true (konkurs_eligibility_code_from_string (name, &back));
      g_assert_cmpint (back, ==, code);
    }
  {
    KonkursEligibilityCode back = 0;

    g_assert_false (konkurs_eligibility_code_from_string ("no-such-reason", &back));
    g_assert_null (konkurs_eligibility_code_to_string (99));
  }

  for (int level = KONKURS_LANGUAGE_LEVEL_NONE; level <= KONKURS_LANGUAGE_LEVEL_C2; level++)
    {
      KonkursLanguageLevel back = 99;

      g_assert_true (konkurs_language_level_from_code (konkurs_language_level_to_code (level), &back));
      g_assert_cmpint (back, ==, level);
    }
  {
    KonkursLanguageLevel level = 0;
    KonkursCertificateKind kind = 0;

    g_assert_cmpstr (konkurs_language_level_to_code (KONKURS_LANGUAGE_LEVEL_B1), ==, "B1");
    g_assert_true (konkurs_language_level_from_code ("c1", &level));
    g_assert_cmpint (level, ==, KONKURS_LANGUAGE_LEVEL_C1);
    g_assert_false (konkurs_language_level_from_code ("B3", &level));

    g_assert_true (konkurs_certificate_kind_from_code ("state-language", &kind));
    g_assert_cmpint (kind, ==, KONKURS_CERTIFICATE_STATE_LANGUAGE);
    g_assert_cmpstr (konkurs_certificate_kind_to_code (KONKURS_CERTIFICATE_PERSONAL_QUALITIES), ==, "personal-qualities");
    g_assert_nonnull (konkurs_certificate_kind_get_label (KONKURS_CERTIFICATE_LEGISLATION));
    g_assert_false (konkurs_certificate_kind_from_code ("driving", &kind));
  }
}

/* All reasons one a line, and a failure copied with what it owns. */
static void
test_describe_all (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(KonkursEligibilityFailure) copy = NULL;
  g_autofree char *empty = konkurs_eligibility_describe_failures (none, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  KonkursEligibilityFailure *citizenship = NULL;

  g_assert_cmpstr (empty, ==, "");

  f->applicant.citizenship = "RU";
  f->certificates[1].level = KONKURS_LANGUAGE_LEVEL_A2;
  failures = konkurs_test_eligibility_check (f);
  g_assert_cmpuint (failures->len, ==, 2);
  text = konkurs_eligibility_describe_failures (failures, NULL);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  for (guint i = 0; i < failures->len; i++)
    {
      g_autofree char *reason = konkurs_eligibility_failure_describe (g_ptr_array_index (failures, i), NULL);

      g_assert_cmpstr (lines[i], ==, reason);
    }

  citizenship = g_ptr_array_index (failures, 0);
  g_assert_cmpint (citizenship->code, ==, KONKURS_ELIGIBILITY_CITIZENSHIP);
  copy = konkurs_eligibility_failure_copy (citizenship);
  g_assert_cmpint (copy->code, ==, KONKURS_ELIGIBILITY_CITIZENSHIP);
  g_assert_cmpstr (copy->citizenship, ==, "RU");
  g_assert_true (copy->citizenship != citizenship->citizenship);
  g_assert_cmpint (g_date_compare (&copy->date, &citizenship->date), ==, 0);
}

#define ADD KONKURS_TEST_ELIGIBILITY_ADD

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD ("/eligibility/describe/catalog", KONKURS_PROCEDURE_YOUTH_RESERVE, test_describe_catalog);
  ADD ("/eligibility/describe/all", KONKURS_PROCEDURE_YOUTH_RESERVE, test_describe_all);
  g_test_add_func ("/eligibility/codes", test_codes);

  return g_test_run ();
}
