/* konkurs-test-util.c — helpers shared by the test programs
 *
 * Every helper asserts what it does, so that a test reads as the steps it
 * checks and a broken step fails where it happened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "konkurs-store-private.h"
#include "konkurs-test-util.h"

/* A small calendar of known years for the rules and the deadlines,
 * independent of the shipped data, which a secretary may correct: holidays
 * that move off weekends or do not, one dropped after 2025, transfers by
 * decree, and a provisional 2026 whose Kurban Ait may move by a day.
 * test-calendar.c checks each rule. */
static const char rules_ini[] =
  "# test calendar\n"
  "[holiday:new-year]\n"
  "dates=01-01, 01-02\n"
  "[holiday:orthodox-christmas]\n"
  "dates=01-07\n"
  "moves-off-weekend=false\n"
  "[holiday:womens-day]\n"
  "dates=03-08\n"
  "[holiday:nauryz]\n"
  "dates=03-21,03-22,03-23\n"
  "[holiday:constitution-day-1995]\n"
  "dates=08-30\n"
  "until=2025\n"
  "[holiday:independence-day]\n"
  "dates=12-16\n"
  "[2024]\n"
  "kurban-ait=2024-06-16\n"
  "days-off=2024-05-08\n"
  "working-days=2024-05-04\n"
  "[2025]\n"
  "kurban-ait=2025-06-06\n"
  "days-off=2025-01-03\n"
  "working-days=2025-01-05\n"
  "[2026]\n"
  "kurban-ait=2026-05-27\n"
  "provisional=true\n"
  "[provisional:kurban-ait-2026]\n"
  "name=Kurban Ait 2026\n"
  "dates=2026-05-26,2026-05-27,2026-05-28\n";

char *
konkurs_test_make_tmp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dir);
  return dir;
}

/* Fails when anything cannot be removed: a test must leave nothing behind. */
void
konkurs_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_assert_cmpint (g_unlink (path), ==, 0);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      konkurs_test_remove_tree (child);
    }
  g_assert_cmpint (g_rmdir (path), ==, 0);
}

/* Removes the folder the documents were written to; fails on anything but
 * a finished PDF in it. */
void
konkurs_test_remove_pdf_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      /* only finished PDFs: a leftover temporary file is a bug */
      g_assert_true (g_str_has_suffix (name, ".pdf"));
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

char *
konkurs_test_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* The whole message is in the log, and a mismatch quotes it: which of
 * the refusals went wrong is seen without rerunning. */
void
konkurs_test_assert_file_message (const char *message,
                                  const char *path,
                                  int         line,
                                  const char *fragment,
                                  const char *fragment2)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *prefix = line > 0 ? g_strdup_printf ("%s:%d: ", base, line)
                                     : g_strdup_printf ("%s: ", base);

  g_test_message ("%s", message);
  if (!g_str_has_prefix (message, prefix))
    g_error ("“%s” does not begin with “%s”", message, prefix);
  if (strstr (message, fragment) == NULL)
    g_error ("“%s” does not mention “%s”", message, fragment);
  if (fragment2 != NULL && strstr (message, fragment2) == NULL)
    g_error ("“%s” does not mention “%s”", message, fragment2);
}

/* Copies a written document to $KONKURS_TEST_ARTIFACTS, when set, so that
 * a person can look at what the test checked. */
void
konkurs_test_keep_artifact (const char *path)
{
  const char *artifacts = g_getenv ("KONKURS_TEST_ARTIFACTS");
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *target = NULL;
  g_autoptr(GFile) source = NULL;
  g_autoptr(GFile) destination = NULL;
  g_autoptr(GError) error = NULL;

  if (artifacts == NULL || *artifacts == '\0')
    return;

  g_assert_cmpint (g_mkdir_with_parents (artifacts, 0755), ==, 0);
  target = g_build_filename (artifacts, basename, NULL);
  source = g_file_new_for_path (path);
  destination = g_file_new_for_path (target);
  g_file_copy (source, destination, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

KonkursCalendar *
konkurs_test_calendar_new_from_data (const char *ini)
{
  g_autoptr(GError) error = NULL;
  KonkursCalendar *calendar = konkurs_calendar_new_from_data (ini, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (calendar);
  return calendar;
}

KonkursCalendar *
konkurs_test_calendar_new (void)
{
  return konkurs_test_calendar_new_from_data (rules_ini);
}

/* A store in @dir/konkurs.db, or in memory when @dir is NULL. */
KonkursStore *
konkurs_test_store_open (const char      *dir,
                         KonkursCalendar *calendar)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = dir != NULL ? g_build_filename (dir, "konkurs.db", NULL) : g_strdup (":memory:");
  KonkursStore *store = konkurs_store_open (path, calendar, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

void
konkurs_test_exec (sqlite3    *db,
                   const char *sql)
{
  char *errmsg = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &errmsg) != SQLITE_OK)
    g_error ("%s: %s", sql, errmsg);
}

/* The first row of @sql, stepped. */
static sqlite3_stmt *
query (sqlite3    *db,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return stmt;
}

sqlite3_stmt *
konkurs_test_prepare (sqlite3    *db,
                      const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
  return stmt;
}

void
konkurs_test_step_done (sqlite3      *db,
                        sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("%s: %s", sqlite3_sql (stmt), sqlite3_errmsg (db));
  sqlite3_reset (stmt);
}

gint64
konkurs_test_query_int64 (sqlite3    *db,
                          const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = query (db, sql);

  return sqlite3_column_int64 (stmt, 0);
}

char *
konkurs_test_query_text (sqlite3    *db,
                         const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = query (db, sql);
  const char *text = (const char *) sqlite3_column_text (stmt, 0);

  return g_strdup (text != NULL ? text : "");
}

/* Runs a program found in PATH; its standard output, once it exited 0. */
char *
konkurs_test_run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *standard_error = NULL;
  char *standard_output = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &standard_output, &standard_error, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return standard_output;
}

/* The text of the PDF; -raw keeps the order in which the document draws
 * its lines, so the lines of one table cell stay together. */
char *
konkurs_test_pdf_text (const char *path,
                       gboolean    raw)
{
  const char * const argv[] = { "pdftotext", raw ? "-raw" : "-layout", path, "-", NULL };

  return konkurs_test_run_tool (argv);
}

guint
konkurs_test_count_occurrences (const char *haystack,
                                const char *needle)
{
  guint count = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    count++;

  return count;
}

/* Fills the numeric conversions of a translated format in order, as the
 * documents do, without handing a translation to printf. */
char *
konkurs_test_expand (const char *format,
                     guint       first,
                     guint       second)
{
  guint values[2] = { first, second };
  guint next = 0;
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = format; *p != '\0'; p++)
    {
      if (p[0] == '%' && (p[1] == 'u' || p[1] == 'd') && next < 2)
        {
          g_string_append_printf (out, "%u", values[next++]);
          p++;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
konkurs_test_count_changes (KonkursStore *store,
                            guint        *counter)
{
  (*counter)++;
}

void
konkurs_test_collect_fraction (double   fraction,
                               gpointer fractions)
{
  g_array_append_val ((GArray *) fractions, fraction);
}

/* Reported now and then, not once per record (a large file has thousands),
 * always forward, and ending at 1. */
void
konkurs_test_assert_progress (GArray *fractions)
{
  g_assert_cmpuint (fractions->len, >=, 10);
  g_assert_cmpuint (fractions->len, <=, 101);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i - 1), <, g_array_index (fractions, double, i));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
}

/* Year first, as the dates are written in DESIGN.md and the database. */
GDate *
konkurs_test_date_new (int year,
                       int month,
                       int day)
{
  return g_date_new_dmy (day, month, year);
}

void
konkurs_test_assert_date (const GDate *date,
                          int          year,
                          int          month,
                          int          day)
{
  g_assert_nonnull (date);
  g_assert_true (g_date_valid (date));
  g_assert_cmpint (g_date_get_year (date), ==, year);
  g_assert_cmpint (g_date_get_month (date), ==, month);
  g_assert_cmpint (g_date_get_day (date), ==, day);
}

void
konkurs_test_save_competition (KonkursStore       *store,
                               KonkursCompetition *competition)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_store_save_competition (store, competition, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_competition_get_id (competition), >, 0);
}

void
konkurs_test_save_vacancy (KonkursStore   *store,
                           KonkursVacancy *vacancy)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_store_save_vacancy (store, vacancy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_vacancy_get_id (vacancy), >, 0);
}

gint64
konkurs_test_add_competition (KonkursStore     *store,
                              KonkursProcedure  procedure,
                              const char       *state_body,
                              const char       *title,
                              int               year,
                              int               month,
                              int               day)
{
  g_autoptr(KonkursCompetition) competition = konkurs_competition_new ();
  g_autoptr(GDate) date = konkurs_test_date_new (year, month, day);

  konkurs_competition_set_procedure (competition, procedure);
  konkurs_competition_set_state_body (competition, state_body, NULL);
  konkurs_competition_set_title (competition, title, NULL);
  konkurs_competition_set_announcement_date (competition, date);
  konkurs_test_save_competition (store, competition);

  return konkurs_competition_get_id (competition);
}

/* A vacancy of corps B at the central level that asks for higher
 * education. */
gint64
konkurs_test_add_vacancy (KonkursStore *store,
                          gint64        competition_id,
                          const char   *title,
                          const char   *category,
                          int           seats,
                          int           experience_years)
{
  g_autoptr(KonkursVacancy) vacancy = konkurs_vacancy_new ();

  konkurs_vacancy_set_competition_id (vacancy, competition_id);
  konkurs_vacancy_set_position_title (vacancy, title, NULL);
  konkurs_vacancy_set_category (vacancy, category);
  konkurs_vacancy_set_corps (vacancy, KONKURS_CORPS_B);
  konkurs_vacancy_set_level (vacancy, KONKURS_LEVEL_CENTRAL);
  konkurs_vacancy_set_education (vacancy, KONKURS_EDUCATION_HIGHER);
  konkurs_vacancy_set_seats (vacancy, seats);
  konkurs_vacancy_set_experience_years (vacancy, experience_years);
  konkurs_test_save_vacancy (store, vacancy);

  return konkurs_vacancy_get_id (vacancy);
}

/* A valid IIN of someone born on the date: the first serial from @serial
 * that admits a check digit, so different serials give different IINs. */
void
konkurs_test_make_iin (int        year,
                       int        month,
                       int        day,
                       KonkursSex sex,
                       guint      serial,
                       char       out[KONKURS_IIN_LENGTH + 1])
{
  g_autoptr(GDate) birth = konkurs_test_date_new (year, month, day);

  for (; serial < 10000; serial++)
    if (konkurs_iin_build (birth, sex, serial, out))
      return;
  g_assert_not_reached ();
}

KonkursCandidate *
konkurs_test_candidate_new (const char *iin,
                            const char *surname,
                            const char *name)
{
  KonkursCandidate *candidate = konkurs_candidate_new ();

  konkurs_candidate_set_iin (candidate, iin);
  konkurs_candidate_set_surname (candidate, surname);
  konkurs_candidate_set_name (candidate, name);
  return candidate;
}

gint64
konkurs_test_save_candidate (KonkursStore     *store,
                             KonkursCandidate *candidate)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (konkurs_store_save_candidate (store, candidate, &error));
  g_assert_no_error (error);
  g_assert_cmpint (konkurs_candidate_get_id (candidate), >, 0);
  return konkurs_candidate_get_id (candidate);
}

KonkursCandidacy *
konkurs_test_apply (KonkursStore *store,
                    gint64        candidate_id,
                    gint64        competition_id,
                    gint64        vacancy_id,
                    const char   *sector,
                    const GDate  *received)
{
  g_autoptr(GError) error = NULL;
  KonkursCandidacy *candidacy;

  candidacy = konkurs_store_apply (store, candidate_id, competition_id, vacancy_id, sector, received, &error);
  g_assert_no_error (error);
  g_assert_nonnull (candidacy);
  return candidacy;
}

/* Hostile environments */

void
konkurs_test_run_in_child (void     (*body) (gpointer data),
                           gpointer   data)
{
  int status = 0;
  pid_t pid = fork ();

  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      body (data);
      _exit (0);
    }

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (WIFEXITED (status) && WEXITSTATUS (status) == KONKURS_TEST_SKIPPED)
    g_test_skip ("the kernel does not allow this environment here");
  else if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("the child failed (status %d)", status);
}

static gboolean
write_proc_file (const char *path,
                 const char *text)
{
  int fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  gboolean ok;

  if (fd < 0)
    return FALSE;
  ok = write (fd, text, strlen (text)) == (ssize_t) strlen (text);
  return close (fd) == 0 && ok;
}

void
konkurs_test_enter_tmpfs (const char *dir,
                          const char *size)
{
  g_autofree char *uid_map = g_strdup_printf ("0 %u 1", (unsigned) geteuid ());
  g_autofree char *gid_map = g_strdup_printf ("0 %u 1", (unsigned) getegid ());
  g_autofree char *options = g_strdup_printf ("size=%s", size);

  if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0
      || !write_proc_file ("/proc/self/setgroups", "deny")
      || !write_proc_file ("/proc/self/uid_map", uid_map)
      || !write_proc_file ("/proc/self/gid_map", gid_map)
      /* Nothing mounted here reaches the namespace of the test run. */
      || mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0
      || mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    _exit (KONKURS_TEST_SKIPPED);
}

void
konkurs_test_drop_root (const char *dir)
{
  if (geteuid () != 0)
    return;
  if (chown (dir, KONKURS_TEST_NOBODY, KONKURS_TEST_NOBODY) != 0
      || setgroups (0, NULL) != 0
      || setgid (KONKURS_TEST_NOBODY) != 0
      || setuid (KONKURS_TEST_NOBODY) != 0)
    _exit (KONKURS_TEST_SKIPPED);
}

void
konkurs_test_damage_table (const char *path,
                           const char *table)
{
  g_autoptr(sqlite3) db = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT rootpage FROM sqlite_schema WHERE name = '%s'", table);
  guchar junk[512];
  gint64 page_size, root;
  int fd;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  page_size = konkurs_test_query_int64 (db, "PRAGMA page_size");
  root = konkurs_test_query_int64 (db, sql);
  g_assert_cmpint (root, >, 1);
  g_clear_pointer (&db, sqlite3_close);

  memset (junk, 0xA5, sizeof junk);
  fd = g_open (path, O_WRONLY | O_CLOEXEC, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, junk, sizeof junk, (root - 1) * page_size), ==, sizeof junk);
  close (fd);
}

void
konkurs_test_assert_files (const char         *dir,
                           const char * const *names)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      if (!g_strv_contains (names, name))
        g_error ("%s is left in %s", name, dir);
      n++;
    }
  g_assert_cmpuint (n, ==, g_strv_length ((char **) names));
}

guint
konkurs_test_count_competitions (KonkursStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = konkurs_store_list_competitions (store, &error);

  g_assert_no_error (error);
  return list->len;
}
