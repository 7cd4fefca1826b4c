/* test-migration-record.c — migration 7: the audit log of a version 6
 * file becomes the record, its entries hashed in order as the genesis of
 * the chain, a baseline entry for every row it follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "konkurs-autocleanups.h"
#include "konkurs-store-audit.h"
#include "konkurs-store-chain.h"
#include "konkurs-store-private.h"
#include "konkurs-store-verify.h"
#include "konkurs-test-migrations.h"
#include "konkurs-test-util.h"

typedef KonkursTestMigration Fixture;

/* A database as version 6 left it: the competition of the version 5 test
 * (a vacancy, one application decided, one not) with its two candidates,
 * a protocol issued, and an audit log whose ids have gaps (rows of it
 * deleted by hand, or rolled back). */
static const char v6_candidates[] =
  "INSERT INTO candidate (id, iin, surname, name, patronymic, birth_date, sex) VALUES "
  "(1, '800101300011', 'Яковлев', 'Иван', 'Петрович', '1980-01-01', 'M'),"
  "(2, '810202400022', 'Әлиева', 'Дана', '', '1981-02-02', 'F');";

static const char v6_record[] =
  "INSERT INTO issued_document (id, kind, competition_id, number, issued_on, commission, present, language, "
  "  issued_by) VALUES (1, 'admission', 3, '1', '2025-03-10', '[]', '[]', 'kk', 'secretary');"
  "INSERT INTO audit_log (id, at, actor, action, table_name, row_id, details) VALUES "
  "(4, '2025-03-03T08:00:00.000Z', 'secretary', 'create', 'competition', 3, "
  "  '{\"number\":\"2025-001\",\"state_body_kk\":\"Қаржы министрлігі\"}'),"
  "(9, '2025-03-03T08:05:00.000Z', 'secretary', 'create', 'vacancy', 10, NULL),"
  "(12, '2025-03-04T10:00:00.000Z', 'secretary', 'apply', 'application', 1, "
  "  '{\"personal_code\":\"KNK-AAA-AAA-AAA\"}'),"
  "(30, '2025-03-07T09:00:00.000Z', 'secretary', 'decide', 'application', 1, "
  "  '{\"decision\":\"admitted\",\"against_engine\":false,\"reason\":\"\"}');";

static void
load_v6 (const char *path)
{
  konkurs_test_load_version (path, 6,
                             (const char * const[]) { v6_candidates, konkurs_test_v5_competition, v6_record, NULL });
}

static void
test_from_v6 (Fixture *fixture, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = NULL;
  g_autoptr(KonkursVerifyReport) report = NULL;
  g_autoptr(GPtrArray) history = NULL;
  g_autofree char *head = NULL, *actions = NULL, *at = NULL, *baseline = NULL;
  gint64 seq = 0, n_entries;
  sqlite3 *db;

  load_v6 (fixture->path);
  store = konkurs_test_open_upgraded (fixture->path, fixture->calendar);
  db = konkurs_store_get_db (store);

  /* The entries of before, numbered 1 to 4 in their order, as they were. */
  actions = konkurs_test_query_text (db, "SELECT group_concat (action, ',') FROM "
                                     "(SELECT action FROM audit_log WHERE id <= 4 ORDER BY id)");
  g_assert_cmpstr (actions, ==, "create,create,apply,decide");
  at = konkurs_test_query_text (db, "SELECT at FROM audit_log WHERE id = 4");
  g_assert_cmpstr (at, ==, "2025-03-07T09:00:00.000Z");
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM audit_log WHERE id <= 4 "
                                             "AND before IS NULL AND after IS NULL"), ==, 4);
  /* A baseline for each row followed: 1 competition, 1 vacancy, 2
   * candidates, 2 applications, 1 issued document. */
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT count(*) FROM audit_log WHERE action = 'baseline' "
                                             "AND id BETWEEN 5 AND 11 AND after IS NOT NULL"), ==, 7);
  /* Later migrations may add baselines of their own after those. */
  n_entries = konkurs_test_query_int64 (db, "SELECT max (id) FROM audit_log");
  g_assert_cmpint (n_entries, >=, 11);
  baseline = konkurs_test_query_text (db, "SELECT after FROM audit_log WHERE table_name = 'application' "
                                      "AND row_id = 1 AND action = 'baseline'");
  g_assert_nonnull (strstr (baseline, "\"status\":\"admitted\""));

  report = konkurs_store_verify (store, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("%s", report->message);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
  g_assert_cmpint (report->n_entries, ==, n_entries);
  head = konkurs_store_dup_record_head (store, &seq, &error);
  g_assert_cmpint (seq, ==, n_entries);
  g_assert_cmpstr (report->head, ==, head);

  /* The history still reads the entries of before. */
  history = konkurs_store_list_competition_history (store, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (history->len, >=, 2);
  g_assert_cmpstr (((KonkursHistoryEntry *) g_ptr_array_index (history, 0))->subject, ==, "Қаржы министрлігі");

  /* A change after the upgrade continues the chain. */
  g_assert_true (konkurs_store_delete_candidacy (store, 2, &error));
  g_assert_no_error (error);
  g_clear_pointer (&report, konkurs_verify_report_free);
  report = konkurs_store_verify (store, NULL, &error);
  g_assert_cmpint (report->problem, ==, KONKURS_VERIFY_OK);
  g_assert_cmpint (report->n_entries, ==, n_entries + 1);
  g_clear_object (&store);

  konkurs_test_assert_schema_as_new (fixture->dir, fixture->path, fixture->calendar);
}

/* Migration 7 fails when a table of its own is in the way: the file is
 * byte for byte as it was, still of version 6. */
static void
test_failed_migration_7 (Fixture *fixture, gconstpointer data)
{
  sqlite3 *db;

  load_v6 (fixture->path);
  konkurs_test_exec_on_file (fixture->path, "CREATE TABLE audit_head (id INTEGER PRIMARY KEY);");
  db = konkurs_test_assert_upgrade_leaves_file (fixture->path, fixture->calendar, "version 7", 6);
  g_assert_cmpint (konkurs_test_query_int64 (db, "SELECT max (id) FROM audit_log"), ==, 30);
  sqlite3_close (db);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/migration-record/from-v6", Fixture, NULL, konkurs_test_migration_set_up, test_from_v6, konkurs_test_migration_tear_down);
  g_test_add ("/migration-record/failed", Fixture, NULL, konkurs_test_migration_set_up, test_failed_migration_7,
              konkurs_test_migration_tear_down);
  return g_test_run ();
}
