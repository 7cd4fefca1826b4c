/* test-dialogs.c — the dialog pieces every area shares: the error dialog,
 * the base of edit dialogs and the progress dialog of a long job
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "konkurs-edit-dialog.h"
#include "konkurs-error-dialog.h"
#include "konkurs-job-dialog.h"
#include "konkurs-store.h"
#include "konkurs-test-dialogs.h"
#include "konkurs-test-widgets.h"

/* An edit dialog as an area writes one: a template whose parent is
 * KonkursEditDialog, a validate() and a save(). */
#define TEST_TYPE_EDIT_DIALOG (test_edit_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TestEditDialog, test_edit_dialog, TEST, EDIT_DIALOG, KonkursEditDialog)

struct _TestEditDialog
{
  KonkursEditDialog  parent_instance;

  guint              n_saved;
  gboolean           finish_on_save;

  AdwEntryRow       *name_row;
  GtkSwitch         *reserve_switch;
  GtkLabel          *error_label;
};

G_DEFINE_FINAL_TYPE (TestEditDialog, test_edit_dialog, KONKURS_TYPE_EDIT_DIALOG)

static const char test_edit_dialog_ui[] =
  "<interface>"
  "  <template class=\"TestEditDialog\" parent=\"KonkursEditDialog\">"
  "    <property name=\"title\">New Record</property>"
  "    <property name=\"save-label\">Create</property>"
  "    <property name=\"error-label\">error_label</property>"
  "    <child>"
  "      <object class=\"GtkBox\" id=\"body\">"
  "        <property name=\"orientation\">vertical</property>"
  "        <child>"
  "          <object class=\"AdwEntryRow\" id=\"name_row\">"
  "            <property name=\"title\">Name</property>"
  "            <property name=\"activates-default\">True</property>"
  "          </object>"
  "        </child>"
  "        <child>"
  "          <object class=\"GtkSwitch\" id=\"reserve_switch\"/>"
  "        </child>"
  "        <child>"
  "          <object class=\"GtkLabel\" id=\"error_label\">"
  "            <property name=\"visible\">False</property>"
  "            <style><class name=\"error\"/></style>"
  "          </object>"
  "        </child>"
  "      </object>"
  "    </child>"
  "  </template>"
  "</interface>";

/* A name is needed; "error" is shown beside it once it was touched. */
static GtkWidget *
test_edit_dialog_validate (KonkursEditDialog *dialog)
{
  TestEditDialog *self = TEST_EDIT_DIALOG (dialog);
  gboolean empty = gtk_editable_get_text (GTK_EDITABLE (self->name_row))[0] == '\0';
  gboolean touched = konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->name_row));

  if (empty && touched)
    gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  return empty ? GTK_WIDGET (self->name_row) : NULL;
}

/* The store refuses the name "refuse". */
static gboolean
test_edit_dialog_save (KonkursEditDialog  *dialog,
                       GError            **error)
{
  TestEditDialog *self = TEST_EDIT_DIALOG (dialog);

  if (g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), "refuse"))
    {
      g_set_error_literal (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID, "That name is taken.");
      return FALSE;
    }
  self->n_saved++;
  if (self->finish_on_save)
    konkurs_edit_dialog_finish (dialog);
  return TRUE;
}

static void
test_edit_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TEST_TYPE_EDIT_DIALOG);
  G_OBJECT_CLASS (test_edit_dialog_parent_class)->dispose (object);
}

static void
test_edit_dialog_class_init (TestEditDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  g_autoptr(GBytes) template = g_bytes_new_static (test_edit_dialog_ui, sizeof test_edit_dialog_ui - 1);

  G_OBJECT_CLASS (klass)->dispose = test_edit_dialog_dispose;
  KONKURS_EDIT_DIALOG_CLASS (klass)->validate = test_edit_dialog_validate;
  KONKURS_EDIT_DIALOG_CLASS (klass)->save = test_edit_dialog_save;

  gtk_widget_class_set_template (widget_class, template);
  gtk_widget_class_bind_template_child (widget_class, TestEditDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, TestEditDialog, reserve_switch);
  gtk_widget_class_bind_template_child (widget_class, TestEditDialog, error_label);
}

static void
test_edit_dialog_init (TestEditDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A dialog on screen, its name filled with @name, then watched. */
static TestEditDialog *
open_edit_dialog (const char *name,
                  gpointer   *alive)
{
  TestEditDialog *self = g_object_new (TEST_TYPE_EDIT_DIALOG, NULL);

  *alive = self;
  g_object_add_weak_pointer (G_OBJECT (self), alive);
  /* Filling the fields is no change of the user's. */
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

static GtkWidget *
save_button (TestEditDialog *self)
{
  return GTK_WIDGET (konkurs_edit_dialog_get_save_button (KONKURS_EDIT_DIALOG (self)));
}

static AdwMessageDialog *
find_question (void)
{
  return konkurs_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* The error dialog */

static void
test_error_dialog (void)
{
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No such file “a.xml”");
  GtkWidget *parent = adw_window_new ();
  AdwMessageDialog *dialog;

  gtk_window_present (GTK_WINDOW (parent));

  /* Something to put right: the advice follows the message. */
  dialog = konkurs_error_dialog_present (GTK_WINDOW (parent), G_LOG_LEVEL_MESSAGE, "Import Failed", error,
                                         "Nothing was imported.");
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (parent));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Import Failed");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "No such file “a.xml”\n\nNothing was imported.");
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "close"), ==, "_Close");
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* A fault is logged as a warning, and the body is the message alone. */
  g_test_expect_message ("Konkurs-widgets", G_LOG_LEVEL_WARNING, "Could Not Print: No such file “a.xml”");
  dialog = konkurs_error_dialog_present (NULL, G_LOG_LEVEL_WARNING, "Could Not Print", error, NULL);
  g_test_assert_expected_messages ();
  g_assert_null (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "No such file “a.xml”");
  gtk_window_destroy (GTK_WINDOW (dialog));

  konkurs_test_destroy_and_wait (parent);
}

/* The base of edit dialogs */

static gboolean
is_header_bar (GtkWidget *widget, gconstpointer data)
{
  return ADW_IS_HEADER_BAR (widget);
}

static void
test_edit_dialog_layout (void)
{
  gpointer alive;
  TestEditDialog *self = open_edit_dialog ("", &alive);
  GtkWidget *header = konkurs_test_find_widget (GTK_WIDGET (self), is_header_bar, NULL);
  GtkWidget *cancel, *body;

  /* Cancel and the subclass's Save in the header bar, the body under it,
   * Save the default widget, the window modal. */
  g_assert_nonnull (header);
  cancel = konkurs_test_find_button (header, "Cancel");
  g_assert_nonnull (cancel);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (cancel)), ==, "window.close");
  g_assert_true (gtk_widget_is_ancestor (save_button (self), header));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (save_button (self))), ==, "Create");
  g_assert_true (gtk_widget_has_css_class (save_button (self), "suggested-action"));
  g_assert_true (gtk_window_get_default_widget (GTK_WINDOW (self)) == save_button (self));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (self)));
  body = gtk_widget_get_parent (GTK_WIDGET (self->name_row));
  g_assert_true (gtk_widget_get_prev_sibling (body) == header);
  g_assert_false (gtk_widget_is_ancestor (GTK_WIDGET (self->name_row), header));

  konkurs_edit_dialog_set_save_label (KONKURS_EDIT_DIALOG (self), "Save");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (save_button (self))), ==, "Save");

  konkurs_test_destroy_and_wait (self);
}

static gboolean
is_escape_closing (GtkShortcut *shortcut)
{
  GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
  GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_Escape &&
         GTK_IS_NAMED_ACTION (action) &&
         g_strcmp0 (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "window.close") == 0;
}

static void
test_edit_dialog_escape (void)
{
  gpointer alive;
  TestEditDialog *self = open_edit_dialog ("", &alive);
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self));
  gboolean found = FALSE;

  /* Escape closes, the way Cancel does, in every subclass. */
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !found; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          found = is_escape_closing (shortcut);
        }
    }
  g_assert_true (found);

  konkurs_test_destroy_and_wait (self);
}

static void
test_edit_dialog_validation (void)
{
  gpointer alive;
  TestEditDialog *self = open_edit_dialog ("", &alive);
  KonkursEditDialog *dialog = KONKURS_EDIT_DIALOG (self);

  /* Invalid from the start: Save off, the field named, no error yet. */
  g_assert_false (gtk_widget_get_sensitive (save_button (self)));
  g_assert_true (konkurs_edit_dialog_validate (dialog) == GTK_WIDGET (self->name_row));
  g_assert_false (konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->name_row)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (self->name_row), "error"));

  /* Every change checks again. */
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "Әлия");
  g_assert_true (gtk_widget_get_sensitive (save_button (self)));
  g_assert_null (konkurs_edit_dialog_validate (dialog));
  g_assert_true (konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->name_row)));
  g_assert_false (konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->reserve_switch)));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  g_assert_false (gtk_widget_get_sensitive (save_button (self)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (self->name_row), "error"));

  /* A click that gets through anyway saves nothing and goes to the field. */
  g_signal_emit_by_name (save_button (self), "clicked");
  g_assert_cmpuint (self->n_saved, ==, 0);
  g_assert_nonnull (alive);

  konkurs_edit_dialog_finish (dialog);
  konkurs_test_destroy_and_wait (self);
}

static void
test_edit_dialog_enter (void)
{
  gpointer alive;
  TestEditDialog *self = open_edit_dialog ("", &alive);

  /* The entry row activates the default widget, Save, only when valid. */
  konkurs_test_press_enter (GTK_WIDGET (self->name_row));
  g_assert_cmpuint (self->n_saved, ==, 0);
  g_assert_nonnull (alive);

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "Әлия");
  g_object_ref (self);
  konkurs_test_press_enter (GTK_WIDGET (self->name_row));
  g_assert_cmpuint (self->n_saved, ==, 1);
  /* Saved: the dialog closed without asking, and nothing else keeps it. */
  g_assert_null (find_question ());
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (self)));
  g_object_unref (self);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
}

/* The focus starts in the first field, not on Cancel, where Enter would
 * throw the typing away; a dialog may name another field. */
static void
test_edit_dialog_first_field (void)
{
  gpointer alive;
  TestEditDialog *self = g_object_new (TEST_TYPE_EDIT_DIALOG, NULL);

  alive = self;
  g_object_add_weak_pointer (G_OBJECT (self), &alive);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  g_assert_true (konkurs_edit_dialog_get_first_field (KONKURS_EDIT_DIALOG (self)) == GTK_WIDGET (self->name_row));
  konkurs_test_show_window (self);
  konkurs_test_assert_focus_in (GTK_WIDGET (self->name_row));
  konkurs_test_destroy_and_wait (self);

  self = g_object_new (TEST_TYPE_EDIT_DIALOG, NULL);
  konkurs_edit_dialog_set_initial_focus (KONKURS_EDIT_DIALOG (self), GTK_WIDGET (self->reserve_switch));
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  konkurs_test_show_window (self);
  konkurs_test_assert_focus_in (GTK_WIDGET (self->reserve_switch));
  konkurs_test_destroy_and_wait (self);
}

/* Save off says why, as its tooltip; Enter then marks the field, tells
 * the reason under the form and goes there; typing clears both. */
static void
test_edit_dialog_reason (void)
{
  gpointer alive;
  TestEditDialog *self = open_edit_dialog ("", &alive);
  KonkursEditDialog *dialog = KONKURS_EDIT_DIALOG (self);

  g_assert_cmpstr (konkurs_edit_dialog_get_reason (dialog), ==, "Complete “Name” first.");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (save_button (self)), ==, "Complete “Name” first.");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (self->name_row), "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (self->error_label)));

  gtk_widget_grab_focus (GTK_WIDGET (self->reserve_switch));
  konkurs_test_press_enter (GTK_WIDGET (self->name_row));
  g_assert_cmpuint (self->n_saved, ==, 0);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (self->name_row), "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (self->error_label)));
  g_assert_cmpstr (gtk_label_get_text (self->error_label), ==, "Complete “Name” first.");
  konkurs_test_assert_focus_in (GTK_WIDGET (self->name_row));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "Әлия");
  g_assert_null (konkurs_edit_dialog_get_reason (dialog));
  g_assert_null (gtk_widget_get_tooltip_text (save_button (self)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (self->name_row), "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (self->error_label)));

  /* A message of the store's stays when the form changes. */
  konkurs_edit_dialog_show_error (dialog, "That name is taken.");
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "Әлия Серікқызы");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (self->error_label)));

  konkurs_edit_dialog_finish (dialog);
  konkurs_test_destroy_and_wait (self);
}

/* Ctrl+Enter saves from any field, also where Enter starts a new line. */
static void
test_edit_dialog_ctrl_enter (void)
{
  gpointer alive;
  TestEditDialog *self = open_edit_dialog ("", &alive);

  konkurs_test_press_shortcut (GTK_WIDGET (self), "<Control>Return");
  g_assert_cmpuint (self->n_saved, ==, 0);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (self->error_label)));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "Әлия");
  g_object_ref (self);
  konkurs_test_press_shortcut (GTK_WIDGET (self), "<Control>KP_Enter");
  g_assert_cmpuint (self->n_saved, ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (self)));
  g_object_unref (self);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
}

static void
test_edit_dialog_destructive (void)
{
  gpointer alive;
  TestEditDialog *self = open_edit_dialog ("Әлия", &alive);

  konkurs_edit_dialog_set_destructive (KONKURS_EDIT_DIALOG (self), TRUE);
  g_assert_true (gtk_widget_has_css_class (save_button (self), "destructive-action"));
  g_assert_false (gtk_widget_has_css_class (save_button (self), "suggested-action"));
  konkurs_edit_dialog_set_destructive (KONKURS_EDIT_DIALOG (self), FALSE);
  g_assert_false (gtk_widget_has_css_class (save_button (self), "destructive-action"));
  g_assert_true (gtk_widget_has_css_class (save_button (self), "suggested-action"));
  konkurs_test_destroy_and_wait (self);
}

static void
close_and_answer (TestEditDialog *self,
                  const char     *response)
{
  AdwMessageDialog *question;

  gtk_window_close (GTK_WINDOW (self));
  konkurs_test_drain_main_loop ();
  question = find_question ();
  g_assert_nonnull (question);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (question)) == GTK_WINDOW (self));
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Discard Changes?");
  g_assert_cmpstr (adw_message_dialog_get_default_response (question), ==, "keep");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (question, "discard"), ==, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (question, response);
  gtk_window_destroy (GTK_WINDOW (question));
  konkurs_test_drain_main_loop ();
}

static void
test_edit_dialog_discard (void)
{
  gpointer alive;
  TestEditDialog *self;

  /* What the dialog was filled with is not the user's change: closing
   * does not ask. */
  self = open_edit_dialog ("Әлия", &alive);
  g_assert_false (konkurs_edit_dialog_is_dirty (KONKURS_EDIT_DIALOG (self)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (self), "window.close", NULL));
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
  g_assert_null (find_question ());

  /* A switch counts as a change; "Keep Editing" keeps it, "Discard" closes. */
  self = open_edit_dialog ("Әлия", &alive);
  gtk_switch_set_active (self->reserve_switch, TRUE);
  g_assert_true (konkurs_edit_dialog_is_dirty (KONKURS_EDIT_DIALOG (self)));
  close_and_answer (self, "keep");
  g_assert_nonnull (alive);
  g_assert_true (gtk_switch_get_active (self->reserve_switch));
  close_and_answer (self, "discard");
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));

  /* A change no input tells, such as a row taken away, counts too. */
  self = open_edit_dialog ("Әлия", &alive);
  konkurs_edit_dialog_changed (KONKURS_EDIT_DIALOG (self));
  g_assert_true (konkurs_edit_dialog_is_dirty (KONKURS_EDIT_DIALOG (self)));
  close_and_answer (self, "discard");
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
}

static void
test_edit_dialog_refusal (void)
{
  gpointer alive;
  TestEditDialog *self = open_edit_dialog ("", &alive);

  /* The store's refusal shows in the error label; the dialog stays. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (self->error_label)));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "refuse");
  g_signal_emit_by_name (save_button (self), "clicked");
  g_assert_nonnull (alive);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (self->error_label)));
  g_assert_cmpstr (gtk_label_get_text (self->error_label), ==, "That name is taken.");
  g_assert_true (konkurs_edit_dialog_is_dirty (KONKURS_EDIT_DIALOG (self)));

  konkurs_edit_dialog_show_error (KONKURS_EDIT_DIALOG (self), NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (self->error_label)));

  /* Fixed, it saves and closes. */
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "Әлия");
  g_signal_emit_by_name (save_button (self), "clicked");
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
}

static void
test_edit_dialog_finish (void)
{
  gpointer alive;
  TestEditDialog *self = open_edit_dialog ("Әлия", &alive);
  GtkWidget *cancel = konkurs_test_find_button (GTK_WIDGET (self), "Cancel");

  /* Saved, the dialog stays to show a result, with Close alone. */
  self->finish_on_save = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "Әлия Серікқызы");
  g_signal_emit_by_name (save_button (self), "clicked");
  g_assert_cmpuint (self->n_saved, ==, 1);
  g_assert_nonnull (alive);
  g_assert_false (gtk_widget_get_visible (cancel));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (save_button (self))), ==, "Close");
  g_assert_false (gtk_widget_has_css_class (save_button (self), "suggested-action"));
  g_assert_true (gtk_widget_get_sensitive (save_button (self)));
  g_assert_false (konkurs_edit_dialog_is_dirty (KONKURS_EDIT_DIALOG (self)));

  /* Nothing counts as unsaved any more, and Close closes. */
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), "");
  g_assert_false (konkurs_edit_dialog_is_dirty (KONKURS_EDIT_DIALOG (self)));
  g_assert_true (gtk_widget_get_sensitive (save_button (self)));
  g_object_ref (self);
  g_signal_emit_by_name (save_button (self), "clicked");
  g_assert_cmpuint (self->n_saved, ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (self)));
  g_object_unref (self);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &alive));
}

/* The progress dialog of a job */

/* Half done, then on until cancelled, or to the end when @data says so. */
static gboolean
work_half (KonkursJob    *job,
           gpointer       data,
           GCancellable  *cancellable,
           GError       **error)
{
  gboolean *finish = data;

  konkurs_job_set_fraction (job, 0.5);
  while (!g_atomic_int_get (finish) && !g_cancellable_is_cancelled (cancellable))
    g_usleep (1000);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  konkurs_job_set_fraction (job, 1.0);
  return TRUE;
}

typedef struct {
  gboolean  done;
  gboolean  dialog_gone;   /* when the callback ran */
  GError   *error;
} JobOutcome;

static void
on_job_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  JobOutcome *outcome = user_data;

  outcome->dialog_gone = konkurs_test_find_toplevel (KONKURS_TYPE_JOB_DIALOG) == NULL;
  konkurs_job_run_finish (KONKURS_JOB (object), result, &outcome->error);
  outcome->done = TRUE;
}

static gboolean
is_done (gpointer data)
{
  return ((JobOutcome *) data)->done;
}

static gboolean
shows_half (gpointer data)
{
  return gtk_progress_bar_get_fraction (data) == 0.5;
}

/* A job half done under its progress dialog, over a window. */
typedef struct {
  GtkWidget        *parent;
  gboolean          finish;   /* lets the worker end */
  KonkursJob       *job;
  KonkursJobDialog *dialog;
  gpointer          alive;    /* the dialog, until finalized */
  JobOutcome        outcome;
} JobFixture;

static void
job_fixture_set_up (JobFixture    *fixture,
                    gconstpointer  data)
{
  GtkWidget *progress;

  fixture->parent = adw_window_new ();
  gtk_window_present (GTK_WINDOW (fixture->parent));
  fixture->job = konkurs_job_new (work_half, &fixture->finish, NULL);
  fixture->dialog = konkurs_job_dialog_new (GTK_WINDOW (fixture->parent), "Importing", "candidates.xml",
                                            fixture->job);
  fixture->alive = fixture->dialog;
  g_object_add_weak_pointer (G_OBJECT (fixture->dialog), &fixture->alive);
  gtk_window_present (GTK_WINDOW (fixture->dialog));
  konkurs_job_run_async (fixture->job, NULL, on_job_done, &fixture->outcome);

  /* The worker's progress shows in the dialog. */
  progress = konkurs_test_find_of_type (GTK_WIDGET (fixture->dialog), GTK_TYPE_PROGRESS_BAR);
  g_assert_nonnull (progress);
  g_assert_true (konkurs_test_wait_until (shows_half, progress));
}

static void
job_fixture_tear_down (JobFixture    *fixture,
                       gconstpointer  data)
{
  /* Gone before the result was told, and finalized. */
  g_assert_true (fixture->outcome.done);
  g_assert_true (fixture->outcome.dialog_gone);
  g_assert_true (konkurs_test_wait_until (konkurs_test_pointer_is_null, &fixture->alive));
  g_clear_error (&fixture->outcome.error);
  g_clear_object (&fixture->job);
  konkurs_test_destroy_and_wait (fixture->parent);
}

/* The dialog stays, saying so, until the job has stopped; then the job
 * ends "cancelled". */
static void
assert_cancelled (JobFixture *fixture)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (fixture->dialog);

  g_assert_true (g_cancellable_is_cancelled (konkurs_job_get_cancellable (fixture->job)));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "Cancelling…");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "cancel"));
  g_assert_nonnull (fixture->alive);
  g_assert_true (konkurs_test_wait_until (is_done, &fixture->outcome));
  g_assert_error (fixture->outcome.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_job_dialog_cancel (JobFixture    *fixture,
                        gconstpointer  data)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (fixture->dialog);

  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Importing");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "candidates.xml");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (fixture->parent));
  adw_message_dialog_response (dialog, "cancel");
  assert_cancelled (fixture);
}

static void
test_job_dialog_escape (JobFixture    *fixture,
                        gconstpointer  data)
{
  gtk_window_close (GTK_WINDOW (fixture->dialog));
  assert_cancelled (fixture);
}

static void
test_job_dialog_finish (JobFixture    *fixture,
                        gconstpointer  data)
{
  g_atomic_int_set (&fixture->finish, TRUE);
  g_assert_true (konkurs_test_wait_until (is_done, &fixture->outcome));
  g_assert_no_error (fixture->outcome.error);
  g_assert_false (g_cancellable_is_cancelled (konkurs_job_get_cancellable (fixture->job)));
  g_assert_cmpfloat (konkurs_job_get_fraction (fixture->job), ==, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/dialogs/error-dialog", test_error_dialog);
  g_test_add_func ("/dialogs/edit-dialog/layout", test_edit_dialog_layout);
  g_test_add_func ("/dialogs/edit-dialog/escape", test_edit_dialog_escape);
  g_test_add_func ("/dialogs/edit-dialog/validation", test_edit_dialog_validation);
  g_test_add_func ("/dialogs/edit-dialog/enter", test_edit_dialog_enter);
  g_test_add_func ("/dialogs/edit-dialog/first-field", test_edit_dialog_first_field);
  g_test_add_func ("/dialogs/edit-dialog/reason", test_edit_dialog_reason);
  g_test_add_func ("/dialogs/edit-dialog/ctrl-enter", test_edit_dialog_ctrl_enter);
  g_test_add_func ("/dialogs/edit-dialog/destructive", test_edit_dialog_destructive);
  g_test_add_func ("/dialogs/edit-dialog/discard", test_edit_dialog_discard);
  g_test_add_func ("/dialogs/edit-dialog/refusal", test_edit_dialog_refusal);
  g_test_add_func ("/dialogs/edit-dialog/finish", test_edit_dialog_finish);
  g_test_add ("/dialogs/job-dialog/cancel", JobFixture, NULL, job_fixture_set_up, test_job_dialog_cancel,
              job_fixture_tear_down);
  g_test_add ("/dialogs/job-dialog/escape", JobFixture, NULL, job_fixture_set_up, test_job_dialog_escape,
              job_fixture_tear_down);
  g_test_add ("/dialogs/job-dialog/finish", JobFixture, NULL, job_fixture_set_up, test_job_dialog_finish,
              job_fixture_tear_down);

  return g_test_run ();
}
