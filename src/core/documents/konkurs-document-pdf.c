/* konkurs-document-pdf.c — a KonkursDocument written as a PDF file, with
 * what the file says of itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>

#include "konkurs-autocleanups.h"
#include "konkurs-document-private.h"
#include "konkurs-document.h"
#include "konkurs-file.h"

#define MM_TO_PT(mm)   ((mm) * 72.0 / 25.4)
#define A4_WIDTH       MM_TO_PT (210.0)
#define A4_HEIGHT      MM_TO_PT (297.0)

/* What of cairo's output is kept in memory besides its cross-reference
 * section: enough for the catalogue just before it. */
#define TAIL_SIZE (64 * 1024)

/* cairo's output goes to the file as it comes and only its end is kept,
 * where append_language() finds what it needs: the catalogue, the
 * cross-reference section (20 bytes an object, so it grows with the
 * pages) and the trailer.  A protocol of thousands of pages is tens of
 * MiB of PDF, which a buffer of the whole file kept twice over. */
typedef struct {
  KonkursFileSink *sink;
  GByteArray      *tail;      /* not yet written to the sink */
  guint64          offset;    /* of the tail's first byte in the file */
  gboolean         xref_seen; /* from there on, everything is kept */
} PdfStream;

static cairo_status_t
write_to_stream (void *data, const unsigned char *bytes, unsigned int length)
{
  PdfStream *stream = data;
  gsize from = stream->tail->len >= 6 ? stream->tail->len - 6 : 0;

  g_byte_array_append (stream->tail, bytes, length);
  /* cairo writes "xref" once, at the end; a stream's bytes that happen
   * to spell it only make more of the file stay in memory */
  if (!stream->xref_seen)
    stream->xref_seen = g_strstr_len ((const char *) stream->tail->data + from,
                                      stream->tail->len - from, "\nxref\n") != NULL;
  if (!stream->xref_seen && stream->tail->len > 2 * TAIL_SIZE)
    {
      gsize flushed = stream->tail->len - TAIL_SIZE;

      if (!konkurs_file_sink_write (stream->sink, stream->tail->data, flushed))
        return CAIRO_STATUS_WRITE_ERROR;
      g_byte_array_remove_range (stream->tail, 0, flushed);
      stream->offset += flushed;
    }
  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError **error, const char *path, const char *reason)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_WRITE,
               _("The PDF file “%s” could not be written: %s."), name, reason);
}

static void
set_metadata (cairo_surface_t *surface, cairo_pdf_metadata_t field, const char *value)
{
  if (value != NULL && *value != '\0')
    cairo_pdf_surface_set_metadata (surface, field, value);
}

/* Draws every page into the PDF stream; FALSE when cancelled. */
static gboolean
draw_pdf (KonkursDocument *self, cairo_surface_t *surface, GCancellable *cancellable, GError **error)
{
  g_autoptr(cairo_t) cr = cairo_create (surface);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  /* cairo reads "YYYY-MM-DDThh:mm:ss+hh:mm", without fractions of a second */
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S%:z");

  set_metadata (surface, CAIRO_PDF_METADATA_TITLE, konkurs_document_get_title (self));
  set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, konkurs_document_get_author (self));
  set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, konkurs_document_get_subject (self));
  set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME " " PACKAGE_VERSION);
  set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  for (guint i = 0; i < konkurs_document_get_n_pages (self); i++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      konkurs_document_render_page (self, cr, i);
      cairo_show_page (cr);
    }

  return TRUE;
}

/* The language of the text */

/* The last occurrence of @needle in the @length bytes of @haystack. */
static const char *
find_last (const char *haystack, gsize length, const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = length >= n ? length - n + 1 : 0; i-- > 0;)
    if (memcmp (haystack + i, needle, n) == 0)
      return haystack + i;
  return NULL;
}

/* The number after @key in the NUL-terminated @dict ("/Size 12"), or -1. */
static gint64
dict_number (const char *dict, const char *key)
{
  const char *at = strstr (dict, key);

  if (at == NULL)
    return -1;
  at += strlen (key);
  while (*at == ' ' || *at == '\n' || *at == '\r')
    at++;
  return g_ascii_isdigit (*at) ? g_ascii_strtoll (at, NULL, 10) : -1;
}

/* The dictionary of object @number, between "N 0 obj" and "endobj". */
static char *
object_dict (const char *pdf, gsize length, gint64 number)
{
  g_autofree char *header = g_strdup_printf ("\n%" G_GINT64_FORMAT " 0 obj", number);
  const char *start = find_last (pdf, length, header);
  const char *end, *close;

  if (start == NULL)
    return NULL;
  start += strlen (header);
  end = g_strstr_len (start, pdf + length - start, "endobj");
  close = end != NULL ? find_last (start, end - start, ">>") : NULL;
  if (close == NULL || (start = g_strstr_len (start, close - start, "<<")) == NULL)
    return NULL;
  return g_strndup (start, close - start);
}

static void
append_text (GByteArray *pdf, const char *text)
{
  g_byte_array_append (pdf, (const guint8 *) text, strlen (text));
}

/* cairo 1.16 cannot set the /Lang of the catalogue, which screen readers
 * and PDF/UA checkers read to pronounce the text in its language.  It is
 * added as an incremental update, the way PDF editors change a file: the
 * catalogue written again with /Lang, a cross-reference section for it and
 * a trailer that points back to cairo's.  A file whose end does not look
 * as cairo writes it is left as it is. */
static void
append_language (GByteArray *pdf, guint64 pdf_offset, const char *language)
{
  const char *data = (const char *) pdf->data;
  const char *startxref = find_last (data, pdf->len, "startxref");
  const char *trailer = find_last (data, pdf->len, "trailer");
  g_autofree char *trailer_dict = NULL;
  g_autofree char *catalog = NULL;
  g_autofree char *update = NULL;
  g_autofree char *info_ref = NULL;
  gint64 previous, size, root, info;
  guint64 offset, xref;

  if (language == NULL || startxref == NULL || trailer == NULL || trailer > startxref)
    return;
  previous = g_ascii_strtoll (startxref + strlen ("startxref"), NULL, 10);
  trailer_dict = g_strndup (trailer, startxref - trailer);
  size = dict_number (trailer_dict, "/Size");
  root = dict_number (trailer_dict, "/Root");
  info = dict_number (trailer_dict, "/Info");
  if (previous <= 0 || size <= 0 || root <= 0
      || (catalog = object_dict (data, pdf->len, root)) == NULL
      || strstr (catalog, "/Lang") != NULL)
    {
      g_debug ("The PDF does not end as cairo writes it: no /Lang added");
      return;
    }

  if (pdf->len > 0 && pdf->data[pdf->len - 1] != '\n')
    g_byte_array_append (pdf, (const guint8 *) "\n", 1);
  offset = pdf_offset + pdf->len;
  update = g_strdup_printf ("%" G_GINT64_FORMAT " 0 obj\n%s   /Lang (%s)\n>>\nendobj\n", root, catalog, language);
  append_text (pdf, update);
  xref = pdf_offset + pdf->len;
  info_ref = info > 0 ? g_strdup_printf (" /Info %" G_GINT64_FORMAT " 0 R", info) : g_strdup ("");
  /* each entry of a cross-reference section is exactly 20 bytes */
  g_clear_pointer (&update, g_free);
  update = g_strdup_printf ("xref\n%" G_GINT64_FORMAT " 1\n%010" G_GUINT64_FORMAT " 00000 n \n"
                            "trailer\n<< /Size %" G_GINT64_FORMAT " /Root %" G_GINT64_FORMAT " 0 R%s"
                            " /Prev %" G_GINT64_FORMAT " >>\nstartxref\n%" G_GUINT64_FORMAT "\n%%%%EOF\n",
                            root, offset, size, root, info_ref, previous, xref);
  append_text (pdf, update);
}

typedef struct {
  KonkursDocument *self;
  const char      *path;
  GCancellable    *cancellable;
} PdfJob;

static gboolean
fill_pdf (KonkursFileSink *sink, gpointer user_data, GError **error)
{
  PdfJob *job = user_data;
  g_autoptr(cairo_surface_t) surface = NULL;
  g_autoptr(GByteArray) tail = g_byte_array_new ();
  PdfStream stream = { sink, tail, 0, FALSE };
  gboolean drawn;

  konkurs_document_ensure_paginated (job->self, A4_WIDTH, A4_HEIGHT);
  surface = cairo_pdf_surface_create_for_stream (write_to_stream, &stream, A4_WIDTH, A4_HEIGHT);
  drawn = draw_pdf (job->self, surface, job->cancellable, error);
  cairo_surface_finish (surface);
  if (!drawn)
    return FALSE;
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      set_write_error (error, job->path, cairo_status_to_string (cairo_surface_status (surface)));
      return FALSE;
    }

  append_language (tail, stream.offset, konkurs_document_get_language (job->self));
  return konkurs_file_sink_write (sink, tail->data, tail->len);
}

gboolean
konkurs_document_write_pdf (KonkursDocument *self, const char *path, GCancellable *cancellable, GError **error)
{
  PdfJob job = { self, path, cancellable };
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (KONKURS_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (konkurs_file_replace (path, fill_pdf, &job, &local_error))
    return TRUE;

  konkurs_file_propagate_error (error, g_steal_pointer (&local_error),
                                KONKURS_DOCUMENT_ERROR, KONKURS_DOCUMENT_ERROR_WRITE);
  return FALSE;
}
