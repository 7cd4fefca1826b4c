/* test-store-backup.c — konkurs_store_backup(): a consistent copy while
 * the database is open and being written, checked, 0600, atomic; refused
 * onto itself or onto a database in use; a cancellation and a full disk
 * leave the old copy and no temporary file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "konkurs-store.h"
#include "konkurs-store-backup.h"
#include "konkurs-store-private.h"
#include "konkurs-test-store.h"
#include "konkurs-test-util.h"

typedef KonkursTestStoreFixture Fixture;

typedef struct {
  KonkursStore *store;      /* written to while the copy runs */
  GArray       *fractions;
  GCancellable *cancel_at_half;
  guint         written;
} Copying;

/* A competition with a state body of some 2 KB, so that few rows make
 * many pages. */
static void
save_one (KonkursStore *store, guint i)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_test_competition_new ("Министерство финансов", 2024, 3, 1);
  g_autofree char *filler = g_strnfill (2000, 'x');
  g_autofree char *body = g_strdup_printf ("%u %s", i, filler);

  konkurs_competition_set_state_body (competition, body, body);
  g_assert_true (konkurs_store_save_competition (store, competition, &error));
  g_assert_no_error (error);
}

static void
on_progress (double fraction, gpointer data)
{
  Copying *copying = data;

  g_array_append_val (copying->fractions, fraction);
  /* The window commits in the middle of the copy. */
  if (copying->store != NULL && copying->written < 3)
    save_one (copying->store, 1000 + copying->written++);
  if (copying->cancel_at_half != NULL && fraction >= 0.5)
    g_cancellable_cancel (copying->cancel_at_half);
}

static KonkursStore *
open_with_rows (Fixture *fixture, const char *path, guint n)
{
  g_autoptr(GError) error = NULL;
  KonkursStore *store = konkurs_store_open (path, fixture->calendar, &error);

  g_assert_no_error (error);
  g_assert_true (konkurs_store_begin (store, &error));
  for (guint i = 0; i < n; i++)
    save_one (store, i);
  g_assert_true (konkurs_store_commit (store, &error));
  return store;
}

static gint64
count_in (Fixture *fixture, const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  KonkursStore *store = konkurs_store_open (path, fixture->calendar, &error);
  gint64 n;

  g_assert_no_error (error);
  g_assert_false (konkurs_store_is_read_only (store));
  list = konkurs_store_list_competitions (store, &error);
  g_assert_no_error (error);
  n = list->len;
  g_assert_finalize_object (store);
  return n;
}

/* The POSIX locks this process holds on @path, as /proc/locks lists them
 * ("1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128"). */
static guint
own_locks_on (const char *path)
{
  g_autofree char *locks = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *inode = NULL;
  g_autofree char *pid = g_strdup_printf (" %d ", (int) getpid ());
  GStatBuf buf;
  guint n = 0;

  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_true (g_file_get_contents ("/proc/locks", &locks, NULL, NULL));
  inode = g_strdup_printf (":%" G_GUINT64_FORMAT " ", (guint64) buf.st_ino);
  lines = g_strsplit (locks, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "POSIX") != NULL && strstr (lines[i], pid) != NULL && strstr (lines[i], inode) != NULL)
      n++;
  return n;
}

static void
test_while_open (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "live.db", NULL);
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  const char *names[] = { "live.db", "live.db-wal", "live.db-shm", "live.db.lock", "copy.db", NULL };
  Copying copying = { NULL, g_array_new (FALSE, FALSE, sizeof (double)), NULL, 0 };
  KonkursStoreBackupInfo info = { 0, 0 };
  KonkursStore *store = open_with_rows (fixture, path, 300);
  mode_t old_umask = umask (0);
  GStatBuf buf;
  gint64 copied;
  gboolean ok;

  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  guint shm_locks = own_locks_on (shm);

  /* SQLite holds its lock on the -shm while the store is open: another
   * process closing the database last would otherwise remove the WAL. */
  g_assert_cmpuint (shm_locks, >, 0);
  copying.store = store;
  ok = konkurs_store_backup (path, copy, on_progress, &copying, NULL, &info, &error);
  umask (old_umask);
  /* The copy, made in the process that has the database open (the
   * window's Back Up…), never closes a descriptor of its files: that
   * would drop SQLite's locks. */
  g_assert_cmpuint (own_locks_on (shm), ==, shm_locks);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (copying.written, ==, 3);
  konkurs_test_assert_progress (copying.fractions);
  g_assert_cmpfloat (g_array_index (copying.fractions, double, copying.fractions->len - 1), ==, 1.0);

  g_assert_cmpint (g_stat (copy, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 07777, ==, 0600);
  g_assert_cmpint (info.bytes, ==, buf.st_size);
  g_assert_cmpint (info.pages, >, 10);
  konkurs_test_assert_files (fixture->dir, names);
  g_assert_finalize_object (store);

  /* One committed state: all of the first rows, and whole commits of the
   * rows written meanwhile. */
  copied = count_in (fixture, copy);
  g_assert_cmpint (copied, >=, 300);
  g_assert_cmpint (copied, <=, 303);
  g_array_unref (copying.fractions);
}

static void
test_refused (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "live.db", NULL);
  g_autofree char *alias = g_build_filename (fixture->dir, "alias.db", NULL);
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  g_autofree char *letter = g_build_filename (fixture->dir, "letter.txt", NULL);
  KonkursStore *store = open_with_rows (fixture, path, 3);
  KonkursStore *other;

  /* onto itself, by any name */
  g_assert_cmpint (symlink (path, alias), ==, 0);
  g_assert_false (konkurs_store_backup (path, alias, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, "is the database itself"));
  g_clear_error (&error);

  /* onto a database another Konkurs has open */
  g_assert_true (konkurs_store_backup (path, copy, NULL, NULL, NULL, NULL, &error));
  other = konkurs_store_open (copy, fixture->calendar, &error);
  g_assert_no_error (error);
  g_assert_false (konkurs_store_backup (path, copy, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_finalize_object (other);

  /* of what is no database */
  g_assert_true (g_file_set_contents (letter, "not a database\n", -1, NULL));
  g_assert_false (konkurs_store_backup (letter, copy, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_NOT_DATABASE);
  g_clear_error (&error);
  g_assert_cmpint (count_in (fixture, copy), ==, 3);
  g_assert_finalize_object (store);
}

static void
test_cancelled (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *path = g_build_filename (fixture->dir, "live.db", NULL);
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.db", NULL);
  const char *names[] = { "live.db", "live.db-wal", "live.db-shm", "live.db.lock", "copy.db", NULL };
  Copying copying = { NULL, g_array_new (FALSE, FALSE, sizeof (double)), cancellable, 0 };
  KonkursStore *store = open_with_rows (fixture, path, 3);

  g_assert_true (konkurs_store_backup (path, copy, NULL, NULL, NULL, NULL, &error));
  g_assert_true (konkurs_store_begin (store, &error));
  for (guint i = 0; i < 300; i++)
    save_one (store, 10 + i);
  g_assert_true (konkurs_store_commit (store, &error));

  g_assert_false (konkurs_store_backup (path, copy, on_progress, &copying, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  konkurs_test_assert_files (fixture->dir, names);
  g_assert_finalize_object (store);
  g_assert_cmpint (count_in (fixture, copy), ==, 3);
  g_array_unref (copying.fractions);
}

/* A USB stick that is full: a tmpfs of 256 KiB under the test folder. */
static void
back_up_to_full_disk (gpointer data)
{
  Fixture *fixture = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "live.db", NULL);
  g_autofree char *stick = g_build_filename (fixture->dir, "stick", NULL);
  g_autofree char *copy = g_build_filename (stick, "copy.db", NULL);
  KonkursStore *store = open_with_rows (fixture, path, 300);
  const char *none[] = { NULL };

  g_assert_cmpint (g_mkdir (stick, 0700), ==, 0);
  konkurs_test_enter_tmpfs (stick, "256k");
  g_assert_false (konkurs_store_backup (path, copy, NULL, NULL, NULL, NULL, &error));
  g_assert_error (error, KONKURS_STORE_ERROR, KONKURS_STORE_ERROR_FULL);
  if (strstr (error->message, copy) == NULL)
    g_error ("“%s” does not name the copy", error->message);
  g_assert_nonnull (strstr (error->message, "full"));
  konkurs_test_assert_files (stick, none);
  g_assert_finalize_object (store);
}

static void
test_full_disk (Fixture *fixture, gconstpointer data)
{
  konkurs_test_run_in_child (back_up_to_full_disk, fixture);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, konkurs_test_fixture_set_up, func, \
                                    konkurs_test_fixture_tear_down)
  ADD ("/store/backup/while-open", test_while_open);
  ADD ("/store/backup/refused", test_refused);
  ADD ("/store/backup/cancelled", test_cancelled);
  ADD ("/store/backup/full-disk", test_full_disk);
#undef ADD

  return g_test_run ();
}
