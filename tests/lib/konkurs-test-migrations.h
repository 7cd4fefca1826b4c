/* konkurs-test-migrations.h — databases as older Konkurs versions left
 * them, built from the migrations' own SQL, and what an upgrade must keep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "konkurs-store.h"

G_BEGIN_DECLS

/* A new folder with the path of a database in it, and a calendar. */
typedef struct {
  char            *dir;
  char            *path;
  KonkursCalendar *calendar;
} KonkursTestMigration;

void  konkurs_test_migration_set_up      (KonkursTestMigration *fixture, gconstpointer data);
void  konkurs_test_migration_tear_down   (KonkursTestMigration *fixture, gconstpointer data);

/* Runs @sql on the file @path through a connection of its own. */
void  konkurs_test_exec_on_file          (const char *path, const char *sql);
/* A database as Konkurs of @version left it: the migrations up to it as
 * they were released, then @data (NULL-terminated SQL). */
void  konkurs_test_load_version          (const char *path, int version, const char * const *data);
/* Every schema object as "type name: sql", sorted, one per line. */
char *konkurs_test_describe_schema       (sqlite3 *db);
char *konkurs_test_describe_file_schema  (const char *path);
/* The file @path, upgraded, has the same schema as a new one made in @dir. */
void  konkurs_test_assert_schema_as_new  (const char *dir, const char *path, KonkursCalendar *calendar);
/* Opening @path fails to upgrade it, and says @needle. */
void  konkurs_test_assert_upgrade_fails  (const char *path, KonkursCalendar *calendar, const char *needle);
/* Opening @path fails to upgrade it, says @needle, and leaves it byte for
 * byte as it was, of @version; returns it opened for the caller's own
 * checks (sqlite3_close() it). */
sqlite3 *konkurs_test_assert_upgrade_leaves_file (const char      *path,
                                                  KonkursCalendar *calendar,
                                                  const char      *needle,
                                                  int              version);
/* @path opened, upgraded to the current version. */
KonkursStore *konkurs_test_open_upgraded (const char *path, KonkursCalendar *calendar);

/* A competition of version 5 (texts in both languages) with a vacancy
 * and two applications of candidates 1 and 2, one decided, one not. */
extern const char konkurs_test_v5_competition[];

G_END_DECLS
