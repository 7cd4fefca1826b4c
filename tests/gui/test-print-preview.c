/* test-print-preview.c — the print preview under Xvfb: the pages of a
 * real protocol, draft with the count of undecided rows, the language
 * switched, a final protocol with its number and the members present, the
 * quorum refused, the register kept on saving, the fields printed in the
 * other language; and the Preferences window saving what documents use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "konkurs-admission-protocol.h"
#include "konkurs-context.h"
#include "konkurs-date-entry.h"
#include "konkurs-preferences-window.h"
#include "konkurs-print-preview.h"
#include "konkurs-store-organisation.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-documents.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"

#define N_CANDIDATES 30

typedef struct {
  KonkursTestCandidates  base;
  gint64                 competition_id;
  gint64                 pending_id;      /* the one application not decided */
  GtkWindow             *window;
  KonkursTestSource           *source;
} Fixture;

static void
fixture_set_up (Fixture *fixture, gconstpointer data)
{
  KonkursStore *store;
  gint64 vacancy;

  konkurs_test_candidates_set_up (&fixture->base, KONKURS_TEST_IN_MEMORY);
  store = fixture->base.store;
  konkurs_test_add_organisation (store);
  konkurs_store_set_actor (store, "Омарова Дина Ержанқызы");
  fixture->competition_id = konkurs_test_add_march_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE);
  vacancy = konkurs_test_add_march_vacancy (store, fixture->competition_id, "Бас маман");
  /* enough rows for two pages; every one decided with the engine but the
   * last */
  for (guint i = 0; i < N_CANDIDATES; i++)
    {
      g_autoptr(KonkursCandidate) candidate = konkurs_test_person_new ("Сәрсенбаева", "Әлия", 1990, 1 + i % 12,
                                                                       1 + i, 400 + i);
      g_autoptr(KonkursCandidacy) candidacy = NULL;
      g_autoptr(GError) error = NULL;

      konkurs_test_make_qualified (candidate);
      konkurs_test_save_candidate (store, candidate);
      candidacy = konkurs_test_apply_in_march (store, konkurs_candidate_get_id (candidate), fixture->competition_id,
                                               vacancy, NULL);
      if (i + 1 == N_CANDIDATES)
        fixture->pending_id = konkurs_candidacy_get_id (candidacy);
      else
        g_assert_true (konkurs_store_decide_candidacy (store, konkurs_candidacy_get_id (candidacy), TRUE, NULL,
                                                       &error));
      g_assert_no_error (error);
    }

  fixture->window = GTK_WINDOW (gtk_window_new ());
  fixture->source = KONKURS_TEST_SOURCE (konkurs_test_source_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->source));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture *fixture, gconstpointer data)
{
  konkurs_test_destroy_and_wait (fixture->window);
  konkurs_test_candidates_tear_down (&fixture->base, NULL);
}

static GtkWidget *
open_preview (Fixture *fixture, const char *language)
{
  KonkursPrintRequest request = {
    .store = fixture->base.store,
    .kind = &konkurs_admission_protocol_kind,
    .id = fixture->competition_id,
    .record_name = "Қаржы министрлігі",
    .language_code = language,
  };

  konkurs_print_request_print (GTK_WIDGET (fixture->source), &request, NULL);
  return konkurs_test_wait_for_preview ();
}

static gboolean
is_row_titled (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_PREFERENCES_ROW (widget) && gtk_widget_get_visible (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static GtkWidget *
find_row (GtkWidget *root, const char *title)
{
  return konkurs_test_find_widget (root, is_row_titled, title);
}

static gboolean
is_label_with (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static KonkursDocument *
shown (GtkWidget *preview)
{
  return konkurs_print_preview_get_document (KONKURS_PRINT_PREVIEW (preview));
}

/* One application open: a draft, said with the count; the pages are
 * there, page by page; Russian builds it again in Russian. */
static void
test_draft_and_language (Fixture *fixture, gconstpointer data)
{
  GtkWidget *preview = open_preview (fixture, "kk");
  GtkWidget *state, *area;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  guint n_pages;

  g_assert_nonnull (shown (preview));
  g_assert_cmpstr (konkurs_document_get_watermark (shown (preview)), ==, "ЖОБА");
  g_assert_cmpstr (konkurs_document_get_language (shown (preview)), ==, "kk");
  n_pages = konkurs_document_get_n_pages (shown (preview));
  g_assert_cmpuint (n_pages, >=, 2);

  /* the pages are those that print, at the preview's scale */
  area = konkurs_test_find_of_type (preview, GTK_TYPE_DRAWING_AREA);
  g_assert_true (gtk_widget_get_mapped (area));
  g_assert_cmpint (gtk_drawing_area_get_content_width (GTK_DRAWING_AREA (area)), >, 595 * 0.75 * 96 / 72);
  first = g_strdup_printf ("1 of %u", n_pages);
  second = g_strdup_printf ("2 of %u", n_pages);
  g_assert_nonnull (konkurs_test_find_widget (preview, is_label_with, first));
  g_assert_true (gtk_widget_activate_action (preview, "preview.next-page", NULL));
  g_assert_cmpuint (konkurs_print_preview_get_page (KONKURS_PRINT_PREVIEW (preview)), ==, 1);
  g_assert_nonnull (konkurs_test_find_widget (preview, is_label_with, second));

  state = find_row (preview, "Draft");
  g_assert_nonnull (state);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (state)), "1 application is not decided yet"));
  /* a draft it must stay */
  g_assert_false (gtk_widget_get_sensitive (find_row (preview, "Print as a Draft")));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (konkurs_test_find_button (preview, "Russian")), TRUE);
  konkurs_test_wait_for_rebuild (preview);
  g_assert_cmpstr (konkurs_print_preview_get_language (KONKURS_PRINT_PREVIEW (preview)), ==, "ru");
  g_assert_cmpstr (konkurs_document_get_language (shown (preview)), ==, "ru");
  g_assert_cmpstr (konkurs_document_get_watermark (shown (preview)), ==, "ПРОЕКТ");
  g_assert_nonnull (strstr (konkurs_document_get_title (shown (preview)), "ПРОЕКТ"));
  gtk_window_destroy (GTK_WINDOW (preview));
}

/* The check box of the member @name among the members present. */
static GtkCheckButton *
member_check (GtkWidget *preview, const char *name)
{
  GtkWidget *row = find_row (preview, name);

  g_assert_nonnull (row);
  return GTK_CHECK_BUTTON (konkurs_test_find_of_type (row, GTK_TYPE_CHECK_BUTTON));
}

/* Saves the PDF from @preview into @dir, as a click on Save would. */
static void
save_into (GtkWidget *preview, const char *dir)
{
  GtkWidget *chooser;

  g_assert_true (gtk_widget_activate_action (preview, "preview.save-pdf", NULL));
  chooser = konkurs_test_wait_for_toplevel ("GtkFileChooserDialog");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "protocol.pdf");
  gtk_widget_activate (konkurs_test_find_button (chooser, "_Save"));
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_PRINT_PREVIEW);
}

/* Everything decided: a final protocol with the number offered and the
 * whole commission present; too few present is no quorum; the number as
 * typed is kept in the register on saving, and offered again. */
static void
test_final_protocol (Fixture *fixture, gconstpointer data)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-preview-XXXXXX");
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursIssue) issue = NULL;
  GtkWidget *preview = open_preview (fixture, "ru");
  GtkWidget *failed, *date_entry;
  GDate date;

  /* decided while the preview is open: it follows */
  g_assert_true (konkurs_store_decide_candidacy (fixture->base.store, fixture->pending_id, TRUE, NULL, &error));
  g_assert_no_error (error);
  konkurs_test_wait_for_rebuild (preview);
  g_assert_nonnull (find_row (preview, "Final"));
  g_assert_null (konkurs_document_get_watermark (shown (preview)));
  g_assert_cmpstr (konkurs_document_get_title (shown (preview)), ==, "Протокол рассмотрения документов № 1");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (konkurs_test_find_entry_row (preview, "Number"))), ==, "1");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (konkurs_test_find_entry_row (preview, "Place"))), ==,
                   "г. Астана");
  g_assert_nonnull (find_row (preview, "There is a quorum"));

  /* three of four voting members away: no quorum, nothing to print */
  for (guint i = 0; i < 3; i++)
    gtk_check_button_set_active (member_check (preview, konkurs_test_commission_name (i, KONKURS_DOC_LANGUAGE_RU)),
                                 FALSE);
  konkurs_test_wait_for_rebuild (preview);
  failed = konkurs_test_find_of_type (preview, ADW_TYPE_STATUS_PAGE);
  g_assert_true (gtk_widget_get_mapped (failed));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (failed)), ==, "No Quorum");
  g_assert_nonnull (find_row (preview, "No quorum"));
  g_assert_false (gtk_widget_get_sensitive (konkurs_test_find_button (preview, "_Print…")));

  /* two of four back make three: a quorum again; another number */
  gtk_check_button_set_active (member_check (preview, konkurs_test_commission_name (0, KONKURS_DOC_LANGUAGE_RU)),
                               TRUE);
  gtk_check_button_set_active (member_check (preview, konkurs_test_commission_name (1, KONKURS_DOC_LANGUAGE_RU)),
                               TRUE);
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (preview, "Number")), "7-к");
  /* the date with the calendar field of every dialog, typed as numbers */
  date_entry = konkurs_test_find_of_type (preview, KONKURS_TYPE_DATE_ENTRY);
  g_assert_true (gtk_widget_get_sensitive (date_entry));
  gtk_editable_set_text (GTK_EDITABLE (date_entry), "20.03.2026");
  konkurs_test_wait_for_rebuild (preview);
  g_assert_nonnull (shown (preview));
  g_assert_cmpstr (konkurs_document_get_title (shown (preview)), ==, "Протокол рассмотрения документов № 7-к");
  g_assert_true (gtk_widget_get_sensitive (konkurs_test_find_button (preview, "_Print…")));

  g_assert_cmpint (g_chdir (dir), ==, 0);
  save_into (preview, dir);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  issue = konkurs_store_find_issue (fixture->base.store, "admission", fixture->competition_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (issue);
  g_assert_cmpstr (issue->number, ==, "7-к");
  g_date_set_dmy (&date, 20, G_DATE_MARCH, 2026);
  g_assert_cmpint (g_date_compare (&issue->date, &date), ==, 0);
  /* three voting members and the secretary */
  g_assert_cmpuint (issue->present->len, ==, 4);
  g_assert_cmpuint (issue->commission->len, ==, 5);
  g_assert_cmpint (issue->language, ==, KONKURS_DOC_LANGUAGE_RU);
  g_assert_cmpstr (issue->issued_by, ==, "Омарова Дина Ержанқызы");

  /* printed again: the number and those present as they were */
  preview = open_preview (fixture, "kk");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (konkurs_test_find_entry_row (preview, "Number"))), ==, "7-к");
  g_assert_false (gtk_check_button_get_active (member_check (preview,
                                                             konkurs_test_commission_name (2, KONKURS_DOC_LANGUAGE_KK))));
  g_assert_cmpstr (konkurs_document_get_title (shown (preview)), ==, "Құжаттарды қарау хаттамасы № 7-к");
  gtk_window_destroy (GTK_WINDOW (preview));
  konkurs_test_remove_pdf_dir (dir);
}

/* A member's position given in Kazakh only: the Russian draft prints it
 * in Kazakh, and the preview says so. */
static void
test_fallbacks (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) members = konkurs_store_list_commission (fixture->base.store, &error);
  KonkursCommissionMember *chair = g_ptr_array_index (members, 0);
  g_autofree char *missing = g_strdup_printf ("Russian position of the commission member “%s”",
                                              konkurs_test_commission_name (0, KONKURS_DOC_LANGUAGE_RU));
  GtkWidget *preview;

  konkurs_local_text_set (chair->position, KONKURS_DOC_LANGUAGE_RU, NULL);
  g_assert_true (konkurs_store_save_commission (fixture->base.store, members, &error));
  g_assert_no_error (error);

  preview = open_preview (fixture, "ru");
  g_assert_true (g_strv_contains (konkurs_document_get_fallbacks (shown (preview)), missing));
  g_assert_nonnull (find_row (preview, missing));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (konkurs_test_find_button (preview, "Kazakh")), TRUE);
  konkurs_test_wait_for_rebuild (preview);
  g_assert_null (konkurs_document_get_fallbacks (shown (preview))[0]);
  g_assert_null (find_row (preview, missing));
  gtk_window_destroy (GTK_WINDOW (preview));
}

/* Preferences */

static gboolean
is_group_titled (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_PREFERENCES_GROUP (widget)
      && g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), data) == 0;
}

static void
type_into (GtkWidget *root, const char *group, const char *row, const char *text)
{
  GtkWidget *in_group = konkurs_test_find_widget (root, is_group_titled, group);

  g_assert_nonnull (in_group);
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (in_group, row)), text);
}

/* What is typed in Preferences is kept, and the documents print it: the
 * place, the commission, the person deciding; two chairs are not kept. */
static void
test_preferences (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(KonkursOrganisation) organisation = NULL;
  g_autoptr(GPtrArray) commission = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *actor = NULL;
  g_autofree char *setting = NULL;
  KonkursPreferencesWindow *window = konkurs_preferences_window_new (NULL, store, settings);
  GtkWidget *member, *error_label;
  KonkursCommissionMember *second;

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (konkurs_test_wait_until (konkurs_test_widget_is_mapped, window));
  type_into (GTK_WIDGET (window), "State Body", "In Kazakh", "Қазақстан Республикасы Қаржы министрлігі");
  type_into (GTK_WIDGET (window), "State Body", "In Russian", "Министерство финансов Республики Казахстан");
  type_into (GTK_WIDGET (window), "Place of the Meetings", "In Russian", "г. Астана");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (GTK_WIDGET (window), "Person Deciding")),
                         "Нұрланова Дана");

  /* a chair, then a member whose role is made chair too */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "preferences.add-member", NULL));
  member = find_row (GTK_WIDGET (window), "New member");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (member, "Name, In Kazakh")), "Қасымов Ерлан");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (member, "Name, In Russian")), "Касымов Ерлан");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "preferences.add-member", NULL));
  member = find_row (GTK_WIDGET (window), "New member");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (member, "Name, In Kazakh")), "Иванов Пётр");
  adw_combo_row_set_selected (ADW_COMBO_ROW (konkurs_test_find_of_type (member, ADW_TYPE_COMBO_ROW)), 0);
  g_assert_true (konkurs_preferences_window_save (window, &error));
  g_assert_no_error (error);
  error_label = konkurs_test_find_error_label (GTK_WIDGET (window));
  g_assert_nonnull (error_label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==, "Not saved yet: The commission has one chair.");
  commission = konkurs_store_list_commission (store, &error);
  g_assert_cmpuint (commission->len, ==, 0);
  g_clear_pointer (&commission, g_ptr_array_unref);

  /* made a member again, and the window closed: everything is kept */
  adw_combo_row_set_selected (ADW_COMBO_ROW (konkurs_test_find_of_type (member, ADW_TYPE_COMBO_ROW)), 2);
  gtk_window_close (GTK_WINDOW (window));
  konkurs_test_drain_main_loop ();

  organisation = konkurs_store_get_organisation (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (konkurs_local_text_get (organisation->state_body, KONKURS_DOC_LANGUAGE_RU), ==,
                   "Министерство финансов Республики Казахстан");
  g_assert_cmpstr (konkurs_local_text_get (organisation->place, KONKURS_DOC_LANGUAGE_RU), ==, "г. Астана");
  commission = konkurs_store_list_commission (store, &error);
  g_assert_cmpuint (commission->len, ==, 2);
  g_assert_cmpint (((KonkursCommissionMember *) g_ptr_array_index (commission, 0))->role, ==, KONKURS_COMMISSION_CHAIR);
  second = g_ptr_array_index (commission, 1);
  g_assert_cmpstr (konkurs_local_text_get (second->name, KONKURS_DOC_LANGUAGE_KK), ==, "Иванов Пётр");
  g_assert_cmpint (second->role, ==, KONKURS_COMMISSION_MEMBER);
  setting = g_settings_get_string (settings, "actor-name");
  g_assert_cmpstr (setting, ==, "Нұрланова Дана");
  actor = konkurs_store_dup_actor (store);
  g_assert_cmpstr (actor, ==, "Нұрланова Дана");

  /* a document prints them */
  {
    gint64 id = konkurs_test_add_competition (store, KONKURS_PROCEDURE_CIVIL_SERVICE, "Қаржы министрлігі", NULL,
                                              2026, G_DATE_MARCH, 2);
    g_autoptr(KonkursCatalog) catalog = konkurs_catalog_new (KONKURS_DOC_LANGUAGE_RU, &error);
    g_autoptr(KonkursDocument) document = konkurs_document_kind_build (&konkurs_admission_protocol_kind, store, id,
                                                                       catalog, NULL, &error);
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    text = konkurs_document_dup_text (document);
    g_assert_nonnull (strstr (text, "г. Астана"));
    g_assert_nonnull (strstr (text, "Касымов Ерлан"));
    /* given in Kazakh only, printed so */
    g_assert_nonnull (strstr (text, "Иванов Пётр"));
  }
}

int
main (int   argc,
      char *argv[])
{
  /* The file chooser records what was saved in the recent files, under
   * the data folder: not the real one. */
  g_autofree char *data_home = konkurs_test_make_tmp_dir ("konkurs-preview-data-XXXXXX");
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/print-preview/draft-and-language", Fixture, NULL, fixture_set_up, test_draft_and_language,
              fixture_tear_down);
  g_test_add ("/print-preview/final-protocol", Fixture, NULL, fixture_set_up, test_final_protocol,
              fixture_tear_down);
  g_test_add ("/print-preview/fallbacks", Fixture, NULL, fixture_set_up, test_fallbacks, fixture_tear_down);
  g_test_add_func ("/preferences/saved-and-used", test_preferences);

  status = g_test_run ();
  konkurs_test_remove_tree (data_home);
  return status;
}
