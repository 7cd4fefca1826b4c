/* konkurs-file.h — writing a file whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Where the contents go while the file is being replaced. */
typedef struct _KonkursFileSink KonkursFileSink;

/* Writes the whole contents through konkurs_file_sink_write(); returns
 * FALSE with @error to give up. */
typedef gboolean (*KonkursFileFillFunc) (KonkursFileSink *sink,
                                         gpointer         user_data,
                                         GError         **error);

/* Replaces @path with what @fill writes.  The bytes go to a temporary file
 * "@path.XXXXXX" in the same folder (so that the rename is atomic and never
 * crosses devices), which is synced and renamed over @path once @fill has
 * succeeded.  On any failure the temporary file is removed and @path is as
 * it was.  The file is created with mode 0600 whatever the umask (it holds
 * personal data); the new @path has that mode.
 *
 * The failures of the file itself are in G_IO_ERROR and name the file by
 * its base name: G_IO_ERROR_NO_SPACE "The disk is full: NAME was not
 * written." for a full disk, a quota or a short write; "NAME cannot be
 * written in the folder FOLDER: REASON." when the temporary file cannot be
 * created; "NAME cannot be written: REASON." otherwise.  A failed write is
 * reported instead of the error of @fill (which usually has only noticed
 * that a write failed), unless @fill was cancelled. */
gboolean konkurs_file_replace    (const char          *path,
                                  KonkursFileFillFunc  fill,
                                  gpointer             user_data,
                                  GError             **error);

/* Moves @file_error, which konkurs_file_replace() set, into @error; the
 * failures of the file itself (G_IO_ERROR but G_IO_ERROR_CANCELLED) get
 * @domain and @code, for a writer that reports its failures in a domain of
 * its own.  The message is kept. */
void     konkurs_file_propagate_error (GError  **error,
                                       GError   *file_error,
                                       GQuark    domain,
                                       int       code);

/* Appends @length bytes of @data.  Returns FALSE once a write has failed;
 * later writes are ignored, and konkurs_file_replace() reports the failure.
 * Meant for the write callbacks of libxml2 and cairo, which cannot carry a
 * GError. */
gboolean konkurs_file_sink_write (KonkursFileSink     *sink,
                                  const void          *data,
                                  gsize                length);

G_END_DECLS
