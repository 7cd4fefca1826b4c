/* bench-assign-store.c — how long the store takes to assign, replay and
 * list the essays of a large Youth Reserve selection
 *
 * Not a test: tests/benchmark.py runs it and prints its figures.  Where
 * bench-assign times the pure draw, this times konkurs_store_assign_essays()
 * as the window calls it — reading the essays, graders and conflicts,
 * drawing, writing the draw and every pair through the record — then
 * konkurs_store_replay_draw() and konkurs_store_list_essays(), on a
 * database on disk; then the experts' side: exporting every expert's
 * package (konkurs_exchange_export_packages()), and, once each package is
 * graded and written as a results file as the grading window does it
 * (not timed), importing the EXPERTS results files one after another
 * (konkurs_exchange_import_essay_results()), each checked, signed and
 * recorded: the grades of every essay three times over.
 *
 * The selection comes from the test helpers (a Youth Reserve selection with
 * its essay stage open); its ESSAYS (20,000) writers, their applications,
 * work periods and essays are then inserted with plain SQL, which only the
 * bench does: through the store's API, one by one and recorded, they would
 * take minutes to set up.  EXPERTS (300) experts over the selection's
 * sectors are saved through the store; they work at 50 organisations, and
 * about half the writers work at one of them now, so that about 1 % of the
 * essay–expert pairs are in conflict.
 *
 *   bench-assign-store [ESSAYS [EXPERTS]]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib/gstdio.h>

#include "konkurs-autocleanups.h"
#include "konkurs-exchange-essays.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-private.h"
#include "konkurs-test-essays.h"
#include "konkurs-test-util.h"

#define N_EMPLOYERS 50

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* The processor time of the process: on a machine shared with other work
 * the elapsed time says as much about the others as about the store. */
static double
cpu_seconds (void)
{
  return (double) clock () / CLOCKS_PER_SEC;
}

static GPtrArray *
selection_sectors (KonkursStore *store, gint64 competition_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursCompetition) competition = konkurs_store_get_competition (store, competition_id, &error);
  GPtrArray *sectors;

  g_assert_no_error (error);
  sectors = konkurs_store_list_sectors (store, konkurs_competition_get_rule_set_id (competition), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sectors->len, >, 0);
  return sectors;
}

/* The conflicting pairs and the pairs of the draw, as it recorded them. */
static void
count_draw (KonkursStore *store, gint64 stage_id, gint64 *n_conflicts, gint64 *n_pairs)
{
  sqlite3 *db = konkurs_store_get_db (store);
  g_autoptr(sqlite3_stmt) stmt = konkurs_test_prepare (db, "SELECT json_array_length (input, '$.conflicts'), n_pairs "
                                              "FROM essay_draw WHERE stage_id = ?1");

  sqlite3_bind_int64 (stmt, 1, stage_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("no draw: %s", sqlite3_errmsg (db));
  *n_conflicts = sqlite3_column_int64 (stmt, 0);
  *n_pairs = sqlite3_column_int64 (stmt, 1);
}

/* @n writers of essays in @stage_id of @competition_id, with plain SQL. */
static void
add_writers (KonkursStore *store, gint64 competition_id, gint64 stage_id, GPtrArray *sectors, guint n, GRand *rand)
{
  sqlite3 *db = konkurs_store_get_db (store);
  g_autoptr(sqlite3_stmt) candidate = NULL, application = NULL, work = NULL, essay = NULL;

  konkurs_test_exec (db, "BEGIN");
  candidate = konkurs_test_prepare (db, "INSERT INTO candidate (iin, surname, name, birth_date, sex) "
                           "VALUES (printf ('%012d', 900000000 + ?1), 'Жазушы', 'Эссе', '2000-01-01', 'F') "
                           "RETURNING id");
  application = konkurs_test_prepare (db, "INSERT INTO application (candidate_id, competition_id, sector, personal_code, "
                             "received_on, status, eligibility, decided_by, decided_at) VALUES "
                             "(?1, ?2, ?3, printf ('Ж-%06d', ?4), '2025-03-10', 'admitted', 'eligible', 'bench', "
                             "'2025-03-20T10:00:00Z') RETURNING id");
  work = konkurs_test_prepare (db, "INSERT INTO work_period (candidate_id, employer, started_on) "
                      "VALUES (?1, printf ('Ұйым %d ЖШС', ?2), '2020-01-01')");
  essay = konkurs_test_prepare (db, "INSERT INTO essay (application_id, stage_id, topic, body, language, word_count, minutes, "
                       "submitted_at, proctor, source) VALUES (?1, ?2, 'Цифрландыру', 'Мәтін', 'kk', 300, 40, "
                       "'2025-07-10T10:00:00Z', 'accepted', 'bench')");
  for (guint i = 0; i < n; i++)
    {
      gint64 candidate_id, application_id;

      sqlite3_bind_int (candidate, 1, i);
      if (sqlite3_step (candidate) != SQLITE_ROW)
        g_error ("%s", sqlite3_errmsg (db));
      candidate_id = sqlite3_column_int64 (candidate, 0);
      sqlite3_reset (candidate);
      sqlite3_bind_int64 (application, 1, candidate_id);
      sqlite3_bind_int64 (application, 2, competition_id);
      sqlite3_bind_text (application, 3, ((KonkursSector *) g_ptr_array_index (sectors, i % sectors->len))->code, -1,
                         SQLITE_STATIC);
      sqlite3_bind_int (application, 4, i);
      if (sqlite3_step (application) != SQLITE_ROW)
        g_error ("%s", sqlite3_errmsg (db));
      application_id = sqlite3_column_int64 (application, 0);
      sqlite3_reset (application);
      if (g_rand_boolean (rand))
        {
          sqlite3_bind_int64 (work, 1, candidate_id);
          sqlite3_bind_int (work, 2, g_rand_int_range (rand, 0, N_EMPLOYERS));
          konkurs_test_step_done (db, work);
        }
      sqlite3_bind_int64 (essay, 1, application_id);
      sqlite3_bind_int64 (essay, 2, stage_id);
      konkurs_test_step_done (db, essay);
    }
  konkurs_test_exec (db, "COMMIT");
}

/* @n experts over @sectors, every background, at N_EMPLOYERS places. */
static void
add_experts (KonkursStore *store, GPtrArray *sectors, guint n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) experts = g_ptr_array_new_with_free_func ((GDestroyNotify) konkurs_expert_free);

  for (guint i = 0; i < n; i++)
    {
      KonkursExpert *expert = konkurs_expert_new ();

      g_free (expert->full_name);
      expert->full_name = g_strdup_printf ("Сарапшы %u", i);
      g_free (expert->email);
      expert->email = g_strdup_printf ("expert%u@example.kz", i);
      expert->background = KONKURS_EXPERT_BACKGROUND_ACADEMIA + i % 3;
      g_strfreev (expert->sectors);
      expert->sectors = g_new0 (char *, 2);
      expert->sectors[0] = g_strdup (((KonkursSector *) g_ptr_array_index (sectors, (i / 3) % sectors->len))->code);
      g_free (expert->employer);
      expert->employer = g_strdup_printf ("Ұйым %u ЖШС", i % N_EMPLOYERS);
      g_ptr_array_add (experts, expert);
    }
  g_assert_true (konkurs_store_save_experts (store, experts, &error));
  g_assert_no_error (error);
}

/* Grades the package at @path as an expert would (points drawn for each
 * essay) and writes the results file; its path. */
static char *
grade_package (const char *path, GRand *rand)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursEssayPackage) package = konkurs_exchange_read_package (path, &error);
  g_autoptr(KonkursEssayResults) results = NULL;
  g_autofree char *stem = NULL;
  char *out;

  g_assert_no_error (error);
  results = konkurs_test_grade_package (package, g_rand_int_range (rand, 2, 6));
  stem = g_strndup (path, strlen (path) - strlen (".xml"));
  out = g_strconcat (stem, ".results", NULL);
  g_assert_true (konkurs_exchange_write_results (results, out, &error));
  g_assert_no_error (error);
  return out;
}

static void
print_experts_side (KonkursStore *store, gint64 stage_id, const char *dir, guint n_experts, GRand *rand)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (dir, "packages", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) listing = NULL;
  KonkursImportSummary summary = { 0 };
  const char *name;
  guint n_written = 0;
  gint64 start;
  double cpu, export_s, import_s, import_cpu_s;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  start = g_get_monotonic_time ();
  g_assert_true (konkurs_exchange_export_packages (store, stage_id, folder, &n_written, NULL, &error));
  export_s = seconds_since (start);
  g_assert_no_error (error);
  g_assert_cmpuint (n_written, ==, n_experts);

  listing = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_ptr_array_add (files, grade_package (path, rand));
    }

  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  for (guint i = 0; i < files->len; i++)
    {
      KonkursImportSummary one = { 0 };

      if (!konkurs_exchange_import_essay_results (store, files->pdata[i], NULL, &one, &error))
        g_error ("%s: %s", (char *) files->pdata[i], error->message);
      summary.essay_scores += one.essay_scores;
    }
  import_s = seconds_since (start);
  import_cpu_s = cpu_seconds () - cpu;
  printf ("packages: %u\nexport-packages-ms: %.0f\nresults-files: %u\nessay-scores: %u\n"
          "import-grades-ms: %.0f\nimport-grades-cpu-ms: %.0f\n",
          n_written, export_s * 1000, files->len, summary.essay_scores, import_s * 1000, import_cpu_s * 1000);
}

int
main (int argc, char *argv[])
{
  guint n_essays = argc > 1 ? (guint) atoi (argv[1]) : 20000;
  guint n_experts = argc > 2 ? (guint) atoi (argv[2]) : 300;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-bench-XXXXXX");
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();
  g_autoptr(KonkursStore) store = konkurs_test_store_open (dir, calendar);
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autoptr(KonkursTestEssayStage) stage = NULL;
  g_autoptr(GPtrArray) sectors = NULL;
  g_autoptr(GPtrArray) essays = NULL;
  gint64 start, n_conflicts = 0, n_pairs = 0;
  guint n_assigned = 0;
  double setup_s, assign_s, replay_s, list_s, cpu, assign_cpu_s;

  start = g_get_monotonic_time ();
  stage = konkurs_test_essay_stage_new (store, 4);
  sectors = selection_sectors (store, stage->competition->competition_id);
  add_writers (store, stage->competition->competition_id, stage->stage_id, sectors, n_essays, rand);
  add_experts (store, sectors, n_experts);
  setup_s = seconds_since (start);

  start = g_get_monotonic_time ();
  cpu = cpu_seconds ();
  g_assert_true (konkurs_store_assign_essays (store, stage->stage_id, &n_assigned, &error));
  assign_s = seconds_since (start);
  assign_cpu_s = cpu_seconds () - cpu;
  g_assert_no_error (error);
  g_assert_cmpuint (n_assigned, ==, n_essays);

  start = g_get_monotonic_time ();
  g_assert_true (konkurs_store_replay_draw (store, stage->stage_id, &error));
  replay_s = seconds_since (start);
  g_assert_no_error (error);

  start = g_get_monotonic_time ();
  essays = konkurs_store_list_essays (store, stage->stage_id, &error);
  list_s = seconds_since (start);
  g_assert_no_error (error);
  g_assert_cmpuint (essays->len, ==, n_essays);

  count_draw (store, stage->stage_id, &n_conflicts, &n_pairs);
  print_experts_side (store, stage->stage_id, dir, n_experts, rand);
  printf ("essays: %u\nexperts: %u\nsectors: %u\nconflicts: %" G_GINT64_FORMAT "\npairs: %" G_GINT64_FORMAT "\n"
          "setup-s: %.2f\nassign-ms: %.0f\nassign-cpu-ms: %.0f\nreplay-ms: %.0f\nlist-ms: %.0f\n",
          n_essays, n_experts, sectors->len, n_conflicts, n_pairs, setup_s, assign_s * 1000, assign_cpu_s * 1000, replay_s * 1000,
          list_s * 1000);
  g_clear_object (&store);
  konkurs_test_remove_tree (dir);
  return 0;
}
