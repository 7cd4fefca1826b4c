/* konkurs-experts-window.c — the registry of experts
 *
 * Experts are kept across competitions: the registry is a window of its
 * own, opened from the Essays area (Ctrl+Shift+E), that follows the
 * store's "changed::expert" so an import shows at once.  An expert who
 * holds assignments cannot be deleted: the window says so before asking.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accessible names an end-to-end test may rely on (English interface):
 *   list "Experts" (a row per expert, titled by the name, with buttons
 *   "Edit" and "Delete"), buttons "Add Expert…" and "Import Experts…".
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-delete-dialog.h"
#include "konkurs-error-dialog.h"
#include "konkurs-essay-sectors.h"
#include "konkurs-essays-actions.h"
#include "konkurs-expert-dialog.h"
#include "konkurs-experts-window.h"
#include "konkurs-store-essays.h"
#include "konkurs-ui-helpers.h"

struct _KonkursExpertsWindow
{
  AdwWindow        parent_instance;

  KonkursStore    *store;
  GPtrArray       *experts;   /* of KonkursExpert, as the rows show them */

  AdwToastOverlay *toasts;
  GtkWidget       *add_button;
  GtkWidget       *import_button;
  GtkStack        *stack;
  GtkListBox      *experts_list;
};

G_DEFINE_FINAL_TYPE (KonkursExpertsWindow, konkurs_experts_window, ADW_TYPE_WINDOW)

static char *
describe_expert (const KonkursExpert *expert,
                 GHashTable          *sector_names)
{
  g_autoptr(GString) text = g_string_new (konkurs_ui_translate_label (konkurs_expert_background_get_label (
                                                                        expert->background)));
  g_autofree char *codes = g_strjoinv (", ", expert->sectors);
  g_autofree char *sectors = konkurs_essay_sectors_describe (sector_names, codes);

  if (sectors[0] != '\0')
    g_string_append_printf (text, " · %s", sectors);
  if (expert->employer != NULL && expert->employer[0] != '\0')
    g_string_append_printf (text, " · %s", expert->employer);
  if (expert->email != NULL && expert->email[0] != '\0')
    g_string_append_printf (text, " · %s", expert->email);
  if (expert->conflicts->len > 0)
    {
      g_string_append (text, " · ");
      /* Translators: %u is a count of declared conflicts */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u conflict", "%u conflicts",
                                                 expert->conflicts->len), expert->conflicts->len);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
suffix_button (const char *icon,
               const char *label,
               const char *action,
               gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  konkurs_ui_name_widget (button, label);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  return button;
}

static void
reload (KonkursExpertsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) sector_names = konkurs_essay_sectors_read (self->store);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->experts_list))) != NULL)
    gtk_list_box_remove (self->experts_list, child);
  g_clear_pointer (&self->experts, g_ptr_array_unref);
  self->experts = konkurs_store_list_experts (self->store, &error);
  if (self->experts == NULL)
    {
      konkurs_error_dialog_present (GTK_WINDOW (self), G_LOG_LEVEL_WARNING, _("Could Not Read the Experts"), error,
                                    NULL);
      self->experts = g_ptr_array_new ();
    }
  for (guint i = 0; i < self->experts->len; i++)
    {
      const KonkursExpert *expert = self->experts->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = describe_expert (expert, sector_names);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), expert->full_name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_button ("document-edit-symbolic", _("Edit"),
                                                                      "experts.edit", expert->id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix_button ("user-trash-symbolic", _("Delete"),
                                                                      "experts.delete", expert->id));
      gtk_list_box_append (self->experts_list, row);
    }
  gtk_stack_set_visible_child_name (self->stack, self->experts->len > 0 ? "list" : "empty");
}

static const KonkursExpert *
find_expert (KonkursExpertsWindow *self,
             gint64                id)
{
  for (guint i = 0; self->experts != NULL && i < self->experts->len; i++)
    if (((KonkursExpert *) self->experts->pdata[i])->id == id)
      return self->experts->pdata[i];
  return NULL;
}

static void
on_saved (KonkursExpertsWindow *self)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Expert saved")));
}

static void
open_dialog (KonkursExpertsWindow *self,
             const KonkursExpert  *expert)
{
  KonkursExpertDialog *dialog = konkurs_expert_dialog_new (GTK_WINDOW (self), self->store, expert);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  open_dialog (KONKURS_EXPERTS_WINDOW (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KonkursExpertsWindow *self = KONKURS_EXPERTS_WINDOW (widget);
  const KonkursExpert *expert = find_expert (self, g_variant_get_int64 (parameter));

  if (expert != NULL)
    open_dialog (self, expert);
}

typedef struct {
  KonkursStore *store;
  gint64        id;
  GtkWidget    *window;   /* weak */
} Deletion;

static void
deletion_free (gpointer data)
{
  Deletion *deletion = data;

  g_clear_object (&deletion->store);
  g_clear_weak_pointer (&deletion->window);
  g_free (deletion);
}

static void
delete_expert (gpointer data)
{
  Deletion *deletion = data;
  g_autoptr(GError) error = NULL;

  if (!konkurs_store_delete_expert (deletion->store, deletion->id, &error) && deletion->window != NULL)
    konkurs_error_dialog_present (GTK_WINDOW (deletion->window), G_LOG_LEVEL_MESSAGE, _("Expert Not Deleted"),
                                  error, NULL);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KonkursExpertsWindow *self = KONKURS_EXPERTS_WINDOW (widget);
  const KonkursExpert *expert = find_expert (self, g_variant_get_int64 (parameter));
  g_autofree char *heading = NULL;
  Deletion *deletion;

  if (expert == NULL)
    return;
  /* Translators: %s is an expert's name */
  heading = g_strdup_printf (_("Delete “%s”?"), expert->full_name);
  deletion = g_new0 (Deletion, 1);
  deletion->store = g_object_ref (self->store);
  deletion->id = expert->id;
  g_set_weak_pointer (&deletion->window, widget);
  konkurs_delete_dialog_confirm (widget, heading,
                                 _("The expert leaves the registry. An expert who holds essays cannot be deleted: "
                                   "reassign them first."),
                                 _("_Delete Expert"), delete_expert, deletion, deletion_free);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KonkursExpertsWindow *self = KONKURS_EXPERTS_WINDOW (widget);

  konkurs_essays_import_file (widget, self->store, TRUE, NULL);
}

static void
konkurs_experts_window_dispose (GObject *object)
{
  KonkursExpertsWindow *self = KONKURS_EXPERTS_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), KONKURS_TYPE_EXPERTS_WINDOW);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_pointer (&self->experts, g_ptr_array_unref);

  G_OBJECT_CLASS (konkurs_experts_window_parent_class)->dispose (object);
}

static void
konkurs_experts_window_class_init (KonkursExpertsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = konkurs_experts_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/konkurs/Konkurs/essays/konkurs-experts-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertsWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertsWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertsWindow, import_button);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KonkursExpertsWindow, experts_list);

  gtk_widget_class_install_action (widget_class, "experts.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "experts.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "experts.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "experts.delete", "x", delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "experts.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
konkurs_experts_window_init (KonkursExpertsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

KonkursExpertsWindow *
konkurs_experts_window_new (GtkWindow    *parent,
                            KonkursStore *store)
{
  KonkursExpertsWindow *self;
  gboolean writable;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (KONKURS_IS_STORE (store), NULL);

  self = g_object_new (KONKURS_TYPE_EXPERTS_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed::" KONKURS_STORE_TABLE_EXPERT, G_CALLBACK (reload), self,
                           G_CONNECT_SWAPPED);
  writable = !konkurs_store_is_read_only (store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experts.add", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experts.import", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experts.edit", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "experts.delete", writable);
  if (!writable)
    {
      gtk_widget_set_tooltip_text (self->add_button, _("The database is open for reading only."));
      gtk_widget_set_tooltip_text (self->import_button, _("The database is open for reading only."));
    }
  reload (self);
  return self;
}

GtkListBox *
konkurs_experts_window_get_list (KonkursExpertsWindow *self)
{
  g_return_val_if_fail (KONKURS_IS_EXPERTS_WINDOW (self), NULL);
  return self->experts_list;
}
