/* konkurs-document-values.c — which value of the records a document
 * prints, and what it had to print in the other language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document in Russian prints the Russian values of the records; where
 * one is missing it prints the Kazakh one rather than nothing (and the
 * other way round), and the secretary is told which before signing: the
 * descriptions below are in the interface language, for the print preview
 * and the window, never printed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-document-values.h"
#include "konkurs-text.h"
#include "konkurs-vacancy.h"

/* By field: the description when the Kazakh value is missing, when the
 * Russian one is.  Those with a %s name the vacancy, sector or member. */
static const char * const descriptions[][2] = {
  [KONKURS_DOCUMENT_FIELD_COMPETITION_TITLE] = {
    N_("Kazakh title of the competition"), N_("Russian title of the competition") },
  [KONKURS_DOCUMENT_FIELD_STATE_BODY] = {
    N_("Kazakh name of the state body"), N_("Russian name of the state body") },
  [KONKURS_DOCUMENT_FIELD_PROCEDURE] = {
    N_("Kazakh official name of the procedure"), N_("Russian official name of the procedure") },
  [KONKURS_DOCUMENT_FIELD_RULE_SET] = {
    N_("Kazakh name of the rule set"), N_("Russian name of the rule set") },
  [KONKURS_DOCUMENT_FIELD_POSITION_TITLE] = {
    N_("Kazakh title of the position “%s”"), N_("Russian title of the position “%s”") },
  [KONKURS_DOCUMENT_FIELD_VACANCY_SECTOR] = {
    N_("Kazakh sector of the position “%s”"), N_("Russian sector of the position “%s”") },
  [KONKURS_DOCUMENT_FIELD_REQUIREMENTS] = {
    N_("Kazakh further requirements of the position “%s”"),
    N_("Russian further requirements of the position “%s”") },
  [KONKURS_DOCUMENT_FIELD_SECTOR] = {
    N_("Kazakh name of the sector “%s”"), N_("Russian name of the sector “%s”") },
  [KONKURS_DOCUMENT_FIELD_MEMBER_NAME] = {
    N_("Kazakh name of the commission member “%s”"), N_("Russian name of the commission member “%s”") },
  [KONKURS_DOCUMENT_FIELD_MEMBER_POSITION] = {
    N_("Kazakh position of the commission member “%s”"), N_("Russian position of the commission member “%s”") },
  [KONKURS_DOCUMENT_FIELD_MEETING_PLACE] = {
    N_("Kazakh place of the commission's meetings"), N_("Russian place of the commission's meetings") },
  [KONKURS_DOCUMENT_FIELD_COMMISSION_NAME] = {
    N_("Kazakh name of the commission"), N_("Russian name of the commission") },
  [KONKURS_DOCUMENT_FIELD_MEETING_AGENDA] = {
    N_("Kazakh agenda of the meeting"), N_("Russian agenda of the meeting") },
};

char *
konkurs_document_describe_fallback (KonkursDocumentField field,
                                    KonkursDocLanguage   missing,
                                    const char          *subject)
{
  const char *format;

  g_return_val_if_fail (field < G_N_ELEMENTS (descriptions), NULL);
  g_return_val_if_fail (missing == KONKURS_DOC_LANGUAGE_KK || missing == KONKURS_DOC_LANGUAGE_RU, NULL);

  /* Without printf: a translation is data and must not crash. */
  format = _(descriptions[field][missing]);
  return konkurs_text_expand_string (format, subject);
}

const char *
konkurs_document_pick (KonkursDocument        *document,
                       KonkursDocLanguage      language,
                       const KonkursLocalText *text,
                       KonkursDocumentField    field,
                       const char             *subject)
{
  gboolean fell_back = FALSE;
  const char *value = konkurs_local_text_pick (text, language, &fell_back);

  if (fell_back)
    {
      g_autofree char *description = konkurs_document_describe_fallback (field, language, subject);

      konkurs_document_add_fallback (document, description);
    }
  return value;
}

/* Adds to @list the description of @text when it lacks one language. */
static void
add_missing (GPtrArray              *list,
             const KonkursLocalText *text,
             KonkursDocumentField    field,
             const char             *subject)
{
  for (KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK; language <= KONKURS_DOC_LANGUAGE_RU; language++)
    if (!konkurs_local_text_is_blank (text) && !konkurs_local_text_has (text, language))
      g_ptr_array_add (list, konkurs_document_describe_fallback (field, language, subject));
}

GPtrArray *
konkurs_document_list_missing (KonkursCompetition *competition,
                               GPtrArray          *vacancies)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (KONKURS_IS_COMPETITION (competition), list);

  add_missing (list, konkurs_competition_get_title_text (competition), KONKURS_DOCUMENT_FIELD_COMPETITION_TITLE, NULL);
  add_missing (list, konkurs_competition_get_state_body_text (competition), KONKURS_DOCUMENT_FIELD_STATE_BODY, NULL);
  for (guint i = 0; vacancies != NULL && i < vacancies->len; i++)
    {
      KonkursVacancy *vacancy = g_ptr_array_index (vacancies, i);
      /* for the window, which names the vacancy in its own language */
      const char *title = konkurs_local_text_get_display (konkurs_vacancy_get_position_title_text (vacancy));

      add_missing (list, konkurs_vacancy_get_position_title_text (vacancy), KONKURS_DOCUMENT_FIELD_POSITION_TITLE,
                   title);
      add_missing (list, konkurs_vacancy_get_sector_text (vacancy), KONKURS_DOCUMENT_FIELD_VACANCY_SECTOR, title);
      add_missing (list, konkurs_vacancy_get_requirements_text (vacancy), KONKURS_DOCUMENT_FIELD_REQUIREMENTS,
                   title);
    }
  return list;
}
