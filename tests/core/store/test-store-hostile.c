/* test-store-hostile.c — the database in a hostile environment: modes and
 * umasks, read-only files and folders, a full disk, empty and random
 * files, a second Konkurs, stale locks of another user, hard and symbolic
 * links, a foreign WAL and a damaged file.  Each is refused or opened
 * read-only with a message naming the file, and nothing is lost.
 *
 * Running as root, the tests that need modes obeyed become "nobody" in a
 * child process; those that need a tmpfs skip where the kernel refuses.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "konkurs-store.h"
#include "konkurs-store-private.h"
#include "konkurs-test-store.h"
#include "konkurs-test-util.h"

typedef KonkursTestStoreFixture Fixture;

static char *
file_in (Fixture *fixture, const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static guint
mode_of (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_lstat (path, &buf), ==, 0);
  return buf.st_mode & 07777;
}

/* A closed database at @path with one competition in it. */
static void
make_database (Fixture *fixture, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Министерство финансов", 2024, 3, 1);
  KonkursStore *store = konkurs_store_open (path, fixture->calendar, &error);

  g_assert_no_error (error);
  g_assert_true (konkurs_store_save_competition (store, competition, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);
}

static void
assert_message_names (const GError *error, const char *path, const char *words)
{
  g_assert_nonnull (error);
  if (strstr (error->message, path) == NULL || strstr (error->message, words) == NULL)
    g_error ("“%s” does not name %s and say “%s”", error->message, path, words);
}

/* Opening @path is refused with @code; unless @words is NULL, the
 * message names the file and says @words and, unless NULL, @words2. */
static void
assert_open_refused (Fixture    *fixture,
                     const char *path,
                     int         code,
                     const char *words,
                     const char *words2)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (konkurs_store_open (path, fixture->calendar, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, code);
  if (words != NULL)
    assert_message_names (error, path, words);
  if (words2 != NULL && strstr (error->message, words2) == NULL)
    g_error ("“%s” does not say “%s”", error->message, words2);
}

/* @path opens, and nothing of make_database() was lost; unless NULL,
 * @private_file is of mode 0600 while it is open (a lock file is only
 * there then). */
static void
assert_opens_whole (Fixture *fixture, const char *path, const char *private_file)
{
  g_autoptr(GError) error = NULL;
  KonkursStore *store = konkurs_store_open (path, fixture->calendar, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (konkurs_test_count_competitions (store), ==, 1);
  if (private_file != NULL)
    g_assert_cmpuint (mode_of (private_file), ==, 0600);
  g_assert_finalize_object (store);
}

/* Modes */

static void
test_modes (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = file_in (fixture, "new-folder");
  g_autofree char *path = g_build_filename (folder, "private.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Министерство финансов", 2024, 3, 1);
  mode_t old_umask = umask (0);
  KonkursStore *store = konkurs_store_open (path, fixture->calendar, &error);

  umask (old_umask);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_save_competition (store, competition, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mode_of (folder), ==, 0700);
  g_assert_cmpuint (mode_of (path), ==, 0600);
  g_assert_cmpuint (mode_of (wal), ==, 0600);
  g_assert_cmpuint (mode_of (shm), ==, 0600);
  g_assert_cmpuint (mode_of (lock), ==, 0600);
  g_assert_finalize_object (store);

  /* A database of an earlier Konkurs, readable by everyone, is tightened. */
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  assert_opens_whole (fixture, path, path);
}

/* Read-only file and folder */

static void
open_read_only_file (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file_in (fixture, "archive.db");
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Другое ведомство", 2024, 4, 1);
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *reason = NULL;
  gsize before_length, after_length;
  KonkursStore *store;

  konkurs_test_drop_root (fixture->dir);
  make_database (fixture, path);
  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_is_read_only (store));
  g_assert_cmpuint (konkurs_test_count_competitions (store), ==, 1);
  reason = konkurs_store_dup_read_only_reason (store);
  g_assert_nonnull (strstr (reason, "is read-only"));

  g_assert_false (konkurs_store_save_competition (store, competition, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_READ_ONLY);
  assert_message_names (error, path, "copy it to a file you may write");
  g_clear_error (&error);
  g_assert_false (konkurs_store_begin (store, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_READ_ONLY);
  g_assert_finalize_object (store);

  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
}

static void
test_read_only_file (Fixture *fixture, gconstpointer data)
{
  konkurs_test_run_in_child (open_read_only_file, fixture);
}

static void
open_in_read_only_folder (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = file_in (fixture, "locked-folder");
  g_autofree char *path = g_build_filename (folder, "konkurs.db", NULL);
  /* with the stamp of make_database()'s clean close, which the refused
   * opening could not take */
  const char *names[] = { "konkurs.db", "konkurs.db.closed", NULL };
  KonkursStore *store;

  konkurs_test_drop_root (fixture->dir);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  make_database (fixture, path);
  g_assert_cmpint (g_chmod (folder, 0500), ==, 0);

  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_null (store);
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_OPEN);
  assert_message_names (error, folder, "Copy the database to a folder you can write to");
  konkurs_test_assert_files (folder, names);
  g_assert_cmpint (g_chmod (folder, 0700), ==, 0);
}

static void
test_read_only_folder (Fixture *fixture, gconstpointer data)
{
  konkurs_test_run_in_child (open_in_read_only_folder, fixture);
}

/* A full disk: a tmpfs of 2 MiB filled up to the last byte. */

static void
fill_disk (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file_in (fixture, "full.db");
  g_autofree char *filler = file_in (fixture, "filler");
  g_autofree char *block = g_malloc0 (4096);
  KonkursStore *store;
  guint saved = 0;
  int fd;

  konkurs_test_enter_tmpfs (fixture->dir, "2m");
  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);
  fd = g_open (filler, O_WRONLY | O_CREAT, 0600);
  while (write (fd, block, 4096) > 0)
    ;
  close (fd);

  for (guint i = 0; i < 1000 && error == NULL; i++)
    {
      g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Министерство финансов", 2024, 3, 1);
      g_autofree char *body = g_strnfill (2000, 'x');

      konkurs_competition_set_state_body (competition, body, body);
      if (konkurs_store_save_competition (store, competition, &error))
        saved++;
    }
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FULL);
  g_assert_true (g_str_has_prefix (error->message, "The disk"));
  g_assert_nonnull (strstr (error->message, "full"));
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (strstr (error->message, "network"));
  g_clear_error (&error);
  g_assert_finalize_object (store);

  /* Space again: everything saved before is there, the file is sound. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_false (konkurs_store_is_read_only (store));
  g_assert_cmpuint (konkurs_test_count_competitions (store), ==, saved);
  g_assert_true (konkurs_store_check_integrity (store, NULL, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (store);
}

static void
test_full_disk (Fixture *fixture, gconstpointer data)
{
  konkurs_test_run_in_child (fill_disk, fixture);
}

/* Files that are not databases */

static void
test_empty_file (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = file_in (fixture, "empty.db");
  const char *names[] = { "empty.db", NULL };
  GStatBuf buf;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  assert_open_refused (fixture, path, KONKURS_STORE_ERROR_EMPTY, "is empty (0 bytes)", NULL);
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpint (buf.st_size, ==, 0);
  /* no lock or journal left behind */
  konkurs_test_assert_files (fixture->dir, names);
}

static void
test_random_bytes (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file_in (fixture, "noise.db");
  g_autofree char *text = file_in (fixture, "letter.db");
  g_autofree char *after = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  guchar bytes[8192];
  gsize length;

  for (guint i = 0; i < sizeof bytes; i++)
    bytes[i] = (guchar) g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (path, (const char *) bytes, sizeof bytes, NULL));
  g_assert_null (konkurs_store_open (path, fixture->calendar, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_DATABASE);
  assert_message_names (error, path, "is not a Konkurs database");
  g_assert_null (strstr (error->message, "damaged"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &after, &length, NULL));
  g_assert_cmpmem (bytes, sizeof bytes, after, length);

  /* A text file is not "damaged" either. */
  g_assert_true (g_file_set_contents (text, "Уважаемая комиссия!\n", -1, NULL));
  assert_open_refused (fixture, text, KONKURS_STORE_ERROR_NOT_DATABASE, "is not a Konkurs database", NULL);
}

/* A second Konkurs and locks left behind */

/* A child process holding @path open until its stdin closes. */
static GPid
hold_in_child (Fixture *fixture, const char *path, int *to_child)
{
  int go[2], ready[2];
  char byte = 0;
  pid_t pid;

  g_assert_cmpint (pipe (go), ==, 0);
  g_assert_cmpint (pipe (ready), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      KonkursStore *store = konkurs_store_open (path, fixture->calendar, NULL);

      close (go[1]);
      close (ready[0]);
      if (write (ready[1], store != NULL ? "1" : "0", 1) != 1)
        _exit (1);
      /* until the parent says */
      while (read (go[0], &byte, 1) < 0 && errno == EINTR)
        ;
      _exit (0);
    }
  close (go[0]);
  close (ready[1]);
  g_assert_cmpint (read (ready[0], &byte, 1), ==, 1);
  g_assert_cmpint (byte, ==, '1');
  close (ready[0]);
  *to_child = go[1];
  return pid;
}

static void
test_locked_by_process (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = file_in (fixture, "shared.db");
  int to_child, status;
  GPid pid;

  make_database (fixture, path);
  pid = hold_in_child (fixture, path, &to_child);
  assert_open_refused (fixture, path, KONKURS_STORE_ERROR_LOCKED, "open in another Konkurs window or by another user",
                       NULL);

  /* Killed: the kernel lets go of its lock, the lock file left behind
   * blocks nobody, and nothing it held is lost. */
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  close (to_child);
  assert_opens_whole (fixture, path, NULL);
}

/* A lock file of another user, made under umask 077, which we may not
 * open: stale, it is removed; held, the database is locked. */
static void
open_past_foreign_lock (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *path = file_in (fixture, "foreign-lock.db");
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  int fd;

  /* As the other user (root, or ourselves with a lock of mode 0: either
   * way the open is refused), before becoming nobody. */
  make_database (fixture, path);
  fd = g_open (lock, O_RDONLY | O_CREAT, 0);
  g_assert_cmpint (fd, >=, 0);
  close (fd);
  g_assert_cmpint (g_chmod (lock, 0), ==, 0);
  if (geteuid () == 0)
    g_assert_cmpint (chown (path, KONKURS_TEST_NOBODY, KONKURS_TEST_NOBODY), ==, 0);
  konkurs_test_drop_root (fixture->dir);

  assert_opens_whole (fixture, path, lock);
}

static void
open_past_held_foreign_lock (gpointer data)
{
  Fixture *fixture = data;
  g_autofree char *path = file_in (fixture, "held-lock.db");
  g_autofree char *lock = g_strconcat (path, ".lock", NULL);
  int fd, to_child;
  GPid pid;

  make_database (fixture, path);
  if (geteuid () == 0)
    g_assert_cmpint (chown (path, KONKURS_TEST_NOBODY, KONKURS_TEST_NOBODY), ==, 0);
  fd = g_open (lock, O_RDONLY | O_CREAT, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);
  g_assert_cmpint (g_chmod (lock, 0), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      konkurs_test_drop_root (fixture->dir);
      assert_open_refused (fixture, path, KONKURS_STORE_ERROR_LOCKED, NULL, NULL);
      g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &to_child, 0), ==, pid);
  g_assert_true (WIFEXITED (to_child) && WEXITSTATUS (to_child) == 0);
  close (fd);
}

static void
test_foreign_lock (Fixture *fixture, gconstpointer data)
{
  konkurs_test_run_in_child (open_past_foreign_lock, fixture);
  konkurs_test_run_in_child (open_past_held_foreign_lock, fixture);
}

/* Links */

static void
test_symbolic_link (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file_in (fixture, "real.db");
  g_autofree char *alias = file_in (fixture, "alias.db");
  KonkursStore *store;

  make_database (fixture, path);
  g_assert_cmpint (symlink (path, alias), ==, 0);
  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);
  assert_open_refused (fixture, alias, KONKURS_STORE_ERROR_LOCKED, "open in another Konkurs window", NULL);
  g_assert_finalize_object (store);

  /* And the other way round; closed, the link opens the same data. */
  store = konkurs_store_open (alias, fixture->calendar, &error);
  g_assert_no_error (error);
  assert_open_refused (fixture, path, KONKURS_STORE_ERROR_LOCKED, NULL, NULL);
  g_assert_cmpuint (konkurs_test_count_competitions (store), ==, 1);
  g_assert_finalize_object (store);
}

static void
test_hard_link (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file_in (fixture, "first.db");
  g_autofree char *second = file_in (fixture, "second.db");
  KonkursStore *store;

  make_database (fixture, path);
  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_cmpint (link (path, second), ==, 0);

  /* While the first is open, the second name gets nowhere. */
  assert_open_refused (fixture, second, KONKURS_STORE_ERROR_OPEN, "other name on this disk (a hard link)", NULL);
  g_assert_finalize_object (store);

  /* Nor does the first name while the second exists. */
  assert_open_refused (fixture, path, KONKURS_STORE_ERROR_OPEN, NULL, NULL);

  g_assert_cmpint (g_unlink (second), ==, 0);
  assert_opens_whole (fixture, path, NULL);
}

/* A WAL beside the database that is not its own */

static void
assert_wal_refused (Fixture *fixture, const char *path, const char *reason)
{
  assert_open_refused (fixture, path, KONKURS_STORE_ERROR_OPEN, "which is not its own log of changes", reason);
}

static void
test_foreign_wal (Fixture *fixture, gconstpointer data)
{
  g_autofree char *path = file_in (fixture, "mine.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *other = file_in (fixture, "other.db");
  g_autofree char *other_wal = file_in (fixture, "other.db-wal");
  g_autofree char *junk = g_strnfill (4096, 'j');
  sqlite3 *db = NULL;

  make_database (fixture, path);

  g_assert_true (g_file_set_contents (wal, junk, 4096, NULL));
  assert_wal_refused (fixture, path, "it is not a log of SQLite");
  g_assert_cmpint (g_unlink (wal), ==, 0);

  /* The live WAL of another database, of another page size. */
  g_assert_cmpint (sqlite3_open (other, &db), ==, SQLITE_OK);
  konkurs_test_exec (db, "PRAGMA page_size = 1024; PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  g_assert_true (g_file_test (other_wal, G_FILE_TEST_EXISTS));
  g_assert_cmpint (link (other_wal, wal), ==, 0);
  assert_wal_refused (fixture, path, "it has another name on this disk");
  g_assert_cmpint (g_unlink (wal), ==, 0);
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (other_wal, &contents, &length, NULL));
    g_assert_true (g_file_set_contents (wal, contents, length, NULL));
  }
  assert_wal_refused (fixture, path, "its pages are of another size");
  g_assert_cmpint (g_unlink (wal), ==, 0);
  sqlite3_close (db);

  g_assert_cmpint (symlink (other, wal), ==, 0);
  assert_wal_refused (fixture, path, "it is not a plain file");
  g_assert_cmpint (g_unlink (wal), ==, 0);

  /* A stray log beside a database not there yet: refused, and no empty
   * database is left that a later open would refuse. */
  {
    g_autofree char *ghost = file_in (fixture, "ghost.db");
    g_autofree char *ghost_wal = file_in (fixture, "ghost.db-wal");

    g_assert_true (g_file_set_contents (ghost_wal, junk, 4096, NULL));
    assert_wal_refused (fixture, ghost, "it is not a log of SQLite");
    g_assert_false (g_file_test (ghost, G_FILE_TEST_EXISTS));
    g_assert_cmpint (g_unlink (ghost_wal), ==, 0);
  }

  /* Nothing was lost on the way. */
  assert_opens_whole (fixture, path, NULL);
}

/* A damaged database: a page of the table of competitions overwritten. */

static void
damage (Fixture *fixture, const char *path)
{
  g_autoptr(GError) error = NULL;
  KonkursStore *store = konkurs_store_open (path, fixture->calendar, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Министерство финансов", 2024, 3, 1);
      g_autofree char *body = g_strnfill (300, 'x');

      konkurs_competition_set_state_body (competition, body, body);
      g_assert_true (konkurs_store_save_competition (store, competition, &error));
    }
  g_assert_finalize_object (store);
  konkurs_test_damage_table (path, "competition");
}

static void
test_damaged (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file_in (fixture, "damaged.db");
  g_autofree char *reason = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Министерство финансов", 2024, 3, 1);
  gsize before_length, after_length;
  KonkursStore *store;

  damage (fixture, path);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_is_read_only (store));
  reason = konkurs_store_dup_read_only_reason (store);
  g_assert_nonnull (strstr (reason, path));
  g_assert_nonnull (strstr (reason, "is damaged"));
  g_assert_nonnull (strstr (reason, "Restore it from a backup copy"));
  g_assert_false (konkurs_store_save_competition (store, competition, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_READ_ONLY);
  g_assert_cmpstr (error->message, ==, reason);
  g_clear_error (&error);
  g_assert_finalize_object (store);
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);

  /* The window's way: opened at once, checked in a job, then read-only. */
  store = konkurs_store_open_full (path, fixture->calendar, KONKURS_STORE_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  g_assert_false (konkurs_store_is_read_only (store));
  g_assert_false (konkurs_store_check_integrity (store, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_DAMAGED);
  g_assert_cmpstr (error->message, ==, reason);
  g_assert_finalize_object (store);
}

/* Opens @path, whose opening ran the integrity check or not and which
 * holds @competitions, and closes it. */
static void
assert_checked_on_open_n (Fixture *fixture, const char *path, gboolean checked, guint competitions)
{
  g_autoptr(GError) error = NULL;
  KonkursStore *store = konkurs_store_open (path, fixture->calendar, &error);

  g_assert_no_error (error);
  g_assert_false (konkurs_store_is_read_only (store));
  g_assert_cmpint (konkurs_store_was_checked_on_open (store), ==, checked);
  g_assert_cmpuint (konkurs_test_count_competitions (store), ==, competitions);
  g_assert_finalize_object (store);
}

static void
test_clean_close (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = file_in (fixture, "konkurs.db");
  g_autofree char *stamp = g_strconcat (path, ".closed", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  KonkursStore *store;
  GStatBuf buf;
  int status;
  pid_t child;

  make_database (fixture, path);
  g_assert_true (g_file_test (stamp, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (g_stat (stamp, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 07777, ==, 0600);
  assert_checked_on_open_n (fixture, path, FALSE, 1);
  assert_checked_on_open_n (fixture, path, FALSE, 1);

  /* Killed while open: the stamp went at opening, the WAL stays. */
  child = fork ();
  g_assert_cmpint (child, >=, 0);
  if (child == 0)
    {
      g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Министерство юстиции", 2024, 3, 1);

      store = konkurs_store_open (path, fixture->calendar, NULL);
      if (store == NULL || !konkurs_store_save_competition (store, competition, NULL))
        _exit (1);
      kill (getpid (), SIGKILL);
    }
  g_assert_cmpint (waitpid (child, &status, 0), ==, child);
  g_assert_true (WIFSIGNALED (status));
  g_assert_false (g_file_test (stamp, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  store = konkurs_store_open (path, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_was_checked_on_open (store));
  g_assert_cmpuint (konkurs_test_count_competitions (store), ==, 2);
  g_assert_finalize_object (store);
  assert_checked_on_open_n (fixture, path, FALSE, 2);

  /* Anything that writes the closed file, even the same byte over itself
   * at once, moves its times away from the stamp's. */
  {
    char byte;
    int fd = open (path, O_RDWR);

    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (pread (fd, &byte, 1, 100), ==, 1);
    g_assert_cmpint (pwrite (fd, &byte, 1, 100), ==, 1);
    close (fd);
  }
  assert_checked_on_open_n (fixture, path, TRUE, 2);

  /* The window's way, without a stamp: a check deferred and never run
   * leaves none; one that ran and passed does. */
  g_assert_cmpint (g_unlink (stamp), ==, 0);
  store = konkurs_store_open_full (path, fixture->calendar, KONKURS_STORE_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  g_assert_false (konkurs_store_was_checked_on_open (store));
  g_assert_finalize_object (store);
  g_assert_false (g_file_test (stamp, G_FILE_TEST_EXISTS));
  store = konkurs_store_open_full (path, fixture->calendar, KONKURS_STORE_OPEN_DEFER_CHECK, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_check_integrity (store, NULL, &error));
  g_assert_finalize_object (store);
  assert_checked_on_open_n (fixture, path, FALSE, 2);

  /* Reading without the lock (--verify) always checks, and leaves the
   * stamp to the next writer. */
  store = konkurs_store_open_full (path, fixture->calendar, KONKURS_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (konkurs_store_was_checked_on_open (store));
  g_assert_finalize_object (store);
  assert_checked_on_open_n (fixture, path, FALSE, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, konkurs_test_fixture_set_up, func, \
                                    konkurs_test_fixture_tear_down)
  ADD ("/store/hostile/modes", test_modes);
  ADD ("/store/hostile/read-only-file", test_read_only_file);
  ADD ("/store/hostile/read-only-folder", test_read_only_folder);
  ADD ("/store/hostile/full-disk", test_full_disk);
  ADD ("/store/hostile/empty-file", test_empty_file);
  ADD ("/store/hostile/random-bytes", test_random_bytes);
  ADD ("/store/hostile/locked-by-process", test_locked_by_process);
  ADD ("/store/hostile/foreign-lock", test_foreign_lock);
  ADD ("/store/hostile/symbolic-link", test_symbolic_link);
  ADD ("/store/hostile/hard-link", test_hard_link);
  ADD ("/store/hostile/foreign-wal", test_foreign_wal);
  ADD ("/store/hostile/damaged", test_damaged);
  ADD ("/store/hostile/clean-close", test_clean_close);
#undef ADD

  return g_test_run ();
}
