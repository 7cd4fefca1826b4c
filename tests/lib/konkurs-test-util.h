/* konkurs-test-util.h — helpers shared by the test programs: temporary
 * folders, stores and calendars, PDF text, and records saved with
 * assertions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "konkurs-store-candidates.h"

G_BEGIN_DECLS

/* Temporary folders and files */
char             *konkurs_test_make_tmp_dir        (const char         *tmpl);
void              konkurs_test_remove_tree         (const char         *path);
void              konkurs_test_remove_pdf_dir      (const char         *dir);
char             *konkurs_test_data_path           (const char         *name);
void              konkurs_test_keep_artifact       (const char         *path);
/* @message, of a refused file @path, begins with its name and @line as
 * "name:line: " (or "name: " when @line is 0) and mentions @fragment and,
 * unless NULL, @fragment2. */
void              konkurs_test_assert_file_message (const char         *message,
                                                    const char         *path,
                                                    int                 line,
                                                    const char         *fragment,
                                                    const char         *fragment2);

/* Hostile environments, each in a child process: konkurs_test_run_in_child()
 * runs @body in a child, skips the test when the child exits with
 * KONKURS_TEST_SKIPPED and fails it on any other failure. */
#define KONKURS_TEST_SKIPPED 77
void              konkurs_test_run_in_child        (void              (*body) (gpointer data),
                                                    gpointer            data);
/* In the child: a private mount namespace where @dir becomes a tmpfs of
 * @size ("64k"); exits with KONKURS_TEST_SKIPPED where the kernel refuses. */
void              konkurs_test_enter_tmpfs         (const char         *dir,
                                                    const char         *size);
/* In the child: when running as root (to whom file modes mean nothing),
 * becomes the user "nobody", owner of @dir, so that modes are obeyed. */
void              konkurs_test_drop_root           (const char         *dir);
#define KONKURS_TEST_NOBODY 65534
/* Overwrites the header of the first page of @table in the closed
 * database @path, so that PRAGMA quick_check fails on it. */
void              konkurs_test_damage_table        (const char         *path,
                                                    const char         *table);
/* The folder @dir holds exactly the files of @names (NULL-terminated). */
void              konkurs_test_assert_files        (const char         *dir,
                                                    const char * const *names);
/* How many competitions @store lists, asserted. */
guint             konkurs_test_count_competitions  (KonkursStore       *store);

/* Calendars and stores */
KonkursCalendar  *konkurs_test_calendar_new        (void);
KonkursCalendar  *konkurs_test_calendar_new_from_data (const char      *ini);
KonkursStore     *konkurs_test_store_open          (const char         *dir,
                                                    KonkursCalendar    *calendar);

/* SQL on @db, asserted: a statement, and the first column of the first row
 * of a query ("" for NULL) */
void              konkurs_test_exec                (sqlite3            *db,
                                                    const char         *sql);
gint64            konkurs_test_query_int64         (sqlite3            *db,
                                                    const char         *sql);
/* A statement for rows a bench writes with plain SQL, and its step,
 * reset for the next row; any error is fatal, naming the SQL. */
sqlite3_stmt     *konkurs_test_prepare             (sqlite3            *db,
                                                    const char         *sql);
void              konkurs_test_step_done           (sqlite3            *db,
                                                    sqlite3_stmt       *stmt);
char             *konkurs_test_query_text          (sqlite3            *db,
                                                    const char         *sql);

/* External tools and their text */
char             *konkurs_test_run_tool            (const char * const *argv);
char             *konkurs_test_pdf_text            (const char         *path,
                                                    gboolean            raw);
guint             konkurs_test_count_occurrences   (const char         *haystack,
                                                    const char         *needle);
char             *konkurs_test_expand              (const char         *format,
                                                    guint               first,
                                                    guint               second);

/* A handler for the store's "changed" signal: counts into @counter */
void              konkurs_test_count_changes       (KonkursStore       *store,
                                                    guint              *counter);

/* Progress of a long import: collect with konkurs_test_collect_fraction
 * into a GArray of double */
void              konkurs_test_collect_fraction    (double              fraction,
                                                    gpointer            fractions);
void              konkurs_test_assert_progress     (GArray             *fractions);

/* Dates */
GDate            *konkurs_test_date_new            (int                 year,
                                                    int                 month,
                                                    int                 day);
void              konkurs_test_assert_date         (const GDate        *date,
                                                    int                 year,
                                                    int                 month,
                                                    int                 day);

/* Records saved in a store, every step asserted */
void              konkurs_test_save_competition    (KonkursStore       *store,
                                                    KonkursCompetition *competition);
void              konkurs_test_save_vacancy        (KonkursStore       *store,
                                                    KonkursVacancy     *vacancy);
gint64            konkurs_test_add_competition     (KonkursStore       *store,
                                                    KonkursProcedure    procedure,
                                                    const char         *state_body,
                                                    const char         *title,
                                                    int                 year,
                                                    int                 month,
                                                    int                 day);
gint64            konkurs_test_add_vacancy         (KonkursStore       *store,
                                                    gint64              competition_id,
                                                    const char         *title,
                                                    const char         *category,
                                                    int                 seats,
                                                    int                 experience_years);
void              konkurs_test_make_iin            (int                 year,
                                                    int                 month,
                                                    int                 day,
                                                    KonkursSex          sex,
                                                    guint               serial,
                                                    char                out[KONKURS_IIN_LENGTH + 1]);
KonkursCandidate *konkurs_test_candidate_new       (const char         *iin,
                                                    const char         *surname,
                                                    const char         *name);
gint64            konkurs_test_save_candidate      (KonkursStore       *store,
                                                    KonkursCandidate   *candidate);
KonkursCandidacy *konkurs_test_apply               (KonkursStore       *store,
                                                    gint64              candidate_id,
                                                    gint64              competition_id,
                                                    gint64              vacancy_id,
                                                    const char         *sector,
                                                    const GDate        *received);

G_END_DECLS
