/* test-candidate-search.c — what a search of candidates does with text
 * that is not a plain name: digits of other scripts, pages of words,
 * punctuation alone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-candidate-list.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

static GArray *
search (KonkursTestCandidates *fixture, const char *text)
{
  return konkurs_test_search_candidates (fixture->store, text);
}

static guint
count_found (KonkursTestCandidates *fixture, const char *text)
{
  g_autoptr(GArray) ids = search (fixture, text);

  return ids->len;
}

/* "７５０８" as an input method types it, Arabic-Indic and Devanagari
 * digits too: the IIN's digits, as the IIN field reads them. */
static void
test_unicode_digits (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(KonkursCandidate) person = konkurs_test_person_new ("Сейітова", "Айгерім", 1975, 8, 1, 7);
  g_autoptr(KonkursCandidate) other = konkurs_test_person_new ("Омарова", "Дана", 1990, 1, 1, 8);
  g_autoptr(GString) full_width = g_string_new (NULL);
  g_autoptr(GString) arabic = g_string_new (NULL);
  g_autofree char *normal = NULL;
  const char *iin;

  konkurs_test_save_candidate (fixture->store, person);
  konkurs_test_save_candidate (fixture->store, other);
  iin = konkurs_candidate_get_iin (person);
  for (int i = 0; i < 6; i++)
    {
      g_string_append_unichar (full_width, 0xFF10 + (iin[i] - '0'));
      g_string_append_unichar (arabic, 0x0660 + (iin[i] - '0'));
    }

  g_assert_cmpuint (count_found (fixture, full_width->str), ==, 1);
  g_assert_cmpuint (count_found (fixture, arabic->str), ==, 1);
  /* A digit within a word of several */
  g_string_prepend (full_width, "сейіт ");
  g_assert_cmpuint (count_found (fixture, full_width->str), ==, 1);

  normal = konkurs_iin_normalize ("７５０８ ０１-３");
  g_assert_cmpstr (normal, ==, "7508013");
}

/* Only the first words count: a pasted page answers at once, and the
 * same as its first eight words. */
static void
test_many_words (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(KonkursCandidate) person = konkurs_test_person_new ("Сейітова", "Айгерім", 1975, 8, 1, 7);
  g_autoptr(GString) page = g_string_new ("сейіт айгер");
  gint64 start;

  konkurs_test_save_candidate (fixture->store, person);
  for (int i = 0; i < 6; i++)
    g_string_append (page, " а");
  /* the ninth word and on would find nobody */
  for (int i = 0; i < 20000; i++)
    g_string_append (page, " жоқ");

  start = g_get_monotonic_time ();
  g_assert_cmpuint (count_found (fixture, page->str), ==, 1);
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 2);
  g_assert_cmpuint (count_found (fixture, "сейіт айгер жоқ"), ==, 0);
}

/* A letter typed as a letter and a combining mark finds the name, which
 * is kept composed. */
static void
test_decomposed (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(KonkursCandidate) person = konkurs_test_person_new ("Ӧмірова", "Айгерім", 1975, 8, 1, 7);

  konkurs_test_save_candidate (fixture->store, person);
  g_assert_cmpuint (count_found (fixture, "\xd0\xbe\xcc\x88мір"), ==, 1);  /* о + U+0308 */
  g_assert_cmpuint (count_found (fixture, "ӧмір"), ==, 1);
}

static void
test_nothing_to_search (KonkursTestCandidates *fixture, gconstpointer data)
{
  g_autoptr(KonkursCandidate) person = konkurs_test_person_new ("Сейітова", "Айгерім", 1975, 8, 1, 7);

  konkurs_test_save_candidate (fixture->store, person);
  g_assert_false (konkurs_candidate_search_is_empty (NULL));
  g_assert_false (konkurs_candidate_search_is_empty (""));
  g_assert_false (konkurs_candidate_search_is_empty (" \t"));
  g_assert_false (konkurs_candidate_search_is_empty ("сей"));
  g_assert_false (konkurs_candidate_search_is_empty ("７"));
  g_assert_true (konkurs_candidate_search_is_empty ("?!… «»"));
  g_assert_true (konkurs_candidate_search_is_empty ("\xff\xfe"));
  g_assert_true (konkurs_candidate_search_is_empty ("\xe2\x80\xae"));
  g_assert_cmpuint (count_found (fixture, "?!… «»"), ==, 0);
  g_assert_cmpuint (count_found (fixture, ""), ==, 1);
}

static void
on_notify (GObject *object, GParamSpec *pspec, gpointer data)
{
  (*(guint *) data)++;
}

/* The list tells a view why it is empty, once per change. */
static void
test_list_property (KonkursTestCandidates *fixture, gconstpointer data)
{
  KonkursCandidateList *list = konkurs_candidate_list_new (fixture->store);
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint notified = 0;
  gboolean flag = TRUE;

  g_signal_connect (list, "notify::nothing-to-search", G_CALLBACK (on_notify), &notified);
  g_assert_false (konkurs_candidate_list_get_nothing_to_search (list));
  konkurs_candidate_list_set_query (list, "сей");
  g_assert_cmpuint (notified, ==, 0);
  konkurs_candidate_list_set_query (list, "((");
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (list, "nothing-to-search", &flag, NULL);
  g_assert_true (flag);
  konkurs_candidate_list_set_query (list, "))");
  g_assert_cmpuint (notified, ==, 1);
  konkurs_candidate_list_reload (list);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  konkurs_candidate_list_set_query (list, "");
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (konkurs_candidate_list_get_nothing_to_search (list));

  /* The queries in workers hold the store until they are back in this
   * thread: wait for them to let go of it. */
  g_object_unref (list);
  while (G_OBJECT (fixture->store)->ref_count > 1)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/candidate-search/" path, KonkursTestCandidates, NULL, konkurs_test_candidates_set_up, func, \
              konkurs_test_candidates_tear_down)
  ADD ("unicode-digits", test_unicode_digits);
  ADD ("many-words", test_many_words);
  ADD ("decomposed", test_decomposed);
  ADD ("nothing-to-search", test_nothing_to_search);
  ADD ("list-property", test_list_property);
#undef ADD

  return g_test_run ();
}
