/* konkurs-exchange-sniff.c — what a file given for import is, when it is
 * not the XML Konkurs reads, told from its bytes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People pick the wrong file: the PDF of a protocol, the spreadsheet the
 * list was typed in, a CSV, the database itself.  libxml2 calls all of
 * them "Document is empty" (it found no "<"), so the first bytes are
 * looked at before it is: a file that is not XML is named for what it is.
 * A file that declares a single-byte encoding (ISO-8859-1…) but holds
 * UTF-8 would import with every Cyrillic letter turned into two other
 * characters; that is refused here too, at the line of the first such
 * letter.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"

typedef struct {
  const char *magic;
  gsize       length;
  const char *what;   /* N_() */
} Signature;

static const Signature signatures[] = {
  { "%PDF-", 5, N_("this is a PDF file, not an XML file; import the XML file the data was exported to") },
  { "PK\003\004", 4, N_("this is a ZIP archive (an ODS or XLSX spreadsheet, a DOCX document…), not an XML "
                        "file; save the data as XML in the form of the Konkurs schema first") },
  { "\320\317\021\340\241\261\032\341", 8, N_("this is an old Microsoft Office file (XLS or DOC), not an "
                                               "XML file; save the data as XML in the form of the Konkurs "
                                               "schema first") },
  { "SQLite format 3", 16, N_("this is a database file, not an XML file; open it as a database instead of "
                              "importing it") },
  { "\037\213", 2, N_("this is a compressed (gzip) file; Konkurs does not import compressed files, "
                      "decompress it first") },
};

static long
line_at (const char *bytes,
         const char *at)
{
  long line = 1;

  for (const char *p = bytes; p < at; p++)
    line += *p == '\n';
  return line;
}

/* Up to 24 characters of the file's beginning, to show what it holds
 * instead of "<"; NULL when it is not text. */
static char *
describe_beginning (const char *start,
                    gsize       length)
{
  gsize n = MIN (length, 96);
  g_autofree char *head = g_strndup (start, n);
  const char *end = NULL;
  g_autoptr(GString) shown = g_string_new (NULL);
  guint count = 0;

  g_utf8_validate (head, -1, &end);
  if (end == head)
    return NULL;
  for (const char *p = head; p < end && count < 24; p = g_utf8_next_char (p), count++)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r')
        break;
      if (!g_unichar_isprint (c))
        return NULL;
      g_string_append_unichar (shown, c);
    }
  return shown->len > 0 ? g_string_free (g_steal_pointer (&shown), FALSE) : NULL;
}

char *
konkurs_exchange_declared_encoding (const char *bytes,
                                    gsize       length)
{
  g_autoptr(GRegex) regex = g_regex_new ("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']",
                                         G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *head = g_strndup (bytes, MIN (length, 200));

  if (!g_regex_match (regex, head, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

static gboolean
is_single_byte_latin (const char *encoding)
{
  static const char *const names[] = {
    "ISO-8859-1", "ISO_8859-1", "ISO8859-1", "LATIN1", "LATIN-1", "L1",
    "ISO-8859-15", "LATIN-9", "WINDOWS-1252", "CP1252", "US-ASCII", "ASCII",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (encoding, names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* A declared single-byte encoding over bytes that are UTF-8 with letters
 * beyond ASCII: the file was saved as UTF-8 and labelled wrongly. */
static gboolean
check_declared_encoding (KonkursImportContext *ctx,
                         const char           *bytes,
                         gsize                 length,
                         GError              **error)
{
  g_autofree char *encoding = konkurs_exchange_declared_encoding (bytes, length);
  const char *high = NULL;

  if (encoding == NULL || !is_single_byte_latin (encoding))
    return TRUE;
  for (gsize i = 0; i < length; i++)
    if ((guchar) bytes[i] >= 0x80)
      {
        high = bytes + i;
        break;
      }
  if (high == NULL || !g_utf8_validate_len (bytes, length, NULL))
    return TRUE;

  konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, line_at (bytes, high),
                                 _("the file declares the encoding “%s”, but its text is UTF-8: read as %s, "
                                   "every Cyrillic letter would become other characters; change the "
                                   "declaration on line 1 to encoding=\"UTF-8\""),
                                 encoding, encoding);
  return FALSE;
}

gboolean
konkurs_exchange_sniff (KonkursImportContext *ctx,
                        const char           *bytes,
                        gsize                 length,
                        GError              **error)
{
  const char *start = bytes;
  g_autofree char *beginning = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (signatures); i++)
    if (length >= signatures[i].length && memcmp (bytes, signatures[i].magic, signatures[i].length) == 0)
      {
        g_autofree char *kinds = konkurs_exchange_describe_roots ();

        /* a testing centre's spreadsheet of results, as often as a list of
         * candidates: say which files Konkurs reads */
        konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, 0,
                                       /* Translators: the second %s lists root elements, as “<konkurs-competitions>, <konkurs-test-results> or <konkurs-assessment-centre>” */
                                       _("%s (the XML files Konkurs reads begin with %s)"),
                                       _(signatures[i].what), kinds);
        return FALSE;
      }

  /* UTF-16 (with a byte order mark, or "<" as two bytes) is XML that
   * libxml2 reads; so is UTF-8 after its byte order mark. */
  if (length >= 2 && ((guchar) bytes[0] == 0xFE || (guchar) bytes[0] == 0xFF || bytes[0] == '\0' || bytes[1] == '\0'))
    return TRUE;
  if (length >= 3 && memcmp (bytes, "\357\273\277", 3) == 0)
    start += 3;
  while (start < bytes + length && g_ascii_isspace (*start))
    start++;
  if (start == bytes + length)
    {
      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, 0, _("the file is empty"));
      return FALSE;
    }
  if (*start == '<')
    return check_declared_encoding (ctx, start, bytes + length - start, error);

  beginning = describe_beginning (start, bytes + length - start);
  if (beginning != NULL)
    {
      g_autofree char *kinds = konkurs_exchange_describe_roots ();

      konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, line_at (bytes, start),
                                     _("this is not an XML file: XML begins with “<”, this file with “%s”; "
                                       "a table saved as text (CSV) cannot be imported, save it as XML in the "
                                       "form of the Konkurs schema: %s"),
                                     beginning, kinds);
    }
  else
    konkurs_exchange_set_error_at (error, ctx, KONKURS_EXCHANGE_ERROR_MALFORMED, 0,
                                   _("this is not an XML file, nor text: it does not begin with “<”"));
  return FALSE;
}

gboolean
konkurs_exchange_find_long_attribute (const char  *bytes,
                                      gsize        length,
                                      long         line,
                                      gsize        min_length,
                                      char       **element,
                                      char       **attribute,
                                      long        *attribute_line)
{
  g_autoptr(GRegex) regex = g_regex_new ("<([A-Za-z_][-A-Za-z0-9_.:]*)|([A-Za-z_][-A-Za-z0-9_.:]*)\\s*=\\s*([\"'])",
                                         G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *last_element = NULL;
  const char *from = bytes;
  long current = 1;

  /* From the start of the element's line a little before @line: the value
   * may have begun on an earlier one. */
  for (const char *p = bytes; p < bytes + length && current < line - 1; p++)
    if (*p == '\n')
      {
        current++;
        from = p + 1;
      }

  while (g_regex_match_full (regex, from, bytes + length - from, 0, 0, &match, NULL))
    {
      int start, end, quote, value;
      const char *close;

      if (g_match_info_fetch_pos (match, 1, &start, &end) && start >= 0)
        {
          g_free (last_element);
          last_element = g_strndup (from + start, end - start);
          from += end;
          g_clear_pointer (&match, g_match_info_free);
          continue;
        }
      g_match_info_fetch_pos (match, 3, &quote, &value);
      close = memchr (from + value, from[quote], bytes + length - (from + value));
      if (close == NULL || (gsize) (close - (from + value)) >= min_length)
        {
          g_match_info_fetch_pos (match, 2, &start, &end);
          *element = g_strdup (last_element != NULL ? last_element : "?");
          *attribute = g_strndup (from + start, end - start);
          *attribute_line = line_at (bytes, from + start);
          return TRUE;
        }
      /* The value is no concern: go on after it. */
      from = close + 1;
      g_clear_pointer (&match, g_match_info_free);
    }
  return FALSE;
}
