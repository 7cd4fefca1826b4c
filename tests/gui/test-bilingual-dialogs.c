/* test-bilingual-dialogs.c — the competition and vacancy dialogs take every
 * text in Kazakh and in Russian side by side, the interface language first:
 * either satisfies a required text, the form says what a text in one
 * language will print, and a competition's number is its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "konkurs-competition-dialog.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-vacancy-dialog.h"
#include "konkurs-vacancy-search.h"

typedef struct {
  KonkursStore *store;
  gint64        competition_id;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->competition_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE,
                                                          "Қаржы министрлігі", "", 2026, G_DATE_MARCH, 2);
  konkurs_test_add_vacancy (fixture->store, fixture->competition_id, "Бас сарапшы", "C-4", 1, 2);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  g_assert_finalize_object (fixture->store);
}

static gboolean
is_label_with_text (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static GtkWidget *
present (GtkWidget *dialog, gpointer *alive)
{
  *alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), alive);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
save_and_wait (GtkWidget *dialog, const char *label, gpointer *alive)
{
  GtkWidget *save = konkurs_test_find_button (dialog, label);

  g_assert_true (gtk_widget_get_sensitive (save));
  g_signal_emit_by_name (save, "clicked");
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, alive));
}

static void
assert_text (const KonkursLocalText *text, const char *kk, const char *ru)
{
  g_assert_cmpstr (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_KK), ==, kk);
  g_assert_cmpstr (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_RU), ==, ru);
}

static void
test_competition (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursCompetition) existing = konkurs_store_get_competition (fixture->store, fixture->competition_id, NULL);
  g_autoptr(KonkursCompetition) created = NULL;
  GtkWidget *dialog, *kazakh, *russian, *title, *number, *error;
  gpointer alive;

  dialog = present (GTK_WIDGET (konkurs_competition_dialog_new (NULL, fixture->store, NULL)), &alive);
  /* the interface is not Russian: Kazakh first */
  kazakh = konkurs_test_find_entry_row (dialog, "State body in Kazakh");
  russian = konkurs_test_find_entry_row (dialog, "State body in Russian");
  title = konkurs_test_find_entry_row (dialog, "Title in Russian");
  number = konkurs_test_find_entry_row (dialog, "Announcement number");
  g_assert_nonnull (kazakh);
  g_assert_nonnull (title);
  g_assert_nonnull (number);
  g_assert_true (gtk_widget_get_next_sibling (kazakh) == russian);

  /* the Russian state body alone will do; the form says what a Kazakh
   * document will print */
  gtk_editable_set_text (GTK_EDITABLE (kazakh), " ");
  g_assert_true (gtk_widget_has_css_class (kazakh, "error"));
  gtk_editable_set_text (GTK_EDITABLE (russian), "Агентство");
  g_assert_false (gtk_widget_has_css_class (kazakh, "error"));
  g_assert_null (konkurs_test_find_error_label (dialog));
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_label_with_text,
                                              "Some texts have no Kazakh value: documents in Kazakh will print "
                                              "them in Russian."));
  gtk_editable_set_text (GTK_EDITABLE (kazakh), "Агенттік");
  g_assert_null (konkurs_test_find_widget (dialog, is_label_with_text,
                                           "Some texts have no Kazakh value: documents in Kazakh will print "
                                           "them in Russian."));
  gtk_editable_set_text (GTK_EDITABLE (title), "Конкурс");

  /* another competition's number is named while typing */
  gtk_editable_set_text (GTK_EDITABLE (number), konkurs_competition_get_number (existing));
  g_assert_false (gtk_widget_get_sensitive (konkurs_test_find_button (dialog, "Create")));
  g_assert_true (gtk_widget_has_css_class (number, "error"));
  error = konkurs_test_find_error_label (dialog);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "2026-001"));
  gtk_editable_set_text (GTK_EDITABLE (number), "ҚР-7");
  g_assert_null (konkurs_test_find_error_label (dialog));
  save_and_wait (dialog, "Create", &alive);

  created = konkurs_store_find_competition_by_number (fixture->store, "ҚР-7", NULL);
  g_assert_nonnull (created);
  assert_text (konkurs_competition_get_state_body_text (created), "Агенттік", "Агентство");
  assert_text (konkurs_competition_get_title_text (created), "", "Конкурс");

  /* edited, its values come back in their rows */
  dialog = present (GTK_WIDGET (konkurs_competition_dialog_new (NULL, fixture->store, created)), &alive);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, "State body in Russian"))),
                   ==, "Агентство");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, "Announcement number"))),
                   ==, "ҚР-7");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
}

static void
test_vacancy (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GPtrArray) vacancies = NULL;
  GtkWidget *dialog, *title, *russian;
  GtkTextView *requirements;
  gpointer alive;

  dialog = present (GTK_WIDGET (konkurs_vacancy_dialog_new (NULL, fixture->store, fixture->competition_id, NULL)),
                    &alive);
  title = konkurs_test_find_entry_row (dialog, "Position title in Kazakh");
  russian = konkurs_test_find_entry_row (dialog, "Position title in Russian");
  g_assert_true (gtk_widget_get_next_sibling (title) == russian);
  g_assert_nonnull (konkurs_test_find_entry_row (dialog, "Sector in Russian"));
  /* the requirements' two boxes are labelled by language */
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_label_with_text, "Further requirements in Kazakh"));
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_label_with_text, "Further requirements in Russian"));
  requirements = GTK_TEXT_VIEW (konkurs_test_find_of_type (dialog, GTK_TYPE_TEXT_VIEW));

  gtk_editable_set_text (GTK_EDITABLE (russian), "Главный специалист");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, "Sector in Kazakh")), "Бюджет");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (requirements), " Заңнаманы білу ", -1);
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_label_with_text,
                                              "Some texts are given in one language only: documents in the other "
                                              "language will print them as they are."));
  save_and_wait (dialog, "Add", &alive);

  vacancies = konkurs_store_list_vacancies (fixture->store, fixture->competition_id, NULL);
  g_assert_cmpuint (vacancies->len, ==, 2);
  assert_text (konkurs_vacancy_get_position_title_text (vacancies->pdata[1]), "", "Главный специалист");
  assert_text (konkurs_vacancy_get_sector_text (vacancies->pdata[1]), "Бюджет", "");
  assert_text (konkurs_vacancy_get_requirements_text (vacancies->pdata[1]), "Заңнаманы білу", "");
  /* numbered after the competition's first vacancy */
  g_assert_cmpstr (konkurs_vacancy_get_code (vacancies->pdata[1]), ==, "2");
}

/* The search of the Vacancies area finds a text in either language,
 * whatever the interface shows. */
static void
test_search_index (Fixture *fixture, gconstpointer data)
{
  g_autoptr(KonkursVacancySearch) search = konkurs_vacancy_search_new ();
  g_autoptr(GPtrArray) competitions = konkurs_store_list_competitions (fixture->store, NULL);
  g_autoptr(GPtrArray) vacancies = konkurs_store_list_vacancies (fixture->store, 0, NULL);
  g_autoptr(GPtrArray) texts = NULL;
  KonkursCompetition *competition = competitions->pdata[0];
  KonkursVacancy *vacancy = vacancies->pdata[0];
  g_autofree char *ministry = g_utf8_casefold ("Министерство финансов", -1);
  g_autofree char *expert = g_utf8_casefold ("Главный эксперт", -1);

  konkurs_competition_set_state_body (competition, "Қаржы министрлігі", "Министерство финансов");
  konkurs_vacancy_set_position_title (vacancy, "Бас сарапшы", "Главный эксперт");
  texts = konkurs_vacancy_search_index (search, competitions, vacancies);
  g_assert_cmpuint (texts->len, ==, 2);
  g_assert_nonnull (strstr (texts->pdata[0], ministry));
  g_assert_nonnull (strstr (texts->pdata[0], "2026-001"));
  g_assert_nonnull (strstr (texts->pdata[1], expert));
}

/* In a Russian interface, Russian comes first. */
static void
test_russian_first (Fixture *fixture, gconstpointer data)
{
  GtkWidget *dialog, *first;
  gpointer alive;

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("KONKURS_LOCALE_DIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* the window's _() reads the default domain, as main() sets it */
  textdomain (GETTEXT_PACKAGE);
  if (setlocale (LC_ALL, "ru_RU.UTF-8") == NULL)
    {
      g_test_skip ("no ru_RU.UTF-8 locale");
      return;
    }
  dialog = present (GTK_WIDGET (konkurs_competition_dialog_new (NULL, fixture->store, NULL)), &alive);
  first = konkurs_test_find_of_type (dialog, ADW_TYPE_ENTRY_ROW);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Государственный орган (на русском)");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_widget_get_next_sibling (first))), ==,
                   "Государственный орган (на казахском)");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add ("/bilingual-dialogs/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("competition", test_competition);
  ADD ("vacancy", test_vacancy);
  ADD ("search-index", test_search_index);
  ADD ("russian-first", test_russian_first);
#undef ADD

  return g_test_run ();
}
