/* test-file.c — writing a file whole or not at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The failures are real: a missing folder, a folder in the way of the
 * rename, the file size limit of the process, and, in a private mount
 * namespace, a tmpfs that is full or read-only (skipped where the kernel
 * does not let an unprivileged process have one).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "konkurs-file.h"
#include "konkurs-test-util.h"

static GQuark test_file_error_quark (void);
G_DEFINE_QUARK (test-file-error-quark, test_file_error)

typedef struct {
  char *dir;
  char *path;   /* dir/out.bin */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = konkurs_test_make_tmp_dir ("test-file-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "out.bin", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  konkurs_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

#define FIXTURE_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* What a fill function writes: @chunks times @chunk_size bytes, each byte
 * its offset modulo 251 (so that a lost or repeated chunk shows). */
typedef struct {
  gsize    chunk_size;
  guint    chunks;
  guint    fail_after;   /* chunks written before giving up; G_MAXUINT: never */
  gboolean gave_up_on_write;
} Contents;

static gboolean
fill (KonkursFileSink *sink,
      gpointer         user_data,
      GError         **error)
{
  Contents *contents = user_data;
  g_autofree guchar *chunk = g_malloc (contents->chunk_size);
  gsize offset = 0;

  for (guint i = 0; i < contents->chunks; i++)
    {
      if (i == contents->fail_after)
        {
          g_set_error_literal (error, test_file_error_quark (), 1, "the contents gave up");
          return FALSE;
        }
      for (gsize j = 0; j < contents->chunk_size; j++)
        chunk[j] = (guchar) ((offset + j) % 251);
      offset += contents->chunk_size;
      if (!konkurs_file_sink_write (sink, chunk, contents->chunk_size))
        {
          /* What a writer does that only knows that its output failed. */
          contents->gave_up_on_write = TRUE;
          g_set_error_literal (error, test_file_error_quark (), 2, "a write failed");
          return FALSE;
        }
    }

  return TRUE;
}

static void
assert_contents (const char *path,
                 Contents   *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  g_file_get_contents (path, &text, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, ==, contents->chunk_size * contents->chunks);
  for (gsize i = 0; i < length; i++)
    if ((guchar) text[i] != i % 251)
      g_error ("byte %" G_GSIZE_FORMAT " of %s is wrong", i, path);
}

static void
write_old (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "old contents", -1, &error);
  g_assert_no_error (error);
}

static void
assert_old (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "old contents");
}

/* The folder holds @name and nothing else: no temporary file is left. */
static void
assert_only (const char *dir,
             const char *name)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *entry;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((entry = g_dir_read_name (listing)) != NULL)
    {
      if (g_strcmp0 (entry, name) != 0)
        g_error ("%s is left in %s", entry, dir);
      n++;
    }
  g_assert_cmpuint (n, ==, name != NULL ? 1 : 0);
}

/* ------------------------------------------------------------------------ */

static void
test_new_file (Fixture       *fixture,
               gconstpointer  data)
{
  Contents contents = { 4096, 100, G_MAXUINT };
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_file_replace (fixture->path, fill, &contents, &error));
  g_assert_no_error (error);
  assert_contents (fixture->path, &contents);
  assert_only (fixture->dir, "out.bin");
}

static void
test_replaces (Fixture       *fixture,
               gconstpointer  data)
{
  Contents contents = { 1000, 3, G_MAXUINT };
  g_autoptr(GError) error = NULL;

  write_old (fixture->path);
  g_assert_true (konkurs_file_replace (fixture->path, fill, &contents, &error));
  g_assert_no_error (error);
  assert_contents (fixture->path, &contents);
  assert_only (fixture->dir, "out.bin");
}

/* The contents fail midway: their error, the old file, no temporary file. */
static void
test_fill_fails (Fixture       *fixture,
                 gconstpointer  data)
{
  Contents contents = { 4096, 100, 50 };
  g_autoptr(GError) error = NULL;

  write_old (fixture->path);
  g_assert_false (konkurs_file_replace (fixture->path, fill, &contents, &error));
  g_assert_error (error, test_file_error_quark (), 1);
  assert_old (fixture->path);
  assert_only (fixture->dir, "out.bin");

  /* Nothing there before, nothing there after. */
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  g_assert_false (konkurs_file_replace (fixture->path, fill, &contents, &error));
  g_assert_error (error, test_file_error_quark (), 1);
  assert_only (fixture->dir, NULL);
}

/* The mode of the temporary file while it is being filled, from @dir. */
typedef struct {
  const char *dir;
  Contents    contents;
  guint       temp_mode;
} ModeCheck;

static gboolean
fill_and_stat (KonkursFileSink *sink,
               gpointer         user_data,
               GError         **error)
{
  ModeCheck *check = user_data;
  g_autoptr(GDir) dir = g_dir_open (check->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "out.bin."))
      {
        g_autofree char *path = g_build_filename (check->dir, name, NULL);
        GStatBuf buf;

        g_assert_cmpint (g_stat (path, &buf), ==, 0);
        check->temp_mode = buf.st_mode & 07777;
      }
  return fill (sink, &check->contents, error);
}

/* Whatever the umask, and whatever the mode of the file replaced, the
 * temporary file and the result are readable by their owner only: they
 * hold personal data. */
static void
test_mode (Fixture       *fixture,
           gconstpointer  data)
{
  const mode_t umasks[] = { 0, 022, 0277 };

  write_old (fixture->path);
  g_assert_cmpint (g_chmod (fixture->path, 0644), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (umasks); i++)
    {
      ModeCheck check = { fixture->dir, { 100, 2, G_MAXUINT }, 0 };
      g_autoptr(GError) error = NULL;
      mode_t old_umask = umask (umasks[i]);
      GStatBuf buf;
      gboolean ok = konkurs_file_replace (fixture->path, fill_and_stat, &check, &error);

      umask (old_umask);
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpuint (check.temp_mode, ==, 0600);
      g_assert_cmpint (g_stat (fixture->path, &buf), ==, 0);
      g_assert_cmpuint (buf.st_mode & 07777, ==, 0600);
      assert_contents (fixture->path, &check.contents);
      assert_only (fixture->dir, "out.bin");
    }
}

static void
test_missing_folder (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "missing", NULL);
  g_autofree char *path = g_build_filename (folder, "out.bin", NULL);
  g_autofree char *expected = g_strdup_printf ("out.bin cannot be written in the folder %s: %s.",
                                               folder, g_strerror (ENOENT));
  Contents contents = { 10, 1, G_MAXUINT };
  g_autoptr(GError) error = NULL;

  g_assert_false (konkurs_file_replace (path, fill, &contents, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
  assert_only (fixture->dir, NULL);
}

/* A folder in the way: everything is written, then the rename fails. */
static void
test_rename_fails (Fixture       *fixture,
                   gconstpointer  data)
{
  Contents contents = { 4096, 10, G_MAXUINT };
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (fixture->path, 0700), ==, 0);
  g_assert_false (konkurs_file_replace (fixture->path, fill, &contents, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_true (g_str_has_prefix (error->message, "out.bin cannot be written: "));
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_IS_DIR));
  assert_only (fixture->dir, "out.bin");
}

/* ------------------------------------------------------------------------ */
/* Failing writes, in a child process */

static void
run_in_child (void      (*body) (Fixture *fixture),
              Fixture    *fixture)
{
  konkurs_test_run_in_child ((void (*) (gpointer)) body, fixture);
}

/* The limit of the file size makes the kernel take only part of a write,
 * then refuse the rest (EFBIG): the write's reason wins over the vaguer
 * error of the contents. */
static void
write_past_size_limit (Fixture *fixture)
{
  struct rlimit limit = { 64 * 1024, 64 * 1024 };
  Contents contents = { 4096 + 17, 100, G_MAXUINT };
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("out.bin cannot be written: %s.", g_strerror (EFBIG));

  write_old (fixture->path);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (konkurs_file_replace (fixture->path, fill, &contents, &error));
  g_assert_true (contents.gave_up_on_write);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, expected);
  assert_old (fixture->path);
  assert_only (fixture->dir, "out.bin");
}

static void
test_size_limit (Fixture       *fixture,
                 gconstpointer  data)
{
  run_in_child (write_past_size_limit, fixture);
}

static void
enter_small_tmpfs (const char *dir)
{
  konkurs_test_enter_tmpfs (dir, "64k");
}

static void
write_to_full_disk (Fixture *fixture)
{
  Contents contents = { 4096, 100, G_MAXUINT };
  g_autoptr(GError) error = NULL;

  enter_small_tmpfs (fixture->dir);
  write_old (fixture->path);

  g_assert_false (konkurs_file_replace (fixture->path, fill, &contents, &error));
  g_assert_true (contents.gave_up_on_write);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_cmpstr (error->message, ==, "The disk is full: out.bin was not written.");
  assert_old (fixture->path);
  assert_only (fixture->dir, "out.bin");
}

static void
test_disk_full (Fixture       *fixture,
                gconstpointer  data)
{
  run_in_child (write_to_full_disk, fixture);
}

static void
write_to_read_only_folder (Fixture *fixture)
{
  Contents contents = { 10, 1, G_MAXUINT };
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  enter_small_tmpfs (fixture->dir);
  write_old (fixture->path);
  g_assert_cmpint (mount (NULL, fixture->dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

  g_assert_false (konkurs_file_replace (fixture->path, fill, &contents, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY);
  expected = g_strdup_printf ("out.bin cannot be written in the folder %s: %s.",
                              fixture->dir, g_strerror (EROFS));
  g_assert_cmpstr (error->message, ==, expected);
  assert_old (fixture->path);
  assert_only (fixture->dir, "out.bin");
}

static void
test_read_only_folder (Fixture       *fixture,
                       gconstpointer  data)
{
  run_in_child (write_to_read_only_folder, fixture);
}

/* A writer that promises a domain of its own gets it for the failures of
 * the file, and keeps cancellations and its own errors as they are. */
static void
test_propagate_error (void)
{
  const GQuark domain = test_file_error_quark ();
  GError *error = NULL;

  konkurs_file_propagate_error (&error, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NO_SPACE, "full"),
                                domain, 7);
  g_assert_error (error, domain, 7);
  g_assert_cmpstr (error->message, ==, "full");
  g_clear_error (&error);

  konkurs_file_propagate_error (&error, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "stop"),
                                domain, 7);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  konkurs_file_propagate_error (&error, g_error_new_literal (domain, 1, "the contents gave up"),
                                domain, 7);
  g_assert_error (error, domain, 1);
  g_clear_error (&error);

  /* Like g_propagate_error(), a NULL @error just frees it. */
  konkurs_file_propagate_error (NULL, g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "x"), domain, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  FIXTURE_TEST ("/file/replace/new-file", test_new_file);
  FIXTURE_TEST ("/file/replace/existing-file", test_replaces);
  FIXTURE_TEST ("/file/replace/mode", test_mode);
  FIXTURE_TEST ("/file/failure/contents", test_fill_fails);
  FIXTURE_TEST ("/file/failure/missing-folder", test_missing_folder);
  FIXTURE_TEST ("/file/failure/rename", test_rename_fails);
  FIXTURE_TEST ("/file/failure/size-limit", test_size_limit);
  FIXTURE_TEST ("/file/failure/disk-full", test_disk_full);
  FIXTURE_TEST ("/file/failure/read-only-folder", test_read_only_folder);
  g_test_add_func ("/file/propagate-error", test_propagate_error);

  return g_test_run ();
}
