/* konkurs-test-documents.h — helpers for the tests of printed documents:
 * the pages of a PDF as text, and the check that a text names nobody
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "konkurs-catalog.h"
#include "konkurs-document.h"
#include "konkurs-store.h"

G_BEGIN_DECLS

/* The catalogue of documents in @language, asserted. */
KonkursCatalog *konkurs_test_catalog_new (KonkursDocLanguage  language);
/* Writes @document to @path and returns the text of each of its pages
 * (pdftotext -layout), as many as the document has. */
GStrv konkurs_test_document_pages   (KonkursDocument    *document,
                                     const char         *path);
/* The page (0-based) that shows @text, or -1; fails when two pages show
 * it. */
int   konkurs_test_page_of          (const char * const *pages,
                                     const char         *text);
/* The words of @text, case folded, split at anything that is not a letter
 * or a digit; konkurs_test_has_word() looks a name up among them. */
GHashTable *konkurs_test_words_of   (const char         *text);
gboolean    konkurs_test_has_word   (GHashTable         *words,
                                     const char         *identity);
/* Fails when @text holds the surname, name, patronymic, IIN or birth date
 * (as @catalog writes dates, as DD.MM.YYYY or as YYYY-MM-DD) of any
 * candidate in @store; returns the number of candidates checked. */
guint konkurs_test_assert_anonymous (KonkursStore       *store,
                                     KonkursCatalog     *catalog,
                                     const char         *text);

/* Gives @store the organisation's details (a state body, address and
 * place in both languages) and a default commission of five: a chair, a
 * deputy chair, two members and a secretary, names and positions in both
 * languages (the Russian spelt in Russian letters). */
void  konkurs_test_add_organisation (KonkursStore       *store);
/* The Russian name of member @index (0 to 4) of that commission, and its
 * Kazakh one. */
const char *konkurs_test_commission_name (guint index, KonkursDocLanguage language);

/* @document built as a draft has @mark across every page and in its title:
 * fails otherwise.  Writes it to @path. */
void  konkurs_test_assert_draft     (KonkursDocument    *document,
                                     const char         *path,
                                     const char         *mark);

/* Fails when the PDF of @document at @path shows a word that is not a word
 * of the document's text (konkurs_document_dup_text()): a word broken
 * across lines ("Неруководяща-" / "я") shows its halves.  Numbers and the
 * pieces of the diagonal watermark are not words. */
void  konkurs_test_assert_words_whole (KonkursDocument *document,
                                       const char      *path);

/* The document of kind @kind_id for the record @id, in @language, final
 * or a draft, built (asserted), written to @dir/@name with its words
 * checked whole and kept as an artifact: the text of its pages, joined
 * by form feeds. */
char *konkurs_test_print_kind (KonkursStore       *store,
                               const char         *dir,
                               const char         *kind_id,
                               gint64              id,
                               KonkursDocLanguage  language,
                               gboolean            draft,
                               const char         *name);

G_END_DECLS
