/* konkurs-commission-member-row.c — one member in the commission dialog
 *
 * The interface's language is typed first, as everywhere; a Russian
 * protocol spells a Kazakh name in Russian letters, so both are asked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-commission-member-row.h"
#include "konkurs-ui-fields.h"
#include "konkurs-ui-helpers.h"
#include "konkurs-ui-local-text.h"

struct _KonkursCommissionMemberRow
{
  KonkursEditRow        parent_instance;

  gint64                member_id;
  KonkursUiLocalFields  name;
  KonkursUiLocalFields  position;

  GtkDropDown          *role_dropdown;
  GtkWidget            *name_first_entry;
  GtkWidget            *name_second_entry;
  GtkWidget            *position_first_entry;
  GtkWidget            *position_second_entry;
};

G_DEFINE_FINAL_TYPE (KonkursCommissionMemberRow, konkurs_commission_member_row, KONKURS_TYPE_EDIT_ROW)

enum {
  MOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The choices of the drop-down, in order. */
static const KonkursCommissionRole roles[] = {
  KONKURS_COMMISSION_CHAIR, KONKURS_COMMISSION_DEPUTY_CHAIR, KONKURS_COMMISSION_MEMBER, KONKURS_COMMISSION_SECRETARY,
};

KonkursCommissionMember *
konkurs_commission_member_row_get_member (KonkursCommissionMemberRow *self)
{
  KonkursCommissionMember *member;
  guint position;

  g_return_val_if_fail (KONKURS_IS_COMMISSION_MEMBER_ROW (self), NULL);

  position = MIN (gtk_drop_down_get_selected (self->role_dropdown), G_N_ELEMENTS (roles) - 1);
  member = konkurs_commission_member_new (roles[position], NULL, NULL, NULL, NULL);
  member->id = self->member_id;
  konkurs_local_text_free (member->name);
  member->name = konkurs_ui_local_fields_get (&self->name);
  konkurs_local_text_free (member->position);
  member->position = konkurs_ui_local_fields_get (&self->position);
  return member;
}

void
konkurs_commission_member_row_set_role (KonkursCommissionMemberRow *self,
                                        KonkursCommissionRole       role)
{
  g_return_if_fail (KONKURS_IS_COMMISSION_MEMBER_ROW (self));

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (roles[i] == role)
      gtk_drop_down_set_selected (self->role_dropdown, i);
}

static gboolean
konkurs_commission_member_row_check (KonkursEditRow  *row,
                                     char           **message)
{
  KonkursCommissionMemberRow *self = KONKURS_COMMISSION_MEMBER_ROW (row);
  g_autoptr(KonkursCommissionMember) member = konkurs_commission_member_row_get_member (self);
  const char *why = konkurs_commission_member_check (member);

  konkurs_ui_show_field_error (konkurs_ui_local_fields_first (&self->name), NULL, why != NULL ? "" : NULL);
  if (why != NULL)
    /* Translators: Member NUMBER: why it cannot be saved */
    *message = g_strdup_printf (_("Member %u: %s"), konkurs_edit_row_get_number (row), _(why));
  return why == NULL;
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[MOVE], 0, g_str_equal (action_name, "member.up") ? -1 : 1);
}

static void
konkurs_commission_member_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KONKURS_TYPE_COMMISSION_MEMBER_ROW);

  G_OBJECT_CLASS (konkurs_commission_member_row_parent_class)->dispose (object);
}

static void
konkurs_commission_member_row_class_init (KonkursCommissionMemberRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = konkurs_commission_member_row_dispose;
  KONKURS_EDIT_ROW_CLASS (klass)->check = konkurs_commission_member_row_check;
  KONKURS_EDIT_ROW_CLASS (klass)->title_format = N_("Member %u");

  signals[MOVE] = g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/commission/konkurs-commission-member-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionMemberRow, role_dropdown);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionMemberRow, name_first_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionMemberRow, name_second_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionMemberRow, position_first_entry);
  gtk_widget_class_bind_template_child (widget_class, KonkursCommissionMemberRow, position_second_entry);
  gtk_widget_class_install_action (widget_class, "member.up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "member.down", NULL, move_action);
}

static void
konkurs_commission_member_row_init (KonkursCommissionMemberRow *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    gtk_string_list_append (labels, konkurs_ui_translate_label (konkurs_commission_role_get_label (roles[i])));
  gtk_drop_down_set_model (self->role_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->role_dropdown, 2);
  konkurs_ui_local_fields_init (&self->name, self->name_first_entry, NULL, self->name_second_entry, NULL,
                                _("Full name (Kazakh)"), _("Full name (Russian)"));
  konkurs_ui_local_fields_init (&self->position, self->position_first_entry, NULL, self->position_second_entry, NULL,
                                _("Position (Kazakh)"), _("Position (Russian)"));
  /* a row has no labels: each entry says what it takes */
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->name.fields[KONKURS_DOC_LANGUAGE_KK]), _("Full name (Kazakh)"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->name.fields[KONKURS_DOC_LANGUAGE_RU]), _("Full name (Russian)"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->position.fields[KONKURS_DOC_LANGUAGE_KK]), _("Position (Kazakh)"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->position.fields[KONKURS_DOC_LANGUAGE_RU]),
                                  _("Position (Russian)"));
}

KonkursCommissionMemberRow *
konkurs_commission_member_row_new (const KonkursCommissionMember *member)
{
  KonkursCommissionMemberRow *self = g_object_new (KONKURS_TYPE_COMMISSION_MEMBER_ROW, NULL);

  if (member == NULL)
    return self;
  self->member_id = member->id;
  konkurs_commission_member_row_set_role (self, member->role);
  konkurs_ui_local_fields_set (&self->name, member->name);
  konkurs_ui_local_fields_set (&self->position, member->position);
  return self;
}
