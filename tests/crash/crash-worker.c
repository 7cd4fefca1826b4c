/* crash-worker.c — the program tests/crash/test-crash.py kills
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * It writes to a database the way the window does, through the store, one
 * transaction after another: imports of candidates with their applications
 * (one transaction each, hundreds of rows) and decisions on eligibility
 * (one each, with their audit entry), and says on stdout when each one is
 * committed.  The driver kills it with SIGKILL at random moments and checks
 * that the database is whole and holds exactly the transactions committed
 * (the last one said, or the one after it, never part of one).
 *
 *   crash-worker prepare DB      a database with two competitions, and the
 *                                files of candidates the run imports beside it
 *   crash-worker run DB          the transactions; "committed N" after each
 *   crash-worker step DB         the same, waiting for a line on stdin after
 *                                each (the driver counts the rows between)
 *   crash-worker check DB        opens DB as Konkurs would after the crash
 */
#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "konkurs-exchange.h"
#include "konkurs-iin.h"
#include "konkurs-store-candidacies.h"
#include "konkurs-store-decisions.h"
#include "konkurs-store.h"

#define N_BATCHES    4   /* imports */
#define BATCH_SIZE   400 /* candidates in each, each with one application */
#define N_DECISIONS  16  /* decisions after each import */
#define COMPETITION  "ҚР-2025/14"

static gboolean stepping;
static guint committed;

static void G_GNUC_NORETURN
fail (const char *what, const GError *error)
{
  g_printerr ("crash-worker: %s: %s\n", what, error != NULL ? error->message : "failed");
  exit (1);
}

static char *
batch_path (const char *db, guint batch)
{
  g_autofree char *dir = g_path_get_dirname (db);
  g_autofree char *name = g_strdup_printf ("batch-%u.xml", batch);

  return g_build_filename (dir, name, NULL);
}

/* A file of BATCH_SIZE candidates whose IINs no other batch has. */
static void
write_batch (const char *db, guint batch)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<konkurs-candidates xmlns=\"urn:konkurs:candidates:1\" version=\"2\">\n");
  g_autofree char *path = batch_path (db, batch);
  g_autoptr(GDate) birth = g_date_new_dmy (1 + batch, G_DATE_MAY, 1990);
  guint serial = 0;

  for (guint i = 0; i < BATCH_SIZE; i++)
    {
      char iin[KONKURS_IIN_LENGTH + 1];

      while (!konkurs_iin_build (birth, i % 2 ? KONKURS_SEX_FEMALE : KONKURS_SEX_MALE, serial++, iin))
        ;
      g_string_append_printf (xml,
                              "  <candidate iin=\"%s\">\n"
                              "    <surname>Сынақов %u-%u</surname>\n"
                              "    <name>Ерлан</name>\n"
                              "    <application competition=\"" COMPETITION "\" vacancy=\"%u\""
                              " received-on=\"2025-03-04\"/>\n"
                              "  </candidate>\n",
                              iin, batch, i, 7 + i % 2);
    }
  g_string_append (xml, "</konkurs-candidates>\n");

  if (!g_file_set_contents (path, xml->str, (gssize) xml->len, &error))
    fail ("writing a batch", error);
}

static KonkursStore *
open_store (const char *db)
{
  g_autoptr(GError) error = NULL;
  KonkursStore *store = konkurs_store_open (db, NULL, &error);

  if (store == NULL)
    fail ("opening the database", error);
  return store;
}

static int
prepare (const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = open_store (db);

  if (!konkurs_exchange_import_file (store, KONKURS_CRASH_SOURCE_ROOT "/tests/data/exchange-bilingual.xml",
                                     NULL, NULL, NULL, NULL, &error))
    fail ("importing the competitions", error);
  for (guint batch = 1; batch <= N_BATCHES; batch++)
    write_batch (db, batch);
  return 0;
}

/* Says that one more transaction is in the database; in step mode, waits
 * until the driver has counted its rows. */
static void
say_committed (void)
{
  char line[16];

  printf ("committed %u\n", ++committed);
  fflush (stdout);
  if (stepping && fgets (line, sizeof line, stdin) == NULL)
    exit (0);
}

static void
decide_some (KonkursStore *store, gint64 competition_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) candidacies = konkurs_store_list_candidacies_of_competition (store, competition_id, &error);
  guint decided = 0;

  if (candidacies == NULL)
    fail ("listing the applications", error);
  for (guint i = 0; i < candidacies->len && decided < N_DECISIONS; i++)
    {
      KonkursCandidacy *candidacy = candidacies->pdata[i];

      if (konkurs_candidacy_get_eligibility (candidacy) != KONKURS_ELIGIBILITY_STATE_PENDING)
        continue;
      /* Every other one admitted: against the engine, with the reason it needs. */
      if (!konkurs_store_decide_candidacy (store, konkurs_candidacy_get_id (candidacy), decided % 2 == 0,
                                           "Решение комиссии (проверка на сбой)", &error))
        fail ("deciding", error);
      decided++;
      say_committed ();
    }
}

static int
run (const char *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KonkursStore) store = open_store (db);
  g_autoptr(KonkursCompetition) competition = konkurs_store_find_competition_by_number (store, COMPETITION, &error);

  if (competition == NULL)
    fail ("finding the competition", error);

  printf ("ready\n");
  fflush (stdout);
  if (stepping)
    {
      char line[16];

      if (fgets (line, sizeof line, stdin) == NULL)
        return 0;
    }

  for (guint batch = 1; batch <= N_BATCHES; batch++)
    {
      g_autofree char *path = batch_path (db, batch);

      if (!konkurs_exchange_import_file (store, path, NULL, NULL, NULL, NULL, &error))
        fail ("importing a batch", error);
      say_committed ();
      decide_some (store, konkurs_competition_get_id (competition));
    }

  printf ("finished\n");
  return 0;
}

/* What opening after the crash must give: the database, not a refusal
 * (the lock of the killed process is stale, the WAL is replayed). */
static int
check (const char *db)
{
  g_autoptr(KonkursStore) store = open_store (db);

  /* The record is checked by test-crash.py through `konkurs --verify`,
   * as an auditor would. */
  printf ("opened: schema version %d\n", konkurs_store_get_schema_version (store));
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("KONKURS_DATA_DIR", KONKURS_CRASH_SOURCE_ROOT "/data", FALSE);

  if (argc != 3)
    {
      g_printerr ("Usage: crash-worker prepare|run|step|check DB\n");
      return 2;
    }
  if (g_str_equal (argv[1], "prepare"))
    return prepare (argv[2]);
  if (g_str_equal (argv[1], "step"))
    stepping = TRUE;
  if (g_str_equal (argv[1], "run") || stepping)
    return run (argv[2]);
  if (g_str_equal (argv[1], "check"))
    return check (argv[2]);

  g_printerr ("crash-worker: unknown command %s\n", argv[1]);
  return 2;
}
