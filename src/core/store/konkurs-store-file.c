/* konkurs-store-file.c — the database as a file: what it is before SQLite
 * opens it, who may read it, and the lock that keeps one writer on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The database holds citizens' IINs, phones and addresses: it and the
 * files beside it (-wal, -shm, .lock) are readable by their owner only,
 * whatever the umask.  One database has one writer whatever the path that
 * leads to it: the lock is taken beside the file the path resolves to,
 * and a file with a second name (a hard link) is refused, because another
 * Konkurs opening it by that name would keep a WAL of its own and a later
 * open would replay it over committed changes.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "konkurs-store-private.h"

#define SQLITE_HEADER "SQLite format 3"   /* and a NUL: the first 16 bytes */
#define WAL_MAGIC     0x377f0682u         /* its low bit is the byte order of the checksums */

/* Sets OPEN-like @code from errno, @format naming the file and the
 * reason; FALSE.  A macro so that the format is checked. */
#define set_errno_error(error, code, path, saved_errno, format)                              \
  ({                                                                                          \
    int errno_ = (saved_errno);                                                               \
    g_autofree char *display_ = g_filename_display_name (path);                               \
    g_set_error ((error), KONKURS_STORE_ERROR, (code), (format), display_, g_strerror (errno_)); \
    FALSE;                                                                                    \
  })

char *
konkurs_store_file_real_path (const char *path)
{
  g_autofree char *real = realpath (path, NULL);
  g_autofree char *folder = NULL;
  g_autofree char *real_folder = NULL;
  g_autofree char *name = NULL;

  if (real != NULL)
    return g_steal_pointer (&real);
  /* Not there yet: the file will be in the folder the path's folder
   * resolves to. */
  folder = g_path_get_dirname (path);
  name = g_path_get_basename (path);
  real_folder = realpath (folder, NULL);
  return real_folder != NULL ? g_build_filename (real_folder, name, NULL) : g_strdup (path);
}

/* Readable by the owner only: a database of an earlier Konkurs (0644) is
 * tightened when it is ours to change. */
static void
tighten (int         fd,
         const char *path)
{
  struct stat buf;

  if (fstat (fd, &buf) != 0 || buf.st_uid != geteuid () || (buf.st_mode & 077) == 0)
    return;
  if (fchmod (fd, buf.st_mode & 0700) == 0)
    g_message ("%s was readable by others: now by its owner only", path);
}

/* By path, never by opening: the database is open in SQLite already, and
 * closing any descriptor of a file drops every POSIX lock the process
 * holds on it, SQLite's included; another process closing the database
 * could then checkpoint the WAL and remove it under us. */
void
konkurs_store_file_tighten (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (path, suffixes[i], NULL);
      struct stat buf;

      if (lstat (name, &buf) != 0 || !S_ISREG (buf.st_mode) || buf.st_uid != geteuid () ||
          (buf.st_mode & 077) == 0)
        continue;
      if (chmod (name, buf.st_mode & 0700) == 0)
        g_message ("%s was readable by others: now by its owner only", name);
    }
}

static gboolean
refuse_empty (const char  *path,
              GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  /* Never made a new database silently: an empty file may be a database
   * whose copy failed, and the person should know it holds nothing. */
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_EMPTY,
               _("The file %s is empty (0 bytes): it holds no database. "
                 "If it is a copy of a database, the copy failed: copy it again. "
                 "To start a new database, choose a file name that does not exist yet."),
               display);
  return FALSE;
}

static gboolean
refuse_links (const char   *path,
              nlink_t       n_links,
              GError      **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_OPEN,
               g_dngettext (GETTEXT_PACKAGE,
                            "The database %s has %u other name on this disk (a hard link), so a second Konkurs "
                            "could open it under that name and write beside this one. Copy the database to a "
                            "file of its own, or remove its other name, and open it again.",
                            "The database %s has %u other names on this disk (hard links), so a second Konkurs "
                            "could open it under one of them and write beside this one. Copy the database to a "
                            "file of its own, or remove its other names, and open it again.",
                            (gulong) n_links - 1),
               display, (guint) n_links - 1);
  return FALSE;
}

/* The first bytes say whether SQLite wrote the file at all: a text file
 * is "not a Konkurs database", never "damaged". */
static gboolean
check_header (int          fd,
              const char  *path,
              GError     **error)
{
  char header[16] = { 0 };
  ssize_t n = pread (fd, header, sizeof header, 0);

  if (n < 0)
    return set_errno_error (error, KONKURS_STORE_ERROR_OPEN, path, errno,
                            _("Konkurs cannot read the file %s: %s."));
  if (n == sizeof header && memcmp (header, SQLITE_HEADER, sizeof header) == 0)
    return TRUE;
  konkurs_store_set_not_database (path, FALSE, error);
  return FALSE;
}

/* The checks that need no descriptor of the file. */
static gboolean
check_kind (const struct stat  *buf,
            const char         *path,
            GError            **error)
{
  if (!S_ISREG (buf->st_mode))
    {
      konkurs_store_set_not_database (path, FALSE, error);
      return FALSE;
    }
  if (buf->st_nlink > 1)
    return refuse_links (path, buf->st_nlink, error);
  if (buf->st_size == 0)
    return refuse_empty (path, error);
  return TRUE;
}

gboolean
konkurs_store_file_check_open (const char  *path,
                               GError     **error)
{
  struct stat buf;

  if (g_stat (path, &buf) != 0)
    return set_errno_error (error, KONKURS_STORE_ERROR_OPEN, path, errno,
                            _("Konkurs cannot open the database %s: %s."));
  return check_kind (&buf, path, error);
}

gboolean
konkurs_store_file_check (const char  *path,
                          gboolean    *created,
                          GError     **error)
{
  struct stat buf;
  int fd;
  gboolean ok = TRUE;

  *created = FALSE;
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0 && errno == ENOENT)
    {
      /* Created here, not by SQLite, so that it is 0600 from its first
       * byte; SQLite gives the -wal and -shm the mode of the database. */
      fd = open (path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
      if (fd < 0)
        return set_errno_error (error, KONKURS_STORE_ERROR_OPEN, path, errno,
                                _("Konkurs cannot create the database %s: %s."));
      *created = TRUE;
      fchmod (fd, 0600);
      close (fd);
      return TRUE;
    }
  if (fd < 0)
    return set_errno_error (error, KONKURS_STORE_ERROR_OPEN, path, errno,
                            _("Konkurs cannot open the database %s: %s."));

  if (fstat (fd, &buf) != 0)
    ok = set_errno_error (error, KONKURS_STORE_ERROR_OPEN, path, errno,
                          _("Konkurs cannot open the database %s: %s."));
  else
    ok = check_kind (&buf, path, error) && check_header (fd, path, error);

  if (ok)
    tighten (fd, path);
  close (fd);
  return ok;
}

static guint32
read_be32 (const guchar *bytes)
{
  return (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[2] << 8 | bytes[3];
}

static gboolean
refuse_wal (const char  *path,
            const char  *wal,
            const char  *reason,
            GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *wal_display = g_filename_display_name (wal);

  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_OPEN,
               _("Beside the database %s lies %s, which is not its own log of changes (%s). "
                 "Opening the database would merge it into the data. Move that file elsewhere "
                 "(keep it: it may hold changes of another copy) and open the database again."),
               display, wal_display, reason);
  return FALSE;
}

/* The page size of the database, from its header (1 stands for 65536). */
static guint32
database_page_size (const char *path)
{
  guchar header[18];
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  ssize_t n = fd >= 0 ? pread (fd, header, sizeof header, 0) : -1;

  if (fd >= 0)
    close (fd);
  if (n != sizeof header)
    return 0;
  return header[16] == 0 && header[17] == 1 ? 65536 : (guint32) header[16] << 8 | header[17];
}

gboolean
konkurs_store_file_check_wal (const char  *path,
                              GError     **error)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  guchar header[32];
  struct stat buf;
  ssize_t n;
  int fd;

  /* Called with the lock held: no other Konkurs writes this WAL now, so
   * one found here is what a crash left, or a stranger. */
  if (lstat (wal, &buf) != 0)
    return TRUE;
  if (!S_ISREG (buf.st_mode))
    return refuse_wal (path, wal, _("it is not a plain file"), error);
  if (buf.st_nlink > 1)
    return refuse_wal (path, wal, _("it has another name on this disk"), error);
  if (buf.st_size == 0)
    return TRUE;

  fd = open (wal, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  if (fd < 0)
    return set_errno_error (error, KONKURS_STORE_ERROR_OPEN, wal, errno,
                            _("Konkurs cannot read the file %s: %s."));
  n = pread (fd, header, sizeof header, 0);
  close (fd);
  if (n != sizeof header || (read_be32 (header) & ~1u) != WAL_MAGIC)
    return refuse_wal (path, wal, _("it is not a log of SQLite"), error);
  if (read_be32 (header + 8) != database_page_size (path))
    return refuse_wal (path, wal, _("its pages are of another size"), error);
  return TRUE;
}

/* The stamp of a clean close */

/* What identifies the file's state: any write to it, by Konkurs or by
 * anything else, moves its modification and change times (the change
 * time cannot be set back by a program), and a copy is another inode. */
static char *
describe_state (const char *path)
{
  struct stat buf;

  if (stat (path, &buf) != 0)
    return NULL;
  return g_strdup_printf ("%ju %ju %jd %jd.%09ld %jd.%09ld\n",
                          (uintmax_t) buf.st_dev, (uintmax_t) buf.st_ino, (intmax_t) buf.st_size,
                          (intmax_t) buf.st_mtim.tv_sec, buf.st_mtim.tv_nsec,
                          (intmax_t) buf.st_ctim.tv_sec, buf.st_ctim.tv_nsec);
}

static gboolean
wal_is_empty (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  struct stat buf;

  return lstat (wal, &buf) != 0 ? errno == ENOENT : S_ISREG (buf.st_mode) && buf.st_size == 0;
}

gboolean
konkurs_store_file_take_clean_stamp (const char *path)
{
  g_autofree char *stamp_path = g_strconcat (path, ".closed", NULL);
  g_autofree char *stamp = NULL;
  g_autofree char *state = NULL;
  gboolean read;

  /* Gone before anything is written: a crash from now on leaves no stamp,
   * and a stamp that cannot be removed is not believed. */
  read = g_file_get_contents (stamp_path, &stamp, NULL, NULL);
  if (g_unlink (stamp_path) != 0 || !read)
    return FALSE;
  state = describe_state (path);
  return state != NULL && strcmp (stamp, state) == 0 && wal_is_empty (path);
}

void
konkurs_store_file_write_clean_stamp (const char *path)
{
  g_autofree char *stamp_path = g_strconcat (path, ".closed", NULL);
  g_autofree char *state = NULL;
  size_t length;
  ssize_t n;
  int fd;

  struct stat buf;
  struct timespec times[2] = { { 0, UTIME_OMIT } };

  /* SQLite removes the WAL when the last connection closes after a
   * checkpoint; one left means the close was not what it seemed. */
  if (!wal_is_empty (path) || stat (path, &buf) != 0)
    return;
  /* The clock the kernel stamps writes with ticks in milliseconds: a write
   * by another program right after this close could leave both times as
   * they are.  A modification time one second back is one no later write
   * can give the file. */
  times[1] = buf.st_mtim;
  times[1].tv_sec -= 1;
  if (utimensat (AT_FDCWD, path, times, 0) != 0 || (state = describe_state (path)) == NULL)
    return;
  fd = open (stamp_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0)
    return;
  length = strlen (state);
  n = write (fd, state, length);
  close (fd);
  /* A short stamp would never match; remove it rather than leave junk. */
  if (n != (ssize_t) length)
    g_unlink (stamp_path);
}

/* Lock */

static gboolean
same_file (int         fd,
           const char *path)
{
  struct stat by_fd, by_path;

  return fstat (fd, &by_fd) == 0 && g_stat (path, &by_path) == 0 &&
         by_fd.st_dev == by_path.st_dev && by_fd.st_ino == by_path.st_ino;
}

/* Whether any process holds a lock on the file @buf describes, as the
 * kernel lists them in /proc/locks ("1: FLOCK ADVISORY WRITE 1234
 * 08:01:5678 0 EOF").  TRUE when it cannot tell. */
static gboolean
held_by_anyone (const struct stat *buf)
{
  g_autofree char *locks = NULL;
  g_autofree char *key = g_strdup_printf ("%02x:%02x:%" G_GUINT64_FORMAT " ",
                                          major (buf->st_dev), minor (buf->st_dev),
                                          (guint64) buf->st_ino);

  if (!g_file_get_contents ("/proc/locks", &locks, NULL, NULL))
    return TRUE;
  return strstr (locks, key) != NULL;
}

/* A lock file we may not open (another user's, made under umask 077)
 * blocks only while its holder lives: one nobody holds is left over from
 * a crash, and is removed.  1 removed, 0 held, -1 not there or not
 * removable. */
static int
remove_if_stale (const char *lock_path)
{
  struct stat buf;

  /* None there: the folder refused to have one made. */
  if (g_stat (lock_path, &buf) != 0)
    return -1;
  if (held_by_anyone (&buf))
    return 0;
  g_message ("Removing %s, a lock file nobody holds", lock_path);
  return g_unlink (lock_path) == 0 || errno == ENOENT ? 1 : -1;
}

static gboolean
set_locked_error (const char  *path,
                  GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_LOCKED,
               _("The database %s is open in another Konkurs window or by another user. "
                 "Close it there and try again."),
               display);
  return FALSE;
}

static gboolean
set_lock_file_error (const char  *lock_path,
                     int          saved_errno,
                     GError     **error)
{
  g_autofree char *folder = g_path_get_dirname (lock_path);

  if (saved_errno == EROFS || (saved_errno == EACCES && access (folder, W_OK) != 0))
    {
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_OPEN,
                   _("Konkurs cannot write in the folder %s (%s), where it keeps the lock of the database. "
                     "Copy the database to a folder you can write to and open the copy."),
                   display, g_strerror (saved_errno));
      return FALSE;
    }
  return set_errno_error (error, KONKURS_STORE_ERROR_OPEN, lock_path, saved_errno,
                          _("Konkurs cannot create the lock file %s: %s."));
}

/* One attempt: 1 locked (@fd set), 0 try again, -1 failed (@error set). */
static int
try_lock (const char  *path,
          const char  *lock_path,
          int         *fd_out,
          GError     **error)
{
  /* Read-only is enough for flock(), and lets another user's Konkurs
   * open our lock file and find it taken. */
  int fd = open (lock_path, O_RDONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
  int saved_errno;

  if (fd < 0)
    {
      saved_errno = errno;
      if (saved_errno == EACCES)
        switch (remove_if_stale (lock_path))
          {
          case 1:
            return 0;
          case 0:
            set_locked_error (path, error);
            return -1;
          default:
            break;
          }
      set_lock_file_error (lock_path, saved_errno, error);
      return -1;
    }
  tighten (fd, lock_path);

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      saved_errno = errno;
      close (fd);
      if (saved_errno == EWOULDBLOCK)
        {
          set_locked_error (path, error);
          return -1;
        }
      if (saved_errno == ENOLCK || saved_errno == EOPNOTSUPP || saved_errno == ENOSYS)
        {
          g_message ("The file system of %s cannot lock files: opened without protection "
                     "against a second Konkurs", path);
          *fd_out = -1;
          return 1;
        }
      set_errno_error (error, KONKURS_STORE_ERROR_OPEN, path, saved_errno,
                       _("Konkurs cannot lock the database %s: %s."));
      return -1;
    }

  if (same_file (fd, lock_path))
    {
      *fd_out = fd;
      return 1;
    }
  /* The previous holder removed the file between our open() and flock(). */
  close (fd);
  return 0;
}

/* flock() on "<real path>.lock": advisory, released by the kernel when
 * Konkurs dies, and it conflicts between two open() of the same file even
 * within one process.  The lock file, not the database, so SQLite's own
 * locking of the database is left alone; beside the real path, so that a
 * symbolic link to the database finds the same lock. */
gboolean
konkurs_store_file_lock (const char  *path,
                         char       **lock_path_out,
                         int         *fd,
                         GError     **error)
{
  g_autofree char *real = konkurs_store_file_real_path (path);
  g_autofree char *lock_path = g_strconcat (real, ".lock", NULL);

  *fd = -1;
  for (int attempt = 0; attempt < 10; attempt++)
    {
      int result = try_lock (path, lock_path, fd, error);

      if (result < 0)
        return FALSE;
      if (result > 0)
        {
          *lock_path_out = g_steal_pointer (&lock_path);
          return TRUE;
        }
    }
  return set_locked_error (path, error);
}

void
konkurs_store_file_unlock (int         fd,
                           const char *lock_path)
{
  if (fd < 0)
    return;
  /* Unlinked while still held: whoever opened the old file before this
   * finds on locking that it is no longer at the path, and tries again. */
  g_unlink (lock_path);
  close (fd);
}

/* Opening: the folder, and which database a file is */

gboolean
konkurs_store_file_create_parent (const char  *path,
                                  GError     **error)
{
  g_autofree char *parent = g_path_get_dirname (path);
  g_autofree char *display = NULL;
  int saved_errno;

  if (g_mkdir_with_parents (parent, 0700) == 0)
    return TRUE;

  saved_errno = errno;
  display = g_filename_display_name (parent);
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_OPEN,
               _("Konkurs cannot create the folder %s: %s."),
               display, g_strerror (saved_errno));
  return FALSE;
}

/* PRAGMAs and count(*) always give one row. */
static gboolean
query_int (KonkursStore  *self,
           const char    *sql,
           int           *value,
           GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = konkurs_store_prepare (self, sql, error);
  gint64 result = 0;

  if (stmt == NULL || !konkurs_store_read_int64 (self, stmt, NULL, &result, error))
    return FALSE;
  *value = (int) result;
  return TRUE;
}

/* Reads which database this is: Konkurs's (at which version), a new empty
 * one (version 0), or something else. */
gboolean
konkurs_store_file_check_identity (KonkursStore  *self,
                                   const char    *path,
                                   int           *version,
                                   GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = g_filename_display_name (path);
  int application_id, n_objects;

  if (!query_int (self, "PRAGMA application_id", &application_id, &local_error) ||
      !query_int (self, "PRAGMA user_version", version, &local_error) ||
      !query_int (self, "SELECT count(*) FROM sqlite_schema", &n_objects, &local_error))
    {
      /* The header is SQLite's (konkurs_store_file_check() saw it), so a
       * file SQLite cannot read past it is damaged, not foreign. */
      if (g_error_matches (local_error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_DATABASE))
        konkurs_store_set_damaged (path, _("its list of tables cannot be read"), error);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (application_id == 0 && *version == 0 && n_objects == 0)
    return TRUE;

  if ((guint32) application_id != KONKURS_STORE_APPLICATION_ID)
    {
      konkurs_store_set_not_database (path, TRUE, error);
      return FALSE;
    }

  if (*version > KONKURS_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_TOO_NEW,
                   _("The database %s was written by a newer version of Konkurs "
                     "(database version %d; this one knows up to version %d). "
                     "Install the newer Konkurs to open it."),
                   display, *version, KONKURS_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  return TRUE;
}
