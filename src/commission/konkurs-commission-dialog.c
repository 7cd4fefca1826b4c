/* konkurs-commission-dialog.c — a commission with its members
 *
 * The rules are konkurs_commission_check()'s, as the store and the import
 * apply them: every member named, at most one chair and one secretary.
 * An even number of voting members is allowed, but warned about as the
 * members are typed: a tie is then possible, and the chair decides it.
 * A member keeps his id across saves, so the meetings he attended keep
 * him.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-commission-dialog.h"
#include "konkurs-commission-member-row.h"
#include "konkurs-date-entry.h"
#include "konkurs-ui-fields.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-ui-local-text.h"

struct _KonkursCommissionDialog
{
  KonkursEditDialog        parent_instance;

  KonkursStore            *store;
  KonkursCommissionRecord *record;
  KonkursUiLocalFields     name;
  KonkursUiLocalFields     serves;

  AdwEntryRow             *name_first_row;
  AdwEntryRow             *name_second_row;
  AdwEntryRow             *serves_first_row;
  AdwEntryRow             *serves_second_row;
  AdwComboRow             *kind_row;
  AdwEntryRow             *order_row;
  KonkursDateEntry        *order_date_entry;
  GtkListBox              *members_list;
  GtkLabel                *warning_label;
  GtkLabel                *error_label;
};

G_DEFINE_FINAL_TYPE (KonkursCommissionDialog, konkurs_commission_dialog, KONKURS_TYPE_EDIT_DIALOG)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const KonkursCommissionKind kinds[] = {
  KONKURS_COMMISSION_KIND_COMPETITION, KONKURS_COMMISSION_KIND_EXPERT, KONKURS_COMMISSION_KIND_NATIONAL,
};

static GPtrArray *
read_members (KonkursCommissionDialog *self)
{
  GPtrArray *members = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->members_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (KONKURS_IS_COMMISSION_MEMBER_ROW (row))
      g_ptr_array_add (members, konkurs_commission_member_row_get_member (KONKURS_COMMISSION_MEMBER_ROW (row)));
  return members;
}

static void
warn_even (KonkursCommissionDialog *self,
           GPtrArray               *members)
{
  gboolean even = konkurs_commission_is_even (members);

  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), even);
  gtk_label_set_text (self->warning_label,
                      even ? _("An even number of voting members is allowed, but a vote may then be tied: the "
                               "chair’s vote decides it (the deputy chair’s when chairing).") : "");
}

static GtkWidget *
konkurs_commission_dialog_validate (KonkursEditDialog *dialog)
{
  KonkursCommissionDialog *self = KONKURS_COMMISSION_DIALOG (dialog);
  g_autoptr(GPtrArray) members = read_members (self);
  g_autoptr(KonkursLocalText) name = konkurs_ui_local_fields_get (&self->name);
  GtkWidget *first = NULL;
  const char *why;

  warn_even (self, members);
  if (konkurs_local_text_is_blank (name))
    {
      first = konkurs_ui_local_fields_first (&self->name);
      if (konkurs_edit_dialog_is_edited (dialog, first))
        konkurs_ui_show_field_error (first, NULL, "");
    }
  else
    konkurs_ui_show_field_error (konkurs_ui_local_fields_first (&self->name), NULL, NULL);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->members_list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (KONKURS_IS_EDIT_ROW (row) && !konkurs_edit_row_check (KONKURS_EDIT_ROW (row), NULL) && first == NULL)
      first = row;
  why = konkurs_commission_check (members);
  konkurs_edit_dialog_show_error (dialog, why != NULL ? _(why) : NULL);
  if (first == NULL && why != NULL)
    first = GTK_WIDGET (self->members_list);
  return first;
}

static gboolean
konkurs_commission_dialog_save (KonkursEditDialog  *dialog,
                                GError            **error)
{
  KonkursCommissionDialog *self = KONKURS_COMMISSION_DIALOG (dialog);
  g_autoptr(KonkursCommissionRecord) record = konkurs_commission_record_copy (self->record);
  guint kind = adw_combo_row_get_selected (self->kind_row);

  konkurs_local_text_free (record->name);
  record->name = konkurs_ui_local_fields_get (&self->name);
  konkurs_local_text_free (record->serves);
  record->serves = konkurs_ui_local_fields_get (&self->serves);
  record->kind = kinds[MIN (kind, G_N_ELEMENTS (kinds) - 1)];
  g_free (record->order_number);
  record->order_number = konkurs_ui_get_stripped_text (GTK_EDITABLE (self->order_row));
  if (!konkurs_date_entry_get_date (self->order_date_entry, &record->order_date))
    g_date_clear (&record->order_date, 1);
  g_ptr_array_unref (record->members);
  record->members = read_members (self);
  if (!konkurs_store_save_commission_record (self->store, record, error))
    return FALSE;
  g_signal_emit (self, signals[SAVED], 0, record->id);
  return TRUE;
}

/* The members' list */

static void
on_member_removed (KonkursCommissionDialog *self,
                   GtkWidget               *row)
{
  gtk_list_box_remove (self->members_list, row);
  konkurs_edit_row_renumber (self->members_list);
  konkurs_edit_dialog_changed (KONKURS_EDIT_DIALOG (self));
}

static void
on_member_moved (KonkursCommissionDialog *self,
                 int                      delta,
                 GtkWidget               *row)
{
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + delta;

  if (index < 0 || gtk_list_box_get_row_at_index (self->members_list, index) == NULL)
    return;
  g_object_ref (row);
  gtk_list_box_remove (self->members_list, row);
  gtk_list_box_insert (self->members_list, row, index);
  g_object_unref (row);
  konkurs_edit_row_renumber (self->members_list);
  konkurs_edit_dialog_changed (KONKURS_EDIT_DIALOG (self));
}

void
konkurs_commission_dialog_add_member (KonkursCommissionDialog       *self,
                                      const KonkursCommissionMember *member)
{
  KonkursCommissionMemberRow *row;

  g_return_if_fail (KONKURS_IS_COMMISSION_DIALOG (self));

  row = konkurs_commission_member_row_new (member);
  g_signal_connect_object (row, "remove", G_CALLBACK (on_member_removed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "move", G_CALLBACK (on_member_moved), self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->members_list, GTK_WIDGET (row));
  konkurs_edit_row_renumber (self->members_list);
}

static void
on_add_member (KonkursCommissionDialog *self)
{
  GtkWidget *last;

  konkurs_commission_dialog_add_member (self, NULL);
  last = gtk_widget_get_last_child (GTK_WIDGET (self->members_list));
  konkurs_edit_dialog_watch (KONKURS_EDIT_DIALOG (self), last);
  konkurs_edit_dialog_changed (KONKURS_EDIT_DIALOG (self));
  gtk_widget_child_focus (last, GTK_DIR_TAB_FORWARD);
}

/* The dialog */

static void
konkurs_commission_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_COMMISSION_DIALOG);
  G_OBJECT_CLASS (konkurs_commission_dialog_parent_class)->dispose (object);
}

static void
konkurs_commission_dialog_finalize (GObject *object)
{
  KonkursCommissionDialog *self = KONKURS_COMMISSION_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->record, konkurs_commission_record_free);

  G_OBJECT_CLASS (konkurs_commission_dialog_parent_class)->finalize (object);
}

static void
konkurs_commission_dialog_class_init (KonkursCommissionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  KonkursEditDialogClass *dialog_class = KONKURS_EDIT_DIALOG_CLASS (klass);

  object_class->dispose = konkurs_commission_dialog_dispose;
  object_class->finalize = konkurs_commission_dialog_finalize;
  dialog_class->validate = konkurs_commission_dialog_validate;
  dialog_class->save = konkurs_commission_dialog_save;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (KONKURS_TYPE_DATE_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/commission/konkurs-commission-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionDialog, name_first_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionDialog, name_second_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionDialog, serves_first_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionDialog, serves_second_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionDialog, order_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionDialog, order_date_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionDialog, members_list);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionDialog, warning_label);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_add_member);
}

static void
konkurs_commission_dialog_init (KonkursCommissionDialog *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  konkurs_ui_local_fields_init (&self->name, GTK_WIDGET (self->name_first_row), NULL,
                                GTK_WIDGET (self->name_second_row), NULL, _("Name (Kazakh)"), _("Name (Russian)"));
  konkurs_ui_local_fields_init (&self->serves, GTK_WIDGET (self->serves_first_row), NULL,
                                GTK_WIDGET (self->serves_second_row), NULL, _("Serves (Kazakh)"),
                                _("Serves (Russian)"));
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (labels, konkurs_ui_translate_label (konkurs_commission_kind_get_label (kinds[i])));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (labels));
  konkurs_ui_set_field_name (GTK_WIDGET (self->members_list), _("Members"));
}

KonkursCommissionDialog *
konkurs_commission_dialog_new (GtkWindow                     *parent,
                               KonkursStore                  *store,
                               const KonkursCommissionRecord *record)
{
  KonkursCommissionDialog *self;
  g_autofree char *order_date = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (KONKURS_TYPE_COMMISSION_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->record = konkurs_commission_record_copy (record);
  if (record->id != 0)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Commission"));
      konkurs_edit_dialog_set_save_label (KONKURS_EDIT_DIALOG (self), _("Save Commission"));
    }
  konkurs_ui_local_fields_set (&self->name, record->name);
  konkurs_ui_local_fields_set (&self->serves, record->serves);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == record->kind)
      adw_combo_row_set_selected (self->kind_row, i);
  gtk_editable_set_text (GTK_EDITABLE (self->order_row), record->order_number != NULL ? record->order_number : "");
  if (g_date_valid (&record->order_date))
    konkurs_date_entry_set_date (self->order_date_entry, &record->order_date);
  for (guint i = 0; record->members != NULL && i < record->members->len; i++)
    konkurs_commission_dialog_add_member (self, record->members->pdata[i]);
  konkurs_edit_dialog_start_editing (KONKURS_EDIT_DIALOG (self));
  return self;
}

const char *
konkurs_commission_dialog_get_warning (KonkursCommissionDialog *self)
{
  g_return_val_if_fail (KONKURS_IS_COMMISSION_DIALOG (self), "");
  return gtk_widget_get_visible (GTK_WIDGET (self->warning_label)) ? gtk_label_get_text (self->warning_label) : "";
}
