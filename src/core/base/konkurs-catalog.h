/* konkurs-catalog.h — translations for documents, apart from the interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "konkurs-types.h"

G_BEGIN_DECLS

#define KONKURS_CATALOG_ERROR (konkurs_catalog_error_quark ())
typedef enum {
  KONKURS_CATALOG_ERROR_CORRUPT,     /* the .mo file is not a valid catalogue; message names the file */
  KONKURS_CATALOG_ERROR_MISSING,     /* no catalogue of the language is installed; message names the file */
} KonkursCatalogError;
GQuark konkurs_catalog_error_quark (void);

#define KONKURS_TYPE_CATALOG (konkurs_catalog_get_type ())
G_DECLARE_FINAL_TYPE (KonkursCatalog, konkurs_catalog, KONKURS, CATALOG, GObject)

/* A printed document has its own language (Kazakh or Russian), chosen per
 * document and independent of the interface language.  gettext can hold only
 * one language per process and is not safe to switch from a worker thread,
 * so a KonkursCatalog reads the compiled konkurs.mo of one language itself and
 * is immutable afterwards (safe to share between threads).  Document strings
 * stay ordinary msgids marked with N_() and translated in po/kk.po, po/ru.po.
 *
 * The .mo is looked up in $KONKURS_LOCALE_DIR, else the installed locale dir:
 * DIR/LANG/LC_MESSAGES/konkurs.mo.  No catalogue at all is an error
 * (KONKURS_CATALOG_ERROR_MISSING): the document would show the English
 * msgids under a Kazakh or Russian title.  A
 * damaged .mo is an error (KONKURS_CATALOG_ERROR_CORRUPT), as is a missing
 * file given to konkurs_catalog_new_from_file() (G_FILE_ERROR).
 *
 * Plural forms: the plural rule is built in per language, not evaluated from
 * the Plural-Forms header: Kazakh nplurals=2, plural=(n!=1); Russian the
 * standard three-form rule.  These are the rules of po/kk.po and po/ru.po. */
KonkursCatalog *konkurs_catalog_new (KonkursDocLanguage language, GError **error);
KonkursCatalog *konkurs_catalog_new_from_file (KonkursDocLanguage language, const char *mo_path, GError **error);

KonkursDocLanguage konkurs_catalog_get_language (KonkursCatalog *self);
/* The translation of @msgid, or @msgid itself when the catalogue lacks it. */
const char *konkurs_catalog_gettext  (KonkursCatalog *self, const char *msgid);
/* With a message context, as C_() / NC_(). */
const char *konkurs_catalog_pgettext (KonkursCatalog *self, const char *context, const char *msgid);
/* Plural forms, as ngettext(). */
const char *konkurs_catalog_ngettext (KonkursCatalog *self, const char *msgid, const char *msgid_plural, gulong n);
/* A date as the language writes it in official documents, e.g.
 * "2026 жылғы 23 қараша" / "23 ноября 2026 г."; free with g_free().
 * The month names (Russian in the genitive) are tables in the code, not
 * gettext messages: they belong to the document language, never to the
 * interface, and must not depend on a translator's choice. */
char       *konkurs_catalog_format_date (KonkursCatalog *self, const GDate *date);

G_END_DECLS
