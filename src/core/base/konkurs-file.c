/* konkurs-file.c — writing a file whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything Konkurs writes for the user (exported XML, PDFs) goes through
 * konkurs_file_replace(), so that a full disk, a removed USB stick or a
 * cancelled job never leaves a half-written file or destroys the previous
 * one, and so that every writer reports those failures in the same words.
 */
#include "config.h"

#include "konkurs-file.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

struct _KonkursFileSink {
  int fd;
  int saved_errno;  /* of the first failed write; 0 while every write succeeded */
};

gboolean
konkurs_file_sink_write (KonkursFileSink *sink,
                         const void      *data,
                         gsize            length)
{
  const char *bytes = data;

  if (sink->saved_errno != 0)
    return FALSE;

  while (length > 0)
    {
      ssize_t written = write (sink->fd, bytes, MIN (length, (gsize) G_MAXSSIZE));

      if (written < 0 && errno == EINTR)
        continue;
      /* A regular file takes fewer bytes than offered only when there is
       * no room for more; the next write says why, and nothing at all means
       * the disk is full. */
      if (written <= 0)
        {
          sink->saved_errno = written < 0 ? errno : ENOSPC;
          return FALSE;
        }
      bytes += written;
      length -= (gsize) written;
    }

  return TRUE;
}

static void
set_error (GError    **error,
           const char *path,
           int         saved_errno)
{
  g_autofree char *name = g_filename_display_basename (path);

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                 _("The disk is full: %s was not written."), name);
  else
    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                 _("%s cannot be written: %s."), name, g_strerror (saved_errno));
}

static void
set_create_error (GError    **error,
                  const char *path,
                  int         saved_errno)
{
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *display_folder = NULL;

  if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    {
      set_error (error, path, saved_errno);
      return;
    }

  name = g_filename_display_basename (path);
  folder = g_path_get_dirname (path);
  display_folder = g_filename_display_name (folder);
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("%s cannot be written in the folder %s: %s."),
               name, display_folder, g_strerror (saved_errno));
}

/* After @fill failed: the failed write, if there was one, is the cause. */
static void
set_fill_error (GError         **error,
                const char      *path,
                KonkursFileSink *sink,
                GError          *fill_error)
{
  g_autoptr(GError) owned = fill_error;

  if (sink->saved_errno != 0 && !g_error_matches (owned, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    set_error (error, path, sink->saved_errno);
  else if (owned != NULL)
    g_propagate_error (error, g_steal_pointer (&owned));
  else
    set_error (error, path, EIO);
}

gboolean
konkurs_file_replace (const char          *path,
                      KonkursFileFillFunc  fill,
                      gpointer             user_data,
                      GError             **error)
{
  g_autofree char *temp_path = NULL;
  KonkursFileSink sink = { -1, 0 };
  GError *fill_error = NULL;
  int saved_errno = 0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (fill != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  temp_path = g_strconcat (path, ".XXXXXX", NULL);
  /* Readable by its owner only, whatever the umask: an export or a
   * protocol holds citizens' IINs and addresses.  fchmod() because the
   * umask may take bits away but never add them. */
  sink.fd = g_mkstemp_full (temp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (sink.fd < 0)
    {
      set_create_error (error, path, errno);
      return FALSE;
    }
  if (fchmod (sink.fd, 0600) != 0)
    {
      saved_errno = errno;
      close (sink.fd);
      g_unlink (temp_path);
      set_error (error, path, saved_errno);
      return FALSE;
    }

  if (!fill (&sink, user_data, &fill_error))
    {
      close (sink.fd);
      g_unlink (temp_path);
      set_fill_error (error, path, &sink, fill_error);
      return FALSE;
    }

  if (sink.saved_errno != 0)
    saved_errno = sink.saved_errno;
  else if (fsync (sink.fd) != 0)
    saved_errno = errno;
  if (close (sink.fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  if (saved_errno == 0 && g_rename (temp_path, path) != 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      g_unlink (temp_path);
      set_error (error, path, saved_errno);
      return FALSE;
    }

  return TRUE;
}

void
konkurs_file_propagate_error (GError **error,
                              GError  *file_error,
                              GQuark   domain,
                              int      code)
{
  g_autoptr(GError) owned = file_error;

  g_return_if_fail (file_error != NULL);

  if (owned->domain == G_IO_ERROR && owned->code != G_IO_ERROR_CANCELLED)
    g_set_error_literal (error, domain, code, owned->message);
  else
    g_propagate_error (error, g_steal_pointer (&owned));
}
