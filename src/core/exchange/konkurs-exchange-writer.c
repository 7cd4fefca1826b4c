/* konkurs-exchange-writer.c — writing a kind of XML file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every kind of file is written the same way, so that export, import into
 * an empty database and export again give the same bytes: UTF-8 as it is
 * (Kazakh letters are not turned into character references), two spaces of
 * indentation, the namespace first on the root, then the version.  The
 * bytes go through konkurs_file_replace(): a failure leaves no file behind
 * and an existing one as it was.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "konkurs-exchange-private.h"
#include "konkurs-file.h"

void
konkurs_exchange_write_start (KonkursExchangeWriter *writer,
                              const char            *element)
{
  if (!writer->failed)
    writer->failed = xmlTextWriterStartElement (writer->writer, (const xmlChar *) element) < 0;
}

void
konkurs_exchange_write_end (KonkursExchangeWriter *writer)
{
  if (!writer->failed)
    writer->failed = xmlTextWriterEndElement (writer->writer) < 0;
}

void
konkurs_exchange_write_attr (KonkursExchangeWriter *writer,
                             const char            *name,
                             const char            *value)
{
  if (!writer->failed && value != NULL && value[0] != '\0')
    writer->failed = xmlTextWriterWriteAttribute (writer->writer, (const xmlChar *) name,
                                                  (const xmlChar *) value) < 0;
}

void
konkurs_exchange_write_enum_attr (KonkursExchangeWriter     *writer,
                                  const char                *name,
                                  const KonkursExchangeEnum *type,
                                  int                        value)
{
  konkurs_exchange_write_attr (writer, name, type->to_code (value));
}

void
konkurs_exchange_write_int_attr (KonkursExchangeWriter *writer,
                                 const char            *name,
                                 gint64                 value)
{
  char text[24];  /* room for "-9223372036854775808" */

  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  konkurs_exchange_write_attr (writer, name, text);
}

void
konkurs_exchange_write_bool_attr (KonkursExchangeWriter *writer,
                                  const char            *name,
                                  gboolean               value)
{
  konkurs_exchange_write_attr (writer, name, value ? "true" : "false");
}

void
konkurs_exchange_write_date_attr (KonkursExchangeWriter *writer,
                                  const char            *name,
                                  const GDate           *date)
{
  char text[16];

  if (date == NULL || !g_date_valid (date))
    return;

  g_snprintf (text, sizeof text, "%04u-%02u-%02u", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  konkurs_exchange_write_attr (writer, name, text);
}

void
konkurs_exchange_write_text_element (KonkursExchangeWriter *writer,
                                     const char            *name,
                                     const char            *text,
                                     gboolean               required)
{
  if (writer->failed || (!required && (text == NULL || text[0] == '\0')))
    return;

  writer->failed = xmlTextWriterWriteElement (writer->writer, (const xmlChar *) name,
                                              (const xmlChar *) (text != NULL ? text : "")) < 0;
}

void
konkurs_exchange_write_local_text (KonkursExchangeWriter  *writer,
                                   const char             *name,
                                   const KonkursLocalText *text)
{
  for (KonkursDocLanguage language = KONKURS_DOC_LANGUAGE_KK; language <= KONKURS_DOC_LANGUAGE_RU; language++)
    {
      const char *value = konkurs_local_text_get (text, language);

      if (writer->failed || value[0] == '\0')
        continue;
      konkurs_exchange_write_start (writer, name);
      writer->failed = writer->failed
                       || xmlTextWriterWriteAttribute (writer->writer, (const xmlChar *) "xml:lang",
                                                       (const xmlChar *) konkurs_doc_language_to_code (language)) < 0
                       || xmlTextWriterWriteString (writer->writer, (const xmlChar *) value) < 0;
      konkurs_exchange_write_end (writer);
    }
}

gboolean
konkurs_exchange_is_local_xml_text (const KonkursLocalText *text)
{
  return konkurs_exchange_is_xml_text (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_KK)) &&
         konkurs_exchange_is_xml_text (konkurs_local_text_get (text, KONKURS_DOC_LANGUAGE_RU));
}

gboolean
konkurs_exchange_is_xml_text (const char *text)
{
  if (text == NULL)
    return TRUE;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        return FALSE;
    }

  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* The file                                                                  */

typedef struct {
  const KonkursExchangeFormat *format;
  const char                  *display_name;
  KonkursExchangeBodyFunc      body;
  gpointer                     user_data;
  GCancellable                *cancellable;
} WriteJob;

static int
sink_write (void       *sink,
            const char *buffer,
            int         len)
{
  return konkurs_file_sink_write (sink, buffer, (gsize) len) ? len : -1;
}

void
konkurs_exchange_write_section (KonkursExchangeWriter       *writer,
                                const KonkursExchangeFormat *format)
{
  konkurs_exchange_write_start (writer, format->root);
  /* Written by hand so that it comes first, as people write it. */
  konkurs_exchange_write_attr (writer, "xmlns", format->ns);
  konkurs_exchange_write_attr (writer, "version", format->version);
}

static void
write_root (KonkursExchangeWriter       *writer,
            const KonkursExchangeFormat *format)
{
  writer->failed = xmlTextWriterSetIndent (writer->writer, 1) < 0
                   || xmlTextWriterSetIndentString (writer->writer, (const xmlChar *) "  ") < 0
                   || xmlTextWriterStartDocument (writer->writer, "1.0", "UTF-8", NULL) < 0;
  konkurs_exchange_write_section (writer, format);
}

static gboolean
fill (KonkursFileSink *sink,
      gpointer         user_data,
      GError         **error)
{
  WriteJob *job = user_data;
  KonkursExchangeWriter writer = { NULL, FALSE };
  xmlOutputBuffer *output;
  gboolean ok;

  output = xmlOutputBufferCreateIO (sink_write, NULL, sink, NULL);
  if (output == NULL || (writer.writer = xmlNewTextWriter (output)) == NULL)
    {
      if (output != NULL)
        xmlOutputBufferClose (output);
      g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                   _("%s cannot be written: out of memory."), job->display_name);
      return FALSE;
    }

  write_root (&writer, job->format);
  ok = writer.failed || job->body (&writer, job->user_data, job->cancellable, error);
  if (ok && !writer.failed)
    writer.failed = xmlTextWriterEndDocument (writer.writer) < 0;
  /* Frees @output too, flushing what is left; konkurs_file_replace()
   * notices when that fails. */
  xmlFreeTextWriter (writer.writer);

  if (ok && writer.failed)
    {
      g_set_error (error, KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE,
                   _("%s cannot be written."), job->display_name);
      return FALSE;
    }

  return ok;
}

gboolean
konkurs_exchange_write_file (const KonkursExchangeFormat *format,
                             const char                  *path,
                             KonkursExchangeBodyFunc      body,
                             gpointer                     user_data,
                             GCancellable                *cancellable,
                             GError                     **error)
{
  g_autofree char *display_name = g_path_get_basename (path);
  WriteJob job = { format, display_name, body, user_data, cancellable };
  g_autoptr(GError) local_error = NULL;

  xmlInitParser ();

  if (konkurs_file_replace (path, fill, &job, &local_error))
    return TRUE;

  konkurs_file_propagate_error (error, g_steal_pointer (&local_error),
                                KONKURS_EXCHANGE_ERROR, KONKURS_EXCHANGE_ERROR_WRITE);
  return FALSE;
}
