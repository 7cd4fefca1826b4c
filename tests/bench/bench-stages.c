/* bench-stages.c — how long a large selection's stages take to close and
 * to take the testing centre's results
 *
 * Not a test: tests/benchmark.py runs it and prints its figures.  On a
 * copy of DATABASE (the benchmark gives its 100,000-candidate demo, so
 * that every index is as deep as a region's) or on a new database, a
 * Youth Reserve selection gets WRITERS (20,000) admitted applications,
 * inserted with plain SQL as bench-assign-store does (through the store's
 * API, one by one and recorded, they would take minutes to set up).  Then,
 * each timed as the window runs it:
 *   1. konkurs_store_close_stage() on the documents stage: every
 *      application goes on into the testing stage;
 *   2. konkurs_exchange_import_file() of the testing centre's file with
 *      a result of each of the stage's tests for every one of them;
 *   3. konkurs_store_close_stage() on the testing stage, whose rule lets
 *      half of each sector go on, everyone tied at the cut-off with them:
 *      the scores take few values, so that the ties are many.
 *
 *   bench-stages [WRITERS [DATABASE]]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "konkurs-autocleanups.h"
#include "konkurs-exchange.h"
#include "konkurs-store-essays.h"
#include "konkurs-store-private.h"
#include "konkurs-store-stages.h"
#include "konkurs-test-candidates.h"
#include "konkurs-test-util.h"

typedef struct {
  double wall;
  double cpu;
} Lap;

/* The processor time of the process beside the elapsed time: on a machine
 * shared with other work the elapsed time says as much about the others
 * as about the store. */
static Lap
lap_start (void)
{
  return (Lap) { g_get_monotonic_time () / 1e6, (double) clock () / CLOCKS_PER_SEC };
}

static Lap
lap_since (Lap start)
{
  Lap now = lap_start ();

  return (Lap) { now.wall - start.wall, now.cpu - start.cpu };
}

static void
print_lap (const char *name, Lap lap)
{
  printf ("%s-ms: %.0f\n%s-cpu-ms: %.0f\n", name, lap.wall * 1000, name, lap.cpu * 1000);
}

/* @n admitted applications to @competition_id over @sectors, with plain
 * SQL; their personal codes are "PK-900-000-001"… (the form of
 * a personal code; the import does not ask for its check character) */
static void
add_writers (KonkursStore *store, gint64 competition_id, GPtrArray *sectors, guint n)
{
  sqlite3 *db = konkurs_store_get_db (store);
  g_autoptr(sqlite3_stmt) candidate = NULL, application = NULL;

  konkurs_test_exec (db, "BEGIN");
  candidate = konkurs_test_prepare (db, "INSERT INTO candidate (iin, surname, name, birth_date, sex) "
                           "VALUES (printf ('%012d', 800000000 + ?1), 'Кезеңов', 'Тест', '2000-01-01', 'M')");
  application = konkurs_test_prepare (db, "INSERT INTO application (candidate_id, competition_id, sector, personal_code, "
                             "received_on, status, eligibility, decided_by, decided_at) VALUES "
                             "(last_insert_rowid (), ?1, ?2, printf ('PK-9%02d-%03d-%03d', ?3 / 1000000, ?3 / 1000 % 1000, ?3 % 1000), '2025-03-10', 'admitted', "
                             "'eligible', 'bench', '2025-03-20T10:00:00Z')");
  for (guint i = 0; i < n; i++)
    {
      sqlite3_bind_int (candidate, 1, i);
      konkurs_test_step_done (db, candidate);
      sqlite3_bind_int64 (application, 1, competition_id);
      sqlite3_bind_text (application, 2, ((KonkursSector *) g_ptr_array_index (sectors, i % sectors->len))->code, -1,
                         SQLITE_STATIC);
      sqlite3_bind_int (application, 3, i + 1);
      konkurs_test_step_done (db, application);
    }
  konkurs_test_exec (db, "COMMIT");
}

static KonkursStage *
find_stage (KonkursStore *store, gint64 competition_id, KonkursStageKind kind)
{
  g_autoptr(GError) error = NULL;
  KonkursStage *stage = konkurs_store_find_stage (store, competition_id, kind, &error);

  g_assert_no_error (error);
  return stage;
}

/* The testing centre's file: every test of @rule for @n writers, the
 * scores of a test on eleven values (so that many tie), its parts sharing
 * them as evenly as their maxima allow. */
static char *
write_results (const char *dir, const char *number, const KonkursStageRule *rule, guint n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  char *path = g_build_filename (dir, "results.xml", NULL);

  g_string_append_printf (text, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<konkurs-test-results xmlns=\"urn:konkurs:test-results:1\" version=\"1\" "
                                "competition=\"%s\" stage=\"testing\">\n", number);
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (text, "  <candidate code=\"PK-9%02u-%03u-%03u\">\n", (i + 1) / 1000000,
                              (i + 1) / 1000 % 1000, (i + 1) % 1000);
      for (guint t = 0; t < rule->tests->len; t++)
        {
          const KonkursTestRule *test = g_ptr_array_index (rule->tests, t);
          int correct = test->max_score * (int) ((i * 7 + t * 3) % 11) / 10;
          int left = correct;

          g_string_append_printf (text, "    <test code=\"%s\" taken-on=\"2025-04-10\" present=\"true\" "
                                        "correct=\"%d\" of=\"%d\"%s\n", test->code, correct, test->max_score,
                                  test->parts->len > 0 ? ">" : "/>");
          for (guint p = 0; p < test->parts->len; p++)
            {
              const KonkursTestPartRule *part = g_ptr_array_index (test->parts, p);
              int share = p + 1 == test->parts->len ? left : MIN (left, correct * part->max_score / test->max_score);

              g_string_append_printf (text, "      <part code=\"%s\" correct=\"%d\" of=\"%d\"/>\n", part->code,
                                      share, part->max_score);
              left -= share;
            }
          if (test->parts->len > 0)
            g_string_append (text, "    </test>\n");
        }
      g_string_append (text, "  </candidate>\n");
    }
  g_string_append (text, "</konkurs-test-results>\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, &error));
  g_assert_no_error (error);
  return path;
}

static void
close_stage (KonkursStore *store, gint64 stage_id, const char *name)
{
  g_autoptr(GError) error = NULL;
  Lap start = lap_start ();

  if (!konkurs_store_close_stage (store, stage_id, TRUE, &error))
    g_error ("closing the %s stage: %s", name, error->message);
  print_lap (name, lap_since (start));
}

int
main (int argc, char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 20000;
  const char *source = argc > 2 ? argv[2] : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = konkurs_test_make_tmp_dir ("konkurs-bench-XXXXXX");
  g_autoptr(KonkursCalendar) calendar = konkurs_test_calendar_new ();
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursCompetition) competition = NULL;
  g_autoptr(GPtrArray) sectors = NULL;
  g_autoptr(KonkursStage) documents = NULL, testing = NULL, closed = NULL;
  g_autoptr(GPtrArray) stages = NULL, rows = NULL;
  g_autofree char *results = NULL;
  KonkursImportSummary summary = { 0 };
  gint64 competition_id;
  Lap start;

  if (source != NULL)
    {
      g_autofree char *copy = g_build_filename (dir, "konkurs.db", NULL);
      g_autoptr(GFile) from = g_file_new_for_path (source);
      g_autoptr(GFile) to = g_file_new_for_path (copy);

      if (!g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
        g_error ("%s", error->message);
    }
  store = konkurs_test_store_open (dir, calendar);
  printf ("candidates-before: %" G_GINT64_FORMAT "\n",
          konkurs_test_query_int64 (konkurs_store_get_db (store), "SELECT count(*) FROM candidate"));

  competition_id = konkurs_test_add_march_competition (store, KONKURS_PROCEDURE_YOUTH_RESERVE);
  competition = konkurs_store_get_competition (store, competition_id, &error);
  g_assert_no_error (error);
  sectors = konkurs_store_list_sectors (store, konkurs_competition_get_rule_set_id (competition), &error);
  g_assert_no_error (error);
  add_writers (store, competition_id, sectors, n);
  printf ("applications: %u\nsectors: %u\n", n, sectors->len);

  documents = find_stage (store, competition_id, KONKURS_STAGE_DOCUMENTS);
  close_stage (store, documents->id, "close-documents");

  testing = find_stage (store, competition_id, KONKURS_STAGE_TESTING);
  g_assert_cmpint (testing->state, ==, KONKURS_STAGE_STATE_OPEN);
  g_assert_cmpuint (testing->n_entered, ==, n);
  results = write_results (dir, konkurs_competition_get_number (competition),
                           konkurs_stage_get_rule (testing, KONKURS_TRACK_YOUTH_RESERVE), n);
  start = lap_start ();
  if (!konkurs_exchange_import_file (store, results, &summary, NULL, NULL, NULL, &error))
    g_error ("importing the results: %s", error->message);
  print_lap ("import-results", lap_since (start));
  printf ("results: %u\n", summary.results);

  close_stage (store, testing->id, "close-testing");
  closed = find_stage (store, competition_id, KONKURS_STAGE_TESTING);
  g_assert_cmpint (closed->state, ==, KONKURS_STAGE_STATE_CLOSED);
  /* half of each sector, and more: those tied with the last of them */
  printf ("going-on: %u\n", closed->n_going_on);
  g_assert_cmpuint (closed->n_going_on, >=, n / 2);

  /* what the Stages area reads when the competition is opened */
  start = lap_start ();
  stages = konkurs_store_list_stages (store, competition_id, &error);
  g_assert_no_error (error);
  print_lap ("list-stages", lap_since (start));
  start = lap_start ();
  rows = konkurs_store_list_stage_rows (store, closed->id, &error);
  g_assert_no_error (error);
  print_lap ("stage-rows", lap_since (start));
  g_assert_cmpuint (rows->len, ==, n);

  g_clear_object (&store);
  konkurs_test_remove_tree (dir);
  return 0;
}
