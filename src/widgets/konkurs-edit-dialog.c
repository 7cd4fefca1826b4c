/* konkurs-edit-dialog.c — the base of the dialogs that edit a record:
 * Cancel and Save in the header bar, Save only while the fields are valid,
 * the store's refusal shown in the dialog, and a question before typed
 * input is thrown away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

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
  gboolean    editing;
  gboolean    dirty;
  gboolean    finished;
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
  gtk_widget_set_sensitive (GTK_WIDGET (priv->save_button), invalid == NULL);
  return invalid;
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
   * to that field. */
  invalid = konkurs_edit_dialog_validate (self);
  if (invalid != NULL)
    {
      gtk_widget_grab_focus (invalid);
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
  gtk_widget_set_sensitive (GTK_WIDGET (priv->save_button), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (priv->save_button));
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
                                    "discard", _("_Discard"),
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
}
