/* konkurs-local-text.c — a text of a record in Kazakh and in Russian
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "konkurs-local-text.h"
#include "konkurs-text.h"

#define N_LANGUAGES 2

struct _KonkursLocalText
{
  char *values[N_LANGUAGES];   /* by KonkursDocLanguage; never NULL */
};

G_DEFINE_BOXED_TYPE (KonkursLocalText, konkurs_local_text, konkurs_local_text_copy, konkurs_local_text_free)

static gboolean
valid_language (KonkursDocLanguage language)
{
  return language == KONKURS_DOC_LANGUAGE_KK || language == KONKURS_DOC_LANGUAGE_RU;
}

KonkursLocalText *
konkurs_local_text_new (const char *kk,
                        const char *ru)
{
  KonkursLocalText *self = g_new0 (KonkursLocalText, 1);

  self->values[KONKURS_DOC_LANGUAGE_KK] = g_strdup (kk != NULL ? kk : "");
  self->values[KONKURS_DOC_LANGUAGE_RU] = g_strdup (ru != NULL ? ru : "");
  return self;
}

KonkursLocalText *
konkurs_local_text_copy (const KonkursLocalText *self)
{
  if (self == NULL)
    return konkurs_local_text_new (NULL, NULL);
  return konkurs_local_text_new (self->values[KONKURS_DOC_LANGUAGE_KK], self->values[KONKURS_DOC_LANGUAGE_RU]);
}

void
konkurs_local_text_free (KonkursLocalText *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < N_LANGUAGES; i++)
    g_free (self->values[i]);
  g_free (self);
}

gboolean
konkurs_local_text_equal (const KonkursLocalText *a,
                          const KonkursLocalText *b)
{
  for (guint i = 0; i < N_LANGUAGES; i++)
    if (g_strcmp0 (konkurs_local_text_get (a, i), konkurs_local_text_get (b, i)) != 0)
      return FALSE;
  return TRUE;
}

const char *
konkurs_local_text_get (const KonkursLocalText *self,
                        KonkursDocLanguage      language)
{
  g_return_val_if_fail (valid_language (language), "");

  return self != NULL ? self->values[language] : "";
}

gboolean
konkurs_local_text_set (KonkursLocalText   *self,
                        KonkursDocLanguage  language,
                        const char         *text)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (valid_language (language), FALSE);

  if (text == NULL)
    text = "";
  if (strcmp (self->values[language], text) == 0)
    return FALSE;
  g_free (self->values[language]);
  self->values[language] = g_strdup (text);
  return TRUE;
}

gboolean
konkurs_local_text_has (const KonkursLocalText *self,
                        KonkursDocLanguage      language)
{
  return !konkurs_text_is_blank (konkurs_local_text_get (self, language));
}

gboolean
konkurs_local_text_is_blank (const KonkursLocalText *self)
{
  return !konkurs_local_text_has (self, KONKURS_DOC_LANGUAGE_KK) &&
         !konkurs_local_text_has (self, KONKURS_DOC_LANGUAGE_RU);
}

const char *
konkurs_local_text_pick (const KonkursLocalText *self,
                         KonkursDocLanguage      language,
                         gboolean               *fell_back)
{
  KonkursDocLanguage other = konkurs_doc_language_other (language);
  gboolean use_other = !konkurs_local_text_has (self, language) && konkurs_local_text_has (self, other);

  if (fell_back != NULL)
    *fell_back = use_other;
  return konkurs_local_text_get (self, use_other ? other : language);
}

const char *
konkurs_local_text_get_display (const KonkursLocalText *self)
{
  return konkurs_local_text_pick (self, konkurs_interface_language (), NULL);
}

KonkursDocLanguage
konkurs_doc_language_other (KonkursDocLanguage language)
{
  return language == KONKURS_DOC_LANGUAGE_RU ? KONKURS_DOC_LANGUAGE_KK : KONKURS_DOC_LANGUAGE_RU;
}

/* The header of the catalogue gettext uses for our messages names its
 * language ("Language: ru"): what the interface really shows, whatever mix of
 * LANGUAGE, LC_ALL, LC_MESSAGES and LANG chose it (gettext ignores
 * LANGUAGE in the C locale, which reading those variables would miss). */
KonkursDocLanguage
konkurs_interface_language (void)
{
  const char *header = dgettext (GETTEXT_PACKAGE, "");
  const char *field = header != NULL ? strstr (header, "Language: ") : NULL;

  if (field != NULL && g_str_has_prefix (field + strlen ("Language: "), "ru"))
    return KONKURS_DOC_LANGUAGE_RU;
  return KONKURS_DOC_LANGUAGE_KK;
}
