/* test-receipt.c — the receipt a candidate takes home, as a PDF in Kazakh
 * and in Russian: the competition, what was applied for, the date, the
 * personal code in large type and what it is for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "konkurs-receipt.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"

#define TITLE      "Бас мамандар конкурсы"
#define STATE_BODY "Қаржы министрлігі"
#define POSITION   "Бас сарапшы"
#define SECTOR     "Цифрландыру"

typedef struct {
  KonkursStore *store;
  char         *dir;
  char         *iin;
  char         *code;            /* of the application to a vacancy */
  gint64        candidacy_id;
  gint64        reserve_candidacy_id;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCandidate) person = konkurs_test_person_new ("Сейтқалиева", "Гүлнұр", 1994, 7, 12, 100);
  g_autoptr(KonkursCandidacy) candidacy = NULL;
  g_autoptr(KonkursCandidacy) reserve = NULL;
  gint64 competition_id, reserve_id, person_id;

  fixture->store = konkurs_test_store_open (NULL, NULL);
  competition_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE, STATE_BODY, TITLE,
                                                 2025, 3, 3);
  reserve_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE, STATE_BODY, NULL,
                                             2025, 3, 3);
  person_id = konkurs_test_save_candidate (fixture->store, person);
  candidacy = konkurs_test_apply_in_march (fixture->store, person_id, competition_id,
                                           konkurs_test_add_vacancy (fixture->store, competition_id, POSITION,
                                                                     "C-O-5", 1, 0),
                                           NULL);
  reserve = konkurs_test_apply_in_march (fixture->store, person_id, reserve_id, 0, SECTOR);
  fixture->iin = g_strdup (konkurs_candidate_get_iin (person));
  fixture->code = g_strdup (konkurs_candidacy_get_personal_code (candidacy));
  fixture->candidacy_id = konkurs_candidacy_get_id (candidacy);
  fixture->reserve_candidacy_id = konkurs_candidacy_get_id (reserve);
  fixture->dir = konkurs_test_make_tmp_dir ("konkurs-receipt-XXXXXX");
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_remove_pdf_dir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->iin);
  g_free (fixture->code);
  g_assert_finalize_object (fixture->store);
}

/* The receipt of @candidacy_id in @language, written to NAME.pdf; its one
 * page as text. */
static char *
receipt_text (Fixture            *fixture,
              gint64              candidacy_id,
              KonkursCatalog     *catalog,
              const char         *name,
              char              **path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = konkurs_receipt_build (fixture->store, candidacy_id, catalog, NULL, &error);
  g_autofree char *file = g_strdup_printf ("%s.pdf", name);
  g_auto(GStrv) pages = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  *path = g_build_filename (fixture->dir, file, NULL);
  pages = konkurs_test_document_pages (document, *path);
  /* It fits on one sheet. */
  g_assert_cmpuint (g_strv_length (pages), ==, 1);
  konkurs_test_keep_artifact (*path);
  return g_strdup (pages[0]);
}

/* The height of the first word @word of the PDF at @path, in points. */
static double
word_height (const char *path,
             const char *word)
{
  const char * const argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autofree char *boxes = konkurs_test_run_tool (argv);
  g_autofree char *needle = g_strdup_printf (">%s</word>", word);
  const char *end = strstr (boxes, needle);
  const char *start;
  double y_min, y_max;

  g_assert_nonnull (end);
  start = g_strrstr_len (boxes, end - boxes, "<word ");
  g_assert_nonnull (start);
  y_min = g_ascii_strtod (strstr (start, "yMin=\"") + 6, NULL);
  y_max = g_ascii_strtod (strstr (start, "yMax=\"") + 6, NULL);
  return y_max - y_min;
}

/* @text with every run of white space one space: a sentence the page
 * wraps reads on one line. */
static char *
squash (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_has (const char *text,
            const char *part)
{
  g_autofree char *flat = squash (text);

  if (strstr (flat, part) == NULL)
    g_error ("The receipt does not say “%s”:\n%s", part, text);
}

static void
test_receipt (Fixture *fixture, gconstpointer data)
{
  KonkursDocLanguage language = GPOINTER_TO_INT (data);
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (language);
  g_autoptr(KonkursCatalog) other =
    konkurs_test_catalog_new (language == KONKURS_DOC_LANGUAGE_KK ? KONKURS_DOC_LANGUAGE_RU : KONKURS_DOC_LANGUAGE_KK);
  g_autoptr(GDate) received = konkurs_test_date_new (2025, 3, 4);
  g_autofree char *received_text = konkurs_catalog_format_date (catalog, received);
  g_autofree char *name = g_strdup_printf ("receipt-%s", konkurs_doc_language_to_code (language));
  g_autofree char *path = NULL;
  g_autofree char *text = receipt_text (fixture, fixture->candidacy_id, catalog, name, &path);
  const char *parts[] = {
    konkurs_catalog_gettext (catalog, konkurs_receipt_kind.title_msgid),
    TITLE, STATE_BODY, "Сейтқалиева Гүлнұр", fixture->iin, POSITION, received_text, fixture->code,
    konkurs_catalog_gettext (catalog, "Position"),
    konkurs_catalog_gettext (catalog, "Documents received on"),
    konkurs_catalog_gettext (catalog, "Documents received by"),
  };

  /* Every part in its language, none in the other one. */
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    assert_has (text, parts[i]);
  g_assert_null (strstr (text, konkurs_catalog_gettext (other, konkurs_receipt_kind.title_msgid)));
  g_assert_null (strstr (text, konkurs_catalog_gettext (other, "Documents received on")));

  /* The line on what the code is for, and the code larger than the rest. */
  assert_has (text, konkurs_catalog_gettext (catalog, "The results of every stage are published by this "
                                                      "personal code, never by name: keep it to find your "
                                                      "results."));
  g_assert_cmpfloat (word_height (path, fixture->code), >, 1.2 * word_height (path, fixture->iin));
}

/* A Youth Reserve application names its sector, not a position: the
 * rule set's name of it in the receipt's language, whatever name the
 * application was made with. */
static void
test_reserve_receipt (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_RU);
  g_autofree char *path = NULL;
  g_autofree char *text = receipt_text (fixture, fixture->reserve_candidacy_id, catalog, "receipt-reserve-ru", &path);

  assert_has (text, konkurs_catalog_gettext (catalog, "Sector"));
  assert_has (text, "Цифровизация");
  g_assert_null (strstr (text, SECTOR));
  g_assert_null (strstr (text, konkurs_catalog_gettext (catalog, "Position")));
}

static void
test_unknown_application (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCatalog) catalog = konkurs_test_catalog_new (KONKURS_DOC_LANGUAGE_KK);
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursDocument) document = konkurs_receipt_build (fixture->store, 9999, catalog, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/receipt/kk", Fixture, GINT_TO_POINTER (KONKURS_DOC_LANGUAGE_KK), fixture_set_up, test_receipt,
              fixture_tear_down);
  g_test_add ("/receipt/ru", Fixture, GINT_TO_POINTER (KONKURS_DOC_LANGUAGE_RU), fixture_set_up, test_receipt,
              fixture_tear_down);
  g_test_add ("/receipt/reserve", Fixture, NULL, fixture_set_up, test_reserve_receipt, fixture_tear_down);
  g_test_add ("/receipt/unknown-application", Fixture, NULL, fixture_set_up, test_unknown_application,
              fixture_tear_down);

  return g_test_run ();
}
