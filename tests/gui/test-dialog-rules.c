/* test-dialog-rules.c — every dialog as the secretary meets it, in the
 * language of the run (meson runs this program in English, Kazakh and
 * Russian): the focus starts in the first field, Enter saves a valid form
 * and explains an invalid one, nothing is cut short at the default size,
 * and no two buttons read the same
 *
 * Widgets are found by their place, never by their English words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "konkurs-apply-dialog.h"
#include "konkurs-candidate-dialog.h"
#include "konkurs-competition-dialog.h"
#include "konkurs-rule-set-copy-dialog.h"
#include "konkurs-rule-set-dialog.h"
#include "konkurs-stage-rules-dialog.h"
#include "konkurs-country-row.h"
#include "konkurs-date-entry.h"
#include "konkurs-decision-dialog.h"
#include "konkurs-essay-entry-dialog.h"
#include "konkurs-essay-rule-dialog.h"
#include "konkurs-expert-dialog.h"
#include "konkurs-print-preview.h"
#include "konkurs-stage-result-dialog.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-decisions.h"
#include "konkurs-store-organisation.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-dialogs.h"
#include "konkurs-test-essay-area.h"
#include "konkurs-test-stage-results.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-text.h"
#include "konkurs-ui-dates.h"
#include "konkurs-vacancy-dialog.h"

/* The longest names the demonstration data and the rules have. */
#define STATE_BODY "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігінің Алматы облысы бойынша департаменті"
#define POSITION   "Мемлекеттік қызмет және сыбайлас жемқорлыққа қарсы іс-қимыл басқармасының бас сарапшысы"

typedef struct {
  KonkursStore *store;
  gint64        competition_id;   /* announced in March 2025: its deadline is past */
  gint64        vacancy_id;
  gint64        qualified_id;     /* meets every requirement */
  gint64        unqualified_id;   /* has no certificates */
  gint64        eligible_candidacy;
  gint64        ineligible_candidacy;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(KonkursCandidate) qualified = konkurs_test_person_new ("Сейтқалиева", "Гүлнұр", 1994, 7, 12, 100);
  g_autoptr(KonkursCandidate) unqualified = konkurs_test_person_new ("Әбдірахманова", "Айгерім", 1990, 1, 30, 101);
  g_autoptr(KonkursCandidacy) eligible = NULL;
  g_autoptr(KonkursCandidacy) ineligible = NULL;

  fixture->store = konkurs_test_store_open (NULL, NULL);
  fixture->competition_id = konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE, STATE_BODY,
                                                          "Бос мемлекеттік әкімшілік лауазымдарға орналасуға конкурс",
                                                          2025, 3, 3);
  fixture->vacancy_id = konkurs_test_add_vacancy (fixture->store, fixture->competition_id, POSITION, "C-O-5", 2, 3);
  konkurs_test_add_vacancy (fixture->store, fixture->competition_id, POSITION, "C-O-4", 1, 3);
  konkurs_test_make_qualified (qualified);
  fixture->qualified_id = konkurs_test_save_candidate (fixture->store, qualified);
  fixture->unqualified_id = konkurs_test_save_candidate (fixture->store, unqualified);
  eligible = konkurs_test_apply_in_march (fixture->store, fixture->qualified_id, fixture->competition_id,
                                          fixture->vacancy_id, NULL);
  ineligible = konkurs_test_apply_in_march (fixture->store, fixture->unqualified_id, fixture->competition_id,
                                            fixture->vacancy_id, NULL);
  fixture->eligible_candidacy = konkurs_candidacy_get_id (eligible);
  fixture->ineligible_candidacy = konkurs_candidacy_get_id (ineligible);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
}

/* Helpers */

static GtkWidget *
save_button (gpointer dialog)
{
  return GTK_WIDGET (konkurs_edit_dialog_get_save_button (KONKURS_EDIT_DIALOG (dialog)));
}

/* The rules every dialog keeps, at its default size. */
static void
assert_dialog_rules (gpointer    dialog,
                     const char *picture)
{
  int width = 0, height = 0;

  /* The picture first, to see what a failure is about. */
  if (picture != NULL)
    konkurs_test_save_picture (GTK_WIDGET (dialog), picture);
  konkurs_test_assert_nothing_cut (GTK_WIDGET (dialog));
  konkurs_test_assert_buttons_distinct (GTK_WIDGET (dialog));
  /* What the fields ask for does not widen the dialog past its size. */
  gtk_window_get_default_size (GTK_WINDOW (dialog), &width, &height);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (dialog)), <=, width);
}

/* Shows @dialog, checks the rules, and that the focus is in @first. */
static void
open_dialog (gpointer    dialog,
             GtkWidget  *first,
             const char *picture,
             gpointer   *alive)
{
  *alive = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), alive);
  konkurs_test_show_window (dialog);
  g_assert_nonnull (first);
  g_assert_true (konkurs_edit_dialog_get_first_field (KONKURS_EDIT_DIALOG (dialog)) == first ||
                 gtk_widget_is_ancestor (konkurs_edit_dialog_get_first_field (KONKURS_EDIT_DIALOG (dialog)), first));
  konkurs_test_assert_focus_in (first);
  assert_dialog_rules (dialog, picture);
}

/* Enter in @field of an invalid form: nothing saved, the dialog stays,
 * Save says why, and the reason shows in the form. */
static void
assert_enter_explains (gpointer   dialog,
                       GtkWidget *field)
{
  const char *reason;

  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  reason = konkurs_edit_dialog_get_reason (KONKURS_EDIT_DIALOG (dialog));
  g_assert_nonnull (reason);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (save_button (dialog)), ==, reason);
  konkurs_test_press_enter (field);
  g_assert_true (gtk_widget_get_visible (dialog));
  g_assert_nonnull (konkurs_test_find_error_label (GTK_WIDGET (dialog)));
  konkurs_test_assert_focus_in (field);
  assert_dialog_rules (dialog, NULL);
}

static gboolean
is_entry_row (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_ENTRY_ROW (widget);
}

static gboolean
is_choice_list (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LIST_BOX (widget) && gtk_list_box_get_selection_mode (GTK_LIST_BOX (widget)) == GTK_SELECTION_SINGLE;
}

/* The combo row @row with each of its values in turn, none cut short. */
static void
assert_every_value_fits (GtkWidget *dialog,
                         GtkWidget *row)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  guint before = adw_combo_row_get_selected (ADW_COMBO_ROW (row));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
      konkurs_test_wait_for_layout (dialog);
      konkurs_test_assert_nothing_cut (dialog);
    }
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), before);
}

static void
collect_combo_rows (GtkWidget *widget,
                    GPtrArray *rows)
{
  if (ADW_IS_COMBO_ROW (widget))
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_combo_rows (child, rows);
}

static void
assert_every_combo_value_fits (GtkWidget *dialog)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_combo_rows (dialog, rows);
  g_assert_cmpuint (rows->len, >, 0);
  for (guint i = 0; i < rows->len; i++)
    assert_every_value_fits (dialog, rows->pdata[i]);
}

static gboolean
is_warning_label (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "warning");
}

static gboolean
is_shown_warning (GtkWidget *widget, gconstpointer data)
{
  return is_warning_label (widget, data) && gtk_widget_get_visible (widget);
}

/* Tests */

static void
test_translated (void)
{
  /* The run in Kazakh or Russian is one: the catalogue is found. */
  if (g_str_equal (konkurs_test_interface_language (), "en"))
    g_assert_cmpstr (_("Cancel"), ==, "Cancel");
  else
    g_assert_cmpstr (_("Cancel"), !=, "Cancel");
}

static void
test_competition_dialog (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) before = konkurs_store_list_competitions (fixture->store, NULL);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(KonkursCompetition) existing = konkurs_store_get_competition (fixture->store, fixture->competition_id, NULL);
  GtkWidget *dialog, *state_body;
  gpointer alive;

  /* A long state body and each procedure and scope fit. */
  dialog = GTK_WIDGET (konkurs_competition_dialog_new (NULL, fixture->store, existing));
  open_dialog (dialog, konkurs_test_find_widget (dialog, is_entry_row, NULL), "dialog-competition-edit", &alive);
  assert_every_combo_value_fits (dialog);
  /* Moved into Order No. 196's time after candidates applied: it keeps
   * its rules, and says so. */
  g_assert_null (konkurs_test_find_widget (dialog, is_shown_warning, NULL));
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_date_entry (dialog, _("Announcement date"))), "01.04.2026");
  g_assert_nonnull (konkurs_test_find_widget (dialog, is_shown_warning, NULL));
  konkurs_test_wait_for_layout (dialog);
  assert_dialog_rules (dialog, "dialog-competition-keeps-rules");
  konkurs_test_destroy_and_wait (dialog);

  /* A new one: Enter with no state body explains; with one, creates. */
  dialog = GTK_WIDGET (konkurs_competition_dialog_new (NULL, fixture->store, NULL));
  state_body = konkurs_test_find_widget (dialog, is_entry_row, NULL);
  open_dialog (dialog, state_body, "dialog-competition-new", &alive);
  assert_enter_explains (dialog, state_body);
  g_assert_true (gtk_widget_has_css_class (state_body, "error"));
  gtk_editable_set_text (GTK_EDITABLE (state_body), STATE_BODY);
  g_assert_null (konkurs_edit_dialog_get_reason (KONKURS_EDIT_DIALOG (dialog)));
  g_assert_null (gtk_widget_get_tooltip_text (save_button (dialog)));
  konkurs_test_press_enter (state_body);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
  after = konkurs_store_list_competitions (fixture->store, NULL);
  g_assert_cmpuint (after->len, ==, before->len + 1);
}

static gboolean
is_named (GtkWidget *widget, gconstpointer name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

/* The stages of the copy's leadership track: a threshold above the
 * essay's maximum is explained at the field (Enter says why); corrected,
 * Enter saves. */
static void
test_stage_rules_dialog (Fixture        *fixture,
                         KonkursRuleSet *copy)
{
  g_autoptr(KonkursRuleSet) saved = NULL;
  GtkWidget *dialog, *essay, *threshold;
  gpointer alive;

  dialog = GTK_WIDGET (konkurs_stage_rules_dialog_new (NULL, fixture->store, copy, KONKURS_TRACK_LEADERSHIP));
  open_dialog (dialog, konkurs_test_find_of_type (dialog, GTK_TYPE_SPIN_BUTTON), "dialog-stage-rules", &alive);
  essay = konkurs_test_find_widget (dialog, is_named, "essay");
  g_assert_nonnull (essay);
  threshold = konkurs_test_find_of_type (essay, GTK_TYPE_SPIN_BUTTON);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (threshold), 6);
  assert_enter_explains (dialog, threshold);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (threshold), 4);
  konkurs_test_press_enter (threshold);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
  saved = konkurs_store_get_rule_set (fixture->store, konkurs_rule_set_get_id (copy), NULL);
  g_assert_cmpint (konkurs_rule_set_find_stage_rule (saved, KONKURS_TRACK_LEADERSHIP, KONKURS_STAGE_ESSAY)->threshold,
                   ==, 4);
}

static gboolean
is_titled_row (GtkWidget *widget, gconstpointer title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The spin button of the row titled @title in the criterion @number. */
static GtkWidget *
criterion_spin (GtkWidget *dialog, guint number, const char *title)
{
  g_autofree char *name = g_strdup_printf ("criterion-%u", number);
  GtkWidget *group = konkurs_test_find_widget (dialog, is_named, name);

  g_assert_nonnull (group);
  return konkurs_test_find_of_type (konkurs_test_find_widget (group, is_titled_row, title), GTK_TYPE_SPIN_BUTTON);
}

static void
assert_total (GtkWidget *dialog, guint min_total, guint max_total)
{
  g_autofree char *total = konkurs_text_expand_pair (_("from %u to %u points"), min_total, max_total);
  GtkWidget *label = konkurs_test_find_widget (dialog, is_named, "essay-total");

  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, total);
}

/* The essay grading of the copy's Youth Reserve: a criterion whose lowest
 * points are above its highest is explained at the field; a criterion
 * added is refused until named, the total follows it; moved up, the first
 * one removed, Enter saves them in that order. */
static void
test_essay_rule_dialog (Fixture        *fixture,
                        KonkursRuleSet *copy)
{
  const KonkursEssayRule *rule = konkurs_rule_set_get_essay_rule (copy, KONKURS_TRACK_YOUTH_RESERVE);
  guint n = rule->criteria->len, min_total = konkurs_essay_rule_get_min_total (rule);
  guint max_total = konkurs_essay_rule_get_max_total (rule);
  g_autoptr(KonkursRuleSet) saved = NULL;
  const KonkursEssayCriterion *added;
  GtkWidget *dialog, *lowest, *name, *highest;
  gpointer alive;

  g_assert_cmpuint (n, >, 1);
  dialog = GTK_WIDGET (konkurs_essay_rule_dialog_new (NULL, fixture->store, copy, KONKURS_TRACK_YOUTH_RESERVE));
  open_dialog (dialog, konkurs_test_find_of_type (dialog, GTK_TYPE_CHECK_BUTTON), "dialog-essay-rule", &alive);
  assert_total (dialog, min_total, max_total);
  lowest = criterion_spin (dialog, 1, _("Lowest points"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (lowest), 99);
  g_assert_true (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)) == lowest);
  assert_enter_explains (dialog, lowest);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (lowest), ((KonkursEssayCriterion *) g_ptr_array_index (rule->criteria,
                                                                                                       0))->min_points);

  g_assert_true (gtk_widget_activate_action (dialog, "essay-rule.add-criterion", NULL));
  {
    g_autofree char *last = g_strdup_printf ("criterion-%u", n + 1);

    name = konkurs_test_find_widget (konkurs_test_find_widget (dialog, is_named, last), is_titled_row,
                                     _("Kazakh name of the criterion"));
  }
  g_assert_true (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)) == name);
  gtk_editable_set_text (GTK_EDITABLE (name), "Анықтық");
  highest = criterion_spin (dialog, n + 1, _("Highest points"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (highest), 3);
  g_assert_null (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)));
  assert_total (dialog, min_total, max_total + 3);
  g_assert_true (gtk_widget_activate_action (dialog, "essay-rule.move-up", "u", n));
  g_assert_true (gtk_widget_activate_action (dialog, "essay-rule.remove", "u", 0));
  konkurs_test_save_picture (dialog, "dialog-essay-rule-edited");
  konkurs_test_press_enter (criterion_spin (dialog, 1, _("Highest points")));
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));

  saved = konkurs_store_get_rule_set (fixture->store, konkurs_rule_set_get_id (copy), NULL);
  rule = konkurs_rule_set_get_essay_rule (saved, KONKURS_TRACK_YOUTH_RESERVE);
  g_assert_cmpuint (rule->criteria->len, ==, n);
  added = g_ptr_array_index (rule->criteria, n - 2);
  g_assert_cmpstr (konkurs_local_text_get (added->name, KONKURS_DOC_LANGUAGE_KK), ==, "Анықтық");
  g_assert_cmpint (added->max_points, ==, 3);
}

/* Copying a rule set: Enter with no code explains; a code and a name make
 * the copy.  Editing it: every value and date fits, in each language. */
static void
test_rule_set_dialogs (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KonkursRuleSet) order_196 = konkurs_store_find_rule_set_by_code (fixture->store, "order-196", NULL);
  g_autoptr(KonkursRuleSet) copy = NULL;
  GtkWidget *dialog, *code;
  gpointer alive;

  dialog = GTK_WIDGET (konkurs_rule_set_copy_dialog_new (NULL, fixture->store, order_196));
  code = konkurs_test_find_widget (dialog, is_entry_row, NULL);
  open_dialog (dialog, code, "dialog-rule-set-copy", &alive);
  assert_enter_explains (dialog, code);
  gtk_editable_set_text (GTK_EDITABLE (code), "kz-2027");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, _("Name in Kazakh"))),
                         "2027 жылғы конкурс өткізу қағидалары");
  konkurs_test_press_enter (code);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));

  copy = konkurs_store_find_rule_set_by_code (fixture->store, "kz-2027", NULL);
  g_assert_nonnull (copy);
  dialog = GTK_WIDGET (konkurs_rule_set_dialog_new (NULL, fixture->store, copy));
  open_dialog (dialog, konkurs_test_find_widget (dialog, is_entry_row, NULL), "dialog-rule-set-edit", &alive);
  konkurs_test_destroy_and_wait (dialog);
  test_stage_rules_dialog (fixture, copy);
  test_essay_rule_dialog (fixture, copy);
}

static void
test_vacancy_dialog (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(KonkursVacancy) existing = konkurs_store_get_vacancy (fixture->store, fixture->vacancy_id, NULL);
  g_autoptr(GPtrArray) vacancies = NULL;
  GtkWidget *dialog, *title;
  gpointer alive;

  dialog = GTK_WIDGET (konkurs_vacancy_dialog_new (NULL, fixture->store, fixture->competition_id, existing));
  open_dialog (dialog, konkurs_test_find_widget (dialog, is_entry_row, NULL), "dialog-vacancy-edit", &alive);
  assert_every_combo_value_fits (dialog);
  konkurs_test_destroy_and_wait (dialog);

  dialog = GTK_WIDGET (konkurs_vacancy_dialog_new (NULL, fixture->store, fixture->competition_id, NULL));
  title = konkurs_test_find_widget (dialog, is_entry_row, NULL);
  open_dialog (dialog, title, "dialog-vacancy-new", &alive);
  assert_enter_explains (dialog, title);
  gtk_editable_set_text (GTK_EDITABLE (title), POSITION);
  konkurs_test_press_enter (title);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
  vacancies = konkurs_store_list_vacancies (fixture->store, fixture->competition_id, NULL);
  g_assert_cmpuint (vacancies->len, ==, 3);
}

/* The entry rows of the candidate dialog, in order: IIN, surname, name… */
static GtkWidget *
nth_entry_row (GtkWidget *dialog,
               guint      n)
{
  GtkWidget *row = konkurs_test_find_widget (dialog, is_entry_row, NULL);

  for (guint i = 0; i < n && row != NULL; i++)
    {
      GtkWidget *parent = gtk_widget_get_parent (row);

      row = gtk_widget_get_next_sibling (row);
      while (row != NULL && !ADW_IS_ENTRY_ROW (row))
        row = gtk_widget_get_next_sibling (row);
      /* The next group's rows. */
      if (row == NULL)
        {
          GtkWidget *group = gtk_widget_get_ancestor (parent, ADW_TYPE_PREFERENCES_GROUP);

          for (GtkWidget *next = gtk_widget_get_next_sibling (group); next != NULL && row == NULL;
               next = gtk_widget_get_next_sibling (next))
            row = konkurs_test_find_widget (next, is_entry_row, NULL);
        }
    }
  g_assert_nonnull (row);
  return row;
}

static void
test_candidate_dialog (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(KonkursCandidate) qualified = konkurs_store_get_candidate (fixture->store, fixture->qualified_id, NULL);
  GtkWidget *dialog, *iin, *name;
  GtkAdjustment *adjustment;
  char new_iin[KONKURS_IIN_LENGTH + 1];
  gpointer alive;

  /* Every row of every list, with the longest kinds of diploma and
   * certificate. */
  dialog = GTK_WIDGET (konkurs_candidate_dialog_new (NULL, fixture->store, qualified));
  open_dialog (dialog, nth_entry_row (dialog, 0), "dialog-candidate-edit", &alive);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (konkurs_test_find_of_type (dialog,
                                                                                                   GTK_TYPE_SCROLLED_WINDOW)));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  assert_dialog_rules (dialog, "dialog-candidate-edit-rows");
  konkurs_test_destroy_and_wait (dialog);

  dialog = GTK_WIDGET (konkurs_candidate_dialog_new (NULL, fixture->store, NULL));
  iin = nth_entry_row (dialog, 0);
  open_dialog (dialog, iin, "dialog-candidate-new", &alive);
  assert_enter_explains (dialog, iin);

  /* The IIN of somebody registered is named as it is typed. */
  gtk_editable_set_text (GTK_EDITABLE (iin), konkurs_candidate_get_iin (qualified));
  g_assert_nonnull (konkurs_test_find_error_label (dialog));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (konkurs_test_find_error_label (dialog))), "Сейтқалиева"));
  g_assert_nonnull (strstr (konkurs_edit_dialog_get_reason (KONKURS_EDIT_DIALOG (dialog)), "Сейтқалиева"));
  assert_dialog_rules (dialog, "dialog-candidate-duplicate");

  konkurs_test_make_iin (1999, 9, 9, KONKURS_SEX_MALE, 321, new_iin);
  gtk_editable_set_text (GTK_EDITABLE (iin), new_iin);
  gtk_editable_set_text (GTK_EDITABLE (nth_entry_row (dialog, 1)), "Тоқтарұлы");
  name = nth_entry_row (dialog, 2);
  gtk_editable_set_text (GTK_EDITABLE (name), "Ерлан");
  konkurs_test_press_enter (name);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
  g_assert_cmpint (konkurs_store_find_candidate_by_iin (fixture->store, new_iin, NULL), >, 0);
}

/* What this program put on the clipboard of @widget's display. */
static const char *
clipboard_text (GtkWidget *widget)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  static char *text;
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_true (gdk_clipboard_is_local (clipboard));
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (gdk_clipboard_get_content (clipboard), &value, NULL));
  g_free (text);
  text = g_value_dup_string (&value);
  return text;
}

static gboolean
is_label_containing (GtkWidget *widget, gconstpointer data)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), data) != NULL;
}

static gboolean
toast_shown (gpointer data)
{
  return konkurs_test_find_widget (data, is_label_containing, ".pdf") != NULL;
}

/* The receipt in Russian, whatever the interface speaks, saved from the
 * dialog as every document is: named after the candidate, told in the
 * dialog, with the code in it. */
static void
save_receipt_in_russian (KonkursApplyDialog *dialog,
                         KonkursCandidacy   *candidacy)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-receipt-XXXXXX");
  g_autofree char *name = g_strdup_printf ("%s - Сейтқалиева Гүлнұр.pdf", _("Receipt"));
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *text = NULL;
  GtkWidget *chooser, *preview;

  adw_combo_row_set_selected (ADW_COMBO_ROW (konkurs_test_find_of_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW)), 1);
  g_assert_cmpstr (konkurs_apply_dialog_get_receipt_language (dialog), ==, "ru");
  /* The chooser opens in the working directory: see test-print.c. */
  g_assert_cmpint (g_chdir (dir), ==, 0);
  /* through the print preview, over the dialog, in the language chosen */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "apply.save-receipt", NULL));
  preview = konkurs_test_wait_for_preview ();
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (dialog));
  g_assert_cmpstr (konkurs_print_preview_get_language (KONKURS_PRINT_PREVIEW (preview)), ==, "ru");
  g_assert_true (gtk_widget_activate_action (preview, "preview.save-pdf", NULL));
  chooser = konkurs_test_wait_for_toplevel ("GtkFileChooserDialog");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (chooser)) == GTK_WINDOW (preview));
  g_assert_cmpstr (gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser)), ==, name);
  gtk_widget_activate (konkurs_test_find_button (chooser, _("_Save")));
  g_assert_true (konkurs_test_wait_until (toast_shown, dialog));

  text = konkurs_test_pdf_text (path, FALSE);
  g_assert_nonnull (strstr (text, "Расписка о приёме документов"));
  g_assert_nonnull (strstr (text, konkurs_candidacy_get_personal_code (candidacy)));
  konkurs_print_forget (GTK_WIDGET (dialog));
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  konkurs_test_remove_pdf_dir (dir);
}

static void
test_apply_dialog (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(KonkursCandidate) qualified = konkurs_store_get_candidate (fixture->store, fixture->qualified_id, NULL);
  g_autoptr(KonkursCompetition) competition = konkurs_store_get_competition (fixture->store, fixture->competition_id,
                                                                             NULL);
  g_autoptr(GDate) announced = konkurs_test_date_new (2025, 3, 3);
  g_autofree char *announced_text = konkurs_ui_format_date (announced);
  g_autofree char *deadline_text = NULL;
  KonkursApplyDialog *dialog;
  GtkWidget *competitions, *vacancies, *received, *late;
  KonkursCandidacy *candidacy;
  gpointer alive;

  g_assert_true (konkurs_store_compute_deadline (fixture->store, competition, NULL));
  deadline_text = konkurs_ui_format_date (konkurs_competition_get_document_deadline (competition));
  /* A second competition to tell the first from. */
  konkurs_test_add_competition (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE, STATE_BODY,
                                "Бос мемлекеттік әкімшілік лауазымдарға орналасуға конкурс", 2026, 3, 2);
  dialog = konkurs_apply_dialog_new (NULL, fixture->store, qualified, fixture->competition_id);
  competitions = konkurs_test_find_widget (GTK_WIDGET (dialog), is_choice_list, NULL);
  g_assert_nonnull (competitions);
  open_dialog (dialog, GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (competitions))), "dialog-apply",
               &alive);

  /* Competitions of one title tell their state body and dates; vacancies
   * of one position their category and seats. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_selected_row (GTK_LIST_BOX (competitions)))),
                            announced_text));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_selected_row (GTK_LIST_BOX (competitions)))),
                            STATE_BODY));
  vacancies = gtk_widget_get_next_sibling (gtk_widget_get_ancestor (competitions, ADW_TYPE_PREFERENCES_GROUP));
  vacancies = konkurs_test_find_widget (vacancies, is_choice_list, NULL);
  g_assert_nonnull (vacancies);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (vacancies), 0))),
                                   "C-O-5 · 2 "));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (vacancies), 1))),
                                   "C-O-4 · 1 "));

  /* Enter on the competition chosen, with no vacancy chosen yet: said,
   * and the vacancies take the focus. */
  g_signal_emit_by_name (gtk_list_box_get_selected_row (GTK_LIST_BOX (competitions)), "activate");
  konkurs_test_drain_main_loop ();
  g_assert_null (konkurs_apply_dialog_get_candidacy (dialog));
  g_assert_nonnull (konkurs_test_find_error_label (GTK_WIDGET (dialog)));
  konkurs_test_assert_focus_in (vacancies);
  assert_dialog_rules (dialog, NULL);

  /* Today is past the deadline: warned, not refused. */
  received = konkurs_test_find_of_type (GTK_WIDGET (dialog), KONKURS_TYPE_DATE_ENTRY);
  /* The first vacancy she applied to already. */
  gtk_list_box_select_row (GTK_LIST_BOX (vacancies), gtk_list_box_get_row_at_index (GTK_LIST_BOX (vacancies), 1));
  late = konkurs_test_find_widget (GTK_WIDGET (dialog), is_warning_label, NULL);
  g_assert_nonnull (late);
  g_assert_true (gtk_widget_get_visible (late));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (late)), deadline_text));
  g_assert_true (gtk_widget_get_sensitive (save_button (dialog)));
  assert_dialog_rules (dialog, "dialog-apply-late");

  /* A date that is none, or after today, is refused at Enter. */
  gtk_editable_set_text (GTK_EDITABLE (received), "15 3");
  assert_enter_explains (dialog, received);
  gtk_editable_set_text (GTK_EDITABLE (received), "01.01.2099");
  assert_enter_explains (dialog, received);

  /* In time, no warning; Enter records the application. */
  gtk_editable_set_text (GTK_EDITABLE (received), "04.03.2025");
  g_assert_false (gtk_widget_get_visible (late));
  konkurs_test_press_enter (received);
  candidacy = konkurs_apply_dialog_get_candidacy (dialog);
  g_assert_nonnull (candidacy);
  g_assert_cmpint (konkurs_candidacy_get_competition_id (candidacy), ==, fixture->competition_id);
  g_assert_nonnull (alive);

  /* The code, to copy, and a receipt in the interface language. */
  konkurs_test_drain_main_loop ();
  g_assert_cmpstr (konkurs_apply_dialog_get_receipt_language (dialog), ==,
                   g_str_equal (konkurs_test_interface_language (), "ru") ? "ru" : "kk");
  assert_dialog_rules (dialog, "dialog-apply-done");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "apply.copy-code", NULL));
  g_assert_cmpstr (clipboard_text (GTK_WIDGET (dialog)), ==, konkurs_candidacy_get_personal_code (candidacy));
  save_receipt_in_russian (dialog, candidacy);
  konkurs_test_destroy_and_wait (dialog);
}

static void
test_decision_dialog (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(KonkursCandidacy) eligible = konkurs_store_get_candidacy (fixture->store, fixture->eligible_candidacy, NULL);
  g_autoptr(KonkursCandidacy) ineligible = konkurs_store_get_candidacy (fixture->store, fixture->ineligible_candidacy,
                                                                        NULL);
  g_autoptr(KonkursCandidacy) decided = NULL;
  KonkursDecisionDialog *dialog;
  GtkTextView *reason;
  gpointer alive;

  /* Admitting against the engine reads as such, and wants the reason. */
  dialog = konkurs_decision_dialog_new (NULL, fixture->store, ineligible, TRUE, "Әбдірахманова Айгерім");
  reason = GTK_TEXT_VIEW (konkurs_test_find_of_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
  open_dialog (dialog, GTK_WIDGET (reason), "dialog-admit-against", &alive);
  g_assert_cmpstr (konkurs_decision_dialog_get_warning (dialog), ==, _("Admit Against the Automatic Check"));
  g_assert_false (gtk_widget_get_sensitive (save_button (dialog)));
  konkurs_test_press_shortcut (GTK_WIDGET (dialog), "<Control>Return");
  g_assert_nonnull (alive);
  g_assert_nonnull (konkurs_test_find_error_label (GTK_WIDGET (dialog)));
  decided = konkurs_store_get_candidacy (fixture->store, fixture->ineligible_candidacy, NULL);
  g_assert_cmpint (konkurs_candidacy_get_eligibility (decided), ==, KONKURS_ELIGIBILITY_STATE_PENDING);
  g_clear_object (&decided);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (reason), "Сертификаттар келесі аптада ұсынылады.", -1);
  g_assert_null (konkurs_test_find_error_label (GTK_WIDGET (dialog)));
  konkurs_test_press_shortcut (GTK_WIDGET (dialog), "<Control>Return");
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
  decided = konkurs_store_get_candidacy (fixture->store, fixture->ineligible_candidacy, NULL);
  g_assert_cmpint (konkurs_candidacy_get_eligibility (decided), ==, KONKURS_ELIGIBILITY_STATE_ELIGIBLE);

  /* Refusing an eligible candidate: its own title, a red button that says
   * its own verb, beside Cancel. */
  dialog = konkurs_decision_dialog_new (NULL, fixture->store, eligible, FALSE, "Сейтқалиева Гүлнұр");
  reason = GTK_TEXT_VIEW (konkurs_test_find_of_type (GTK_WIDGET (dialog), GTK_TYPE_TEXT_VIEW));
  open_dialog (dialog, GTK_WIDGET (reason), "dialog-refuse-eligible", &alive);
  g_assert_cmpstr (konkurs_decision_dialog_get_warning (dialog), ==, _("Refuse an Eligible Candidate"));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (save_button (dialog))), ==, _("Refuse Admission"));
  g_assert_true (gtk_widget_has_css_class (save_button (dialog), "destructive-action"));
  konkurs_test_destroy_and_wait (dialog);
}

static void
test_discard_question (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *dialog = GTK_WIDGET (konkurs_competition_dialog_new (NULL, fixture->store, NULL));
  AdwMessageDialog *question;
  gpointer alive;

  open_dialog (dialog, konkurs_test_find_widget (dialog, is_entry_row, NULL), "dialog-competition-typed", &alive);
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_widget (dialog, is_entry_row, NULL)), "Агенттік");
  gtk_window_close (GTK_WINDOW (dialog));
  konkurs_test_drain_main_loop ();
  question = konkurs_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  konkurs_test_show_window (question);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (question, "discard"), ==, ADW_RESPONSE_DESTRUCTIVE);
  g_assert_cmpstr (adw_message_dialog_get_response_label (question, "discard"), ==, _("_Discard Changes"));
  konkurs_test_assert_buttons_distinct (GTK_WIDGET (question));
  konkurs_test_assert_nothing_cut (GTK_WIDGET (question));
  konkurs_test_save_picture (GTK_WIDGET (question), "dialog-discard-question");
  adw_message_dialog_response (question, "discard");
  gtk_window_destroy (GTK_WINDOW (question));
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
}

/* The rows the open list of @drop_down shows after @typed was searched. */
static guint
search_countries (GtkDropDown *drop_down,
                  const char  *typed)
{
  GtkWidget *popover = konkurs_test_find_of_type (GTK_WIDGET (drop_down), GTK_TYPE_POPOVER);
  GtkWidget *search = konkurs_test_find_of_type (popover, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *list = konkurs_test_find_of_type (popover, GTK_TYPE_LIST_VIEW);
  guint found;

  g_assert_nonnull (search);
  g_assert_nonnull (list);
  gtk_widget_activate (GTK_WIDGET (drop_down));
  gtk_editable_set_text (GTK_EDITABLE (search), typed);
  konkurs_test_wait_for_layout (popover);
  konkurs_test_save_picture (popover, "input-country-search");
  found = g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list))));
  gtk_popover_popdown (GTK_POPOVER (popover));
  konkurs_test_drain_main_loop ();
  return found;
}

/* Country names come in the interface language, Kazakhstan first, and
 * typing finds them. */
static void
test_country_names (void)
{
  const char *language = konkurs_test_interface_language ();
  KonkursCountryRow *row = KONKURS_COUNTRY_ROW (konkurs_country_row_new ());
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GListModel *model;
  guint found;

  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (row));
  gtk_window_set_child (GTK_WINDOW (window), list);
  konkurs_test_show_window (window);
  model = gtk_drop_down_get_model (konkurs_country_row_get_drop_down (row));
  g_assert_cmpstr (konkurs_country_row_get_code (row), ==, "KZ");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==,
                   g_str_equal (language, "kk") ? "Қазақстан" : g_str_equal (language, "ru") ? "Казахстан"
                                                                                                : "Kazakhstan");
  g_assert_cmpstr (konkurs_country_name ("KG"), ==,
                   g_str_equal (language, "kk") ? "Қырғызстан" : g_str_equal (language, "ru") ? "Киргизия"
                                                                                                   : "Kyrgyzstan");
  found = search_countries (konkurs_country_row_get_drop_down (row),
                            g_str_equal (language, "kk") ? "қаз" : g_str_equal (language, "ru") ? "каз" : "kaz");
  g_assert_cmpuint (found, >=, 1);
  g_assert_cmpuint (found, <, 5);
  konkurs_test_destroy_and_wait (window);
}

/* The result of a stage by hand, for each kind of stage the form follows:
 * the tests with their parts, the members' scores of a practical task
 * (long Kazakh names), the competencies of an assessment centre. */
static KonkursStage *
stage_of (KonkursStore *store, gint64 competition_id, KonkursStageKind kind)
{
  g_autoptr(GError) error = NULL;
  KonkursStage *stage = konkurs_store_find_stage (store, competition_id, kind, &error);

  g_assert_no_error (error);
  return stage;
}

static KonkursStageRow *
first_row (KonkursStore *store, gint64 stage_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = konkurs_store_list_stage_rows (store, stage_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, >, 0);
  return konkurs_stage_row_copy (g_ptr_array_index (rows, 0));
}

static void
check_edit_dialog (gpointer    dialog,
                   const char *picture)
{
  gpointer alive;

  g_assert_nonnull (dialog);
  open_dialog (dialog, konkurs_edit_dialog_get_first_field (KONKURS_EDIT_DIALOG (dialog)), picture, &alive);
  konkurs_test_destroy_and_wait (dialog);
}

static void
check_result_dialog (KonkursStore *store, const KonkursStage *stage, const KonkursStageRow *row, const char *picture)
{
  check_edit_dialog (konkurs_stage_result_dialog_new (NULL, store, stage, row), picture);
}

/* The registry's expert, new and edited, and an essay typed in. */
static void
test_essay_dialogs (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(KonkursTestEssayArea) stage = konkurs_test_essay_area_new (fixture->store, 2);
  g_autoptr(GPtrArray) experts = NULL;
  g_autoptr(GError) error = NULL;

  experts = konkurs_store_list_experts (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (experts->len, >, 0);
  check_edit_dialog (konkurs_expert_dialog_new (NULL, fixture->store, NULL), "dialog-expert-new");
  check_edit_dialog (konkurs_expert_dialog_new (NULL, fixture->store, experts->pdata[0]), "dialog-expert-edit");
  check_edit_dialog (konkurs_essay_entry_dialog_new (NULL, fixture->store, stage->stage_id), "dialog-essay-entry");
}

static void
test_stage_result_dialog (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(KonkursTestStageCompetition) civil = NULL;
  g_autoptr(KonkursTestStageCompetition) reserve = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
  g_autoptr(KonkursStage) testing = NULL;
  g_autoptr(KonkursStage) practical = NULL;
  g_autoptr(KonkursStage) centre = NULL;
  g_autoptr(KonkursStageRow) row = NULL;
  g_autoptr(KonkursStageRow) practical_row = NULL;
  g_autoptr(KonkursStageRow) centre_row = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_CHAIR, "Жақсылықова Гүлжанар Серікқызы",
                                                           "Жаксылыкова Гульжанар Сериковна", "", ""));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_MEMBER, "Нұрмағамбетов Ерболат Құрманұлы",
                                                           "Нурмагамбетов Ерболат Курманович", "", ""));
  g_ptr_array_add (members, konkurs_commission_member_new (KONKURS_COMMISSION_SECRETARY, "Хатшы", "Секретарь", "",
                                                           ""));
  g_assert_true (konkurs_store_save_commission (fixture->store, members, &error));
  g_assert_no_error (error);

  civil = konkurs_test_stage_competition_new (fixture->store, KONKURS_PROCEDURE_CIVIL_SERVICE, 4);
  testing = stage_of (fixture->store, civil->competition_id, KONKURS_STAGE_TESTING);
  row = first_row (fixture->store, testing->id);
  check_result_dialog (fixture->store, testing, row, "dialog-stage-tests");

  konkurs_test_stage_add_results (fixture->store, testing->id, 1);
  g_assert_true (konkurs_store_close_stage (fixture->store, testing->id, TRUE, &error));
  g_assert_no_error (error);
  practical = stage_of (fixture->store, civil->competition_id, KONKURS_STAGE_PRACTICAL_TASK);
  practical_row = first_row (fixture->store, practical->id);
  check_result_dialog (fixture->store, practical, practical_row, "dialog-stage-members");

  /* a stage not reached yet still shows its form as it will be */
  reserve = konkurs_test_stage_competition_new (fixture->store, KONKURS_PROCEDURE_YOUTH_RESERVE, 2);
  centre = stage_of (fixture->store, reserve->competition_id, KONKURS_STAGE_ASSESSMENT_CENTRE);
  centre_row = first_row (fixture->store, reserve->stage_id);
  check_result_dialog (fixture->store, centre, centre_row, "dialog-stage-competencies");
}

int
main (int   argc,
      char *argv[])
{
  /* The file chooser records what was saved in the recent files, under
   * the data folder: not the real one. */
  g_autofree char *data_home = konkurs_test_make_tmp_dir ("konkurs-dialogs-data-XXXXXX");
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  konkurs_test_use_translations ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/dialog-rules/translated", test_translated);
  g_test_add_func ("/dialog-rules/country-names", test_country_names);
  g_test_add ("/dialog-rules/competition", Fixture, NULL, fixture_set_up, test_competition_dialog, fixture_tear_down);
  g_test_add ("/dialog-rules/vacancy", Fixture, NULL, fixture_set_up, test_vacancy_dialog, fixture_tear_down);
  g_test_add ("/dialog-rules/rule-sets", Fixture, NULL, fixture_set_up, test_rule_set_dialogs, fixture_tear_down);
  g_test_add ("/dialog-rules/candidate", Fixture, NULL, fixture_set_up, test_candidate_dialog, fixture_tear_down);
  g_test_add ("/dialog-rules/apply", Fixture, NULL, fixture_set_up, test_apply_dialog, fixture_tear_down);
  g_test_add ("/dialog-rules/decision", Fixture, NULL, fixture_set_up, test_decision_dialog, fixture_tear_down);
  g_test_add ("/dialog-rules/stage-result", Fixture, NULL, fixture_set_up, test_stage_result_dialog,
              fixture_tear_down);
  g_test_add ("/dialog-rules/essays", Fixture, NULL, fixture_set_up, test_essay_dialogs, fixture_tear_down);
  g_test_add ("/dialog-rules/discard-question", Fixture, NULL, fixture_set_up, test_discard_question,
              fixture_tear_down);

  status = g_test_run ();
  konkurs_test_remove_tree (data_home);
  return status;
}
