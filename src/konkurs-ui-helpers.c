/* konkurs-ui-helpers.c — small pieces the candidate views and dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "konkurs-store.h"
#include "konkurs-ui-helpers.h"

char *
konkurs_ui_format_date (const GDate *date)
{
  char buffer[128];

  if (date == NULL || !g_date_valid (date))
    return g_strdup (_("Not set"));
  if (g_date_strftime (buffer, sizeof buffer, "%x", date) == 0)
    return g_strdup ("");
  return g_strdup (buffer);
}

char *
konkurs_ui_format_date_input (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

static gboolean
set_dmy (GDate *date,
         int    day,
         int    month,
         int    year)
{
  if (year < 1800 || year > 2199 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

gboolean
konkurs_ui_parse_date (const char *text,
                       GDate      *date)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  int day, month, year;
  char end;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (stripped[0] == '\0')
    return FALSE;

  /* Kazakhstan writes 31.12.2025; ISO dates come from files and copies. */
  if (sscanf (stripped, "%d.%d.%d%c", &day, &month, &year, &end) == 3)
    return set_dmy (date, day, month, year);
  if (sscanf (stripped, "%d-%d-%d%c", &year, &month, &day, &end) == 3)
    return set_dmy (date, day, month, year);

  g_date_set_parse (date, stripped);
  if (!g_date_valid (date) || g_date_get_year (date) < 1800)
    {
      g_date_clear (date, 1);
      return FALSE;
    }
  return TRUE;
}

void
konkurs_ui_get_today (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                  g_date_time_get_year (now));
}

void
konkurs_ui_label_entry_row (AdwEntryRow *row)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (delegate != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (delegate),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                                    -1);
}

void
konkurs_ui_show_field_error (GtkWidget  *field,
                             GtkLabel   *label,
                             const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
  if (label == NULL)
    return;
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

char *
konkurs_ui_get_stripped_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

void
konkurs_ui_name_widget (GtkWidget  *widget,
                        const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
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

char *
konkurs_ui_get_text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
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
