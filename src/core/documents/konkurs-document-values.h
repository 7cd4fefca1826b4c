/* konkurs-document-values.h — which value of the records a document
 * prints, and what it had to print in the other language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-competition.h"
#include "konkurs-document.h"
#include "konkurs-local-text.h"

G_BEGIN_DECLS

/* The texts of the records that documents print, to say which one had no
 * value in the document's language. */
typedef enum {
  KONKURS_DOCUMENT_FIELD_COMPETITION_TITLE,
  KONKURS_DOCUMENT_FIELD_STATE_BODY,
  KONKURS_DOCUMENT_FIELD_PROCEDURE,       /* its official wording, of the rule set */
  KONKURS_DOCUMENT_FIELD_RULE_SET,
  KONKURS_DOCUMENT_FIELD_POSITION_TITLE,  /* of the vacancy named by the subject */
  KONKURS_DOCUMENT_FIELD_VACANCY_SECTOR,
  KONKURS_DOCUMENT_FIELD_REQUIREMENTS,
  KONKURS_DOCUMENT_FIELD_SECTOR,          /* a priority sector of a selection */
  KONKURS_DOCUMENT_FIELD_MEMBER_NAME,     /* of the commission member named by the subject */
  KONKURS_DOCUMENT_FIELD_MEMBER_POSITION, /* of the commission member named by the subject */
  KONKURS_DOCUMENT_FIELD_MEETING_PLACE,   /* of the organisation (Preferences), or of the protocol */
  KONKURS_DOCUMENT_FIELD_COMMISSION_NAME, /* of the commission of a meeting (issue 11) */
  KONKURS_DOCUMENT_FIELD_MEETING_AGENDA,  /* of a commission's meeting (issue 11) */
} KonkursDocumentField;

/* What a document in @language prints for @text: its value in @language,
 * else the other one (konkurs_local_text_pick()), and then it notes on
 * @document (konkurs_document_add_fallback()) which text that was, named
 * by @field and, for the texts of a vacancy, a sector or a member of the
 * commission, by @subject (how the document names them; may be NULL). */
const char *konkurs_document_pick (KonkursDocument        *document,
                                   KonkursDocLanguage      language,
                                   const KonkursLocalText *text,
                                   KonkursDocumentField    field,
                                   const char             *subject);

/* The description konkurs_document_pick() notes: e.g. "Russian title of
 * the competition", "Kazakh title of the position “Главный эксперт”", in
 * the interface language; @missing is the language without a value. */
char       *konkurs_document_describe_fallback (KonkursDocumentField field,
                                                KonkursDocLanguage   missing,
                                                const char          *subject);

/* What documents of the other language would print in this one, said
 * before any is printed: the descriptions (as above) of the texts of
 * @competition and of @vacancies (of KonkursVacancy; may be NULL) that
 * are given in one language only, the vacancies named as the window shows
 * them.  A GPtrArray of strings, empty when every text given has both
 * values. */
GPtrArray  *konkurs_document_list_missing (KonkursCompetition *competition,
                                           GPtrArray          *vacancies);

G_END_DECLS
