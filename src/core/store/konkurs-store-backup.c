/* konkurs-store-backup.c — a consistent, checked copy of a database,
 * taken while a window may be writing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not through KonkursStore: the window holds the database's lock, and a
 * backup must not wait for it to close.  SQLite's online backup reads one
 * committed state through a read-only connection of its own.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "konkurs-store-backup.h"
#include "konkurs-store-private.h"
#include "konkurs-store-verify.h"

/* About this many steps, so that Cancel answers and progress moves. */
#define STEPS 50

static gboolean
set_full_error (const char *copy_path, GError **error)
{
  g_autofree char *display = g_filename_display_name (copy_path);

  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FULL,
               _("The disk is full: the backup copy %s was not written."), display);
  return FALSE;
}

static gboolean
set_sqlite_error (const char *path, sqlite3 *db, int rc, GError **error)
{
  int system_errno = db != NULL ? sqlite3_system_errno (db) : 0;

  /* Only the copy is written: a full disk is the copy's. */
  if ((rc & 0xff) == SQLITE_FULL || system_errno == ENOSPC || system_errno == EDQUOT)
    return set_full_error (path, error);
  konkurs_store_error_from_sqlite_full (path, rc, db != NULL ? sqlite3_system_errno (db) : 0,
                                        db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc), error);
  return FALSE;
}

/* The database to copy: a Konkurs database, read-only. */
static sqlite3 *
open_source (const char *path, GError **error)
{
  g_autoptr(sqlite3) db = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_FOUND,
                   _("There is no database %s to back up."), display);
      return NULL;
    }
  /* The window backs up the database it has open */
  if (!konkurs_store_file_check_open (path, error))
    return NULL;

  /* Read-write, though it only reads: a read-only connection that is the
   * last to close leaves the -wal and -shm behind it.  A file we may not
   * write is read read-only. */
  rc = sqlite3_open_v2 (path, &db, access (path, W_OK) == 0 ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_extended_result_codes (db, 1);
  if (rc == SQLITE_OK)
    rc = sqlite3_busy_timeout (db, 5000);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db, "PRAGMA application_id", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    rc = SQLITE_OK;
  /* A text or random file: not a database at all, not a damaged one */
  if ((rc & 0xff) == SQLITE_NOTADB)
    {
      konkurs_store_set_not_database (path, FALSE, error);
      return NULL;
    }
  if (rc != SQLITE_OK)
    {
      konkurs_store_error_from_sqlite_full (path, rc, db != NULL ? sqlite3_system_errno (db) : 0,
                                            db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc), error);
      return NULL;
    }
  if ((guint32) sqlite3_column_int (stmt, 0) != KONKURS_STORE_APPLICATION_ID)
    {
      konkurs_store_set_not_database (path, TRUE, error);
      return NULL;
    }
  return g_steal_pointer (&db);
}

/* A temporary file beside @copy_path, 0600 whatever the umask. */
static char *
create_temporary (const char *copy_path, GError **error)
{
  g_autofree char *temp_path = g_strconcat (copy_path, ".XXXXXX", NULL);
  int fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0600);
  int saved_errno;

  if (fd >= 0 && fchmod (fd, 0600) == 0)
    {
      close (fd);
      return g_steal_pointer (&temp_path);
    }

  saved_errno = errno;
  if (fd >= 0)
    {
      close (fd);
      g_unlink (temp_path);
    }
  {
    g_autofree char *display = g_filename_display_name (copy_path);

    if (saved_errno == ENOSPC || saved_errno == EDQUOT)
      set_full_error (copy_path, error);
    else
      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_OPEN,
                   _("The backup copy %s cannot be written: %s."), display, g_strerror (saved_errno));
  }
  return NULL;
}

/* Page by page, starting over by itself when the window commits in
 * between; a busy source is waited for. */
static gboolean
copy_pages (sqlite3 *source, sqlite3 *copy, const char *copy_path,
            KonkursStoreProgressFunc progress, gpointer progress_data,
            GCancellable *cancellable, KonkursStoreBackupInfo *info, GError **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (copy, "main", source, "main");
  double shown = 0;
  int pages = 1;   /* the first step learns how many there are */
  int rc;

  if (backup == NULL)
    return set_sqlite_error (copy_path, copy, sqlite3_extended_errcode (copy), error);

  do
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          sqlite3_backup_finish (backup);
          return !g_cancellable_set_error_if_cancelled (cancellable, error);
        }
      rc = sqlite3_backup_step (backup, pages);
      pages = MAX (16, sqlite3_backup_pagecount (backup) / STEPS);
      /* A commit of the window meanwhile starts the copy over: the bar
       * waits rather than going back. */
      if (progress != NULL && sqlite3_backup_pagecount (backup) > 0)
        {
          double fraction = rc == SQLITE_DONE ? 1.0 : 1.0 - (double) sqlite3_backup_remaining (backup)
                                                            / sqlite3_backup_pagecount (backup);

          if (fraction > shown)
            progress (shown = fraction, progress_data);
        }
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        g_usleep (20 * 1000);
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

  info->pages = sqlite3_backup_pagecount (backup);
  sqlite3_backup_finish (backup);
  if (rc != SQLITE_DONE)
    return set_sqlite_error (copy_path, copy, sqlite3_extended_errcode (copy), error);
  return TRUE;
}

/* A copy is one file: no WAL beside it, whatever the source used; then
 * the whole check, every index against its table. */
static gboolean
check_copy (sqlite3 *copy, const char *copy_path, GError **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GString) problems = g_string_new (NULL);
  int rc = sqlite3_exec (copy, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (copy, "PRAGMA integrity_check(5)", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_string_append_printf (problems, "%s%s", problems->len > 0 ? "; " : "", line);
      rc = SQLITE_OK;
    }
  if (rc != SQLITE_DONE && rc != SQLITE_OK)
    return set_sqlite_error (copy_path, copy, rc, error);
  if (problems->len > 0)
    {
      konkurs_store_set_damaged (copy_path, problems->str, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
sync_file (const char *path)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  gboolean ok = fd >= 0 && fsync (fd) == 0;

  if (fd >= 0)
    close (fd);
  return ok;
}

static gboolean
refuse_same_file (const char *source_path, const char *copy_path, GError **error)
{
  g_autofree char *real_source = konkurs_store_file_real_path (source_path);
  g_autofree char *real_copy = konkurs_store_file_real_path (copy_path);
  g_autofree char *display = NULL;

  if (g_strcmp0 (real_source, real_copy) != 0)
    return FALSE;
  display = g_filename_display_name (copy_path);
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_OPEN,
               _("%s is the database itself: give the backup copy another name."), display);
  return TRUE;
}

/* @matches: whether the copy's record of changes holds (konkurs_store_verify()
 * on the copy); @problem what does not match. */
static gboolean
check_record (const char  *copy_path,
              gboolean     matches,
              const char  *problem,
              GError     **error)
{
  g_autofree char *display = NULL;

  if (matches)
    return TRUE;
  display = g_filename_display_name (copy_path);
  g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DAMAGED,
               _("The backup copy %s does not match its record of changes (%s), so it was not kept. "
                 "Check the database with --verify."),
               display, problem);
  return FALSE;
}

/* The copy opens as a Konkurs database of this version, and its record
 * of changes holds.  Only a copy of this version: opening an older one
 * would migrate it, and a backup is the file as it was. */
static gboolean
verify_copy (const char  *temp_path,
             const char  *copy_path,
             GError     **error)
{
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  /* It counts no deadline: a calendar of one year will do, so that a
   * backup never depends on the installed calendar. */
  g_autoptr(KonkursCalendar) calendar = konkurs_calendar_new_from_data ("[2000]\nkurban-ait=2000-03-16\n", -1,
                                                                        error);

  if (calendar == NULL)
    return FALSE;
  store = konkurs_store_open_full (temp_path, calendar, KONKURS_STORE_OPEN_DEFER_CHECK, error);
  if (store == NULL)
    return FALSE;
  /* Read through the writing connection (inside its transaction): a
   * reading connection would leave the copy's -wal and -shm behind, since
   * only a connection that may write removes them on closing. */
  if (!konkurs_store_begin (store, error))
    return FALSE;
  report = konkurs_store_verify (store, NULL, error);
  konkurs_store_rollback (store);
  return report != NULL && check_record (copy_path, report->problem == KONKURS_VERIFY_OK, report->message, error);
}

static int
user_version (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int (stmt, 0);
}

/* Copies into @temp_path, checks, and renames it to @copy_path. */
static gboolean
write_copy (sqlite3 *source, const char *temp_path, const char *copy_path,
            KonkursStoreProgressFunc progress, gpointer progress_data,
            GCancellable *cancellable, KonkursStoreBackupInfo *info, GError **error)
{
  g_autoptr(sqlite3) copy = NULL;
  gboolean current;
  GStatBuf buf;
  int rc = sqlite3_open_v2 (temp_path, &copy, SQLITE_OPEN_READWRITE, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_extended_result_codes (copy, 1);
  if (rc != SQLITE_OK)
    return set_sqlite_error (copy_path, copy, rc, error);
  if (!copy_pages (source, copy, copy_path, progress, progress_data, cancellable, info, error) ||
      !check_copy (copy, copy_path, error))
    return FALSE;
  current = user_version (copy) == KONKURS_STORE_SCHEMA_VERSION;
  if (sqlite3_close (g_steal_pointer (&copy)) != SQLITE_OK)
    return set_sqlite_error (copy_path, NULL, SQLITE_IOERR, error);
  if (current && !verify_copy (temp_path, copy_path, error))
    return FALSE;
  if (!sync_file (temp_path) ||
      g_stat (temp_path, &buf) != 0 || g_rename (temp_path, copy_path) != 0)
    {
      int saved_errno = errno;
      g_autofree char *display = g_filename_display_name (copy_path);

      g_set_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_OPEN,
                   _("The backup copy %s cannot be written: %s."), display, g_strerror (saved_errno));
      return FALSE;
    }
  info->bytes = buf.st_size;
  return TRUE;
}

gboolean
konkurs_store_backup (const char               *source_path,
                      const char               *copy_path,
                      KonkursStoreProgressFunc  progress,
                      gpointer                  progress_data,
                      GCancellable             *cancellable,
                      KonkursStoreBackupInfo   *info,
                      GError                  **error)
{
  g_autoptr(sqlite3) source = NULL;
  g_autofree char *temp_path = NULL;
  g_autofree char *lock_path = NULL;
  KonkursStoreBackupInfo local_info = { 0, 0 };
  int lock_fd = -1;
  gboolean ok;

  g_return_val_if_fail (source_path != NULL && copy_path != NULL, FALSE);

  if (refuse_same_file (source_path, copy_path, error) ||
      (source = open_source (source_path, error)) == NULL ||
      /* no Konkurs may have the file being replaced open */
      !konkurs_store_file_lock (copy_path, &lock_path, &lock_fd, error) ||
      (temp_path = create_temporary (copy_path, error)) == NULL)
    {
      konkurs_store_file_unlock (lock_fd, lock_path);
      return FALSE;
    }

  ok = write_copy (source, temp_path, copy_path, progress, progress_data, cancellable,
                   info != NULL ? info : &local_info, error);
  if (!ok)
    {
      const char *suffixes[] = { "", "-journal", "-wal", "-shm" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        {
          g_autofree char *name = g_strconcat (temp_path, suffixes[i], NULL);

          g_unlink (name);
        }
    }
  konkurs_store_file_unlock (lock_fd, lock_path);
  return ok;
}
