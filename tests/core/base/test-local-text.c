/* test-local-text.c — a text of a record in Kazakh and in Russian, and the
 * language the interface shows them in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "konkurs-local-text.h"
#include "konkurs-text.h"

static void
test_values (void)
{
  g_autoptr(KonkursLocalText) text = konkurs_local_text_new ("Қаржы министрлігі", NULL);
  g_autoptr(KonkursLocalText) copy = NULL;
  g_autoptr(KonkursLocalText) empty = konkurs_local_text_new (NULL, "");

  g_assert_cmpstr (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_KK), ==, "Қаржы министрлігі");
  g_assert_cmpstr (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_RU), ==, "");
  g_assert_true (konkurs_local_text_has (text, KONKURS_DOC_LANGUAGE_KK));
  g_assert_false (konkurs_local_text_has (text, KONKURS_DOC_LANGUAGE_RU));
  g_assert_false (konkurs_local_text_is_blank (text));

  /* white space is no value */
  g_assert_true (konkurs_local_text_set (text, KONKURS_DOC_LANGUAGE_RU, " \u00a0\t"));
  g_assert_false (konkurs_local_text_set (text, KONKURS_DOC_LANGUAGE_RU, " \u00a0\t"));
  g_assert_false (konkurs_local_text_has (text, KONKURS_DOC_LANGUAGE_RU));
  g_assert_true (konkurs_local_text_set (text, KONKURS_DOC_LANGUAGE_RU, "Министерство финансов"));

  copy = konkurs_local_text_copy (text);
  g_assert_true (copy != text);
  g_assert_true (konkurs_local_text_equal (copy, text));
  konkurs_local_text_set (copy, KONKURS_DOC_LANGUAGE_KK, NULL);
  g_assert_false (konkurs_local_text_equal (copy, text));
  g_assert_cmpstr (konkurs_local_text_get (copy, KONKURS_DOC_LANGUAGE_KK), ==, "");

  /* NULL reads as a text with neither value */
  g_assert_true (konkurs_local_text_is_blank (NULL));
  g_assert_cmpstr (konkurs_local_text_get (NULL, KONKURS_DOC_LANGUAGE_RU), ==, "");
  g_assert_true (konkurs_local_text_equal (NULL, empty));
  g_assert_cmpint (konkurs_doc_language_other (KONKURS_DOC_LANGUAGE_KK), ==, KONKURS_DOC_LANGUAGE_RU);
  g_assert_cmpint (konkurs_doc_language_other (KONKURS_DOC_LANGUAGE_RU), ==, KONKURS_DOC_LANGUAGE_KK);
}

static void
test_pick (void)
{
  g_autoptr(KonkursLocalText) both = konkurs_local_text_new ("Бас маман", "Главный специалист");
  g_autoptr(KonkursLocalText) kazakh = konkurs_local_text_new ("Бас маман", "");
  g_autoptr(KonkursLocalText) russian = konkurs_local_text_new ("  ", "Главный специалист");
  g_autoptr(KonkursLocalText) neither = konkurs_local_text_new (NULL, NULL);
  gboolean fell_back = TRUE;

  g_assert_cmpstr (konkurs_local_text_pick (both, KONKURS_DOC_LANGUAGE_RU, &fell_back), ==, "Главный специалист");
  g_assert_false (fell_back);
  g_assert_cmpstr (konkurs_local_text_pick (both, KONKURS_DOC_LANGUAGE_KK, &fell_back), ==, "Бас маман");
  g_assert_false (fell_back);

  /* the other language, and said so */
  g_assert_cmpstr (konkurs_local_text_pick (kazakh, KONKURS_DOC_LANGUAGE_RU, &fell_back), ==, "Бас маман");
  g_assert_true (fell_back);
  g_assert_cmpstr (konkurs_local_text_pick (kazakh, KONKURS_DOC_LANGUAGE_KK, &fell_back), ==, "Бас маман");
  g_assert_false (fell_back);
  g_assert_cmpstr (konkurs_local_text_pick (russian, KONKURS_DOC_LANGUAGE_KK, &fell_back), ==, "Главный специалист");
  g_assert_true (fell_back);

  /* nothing to fall back to */
  g_assert_cmpstr (konkurs_local_text_pick (neither, KONKURS_DOC_LANGUAGE_RU, &fell_back), ==, "");
  g_assert_false (fell_back);
  g_assert_cmpstr (konkurs_local_text_pick (russian, KONKURS_DOC_LANGUAGE_RU, NULL), ==, "Главный специалист");
}

static void
test_boxed (void)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(KonkursLocalText) text = konkurs_local_text_new ("а", "б");
  const KonkursLocalText *held;

  g_value_init (&value, KONKURS_TYPE_LOCAL_TEXT);
  g_value_set_boxed (&value, text);
  held = g_value_get_boxed (&value);
  g_assert_true (held != text);
  g_assert_true (konkurs_local_text_equal (held, text));
}

/* The interface's language follows gettext, as _() does: Russian only when
 * the messages of Konkurs are shown in Russian. */
static void
test_interface_language (void)
{
  g_autoptr(KonkursLocalText) text = konkurs_local_text_new ("Қаржы министрлігі", "Министерство финансов");
  g_autoptr(KonkursLocalText) kazakh = konkurs_local_text_new ("Қаржы министрлігі", NULL);
  const char *localedir = g_getenv ("KONKURS_LOCALE_DIR");

  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  g_assert_nonnull (setlocale (LC_ALL, "C"));
  g_setenv ("LANGUAGE", "ru", TRUE);
  /* gettext ignores LANGUAGE in the C locale: English, so Kazakh */
  g_assert_cmpstr (_("Russian"), ==, "Russian");
  g_assert_cmpint (konkurs_interface_language (), ==, KONKURS_DOC_LANGUAGE_KK);

  if (setlocale (LC_ALL, "ru_RU.UTF-8") == NULL)
    {
      g_test_skip ("no ru_RU.UTF-8 locale");
      return;
    }
  g_assert_cmpstr (_("Russian"), ==, "Русский");
  g_assert_cmpint (konkurs_interface_language (), ==, KONKURS_DOC_LANGUAGE_RU);
  g_assert_cmpstr (konkurs_local_text_get_display (text), ==, "Министерство финансов");
  g_assert_cmpstr (konkurs_local_text_get_display (kazakh), ==, "Қаржы министрлігі");

  /* a change of LANGUAGE takes effect when gettext is told (textdomain) */
  g_setenv ("LANGUAGE", "kk", TRUE);
  textdomain (textdomain (NULL));
  g_assert_cmpstr (_("Russian"), ==, "Орыс тілі");
  g_assert_cmpint (konkurs_interface_language (), ==, KONKURS_DOC_LANGUAGE_KK);
  g_assert_cmpstr (konkurs_local_text_get_display (text), ==, "Қаржы министрлігі");
  setlocale (LC_ALL, "C.UTF-8");
  g_unsetenv ("LANGUAGE");
}

static void
test_expand_string (void)
{
  g_autofree char *plain = konkurs_text_expand_string ("«%s» лауазымының орысша атауы", "Бас маман");
  g_autofree char *percent = konkurs_text_expand_string ("100%% of %s", NULL);
  g_autofree char *without = konkurs_text_expand_string ("no conversion", "x");

  g_assert_cmpstr (plain, ==, "«Бас маман» лауазымының орысша атауы");
  g_assert_cmpstr (percent, ==, "100% of ");
  g_assert_cmpstr (without, ==, "no conversion");
}

/* The first letter in title case, the rest as it was; Kazakh letters
 * beyond Russian's too. */
static void
test_capitalise (void)
{
  static const char *cases[][2] = {
    { "знание законодательства", "Знание законодательства" },
    { "әкімшілік лауазым", "Әкімшілік лауазым" },
    { "ұлттық комиссия", "Ұлттық комиссия" },
    { "rank 2 of 5 places", "Rank 2 of 5 places" },
    { "Already", "Already" },
    { "5 working days", "5 working days" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *result = konkurs_text_capitalise (g_strdup (cases[i][0]));

      g_assert_cmpstr (result, ==, cases[i][1]);
    }
  g_assert_null (konkurs_text_capitalise (NULL));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/local-text/values", test_values);
  g_test_add_func ("/local-text/pick", test_pick);
  g_test_add_func ("/local-text/boxed", test_boxed);
  g_test_add_func ("/local-text/interface-language", test_interface_language);
  g_test_add_func ("/text/expand-string", test_expand_string);
  g_test_add_func ("/text/capitalise", test_capitalise);

  return g_test_run ();
}
