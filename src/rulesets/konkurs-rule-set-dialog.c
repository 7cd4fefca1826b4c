/* konkurs-rule-set-dialog.c — editing a rule set no competition is bound
 * to: its names, the order it comes from, its dates per scope and values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-date-entry.h"
#include "konkurs-rule-set-dialog.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-ui-fields.h"
#include "konkurs-ui-local-text.h"

#define N_SCOPES 3

struct _KonkursRuleSetDialog
{
  KonkursEditDialog     parent_instance;

  KonkursStore         *store;
  KonkursRuleSet       *original;
  KonkursUiLocalFields  name;
  KonkursUiLocalFields  source;
  KonkursDateEntry     *from[N_SCOPES];    /* by scope - 1 */
  KonkursDateEntry     *until[N_SCOPES];
  GPtrArray            *value_fields;      /* of GtkSpinButton, by the keys below */
  char                **keys;

  AdwEntryRow          *name_first;
  AdwEntryRow          *name_second;
  AdwEntryRow          *source_first;
  AdwEntryRow          *source_second;
  AdwPreferencesGroup  *dates_group;
  AdwPreferencesGroup  *values_group;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursRuleSetDialog, konkurs_rule_set_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The rule set as the fields say, the procedures and sectors as they
 * were (the store keeps those). */
static KonkursRuleSet *
read_fields (KonkursRuleSetDialog *self)
{
  g_autoptr(KonkursLocalText) name = konkurs_ui_local_fields_get (&self->name);
  g_autoptr(KonkursLocalText) source = konkurs_ui_local_fields_get (&self->source);
  KonkursRuleSet *rule_set = konkurs_rule_set_new (konkurs_rule_set_get_id (self->original),
                                                   konkurs_rule_set_get_code (self->original), name,
                                                   konkurs_rule_set_get_valid_from (self->original));

  konkurs_rule_set_set_source (rule_set, konkurs_local_text_is_blank (source) ? NULL : source);
  for (guint i = 0; self->keys[i] != NULL; i++)
    konkurs_rule_set_set_int (rule_set, self->keys[i],
                              gtk_spin_button_get_value_as_int (g_ptr_array_index (self->value_fields, i)));
  for (guint s = 0; s < N_SCOPES; s++)
    {
      GDate from, until;

      if (konkurs_date_entry_get_date (self->from[s], &from))
        konkurs_rule_set_set_validity (rule_set, s + 1, &from,
                                       konkurs_date_entry_get_date (self->until[s], &until) ? &until : NULL);
    }
  return rule_set;
}

/* The first date field that is not a date, or an end without a start or
 * before it; its problem in @message. */
static GtkWidget *
check_dates (KonkursRuleSetDialog  *self,
             char                 **message)
{
  for (guint s = 0; s < N_SCOPES; s++)
    {
      g_autofree char *from_text = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->from[s]));
      g_autofree char *until_text = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->until[s]));
      const char *scope = _(konkurs_rule_scope_get_label (s + 1));
      GDate from, until;
      gboolean has_from = konkurs_date_entry_get_date (self->from[s], &from);
      gboolean has_until = konkurs_date_entry_get_date (self->until[s], &until);

      if (*from_text != '\0' && !has_from)
        *message = g_strdup_printf (_("%s: “%s” is not a date; write it as 01.04.2026."), scope, from_text);
      else if (*until_text != '\0' && !has_until)
        *message = g_strdup_printf (_("%s: “%s” is not a date; write it as 01.04.2026."), scope, until_text);
      else if (has_until && !has_from)
        *message = g_strdup_printf (_("%s: the rules need a first day before they can have a last one."), scope);
      else if (has_until && g_date_compare (&until, &from) < 0)
        *message = g_strdup_printf (_("%s: the rules cannot end before they start."), scope);
      else
        continue;
      return GTK_WIDGET (*from_text != '\0' && !has_from ? self->from[s] : self->until[s]);
    }
  return NULL;
}

/* The first value out of range, then the values that disagree. */
static GtkWidget *
check_values (KonkursRuleSetDialog  *self,
              char                 **message)
{
  g_autoptr(KonkursRuleSet) typed = NULL;

  for (guint i = 0; self->keys[i] != NULL; i++)
    {
      GtkWidget *field = g_ptr_array_index (self->value_fields, i);

      *message = konkurs_rule_value_check (self->keys[i], gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (field)));
      if (*message != NULL)
        return field;
    }
  typed = read_fields (self);
  *message = konkurs_rule_set_check (typed);
  /* The name is checked on its own; what is left is a pass mark or the quorum. */
  return *message != NULL ? g_ptr_array_index (self->value_fields, 0) : NULL;
}

static GtkWidget *
konkurs_rule_set_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursRuleSetDialog *self = KONKURS_RULE_SET_DIALOG (dialog);
  g_autoptr(KonkursLocalText) name = konkurs_ui_local_fields_get (&self->name);
  GtkWidget *name_field = konkurs_ui_local_fields_first (&self->name);
  g_autofree char *message = NULL;
  GtkWidget *wrong = NULL;

  for (guint s = 0; s < N_SCOPES; s++)
    {
      konkurs_ui_show_field_error (GTK_WIDGET (self->from[s]), NULL, NULL);
      konkurs_ui_show_field_error (GTK_WIDGET (self->until[s]), NULL, NULL);
    }
  for (guint i = 0; i < self->value_fields->len; i++)
    konkurs_ui_show_field_error (g_ptr_array_index (self->value_fields, i), NULL, NULL);

  if (konkurs_local_text_is_blank (name))
    {
      wrong = name_field;
      message = g_strdup (_("The rule set needs a name in Kazakh or in Russian."));
    }
  if (wrong == NULL)
    wrong = check_dates (self, &message);
  if (wrong == NULL)
    wrong = check_values (self, &message);
  konkurs_ui_show_field_error (wrong != NULL ? wrong : name_field, self->error_label, message);
  return wrong;
}

static gboolean
konkurs_rule_set_dialog_save (KonkursEditDialog  *dialog,
                              GError            **error)
{
  KonkursRuleSetDialog *self = KONKURS_RULE_SET_DIALOG (dialog);
  g_autoptr(KonkursRuleSet) rule_set = read_fields (self);

  if (!konkurs_store_save_rule_set (self->store, rule_set, error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, rule_set);
  return TRUE;
}

static KonkursDateEntry *
date_field (const char *label,
            const char *placeholder)
{
  KonkursDateEntry *entry = KONKURS_DATE_ENTRY (konkurs_date_entry_new ());

  konkurs_date_entry_set_label (entry, label);
  konkurs_date_entry_set_placeholder_text (entry, placeholder);
  gtk_widget_set_valign (GTK_WIDGET (entry), GTK_ALIGN_CENTER);
  return entry;
}

static void
add_date_rows (KonkursRuleSetDialog *self)
{
  for (guint s = 0; s < N_SCOPES; s++)
    {
      const char *scope = _(konkurs_rule_scope_get_label (s + 1));
      g_autofree char *from_label = g_strdup_printf (_("%s: first day"), scope);
      g_autofree char *until_label = g_strdup_printf (_("%s: last day"), scope);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GDate from, until;

      self->from[s] = date_field (from_label, _("Not in force"));
      self->until[s] = date_field (until_label, _("No end"));
      if (konkurs_rule_set_get_validity (self->original, s + 1, &from, &until))
        {
          konkurs_date_entry_set_date (self->from[s], &from);
          konkurs_date_entry_set_date (self->until[s], g_date_valid (&until) ? &until : NULL);
        }
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->from[s]));
      gtk_box_append (GTK_BOX (box), gtk_label_new ("–"));
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->until[s]));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), scope);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
      adw_preferences_group_add (self->dates_group, row);
    }
}

static void
add_value_rows (KonkursRuleSetDialog *self)
{
  self->keys = konkurs_rule_set_list_keys (self->original);
  for (guint i = 0; self->keys[i] != NULL; i++)
    {
      const char *label = konkurs_rule_key_get_label (self->keys[i]);
      const char *title = label != NULL ? _(label) : self->keys[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (0, 100000, 1);
      int value = 0;

      konkurs_rule_set_lookup_int (self->original, self->keys[i], &value);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      /* Enter saves, as in an entry (GtkSpinButton says so only from GTK 4.14) */
      gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (spin))), TRUE);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      konkurs_ui_set_field_name (spin, title);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (self->values_group, row);
      g_ptr_array_add (self->value_fields, spin);
    }
}

static void
konkurs_rule_set_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_RULE_SET_DIALOG);

  G_OBJECT_CLASS (konkurs_rule_set_dialog_parent_class)->dispose (object);
}

static void
konkurs_rule_set_dialog_finalize (GObject *object)
{
  KonkursRuleSetDialog *self = KONKURS_RULE_SET_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->original);
  g_clear_pointer (&self->value_fields, g_ptr_array_unref);
  g_clear_pointer (&self->keys, g_strfreev);

  G_OBJECT_CLASS (konkurs_rule_set_dialog_parent_class)->finalize (object);
}

static void
konkurs_rule_set_dialog_class_init (KonkursRuleSetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_rule_set_dialog_dispose;
  object_class->finalize = konkurs_rule_set_dialog_finalize;
  dialog_class->validate = konkurs_rule_set_dialog_validate;
  dialog_class->save = konkurs_rule_set_dialog_save;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KONKURS_TYPE_RULE_SET);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/rulesets/konkurs-rule-set-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetDialog, name_first);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetDialog, name_second);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetDialog, source_first);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetDialog, source_second);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetDialog, dates_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetDialog, values_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetDialog, error_label);
}

static void
konkurs_rule_set_dialog_init (KonkursRuleSetDialog *self)
{
  g_type_ensure (KONKURS_TYPE_DATE_ENTRY);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->value_fields = g_ptr_array_new ();
  konkurs_ui_local_fields_init (&self->name, GTK_WIDGET (self->name_first), NULL,
                                GTK_WIDGET (self->name_second), NULL,
                                _("Name in Kazakh"), _("Name in Russian"));
  konkurs_ui_local_fields_init (&self->source, GTK_WIDGET (self->source_first), NULL,
                                GTK_WIDGET (self->source_second), NULL,
                                _("Order in Kazakh"), _("Order in Russian"));
}

KonkursRuleSetDialog *
konkurs_rule_set_dialog_new (GtkWindow      *parent,
                             KonkursStore   *store,
                             KonkursRuleSet *rule_set)
{
  KonkursRuleSetDialog *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_RULE_SET (rule_set), NULL);

  self = g_object_new (KONKURS_TYPE_RULE_SET_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->original = g_object_ref (rule_set);
  konkurs_ui_local_fields_set (&self->name, konkurs_rule_set_get_name_text (rule_set));
  if (konkurs_rule_set_get_source (rule_set) != NULL)
    konkurs_ui_local_fields_set (&self->source, konkurs_rule_set_get_source (rule_set));
  add_date_rows (self);
  add_value_rows (self);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  return self;
}
