/* test-candidate-rows.c — the rows of the candidate dialog's lists (a
 * diploma, a period of work, a certificate): what they show, what they
 * give back, what they find wrong; and the rows inside the real dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-candidate-dialog.h"
#include "konkurs-certificate-row.h"
#include "konkurs-education-row.h"
#include "konkurs-employment-row.h"
#include "konkurs-exclusion-row.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-ui-dates.h"

/* Helpers */

static gboolean
is_named_entry (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_ENTRY (widget) &&
         g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), data) == 0;
}

/* The entry with placeholder @placeholder inside @root. */
static GtkEditable *
entry (gpointer    root,
       const char *placeholder)
{
  GtkWidget *found = konkurs_test_find_widget (GTK_WIDGET (root), is_named_entry, placeholder);

  g_assert_nonnull (found);
  return GTK_EDITABLE (found);
}

static GtkDropDown *
dropdown (gpointer root)
{
  GtkWidget *found = konkurs_test_find_of_type (GTK_WIDGET (root), GTK_TYPE_DROP_DOWN);

  g_assert_nonnull (found);
  return GTK_DROP_DOWN (found);
}

static gboolean
has_error (GtkEditable *field)
{
  return gtk_widget_has_css_class (GTK_WIDGET (field), "error");
}

/* @row refuses what it holds with @expected, marking the field with
 * @placeholder. */
static void
assert_refuses (gpointer    row,
                const char *placeholder,
                const char *expected)
{
  g_autofree char *message = NULL;

  g_assert_false (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), &message));
  g_assert_cmpstr (message, ==, expected);
  g_assert_true (has_error (entry (row, placeholder)));
}

/* A window with a list as the dialog has one, holding @row after @before
 * other rows. */
static GtkWidget *
list_with (gpointer row,
           guint    before)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  for (guint i = 0; i < before; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), gtk_list_box_row_new ());
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
count_removes (gpointer row,
               guint   *count)
{
  (*count)++;
}

static void
assert_remove_button (gpointer row)
{
  GtkWidget *remove = konkurs_test_find_of_type (GTK_WIDGET (row), GTK_TYPE_BUTTON);
  guint removes = 0;

  g_assert_nonnull (remove);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (remove), ==, "Remove");
  g_signal_connect (row, "remove", G_CALLBACK (count_removes), &removes);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_cmpuint (removes, ==, 1);
}

/* The rows alone */

static void
test_education_row (void)
{
  g_autoptr(KonkursEducationEntry) diploma = konkurs_education_entry_new (KONKURS_EDUCATION_POSTGRADUATE,
                                                                          "Құқықтану", "ҚазҰУ", 2015);
  g_autoptr(KonkursEducationEntry) empty = NULL;
  g_autoptr(KonkursEducationEntry) back = NULL;
  GtkWidget *window;
  KonkursEducationRow *row;
  g_autofree char *message = NULL;

  /* A new row: higher education, nothing typed, nothing wrong. */
  row = g_object_ref_sink (konkurs_education_row_new (NULL));
  empty = konkurs_education_row_dup_entry (row);
  g_assert_cmpint (empty->level, ==, KONKURS_EDUCATION_HIGHER);
  g_assert_cmpstr (empty->field, ==, "");
  g_assert_cmpint (empty->year, ==, 0);
  g_assert_true (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), &message));
  g_assert_null (message);
  g_object_unref (row);

  /* A diploma comes back as it went in. */
  row = konkurs_education_row_new (diploma);
  window = list_with (row, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown (row)), ==, 3);
  g_assert_cmpstr (gtk_editable_get_text (entry (row, "Year")), ==, "2015");
  back = konkurs_education_row_dup_entry (row);
  g_assert_cmpint (back->level, ==, KONKURS_EDUCATION_POSTGRADUATE);
  g_assert_cmpstr (back->field, ==, "Құқықтану");
  g_assert_cmpstr (back->institution, ==, "ҚазҰУ");
  g_assert_cmpint (back->year, ==, 2015);

  /* A year that is none is marked and told, with the row's place: no
   * number in the form's words, an impossible one in the rules'. */
  gtk_editable_set_text (entry (row, "Year"), "2015a");
  assert_refuses (row, "Year", "Education 2: “2015a” is not a year of graduation.");
  gtk_editable_set_text (entry (row, "Year"), "15");
  assert_refuses (row, "Year", "Education 2: the year of graduation 15 is not possible.");
  gtk_editable_set_text (entry (row, "Year"), "2100");
  g_assert_true (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), NULL));
  gtk_editable_set_text (entry (row, "Year"), "2101");
  g_assert_false (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), NULL));
  gtk_editable_set_text (entry (row, "Year"), "");
  g_assert_true (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), NULL));
  g_assert_false (has_error (entry (row, "Year")));

  assert_remove_button (row);
  konkurs_test_destroy_and_wait (window);
}

static void
test_employment_row (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_MARCH, 2019);
  g_autoptr(KonkursEmployment) job = konkurs_employment_new ("Әділет министрлігі", "Бас сарапшы", start, NULL);
  g_autoptr(KonkursEmployment) back = NULL;
  GtkWidget *window;
  KonkursEmploymentRow *row = konkurs_employment_row_new (job);
  KonkursWorkPeriod period;

  window = list_with (row, 0);
  /* Dates read in full, as the window writes them everywhere. */
  g_assert_cmpstr (gtk_editable_get_text (entry (row, "Start date")), ==, "1 March 2019");
  g_assert_cmpstr (gtk_editable_get_text (entry (row, "Still working there")), ==, "");

  /* Still working there: the period runs on. */
  g_assert_true (konkurs_employment_row_get_period (row, &period));
  g_assert_cmpint (g_date_compare (&period.start, start), ==, 0);
  g_assert_false (g_date_valid (&period.end));
  back = konkurs_employment_row_dup_employment (row);
  g_assert_cmpstr (back->employer, ==, "Әділет министрлігі");
  g_assert_cmpstr (back->position, ==, "Бас сарапшы");
  g_assert_cmpint (g_date_compare (&back->start, start), ==, 0);
  g_assert_false (g_date_valid (&back->end));
  g_assert_false (back->civil_service);
  g_assert_true (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), NULL));

  /* The kinds of experience, for a vacancy's alternatives. */
  {
    GtkWidget *check = konkurs_test_find_of_type (GTK_WIDGET (row), GTK_TYPE_CHECK_BUTTON);
    g_autoptr(KonkursEmployment) flagged = NULL;

    g_assert_cmpstr (gtk_check_button_get_label (GTK_CHECK_BUTTON (check)), ==, "In the civil service");
    gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
    flagged = konkurs_employment_row_dup_employment (row);
    g_assert_true (flagged->civil_service);
    g_assert_false (flagged->in_field);
    g_assert_true (konkurs_employment_row_get_period (row, &period));
    g_assert_true (period.civil_service);
  }

  /* An end before the start. */
  gtk_editable_set_text (entry (row, "Still working there"), "28.02.2019");
  g_assert_true (konkurs_employment_row_get_period (row, &period));
  assert_refuses (row, "Still working there",
                  "Work period 1 ends on 28.02.2019, before it starts on 01.03.2019.");

  /* What the store would refuse is told here first, in its words. */
  gtk_editable_set_text (entry (row, "Still working there"), "");
  gtk_editable_set_text (entry (row, "Employer"), " ");
  assert_refuses (row, "Employer", "Work period 1: the employer is required.");
  gtk_editable_set_text (entry (row, "Employer"), "Әділет министрлігі");
  gtk_editable_set_text (entry (row, "Start date"), "");
  assert_refuses (row, "Start date", "Work period 1: the start date is required.");
  g_assert_false (has_error (entry (row, "Employer")));

  /* A start that is no date: no period, and said first. */
  gtk_editable_set_text (entry (row, "Start date"), "March 2019");
  g_assert_false (konkurs_employment_row_get_period (row, &period));
  assert_refuses (row, "Start date",
                  "Work period 1: write the start date as 14.05.1995, or pick it in the calendar.");

  /* Typed as people type it, it is a date, written in full once the
   * field is left. */
  gtk_editable_set_text (entry (row, "Start date"), "2019-03-01");
  g_assert_true (konkurs_employment_row_get_period (row, &period));
  g_assert_cmpint (g_date_compare (&period.start, start), ==, 0);

  assert_remove_button (row);
  konkurs_test_destroy_and_wait (window);
}

static gboolean
is_caption (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "caption");
}

static void
test_certificate_row (void)
{
  g_autoptr(GDate) long_ago = g_date_new_dmy (10, G_DATE_JANUARY, 2020);
  g_autoptr(KonkursCandidateCertificate) certificate =
    konkurs_candidate_certificate_new (KONKURS_CERTIFICATE_STATE_LANGUAGE, long_ago, "B2", "Nº 1234");
  g_autoptr(KonkursCandidateCertificate) back = NULL;
  GtkWidget *window;
  KonkursCertificateRow *row = konkurs_certificate_row_new (certificate, 12);
  g_autofree char *today_text = NULL;
  GtkWidget *validity;
  GDate today;

  window = list_with (row, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown (row)), ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (entry (row, "Date passed")), ==, "10 January 2020");

  /* Checking tells until when it was valid; the number it came with stays. */
  g_assert_true (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), NULL));
  validity = konkurs_test_find_widget (GTK_WIDGET (row), is_caption, NULL);
  g_assert_nonnull (validity);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (validity)), "Expired: it was valid until "));
  back = konkurs_certificate_row_dup_certificate (row);
  g_assert_cmpint (back->kind, ==, KONKURS_CERTIFICATE_STATE_LANGUAGE);
  g_assert_cmpstr (back->result, ==, "B2");
  g_assert_cmpstr (back->number, ==, "Nº 1234");
  g_assert_cmpint (g_date_compare (&back->passed_on, long_ago), ==, 0);

  /* Passed today: valid for a year yet. */
  konkurs_ui_get_today (&today);
  today_text = konkurs_ui_format_date_input (&today);
  gtk_editable_set_text (entry (row, "Date passed"), today_text);
  g_assert_true (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), NULL));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (validity)), "Valid until "));

  gtk_editable_set_text (entry (row, "Date passed"), "");
  assert_refuses (row, "Date passed", "Certificate 3: the date the test was passed is required.");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (validity)), ==, "");
  gtk_editable_set_text (entry (row, "Date passed"), "in May");
  assert_refuses (row, "Date passed",
                  "Certificate 3: write the date the test was passed as 14.05.1995, or pick it in the calendar.");

  assert_remove_button (row);
  konkurs_test_destroy_and_wait (window);
}

/* The numeric result and the level: validated at the field, kept, and
 * the level offered only for the state language. */
static void
test_certificate_result (void)
{
  g_autoptr(GDate) passed = g_date_new_dmy (10, G_DATE_JANUARY, 2026);
  g_autoptr(KonkursCandidateCertificate) certificate =
    konkurs_candidate_certificate_new (KONKURS_CERTIFICATE_STATE_LANGUAGE, passed, "", "");
  g_autoptr(KonkursCandidateCertificate) back = NULL;
  KonkursCertificateRow *row;
  GtkWidget *window, *level;

  certificate->score = 88;
  certificate->max_score = 100;
  certificate->level = KONKURS_LANGUAGE_LEVEL_B1;
  row = konkurs_certificate_row_new (certificate, 12);
  window = list_with (row, 0);
  g_assert_cmpstr (gtk_editable_get_text (entry (row, "Score")), ==, "88");
  g_assert_cmpstr (gtk_editable_get_text (entry (row, "Maximum")), ==, "100");
  level = gtk_widget_get_last_child (gtk_widget_get_parent (GTK_WIDGET (entry (row, "Score"))));
  g_assert_true (GTK_IS_DROP_DOWN (level));
  g_assert_true (gtk_widget_get_visible (level));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (level)), ==, KONKURS_LANGUAGE_LEVEL_B1);
  g_assert_true (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), NULL));
  back = konkurs_certificate_row_dup_certificate (row);
  g_assert_cmpint (back->score, ==, 88);
  g_assert_cmpint (back->max_score, ==, 100);
  g_assert_cmpint (back->level, ==, KONKURS_LANGUAGE_LEVEL_B1);

  gtk_editable_set_text (entry (row, "Score"), "101");
  assert_refuses (row, "Score",
                  "Certificate 1: the score must be between 0 and the maximum score, which is at most 1000.");
  gtk_editable_set_text (entry (row, "Score"), "4x");
  assert_refuses (row, "Score", "Certificate 1: the score is a whole number, such as 42.");
  gtk_editable_set_text (entry (row, "Score"), "");
  assert_refuses (row, "Score", "Certificate 1: give both the score and the maximum score, or neither.");
  gtk_editable_set_text (entry (row, "Maximum"), "");
  g_assert_true (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), NULL));
  g_assert_false (has_error (entry (row, "Score")));

  /* another kind has no level */
  gtk_drop_down_set_selected (dropdown (row), 0);
  g_assert_false (gtk_widget_get_visible (level));
  g_clear_pointer (&back, konkurs_candidate_certificate_free);
  back = konkurs_certificate_row_dup_certificate (row);
  g_assert_cmpint (back->level, ==, KONKURS_LANGUAGE_LEVEL_NONE);
  konkurs_test_destroy_and_wait (window);
}

static void
test_exclusion_row (void)
{
  KonkursExclusionPeriod period = { KONKURS_EXCLUSION_CORPS_A }, back;
  KonkursExclusionRow *row;
  GtkWidget *window;

  g_date_clear (&period.from, 1);
  g_date_set_dmy (&period.from, 1, G_DATE_MARCH, 2020);
  g_date_clear (&period.until, 1);
  row = konkurs_exclusion_row_new (&period);
  window = list_with (row, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown (row)), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (entry (row, "Since before")), ==, "1 March 2020");
  g_assert_cmpstr (gtk_editable_get_text (entry (row, "Still holds")), ==, "");
  g_assert_true (konkurs_edit_row_check (KONKURS_EDIT_ROW (row), NULL));
  konkurs_exclusion_row_get_period (row, &back);
  g_assert_cmpint (back.kind, ==, KONKURS_EXCLUSION_CORPS_A);
  g_assert_cmpint (g_date_compare (&back.from, &period.from), ==, 0);
  g_assert_false (g_date_valid (&back.until));

  gtk_editable_set_text (entry (row, "Still holds"), "28.02.2020");
  assert_refuses (row, "Still holds", "Exclusion 2: it ends before it begins.");
  gtk_editable_set_text (entry (row, "Still holds"), "soon");
  assert_refuses (row, "Still holds", "Exclusion 2: write the last day as 14.05.1995, or pick it in the calendar; "
                                      "leave it empty while it still holds.");
  assert_remove_button (row);
  konkurs_test_destroy_and_wait (window);
}

/* The rows in the dialog */

static gboolean
is_button_with_tooltip (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), data) == 0;
}

static gboolean
is_visible_label_containing (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

static gboolean
is_label_reading (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static void
test_rows_in_dialog (void)
{
  g_autoptr(KonkursStore) store = konkurs_test_store_open (NULL, NULL);
  g_autoptr(KonkursCandidate) saved = NULL;
  GtkWidget *dialog, *save, *row, *second;
  char iin[KONKURS_IIN_LENGTH + 1];
  gpointer alive;
  gint64 id;

  konkurs_test_make_iin (1994, 7, 12, KONKURS_SEX_FEMALE, 100, iin);
  dialog = GTK_WIDGET (konkurs_candidate_dialog_new (NULL, store, NULL));
  alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
  gtk_window_present (GTK_WINDOW (dialog));
  save = konkurs_test_find_button (dialog, "Register");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, "IIN")), iin);
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, "Surname")), "Әлиева");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, "Name")), "Әлия");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* A new row is watched like any field: a wrong year stops Register and
   * is told under the list. */
  g_signal_emit_by_name (konkurs_test_find_widget (dialog, is_button_with_tooltip, "Add a diploma"), "clicked");
  row = konkurs_test_find_of_type (dialog, KONKURS_TYPE_EDUCATION_ROW);
  g_assert_nonnull (row);
  gtk_editable_set_text (entry (row, "Year"), "15");
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_visible_label_containing,
                                              "Education 1: the year of graduation 15 is not possible."));
  /* Each row says which it is, and the rows count again when one goes:
   * the second diploma becomes Education 1. */
  g_assert_nonnull (konkurs_test_find_widget (row, is_label_reading, "Education 1"));
  g_signal_emit_by_name (konkurs_test_find_widget (dialog, is_button_with_tooltip, "Add a diploma"), "clicked");
  second = gtk_widget_get_next_sibling (row);
  g_assert_true (KONKURS_IS_EDUCATION_ROW (second));
  g_assert_nonnull (konkurs_test_find_widget (second, is_label_reading, "Education 2"));
  g_signal_emit_by_name (konkurs_test_find_widget (row, is_button_with_tooltip, "Remove"), "clicked");
  g_assert_true (konkurs_test_find_of_type (dialog, KONKURS_TYPE_EDUCATION_ROW) == second);
  g_assert_nonnull (konkurs_test_find_widget (second, is_label_reading, "Education 1"));
  row = second;
  gtk_editable_set_text (entry (row, "Year"), "2015");
  gtk_editable_set_text (entry (row, "Field of study"), "Құқықтану");
  g_assert_true (gtk_widget_get_sensitive (save));

  /* A period of work added, then taken away again. */
  g_signal_emit_by_name (konkurs_test_find_widget (dialog, is_button_with_tooltip, "Add a period of work"),
                         "clicked");
  row = konkurs_test_find_of_type (dialog, KONKURS_TYPE_EMPLOYMENT_ROW);
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_sensitive (save));   /* no employer yet */
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_visible_label_containing,
                                              "Work period 1: the employer is required."));
  g_signal_emit_by_name (konkurs_test_find_widget (row, is_button_with_tooltip, "Remove"), "clicked");
  g_assert_null (konkurs_test_find_of_type (dialog, KONKURS_TYPE_EMPLOYMENT_ROW));
  g_assert_true (gtk_widget_get_sensitive (save));

  g_signal_emit_by_name (konkurs_test_find_widget (dialog, is_button_with_tooltip, "Add a certificate"), "clicked");
  row = konkurs_test_find_of_type (dialog, KONKURS_TYPE_CERTIFICATE_ROW);
  gtk_editable_set_text (entry (row, "Date passed"), "15.03.2025");
  g_assert_true (konkurs_edit_dialog_is_dirty (KONKURS_EDIT_DIALOG (dialog)));

  /* Saved, the rows' values are the candidate's. */
  g_signal_emit_by_name (save, "clicked");
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
  id = konkurs_store_find_candidate_by_iin (store, iin, NULL);
  g_assert_cmpint (id, >, 0);
  saved = konkurs_store_get_candidate (store, id, NULL);
  g_assert_cmpuint (konkurs_candidate_get_education (saved)->len, ==, 1);
  g_assert_cmpstr (((KonkursEducationEntry *) konkurs_candidate_get_education (saved)->pdata[0])->field, ==,
                   "Құқықтану");
  g_assert_cmpuint (konkurs_candidate_get_employments (saved)->len, ==, 0);
  g_assert_cmpuint (konkurs_candidate_get_certificates (saved)->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/candidate-rows/education", test_education_row);
  g_test_add_func ("/candidate-rows/employment", test_employment_row);
  g_test_add_func ("/candidate-rows/certificate", test_certificate_row);
  g_test_add_func ("/candidate-rows/certificate-result", test_certificate_result);
  g_test_add_func ("/candidate-rows/exclusion", test_exclusion_row);
  g_test_add_func ("/candidate-rows/in-dialog", test_rows_in_dialog);

  return g_test_run ();
}
