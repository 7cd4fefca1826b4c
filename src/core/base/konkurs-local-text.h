/* konkurs-local-text.h — a text of a record in Kazakh and in Russian
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-types.h"

G_BEGIN_DECLS

/* Every text that a document prints (a competition's title, the state
 * body, a position title, a sector, requirements, a rule set's name…) is
 * kept in both languages of the documents, because an official paper in
 * Russian cannot print a Kazakh name and the other way round.  Either
 * value may be missing; a reader asks for one language and learns whether
 * it got the other one instead.
 *
 * A plain boxed value, never NULL inside: a missing value is "".  A value
 * of white space only counts as missing.  Functions that read accept NULL
 * for a text with neither value. */
typedef struct _KonkursLocalText KonkursLocalText;

#define KONKURS_TYPE_LOCAL_TEXT (konkurs_local_text_get_type ())
GType             konkurs_local_text_get_type (void) G_GNUC_CONST;

/* NULL for either value means "none". */
KonkursLocalText *konkurs_local_text_new      (const char             *kk,
                                               const char             *ru);
KonkursLocalText *konkurs_local_text_copy     (const KonkursLocalText *self);
void              konkurs_local_text_free     (KonkursLocalText       *self);
gboolean          konkurs_local_text_equal    (const KonkursLocalText *a,
                                               const KonkursLocalText *b);

/* The value in @language as it was given, "" when none. */
const char       *konkurs_local_text_get      (const KonkursLocalText *self,
                                               KonkursDocLanguage      language);
/* Replaces the value in @language (NULL for none); TRUE when it changed. */
gboolean          konkurs_local_text_set      (KonkursLocalText       *self,
                                               KonkursDocLanguage      language,
                                               const char             *text);
/* Whether the value in @language is given (not blank). */
gboolean          konkurs_local_text_has      (const KonkursLocalText *self,
                                               KonkursDocLanguage      language);
/* Neither value is given: what a required text may not be. */
gboolean          konkurs_local_text_is_blank (const KonkursLocalText *self);

/* What a document in @language prints: the value in @language, or when
 * that is missing the other one, setting *@fell_back (may be NULL) to
 * TRUE; "" (and FALSE) when neither is given. */
const char       *konkurs_local_text_pick     (const KonkursLocalText *self,
                                               KonkursDocLanguage      language,
                                               gboolean               *fell_back);

/* What the window shows: konkurs_local_text_pick() in the interface
 * language (konkurs_interface_language()).  Never for a document, which
 * has a language of its own. */
const char       *konkurs_local_text_get_display (const KonkursLocalText *self);

/* The other language of the documents. */
KonkursDocLanguage konkurs_doc_language_other (KonkursDocLanguage language);

/* The language of the records that suits the interface: Russian when the
 * messages of Konkurs are shown in Russian, else Kazakh, the state
 * language (an English interface too).  Follows gettext, so it changes
 * with the locale as _() does. */
KonkursDocLanguage konkurs_interface_language (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursLocalText, konkurs_local_text_free)

G_END_DECLS
