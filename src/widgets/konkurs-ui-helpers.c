/* konkurs-ui-helpers.c — small pieces the views and dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-store.h"
#include "konkurs-ui-helpers.h"

/* Unsaved input */

#define DIRTY_KEY "konkurs-dirty"

void
konkurs_ui_mark_dirty (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_object_set_data (G_OBJECT (window), DIRTY_KEY, GINT_TO_POINTER (TRUE));
}

void
konkurs_ui_clear_dirty (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_object_set_data (G_OBJECT (window), DIRTY_KEY, NULL);
}

gboolean
konkurs_ui_is_dirty (GtkWindow *window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (window), DIRTY_KEY));
}

static void
watch (GtkWidget *widget,
       GtkWindow *window)
{
  const char *signal = NULL;
  gpointer instance = widget;

  /* A menu button's inner toggle and the like are no input: only the
   * kinds of widget a dialog asks with. */
  if (GTK_IS_EDITABLE (widget))
    signal = "changed";
  else if (GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget))
    signal = "notify::active";
  else if (GTK_IS_DROP_DOWN (widget) || ADW_IS_COMBO_ROW (widget))
    signal = "notify::selected";
  else if (GTK_IS_LIST_BOX (widget))
    signal = "row-selected";
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      instance = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      signal = "changed";
    }
  if (signal != NULL)
    g_signal_connect_object (instance, signal, G_CALLBACK (konkurs_ui_mark_dirty), window, G_CONNECT_SWAPPED);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    watch (child, window);
}

void
konkurs_ui_watch_changes (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  watch (GTK_WIDGET (window), window);
}

static gboolean
destroy_window (gpointer window)
{
  gtk_window_destroy (window);
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (AdwMessageDialog *dialog,
                     const char       *response,
                     GtkWindow        *window)
{
  /* Not from inside the question's signal: destroying its parent now
   * would take the question away under its own feet. */
  if (g_strcmp0 (response, "discard") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT, destroy_window, g_object_ref (window), g_object_unref);
}

gboolean
konkurs_ui_confirm_discard (GtkWindow *window)
{
  GtkWidget *dialog;

  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);

  if (!konkurs_ui_is_dirty (window))
    return FALSE;

  dialog = adw_message_dialog_new (window, _("Discard Changes?"),
                                   _("What was typed in this window has not been saved."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_discard_response), window, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

GtkWindow *
konkurs_ui_get_parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

const char *
konkurs_ui_translate_label (const char *msgid)
{
  return msgid != NULL ? _(msgid) : "";
}

const char *
konkurs_ui_competition_name (KonkursCompetition *competition)
{
  const char *title = konkurs_competition_get_title (competition);

  if (title == NULL || title[0] == '\0')
    return konkurs_competition_get_state_body (competition);
  return title;
}

GtkWidget *
konkurs_ui_new_cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  return label;
}

GtkColumnViewColumn *
konkurs_ui_append_column (GtkColumnView *view,
                          const char    *title,
                          GCallback      setup,
                          GCallback      bind,
                          int            column,
                          int            width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_signal_connect (factory, "setup", setup, GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", bind, GINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, width < 0);
  gtk_column_view_column_set_fixed_width (view_column, width);
  gtk_column_view_append_column (view, view_column);
  g_object_unref (view_column);
  return view_column;
}

void
konkurs_ui_report_refusal (const char   *what,
                           const GError *error,
                           GtkLabel     *label)
{
  /* A refusal the secretary can fix is no program error. */
  if (g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_INVALID) ||
      g_error_matches (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DUPLICATE))
    g_debug ("%s: %s", what, error->message);
  else
    g_warning ("%s: %s", what, error->message);
  if (label == NULL)
    return;
  gtk_label_set_text (label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
}

GParamSpec *
konkurs_ui_document_language_pspec (void)
{
  return g_param_spec_string ("document-language", NULL, NULL, "kk",
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

guint
konkurs_ui_add_toast_signal_new (GType type)
{
  return g_signal_new ("add-toast", type, G_SIGNAL_RUN_LAST,
                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, ADW_TYPE_TOAST);
}

gboolean
konkurs_ui_set_document_language (char       **field,
                                  const char  *code)
{
  KonkursDocLanguage language;

  if (g_strcmp0 (*field, code) == 0)
    return FALSE;
  if (!konkurs_doc_language_from_code (code, &language))
    {
      g_warning ("Unknown document language “%s”", code);
      return FALSE;
    }

  g_free (*field);
  *field = g_strdup (code);
  return TRUE;
}

void
konkurs_ui_bind_document_language (GObject    *object,
                                   GSettings **field,
                                   GSettings  *settings)
{
  if (*field == settings)
    return;

  if (*field != NULL)
    g_settings_unbind (object, "document-language");
  g_set_object (field, settings);
  if (settings != NULL)
    g_settings_bind (settings, "document-language", object, "document-language", G_SETTINGS_BIND_DEFAULT);
}
