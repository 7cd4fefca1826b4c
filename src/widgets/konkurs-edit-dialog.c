/* konkurs-edit-dialog.c — the base of the dialogs that edit a record:
 * Cancel and Save in the header bar, Save only while the fields are valid,
 * the store's refusal shown in the dialog, and a question before typed
 * input is thrown away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-date-entry.h"
#include "konkurs-edit-dialog.h"
#include "konkurs-store.h"
#include "konkurs-ui-fields.h"

typedef struct
{
  GtkBox     *box;
  GtkButton  *cancel_button;
  GtkButton  *save_button;
  GtkLabel   *error_label;   /* in the subclass's body */

  GHashTable *edited;        /* inputs changed since start_editing, referenced */
  GtkWidget  *initial_focus; /* in the body; NULL: the first field */
  GtkWidget  *revealed;      /* the field at fault when someone tried to save */
  GtkWidget  *marked;        /* the same, when the base marked it "error" itself */
  char       *reason;        /* why Save is off, or NULL */
  char       *told;          /* the reason "error-label" says */
  gboolean    editing;
  gboolean    dirty;
  gboolean    finished;
  gboolean    focused;       /* the first field had the focus once */
  gboolean    telling;       /* "error-label" says the reason */
} KonkursEditDialogPrivate;

static void konkurs_edit_dialog_buildable_init (GtkBuildableIface *iface);

G_DEFINE_TYPE_WITH_CODE (KonkursEditDialog, konkurs_edit_dialog, ADW_TYPE_WINDOW,
                         G_ADD_PRIVATE (KonkursEditDialog)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, konkurs_edit_dialog_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_SAVE_LABEL,
  PROP_ERROR_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Validation */

/* Whether @widget shows, when its window does: it and every parent are
 * visible, and no stack hides the page it is on. */
static gboolean
is_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
      return FALSE;
  return TRUE;
}

/* The first error the form shows, or NULL. */
static const char *
find_shown_error (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "error") && is_shown (child) &&
          *gtk_label_get_text (GTK_LABEL (child)) != '\0')
        return gtk_label_get_text (GTK_LABEL (child));
      if ((found = find_shown_error (child)) != NULL)
        return found;
    }
  return NULL;
}

/* Why Save is off: the error the form shows, else the field to fill. */
static char *
describe_invalid (KonkursEditDialog *self,
                  GtkWidget         *invalid)
{
  const char *shown = find_shown_error (GTK_WIDGET (self));
  const char *name = konkurs_ui_get_field_name (invalid);

  if (shown != NULL)
    return g_strdup (shown);
  if (name != NULL)
    /* Translators: why the button that saves a form is off; %s names a field, as “State body” */
    return g_strdup_printf (_("Complete “%s” first."), name);
  return g_strdup (_("Some fields are not complete yet."));
}

/* The Save button says why it is off, to the eye (its tooltip) and to
 * assistive technologies (its description). */
static void
explain (KonkursEditDialog *self,
         GtkWidget         *invalid)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_clear_pointer (&priv->reason, g_free);
  if (invalid != NULL)
    priv->reason = describe_invalid (self, invalid);
  gtk_widget_set_tooltip_text (GTK_WIDGET (priv->save_button), priv->reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->save_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  priv->reason != NULL ? priv->reason : "", -1);
}

/* What the base marked and said of a field at fault goes once that field
 * is no longer the one at fault. */
static void
unmark (KonkursEditDialog *self,
        GtkWidget         *invalid)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  if (priv->revealed == NULL || priv->revealed == invalid)
    return;
  if (priv->marked != NULL)
    gtk_widget_remove_css_class (priv->marked, "error");
  /* Unless the subclass has put a message of its own there meanwhile. */
  if (priv->telling && priv->error_label != NULL && g_strcmp0 (gtk_label_get_text (priv->error_label), priv->told) == 0)
    konkurs_edit_dialog_show_error (self, NULL);
  priv->revealed = NULL;
  priv->marked = NULL;
  priv->telling = FALSE;
}

GtkWidget *
konkurs_edit_dialog_validate (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);
  GtkWidget *invalid;

  g_return_val_if_fail (KONKURS_IS_EDIT_DIALOG (self), NULL);

  /* Saved and showing the result, or going away: nothing left to check. */
  if (priv->finished || priv->save_button == NULL)
    return NULL;

  invalid = KONKURS_EDIT_DIALOG_GET_CLASS (self)->validate (self);
  unmark (self, invalid);
  gtk_widget_set_sensitive (GTK_WIDGET (priv->save_button), invalid == NULL);
  explain (self, invalid);
  return invalid;
}

const char *
konkurs_edit_dialog_get_reason (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_val_if_fail (KONKURS_IS_EDIT_DIALOG (self), NULL);

  return priv->reason;
}

/* Someone tried to save a form that cannot be: the field at fault counts
 * as touched, so it shows its error (or the base marks it and says the
 * reason under the form), and takes the focus. */
static void
reveal_invalid (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);
  GtkWidget *invalid = konkurs_edit_dialog_validate (self);

  if (invalid == NULL)
    return;
  if (!g_hash_table_contains (priv->edited, invalid))
    {
      g_hash_table_add (priv->edited, g_object_ref (invalid));
      invalid = konkurs_edit_dialog_validate (self);
      if (invalid == NULL)
        return;
    }
  priv->revealed = invalid;
  if (!gtk_widget_has_css_class (invalid, "error"))
    {
      gtk_widget_add_css_class (invalid, "error");
      priv->marked = invalid;
    }
  if (find_shown_error (GTK_WIDGET (self)) == NULL && priv->error_label != NULL)
    {
      konkurs_edit_dialog_show_error (self, priv->reason);
      g_free (priv->told);
      priv->told = g_strdup (priv->reason);
      priv->telling = TRUE;
    }
  gtk_widget_grab_focus (invalid);
}

static GtkWidget *
konkurs_edit_dialog_real_validate (KonkursEditDialog *self)
{
  return NULL;
}

/* Watching the inputs */

static void
input_changed (GtkWidget *input)
{
  GtkRoot *root = gtk_widget_get_root (input);
  KonkursEditDialog *self;
  KonkursEditDialogPrivate *priv;

  /* An input outside any dialog is one being torn down with it: a list box
   * unselects its rows as it goes. */
  if (!KONKURS_IS_EDIT_DIALOG (root))
    return;
  self = KONKURS_EDIT_DIALOG (root);
  priv = konkurs_edit_dialog_get_instance_private (self);
  if (!priv->editing || priv->finished)
    return;

  if (!g_hash_table_contains (priv->edited, input))
    g_hash_table_add (priv->edited, g_object_ref (input));
  priv->dirty = TRUE;
  konkurs_edit_dialog_validate (self);
}

static void
on_editable_changed (GtkEditable *editable)
{
  input_changed (GTK_WIDGET (editable));
}

static void
on_input_notify (GtkWidget  *input,
                 GParamSpec *pspec)
{
  input_changed (input);
}

static void
on_row_selected (GtkListBox    *list,
                 GtkListBoxRow *row)
{
  input_changed (GTK_WIDGET (list));
}

/* Enter in a field activates Save, the default widget, only while the form
 * is valid; otherwise it says why where the secretary looks. */
static void
on_input_activated (GtkWidget *input)
{
  GtkRoot *root = gtk_widget_get_root (input);
  KonkursEditDialogPrivate *priv;

  if (!KONKURS_IS_EDIT_DIALOG (root))
    return;
  priv = konkurs_edit_dialog_get_instance_private (KONKURS_EDIT_DIALOG (root));
  if (!priv->finished && priv->save_button != NULL && !gtk_widget_get_sensitive (GTK_WIDGET (priv->save_button)))
    reveal_invalid (KONKURS_EDIT_DIALOG (root));
}

static void
watch_activation (GtkWidget *widget)
{
  if (ADW_IS_ENTRY_ROW (widget))
    g_signal_connect (widget, "entry-activated", G_CALLBACK (on_input_activated), NULL);
  else if (GTK_IS_ENTRY (widget) || KONKURS_IS_DATE_ENTRY (widget))
    g_signal_connect (widget, "activate", G_CALLBACK (on_input_activated), NULL);
}

/* Connects every input inside @widget.  Each connection lives as long as
 * its input. */
static void
watch (GtkWidget *widget)
{
  /* Only the kinds of widget a dialog asks with; a menu button's inner
   * toggle and the like are no input.  Inside an input there is nothing
   * more to watch, except inside a list of rows. */
  if (ADW_IS_ENTRY_ROW (widget))
    konkurs_ui_label_entry_row (ADW_ENTRY_ROW (widget));
  if (GTK_IS_EDITABLE (widget))
    {
      g_signal_connect (widget, "changed", G_CALLBACK (on_editable_changed), NULL);
      watch_activation (widget);
      return;
    }
  if (GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget))
    {
      g_signal_connect (widget, "notify::active", G_CALLBACK (on_input_notify), NULL);
      return;
    }
  if (GTK_IS_DROP_DOWN (widget) || ADW_IS_COMBO_ROW (widget))
    {
      g_signal_connect (widget, "notify::selected", G_CALLBACK (on_input_notify), NULL);
      return;
    }
  if (GTK_IS_TEXT_VIEW (widget))
    {
      g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), "changed",
                               G_CALLBACK (input_changed), widget, G_CONNECT_SWAPPED);
      return;
    }
  if (GTK_IS_LIST_BOX (widget))
    g_signal_connect (widget, "row-selected", G_CALLBACK (on_row_selected), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    watch (child);
}

void
konkurs_edit_dialog_watch (KonkursEditDialog *self,
                           GtkWidget         *inputs)
{
  g_return_if_fail (KONKURS_IS_EDIT_DIALOG (self));
  g_return_if_fail (GTK_IS_WIDGET (inputs));

  watch (inputs);
}

void
konkurs_edit_dialog_start_editing (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_if_fail (KONKURS_IS_EDIT_DIALOG (self));
  g_return_if_fail (!priv->editing);

  watch (GTK_WIDGET (self));
  priv->editing = TRUE;
  konkurs_edit_dialog_validate (self);
}

void
konkurs_edit_dialog_changed (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_if_fail (KONKURS_IS_EDIT_DIALOG (self));

  if (priv->editing && !priv->finished)
    priv->dirty = TRUE;
  konkurs_edit_dialog_validate (self);
}

gboolean
konkurs_edit_dialog_is_edited (KonkursEditDialog *self,
                               GtkWidget         *input)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_val_if_fail (KONKURS_IS_EDIT_DIALOG (self), FALSE);

  return g_hash_table_contains (priv->edited, input);
}

gboolean
konkurs_edit_dialog_is_dirty (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_val_if_fail (KONKURS_IS_EDIT_DIALOG (self), FALSE);

  return priv->dirty;
}

/* Saving */

void
konkurs_edit_dialog_show_error (KonkursEditDialog *self,
                                const char        *message)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_if_fail (KONKURS_IS_EDIT_DIALOG (self));

  if (priv->error_label == NULL)
    return;
  gtk_label_set_text (priv->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (priv->error_label), message != NULL);
}

static void
konkurs_edit_dialog_real_show_refusal (KonkursEditDialog *self,
                                       const GError      *error)
{
  konkurs_edit_dialog_show_error (self, error->message);
}

static void
log_refusal (KonkursEditDialog *self,
             const GError      *error)
{
  /* A refusal the secretary can fix is no program error. */
  if (g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID) ||
      g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE))
    g_debug ("%s: not saved: %s", G_OBJECT_TYPE_NAME (self), error->message);
  else
    g_warning ("%s: not saved: %s", G_OBJECT_TYPE_NAME (self), error->message);
}

static void
on_save_clicked (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);
  KonkursEditDialogClass *klass = KONKURS_EDIT_DIALOG_GET_CLASS (self);
  g_autoptr(GError) error = NULL;
  GtkWidget *invalid;

  if (priv->finished)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  /* Save is off while a field is wrong; whoever clicks it anyway is taken
   * to that field, and told. */
  invalid = konkurs_edit_dialog_validate (self);
  if (invalid != NULL)
    {
      reveal_invalid (self);
      return;
    }

  g_return_if_fail (klass->save != NULL);
  if (!klass->save (self, &error))
    {
      log_refusal (self, error);
      klass->show_refusal (self, error);
      return;
    }
  if (priv->finished)
    return;

  priv->dirty = FALSE;
  gtk_window_destroy (GTK_WINDOW (self));
}

void
konkurs_edit_dialog_finish (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_if_fail (KONKURS_IS_EDIT_DIALOG (self));

  priv->finished = TRUE;
  /* Recorded: closing loses nothing now. */
  priv->dirty = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (priv->cancel_button), FALSE);
  gtk_button_set_label (priv->save_button, _("Close"));
  gtk_widget_remove_css_class (GTK_WIDGET (priv->save_button), "suggested-action");
  gtk_widget_remove_css_class (GTK_WIDGET (priv->save_button), "destructive-action");
  gtk_widget_set_sensitive (GTK_WIDGET (priv->save_button), TRUE);
  explain (self, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (priv->save_button));
}

void
konkurs_edit_dialog_set_destructive (KonkursEditDialog *self,
                                     gboolean           destructive)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);
  GtkWidget *save;

  g_return_if_fail (KONKURS_IS_EDIT_DIALOG (self));

  save = GTK_WIDGET (priv->save_button);
  gtk_widget_remove_css_class (save, destructive ? "suggested-action" : "destructive-action");
  gtk_widget_add_css_class (save, destructive ? "destructive-action" : "suggested-action");
}

/* Focus */

/* What takes the focus for @widget when it is the first field: a list of
 * choices gives it to its chosen row (else its first); a list of rows of
 * fields is no field, its rows' fields are. */
static GtkWidget *
focus_target (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX (widget))
    {
      GtkListBox *list = GTK_LIST_BOX (widget);
      GtkListBoxRow *row;

      if (gtk_list_box_get_selection_mode (list) == GTK_SELECTION_NONE)
        return NULL;
      row = gtk_list_box_get_selected_row (list);
      return GTK_WIDGET (row != NULL ? row : gtk_list_box_get_row_at_index (list, 0));
    }
  if (GTK_IS_EDITABLE (widget) || GTK_IS_DROP_DOWN (widget) || ADW_IS_COMBO_ROW (widget) ||
      GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_TEXT_VIEW (widget))
    return widget;
  return NULL;
}

static GtkWidget *
find_first_field (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *target;

      if (!gtk_widget_get_visible (child) || !gtk_widget_get_child_visible (child) || !gtk_widget_is_sensitive (child))
        continue;
      if ((target = focus_target (child)) != NULL)
        return target;
      if ((target = find_first_field (child)) != NULL)
        return target;
    }
  return NULL;
}

GtkWidget *
konkurs_edit_dialog_get_first_field (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);
  GtkWidget *header;

  g_return_val_if_fail (KONKURS_IS_EDIT_DIALOG (self), NULL);

  if (priv->initial_focus != NULL)
    return priv->initial_focus;
  if (priv->box == NULL)
    return NULL;
  /* The body is what follows the header bar. */
  header = gtk_widget_get_first_child (GTK_WIDGET (priv->box));
  for (GtkWidget *body = gtk_widget_get_next_sibling (header); body != NULL; body = gtk_widget_get_next_sibling (body))
    {
      GtkWidget *target = focus_target (body);

      if (target == NULL)
        target = find_first_field (body);
      if (target != NULL)
        return target;
    }
  return NULL;
}

void
konkurs_edit_dialog_set_initial_focus (KonkursEditDialog *self,
                                       GtkWidget         *widget)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_if_fail (KONKURS_IS_EDIT_DIALOG (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  /* Not referenced: a widget of the dialog's own body. */
  priv->initial_focus = widget;
}

/* GTK gives a new window's focus to the first widget that takes it, Cancel
 * in the header bar, where Enter would throw the typing away: the first
 * field takes it instead. */
static void
konkurs_edit_dialog_map (GtkWidget *widget)
{
  KonkursEditDialog *self = KONKURS_EDIT_DIALOG (widget);
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);
  GtkWidget *first;

  GTK_WIDGET_CLASS (konkurs_edit_dialog_parent_class)->map (widget);

  if (priv->focused || priv->finished)
    return;
  priv->focused = TRUE;
  first = konkurs_edit_dialog_get_first_field (self);
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

void
konkurs_edit_dialog_activate_default (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_if_fail (KONKURS_IS_EDIT_DIALOG (self));

  /* What a click does, also on Save while it is off: save, or say why. */
  if (priv->save_button != NULL)
    g_signal_emit_by_name (priv->save_button, "clicked");
}

/* Ctrl+Enter saves from any field, also from one where Enter starts a new
 * line. */
static gboolean
save_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   data)
{
  konkurs_edit_dialog_activate_default (KONKURS_EDIT_DIALOG (widget));
  return TRUE;
}

static void
add_save_shortcut (KonkursEditDialog *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutTrigger *trigger = gtk_shortcut_trigger_parse_string ("<Control>Return|<Control>KP_Enter");
  GtkShortcutAction *action = gtk_callback_action_new (save_shortcut, NULL, NULL);

  /* Before the focused field: a text view would take the key. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), gtk_shortcut_new (trigger, action));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
konkurs_edit_dialog_set_save_label (KonkursEditDialog *self,
                                    const char        *label)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_if_fail (KONKURS_IS_EDIT_DIALOG (self));

  if (g_strcmp0 (gtk_button_get_label (priv->save_button), label) == 0)
    return;
  gtk_button_set_label (priv->save_button, label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_LABEL]);
}

GtkButton *
konkurs_edit_dialog_get_save_button (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_return_val_if_fail (KONKURS_IS_EDIT_DIALOG (self), NULL);

  return priv->save_button;
}

static void
set_error_label (KonkursEditDialog *self,
                 GtkLabel          *label)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  /* Not referenced: it is a widget of the dialog's own body. */
  if (priv->error_label == label)
    return;
  priv->error_label = label;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_LABEL]);
}

/* Closing */

static gboolean
destroy_window (gpointer window)
{
  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (AdwMessageDialog  *question,
                     const char        *response,
                     KonkursEditDialog *self)
{
  /* Not from inside the question's signal: destroying its parent now
   * would take the question away under its own feet. */
  if (g_strcmp0 (response, "discard") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, destroy_window, g_object_ref (self), g_object_unref);
}

static void
ask_before_discarding (KonkursEditDialog *self)
{
  AdwMessageDialog *question;

  question = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Discard Changes?"),
                                                         _("What was typed in this window has not been saved.")));
  adw_message_dialog_add_responses (question,
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard Changes"),
                                    NULL);
  adw_message_dialog_set_response_appearance (question, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (question, "keep");
  adw_message_dialog_set_close_response (question, "keep");
  g_signal_connect_object (question, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (question));
}

/* Escape, the close button and Cancel all come here; saving destroys the
 * window without asking. */
static gboolean
konkurs_edit_dialog_close_request (GtkWindow *window)
{
  KonkursEditDialog *self = KONKURS_EDIT_DIALOG (window);
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  if (priv->dirty)
    {
      ask_before_discarding (self);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (konkurs_edit_dialog_parent_class)->close_request (window);
}

/* The body */

static void
konkurs_edit_dialog_add_child (GtkBuildable *buildable,
                               GtkBuilder   *builder,
                               GObject      *child,
                               const char   *type)
{
  KonkursEditDialog *self = KONKURS_EDIT_DIALOG (buildable);
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  /* A subclass's <child> is its body, under the header bar. */
  if (type == NULL && GTK_IS_WIDGET (child) && priv->box != NULL)
    gtk_box_append (priv->box, GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
konkurs_edit_dialog_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = konkurs_edit_dialog_add_child;
}

/* GObject */

static void
konkurs_edit_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  KonkursEditDialog *self = KONKURS_EDIT_DIALOG (object);
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_SAVE_LABEL:
      g_value_set_string (value, gtk_button_get_label (priv->save_button));
      break;
    case PROP_ERROR_LABEL:
      g_value_set_object (value, priv->error_label);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_edit_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  KonkursEditDialog *self = KONKURS_EDIT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SAVE_LABEL:
      konkurs_edit_dialog_set_save_label (self, g_value_get_string (value));
      break;
    case PROP_ERROR_LABEL:
      set_error_label (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
konkurs_edit_dialog_dispose (GObject *object)
{
  KonkursEditDialog *self = KONKURS_EDIT_DIALOG (object);
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  priv->error_label = NULL;
  priv->initial_focus = NULL;
  priv->revealed = NULL;
  priv->marked = NULL;
  g_hash_table_remove_all (priv->edited);
  /* Not gtk_widget_dispose_template(): in GTK 4.8 it walks the template
   * of the widget's own class, the subclass's, and aborts on a base type.
   * Nothing of this template is a direct child of the window, and the
   * references on it go when the window is finalized. */
  priv->box = NULL;
  priv->cancel_button = NULL;
  priv->save_button = NULL;

  G_OBJECT_CLASS (konkurs_edit_dialog_parent_class)->dispose (object);
}

static void
konkurs_edit_dialog_finalize (GObject *object)
{
  KonkursEditDialog *self = KONKURS_EDIT_DIALOG (object);
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  g_clear_pointer (&priv->edited, g_hash_table_unref);
  g_clear_pointer (&priv->reason, g_free);
  g_clear_pointer (&priv->told, g_free);

  G_OBJECT_CLASS (konkurs_edit_dialog_parent_class)->finalize (object);
}

static void
konkurs_edit_dialog_class_init (KonkursEditDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = konkurs_edit_dialog_get_property;
  object_class->set_property = konkurs_edit_dialog_set_property;
  object_class->dispose = konkurs_edit_dialog_dispose;
  object_class->finalize = konkurs_edit_dialog_finalize;
  widget_class->map = konkurs_edit_dialog_map;
  GTK_WINDOW_CLASS (klass)->close_request = konkurs_edit_dialog_close_request;
  klass->validate = konkurs_edit_dialog_real_validate;
  klass->show_refusal = konkurs_edit_dialog_real_show_refusal;

  properties[PROP_SAVE_LABEL] =
    g_param_spec_string ("save-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_LABEL] =
    g_param_spec_object ("error-label", NULL, NULL, GTK_TYPE_LABEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/konkurs/Konkurs/widgets/konkurs-edit-dialog.ui");
  gtk_widget_class_bind_template_child_private (widget_class, KonkursEditDialog, box);
  gtk_widget_class_bind_template_child_private (widget_class, KonkursEditDialog, cancel_button);
  gtk_widget_class_bind_template_child_private (widget_class, KonkursEditDialog, save_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
konkurs_edit_dialog_init (KonkursEditDialog *self)
{
  KonkursEditDialogPrivate *priv = konkurs_edit_dialog_get_instance_private (self);

  priv->edited = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  add_save_shortcut (self);
}
