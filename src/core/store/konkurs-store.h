/* konkurs-store.h — the SQLite database of Konkurs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "konkurs-calendar.h"
#include "konkurs-competition.h"
#include "konkurs-rule-set.h"
#include "konkurs-vacancy.h"

G_BEGIN_DECLS

#define KONKURS_STORE_ERROR (konkurs_store_error_quark ())
typedef enum {
  KONKURS_STORE_ERROR_OPEN,        /* the file cannot be opened or created */
  KONKURS_STORE_ERROR_LOCKED,      /* another Konkurs has this database open */
  KONKURS_STORE_ERROR_NOT_DATABASE,/* the file is not a Konkurs database, or is damaged */
  KONKURS_STORE_ERROR_TOO_NEW,     /* written by a newer Konkurs */
  KONKURS_STORE_ERROR_MIGRATION,   /* upgrading the schema failed; the file is unchanged */
  KONKURS_STORE_ERROR_INVALID,     /* a value breaks a rule of the domain; message names the field */
  KONKURS_STORE_ERROR_DUPLICATE,   /* a unique value exists already */
  KONKURS_STORE_ERROR_IN_USE,      /* a row others depend on cannot be deleted */
  KONKURS_STORE_ERROR_NOT_FOUND,
  KONKURS_STORE_ERROR_FULL,        /* the disk is full; nothing was written */
  KONKURS_STORE_ERROR_FAILED,      /* any other SQLite error */
  KONKURS_STORE_ERROR_EMPTY,       /* the file is empty (0 bytes): not made a database silently */
  KONKURS_STORE_ERROR_DAMAGED,     /* the integrity check failed: restore a backup */
  KONKURS_STORE_ERROR_READ_ONLY,   /* the store was opened read-only and refuses changes */
  KONKURS_STORE_ERROR_STAGE_NOT_OPEN, /* the stage before it is not closed yet */
  KONKURS_STORE_ERROR_STAGE_CLOSED,   /* a closed stage takes a change only with a written reason */
  KONKURS_STORE_ERROR_SEALED,         /* identities of essay writers stay sealed until every essay is final */
  KONKURS_STORE_ERROR_SIGNATURE,      /* a results file whose signature does not match its package */
  KONKURS_STORE_ERROR_REASON_NEEDED,  /* a change that replaces recorded work needs a written reason */
} KonkursStoreError;
GQuark konkurs_store_error_quark (void);

/* The details of the "changed" signal for these tables. */
#define KONKURS_STORE_TABLE_COMPETITIONS "competitions"
#define KONKURS_STORE_TABLE_VACANCIES    "vacancies"

/* The schema version this program writes (PRAGMA user_version). */
#define KONKURS_STORE_SCHEMA_VERSION 15

#define KONKURS_TYPE_STORE (konkurs_store_get_type ())
G_DECLARE_FINAL_TYPE (KonkursStore, konkurs_store, KONKURS, STORE, GObject)

/* Opens or creates @path (parent folders are created), takes an exclusive
 * lock so that a second Konkurs gets KONKURS_STORE_ERROR_LOCKED instead of
 * writing beside it, and applies pending migrations in one transaction.
 * ":memory:" gives a private in-memory database (tests).  @calendar counts
 * working days for computed deadlines; NULL loads the default calendar, and
 * an error loading it (KONKURS_CALENDAR_ERROR) is returned as is.
 *
 * The lock is flock() on "<path>.lock", removed on close.  A file that is
 * not a Konkurs database (a text file, another program's SQLite file) gives
 * NOT_DATABASE and is not modified; one from a newer Konkurs gives TOO_NEW. */
KonkursStore *konkurs_store_open (const char       *path,
                                  KonkursCalendar  *calendar,
                                  GError          **error);

/* What konkurs_store_open() checks of the file before it opens it:
 *  - one writer whatever the path: the lock is beside the file a symbolic
 *    link leads to, and a file with more than one name (a hard link) is
 *    refused (OPEN), as is a "-wal" beside it that is not its own;
 *  - an empty file is refused (EMPTY), never made a new database silently;
 *  - a file SQLite did not write, or another program's database, is
 *    NOT_DATABASE; a file whose check fails is DAMAGED when it cannot be
 *    read at all or needs migrating, and is otherwise opened read-only;
 *  - a file the process may not write is opened read-only;
 *  - the file, its -wal, -shm and lock are made readable by the owner only.
 * A store opened read-only refuses every change with READ_ONLY and the
 * reason (konkurs_store_dup_read_only_reason()). */
typedef enum {
  KONKURS_STORE_OPEN_DEFAULT     = 0,
  /* Leave the integrity check of an up-to-date file to the caller
   * (konkurs_store_check_integrity() in a job): the window's first frame
   * does not wait for it. */
  KONKURS_STORE_OPEN_DEFER_CHECK = 1 << 0,
  /* Only to read, without the single-writer lock, so that a database a
   * window has open can be checked (--verify): never created, migrated
   * or changed; every change is refused with READ_ONLY. */
  KONKURS_STORE_OPEN_READ_ONLY   = 1 << 1,
} KonkursStoreOpen;

KonkursStore *konkurs_store_open_full (const char        *path,
                                       KonkursCalendar   *calendar,
                                       KonkursStoreOpen   flags,
                                       GError           **error);

/* PRAGMA quick_check: FALSE with DAMAGED (naming the file, the first
 * problems and the advice to restore a backup) when it fails.  Any thread. */
gboolean konkurs_store_check_integrity (KonkursStore *self, GCancellable *cancellable, GError **error);
/* From now on every change is refused with READ_ONLY and @reason (taken). */
void     konkurs_store_set_read_only   (KonkursStore *self, char *reason);
gboolean konkurs_store_is_read_only    (KonkursStore *self);
/* NULL unless read-only; free with g_free(). */
char    *konkurs_store_dup_read_only_reason (KonkursStore *self);

/* $XDG_DATA_HOME/konkurs/konkurs.db */
char            *konkurs_store_get_default_path   (void);
const char      *konkurs_store_get_path           (KonkursStore *self);
int              konkurs_store_get_schema_version (KonkursStore *self);
KonkursCalendar *konkurs_store_get_calendar       (KonkursStore *self);

/* A transaction around several calls, e.g. an all-or-nothing import.  Calls
 * inside do not emit "changed"; commit emits it once for each table touched,
 * rollback emits nothing.  Not nestable.  A commit that fails rolls the
 * transaction back.  Until commit or rollback, changes from other threads
 * wait (the connection is shared), so begin and finish in the same thread. */
gboolean konkurs_store_begin    (KonkursStore *self, GError **error);
gboolean konkurs_store_commit   (KonkursStore *self, GError **error);
void     konkurs_store_rollback (KonkursStore *self);

/* Rule sets */
GPtrArray      *konkurs_store_list_rule_sets        (KonkursStore *self, GError **error); /* of KonkursRuleSet, by valid_from */
KonkursRuleSet *konkurs_store_get_rule_set          (KonkursStore *self, gint64 id, GError **error);
KonkursRuleSet *konkurs_store_find_rule_set_by_code (KonkursStore *self, const char *code, GError **error);
/* The rule set in force for general competitions on @date: kept for
 * callers of before; konkurs_store_get_rule_set_for()
 * (konkurs-store-rule-sets.h) takes the scope. */
KonkursRuleSet *konkurs_store_get_rule_set_for_date (KonkursStore *self, const GDate *date, GError **error);
/* The priority sectors of rule set @rule_set_id (those a candidate of a
 * Youth Reserve selection bound to it chooses from), in their order: a
 * GPtrArray of KonkursSector that frees them.  konkurs_store_apply()
 * refuses a sector that is not one of them.  The rule sets above carry
 * them too (konkurs_rule_set_get_sectors()). */
GPtrArray      *konkurs_store_list_sectors          (KonkursStore *self, gint64 rule_set_id, GError **error);

/* Competitions.  Lists come back with document-deadline computed. */
GPtrArray          *konkurs_store_list_competitions (KonkursStore *self, GError **error); /* of KonkursCompetition, newest announcement first */
KonkursCompetition *konkurs_store_get_competition   (KonkursStore *self, gint64 id, GError **error);
/* By its number (as files name it); NOT_FOUND when none has it. */
KonkursCompetition *konkurs_store_find_competition_by_number (KonkursStore *self, const char *number,
                                                              GError **error);
/* Validates (state body in either language and announcement date required,
 * rule set exists, number unique), inserts when id is 0 and sets the new
 * id, updates otherwise; recomputes the document deadline on @competition.
 * A rule-set-id of 0 picks the rule set in force on the announcement date;
 * an empty number gets the next of the announcement's year ("2025-007"). */
gboolean konkurs_store_save_competition    (KonkursStore *self, KonkursCompetition *competition, GError **error);
/* Deletes the competition and its vacancies; IN_USE when candidates applied. */
gboolean konkurs_store_delete_competition  (KonkursStore *self, gint64 id, GError **error);
/* Puts back a deleted competition and its vacancies with their old ids
 * (undo). @vacancies: KonkursVacancy, may be NULL. */
gboolean konkurs_store_restore_competition (KonkursStore *self, KonkursCompetition *competition,
                                            GPtrArray *vacancies, GError **error);
/* Recomputes the document deadline of @competition from its announcement
 * date and rule set, without saving.  When the calendar does not know the
 * year it fails with KONKURS_CALENDAR_ERROR_NO_DATA and unsets the deadline;
 * lists, get and save then simply leave the deadline unset (NULL). */
gboolean konkurs_store_compute_deadline    (KonkursStore *self, KonkursCompetition *competition, GError **error);

/* Vacancies */
GPtrArray      *konkurs_store_list_vacancies   (KonkursStore *self, gint64 competition_id, GError **error); /* of KonkursVacancy, by id; 0 = all */
KonkursVacancy *konkurs_store_get_vacancy      (KonkursStore *self, gint64 id, GError **error);
/* The vacancy of @competition_id whose code is @code; NOT_FOUND when none. */
KonkursVacancy *konkurs_store_find_vacancy_by_code (KonkursStore *self, gint64 competition_id,
                                                    const char *code, GError **error);
/* Validates (position title in either language required, seats >= 1,
 * experience >= 0, competition exists, code unique in it), inserts when id
 * is 0, updates otherwise.  An empty code gets the next number of the
 * competition ("3"). */
gboolean        konkurs_store_save_vacancy     (KonkursStore *self, KonkursVacancy *vacancy, GError **error);
gboolean        konkurs_store_delete_vacancy   (KonkursStore *self, gint64 id, GError **error);
gboolean        konkurs_store_restore_vacancy  (KonkursStore *self, KonkursVacancy *vacancy, GError **error);

/* The person deciding: the name the audit record and the decisions give as
 * who did it, set in Preferences (or --actor) for the workstation.  NULL
 * or blank: the login of the account, as before anyone was named. */
void     konkurs_store_set_actor (KonkursStore *self, const char *name);
/* Safe from any thread; free with g_free(). */
char    *konkurs_store_dup_actor (KonkursStore *self);

/* The record (konkurs-store-chain.h): an entry with @details and no
 * values, for a change of what the record does not follow row by row. */
gboolean konkurs_store_log (KonkursStore *self, const char *action, const char *table,
                            gint64 row_id, const char *details, GError **error);

/* Signals:
 *   "changed" (detailed by table name: "competitions", "vacancies"), no
 *   arguments; emitted after every committed change.  Emitted in the thread
 *   that opened the store: a change committed by another thread (an import
 *   in a GTask) is announced from an idle source in the opening thread's
 *   thread-default main context. */

G_END_DECLS
