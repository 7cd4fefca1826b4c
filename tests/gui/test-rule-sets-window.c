/* test-rule-sets-window.c — the Rule Sets window: the list with the orders and
 * their dates, a rule set competitions are bound to shown read-only with
 * the reason, copying one, and editing the copy with its checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "konkurs-edit-dialog.h"
#include "konkurs-essay-rule-dialog.h"
#include "konkurs-rule-set-copy-dialog.h"
#include "konkurs-rule-set-dialog.h"
#include "konkurs-rule-sets-window.h"
#include "konkurs-stage-rules-dialog.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-test-dialogs.h"
#include "konkurs-test-store.h"
#include "konkurs-test-util.h"
#include "konkurs-test-widgets.h"
#include "konkurs-text.h"
#include "konkurs-ui-dates.h"

static gboolean
label_is (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
shows_text (GtkWidget *root, const char *text)
{
  return konkurs_test_find_widget (root, label_is, text) != NULL;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;
  return n;
}

static gboolean
has_action (GtkWidget *widget, gconstpointer action)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* Whether the header bar's button of @action may be pressed. */
static gboolean
action_enabled (GtkWidget *widget, const char *action)
{
  GtkWidget *button = konkurs_test_find_widget (widget, has_action, action);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static KonkursStore *
store_with_competition (const char *dir)
{
  g_autoptr(GError) error = NULL;
  KonkursStore *store = konkurs_test_store_open (dir, NULL);
  g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();
  g_autoptr(GDate) date = g_date_new_dmy (3, 3, 2025);

  konkurs_competition_set_state_body (competition, "Қаржы министрлігі", "Министерство финансов");
  konkurs_competition_set_announcement_date (competition, date);
  g_assert_true (konkurs_store_save_competition (store, competition, &error));
  g_assert_no_error (error);
  return store;
}

static void
save_dialog (gpointer dialog)
{
  GtkButton *save = konkurs_edit_dialog_get_save_button (KONKURS_EDIT_DIALOG (dialog));

  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (save)));
  g_signal_emit_by_name (save, "clicked");
  konkurs_test_drain_main_loop ();
}

static gboolean
is_named (GtkWidget *widget, gconstpointer name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

/* The subtitle of the row of stage @kind in the group of @track. */
static const char *
stage_subtitle (GtkWidget *root, const char *track, const char *kind)
{
  GtkWidget *group = konkurs_test_find_widget (root, is_named, track);
  GtkWidget *row;

  g_assert_nonnull (group);
  row = konkurs_test_find_widget (group, is_named, kind);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* Scrolls the details to the group @name and saves a picture of it. */
static void
show_group (GtkWidget *window, const char *name, const char *picture)
{
  GtkWidget *group = konkurs_test_find_widget (window, is_named, name);
  GtkWidget *scrolled = gtk_widget_get_ancestor (group, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double x = 0, y = 0;

  g_assert_true (gtk_widget_translate_coordinates (group, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled)),
                                                   0, 0, &x, &y));
  gtk_adjustment_set_value (adjustment, y - 12);
  konkurs_test_drain_main_loop ();
  konkurs_test_save_picture (window, picture);
}

/* The stages of each track, in words; read-only while bound, with the
 * reason on the button. */
static void
check_stages_shown (GtkWidget *window, KonkursStore *store)
{
  g_autoptr(KonkursRuleSet) order_40 = konkurs_store_find_rule_set_by_code (store, "kz-2023", NULL);
  const KonkursStageRule *testing = konkurs_rule_set_find_stage_rule (order_40, KONKURS_TRACK_LEADERSHIP,
                                                                      KONKURS_STAGE_TESTING);
  g_autofree char *words = konkurs_stage_rule_describe_in_words (testing, NULL);
  g_autofree char *pass_mark = konkurs_text_expand_pair (_("pass mark %u of %u"), 30, 55);
  GtkWidget *button;

  g_assert_cmpstr (words, !=, "");
  g_assert_true (g_str_has_prefix (stage_subtitle (window, "leadership", "testing"), words));
  g_assert_nonnull (strstr (stage_subtitle (window, "leadership", "testing"), pass_mark));
  g_assert_nonnull (stage_subtitle (window, "youth-reserve", "assessment-centre"));
  g_assert_nonnull (stage_subtitle (window, "non-leadership", "practical-task"));
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (konkurs_test_find_widget (window, is_named,
                                                                                                  "youth-reserve"))),
                   ==, _(konkurs_track_get_label (KONKURS_TRACK_YOUTH_RESERVE)));
  show_group (window, "leadership", "rule-sets-stages");
  show_group (window, "youth-reserve", "rule-sets-youth-stages");
  button = konkurs_test_find_widget (window, has_action, "rule-sets.edit-stages");
  g_assert_false (gtk_widget_is_sensitive (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                   _("A competition was announced under these rules: copy them to change their stages."));
}

static gboolean
is_titled_row (GtkWidget *widget, gconstpointer title)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The Youth Reserve's assessment centre: weights that do not add up to
 * 100 are said at the competencies' weight; the dialog is left unsaved. */
static void
check_weights (GtkWidget *window)
{
  GtkWidget *dialog, *centre, *row, *weight;

  g_assert_true (gtk_widget_activate_action (window, "rule-sets.edit-stages", "i", KONKURS_TRACK_YOUTH_RESERVE));
  dialog = konkurs_test_find_toplevel (KONKURS_TYPE_STAGE_RULES_DIALOG);
  g_assert_nonnull (dialog);
  centre = konkurs_test_find_widget (dialog, is_named, "assessment-centre");
  row = konkurs_test_find_widget (centre, is_titled_row, _("Competencies’ weight, percent"));
  g_assert_nonnull (row);
  weight = konkurs_test_find_of_type (row, GTK_TYPE_SPIN_BUTTON);
  g_assert_null (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (weight), gtk_spin_button_get_value (GTK_SPIN_BUTTON (weight)) - 10);
  g_assert_true (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)) == weight);
  g_assert_true (gtk_widget_has_css_class (weight, "error"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_STAGE_RULES_DIALOG);
}

/* The copy's leadership stages: the essay's threshold above its maximum
 * is refused at the field; a good one is saved and shown. */
static void
edit_stages (GtkWidget *window, KonkursStore *store)
{
  g_autoptr(KonkursRuleSet) copy = NULL;
  g_autofree char *reason = g_strdup_printf (_("Stage %d (%s): %s"), 3, _("Essay"),
                                             _("The threshold of the stage is above its maximum score."));
  g_autofree char *words = g_strdup_printf (_("threshold %u of %u"), 3, 5);
  GtkWidget *dialog, *essay, *threshold;

  g_assert_true (action_enabled (window, "rule-sets.edit-stages"));
  g_assert_true (gtk_widget_activate_action (window, "rule-sets.edit-stages", "i", KONKURS_TRACK_LEADERSHIP));
  dialog = konkurs_test_find_toplevel (KONKURS_TYPE_STAGE_RULES_DIALOG);
  g_assert_nonnull (dialog);
  essay = konkurs_test_find_widget (dialog, is_named, "essay");
  threshold = konkurs_test_find_of_type (essay, GTK_TYPE_SPIN_BUTTON);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (threshold), 9);
  g_assert_true (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)) == threshold);
  g_assert_true (shows_text (dialog, reason));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (threshold), 3);
  g_assert_null (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)));
  konkurs_test_save_picture (dialog, "rule-set-stages");
  save_dialog (dialog);
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_STAGE_RULES_DIALOG);

  copy = konkurs_store_find_rule_set_by_code (store, "kz-2027", NULL);
  g_assert_cmpint (konkurs_rule_set_find_stage_rule (copy, KONKURS_TRACK_LEADERSHIP, KONKURS_STAGE_ESSAY)->threshold,
                   ==, 3);
  g_assert_nonnull (strstr (stage_subtitle (window, "leadership", "essay"), words));
}

/* Each line of the essay rule of @track of @code shows on the page. */
static void
assert_essay_rule_shown (GtkWidget *window, KonkursStore *store, const char *code, KonkursTrack track)
{
  g_autoptr(KonkursRuleSet) rule_set = konkurs_store_find_rule_set_by_code (store, code, NULL);
  g_autofree char *words = konkurs_essay_rule_describe (konkurs_rule_set_get_essay_rule (rule_set, track), NULL);
  g_auto(GStrv) lines = g_strsplit (words, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), >, 3);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_true (shows_text (window, lines[i]));
}

/* The essay grading: shown in words under each track with an essay, with
 * a button that is off while bound; on the copy, a spread limit changed
 * in the dialog is saved and shown. */
static void
check_essay_rule (GtkWidget *window, KonkursStore *store, gboolean bound)
{
  g_autofree char *spread = NULL;
  GtkWidget *button, *dialog, *row;

  assert_essay_rule_shown (window, store, bound ? "kz-2023" : "kz-2027", KONKURS_TRACK_YOUTH_RESERVE);
  assert_essay_rule_shown (window, store, bound ? "kz-2023" : "kz-2027", KONKURS_TRACK_LEADERSHIP);
  button = konkurs_test_find_widget (window, has_action, "rule-sets.edit-essay");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button) == !bound);
  if (bound)
    {
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==,
                       _("A competition was announced under these rules: copy them to change how their essays "
                         "are graded."));
      show_group (window, "youth-reserve-essay", "rule-sets-essay");
      return;
    }
  g_assert_true (gtk_widget_activate_action (window, "rule-sets.edit-essay", "i", KONKURS_TRACK_YOUTH_RESERVE));
  dialog = konkurs_test_find_toplevel (KONKURS_TYPE_ESSAY_RULE_DIALOG);
  g_assert_nonnull (dialog);
  row = konkurs_test_find_widget (dialog, is_titled_row, _("Spread limit, points"));
  g_assert_nonnull (row);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (konkurs_test_find_of_type (row, GTK_TYPE_SPIN_BUTTON)), 4);
  konkurs_test_save_picture (dialog, "rule-set-essay");
  save_dialog (dialog);
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_ESSAY_RULE_DIALOG);
  assert_essay_rule_shown (window, store, "kz-2027", KONKURS_TRACK_YOUTH_RESERVE);
  spread = konkurs_text_expand_count (_("The essay needs resolution when its graders’ totals differ by more than "
                                        "the limit; limit, points: %d"), 4);
  g_assert_true (shows_text (window, spread));
  show_group (window, "youth-reserve-essay", "rule-sets-essay-copy");
}

static void
test_window (void)
{
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-rule-sets-XXXXXX");
  g_autoptr(KonkursStore) store = store_with_competition (dir);
  g_autoptr(KonkursRuleSet) copy = NULL;
  g_autoptr(GError) error = NULL;
  KonkursRuleSetsWindow *window = konkurs_rule_sets_window_new (NULL, store);
  g_autoptr(GDate) march = g_date_new_dmy (31, 3, 2026);
  g_autofree char *end_of_order_40 = konkurs_ui_format_date (march);
  g_autofree char *general_from = g_strdup_printf (_("%s: first day"), _("General competition"));
  g_autofree char *bound = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                         "%u competition was announced under these rules, so they "
                                                         "can no longer change: it keeps them to its end. Copy them "
                                                         "to change them for new competitions.",
                                                         "%u competitions were announced under these rules, so they "
                                                         "can no longer change: each keeps them to its end. Copy them "
                                                         "to change them for new competitions.", 1), 1);
  GtkListBox *list;
  GtkWidget *dialog, *spin, *row;
  int value = 0;

  konkurs_test_show_window (window);
  list = GTK_LIST_BOX (konkurs_test_find_of_type (GTK_WIDGET (window), GTK_TYPE_LIST_BOX));
  g_assert_cmpuint (count_rows (list), ==, 2);

  /* Order No. 40 first, bound: read-only, with the reason, and its values
   * with their names, not their keys */
  g_assert_true (shows_text (GTK_WIDGET (window), bound));
  g_assert_true (shows_text (GTK_WIDGET (window), _("Review of documents, working days")));
  g_assert_false (shows_text (GTK_WIDGET (window), "document-review-days"));
  g_assert_true (shows_text (GTK_WIDGET (window), end_of_order_40));
  g_assert_false (action_enabled (GTK_WIDGET (window), "rule-sets.edit"));
  g_assert_true (action_enabled (GTK_WIDGET (window), "rule-sets.copy"));
  check_stages_shown (GTK_WIDGET (window), store);
  check_essay_rule (GTK_WIDGET (window), store, TRUE);
  konkurs_test_save_picture (GTK_WIDGET (window), "rule-sets");

  /* Copy it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "rule-sets.copy", NULL));
  dialog = konkurs_test_find_toplevel (KONKURS_TYPE_RULE_SET_COPY_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, _("Code"))), "kz-2023");
  /* a code taken is said at the field, and Save stays off */
  g_assert_nonnull (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)));
  g_assert_true (shows_text (dialog, "kz-2023"));
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, _("Code"))), "kz-2027");
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_entry_row (dialog, _("Name in Russian"))), "Правила 2027 года");
  konkurs_test_save_picture (dialog, "rule-set-copy");
  save_dialog (dialog);
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_RULE_SET_COPY_DIALOG);
  g_assert_cmpuint (count_rows (list), ==, 3);
  row = GTK_WIDGET (gtk_list_box_get_selected_row (list));
  g_assert_cmpstr (gtk_widget_get_name (row), ==, "kz-2027");
  g_assert_true (shows_text (GTK_WIDGET (window),
                             _("No competition was announced under these rules yet: they may still be edited.")));
  g_assert_true (action_enabled (GTK_WIDGET (window), "rule-sets.edit"));
  edit_stages (GTK_WIDGET (window), store);
  check_weights (GTK_WIDGET (window));
  check_essay_rule (GTK_WIDGET (window), store, FALSE);

  /* Edit the copy: a value out of range is named at its field */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "rule-sets.edit", NULL));
  dialog = konkurs_test_find_toplevel (KONKURS_TYPE_RULE_SET_DIALOG);
  g_assert_nonnull (dialog);
  /* the first value, by its key: the validity of certificates */
  spin = konkurs_test_find_of_type (dialog, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 0);
  g_assert_true (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)) == spin);
  g_assert_true (gtk_widget_has_css_class (spin, "error"));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (konkurs_edit_dialog_get_save_button (KONKURS_EDIT_DIALOG (dialog)))));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 21);
  g_assert_null (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)));

  /* general from 2027 meets Order No. 196: the store refuses, naming it */
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_date_entry (dialog, general_from)),
                         "01.01.2027");
  g_assert_null (konkurs_edit_dialog_validate (KONKURS_EDIT_DIALOG (dialog)));
  konkurs_test_save_picture (dialog, "rule-set-edit");
  save_dialog (dialog);
  g_assert_nonnull (konkurs_test_find_toplevel (KONKURS_TYPE_RULE_SET_DIALOG));
  g_assert_true (shows_text (dialog, "order-196"));
  gtk_editable_set_text (GTK_EDITABLE (konkurs_test_find_date_entry (dialog, general_from)), "");
  save_dialog (dialog);
  konkurs_test_wait_for_no_toplevel (KONKURS_TYPE_RULE_SET_DIALOG);

  copy = konkurs_store_find_rule_set_by_code (store, "kz-2027", &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_rule_set_lookup_int (copy, "certificate-validity-months", &value));
  g_assert_cmpint (value, ==, 21);

  konkurs_test_destroy_and_wait (window);
}

int
main (int argc, char *argv[])
{
  konkurs_test_use_translations ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/rule-sets/window", test_window);
  return g_test_run ();
}
