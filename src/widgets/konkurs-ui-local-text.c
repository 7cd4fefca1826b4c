/* konkurs-ui-local-text.c — a text in Kazakh and in Russian, entered side
 * by side in a form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "konkurs-ui-fields.h"
#include "konkurs-ui-local-text.h"

static void
set_title (GtkWidget  *field,
           GtkLabel   *label,
           const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (field))
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field), title);
  else
    konkurs_ui_name_widget (field, title);
  if (label != NULL)
    gtk_label_set_text (label, title);
}

void
konkurs_ui_local_fields_init (KonkursUiLocalFields *self,
                              GtkWidget            *first,
                              GtkLabel             *first_label,
                              GtkWidget            *second,
                              GtkLabel             *second_label,
                              const char           *kk_title,
                              const char           *ru_title)
{
  KonkursDocLanguage language = konkurs_interface_language ();
  const char *titles[2] = { kk_title, ru_title };

  self->fields[language] = first;
  self->fields[konkurs_doc_language_other (language)] = second;
  set_title (first, first_label, titles[language]);
  set_title (second, second_label, titles[konkurs_doc_language_other (language)]);
}

static void
set_text (GtkWidget  *field,
          const char *text)
{
  if (GTK_IS_TEXT_VIEW (field))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field), text);
}

static char *
get_text (GtkWidget *field)
{
  if (GTK_IS_TEXT_VIEW (field))
    return konkurs_ui_get_text_view_text (GTK_TEXT_VIEW (field));
  return konkurs_ui_get_stripped_text (GTK_EDITABLE (field));
}

void
konkurs_ui_local_fields_set (KonkursUiLocalFields   *self,
                             const KonkursLocalText *text)
{
  for (KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK; language <= KONKURS_DOC_LANGUAGE_RU; language++)
    set_text (self->fields[language], konkurs_local_text_get (text, language));
}

KonkursLocalText *
konkurs_ui_local_fields_get (KonkursUiLocalFields *self)
{
  g_autofree char *kk = get_text (self->fields[KONKURS_DOC_LANGUAGE_KK]);
  g_autofree char *ru = get_text (self->fields[KONKURS_DOC_LANGUAGE_RU]);

  return konkurs_local_text_new (kk, ru);
}

GtkWidget *
konkurs_ui_local_fields_first (KonkursUiLocalFields *self)
{
  return self->fields[konkurs_interface_language ()];
}

char *
konkurs_ui_describe_missing (const KonkursLocalText * const *texts)
{
  gboolean missing[2] = { FALSE, FALSE };

  for (guint i = 0; texts[i] != NULL; i++)
    for (KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK; language <= KONKURS_DOC_LANGUAGE_RU; language++)
      if (!konkurs_local_text_is_blank (texts[i]) && !konkurs_local_text_has (texts[i], language))
        missing[language] = TRUE;

  if (missing[KONKURS_DOC_LANGUAGE_KK] && missing[KONKURS_DOC_LANGUAGE_RU])
    return g_strdup (_("Some texts are given in one language only: documents in the other language will print them as they are."));
  if (missing[KONKURS_DOC_LANGUAGE_RU])
    return g_strdup (_("Some texts have no Russian value: documents in Russian will print them in Kazakh."));
  if (missing[KONKURS_DOC_LANGUAGE_KK])
    return g_strdup (_("Some texts have no Kazakh value: documents in Kazakh will print them in Russian."));
  return NULL;
}
