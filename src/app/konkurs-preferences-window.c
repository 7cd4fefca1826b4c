/* konkurs-preferences-window.c — the organisation's details, its
 * commission and the person deciding, set once for every document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-preferences-window.h"
#include "konkurs-store-organisation.h"

/* Typing is saved once it pauses, and whatever is left when the window
 * closes. */
#define SAVE_DELAY_MS 600

struct _KonkursPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwPreferencesGroup  *state_body_group;
  AdwPreferencesGroup  *address_group;
  AdwPreferencesGroup  *place_group;
  AdwEntryRow          *actor_row;
  AdwPreferencesGroup  *commission_group;
  GtkLabel             *commission_error;

  KonkursStore         *store;
  GSettings            *settings;
  KonkursOrganisation  *organisation;   /* as edited */
  GPtrArray            *members;        /* of KonkursCommissionMember, as edited */
  GPtrArray            *member_rows;    /* of AdwExpanderRow, parallel to members */
  KonkursDocLanguage    first;          /* the interface's language, shown first */
  guint                 save_source;
  gboolean              filling;
};

G_DEFINE_FINAL_TYPE (KonkursPreferencesWindow, konkurs_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void schedule_save (KonkursPreferencesWindow *self);

static const char *
language_title (KonkursDocLanguage language)
{
  return language == KONKURS_DOC_LANGUAGE_RU ? _("In Russian") : _("In Kazakh");
}

/* Text rows bound to one language of a text of the model, in the
 * organisation or in a member. */
static void
on_text_changed (GtkEditable              *row,
                 KonkursPreferencesWindow *self)
{
  KonkursLocalText *text = g_object_get_data (G_OBJECT (row), "text");
  KonkursDocLanguage language = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "language"));

  if (self->filling)
    return;
  konkurs_local_text_set (text, language, gtk_editable_get_text (row));
  schedule_save (self);
}

static GtkWidget *
text_row (KonkursPreferencesWindow *self,
          const char               *title,
          KonkursLocalText         *text,
          KonkursDocLanguage        language)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), konkurs_local_text_get (text, language));
  g_object_set_data (G_OBJECT (row), "text", text);
  g_object_set_data (G_OBJECT (row), "language", GINT_TO_POINTER (language));
  g_signal_connect (row, "changed", G_CALLBACK (on_text_changed), self);
  return row;
}

/* One row per language, the interface's first. */
static void
add_bilingual (KonkursPreferencesWindow *self,
               AdwPreferencesGroup      *group,
               KonkursLocalText         *text)
{
  KonkursDocLanguage second = konkurs_doc_language_other (self->first);

  adw_preferences_group_add (group, text_row (self, language_title (self->first), text, self->first));
  adw_preferences_group_add (group, text_row (self, language_title (second), text, second));
}

/* Members */

static const KonkursCommissionRole role_order[] = {
  KONKURS_COMMISSION_CHAIR, KONKURS_COMMISSION_DEPUTY_CHAIR, KONKURS_COMMISSION_MEMBER, KONKURS_COMMISSION_SECRETARY,
};

static void
describe_member_row (KonkursPreferencesWindow *self,
                     AdwExpanderRow           *row,
                     KonkursCommissionMember  *member)
{
  const char *name = konkurs_local_text_pick (member->name, self->first, NULL);
  g_autofree char *escaped = g_markup_escape_text (*name != '\0' ? name : _("New member"), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_expander_row_set_subtitle (row, _(konkurs_commission_role_get_label (member->role)));
}

static guint
member_index (KonkursPreferencesWindow *self,
              GtkWidget                *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, ADW_TYPE_EXPANDER_ROW);
  guint index = 0;

  g_ptr_array_find (self->member_rows, row, &index);
  return index;
}

static void
on_member_text_changed (GtkEditable              *row,
                        KonkursPreferencesWindow *self)
{
  guint index = member_index (self, GTK_WIDGET (row));

  if (!self->filling && index < self->members->len)
    describe_member_row (self, g_ptr_array_index (self->member_rows, index), g_ptr_array_index (self->members, index));
}

static void
on_role_selected (AdwComboRow              *row,
                  GParamSpec               *pspec,
                  KonkursPreferencesWindow *self)
{
  guint index = member_index (self, GTK_WIDGET (row));
  KonkursCommissionMember *member;

  if (self->filling || index >= self->members->len)
    return;
  member = g_ptr_array_index (self->members, index);
  member->role = role_order[MIN (adw_combo_row_get_selected (row), G_N_ELEMENTS (role_order) - 1)];
  describe_member_row (self, g_ptr_array_index (self->member_rows, index), member);
  schedule_save (self);
}

static void
on_remove_member (GtkButton                *button,
                  KonkursPreferencesWindow *self)
{
  guint index = member_index (self, GTK_WIDGET (button));

  if (index >= self->members->len)
    return;
  adw_preferences_group_remove (self->commission_group, g_ptr_array_index (self->member_rows, index));
  g_ptr_array_remove_index (self->member_rows, index);
  g_ptr_array_remove_index (self->members, index);
  schedule_save (self);
}

static GtkWidget *
role_row (KonkursPreferencesWindow *self,
          KonkursCommissionMember  *member)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  for (guint i = 0; i < G_N_ELEMENTS (role_order); i++)
    gtk_string_list_append (roles, _(konkurs_commission_role_get_label (role_order[i])));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Role"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (roles));
  for (guint i = 0; i < G_N_ELEMENTS (role_order); i++)
    if (role_order[i] == member->role)
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_role_selected), self);
  return row;
}

static GtkWidget *
member_text_row (KonkursPreferencesWindow *self,
                 const char               *title,
                 KonkursLocalText         *text,
                 KonkursDocLanguage        language)
{
  GtkWidget *row = text_row (self, title, text, language);

  g_signal_connect_after (row, "changed", G_CALLBACK (on_member_text_changed), self);
  return row;
}

static void
add_member_row (KonkursPreferencesWindow *self,
                KonkursCommissionMember  *member)
{
  KonkursDocLanguage second = konkurs_doc_language_other (self->first);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Member"));
  g_autofree char *name_first = g_strdup_printf (_("Name, %s"), language_title (self->first));
  g_autofree char *name_second = g_strdup_printf (_("Name, %s"), language_title (second));
  g_autofree char *position_first = g_strdup_printf (_("Position, %s"), language_title (self->first));
  g_autofree char *position_second = g_strdup_printf (_("Position, %s"), language_title (second));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), role_row (self, member));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), member_text_row (self, name_first, member->name, self->first));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), member_text_row (self, name_second, member->name, second));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            member_text_row (self, position_first, member->position, self->first));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            member_text_row (self, position_second, member->position, second));
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_member), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), remove_row);
  describe_member_row (self, ADW_EXPANDER_ROW (row), member);
  adw_preferences_group_add (self->commission_group, row);
  g_ptr_array_add (self->member_rows, row);
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  KonkursPreferencesWindow *self = KONKURS_PREFERENCES_WINDOW (widget);
  gboolean has_chair = FALSE;
  KonkursCommissionMember *member;
  AdwExpanderRow *row;

  for (guint i = 0; i < self->members->len; i++)
    has_chair |= ((KonkursCommissionMember *) g_ptr_array_index (self->members, i))->role == KONKURS_COMMISSION_CHAIR;
  member = konkurs_commission_member_new (has_chair ? KONKURS_COMMISSION_MEMBER : KONKURS_COMMISSION_CHAIR,
                                          NULL, NULL, NULL, NULL);
  g_ptr_array_add (self->members, member);
  add_member_row (self, member);
  row = g_ptr_array_index (self->member_rows, self->member_rows->len - 1);
  adw_expander_row_set_expanded (row, TRUE);
  schedule_save (self);
}

/* Saving */

static gboolean
save_commission (KonkursPreferencesWindow  *self,
                 GError                   **error)
{
  const char *fault = konkurs_commission_check (self->members);

  /* said beside the list; kept as it is until it can be saved */
  gtk_widget_set_visible (GTK_WIDGET (self->commission_error), fault != NULL);
  if (fault != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Not saved yet: %s"), _(fault));

      gtk_label_set_text (self->commission_error, text);
      return TRUE;
    }
  return konkurs_store_save_commission (self->store, self->members, error);
}

gboolean
konkurs_preferences_window_save (KonkursPreferencesWindow  *self,
                                 GError                   **error)
{
  g_autofree char *actor = NULL;

  g_return_val_if_fail (KONKURS_IS_PREFERENCES_WINDOW (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  actor = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->actor_row))));
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "actor-name", actor);
  konkurs_store_set_actor (self->store, actor);
  return konkurs_store_save_organisation (self->store, self->organisation, error)
      && save_commission (self, error);
}

static gboolean
save_now (gpointer user_data)
{
  KonkursPreferencesWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->save_source = 0;
  if (!konkurs_preferences_window_save (self, &error))
    {
      g_autofree char *title = g_markup_printf_escaped (_("Not saved: %s"), error->message);

      g_warning ("Cannot save the preferences: %s", error->message);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (title));
    }
  return G_SOURCE_REMOVE;
}

static void
schedule_save (KonkursPreferencesWindow *self)
{
  if (self->filling)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_now, self);
}

static gboolean
konkurs_preferences_window_close_request (GtkWindow *window)
{
  KonkursPreferencesWindow *self = KONKURS_PREFERENCES_WINDOW (window);

  if (self->save_source != 0)
    save_now (self);
  return GTK_WINDOW_CLASS (konkurs_preferences_window_parent_class)->close_request (window);
}

/* Object */

static void
konkurs_preferences_window_dispose (GObject *object)
{
  KonkursPreferencesWindow *self = KONKURS_PREFERENCES_WINDOW (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  G_OBJECT_CLASS (konkurs_preferences_window_parent_class)->dispose (object);
}

static void
konkurs_preferences_window_finalize (GObject *object)
{
  KonkursPreferencesWindow *self = KONKURS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->organisation, konkurs_organisation_free);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->member_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (konkurs_preferences_window_parent_class)->finalize (object);
}

static void
konkurs_preferences_window_class_init (KonkursPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_preferences_window_dispose;
  object_class->finalize = konkurs_preferences_window_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = konkurs_preferences_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/app/konkurs-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursPreferencesWindow, state_body_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursPreferencesWindow, address_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursPreferencesWindow, place_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursPreferencesWindow, actor_row);
  gtk_widget_class_bind_template_child (widget_class, KonkursPreferencesWindow, commission_group);
  gtk_widget_class_bind_template_child (widget_class, KonkursPreferencesWindow, commission_error);
  gtk_widget_class_install_action (widget_class, "preferences.add-member", NULL, add_member_action);
}

static void
konkurs_preferences_window_init (KonkursPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->first = konkurs_interface_language ();
  self->member_rows = g_ptr_array_new ();
}

static void
on_actor_changed (KonkursPreferencesWindow *self)
{
  schedule_save (self);
}

KonkursPreferencesWindow *
konkurs_preferences_window_new (GtkWindow    *parent,
                                KonkursStore *store,
                                GSettings    *settings)
{
  KonkursPreferencesWindow *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *actor = NULL;

  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);

  self = g_object_new (KONKURS_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->organisation = konkurs_store_get_organisation (store, &error);
  if (self->organisation == NULL)
    {
      g_warning ("Cannot read the organisation's details: %s", error->message);
      self->organisation = konkurs_organisation_new ();
      g_clear_error (&error);
    }
  self->members = konkurs_store_list_commission (store, &error);
  if (self->members == NULL)
    {
      g_warning ("Cannot read the commission: %s", error->message);
      self->members = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_commission_member_free);
    }

  self->filling = TRUE;
  add_bilingual (self, self->state_body_group, self->organisation->state_body);
  add_bilingual (self, self->address_group, self->organisation->address);
  add_bilingual (self, self->place_group, self->organisation->place);
  for (guint i = 0; i < self->members->len; i++)
    add_member_row (self, g_ptr_array_index (self->members, i));
  actor = settings != NULL ? g_settings_get_string (settings, "actor-name") : konkurs_store_dup_actor (store);
  gtk_editable_set_text (GTK_EDITABLE (self->actor_row), actor);
  g_signal_connect_swapped (self->actor_row, "changed", G_CALLBACK (on_actor_changed), self);
  self->filling = FALSE;

  return self;
}
