/* konkurs-rule-set-copy-dialog.c — copying a rule set under a new code and
 * name, to change its values for new competitions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-rule-set-copy-dialog.h"
#include "konkurs-store-rule-sets.h"
#include "konkurs-ui-fields.h"
#include "konkurs-ui-local-text.h"

struct _KonkursRuleSetCopyDialog
{
  KonkursEditDialog     parent_instance;

  KonkursStore         *store;
  KonkursRuleSet       *original;
  KonkursUiLocalFields  name;

  GtkLabel             *intro;
  AdwEntryRow          *code_row;
  AdwEntryRow          *name_first;
  AdwEntryRow          *name_second;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursRuleSetCopyDialog, konkurs_rule_set_copy_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  COPIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the store would refuse in the code, said while typing. */
static char *
check_code (KonkursRuleSetCopyDialog *self,
            const char               *code)
{
  g_autoptr(KonkursRuleSet) other = NULL;
  char *problem = konkurs_rule_set_check_code (code);

  if (problem != NULL)
    return problem;
  other = konkurs_store_find_rule_set_by_code (self->store, code, NULL);
  if (other != NULL)
    return g_strdup_printf (_("Another rule set has the code “%s” already. Each rule set needs a code of its own."),
                            code);
  return NULL;
}

static GtkWidget *
konkurs_rule_set_copy_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursRuleSetCopyDialog *self = KONKURS_RULE_SET_COPY_DIALOG (dialog);
  g_autofree char *code = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->code_row));
  g_autofree char *code_problem = check_code (self, code);
  g_autoptr(KonkursLocalText) name = konkurs_ui_local_fields_get (&self->name);
  GtkWidget *name_field = konkurs_ui_local_fields_first (&self->name);
  gboolean name_touched = konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->name_first)) ||
                          konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->name_second));
  const char *name_problem = konkurs_local_text_is_blank (name) ? _("The copy needs a name in Kazakh or in Russian.")
                                                                : NULL;

  konkurs_ui_show_field_error (GTK_WIDGET (self->code_row), self->error_label,
                               konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->code_row)) ? code_problem
                                                                                                  : NULL);
  if (code_problem != NULL)
    return GTK_WIDGET (self->code_row);
  konkurs_ui_show_field_error (name_field, self->error_label, name_touched ? name_problem : NULL);
  return name_problem != NULL ? name_field : NULL;
}

static gboolean
konkurs_rule_set_copy_dialog_save (KonkursEditDialog  *dialog,
                                   GError            **error)
{
  KonkursRuleSetCopyDialog *self = KONKURS_RULE_SET_COPY_DIALOG (dialog);
  g_autofree char *code = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->code_row));
  g_autoptr(KonkursLocalText) name = konkurs_ui_local_fields_get (&self->name);
  g_autoptr(KonkursRuleSet) copy = NULL;

  copy = konkurs_store_copy_rule_set (self->store, konkurs_rule_set_get_id (self->original), code,
                                      konkurs_local_text_get (name, KONKURS_DOC_LANGUAGE_KK),
                                      konkurs_local_text_get (name, KONKURS_DOC_LANGUAGE_RU), error);
  if (copy == NULL)
    return FALSE;
  g_signal_emit (self, signals[COPIED], 0, copy);
  return TRUE;
}

static void
konkurs_rule_set_copy_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_RULE_SET_COPY_DIALOG);

  G_OBJECT_CLASS (konkurs_rule_set_copy_dialog_parent_class)->dispose (object);
}

static void
konkurs_rule_set_copy_dialog_finalize (GObject *object)
{
  KonkursRuleSetCopyDialog *self = KONKURS_RULE_SET_COPY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->original);

  G_OBJECT_CLASS (konkurs_rule_set_copy_dialog_parent_class)->finalize (object);
}

static void
konkurs_rule_set_copy_dialog_class_init (KonkursRuleSetCopyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_rule_set_copy_dialog_dispose;
  object_class->finalize = konkurs_rule_set_copy_dialog_finalize;
  dialog_class->validate = konkurs_rule_set_copy_dialog_validate;
  dialog_class->save = konkurs_rule_set_copy_dialog_save;

  signals[COPIED] =
    g_signal_new ("copied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, KONKURS_TYPE_RULE_SET);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/rulesets/konkurs-rule-set-copy-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetCopyDialog, intro);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetCopyDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetCopyDialog, name_first);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetCopyDialog, name_second);
  gtk_widget_class_bind_template_child (widget_class, KonkursRuleSetCopyDialog, error_label);
}

static void
konkurs_rule_set_copy_dialog_init (KonkursRuleSetCopyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  konkurs_ui_local_fields_init (&self->name, GTK_WIDGET (self->name_first), NULL,
                                GTK_WIDGET (self->name_second), NULL,
                                _("Name in Kazakh"), _("Name in Russian"));
}

KonkursRuleSetCopyDialog *
konkurs_rule_set_copy_dialog_new (GtkWindow      *parent,
                                  KonkursStore   *store,
                                  KonkursRuleSet *rule_set)
{
  KonkursRuleSetCopyDialog *self;
  g_autofree char *intro = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (KONKURS_IS_RULE_SET (rule_set), NULL);

  self = g_object_new (KONKURS_TYPE_RULE_SET_COPY_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->original = g_object_ref (rule_set);
  intro = g_strdup_printf (_("The copy of “%s” takes its values, procedures, sectors and stages. It is in force "
                             "for no competition until you give it its dates."),
                           konkurs_rule_set_get_name (rule_set));
  gtk_label_set_text (self->intro, intro);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  return self;
}
