/* test-catalog.c — document translations read from .mo files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "konkurs-catalog.h"
#include "konkurs-test-util.h"

typedef struct {
  char *dir;       /* temporary directory, removed at teardown */
  char *ru_mo;     /* compiled from tests/data/catalog-test-ru.po */
  char *kk_mo;
} Fixture;

/* Compiles a test catalogue with the real msgfmt. */
static char *
compile_po (const char *dir,
            const char *po_name,
            const char *mo_name,
            const char *endianness)
{
  g_autofree char *po = konkurs_test_data_path (po_name);
  g_autofree char *endian_arg = g_strdup_printf ("--endianness=%s", endianness);
  char *mo = g_build_filename (dir, mo_name, NULL);
  const char * const argv[] = { "msgfmt", endian_arg, "-o", mo, po, NULL };

  g_free (konkurs_test_run_tool (argv));
  return mo;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = konkurs_test_make_tmp_dir ("konkurs-catalog-XXXXXX");
  f->ru_mo = compile_po (f->dir, "catalog-test-ru.po", "ru.mo", "little");
  f->kk_mo = compile_po (f->dir, "catalog-test-kk.po", "kk.mo", "little");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  konkurs_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->ru_mo);
  g_free (f->kk_mo);
}

static KonkursCatalog *
load (KonkursDocLanguage language,
      const char        *path)
{
  g_autoptr(GError) error = NULL;
  KonkursCatalog *catalog = konkurs_catalog_new_from_file (language, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (catalog);
  g_assert_cmpint (konkurs_catalog_get_language (catalog), ==, language);
  return catalog;
}

static void
test_gettext (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(KonkursCatalog) ru = load (KONKURS_DOC_LANGUAGE_RU, f->ru_mo);
  const char *missing = "A message nobody translated";

  g_assert_cmpstr (konkurs_catalog_gettext (ru, "Protocol of the competition commission"), ==,
                   "Протокол заседания конкурсной комиссии");
  g_assert_cmpstr (konkurs_catalog_gettext (ru, "Chair"), ==, "Стул");
  /* Missing and untranslated messages fall back to the msgid itself. */
  g_assert_true (konkurs_catalog_gettext (ru, missing) == missing);
  g_assert_cmpstr (konkurs_catalog_gettext (ru, "Untranslated message"), ==, "Untranslated message");
}

static void
test_pgettext (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(KonkursCatalog) ru = load (KONKURS_DOC_LANGUAGE_RU, f->ru_mo);

  g_assert_cmpstr (konkurs_catalog_pgettext (ru, "commission role", "Chair"), ==, "Председатель");
  g_assert_cmpstr (konkurs_catalog_pgettext (ru, "commission role", "Secretary"), ==, "Секретарь");
  /* Another context does not borrow the translation without context. */
  g_assert_cmpstr (konkurs_catalog_pgettext (ru, "furniture", "Chair"), ==, "Chair");
  /* Nor does gettext see the one with context. */
  g_assert_cmpstr (konkurs_catalog_gettext (ru, "Secretary"), ==, "Secretary");
}

static void
assert_ru_plurals (KonkursCatalog *ru)
{
  static const struct { gulong n; const char *form; } cases[] = {
    { 0, "%d кандидатов" },
    { 1, "%d кандидат" },
    { 2, "%d кандидата" },
    { 4, "%d кандидата" },
    { 5, "%d кандидатов" },
    { 11, "%d кандидатов" },
    { 12, "%d кандидатов" },
    { 14, "%d кандидатов" },
    { 21, "%d кандидат" },
    { 22, "%d кандидата" },
    { 25, "%d кандидатов" },
    { 101, "%d кандидат" },
    { 111, "%d кандидатов" },
    { 1002, "%d кандидата" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("n = %lu", cases[i].n);
      g_assert_cmpstr (konkurs_catalog_ngettext (ru, "%d candidate", "%d candidates", cases[i].n), ==,
                       cases[i].form);
    }
}

static void
test_ngettext_ru (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(KonkursCatalog) ru = load (KONKURS_DOC_LANGUAGE_RU, f->ru_mo);

  assert_ru_plurals (ru);
  /* Missing: English rule on the msgids. */
  g_assert_cmpstr (konkurs_catalog_ngettext (ru, "%d vote", "%d votes", 1), ==, "%d vote");
  g_assert_cmpstr (konkurs_catalog_ngettext (ru, "%d vote", "%d votes", 21), ==, "%d votes");
}

static void
test_kazakh (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(KonkursCatalog) kk = load (KONKURS_DOC_LANGUAGE_KK, f->kk_mo);

  g_assert_cmpstr (konkurs_catalog_gettext (kk, "Protocol of the competition commission"), ==,
                   "Конкурстық комиссия отырысының хаттамасы");
  g_assert_cmpstr (konkurs_catalog_pgettext (kk, "commission role", "Chair"), ==, "Төраға");
  g_assert_cmpstr (konkurs_catalog_ngettext (kk, "%d candidate", "%d candidates", 1), ==, "%d үміткер");
  g_assert_cmpstr (konkurs_catalog_ngettext (kk, "%d candidate", "%d candidates", 2), ==, "%d үміткерлер");
  g_assert_cmpstr (konkurs_catalog_ngettext (kk, "%d candidate", "%d candidates", 21), ==, "%d үміткерлер");
  g_assert_cmpstr (konkurs_catalog_ngettext (kk, "%d candidate", "%d candidates", 0), ==, "%d үміткерлер");
}

static void
test_big_endian (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *mo = compile_po (f->dir, "catalog-test-ru.po", "ru-be.mo", "big");
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(KonkursCatalog) ru = NULL;

  /* The file really is big-endian, so the other byte order is exercised. */
  g_assert_true (g_file_get_contents (mo, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4);
  g_assert_cmphex ((guint8) contents[0], ==, 0x95);

  ru = load (KONKURS_DOC_LANGUAGE_RU, mo);
  g_assert_cmpstr (konkurs_catalog_pgettext (ru, "commission role", "Chair"), ==, "Председатель");
  assert_ru_plurals (ru);
}

static guint32
read_le32 (const char *bytes,
           gsize       offset)
{
  guint32 word;

  memcpy (&word, bytes + offset, sizeof word);
  return GUINT32_FROM_LE (word);
}

static void
write_le32 (char   *bytes,
            gsize   offset,
            guint32 value)
{
  value = GUINT32_TO_LE (value);
  memcpy (bytes + offset, &value, sizeof value);
}

static void
assert_corrupt (Fixture    *f,
                const char *contents,
                gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "corrupt.mo", NULL);
  g_autoptr(KonkursCatalog) catalog = NULL;

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  catalog = konkurs_catalog_new_from_file (KONKURS_DOC_LANGUAGE_RU, path, &error);
  g_assert_null (catalog);
  g_assert_error (error, KONKURS_CATALOG_ERROR, KONKURS_CATALOG_ERROR_CORRUPT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_cmpint (g_unlink (path), ==, 0);
}

static void
test_corrupt (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *good = NULL;
  g_autofree char *bad = NULL;
  gsize length = 0;
  guint32 translated, offset;

  g_assert_true (g_file_get_contents (f->ru_mo, &good, &length, NULL));
  g_assert_cmphex (read_le32 (good, 0), ==, 0x950412de);

  assert_corrupt (f, "", 0);
  {
    const char *po = "msgid \"\"\nmsgstr \"\"\n\"Language: ru\\n\"\n";   /* a .po, not a .mo */

    g_assert_cmpuint (strlen (po), >, 28);
    assert_corrupt (f, po, strlen (po));
  }
  /* Cut inside the tables. */
  assert_corrupt (f, good, 40);

  /* A translation whose offset points past the end of the file. */
  bad = g_memdup2 (good, length);
  translated = read_le32 (bad, 16);
  write_le32 (bad, translated + 8 + 4, (guint32) length + 100);
  assert_corrupt (f, bad, length);

  /* A translation that is not UTF-8. */
  memcpy (bad, good, length);
  offset = read_le32 (bad, translated + 8 + 4);
  bad[offset] = (char) 0xff;
  assert_corrupt (f, bad, length);

  /* A string without its terminating NUL. */
  memcpy (bad, good, length);
  write_le32 (bad, translated + 8, read_le32 (bad, translated + 8) - 1);
  assert_corrupt (f, bad, length);
}

static void
test_missing_file (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "absent.mo", NULL);
  g_autoptr(KonkursCatalog) catalog = konkurs_catalog_new_from_file (KONKURS_DOC_LANGUAGE_KK, path, &error);

  g_assert_null (catalog);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* konkurs_catalog_new() looks in $KONKURS_LOCALE_DIR/LANG/LC_MESSAGES. */
static void
test_new_from_locale_dir (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *locale_dir = g_build_filename (f->dir, "locale", NULL);
  g_autofree char *messages_dir = g_build_filename (locale_dir, "ru", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (messages_dir, "konkurs.mo", NULL);
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(KonkursCatalog) ru = NULL;
  g_autoptr(KonkursCatalog) kk = NULL;
  g_autoptr(KonkursCatalog) broken = NULL;
  g_autofree char *saved = g_strdup (g_getenv ("KONKURS_LOCALE_DIR"));

  g_assert_cmpint (g_mkdir_with_parents (messages_dir, 0700), ==, 0);
  g_assert_true (g_file_get_contents (f->ru_mo, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (mo, contents, length, NULL));
  g_setenv ("KONKURS_LOCALE_DIR", locale_dir, TRUE);

  ru = konkurs_catalog_new (KONKURS_DOC_LANGUAGE_RU, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_catalog_pgettext (ru, "commission role", "Chair"), ==, "Председатель");

  /* No Kazakh catalogue here (nor installed): refused, naming the file,
   * rather than a document with English headings. */
  kk = konkurs_catalog_new (KONKURS_DOC_LANGUAGE_KK, &error);
  if (kk == NULL)
    {
      g_autofree char *missing = g_build_filename (locale_dir, "kk", "LC_MESSAGES", "konkurs.mo", NULL);

      g_assert_error (error, KONKURS_CATALOG_ERROR, KONKURS_CATALOG_ERROR_MISSING);
      g_assert_nonnull (strstr (error->message, missing));
      g_assert_nonnull (strstr (error->message, "Kazakh"));
      g_clear_error (&error);
    }

  /* A damaged catalogue is an error, not a silent fallback. */
  g_assert_true (g_file_set_contents (mo, "garbage garbage garbage garbage", -1, NULL));
  broken = konkurs_catalog_new (KONKURS_DOC_LANGUAGE_RU, &error);
  g_assert_null (broken);
  g_assert_error (error, KONKURS_CATALOG_ERROR, KONKURS_CATALOG_ERROR_CORRUPT);

  if (saved != NULL)
    g_setenv ("KONKURS_LOCALE_DIR", saved, TRUE);
  else
    g_unsetenv ("KONKURS_LOCALE_DIR");
}

static void
assert_date (KonkursCatalog *catalog,
             int y, int m, int d,
             const char *expected)
{
  g_autofree char *text = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  text = konkurs_catalog_format_date (catalog, &date);
  g_assert_cmpstr (text, ==, expected);
  g_assert_true (g_utf8_validate (text, -1, NULL));
}

static void
test_format_date (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(KonkursCatalog) kk = load (KONKURS_DOC_LANGUAGE_KK, f->kk_mo);
  g_autoptr(KonkursCatalog) ru = load (KONKURS_DOC_LANGUAGE_RU, f->ru_mo);

  assert_date (kk, 2026, 11, 23, "2026 жылғы 23 қараша");
  assert_date (kk, 2025, 1, 2, "2025 жылғы 2 қаңтар");
  assert_date (kk, 2025, 2, 28, "2025 жылғы 28 ақпан");
  assert_date (kk, 2024, 4, 5, "2024 жылғы 5 сәуір");
  assert_date (kk, 2026, 7, 6, "2026 жылғы 6 шілде");
  assert_date (kk, 2026, 9, 1, "2026 жылғы 1 қыркүйек");
  assert_date (kk, 2025, 12, 16, "2025 жылғы 16 желтоқсан");

  assert_date (ru, 2026, 11, 23, "23 ноября 2026 г.");
  assert_date (ru, 2025, 1, 2, "2 января 2025 г.");
  assert_date (ru, 2024, 3, 8, "8 марта 2024 г.");
  assert_date (ru, 2026, 5, 27, "27 мая 2026 г.");
  assert_date (ru, 2025, 8, 30, "30 августа 2025 г.");
  assert_date (ru, 2025, 12, 16, "16 декабря 2025 г.");
}

/* A catalogue is shared by the document workers: concurrent lookups. */
static gpointer
lookup_in_thread (gpointer data)
{
  KonkursCatalog *ru = data;

  for (gulong n = 0; n < 20000; n++)
    {
      const char *form = konkurs_catalog_ngettext (ru, "%d candidate", "%d candidates", n);
      const char *role = konkurs_catalog_pgettext (ru, "commission role", "Chair");

      if (!g_str_has_prefix (form, "%d кандидат") || strcmp (role, "Председатель") != 0)
        return GINT_TO_POINTER (FALSE);
    }
  return GINT_TO_POINTER (TRUE);
}

static void
test_threads (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(KonkursCatalog) ru = load (KONKURS_DOC_LANGUAGE_RU, f->ru_mo);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("catalog", lookup_in_thread, ru);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_INT (g_thread_join (threads[i])));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/catalog/gettext", test_gettext);
  ADD ("/catalog/pgettext", test_pgettext);
  ADD ("/catalog/ngettext-ru", test_ngettext_ru);
  ADD ("/catalog/kazakh", test_kazakh);
  ADD ("/catalog/big-endian", test_big_endian);
  ADD ("/catalog/corrupt", test_corrupt);
  ADD ("/catalog/missing-file", test_missing_file);
  ADD ("/catalog/new-from-locale-dir", test_new_from_locale_dir);
  ADD ("/catalog/format-date", test_format_date);
  ADD ("/catalog/threads", test_threads);

#undef ADD

  return g_test_run ();
}
