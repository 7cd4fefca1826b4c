/* konkurs-expert-dialog.c — one expert of the registry
 *
 * The sectors offered are those of every rule set (an expert serves
 * selections under old and new rules alike).  Conflicts are typed one a
 * line; a conflict kept from before keeps its note and date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-expert-dialog.h"
#include "konkurs-ui-fields.h"
#include "konkurs-ui-helpers.h"

struct _KonkursExpertDialog
{
  KonkursEditDialog     parent_instance;

  KonkursStore         *store;
  KonkursExpert        *expert;
  GPtrArray            *sector_checks;   /* of GtkCheckButton, "code" data set */

  AdwEntryRow          *name_row;
  AdwComboRow          *background_row;
  AdwEntryRow          *employer_row;
  AdwEntryRow          *email_row;
  AdwEntryRow          *phone_row;
  AdwPreferencesGroup  *sectors_group;
  GtkTextView          *organisations_view;
  GtkTextView          *codes_view;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursExpertDialog, konkurs_expert_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
konkurs_expert_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursExpertDialog *self = KONKURS_EXPERT_DIALOG (dialog);
  g_autofree char *name = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->name_row));
  g_autofree char *email = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->email_row));
  const char *problem = name[0] == '\0' ? _("The expert needs a full name.") : NULL;

  konkurs_ui_show_field_error (GTK_WIDGET (self->name_row), self->error_label,
                               konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->name_row)) ? problem : NULL);
  if (problem != NULL)
    return GTK_WIDGET (self->name_row);
  problem = email[0] != '\0' && strchr (email, '@') == NULL ? _("An e-mail address has an “@”.") : NULL;
  konkurs_ui_show_field_error (GTK_WIDGET (self->email_row), self->error_label,
                               konkurs_edit_dialog_is_edited (dialog, GTK_WIDGET (self->email_row)) ? problem : NULL);
  return problem != NULL ? GTK_WIDGET (self->email_row) : NULL;
}

/* The conflict of @kind and @value the expert had, to keep its note and date. */
static const KonkursExpertConflict *
find_conflict (const KonkursExpert       *expert,
               KonkursExpertConflictKind  kind,
               const char                *value)
{
  for (guint i = 0; expert != NULL && i < expert->conflicts->len; i++)
    {
      const KonkursExpertConflict *conflict = expert->conflicts->pdata[i];

      if (conflict->kind == kind && g_strcmp0 (conflict->value, value) == 0)
        return conflict;
    }
  return NULL;
}

static void
read_conflicts (KonkursExpertDialog       *self,
                KonkursExpert             *expert,
                GtkTextView               *view,
                KonkursExpertConflictKind  kind)
{
  g_autofree char *text = konkurs_ui_get_text_view_text (view);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *value = g_strstrip (lines[i]);
      const KonkursExpertConflict *before = find_conflict (self->expert, kind, value);

      if (value[0] == '\0' || find_conflict (expert, kind, value) != NULL)
        continue;
      konkurs_expert_add_conflict (expert, kind, value, before != NULL ? before->note : "",
                                   before != NULL ? &before->declared_on : NULL);
    }
}

static KonkursExpert *
read_expert (KonkursExpertDialog *self)
{
  KonkursExpert *expert = self->expert != NULL ? konkurs_expert_copy (self->expert) : konkurs_expert_new ();
  g_autoptr(GPtrArray) sectors = g_ptr_array_new ();

  g_free (expert->full_name);
  expert->full_name = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->name_row));
  expert->background = adw_combo_row_get_selected (self->background_row) + 1;
  g_free (expert->employer);
  expert->employer = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->employer_row));
  g_free (expert->email);
  expert->email = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->email_row));
  g_free (expert->phone);
  expert->phone = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->phone_row));
  for (guint i = 0; i < self->sector_checks->len; i++)
    if (gtk_check_button_get_active (self->sector_checks->pdata[i]))
      g_ptr_array_add (sectors, g_strdup (g_object_get_data (self->sector_checks->pdata[i], "code")));
  g_ptr_array_add (sectors, NULL);
  g_strfreev (expert->sectors);
  expert->sectors = (char **) g_ptr_array_free (g_steal_pointer (&sectors), FALSE);
  g_ptr_array_set_size (expert->conflicts, 0);
  read_conflicts (self, expert, self->organisations_view, KONKURS_EXPERT_CONFLICT_ORGANISATION);
  read_conflicts (self, expert, self->codes_view, KONKURS_EXPERT_CONFLICT_CODE);
  return expert;
}

static gboolean
konkurs_expert_dialog_save (KonkursEditDialog  *dialog,
                            GError            **error)
{
  KonkursExpertDialog *self = KONKURS_EXPERT_DIALOG (dialog);
  g_autoptr(GPtrArray) experts = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_expert_free);
  KonkursExpert *expert = read_expert (self);

  g_ptr_array_add (experts, expert);
  if (!konkurs_store_save_experts (self->store, experts, error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, expert->id);
  return TRUE;
}

/* The sectors of every rule set, each code once. */
static void
fill_sectors (KonkursExpertDialog *self)
{
  g_autoptr(GPtrArray) rule_sets = konkurs_store_list_rule_sets (self->store, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; rule_sets != NULL && i < rule_sets->len; i++)
    {
      GPtrArray *sectors = konkurs_rule_set_get_sectors (rule_sets->pdata[i]);

      for (guint j = 0; sectors != NULL && j < sectors->len; j++)
        {
          const KonkursSector *sector = sectors->pdata[j];
          GtkWidget *row, *check;

          if (!g_hash_table_add (seen, sector->code))
            continue;
          row = adw_action_row_new ();
          check = gtk_check_button_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), konkurs_local_text_get_display (sector->name));
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sector->code);
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
          g_object_set_data_full (G_OBJECT (check), "code", g_strdup (sector->code), g_free);
          g_ptr_array_add (self->sector_checks, check);
          adw_preferences_group_add (self->sectors_group, row);
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->sectors_group), self->sector_checks->len > 0);
}

static void
konkurs_expert_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_EXPERT_DIALOG);

  G_OBJECT_CLASS (konkurs_expert_dialog_parent_class)->dispose (object);
}

static void
konkurs_expert_dialog_finalize (GObject *object)
{
  KonkursExpertDialog *self = KONKURS_EXPERT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->expert, konkurs_expert_free);
  g_clear_pointer (&self->sector_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (konkurs_expert_dialog_parent_class)->finalize (object);
}

static void
konkurs_expert_dialog_class_init (KonkursExpertDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_expert_dialog_dispose;
  object_class->finalize = konkurs_expert_dialog_finalize;
  dialog_class->validate = konkurs_expert_dialog_validate;
  dialog_class->save = konkurs_expert_dialog_save;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/essays/konkurs-expert-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertDialog, background_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertDialog, employer_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertDialog, sectors_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertDialog, organisations_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertDialog, codes_view);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertDialog, error_label);
}

static void
konkurs_expert_dialog_init (KonkursExpertDialog *self)
{
  g_autoptr(GtkStringList) backgrounds = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->sector_checks = g_ptr_array_new ();
  for (KonkursExpertBackground b = KONKURS_EXPERT_BACKGROUND_ACADEMIA; b <= KONKURS_EXPERT_BACKGROUND_LAST; b++)
    gtk_string_list_append (backgrounds, konkurs_ui_translate_label (konkurs_expert_background_get_label (b)));
  adw_combo_row_set_model (self->background_row, G_LIST_MODEL (backgrounds));
}

static void
set_conflicts (GtkTextView               *view,
               const KonkursExpert       *expert,
               KonkursExpertConflictKind  kind)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < expert->conflicts->len; i++)
    {
      const KonkursExpertConflict *conflict = expert->conflicts->pdata[i];

      if (conflict->kind == kind)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", conflict->value);
    }
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text->str, -1);
}

static void
fill_fields (KonkursExpertDialog *self,
             const KonkursExpert *expert)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), expert->full_name != NULL ? expert->full_name : "");
  adw_combo_row_set_selected (self->background_row, expert->background > 0 ? expert->background - 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->employer_row), expert->employer != NULL ? expert->employer : "");
  gtk_editable_set_text (GTK_EDITABLE (self->email_row), expert->email != NULL ? expert->email : "");
  gtk_editable_set_text (GTK_EDITABLE (self->phone_row), expert->phone != NULL ? expert->phone : "");
  for (guint i = 0; i < self->sector_checks->len; i++)
    gtk_check_button_set_active (self->sector_checks->pdata[i],
                                 g_strv_contains ((const char * const *) expert->sectors,
                                                  g_object_get_data (self->sector_checks->pdata[i], "code")));
  set_conflicts (self->organisations_view, expert, KONKURS_EXPERT_CONFLICT_ORGANISATION);
  set_conflicts (self->codes_view, expert, KONKURS_EXPERT_CONFLICT_CODE);
}

KonkursExpertDialog *
konkurs_expert_dialog_new (GtkWindow           *parent,
                           KonkursStore        *store,
                           const KonkursExpert *expert)
{
  KonkursExpertDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);

  self = g_object_new (KONKURS_TYPE_EXPERT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  fill_sectors (self);
  if (expert != NULL)
    {
      self->expert = konkurs_expert_copy (expert);
      fill_fields (self, expert);
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Expert"));
      konkurs_edit_dialog_set_save_label (KONKURS_EDIT_DIALOG (self), _("Save Expert"));
    }
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  return self;
}
