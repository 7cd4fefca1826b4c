/* konkurs-store-private.h — what the files of the store share, and what the
 * tests may reach
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "konkurs-store.h"
#include "konkurs-store-rows-private.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3, sqlite3_close)

/* PRAGMA application_id of every Konkurs database: "KNKS". */
#define KONKURS_STORE_APPLICATION_ID 0x4B4E4B53

/* The connection, for code of the store in other konkurs-store-*.c files
 * and for tests that check the schema with raw SQL.  Nothing outside the
 * store may use it. */
sqlite3 *konkurs_store_get_db (KonkursStore *self);
/* Whether opening ran the integrity check, for the tests: a file Konkurs
 * closed cleanly and nothing wrote since is not checked again. */
gboolean konkurs_store_was_checked_on_open (KonkursStore *self);

/* Sets @error from the SQLite result code @rc (an extended code) of the
 * last call on @self's connection, mapping FULL, UNIQUE, FOREIGN KEY and
 * CHECK constraints to the matching KonkursStoreError. */
void     konkurs_store_set_sqlite_error (KonkursStore *self, int rc, GError **error);
/* konkurs-store-errors.c: the same for the database at @path whose
 * connection reported @errmsg. */
void     konkurs_store_error_from_sqlite (const char *path, int rc, const char *errmsg, GError **error);
/* The same, knowing the errno of the failed system call (sqlite3_system_errno()). */
void     konkurs_store_error_from_sqlite_full (const char *path, int rc, int system_errno,
                                               const char *errmsg, GError **error);
/* NOT_DATABASE for @path: a file SQLite did not write, or (@foreign_sqlite)
 * the database of another program. */
void     konkurs_store_set_not_database (const char *path, gboolean foreign_sqlite, GError **error);
/* DAMAGED for @path, whose check found @problem, with the advice to
 * restore a backup. */
void     konkurs_store_set_damaged      (const char *path, const char *problem, GError **error);

/* konkurs-store-file.c: the database as a file.
 * The path @path resolves to (symbolic links followed), or where it will
 * be for a file not there yet. */
char    *konkurs_store_file_real_path (const char *path);
/* Before SQLite opens @path: refuses a file with another name (a hard
 * link), an empty file (EMPTY), one SQLite did not write (NOT_DATABASE);
 * creates a missing one with mode 0600 (*@created), and takes the group's
 * and others' access away from an existing one of ours. */
gboolean konkurs_store_file_check     (const char *path, gboolean *created, GError **error);
/* The same for a database this process may have open already, without
 * opening the file (which would drop SQLite's locks on it): a plain file
 * of one name, not empty.  Whether it is SQLite's, SQLite then says. */
gboolean konkurs_store_file_check_open (const char *path, GError **error);
/* With the lock held: refuses a "-wal" beside @path that is not its own
 * (not a plain file, another name, not SQLite's, another page size). */
gboolean konkurs_store_file_check_wal (const char *path, GError **error);
/* Takes the access of group and others away from @path, its -wal and -shm. */
void     konkurs_store_file_tighten   (const char *path);
/* Makes the folder of @path (0700) when missing; OPEN naming it when it
 * cannot. */
gboolean konkurs_store_file_create_parent  (const char *path, GError **error);
/* Which database @store's connection to @path holds: Konkurs's at
 * *@version, a new empty one (version 0), or NOT_DATABASE / DAMAGED /
 * TOO_NEW saying so. */
gboolean konkurs_store_file_check_identity (KonkursStore *store, const char *path, int *version,
                                            GError **error);
/* With the lock held, before SQLite opens @path: whether Konkurs closed
 * it cleanly last time and nothing has written it since (the stamp
 * "<path>.closed" matches the file, and no WAL is left to replay).  The
 * stamp is removed either way, so that a crash from now on leaves none. */
gboolean konkurs_store_file_take_clean_stamp  (const char *path);
/* After the last connection to @path closed cleanly, still holding the
 * lock: writes the stamp the next opening takes. */
void     konkurs_store_file_write_clean_stamp (const char *path);
/* The single-writer lock of @path: *@fd is the held lock file (-1 where
 * the file system cannot lock), *@lock_path its path. */
gboolean konkurs_store_file_lock      (const char *path, char **lock_path, int *fd, GError **error);
void     konkurs_store_file_unlock    (int fd, const char *lock_path);

/* Records that @table ("competitions", "vacancies"…) changed: emits
 * "changed::TABLE" now, or at commit time inside a transaction. */
void     konkurs_store_note_changed (KonkursStore *self, const char *table);

/* Prepares @sql on the connection of @self; NULL with @error set on
 * failure. */
sqlite3_stmt *konkurs_store_prepare (KonkursStore *self, const char *sql, GError **error);

/* The statement of @sql, prepared on first use and kept by the store, reset
 * and without bindings; NULL with @error set when it does not prepare.
 * Only for the thread inside an operation or a transaction of
 * konkurs_store_begin() (it holds the write lock, so no other thread uses
 * the statement meanwhile).  Do not finalize it: hold it in a
 * g_autoptr(KonkursStoreStmt), which resets it at the end of the scope so
 * that it keeps no read lock and no pointer to bound text.  For the
 * statements of bulk paths (imports), where preparing costs more than
 * running. */
typedef sqlite3_stmt KonkursStoreStmt;
/* The store's write lock, for a reader that needs the connection to
 * itself (a read transaction of its own on the shared connection):
 * operations of other threads wait meanwhile.  Recursive. */
void              konkurs_store_lock_writes   (KonkursStore *self);
void              konkurs_store_unlock_writes (KonkursStore *self);
KonkursStoreStmt *konkurs_store_cached       (KonkursStore *self, const char *sql, GError **error);
void              konkurs_store_stmt_release (KonkursStoreStmt *stmt);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KonkursStoreStmt, konkurs_store_stmt_release)

/* Every change goes through an operation.  Outside a transaction of
 * konkurs_store_begin() it is a savepoint, released on success and rolled
 * back on failure; finishing a successful one emits the "changed" signals
 * it noted, a failed one drops them.  Inside a transaction it runs without
 * a savepoint (they cost an import half its speed): do every check before
 * the first write, so that a failure (a duplicate the caller may skip)
 * leaves nothing behind.  An operation that fails after writing breaks the
 * transaction: later operations and the commit fail, and only a rollback
 * is left, so all-or-nothing holds either way.
 *
 *   guint mark;
 *   if (!konkurs_store_op_begin (self, &mark, error)) return FALSE;
 *   ok = …;
 *   return konkurs_store_op_finish (self, mark, ok, error);  */
gboolean konkurs_store_op_begin  (KonkursStore *self, guint *mark, GError **error);
gboolean konkurs_store_op_finish (KonkursStore *self, guint mark, gboolean success, GError **error);

/* Runs @op on row @id inside an operation: the body of a delete. */
typedef gboolean (*KonkursStoreIdOp) (KonkursStore *self, gint64 id, GError **error);
gboolean konkurs_store_run_on_id (KonkursStore *self, KonkursStoreIdOp op, gint64 id, GError **error);

/* konkurs-store-vacancies.c: inserts @vacancy, deleted before, with its
 * old id into @competition_id (undo), as konkurs_store_restore_vacancy()
 * does inside the caller's operation. */
gboolean konkurs_store_put_back_vacancy (KonkursStore *self, KonkursVacancy *vacancy,
                                         gint64 competition_id, GError **error);

/* konkurs-store-decisions.c: the failures of a decision from their JSON
 * in application.decision_failures, each dated @checked_on (of
 * KonkursEligibilityFailure). */
GPtrArray *konkurs_store_read_failures (KonkursStore *self, const char *json,
                                        const GDate *checked_on, GError **error);

/* konkurs-store-errors.c: sets INVALID with @message and returns FALSE,
 * for the checks before a write. */
gboolean konkurs_store_invalid (GError **error, const char *message);

/* konkurs-store-schema.c: brings the database of @db, opened from @path, to
 * KONKURS_STORE_SCHEMA_VERSION in one transaction.  @db must have been
 * checked to be a Konkurs database (or an empty one) at @version. */
gboolean konkurs_store_migrate (sqlite3     *db,
                                const char  *path,
                                int          version,
                                GError     **error);

/* konkurs-store-schema.c: defines the SQL functions of Konkurs on @db —
 * konkurs_sort_key (surname, name, patronymic), the BLOB of
 * konkurs_collation_name_key(), which migration 3 calls.  Returns the
 * SQLite result code. */
int konkurs_store_register_functions (sqlite3 *db);

/* The SQL of migration @version (1-based), for tests that build old files.
 * From version 3 on it needs konkurs_store_register_functions(). */
const char *konkurs_store_get_migration_sql (int version);

/* Migrations kept apart from konkurs-store-schema.c, so that each file
 * stays under 1,000 lines (konkurs-store-schema-rules.c). */
extern const char konkurs_store_migration_rule_set_validity[];
extern const char konkurs_store_migration_eligibility[];

G_END_DECLS
