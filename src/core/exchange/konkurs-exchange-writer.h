/* konkurs-exchange-writer.h — what every exporter of a kind of XML file
 * uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/xmlwriter.h>

#include "konkurs-exchange-reader.h"

G_BEGIN_DECLS

/* An xmlTextWriter that remembers its first failure: the write functions
 * below do nothing once @failed is set, so that a writer of a format calls
 * them one after the other and looks at @failed where it loops. */
typedef struct {
  xmlTextWriter *writer;
  gboolean       failed;
} KonkursExchangeWriter;

/* Writes the children of the root; returns FALSE with @error for a reason of
 * its own (cancelled, text that XML cannot hold).  A failed write needs no
 * error: konkurs_exchange_write_file() reports it. */
typedef gboolean (*KonkursExchangeBodyFunc) (KonkursExchangeWriter *writer,
                                             gpointer               user_data,
                                             GCancellable          *cancellable,
                                             GError               **error);

/* Writes @path as a file of @format, whole or not at all (see
 * konkurs_file_replace()): the XML declaration, the root element with its
 * namespace and version, what @body writes, indented by two spaces.  Every
 * failure of the file is a KONKURS_EXCHANGE_ERROR_WRITE naming it; a
 * cancellation is G_IO_ERROR_CANCELLED. */
gboolean konkurs_exchange_write_file          (const KonkursExchangeFormat *format,
                                               const char                  *path,
                                               KonkursExchangeBodyFunc      body,
                                               gpointer                     user_data,
                                               GCancellable                *cancellable,
                                               GError                     **error);

void     konkurs_exchange_write_start         (KonkursExchangeWriter *writer,
                                               const char            *element);
/* The start of the root element of @format, with its namespace and
 * version: a file's root, or a section of a file of a whole database. */
void     konkurs_exchange_write_section       (KonkursExchangeWriter       *writer,
                                               const KonkursExchangeFormat *format);
void     konkurs_exchange_write_end           (KonkursExchangeWriter *writer);
/* Nothing when @value is NULL or empty: Konkurs reads an absent attribute
 * and an empty one alike. */
void     konkurs_exchange_write_attr          (KonkursExchangeWriter *writer,
                                               const char            *name,
                                               const char            *value);
/* The code of @value, e.g. "district" for KONKURS_LEVEL_DISTRICT. */
void     konkurs_exchange_write_enum_attr     (KonkursExchangeWriter     *writer,
                                               const char                *name,
                                               const KonkursExchangeEnum *type,
                                               int                        value);
void     konkurs_exchange_write_int_attr      (KonkursExchangeWriter *writer,
                                               const char            *name,
                                               gint64                 value);
void     konkurs_exchange_write_bool_attr     (KonkursExchangeWriter *writer,
                                               const char            *name,
                                               gboolean               value);
/* YYYY-MM-DD; nothing when @date is NULL or invalid. */
void     konkurs_exchange_write_date_attr     (KonkursExchangeWriter *writer,
                                               const char            *name,
                                               const GDate           *date);
/* <name>text</name>; an optional element is left out when @text is NULL or
 * empty. */
void     konkurs_exchange_write_text_element  (KonkursExchangeWriter *writer,
                                               const char            *name,
                                               const char            *text,
                                               gboolean               required);

/* <name xml:lang="kk">…</name><name xml:lang="ru">…</name>: one element
 * per language that has a value, Kazakh first. */
void     konkurs_exchange_write_local_text    (KonkursExchangeWriter  *writer,
                                               const char             *name,
                                               const KonkursLocalText *text);

/* FALSE for text that XML 1.0 cannot hold, even escaped (most control
 * characters, invalid UTF-8): check before writing what a user typed. */
gboolean konkurs_exchange_is_xml_text         (const char            *text);
/* The same for both values of @text. */
gboolean konkurs_exchange_is_local_xml_text   (const KonkursLocalText *text);

G_END_DECLS
