/* konkurs-catalog.c — translations for documents, apart from the interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "konkurs-catalog.h"

G_DEFINE_QUARK (konkurs-catalog-error-quark, konkurs_catalog_error)

/* GNU .mo layout (gettext manual, "The Format of GNU MO Files"): a header of
 * 32-bit words, then two tables of (length, offset) pairs for the original
 * and the translated strings.  Each string is NUL-terminated after its
 * length; a plural entry holds "msgid\0msgid_plural" and its translation the
 * forms separated by NUL; a context is "ctx\004msgid". */
#define MO_MAGIC          0x950412deU
#define MO_MAGIC_SWAPPED  0xde120495U
#define MO_HEADER_SIZE    28

typedef struct {
  const char *str;   /* points into the file's bytes, NUL-terminated */
  guint32     len;   /* all plural forms with their separating NULs */
} Translation;

struct _KonkursCatalog
{
  GObject             parent_instance;

  KonkursDocLanguage  language;
  GBytes             *bytes;          /* the .mo file; NULL without catalogue */
  Translation        *translations;
  GHashTable         *messages;       /* const char *msgid (in bytes) → Translation* */
};

G_DEFINE_FINAL_TYPE (KonkursCatalog, konkurs_catalog, G_TYPE_OBJECT)

static void
konkurs_catalog_finalize (GObject *object)
{
  KonkursCatalog *self = KONKURS_CATALOG (object);

  g_clear_pointer (&self->messages, g_hash_table_unref);
  g_clear_pointer (&self->translations, g_free);
  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (konkurs_catalog_parent_class)->finalize (object);
}

static void
konkurs_catalog_class_init (KonkursCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = konkurs_catalog_finalize;
}

static void
konkurs_catalog_init (KonkursCatalog *self)
{
  self->messages = g_hash_table_new (g_str_hash, g_str_equal);
}

static const char *
language_code (KonkursDocLanguage language)
{
  return language == KONKURS_DOC_LANGUAGE_RU ? "ru" : "kk";
}

/* The plural rules of po/kk.po and po/ru.po, built in rather than evaluated
 * from the Plural-Forms header: only these two languages are printed. */
static guint
plural_form (KonkursDocLanguage language,
             gulong             n)
{
  if (language == KONKURS_DOC_LANGUAGE_KK)
    return n != 1;

  if (n % 10 == 1 && n % 100 != 11)
    return 0;
  if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20))
    return 1;
  return 2;
}

typedef struct {
  const guint8 *data;
  gsize         size;
  gboolean      swapped;
} MoReader;

static guint32
read_word (const MoReader *r,
           gsize           offset)
{
  guint32 word;

  memcpy (&word, r->data + offset, sizeof word);
  word = GUINT32_FROM_LE (word);
  return r->swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* A string of the tables: it must lie inside the file and end with a NUL. */
static const char *
read_string (const MoReader *r,
             guint32         table,
             guint32         index,
             guint32        *len)
{
  guint64 entry = (guint64) table + (guint64) index * 8;
  guint32 offset;

  if (entry + 8 > r->size)
    return NULL;

  *len = read_word (r, entry);
  offset = read_word (r, entry + 4);
  if ((guint64) offset + *len >= r->size || r->data[offset + *len] != '\0')
    return NULL;

  return (const char *) r->data + offset;
}

/* Every plural form must be valid UTF-8; a form may be empty. */
static gboolean
forms_are_utf8 (const char *str,
                guint32     len)
{
  const char *end = str + len;

  for (const char *form = str; form <= end; form += strlen (form) + 1)
    if (!g_utf8_validate (form, -1, NULL))
      return FALSE;
  return TRUE;
}

static gboolean
set_corrupt (GError    **error,
             const char *path,
             const char *problem)
{
  g_set_error (error, KONKURS_CATALOG_ERROR, KONKURS_CATALOG_ERROR_CORRUPT,
               _("The translation file %s is damaged: %s Reinstall Konkurs or the translation."),
               path, problem);
  return FALSE;
}

static gboolean
load_mo (KonkursCatalog *self,
         const char     *path,
         GBytes         *bytes,
         GError        **error)
{
  MoReader r = { 0 };
  guint32 magic, n, originals, translated;

  r.data = g_bytes_get_data (bytes, &r.size);
  if (r.size < MO_HEADER_SIZE)
    return set_corrupt (error, path, _("it is too short to be a compiled catalogue (.mo)."));

  memcpy (&magic, r.data, sizeof magic);
  magic = GUINT32_FROM_LE (magic);
  if (magic == MO_MAGIC_SWAPPED)
    r.swapped = TRUE;
  else if (magic != MO_MAGIC)
    return set_corrupt (error, path, _("it is not a compiled catalogue (.mo)."));

  /* Major revisions 0 and 1 share the tables read here. */
  if (read_word (&r, 4) >> 16 > 1)
    return set_corrupt (error, path, _("its format revision is unknown."));

  n = read_word (&r, 8);
  originals = read_word (&r, 12);
  translated = read_word (&r, 16);
  if ((guint64) originals + (guint64) n * 8 > r.size || (guint64) translated + (guint64) n * 8 > r.size)
    return set_corrupt (error, path, _("it is truncated."));

  self->translations = g_new0 (Translation, MAX (n, 1));
  for (guint32 i = 0; i < n; i++)
    {
      guint32 msgid_len;
      const char *msgid = read_string (&r, originals, i, &msgid_len);
      Translation *t = &self->translations[i];

      t->str = read_string (&r, translated, i, &t->len);
      if (msgid == NULL || t->str == NULL)
        return set_corrupt (error, path, _("a message is cut short or lies outside the file."));
      if (!forms_are_utf8 (t->str, t->len))
        return set_corrupt (error, path, _("a translation is not in UTF-8."));

      /* The key stops at the first NUL: the msgid without its plural. */
      g_hash_table_insert (self->messages, (gpointer) msgid, t);
    }

  self->bytes = g_bytes_ref (bytes);
  return TRUE;
}

KonkursCatalog *
konkurs_catalog_new_from_file (KonkursDocLanguage language,
                               const char        *mo_path,
                               GError           **error)
{
  g_autoptr(KonkursCatalog) self = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (language == KONKURS_DOC_LANGUAGE_KK || language == KONKURS_DOC_LANGUAGE_RU, NULL);
  g_return_val_if_fail (mo_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (mo_path, &contents, &length, error))
    return NULL;
  bytes = g_bytes_new_take (contents, length);

  self = g_object_new (KONKURS_TYPE_CATALOG, NULL);
  self->language = language;
  if (!load_mo (self, mo_path, bytes, error))
    return NULL;

  g_debug ("Document catalogue %s: %u messages", mo_path, g_hash_table_size (self->messages));
  return g_steal_pointer (&self);
}

KonkursCatalog *
konkurs_catalog_new (KonkursDocLanguage language,
                     GError           **error)
{
  const char *dirs[] = { g_getenv ("KONKURS_LOCALE_DIR"), LOCALEDIR };

  g_return_val_if_fail (language == KONKURS_DOC_LANGUAGE_KK || language == KONKURS_DOC_LANGUAGE_RU, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL || *dirs[i] == '\0')
        continue;
      path = g_build_filename (dirs[i], language_code (language), "LC_MESSAGES",
                               GETTEXT_PACKAGE ".mo", NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return konkurs_catalog_new_from_file (language, path, error);
    }

  /* A document without its catalogue would come out with English
   * headings: refused, naming what is missing. */
  {
    g_autofree char *where = g_build_filename (dirs[0] != NULL && *dirs[0] != '\0' ? dirs[0] : LOCALEDIR,
                                               language_code (language), "LC_MESSAGES",
                                               GETTEXT_PACKAGE ".mo", NULL);

    g_set_error (error, KONKURS_CATALOG_ERROR, KONKURS_CATALOG_ERROR_MISSING,
                 language == KONKURS_DOC_LANGUAGE_KK
                 ? _("The Kazakh translation of Konkurs is not installed (%s is missing), so a document in Kazakh "
                     "cannot be made. Reinstall Konkurs with its translations.")
                 : _("The Russian translation of Konkurs is not installed (%s is missing), so a document in Russian "
                     "cannot be made. Reinstall Konkurs with its translations."),
                 where);
  }
  return NULL;
}

KonkursDocLanguage
konkurs_catalog_get_language (KonkursCatalog *self)
{
  g_return_val_if_fail (KONKURS_IS_CATALOG (self), KONKURS_DOC_LANGUAGE_KK);
  return self->language;
}

static const Translation *
lookup (KonkursCatalog *self,
        const char     *key)
{
  const Translation *t = g_hash_table_lookup (self->messages, key);

  /* msgfmt drops untranslated messages, but a hand-made file may not. */
  if (t == NULL || t->str[0] == '\0')
    return NULL;
  return t;
}

const char *
konkurs_catalog_gettext (KonkursCatalog *self,
                         const char     *msgid)
{
  const Translation *t;

  g_return_val_if_fail (KONKURS_IS_CATALOG (self), msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  t = lookup (self, msgid);
  return t != NULL ? t->str : msgid;
}

const char *
konkurs_catalog_pgettext (KonkursCatalog *self,
                          const char     *context,
                          const char     *msgid)
{
  g_autofree char *key = NULL;
  const Translation *t;

  g_return_val_if_fail (KONKURS_IS_CATALOG (self), msgid);
  g_return_val_if_fail (context != NULL, msgid);
  g_return_val_if_fail (msgid != NULL, NULL);

  key = g_strconcat (context, "\004", msgid, NULL);
  t = lookup (self, key);
  return t != NULL ? t->str : msgid;
}

const char *
konkurs_catalog_ngettext (KonkursCatalog *self,
                          const char     *msgid,
                          const char     *msgid_plural,
                          gulong          n)
{
  const char *fallback = n == 1 ? msgid : msgid_plural;
  const Translation *t;
  const char *form, *end;
  guint index;

  g_return_val_if_fail (KONKURS_IS_CATALOG (self), fallback);
  g_return_val_if_fail (msgid != NULL && msgid_plural != NULL, fallback);

  t = lookup (self, msgid);
  if (t == NULL)
    return fallback;

  index = plural_form (self->language, n);
  form = t->str;
  end = t->str + t->len;
  for (guint i = 0; i < index && form < end; i++)
    form += strlen (form) + 1;

  /* A catalogue with fewer forms than the rule: better English than a
   * wrong form. */
  if (form > end || *form == '\0')
    return fallback;
  return form;
}

/* Month names are tables, not gettext messages: see the header. */
static const char * const months_kk[12] = {
  "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
  "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан",
};

static const char * const months_ru_genitive[12] = {
  "января", "февраля", "марта", "апреля", "мая", "июня",
  "июля", "августа", "сентября", "октября", "ноября", "декабря",
};

char *
konkurs_catalog_format_date (KonkursCatalog *self,
                             const GDate    *date)
{
  guint year, month, day;

  g_return_val_if_fail (KONKURS_IS_CATALOG (self), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  year = g_date_get_year (date);
  month = g_date_get_month (date);
  day = g_date_get_day (date);

  if (self->language == KONKURS_DOC_LANGUAGE_KK)
    return g_strdup_printf ("%u жылғы %u %s", year, day, months_kk[month - 1]);
  return g_strdup_printf ("%u %s %u г.", day, months_ru_genitive[month - 1], year);
}
