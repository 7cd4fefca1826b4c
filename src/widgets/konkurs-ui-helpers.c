/* konkurs-ui-helpers.c — small pieces the views and dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-ui-helpers.h"

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
